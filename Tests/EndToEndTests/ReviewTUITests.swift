import Foundation
import Review
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

        /// Waits until `ready` holds for the screen; returns the screen (or fails the test with it).
        @discardableResult
        func waitUntil(_ what: String, seconds: Double = 20, _ ready: (String) -> Bool) throws -> String {
            let deadline = Date().addingTimeInterval(seconds)
            var last = ""
            while Date() < deadline {
                last = try screen()
                if ready(last) { return last }
                Thread.sleep(forTimeInterval: 0.1)
            }
            Issue.record("screen never showed \(what):\n\(last)")
            throw CancellationError()
        }

        func stop() { _ = try? run(["kill-server"]) }
    }

    /// Two laptops of one county office share a plan, edit its paragraph and its indicator offline, then exchange
    /// their changes: two conflicts on both replicas.
    static func disagree(in dir: TempFolder) throws -> (a: String, b: String, plan: String, section: String, indicator: String) {
        let (a, b) = try twoLaptops(dir)
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

    /// A conflict that reaches the replica while the screen is open (here by `exchange`; in daily use by a
    /// `sync --watch` beside it) joins the queue, and the status line says so.
    @Test func conflictsThatArriveWhileOpenJoinTheQueue() throws {
        guard let tmuxPath = Self.tmuxPath else {
            print("ReviewTUITests skipped: tmux is not installed (scripts/install-deps.sh installs it)")
            return
        }
        let dir = TempFolder()
        let (a, b, plan, _, _) = try Self.disagree(in: dir)
        let terminal = Terminal(tmux: tmuxPath)
        defer { terminal.stop() }
        try terminal.start("'\(Binaries.client)' review --db '\(a)'; echo REVIEW-EXIT=$?; sleep 60", width: 100, height: 30)
        try terminal.waitFor("冲突审阅 · 共 2 个")
        _ = try t(a, "set", plan, "title", "肇州县2025年教育工作计划（甲）")
        _ = try t(b, "set", plan, "title", "肇州县2025年教育工作计划（乙）")
        _ = try t(a, "exchange", b)
        // Waits for the status line, the last line drawn: a capture taken mid-draw can show the new header above
        // the old status line.
        let screen = try terminal.waitFor("新到 1 个冲突", seconds: 15)
        #expect(screen.contains("冲突审阅 · 共 3 个"), "\(screen)")
        try terminal.send("q")
        try terminal.waitFor("REVIEW-EXIT=0")
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
        try terminal.waitFor("段落冲突")
        // The header is drawn before the body: wait for the body's last marked difference, not the first line.
        let screen = try terminal.waitFor("9[-7-]{+8+}%")
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
                // The screen follows a resize and stays usable at 80×24: the queue narrows to 24 columns and the
                // whole footer is redrawn to fit.
                try terminal.run(["resize-window", "-t", "review", "-x", "80", "-y", "24"])
                // The body is drawn before the footer: wait for the narrow queue and the whole footer together, so a
                // capture taken mid-redraw (new body, old footer) is never judged.
                let small = try terminal.waitUntil("the 80-column layout with its whole footer") { screen in
                    screen.contains("w 保留胜者") && screen.contains("q 退出")
                        && screen.split(separator: "\n").contains { row in
                            row.firstIndex(of: "│").map { DisplayWidth.of(String(row[..<$0])) == 24 } ?? false
                        }
                }
                #expect(small.split(separator: "\n", omittingEmptySubsequences: false).count <= 25)
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

    /// The details pane of a captured screen: what each row shows right of the rule, trailing spaces dropped.
    static func pane(_ screen: String) -> [String] {
        screen.split(separator: "\n", omittingEmptySubsequences: false).compactMap { row -> String? in
            guard let rule = row.firstIndex(of: "│") else { return nil }
            var text = String(row[row.index(after: rule)...])
            while text.last == " " { text.removeLast() }
            return text
        }
    }

    /// The "lines a-b of n" row of a paged pane, as numbers.
    static func shownLines(_ screen: String) -> (first: Int, last: Int, total: Int)? {
        guard let match = screen.firstMatch(of: /第 (\d+)-(\d+) 行，共 (\d+) 行/) else { return nil }
        return (Int(match.1)!, Int(match.2)!, Int(match.3)!)
    }

    /// A body of two long paragraphs, edited in different paragraphs on two replicas, reviewed in a small window:
    /// the paragraphs show as paragraphs, J and K move a page of the details (clamped at both ends), and no row of
    /// the details starts with a closing mark or ends with an opening one.
    @Test func longParagraphsBreakPageAndFollowTheLineBreakingRules() throws {
        guard let tmuxPath = Self.tmuxPath else {
            print("ReviewTUITests skipped: tmux is not installed (scripts/install-deps.sh installs it)")
            return
        }
        let first = "推动县域义务教育一体化发展。进一步完善城乡义务教育经费保障机制，在财政拨款、教师配置、学校建设等方面向农村学校、薄弱学校倾斜。加快推进农村义务教育学校提档升级，建立健全优质学校与薄弱学校稳定的共建机制，推动城乡义务教育共同体建设，发挥农村义务教育联盟作用，合理配置教育资源，改善基本办学条件。"
        let second = "规范中小学办学行为。进一步减轻义务教育阶段学生作业负担和校外培训负担，规范治理2所民办义务教育学校办学行为，确保“双减”工作取得明显成效。落实中小学减负相关规定，严格执行中小学“零起点”教学。"
        let body = first + "\n" + second
        let dir = TempFolder()
        let (a, b) = try twoLaptops(dir)
        let plan = try t(a, "plan", "create", "--title", "肇州县2025年教育工作计划", "--period", "2025")
        let section = try t(a, "add", "section", "--plan", plan, "--heading", "义务教育", "--body", body)
        _ = try t(b, "exchange", a)
        _ = try t(a, "set", section, "body", body.replacingOccurrences(of: "改善基本办学条件", with: "改善基本办学条件和信息化水平"))
        _ = try t(b, "set", section, "body", body.replacingOccurrences(of: "规范治理2所", with: "规范治理3所"))
        _ = try t(a, "exchange", b)

        let terminal = Terminal(tmux: tmuxPath)
        defer { terminal.stop() }
        try terminal.start("NO_COLOR=1 '\(Binaries.client)' review --db '\(a)'; echo REVIEW-EXIT=$?; sleep 60", width: 80, height: 14)
        let top = try terminal.waitFor("段落冲突")
        let start = try #require(Self.shownLines(top))
        #expect(start.first == 1)
        let page = start.last - start.first + 1

        // Page by page to the end: each J moves a page less one line (the last row stays as the first), the rows
        // keep the line-breaking rules, and the second paragraph starts on a row of its own after a blank one.
        var screens = [top]
        var shown = start
        while shown.last < shown.total {
            try terminal.send("J")
            let next = try terminal.waitFor("第 \(min(shown.first + page - 1, shown.total - page + 1))-")
            let now = try #require(Self.shownLines(next))
            #expect(now.first == min(shown.first + page - 1, shown.total - page + 1))
            if now.first == shown.first + page - 1 {
                #expect(Self.pane(next).first == Self.pane(screens.last ?? "")[page - 1])
            }
            screens.append(next)
            shown = now
            if screens.count > 20 { break }
        }
        #expect(screens.count >= 3)
        // At the end J stays.
        try terminal.send("J")
        Thread.sleep(forTimeInterval: 0.5)
        #expect(Self.shownLines(try terminal.screen())?.first == shown.first)

        let closing: Set<Character> = ["，", "。", "、", "；", "：", "？", "！", "）", "》", "」", "』", "】", "”", "’", "…", "%", ",", "."]
        let opening: Set<Character> = ["（", "《", "「", "『", "【", "“", "‘"]
        var paragraphStarts = 0
        for screen in screens {
            let rows = Self.pane(screen)
            for (n, row) in rows.enumerated() {
                let text = row.drop { $0 == " " }
                if let head = text.first { #expect(!closing.contains(head), "row starts with \(head):\n\(screen)") }
                if let tail = text.last { #expect(!opening.contains(tail), "row ends with \(tail):\n\(screen)") }
                if row.hasPrefix("   规范中小学办学行为"), n > 0, rows[n - 1].isEmpty { paragraphStarts += 1 }
                #expect(!row.contains("\\n") && !row.contains("¶"))
            }
        }
        // The base, the winner, the other side and the merge each show the second paragraph apart.
        #expect(paragraphStarts >= 2, "\(screens.joined(separator: "\n---\n"))")

        // K pages back, also by a page less one line, and stops at the top.
        try terminal.send("K")
        #expect(Self.shownLines(try terminal.waitFor("第 \(max(1, shown.first - page + 1))-"))?.first == max(1, shown.first - page + 1))
        for _ in 0..<screens.count + 2 { try terminal.send("K") }
        let back = try terminal.waitFor("第 1-\(page) 行")
        #expect(Self.pane(back) == Self.pane(top))
        try terminal.send("q")
        try terminal.waitFor("REVIEW-EXIT=0")
    }

    /// A delete against an edit: the footer offers restoring the entity or keeping the delete, not the keys of a
    /// field conflict; l restores it, with the edit the deleter had not seen.
    @Test func aDeleteConflictOffersRestoreOrKeepDeleted() throws {
        guard let tmuxPath = Self.tmuxPath else {
            print("ReviewTUITests skipped: tmux is not installed (scripts/install-deps.sh installs it)")
            return
        }
        let dir = TempFolder()
        let (a, b) = try twoLaptops(dir)
        let plan = try t(a, "plan", "create", "--title", "肇州县2025年教育工作计划", "--period", "2025")
        let task = try t(a, "add", "task", "--plan", plan, "--title", "新建公办园6所", "--due", "2025")
        _ = try t(b, "exchange", a)
        _ = try t(a, "delete", task)
        _ = try t(b, "set", task, "title", "新建公办园8所")
        _ = try t(a, "exchange", b)

        let terminal = Terminal(tmux: tmuxPath)
        defer { terminal.stop() }
        try terminal.start("'\(Binaries.client)' review --db '\(a)'; echo REVIEW-EXIT=$?; sleep 60", width: 100, height: 30)
        let screen = try terminal.waitFor("删除与修改冲突")
        #expect(screen.contains("w 保留删除") && screen.contains("l 恢复条目"))
        #expect(!screen.contains("保留胜者") && !screen.contains("用另一方") && !screen.contains("m 建议合并") && !screen.contains("e 编辑"))
        try terminal.send("l")
        try terminal.waitFor("[l] 删除")
        try terminal.send("q")
        try terminal.waitFor("写入 1 个决定后退出")
        try terminal.send("y")
        #expect(try terminal.waitFor("REVIEW-EXIT=0").contains("已写入 1 个决定；剩余未决冲突 0 个"))
        #expect(try t(a, "show", plan, "--no-ids").contains("新建公办园8所"))
    }
}

/// `tributary ARGS --db DB`, expected to succeed; its output trimmed.
fileprivate func t(_ db: String, _ args: String...) throws -> String {
    let result = try run(Binaries.client, args + ["--db", db])
    #expect(result.status == 0, "\(args): \(result.stderr)")
    return result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
}

/// Two laptops of one county office, each with its own user.
fileprivate func twoLaptops(_ dir: TempFolder) throws -> (a: String, b: String) {
    let a = dir.file("a.db"), b = dir.file("b.db")
    _ = try t(a, "init", "--office", "zhaozhou", "--name", "肇州县教育局", "--parent", "daqing", "--user", "李明")
    _ = try t(b, "init", "--office", "zhaozhou", "--name", "肇州县教育局", "--parent", "daqing", "--user", "王芳")
    return (a, b)
}
