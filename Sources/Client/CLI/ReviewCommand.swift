import ArgumentParser
import ClientCore
import Foundation
import Review
import Shared

/// `tributary review`: the full-screen conflict review. The loop here only moves keys into `ReviewState` and frames
/// out of `ReviewRender`; the effects the state asks for (run $EDITOR, write decisions) happen here.
struct ReviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: tr("全屏审阅冲突", "Review conflicts full screen"),
        discussion: tr("按 ? 查看按键。决定先暂存，按 a 或退出时确认后写入副本。",
                       "Press ? for the keys. Decisions are staged and written to the replica when you confirm (a, or on quit)."))

    @OptionGroup var replica: ReplicaOptions
    @OptionGroup var filters: ConflictFilterOptions

    func run() throws {
        let replica = try replica.open()
        let filter = try filters.filter(replica)
        guard TerminalSession.isInteractive else {
            throw CommandFailure(message: tr("review 需要在终端中运行；脚本请用 tributary conflicts list/show/resolve",
                                             "review needs a terminal; scripts can use tributary conflicts list/show/resolve"))
        }
        var loaded = try ConflictLoader.load(replica, filter: filter)
        if loaded.isEmpty { return print(tr("（没有未决冲突）", "(no open conflicts)")) }
        // Each item starts as its summary; the one on screen is presented in full (with its diffs) when it is reached.
        func items() -> [ReviewItem] { loaded.map { ReviewItem(record: $0.record, summary: ConflictLoader.summary($0)) } }
        func present(_ item: ReviewItem) -> ConflictPresentation {
            guard let conflict = loaded.first(where: { $0.record == item.record }) else { return item.view }
            return ConflictLoader.present(conflict)
        }
        var state = ReviewState(items: items(), words: ConflictLoader.words)
        let colour = TerminalSession.colourWanted
        var written = 0
        var hungUp = false
        do {
            let session = try TerminalSession()
            defer { session.leave() }
            var redraw = true
            var idleTicks = 0
            loop: while true {
                // Conflicts that arrive while the screen is open (a `sync --watch` beside it) join the queue: the
                // replica is looked at again every 2 s of idle time (10 key-read timeouts of 200 ms).
                idleTicks += 1
                if idleTicks >= 10, state.mode == .browsing {
                    idleTicks = 0
                    let fresh = try ConflictLoader.load(replica, filter: filter)
                    if Set(fresh.map { ConflictID.of($0.record) }) != Set(loaded.map { ConflictID.of($0.record) }) {
                        loaded = fresh
                        state.refreshed(items())
                        redraw = true
                    }
                }
                if session.takeResize() || redraw {
                    state.detailCurrent(present)
                    let size = session.size
                    state.resize(Viewport(width: size.width, height: size.height, colour: colour))
                    session.draw(ReviewRender.render(state, width: size.width, height: size.height, colour: colour))
                    redraw = false
                }
                guard let keys = session.readKeys(timeoutMs: 200) else {
                    hungUp = true
                    break loop
                }
                if !keys.isEmpty { idleTicks = 0 }
                for key in keys {
                    redraw = true
                    state.detailCurrent(present)
                    guard let effect = state.handle(key) else { continue }
                    switch effect {
                    case .quit:
                        break loop
                    case .openEditor(let conflict, let text):
                        let result = try session.edit(text)
                        state.edited(conflict: conflict, text: result.flatMap(EditBuffer.parse))
                    case .apply(let decisions, let thenQuit):
                        var failures: [String: String] = [:]
                        for decision in decisions {
                            guard let conflict = loaded.first(where: { ConflictID.of($0.record) == decision.conflict }) else { continue }
                            do {
                                try ConflictLoader.apply(decision, to: conflict, replica: replica)
                                written += 1
                            } catch let error as ReplicaError {
                                failures[decision.conflict] = say(error)
                            } catch let error as CommandFailure {
                                failures[decision.conflict] = error.message
                            }
                        }
                        loaded = try ConflictLoader.load(replica, filter: filter)
                        state.applied(remaining: items(), failures: failures)
                        if thenQuit && failures.isEmpty { break loop }
                    }
                }
            }
        }
        if hungUp {
            Console.error(tr("终端已断开；未确认的决定没有写入", "the terminal went away; unconfirmed decisions were not written"))
        }
        print(tr("已写入 \(written) 个决定；剩余未决冲突 \(loaded.count) 个", "Wrote \(written) decisions; \(loaded.count) conflicts still open"))
    }
}
