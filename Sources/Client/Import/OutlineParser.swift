import Foundation
import Shared

public struct ImportOptions: Sendable {
    /// Put all the text in one section, whatever its structure (for text without recognisable headings).
    public var asOneSection: Bool
    /// The heading of that one section.
    public var oneSectionHeading: String
    /// The plan's period as the person gave it (nil: from the title). Targets that name no year are for its last
    /// year, or for its first when it is a school year's (see `PlanPeriodGuess.given`).
    public var period: Period?
    /// The year to assume when neither the title nor the text names one; injected for reproducible results.
    public var currentYear: Int

    public init(asOneSection: Bool = false, oneSectionHeading: String = "", period: Period? = nil, currentYear: Int = 2025) {
        self.asOneSection = asOneSection
        self.oneSectionHeading = oneSectionHeading
        self.period = period
        self.currentYear = currentYear
    }
}

/// Turns the text of a plan into an `ImportedPlan`: drops web-page noise and pinyin glosses, finds the title, builds
/// the outline from the document's numbering (in the depth order it uses) and from lead-phrase headings, attaches
/// every paragraph to its section, and reads indicators and tasks. Every content character that is not in a dropped
/// line ends up in exactly one place: the title, a section's number, heading or body.
public enum PlanTextParser {
    public static func parse(_ text: String, options: ImportOptions = ImportOptions()) throws -> ImportedPlan {
        // 1. Lines, glosses, noise.
        var refused = 0
        var given = TextCleaning.lines(text).map { line -> String in
            let (cleaned, removed) = TextCleaning.removingRefusedCharacters(line)
            refused += removed
            return TextCleaning.closingLabelSpacing(TextCleaning.closingLetterSpacing(TextCleaning.trimmed(cleaned)))
        }.filter { !$0.isEmpty }
        // A Markdown export's marks come off first; its front matter and pictures stay whole, to be dropped.
        let markdown = MarkdownExport.isMarkdown(given)
        if markdown {
            let frontMatter = MarkdownExport.frontMatter(given)
            for i in given.indices where frontMatter?.contains(i) != true && !MarkdownExport.isPicture(given[i]) {
                given[i] = MarkdownExport.plain(given[i])
            }
            given.removeAll { $0.isEmpty }
        }
        let raw = LineRepair.repair(given)
        guard !raw.isEmpty else { throw ImportProblem.empty }
        let repaired = splitRunTogetherItems(raw)
        let glossed = repaired.contains(where: TextCleaning.hasMarkedGloss)
        var lines = repaired.map { line in
            Line(raw: line, text: TextCleaning.removeGlosses(line, plainSyllablesToo: glossed).0)
        }
        markDecimalTops(&lines)
        for i in lines.indices { lines[i].noise = NoiseFilter.classify(lines[i].foldedText) }
        if markdown {
            if let block = MarkdownExport.frontMatter(lines.map(\.raw)) { for i in block { lines[i].noise = .pageMetadata } }
            for i in lines.indices where MarkdownExport.isPicture(lines[i].raw) { lines[i].noise = .caption }
        }
        markRelatedLists(&lines)
        markContentsBox(&lines)
        markContinuedTitles(&lines)
        markHostAndSuggestions(&lines)
        markMenuRuns(&lines)
        markSandwichedNames(&lines)
        markMetadataValues(&lines)
        markMailSubjects(&lines)
        markIndicatorTables(&lines)
        PageLayout.markReportAboveFullText(&lines)

        // 2. Title, and the page titles that repeat it around the content.
        let firstHeading = lines.firstIndex { $0.noise == nil && $0.opensNumberedList }
        let title = TitleFinder.find(lines, before: firstHeading ?? min(lines.count, 12))
        // "某县教育局" / "2047年工作计划": a title set over two lines, the issuer above the plan's name and year; a running
        // header prints the two as one ("某县教育局2047年工作计划"). Both lines stay the document's, as printed.
        var whole: String?
        if let t = title.line, t > 0, lines[t - 1].noise == nil, PageLayout.isOffice(lines[t - 1]),
           lines[t].foldedText.first.map(TextCleaning.isDigit) == true {
            whole = lines[t - 1].foldedText + lines[t].foldedText
        }
        dropPageTitles(&lines, title: title, headerEnd: title.line ?? firstHeading ?? 0, whole: whole)
        markLabelsNamingTheTitle(&lines, title: title)
        // A site's name above its breadcrumb or menu bar: once the page's title bar is known, all of its chrome is.
        markSiteNames(&lines, except: title.line)
        markTopFurniture(&lines)
        markBottomFurniture(&lines)
        markRepeatedFurniture(&lines, except: title.line)
        PageLayout.markOutsideTheDocument(&lines, titleLine: title.line)

        // 3. Outline.
        let body = lines.indices.filter { lines[$0].noise == nil && $0 != title.line }
        var builder = OutlineBuilder()
        if options.asOneSection {
            builder.preamble = body.map { lines[$0].text }
        } else {
            for line in LineRepair.joinBrokenHeadings(body.map { lines[$0] }) { builder.read(line) }
            builder.splitLeadPhrases()
        }
        var roots = builder.roots()
        if options.asOneSection {
            roots = [Node(number: "", heading: options.oneSectionHeading, paragraphs: builder.preamble)]
        } else if roots.isEmpty {
            // No numbering, no lead phrases: an outline whose depth only its indents show, or no structure at all.
            // A table of two columns, each row a part's name and its text, is read the same way.
            let raws = body.map { lines[$0].raw }
            let texts = body.map { lines[$0].text }
            guard let outline = IndentedOutline.read(texts, indents: IndentedOutline.indents(of: text, for: raws))
                    ?? TwoColumnOutline.read(texts) else {
                throw ImportProblem.noStructure(paragraphs: body.count)
            }
            roots = outline.roots
            if !outline.preamble.isEmpty { roots.insert(OutlineBuilder.preambleNode(outline.preamble), at: 0) }
        } else if !builder.preamble.isEmpty {
            roots.insert(OutlineBuilder.preambleNode(builder.preamble), at: 0)
        }

        // 4. Indicators and tasks.
        let read = PlanPeriodGuess.guess(title: title.text, text: text, currentYear: options.currentYear)
        let guess = options.period.map { read.given($0) } ?? read
        let planYear = guess.targetYear
        var taskTable: TaskTable.Columns?
        let secondTermYear = guess.secondTermYear.map(String.init)
        let notes = Footnotes.notes(lines)
        let sections = roots.map {
            convert($0, depth: 0, year: String(planYear), taskTable: &taskTable, secondTermYear: secondTermYear, notes: notes)
        }
        let noise = lines.filter { $0.noise != nil }
        var plan = ImportedPlan(title: title.text, sections: sections, dropped: noise.map(\.raw),
                                droppedReasons: noise.map { $0.noise!.rawValue })
        plan.removedCharacters = refused
        plan.planYear = PlanYear(year: planYear, source: guess.source.rawValue, evidence: guess.evidence)
        return plan
    }

    /// "1.抓好思政课建设。…50个。2.抓好心理健康教育。…": items of an arabic list run together in one paragraph (Word
    /// lost the break between them) are split where a sentence ends and the next number of the same list opens a
    /// sentence of its own.
    static func splitRunTogetherItems(_ lines: [String]) -> [String] {
        lines.flatMap { line -> [String] in
            var pieces: [String] = []
            var rest = line
            while true {
                let o = Array(rest)
                let f = TextCleaning.fold(o)
                guard let n = Numbering.parse(original: o, folded: f), n.style == .arabicDot,
                      case let number = n.marker.filter(\.isNumber), Int(number) == n.ordinal else { break }
                let next = n.marker.replacingOccurrences(of: number, with: String(n.ordinal + 1))
                let nextFolded = Array(TextCleaning.fold(Array(next)))
                var cut: Int?
                var i = n.marker.count
                while i + nextFolded.count < f.count {
                    if "。!?".contains(f[i]), Array(f[(i + 1)..<(i + 1 + nextFolded.count)]) == nextFolded,
                       TextCleaning.isHan(f[i + 1 + nextFolded.count]),
                       let after = Numbering.parse(original: Array(o[(i + 1)...]), folded: Array(f[(i + 1)...])),
                       after.style == n.style, after.ordinal == n.ordinal + 1 {
                        cut = i + 1
                        break
                    }
                    i += 1
                }
                guard let cut else { break }
                pieces.append(TextCleaning.trimmed(o[..<cut]))
                rest = TextCleaning.trimmed(o[cut...])
            }
            return pieces + [rest]
        }
    }

    /// A decimal outline's top level written as a bare number ("1　总体要求", "2　工作目标", then "3.1　督政工作",
    /// "3.1.1　…"): where the document numbers its headings by parts, bare numbers before short titles that run 1, 2, 3 …
    /// in order, the parts' first numbers among them, are its top-level headings.
    static func markDecimalTops(_ lines: inout [Line]) {
        // Each line's numbering read once: the bare numbers (lines no other numbering reads) and the parts ("3.1",
        // "3.2"), each of which must come after the bare number it opens with.
        var candidates: [Int] = []
        var ordinals: [Int] = []
        var parts: [(Int, Int)] = []
        for i in lines.indices {
            if let n = Numbering.parse(original: lines[i].chars, folded: lines[i].folded) {
                if n.style == .decimal(2), let first = n.marker.split(separator: ".").first.flatMap({ Int($0) }) { parts.append((i, first)) }
            } else if let bare = Numbering.bareNumber(original: lines[i].chars, folded: lines[i].folded) {
                candidates.append(i)
                ordinals.append(bare.ordinal)
            }
        }
        guard ordinals.count >= 2, ordinals == Array(1...ordinals.count) else { return }
        guard parts.count >= 2, parts.allSatisfy({ part in
            part.1 <= ordinals.count && candidates[part.1 - 1] < part.0 && (part.1 == ordinals.count || candidates[part.1] > part.0)
        }) else { return }
        for i in candidates { lines[i].decimalTop = true }
    }

    /// A portal's menu: a run of short words on lines of their own (首页 / 机构概况 / 政务公开 / 教育动态 …). When at least
    /// two of a run of four or more are known menu words, the others are menu words too.
    static func markMenuRuns(_ lines: inout [Line]) {
        func isMenuWord(_ line: Line) -> Bool {
            line.noise == .navigation || line.noise == nil && (2...6).contains(line.folded.count)
                && line.folded.allSatisfy(TextCleaning.isHan) && line.numbered == nil
        }
        var i = 0
        while i < lines.count {
            guard isMenuWord(lines[i]) else { i += 1; continue }
            var end = i
            while end < lines.count, isMenuWord(lines[end]) { end += 1 }
            if end - i >= 4, lines[i..<end].filter({ $0.noise == .navigation }).count >= 2 {
                for k in i..<end where lines[k].noise == nil { lines[k].noise = .navigation }
            }
            i = end
        }
    }

    /// The portal's name at the very top, just above its breadcrumb or menu ("岫川县人民政府" / "当前位置：首页 > …").
    static func markSiteNames(_ lines: inout [Line], except titleLine: Int? = nil) {
        let ends = ["人民政府", "政府网", "门户网站", "政务网", "教育局", "教育网", "教育厅", "教育委员会", "网站", "中学", "小学",
                    "学校", "幼儿园", "学院", "中心校", "新闻网", "日报", "网"]
        for i in lines.indices.prefix(3) where lines[i].noise == nil && i + 1 < lines.count && i != titleLine {
            let f = lines[i].foldedText
            guard (4...20).contains(f.count), f.allSatisfy(TextCleaning.isHan), ends.contains(where: { f.hasSuffix($0) }),
                  lines[i + 1].noise != nil else { continue }
            lines[i].noise = .pageTitle
        }
    }

    /// The page's own lines above the document: at the very top, before the first line that belongs to the plan (its
    /// title or the notice carrying it, a sentence, a number, an 附件 label), every short line without punctuation,
    /// digits or a plan's words, and that names no office, is the site's (its name, a slogan, a menu word, a channel).
    /// Word documents start with their title or their issuing office, so they lose nothing; a page's banner lines go,
    /// whatever their words.
    static func markTopFurniture(_ lines: inout [Line]) {
        for i in lines.indices {
            if lines[i].noise != nil { continue }
            if belongsToThePlan(lines[i], longerThan: 24) { return }
            lines[i].noise = .pageTitle
        }
    }

    /// A line no page furniture looks like: longer than a banner or a button, or holding punctuation, digits, a number,
    /// an 附件 label, a notice's or a plan's words, or an office ("某县教育体育局" heads its notice and signs it).
    static func belongsToThePlan(_ line: Line, longerThan length: Int) -> Bool {
        let f = line.foldedText
        return f.count > length || f.contains(where: { "。,;:!?、".contains($0) || TextCleaning.isDigit($0) })
            || line.numbered != nil || f.hasPrefix("附件") || f.hasPrefix("附:") || f.contains("关于")
            || TitleFinder.planWords.contains(where: { f.contains($0) }) || TitleFinder.wrapperEnds.contains(where: { f.hasSuffix($0) })
            || !f.contains(where: TextCleaning.isHan) || Commitments.looksLikeUnit(f)
            || f.hasSuffix("文件") && Commitments.looksLikeUnit(String(f.dropLast(2)))
    }

    /// The page's own lines below the document, read upwards from the end until the first line that belongs to the
    /// plan (a sentence, a number, a date or a figure, an office that signs it, a plan's words): short lines without
    /// punctuation between and after the page's footer lines ("沁湖教育", "知道了" under a WeChat article).
    static func markBottomFurniture(_ lines: inout [Line]) {
        var i = lines.count - 1
        var sawFurniture = false
        while i >= 0 {
            defer { i -= 1 }
            if lines[i].noise != nil { sawFurniture = true; continue }
            // Only below furniture already known: a plan that simply ends keeps its last line.
            if belongsToThePlan(lines[i], longerThan: 16) || !sawFurniture { return }
            lines[i].noise = .pageTitle
        }
    }

    /// A viewer's header or footer printed on every page ("学海文库 - 每天进步一点点"): a short unnumbered line without a
    /// sentence's punctuation that stands three times or more in the document is the page's, not the plan's.
    static func markRepeatedFurniture(_ lines: inout [Line], except titleLine: Int?) {
        var count: [String: Int] = [:]
        for line in lines where line.noise == nil && !line.inTable && line.numbered == nil { count[line.foldedText, default: 0] += 1 }
        var seen: Set<String> = []
        for i in lines.indices where lines[i].noise == nil && !lines[i].inTable && lines[i].numbered == nil && i != titleLine {
            let f = lines[i].foldedText
            // A Word file prints its 文号 as the header of its later pages: the first, under the red head, is the
            // notice's own.
            if PageLayout.isOpener(lines[i]), seen.insert(f).inserted { continue }
            // A watermark naming the reader ("某文库 · 仅供用户 138****5621 阅读 · 禁止转载") runs longer than a page header.
            // "措施：" over each part's bullets: a label the document repeats, introducing what follows, is its own.
            guard count[f, default: 0] >= 3, (2...60).contains(f.count), !f.contains(where: { "。;!?".contains($0) }),
                  !lines[i].text.contains("\t"), !f.hasSuffix(":") else { continue }
            lines[i].noise = .pageTitle
        }
    }

    /// A short line next to page furniture that another furniture line names ("轻触阅读原文" / "沁湖教育" /
    /// "向上滑动看下一个", the account in the byline; "杞原教育" above "2026-02-09 发布于…", named in "本文由杞原教育原创发布"),
    /// or right above a post's date line: the page's, too.
    static func markSandwichedNames(_ lines: inout [Line]) {
        let namingLines = lines.filter { [.pageMetadata, .boilerplate, .footer].contains($0.noise) }.map(\.foldedText)
        for i in lines.indices where lines[i].noise == nil {
            let f = lines[i].foldedText
            // A divider or a page number is the document's own decoration, not furniture a name could sit beside.
            func chrome(_ k: Int) -> Bool { lines.indices.contains(k) && lines[k].noise.map { !$0.isDecoration } == true }
            let besideFurniture = chrome(i - 1) || chrome(i + 1)
            // A feed shows the account right above its post's date line ("蓍城教育" / "2026-03-03 09:26 民声号").
            let aboveDateLine = i + 1 < lines.count && lines[i + 1].noise == .pageMetadata
                && NoiseFilter.startsWithNumericDate(Array(lines[i + 1].foldedText))
            // (An attachment's "附件" label is the document's, even under a box that names its preview.)
            guard besideFurniture, (2...12).contains(f.count), f.allSatisfy(TextCleaning.isHan), !PageLayout.isOpener(lines[i]),
                  aboveDateLine || namingLines.contains(where: { $0.contains(f) }) else { continue }
            lines[i].noise = .pageTitle
        }
    }

    /// The rows of a main-indicator table (and its category rows, 一、普及水平) are text of the section holding the
    /// table, never headings.
    static func markIndicatorTables(_ lines: inout [Line]) {
        var i = 0
        while i < lines.count {
            guard lines[i].noise == nil, IndicatorTable.header(lines[i].text) != nil else { i += 1; continue }
            i += 1
            while i < lines.count {
                if lines[i].noise != nil { i += 1; continue }
                let text = lines[i].text
                let nextIsRow = i + 1 < lines.count && IndicatorTable.isRow(lines[i + 1].text)
                guard IndicatorTable.isRow(text) || (IndicatorTable.isCategory(text) && nextIsRow) else { break }
                lines[i].inTable = true
                i += 1
            }
        }
    }

    /// A disclosure page's metadata as label and value on lines of their own ("发文日期：" / "2025-01-20"): the value is
    /// page metadata too. A file card's name ("…计划.docx") at the top of a document site is the site's, not the plan's.
    static func markMetadataValues(_ lines: inout [Line]) {
        for i in lines.indices {
            let f = lines[i].foldedText.replacingOccurrences(of: " ", with: "")
            if lines[i].noise == nil, f.count <= 60, !f.contains("。"),
               [".docx", ".doc", ".wps", ".pdf", ".pptx", ".ppt", ".xlsx", ".xls"].contains(where: { f.lowercased().hasSuffix($0) }) {
                lines[i].noise = .pageMetadata
            }
            guard lines[i].noise == .pageMetadata, f.hasSuffix(":"), i + 1 < lines.count, lines[i + 1].noise == nil else { continue }
            let next = lines[i + 1].foldedText
            if next.count <= 40, !next.contains("。"), !next.contains(":"), lines[i + 1].numbered == nil { lines[i + 1].noise = .pageMetadata }
        }
    }

    /// A mail's header fields: the sender, the recipients, the time sent.
    static let mailFields = ["发件人", "收件人", "发送时间", "发送日期", "收件时间", "抄送人"]

    /// A mail's subject ("主题：某区“十五五”教育事业发展规划（征求意见稿）摘要") next to its other header fields (发件人,
    /// 发送时间 …) is a header field too, although it names the plan: the plan's own title follows the headers (so the
    /// subject is marked before the title is looked for).
    static func markMailSubjects(_ lines: inout [Line]) {
        func isField(_ k: Int) -> Bool {
            guard lines.indices.contains(k), lines[k].noise != nil else { return false }
            let compact = lines[k].foldedText.filter { $0 != " " }
            return mailFields.contains { compact.hasPrefix($0 + ":") }
        }
        for i in lines.indices where lines[i].noise == nil && (isField(i - 1) || isField(i + 1)) {
            let compact = lines[i].foldedText.filter { $0 != " " }
            guard compact.hasPrefix("主题:"), compact.count <= 100, !compact.contains("。") else { continue }
            lines[i].noise = .pageMetadata
        }
    }

    /// An aggregator's "相关文章" heading and the short title lines under it, up to the first line of text.
    static func markRelatedLists(_ lines: inout [Line]) {
        var i = 0
        while i < lines.count {
            guard NoiseFilter.isRelatedHeader(lines[i].foldedText) else { i += 1; continue }
            lines[i].noise = .related
            i += 1
            while i < lines.count {
                if lines[i].noise != nil { i += 1; continue }
                // A part title (三、…, （三）…) is the document going on under the list, not one more listed title.
                if let style = lines[i].numbered?.style, style == .chineseComma || style == .chineseParen { break }
                guard NoiseFilter.isRelatedItem(lines[i].foldedText) else { break }
                lines[i].noise = .related
                i += 1
            }
        }
    }

    /// A table of contents ("本文目录", "目 录", then "一、2025年工作总结", "二、存在的问题……3", "第一章　发展基础⇥1"): its entries repeat headings
    /// the document prints again further down, so the box is the page's (or the file's) furniture; the headings are the
    /// lines inside the text. An entry is matched by its words without spaces, dotted leaders or a page number, and
    /// the box ends at the first line that no later line repeats, so a document's own heading 目录 with text under it
    /// stays.
    static func markContentsBox(_ lines: inout [Line]) {
        func key(_ line: Line) -> String {
            var f = line.foldedText.filter { $0 != " " }
            // "第一章　发展基础⇥1": Word sets the page number after a tab.
            while let last = f.last, TextCleaning.isDigit(last) || ".…·-\t".contains(last) { f.removeLast() }
            return f
        }
        let labels = ["目录", "本文目录", "文章目录", "内容目录", "本页目录"]
        // "目录　CONTENTS": a slide's or a cover's label with its English.
        func label(_ line: Line) -> String {
            let compact = line.foldedText.filter { $0 != " " }
            let bare = String(compact.reversed().drop { $0.isASCII && $0.isLetter }.reversed())
            return bare.count < compact.count && labels.contains(bare) ? bare : compact
        }
        // "01　指导思想" over "一、指导思想": a deck's contents number its entries in digits of their own; the entry's
        // words are the heading's.
        func words(_ line: Line) -> String? {
            if let n = line.numbered { return TextCleaning.fold(n.rest).filter { $0 != " " } }
            let f = line.folded
            var k = 0
            while k < f.count, k < 2, TextCleaning.isDigit(f[k]) { k += 1 }
            guard k > 0, k < f.count, f[k] == " " else { return nil }
            return String(f[k...]).filter { $0 != " " }
        }
        func entryMatches(_ entry: Line, _ later: Line) -> Bool {
            if key(later) == key(entry) && later.foldedText.filter({ $0 != " " }) == key(entry) { return true }
            guard let own = words(entry), own.count >= 2, later.numbered != nil else { return false }
            return words(later) == own
        }
        // "⏏ 本文目录：第一部分 2026年工作总结　｜　第二部分 2027年工作计划": the box on one line, its entries apart by bars.
        for i in lines.indices where lines[i].noise == nil && lines[i].folded.count <= 150 {
            let compact = String(lines[i].foldedText.filter { $0 != " " }.drop { !TextCleaning.isContent($0) })
            guard let colon = compact.firstIndex(of: ":"), labels.contains(String(compact[..<colon])) else { continue }
            let entries = compact[compact.index(after: colon)...].split(whereSeparator: { NoiseFilter.menuBars.contains($0) }).map(String.init)
            guard entries.count >= 2, entries.allSatisfy({ entry in
                lines[(i + 1)...].contains { $0.noise == nil && $0.foldedText.filter({ $0 != " " }) == entry }
            }) else { continue }
            lines[i].noise = .contents
        }
        for i in lines.indices where lines[i].noise == nil {
            guard labels.contains(label(lines[i])) else { continue }
            var k = i + 1
            var entries: [Int] = []
            while k < lines.count, lines[k].noise == nil, lines[k].folded.count <= 60, key(lines[k]).count >= 2, case let entry = lines[k],
                  lines[(k + 1)...].contains(where: { $0.noise == nil && entryMatches(entry, $0) }) {
                entries.append(k)
                k += 1
            }
            guard entries.count >= 2 else { continue }
            // "附表　重点任务清单⇥4": an entry the text below titles otherwise, still set as the box sets its entries (a tab
            // and its page number), right after them.
            while k < lines.count, lines[k].noise == nil, lines[k].folded.count <= 60,
                  lines[k].text.range(of: #"\t\s*[0-9]{1,3}$"#, options: .regularExpression) != nil,
                  entries.allSatisfy({ lines[$0].text.range(of: #"\t\s*[0-9]{1,3}$"#, options: .regularExpression) != nil }) {
                entries.append(k)
                k += 1
            }
            for e in [i] + entries { lines[e].noise = .contents }
        }
    }

    /// A transcript's host ("主持人　00:00:06" over "各位网友，大家好！…") speaks round the plan, not in it: the lines under
    /// the host's mark, to the next speaker's, are the page's. A reading assistant's suggested questions under its "你可以
    /// 这样问我：" label ("· 2056年计划新建哪些学校？", "· 帮我把重点任务整理成表格") are its own.
    static func markHostAndSuggestions(_ lines: inout [Line]) {
        /// The lines after `start` while `belongs` holds are the page's (as `kind`, where nothing placed them yet); the
        /// index the run stopped at.
        func mark(after start: Int, as kind: NoiseKind, while belongs: (Line) -> Bool) -> Int {
            var k = start + 1
            while k < lines.count, belongs(lines[k]) {
                if lines[k].noise == nil { lines[k].noise = kind }
                k += 1
            }
            return k
        }
        var i = 0
        while i < lines.count {
            let f = lines[i].foldedText
            if NoiseFilter.isTranscriptSpeaker(f), f.hasPrefix("主持人") {
                i = mark(after: i, as: .boilerplate) {
                    !NoiseFilter.isTranscriptSpeaker($0.foldedText) && $0.noise == nil && $0.numbered == nil && $0.folded.count <= 200
                }
            } else if NoiseFilter.isDiscussionHeader(f) {
                // "💬 研讨交流（2）" over "某县教研室　某某：…。" and its "2056-04-12 10:21　👍 6": the discussion's posts.
                i = mark(after: i, as: .comment) { $0.noise == nil && $0.numbered == nil && $0.folded.count <= 200 || $0.noise == .pageMetadata }
            } else if ["你可以这样问我", "猜你想问"].contains(where: { NoiseFilter.unmarked(f).hasPrefix($0) }) {
                i = mark(after: i, as: .navigation) { $0.folded.count <= 40 && $0.foldedText.first.map { "·•-".contains($0) } == true }
            } else {
                i += 1
            }
        }
    }

    /// "3.2　案例研读：某县…实施方案" above "某县…实施方案（2056—2057年）": a course's section label naming the document it
    /// offers, numbered as the course numbers its sections, is the page's.
    static func markLabelsNamingTheTitle(_ lines: inout [Line], title: TitleFinder.Found) {
        guard let t = title.line else { return }
        let own = TextCleaning.fold(title.text).filter { $0 != " " }
        for i in lines.indices.prefix(t) where lines[i].noise == nil && lines[i].numbered != nil {
            let f = lines[i].foldedText.filter { $0 != " " }
            guard let colon = f.firstIndex(of: ":"), case let named = f[f.index(after: colon)...], named.count >= 6,
                  own.hasPrefix(named) else { continue }
            lines[i].noise = .pageTitle
        }
    }

    /// "三、主要措施（续）": a slide's or a page's title repeated with 续 where its text goes on; the heading is the one
    /// printed first.
    static func markContinuedTitles(_ lines: inout [Line]) {
        for i in lines.indices where lines[i].noise == nil && lines[i].folded.count <= 60 {
            let f = lines[i].foldedText.filter { $0 != " " }
            guard f.hasSuffix("(续)") else { continue }
            let base = String(f.dropLast(3))
            if base.count >= 2, lines[..<i].contains(where: { $0.noise == nil && $0.foldedText.filter({ $0 != " " }) == base }) {
                lines[i].noise = .pageTitle
            }
        }
    }

    /// Drops the page's title bar ("标题-站点名") and the lines that repeat it or its parts around the content: the
    /// site name above the title, the title again below it.
    static func dropPageTitles(_ lines: inout [Line], title: TitleFinder.Found, headerEnd: Int, whole: String? = nil) {
        var segments = Set<String>()
        let foldedTitle = TextCleaning.fold(title.text)
        for i in lines.indices where i != title.line {
            guard let parts = NoiseFilter.pageTitleSegments(lines[i].foldedText) else { continue }
            // Above the content any title bar is chrome; below it, only one that repeats the plan's title.
            guard lines[i].noise != nil || i < headerEnd || parts.first == foldedTitle else { continue }
            segments.formUnion(parts)
            if lines[i].noise == nil { lines[i].noise = .pageTitle }
        }
        for i in lines.indices where lines[i].noise == nil && i != title.line {
            let text = lines[i].foldedText
            // The site's name above the title: one of the title bar's parts, or the start of one.
            // (An attachment's "附件" label heads the document, whatever a title bar above says.)
            if i < headerEnd, text.count >= 2, !PageLayout.isOpener(lines[i]),
               segments.contains(where: { $0 == text || ($0.hasPrefix(text) && text.count * 2 >= $0.count) }) {
                lines[i].noise = .pageTitle
            }
            // (The title again under a Word file's contents, after its cover, heads the document's text: the file's.)
            if title.line != nil, !foldedTitle.isEmpty, text == foldedTitle || text == whole, !(i > 0 && lines[i - 1].noise == .contents) {
                lines[i].noise = .pageTitle
            }
        }
    }

    /// `taskTable`: the columns of a task table still open when the section starts (its header in an earlier section,
    /// its rows split by category headings 一、…), and when it ends.
    /// `inSummary`: the section is part of a summary of work done ("一、2025年工作总结"), whose "完成…" reports what
    /// was finished and commits to nothing; it has no tasks.
    /// `secondTermYear`: in a school year's plan, the year its second term falls in (`PlanPeriodGuess.secondTermYear`).
    /// `notes`: the document's footnotes (`Footnotes`), kept in the section's text but read for no target and no task.
    static func convert(_ node: Node, depth: Int, year: String, taskTable: inout TaskTable.Columns?,
                        inSummary: Bool = false, secondTermYear: String? = nil, notes: Set<String> = []) -> ImportedSection {
        let paragraphs = node.paragraphs.filter { !notes.contains($0) }
        let inSummary = inSummary || isSummaryHeading(node.heading)
        let ownYear = Sentences.targetYear(Array(TextCleaning.fold(node.heading)), in: 0..<node.heading.count).map(String.init)
            ?? (isSecondTermHeading(node.heading) ? secondTermYear : nil) ?? year
        var indicators: [ImportedIndicator] = []
        var tasks: [ImportedTask] = []
        var table: IndicatorTable.Columns?
        let rows = TaskTable.scan(paragraphs, open: taskTable)
        for (index, text) in ([node.heading] + paragraphs).enumerated() where !text.isEmpty && TaskTable.header(text) == nil {
            // A task table's row: the targets are in its task cell and its measures (the rest are offices and dates).
            if index > 0, let columns = rows.columns[index - 1] {
                let cells = TaskTable.cells(text)
                for column in [columns.task, columns.measures].compactMap({ $0 }) where column < cells.count {
                    indicators += IndicatorExtractor.extract(from: cells[column], defaultYear: ownYear)
                }
                continue
            }
            if let header = IndicatorTable.header(text) { table = header; continue }
            if let columns = table {
                if IndicatorTable.isRow(text) {
                    if let found = IndicatorTable.indicator(text, columns: columns) { indicators.append(found) }
                    continue
                }
                if IndicatorTable.isCategory(text) { continue }
                table = nil
            }
            indicators += IndicatorExtractor.extract(from: text, defaultYear: ownYear)
        }
        tasks += TaskExtractor.extract(from: node.heading, heading: node.heading, year: ownYear)
        tasks += TaskExtractor.extract(heading: node.heading, paragraphs: paragraphs, year: ownYear, rows: rows.columns)
        taskTable = rows.open
        var children: [ImportedSection] = []
        var schedule = Schedule(year: Int(ownYear))
        let converted = node.children.map { child in
            convert(child, depth: depth + 1, year: ownYear, taskTable: &taskTable, inSummary: inSummary, secondTermYear: secondTermYear,
                    notes: notes)
        }
        // Stages whose sentences name their own deadlines ("…6月底前完成…") are dated by them; a long stage among them
        // running into a later year ("全面推进阶段（2026年7月—2027年12月）。按年度推进各项重点任务。") is the plan's ongoing
        // work, not one more task due at its end.
        let stagesSelfDated = zip(node.children, converted).contains { Schedule.stage($0.0.heading) != nil && !$0.1.tasks.isEmpty }
        for (child, convertedSection) in zip(node.children, converted) {
            var section = convertedSection
            // A month's items ("九月份" / "1、做好新生入园适应工作…") are its tasks, due that month unless they say when.
            if child.number.isEmpty, let month = Schedule.heading(child.heading), let due = schedule.due(month) {
                for i in section.children.indices where section.children[i].tasks.isEmpty && !section.children[i].heading.isEmpty {
                    let item = section.children[i]
                    section.children[i].tasks = [ImportedTask(title: String(item.heading.prefix(500)), due: due, source: item.heading)]
                }
            }
            // A stage of a schedule ("1.动员部署（2月）" over its paragraph): what it schedules is due in its last month.
            if section.tasks.isEmpty, section.children.isEmpty, !child.paragraphs.isEmpty,
               !(stagesSelfDated && Schedule.endsInLaterYear(child.heading)), let due = schedule.stageDue(child.heading) {
                section.tasks = child.paragraphs.flatMap { Schedule.tasks($0, due: due, source: $0) }
            }
            children.append(section)
        }
        if !inSummary { assignOwners(&children, tasks: &tasks, heading: node.heading) }
        return ImportedSection(number: node.number, heading: node.heading, depth: depth,
                               body: node.paragraphs.joined(separator: "\n"), indicators: indicators, tasks: inSummary ? [] : tasks,
                               children: children)
    }

    /// Labels of an action's paragraph that says who answers for it ("责任分工：县教育局牵头，…配合。").
    static let ownerLabels: Set<String> = ["责任分工", "责任单位", "牵头单位", "责任部门", "分工", "职责分工"]

    /// "目标任务：…" / "工作措施：…" / "责任分工：县教育局牵头，县发展改革局配合。": an action set out in labelled paragraphs
    /// (each a heading of its own under the action). The owners named in its 责任分工 answer for the work the other
    /// paragraphs commit to; an action whose paragraphs commit to nothing dated is one task, the action's, of those owners.
    static func assignOwners(_ children: inout [ImportedSection], tasks: inout [ImportedTask], heading: String) {
        guard let duty = children.firstIndex(where: { $0.number.isEmpty && ownerLabels.contains($0.heading) }) else { return }
        var lead: String?
        var partners: [String] = []
        for clause in children[duty].body.split(whereSeparator: { "，,；;。".contains($0) }) {
            guard let who = Commitments.owner(String(clause)) else { continue }
            if let l = who.lead, lead == nil { lead = l }
            if let p = who.partner { partners.append(p) }
        }
        guard let lead else { return }
        var found = false
        for i in children.indices where i != duty {
            for k in children[i].tasks.indices where children[i].tasks[k].lead == nil {
                children[i].tasks[k].lead = lead
                if !partners.isEmpty { children[i].tasks[k].partners = partners.joined(separator: "、") }
            }
            found = found || !children[i].tasks.isEmpty
        }
        if !found, tasks.isEmpty, !heading.isEmpty {
            var task = ImportedTask(title: String(heading.prefix(500)), due: nil, source: heading)
            task.lead = lead
            if !partners.isEmpty { task.partners = partners.joined(separator: "、") }
            tasks.append(task)
        }
    }

    /// "（二）第二学期", "下学期工作安排": a school year's second term, heading its months (二月 … 七月), which fall in the
    /// year the 学年 ends, not in the year its first term's September does.
    static func isSecondTermHeading(_ heading: String) -> Bool {
        let f = TextCleaning.fold(heading)
        return f.count <= 20 && !f.contains("。") && ["第二学期", "下学期", "春季学期"].contains(where: { f.contains($0) })
    }

    /// "一、2025年工作总结", "（一）上年工作回顾": a heading over the work of the year past. One that plans as well
    /// ("2025年工作总结和2026年工作计划") is not, nor an action that sums up ("5.总结考核" of a 任务分工, a task due by its
    /// 完成时间): the summary is named as such, "工作总结", or its heading ends in 总结 or 回顾, or it reports how the
    /// work went ("一、2026年工作完成情况").
    static func isSummaryHeading(_ heading: String) -> Bool {
        let f = TextCleaning.fold(heading)
        guard f.count <= 30, f.contains("工作总结") || f.contains("回顾") || f.hasSuffix("总结") || f.hasSuffix("完成情况") else { return false }
        return !["计划", "打算", "安排", "思路", "要点", "方案", "部署"].contains(where: { f.contains($0) })
    }
}

/// One non-empty line of the document: as it stood (for the dropped list), and without glosses (for the import).
struct Line {
    var raw: String
    var text: String
    var chars: [Character]
    var folded: [Character]
    var noise: NoiseKind?
    /// A row of an indicator table: text, whatever number it opens with.
    var inTable = false
    /// A row of a table typed with spaces or bars (see `PageLayout.tableRows`): a line only a document has.
    var tableRow = false

    init(raw: String, text: String) {
        self.raw = raw
        self.text = text
        self.chars = Array(text)
        self.folded = TextCleaning.fold(chars)
    }

    var foldedText: String { String(folded) }

    /// The document is a decimal outline that this line's bare number tops ("1　总体要求" over "3.1", "3.1.1").
    var decimalTop = false

    var numbered: NumberedLine? {
        if inTable { return nil }
        if let n = Numbering.parse(original: chars, folded: folded) { return n }
        return decimalTop ? Numbering.bareNumber(original: chars, folded: folded) : nil
    }

    /// Whether the line can open the outline (the first item of a list, or a top-level 一、 … of an excerpt).
    var opensNumberedList: Bool {
        guard let n = numbered else { return false }
        return n.ordinal == 1 || n.style == .chineseComma
    }
}

/// A section while the outline is being built.
struct Node {
    var number: String
    var heading: String
    var paragraphs: [String]
    var children: [Node] = []
    /// A numbered heading that stood alone on its line ("（三）推动普通高中多样化有特色发展"), its text in the lines
    /// below; false for an item whose body follows its lead phrase on the same line ("（一）lead。body").
    var titleAlone = false
}

/// Reads paragraphs in order and places them: a numbered paragraph opens a section at the depth its numbering style
/// has in this document; any other paragraph belongs to the section open above it.
struct OutlineBuilder {
    var learner = DepthLearner()
    /// Paragraphs before the first heading.
    var preamble: [String] = []
    /// Top-level nodes; `path` indexes the open node at each depth.
    private var top: [Node] = []
    private var path: [Int] = []

    mutating func read(_ line: Line) {
        var numbered = line.numbered
        // "第一阶段（1月—3月）：…": a number that is part of a schedule's time label heads nothing (`Schedule`).
        if numbered != nil, Schedule.isScheduleLine(line.text) { numbered = nil }
        var missingDot = false
        if numbered == nil, !line.inTable, let bare = Numbering.parseMissingDot(original: line.chars, folded: line.folded) {
            numbered = bare
            missingDot = true
        }
        // "【指导思想】", "【主要措施】": section labels in brackets alone on their lines, the document's top level when
        // they come before any numbered heading; each holds what follows, its numbering learned afresh.
        if numbered == nil, OutlineBuilder.isSectionLabel(line.text), top.isEmpty || labelParts {
            labelParts = true
            learner = DepthLearner()
            boxDepth = nil
            top.append(Node(number: "", heading: TextCleaning.trimmed(line.text), paragraphs: []))
            partIndex = top.count - 1
            path = [top.count - 1]
            headingOnNextLine = false
            lastWasParagraph = false
            return
        }
        if let n = numbered, !missingDot, n.ordinal == 1, learner.order.first == n.style, !top.isEmpty, lastWasParagraph {
            startPartIfTitled()
        }
        if let n = numbered, let learned = learner.accept(n, missingDot: missingDot) {
            let (heading, first) = OutlineBuilder.splitHeading(n.rest)
            var node = Node(number: n.marker, heading: heading, paragraphs: first.map { [$0] } ?? [])
            node.titleAlone = first == nil
            // Inside a box, items numbered below the box's own level are the box's; a heading at or above it closes it.
            var depth = learned
            if let box = boxDepth {
                if learned >= box { depth = learned + 1 } else { boxDepth = nil }
            }
            let parentPath = partIndex.map { [$0] + Array(path.dropFirst().prefix(depth)) } ?? Array(path.prefix(depth))
            let index = insert(node, at: parentPath)
            path = parentPath + [index]
            headingOnNextLine = n.rest.isEmpty
            lastWasParagraph = false
            return
        }
        lastWasParagraph = true
        // "一、" alone on its line, its heading on the next: a short line without sentence punctuation.
        if headingOnNextLine, !path.isEmpty, line.chars.count <= 60, !line.folded.contains(where: { "。,;!?".contains($0) }) {
            headingOnNextLine = false
            update(path) { $0.heading = line.text }
            return
        }
        headingOnNextLine = false
        // "专栏2 学前教育扩容提质工程": a box opens a section of its own under the section it stands in, holding the text
        // and the numbered items that follow it (its projects) until a heading of that section's level or above.
        // "九月份" alone on its line heads that month's numbered items in the same way.
        if !path.isEmpty, partIndex == nil, OutlineBuilder.isBoxTitle(line.text) || Schedule.heading(line.text) != nil {
            let parent = boxDepth.map { Array(path.prefix($0)) } ?? path
            let index = insert(Node(number: "", heading: OutlineBuilder.boxHeading(line.text), paragraphs: []), at: parent)
            path = parent + [index]
            boxDepth = parent.count
            return
        }
        if path.isEmpty { preamble.append(line.text) } else { update(path) { $0.paragraphs.append(line.text) } }
    }

    /// The depth of the open box's items (its own depth + 1 in learned terms), while one is open.
    private var boxDepth: Int?
    /// Whether the document's top level is its bracketed section labels (`isSectionLabel`).
    private var labelParts = false

    /// "【工作目标】": a label of two to eight characters in lenticular brackets, alone on its line (a box's 【专栏1 …】 is
    /// a box).
    static func isSectionLabel(_ text: String) -> Bool {
        let t = TextCleaning.trimmed(text)
        // (Cheap first: this runs on every unnumbered line.)
        return t.hasPrefix("【") && t.range(of: #"^【\p{Han}{2,8}】$"#, options: .regularExpression) != nil && !t.contains("专栏") && !t.contains("專欄")
    }

    /// Set after a number that stood alone on its line.
    private var headingOnNextLine = false
    /// Whether the line read last was text (not a heading).
    private var lastWasParagraph = false
    /// The part that numbered headings go under once the document numbers afresh under part titles.
    private var partIndex: Int?

    /// "2025年工作打算" on a line of its own, then 一、 again: the document starts a new part, and its numbering starts
    /// over under it. The part before becomes one too when its own title line stands just before its first 一、.
    private mutating func startPartIfTitled() {
        guard !path.isEmpty else { return }
        var title: String?
        update(path) { node in
            guard let last = node.paragraphs.last, OutlineBuilder.isTitleLine(last) else { return }
            title = last
            node.paragraphs.removeLast()
        }
        guard let title else { return }
        if partIndex == nil, let first = preamble.last, OutlineBuilder.isTitleLine(first) {
            preamble.removeLast()
            top = [Node(number: "", heading: first, paragraphs: [], children: top)]
        }
        top.append(Node(number: "", heading: title, paragraphs: []))
        partIndex = top.count - 1
        boxDepth = nil
        path = [top.count - 1]
    }

    /// Splits the text after a number into a heading and the start of the body: "调整优化扩大普惠性资源。实施…" →
    /// ("调整优化扩大普惠性资源", "实施…"). A long first sentence is not a heading: the item is a numbered paragraph.
    static func splitHeading(_ rest: String) -> (String, String?) {
        let o = Array(rest)
        let f = TextCleaning.fold(o)
        var end: Int?
        for (i, c) in f.enumerated() where "。:!?".contains(c) {
            if c == ":", i > 0, i + 1 < f.count, TextCleaning.isDigit(f[i - 1]), TextCleaning.isDigit(f[i + 1]) { continue }
            end = i
            break
        }
        guard let end else { return o.count <= 120 ? (rest, nil) : ("", rest) }
        let heading = TextCleaning.trimmed(o[0..<end])
        let after = TextCleaning.trimmed(o[(end + 1)...])
        if after.isEmpty { return heading.count <= 120 ? (heading, nil) : ("", rest) }
        return heading.count <= 60 ? (heading, after) : ("", rest)
    }

    /// Turns lead-phrase paragraphs into sub-sections wherever a run of paragraphs is sectioned that way. Without any
    /// numbered heading, the preamble itself may be.
    mutating func splitLeadPhrases() {
        func split(_ node: inout Node) {
            // A box's projects, each a title line over its paragraph ("专栏2 学前教育扩容提质工程" / "公办幼儿园建设项目" /
            // "新建…。"): the box's sections.
            if node.children.isEmpty, OutlineBuilder.isBoxTitle(node.heading) {
                let (runs, end) = OutlineBuilder.titleRuns(node.paragraphs, from: 0)
                if runs.count >= 2, end >= node.paragraphs.count {
                    node.paragraphs = []
                    node.children = runs
                    return
                }
            }
            // A box (【专栏1 重点工程】) and what follows it are a section of their own, before the numbered children.
            if let b = node.paragraphs.firstIndex(where: OutlineBuilder.isBoxTitle) {
                var box = Node(number: "", heading: OutlineBuilder.boxHeading(node.paragraphs[b]), paragraphs: Array(node.paragraphs[(b + 1)...]))
                split(&box)
                node.paragraphs = Array(node.paragraphs[..<b])
                split(&node)
                node.children.insert(box, at: node.children.firstIndex { !$0.number.isEmpty } ?? node.children.count)
                return
            }
            // Titles alone over paragraphs opening with lead phrases ("（一）推动学前教育普及普惠" / "扩大普惠资源。…" /
            // "提升保教质量。…"): a sibling title of the same kind over a single such paragraph ("（三）…" / "实施县中振兴
            // 计划。…") is sectioned the same way, although one phrase alone makes no run.
            let sectionedSiblings = node.children.contains { $0.titleAlone && $0.children.isEmpty && LeadPhrase.isHeadingRun($0.paragraphs) }
            for i in node.children.indices {
                split(&node.children[i])
                let child = node.children[i]
                guard sectionedSiblings, child.titleAlone, child.children.isEmpty, child.paragraphs.count == 1,
                      LeadPhrase(child.paragraphs[0]) != nil, !LeadPhrase.isHeadingRun(child.paragraphs) else { continue }
                let (intro, leads) = OutlineBuilder.leadSections(child.paragraphs, single: true)
                node.children[i].paragraphs = intro
                node.children[i].children = leads
            }
            let (before, titled) = OutlineBuilder.titleLineSections(node.paragraphs)
            if !titled.isEmpty {
                node.paragraphs = before
                node.children = titled + node.children
                return
            }
            let (intro, leads) = OutlineBuilder.leadSections(node.paragraphs)
            guard !leads.isEmpty else { return }
            node.paragraphs = intro
            node.children = leads + node.children
        }
        for i in top.indices { split(&top[i]) }
        if top.isEmpty {
            let (intro, parts) = OutlineBuilder.colonSections(preamble)
            if !parts.isEmpty {
                preamble = intro
                top = parts
                return
            }
            let (before, leads) = OutlineBuilder.leadSections(preamble)
            if !leads.isEmpty {
                preamble = before
                top = leads
            }
        }
    }

    /// A document without numbers that divides its text by lead lines ending in a colon ("坚持立德树人，深化育人方式
    /// 改革："), each over a run of title lines with their paragraphs ("思政课一体化建设" / "建设…。"): the colon lines are
    /// its parts, the title lines their sections. Two parts at least, and every line after the introduction in one.
    static func colonSections(_ paragraphs: [String]) -> ([String], [Node]) {
        func opensPart(_ i: Int) -> Bool {
            let f = TextCleaning.fold(paragraphs[i])
            return f.last == ":" && (3...40).contains(f.count) && !f.contains(where: { "。;!?".contains($0) })
                && i + 2 < paragraphs.count && isTitleLine(paragraphs[i + 1]) && isTextParagraph(paragraphs[i + 2])
        }
        let heads = paragraphs.indices.filter(opensPart)
        guard heads.count >= 2, let first = heads.first else { return (paragraphs, []) }
        var parts: [Node] = []
        for (n, head) in heads.enumerated() {
            let end = n + 1 < heads.count ? heads[n + 1] : paragraphs.count
            let (runs, stop) = titleRuns(Array(paragraphs[(head + 1)..<end]), from: 0)
            guard !runs.isEmpty, stop >= end - head - 1 else { return (paragraphs, []) }
            var heading = paragraphs[head]
            heading.removeLast()
            parts.append(Node(number: "", heading: TextCleaning.trimmed(heading), paragraphs: [], children: runs))
        }
        return (Array(paragraphs[..<first]), parts)
    }

    /// Title lines each followed by their paragraphs, from `start` on: the sections they make and where the run stops.
    static func titleRuns(_ paragraphs: [String], from start: Int) -> (nodes: [Node], end: Int) {
        var runs: [Node] = []
        var i = start
        while i + 1 < paragraphs.count, isTitleLine(paragraphs[i]), isTextParagraph(paragraphs[i + 1]) {
            var node = Node(number: "", heading: paragraphs[i], paragraphs: [])
            i += 1
            while i < paragraphs.count, !(isTitleLine(paragraphs[i]) && i + 1 < paragraphs.count && isTextParagraph(paragraphs[i + 1])) {
                node.paragraphs.append(paragraphs[i])
                i += 1
            }
            runs.append(node)
        }
        return (runs, i)
    }

    /// The title of a box set off from the text: "【专栏1 重点工程】", "专栏2  主要指标".
    static func isBoxTitle(_ paragraph: String) -> Bool {
        let f = TextCleaning.fold(paragraph)
        guard f.count <= 40, !f.contains("。") else { return false }
        if f.hasPrefix("【"), f.hasSuffix("】"), f.contains("专栏") { return true }
        let chars = Array(f)
        return f.hasPrefix("专栏") && chars.count > 2 && (TextCleaning.isDigit(chars[2]) || Numbering.isChineseNumeral(chars[2]))
    }

    static func boxHeading(_ paragraph: String) -> String {
        var text = TextCleaning.trimmed(paragraph)
        if text.hasPrefix("【"), text.hasSuffix("】") { text = TextCleaning.trimmed(String(text.dropFirst().dropLast())) }
        return text
    }

    /// A title line: short, unnumbered, without any punctuation of a sentence ("建设城东幼儿园", "“双减”提质增效").
    static func isTitleLine(_ paragraph: String) -> Bool {
        let f = TextCleaning.fold(paragraph)
        return (2...30).contains(f.count) && f.contains(where: TextCleaning.isHan)
            && !f.contains(where: { "。,;:!?，；：".contains($0) }) && LeadPhrase(paragraph) == nil
            && TaskTable.header(paragraph) == nil && !paragraph.contains("\t")
    }

    /// A paragraph of text under a title line: a sentence, or anything longer than a title.
    static func isTextParagraph(_ paragraph: String) -> Bool {
        let f = TextCleaning.fold(paragraph)
        return f.count > 30 || f.last.map { "。;!?".contains($0) } == true
    }

    /// A line ending in a colon that introduces a run of title lines, each followed by its paragraph, is their parent:
    /// when it opens the section ("4.推进义务教育优质均衡。重点抓好以下三项工作："), the section itself is; further down,
    /// the colon line becomes a section of its own. Returns the paragraphs before the run and the new sections.
    static func titleLineSections(_ paragraphs: [String]) -> ([String], [Node]) {
        func endsWithColon(_ p: String) -> Bool { TextCleaning.fold(p).last == ":" }
        for c in paragraphs.indices where endsWithColon(paragraphs[c]) {
            let (runs, i) = titleRuns(paragraphs, from: c + 1)
            guard runs.count >= 2, i >= paragraphs.count else { continue }
            if c == 0 { return ([paragraphs[0]], runs) }
            var colon = paragraphs[c]
            colon.removeLast()
            colon = TextCleaning.trimmed(colon)
            guard colon.count <= 60 else { return (Array(paragraphs[0...c]), runs) }
            return (Array(paragraphs[0..<c]), [Node(number: "", heading: colon, paragraphs: [], children: runs)])
        }
        return (paragraphs, [])
    }

    static func leadSections(_ paragraphs: [String], single: Bool = false) -> ([String], [Node]) {
        guard single || LeadPhrase.isHeadingRun(paragraphs) else { return (paragraphs, []) }
        var intro: [String] = []
        var nodes: [Node] = []
        for paragraph in paragraphs {
            if let lead = LeadPhrase(paragraph) {
                nodes.append(Node(number: lead.marker, heading: lead.heading, paragraphs: lead.rest.isEmpty ? [] : [lead.rest]))
            } else if nodes.isEmpty {
                intro.append(paragraph)
            } else {
                nodes[nodes.count - 1].paragraphs.append(paragraph)
            }
        }
        return (intro, nodes)
    }

    /// The text before the first heading (an issuing notice, an introduction) as an unnumbered first section. Its
    /// heading is its first line when that is short and the text goes on, else a short lead-in ending in a colon.
    static func preambleNode(_ paragraphs: [String]) -> Node {
        if paragraphs.count > 1, let first = paragraphs.first, first.count <= 60,
           !first.hasSuffix("。"), !first.hasSuffix(":"), !first.hasSuffix("："),
           !TextCleaning.fold(first).contains(",") {
            return Node(number: "", heading: first, paragraphs: Array(paragraphs.dropFirst()))
        }
        if let first = paragraphs.first {
            let f = TextCleaning.fold(first)
            if let colon = f.firstIndex(of: ":"), f.distance(from: f.startIndex, to: colon) <= 40,
               !f[..<colon].contains("。") {
                let at = f.distance(from: f.startIndex, to: colon)
                let o = Array(first)
                let rest = TextCleaning.trimmed(o[(at + 1)...])
                if !rest.isEmpty {
                    return Node(number: "", heading: TextCleaning.trimmed(o[0..<at]), paragraphs: [rest] + paragraphs.dropFirst())
                }
            }
        }
        return Node(number: "", heading: "", paragraphs: paragraphs)
    }

    func roots() -> [Node] { top }

    // MARK: Tree plumbing

    private mutating func insert(_ node: Node, at parentPath: [Int]) -> Int {
        if parentPath.isEmpty {
            top.append(node)
            return top.count - 1
        }
        var index = 0
        update(parentPath) { parent in
            parent.children.append(node)
            index = parent.children.count - 1
        }
        return index
    }

    private mutating func update(_ path: [Int], _ change: (inout Node) -> Void) {
        func walk(_ node: inout Node, _ rest: ArraySlice<Int>) {
            guard let next = rest.first else { return change(&node) }
            walk(&node.children[next], rest.dropFirst())
        }
        walk(&top[path[0]], path.dropFirst())
    }
}
