import Foundation

/// A city or county education bureau. Offices are registered on the server by an admin; a replica knows its own.
public struct Office: Codable, Sendable, Hashable {
    public enum Level: String, Codable, Sendable, CaseIterable { case city, county }
    /// A short stable code such as "daqing" or "zhaozhou".
    public var id: String
    public var name: String
    public var level: Level
    /// The city a county belongs to; nil for a city.
    public var parent: String?

    public init(id: String, name: String, level: Level, parent: String?) {
        self.id = id
        self.name = name
        self.level = level
        self.parent = parent
    }

    public static func isValidID(_ id: String) -> Bool {
        !id.isEmpty && id.count <= 40 && id.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "_"
        }
    }
}

public enum Role: String, Codable, Sendable, CaseIterable {
    case countyEditor, cityReviewer, admin
}

/// The current state of one entity: its fields as the merge rule decided them.
public struct EntityState: Codable, Sendable, Equatable {
    public var id: String
    public var kind: EntityKind
    public var plan: String
    public var office: String
    public var fields: [String: String]
    /// Stamps of the winning versions, for the fields the tree builder and reviewers need (`place`).
    public var stamps: [String: Stamp]

    public init(id: String, kind: EntityKind, plan: String, office: String, fields: [String: String] = [:],
                stamps: [String: Stamp] = [:]) {
        self.id = id
        self.kind = kind
        self.plan = plan
        self.office = office
        self.fields = fields
        self.stamps = stamps
    }

    public subscript(field: String) -> String? { fields[field] }
    public var isDeleted: Bool { fields[Fields.deleted] == Fields.yes }
    public var place: Place? { fields[Fields.place].flatMap(Place.init) }

    public var outlineItem: OutlineItem {
        OutlineItem(id: id, place: place, placeStamp: stamps[Fields.place], deleted: isDeleted,
                    numbered: fields[Fields.unnumbered] != Fields.yes, label: fields[Fields.label].flatMap { $0.isEmpty ? nil : $0 })
    }
}

/// A whole plan as read from a replica: the input of the outline printer, the exporters and the review screens.
public struct PlanDocument: Codable, Sendable, Equatable {
    public var plan: EntityState
    public var sections: [EntityState]
    public var indicators: [EntityState]
    public var tasks: [EntityState]

    public init(plan: EntityState, sections: [EntityState], indicators: [EntityState], tasks: [EntityState]) {
        self.plan = plan
        self.sections = sections
        self.indicators = indicators
        self.tasks = tasks
    }

    public var outline: [OutlineNode] { Outline.build(sections.map(\.outlineItem)) }

    /// Live indicators or tasks under a section (nil: outside every section), in position order. Items whose
    /// section is deleted or unknown appear under the nearest live ancestor, like sections do.
    public func items(_ list: [EntityState], under section: String?) -> [EntityState] {
        itemsBySection(list)[section] ?? []
    }

    /// Every live item of `list` by the section it appears under (the key nil: outside every section), each list in
    /// position order. One pass, each item's place parsed once: printing a plan asks for every section's items, and
    /// asking `items(_:under:)` per section would read every item (and parse its place) once per section.
    public func itemsBySection(_ list: [EntityState]) -> [String?: [EntityState]] {
        let sectionsByID = Dictionary(sections.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var ancestors: [String: String?] = [:]
        func liveAncestor(_ id: String?) -> String? {
            guard let id else { return nil }
            if let known = ancestors[id] { return known }
            var current: String? = id
            var steps = 0
            while let c = current, let s = sectionsByID[c], s.isDeleted, steps <= sections.count {
                current = s.place?.parent
                steps += 1
            }
            var found = current
            if let c = current, sectionsByID[c] == nil || sectionsByID[c]!.isDeleted { found = nil }
            ancestors[id] = .some(found)
            return found
        }
        var grouped: [String?: [(position: String, state: EntityState)]] = [:]
        for state in list where !state.isDeleted {
            let place = state.place
            grouped[liveAncestor(place?.parent), default: []].append((place?.position ?? "", state))
        }
        return grouped.mapValues { entries in
            entries.sorted { a, b in a.position != b.position ? a.position < b.position : a.state.id < b.state.id }.map(\.state)
        }
    }
}

/// Comparators as stored and as printed.
public enum Comparator {
    public static func symbol(_ stored: String?) -> String {
        switch stored {
        case "ge": return "≥"
        case "le": return "≤"
        case "approx": return "≈"
        default: return "="
        }
    }

    public static func parse(_ text: String) -> String? {
        switch text {
        case "ge", ">=", "≥", "以上", "不低于": return "ge"
        case "le", "<=", "≤", "以下", "不超过", "不高于": return "le"
        case "approx", "~", "≈", "左右", "约": return "approx"
        case "eq", "=", "==": return "eq"
        default: return nil
        }
    }
}
