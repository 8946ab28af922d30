import Foundation
import Testing

/// `tributary review` in a real pseudo-terminal (tmux): two replicas of one county disagree on a paragraph and on an
/// indicator; the reviewer resolves both by key presses; both conflicts are closed on both replicas afterwards.
struct ReviewTUITests {
    static let tmuxPath: String? = ["/usr/bin/tmux", "/usr/local/bin/tmux", "/bin/tmux"].first {
        FileManager.default.isExecutableFile(atPath: $0)
    }

    static let base = "到2025年,全市学前三年毛入园率达97%以上,普惠性幼儿园覆盖率达96%以上,公办园在园幼儿占比保持在52%以上。"

    /// A tmux server of our own (its own socket), driven by send-keys and read by capture-pane.
    final class Terminal {
        let tmux: String
        let socket = "tributary-review-" + UUID().uuidString.prefix(8).lowercased()
        init(tmux: String) { self.tmux = tmux }

        @discardableResult
        func run(_ args: [String], environment: [String: String] = [:]) throws -> ProcessResult {
            try EndToEndTests.run(tmux, ["-L", socket, "-f", "/dev/null"] + args, environment: environment)
        }

        /// Starts the session with posix_spawn instead of `Process`: the spawning thread of a test process blocks
        /// most signals and that mask is inherited (a tmux server started with it ignores kill-server and its panes
        /// never see SIGWINCH), and the server would keep open every descriptor the test has (pipes that `run`
        /// reads to the end). So: an empty signal mask, default handlers, and a shell that closes descriptors above
        /// 2 before running tmux.
        func start(_ command: String, width: Int, height: Int) throws {
            let closeAll = #"for fd in $(ls /proc/$$/fd); do [ "$fd" -gt 2 ] && eval "exec $fd>&-"; done; exec "$0" "$@""#
            let argv = ["/bin/bash", "-c", closeAll, tmux, "-L", socket, "-f", "/dev/null", "new-session", "-d", "-s",
                        "review", "-x", "\(width)", "-y", "\(height)", command]
            var env = ProcessInfo.processInfo.environment
            for key in ["LANG", "LC_ALL", "LC_MESSAGES", "TRIBUTARY_DB", "NO_COLOR", "TMUX"] { env[key] = nil }
            var attributes = posix_spawnattr_t()
            posix_spawnattr_init(&attributes)
            defer { posix_spawnattr_destroy(&attributes) }
            var none = sigset_t()
            sigemptyset(&none)
            posix_spawnattr_setsigmask(&attributes, &none)
            var defaults = sigset_t()
            sigemptyset(&defaults)
            for signal in Int32(1)..<32 where signal != SIGKILL && signal != SIGSTOP { sigaddset(&defaults, signal) }
            posix_spawnattr_setsigdefault(&attributes, &defaults)
            posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
            var actions = posix_spawn_file_actions_t()
            posix_spawn_file_actions_init(&actions)
            defer { posix_spawn_file_actions_destroy(&actions) }
            posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
            posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
            posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
            let cArgs = argv.map { strdup($0) } + [nil]
            let cEnv = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
            defer { (cArgs + cEnv).forEach { free($0) } }
            var pid: pid_t = 0
            let status = posix_spawn(&pid, argv[0], &actions, &attributes, cArgs, cEnv)
            #expect(status == 0, "posix_spawn tmux: \(status)")
            var exitStatus: Int32 = 0
            waitpid(pid, &exitStatus, 0)
        }

        func screen() throws -> String { try run(["capture-pane", "-p", "-t", "review"]).stdout }

        func send(_ keys: String...) throws { try run(["send-keys", "-t", "review"] + keys) }

        /// Waits until the screen shows `text`; returns the screen (or fails the test with it).
        @discardableResult
        func waitFor(_ text: String, seconds: Double = 20) throws -> String {
            let deadline = Date().addingTimeInterval(seconds)
            var last = ""
            while Date() < deadline {
                last = try screen()
                if last.contains(text) { return last }
                Thread.sleep(forTimeInterval: 0.1)
            }
            Issue.record("screen never showed \(text):\n\(last)")
            throw CancellationError()
        }

        func stop() { _ = try? run(["kill-server"]) }
    }

    /// Two laptops of one county office share a plan, edit its paragraph and its indicator offline, then exchange
    /// their changes: two conflicts on both replicas.
    static func disagree(in dir: TempFolder) throws -> (a: String, b: String, plan: String, section: String, indicator: String) {
        let a = dir.file("a.db"), b = dir.file("b.db")
        func t(_ db: String, _ args: String...) throws -> String {
            let result = try run(Binaries.client, args + ["--db", db])
            #expect(result.status == 0, "\(args): \(result.stderr)")
            return result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        _ = try t(a, "init", "--office", "zhaozhou", "--name", "肇州县教育局", "--parent", "daqing", "--user", "李明")
        _ = try t(b, "init", "--office", "zhaozhou", "--name", "肇州县教育局", "--parent", "daqing", "--user", "王芳")
        let plan = try t(a, "plan", "create", "--title", "肇州县2025年教育工作计划", "--period", "2025")
        let section = try t(a, "add", "section", "--plan", plan, "--heading", "学前教育", "--body", base)
        let indicator = try t(a, "add", "indicator", "--plan", plan, "--section", section, "--name", "学前三年毛入园率",
                              "--comparator", "ge", "--value", "97", "--unit", "%", "--year", "2025")
        _ = try t(b, "exchange", a)
        _ = try t(a, "set", section, "body", base.replacingOccurrences(of: "97%", with: "98%"))
        _ = try t(b, "set", section, "body", base.replacingOccurrences(of: "52%", with: "55%"))
        _ = try t(a, "set", indicator, "value", "98")
        _ = try t(b, "set", indicator, "value", "99")
        _ = try t(a, "exchange", b)
        _ = try t(b, "exchange", a)
        return (a, b, plan, section, indicator)
    }

    /// NO_COLOR: no colour codes at all, and the differences still visible as [-…-] {+…+}.
    @Test func withoutColourTheDifferencesAreMarkedInText() throws {
        guard let tmuxPath = Self.tmuxPath else {
            print("ReviewTUITests skipped: tmux is not installed (scripts/install-deps.sh installs it)")
            return
        }
        let dir = TempFolder()
        let (a, _, _, _, _) = try Self.disagree(in: dir)
        let terminal = Terminal(tmux: tmuxPath)
        defer { terminal.stop() }
        try terminal.start("NO_COLOR=1 '\(Binaries.client)' review --db '\(a)'; echo REVIEW-EXIT=$?; sleep 60", width: 100, height: 30)
        try terminal.waitFor("冲突审阅")
        if !(try terminal.screen().contains("段落冲突")) { try terminal.send("j") }
        let screen = try terminal.waitFor("段落冲突")
        #expect(screen.contains("5[-2-]{+5+}%") && screen.contains("9[-7-]{+8+}%"))
        let withCodes = try terminal.run(["capture-pane", "-p", "-e", "-t", "review"]).stdout
        #expect(!withCodes.contains("\u{1B}[31") && !withCodes.contains("\u{1B}[32") && !withCodes.contains("\u{1B}[7m"))
        // Nothing decided: q leaves at once and writes nothing.
        try terminal.send("q")
        #expect(try terminal.waitFor("REVIEW-EXIT=0").contains("已写入 0 个决定；剩余未决冲突 2 个"))
    }

    @Test func resolveAParagraphAndAnIndicatorByKeyPresses() throws {
        guard let tmuxPath = Self.tmuxPath else {
            print("ReviewTUITests skipped: tmux is not installed (scripts/install-deps.sh installs it)")
            return
        }
        let dir = TempFolder()
        let (a, b, plan, section, indicator) = try Self.disagree(in: dir)
        func t(_ db: String, _ args: String...) throws -> String {
            let result = try run(Binaries.client, args + ["--db", db])
            #expect(result.status == 0, "\(args): \(result.stderr)")
            return result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        let listed = try JSONSerialization.jsonObject(with: Data(try t(a, "conflicts", "--json").utf8)) as? [[String: Any]] ?? []
        #expect(listed.count == 2)
        #expect(try t(a, "conflicts", "--json") == (try t(b, "conflicts", "--json")))
        let indicatorConflict = try #require(listed.first { $0["field"] as? String == "value" })
        let loserValue = try #require((indicatorConflict["contenders"] as? [[String: Any]])?.last?["value"] as? String)

        let terminal = Terminal(tmux: tmuxPath)
        defer { terminal.stop() }
        try terminal.start("'\(Binaries.client)' review --db '\(a)'; echo REVIEW-EXIT=$?; sleep 60", width: 100, height: 30)
        #expect(try terminal.waitFor("冲突审阅 · 共 2 个").contains("指标 学前三年毛入园率"))
        // The queue is in the order `conflicts --json` lists (by entity id, so either may come first).
        for (step, conflict) in listed.enumerated() {
            if conflict["field"] as? String == "body" {
                // The paragraph view offers the merge of the two clause edits.
                let screen = try terminal.waitFor("段落冲突")
                #expect(screen.contains("两边改的是不同分句"))
                try terminal.send("m")
                try terminal.waitFor("[m] 段落")
            } else {
                // The indicator view: old → new, with the unit on both sides.
                let screen = try terminal.waitFor("指标冲突")
                #expect(screen.contains("≥ 97% → ≥ 99%") && screen.contains("≥ 97% → ≥ 98%"))
                try terminal.send("l")
                try terminal.waitFor("[l] 指标")
            }
            if step == 0 {
                // The screen follows a resize and stays usable at 80×24: the whole footer is redrawn to fit.
                try terminal.run(["resize-window", "-t", "review", "-x", "80", "-y", "24"])
                let small = try terminal.waitFor("w 保留胜者 l 用另一方")
                #expect(small.split(separator: "\n", omittingEmptySubsequences: false).count <= 25)
                #expect(small.contains("q 退出"))
            }
        }
        try terminal.send("q")
        try terminal.waitFor("写入 2 个决定后退出")
        try terminal.send("y")
        let done = try terminal.waitFor("REVIEW-EXIT=0")
        #expect(done.contains("已写入 2 个决定；剩余未决冲突 0 个"))

        // Closed here, and on the other replica once it has the resolutions.
        #expect(try t(a, "conflicts", "--json").filter { !$0.isWhitespace } == "[]")
        _ = try t(b, "exchange", a)
        #expect(try t(b, "conflicts", "--json").filter { !$0.isWhitespace } == "[]")
        let shown = try t(b, "show", plan, "--no-ids")
        #expect(shown.contains("到2025年,全市学前三年毛入园率达98%以上,普惠性幼儿园覆盖率达96%以上,公办园在园幼儿占比保持在55%以上。"))
        #expect(shown.contains("学前三年毛入园率 ≥ \(loserValue)%"))
        // The history says who resolved what, and how.
        let history = try t(b, "history", indicator, "value", "--json")
        let changes = try JSONSerialization.jsonObject(with: Data(history.utf8)) as? [[String: Any]] ?? []
        #expect(changes.last?["resolution"] as? String == "takeLoser")
        #expect(changes.last?["author"] as? String == "李明")
        let bodyHistory = try JSONSerialization.jsonObject(with: Data(try t(b, "history", section, "body", "--json").utf8)) as? [[String: Any]] ?? []
        #expect(bodyHistory.last?["resolution"] as? String == "merged")
    }
}
