import Foundation
import Testing

/// `tributary import` as a user runs it: the real binary on the real corpus documents and on bad input.
struct ImportCLITests {
    static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/corpus")
    static let haicheng = corpus.appendingPathComponent("haicheng-2019-education-work-plan.txt").path
    static let daqing = corpus.appendingPathComponent("daqing-2021-2025-education-plan.txt").path

    func setUp(_ dir: TempFolder, english: Bool = false) throws -> [String: String] {
        var env = ["TRIBUTARY_DB": dir.file("r.db")]
        if english { env["LANG"] = "en_US.UTF-8" }
        let created = try run(Binaries.client, ["init", "--office", "haicheng", "--name", "海城市教育局", "--level", "city", "--user", "规划科"], environment: env)
        #expect(created.status == 0, "\(created.stderr)")
        return env
    }

    @Test func importTheHaichengWebPageAndShowIt() throws {
        let dir = TempFolder()
        let env = try setUp(dir)
        let imported = try run(Binaries.client, ["import", Self.haicheng], environment: env)
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.contains("已导入规划《2019年海城市教育工作安排意见》（2019，年度计划）"))
        #expect(imported.stdout.contains("丢弃 8 行非正文内容"))
        let shown = try run(Binaries.client, ["show", "--no-ids"], environment: env)
        #expect(shown.status == 0, "\(shown.stderr)")
        let lines = shown.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "2019年海城市教育工作安排意见（2019，年度计划）")
        #expect(lines.contains("一、高举习近平新时代中国特色社会主义伟大旗帜,全面加强党的建设"), "the introduction before 一、 is kept unnumbered")
        #expect(lines.contains("    实施“大德育”建设"), "lead-phrase headings stay unnumbered, as in the document")
        #expect(lines.contains { $0.contains("◆ 指标：撤并学校 = XX所 ［待填］（2019年）") })
        #expect(!shown.stdout.contains("赌博"))
        #expect(!shown.stdout.contains("栏目导航"))
        #expect(!shown.stdout.contains("(xiàn)"))
        // The import is ordinary changes waiting to sync.
        let status = try JSONSerialization.jsonObject(with: Data(try run(Binaries.client, ["status", "--json"], environment: env).stdout.utf8)) as? [String: Any]
        #expect((status?["unsyncedChanges"] as? Int ?? 0) > 100)
    }

    @Test func dryRunJSONChangesNothing() throws {
        let dir = TempFolder()
        let env = try setUp(dir)
        let result = try run(Binaries.client, ["import", Self.daqing, "--dry-run", "--json"], environment: env)
        #expect(result.status == 0, "\(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(json["title"] as? String == "大庆教育事业十四五发展规划")
        #expect((json["dropped"] as? [String])?.isEmpty == true)
        let sections = try #require(json["sections"] as? [[String: Any]])
        #expect(sections.map { $0["heading"] as? String } == [
            "大庆市教育局关于印发大庆教育事业十四五发展规划的通知", "指导思想", "主要目标", "主要任务", "重大改革", "重点工程", "保障措施",
        ])
        let goals = try #require(sections[2]["children"] as? [[String: Any]])
        let preschool = try #require(goals.first?["indicators"] as? [[String: Any]])
        #expect(preschool.first?["name"] as? String == "学前三年毛入园率")
        #expect(preschool.first?["comparator"] as? String == "ge")
        #expect(preschool.first?["value"] as? String == "97")
        #expect(preschool.first?["unit"] as? String == "%")
        #expect(preschool.first?["year"] as? String == "2025")
        #expect(preschool.first?["scope"] as? String == "全市")
        let plans = try run(Binaries.client, ["plan", "list"], environment: env)
        #expect(!plans.stdout.contains("大庆"))
        let status = try JSONSerialization.jsonObject(with: Data(try run(Binaries.client, ["status", "--json"], environment: env).stdout.utf8)) as? [String: Any]
        #expect(status?["unsyncedChanges"] as? Int == 0)
    }

    @Test func dryRunForAPersonAndStandardInput() throws {
        let dir = TempFolder()
        let env = try setUp(dir, english: true)
        let text = try String(contentsOfFile: Self.haicheng, encoding: .utf8)
        let result = try run(Binaries.client, ["import", "-", "--dry-run"], environment: env, stdin: text)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("Plan: 2019年海城市教育工作安排意见 (2019, annual plan)"))
        #expect(result.stdout.contains("lines dropped as noise:"))
        #expect(result.stdout.contains("  - 栏目导航"))
        #expect(result.stdout.contains("◆ Indicator: 撤并学校 = XX所 [to fill in] (by 2019)"))
        // Overrides from the command line.
        let overridden = try run(Binaries.client, ["import", "-", "--title", "海城教育", "--period", "2019-2020", "--kind", "fiveYear", "--json"],
                                 environment: env, stdin: text)
        #expect(overridden.status == 0, "\(overridden.stderr)")
        let summary = try JSONSerialization.jsonObject(with: Data(overridden.stdout.utf8)) as? [String: Any]
        #expect(summary?["title"] as? String == "海城教育")
        #expect(summary?["period"] as? String == "2019-2020")
        #expect(summary?["kind"] as? String == "fiveYear")
        #expect((summary?["sections"] as? Int ?? 0) > 20)
    }

    @Test func badInputGetsAClearMessageAndChangesNothing() throws {
        let dir = TempFolder()
        let env = try setUp(dir)
        // GB18030 bytes of 教育规划 (not UTF-8).
        let gbk = dir.file("gbk.txt")
        try Data([0xBD, 0xCC, 0xD3, 0xFD, 0xB9, 0xE6, 0xBB, 0xAE, 0x0A]).write(to: URL(fileURLWithPath: gbk))
        let notUTF8 = try run(Binaries.client, ["import", gbk], environment: env)
        #expect(notUTF8.status == 1)
        #expect(notUTF8.stderr.contains("不是 UTF-8 文本"))
        #expect(notUTF8.stderr.contains("iconv -f GB18030 -t UTF-8"))

        let empty = dir.file("empty.txt")
        try Data("\n  \n".utf8).write(to: URL(fileURLWithPath: empty))
        let emptyResult = try run(Binaries.client, ["import", empty], environment: env)
        #expect(emptyResult.status == 1)
        #expect(emptyResult.stderr.contains("是空的"))

        let prose = dir.file("prose.txt")
        try Data("关于教育工作的几点想法\n今年要加强学前教育,办好义务教育。\n还要提高教师待遇,改善办学条件。\n".utf8).write(to: URL(fileURLWithPath: prose))
        let noStructure = try run(Binaries.client, ["import", prose], environment: env)
        #expect(noStructure.status == 1)
        #expect(noStructure.stderr.contains("--as-one-section"))

        let docx = dir.file("plan.docx")
        try Data([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00]).write(to: URL(fileURLWithPath: docx))
        let word = try run(Binaries.client, ["import", docx], environment: env)
        #expect(word.status == 1)
        #expect(word.stderr.contains("Word"))

        let missing = try run(Binaries.client, ["import", dir.file("nope.txt")], environment: env)
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("找不到文件"))

        let badPeriod = try run(Binaries.client, ["import", Self.haicheng, "--period", "明年"], environment: env)
        #expect(badPeriod.status != 0)

        let plans = try run(Binaries.client, ["plan", "list", "--json"], environment: env)
        #expect(!plans.stdout.contains("\"id\""))

        // As one section, the same prose imports.
        let one = try run(Binaries.client, ["import", prose, "--as-one-section", "--title", "几点想法"], environment: env)
        #expect(one.status == 0, "\(one.stderr)")
        let shown = try run(Binaries.client, ["show", "--no-ids"], environment: env)
        #expect(shown.stdout.contains("\n正文\n"))
        #expect(shown.stdout.contains("今年要加强学前教育,办好义务教育。"))
    }

    /// `show` prints the numbers the document prints, where it numbers (一)…(十二) straight through its parts.
    @Test func showKeepsTheDocumentsOwnNumbers() throws {
        let dir = TempFolder()
        let env = try setUp(dir)
        let imported = try run(Binaries.client, ["import", Self.haicheng], environment: env)
        #expect(imported.status == 0, "\(imported.stderr)")
        let shown = try run(Binaries.client, ["show", "--no-ids"], environment: env)
        let lines = shown.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains("  （一）坚持把党的政治建设摆在首位,凝聚推动全面振兴教育发展的思想动力"))
        #expect(lines.contains("  (四)加强幼儿园管理,推进学前教育公益普惠发展"), "\(lines.filter { $0.contains("幼儿园管理") })")
        #expect(lines.contains("  (十二)实施大安全体系建设,营造平安稳定的教育环境"))
    }

    /// Importing the same document twice asks first (refuses without a terminal); --update imports a newer version as
    /// ordinary edits to the existing plan.
    @Test func importTwiceOrANewerVersion() throws {
        let dir = TempFolder()
        let env = try setUp(dir)
        #expect(try run(Binaries.client, ["import", Self.haicheng], environment: env).status == 0)
        let again = try run(Binaries.client, ["import", Self.haicheng], environment: env)
        #expect(again.status == 1)
        #expect(again.stderr.contains("已有同名同期的规划"))
        #expect(again.stderr.contains("--update"))
        let listed = try JSONSerialization.jsonObject(with: Data(try run(Binaries.client, ["plan", "list", "--json"], environment: env).stdout.utf8))
        let plans = try #require(listed as? [[String: Any]])
        #expect(plans.count == 1)
        let id = try #require(plans.first?["id"] as? String)

        // A newer version: one paragraph reworded, one section added.
        var text = try String(contentsOfFile: Self.haicheng, encoding: .utf8)
        text = text.replacingOccurrences(of: "继续招录省特岗计划教师200人", with: "继续招录省特岗计划教师260人")
        text = text.replacingOccurrences(of: "四、发挥督导作用", with: "五、加强宣传\n做好教育宣传工作,讲好教育故事。\n四、发挥督导作用")
        let newer = dir.file("newer.txt")
        try Data(text.utf8).write(to: URL(fileURLWithPath: newer))
        let before = try JSONSerialization.jsonObject(with: Data(try run(Binaries.client, ["status", "--json"], environment: env).stdout.utf8)) as? [String: Any]
        let updated = try run(Binaries.client, ["import", newer, "--update", String(id.prefix(8)), "--json"], environment: env)
        #expect(updated.status == 0, "\(updated.stderr)")
        let summary = try #require(try JSONSerialization.jsonObject(with: Data(updated.stdout.utf8)) as? [String: Any])
        #expect((summary["changed"] as? Int ?? 0) >= 2, "\(summary)")
        #expect((summary["added"] as? Int ?? 0) >= 1, "\(summary)")
        let after = try JSONSerialization.jsonObject(with: Data(try run(Binaries.client, ["status", "--json"], environment: env).stdout.utf8)) as? [String: Any]
        let grown = (after?["unsyncedChanges"] as? Int ?? 0) - (before?["unsyncedChanges"] as? Int ?? 0)
        #expect(grown > 0 && grown < 40, "only the differences are written: \(grown)")
        let shown = try run(Binaries.client, ["show", "--no-ids"], environment: env)
        #expect(shown.stdout.contains("继续招录省特岗计划教师260人"))
        #expect(shown.stdout.contains("五、加强宣传") || shown.stdout.contains("加强宣传"))
        #expect(shown.stdout.contains("◆ 指标：招录省特岗计划教师 = 260人") || shown.stdout.contains("260人"))
        let stillOne = try JSONSerialization.jsonObject(with: Data(try run(Binaries.client, ["plan", "list", "--json"], environment: env).stdout.utf8)) as? [[String: Any]]
        #expect(stillOne?.count == 1)

        // The dry run says what the import would ask, and names the plan to update.
        let dry = try run(Binaries.client, ["import", Self.haicheng, "--dry-run"], environment: env)
        #expect(dry.status == 0, "\(dry.stderr)")
        #expect(dry.stderr.contains("已有同名同期的规划") && dry.stderr.contains("--update \(id.prefix(8))"), "\(dry.stderr)")

        // --new makes the second plan without asking.
        let second = try run(Binaries.client, ["import", Self.haicheng, "--new"], environment: env)
        #expect(second.status == 0, "\(second.stderr)")
    }

    /// The dry run says why each line was dropped.
    @Test func dryRunGivesTheReasons() throws {
        let dir = TempFolder()
        let env = try setUp(dir)
        let result = try run(Binaries.client, ["import", Self.haicheng, "--dry-run"], environment: env)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("  - 栏目导航　〔网站导航〕"))
        #expect(result.stdout.contains("〔垃圾广告〕"))
        #expect(result.stdout.contains("〔网站页脚、版权或备案信息〕"))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(try run(Binaries.client, ["import", Self.haicheng, "--dry-run", "--json"], environment: env).stdout.utf8)) as? [String: Any])
        #expect((json["droppedReasons"] as? [String])?.first == "spam")
    }

    /// The dry run names the year it gives targets without one and the words it read it from, so that a plan read
    /// for the wrong year is seen before the import; `--period` overrides it, and the dry run says so.
    @Test func dryRunNamesTheYearAndWhereItWasRead() throws {
        let dir = TempFolder()
        let env = try setUp(dir)
        let text = "某县实验中学2027—2028学年度教学工作计划\n一、工作目标\n全校学生体质健康合格率达到95%。\n二、主要措施\n（一）加强教研\n每周开展集体备课。\n"
        let dry = try run(Binaries.client, ["import", "-", "--dry-run"], environment: env, stdin: text)
        #expect(dry.status == 0, "\(dry.stderr)")
        #expect(dry.stdout.contains("年份：未写年份的指标和任务按 2027 年计，依据标题中的“2027—2028学年度”"), "\(dry.stdout)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(try run(Binaries.client, ["import", "-", "--dry-run", "--json"], environment: env, stdin: text).stdout.utf8)) as? [String: Any])
        let year = try #require(json["planYear"] as? [String: Any])
        #expect(year["year"] as? Int == 2027 && year["source"] as? String == "titleRange" && year["evidence"] as? String == "2027—2028学年度")
        let given = try run(Binaries.client, ["import", "-", "--dry-run", "--period", "2028"], environment: env, stdin: text)
        #expect(given.stdout.contains("年份：未写年份的指标和任务按 2028 年计，按 --period 指定的期间"), "\(given.stdout)")
        // The school year given as its two years is still of the year it begins.
        let both = try run(Binaries.client, ["import", "-", "--dry-run", "--period", "2027-2028"], environment: env, stdin: text)
        #expect(both.stdout.contains("年份：未写年份的指标和任务按 2027 年计，按 --period 指定的期间"), "\(both.stdout)")
        // Nothing names a year: the dry run says the year is a guess.
        let undated = try run(Binaries.client, ["import", "-", "--dry-run"], environment: env, stdin: "某县教育工作要点\n一、总体要求\n稳步推进。\n")
        #expect(undated.stdout.contains("文档中找不到年份，按今年计；不对时用 --period 指定期间"), "\(undated.stdout)")
    }
}
