import Foundation

/// Each county's value read against the city's target, for the charts: a rate rolled up by minimum, maximum or mean
/// compares county by county, while a count that is summed (新增学位) only compares as a total, so its counties get no
/// verdict of their own.
extension RollupResult {
    /// The entry's value as a number; nil when missing or still a placeholder (never zero).
    public func number(_ entry: RollupEntry) -> Decimal? {
        guard entry.state == .value else { return nil }
        return entry.value.flatMap(Amount.init)?.decimal
    }

    /// The target as a number, nil without one (or when the target itself is a placeholder).
    public var targetNumber: Decimal? { target.flatMap(Amount.init)?.decimal }

    /// The rolled-up value as a number.
    public var rolledUpNumber: Decimal? { rolledUp.flatMap { Decimal(string: $0) } }

    /// Whether a county's own value can be held against the target: not for sums, where only the total can.
    public var comparesPerCounty: Bool { method != "sum" }

    /// True or false when the county's value can be compared with the target (see `comparesPerCounty`), nil otherwise.
    public func meetsTarget(_ entry: RollupEntry) -> Bool? {
        guard comparesPerCounty, let value = number(entry), let target = targetNumber else { return nil }
        return Rollup.satisfies(value, comparator, target)
    }
}
