import Foundation
import Shared

/// A plan as a numbered outline, for people (`lines`) and for scripts (`json`). Pure, so tests read exactly what a
/// user sees.
public enum OutlinePrinter {
    public static func planKindName(_ kind: String?, in tr: Localizer) -> String {
        switch kind {
        case "annual": return tr("年度计划", "annual plan")
        case "fiveYear": return tr("五年规划", "five-year plan")
        case "summary": return tr("年度总结", "year summary")
        default: return kind ?? ""
        }
    }

    public static func shortID(_ id: String) -> String { String(id.prefix(8)) }

    /// "学前三年毛入园率 ≥ 97%（2025年，全市）"
    public static func indicatorLine(_ indicator: EntityState, in tr: Localizer) -> String {
        let name = indicator["name"] ?? tr("（未命名指标）", "(unnamed indicator)")
        var line = name
        if let value = indicator["value"] {
            let unit = indicator["unit"] ?? ""
            line += " " + Comparator.symbol(indicator["comparator"]) + " " + value + unit
            if Amount(value)?.isPlaceholder == true { line += tr(" ［待填］", " [to fill in]") }
        }
        var notes: [String] = []
        if let year = indicator["year"] { notes.append(tr("\(year)年", "by \(year)")) }
        if let scope = indicator["scope"] { notes.append(scope) }
        if let baseline = indicator["baselineValue"] {
            let year = indicator["baselineYear"].map { tr("\($0)年", "\($0)") + " " } ?? ""
            notes.append(tr("基期 ", "baseline ") + year + baseline + (indicator["unit"] ?? ""))
        }
        if !notes.isEmpty { line += tr("（", " (") + notes.joined(separator: tr("，", ", ")) + tr("）", ")") }
        return line
    }

    public static func taskStatusName(_ status: String?, in tr: Localizer) -> String {
        switch status {
        case "inProgress": return tr("进行中", "in progress")
        case "done": return tr("已完成", "done")
        case "blocked": return tr("受阻", "blocked")
        default: return tr("未开始", "planned")
        }
    }

    public static func taskLine(_ task: EntityState, in tr: Localizer) -> String {
        var line = task["title"] ?? tr("（未命名任务）", "(untitled task)")
        var notes: [String] = []
        if let lead = task["lead"] { notes.append(tr("牵头：", "lead: ") + lead) }
        if let partners = task["partners"] { notes.append(tr("责任：", "with: ") + partners) }
        if let county = task["county"] { notes.append(county) }
        if let due = task["due"] { notes.append(tr("时限：", "due: ") + due) }
        notes.append(taskStatusName(task["status"], in: tr))
        line += tr("（", " (") + notes.joined(separator: tr("；", "; ")) + tr("）", ")")
        return line
    }

    /// `comments`: the city's comments by the entry they are about, marked inline so the county sees where to act.
    public static func lines(_ document: PlanDocument, withIDs: Bool = true, comments: [String: [String]] = [:], in tr: Localizer) -> [String] {
        func tag(_ id: String) -> String {
            let mark = comments[id].map { bodies in
                "  💬 " + String(bodies[0].replacingOccurrences(of: "\n", with: " ").prefix(30)) + (bodies.count > 1 ? tr("（另 \(bodies.count - 1) 条）", " (+\(bodies.count - 1))") : "")
            } ?? ""
            return (withIDs ? "  [" + shortID(id) + "]" : "") + mark
        }
        var out: [String] = []
        let plan = document.plan
        out.append((plan["title"] ?? "") + tr("（", " (") + (plan["period"] ?? "") + tr("，", ", ") + planKindName(plan["planKind"], in: tr)
                   + tr("）", ")") + tag(plan.id))
        let indicatorsBySection = document.itemsBySection(document.indicators)
        let tasksBySection = document.itemsBySection(document.tasks)
        func items(under section: String?, indent: String) {
            for indicator in indicatorsBySection[section] ?? [] {
                out.append(indent + tr("◆ 指标：", "◆ Indicator: ") + indicatorLine(indicator, in: tr) + tag(indicator.id))
            }
            for task in tasksBySection[section] ?? [] {
                out.append(indent + tr("▸ 任务：", "▸ Task: ") + taskLine(task, in: tr) + tag(task.id))
            }
        }
        items(under: nil, indent: "  ")
        let sections = Dictionary(document.sections.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        func walk(_ nodes: [OutlineNode]) {
            for node in nodes {
                let indent = String(repeating: "  ", count: node.depth)
                let section = sections[node.id]
                out.append(indent + node.label + (section?["heading"] ?? "") + tag(node.id))
                if let body = section?["body"], !body.isEmpty {
                    // Split on the bytes: a split by Characters walks every grapheme of the Chinese text, which was a
                    // quarter of `show` on a large plan. A newline byte never falls inside a UTF-8 character.
                    for line in body.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
                        out.append(indent + "    " + String(Substring(line)))
                    }
                }
                items(under: node.id, indent: indent + "    ")
                walk(node.children)
            }
        }
        walk(document.outline)
        return out
    }

    // MARK: JSON

    public struct JSONSection: Codable, Sendable, Equatable {
        public var id: String
        public var label: String
        public var heading: String?
        public var body: String?
        public var indicators: [EntityState]
        public var tasks: [EntityState]
        public var children: [JSONSection]
    }

    public struct JSONPlan: Codable, Sendable, Equatable {
        public var id: String
        public var office: String
        public var title: String?
        public var period: String?
        public var kind: String?
        public var deleted: Bool
        public var indicators: [EntityState]
        public var tasks: [EntityState]
        public var sections: [JSONSection]
    }

    public static func json(_ document: PlanDocument) -> JSONPlan {
        let sections = Dictionary(document.sections.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let indicatorsBySection = document.itemsBySection(document.indicators)
        let tasksBySection = document.itemsBySection(document.tasks)
        func convert(_ node: OutlineNode) -> JSONSection {
            JSONSection(id: node.id, label: node.label, heading: sections[node.id]?["heading"],
                        body: sections[node.id]?["body"],
                        indicators: indicatorsBySection[node.id] ?? [],
                        tasks: tasksBySection[node.id] ?? [], children: node.children.map(convert))
        }
        let plan = document.plan
        return JSONPlan(id: plan.id, office: plan.office, title: plan["title"], period: plan["period"],
                        kind: plan["planKind"], deleted: plan.isDeleted,
                        indicators: indicatorsBySection[nil] ?? [],
                        tasks: tasksBySection[nil] ?? [], sections: document.outline.map(convert))
    }
}
