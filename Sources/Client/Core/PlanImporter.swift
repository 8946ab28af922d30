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
            if let problem = Schema.problem(kind: .plan, field: field, value: value) { throw ReplicaError.invalidValue(problem) }
        }
        if title.isEmpty { throw ReplicaError.invalidValue(tr("规划标题为空", "the plan has no title")) }
        var skipped: [String] = []
        var counts = (sections: 0, indicators: 0, tasks: 0)
        let planID = try replica.edit { session -> String in
            let plan = try session.createPlan(title: title, period: period, kind: kind)
            func add(_ sections: [ImportedSection], parent: String?) throws {
                // Evenly spread positions: appending one by one would make the keys grow with every section.
                for (section, position) in zip(sections, FractionalIndex.spread(sections.count)) {
                    var heading = section.heading
                    var body = section.body
                    if Schema.problem(kind: .section, field: "heading", value: heading) != nil {
                        body = heading + (body.isEmpty ? "" : "\n" + body)
                        heading = ""
                    }
                    if let problem = Schema.problem(kind: .section, field: "body", value: body) {
                        throw ReplicaError.invalidValue(tr("第 \(counts.sections + 1) 节正文过长：", "section \(counts.sections + 1) is too long: ") + problem)
                    }
                    let id = try session.addSection(plan: plan, parent: parent, position: position, heading: heading, body: body)
                    // The text before the document's first heading keeps its place without taking the number 一、.
                    if section.number.isEmpty { try session.set(id, Fields.unnumbered, Fields.yes) }
                    counts.sections += 1
                    let items = section.indicators.map { fields(of: $0) } + section.tasks.map { fields(of: $0) }
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
        return (.indicator, fields)
    }

    static func fields(of task: ImportedTask) -> (EntityKind, [String: String]) {
        var fields = ["title": task.title, "detail": task.source]
        fields["lead"] = task.lead
        fields["partners"] = task.partners
        fields["county"] = task.county
        fields["due"] = task.due
        return (.task, fields)
    }
}
