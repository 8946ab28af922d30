import Foundation
import Testing

/// The "trust" issue end to end, through the real server and the real `tributary` binary: the city's figures come
/// from accepted submissions; a refused change can be withdrawn so the replica shows what the server holds; sync
/// and status report refusals grouped; exchange queues the same person's changes from a second laptop.
@Suite(.serialized)
struct RefusalsAndFiguresEndToEndTests {
    func replica(_ folder: TempFolder, _ server: ServerHarness, _ id: String, name: String, user: String? = nil,
                 file: String? = nil, level: String = "county") throws -> ClientReplica {
        let replica = ClientReplica(folder, file ?? id)
        var args = ["init", "--office", id, "--name", name, "--user", user ?? "\(id)-editor"]
        args += level == "city" ? ["--level", "city"] : ["--parent", "daqing"]
        try replica.t(args)
        try replica.attach(server.url, token: server.tokens[level == "city" ? "daqing-reviewer" : "\(id)-editor"]!)
        return replica
    }

    func id(in text: String) throws -> String {
        try #require(text.range(of: "[0-9a-f-]{36}", options: .regularExpression).map { String(text[$0]) })
    }

    func object(_ any: Any?) -> [String: Any] { any as? [String: Any] ?? [:] }

    func officeID(_ row: [String: Any]) -> String { object(row["office"])["id"] as? String ?? "" }

    @Test func figuresComeFromAcceptedSubmissionsUnlessDraftsAreAskedFor() throws {
        let folder = TempFolder()
        let server = try ServerHarness(folder: folder)
        try server.start()
        let zhaozhou = try replica(folder, server, "zhaozhou", name: "肇州县教育局")
        let zhaoyuan = try replica(folder, server, "zhaoyuan", name: "肇源县教育局")
        let city = try replica(folder, server, "daqing", name: "大庆市教育局", user: "daqing-reviewer", level: "city")

        let plan = try zhaozhou.out("plan", "create", "--title", "肇州县2025年教育工作计划", "--period", "2025")
        let seats = try zhaozhou.out("add", "indicator", "--plan", plan, "--name", "新增幼儿园学位", "--value", "600", "--unit", "个")
        let first = try id(in: try zhaozhou.out("submissions", "submit", plan, "--note", "定稿"))
        let plan2 = try zhaoyuan.out("plan", "create", "--title", "肇源县2025年教育工作计划", "--period", "2025")
        _ = try zhaoyuan.out("add", "indicator", "--plan", plan2, "--name", "新增幼儿园学位", "--value", "400", "--unit", "个")
        let lindian = try replica(folder, server, "lindian", name: "林甸县教育局")
        let plan3 = try lindian.out("plan", "create", "--title", "林甸县2025年教育工作计划", "--period", "2025")
        _ = try lindian.out("add", "indicator", "--plan", plan3, "--name", "新增幼儿园学位", "--value", "100", "--unit", "个")
        for r in [zhaozhou, zhaoyuan, lindian] { try r.sync() }
        try city.sync()
        try city.t(["submissions", "accept", first])
        let cityPlan = try city.out("plan", "create", "--title", "大庆市2025年教育工作要点", "--period", "2025")
        _ = try city.out("add", "indicator", "--plan", cityPlan, "--name", "新增幼儿园学位", "--comparator", "≥", "--value", "1000", "--unit", "个", "--rollup", "sum")
        try city.sync()

        // After acceptance the county edits its working plan (a test import, a late change): the city's figure stays.
        try zhaozhou.t(["set", seats, "value", "900"])
        try zhaozhou.sync()
        try city.sync()
        let rollup = object(try city.json("rollup", cityPlan))
        #expect(rollup["figures"] as? String == "accepted")
        let result = object((rollup["rollups"] as? [[String: Any]])?.first)
        let entries = result["entries"] as? [[String: Any]] ?? []
        let byOffice = Dictionary(uniqueKeysWithValues: entries.map { (officeID($0), $0) })
        #expect(byOffice["zhaozhou"]?["value"] as? String == "600")
        let source = object(byOffice["zhaozhou"]?["source"])
        #expect(source["kind"] as? String == "accepted" && source["submission"] as? String == first)
        #expect(source["acceptedMs"] is NSNumber && source["changedSinceAcceptance"] as? Int == 1)
        #expect(object(byOffice["zhaoyuan"]?["source"])["kind"] as? String == "none" && byOffice["zhaoyuan"]?["state"] as? String == "missing")
        #expect(result["rolledUp"] as? String == "600" && result["verdict"] as? String == "incomplete" && result["met"] == nil)
        let text = try city.out("rollup", cityPlan)
        #expect(text.contains("数据不全") && !text.contains("达标") && text.contains("工作稿在通过后已修改 1 处"))
        #expect(text.contains("已通过的报送 " + first.prefix(8)) && text.contains("无已通过的报送"))

        // --draft reads the working plans.
        let draft = object(try city.json("rollup", cityPlan, "--draft"))
        let drafted = object((draft["rollups"] as? [[String: Any]])?.first)
        #expect(draft["figures"] as? String == "draft" && drafted["rolledUp"] as? String == "1400" && drafted["verdict"] as? String == "met")
        #expect(try city.out("rollup", cityPlan, "--draft").contains("达标"))

        // The board: the latest submission's status, and separately which accepted submission the figures use.
        let second = try id(in: try zhaozhou.out("submissions", "submit", plan, "--note", "补充")) 
        try zhaozhou.sync()
        try city.sync()
        let board = try #require(try city.json("board", cityPlan) as? [[String: Any]])
        let row = try #require(board.first { officeID($0) == "zhaozhou" })
        #expect(row["submission"] as? String == "submitted" && row["latestSubmission"] as? String == second)
        #expect(object(row["figures"])["kind"] as? String == "accepted" && object(row["figures"])["submission"] as? String == first)
        let other = try #require(board.first { officeID($0) == "zhaoyuan" })
        #expect(other["submission"] as? String == "draft" && object(other["figures"])["kind"] as? String == "none")
        #expect(other["missingIndicators"] as? [String] == ["新增幼儿园学位"])
        let boardText = try city.out("board", cityPlan)
        #expect(boardText.contains("已报送") && boardText.contains("已通过的报送 " + first.prefix(8)))

        // Exports say the same.
        let csvPath = folder.file("rollup.csv")
        try city.t(["export", "rollup", cityPlan, "-o", csvPath])
        let csv = try String(contentsOfFile: csvPath, encoding: .utf8)
        #expect(csv.contains("数据来源") && csv.contains("已通过的报送 " + first) && csv.contains("数据不全") && csv.contains("无已通过的报送"))
        let markdown = try city.out("export", "markdown", cityPlan)
        #expect(markdown.contains("| 数据不全 |") && markdown.contains("已通过的报送 " + first))
    }

    /// Two laptops of the city review the same submission offline: one accepts, the other returns it with a note.
    /// The replica can't know the other verdict, so it writes its own; the server refuses both of its changes for one
    /// reason, which sync and status say once; discarding them leaves the replica equal to the server.
    @Test func aSecondVerdictIsRefusedSaidOnceAndDiscarded() throws {
        let folder = TempFolder()
        let server = try ServerHarness(folder: folder)
        try server.start()
        let county = try replica(folder, server, "zhaozhou", name: "肇州县教育局")
        let city = try replica(folder, server, "daqing", name: "大庆市教育局", user: "daqing-reviewer", level: "city")
        let other = try replica(folder, server, "daqing", name: "大庆市教育局", user: "daqing-reviewer", file: "daqing-2", level: "city")
        let plan = try county.out("plan", "create", "--title", "肇州县2025年教育工作计划", "--period", "2025")
        _ = try county.out("add", "section", "--plan", plan, "--heading", "主要目标")
        let submission = try id(in: try county.out("submissions", "submit", plan))
        try county.sync()
        try city.sync()
        try other.sync()
        try city.t(["submissions", "accept", submission, "--note", "同意"])
        try city.sync()
        // Offline, the second laptop returns the same submission and goes on with the city's own plan.
        try other.t(["submissions", "return", submission, "--note", "请修改"])
        let cityPlan = try other.out("plan", "create", "--title", "大庆市2025年教育工作要点", "--period", "2025")
        func status(_ r: ClientReplica) throws -> String? {
            (try r.json("submissions", "list") as? [[String: Any]])?.first { $0["id"] as? String == submission }?["status"] as? String
        }
        #expect(try status(other) == "returned")
        let first = try other.t(["sync"], expect: 3)
        // Grouped, and in the reader's language: a Chinese reader sees the server's Chinese reason.
        #expect(first.stdout.contains("被拒绝 2 条，原因相同") && first.stdout.contains("该报送已有审核结论"), "\(first.stdout)")
        #expect(!first.stdout.contains("already has its verdict"), "\(first.stdout)")
        // Still set aside on the next sync, which still says so with exit 3.
        let again = try other.t(["sync", "--json"], expect: 3)
        #expect(object(try JSONSerialization.jsonObject(with: Data(again.stdout.utf8)))["setAside"] as? Int == 2)
        let state = object(try other.json("status"))
        let reasons = state["refusalReasons"] as? [[String: Any]] ?? []
        #expect(state["refusedChanges"] as? Int == 2 && reasons.map { $0["count"] as? Int } == [2])
        let statusText = try other.out("status")
        #expect(statusText.contains("tributary outbox discard") && statusText.contains("2 条：") && statusText.contains("该报送已有审核结论"), "\(statusText)")
        let englishStatus = try ClientReplica(folder, "daqing-2", english: true).t(["status"]).stdout
        #expect(englishStatus.contains("2 × ") && englishStatus.contains("already has its verdict") && !englishStatus.contains("审核结论"), "\(englishStatus)")
        // The outbox gives the server's reason in the user's language.
        #expect(try other.out("outbox").contains("该报送已有审核结论"))
        #expect(try ClientReplica(folder, "daqing-2", english: true).t(["outbox"]).stdout.contains("already has its verdict"))
        try city.sync()
        #expect(try status(city) == "accepted" && (try status(other)) == "returned")
        #expect(try city.out("plan", "list").contains("大庆市2025年教育工作要点"), "the rest of the laptop's work went through")

        // Bad input changes nothing.
        #expect(try other.t(["outbox", "discard"], expect: nil).status != 0)
        let wrong = try other.t(["outbox", "discard", "000000000000001-000000-rnothing"], expect: 1)
        #expect(wrong.stderr.contains("不在被拒绝列表中"))
        #expect(try status(other) == "returned")

        let discard = try other.t(["outbox", "discard", "--all"])
        #expect(discard.stdout.contains("已撤回被拒绝的修改 2 条"), "\(discard.stdout)")
        #expect(try status(other) == "accepted")
        try other.t(["sync"])
        try city.sync()
        // The laptop now shows exactly what the server (and so the other laptop) holds.
        for (mine, theirs) in [(try other.out("show", plan, "--json"), try city.out("show", plan, "--json")),
                               (try other.out("show", cityPlan, "--json"), try city.out("show", cityPlan, "--json")),
                               (try other.out("submissions", "list", "--json"), try city.out("submissions", "list", "--json")),
                               (try other.out("conflicts", "--all", "--json"), try city.out("conflicts", "--all", "--json"))] {
            #expect(mine == theirs)
        }
        let after = object(try other.json("status"))
        #expect(after["refusedChanges"] as? Int == 0 && after["discardedChanges"] as? Int == 2)
        let discarded = try #require(try other.json("outbox", "discarded") as? [[String: Any]])
        #expect(discarded.count == 2 && discarded.allSatisfy { ($0["reason"] as? String ?? "").isEmpty == false })
    }

    @Test func aRevokedTokenIsSaidOnceWithTheFix() throws {
        let folder = TempFolder()
        let server = try ServerHarness(folder: folder)
        try server.start()
        let issued = try run(Binaries.server, ["token", "issue", "zhaozhou-editor", "--json", "--data", server.data])
        let token = try #require(try JSONSerialization.jsonObject(with: Data(issued.stdout.utf8)) as? [String: Any])
        let county = ClientReplica(folder, "zhaozhou")
        try county.t(["init", "--office", "zhaozhou", "--name", "肇州县教育局", "--parent", "daqing", "--user", "zhaozhou-editor"])
        try county.attach(server.url, token: try #require(token["token"] as? String))
        for title in ["甲", "乙", "丙"] { _ = try county.out("plan", "create", "--title", title, "--period", "2025") }
        #expect(try run(Binaries.server, ["token", "revoke", try #require(token["id"] as? String), "--data", server.data]).status == 0)
        let sync = try county.t(["sync"], expect: 1)
        #expect(sync.stderr.components(separatedBy: "令牌无效、已过期或已被吊销").count == 2, "\(sync.stderr)")
        #expect(sync.stderr.contains("tributary attach"))
        // Nothing was lost or set aside: the work waits in the outbox for a new token.
        let status = try #require(try county.json("status") as? [String: Any])
        #expect(status["unsyncedChanges"] as? Int == 9 && status["refusedChanges"] as? Int == 0)
    }

    @Test func exchangeQueuesTheSamePersonsChangesFromASecondLaptop() throws {
        let folder = TempFolder()
        let server = try ServerHarness(folder: folder)
        try server.start()
        let laptop = try replica(folder, server, "zhaozhou", name: "肇州县教育局")
        let second = try replica(folder, server, "zhaozhou", name: "肇州县教育局", file: "zhaozhou-2")
        let city = try replica(folder, server, "daqing", name: "大庆市教育局", user: "daqing-reviewer", level: "city")
        // Written on the second laptop, which never syncs.
        let plan = try second.out("plan", "create", "--title", "肇州县2025年教育工作计划（家中）", "--period", "2025")
        let exchange = try laptop.out("exchange", second.db)
        #expect(exchange.contains("新增修改 3 条") && exchange.contains("3 条是本用户另一副本尚未上传的修改，已排队"))
        #expect((try laptop.json("status") as? [String: Any])?["unsyncedChanges"] as? Int == 3)
        let report = try laptop.sync()
        #expect(report["sent"] as? Int == 3 && report["sentForOtherReplicas"] as? Int == 3)
        try city.sync()
        #expect(try city.out("plan", "list").contains("肇州县2025年教育工作计划（家中）"))
        // When the second laptop syncs later, the server already has them: nothing is sent twice.
        let late = try second.sync()
        #expect(late["sent"] as? Int == 0)
        #expect(try second.out("show", plan, "--json") == (try laptop.out("show", plan, "--json")))
    }
}
