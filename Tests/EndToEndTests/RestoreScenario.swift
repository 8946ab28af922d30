import Foundation
import Testing

/// The restore scenario both stores' tests run: two laptops sync, a backup is taken while the server serves, more
/// work is synced after it, the store is lost and brought back from the backup on the same address; the laptops sync
/// on from where they were (told that the server was restored), nothing any of them sent is lost or doubled, and a
/// laptop attached only now sees everything.
struct RestoreScenario {
    let folder: TempFolder
    let server: ServerHarness

    static func changes(_ replica: ClientReplica) throws -> Set<String> {
        Set((try replica.json("log", "-n", "10000") as? [[String: Any]] ?? []).compactMap { $0["id"] as? String })
    }

    /// `backUp` takes the backup while the server runs; `restore` brings it back after the server is killed and
    /// returns the server started on the restored store (on the port given).
    func run(backUp: () throws -> Void, restore: (_ port: Int) throws -> ServerHarness) throws {
        let token = server.tokens["zhaozhou-editor"]!
        let a = try ClientReplica.zhaozhou(folder, "a", attachedTo: server), b = try ClientReplica.zhaozhou(folder, "b", attachedTo: server)
        let plan = try a.out("plan", "create", "--title", "肇州县2025年教育工作计划", "--period", "2025")
        _ = try a.out("add", "task", "--plan", plan, "--title", "备份前的任务")
        try a.sync()
        try b.sync()
        try backUp()

        // More work reaches the server after the backup: these changes exist only in the store about to be lost.
        _ = try a.out("add", "task", "--plan", plan, "--title", "备份后的任务")
        try a.t(["set", plan, "title", "肇州县2025年教育工作计划（修订）"])
        try a.sync()
        _ = try b.out("add", "task", "--plan", plan, "--title", "另一台电脑的任务")
        try b.sync()
        try a.sync()
        let sent = try Self.changes(a), atB = try Self.changes(b)
        #expect(sent.count >= 10 && atB == sent, "the log lists the changes by id")

        let port = server.port
        server.kill9()
        let restored = try restore(port)

        // Each replica notices, sends its own changes again, and reads the log afresh.
        let first = try a.t(["sync"], expect: nil)
        #expect(first.status == 0 && first.stdout.contains("服务器已从备份恢复"), "\(first.stdout) \(first.stderr)")
        try b.sync()
        try a.sync()
        let afterA = try Self.changes(a), afterB = try Self.changes(b)
        #expect(afterA == sent && afterB == sent, "nothing lost, nothing new")
        let shown = try b.out("show", plan, "--no-ids")
        for text in ["备份前的任务", "备份后的任务", "另一台电脑的任务", "（修订）"] { #expect(shown.contains(text), "\(shown)") }
        let c = ClientReplica(folder, "c")
        try c.t(["init", "--office", "zhaozhou", "--name", "肇州县教育局", "--parent", "daqing", "--user", "zhaozhou-editor"])
        try c.attach(restored.url, token: token)
        #expect(try c.out("show", plan, "--no-ids") == shown)
        #expect(try a.unsynced() == 0)
    }
}
