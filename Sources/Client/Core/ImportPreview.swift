import Foundation
import PlanImport
import Shared

/// What `tributary import --dry-run` shows a person before anything is written: the outline as it will be imported,
/// numbered as the document numbers it, with the indicators and tasks found, a summary and the dropped lines.
public enum ImportPreview {
    public static func lines(_ plan: ImportedPlan, period: String, kind: String, in tr: Localizer) -> [String] {
        var out: [String] = []
        out.append(tr("规划：", "Plan: ") + (plan.title.isEmpty ? tr("（未找到标题，请用 --title 指定）", "(no title found; use --title)") : plan.title)
                   + tr("（", " (") + period + tr("，", ", ") + OutlinePrinter.planKindName(kind, in: tr) + tr("）", ")"))
        if let year = plan.planYear { out.append("  " + yearLine(year, in: tr)) }
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
                for indicator in section.indicators { out.append(indent + "    " + tr("◆ 指标：", "◆ Indicator: ") + line(indicator, in: tr)) }
                for task in section.tasks { out.append(indent + "    " + tr("▸ 任务：", "▸ Task: ") + line(task, in: tr)) }
                walk(section.children)
            }
        }
        walk(plan.sections)
        out.append(summary(plan, in: tr))
        for (index, line) in plan.dropped.enumerated() {
            let reason = index < plan.droppedReasons.count ? reasonName(plan.droppedReasons[index], in: tr) : ""
            out.append("  - " + line + (reason.isEmpty ? "" : tr("　〔", "   [") + reason + tr("〕", "]")))
        }
        if plan.removedCharacters > 0 {
            out.append(tr("另去掉 \(plan.removedCharacters) 个控制字符或不可见的排版字符（行内回车、转义符、文字方向符等），规划中不能保存这些字符。",
                          "Also removed \(plan.removedCharacters) control or invisible layout characters (carriage returns inside lines, escapes, direction marks): a plan cannot hold them."))
        }
        return out
    }

    /// The year targets without one are given, and what it was read from: a plan read for the wrong year shows here
    /// at once, with the way to correct it.
    public static func yearLine(_ year: PlanYear, in tr: Localizer) -> String {
        let head = tr("年份：未写年份的指标和任务按 \(year.year) 年计，", "Year: indicators and tasks that name no year are for \(year.year), ")
        let fix = tr("；不对时用 --period 指定期间", "; if that is wrong, give the period with --period")
        switch PlanPeriodGuess.Source(rawValue: year.source) {
        case .titleRange, .titleYear, .fiveYearNumber:
            return head + tr("依据标题中的“\(year.evidence)”", "read from \"\(year.evidence)\" in the title") + fix
        case .documentYear:
            return head + tr("标题中没有年份，依据正文开头的“\(year.evidence)”", "the title names no year: read from the opening line \"\(year.evidence)\"") + fix
        case .currentYear:
            return head + tr("文档中找不到年份，按今年计", "no year found in the document: this year") + fix
        case .period, nil:
            return head + tr("按 --period 指定的期间", "from the period given with --period")
        }
    }

    /// Why a line was dropped, in words (the JSON keeps the `NoiseKind` name).
    public static func reasonName(_ kind: String, in tr: Localizer) -> String {
        switch NoiseKind(rawValue: kind) {
        case .spam: return tr("垃圾广告", "spam")
        case .navigation: return tr("网站导航", "site navigation")
        case .breadcrumb: return tr("栏目路径", "breadcrumb")
        case .footer: return tr("网站页脚、版权或备案信息", "site footer, copyright or ICP line")
        case .pageMetadata: return tr("发布时间、来源或阅读计数", "date, source or view counter")
        case .pageTitle: return tr("网页标题栏或网站名", "page title bar or site name")
        case .boilerplate: return tr("转载网站的套话", "aggregator boilerplate")
        case .related: return tr("相关文章列表", "related-article list")
        case .strayToken: return tr("用户名或无关字符", "user name or stray token")
        case .pageNumber: return tr("页码", "page number")
        case .outsideDocument: return tr("正文之外的网页内容", "page content outside the document")
        case .comment: return tr("读者评论", "a reader's comment")
        case .caption: return tr("图片说明", "a photo caption")
        case .file: return tr("供下载的文件名", "a file offered for download")
        case .contents: return tr("目录（其条目即后文的标题）", "a table of contents (its entries are the headings below)")
        case nil: return ""
        }
    }

    public static func summary(_ plan: ImportedPlan, in tr: Localizer) -> String {
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

    static func line(_ indicator: ImportedIndicator, in tr: Localizer) -> String {
        var text = indicator.name + " " + Comparator.symbol(indicator.comparator) + " " + indicator.value
            + (indicator.valueMax.map { "–" + $0 } ?? "") + indicator.unit
        if Amount(indicator.value)?.isPlaceholder == true { text += tr(" ［待填］", " [to fill in]") }
        var notes: [String] = []
        if let year = indicator.year { notes.append(tr("\(year)年", "by \(year)")) }
        if let scope = indicator.scope { notes.append(scope) }
        if let base = indicator.baselineValue {
            notes.append(tr("基数 ", "from ") + base + indicator.unit + (indicator.baselineYear.map { tr("（\($0)年）", " in \($0)") } ?? ""))
        }
        if !notes.isEmpty { text += tr("（", " (") + notes.joined(separator: tr("，", ", ")) + tr("）", ")") }
        return text
    }

    static func line(_ task: ImportedTask, in tr: Localizer) -> String {
        var notes: [String] = []
        if let lead = task.lead { notes.append(tr("牵头：", "lead: ") + lead) }
        if let partners = task.partners { notes.append(tr("责任：", "with: ") + partners) }
        if let county = task.county { notes.append(county) }
        if let due = task.due { notes.append(tr("时限：", "due: ") + due) }
        return task.title + (notes.isEmpty ? "" : tr("（", " (") + notes.joined(separator: tr("；", "; ")) + tr("）", ")"))
    }
}
