import Foundation
import PlanImport
import Shared

/// What an import wrote.
public struct ImportSummary: Codable, Sendable, Equatable {
    public var plan: String
    public var title: String
    public var period: String
    public var kind: String
    public var sections: Int
    public var indicators: Int
    public var tasks: Int
    public var dropped: Int
    /// Values the replica would refuse, left out with the reason (the section text that holds them is kept).
    public var skipped: [String]
}

/// Writes an imported plan into a replica as ordinary edits, in one transaction: the plan syncs like anything a
/// person typed, and a failure leaves the replica as it was.
public enum PlanImporter {
    public static func write(_ imported: ImportedPlan, title: String, period: String, kind: String,
                             into replica: Replica) throws -> ImportSummary {
        for (field, value) in [("title", title), ("period", period), ("planKind", kind)] {
            if let problem = Schema.violation(kind: .plan, field: field, value: value) { throw ReplicaError.invalidValue(problem.phrase) }
        }
        if title.isEmpty { throw ReplicaError.invalidValue(Phrase("规划标题为空", "the plan has no title")) }
        var skipped: [String] = []
        var counts = (sections: 0, indicators: 0, tasks: 0)
        let planID = try replica.edit { session -> String in
            let plan = try session.createPlan(title: title, period: period, kind: kind)
            func add(_ sections: [ImportedSection], parent: String?) throws {
                // Evenly spread positions: appending one by one would make the keys grow with every section.
                var numberedIndex = 0
                for (section, position) in zip(sections, FractionalIndex.spread(sections.count)) {
                    var heading = section.heading
                    var body = section.body
                    if Schema.problem(kind: .section, field: "heading", value: heading) != nil {
                        body = heading + (body.isEmpty ? "" : "\n" + body)
                        heading = ""
                    }
                    if let problem = Schema.violation(kind: .section, field: "body", value: body) {
                        throw ReplicaError.invalidValue(Phrase("第 \(counts.sections + 1) 节正文过长：", "section \(counts.sections + 1) is too long: ") + problem.phrase)
                    }
                    let id = try session.addSection(plan: plan, parent: parent, position: position, heading: heading, body: body)
                    // The text before the document's first heading keeps its place without taking the number 一、.
                    if section.number.isEmpty {
                        try session.set(id, Fields.unnumbered, Fields.yes)
                    } else {
                        // The document's own number where the computed one would differ: readers cite (四), not （一）.
                        if let label = section.documentLabel(index: numberedIndex) { try session.set(id, Fields.label, label) }
                        numberedIndex += 1
                    }
                    counts.sections += 1
                    let items = section.indicators.map { fields(of: $0) } + section.tasks.map { fields(of: $0, office: replica.office.name) }
                    for ((kind, values), position) in zip(items, FractionalIndex.spread(items.count)) {
                        var valid: [String: String] = [:]
                        for (field, value) in values {
                            if let problem = Schema.problem(kind: kind, field: field, value: value) {
                                skipped.append("\(heading): \(field) \(value) (\(problem))")
                            } else {
                                valid[field] = value
                            }
                        }
                        let nameField = kind == .indicator ? "name" : "title"
                        guard valid[nameField] != nil else { continue }
                        if kind == .indicator {
                            _ = try session.addIndicator(plan: plan, section: id, position: position, fields: valid)
                            counts.indicators += 1
                        } else {
                            _ = try session.addTask(plan: plan, section: id, position: position, fields: valid)
                            counts.tasks += 1
                        }
                    }
                    try add(section.children, parent: id)
                }
            }
            try add(imported.sections, parent: nil)
            return plan
        }
        return ImportSummary(plan: planID, title: title, period: period, kind: kind, sections: counts.sections,
                             indicators: counts.indicators, tasks: counts.tasks, dropped: imported.dropped.count,
                             skipped: skipped)
    }

    static func fields(of indicator: ImportedIndicator) -> (EntityKind, [String: String]) {
        var fields = ["name": indicator.name, "comparator": indicator.comparator, "value": indicator.value,
                      "unit": indicator.unit, "source": indicator.source]
        fields["year"] = indicator.year
        fields["scope"] = indicator.scope
        fields["baselineValue"] = indicator.baselineValue
        fields["baselineYear"] = indicator.baselineYear
        return (.indicator, fields)
    }

    /// A task the document gives no lead unit is the importing office's own.
    static func fields(of task: ImportedTask, office: String? = nil) -> (EntityKind, [String: String]) {
        var fields = ["title": task.title, "detail": task.source]
        fields["lead"] = task.lead ?? office.flatMap { $0.isEmpty ? nil : $0 }
        fields["partners"] = task.partners
        fields["county"] = task.county
        fields["due"] = task.due
        return (.task, fields)
    }
}

/// What importing a newer version of a document into an existing plan changed.
public struct ImportUpdateSummary: Codable, Sendable, Equatable {
    public var plan: String
    /// Fields set to a new value (a paragraph, a heading, an indicator's value …).
    public var changed: Int
    public var added: Int
    public var deleted: Int
    public var skipped: [String]
}

extension PlanImporter {
    /// Live plans with this title and period: importing the same document again would make a second one.
    public static func existing(title: String, period: String, in replica: Replica) throws -> [EntityState] {
        try replica.plans().filter { !$0.isDeleted && $0["title"] == title && $0["period"] == period }
    }

    /// Imports a document as edits to an existing plan: sections are matched by their chain of headings (or, where a
    /// heading changed, by their place among their siblings), and only what differs is written: changed paragraphs,
    /// headings and indicator values are ordinary changes that sync and conflict like any edit; new sections, indicators
    /// and tasks are added; those the new version no longer has are deleted.
    public static func update(_ imported: ImportedPlan, plan: String, title: String, period: String, kind: String,
                              into replica: Replica) throws -> ImportUpdateSummary {
        guard let document = try replica.document(plan: plan) else {
            throw ReplicaError.invalidValue(Phrase("找不到规划 \(plan)", "no plan \(plan)"))
        }
        let byID = Dictionary(document.sections.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var summary = ImportUpdateSummary(plan: plan, changed: 0, added: 0, deleted: 0, skipped: [])
        try replica.edit { session in
            func set(_ id: String, _ field: String, _ old: String?, _ new: String?) throws {
                let new = new.flatMap { $0.isEmpty ? nil : $0 }
                guard (old ?? "") != (new ?? "") else { return }
                try session.set(id, field, new)
                summary.changed += 1
            }
            try set(plan, "title", document.plan["title"], title)
            try set(plan, "period", document.plan["period"], period)
            try set(plan, "planKind", document.plan["planKind"], kind)

            func sync(_ sections: [ImportedSection], under parent: String?, existing: [OutlineNode]) throws {
                var unmatched = existing
                var numberedIndex = 0
                for (index, section) in sections.enumerated() {
                    let label = section.number.isEmpty ? nil : section.documentLabel(index: numberedIndex)
                    if !section.number.isEmpty { numberedIndex += 1 }
                    var heading = section.heading
                    var body = section.body
                    if Schema.problem(kind: .section, field: "heading", value: heading) != nil {
                        body = heading + (body.isEmpty ? "" : "\n" + body)
                        heading = ""
                    }
                    // Same heading first; else the section at the same place among its siblings.
                    let match = unmatched.firstIndex { byID[$0.id]?["heading"] ?? "" == heading }
                        ?? (index < existing.count ? unmatched.firstIndex { $0.id == existing[index].id } : nil)
                    let id: String
                    let children: [OutlineNode]
                    if let match {
                        let node = unmatched.remove(at: match)
                        let state = byID[node.id]
                        id = node.id
                        children = node.children
                        try set(id, "heading", state?["heading"], heading)
                        try set(id, "body", state?["body"], body)
                        try set(id, Fields.label, state?[Fields.label], label)
                        try set(id, Fields.unnumbered, state?[Fields.unnumbered], section.number.isEmpty ? Fields.yes : nil)
                    } else {
                        id = try session.addSection(plan: plan, parent: parent, heading: heading, body: body)
                        if section.number.isEmpty { try session.set(id, Fields.unnumbered, Fields.yes) }
                        if let label { try session.set(id, Fields.label, label) }
                        summary.added += 1
                        children = []
                    }
                    try syncItems(section, in: id)
                    try sync(section.children, under: id, existing: children)
                }
                for gone in unmatched {
                    try session.delete(gone.id)
                    summary.deleted += 1
                }
            }

            func syncItems(_ section: ImportedSection, in sectionID: String) throws {
                for (list, key, items) in [
                    (document.items(document.indicators, under: sectionID), "name", section.indicators.map { fields(of: $0) }),
                    (document.items(document.tasks, under: sectionID), "title", section.tasks.map { fields(of: $0, office: replica.office.name) }),
                ] {
                    var unmatched = list
                    for (kind, values) in items {
                        var valid: [String: String] = [:]
                        for (field, value) in values {
                            if let problem = Schema.problem(kind: kind, field: field, value: value) {
                                summary.skipped.append("\(field) \(value) (\(problem))")
                            } else {
                                valid[field] = value
                            }
                        }
                        guard let name = valid[key] else { continue }
                        if let match = unmatched.firstIndex(where: { $0[key] == name }) {
                            let state = unmatched.remove(at: match)
                            for (field, value) in valid.sorted(by: { $0.key < $1.key }) { try set(state.id, field, state[field], value) }
                        } else if kind == .indicator {
                            _ = try session.addIndicator(plan: plan, section: sectionID, fields: valid)
                            summary.added += 1
                        } else {
                            _ = try session.addTask(plan: plan, section: sectionID, fields: valid)
                            summary.added += 1
                        }
                    }
                    for gone in unmatched {
                        try session.delete(gone.id)
                        summary.deleted += 1
                    }
                }
            }
            try sync(imported.sections, under: nil, existing: document.outline)
        }
        return summary
    }
}
