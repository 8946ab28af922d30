import Foundation
import PlanImport
import Shared

/// What `tributary import --dry-run` shows a person before anything is written: the outline as it will be imported,
/// numbered as the document numbers it, with the indicators and tasks found, a summary and the dropped lines.
public enum ImportPreview {
    public static func lines(_ plan: ImportedPlan, period: String, kind: String) -> [String] {
        var out: [String] = []
        out.append(tr("规划：", "Plan: ") + (plan.title.isEmpty ? tr("（未找到标题，请用 --title 指定）", "(no title found; use --title)") : plan.title)
                   + tr("（", " (") + period + tr("，", ", ") + OutlinePrinter.planKindName(kind) + tr("）", ")"))
        func walk(_ sections: [ImportedSection]) {
            for section in sections {
                let indent = String(repeating: "  ", count: section.depth)
                let number = section.number.isEmpty ? "" : section.number + (section.number.hasSuffix("—") ? "" : " ")
                out.append(indent + number + (section.heading.isEmpty ? tr("（无标题）", "(no heading)") : section.heading))
                if !section.body.isEmpty {
                    let paragraphs = section.body.split(separator: "\n").count
                    out.append(indent + "    " + tr("正文 \(paragraphs) 段 \(section.body.count) 字：", "text, \(paragraphs) paragraphs, \(section.body.count) characters: ")
                               + excerpt(section.body))
                }
                for indicator in section.indicators { out.append(indent + "    " + tr("◆ 指标：", "◆ Indicator: ") + line(indicator)) }
                for task in section.tasks { out.append(indent + "    " + tr("▸ 任务：", "▸ Task: ") + line(task)) }
                walk(section.children)
            }
        }
        walk(plan.sections)
        out.append(summary(plan))
        for line in plan.dropped { out.append("  - " + line) }
        return out
    }

    public static func summary(_ plan: ImportedPlan) -> String {
        tr("共 \(plan.sectionCount) 节、\(plan.indicatorCount) 个指标、\(plan.taskCount) 项任务；丢弃 \(plan.dropped.count) 行非正文内容",
           "\(plan.sectionCount) sections, \(plan.indicatorCount) indicators, \(plan.taskCount) tasks; \(plan.dropped.count) lines dropped as noise")
            + (plan.dropped.isEmpty ? tr("。", ".") : tr("：", ":"))
    }

    /// The start of a text, up to its first sentence or 40 characters.
    static func excerpt(_ body: String) -> String {
        let firstLine = body.split(separator: "\n").first.map(String.init) ?? ""
        let limit = 40
        if firstLine.count <= limit { return firstLine }
        return String(firstLine.prefix(limit)) + "…"
    }

    static func line(_ indicator: ImportedIndicator) -> String {
        var text = indicator.name + " " + Comparator.symbol(indicator.comparator) + " " + indicator.value + indicator.unit
        if Amount(indicator.value)?.isPlaceholder == true { text += tr(" ［待填］", " [to fill in]") }
        var notes: [String] = []
        if let year = indicator.year { notes.append(tr("\(year)年", "by \(year)")) }
        if let scope = indicator.scope { notes.append(scope) }
        if !notes.isEmpty { text += tr("（", " (") + notes.joined(separator: tr("，", ", ")) + tr("）", ")") }
        return text
    }

    static func line(_ task: ImportedTask) -> String {
        var notes: [String] = []
        if let lead = task.lead { notes.append(tr("牵头：", "lead: ") + lead) }
        if let partners = task.partners { notes.append(tr("责任：", "with: ") + partners) }
        if let county = task.county { notes.append(county) }
        if let due = task.due { notes.append(tr("时限：", "due: ") + due) }
        return task.title + (notes.isEmpty ? "" : tr("（", " (") + notes.joined(separator: tr("；", "; ")) + tr("）", ")"))
    }
}
