import Foundation
import Testing

/// deploy/README.md's way back for a PostgreSQL store, run as written: `pg_dump -Fc` while the server serves, more
/// work synced after it, the database lost, `pg_restore` into an empty database and the generation bumped; the
/// replicas sync on from where they were and nothing any of them had sent is lost or doubled.
struct PostgresRestoreEndToEndTests {
    func changes(_ replica: ClientReplica) throws -> Set<String> {
        Set((try replica.json("log", "-n", "10000") as? [[String: Any]] ?? []).compactMap { $0["id"] as? String })
    }

    func tool(_ name: String, _ arguments: [String]) throws {
        let result = try run("/usr/bin/env", [name] + arguments)
        guard result.status == 0 else { throw HarnessError("\(name) \(arguments.joined(separator: " ")): \(result.stderr)") }
    }

    @Test func aDatabaseBroughtBackWithPgRestoreLosesNothingTheReplicasSent() throws {
        guard let database = try TestDatabase.fresh(for: "aDatabaseBroughtBackWithPgRestoreLosesNothingTheReplicasSent"),
              let restoredURL = try TestDatabase.fresh(for: "the restore target") else { return }
        let folder = TempFolder()
        let server = try ServerHarness(folder: folder, database: database, setup: true)
        try server.start()
        let token = server.tokens["zhaozhou-editor"]!
        let a = try ClientReplica.zhaozhou(folder, "a", attachedTo: server), b = try ClientReplica.zhaozhou(folder, "b", attachedTo: server)
        let plan = try a.out("plan", "create", "--title", "肇州县2025年教育工作计划", "--period", "2025")
        _ = try a.out("add", "task", "--plan", plan, "--title", "备份前的任务")
        try a.sync()
        try b.sync()

        let dump = folder.file("tributary.dump")
        try tool("pg_dump", ["-Fc", "-d", database, "-f", dump])

        // Work that reaches the server after the dump: it exists only in the database about to be lost.
        _ = try a.out("add", "task", "--plan", plan, "--title", "备份后的任务")
        try a.t(["set", plan, "title", "肇州县2025年教育工作计划（修订）"])
        try a.sync()
        _ = try b.out("add", "task", "--plan", plan, "--title", "另一台电脑的任务")
        try b.sync()
        try a.sync()
        let sent = try changes(a)
        let atB = try changes(b)
        #expect(sent.count >= 10 && atB == sent)

        // The database is lost; the dump goes into an empty one, the generation is bumped, a server starts on it.
        let port = server.port
        server.kill9()
        try tool("pg_restore", ["--exit-on-error", "--no-owner", "-d", restoredURL, dump])
        try tool("psql", [restoredURL, "-v", "ON_ERROR_STOP=1", "-q", "-c",
                          "UPDATE store_meta SET value = md5(random()::text) WHERE key = 'generation'"])
        let restored = try ServerHarness(folder: folder, database: restoredURL, setup: false)
        try restored.start(port: port)

        let first = try a.t(["sync"], expect: nil)
        #expect(first.status == 0 && first.stdout.contains("服务器已从备份恢复"), "\(first.stdout) \(first.stderr)")
        try b.sync()
        try a.sync()
        #expect(try changes(a) == sent && (try changes(b)) == sent, "nothing lost, nothing new")
        let shown = try b.out("show", plan, "--no-ids")
        for text in ["备份前的任务", "备份后的任务", "另一台电脑的任务", "（修订）"] { #expect(shown.contains(text), "\(shown)") }
        // The restored log holds every change once, and a laptop attached only now sees them all.
        let c = ClientReplica(folder, "c")
        try c.t(["init", "--office", "zhaozhou", "--name", "肇州县教育局", "--parent", "daqing", "--user", "zhaozhou-editor"])
        try c.attach(restored.url, token: token)
        #expect(try c.out("show", plan, "--no-ids") == shown)
    }
}
