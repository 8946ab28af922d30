import Foundation

/// What an import found in a plan document, before anything is written: the shape `tributary import --dry-run --json`
/// prints, and the input of the replica writer. Values are text, as the replica stores them.
public struct ImportedPlan: Codable, Sendable, Equatable {
    public var title: String
    public var sections: [ImportedSection]
    /// Lines dropped as web-page noise, in document order, exactly as they stood.
    public var dropped: [String]

    public init(title: String, sections: [ImportedSection], dropped: [String]) {
        self.title = title
        self.sections = sections
        self.dropped = dropped
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
    /// An exact decimal ("97", "52.5") or the placeholder "XX".
    public var value: String
    public var unit: String
    public var year: String?
    public var scope: String?
    /// The sentence the indicator was read from, so a person can check it.
    public var source: String

    public init(name: String, comparator: String, value: String, unit: String, year: String?, scope: String?,
                source: String) {
        self.name = name
        self.comparator = comparator
        self.value = value
        self.unit = unit
        self.year = year
        self.scope = scope
        self.source = source
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
