import Foundation

/// Where a county's figures come from: the snapshot of its latest accepted submission (what the city signed off),
/// its working plan (a draft view, `--draft`), or nowhere yet.
public struct FigureSource: Codable, Sendable, Equatable {
    public enum Kind: String, Codable, Sendable {
        /// The snapshot of an accepted submission.
        case accepted
        /// The county's current working plan.
        case draft
        /// No accepted submission to read.
        case none
        /// Drafts asked for, and the county has no working plan.
        case noPlan
        /// The accepted submission's snapshot cannot be read (see `problem`).
        case unreadable
    }
    public var kind: Kind
    /// The accepted submission the figures come from.
    public var submission: String?
    /// When it was accepted (the stamp of its accepting status change).
    public var acceptedMs: Int64?
    /// The plan the figures belong to.
    public var plan: String?
    /// For an accepted snapshot: how many items of the county's working plan differ from it now (0: unchanged).
    public var changedSinceAcceptance: Int?
    /// Why an accepted snapshot could not be read, in words (both languages: the reader's is chosen when shown).
    public var problem: Phrase?

    public init(kind: Kind, submission: String? = nil, acceptedMs: Int64? = nil, plan: String? = nil,
                changedSinceAcceptance: Int? = nil, problem: Phrase? = nil) {
        self.kind = kind
        self.submission = submission
        self.acceptedMs = acceptedMs
        self.plan = plan
        self.changedSinceAcceptance = changedSinceAcceptance
        self.problem = problem
    }

    /// The working plan no longer says what was accepted.
    public var isStale: Bool { (changedSinceAcceptance ?? 0) > 0 }
}

/// One county's part in a roll-up.
public struct RollupEntry: Codable, Sendable, Equatable {
    public enum State: String, Codable, Sendable { case value, placeholder, missing }
    public var office: Office
    public var state: State
    /// The county's value as written ("97", "XX"), nil when missing.
    public var value: String?
    public var weight: String?
    /// Where the value comes from (nil when the caller did not say).
    public var source: FigureSource? = nil
}

/// The verdict on a rolled-up indicator. Over incomplete data (a county missing or still a placeholder, a weight
/// missing) it is `incomplete`, never met or not met: the rolled-up value is partial and may still change.
public enum RollupVerdict: String, Codable, Sendable, CaseIterable {
    case met, notMet, incomplete, noTarget
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
    /// Met or not only over complete data with a target; see `RollupVerdict`.
    public var verdict: RollupVerdict
    /// `verdict` as a yes/no for older readers: nil unless the verdict is met or notMet.
    public var met: Bool?
    public var missing: [Office] { entries.filter { $0.state == .missing }.map(\.office) }
    public var placeholders: [Office] { entries.filter { $0.state == .placeholder }.map(\.office) }
}

/// How the city's indicators roll up from the counties' indicators of the same name: counts add up (新增学位), rates
/// take the minimum, the mean, or a mean weighted by another indicator (毛入园率 weighted by 适龄人口). Placeholders
/// and missing indicators are reported, never counted as zero.
public enum Rollup {
    /// Rolls up one city indicator over the counties' plans. `counties` pairs each county with its plan (nil: the
    /// county has no plan yet); `sources` says, per county id, where that plan comes from.
    public static func compute(cityIndicator: EntityState, counties: [(Office, PlanDocument?)],
                               sources: [String: FigureSource] = [:]) -> RollupResult {
        let name = cityIndicator["name"] ?? ""
        let method = cityIndicator["rollup"] ?? "sum"
        let weightName = cityIndicator["rollupWeight"]
        var entries: [RollupEntry] = []
        var pairs: [(Decimal, Decimal?)] = []
        for (office, document) in counties.sorted(by: { $0.0.id < $1.0.id }) {
            let live = document?.indicators.filter { !$0.isDeleted } ?? []
            guard let match = live.first(where: { $0["name"] == name }), let text = match["value"], let amount = Amount(text) else {
                entries.append(RollupEntry(office: office, state: .missing, value: nil, weight: nil, source: sources[office.id]))
                continue
            }
            let weight = weightName.flatMap { w in live.first(where: { $0["name"] == w })?["value"] }
            if let decimal = amount.decimal {
                entries.append(RollupEntry(office: office, state: .value, value: text, weight: weight, source: sources[office.id]))
                pairs.append((decimal, weight.flatMap { Amount($0)?.decimal }))
            } else {
                entries.append(RollupEntry(office: office, state: .placeholder, value: text, weight: weight, source: sources[office.id]))
            }
        }
        let rolled = combine(pairs, method: method)
        let target = cityIndicator["value"].flatMap(Amount.init)?.decimal
        let complete = entries.allSatisfy { $0.state == .value }
            && (method != "weighted" || pairs.allSatisfy { $0.1 != nil })
        let verdict = self.verdict(rolledUp: rolled, comparator: cityIndicator["comparator"], target: target,
                                   complete: complete)
        return RollupResult(indicator: cityIndicator.id, name: name, method: method, unit: cityIndicator["unit"],
                            comparator: cityIndicator["comparator"], target: cityIndicator["value"],
                            year: cityIndicator["year"], entries: entries, rolledUp: rolled.map(format),
                            verdict: verdict, met: verdict == .met ? true : verdict == .notMet ? false : nil)
    }

    /// No target: noTarget. Data incomplete (or nothing to roll up): incomplete. Otherwise the comparison.
    public static func verdict(rolledUp: Decimal?, comparator: String?, target: Decimal?, complete: Bool) -> RollupVerdict {
        guard let target else { return .noTarget }
        guard complete, let rolledUp else { return .incomplete }
        return satisfies(rolledUp, comparator, target) ? .met : .notMet
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
