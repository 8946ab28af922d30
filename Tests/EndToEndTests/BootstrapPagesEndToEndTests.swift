import Foundation
import Testing

/// A new replica's start read by pages, through the real server and client processes: a replica that attaches
/// reading three changes per page ends exactly as one that reads everything in one page (plans, the conflict with
/// its base, the cursor: a later sync brings nothing twice), and a hand-made bootstrap query that makes no sense is
/// refused with a 400 and a reason.
@Suite(.serialized)
struct BootstrapPagesEndToEndTests {
    @Test func aStartReadInSmallPagesEndsLikeOneReadWhole() throws {
        let folder = TempFolder()
        let server = try ServerHarness(folder: folder)
        try server.start()
        let a = ClientReplica(folder, "a"), b = ClientReplica(folder, "b")
        for replica in [a, b] {
            try replica.t(["init", "--office", "zhaozhou", "--name", "肇州县", "--parent", "daqing", "--user", "zhaozhou-editor"])
        }
        let plan = try a.out("plan", "create", "--title", "肇州县2025年教育工作计划", "--period", "2025")
        var sections: [String] = []
        for index in 1...6 {
            sections.append(try a.out("add", "section", "--plan", plan, "--heading", "第\(index)部分", "--body", "原文\(index)。"))
        }
        try a.attach(server.url, token: server.tokens["zhaozhou-editor"]!)
        try a.sync()
        try b.attach(server.url, token: server.tokens["zhaozhou-editor"]!)
        // A conflict, and a superseded heading, so that the start holds history as well as current versions.
        try a.t(["set", sections[0], "body", "甲改。"])
        try b.t(["set", sections[0], "body", "乙改。"])
        try a.t(["set", sections[1], "heading", "第二部分（改）"])
        for replica in [a, b, a] { try replica.sync() }

        let paged = ClientReplica(folder, "paged"), whole = ClientReplica(folder, "whole")
        for replica in [paged, whole] {
            try replica.t(["init", "--office", "daqing", "--name", "大庆市", "--level", "city", "--user", "daqing-reviewer"])
        }
        try paged.t(["attach", "--server", server.url, "--token-stdin", "--bootstrap-page", "3"], stdin: server.tokens["daqing-reviewer"]! + "\n")
        try whole.t(["attach", "--server", server.url, "--token-stdin", "--bootstrap-page", "10000"], stdin: server.tokens["daqing-reviewer"]! + "\n")
        #expect(try paged.out("show", plan, "--no-ids") == whole.out("show", plan, "--no-ids"))
        #expect(try paged.out("show", plan, "--no-ids").contains("第二部分（改）"))
        #expect(try paged.t(["conflicts", "--all", "--json"]).stdout == whole.t(["conflicts", "--all", "--json"]).stdout)
        let conflicts = try #require(try JSONSerialization.jsonObject(with: Data(paged.t(["conflicts", "--all", "--json"]).stdout.utf8)) as? [[String: Any]])
        #expect(conflicts.count == 1 && conflicts.first?["field"] as? String == "body")
        try paged.t(["check"])
        // The cursor moved with the last page: the next sync brings nothing the pages brought.
        let sync = try paged.t(["sync", "--json"], expect: nil)
        let next = try #require(try JSONSerialization.jsonObject(with: Data(sync.stdout.utf8)) as? [String: Any])
        #expect(next["received"] as? Int == 0, "\(next)")
        let statuses = try [paged, whole].map { try #require($0.json("status") as? [String: Any]) }
        for key in ["plans", "openConflicts", "unsyncedChanges"] {
            #expect(statuses[0][key] as? Int == statuses[1][key] as? Int, "\(key): \(statuses)")
        }

        // A bad page size is refused before anything is sent.
        let refused = try paged.t(["sync", "--bootstrap-page", "0"], expect: nil)
        #expect(refused.status != 0 && refused.stderr.contains("--bootstrap-page"))
    }

    /// A start killed between two pages (SIGKILL: nothing flushed, nothing cleaned up): the replica's cursor has not
    /// moved, so its next sync reads the start again rather than the whole log; what the pages already brought is
    /// recognised, nothing is applied twice, no version the start leaves out (one since replaced) comes, and the
    /// replica ends exactly as one that started in one go.
    @Test func aStartKilledBetweenPagesLosesNothingAndAppliesNothingTwice() throws {
        let folder = TempFolder()
        let server = try ServerHarness(folder: folder)
        try server.start()
        let county = ClientReplica(folder, "county")
        try county.t(["init", "--office", "zhaozhou", "--name", "肇州县", "--parent", "daqing", "--user", "zhaozhou-editor"])
        try county.t(["import", ImportCLITests.haicheng, "--title", "肇州县2019年教育工作安排", "--period", "2019"])
        try county.attach(server.url, token: server.tokens["zhaozhou-editor"]!)
        try county.sync()
        // Versions since replaced: in the log, not in the start.
        let drafts = try county.out("plan", "create", "--title", "肇州县2020年教育工作安排", "--period", "2020")
        let section = try county.out("add", "section", "--plan", drafts, "--heading", "初稿", "--body", "正文。")
        for round in 1...5 { try county.t(["set", section, "heading", "第\(round)稿"]) }
        try county.sync()
        let reference = ClientReplica(folder, "reference"), city = ClientReplica(folder, "city")
        for replica in [reference, city] {
            try replica.t(["init", "--office", "daqing", "--name", "大庆市", "--level", "city", "--user", "daqing-reviewer"])
        }
        try reference.attach(server.url, token: server.tokens["daqing-reviewer"]!)

        // One change per page, so that the start takes many round trips; killed once its file has taken some pages.
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Binaries.client)
        process.arguments = ["attach", "--server", server.url, "--token-stdin", "--bootstrap-page", "1", "--db", city.db]
        var environment = ProcessInfo.processInfo.environment
        for key in ["LANG", "LC_ALL", "TRIBUTARY_DB", "TRIBUTARY_TOKEN"] { environment[key] = nil }
        environment.merge(city.env) { _, new in new }
        process.environment = environment
        let input = Pipe()
        process.standardInput = input
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        input.fileHandleForWriting.write(Data((server.tokens["daqing-reviewer"]! + "\n").utf8))
        try input.fileHandleForWriting.close()
        let deadline = Date().addingTimeInterval(30)
        func walBytes() -> Int { (try? FileManager.default.attributesOfItem(atPath: city.db + "-wal")[.size] as? Int) ?? 0 }
        while process.isRunning && walBytes() < 256 * 1024 && Date() < deadline { usleep(5_000) }
        let killedMidway = process.isRunning
        if killedMidway { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
        #expect(killedMidway, "the start ended before it could be interrupted: give it more pages")

        let status = try #require(city.json("status") as? [String: Any])
        #expect(status["plans"] as? Int ?? 0 > 0, "the pages applied before the kill are kept: \(status)")
        let resumed = try city.t(["sync", "--json"])
        let report = try #require(try JSONSerialization.jsonObject(with: Data(resumed.stdout.utf8)) as? [String: Any])
        #expect(report["started"] as? Int ?? 0 > 0, "the next sync reads the start again: \(report)")
        let plans = try #require(try reference.json("plan", "list") as? [[String: Any]]).compactMap { $0["id"] as? String }
        #expect(plans.count == 2)
        for plan in plans { #expect(try city.out("show", plan, "--no-ids") == reference.out("show", plan, "--no-ids")) }
        #expect(try city.out("show", drafts, "--no-ids").contains("第5稿"))
        // Exactly the changes a start brings: the five replaced headings did not come.
        let held = { (replica: ClientReplica) throws -> Int in
            try #require(try replica.json("log", "-n", "10000") as? [Any]).count
        }
        #expect(try held(city) == held(reference))
        #expect(try held(county) == held(reference) + 5, "the county holds the five replaced headings; the start leaves them out")
        #expect(try city.t(["conflicts", "--all", "--json"]).stdout == reference.t(["conflicts", "--all", "--json"]).stdout)
        try city.t(["check"])
        let after = try city.t(["sync", "--json"], expect: nil)
        let again = try #require(try JSONSerialization.jsonObject(with: Data(after.stdout.utf8)) as? [String: Any])
        #expect(again["received"] as? Int == 0, "\(again)")
    }

    @Test func aBootstrapQueryThatMakesNoSenseIsRefused() throws {
        let folder = TempFolder()
        let server = try ServerHarness(folder: folder)
        try server.start()
        let http = RawHTTP(port: server.port)
        let token = server.tokens["zhaozhou-editor"]
        for (query, reason) in [("after=5", "end"), ("limit=0", "limit"), ("limit=99999999", "limit"), ("after=-1", "after"),
                                ("after=3&end=2", "end"), ("end=999999", "past the end")] {
            let reply = try http.exchange(RawHTTP.head("GET", "/v1/bootstrap?" + query, token: token))
            #expect(reply.status == 400, "\(query): \(reply.head)")
            #expect(reply.body.contains(reason), "\(query): \(reply.body)")
        }
        let fine = try http.exchange(RawHTTP.head("GET", "/v1/bootstrap?after=0&limit=2", token: token))
        #expect(fine.status == 200)
    }
}
