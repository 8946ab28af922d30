import Foundation

/// Where the document sits on the page it was copied from. A select-all copy of a web page is the site's chrome, the
/// document, and the site's chrome again; the words of the chrome change with every site, its place does not. The
/// document runs from its first line (its title, or the notice, red head, 文号 or 附件 label above it) to its last
/// paragraph and the signature, date and distribution lines under it. A short line outside that span that is none of a
/// notice's parts is the page's, whatever its words: this is what lets the importer drop the furniture of sites it has
/// never seen, where the word lists of `NoiseFilter` only know the sites they were written for.
enum PageLayout {
    /// Marks the lines above the document's first line, the page's lines between its heading lines and its first
    /// paragraph (the byline, the counters, a follow prompt), and the lines below its last paragraph as the page's.
    static func markOutsideTheDocument(_ lines: inout [Line], titleLine: Int?) {
        markForwardingNote(&lines)
        markRatingBlocks(&lines)
        markAnnotations(&lines)
        markTableRows(&lines)
        if let lastNumbered = lines.indices.last(where: { lines[$0].noise == nil && lines[$0].numbered != nil }) {
            markComments(&lines, after: lastNumbered)
            markLogNotes(&lines, after: lastNumbered)
            markCommentSection(&lines, after: lastNumbered)
        }
        markRankedLists(&lines)
        markNewsBoxes(&lines)
        markRunningHeaders(&lines, except: titleLine)
        markSandwichedRuns(&lines)
        markListedTitles(&lines, after: titleLine ?? 0)
        markDecoratedTitles(&lines, titleLine: titleLine)
        markBelowClosingRule(&lines)
        guard let last = lines.indices.last(where: { isParagraph(lines[$0]) }),
              let firstParagraph = lines.indices.first(where: { isParagraph(lines[$0]) }) else { return }
        let headEnd = max(titleLine ?? firstParagraph, firstParagraph)
        // The document opens with its notice (关于印发…的通知, a red head, a 文号, an 附件 label) or its title.
        let opener = lines.indices.prefix(headEnd).first { lines[$0].noise == nil && isOpener(lines[$0]) }
        if let anchor = opener ?? titleLine {
            let start = documentStart(&lines, anchor: anchor, fromOpener: opener != nil)
            for i in 0..<start where lines[i].noise == nil { lines[i].noise = .outsideDocument }
            markHeaderGap(&lines, after: anchor)
            if let titleLine, titleLine > anchor { markHeaderGap(&lines, after: titleLine) }
        }
        markBelow(&lines, last: last, title: titleLine.map { lines[$0].foldedText })
    }

    /// A news report above the document it reproduces ("我县印发…工作要点" / the byline / "某某讯　近日，县教育局印发《…》，
    /// …" / "以下为《要点》全文："): the line announcing the full text opens the document below it, and what stands above
    /// it is the reporter's headline and lead, not the plan's title or introduction (the plan's own title follows the
    /// announcement). A notice carrying the document (关于印发…的通知, a 文号, an 附件 label) above the announcement is the
    /// document's own and keeps its lines.
    /// The reporter's lead may end in the announcement itself ("某某融媒讯（记者 …）近日，县教育局印发…。全文如下："): the
    /// whole line is the report's then. So may an editor's note ("【编者按】…。某某新闻全文转载如下，供读者参阅。"): the news
    /// headline above it is the site's, however it names the plan's work ("…“任务书”出炉：…").
    static func markReportAboveFullText(_ lines: inout [Line]) {
        let firstNumbered = lines.indices.first { lines[$0].noise == nil && lines[$0].numbered != nil } ?? lines.count
        guard let marker = lines.indices.prefix(firstNumbered).first(where: {
                  NoiseFilter.isTextAnnouncement(lines[$0].foldedText) || endsInTextAnnouncement(lines[$0].foldedText)
                      || editorsNoteAnnouncesText(lines[$0]) || editorsNoteAboveTitle(lines, $0)
              }),
              !lines[..<marker].contains(where: { $0.noise == nil && isOpener($0) }) else { return }
        // Where no title follows the announcement, the headline right above it is the plan's own title ("某园2048年秋季
        // 学期保教工作计划" / "编者按：…现将计划全文刊发如下。"): the page printed the plan under its title and the note.
        let titleBelow = lines[(marker + 1)..<max(marker + 1, firstNumbered)].contains { $0.noise == nil && isDocumentHeadLine($0) }
        let headline = titleBelow ? nil : lines.indices.prefix(marker).last { lines[$0].noise == nil }
            .flatMap { isDocumentHeadLine(lines[$0]) && !lines[$0].foldedText.contains(",") ? $0 : nil }
        for i in 0...marker where lines[i].noise == nil && i != headline { lines[i].noise = .outsideDocument }
    }

    /// "【编者按】…。潮见新闻全文转载如下，供读者参阅。": an editor's note (dropped as the site's box) whose sentence announces
    /// the full text below it ("全文转载如下", "全文刊发如下"). A note that only says the text is carried ("现全文刊发") points
    /// nowhere: the plan's title may stand above it.
    static func editorsNoteAnnouncesText(_ line: Line) -> Bool {
        guard line.noise == .boilerplate, line.folded.count <= 200 else { return false }
        return line.foldedText.split(separator: "。").contains { sentence in
            sentence.count <= 30 && sentence.range(of: #"全文[^,;:]{0,6}如下"#, options: .regularExpression) != nil
        }
    }

    /// "【编者按】…。本网全文刊发，以飨读者。" right above the plan's own title (a plan's words and a year, no notice's
    /// wrapping): the note stands between the page's headline and the document, whose title is below it. A note that
    /// says the text is carried with the plan's title above it (set 28) has no title right below it.
    static func editorsNoteAboveTitle(_ lines: [Line], _ i: Int) -> Bool {
        guard lines[i].noise == .boilerplate, lines[i].folded.count <= 200,
              lines[i].foldedText.split(separator: "。").contains(where: {
                  $0.count <= 30 && $0.range(of: #"全文(刊发|转载|发布|刊登|推送)"#, options: .regularExpression) != nil }),
              let next = lines.indices.dropFirst(i + 1).first(where: { lines[$0].noise == nil }) else { return false }
        let f = lines[next].foldedText
        return f.count <= 60 && !f.contains("。") && !f.contains("关于") && lines[next].numbered == nil
            && TitleFinder.planWords.contains(where: { f.contains($0) }) && !TitleFinder.wrapperEnds.contains(where: { f.hasSuffix($0) })
            && f.range(of: #"20[0-9]{2}"#, options: .regularExpression) != nil
    }

    /// "…近日，县教育局印发2027年工作总结和2028年工作计划。全文如下：": a lead whose last sentence announces the text below.
    /// So does "近日，区教育局印发《…》，现将全文刊发如下。": the sentence's last clause announces the full text below it.
    static func endsInTextAnnouncement(_ folded: String) -> Bool {
        guard let stop = folded.lastIndex(of: "。") else { return false }
        let last = String(folded[folded.index(after: stop)...]).trimmingCharacters(in: .whitespaces)
        if !last.isEmpty { return last.count <= 30 && NoiseFilter.isTextAnnouncement(last) }
        let sentence = folded[..<stop].split(separator: "。").last ?? ""
        guard let clause = sentence.split(separator: ",").last, clause.count <= 16 else { return false }
        return clause.range(of: #"全文[^,;:]{0,4}如下$"#, options: .regularExpression) != nil
    }

    /// A news site's box set into the document it carries ("【专家解读】" / "某大学教授某某：行动计划把…放在前面，…"): the
    /// label, and the unnumbered lines under it up to the document's next numbered item (three at most), are the site's.
    static func markNewsBoxes(_ lines: inout [Line]) {
        for i in lines.indices where lines[i].noise != nil && NoiseFilter.newsBoxLabels.contains(lines[i].foldedText.trimmingCharacters(in: .whitespaces)) {
            var k = i + 1
            while k < lines.count, k <= i + 3, lines[k].noise == nil, lines[k].numbered == nil, !lines[k].tableRow, !lines[k].inTable {
                lines[k].noise = .boilerplate
                k += 1
            }
        }
    }

    /// A ranked list of the site's under the document ("🔥 24小时热榜" / "① …" / "② …" / "③ …"): below the signature's
    /// date, a run of short lines numbered ①, ②, ③ … is a list of other articles' titles, however its numbers look like
    /// a plan's; its heading goes with the page's furniture round it (`markBelow`).
    static func markRankedLists(_ lines: inout [Line]) {
        guard let lastItem = lines.indices.last(where: { lines[$0].noise == nil && lines[$0].numbered.map { $0.style != .circled } == true }),
              let signed = lines.indices.dropFirst(lastItem + 1).first(where: { lines[$0].noise == nil && isDate(lines[$0].folded) })
        else { return }
        var i = signed + 1
        while i < lines.count {
            var j = i
            while j < lines.count, lines[j].noise == nil, let n = lines[j].numbered, n.style == .circled, n.ordinal == j - i + 1,
                  !lines[j].foldedText.contains("。") {
                j += 1
            }
            if j - i >= 2 {
                for k in i..<j { lines[k].noise = .related }
                i = j
            } else {
                i += 1
            }
        }
    }

    /// Readers' comments under a post: below the document's last numbered line, the line or two after an author-and-
    /// time line ("韦晓川  3月4日 10:26" / "招聘人数请与人事科再核对一下。"), up to the next line of furniture. A plan's
    /// text never follows a clock time.
    static func markComments(_ lines: inout [Line], after lastNumbered: Int) {
        var i = lastNumbered + 1
        while i < lines.count {
            defer { i += 1 }
            guard lines[i].noise != nil, endsWithClockTime(lines[i].foldedText.replacingOccurrences(of: " ", with: "")) else { continue }
            markNote(&lines, under: i, longest: 100)
        }
    }

    /// The line or two under a line of the page's (a commenter's stamp, a log's note field), up to the next line of the
    /// page's or a numbered line: what someone wrote there, not the plan's text.
    static func markNote(_ lines: inout [Line], under i: Int, longest: Int) {
        var k = i + 1
        while k < lines.count, k <= i + 2, lines[k].noise == nil, lines[k].numbered == nil, lines[k].folded.count <= longest {
            lines[k].noise = .comment
            k += 1
        }
    }

    /// An office app's log under the plan it carries: below the plan's last numbered line, a note field ("需协调事项")
    /// and the line or two the writer typed into it, up to the next line of the app's, are the writer's note to the
    /// log's readers, sentences as they are.
    static func markLogNotes(_ lines: inout [Line], after lastNumbered: Int) {
        for i in lines.indices.dropFirst(lastNumbered + 1)
        where lines[i].noise != nil && NoiseFilter.logNoteLabels.contains(lines[i].foldedText.trimmingCharacters(in: .whitespaces)) {
            markNote(&lines, under: i, longest: 120)
        }
    }

    /// "★★★★☆ 4.2分": stars with the average score they stand for.
    static func isAverageRating(_ f: String) -> Bool {
        f.range(of: #"^[★☆]+\s*[0-9](\.[0-9])?\s*分"#, options: .regularExpression) != nil
    }

    static func endsWithClockTime(_ f: String) -> Bool {
        f.range(of: #"[0-9]{1,2}:[0-9]{2}(:[0-9]{2})?$"#, options: .regularExpression) != nil
    }

    /// A reviewer's note in a shared document ("批注 · 李晓东（教导处）　03-02 15:47" / the note) or a rating's review
    /// ("★★★★★　某老师　2026-02-19" / the review): the short line under the header is the reader's, wherever it stands.
    /// A document store's rating of the file itself ("★★★★☆ 4.2分　｜　阅读 862　｜　下载 57"), its average score in
    /// 分, heads no review: the line under it may be the document's title.
    static func markAnnotations(_ lines: inout [Line]) {
        for i in lines.indices.dropLast() where lines[i].noise != nil {
            let f = lines[i].foldedText
            guard f.hasPrefix("批注") || f.hasPrefix("★") || f.hasPrefix("☆") else { continue }
            if !f.hasPrefix("批注"), isAverageRating(f) { continue }
            let next = i + 1
            guard lines[next].noise == nil, lines[next].numbered == nil, lines[next].folded.count <= 100 else { continue }
            lines[next].noise = .comment
        }
        // A margin comment in an online document ("💬 程慧敏：集体备课时间建议…。" / "2月11日 16:20　　回复　　✓ 解决"): the
        // line right above the comment's stamp and buttons, a name and what it said, is the commenter's, wherever it stands.
        for i in lines.indices.dropFirst() where lines[i].noise == .comment && NoiseFilter.isCommentActionRow(lines[i].foldedText) {
            let above = lines[i - 1]
            let unmarked = NoiseFilter.unmarked(above.foldedText)
            guard above.noise == nil, above.numbered == nil, above.folded.count <= 100,
                  unmarked.range(of: #"^[^\s:,。;]{1,10}:"#, options: .regularExpression) != nil else { continue }
            lines[i - 1].noise = .comment
        }
        // A mini-program card inside a post: its name right above its "小程序" tag.
        for i in lines.indices.dropFirst() where lines[i].noise != nil && lines[i].foldedText == "小程序" {
            let f = lines[i - 1].foldedText
            guard lines[i - 1].noise == nil, lines[i - 1].numbered == nil, f.count <= 20,
                  !f.contains(where: { "。,;:!?".contains($0) }) else { continue }
            lines[i - 1].noise = .outsideDocument
        }
    }

    /// A forum's rating block under a post ("评分" / "参与人数 2　威望 +4　收起 理由" / "砚边客　+ 2　很给力!"): the count of
    /// raters, then each rater's name, the points given with their sign and the reason. Points given to a post are the
    /// forum's, never a plan's; their lines look like a table typed with spaces, and are none.
    static func markRatingBlocks(_ lines: inout [Line]) {
        for i in lines.indices where lines[i].noise == nil {
            let compact = lines[i].foldedText.filter { $0 != " " }
            guard compact.range(of: #"^参与人数[0-9]+"#, options: .regularExpression) != nil, lines[i].folded.count <= 60 else { continue }
            lines[i].noise = .comment
            if i > 0, lines[i - 1].noise == nil, ["评分", "点评", "评分记录"].contains(lines[i - 1].foldedText.filter { $0 != " " }) {
                lines[i - 1].noise = .comment
            }
            var k = i + 1
            while k < lines.count, lines[k].noise == nil, lines[k].folded.count <= 60,
                  lines[k].foldedText.range(of: #"^\S{1,16}\s+[+-]\s?[0-9]{1,4}(\s.*)?$"#, options: .regularExpression) != nil {
                lines[k].noise = .comment
                k += 1
            }
        }
    }

    /// One to three short lines between two lines of the page's furniture ("楼主" between a poster's counters and the
    /// post's date, a reader's name and level between a reply's buttons and its date) are furniture too: a plan's
    /// heading is followed by its text, and its text by more text or a heading.
    static func markSandwichedRuns(_ lines: inout [Line]) {
        var i = 1
        while i < lines.count {
            guard lines[i].noise == nil, lines[i - 1].noise != nil else { i += 1; continue }
            var end = i
            while end < lines.count, end - i < 4, lines[end].noise == nil { end += 1 }
            defer { i = end + 1 }
            guard end < lines.count, end - i <= 3, lines[end].noise != nil else { continue }
            let weak = lines[i..<end].allSatisfy { line in
                let f = line.foldedText
                return f.count <= 30 && line.numbered == nil && !isParagraph(line) && !isSignaturePart(line) && !isNoticePart(line)
                    && !f.hasSuffix(":") && !TitleFinder.planWords.contains(where: { f.contains($0) })
            }
            if weak { for k in i..<end { lines[k].noise = .outsideDocument } }
        }
    }

    /// A forwarded mail: everything above its "原始邮件" line is the forwarder's (the mail's headers, a greeting, a
    /// covering note and a signature); the document follows the original's headers.
    static func markForwardingNote(_ lines: inout [Line]) {
        guard let separator = lines.indices.last(where: { isForwardSeparator(lines[$0].foldedText.lowercased()) }) ?? mailTextSeparator(lines)
        else { return }
        for i in 0..<separator where lines[i].noise == nil { lines[i].noise = .outsideDocument }
    }

    /// A mail carrying the document in its body: under its headers (发件人, 收件人 …) the sender's subject, greeting,
    /// covering note and contact line, then a line announcing the text ("—— 以下为征求意见稿正文 ——"). That line divides
    /// the mail from the document as a forward's "原始邮件" line does, although the subject names the document as a
    /// notice would (关于征求《…》意见的函).
    static func mailTextSeparator(_ lines: [Line]) -> Int? {
        guard let header = lines.indices.first(where: { i in
            let compact = lines[i].foldedText.filter { $0 != " " }
            return PlanTextParser.mailFields.contains { compact.hasPrefix($0 + ":") }
        }) else { return nil }
        return lines.indices.dropFirst(header + 1).first { NoiseFilter.isTextAnnouncement(lines[$0].foldedText) }
    }

    static func isForwardSeparator(_ f: String) -> Bool {
        f.count <= 60 && (f.contains("原始邮件") || f.contains("original message") || f.contains("转发的邮件"))
    }

    /// A page's comment box: below the document's last numbered line, from the first line of furniture that counts or
    /// asks for comments (12 条评论, 评论（2）, 我来说两句, 发表评论) to the end, every line is readers' or the page's.
    /// An app that calls its readers' comments 观点 or 讨论 counts them so too ("观点（2）").
    static func markCommentSection(_ lines: inout [Line], after lastNumbered: Int) {
        guard let opener = lines.indices.dropFirst(lastNumbered + 1).first(where: { i in
                  let f = lines[i].foldedText
                  return lines[i].noise != nil && f.count <= 40 && (["评论", "留言", "说两句"].contains(where: { f.contains($0) })
                      || f.range(of: #"^(家长|全部|最新|热门|精彩)?(观点|讨论|回复)\s*\([0-9]+\)$"#, options: .regularExpression) != nil)
              }) else { return }
        for i in opener..<lines.count where lines[i].noise == nil { lines[i].noise = .comment }
    }

    /// A printed page's running header or footer beside its page number ("— 21 —" / "檀川县人民政府公报", "2026年第2期"):
    /// a short line without a sentence's punctuation right next to a page number, that the document prints again
    /// elsewhere (on another page, or as the publication's name in its colophon).
    static func markRunningHeaders(_ lines: inout [Line], except titleLine: Int?) {
        func bare(_ f: String) -> String { f.filter { !"《》<>\"“”".contains($0) } }
        var count: [String: Int] = [:]
        for line in lines { count[bare(line.foldedText), default: 0] += 1 }
        for i in lines.indices where lines[i].noise == .pageNumber {
            for k in [i - 1, i + 1] where lines.indices.contains(k) && lines[k].noise == nil && k != titleLine {
                let f = lines[k].foldedText
                // (An attachment's "附件" label at the top of a page is the document's, even when the page's attachment
                // line names 附件 too.)
                // A header the pages print word for word may be as long as the document's name with its author's
                // ("某县第二幼儿园 · 2029年秋季学期保教工作计划"); one named only by other furniture is short.
                let repeated = count[bare(f), default: 0] >= 2
                // A date on a line of its own beside a page number ("2033年1月20日" / "第 3 页 共 3 页") closes the signature
                // on the document's last page; the notice above carries the same date, but no page prints a date as its
                // running header.
                guard (2...(repeated ? 40 : 24)).contains(f.count), lines[k].numbered == nil, !f.contains(where: { "。,;:!?".contains($0) }), !isOpener(lines[k]),
                      !isDate(Array(f)),
                      repeated || lines.contains(where: { $0.noise != nil && bare($0.foldedText).contains(bare(f)) && $0.foldedText != f })
                else { continue }
                lines[k].noise = .pageTitle
            }
        }
    }

    /// A listed article inside a page (a link card, a related item): its title is a short line right above its own
    /// counters or date ("屿上读书人：某县教育统计数据解读" / "15 赞同 · 3 评论文章"). A plan's heading is followed by text.
    static func markListedTitles(_ lines: inout [Line], after titleLine: Int) {
        guard titleLine + 1 < lines.count else { return }
        for i in (titleLine + 1)..<(lines.count - 1) where lines[i].noise == nil && lines[i + 1].noise == .pageMetadata {
            let f = lines[i].foldedText
            guard f.count <= 40, lines[i].numbered == nil, !isParagraph(lines[i]), !isNoticePart(lines[i]), !f.hasSuffix(":"),
                  !TitleFinder.planWords.contains(where: { f.contains($0) }) else { continue }
            lines[i].noise = .related
        }
    }

    /// An office or a school signing or heading a document ("某县教育局", "桃汀镇中心小学").
    static func isOffice(_ line: Line) -> Bool {
        let f = line.foldedText
        let school = ["小学", "中学", "大学", "中专", "职中"].contains(where: { f.hasSuffix($0) })
        return f.count <= 30 && (Commitments.looksLikeUnit(f) || school) && f.allSatisfy { TextCleaning.isHan($0) || "()".contains($0) }
    }

    /// The page's own copy of the document's title with its decorations ("[学校管理] 某校工作计划（供交流）", "某计划  已保存
    /// 到云端") above the title itself: the page's.
    static func markDecoratedTitles(_ lines: inout [Line], titleLine: Int?) {
        guard let titleLine else { return }
        let title = lines[titleLine].foldedText
        for i in 0..<titleLine where lines[i].noise == nil
            && (TitleFinder.isDecoratedCopy(lines[i].foldedText, of: title) || TitleFinder.isFileTitle(lines[i].foldedText)
                || TitleFinder.isShortName(lines[i].foldedText, of: title)) {
            lines[i].noise = .pageTitle
        }
    }

    /// The lines between a document's opening line and its first paragraph: the notice's parts, a subtitle or a
    /// bracketed date stay, and a short heading right above the first paragraph (前言); anything else there is the
    /// page's byline, counters and buttons.
    static func markHeaderGap(_ lines: inout [Line], after start: Int) {
        guard let paragraph = lines.indices.dropFirst(start + 1).first(where: { isParagraph(lines[$0]) || lines[$0].numbered != nil })
        else { return }
        for i in (start + 1)..<paragraph where lines[i].noise == nil {
            let f = lines[i].foldedText
            let keeps = isNoticePart(lines[i]) || lines[i].numbered != nil || f.hasSuffix(":") || f.hasPrefix("—")
                || TitleFinder.planWords.contains(where: { f.contains($0) })
                || (i + 1 == paragraph && f.count <= 10 && f.allSatisfy(TextCleaning.isHan))
                // "某县教育局党组书记、局长　某某": the speaker of a speech under its title, a post and a name.
                || f.range(of: #"(书记|局长|主任|校长|园长|县长|市长|区长|厅长|部长|院长)\s+\p{Han}{2,4}$"#, options: .regularExpression) != nil
            if !keeps { lines[i].noise = .outsideDocument }
        }
    }

    /// The document's first line: from its opening line upwards through the notice's other parts (the issuing office
    /// above a 文号, the notice's title, its addressees). A line or two of the page's between them (a byline with its
    /// counters under the notice's title) are the page's; above the last part, everything is.
    ///
    /// Above a notice's first line only a red head, an issuing office or a 文号 may stand (抄送, 印发 and 附件 close a
    /// document; an office system's form repeats them above it). An office right under the page's furniture and right
    /// above the title is the page's heading for its sender, not a red head: a document's own opens it.
    static func documentStart(_ lines: inout [Line], anchor: Int, fromOpener: Bool) -> Int {
        var start = anchor
        var between: [Int] = []
        var i = anchor - 1
        while i >= 0, between.count <= 2 {
            defer { i -= 1 }
            if lines[i].noise != nil { continue }
            let f = lines[i].foldedText
            let closingPart = f.hasPrefix("附件") || f.hasPrefix("抄送") || f.hasPrefix("印发") || f.hasPrefix("(")
            // An office with the page's furniture between it and the document is the site's name, not a red head.
            let pageHeading = isOffice(lines[i]) && (i == anchor - 1 && i > 0 && lines[i - 1].noise != nil
                                                     || lines[(i + 1)..<start].contains { $0.noise != nil && $0.noise != .outsideDocument })
            if pageHeading || fromOpener && closingPart {
                between.append(i)
            } else if isNoticePart(lines[i]) || isDocumentHeadLine(lines[i]) {
                for k in between { lines[k].noise = .outsideDocument }
                between = []
                start = i
            } else {
                between.append(i)
            }
        }
        return start
    }

    /// A title or notice line (关于…, a plan's name) or the addressees' line ending in a colon. A question naming a plan
    /// ("…工作要点一般怎么写？", "…怎么写？求一份完整的") or a post's tags ("教育　教研　工作计划") asks about plans or files
    /// the post; neither heads one.
    static func isDocumentHeadLine(_ line: Line) -> Bool {
        let f = line.foldedText
        guard f.count <= 100, !f.contains("。"), !TitleFinder.isSiteBar(f), !TitleFinder.isQuestion(f), !TitleFinder.isWordList(f) else { return false }
        return f.contains("关于") || f.hasSuffix(":") && f.contains("各") || isOpener(line)
            || TitleFinder.planWords.contains(where: { f.contains($0) }) && f.count >= 6
    }

    /// 关于印发…的通知, 某县教育局文件, 芸教发〔2026〕4号, 附件2: a line only a document's head has.
    static func isOpener(_ line: Line) -> Bool {
        let f = line.foldedText
        guard f.count <= 80, !f.contains("。") else { return false }
        if f.contains("〔") && f.hasSuffix("号") { return true }
        if f.hasPrefix("附件") && f.count <= 4 { return true }
        if f.hasSuffix("文件") && f.count <= 20 && f.allSatisfy(TextCleaning.isHan) { return true }
        return f.contains("关于") && TitleFinder.wrapperEnds.contains(where: { f.hasSuffix($0) })
    }

    /// Below the last paragraph: the signature block (offices, the date, 附件, 抄送, 印发) stays; so does a closing
    /// sentence (特此通知。) before the page's chrome starts. Where the page's chrome is below the document, every other
    /// line there is the page's; a Word file, with nothing below its last paragraph, keeps its last lines.
    /// The signature may name an issuer that no office's ending marks ("某县实验幼儿园教育集团"): the issuer the title
    /// opens with ("某县实验幼儿园教育集团2032年秋季学期保教工作计划"), or names round its period, signs it.
    static func markBelow(_ lines: inout [Line], last: Int, title: String? = nil) {
        func signs(_ line: Line) -> Bool {
            if isSignaturePart(line) { return true }
            let f = line.foldedText
            guard let title, (4...30).contains(f.count), title.count > f.count, f.allSatisfy(TextCleaning.isHan) else { return false }
            if title.hasPrefix(f) { return true }
            // "某县实验中学数学教研组" under "某县实验中学2035年春季学期数学教研组工作计划": the issuer is the title without
            // its period, however the period splits it.
            let bare = title.replacingOccurrences(of: #"[0-9]{4}([—–-][0-9]{4})?年度?(春季|秋季|第一|第二|上|下)?(学期|学年度|学年|半年)?"#,
                                                  with: "", options: .regularExpression)
            return bare.count > f.count && bare.hasPrefix(f)
        }
        var i = last + 1
        // A divider or a page number may stand between the last paragraph and its signature.
        while i < lines.count, lines[i].noise.map(\.isDecoration) ?? signs(lines[i]) {
            i += 1
        }
        var sawFurniture = false
        while i < lines.count {
            defer { i += 1 }
            if let noise = lines[i].noise {
                if !noise.isDecoration { sawFurniture = true }
                continue
            }
            guard sawFurniture || lines[(i + 1)...].contains(where: { $0.noise != nil }) else { continue }
            if !sawFurniture, signs(lines[i]) || lines[i].foldedText.hasSuffix("。") { continue }
            lines[i].noise = .outsideDocument
        }
    }

    /// A rule drawn under the signature's date ("——————") closes what the page quoted: below it the poster speaks again
    /// ("说几点个人体会：…"), in sentences as a document's, but the document has ended with its signature and date. Only
    /// where nothing below the rule is numbered or a row of a table (an attachment's text) and only for lines that are
    /// none of a 版记's (抄送, 印发).
    static func markBelowClosingRule(_ lines: inout [Line]) {
        guard let lastNumbered = lines.indices.last(where: { lines[$0].noise == nil && lines[$0].numbered != nil }),
              let date = lines.indices.dropFirst(lastNumbered + 1).first(where: { lines[$0].noise == nil && isDate(lines[$0].folded) }),
              date + 1 < lines.count, lines[date + 1].noise == .strayToken,
              !lines[date + 1].foldedText.contains(where: TextCleaning.isContent) else { return }
        let below = (date + 2)..<lines.count
        guard !below.contains(where: { lines[$0].noise == nil && (lines[$0].numbered != nil || lines[$0].tableRow || lines[$0].inTable) })
        else { return }
        for i in below where lines[i].noise == nil && !isSignaturePart(lines[i]) { lines[i].noise = .outsideDocument }
    }

    /// A line only a document has: a sentence, a numbered item, a row of a table.
    static func isParagraph(_ line: Line) -> Bool {
        guard line.noise == nil else { return false }
        let f = line.folded
        if line.inTable || line.tableRow || TaskTable.header(line.text) != nil { return true }
        if line.numbered != nil, f.count >= 4 { return true }
        if f.count >= 12, f.contains(where: { "。;".contains($0) }) { return true }
        return line.text.split(separator: "\t").count >= 3
    }

    /// Rows of a table typed with spaces or bars ("1  新建市第三中学  市教育局基建科  2024年8月"): two lines in a row
    /// with the same three or more cells, one of them with a figure. A menu bar or a byline stands alone.
    static func markTableRows(_ lines: inout [Line]) {
        // A log of who did what when (拟稿  沈知远  2026-02-24 15:20  提交) is no table of the document's.
        let cells = lines.map { line -> Int in
            let timed = line.foldedText.range(of: #"[0-9]:[0-9]{2}"#, options: .regularExpression) != nil
            return line.noise == nil && !timed ? TaskTable.cells(line.text).count : 0
        }
        for i in lines.indices.dropLast() {
            guard cells[i] >= 3, cells[i] == cells[i + 1],
                  (lines[i].folded + lines[i + 1].folded).contains(where: TextCleaning.isDigit) else { continue }
            lines[i].tableRow = true
            lines[i + 1].tableRow = true
        }
    }

    /// 芸教发〔2026〕4号, 各乡镇中心学校：, 关于印发…的通知, 某县教育局文件, 某县教育局, 附件2, 2026年2月18日.
    static func isNoticePart(_ line: Line) -> Bool {
        let f = line.foldedText
        if isSignaturePart(line) { return true }
        if f.contains("〔") || f.contains("[") && f.hasSuffix("号") { return true }
        if f.hasSuffix(":") && f.hasPrefix("各") { return true }
        if f.hasSuffix("文件") || f.contains("关于") { return true }
        return TitleFinder.planWords.contains(where: { f.contains($0) }) && TitleFinder.wrapperEnds.contains(where: { f.hasSuffix($0) })
    }

    /// The lines under a document's last paragraph: the issuing office, the date, 附件 and its list, 抄送 and 印发.
    static func isSignaturePart(_ line: Line) -> Bool {
        let f = line.foldedText
        if isOffice(line) || isDate(Array(f)) { return true }
        if f.hasPrefix("附件") || f.hasPrefix("附:") || f.hasPrefix("抄送") || f.hasPrefix("印发") { return true }
        // "出席：…", "列席：各股室负责人", "记录：…": a meeting's minutes close with who attended and who wrote them.
        if f.count <= 60, ["出席:", "列席:", "记录:", "缺席:", "请假:"].contains(where: { f.hasPrefix($0) }) { return true }
        // "某县人民政府办公室        2026年3月10日印发": the distribution line closing a 版记.
        if f.count <= 60, f.hasSuffix("印发"), f.contains("年") { return true }
        return f.hasPrefix("(") && f.hasSuffix(")") && f.count <= 30
    }

    /// 2026年2月18日, 二〇二六年二月十八日, 2026年3月, 2026-02-18 on a line of its own.
    static func isDate(_ f: [Character]) -> Bool {
        let s = String(f).replacingOccurrences(of: " ", with: "")
        guard (6...12).contains(s.count) else { return false }
        let digits = "0123456789〇零一二三四五六七八九十"
        if s.hasSuffix("日"), s.contains("年"), s.contains("月") { return s.allSatisfy { digits.contains($0) || "年月日".contains($0) } }
        // "2026年3月": a 规划 dated to the month under its signature.
        if s.hasSuffix("月"), s.contains("年") {
            return s.allSatisfy { digits.contains($0) || "年月".contains($0) } && s.prefix(while: { $0 != "年" }).count == 4
        }
        return s.allSatisfy { TextCleaning.isDigit($0) || "-./".contains($0) } && s.filter(TextCleaning.isDigit).count >= 6
    }
}
