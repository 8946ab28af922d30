import Foundation
import Testing

/// A county laptop sleeps past a compaction: its replica synced, went offline with edits, others edited and deleted
/// for a while, and the operator compacted the server's history. When it syncs again it is told so in words, pushes
/// its offline work first, bootstraps again, and ends with nothing lost: every offline edit on the server, conflicts
/// where they met newer values, and the same content as a replica attached afresh.
struct HorizonEndToEndTests {
    @Test func aReplicaThatSleptPastACompactionLosesNothing() throws {
        let folder = TempFolder()
        let server = try ServerHarness(folder: folder)
        try server.start()
        let a = try ClientReplica.zhaozhou(folder, "a", attachedTo: server), b = try ClientReplica.zhaozhou(folder, "b", attachedTo: server)
        let plan = try a.out("plan", "create", "--title", "肇州县2025年教育工作计划", "--period", "2025")
        let section = try a.out("add", "section", "--plan", plan, "--heading", "主要任务")
        let shared = try a.out("add", "task", "--plan", plan, "--section", section, "--title", "义务教育优质均衡达标迎检")
        let doomed = try a.out("add", "task", "--plan", plan, "--section", section, "--title", "撤并学校XX所")
        let quiet = try a.out("add", "task", "--plan", plan, "--section", section, "--title", "已取消的任务")
        try a.sync()
        try b.sync()

        // a goes to sleep with offline work: an edit b will also make, an edit nobody else makes, a new task, and an
        // edit of a task b deletes.
        try a.t(["set", plan, "title", "肇州县2025年教育工作计划（乡镇版）"])
        try a.t(["set", doomed, "title", "撤并学校3所"])
        try a.t(["set", section, "heading", "主要任务（离线补充）"])
        let offline = try a.out("add", "task", "--plan", plan, "--section", section, "--title", "离线时新增的任务")

        // Meanwhile b edits for a while and deletes a task; several versions pile up, then are superseded.
        for round in 1...3 { try b.t(["set", plan, "title", "肇州县2025年教育工作计划（第\(round)稿）"]) }
        try b.t(["set", shared, "title", "义务教育优质均衡达标迎检（2024年）"])
        try b.t(["delete", doomed])
        try b.t(["delete", quiet])
        try b.sync()

        // The operator compacts everything that arrived until now; a dry run first reports without removing.
        let dry = try server.admin(["compact", "--window", "0", "--dry-run", "--json"])
        let dryReport = try #require(try JSONSerialization.jsonObject(with: Data(dry.stdout.utf8)) as? [String: Any])
        #expect(dryReport["dryRun"] as? Bool == true && (dryReport["changesRemoved"] as? Int ?? 0) > 0, "\(dry.stdout)")
        let compacted = try server.admin(["compact", "--window", "0", "--json"])
        let report = try #require(try JSONSerialization.jsonObject(with: Data(compacted.stdout.utf8)) as? [String: Any])
        #expect(report["changesRemoved"] as? Int == dryReport["changesRemoved"] as? Int)
        #expect(report["entitiesPurged"] as? Int == 2, "the deleted tasks: \(compacted.stdout)")
        #expect((report["horizon"] as? Int ?? 0) > 0)
        let words = try server.admin(["compact", "--window", "400"])
        #expect(words.stdout.contains("removed 0 changes"), "\(words.stdout)")
        #expect(try server.admin(["compact", "--window", "-1"], expect: nil).status != 0)

        // a wakes up. Its sync says what happened in words, pushes first, bootstraps again.
        let woke = try a.t(["sync"], expect: nil)
        #expect(woke.status == 0 || woke.status == 3, "\(woke.stderr)")
        #expect(woke.stdout.contains("离线的时间超过了服务器保留历史的期限"), "\(woke.stdout)")
        #expect(woke.stdout.contains("没有丢失"), "\(woke.stdout)")
        let second = try a.sync()
        #expect(second["rebootstrapped"] == nil, "once is enough: \(second)")
        try b.sync()

        // Nothing a made offline is lost: all on the server (b sees them), the title as a conflict with b's newer one,
        // the edit of the purged task as a conflict with its delete (the tombstone came back for it).
        let shownB = try b.out("show", plan, "--no-ids")
        for text in ["主要任务（离线补充）", "离线时新增的任务", "义务教育优质均衡达标迎检（2024年）"] { #expect(shownB.contains(text), "\(shownB)") }
        #expect(!shownB.contains("已取消的任务"))
        let conflicts = try #require(try b.json("conflicts") as? [[String: Any]])
        #expect(Set(conflicts.compactMap { $0["entity"] as? String }) == [plan, doomed], "\(conflicts)")
        let deleteConflict = conflicts.first { $0["entity"] as? String == doomed }
        let deleteValues = ((deleteConflict?["contenders"] as? [[String: Any]]) ?? []).compactMap { $0["value"] as? String }
        #expect(deleteValues.contains("撤并学校3所"), "\(conflicts)")
        let titleConflict = conflicts.first { $0["entity"] as? String == plan }
        let values = Set(((titleConflict?["contenders"] as? [[String: Any]]) ?? []).compactMap { $0["value"] as? String })
        #expect(values == ["肇州县2025年教育工作计划（乡镇版）", "肇州县2025年教育工作计划（第3稿）"], "\(conflicts)")
        #expect((try a.json("status") as? [String: Any])?["unsyncedChanges"] as? Int == 0)

        // a holds exactly what a replica attached afresh holds (b shows the same; it keeps older history, so its
        // conflict can still show the base version the others no longer hold).
        let c = try ClientReplica.zhaozhou(folder, "c", attachedTo: server)
        #expect(try a.out("show", plan) == (try c.out("show", plan)))
        #expect(try b.out("show", plan) == (try c.out("show", plan)))
        #expect(try a.t(["conflicts", "--json"]).stdout == (try c.t(["conflicts", "--json"]).stdout))
        #expect(try a.t(["log", "-n", "10000", "--json"]).stdout == (try c.t(["log", "-n", "10000", "--json"]).stdout))
        #expect(try a.out("show", plan).contains(offline.prefix(8)))
        #expect(try a.t(["check"]).status == 0)

        // In English too, and --json stays JSON: two more sleepers, after a second compaction.
        // d is attached in Chinese, then driven in English (the same file, another locale).
        _ = try ClientReplica.zhaozhou(folder, "d", attachedTo: server)
        let e = try ClientReplica.zhaozhou(folder, "e", attachedTo: server)
        let dEnglish = ClientReplica(folder, "d", english: true)
        try dEnglish.t(["set", plan, "period", "2026"])
        try e.t(["set", section, "heading", "主要任务（第二次离线）"])
        for year in [2025, 2026] {
            try b.t(["set", shared, "title", "义务教育优质均衡达标迎检（\(year)年）"])
            try b.sync()
        }
        _ = try server.admin(["compact", "--window", "0"])
        let text = try dEnglish.t(["sync"], expect: nil)
        #expect(text.stdout.contains("away longer than the server keeps history") && text.stdout.contains("Nothing made offline was lost"),
                "\(text.stdout)")
        let json = try e.sync()
        #expect(json["rebootstrapped"] as? Int != nil, "\(json)")
        #expect((json["horizonMessage"] as? String ?? "").contains("horizon"), "\(json)")
        try b.sync()
        let shown = try b.out("show", plan, "--no-ids")
        #expect(shown.contains("主要任务（第二次离线）") && shown.contains("（2026年）"), "\(shown)")
        #expect(try b.out("show", plan).contains("2026"))
    }
}
