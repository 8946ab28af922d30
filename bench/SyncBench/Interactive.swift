import ClientCore
import Foundation
import Shared

/// One timed run of the real `tributary` binary.
struct CommandTiming: Codable {
    var name: String
    var seconds: Double
    /// The process's peak resident memory (ru_maxrss from wait4), in KiB.
    var peakKiB: Int
}

/// What the interactive mode measured on the large replica.
struct InteractiveResult {
    var fields = 0
    var conflicts = 0
    /// Each command's best time of `repeats` runs (the first also warms the page cache for the later ones), with the
    /// largest peak memory of those runs.
    var timings: [CommandTiming] = []
    /// `tributary --version`, best of the same runs: starting the binary at all, the floor under every command.
    var startup: CommandTiming?
}

extension Bench {
    /// Issue 11 item 6: the everyday commands on a replica of `copies` × one county's plan (about 4,000 fields each,
    /// so 25 copies make 100,000 fields), run as a person runs them: the release `tributary` binary, started afresh
    /// for every command, timed from spawn to exit (for `review`, from spawn until its first full frame is on the
    /// pseudo-terminal), with the process's peak memory from wait4.
    ///
    /// The replica is made from the county round's real changes: county 0's plan as the city replica received it
    /// (heads, conflict contenders and their bases), copied `copies` times with fresh plan, entity and replica ids,
    /// so that every copy brings its own plan and its own 20 open conflicts, all the county's to resolve. The copies
    /// go in through the apply path (as pulled pages would), untimed.
    static func interactive(cli: String, source: [Change], office: Office, user: String, copies: Int, folder: URL,
                            repeats: Int = 5) throws -> InteractiveResult {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("large.db").path
        var result = InteractiveResult()
        let county = source.filter { $0.office == office.id }
        guard county.contains(where: { $0.kind == .plan }) else { throw BenchError("no plan of \(office.id) in the round's changes") }

        var fields = Set<String>()
        var firstPlan = ""
        var aSection = ""
        // The set-up's replica is closed before anything is timed: a replica at rest has no write-ahead log (its
        // last connection folds the log into the file), and a command run while the set-up still held 100 MB of log
        // open would measure the set-up, not the command.
        try {
            let replica = try Replica.create(at: path, office: office, user: user,
                                             credentials: CredentialStore(directory: folder.appendingPathComponent("credentials").path))
            for copy in 0..<copies {
                let changes = county.map { cloned($0, copy: copy) }
                for change in changes { fields.insert(change.entity + "\u{1}" + change.field) }
                if copy == 0 {
                    firstPlan = changes[0].plan
                    aSection = changes.first { $0.kind == .section && $0.field == "heading" }?.entity ?? ""
                }
                for page in stride(from: 0, to: changes.count, by: Limits.defaultPullPage) {
                    _ = try replica.applyRemote(Array(changes[page..<min(changes.count, page + Limits.defaultPullPage)]))
                }
            }
            // What `sync` does after its last page: the titles of the plans with a conflict, ready for `conflicts`.
            try replica.refreshOutlineTitles(onlyConflicted: true)
            result.conflicts = try replica.conflicts().count
        }()
        result.fields = fields.count

        // A home of its own: no config file or credentials of the person running the bench are read.
        let home = folder.appendingPathComponent("home").path
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        let environment = ["HOME=\(home)", "LANG=en_US.UTF-8", "TERM=xterm-256color", "PATH=/usr/bin:/bin",
                           "XDG_CONFIG_HOME=\(home)/.config"]
        let db = ["--db", path]
        let commands: [(name: String, arguments: [String], terminal: Bool)] = [
            ("version", ["--version"], false),
            ("status", ["status"] + db, false),
            ("show", ["show", firstPlan] + db, false),
            ("conflicts", ["conflicts", "list"] + db, false),
            ("review", ["review"] + db, true),
            ("set", ["set", aSection, "heading"] + db, false),
        ]
        let plan = CommandPlan(cli: cli, environment: environment, repeats: repeats,
                               commands: commands.map { CommandPlan.Command(name: $0.name, arguments: $0.arguments, terminal: $0.terminal) })
        for best in try timeInFreshProcess(plan) {
            if best.name == "version" { result.startup = best } else { result.timings.append(best) }
        }
        return result
    }

    /// What the fresh process times: the commands, how often, in which environment.
    struct CommandPlan: Codable {
        struct Command: Codable {
            var name: String
            var arguments: [String]
            var terminal: Bool
        }
        var cli: String
        var environment: [String]
        var repeats: Int
        var commands: [Command]
    }

    /// The commands are spawned from a fresh, small process of this binary (`--time-commands`), never from this one.
    /// Why: Linux starts a spawned process in its parent's memory (posix_spawn shares it until exec) and counts the
    /// parent's peak into the child's `ru_maxrss` at exec; spawned from the bench after its county round (200 MB and
    /// more), every command "peaked" at the bench's size. A fresh process holds a few MB, below any command's own.
    static func timeInFreshProcess(_ plan: CommandPlan) throws -> [CommandTiming] {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("tributary-bench-plan-\(UUID().uuidString).json")
        try JSONEncoder().encode(plan).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        process.arguments = ["--time-commands", file.path]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw BenchError("timing the commands failed (\(process.terminationStatus))") }
        return try JSONDecoder().decode([CommandTiming].self, from: data)
    }

    /// `tributary-bench --time-commands PLAN.json`: runs each command of the plan `repeats` times and prints each one's
    /// best time and largest peak memory as JSON.
    static func timeCommands(planFile: String) throws {
        let plan = try JSONDecoder().decode(CommandPlan.self, from: Data(contentsOf: URL(fileURLWithPath: planFile)))
        var out: [CommandTiming] = []
        for command in plan.commands {
            var seconds = Double.infinity
            var peakKiB = 0
            for run in 0..<plan.repeats {
                var arguments = command.arguments
                // Each `set` writes a new value (the same value twice would still be a write, but a reader of the
                // bench should not have to know that).
                if command.name == "set" { arguments.insert("第\(run + 1)次修改的标题", at: 3) }
                let timing = try command.terminal
                    ? runInTerminal(plan.cli, arguments, environment: plan.environment, width: 120, height: 40)
                    : runTimed(plan.cli, arguments, environment: plan.environment)
                seconds = min(seconds, timing.seconds)
                peakKiB = max(peakKiB, timing.peakKiB)
            }
            out.append(CommandTiming(name: command.name, seconds: seconds, peakKiB: peakKiB))
        }
        print(String(decoding: try JSONEncoder().encode(out), as: UTF8.self))
    }

    /// A change of the source plan in copy `copy`: every id that names an entity, the plan or a replica gets the copy's
    /// suffix (a stamp's replica too, so that the copies' stamps differ), and so does a `place` value's parent.
    static func cloned(_ change: Change, copy: Int) -> Change {
        guard copy > 0 else { return change }
        let suffix = "c\(copy)"
        func id(_ text: String) -> String { text.isEmpty ? text : text + suffix }
        func stamp(_ s: Stamp) -> Stamp { Stamp(ms: s.ms, counter: s.counter, replica: s.replica + suffix) }
        var c = change
        c.stamp = stamp(change.stamp)
        c.entity = id(change.entity)
        c.plan = id(change.plan)
        c.replaces = change.replaces.map(stamp)
        c.observed = change.observed.map(stamp)
        if change.field == Fields.place, let value = change.value, let slash = value.firstIndex(of: "/") {
            c.value = id(String(value[..<slash])) + String(value[slash...])
        }
        return c
    }

    /// Runs a command with its output read to the end (and thrown away), and returns its wall time and peak memory.
    static func runTimed(_ executable: String, _ arguments: [String], environment: [String], timeout: TimeInterval = 120) throws -> (seconds: Double, peakKiB: Int) {
        var pipe: [Int32] = [0, 0]
        guard Glibc.pipe(&pipe) == 0 else { throw BenchError("pipe: \(errno)") }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, pipe[1], 1)
        posix_spawn_file_actions_adddup2(&actions, pipe[1], 2)
        posix_spawn_file_actions_addclose(&actions, pipe[0])
        let start = Date()
        let pid = try spawn(executable, arguments, environment: environment, actions: &actions, attributes: nil)
        close(pipe[1])
        let watchdog = Watchdog(pid: pid, after: timeout)
        defer { watchdog.cancel() }
        var output = [UInt8]()
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let n = read(pipe[0], &buffer, buffer.count)
            if n <= 0 { break }
            if output.count < 4096 { output += buffer[0..<min(n, 4096)] }
        }
        close(pipe[0])
        let (status, usage) = waitFor(pid)
        let seconds = Date().timeIntervalSince(start)
        guard status == 0 else {
            throw BenchError("tributary \(arguments.prefix(2).joined(separator: " ")) failed (\(status)): \(String(decoding: output, as: UTF8.self))")
        }
        return (seconds, usage.ru_maxrss)
    }

    /// Runs a full-screen command on a new pseudo-terminal (its own session, the terminal its controlling one) and
    /// returns the time until its first frame is complete (the frame's last row has been drawn), then quits it with q.
    static func runInTerminal(_ executable: String, _ arguments: [String], environment: [String], width: Int, height: Int,
                              timeout: TimeInterval = 60) throws -> (seconds: Double, peakKiB: Int) {
        var master: Int32 = -1
        var slave: Int32 = -1
        var size = winsize(ws_row: UInt16(height), ws_col: UInt16(width), ws_xpixel: 0, ws_ypixel: 0)
        guard openpty(&master, &slave, nil, nil, &size) == 0 else { throw BenchError("openpty: \(errno)") }
        let slaveName = String(cString: ttyname(slave))
        close(slave)
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        // Opened after setsid: the first terminal a session leader opens becomes its controlling terminal.
        posix_spawn_file_actions_addopen(&actions, 0, slaveName, O_RDWR, 0)
        posix_spawn_file_actions_adddup2(&actions, 0, 1)
        posix_spawn_file_actions_adddup2(&actions, 0, 2)
        posix_spawn_file_actions_addclose(&actions, master)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        // POSIX_SPAWN_SETSID (glibc ≥ 2.26); the Swift Glibc module does not import the _GNU_SOURCE constant.
        let setsid: Int16 = 0x80
        posix_spawnattr_setflags(&attributes, setsid)
        let start = Date()
        let pid = try spawn(executable, arguments, environment: environment, actions: &actions, attributes: &attributes)
        let watchdog = Watchdog(pid: pid, after: timeout)
        defer { watchdog.cancel() }
        // The frame is written as one sequence of rows, each "ESC[row;1H…ESC[0m": it is complete when the last row's
        // reset has arrived.
        let lastRow = Array("\u{1B}[\(height);1H".utf8)
        let reset = Array("\u{1B}[0m".utf8)
        var output = [UInt8]()
        var buffer = [UInt8](repeating: 0, count: 65_536)
        var firstFrame: Double?
        while true {
            let n = read(master, &buffer, buffer.count)
            if n <= 0 { break } // EIO once the command has ended and closed the terminal
            output += buffer[0..<n]
            if firstFrame == nil, let row = output.firstRange(of: lastRow),
               output[row.upperBound...].firstRange(of: reset) != nil {
                firstFrame = Date().timeIntervalSince(start)
                _ = write(master, "q", 1)
            }
        }
        close(master)
        let (status, usage) = waitFor(pid)
        guard status == 0, let firstFrame else {
            throw BenchError("tributary \(arguments.first ?? "") drew no frame (\(status)): \(String(decoding: output.suffix(500), as: UTF8.self))")
        }
        return (firstFrame, usage.ru_maxrss)
    }

    private static func spawn(_ executable: String, _ arguments: [String], environment: [String],
                              actions: inout posix_spawn_file_actions_t, attributes: UnsafeMutablePointer<posix_spawnattr_t>?) throws -> pid_t {
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup($0) } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid: pid_t = 0
        let status = posix_spawn(&pid, executable, &actions, attributes, argv, envp)
        guard status == 0 else { throw BenchError("posix_spawn \(executable): \(status)") }
        return pid
    }

    /// Waits for the process and returns its exit status (or 128 + signal) and its resource use.
    private static func waitFor(_ pid: pid_t) -> (status: Int32, usage: rusage) {
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
        let exited = status & 0x7f == 0
        return (exited ? (status >> 8) & 0xff : 128 + (status & 0x7f), usage)
    }
}
