import Shared
import Testing
@testable import Review

/// Key sequences in, decisions out: the review screen's behaviour without a terminal.
struct ReviewStateTests {
    func run(_ keys: [Key], on state: inout ReviewState) -> [ReviewEffect] {
        keys.compactMap { state.handle($0) }
    }

    @Test func decidingEachConflictByKeyStagesDecisionsAndWritesThemOnConfirmedQuit() {
        var state = ReviewState(items: Fixtures.items(), words: .chinese)
        let effects = run([.char("m"), .char("l"), .char("w"), .char("l"), .char("q"), .char("y")], on: &state)
        let merged = "到2025年,全市学前三年毛入园率达98%以上,普惠性幼儿园覆盖率达96%以上,公办园在园幼儿占比保持在55%以上。"
        #expect(effects == [.apply([
            Decision(conflict: "s1000000.body", how: .merged, value: merged),
            Decision(conflict: "i1000000.value", how: .takeLoser, value: "98", loser: 1),
            Decision(conflict: "t1000000.deleted", how: .keepDelete, value: "true"),
            Decision(conflict: "s2000000.place", how: .takeLoser, value: "/t", loser: 1),
        ], thenQuit: true)])
    }

    @Test func undoPopsTheLastStagedDecisionAndReselectsIt() {
        var state = ReviewState(items: Fixtures.items(), words: .chinese)
        _ = run([.char("w"), .char("l")], on: &state)
        #expect(state.stagedDecisions.map(\.conflict) == ["s1000000.body", "i1000000.value"])
        #expect(state.current?.id == "t1000000.deleted")
        _ = run([.char("u")], on: &state)
        #expect(state.stagedDecisions.map(\.conflict) == ["s1000000.body"])
        #expect(state.current?.id == "i1000000.value")
        _ = run([.char("u"), .char("u")], on: &state)
        #expect(state.stagedDecisions.isEmpty)
        #expect(state.message == "没有可撤销的决定")
        // Nothing staged: quit leaves at once, writing nothing.
        #expect(run([.char("q")], on: &state) == [.quit])
    }

    @Test func skipMovesOnWithoutDecidingAndArrowsSelect() {
        var state = ReviewState(items: Fixtures.items(), words: .chinese)
        _ = run([.char("s"), .char("s")], on: &state)
        #expect(state.current?.id == "t1000000.deleted")
        #expect(state.decisions.isEmpty && state.skipped == ["s1000000.body", "i1000000.value"])
        _ = run([.up, .up, .up, .down], on: &state)
        #expect(state.current?.id == "i1000000.value")
        _ = run([.char("j"), .char("k")], on: &state)
        #expect(state.current?.id == "i1000000.value")
    }

    @Test func aDeleteConflictIsKeptOrRestoredAndCannotBeEdited() {
        var state = ReviewState(items: Fixtures.items(), words: .chinese)
        _ = run([.down, .down], on: &state)
        #expect(run([.char("e")], on: &state).isEmpty)
        #expect(state.message == "此类冲突不能编辑，请选择 w 或 l")
        _ = run([.char("l")], on: &state)
        #expect(state.decisions["t1000000.deleted"] == Decision(conflict: "t1000000.deleted", how: .restore, value: "false"))
    }

    @Test func mergeIsRefusedWhereNoneIsSuggestedAndAMissingLoserIsRefused() {
        var state = ReviewState(items: Fixtures.items(), words: .chinese)
        _ = run([.down, .char("m"), .char("3")], on: &state)
        #expect(state.decisions.isEmpty)
        #expect(state.message == "没有第 3 个另一方")
        _ = run([.char("2")], on: &state)
        #expect(state.message == "没有第 2 个另一方")
    }

    @Test func editOpensTheEditorOnTheMergeAndTheEditedTextBecomesTheDecision() throws {
        var state = ReviewState(items: Fixtures.items(), words: .chinese)
        let effects = run([.char("e")], on: &state)
        guard case .openEditor(let id, let text)? = effects.first else { Issue.record("no editor"); return }
        #expect(id == "s1000000.body")
        #expect(EditBuffer.parse(text) == Fixtures.items()[0].view.suggestion)
        state.edited(conflict: id, text: "到2025年,全市学前三年毛入园率达98%以上。")
        #expect(state.decisions[id] == Decision(conflict: id, how: .merged, value: "到2025年,全市学前三年毛入园率达98%以上。"))
        // An edit that leaves the winner's text is recorded as keeping the winner.
        _ = run([.up], on: &state)
        state.edited(conflict: id, text: Fixtures.paragraph.winner.value)
        #expect(state.decisions[id]?.how == .keepWinner)
        state.edited(conflict: "i1000000.value", text: "97.5.1")
        #expect(state.decisions["i1000000.value"] == nil)
        #expect(state.message?.hasPrefix("值无效") == true)
    }

    @Test func writingAsksFirstAndFailuresStayStaged() {
        var state = ReviewState(items: Fixtures.items(), words: .chinese)
        _ = run([.char("a")], on: &state)
        #expect(state.mode == .browsing && state.message == "还没有决定可写入")
        _ = run([.char("w"), .char("w"), .char("a")], on: &state)
        #expect(state.mode == .confirmApply(quitAfter: false))
        #expect(run([.escape], on: &state).isEmpty && state.mode == .browsing)
        let effects = run([.char("a"), .char("y")], on: &state)
        #expect(effects == [.apply(state.stagedDecisions, thenQuit: false)])
        let remaining = Array(Fixtures.items().dropFirst())
        state.applied(remaining: remaining, failures: ["i1000000.value": "冲突已不存在"])
        #expect(state.items.count == 3)
        #expect(state.stagedDecisions.map(\.conflict) == ["i1000000.value"])
        #expect(state.message == "部分未能写入：i1000000.value 冲突已不存在")
    }

    @Test func helpOpensWithQuestionMarkAndAnyKeyClosesIt() {
        var state = ReviewState(items: Fixtures.items(), words: .chinese)
        _ = run([.char("?")], on: &state)
        #expect(state.mode == .help)
        #expect(run([.char("w")], on: &state).isEmpty)
        #expect(state.mode == .browsing && state.decisions.isEmpty)
    }

    @Test func keyBytesDecodeIncludingEscapeSequencesAndChinese() {
        let bytes: [UInt8] = [0x1B, 0x5B, 0x41, 0x1B, 0x5B, 0x42, 0x1B, 0x5B, 0x36, 0x7E, 0x6D, 0x0D, 0x03] + Array("是".utf8)
        #expect(KeyDecoder.decode(bytes).keys == [.up, .down, .pageDown, .char("m"), .enter, .ctrl("c"), .char("是")])
        let partial = KeyDecoder.decode([0x71, 0x1B, 0x5B])
        #expect(partial.keys == [.char("q")] && partial.rest == [0x1B, 0x5B])
        #expect(KeyDecoder.decode([0x1B, 0x4F, 0x42]).keys == [.down])
        #expect(KeyDecoder.decode(Array("学".utf8.prefix(2))).rest.count == 2)
    }

    @Test func theFooterAndTheHelpComeFromTheKeyTable() {
        let footer = ReviewRender.footer(.chinese).text
        for binding in KeyBindings.table where binding.inFooter { #expect(footer.contains(binding.label + " " + binding.short.zh)) }
        var state = ReviewState(items: Fixtures.items(), words: .chinese)
        _ = state.handle(.char("?"))
        let help = ReviewRender.render(state, width: 120, height: 40, colour: false).joined(separator: "\n")
        for binding in KeyBindings.table { #expect(help.contains(binding.long.zh)) }
    }
}
