import Foundation

/// What a field may hold. Values travel as text (exact decimals stay exact); the type says which text is valid.
public enum FieldType: Sendable, Equatable {
    /// Free text up to `Limits.maxValueBytes`.
    case text
    /// One line of text up to a number of characters.
    case line(maxCharacters: Int)
    case choice([String])
    case bool
    case year
    /// "2025" or "2021-2025".
    case period
    /// A deadline as a year, a month or a date: "2025", "2025-06", "2025-06-30".
    case due
    /// An exact decimal ("97", "52.5") or a placeholder still to be filled in ("XX").
    case amount
    /// "<parent id>/<fractional position>"; see `Place`.
    case place
    /// The id of another entity.
    case reference
    /// A frozen copy of a plan (JSON of `PlanDocument`), written once; up to `Limits.maxSnapshotBytes`.
    case snapshot
}

public struct FieldSpec: Sendable, Equatable {
    public var name: String
    public var type: FieldType
    public init(_ name: String, _ type: FieldType) {
        self.name = name
        self.type = type
    }
}

/// The fields each kind of entity has. Every attribute a person edits is a field of its own, synced on its own.
public enum Schema {
    public static let planKinds = ["annual", "fiveYear", "summary"]
    public static let comparators = ["ge", "le", "eq", "approx"]
    public static let taskStatuses = ["planned", "inProgress", "done", "blocked"]
    public static let rollups = ["sum", "min", "max", "mean", "weighted"]
    public static let submissionStatuses = ["submitted", "returned", "accepted"]

    public static func fields(of kind: EntityKind) -> [FieldSpec] {
        switch kind {
        case .plan:
            return [
                FieldSpec("title", .line(maxCharacters: 300)), FieldSpec("period", .period),
                FieldSpec("planKind", .choice(planKinds)), FieldSpec(Fields.deleted, .bool),
            ]
        case .section:
            return [
                FieldSpec(Fields.place, .place), FieldSpec("heading", .line(maxCharacters: 500)),
                FieldSpec("body", .text), FieldSpec(Fields.unnumbered, .bool), FieldSpec(Fields.label, .line(maxCharacters: 20)),
                FieldSpec(Fields.deleted, .bool),
            ]
        case .indicator:
            return [
                FieldSpec(Fields.place, .place), FieldSpec("name", .line(maxCharacters: 200)),
                FieldSpec("comparator", .choice(comparators)), FieldSpec("value", .amount),
                FieldSpec("unit", .line(maxCharacters: 20)), FieldSpec("year", .year),
                FieldSpec("baselineValue", .amount), FieldSpec("baselineYear", .year),
                FieldSpec("scope", .line(maxCharacters: 100)), FieldSpec("source", .text),
                FieldSpec("rollup", .choice(rollups)), FieldSpec("rollupWeight", .line(maxCharacters: 200)),
                FieldSpec(Fields.deleted, .bool),
            ]
        case .task:
            return [
                FieldSpec(Fields.place, .place), FieldSpec("title", .line(maxCharacters: 500)),
                FieldSpec("detail", .text), FieldSpec("lead", .line(maxCharacters: 200)),
                FieldSpec("partners", .line(maxCharacters: 500)), FieldSpec("due", .due),
                FieldSpec("status", .choice(taskStatuses)), FieldSpec("progress", .text),
                FieldSpec("county", .line(maxCharacters: 100)), FieldSpec(Fields.deleted, .bool),
            ]
        case .comment:
            return [
                FieldSpec("byOffice", .line(maxCharacters: 40)), FieldSpec("target", .reference),
                FieldSpec("submission", .reference), FieldSpec("body", .text),
                FieldSpec(Fields.deleted, .bool),
            ]
        case .submission:
            // A county's plan as submitted: the snapshot never changes; the city sets the status and its verdict.
            return [
                FieldSpec("snapshot", .snapshot), FieldSpec("note", .text),
                FieldSpec("status", .choice(submissionStatuses)), FieldSpec("reviewNote", .text),
                FieldSpec("submittedMs", .line(maxCharacters: 20)),
            ]
        }
    }

    public static func spec(kind: EntityKind, field: String) -> FieldSpec? {
        fields(of: kind).first { $0.name == field }
    }

    /// Why a value is not valid for a field (English), or nil when it is. See `violation`.
    public static func problem(kind: EntityKind, field: String, value: String?) -> String? {
        violation(kind: kind, field: field, value: value)?.english
    }

    /// Why a value is not valid for a field, or nil when it is. Used by the server on every pushed change and by the
    /// client before it writes, so that both refuse the same things with the same words.
    public static func violation(kind: EntityKind, field: String, value: String?) -> RuleViolation? {
        func bad(_ zh: String, _ en: String) -> RuleViolation { RuleViolation(.invalidChange, zh: zh, en: en) }
        guard let spec = spec(kind: kind, field: field) else {
            return bad("\(kind.rawValue) 没有字段 \(field)", "unknown field \(kind.rawValue).\(field)")
        }
        guard let value else { return nil }
        if spec.type == .snapshot {
            return value.utf8.count > Limits.maxSnapshotBytes
                ? bad("快照有 \(value.utf8.count) 字节，上限 \(Limits.maxSnapshotBytes)",
                      "snapshot is \(value.utf8.count) bytes; the limit is \(Limits.maxSnapshotBytes)")
                : TextRules.violation(in: value, label: field, oneLine: false)
        }
        if value.utf8.count > Limits.maxValueBytes {
            return bad("\(field) 有 \(value.utf8.count) 字节，上限 \(Limits.maxValueBytes)",
                       "value of \(kind.rawValue).\(field) is \(value.utf8.count) bytes; the limit is \(Limits.maxValueBytes)")
        }
        if let violation = TextRules.violation(in: value, label: field, oneLine: spec.type != .text) { return violation }
        switch spec.type {
        case .text, .snapshot:
            return nil
        case .line(let max):
            if value.count > max { return bad("\(field) 超过 \(max) 个字", "\(field) is longer than \(max) characters") }
            return nil
        case .choice(let options):
            return options.contains(value)
                ? nil : bad("\(field) 只能是 \(options.joined(separator: "、"))", "\(field) must be one of \(options.joined(separator: ", "))")
        case .bool:
            return value == Fields.yes || value == Fields.no ? nil : bad("\(field) 只能是 true 或 false", "\(field) must be true or false")
        case .year:
            guard let year = Int(value), (1900...2200).contains(year), value.count == 4 else {
                return bad("\(field) 须为年份，如 2025", "\(field) must be a year such as 2025")
            }
            return nil
        case .period:
            return Period(value) == nil
                ? bad("\(field) 须为年份（2025）或年份区间（2021-2025）", "\(field) must be a year (2025) or a range (2021-2025)") : nil
        case .due:
            return Due(value) == nil
                ? bad("\(field) 须为年、年月或日期（2025、2025-06、2025-06-30）", "\(field) must be a year, a month or a date (2025, 2025-06, 2025-06-30)") : nil
        case .amount:
            return Amount(value) == nil ? bad("\(field) 须为数字或占位符（如 XX）", "\(field) must be a number or a placeholder such as XX") : nil
        case .place:
            return Place(value) == nil ? bad("\(field) 须为「上级/位置」", "\(field) must be <parent>/<position>") : nil
        case .reference:
            return value.isEmpty || value.count > Limits.maxIDLength ? bad("\(field) 须为条目编号", "\(field) must be an entity id") : nil
        }
    }
}

/// What text may hold anywhere in the model. Stored text is never altered: a character that cannot be kept as
/// sent is refused with a clear reason instead of being dropped or truncated (SQLite's C string APIs stop at NUL,
/// logs and terminals act on control characters).
public enum TextRules {
    /// Control characters (Unicode category Cc) other than newline and tab: NUL, escape, carriage return, …
    ///
    /// Cc is exactly U+0000–U+001F and U+007F–U+009F, and Unicode's stability policy fixes it so: tested by range
    /// instead of the category table, since every character of every pushed paragraph passes through here (the table
    /// lookup was a few per cent of the server's push path).
    public static func isForbiddenControl(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return (value < 0x20 || (0x7F...0x9F).contains(value)) && value != 0x0A && value != 0x09
    }

    /// Characters that reorder what follows them (bidi embeddings, overrides and isolates) and line or paragraph
    /// separators: in a one-line field (a name, a heading, an id) they make the shown text lie about its content.
    public static func isForbiddenInLine(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A, 0x202A...0x202E, 0x2066...0x2069, 0x2028, 0x2029: return true
        default: return false
        }
    }

    public static func violation(in text: String, label: String, oneLine: Bool) -> RuleViolation? {
        for scalar in text.unicodeScalars where isForbiddenControl(scalar) || oneLine && isForbiddenInLine(scalar) {
            // Named only for the character refused (it was formatted for every character checked).
            let code = "U+" + String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 4)
            if isForbiddenControl(scalar) {
                return RuleViolation(.invalidChange, zh: "\(label) 含有控制字符 \(code)",
                                     en: "\(label) contains the control character \(code)")
            }
            if oneLine && isForbiddenInLine(scalar) {
                return scalar == "\n"
                    ? RuleViolation(.invalidChange, zh: "\(label) 只能是一行", en: "\(label) must be one line")
                    : RuleViolation(.invalidChange, zh: "\(label) 含有不允许的排版字符 \(code)",
                                    en: "\(label) contains the layout character \(code), not allowed on one line")
            }
        }
        return nil
    }
}

extension String {
    func leftPadded(to width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}

/// Size limits shared by client and server.
public enum Limits {
    /// One field value. Plan paragraphs run to a few KB; 64 KiB leaves room without letting one value swamp a sync.
    public static let maxValueBytes = 64 * 1024
    /// A submitted plan's frozen copy: a 40 KB plan is about 150 KB of JSON.
    public static let maxSnapshotBytes = 4 * 1024 * 1024
    public static let maxBatchChanges = 2_000
    public static let maxBodyBytes = 16 * 1024 * 1024
    public static let maxPullPage = 5_000
    public static let defaultPullPage = 1_000
    /// A bootstrap page: a few MB of JSON, a few tenths of a second of applying, so that fetching the next page and
    /// applying this one overlap without either side holding much.
    public static let maxBootstrapPage = 10_000
    public static let defaultBootstrapPage = 5_000
    /// The longest a pull may wait for news (`wait=SECONDS`): below common proxy timeouts (60 s).
    public static let maxPullWaitSeconds = 30
    public static let maxIDLength = 100
    public static let maxAuthorLength = 100
    /// Versions one change may replace: an edit replaces one head (a few when equal values meet), a resolution every
    /// contender of a field. Far above what real work produces, far below what would let one push bloat the store.
    public static let maxReplaces = 256
    /// Versions a tombstone may record as seen: the heads of the entity's other fields.
    public static let maxObserved = 256
    /// `replaces` and `observed` stamps in one batch, all told.
    public static let maxReferencesPerBatch = 50_000
    /// The oldest stamp accepted (2020-01-01 UTC): a computer whose clock says 1970 writes stamps that would lose every
    /// last-writer-wins decision to anything written since, silently.
    public static let minStampMs: Int64 = 1_577_836_800_000
}
