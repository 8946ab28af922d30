import Foundation
import Shared

/// The files the city hands on: the consolidated plan as Markdown, and the task-breakdown and roll-up tables as CSV.
public enum Exports {
    /// The task table: the city's tasks, then the counties' own (`Consolidation.countyTaskRows`). Each row says
    /// whose plan holds it; status and overdue are separate columns so that a spreadsheet can filter on either.
    public static func tasksCSV(_ rows: [TaskRow]) -> String {
        CSV.render(header: ["序号", "所属单位", "重点任务", "牵头单位", "责任单位", "完成时限", "状态", "是否逾期"],
                   rows: rows.map { row in
                       [String(row.number), row.owner ?? "", row.task, row.lead, row.responsible, row.due,
                        statusName(row.status), row.overdue ? "逾期" : ""]
                   })
    }

    /// The roll-up table, made for a spreadsheet: figures alone in numeric columns (Excel can sum them), the unit of
    /// measure in its own column, and headers that cannot be confused (填报单位 is the office, 计量单位 the unit).
    /// A placeholder or a missing figure leaves the number empty and says so in 备注, never a text in a number column.
    public static func rollupCSV(_ results: [RollupResult]) -> String {
        var rows: [[String]] = []
        for result in results {
            let unit = result.unit ?? ""
            for entry in result.entries {
                let figure = entry.state == .value ? number(entry.value) : ""
                rows.append([result.name, entry.office.name, figure, unit, "", "", "", entryNote(entry), sourceText(entry.source)])
            }
            let note = (result.missing.map(\.name).map { $0 + "缺" } + result.placeholders.map(\.name).map { $0 + "待填" })
                .joined(separator: "、")
            rows.append([result.name, "汇总（\(methodName(result.method))）", number(result.rolledUp), unit,
                         result.target == nil ? "" : comparatorName(result.comparator), number(result.target),
                         verdictName(result.verdict), note, ""])
        }
        return CSV.render(header: ["指标", "填报单位", "数值", "计量单位", "比较", "目标值", "是否达标", "备注", "数据来源"], rows: rows)
    }

    /// A figure as a spreadsheet number ("97", "52.5"); anything that is not one (a placeholder XX) is left out.
    static func number(_ text: String?) -> String {
        guard let text = text?.trimmingCharacters(in: .whitespaces), Double(text) != nil else { return "" }
        return text
    }

    /// Comparators in words: a bare "=" would start a formula in Excel.
    public static func comparatorName(_ comparator: String?) -> String {
        switch comparator {
        case "ge": return "不低于（≥）"
        case "le": return "不高于（≤）"
        case "approx": return "约为（≈）"
        default: return "等于"
        }
    }

    static func entryNote(_ entry: RollupEntry) -> String {
        switch entry.state {
        case .value: return Double(entry.value ?? "") == nil ? "数值无法读取：" + (entry.value ?? "") : ""
        case .placeholder: return "待填（" + (entry.value ?? "") + "）"
        case .missing: return "缺"
        }
    }

    public static func verdictName(_ verdict: RollupVerdict) -> String {
        switch verdict {
        case .met: return "达标"
        case .notMet: return "未达标"
        case .incomplete: return "数据不全"
        case .noTarget: return "—"
        }
    }

    /// Where a county's figures come from, for the exported files (which are always Chinese).
    public static func sourceText(_ source: FigureSource?) -> String {
        guard let source else { return "" }
        switch source.kind {
        case .accepted:
            var text = "已通过的报送 " + (source.submission ?? "")
            if let ms = source.acceptedMs { text += "（" + timeText(ms) + " 通过）" }
            if let count = source.changedSinceAcceptance, count > 0 { text += "；工作稿在通过后已修改 \(count) 处" }
            return text
        case .draft: return "工作稿（未经审核）"
        case .none: return "无已通过的报送"
        case .noPlan: return "尚无规划"
        case .unreadable: return "快照无法读取"
        }
    }

    static func timeText(_ ms: Int64) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        return formatter.string(from: Date(timeIntervalSince1970: Double(ms) / 1000))
    }

    public static func methodName(_ method: String) -> String {
        ["sum": "合计", "min": "最小值", "max": "最大值", "mean": "平均", "weighted": "加权平均"][method] ?? method
    }

    public static func statusName(_ status: String) -> String {
        ["planned": "未开始", "inProgress": "进行中", "done": "已完成", "blocked": "受阻"][status] ?? status
    }

    /// The city plan as Markdown, its sections numbered as printed, indicators and tasks as lists, followed by the
    /// roll-up of the counties' indicators and the counties' commitments.
    public static func markdown(_ consolidation: Consolidation) -> String {
        let city = consolidation.city
        var out = "# " + (city.plan["title"] ?? "") + "\n\n"
        out += "期间：" + (city.plan["period"] ?? "") + "\n\n"
        let sections = Dictionary(city.sections.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let indicatorsBySection = city.itemsBySection(city.indicators)
        let tasksBySection = city.itemsBySection(city.tasks)
        func items(_ section: String?) {
            for indicator in indicatorsBySection[section] ?? [] {
                out += "- 指标：" + OutlinePrinter.indicatorLine(indicator, in: .chinese) + "\n"
            }
            for task in tasksBySection[section] ?? [] {
                out += "- 任务：" + OutlinePrinter.taskLine(task, in: .chinese) + "\n"
            }
        }
        items(nil)
        for node in Outline.flatten(city.outline) {
            let section = sections[node.id]
            out += "\n" + String(repeating: "#", count: min(6, node.depth + 2)) + " " + node.label + (section?["heading"] ?? "") + "\n\n"
            if let body = section?["body"], !body.isEmpty { out += body + "\n\n" }
            items(node.id)
        }
        let rollups = consolidation.rollups
        if !rollups.isEmpty {
            out += "\n## 附：县区指标汇总\n\n| 指标 | 汇总 | 目标 | 是否达标 | 缺失 | 待填 |\n| --- | --- | --- | --- | --- | --- |\n"
            for r in rollups {
                out += "| \(r.name) | \(r.rolledUp.map { $0 + (r.unit ?? "") } ?? "—")（\(methodName(r.method))） | "
                    + "\(Comparator.symbol(r.comparator)) \(r.target ?? "")\(r.unit ?? "") | \(verdictName(r.verdict)) | "
                    + "\(r.missing.map(\.name).joined(separator: "、")) | \(r.placeholders.map(\.name).joined(separator: "、")) |\n"
            }
        }
        out += "\n## 附：县区规划\n\n"
        out += consolidation.mode == .accepted ? "数据来源：各县区最近一次已通过的报送。\n\n" : "数据来源：各县区的工作稿（草稿，未经审核）。\n\n"
        for (office, plan) in consolidation.counties {
            let source = sourceText(consolidation.sources[office.id])
            guard let plan else {
                out += "- \(office.name)：" + (consolidation.mode == .accepted ? source : "尚无规划") + "\n"
                continue
            }
            let indicators = plan.indicators.filter { !$0.isDeleted }.map { OutlinePrinter.indicatorLine($0, in: .chinese) }
            out += "- \(office.name)：《\(plan.plan["title"] ?? "")》" + (indicators.isEmpty ? "" : "，指标：" + indicators.joined(separator: "；"))
                + "（\(source)）\n"
        }
        return out
    }
}
