import Foundation
import Testing

/// An operator backs up a running server, the server's disk is lost after more work was synced, and the backup is
/// restored: the replicas sync on from where they were, sending again what the restored log lacks, and nothing any
/// of them had sent is lost or doubled.
struct BackupRestoreEndToEndTests {
    func changes(_ replica: ClientReplica) throws -> Set<String> {
        let log = try replica.json("log", "-n", "10000") as? [[String: Any]] ?? []
        return Set(log.compactMap { $0["id"] as? String })
    }

    @Test func aRestoredServerLosesNothingTheReplicasSent() throws {
        let folder = TempFolder()
        let server = try ServerHarness(folder: folder)
        try server.start()
        let token = server.tokens["zhaozhou-editor"]!
        let a = try ClientReplica.zhaozhou(folder, "a", attachedTo: server), b = try ClientReplica.zhaozhou(folder, "b", attachedTo: server)
        let plan = try a.out("plan", "create", "--title", "肇州县2025年教育工作计划", "--period", "2025")
        _ = try a.out("add", "task", "--plan", plan, "--title", "备份前的任务")
        try a.sync()
        try b.sync()

        // The backup, taken while the server runs.
        let backup = folder.file("backup.sqlite")
        let taken = try server.admin(["backup", backup])
        #expect(taken.stdout.contains("backed up"), "\(taken.stdout)")
        #expect(try server.admin(["backup", backup], expect: 1).stderr.contains("already exists"))

        // More work reaches the server after the backup: these changes exist only in the lost store.
        _ = try a.out("add", "task", "--plan", plan, "--title", "备份后的任务")
        try a.t(["set", plan, "title", "肇州县2025年教育工作计划（修订）"])
        try a.sync()
        _ = try b.out("add", "task", "--plan", plan, "--title", "另一台电脑的任务")
        try b.sync()
        try a.sync()
        let sentBefore = try changes(a)
        #expect(sentBefore.count >= 10, "the log lists the changes by id")
        #expect(try changes(b) == sentBefore)

        // The disk is lost; the backup is restored into a new folder and served on the same address.
        let port = server.port
        server.kill9()
        let restoredData = folder.file("restored-data")
        let restored = try run(Binaries.server, ["restore", backup, "--data", restoredData])
        #expect(restored.status == 0 && restored.stdout.contains("new generation"), "\(restored.stderr)")
        #expect(try run(Binaries.server, ["restore", backup, "--data", restoredData]).status != 0, "never over a store")
        let second = try ServerHarness(folder: folder, data: restoredData)
        try second.start(port: port)

        // Each replica notices, sends its own changes again, and reads the log afresh.
        let first = try a.t(["sync"], expect: nil)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("服务器已从备份恢复"), "\(first.stdout)")
        try b.sync()
        try a.sync()
        #expect(try changes(a) == sentBefore && (try changes(b)) == sentBefore, "nothing lost, nothing new")
        let shown = try b.out("show", plan, "--no-ids")
        for text in ["备份前的任务", "备份后的任务", "另一台电脑的任务", "（修订）"] { #expect(shown.contains(text), "\(shown)") }
        // A replica attached only now sees everything too.
        let c = ClientReplica(folder, "c")
        try c.t(["init", "--office", "zhaozhou", "--name", "肇州县教育局", "--parent", "daqing", "--user", "zhaozhou-editor"])
        try c.attach(second.url, token: token)
        #expect(try c.out("show", plan, "--no-ids").contains("另一台电脑的任务"))
        #expect((try a.json("status") as? [String: Any])?["unsyncedChanges"] as? Int == 0)
    }
}
