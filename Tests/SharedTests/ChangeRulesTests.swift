import Testing
@testable import Shared

/// What any change must be on its own: text that is kept exactly as sent (or refused), bounded lists, a sane stamp.
struct ChangeRulesTests {
    static let now: Int64 = 1_800_000_000_000

    func change(_ field: String = "body", _ value: String? = "正文", kind: EntityKind = .section, entity: String = "s1",
                author: String = "zhaozhou-editor", ms: Int64 = now, replaces: [Stamp] = []) -> Change {
        Change(stamp: Stamp(ms: ms, counter: 0, replica: "r1"), kind: kind, entity: entity, plan: "p1", office: "zhaozhou",
               field: field, value: value, replaces: replaces, author: author)
    }

    @Test func ordinaryTextPasses() {
        #expect(ChangeRules.shapeViolation(change()) == nil)
        #expect(ChangeRules.shapeViolation(change("body", "第一段。\n\n第二段\t（表）")) == nil)
        #expect(ChangeRules.shapeViolation(change("heading", "主要目标")) == nil)
    }

    @Test(arguments: ["ab\u{0}cd", "a\u{1B}[31mred", "line\r\nbreak", "bell\u{7}", "\u{7F}del"])
    func controlCharactersAreRefusedEverywhere(_ text: String) {
        #expect(ChangeRules.shapeViolation(change("body", text))?.english.contains("control character") == true)
        #expect(ChangeRules.shapeViolation(change("heading", text)) != nil)
        #expect(ChangeRules.shapeViolation(change(entity: text)) != nil)
        #expect(ChangeRules.shapeViolation(change(author: text)) != nil)
    }

    /// The control test goes by code point ranges: it must refuse exactly Unicode's category Cc (less newline and
    /// tab), over every scalar there is.
    @Test func theControlRangesAreExactlyCategoryCc() {
        var mismatches: [UInt32] = []
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let byCategory = scalar.properties.generalCategory == .control && scalar != "\n" && scalar != "\t"
            if TextRules.isForbiddenControl(scalar) != byCategory { mismatches.append(value) }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(10))")
        #expect(ChangeRules.shapeViolation(change("body", "C1\u{85}next"))?.english.contains("U+0085") == true)
    }

    @Test func nulIsNamedInTheReason() {
        let reason = ChangeRules.shapeViolation(change("body", "ab\u{0}cd"))
        #expect(reason?.english.contains("U+0000") == true)
        #expect(reason?.code == .invalidChange)
    }

    @Test(arguments: ["\u{202E}evil", "a\u{2066}b", "x\u{2028}y", "two\nlines"])
    func oneLineFieldsRefuseLayoutCharacters(_ text: String) {
        #expect(ChangeRules.shapeViolation(change("heading", text)) != nil)
        #expect(ChangeRules.shapeViolation(change(author: text)) != nil)
    }

    @Test func paragraphsMayHoldBidiMarksAndNewlines() {
        #expect(ChangeRules.shapeViolation(change("body", "阿拉伯文 \u{202E}引文\u{202C}\n下一行")) == nil)
    }

    @Test func stampsBeforeTheFloorAreRefused() {
        #expect(ChangeRules.shapeViolation(change(ms: 1_000))?.english.contains("before 2020") == true)
        #expect(ChangeRules.shapeViolation(change(ms: Limits.minStampMs)) == nil)
    }

    @Test func replacesAreBoundedAndDistinct() {
        let many = (0..<(Limits.maxReplaces + 1)).map { Stamp(ms: Self.now - 1, counter: Int32($0), replica: "r2") }
        #expect(ChangeRules.shapeViolation(change(replaces: many)) != nil)
        let one = Stamp(ms: Self.now - 1, counter: 0, replica: "r2")
        #expect(ChangeRules.shapeViolation(change(replaces: [one, one])) != nil)
        #expect(ChangeRules.shapeViolation(change(replaces: Array(many.prefix(Limits.maxReplaces)))) == nil)
    }
}
