import Foundation
import Testing

/// A long `sync` at a terminal draws a progress bar with counts and clears it when done; piped, it prints none.
struct SyncProgressEndToEndTests {
    @Test(.enabled(if: ReviewTUITests.tmuxPath != nil)) func aTerminalSeesABarWithCountsAndAPipeSeesNone() throws {
        let folder = TempFolder()
        let server = try ServerHarness(folder: folder)
        try server.start()
        let a = ClientReplica(folder, "a")
        try a.t(["init", "--office", "zhaozhou", "--name", "肇州县教育局", "--parent", "daqing", "--user", "zhaozhou-editor"])
        try a.attach(server.url, token: server.tokens["zhaozhou-editor"]!)
        // A real plan gives hundreds of changes: many small pushes, so the bar moves.
        try a.t(["import", ImportCLITests.haicheng])
        let pending = try a.json("status") as? [String: Any]
        let outbox = pending?["unsyncedChanges"] as? Int ?? 0
        #expect(outbox > 100, "\(String(describing: pending))")

        let log = folder.file("terminal.log")
        let terminal = ReviewTUITests.Terminal(tmux: ReviewTUITests.tmuxPath!)
        defer { terminal.stop() }
        let command = "sleep 1; env XDG_CONFIG_HOME='\(folder.file("config"))' '\(Binaries.client)' sync --batch 10 "
            + "--db '\(a.db)'; echo EXIT=$?; sleep 60"
        try terminal.start(command, width: 100, height: 20)
        try terminal.run(["pipe-pane", "-t", "review", "-o", "cat >> '\(log)'"])
        let screen = try terminal.waitFor("EXIT=", seconds: 60)
        #expect(screen.contains("EXIT=0") && screen.contains("同步完成"), "\(screen)")
        // The finished screen holds the summary alone: the bar was cleared.
        #expect(!screen.contains("█") && !screen.contains("%  "), "\(screen)")
        let drawn = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
        #expect(drawn.contains("上传 ") && drawn.contains("█") && drawn.contains("/\(outbox) 条"), "\(drawn.suffix(600))")
        #expect(drawn.contains("100%"), "\(drawn.suffix(600))")

        // Another replica pulls it all: the receive bar, with its count.
        let b = ClientReplica(folder, "b")
        try b.t(["init", "--office", "zhaozhou", "--name", "肇州县教育局", "--parent", "daqing", "--user", "zhaozhou-editor"])
        try b.attach(server.url, token: server.tokens["zhaozhou-editor"]!)
        let piped = try b.t(["sync"], expect: nil)
        #expect(piped.status == 0, "\(piped.stderr)")
        #expect(!piped.stderr.contains("█") && !piped.stderr.contains("\r") && !piped.stdout.contains("\r"),
                "a pipe gets no progress bar: \(piped.stderr)")
    }
}
