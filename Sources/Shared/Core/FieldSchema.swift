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
                FieldSpec("body", .text), FieldSpec(Fields.unnumbered, .bool), FieldSpec(Fields.deleted, .bool),
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
                FieldSpec("target", .reference), FieldSpec("submission", .reference), FieldSpec("body", .text),
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

    /// Why a value is not valid for a field, or nil when it is. Used by the server on every pushed change and by the
    /// client before it writes, so that both refuse the same things.
    public static func problem(kind: EntityKind, field: String, value: String?) -> String? {
        guard let spec = spec(kind: kind, field: field) else {
            return "unknown field \(kind.rawValue).\(field)"
        }
        guard let value else { return nil }
        if spec.type == .snapshot {
            return value.utf8.count > Limits.maxSnapshotBytes
                ? "snapshot is \(value.utf8.count) bytes; the limit is \(Limits.maxSnapshotBytes)" : nil
        }
        if value.utf8.count > Limits.maxValueBytes {
            return "value of \(kind.rawValue).\(field) is \(value.utf8.count) bytes; the limit is \(Limits.maxValueBytes)"
        }
        switch spec.type {
        case .text:
            return nil
        case .line(let max):
            if value.count > max { return "\(field) is longer than \(max) characters" }
            if value.contains("\n") { return "\(field) must be one line" }
            return nil
        case .choice(let options):
            return options.contains(value) ? nil : "\(field) must be one of \(options.joined(separator: ", "))"
        case .bool:
            return value == Fields.yes || value == Fields.no ? nil : "\(field) must be true or false"
        case .year:
            guard let year = Int(value), (1900...2200).contains(year), value.count == 4 else {
                return "\(field) must be a year such as 2025"
            }
            return nil
        case .period:
            return Period(value) == nil ? "\(field) must be a year (2025) or a range (2021-2025)" : nil
        case .due:
            return Due(value) == nil ? "\(field) must be a year, a month or a date (2025, 2025-06, 2025-06-30)" : nil
        case .amount:
            return Amount(value) == nil ? "\(field) must be a number or a placeholder such as XX" : nil
        case .place:
            return Place(value) == nil ? "\(field) must be <parent>/<position>" : nil
        case .reference:
            return value.isEmpty || value.count > 100 ? "\(field) must be an entity id" : nil
        case .snapshot:
            return nil
        }
    }
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
    public static let maxIDLength = 100
    public static let maxAuthorLength = 100
}
