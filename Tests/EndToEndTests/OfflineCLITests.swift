import Foundation
import Testing

/// The offline client as a user runs it: the real binary, no server.
struct OfflineCLITests {
    /// Issue 2's acceptance: build the 主要目标 part of the Daqing plan offline and read it back, correctly numbered.
    @Test func buildTheDaqingMainTargetsOffline() throws {
        let dir = TempFolder()
        let env = ["TRIBUTARY_DB": dir.file("daqing.db")]
        func t(_ args: String...) throws -> String {
            let result = try run(Binaries.client, args, environment: env)
            #expect(result.status == 0, "\(args): \(result.stderr)")
            return result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        _ = try t("init", "--office", "daqing", "--name", "大庆市教育局", "--level", "city", "--user", "规划科")
        let plan = try t("plan", "create", "--title", "大庆教育事业十四五发展规划", "--period", "2021-2025", "--kind", "fiveYear")
        _ = try t("add", "section", "--plan", plan, "--heading", "指导思想", "--body", "以习近平新时代中国特色社会主义思想为指导。")
        let targets = try t("add", "section", "--plan", plan, "--heading", "主要目标")
        let preschool = try t("add", "section", "--plan", plan, "--parent", targets, "--heading", "学前教育",
                              "--body", "到2025年,全市学前三年毛入园率达97%以上,普惠性幼儿园覆盖率达96%以上,公办园在园幼儿占比保持在52%以上。")
        _ = try t("add", "indicator", "--plan", plan, "--section", preschool, "--name", "学前三年毛入园率", "--comparator", "≥",
                  "--value", "97", "--unit", "%", "--year", "2025", "--scope", "全市")
        _ = try t("add", "indicator", "--plan", plan, "--section", preschool, "--name", "普惠性幼儿园覆盖率", "--comparator", "以上",
                  "--value", "96", "--unit", "%", "--year", "2025", "--scope", "全市")
        let compulsory = try t("add", "section", "--plan", plan, "--parent", targets, "--heading", "义务教育")
        _ = try t("add", "indicator", "--plan", plan, "--section", compulsory, "--name", "九年义务教育巩固率", "--comparator", "ge",
                  "--value", "99", "--unit", "%", "--year", "2025")
        let draft = try t("add", "indicator", "--plan", plan, "--section", compulsory, "--name", "撤并学校", "--value", "XX", "--unit", "所")
        _ = try t("add", "section", "--plan", plan, "--parent", targets, "--heading", "普高教育", "--after", preschool)
        let outline = try t("show", plan, "--no-ids")
        #expect(outline == """
            大庆教育事业十四五发展规划（2021-2025，五年规划）
            一、指导思想
                以习近平新时代中国特色社会主义思想为指导。
            二、主要目标
              （一）学前教育
                  到2025年,全市学前三年毛入园率达97%以上,普惠性幼儿园覆盖率达96%以上,公办园在园幼儿占比保持在52%以上。
                  ◆ 指标：学前三年毛入园率 ≥ 97%（2025年，全市）
                  ◆ 指标：普惠性幼儿园覆盖率 ≥ 96%（2025年，全市）
              （二）普高教育
              （三）义务教育
                  ◆ 指标：九年义务教育巩固率 ≥ 99%（2025年）
                  ◆ 指标：撤并学校 = XX所 ［待填］
            """)
        // Fill in the placeholder, then look at its history.
        _ = try t("set", String(draft.prefix(8)), "value", "3")
        let history = try run(Binaries.client, ["history", draft, "value", "--json"], environment: env)
        let changes = try JSONSerialization.jsonObject(with: Data(history.stdout.utf8)) as? [[String: Any]]
        #expect(changes?.map { $0["value"] as? String } == ["XX", "3"])
        #expect(changes?.allSatisfy { $0["author"] as? String == "规划科" } == true)
        // Status counts what is waiting for a server.
        let status = try JSONSerialization.jsonObject(with: Data(try t("status", "--json").utf8)) as? [String: Any]
        #expect((status?["unsyncedChanges"] as? Int ?? 0) > 20)
        #expect(status?["openConflicts"] as? Int == 0)
    }

    @Test func deleteAndRestoreASectionWithItsContents() throws {
        let dir = TempFolder()
        let env = ["TRIBUTARY_DB": dir.file("r.db"), "LANG": "en_US.UTF-8"]
        func t(_ args: String...) throws -> ProcessResult { try run(Binaries.client, args, environment: env) }
        _ = try t("init", "--office", "zhaozhou", "--name", "肇州县教育局", "--parent", "daqing", "--user", "李明")
        let plan = try t("plan", "create", "--title", "肇州县2025年教育工作计划", "--period", "2025").stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let section = try t("add", "section", "--plan", plan, "--heading", "重点任务").stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        _ = try t("add", "task", "--plan", plan, "--section", section, "--title", "义务教育优质均衡达标迎检", "--due", "2023", "--lead", "县教育局")
        #expect(try t("delete", section).status == 0)
        #expect(!(try t("show", plan).stdout.contains("重点任务")))
        let editDeleted = try t("set", section, "heading", "x")
        #expect(editDeleted.status != 0 && editDeleted.stderr.contains("deleted"))
        #expect(try t("restore", section).status == 0)
        let shown = try t("show", plan, "--no-ids").stdout
        #expect(shown.contains("一、重点任务") && shown.contains("义务教育优质均衡达标迎检"))
    }

    @Test func foreignAndMissingFilesGetReadableErrorsAndStayUntouched() throws {
        let dir = TempFolder()
        let foreign = dir.file("notes.txt")
        try "这不是数据库".write(toFile: foreign, atomically: true, encoding: .utf8)
        let result = try run(Binaries.client, ["status", "--db", foreign])
        #expect(result.status == 1)
        #expect(result.stderr.contains("不是 SQLite 数据库"))
        #expect(try String(contentsOfFile: foreign, encoding: .utf8) == "这不是数据库")
        let missing = try run(Binaries.client, ["status", "--db", dir.file("none.db")], environment: ["LANG": "en_US.UTF-8"])
        #expect(missing.status == 1 && missing.stderr.contains("tributary init"))
        #expect(!FileManager.default.fileExists(atPath: dir.file("none.db")))
        let invalid = try run(Binaries.client, ["init", "--office", "Bad Code", "--name", "x", "--user", "u", "--db", dir.file("x.db")])
        #expect(invalid.status != 0)
    }
}
