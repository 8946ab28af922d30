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

    /// Conflicts that arrive while the screen is open join the queue; decisions on those still open are kept, the
    /// selection stays put, and the status line says what changed.
    @Test func aRefreshedQueueKeepsDecisionsAndSaysWhatArrived() {
        let all = Fixtures.items()
        var state = ReviewState(items: Array(all.prefix(2)), words: .chinese)
        _ = run([.char("w"), .char("j")], on: &state)
        #expect(state.stagedDecisions.map(\.conflict) == [all[0].id] && state.current?.id == all[1].id)
        state.refreshed(all)
        #expect(state.items.count == all.count && state.current?.id == all[1].id)
        #expect(state.stagedDecisions.map(\.conflict) == [all[0].id])
        #expect(state.message == "新到 \(all.count - 2) 个冲突")
        // Settled elsewhere: its staged decision goes with it.
        state.refreshed(Array(all.dropFirst()))
        #expect(state.stagedDecisions.isEmpty && state.current?.id == all[1].id)
        #expect(state.message == "1 个已在别处解决")
        let before = state.message
        state.refreshed(Array(all.dropFirst()))
        #expect(state.message == before, "an unchanged queue changes nothing")
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

    /// J (PgDn, space) moves the details a page of the pane less one line, K back; both stop at the ends.
    @Test func pagingMovesByThePaneAndStopsAtBothEnds() {
        var state = ReviewState(items: Fixtures.items(), words: .chinese)
        state.resize(Viewport(width: 80, height: 12, colour: false))
        let width = ReviewRender.columns(80).detail
        let all = ReviewRender.detailLines(state, width: width, colour: false)
        // 12 rows: 9 for the details, the last of them saying which lines show: 8 lines a page, 7 a step.
        let room = 8
        let last = all.count - room
        #expect(last > 14)
        _ = run([.char("J")], on: &state)
        #expect(state.scroll == room - 1)
        let shown = ReviewRender.detail(state, width: width, height: 9, colour: false)
        #expect(shown[0].text == all[room - 1].fitted(width).text)
        #expect(shown[8].text.contains("第 8-15 行，共 \(all.count) 行"))
        _ = run([.pageDown, .char(" ")], on: &state)
        #expect(state.scroll == min(3 * (room - 1), last))
        _ = run(Array(repeating: .char("J"), count: 10), on: &state)
        #expect(state.scroll == last)
        _ = run([.char("K")], on: &state)
        #expect(state.scroll == last - (room - 1))
        _ = run(Array(repeating: .pageUp, count: 10), on: &state)
        #expect(state.scroll == 0)
        _ = run([.char("K")], on: &state)
        #expect(state.scroll == 0)
        // On a taller screen everything fits: the position comes back to the top, and J stays there.
        _ = run([.char("J")], on: &state)
        state.resize(Viewport(width: 120, height: 60, colour: false))
        #expect(state.scroll == 0)
        _ = run([.char("J")], on: &state)
        #expect(state.scroll == 0)
    }

    /// The footer offers only the keys that do something for the conflict shown, named for what they do there.
    @Test func theFooterFitsTheConflictShown() {
        let items = Fixtures.items()
        let english = Fixtures.items(Words(english: true))
        let paragraph = ReviewRender.footer(.chinese, item: items[0]).text
        #expect(paragraph.contains("w 保留胜者") && paragraph.contains("l 用另一方") && paragraph.contains("m 建议合并")
                && paragraph.contains("e 编辑"))
        let field = ReviewRender.footer(.chinese, item: items[1]).text
        #expect(field.contains("w 保留胜者") && field.contains("e 编辑") && !field.contains("m "))
        let deletion = ReviewRender.footer(.chinese, item: items[2]).text
        #expect(deletion.hasPrefix("w 保留删除  l 恢复条目  s 跳过"))
        #expect(!deletion.contains("保留胜者") && !deletion.contains("m ") && !deletion.contains("e "))
        let deletionEN = ReviewRender.footer(Words(english: true), item: english[2]).text
        #expect(deletionEN.hasPrefix("w keep deleted  l restore  s skip"))
        let move = ReviewRender.footer(.chinese, item: items[3]).text
        #expect(move.contains("w 保留胜者") && !move.contains("e ") && !move.contains("m "))
    }

    @Test func theFooterAndTheHelpComeFromTheKeyTable() {
        let paragraph = Fixtures.items()[0]
        let footer = ReviewRender.footer(.chinese, item: paragraph).text
        for binding in KeyBindings.table where binding.inFooter { #expect(footer.contains(binding.label + " " + binding.short.zh)) }
        var state = ReviewState(items: Fixtures.items(), words: .chinese)
        _ = state.handle(.char("?"))
        let help = ReviewRender.render(state, width: 120, height: 40, colour: false).joined(separator: "\n")
        for binding in KeyBindings.table { #expect(help.contains(binding.long.zh)) }
    }
}
