import Foundation
import Shared

/// What an import found in a plan document, before anything is written: the shape `tributary import --dry-run --json`
/// prints, and the input of the replica writer. Values are text, as the replica stores them.
public struct ImportedPlan: Codable, Sendable, Equatable {
    public var title: String
    public var sections: [ImportedSection]
    /// Lines dropped as web-page noise, in document order, exactly as they stood.
    public var dropped: [String]
    /// Why each line of `dropped` was dropped (same order): a `NoiseKind` raw value such as "breadcrumb".
    public var droppedReasons: [String]
    /// Control and direction characters taken out of the text (a replica refuses them): carriage returns left inside
    /// lines, escapes, bidi marks.
    public var removedCharacters: Int = 0
    /// The year an indicator or task that names none is given, and where it was read: the dry run shows it, so that a
    /// plan read for the wrong year is seen before anything is written.
    public var planYear: PlanYear?

    public init(title: String, sections: [ImportedSection], dropped: [String], droppedReasons: [String]? = nil) {
        self.title = title
        self.sections = sections
        self.dropped = dropped
        self.droppedReasons = droppedReasons ?? dropped.map { _ in "noise" }
    }

    /// Depth-first order, as a reader meets the sections.
    public var allSections: [ImportedSection] {
        func walk(_ list: [ImportedSection]) -> [ImportedSection] { list.flatMap { [$0] + walk($0.children) } }
        return walk(sections)
    }

    public var sectionCount: Int { allSections.count }
    public var indicatorCount: Int { allSections.reduce(0) { $0 + $1.indicators.count } }
    public var taskCount: Int { allSections.reduce(0) { $0 + $1.tasks.count } }
}

/// The year the import gives targets without a year of their own. `source` is a `PlanPeriodGuess.Source` raw value,
/// or "period" when the person gave the period; `evidence` the words it was read from.
public struct PlanYear: Codable, Sendable, Equatable {
    public var year: Int
    public var source: String
    public var evidence: String

    public init(year: Int, source: String, evidence: String) {
        self.year = year
        self.source = source
        self.evidence = evidence
    }
}

public struct ImportedSection: Codable, Sendable, Equatable {
    /// The numbering as the document wrote it ("一、", "（二）", "3.", "——"), empty for an unnumbered heading.
    public var number: String
    public var heading: String
    public var depth: Int
    /// The section's own paragraphs, one per line.
    public var body: String
    public var indicators: [ImportedIndicator]
    public var tasks: [ImportedTask]
    public var children: [ImportedSection]

    public init(number: String, heading: String, depth: Int, body: String, indicators: [ImportedIndicator] = [],
                tasks: [ImportedTask] = [], children: [ImportedSection] = []) {
        self.number = number
        self.heading = heading
        self.depth = depth
        self.body = body
        self.indicators = indicators
        self.tasks = tasks
        self.children = children
    }
}

public struct ImportedIndicator: Codable, Sendable, Equatable {
    public var name: String
    /// ge, le, eq or approx (`Schema.comparators`).
    public var comparator: String
    /// An exact decimal ("97", "52.5") or the placeholder "XX"; the low end of a range (1-2所 → "1", `valueMax` "2").
    public var value: String
    /// The high end of a range, nil for a single value.
    public var valueMax: String?
    public var unit: String
    public var year: String?
    public var scope: String?
    /// Where the text says the value starts from (由85%提高到90% → "85"), and the year of that value if it names one.
    public var baselineValue: String?
    public var baselineYear: String?
    /// The sentence the indicator was read from, so a person can check it.
    public var source: String

    public init(name: String, comparator: String, value: String, unit: String, year: String?, scope: String?,
                source: String, valueMax: String? = nil, baselineValue: String? = nil, baselineYear: String? = nil) {
        self.name = name
        self.comparator = comparator
        self.value = value
        self.unit = unit
        self.year = year
        self.scope = scope
        self.source = source
        self.valueMax = valueMax
        self.baselineValue = baselineValue
        self.baselineYear = baselineYear
    }

    /// Absent values are written as null, so that every indicator has the same keys for scripts.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(name, forKey: .name)
        try c.encode(comparator, forKey: .comparator)
        try c.encode(value, forKey: .value)
        try c.encode(unit, forKey: .unit)
        try c.encode(year, forKey: .year)
        try c.encode(scope, forKey: .scope)
        try c.encode(source, forKey: .source)
        try c.encode(valueMax, forKey: .valueMax)
        try c.encode(baselineValue, forKey: .baselineValue)
        try c.encode(baselineYear, forKey: .baselineYear)
    }
}

public struct ImportedTask: Codable, Sendable, Equatable {
    public var title: String
    /// The responsible unit (牵头单位), when the document names one.
    public var lead: String?
    /// Other responsible units (责任单位, 配合单位).
    public var partners: String?
    /// The county or district the task is broken down to.
    public var county: String?
    /// "2023", "2025-06" or "2025-06-30".
    public var due: String?
    public var source: String

    public init(title: String, lead: String? = nil, partners: String? = nil, county: String? = nil, due: String? = nil,
                source: String) {
        self.title = title
        self.lead = lead
        self.partners = partners
        self.county = county
        self.due = due
        self.source = source
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(title, forKey: .title)
        try c.encode(lead, forKey: .lead)
        try c.encode(partners, forKey: .partners)
        try c.encode(county, forKey: .county)
        try c.encode(due, forKey: .due)
        try c.encode(source, forKey: .source)
    }
}

extension ImportedSection {
    /// The number `show` must print for this section, the `index`-th numbered one among its siblings: the document's
    /// own when the computed one (`NumberLabel`) reads differently — （四） under 二、 in a document numbering straight
    /// through its parts, 1. where the computed form would be （一）, the bullet —— — and nil when they agree.
    public func documentLabel(index: Int) -> String? {
        guard !number.isEmpty, number.count <= 20 else { return nil }
        func normal(_ s: String) -> String { String(TextCleaning.fold(s).filter { !TextCleaning.isSpace($0) }) }
        return normal(number) == normal(NumberLabel.label(depth: depth, index: index)) ? nil : number
    }
}
