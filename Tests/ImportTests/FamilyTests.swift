import Foundation
import Testing
@testable import PlanImport

/// Plans of other cities in the same tradition: other numbering orders, other page chrome, other encodings.
struct FamilyTests {
    @Test func aPortalPageWithChaptersAndLeadColons() throws {
        let plan = try PlanTextParser.parse(Fixtures.portalWithChapters)
        #expect(plan.title == "某市教育事业发展“十五五”规划")
        #expect(outline(plan) == [
            "第一部分发展基础",
            "  一、主要成绩",
            "  二、面临形势",
            "第二部分主要任务",
            "  一、学前教育",
            "    ⑴扩充资源",
            "      ❶城区",
            "      ❷农村",
            "    ⑵提升质量",
            "      1)保教质量评估覆盖率达到100%",
            "      2)示范园比例不低于30%",
            "  二、教师队伍",
            "    主要措施",
            "    保障机制",
        ])
        #expect(plan.dropped == [
            "某市教育事业发展“十五五”规划_某市人民政府门户网站",
            "某市人民政府",
            "网站首页 | 政务公开 | 政务服务 | 互动交流",
            "您现在的位置：首页 » 政务公开 » 规划计划",
            "某市教育事业发展“十五五”规划_某市人民政府门户网站",
            "主办：某市人民政府办公室  网站标识码：1234000000",
        ])
        #expect(section(plan, "主要措施")?.body == "到2030年，全市专任教师本科以上学历比例达到90%。")
        let indicators = plan.allSections.flatMap(\.indicators).map { "\($0.name) \($0.comparator) \($0.value)\($0.unit) \($0.year ?? "-") \($0.scope ?? "-")" }
        // 十五五 is 2026-2030: targets without a year of their own are for 2030.
        #expect(indicators == [
            "新增学位 eq 2万个 2030 全市", "新建幼儿园 eq 12所 2030 -", "保教质量评估覆盖率 eq 100% 2030 -",
            "示范园比例 ge 30% 2030 -", "专任教师本科以上学历比例 eq 90% 2030 全市",
        ])
        #expect(PlanPeriodGuess.guess(title: plan.title, currentYear: 2025).period == "2026-2030")
        CorpusTests.expectNothingLost(Fixtures.portalWithChapters, plan)
    }

    @Test func theTitleOnlyInThePageTitleBar() throws {
        let text = "2025年全县教育工作要点-某县人民政府\n一、目标\n入园率达到90%。\n二、措施\n加强保障。"
        let plan = try PlanTextParser.parse(text)
        #expect(plan.title == "2025年全县教育工作要点")
        #expect(plan.dropped == ["2025年全县教育工作要点-某县人民政府"])
        #expect(outline(plan) == ["一、目标", "二、措施"])
    }

    @Test func fixturesLoseNothing() throws {
        for text in [Fixtures.countyWebPage, Fixtures.traditionalWithGlosses, Fixtures.unusualOrder] {
            CorpusTests.expectNothingLost(text, try PlanTextParser.parse(text))
        }
    }

    @Test func decodingRefusesWhatIsNotText() throws {
        #expect(try TextDecoding.decode(Data("\u{FEFF}一、目标\r\n".utf8)) == "一、目标\r\n")
        #expect(try TextDecoding.decode("一、目标".data(using: .utf16)!) == "一、目标")
        #expect(throws: ImportProblem.notUTF8(byteOffset: 3)) { try TextDecoding.decode(Data([0x61, 0x62, 0x63, 0xBD, 0xCC])) }
        #expect(throws: ImportProblem.notText(format: "docx")) { try TextDecoding.decode(Data([0x50, 0x4B, 0x03, 0x04, 0, 0])) }
        #expect(throws: ImportProblem.notText(format: "pdf")) { try TextDecoding.decode(Data("%PDF-1.7".utf8)) }
        #expect(throws: ImportProblem.notText(format: "binary")) { try TextDecoding.decode(Data([0x61, 0x00, 0x62])) }
        #expect(throws: ImportProblem.empty) { try TextDecoding.decode(Data()) }
        #expect(throws: ImportProblem.empty) { try TextDecoding.decode(Data(" \n\u{3000}".utf8)) }
    }

    /// About 120 KB, the Daqing plan three times over: read whole, nothing lost. (How fast is the bench's to say, not a
    /// test's: a wall-clock bound here only measures how busy the machine is.)
    @Test func aLargePlanIsReadWhole() throws {
        let url = CorpusTests.corpus.appendingPathComponent("daqing-2021-2025-education-plan.txt")
        let text = try String(contentsOf: url, encoding: .utf8)
        let big = text + "\n" + text + "\n" + text
        let plan = try PlanTextParser.parse(big)
        CorpusTests.expectNothingLost(big, plan)
        let once = try PlanTextParser.parse(text)
        #expect(plan.allSections.flatMap(\.indicators).count == 3 * once.allSections.flatMap(\.indicators).count)
        #expect(plan.allSections.flatMap(\.tasks).count == 3 * once.allSections.flatMap(\.tasks).count)
    }
}

struct MoreNumberingTests {
    @Test func decimalOutlineNumbers() throws {
        let text = """
            某县教育发展规划（2021-2025年）
            1. 发展目标
            1.1 学前教育
            学前三年毛入园率达到95%以上。
            1.2 义务教育
            1.2.1 巩固率
            九年义务教育巩固率保持在99%以上。
            2. 主要任务
            2.1 扩大资源
            投入1.5亿元用于校舍改造，新增学位3000个。
            """
        let plan = try PlanTextParser.parse(text)
        #expect(outline(plan) == ["1.发展目标", "  1.1学前教育", "  1.2义务教育", "    1.2.1巩固率", "2.主要任务", "  2.1扩大资源"])
        #expect(section(plan, "扩大资源")?.body == "投入1.5亿元用于校舍改造，新增学位3000个。")
        #expect(section(plan, "扩大资源")?.indicators.map(\.value) == ["3000"])
    }

    @Test func aNumberAloneOnItsLine() throws {
        let text = "2025年工作要点\n一、\n指导思想\n坚持立德树人。\n二、\n主要任务\n加强师资建设,补充教师50人。"
        let plan = try PlanTextParser.parse(text)
        #expect(outline(plan) == ["一、指导思想", "二、主要任务"])
        #expect(plan.sections[1].body == "加强师资建设,补充教师50人。")
        CorpusTests.expectNothingLost(text, plan)
    }
}
