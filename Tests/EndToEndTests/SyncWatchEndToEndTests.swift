import Foundation
import Testing

/// `tributary sync --watch` with the real server: a colleague's edit appears without running sync, a local edit
/// reaches the server within moments, the server going away and coming back is ridden out, and Ctrl-C stops it.
struct SyncWatchEndToEndTests {
    /// Polls `condition` every 100 ms for up to `seconds`; the seconds it took, or nil.
    func within(_ seconds: Double, _ condition: () throws -> Bool) rethrows -> Double? {
        let start = Date()
        while Date().timeIntervalSince(start) < seconds {
            if try condition() { return Date().timeIntervalSince(start) }
            Thread.sleep(forTimeInterval: 0.1)
        }
        return nil
    }

    @Test func editsFlowBothWaysWhileWatchingAndCtrlCStops() throws {
        let folder = TempFolder()
        let server = try ServerHarness(folder: folder)
        try server.start()
        let a = try ClientReplica.zhaozhou(folder, "a", attachedTo: server), b = try ClientReplica.zhaozhou(folder, "b", attachedTo: server)
        let plan = try a.out("plan", "create", "--title", "肇州县2025年教育工作计划", "--period", "2025")
        try a.sync()
        try b.sync()

        let log = folder.file("watch.log")
        FileManager.default.createFile(atPath: log, contents: nil)
        let watcher = Process()
        watcher.executableURL = URL(fileURLWithPath: Binaries.client)
        watcher.arguments = ["sync", "--watch", "--db", a.db]
        watcher.environment = ProcessInfo.processInfo.environment.merging(a.env) { _, new in new }
        watcher.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: log))
        watcher.standardError = watcher.standardOutput
        try watcher.run()
        defer { if watcher.isRunning { kill(watcher.processIdentifier, SIGKILL) } }
        func watched() -> String { (try? String(contentsOfFile: log, encoding: .utf8)) ?? "" }
        #expect(within(10) { watched().contains("保持同步中") } != nil)

        // A colleague's edit arrives without anyone running sync on this laptop.
        _ = try b.out("add", "task", "--plan", plan, "--title", "同事刚加的任务")
        try b.sync()
        let arrived = try within(10) { try a.out("show", plan, "--no-ids").contains("同事刚加的任务") }
        #expect(arrived != nil, "\(watched())")
        #expect(watched().contains("接收 "), "\(watched())")

        // A local edit is on the server moments later.
        _ = try a.out("add", "task", "--plan", plan, "--title", "本机刚加的任务")
        let pushed = within(10) { ((try? a.json("status") as? [String: Any])?["unsyncedChanges"] as? Int) == 0 }
        #expect(pushed != nil && pushed! < 5, "pushed after \(String(describing: pushed)) s: \(watched())")
        try b.sync()
        #expect(try b.out("show", plan, "--no-ids").contains("本机刚加的任务"))

        // The server goes away and comes back on the same address: the watch backs off, then carries on.
        let port = server.port
        server.kill9()
        #expect(within(10) { watched().contains("无法连接服务器") } != nil, "\(watched())")
        try server.start(port: port)
        #expect(within(40) { watched().contains("已重新连接服务器") } != nil, "\(watched())")
        _ = try b.out("add", "task", "--plan", plan, "--title", "恢复后的任务")
        try b.sync()
        #expect(try within(10) { try a.out("show", plan, "--no-ids").contains("恢复后的任务") } != nil, "\(watched())")

        // Ctrl-C stops it cleanly.
        kill(watcher.processIdentifier, SIGINT)
        #expect(within(10) { !watcher.isRunning } != nil)
        watcher.waitUntilExit()
        #expect(watcher.terminationStatus == 0, "\(watched())")
        #expect(watched().contains("已停止"), "\(watched())")
        #expect((try a.json("status") as? [String: Any])?["unsyncedChanges"] as? Int == 0)
    }
}
