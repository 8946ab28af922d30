import ClientCore
import Foundation
import GRDB
import Shared
import SharedStore

/// What the large-bootstrap mode measured.
struct LargeBootstrapResult {
    /// Changes the server held, and how many of them the start brought (current versions and conflict histories).
    var held = 0
    var brought = 0
    var seconds = 0.0
    var clientPeakKiB = 0
    var serverPeakKiB: Int?
    /// Fields with a value on the server and on the new replica: equal when nothing was missed.
    var serverFields = 0
    var replicaFields = 0
    var complete: Bool { serverFields == replicaFields && brought > 0 }
}

extension Bench {
    /// Issue 11 item 3's second half: a new city replica's start from a server holding about `target` changes, with
    /// memory bounded. The server's log is `copies` copies of the county round's changes as the city received them
    /// (ten county plans, their current versions and conflict histories), each copy with fresh plan, entity and
    /// replica ids, written into a fresh server's SQLite file through the change store before the server starts
    /// (untimed: pushing 400,000 changes through HTTP would take minutes and measure the push path, not the start).
    /// Timed: the release `tributary attach` of a new city replica, spawned from a small fresh process, from spawn to
    /// exit, with its peak memory from wait4; the server's peak memory is reset just before (clear_refs) and read
    /// just after, so it is the start's alone.
    static func largeBootstrap(serverBinary: String, cli: String, source: [Change], target: Int, folder: URL,
                               say: @Sendable (String) -> Void) async throws -> LargeBootstrapResult {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        func path(_ name: String) -> String { folder.appendingPathComponent(name).path }
        guard !source.isEmpty else { throw BenchError("no source changes for the large bootstrap") }
        let copies = (target + source.count - 1) / source.count
        let data = path("server-data")
        let server = ServerProcess(binary: serverBinary, data: data)
        try server.admin(["office", "add", "daqing", "--name", "大庆市", "--city"])
        for office in Set(source.map(\.office)).sorted() where office != "daqing" {
            try server.admin(["office", "add", office, "--name", "县区\(office)", "--county", "--parent", "daqing"])
        }
        try server.admin(["user", "add", "large-city", "--office", "daqing", "--role", "cityReviewer"])
        let json = try server.admin(["token", "issue", "large-city", "--json"])
        guard let token = try? JSONDecoder().decode(TokenInfo.self, from: Data(json.utf8)).token else { throw BenchError("token output: \(json)") }

        var result = LargeBootstrapResult()
        // The server's log, written through the change store (the server is not running yet).
        try {
            let pool = try DatabasePool(path: (data as NSString).appendingPathComponent("tributary-server.sqlite"))
            for copy in 0..<copies {
                let changes = source.map { cloned($0, copy: copy + 1) }
                for page in stride(from: 0, to: changes.count, by: Limits.defaultPullPage) {
                    try pool.write { db in
                        var log = SQLiteChangeLog(db)
                        _ = try log.apply(Array(changes[page..<min(changes.count, page + Limits.defaultPullPage)]))
                    }
                }
                result.held += changes.count
            }
            result.serverFields = try pool.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM field_value") ?? 0 }
            try pool.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
        }()
        say("large bootstrap: the server holds \(result.held) changes (\(copies) copies of the round's \(source.count))")

        try server.start()
        defer { server.stop() }
        let db = path("city.db")
        _ = try runTool(cli, ["init", "--office", "daqing", "--name", "大庆市", "--level", "city", "--user", "large-city", "--db", db])
        let home = path("home")
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        let environment = ["HOME=\(home)", "LANG=en_US.UTF-8", "PATH=/usr/bin:/bin", "XDG_CONFIG_HOME=\(home)/.config",
                           "TRIBUTARY_TOKEN=\(token)"]
        if let pid = server.process?.processIdentifier {
            // Resets the server's peak resident memory (VmHWM) to what it holds now: the peak read afterwards is the start's.
            try? "5".write(toFile: "/proc/\(pid)/clear_refs", atomically: false, encoding: .utf8)
        }
        let plan = CommandPlan(cli: cli, environment: environment, repeats: 1,
                               commands: [CommandPlan.Command(name: "attach", arguments: ["attach", "--server", server.url, "--db", db], terminal: false)])
        guard let timing = try timeInFreshProcess(plan).first else { throw BenchError("the attach was not timed") }
        result.seconds = timing.seconds
        result.clientPeakKiB = timing.peakKiB
        result.serverPeakKiB = server.peakMemoryKiB()
        try {
            let replica = try DatabaseQueue(path: db)
            try replica.read { db in
                result.brought = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM change") ?? 0
                result.replicaFields = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM field_value") ?? 0
            }
        }()
        return result
    }
}
