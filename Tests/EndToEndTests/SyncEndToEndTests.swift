import Foundation
import Testing

/// A city and two counties through the real server and real client processes.
@Suite(.serialized)
struct SyncEndToEndTests {
    @Test func offlineEditsEverywhereConvergeWithOneConflictRecordedIdentically() throws {
        let folder = TempFolder()
        let server = try ServerHarness(folder: folder)
        try server.start()
        let a = ClientReplica(folder, "zhaozhou-a"), b = ClientReplica(folder, "zhaozhou-b")
        let other = ClientReplica(folder, "zhaoyuan"), city = ClientReplica(folder, "daqing")
        try a.t(["init", "--office", "zhaozhou", "--name", "肇州县", "--parent", "daqing", "--user", "zhaozhou-editor"])
        let plan = try a.out("plan", "create", "--title", "肇州县2025年教育工作计划", "--period", "2025")
        let section = try a.out("add", "section", "--plan", plan, "--heading", "主要目标", "--body", "原文。")
        try a.attach(server.url, token: server.tokens["zhaozhou-editor"]!)
        try a.sync()
        try b.t(["init", "--office", "zhaozhou", "--name", "肇州县", "--parent", "daqing", "--user", "zhaozhou-editor"])
        try b.attach(server.url, token: server.tokens["zhaozhou-editor"]!)
        try other.t(["init", "--office", "zhaoyuan", "--name", "肇源县", "--parent", "daqing", "--user", "zhaoyuan-editor"])
        try other.attach(server.url, token: server.tokens["zhaoyuan-editor"]!)
        try city.t(["init", "--office", "daqing", "--name", "大庆市", "--level", "city", "--user", "daqing-reviewer"])
        try city.attach(server.url, token: server.tokens["daqing-reviewer"]!)

        // Offline on every side: two laptops of one county edit the same paragraph; another county and the city
        // write their own plans.
        try a.t(["set", section, "body", "甲：到2025年，学前三年毛入园率达97%以上。"])
        try b.t(["set", section, "body", "乙：到2025年，学前三年毛入园率达96%以上。"])
        try b.t(["add", "indicator", "--plan", plan, "--section", section, "--name", "普惠性幼儿园覆盖率", "--value", "90", "--unit", "%"])
        let otherPlan = try other.out("plan", "create", "--title", "肇源县计划", "--period", "2025")
        let cityPlan = try city.out("plan", "create", "--title", "大庆市工作要点", "--period", "2025")
        for replica in [a, b, other, city] { try replica.sync() }
        for replica in [a, b, other, city] { try replica.sync() }

        // The city sees the county's conflict (with --all) but is not asked to resolve it: only the county may.
        let conflicts = try [a, b, city].map { try $0.t(["conflicts", "--all", "--json"]).stdout }
        #expect(try city.t(["conflicts", "--json"]).stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "[\n\n]"
                || (try city.json("conflicts") as? [Any])?.isEmpty == true)
        let shows = try [a, b, city].map { try $0.out("show", plan, "--no-ids") }
        #expect(Set(shows).count == 1)
        #expect(shows[0].contains("普惠性幼儿园覆盖率"))
        let statuses = try [a, b, city].map { try $0.json("status") as? [String: Any] }
        #expect(statuses.map { $0?["openConflicts"] as? Int } == [1, 1, 1])
        #expect(statuses.map { $0?["unsyncedChanges"] as? Int } == [0, 0, 0])
        #expect(Set(conflicts).count == 1, "the conflict must read the same on every replica")
        let records = try #require(try JSONSerialization.jsonObject(with: Data(conflicts[0].utf8)) as? [[String: Any]])
        #expect(records.count == 1 && records.first?["field"] as? String == "body")
        // One county laptop resolves it (taking the other side's text); after a sync it is closed everywhere and
        // the history keeps who resolved it and how.
        let id = try #require(records.first?["id"] as? String)
        try b.t(["conflicts", "resolve", id, "--take-loser"])
        for replica in [b, a, city] { try replica.sync() }
        let settled = try [a, b, city].map { try $0.json("status") as? [String: Any] }
        #expect(settled.map { $0?["openConflicts"] as? Int } == [0, 0, 0])
        let texts = try [a, b, city].map { try $0.out("show", plan, "--no-ids") }
        #expect(Set(texts).count == 1 && texts[0].contains("甲：到2025年"), "the loser's text (甲, written first) was taken")
        #expect(try city.out("history", section, "body").contains("采用另一方"))
        // Counties never see each other's plans; the city sees all of them.
        #expect(!(try other.out("plan", "list").contains("肇州县2025年教育工作计划")))
        #expect(try other.out("plan", "list").contains("大庆市工作要点"))
        let cityPlans = try city.out("plan", "list")
        #expect(cityPlans.contains("肇州县2025年教育工作计划") && cityPlans.contains("肇源县计划"))
        _ = otherPlan
        _ = cityPlan
    }

    @Test func killingTheServerMidPushLosesNothingAndDoublesNothing() throws {
        let folder = TempFolder()
        let server = try ServerHarness(folder: folder)
        try server.start()
        let a = ClientReplica(folder, "a"), check = ClientReplica(folder, "check")
        try a.t(["init", "--office", "zhaozhou", "--name", "肇州县", "--parent", "daqing", "--user", "zhaozhou-editor"])
        try a.attach(server.url, token: server.tokens["zhaozhou-editor"]!)
        // A large outbox pushed in small batches, so the kill lands in the middle of the push.
        let plan = try a.out("plan", "create", "--title", "大计划", "--period", "2021-2025", "--kind", "fiveYear")
        let sections = (0..<120).map { i in "\(i)\t第\(i)节\t" + String(repeating: "推进教育优质均衡发展。", count: 20) }
        for line in sections {
            let parts = line.split(separator: "\t").map(String.init)
            _ = try a.out("add", "section", "--plan", plan, "--heading", parts[1], "--body", parts[2])
        }
        let total = (try a.json("status") as? [String: Any])?["unsyncedChanges"] as? Int ?? 0
        #expect(total == 3 + 120 * 3)

        // Kill the server once part of the outbox has gone.
        let syncProcess = try a.syncUntilPartlyUploaded(batch: 10)
        let port = server.port
        server.kill9()
        syncProcess.waitUntilExit()
        let left = (try a.json("status") as? [String: Any])?["unsyncedChanges"] as? Int ?? -1
        #expect(syncProcess.terminationStatus == 4 || left == 0, "an interrupted sync says the server is unreachable")
        // Local work is untouched and still readable offline.
        #expect(try a.out("show", plan, "--no-ids").contains("第119节"))

        try server.start(port: port)
        try a.sync()
        #expect((try a.json("status") as? [String: Any])?["unsyncedChanges"] as? Int == 0)
        // A fresh replica sees every change exactly once.
        try check.t(["init", "--office", "zhaozhou", "--name", "肇州县", "--parent", "daqing", "--user", "zhaozhou-editor"])
        try check.attach(server.url, token: server.tokens["zhaozhou-editor"]!)
        try check.sync()
        #expect(try check.out("show", plan, "--no-ids") == (try a.out("show", plan, "--no-ids")))
        let document = try check.json("show", plan) as? [String: Any]
        #expect((document?["sections"] as? [Any])?.count == 120)
    }

    @Test func anUnreachableServerLeavesLocalWorkAlone() throws {
        let folder = TempFolder()
        let a = ClientReplica(folder, "a", english: true)
        try a.t(["init", "--office", "zhaozhou", "--name", "肇州县", "--parent", "daqing", "--user", "u"])
        let plan = try a.out("plan", "create", "--title", "计划", "--period", "2025")
        let attach = try a.attach("http://127.0.0.1:9", token: "nope", expect: 4)
        #expect(attach.stderr.contains("Cannot reach the server"))
        #expect(try a.out("plan", "list").contains(String(plan.prefix(8))))
        let sync = try a.t(["sync"], expect: 1)
        #expect(sync.stderr.contains("not attached"))
    }
}
