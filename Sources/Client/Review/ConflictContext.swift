import Shared

/// What a reviewer needs around a conflict record to understand it: which plan and office, what the entity is, where
/// it sits, its other fields (an indicator's unit), and the outline for describing a move in words. Built purely from
/// the plan document, so the command line and the full-screen view describe a conflict identically.
public struct ConflictContext: Sendable, Equatable {
    public struct SectionRef: Sendable, Equatable {
        public var id: String
        /// With its outline number: "（一）学前教育".
        public var title: String
        public init(id: String, title: String) {
            self.id = id
            self.title = title
        }
    }

    /// An outline entry that a place can be described relative to.
    public struct Sibling: Sendable, Equatable {
        public var id: String
        public var position: String
        public var title: String
        public init(id: String, position: String, title: String) {
            self.id = id
            self.position = position
            self.title = title
        }
    }

    public var planTitle: String
    public var officeName: String
    /// The entity's own words: a section's heading, an indicator's name, a task's title.
    public var entityLabel: String
    /// Sections from the top down to the one holding the entity (for a section, ending with itself).
    public var sections: [SectionRef]
    /// The entity's current fields: all of them from a plan read whole; from the stored titles only those the view
    /// shows (`StoredOutline.contextFields`: an indicator's value, comparator, unit and years, the outline's fields).
    public var fields: [String: String]
    /// Section titles by id, for naming a parent.
    public var sectionTitles: [String: String]
    /// Live outline entries by parent id ("" for the top level); `describe` leaves out `entityID`. Shared by every
    /// conflict of a plan: copying them less the entity, per conflict, was a third of building 500 contexts.
    var siblings: [String: [Sibling]]
    /// The conflicted entity's id, left out of its siblings.
    var entityID: String?

    public init(planTitle: String, officeName: String, entityLabel: String, sections: [SectionRef] = [],
                fields: [String: String] = [:], sectionTitles: [String: String] = [:], siblings: [String: [Sibling]] = [:],
                entityID: String? = nil) {
        self.planTitle = planTitle
        self.officeName = officeName
        self.entityLabel = entityLabel
        self.sections = sections
        self.fields = fields
        self.sectionTitles = sectionTitles
        self.siblings = siblings
        self.entityID = entityID
    }

    /// What every conflict of one plan shares: section titles with their outline numbers, the sections' parents, the
    /// entities a context names, and the live outline entries by parent. Built once per plan document: built per
    /// conflict (as it was), the titles alone compared every section with every other, which on a 4,000-field plan
    /// made `conflicts list` take seconds.
    ///
    /// It keeps no copy of the document: `conflicts list` and `review` hold one set of facts per plan with an open
    /// conflict, and holding 25 plan documents (their 20,000 section states) was most of the command's peak memory.
    public struct PlanFacts: Sendable {
        let planTitle: String?
        let sectionCount: Int
        let titles: [String: String]
        /// Every section's parent as its place names it (nil at the top level).
        let parents: [String: String?]
        /// The entities a context may name: all of them, or those `keeping` asked for.
        let byID: [String: EntityState]
        /// Every live entry with a place, sorted by position; a conflict's context leaves its own entity out. Empty
        /// when built without siblings (no move to describe).
        let siblings: [String: [Sibling]]

        /// `keeping`: the entities contexts will be made for (all when nil); `siblings`: whether moves are to be
        /// described (the outline entries by parent are built only then).
        public init(_ document: PlanDocument, keeping: Set<String>? = nil, siblings withSiblings: Bool = true) {
            let titles = Outline.sectionTitles(document.sections)
            var parents: [String: String?] = [:]
            for section in document.sections { parents[section.id] = section.place?.parent }
            var byID: [String: EntityState] = [:]
            // The first of equal ids wins, as a search from the front of plan, sections, indicators, tasks would.
            for item in [document.plan] + document.sections + document.indicators + document.tasks
            where byID[item.id] == nil && keeping.map({ $0.contains(item.id) }) ?? true {
                byID[item.id] = item
            }
            var siblings: [String: [Sibling]] = [:]
            if withSiblings {
                for item in document.sections + document.indicators + document.tasks where !item.isDeleted {
                    guard let place = item.place else { continue }
                    let title: String
                    switch item.kind {
                    case .section: title = titles[item.id] ?? item["heading"] ?? item.id
                    case .indicator: title = item["name"] ?? item.id
                    default: title = item["title"] ?? item.id
                    }
                    siblings[place.parent ?? "", default: []].append(Sibling(id: item.id, position: place.position, title: title))
                }
                for key in siblings.keys { siblings[key]!.sort { ($0.position, $0.id) < ($1.position, $1.id) } }
            }
            self.planTitle = document.plan["title"]
            self.sectionCount = document.sections.count
            self.titles = titles
            self.parents = parents
            self.byID = byID
            self.siblings = siblings
        }

        /// Facts from a replica's stored outline titles (`Replica.storedOutline`): the titles and parents of the
        /// sections on the conflicted entities' paths only, the plan's section count, and the conflicted entities
        /// whole. No sibling lists: a plan with a move to describe is read whole instead.
        public init(planTitle: String?, sectionCount: Int, titles: [String: String], parents: [String: String?],
                    entities: [EntityState]) {
            self.planTitle = planTitle
            self.sectionCount = sectionCount
            self.titles = titles
            self.parents = parents
            var byID: [String: EntityState] = [:]
            for entity in entities where byID[entity.id] == nil { byID[entity.id] = entity }
            self.byID = byID
            self.siblings = [:]
        }
    }

    public static func make(record: ConflictRecord, document: PlanDocument?, officeName: String?) -> ConflictContext {
        make(record: record, facts: document.map { PlanFacts($0) }, officeName: officeName)
    }

    public static func make(record: ConflictRecord, facts: PlanFacts?, officeName: String?) -> ConflictContext {
        let office = officeName ?? record.office
        guard let facts else {
            return ConflictContext(planTitle: record.plan, officeName: office, entityLabel: record.entity)
        }
        let entity = facts.byID[record.entity]
        let label: String
        switch entity?.kind ?? record.kind {
        case .plan: label = facts.planTitle ?? record.entity
        case .section: label = entity?["heading"] ?? record.entity
        case .indicator: label = entity?["name"] ?? record.entity
        case .task: label = entity?["title"] ?? record.entity
        default: label = record.entity
        }
        var chain: [SectionRef] = []
        var current: String? = entity?.kind == .section ? entity?.id : entity?.place?.parent
        while let id = current, let parent = facts.parents[id], chain.count <= facts.sectionCount {
            chain.insert(SectionRef(id: id, title: facts.titles[id] ?? id), at: 0)
            current = parent
        }
        // The shared lists; `describe` leaves the entity itself out (ids are unique across a plan's entities).
        return ConflictContext(planTitle: facts.planTitle ?? record.plan, officeName: office, entityLabel: label,
                               sections: chain, fields: entity?.fields ?? [:], sectionTitles: facts.titles,
                               siblings: facts.siblings, entityID: record.entity)
    }

    /// A place in words: "在「二、主要目标」下，「（一）学前教育」之后" / "top level, first".
    public func describe(place text: String?, words: Words) -> String {
        guard let text, let place = Place(text) else { return words.t("（无位置）", "(no place)") }
        let parentName: String
        if let parent = place.parent {
            parentName = words.t("在「\(sectionTitles[parent] ?? parent)」下", "under “\(sectionTitles[parent] ?? parent)”")
        } else {
            parentName = words.t("在顶层", "at the top level")
        }
        let before = (siblings[place.parent ?? ""] ?? []).last { $0.position < place.position && $0.id != entityID }
        let spot = before.map { words.t("「\($0.title)」之后", "after “\($0.title)”") } ?? words.t("排在最前", "first")
        return parentName + words.t("，", ", ") + spot
    }
}
