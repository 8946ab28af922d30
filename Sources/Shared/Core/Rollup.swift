import Foundation

/// One county's part in a roll-up.
public struct RollupEntry: Codable, Sendable, Equatable {
    public enum State: String, Codable, Sendable { case value, placeholder, missing }
    public var office: Office
    public var state: State
    /// The county's value as written ("97", "XX"), nil when missing.
    public var value: String?
    public var weight: String?
}

/// A city indicator rolled up from its counties: every county's value, the result, the target and the verdict.
public struct RollupResult: Codable, Sendable, Equatable {
    public var indicator: String
    public var name: String
    public var method: String
    public var unit: String?
    public var comparator: String?
    public var target: String?
    public var year: String?
    public var entries: [RollupEntry]
    /// Nil when no county has a value yet (or a weighted mean has no weights).
    public var rolledUp: String?
    /// Nil when there is no target or no rolled-up value.
    public var met: Bool?
    public var missing: [Office] { entries.filter { $0.state == .missing }.map(\.office) }
    public var placeholders: [Office] { entries.filter { $0.state == .placeholder }.map(\.office) }
}

/// How the city's indicators roll up from the counties' indicators of the same name: counts add up (新增学位), rates
/// take the minimum, the mean, or a mean weighted by another indicator (毛入园率 weighted by 适龄人口). Placeholders
/// and missing indicators are reported, never counted as zero.
public enum Rollup {
    /// Rolls up one city indicator over the counties' plans. `counties` pairs each county with its plan (nil: the
    /// county has no plan yet).
    public static func compute(cityIndicator: EntityState, counties: [(Office, PlanDocument?)]) -> RollupResult {
        let name = cityIndicator["name"] ?? ""
        let method = cityIndicator["rollup"] ?? "sum"
        let weightName = cityIndicator["rollupWeight"]
        var entries: [RollupEntry] = []
        var pairs: [(Decimal, Decimal?)] = []
        for (office, document) in counties.sorted(by: { $0.0.id < $1.0.id }) {
            let live = document?.indicators.filter { !$0.isDeleted } ?? []
            guard let match = live.first(where: { $0["name"] == name }), let text = match["value"], let amount = Amount(text) else {
                entries.append(RollupEntry(office: office, state: .missing, value: nil, weight: nil))
                continue
            }
            let weight = weightName.flatMap { w in live.first(where: { $0["name"] == w })?["value"] }
            if let decimal = amount.decimal {
                entries.append(RollupEntry(office: office, state: .value, value: text, weight: weight))
                pairs.append((decimal, weight.flatMap { Amount($0)?.decimal }))
            } else {
                entries.append(RollupEntry(office: office, state: .placeholder, value: text, weight: weight))
            }
        }
        let rolled = combine(pairs, method: method)
        let target = cityIndicator["value"].flatMap(Amount.init)?.decimal
        let met: Bool? = rolled.flatMap { value in target.map { satisfies(value, cityIndicator["comparator"], $0) } }
        return RollupResult(indicator: cityIndicator.id, name: name, method: method, unit: cityIndicator["unit"],
                            comparator: cityIndicator["comparator"], target: cityIndicator["value"],
                            year: cityIndicator["year"], entries: entries, rolledUp: rolled.map(format), met: met)
    }

    static func combine(_ pairs: [(Decimal, Decimal?)], method: String) -> Decimal? {
        let values = pairs.map(\.0)
        guard !values.isEmpty else { return nil }
        switch method {
        case "min": return values.min()
        case "max": return values.max()
        case "mean": return values.reduce(0, +) / Decimal(values.count)
        case "weighted":
            let weighted = pairs.compactMap { value, weight in weight.map { (value, $0) } }
            let total = weighted.reduce(Decimal(0)) { $0 + $1.1 }
            guard !weighted.isEmpty, total != 0 else { return nil }
            return weighted.reduce(Decimal(0)) { $0 + $1.0 * $1.1 } / total
        default: return values.reduce(0, +)
        }
    }

    /// ≈ allows 5 % either side of the target, the usual reading of 左右.
    static func satisfies(_ value: Decimal, _ comparator: String?, _ target: Decimal) -> Bool {
        switch comparator {
        case "ge": return value >= target
        case "le": return value <= target
        case "approx":
            let tolerance = abs(target) * Decimal(string: "0.05")!
            return abs(value - target) <= tolerance
        default: return value == target
        }
    }

    /// Two decimals at most, without trailing zeros: 97.5, 98, 96.67.
    static func format(_ value: Decimal) -> String {
        var input = value
        var rounded = Decimal()
        NSDecimalRound(&rounded, &input, 2, .plain)
        return NSDecimalNumber(decimal: rounded).stringValue
    }
}
