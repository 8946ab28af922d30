import Testing
@testable import Review

struct DisplayWidthTests {
    @Test func hanAndFullWidthPunctuationTakeTwoColumns() {
        #expect(DisplayWidth.of("学") == 2)
        #expect(DisplayWidth.of("，") == 2)
        #expect(DisplayWidth.of("（") == 2)
        #expect(DisplayWidth.of("a") == 1)
        #expect(DisplayWidth.of("学前教育97%") == 11)
        #expect(DisplayWidth.of("e\u{301}") == 1)
    }

    @Test func truncationNeverHalvesAWideCharacter() {
        #expect(DisplayWidth.truncate("学前三年毛入园率", to: 7) == "学前三…")
        #expect(DisplayWidth.of(DisplayWidth.truncate("学前三年毛入园率", to: 6)) <= 6)
        #expect(DisplayWidth.pad("学前", to: 5) == "学前 ")
        #expect(DisplayWidth.pad("学前三年", to: 5) == "学前…")
        #expect(DisplayWidth.of(DisplayWidth.pad("学前三年", to: 5)) == 5)
    }

    @Test func wrappingBreaksBetweenCharactersWithinTheWidth() {
        let lines = DisplayWidth.wrap("到2025年,全市学前三年毛入园率达97%以上", columns: 9)
        #expect(lines == ["到2025年,", "全市学前", "三年毛入", "园率达97%", "以上"])
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 9 })
        #expect(lines.joined() == "到2025年,全市学前三年毛入园率达97%以上")
    }

    @Test func styledLinesFitExactlyAndKeepTheirStyles() {
        let line = StyledLine([Span("普惠性"), Span("96", .removed), Span("98", .added), Span("%以上")])
        let fitted = line.fitted(8)
        #expect(fitted.width == 8)
        #expect(fitted.text == "普惠性9…")
        let wrapped = line.wrapped(columns: 6)
        #expect(wrapped.map(\.text) == ["普惠性", "9698%", "以上"])
        #expect(wrapped[1].spans == [Span("96", .removed), Span("98", .added), Span("%", .normal)])
        #expect(line.plain().text == "普惠性[-96-]{+98+}%以上")
        #expect(line.encoded(colour: true).contains("\u{1B}[31;9m96\u{1B}[0m"))
        #expect(line.encoded(colour: false) == "普惠性9698%以上")
    }
}
