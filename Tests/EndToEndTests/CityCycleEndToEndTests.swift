import Foundation
import Testing

/// Issue 5 end to end: a city and three counties through the real server: submit, return with a comment, revise,
/// resubmit, accept; a roll-up with one county missing an indicator and one holding a placeholder; exports; and a
/// county that tries to accept its own submission.
@Suite(.serialized)
struct CityCycleEndToEndTests {
    func county(_ folder: TempFolder, _ server: ServerHarness, _ id: String, _ name: String) throws -> ClientReplica {
        let replica = ClientReplica(folder, id)
        try replica.t(["init", "--office", id, "--name", name, "--parent", "daqing", "--user", "\(id)-editor"])
        try replica.attach(server.url, token: server.tokens["\(id)-editor"]!)
        return replica
    }

    func submissions(_ replica: ClientReplica) throws -> [[String: Any]] {
        (try replica.json("submissions", "list") as? [[String: Any]]) ?? []
    }

    @Test func oneCycleFromDraftToExport() throws {
        let folder = TempFolder()
        let server = try ServerHarness(folder: folder)
        try server.start()
        let zhaozhou = try county(folder, server, "zhaozhou", "肇州县教育局")
        let zhaoyuan = try county(folder, server, "zhaoyuan", "肇源县教育局")
        let lindian = try county(folder, server, "lindian", "林甸县教育局")
        let city = ClientReplica(folder, "daqing")
        try city.t(["init", "--office", "daqing", "--name", "大庆市教育局", "--level", "city", "--user", "daqing-reviewer"])
        try city.attach(server.url, token: server.tokens["daqing-reviewer"]!)

        // Three county drafts: one complete, one with a placeholder, one missing the enrolment rate.
        let plan = try zhaozhou.out("plan", "create", "--title", "肇州县2025年教育工作计划", "--period", "2025")
        let goals = try zhaozhou.out("add", "section", "--plan", plan, "--heading", "主要目标", "--body", "到2025年，全县学前三年毛入园率达95%以上。")
        let rate = try zhaozhou.out("add", "indicator", "--plan", plan, "--section", goals, "--name", "学前三年毛入园率", "--comparator", "≥", "--value", "95", "--unit", "%", "--year", "2025")
        _ = try zhaozhou.out("add", "indicator", "--plan", plan, "--section", goals, "--name", "新增幼儿园学位", "--value", "600", "--unit", "个")
        _ = try zhaozhou.out("add", "task", "--plan", plan, "--section", goals, "--title", "义务教育优质均衡达标迎检", "--lead", "县教育局", "--due", "2023")
        let plan2 = try zhaoyuan.out("plan", "create", "--title", "肇源县2025年教育工作计划", "--period", "2025")
        _ = try zhaoyuan.out("add", "indicator", "--plan", plan2, "--name", "学前三年毛入园率", "--value", "XX", "--unit", "%")
        _ = try zhaoyuan.out("add", "indicator", "--plan", plan2, "--name", "新增幼儿园学位", "--value", "400", "--unit", "个")
        let plan3 = try lindian.out("plan", "create", "--title", "林甸县2025年教育工作计划", "--period", "2025")
        _ = try lindian.out("add", "indicator", "--plan", plan3, "--name", "新增幼儿园学位", "--value", "500", "--unit", "个")
        for replica in [zhaozhou, zhaoyuan, lindian] { try replica.sync() }

        // Submit; the city returns it with a comment on the indicator.
        let first = try zhaozhou.out("submissions", "submit", plan, "--note", "初稿")
        let firstID = try #require(first.range(of: "[0-9a-f-]{36}", options: .regularExpression).map { String(first[$0]) })
        try zhaozhou.sync()
        try city.sync()
        #expect(try submissions(city).map { $0["status"] as? String } == ["submitted"])
        try city.t(["submissions", "return", firstID, "--note", "毛入园率目标偏低", "--comment", "\(rate):应不低于97%"])
        try city.sync()
        try zhaozhou.sync()
        let returned = try #require(try submissions(zhaozhou).first)
        #expect(returned["status"] as? String == "returned")
        #expect(returned["reviewNote"] as? String == "毛入园率目标偏低")
        let comments = returned["comments"] as? [[String: Any]] ?? []
        #expect(comments.map { $0["body"] as? String } == ["应不低于97%"] && comments.first?["target"] as? String == rate)
        // The county is told, and sees the comment beside the indicator it is about.
        let told = try zhaozhou.out("status")
        #expect(told.contains("市局退回了报送《肇州县2025年教育工作计划》：毛入园率目标偏低") && told.contains("💬 应不低于97%"), "\(told)")
        #expect(try zhaozhou.out("show", plan, "--no-ids").split(separator: "\n").contains { $0.contains("学前三年毛入园率") && $0.contains("💬 应不低于97%") })
        #expect(try zhaozhou.t(["sync"], expect: nil).stdout.contains("市局退回了报送"))

        // Revise and resubmit; the city compares the two and accepts.
        try zhaozhou.t(["set", rate, "value", "97"])
        let second = try zhaozhou.out("submissions", "submit", plan, "--note", "已按意见修改")
        let secondID = try #require(second.range(of: "[0-9a-f-]{36}", options: .regularExpression).map { String(second[$0]) })
        try zhaozhou.sync()
        try city.sync()
        let compare = try city.out("submissions", "compare", firstID, secondID)
        #expect(compare.contains("学前三年毛入园率") && compare.contains("95") && compare.contains("97"))
        try city.t(["submissions", "accept", secondID, "--note", "同意"])
        try city.sync()
        try zhaozhou.sync()
        let statuses = Dictionary(uniqueKeysWithValues: try submissions(zhaozhou).map { ($0["id"] as! String, $0["status"] as! String) })
        #expect(statuses == [firstID: "returned", secondID: "accepted"])

        // The city plan rolls the counties up.
        let cityPlan = try city.out("plan", "create", "--title", "大庆市2025年教育工作要点", "--period", "2025")
        _ = try city.out("add", "indicator", "--plan", cityPlan, "--name", "新增幼儿园学位", "--comparator", "≥", "--value", "1500", "--unit", "个", "--rollup", "sum")
        _ = try city.out("add", "indicator", "--plan", cityPlan, "--name", "学前三年毛入园率", "--comparator", "≥", "--value", "97", "--unit", "%", "--rollup", "min")
        _ = try city.out("add", "task", "--plan", cityPlan, "--title", "义务教育优质均衡达标迎检", "--county", "肇州县教育局", "--due", "2023", "--lead", "市教育局")
        // The working plans (--draft): the default reads accepted submissions only (TrustEndToEndTests).
        let rollup = try #require(try city.json("rollup", cityPlan, "--draft") as? [String: Any])
        let results = rollup["rollups"] as? [[String: Any]] ?? []
        let seats = try #require(results.first { $0["name"] as? String == "新增幼儿园学位" })
        #expect(seats["rolledUp"] as? String == "1500" && seats["met"] as? Bool == true)
        let rates = try #require(results.first { $0["name"] as? String == "学前三年毛入园率" })
        let states = Dictionary(uniqueKeysWithValues: (rates["entries"] as? [[String: Any]] ?? []).map {
            (($0["office"] as? [String: Any])?["id"] as? String ?? "", $0["state"] as? String ?? "")
        })
        #expect(states == ["zhaozhou": "value", "zhaoyuan": "placeholder", "lindian": "missing"])
        #expect(rates["rolledUp"] as? String == "97")

        // The board: every county at a glance, with its last sync as the server saw it.
        try city.sync()
        let board = try #require(try city.json("board", cityPlan, "--draft") as? [[String: Any]])
        #expect(board.count == 3 && board.allSatisfy { $0["lastSyncMs"] is NSNumber })
        let zhaozhouRow = try #require(board.first { ($0["office"] as? [String: Any])?["id"] as? String == "zhaozhou" })
        #expect(zhaozhouRow["submission"] as? String == "accepted")
        #expect(zhaozhouRow["overdueTasks"] as? [String] == ["义务教育优质均衡达标迎检"])
        let zhaoyuanRow = try #require(board.first { ($0["office"] as? [String: Any])?["id"] as? String == "zhaoyuan" })
        #expect(zhaoyuanRow["placeholderIndicators"] as? [String] == ["学前三年毛入园率"])

        // Exports open in Excel: UTF-8 with a BOM, Chinese intact.
        let rollupCSV = folder.file("rollup.csv"), tasksCSV = folder.file("tasks.csv"), markdown = folder.file("plan.md")
        try city.t(["export", "rollup", cityPlan, "-o", rollupCSV])
        try city.t(["export", "tasks", cityPlan, "-o", tasksCSV])
        try city.t(["export", "markdown", cityPlan, "-o", markdown])
        for path in [rollupCSV, tasksCSV] {
            let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
            #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF], "\(path) starts with a BOM")
        }
        let tasks = try String(contentsOfFile: tasksCSV, encoding: .utf8)
        #expect(tasks.contains("序号,所属单位,重点任务,牵头单位,责任单位,完成时限,状态,是否逾期") && tasks.contains("义务教育优质均衡达标迎检"))
        // The counties' own tasks follow the city's, each row naming whose plan holds it.
        let taskRows = tasks.split(separator: "\r\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        #expect(taskRows.contains { $0.count == 8 && $0[1] == "大庆市教育局" && $0[2] == "义务教育优质均衡达标迎检" }, "\(tasks)")
        #expect(taskRows.contains { $0.count == 8 && $0[1] == "肇州县教育局" }, "\(tasks)")
        #expect(!tasks.contains("'"), "no stray apostrophes: \(tasks)")
        let rollupText = try String(contentsOfFile: rollupCSV, encoding: .utf8)
        #expect(rollupText.contains("林甸县教育局") && rollupText.contains("新增幼儿园学位"))
        // Figures alone in numeric columns, units in their own, headers that cannot be confused.
        #expect(rollupText.contains("指标,填报单位,数值,计量单位,比较,目标值,是否达标,备注,数据来源"), "\(rollupText)")
        let rollupRows = rollupText.split(separator: "\r\n").dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        #expect(!rollupRows.isEmpty && rollupRows.allSatisfy { $0.count >= 9 && ($0[2].isEmpty || Double($0[2]) != nil) }, "\(rollupText)")
        #expect(!rollupText.contains("'"), "no stray apostrophes: \(rollupText)")
        #expect(try String(contentsOfFile: markdown, encoding: .utf8).contains("大庆市2025年教育工作要点"))

        // A county that tries to accept its own (returned) submission is told at once, offline, with the reason the
        // server would give; nothing is written, so nothing waits to be refused.
        let accepted = try zhaozhou.t(["submissions", "accept", firstID], expect: 1)
        #expect(accepted.stderr.contains("县区不能把自己的报送设为"), "\(accepted.stderr)")
        #expect((try zhaozhou.json("status") as? [String: Any])?["unsyncedChanges"] as? Int == 0)
        #expect(Dictionary(uniqueKeysWithValues: try submissions(zhaozhou).map { ($0["id"] as! String, $0["status"] as! String) })[firstID] == "returned")
        try zhaozhou.t(["set", goals, "heading", "主要目标（修订）"])
        let after = try zhaozhou.t(["sync", "--json"], expect: nil)
        #expect(after.status == 0 || after.status == 3)
        try city.sync()
        #expect(try city.out("show", plan, "--no-ids").contains("主要目标（修订）"))
    }
}
