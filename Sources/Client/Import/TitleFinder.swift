import Foundation

/// Finds a plan's title among the lines before its first heading. A web page or a Word file often wraps the plan in
/// an issuing notice ("关于印发《…》的通知", "附件"): the plan's own title is the line that names a plan and is not
/// the wrapper.
enum TitleFinder {
    struct Found {
        var text: String
        /// The line the title was taken from (nil when it was read out of a notice's wording, or not found).
        var line: Int?
    }

    /// Words that name a plan; a 细则 or 办法 (a plan's rules in articles, set 49) is issued and imported as one, and so
    /// are the minutes of a meeting that decided the year's work (纪要, set 51).
    static let planWords = ["规划", "计划", "要点", "意见", "方案", "安排", "总结", "纲要", "思路", "报告", "部署", "打算", "任务", "细则", "办法", "纪要"]
    /// A bureau's 答复 to a deputy's proposal carries the plan as its 附件 as a notice does (set 52).
    static let wrapperEnds = ["通知", "通告", "公告", "决定", "批复", "函", "答复"]

    /// "[学校管理] 某校工作计划（供交流）" of "某校工作计划": the title with a page's tag or status around it, which
    /// names no other plan and no year ("某镇2024年工作总结和2025年工作打算" is not a copy of "2024年工作总结").
    static func isDecoratedCopy(_ outer: String, of title: String) -> Bool {
        guard title.count >= 6, outer != title, let range = outer.range(of: title), !outer.hasPrefix("附件"),
              !outer.contains("关于"), !outer.contains("《") else { return false }
        let rest = String(outer[..<range.lowerBound]) + String(outer[range.upperBound...])
        return !rest.contains(where: TextCleaning.isDigit) && !planWords.contains(where: { rest.contains($0) })
    }

    /// "笔耕计划网｜计划总结一站查", "知秋总结计划网 · 让写作更轻松", "搜索文档 | 热门：工作计划 …": a bar or a spaced middle
    /// dot sets a page's parts (a site's name and its slogan) apart; no title or notice has one.
    static func isSiteBar(_ folded: String) -> Bool {
        // "某某课件网 — 教案·课件·试卷·计划总结": a site's name with the catalogue of its sections, three short words or more
        // joined by dots; a title is one phrase.
        folded.contains("|") || folded.contains(" · ") || folded.contains(" • ")
            || folded.range(of: #"\p{Han}{2,4}(·\p{Han}{2,4}){2,}"#, options: .regularExpression) != nil
    }

    /// A question ("…工作要点一般怎么写？", "…怎么写？求一份完整的") asks for a plan; a plan's title never asks, wherever
    /// the question mark stands.
    static func isQuestion(_ folded: String) -> Bool { folded.contains("?") }

    /// "教育　教研　教师培训　工作计划": a post's topic tags, three or more short words apart by spaces. A title is one
    /// phrase (a scan's letter-spaced "工 作 计 划" spaces single characters).
    static func isWordList(_ folded: String) -> Bool {
        let words = folded.split(separator: " ")
        return words.count >= 3 && words.allSatisfy { (2...6).contains($0.count) && $0.allSatisfy(TextCleaning.isHan) }
    }

    /// A page's name for the file it offers ("某校工作计划（word可编辑版）", "…（通用4篇）", "…（精选）"): a title with a
    /// bracket about the file, not about the plan.
    static func isFileTitle(_ folded: String) -> Bool {
        guard folded.hasSuffix(")"), let open = folded.lastIndex(of: "(") else { return false }
        let inside = folded[open...].lowercased()
        return ["word", "doc", "pdf", "wps", "可编辑", "可下载", "可修改", "完整版", "精选", "通用", "范文", "篇)"].contains(where: { inside.contains($0) })
    }

    /// "鲟溪二中2032春季教学工作计划（教务处定稿）" of "鲟溪县第二中学2032年春季学期教学工作计划": a file's or a page's short
    /// name for the document, a note about the file in brackets after it or not — its words the title's, in the title's
    /// order, with some left out, opening and ending as the title does.
    static func isShortName(_ outer: String, of title: String) -> Bool {
        var core = outer
        if core.hasSuffix(")"), let open = core.lastIndex(of: "("), core.distance(from: open, to: core.endIndex) <= 12 {
            core = String(core[..<open])
        }
        guard core.count >= 6, core.count < title.count, core != title, core.first == title.first, core.suffix(2) == title.suffix(2),
              !core.contains(where: { "《》,;:".contains($0) }) else { return false }
        var rest = Substring(title)
        // "某镇中心小学　　德育工作计划": a running header sets the school and the plan's name apart by spaces.
        for c in core where !c.isWhitespace {
            guard let at = rest.firstIndex(of: c) else { return false }
            rest = rest[rest.index(after: at)...]
        }
        return true
    }

    static func find(_ lines: [Line], before end: Int) -> Found {
        // A line printed on three pages or more is a running header, the title only when nothing else can be (a
        // page shows its title once, or twice with its title bar; some documents print it on every page too).
        var printed: [String: Int] = [:]
        for line in lines { printed[line.foldedText, default: 0] += 1 }
        let candidates = lines.indices.prefix(end).filter { i in
            let line = lines[i]
            let text = line.foldedText
            return line.noise == nil && (4...100).contains(text.count) && !text.contains("。") && !text.hasSuffix(":") && !isQuestion(text)
                && !text.hasSuffix(",") && line.numbered == nil && NoiseFilter.pageTitleSegments(text) == nil
                && !isSiteBar(text) && !isWordList(text)
        }.sorted { (printed[lines[$0].foldedText, default: 0] >= 3 ? 1 : 0, $0) < (printed[lines[$1].foldedText, default: 0] >= 3 ? 1 : 0, $1) }
        func isWrapper(_ text: String) -> Bool {
            wrapperEnds.contains(where: { text.hasSuffix($0) }) || text.hasPrefix("附件") || text.hasPrefix("附:")
        }
        let named = candidates.filter { i in
            let text = lines[i].foldedText
            // "规划计划": a gazette's column named with plan words alone names no plan.
            var rest = text
            for word in planWords { rest = rest.replacingOccurrences(of: word, with: "") }
            return planWords.contains(where: { text.contains($0) }) && !isWrapper(text) && rest.count >= 2
        }
        // A running header that sets the issuer and the plan's name apart by spaces ("某校　　2049年工作计划") beside the
        // title printed whole (before or after it in `named`, which puts lines printed on three pages last): the whole
        // one is the title.
        if let i = named.first, let next = named.dropFirst().first,
           lines[i].foldedText.filter({ $0 != " " }) == lines[next].foldedText.filter({ $0 != " " }),
           lines[i].foldedText.contains(" ") != lines[next].foldedText.contains(" ") {
            let whole = lines[i].foldedText.contains(" ") ? next : i
            return Found(text: lines[whole].text, line: whole)
        }
        // A viewer's file name ("某校工作计划（word可编辑版）") over the document's own title: the document's.
        if let i = named.first, isFileTitle(lines[i].foldedText),
           let own = named.dropFirst().first(where: { !isFileTitle(lines[$0].foldedText) }) {
            return Found(text: lines[own].text, line: own)
        }
        // A file's short name in an editor's title bar over the document's own title: the document's.
        if let i = named.first, let own = named.dropFirst().first(where: { isShortName(lines[i].foldedText, of: lines[$0].foldedText) }) {
            return Found(text: lines[own].text, line: own)
        }
        if let i = named.first {
            // A page shows the title decorated first ("[学校管理] 某校工作计划（供交流）") and the document's own below.
            let text = lines[i].foldedText
            let own = named.dropFirst().first { isDecoratedCopy(text, of: lines[$0].foldedText) }
            // A running header with the plan's short name right above its full title ("…行动方案" over "…行动方案
            // （2026—2028年）", "县域…实施方案" over "某县县域…实施方案（2046—2048年）"): the full one is the title.
            if own == nil, let next = named.dropFirst().first, next == i + 1, lines[next].foldedText.contains(text),
               lines[next].foldedText.count > text.count {
                return Found(text: lines[next].text, line: next)
            }
            return Found(text: lines[own ?? i].text, line: own ?? i)
        }
        // Only a notice: its wording names the plan.
        for i in candidates where isWrapper(lines[i].foldedText) {
            let text = lines[i].text
            if let open = text.firstIndex(where: { $0 == "《" }), let close = text[open...].firstIndex(of: "》"),
               text.distance(from: open, to: close) > 2 {
                return Found(text: String(text[text.index(after: open)..<close]), line: nil)
            }
        }
        // Only a forum thread's title names the plan ("[学校管理] 某校2026年工作计划"): the title is what follows its tag,
        // the line staying the page's.
        for line in lines.prefix(end) where line.noise == .pageTitle && NoiseFilter.isThreadTitle(line.foldedText) {
            guard let close = line.text.firstIndex(where: { $0 == "]" || $0 == "］" }) else { continue }
            let rest = TextCleaning.trimmed(String(line.text[line.text.index(after: close)...]))
            let folded = TextCleaning.fold(rest)
            if planWords.contains(where: { folded.contains($0) }), !folded.contains(where: { ",。!?".contains($0) }) {
                return Found(text: rest, line: nil)
            }
        }
        if let i = candidates.first(where: { lines[$0].text.count <= 60 && !lines[$0].foldedText.contains(",") }) {
            return Found(text: lines[i].text, line: i)
        }
        // Only the page's title bar names the plan ("标题-站点名"): its first part is the title.
        for line in lines.prefix(end) {
            if let segments = NoiseFilter.pageTitleSegments(line.foldedText), line.noise != .spam,
               let first = segments.first, planWords.contains(where: { first.contains($0) }) {
                let original = Array(line.text).prefix(first.count)
                return Found(text: String(original), line: nil)
            }
        }
        return Found(text: "", line: nil)
    }
}
