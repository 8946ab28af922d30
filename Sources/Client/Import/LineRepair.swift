import Foundation

/// Undoes two artefacts of copying a plan out of a PDF or a Word table, before the outline is read:
/// - **hard-wrapped text**: a PDF's text comes out one printed line per line, so a sentence runs over several lines
///   ("…新建改扩建校舍面积不少于2万平方" / "米，全面消除D级危房。") and the numbers and names it states are cut in two;
/// - **a table pasted one cell per line**: "指标" / "2020年" / "2025年" / "属性" / "学前三年毛入园率（%）" / "90" / "96" /
///   "预期性", where each number alone looks like a stray token of a web page.
/// Both are put back together (the lines' characters joined, nothing added or left out) so that the later steps see
/// the sentence or the tab-separated row the author wrote.
enum LineRepair {
    static func repair(_ lines: [String]) -> [String] {
        unwrap(joinWrappedRows(rebuildCellTables(lines)))
    }

    // MARK: Task tables whose cells wrap

    /// "3⇥改善农村学校" / "办学条件⇥改造…⇥县教育局⇥2053年11月底前": a task table copied from a page or a PDF whose cells
    /// wrapped onto the next line, each piece a line of its own. After a header of tab-separated cells naming a task
    /// and its owner, a row opens with its serial number; the lines after it, until it has all its cells, are its
    /// pieces, joined back (as one cell's text; two units listed one per line in an owner cell with "、", which
    /// is no content). A line that opens a numbered heading ends the table.
    static func joinWrappedRows(_ lines: [String]) -> [String] {
        var out: [String] = []
        var i = 0
        while i < lines.count {
            out.append(lines[i])
            guard lines[i].contains("\t"), let columns = TaskTable.header(lines[i]) else { i += 1; continue }
            let tabs = columns.count - 1
            let owners = Set([columns.lead, columns.partners].compactMap { $0 })
            i += 1
            while i < lines.count, isSerialRow(lines[i]) {
                // The pieces of the row: the lines after it until it has all its cells. A row short of cells that no
                // following lines complete (a row left without its last cells, paragraphs after the table) stays as
                // it is, and so do those lines.
                var end = i + 1
                var count = lines[i].filter { $0 == "\t" }.count
                while count < tabs, end < lines.count, !isSerialRow(lines[end]),
                      Numbering.parse(original: Array(lines[end]), folded: TextCleaning.fold(Array(lines[end]))) == nil {
                    count += lines[end].filter { $0 == "\t" }.count
                    end += 1
                }
                guard count == tabs else { out.append(lines[i]); i += 1; continue }
                var row = lines[i]
                for piece in lines[(i + 1)..<end] {
                    let cell = row.filter { $0 == "\t" }.count
                    let last = row.split(separator: "\t", omittingEmptySubsequences: false).last.map(String.init) ?? ""
                    let next = piece.split(separator: "\t", omittingEmptySubsequences: false).first.map(String.init) ?? ""
                    let units = owners.contains(cell) && Commitments.looksLikeUnit(last) && Commitments.looksLikeUnit(next)
                    row += (units ? "、" : "") + piece
                }
                out.append(row)
                i = end
            }
        }
        return out
    }

    /// "3⇥改善农村学校": a row of a tab table opening with its serial number.
    static func isSerialRow(_ line: String) -> Bool {
        guard let tab = line.firstIndex(of: "\t") else { return false }
        let first = line[..<tab].filter { $0 != "." && $0 != "、" }
        return (1...3).contains(first.count) && first.allSatisfy(\.isASCII) && first.allSatisfy(\.isNumber)
    }

    // MARK: Hard-wrapped text

    /// Characters a paragraph (or a heading line that is complete) ends with.
    static let closing: Set<Character> = ["。", "!", "?", ";", ":", ")", "]", "】", "」", "』", "”", "\"", "’", "…", "》", "."]

    /// Display width: a Han character or a full-width form takes two columns, as on the printed page.
    static func width(_ line: String) -> Int { line.reduce(0) { $0 + ($1.isASCII ? 1 : 2) } }

    /// The width a document is wrapped at, or nil when it is not wrapped. A wrapped document has many lines that stop
    /// mid-sentence at nearly the same width (the page's); a document saved from Word or a web page has whole
    /// paragraphs, and its lines without closing punctuation are headings of every length. So: at least three lines
    /// that end without closing punctuation, at least 40 columns wide (30 in a phone's screenshots, six lines then), most of them
    /// within a tenth of one width.
    /// A line repeated word for word (a viewer's watermark at the foot of every page, "…仅供用户…阅读 · 禁止转载") is no
    /// evidence: it is the page's, printed as a whole, and no page cuts it.
    /// `screens`: the text was recognised from a phone's screenshots (it carries the phone's bars between its screens).
    static func wrapWidth(_ lines: [String], isNoise: [Bool], screens: Bool = false) -> Int? {
        let repeated = repeatedLines(lines)
        var open: [Int] = []
        for (i, line) in lines.enumerated() where !isNoise[i] && !isTableRow(line) && !isNumberedHeading(line) && !repeated.contains(line) {
            guard let last = TextCleaning.fold(line).last, !closing.contains(last) else { continue }
            let w = width(line)
            if w >= (screens ? 30 : 40) { open.append(w) }
        }
        guard open.count >= 3 else { return nil }
        // The most common width, give or take a tenth: a printed line's width varies with its digits and punctuation.
        var best = (width: 0, count: 0)
        for w in Set(open) {
            let near = open.filter { abs($0 - w) <= max(3, w / 10) && $0 <= w }.count
            if near > best.count || (near == best.count && w > best.width) { best = (w, near) }
        }
        guard best.count >= 3, best.count * 2 >= open.count else { return nil }
        // A phone's screen is narrower than a page (about 18 characters a line in a screenshot's recognised text): a
        // width under 40 columns is believed only in screenshots, on six cut lines at the least.
        guard best.width >= 40 || best.count >= 6 else { return nil }
        return best.width
    }

    /// The lines that stand more than once, word for word: a page's header, footer or watermark. Text cut at a page's
    /// width is never cut twice the same way.
    static func repeatedLines(_ lines: [String]) -> Set<String> {
        var count: [String: Int] = [:]
        for line in lines { count[line, default: 0] += 1 }
        return Set(count.filter { $0.value > 1 }.keys)
    }

    /// A numbered line without a sentence's punctuation is a heading ("（一）聚焦扩优提质，在学位供给上持续用力"), however
    /// wide: parallel headings of one plan are often of one width, which is no page's.
    static func isNumberedHeading(_ line: String) -> Bool {
        let chars = Array(line)
        let folded = TextCleaning.fold(chars)
        // A comma at its end says the line goes on ("（二）推动义务教育优质均衡发展，" / "加快城乡一体化进程").
        return !folded.contains(where: { "。;!?".contains($0) }) && !(folded.last.map { ",、".contains($0) } ?? false)
            && !isGoalSentence(folded) && Numbering.parse(original: chars, folded: folded) != nil
    }

    /// "（一）保育目标：幼儿体检率…均达到100%，幼儿肥胖率控制在5%以": a goal line, its name and a colon before clauses
    /// apart by commas, is a sentence however it ends, and the page may cut it like any other. A heading has no clauses
    /// after a colon ("（一）目标：扩优提质").
    static func isGoalSentence(_ folded: [Character]) -> Bool {
        guard let colon = folded.firstIndex(of: ":") else { return false }
        return folded[colon...].dropLast().contains(",")
    }

    /// "（负责人：业务园长、教研组长）", "（牵头单位：县教育局；配合单位：…）": an item's owner bracket alone on a line, set there
    /// by a PDF when it did not fit after the item's last sentence. It closes that item.
    static func isOwnerBracket(_ line: String) -> Bool {
        let f = TextCleaning.fold(line).filter { $0 != " " }
        guard f.count <= 60, f.first == "(", f.last == ")" else { return false }
        let inside = f.dropFirst()
        return (TaskExtractor.leadLabels + TaskExtractor.partnerLabels).contains { inside.hasPrefix($0 + ":") }
    }

    /// A row of a table: cells split by tabs, or lined up with runs of spaces (padding that can make every row as wide
    /// as a page's line).
    static func isTableRow(_ line: String) -> Bool {
        line.contains("\t") || TaskTable.hasCellSeparators(line) && TaskTable.cells(line).count >= 3
    }

    /// A line that may continue the one above: text, not a new numbered item, a table row or page chrome.
    static func continues(_ line: String, isNoise: Bool) -> Bool {
        guard !isNoise, !isTableRow(line) else { return false }
        let chars = Array(line)
        guard let numbered = Numbering.parse(original: chars, folded: TextCleaning.fold(chars)) else { return true }
        // "1.2万个" continues a sentence; "1.扩大普惠资源" opens an item.
        if case .decimal = numbered.style, numbered.rest.first.map(TextCleaning.isHan) == true { return true }
        return false
    }

    /// A document of whole paragraphs (not wrapped) may still have a sentence cut by a page break, as a PDF's text does:
    /// the page number, and the next page's running header, stand between its halves ("…，集团化办学覆盖率" / "- 1 -" /
    /// "某县教育局　　年度工作报告" / "达到82%。"). The halves are joined and the page's lines set aside after them. Only a
    /// clause cut in two (a sentence, with a clause behind a comma, stopped mid-clause) whose rest closes the sentence on
    /// the next page, and only with a page number between: a break at a comma leaves two whole clauses, each read as it
    /// stands, and a line that stops without a comma is a heading or a page's line.
    static func joinAcrossPageBreaks(_ lines: [String], kinds: [NoiseKind?]) -> [String] {
        let repeated = repeatedLines(lines)
        var out: [String] = []
        var i = 0
        while i < lines.count {
            var line = lines[i]
            var next = i + 1
            var skipped: [String] = []
            let folded = TextCleaning.fold(line)
            if kinds[i] == nil, !isTableRow(line), !isNumberedHeading(line), let last = folded.last, !closing.contains(last),
               last != ",", last != "、", folded.contains(",") {
                while next < lines.count, kinds[next] == .pageNumber || !skipped.isEmpty && repeated.contains(lines[next]) {
                    skipped.append(lines[next]); next += 1
                }
                if !skipped.isEmpty, next < lines.count, continues(lines[next], isNoise: kinds[next] != nil),
                   let end = TextCleaning.fold(lines[next]).last, closing.contains(end) {
                    line += lines[next]
                    next += 1
                } else {
                    skipped = []
                    next = i + 1
                }
            }
            out.append(line)
            out += skipped
            i = next
        }
        return out
    }

    /// A line that leaves a bracket open ("…（责任股室：").
    static func opensBracket(_ line: String) -> Bool {
        let f = TextCleaning.fold(line)
        return f.filter({ $0 == "(" }).count > f.filter({ $0 == ")" }).count
    }

    static func unwrap(_ lines: [String]) -> [String] {
        let kinds = lines.map { NoiseFilter.classify(TextCleaning.fold($0)) }
        let isNoise = kinds.map { $0 != nil }
        // A screenshot's status and title bars between two screens of text, as a page number between two pages.
        let isScreenBar = lines.map { NoiseFilter.isScreenBar(TextCleaning.fold($0)) }
        guard let wrap = wrapWidth(lines, isNoise: isNoise, screens: isScreenBar.contains(true)) else {
            return joinAcrossPageBreaks(lines, kinds: kinds)
        }
        let margin = max(4, wrap / 8)
        /// A line the page cut: it reaches the page's width and does not close its sentence.
        // A list of other articles under its heading ("本栏目热点"): titles, each whole on its line, however wide.
        var listed = Set<Int>()
        var inList = false
        for (i, line) in lines.enumerated() {
            let f = TextCleaning.fold(line)
            if NoiseFilter.isRelatedHeader(f) { inList = true; continue }
            inList = inList && NoiseFilter.isRelatedItem(f)
            if inList { listed.insert(i) }
        }
        let repeated = repeatedLines(lines)
        func isCut(_ i: Int) -> Bool {
            // A row of a menu or a site's bar ("智慧教育平台 ｜ 教师研修平台 ｜ …") is never a cut sentence, nor a line
            // the page prints again and again.
            guard !isNoise[i], !isTableRow(lines[i]), !isNumberedHeading(lines[i]), !listed.contains(i), !repeated.contains(lines[i]),
                  lines[i].filter({ NoiseFilter.menuBars.contains($0) }).count < 2,
                  let last = TextCleaning.fold(lines[i]).last, !closing.contains(last) || last == ":" && opensBracket(lines[i]) else {
                return false
            }
            // A comma at the end of a line says the sentence goes on, however short the line ("（二）推动…发展，"); a wide
            // line with a clause behind a comma inside is a sentence stopped short too, however much the page's
            // digits and brackets narrowed it ("本学期，我园以《3-6岁…指南》为引领，…扎实推进").
            let folded = TextCleaning.fold(lines[i])
            // "…不少于45名。（责任股室：" / "人事股）": a bracket left open goes on below.
            if last == ":" { return width(lines[i]) >= wrap - margin }
            return width(lines[i]) >= wrap - margin || last == "," || last == "、"
                || width(lines[i]) * 4 >= wrap * 3 && folded.dropLast().contains(",")
        }
        let isPageNumber = kinds.map { $0 == .pageNumber }
        func continues(_ i: Int) -> Bool { Self.continues(lines[i], isNoise: isNoise[i]) }
        var out: [String] = []
        var i = 0
        while i < lines.count {
            var line = lines[i]
            var j = i
            // A page number between the two halves of a sentence is set aside (it is dropped later) and the halves joined.
            var setAside: [String] = []
            while isCut(j), j + 1 < lines.count {
                var next = j + 1
                var skipped: [String] = []
                while next < lines.count, isPageNumber[next] || isScreenBar[next] { skipped.append(lines[next]); next += 1 }
                guard next < lines.count, continues(next) else { break }
                setAside += skipped
                j = next
                // Latin words cut at the line end get their space back; Chinese text has none to restore.
                if let a = line.last, let b = lines[j].first, a.isASCII && a.isLetter && b.isASCII && b.isLetter { line += " " }
                line += lines[j]
            }
            // An owner bracket the PDF set on the next line closes the item above it.
            if j + 1 < lines.count, !isNoise[j + 1], isOwnerBracket(lines[j + 1]), TextCleaning.fold(line).last == "。" {
                j += 1
                line += lines[j]
            }
            out.append(line)
            out += setAside
            i = j + 1
        }
        // A sentence the page break cut at less than the page's width (its last line on the page) is joined as in a
        // document of whole paragraphs.
        return joinAcrossPageBreaks(out, kinds: out.map { NoiseFilter.classify(TextCleaning.fold($0)) })
    }

    // MARK: Headings broken over two lines

    /// A numbered heading the page or the scan broke in two ("（一）扩大普惠性学前教育" / "资源供给" / "1.新建…"): a short
    /// line of bare words, without a number or any punctuation, between a numbered heading that holds no sentence and
    /// the next numbered line is the rest of that heading, not a paragraph of its section (a section's text says
    /// something, with punctuation; a heading has none). The two are joined, nothing added or left out.
    static func joinBrokenHeadings(_ lines: [Line]) -> [Line] {
        var out: [Line] = []
        var i = 0
        while i < lines.count {
            if i + 2 < lines.count, isOpenHeading(lines[i]), isHeadingTail(lines[i + 1]), lines[i + 2].numbered != nil {
                out.append(Line(raw: lines[i].raw + lines[i + 1].raw, text: lines[i].text + lines[i + 1].text))
                i += 2
                continue
            }
            out.append(lines[i])
            i += 1
        }
        return out
    }

    /// A numbered line with a heading and nothing of a sentence: no punctuation at all after its number.
    static func isOpenHeading(_ line: Line) -> Bool {
        guard let n = line.numbered, !n.rest.isEmpty, !Schedule.isScheduleLine(line.text) else { return false }
        return TextCleaning.fold(n.rest).allSatisfy { TextCleaning.isHan($0) || "“”\"".contains($0) }
    }

    /// Two to eight Chinese characters alone on a line, with no number, that head nothing of their own (a month over
    /// its items, "九月份", or a box's title is a heading in its own right).
    static func isHeadingTail(_ line: Line) -> Bool {
        (2...8).contains(line.folded.count) && line.folded.allSatisfy(TextCleaning.isHan) && line.numbered == nil
            && Numbering.parseMissingDot(original: line.chars, folded: line.folded) == nil
            && Schedule.heading(line.text) == nil && !OutlineBuilder.isBoxTitle(line.text)
    }

    // MARK: Tables pasted one cell per line

    enum Column: Equatable {
        case sequence, name, unit, figure, attribute, owner, due
    }

    /// What a header cell names, or nil when the line is not a header cell.
    static func column(_ line: String) -> Column? {
        let f = TextCleaning.fold(line).filter { $0 != " " }
        guard !f.isEmpty, f.count <= 12 else { return nil }
        if ["序号", "编号"].contains(f) { return .sequence }
        if ["指标", "指标名称", "主要指标", "具体指标", "重点任务", "主要任务", "工作任务", "具体任务", "任务", "工作内容", "任务内容", "具体措施", "工作措施"].contains(f) {
            return .name
        }
        if ["单位", "计量单位"].contains(f) { return .unit }
        if ["属性", "指标属性", "性质", "指标性质"].contains(f) { return .attribute }
        if ["牵头单位", "牵头部门", "责任单位", "责任部门", "配合单位", "配合部门", "负责单位", "主责单位", "参与单位", "协办单位", "牵头处室", "牵头科室"].contains(f) {
            return .owner
        }
        if ["完成时限", "完成时间", "时间节点", "完成期限", "时限"].contains(f) { return .due }
        if ["基期值", "目标值", "现状值", "规划目标", "基数", "目标"].contains(f) { return .figure }
        // 2020年, 2025年, 2025年目标, 2020年(基期), 2025
        let chars = Array(f)
        if chars.count >= 4, chars[0..<4].allSatisfy(TextCleaning.isDigit), let year = Int(String(chars[0..<4])), (1990...2100).contains(year) {
            let rest = chars.dropFirst(4)
            if rest.isEmpty || rest.first == "年" || rest.first == "(" { return .figure }
        }
        return nil
    }

    static let attributes: Set<String> = ["预期性", "约束性", "预期", "约束", "-", "—", "——", "/"]

    /// Whether a line can be the cell of a column in a row.
    static func fits(_ line: String, _ kind: Column) -> Bool {
        let f = TextCleaning.fold(line)
        guard !line.contains("\t") else { return false }
        // A task may be a sentence; every other cell is short and holds none.
        if kind != .name, f.contains("。") { return false }
        switch kind {
        case .sequence: return (1...3).contains(f.count) && f.allSatisfy(TextCleaning.isDigit)
        case .name: return f.contains(where: TextCleaning.isHan) && f.count <= 200 && !isValue(f) && column(line) == nil
        case .unit: return (1...6).contains(f.count) && !f.contains(where: TextCleaning.isDigit)
        case .figure: return isValue(f)
        case .attribute: return attributes.contains(f)
        case .owner: return (2...80).contains(f.count) && f.contains(where: TextCleaning.isHan) && column(line) == nil
        case .due: return (2...24).contains(f.count) && (f.contains(where: TextCleaning.isDigit) || ["长期", "持续", "每年", "常态"].contains { f.contains($0) })
        }
    }

    /// A cell that states an amount: 90, 95以上, ≥97%, 11.4年, 1-2, 或 "—" for none.
    static func isValue(_ f: String) -> Bool {
        guard f.count <= 14 else { return false }
        if ["-", "—", "——", "--", "/", "无", "—/—"].contains(f) { return true }
        guard f.contains(where: TextCleaning.isDigit) else { return false }
        // A number with a few characters of unit or qualifier, not a sentence with a number in it.
        return f.filter(TextCleaning.isHan).count <= 4
    }

    static func rebuildCellTables(_ lines: [String]) -> [String] {
        var out: [String] = []
        var i = 0
        while i < lines.count {
            // A header: three or more header cells in a row, one naming the items, one their figures, owners or dates.
            var columns: [Column] = []
            var j = i
            while j < lines.count, !lines[j].contains("\t"), let c = column(lines[j]) { columns.append(c); j += 1 }
            let named = columns.filter { $0 == .name }.count == 1
            let hasData = columns.contains(.figure) || columns.contains(.owner) || columns.contains(.due)
            guard columns.count >= 3, named, hasData else {
                out.append(lines[i])
                i += 1
                continue
            }
            var rows: [String] = [lines[i..<j].joined(separator: "\t")]
            var k = j
            func row(at start: Int) -> Bool {
                start + columns.count <= lines.count && columns.indices.allSatisfy { fits(lines[start + $0], columns[$0]) }
            }
            while k < lines.count {
                if row(at: k) {
                    rows.append(lines[k..<(k + columns.count)].joined(separator: "\t"))
                    k += columns.count
                } else if IndicatorTable.isCategory(lines[k]), column(lines[k]) == nil, row(at: k + 1) {
                    // A category row (一、普及水平): one cell of its own, followed by rows.
                    rows.append(lines[k])
                    k += 1
                } else {
                    break
                }
            }
            // A header without a single row was a run of short lines, not a table.
            guard rows.count >= 2, k > j else {
                out.append(lines[i])
                i += 1
                continue
            }
            out += rows
            i = k
        }
        return out
    }
}
