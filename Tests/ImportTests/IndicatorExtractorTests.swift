import Testing
@testable import PlanImport

struct IndicatorExtractorTests {
    func extract(_ text: String, year: String? = nil) -> [ImportedIndicator] {
        IndicatorExtractor.extract(from: text, defaultYear: year)
    }

    func summary(_ list: [ImportedIndicator]) -> [String] {
        list.map { "\($0.name) \($0.comparator) \($0.value)\($0.unit) \($0.year ?? "-") \($0.scope ?? "-")" }
    }

    @Test func severalTargetsInOneSentenceShareItsYearAndScope() {
        let found = extract("到2025年,全市学前三年毛入园率达97%以上,普惠性幼儿园覆盖率达96%以上,公办园在园幼儿占比保持在52%以上。")
        #expect(summary(found) == [
            "学前三年毛入园率 ge 97% 2025 全市",
            "普惠性幼儿园覆盖率 ge 96% 2025 全市",
            "公办园在园幼儿占比 ge 52% 2025 全市",
        ])
        #expect(found.allSatisfy { $0.source == "到2025年,全市学前三年毛入园率达97%以上,普惠性幼儿园覆盖率达96%以上,公办园在园幼儿占比保持在52%以上。" })
    }

    @Test func everyFormOfTheIssue() {
        #expect(summary(extract("普惠性幼儿园覆盖率达到96%以上。")) == ["普惠性幼儿园覆盖率 ge 96% - -"])
        #expect(summary(extract("九年义务教育巩固率持续保持在99%以上。", year: "2025")) == ["九年义务教育巩固率 ge 99% 2025 -"])
        #expect(summary(extract("新建公办园6所。")) == ["新建公办园 eq 6所 - -"])
        #expect(summary(extract("全市补充教师1000人以上。")) == ["补充教师 ge 1000人 - 全市"])
        #expect(summary(extract("原则上交流教师的比例应达到交流对象的7%左右。")) == ["交流教师的比例 approx 7% - -"])
        #expect(summary(extract("2019年撤并学校XX所,完成义务教育学校撤并工作。")) == ["撤并学校 eq XX所 2019 -"])
    }

    @Test func placeholdersInEveryWriting() {
        for text in ["撤并学校XX所。", "撤并学校××所。", "撤并学校ＸＸ所。", "撤并学校xx所。", "撤并学校＿＿所。"] {
            let found = extract(text)
            #expect(found.count == 1 && found[0].value == "XX" && found[0].unit == "所", "\(text)")
        }
    }

    @Test func comparators() {
        #expect(extract("生均公用经费不低于600元。").first?.comparator == "ge")
        #expect(extract("每位教师每年校本培训不少于24学分。").first?.comparator == "ge")
        #expect(extract("大班额比例不超过5%。").first?.comparator == "le")
        #expect(extract("大班额比例控制在5%以内。").first?.comparator == "le")
        #expect(extract("近视率下降到30%以下。").first?.comparator == "le")
        #expect(extract("交流比例达到7%左右。").first?.comparator == "approx")
        #expect(extract("家长见面率达到100%。").first?.comparator == "eq")
    }

    @Test func decimalsAndUnits() {
        #expect(summary(extract("财政性教育经费占比达到4.5%。")) == ["财政性教育经费占比 eq 4.5% - -"])
        #expect(summary(extract("保证每年培训校长、教师2万人次以上。")) == ["每年培训校长、教师 ge 2万人次 - -"])
        #expect(summary(extract("新增幼儿园学位5000个。")) == ["新增幼儿园学位 eq 5000个 - -"])
        #expect(summary(extract("投入资金3.2亿元。")) == ["投入资金 eq 3.2亿元 - -"])
        #expect(summary(extract("普及率达到９８％以上。")) == ["普及率 ge 98% - -"])
    }

    @Test func severalCountsJoinedByEnumerationComma() {
        #expect(summary(extract("新建公办园6所、改扩建公办园10所。")) == ["新建公办园 eq 6所 - -", "改扩建公办园 eq 10所 - -"])
    }

    @Test func countiesAsScope() {
        let found = extract("力争实现龙凤区、让胡路区区域范围内全国校园足球特色学校占比达到60%。")
        #expect(summary(found) == ["全国校园足球特色学校占比 eq 60% - 龙凤区、让胡路区"])
        #expect(extract("肇州县入园率达到90%。").first?.scope == "肇州县")
    }

    @Test func numbersThatAreNotTargets() {
        for text in ["基本消除56人以上大班额。", "落实公办园年生均600元的公用经费财政拨款。", "研究撤并1-2所办学困难的一般高中。",
                     "使学生掌握1-3项体育技能。", "至少“1区1县”达优质均衡标准。", "完成40所B级学校提档升级任务。",
                     "继续执行中考体育100分。", "各县区至少自带1G互联网带宽流量并网。", "小学、初中巩固率分别达到99%和98%。"] {
            #expect(extract(text).isEmpty, "\(text)")
        }
    }

    @Test func traditionalCharactersKeepTheirOwnText() {
        let found = extract("督導覆蓋率達到100%。培訓教師2萬人次以上。")
        #expect(summary(found) == ["督導覆蓋率 eq 100% - -", "培訓教師 ge 2萬人次 - -"])
    }
}

struct TaskExtractorTests {
    @Test func aTaskBrokenDownByCountyAndYear() {
        let tasks = TaskExtractor.extract(from: "有力推动县域义务教育优质均衡创建,确保肇州县2023年,龙凤区、大同区2024年达标迎检。", heading: "推动县域义务教育一体化发展")
        #expect(tasks.map { "\($0.county ?? "-") \($0.due ?? "-")" } == ["肇州县 2023", "龙凤区 2024", "大同区 2024"])
        #expect(tasks.allSatisfy { $0.title == "有力推动县域义务教育优质均衡创建，达标迎检" })
    }

    @Test func aTaskTableLine() {
        let tasks = TaskExtractor.extract(from: "加强经费保障（牵头单位：县教育局；责任单位：县财政局、县人社局；完成时限：2025年6月）。", heading: "保障措施")
        #expect(tasks == [ImportedTask(title: "加强经费保障", lead: "县教育局", partners: "县财政局、县人社局", due: "2025-06",
                                       source: "加强经费保障（牵头单位：县教育局；责任单位：县财政局、县人社局；完成时限：2025年6月）。")])
    }

    @Test func yearsWithoutCountiesAreNotTasks() {
        #expect(TaskExtractor.extract(from: "到2025年,全市学前三年毛入园率达97%以上。", heading: "").isEmpty)
        #expect(TaskExtractor.extract(from: "市委教工委、教育局党组把2019-2020年作为教育系统党建工作建设年。", heading: "").isEmpty)
        #expect(TaskExtractor.extract(from: "2019年海城市委把教育系统作为全市党建工作三大工程之一。", heading: "").isEmpty)
    }

    @Test func dueDates() {
        #expect(TaskExtractor.parseDue("2025年底前") == "2025")
        #expect(TaskExtractor.parseDue("2025年6月30日") == "2025-06-30")
        #expect(TaskExtractor.parseDue("长期坚持") == nil)
    }
}

struct TaskTableTests {
    @Test func aPastedTaskBreakdownTable() throws {
        let text = """
            2025年工作要点
            一、重点任务分解
            任务分解表如下。
            序号\t重点任务\t牵头单位\t责任单位\t完成时限
            1\t新建城区幼儿园\t县教育局\t县住建局、县财政局\t2025年9月
            2\t推进县管校聘改革\t县教育局\t县人社局\t2025年底
            3\t开展教师全员培训\t县教师进修学校\t\t长期坚持
            二、保障措施
            加强领导。
            """
        let plan = try PlanTextParser.parse(text)
        let tasks = try #require(section(plan, "重点任务分解")?.tasks)
        #expect(tasks.map { "\($0.title)|\($0.lead ?? "-")|\($0.partners ?? "-")|\($0.due ?? "-")" } == [
            "新建城区幼儿园|县教育局|县住建局、县财政局|2025-09",
            "推进县管校聘改革|县教育局|县人社局|2025",
            "开展教师全员培训|县教师进修学校|-|-",
        ])
        #expect(section(plan, "重点任务分解")?.body.contains("1\t新建城区幼儿园") == true)
    }

    @Test func columnsLinedUpWithSpaces() {
        let columns = TaskTable.header("序号  重点任务        牵头单位    完成时限")
        #expect(columns?.task == 1)
        #expect(columns?.lead == 2)
        #expect(columns?.due == 3)
        let task = TaskTable.task("1     扩充学前资源    市教育局    2025年底", columns: columns!)
        #expect(task?.title == "扩充学前资源")
        #expect(task?.lead == "市教育局")
        #expect(task?.due == "2025")
    }

    @Test func labelsOnLinesOfTheirOwnDescribeOneTask() throws {
        let text = "2025年工作要点\n一、任务\n1.扩充学前教育资源。新建幼儿园3所。\n牵头单位：县教育局\n责任单位：县财政局\n完成时限：2025年底\n2.加强师资"
        let plan = try PlanTextParser.parse(text)
        let tasks = try #require(section(plan, "扩充学前教育资源")?.tasks)
        #expect(tasks.count == 1)
        #expect(tasks.first?.title == "扩充学前教育资源")
        #expect(tasks.first?.lead == "县教育局")
        #expect(tasks.first?.partners == "县财政局")
        #expect(tasks.first?.due == "2025")
    }
}
