import Foundation
import Shared

/// The city's report as one self-contained HTML page: a summary, a bar chart per rolled-up indicator, the board, and
/// the plan outline with its tasks. A pure function of `CityReport`; always Chinese like the other exports, since it
/// is printed and filed by the bureau. The Content-Security-Policy forbids every fetch: the page works from a USB
/// stick, and nothing in a county's text could make it load anything.
public enum ReportHTML {
    /// What the page allows itself: inline styles only. No scripts, no fonts, images, frames or connections.
    public static let contentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'none'; base-uri 'none'"

    public static func render(_ report: CityReport) -> String {
        let e = HTMLText.escape
        var out = "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
        out += "<meta http-equiv=\"Content-Security-Policy\" content=\"\(contentSecurityPolicy)\">\n"
        out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        out += "<title>" + e(report.title + " · 县区汇总报告") + "</title>\n<style>\n" + ReportStyle.css + "\n</style>\n</head>\n<body>\n"
        out += summary(report)
        out += indicators(report)
        out += board(report)
        out += outline(report)
        return out + "</body>\n</html>\n"
    }

    // MARK: parts

    static func summary(_ report: CityReport) -> String {
        let e = HTMLText.escape
        var out = "<section class=\"part\" id=\"summary\">\n<h1>" + e(report.title) + "</h1>\n"
        out += "<p class=\"meta\">" + (report.period.map { "期间：" + e($0) + "　" } ?? "") + "生成时间：" + Exports.timeText(report.generatedMs) + "</p>\n"
        out += "<p class=\"meta\">" + (report.mode == .accepted
            ? "数据来源：各县区最近一次<strong>已通过</strong>的报送（市局审核通过的版本）。"
            : "数据来源：各县区的<strong>工作稿</strong>（草稿，未经市局审核）。") + "</p>\n"
        out += "<h2>一览</h2>\n"
        if report.rollups.isEmpty {
            out += "<p>没有声明汇总方式的指标。</p>\n"
        } else {
            out += "<table class=\"overview\"><colgroup><col style=\"width:20%\"><col style=\"width:14%\"><col style=\"width:12%\"><col style=\"width:14%\"><col style=\"width:14%\"><col style=\"width:13%\"><col style=\"width:13%\"></colgroup>\n"
            out += "<thead><tr><th>指标</th><th>汇总</th><th>目标</th><th>结论</th><th>低于目标</th><th>缺</th><th>待填</th></tr></thead><tbody>\n"
            for r in report.rollups {
                let unit = r.unit ?? ""
                let below = r.entries.filter { r.meetsTarget($0) == false }.map(\.office.name)
                out += "<tr data-indicator=\"\(e(r.name))\"><td>" + e(r.name) + "</td><td>" + e(r.rolledUp.map { $0 + unit } ?? "—")
                    + "（" + e(Exports.methodName(r.method)) + "）</td><td>" + e(target(r)) + "</td><td>" + verdict(r.verdict)
                    + "</td><td>" + names(below) + "</td><td>" + names(r.missing.map(\.name), flag: "missing")
                    + "</td><td>" + names(r.placeholders.map(\.name), flag: "placeholder") + "</td></tr>\n"
            }
            out += "</tbody></table>\n"
        }
        out += "<p class=\"legend\">图例：中灰（绿）实心条＝达到目标（✓）；斜线条＝低于目标（✗）；浅灰条＝合计指标的县区数值（只有合计与目标比较）；"
            + "黑色条＝汇总值；虚线框＝缺报或仍为占位符（不按零计）；竖虚线＝市级目标。结论“数据不全”表示有县区缺报、待填或缺权重，汇总值仍会变化。</p>\n"
        return out + "</section>\n"
    }

    static func indicators(_ report: CityReport) -> String {
        var out = "<section class=\"part\" id=\"indicators\">\n<h2>一、指标汇总</h2>\n"
        for (index, r) in report.rollups.enumerated() {
            let e = HTMLText.escape
            out += "<figure class=\"indicator\" data-indicator=\"\(e(r.name))\">\n<figcaption>" + e(r.name) + "（" + e(Exports.methodName(r.method)) + "）</figcaption>\n"
            out += "<p class=\"result\">汇总：" + e(r.rolledUp.map { $0 + (r.unit ?? "") } ?? "—") + "　目标：" + e(target(r)) + "　" + verdict(r.verdict)
            if !r.missing.isEmpty { out += "　<span class=\"flag missing\"></span>" + e(r.missing.map(\.name).joined(separator: "、")) }
            if !r.placeholders.isEmpty { out += "　<span class=\"flag placeholder\"></span>" + e(r.placeholders.map(\.name).joined(separator: "、")) }
            out += "</p>\n" + BarChartSVG.render(r, id: "chart-\(index + 1)") + "\n</figure>\n"
        }
        if report.rollups.isEmpty { out += "<p>没有声明汇总方式的指标（用 --rollup 设置）。</p>\n" }
        return out + "</section>\n"
    }

    static func board(_ report: CityReport) -> String {
        let e = HTMLText.escape
        var out = "<section class=\"part\" id=\"board\">\n<h2>二、县区看板</h2>\n"
        out += "<table class=\"board\"><colgroup><col style=\"width:15%\"><col style=\"width:10%\"><col style=\"width:21%\"><col style=\"width:13%\"><col style=\"width:7%\"><col style=\"width:17%\"><col style=\"width:17%\"></colgroup>\n"
        out += "<thead><tr><th>县区</th><th>报送状态</th><th>指标来源</th><th>最近同步</th><th>冲突</th><th>逾期任务</th><th>缺 / 待填</th></tr></thead><tbody>\n"
        for row in report.board {
            var source = e(sourceText(row.figures))
            if let count = row.figures?.changedSinceAcceptance, count > 0 {
                source += "<br><span class=\"warn\">工作稿在通过后已修改 \(count) 处（数字仍取自通过的版本）</span>"
            }
            var gaps = row.missingIndicators.map { "<span class=\"flag missing\"></span>" + e($0) }
            gaps += row.placeholderIndicators.map { "<span class=\"flag placeholder\"></span>" + e($0) }
            out += "<tr data-office=\"\(e(row.office.id))\"><td>" + e(row.office.name) + (row.plan == nil ? "<br>（尚无规划）" : "")
                + "</td><td>" + statusName(row.submission) + "</td><td>" + source + "</td><td>"
                + (row.lastSyncMs.map(Exports.timeText) ?? "从未") + "</td><td class=\"num\">\(row.openConflicts)</td><td>"
                + (row.overdueTasks.isEmpty ? "—" : row.overdueTasks.map(e).joined(separator: "<br>")) + "</td><td>"
                + (gaps.isEmpty ? "—" : gaps.joined(separator: "<br>")) + "</td></tr>\n"
        }
        return out + "</tbody></table>\n</section>\n"
    }

    static func outline(_ report: CityReport) -> String {
        let e = HTMLText.escape
        var out = "<section class=\"part\" id=\"outline\">\n<h2>三、规划提纲</h2>\n<div class=\"outline\">\n"
        for item in report.outline {
            switch item {
            case let .section(depth, label, heading, body):
                out += "<p class=\"section d\(min(depth, 4))\">" + e(label + heading) + "</p>\n"
                if !body.isEmpty { out += "<p class=\"body d\(min(depth, 4))\">" + e(body) + "</p>\n" }
            case let .indicator(depth, text, placeholder):
                out += "<p class=\"item indicator d\(min(depth, 4))\">指标：" + (placeholder ? "<span class=\"flag placeholder\"></span>" : "") + e(text) + "</p>\n"
            case let .task(depth, title, lead, responsible, due, status):
                var notes: [String] = []
                if !lead.isEmpty { notes.append("牵头：" + lead) }
                if !responsible.isEmpty { notes.append("责任：" + responsible) }
                if !due.isEmpty { notes.append("时限：" + due) }
                notes.append(Exports.statusName(status))
                out += "<p class=\"item task d\(min(depth, 4))\">任务：" + e(title) + "（" + e(notes.joined(separator: "；")) + "）</p>\n"
            }
        }
        if report.outline.isEmpty { out += "<p>（规划尚无内容）</p>\n" }
        out += "</div>\n<h2>四、任务分解表</h2>\n"
        out += "<table class=\"tasks\"><colgroup><col style=\"width:7%\"><col style=\"width:33%\"><col style=\"width:16%\"><col style=\"width:18%\"><col style=\"width:12%\"><col style=\"width:14%\"></colgroup>\n"
        out += "<thead><tr><th>序号</th><th>重点任务</th><th>牵头单位</th><th>责任单位</th><th>完成时限</th><th>状态</th></tr></thead><tbody>\n"
        for row in report.tasks {
            out += "<tr><td class=\"num\">\(row.number)</td><td>" + e(row.task) + "</td><td>" + e(row.lead) + "</td><td>" + e(row.responsible)
                + "</td><td>" + e(row.due) + "</td><td>" + e(Exports.statusName(row.status)) + (row.overdue ? "<strong>（逾期）</strong>" : "") + "</td></tr>\n"
        }
        if report.tasks.isEmpty { out += "<tr><td colspan=\"6\">（无任务）</td></tr>\n" }
        return out + "</tbody></table>\n</section>\n"
    }

    // MARK: pieces

    static func target(_ r: RollupResult) -> String {
        guard let target = r.target else { return "—" }
        return Comparator.symbol(r.comparator) + " " + target + (r.unit ?? "")
    }

    /// The verdict as words with a sign and a border style, readable without colour.
    static func verdict(_ verdict: RollupVerdict) -> String {
        let text: String
        switch verdict {
        case .met: text = "✓ 达标"
        case .notMet: text = "✗ 未达标"
        case .incomplete: text = "？数据不全"
        case .noTarget: text = "无目标"
        }
        return "<span class=\"verdict \(verdict.rawValue)\">\(text)</span>"
    }

    static func names(_ list: [String], flag: String? = nil) -> String {
        guard !list.isEmpty else { return "—" }
        let prefix = flag.map { "<span class=\"flag \($0)\"></span>" } ?? ""
        return list.map { prefix + HTMLText.escape($0) }.joined(separator: "<br>")
    }

    /// Where a county's figures come from, the submission by its short id (the full one is in `board --json`).
    static func sourceText(_ source: FigureSource?) -> String {
        guard let source, source.kind == .accepted else { return Exports.sourceText(source) }
        return "已通过的报送 " + OutlinePrinter.shortID(source.submission ?? "")
            + (source.acceptedMs.map { "（" + Exports.timeText($0) + " 通过）" } ?? "")
    }

    static func statusName(_ status: String) -> String {
        switch status {
        case "submitted": return "已报送"
        case "returned": return "已退回"
        case "accepted": return "已通过"
        default: return "草稿（未报送）"
        }
    }
}
