import Testing
@testable import Review

/// Line breaking by display width and the Chinese rules: no closing mark starts a line, no opening mark ends one,
/// numbers stay whole, paragraph breaks are kept.
struct LineBreakingTests {
    /// The lines as strings (indentation left out).
    func wrap(_ text: String, _ columns: Int, indent: Int = 0) -> [String] {
        let characters = Array(text)
        return LineBreaking.lines(characters, columns: columns, indent: indent).map { String(characters[$0.range]) }
    }

    @Test(arguments: [
        // The character before a closing mark moves down with it.
        ("一二三四。五六", 8, ["一二三", "四。五六"]),
        // Two closing marks in a row (。”) are one unit.
        ("一二三。”四五", 6, ["一二", "三。”", "四五"]),
        // An opening mark moves down to the text it opens.
        ("一二「三四」", 6, ["一二", "「三", "四」"]),
        // Curly quotes are one column wide here (ambiguous width, as glibc and most terminals take it).
        ("一二“三四”", 5, ["一二", "“三", "四”"]),
        ("学前教育（普惠）", 10, ["学前教育", "（普惠）"]),
        // A number with its percent sign moves down whole, with the comma after it.
        ("一二三达到97%，五", 14, ["一二三达到", "97%，五"]),
        ("到2025年,全市学前三年毛入园率达97%以上", 9, ["到2025年,", "全市学前", "三年毛入", "园率达97%", "以上"]),
        // Half-width punctuation in mixed text follows the same rules.
        ("覆盖率达96.5%, 公办园", 12, ["覆盖率达", "96.5%, 公办", "园"]),
        // Nothing to fit: the width wins over the rules (a line never overflows).
        ("。。。。。。", 4, ["。。", "。。", "。。"]),
        // English breaks between words; the space at the break starts no line.
        ("ab cd ef", 5, ["ab cd", "ef"]),
        ("ab cdef", 5, ["ab ", "cdef"]),
        // Nor does dropping that space bring a closing mark to the start of a line.
        ("一二三 · 四", 7, ["一二", "三 · 四"]),
        // A long run of ASCII is broken where it must.
        ("abcdefghijklmnopqrstuvwxyz", 10, ["abcdefghij", "klmnopqrst", "uvwxyz"]),
    ])
    func breaks(text: String, columns: Int, expected: [String]) {
        #expect(wrap(text, columns) == expected)
    }

    @Test func continuationLinesLeaveTheIndentFree() {
        let lines = LineBreaking.lines(Array("一二三四五六七八。九十"), columns: 10, indent: 4)
        #expect(lines.map(\.indented) == [false, true, true, true])
        #expect(wrap("一二三四五六七八。九十", 10, indent: 4) == ["一二三四五", "六七", "八。九", "十"])
        let text = Array("一二三四五六七八。九十")
        for line in lines {
            #expect(text[line.range].reduce(0) { $0 + DisplayWidth.of($1) } + (line.indented ? 4 : 0) <= 10)
            if line.range.lowerBound > 0 { #expect(!LineBreaking.closing.contains(text[line.range.lowerBound])) }
        }
    }

    @Test func lineBreaksEndParagraphs() {
        let text = Array("第一段。\n第二段。\u{2029}第三段")
        let lines = LineBreaking.lines(text, columns: 40)
        #expect(lines.map { String(text[$0.range]) } == ["第一段。", "第二段。", "第三段"])
        #expect(lines.map(\.startsParagraph) == [false, true, true])
        #expect(DisplayWidth.wrap("甲\n\n乙", columns: 10) == ["甲", "", "乙"])
        #expect(DisplayWidth.wrap("甲\r\n乙", columns: 10) == ["甲", "乙"])
    }

    @Test func styledParagraphsAreSeparatedByOneBlankLine() {
        let wrapped = StyledLine("第一段，较长的一句话。\n\n\n第二段。").wrapped(columns: 12, indent: 2)
        #expect(wrapped.map(\.text) == ["第一段，较长", "  的一句话。", "", "  第二段。"])
        // A block that starts with a break does not start with a blank line.
        #expect((StyledLine("  ") + StyledLine("\n正文")).wrapped(columns: 12, indent: 2).map(\.text) == ["  正文"])
        #expect(StyledLine("\n").wrapped(columns: 12).map(\.text) == [""])
    }

    @Test func aBreakThatADifferenceAddsOrRemovesIsMarked() {
        let line = StyledLine([Span("甲。"), Span("\n", .added), Span("乙。")])
        #expect(line.wrapped(columns: 20).map(\.text) == ["甲。↵", "", "乙。"])
        #expect(line.plain().wrapped(columns: 20).map(\.text) == ["甲。{+↵", "", "+}乙。"])
        #expect(line.wrapped(columns: 20)[0].spans.last == Span("↵", .added))
    }

    /// Random Chinese prose with punctuation, numbers and paragraph breaks, at random widths: no line is wider than
    /// the width, no line but a paragraph's first starts with a closing mark, no line followed by more of its
    /// paragraph ends with an opening mark, and the lines give back the text.
    @Test func randomProseKeepsTheRulesAndTheText() {
        var random = SplitMix(seed: 20261118)
        let han = Array("学前教育普惠性幼儿园覆盖率达到以上公办在园占比保持全市三年毛入县域义务一体化发展城乡")
        let closers = Array("，。、；：？！）》」』】…”’%")
        let afterClose = Array("”’）」』》】")
        let openers = Array("（《「『【“‘")
        let words = ["2025", "97", "52.5", "2026-11-18", "B", "abc"]
        for _ in 0..<400 {
            var text: [Character] = [han[random.next(han.count)]]
            var lastClosed = false
            for _ in 0..<random.next(160) {
                let r = random.next(100)
                if r < 55 {
                    text.append(han[random.next(han.count)]); lastClosed = false
                } else if r < 65 {
                    text += Array(words[random.next(words.count)]); lastClosed = false
                } else if r < 82 {
                    if lastClosed { continue }
                    text.append(closers[random.next(closers.count)])
                    if random.next(3) == 0 { text.append(afterClose[random.next(afterClose.count)]) }
                    lastClosed = true
                } else if r < 86 {
                    text += [" ", han[random.next(han.count)]]; lastClosed = false
                } else if r < 94 {
                    text += [openers[random.next(openers.count)], han[random.next(han.count)]]; lastClosed = false
                } else {
                    text += ["\n", han[random.next(han.count)]]; lastClosed = false
                }
            }
            let indent = random.next(5)
            let columns = indent + 8 + random.next(40)
            let lines = LineBreaking.lines(text, columns: columns, indent: indent)
            var rebuilt: [Character] = []
            for (n, line) in lines.enumerated() {
                let shown = text[line.range]
                let width = shown.reduce(0) { $0 + DisplayWidth.of($1) } + (line.indented ? indent : 0)
                #expect(width <= columns, "\(String(text)) at \(columns)/\(indent): \(String(shown))")
                if n > 0, !line.startsParagraph, let first = shown.first {
                    #expect(!LineBreaking.closing.contains(first), "\(String(text)) at \(columns): \(String(shown))")
                }
                if n + 1 < lines.count, !lines[n + 1].startsParagraph, let last = shown.last {
                    #expect(!LineBreaking.opening.contains(last), "\(String(text)) at \(columns): \(String(shown))")
                }
                if line.startsParagraph { rebuilt.append("\n") }
                rebuilt += shown
            }
            // Every character is on a line, but for the line breaks and the spaces where lines break.
            #expect(rebuilt.filter { $0 != " " } == text.filter { $0 != " " })
            #expect(rebuilt.count >= text.count - lines.count)
            // The styled wrapping shows the same characters, within the width.
            let styled = StyledLine(String(text)).wrapped(columns: columns, indent: indent)
            #expect(styled.allSatisfy { $0.width <= columns })
            #expect(styled.map { $0.text.filter { $0 != " " } }.joined() == String(text.filter { $0 != "\n" && $0 != " " }))
        }
    }
}

/// A small deterministic generator, so a failing case can be replayed.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next(_ bound: Int) -> Int {
        guard bound > 0 else { return 0 }
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int((z ^ (z >> 31)) % UInt64(bound))
    }
}
