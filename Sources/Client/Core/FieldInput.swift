import Foundation
import Shared

/// What people type for a field, turned into what the model stores: choices by their code or their name in either
/// language (`完成` and `done` both mean `done`), numbers without stray spaces or the indicator's own unit (`8%` when
/// the unit is %). What still isn't valid is left as typed, for `Schema.violation` to refuse with its reason.
public enum FieldInput {
    // (See `problem` for the one check that needs a second field.)
    /// For each choice field, each stored code and the names a person may type for it (Chinese first: the name shown).
    static let choices: [String: [(code: String, names: [String])]] = [
        "status": [
            ("planned", ["未开始", "计划中", "planned"]), ("inProgress", ["进行中", "in progress", "in-progress"]),
            ("done", ["已完成", "完成", "done"]), ("blocked", ["受阻", "blocked"]),
            ("submitted", ["已报送", "submitted"]), ("returned", ["已退回", "returned"]), ("accepted", ["已通过", "accepted"]),
        ],
        "planKind": [("annual", ["年度计划", "年度", "annual"]), ("fiveYear", ["五年规划", "五年", "five-year", "fiveyear"]),
                     ("summary", ["总结", "summary"])],
        "rollup": [("sum", ["合计", "求和", "sum"]), ("min", ["最小值", "最小", "min"]), ("max", ["最大值", "最大", "max"]),
                   ("mean", ["平均值", "平均", "mean"]), ("weighted", ["加权平均", "加权", "weighted"])],
        "comparator": [("ge", ["≥", ">=", "以上", "不低于", "ge"]), ("le", ["≤", "<=", "以下", "不超过", "le"]),
                       ("eq", ["=", "==", "eq"]), ("approx", ["≈", "~", "左右", "约", "approx"])],
    ]

    public static func normalize(kind: EntityKind, field: String, _ text: String, unit: String? = nil) -> String {
        guard let spec = Schema.spec(kind: kind, field: field) else { return text }
        switch spec.type {
        case .text, .snapshot:
            return text
        case .choice(let options):
            let typed = text.trimmingCharacters(in: .whitespaces)
            if options.contains(typed) { return typed }
            let lowered = typed.lowercased()
            return choices[field]?.first { options.contains($0.code) && $0.names.contains { $0.lowercased() == lowered } }?.code ?? typed
        case .amount:
            var typed = text.trimmingCharacters(in: .whitespaces)
            if let unit, !unit.isEmpty, typed.hasSuffix(unit), Amount(String(typed.dropLast(unit.count)).trimmingCharacters(in: .whitespaces))?.decimal != nil {
                typed = String(typed.dropLast(unit.count)).trimmingCharacters(in: .whitespaces)
            }
            return typed
        default:
            return text.trimmingCharacters(in: .whitespaces)
        }
    }

    /// Units that count whole things (schools, places, people): a value in them is a whole number.
    static let countingUnits: Set<String> = ["所", "个", "人", "名", "座", "间", "班", "项", "次", "家", "台", "套", "张", "本", "册"]

    /// A problem the model's schema cannot see because it depends on another field: a fractional count.
    public static func problem(kind: EntityKind, field: String, _ value: String?, unit: String?) -> Phrase? {
        guard kind == .indicator, field == "value" || field == "baselineValue", let value, let unit, countingUnits.contains(unit),
              let decimal = Amount(value)?.decimal, decimal != decimal.rounded(0) else { return nil }
        return Phrase("「\(value)\(unit)」不是整数：以「\(unit)」计的数量须为整数", "\(value) \(unit) is not a whole number: a count in \(unit) must be whole")
    }

    /// A stored value as a person reads it in a log or a history: a choice by its name (never `eq` or `inProgress`),
    /// a position as where the entry went, a deletion in words, text quoted and cut to `limit` characters on one line.
    public static func shown(field: String, value: String?, in tr: Localizer, limit: Int = 40) -> String {
        guard let value else { return tr("（清空）", "(cleared)") }
        if choices[field] != nil { return displayName(field: field, code: value, english: tr.english) }
        switch field {
        case Fields.place:
            guard let place = Place(value) else { return tr("（移动）", "(moved)") }
            return place.parent.map { tr("移到 \(OutlinePrinter.shortID($0)) 之下", "moved under \(OutlinePrinter.shortID($0))") }
                ?? tr("移到顶层", "moved to the top level")
        case Fields.deleted:
            return value == "true" ? tr("删除", "deleted") : tr("恢复", "restored")
        default:
            let line = value.replacingOccurrences(of: "\n", with: " ")
            return "“" + String(line.prefix(limit)) + (line.count > limit ? "…" : "") + "”"
        }
    }

    /// The name shown for a stored choice code (its first Chinese or English name), or the code itself.
    public static func displayName(field: String, code: String, english: Bool) -> String {
        guard let names = choices[field]?.first(where: { $0.code == code })?.names else { return code }
        return english ? (names.first { $0.unicodeScalars.allSatisfy(\.isASCII) && $0 != code } ?? code) : names[0]
    }

    /// One line per field of a kind: its name, what it holds, and for a choice every value in both languages.
    public static func describe(_ kind: EntityKind, _ tr: Localizer) -> [String] {
        settableSpecs(kind).map { spec in
            "  " + spec.name.padding(toLength: 14, withPad: " ", startingAt: 0) + describe(spec, tr)
        }
    }

    /// The fields of a kind a person sets with `set` (position, deletion and a comment's office have their own verbs
    /// or are fixed).
    public static func settable(_ kind: EntityKind) -> [String] { settableSpecs(kind).map(\.name) }

    static func settableSpecs(_ kind: EntityKind) -> [FieldSpec] {
        Schema.fields(of: kind).filter { $0.name != Fields.place && $0.name != Fields.deleted && $0.name != Comments.byOffice }
    }

    static func describe(_ spec: FieldSpec, _ tr: Localizer) -> String {
        switch spec.type {
        case .text: return tr("多段文字", "text, several paragraphs")
        case .line(let max): return tr("一行文字（至多 \(max) 字）", "one line (up to \(max) characters)")
        case .choice(let options):
            return tr("取值：", "one of: ") + options.map { code in
                let names = choices[spec.name]?.first { $0.code == code }?.names ?? []
                return ([code] + names.filter { $0 != code }.prefix(2)).joined(separator: "/")
            }.joined(separator: tr("，", ", "))
        case .bool: return tr("true 或 false", "true or false")
        case .year: return tr("年份，如 2025", "a year, e.g. 2025")
        case .period: return tr("年份或区间，如 2025、2021-2025", "a year or a range: 2025, 2021-2025")
        case .due: return tr("年、年月或日期：2025、2025-06、2025-06-30", "a year, month or date: 2025, 2025-06, 2025-06-30")
        case .amount: return tr("数字（如 97、52.5）或占位符 XX；可带本指标的单位，如 8%", "a number (97, 52.5) or a placeholder XX; the indicator's unit may follow, e.g. 8%")
        case .place: return tr("位置（用 move 修改）", "position (change it with move)")
        case .reference: return tr("条目编号", "an entity id")
        case .snapshot: return tr("报送快照（只写一次）", "a submission's frozen copy (written once)")
        }
    }
}

extension Decimal {
    func rounded(_ scale: Int) -> Decimal {
        var input = self
        var result = Decimal()
        NSDecimalRound(&result, &input, scale, .plain)
        return result
    }
}
