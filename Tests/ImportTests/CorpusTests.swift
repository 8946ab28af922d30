import Foundation
import Testing
@testable import PlanImport

/// The two real documents of `../shared/corpus/`, imported as they were published.
struct CorpusTests {
    static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/corpus")

    static func text(_ name: String) throws -> String {
        try TextDecoding.decode(try Data(contentsOf: corpus.appendingPathComponent(name)))
    }

    /// Letters and digits with their counts.
    static func content(_ texts: [String]) -> [Character: Int] {
        var counts: [Character: Int] = [:]
        for text in texts { for c in text where TextCleaning.isContent(c) { counts[c, default: 0] += 1 } }
        return counts
    }

    /// Every content character of the document that is not in a dropped line is in the title, a number, a heading
    /// or a body, exactly as often as in the document: nothing lost, nothing duplicated.
    static func expectNothingLost(_ text: String, _ plan: ImportedPlan) {
        var dropped = plan.dropped
        let lines = TextCleaning.lines(text).map { TextCleaning.trimmed($0) }.filter { !$0.isEmpty }
        let glossed = lines.contains(where: TextCleaning.hasMarkedGloss)
        var kept: [String] = []
        for line in lines {
            if let i = dropped.firstIndex(of: line) { dropped.remove(at: i); continue }
            kept.append(TextCleaning.removeGlosses(line, plainSyllablesToo: glossed).0)
        }
        #expect(dropped.isEmpty, "dropped lines not in the document: \(dropped)")
        let output = [plan.title] + plan.allSections.flatMap { [$0.number, $0.heading, $0.body] }
        let input = content(kept), imported = content(output)
        let missing = input.filter { imported[$0.key, default: 0] < $0.value }
        let extra = imported.filter { input[$0.key, default: 0] < $0.value }
        #expect(missing.isEmpty, "lost: \(missing)")
        #expect(extra.isEmpty, "duplicated: \(extra)")
    }

    @Test func daqingFiveYearPlan() throws {
        let text = try Self.text("daqing-2021-2025-education-plan.txt")
        let plan = try PlanTextParser.parse(text)
        Self.expectNothingLost(text, plan)
        #expect(plan.title == "大庆教育事业十四五发展规划")
        #expect(plan.dropped.isEmpty)
        #expect(plan.sections.map { $0.number + $0.heading } == [
            "大庆市教育局关于印发大庆教育事业十四五发展规划的通知", "一、指导思想", "二、主要目标", "三、主要任务", "四、重大改革",
            "五、重点工程", "六、保障措施",
        ])
        #expect(plan.sections[2].children.map { $0.number + $0.heading } == ["——学前教育", "——义务教育", "——普高教育", "——中职教育", "——教师队伍"])
        let tasks = plan.sections[3]
        #expect(tasks.children.count == 10)
        #expect(tasks.children.map(\.number) == ["(一)", "(二)", "(三)", "(四)", "(五)", "(六)", "(七)", "(八)", "(九)", "(十)"])
        #expect(tasks.children[1].children.map { $0.number + $0.heading } == ["1.调整优化扩大普惠性资源", "2.完善普惠保障机制", "3.提高保育教育质量"])
        // "6打造足球试点区" lost its dot in the original; it is still item 6.
        #expect(tasks.children[5].children.map(\.number) == ["1.", "2.", "3.", "4.", "5.", "6"])
        #expect(tasks.children[5].children[5].heading == "打造足球试点区")
        #expect(tasks.children[7].children.isEmpty)

        let preschool = plan.sections[2].children[0].indicators.map { "\($0.name) \($0.comparator) \($0.value)\($0.unit) \($0.year ?? "-") \($0.scope ?? "-")" }
        #expect(preschool == ["学前三年毛入园率 ge 97% 2025 全市", "普惠性幼儿园覆盖率 ge 96% 2025 全市", "公办园在园幼儿占比 ge 52% 2025 全市"])
        let all = plan.allSections.flatMap(\.indicators)
        #expect(all.contains { $0.name == "九年义务教育巩固率" && $0.comparator == "ge" && $0.value == "99" && $0.year == "2025" })
        #expect(all.contains { $0.name == "高中毛入学率" && $0.value == "98" })
        #expect(all.contains { $0.name == "交流教师的比例" && $0.comparator == "approx" && $0.value == "7" && $0.unit == "%" })
        #expect(all.contains { $0.name == "培训校长、教师" && $0.value == "2" && $0.unit == "万人次" && $0.comparator == "ge" } || all.contains { $0.name.hasSuffix("培训校长、教师") && $0.unit == "万人次" })
        let counties = plan.allSections.flatMap(\.tasks).filter { $0.county != nil }.map { "\($0.county ?? "-") \($0.due ?? "-")" }
        #expect(counties == ["肇州县 2023", "龙凤区 2024", "大同区 2024"])
        #expect(PlanPeriodGuess.guess(title: plan.title, currentYear: 2030) == PlanPeriodGuess(period: "2021-2025", kind: "fiveYear", targetYear: 2025, source: .fiveYearNumber, evidence: "十四五"))
    }

    @Test func haichengAnnualPlanFromAWebPage() throws {
        let text = try Self.text("haicheng-2019-education-work-plan.txt")
        let plan = try PlanTextParser.parse(text)
        Self.expectNothingLost(text, plan)
        #expect(plan.title == "2019年海城市教育工作安排意见")
        #expect(plan.dropped == [
            "在线赌博平台注册-在线赌博平台排名-在线赌博平台网址-海城市人民政府",
            "海城市人民政府",
            "栏目导航",
            "发布时间:2019年3月12日",
            "Copyright 1995-2011 Haicheng China All Rights Reserved",
            "“中国海城”政府门户网站 海城市人民政府办公室版权所有",
            "建议使用IE5.5及以上版本浏览器,1024*768分辨率",
            "在线赌博平台注册-在线赌博平台排名-在线赌博平台网址-海城市人民政府",
        ])
        #expect(plan.sections.map(\.number) == ["", "一、", "二、", "三、", "四、"])
        #expect(plan.sections[0].heading == "2019年,我市教育工作的总体要求是")
        #expect(plan.sections[1].children.map(\.number) == ["(一)", "(二)", "(三)"])
        #expect(plan.sections[2].children.map(\.number) == ["(四)", "(五)", "(六)", "(七)", "(八)"])
        #expect(plan.sections[3].children.map(\.number) == ["(九)", "(十)", "(十一)", "(十二)"])
        #expect(plan.sections[4].children.isEmpty)
        let compulsory = plan.sections[2].children[1]
        #expect(compulsory.children.map(\.heading) == [
            "实施“大德育”建设", "开创家校共育新局面", "推进学校管理提档升级", "夯实常规教学工作", "推进集团(联盟)办学规范化发展",
            "加强“三名工作室”建设", "推进学段衔接理论研究和教育教学实践", "推进大语文教学学科研究和教学实践", "增强特殊教育保障能力",
            "推进特色校园文化建设",
        ])
        #expect(compulsory.body.isEmpty)
        // Paragraphs that only open with a sentence are not headings where the section is not marked that way.
        #expect(plan.sections[3].children[2].children.isEmpty)
        let all = plan.allSections.flatMap(\.indicators)
        #expect(all.contains { $0.name == "撤并学校" && $0.value == "XX" && $0.unit == "所" && $0.year == "2019" })
        #expect(all.contains { $0.name == "家长见面率" && $0.value == "100" && $0.comparator == "eq" })
        #expect(all.contains { $0.name.hasSuffix("学前教育经费比例") && $0.value == "7" })
        #expect(all.contains { $0.name.hasSuffix("招录省特岗计划教师") && $0.value == "200" && $0.unit == "人" })
        #expect(all.allSatisfy { $0.year == "2019" })
        // Commitments with a deadline or a named document are tasks.
        let tasks = plan.allSections.flatMap(\.tasks).map { "\($0.title)|\($0.due ?? "-")" }
        #expect(tasks.contains("全市小学高年级实行语数分科教学|2019-09"))
        #expect(tasks.contains("编制《海城市学校布局规划》|-"))
        #expect(tasks.contains("完成40所B级学校提档升级任务|-"))
    }
}
