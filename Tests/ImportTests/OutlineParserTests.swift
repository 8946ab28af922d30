import Foundation
import Testing
import Shared
@testable import PlanImport

/// The outline a reader sees, as "depth number heading" lines.
func outline(_ plan: ImportedPlan) -> [String] {
    plan.allSections.map { String(repeating: "  ", count: $0.depth) + $0.number + $0.heading }
}

func section(_ plan: ImportedPlan, _ heading: String) -> ImportedSection? {
    plan.allSections.first { $0.heading == heading }
}

struct OutlineParserTests {
    @Test func aCountyWebPage() throws {
        let plan = try PlanTextParser.parse(Fixtures.countyWebPage)
        #expect(plan.title == "肇州县2025年教育工作要点")
        #expect(outline(plan) == [
            "",
            "一、主要目标",
            "二、重点任务",
            "  （一）扩大学前教育资源",
            "    1、新建公办园6所、改扩建公办园10所",
            "    2、补充教师1000人以上，交流比例应达到7%左右",
            "      （1）撤并学校XX所",
            "      （2）大班额比例控制在5%以内",
            "        ① 加强统筹",
            "        ② 生均公用经费不低于600元",
            "  （二）推进义务教育优质均衡",
            "    实施质量提升行动",
            "    强化教师队伍建设",
            "    深化评价改革",
            "三、保障措施",
        ].map { $0.replacingOccurrences(of: "① ", with: "①").replacingOccurrences(of: "② ", with: "②") })
        #expect(plan.sections[0].body == "2025年，全县教育工作以办好人民满意的教育为目标，突出以下重点。")
        #expect(plan.dropped == [
            "首页 | 政务公开 | 新闻中心 | 办事服务",
            "当前位置：首页 > 政务公开 > 通知公告",
            "发布时间：2025-02-18  来源：肇州县教育局  浏览次数：326",
            "【字体：大 中 小】【打印】【关闭】",
            "肇州县2025年教育工作要点",
            "版权所有：肇州县教育局  技术支持：某某网络公司",
            "Copyright © 2025 All Rights Reserved  黑ICP备12345678号",
        ])
    }

    /// A decimal outline whose top level is a bare number before its title ("1　总体要求" over "3.1　…", "3.1.1　…"): the
    /// bare numbers are its top level (set 26); without decimal parts under them, a bare number before a word is none.
    @Test func aDecimalOutlineToppedByBareNumbers() throws {
        let text = """
            某县2027年教育督导工作计划
            1　总体要求
            坚持督政、督学、评估监测统筹推进。
            2　重点工作
            2.1　督政工作
            开展乡镇履行教育职责评价。
            2.2　督学工作
            做实责任督学挂牌督导。
            3　保障措施
            加强组织领导。
            """
        let plan = try PlanTextParser.parse(text)
        #expect(outline(plan) == ["1总体要求", "2重点工作", "  2.1督政工作", "  2.2督学工作", "3保障措施"])
        #expect(plan.dropped.isEmpty)
        let ranked = "某校工作计划\n一、工作目标\n提高质量。\n热门排行\n1　教研员个人年度工作总结\n2　幼儿园春季学期工作计划"
        #expect(!outline(try PlanTextParser.parse(ranked)).contains("1教研员个人年度工作总结"))
    }

    @Test func inlineEnumerationsStayText() throws {
        let plan = try PlanTextParser.parse(Fixtures.countyWebPage)
        #expect(section(plan, "加强统筹")?.body == "一是加强统筹，二是强化督导，三是落实责任。")
        #expect(section(plan, "实施质量提升行动")?.body == "一是完善教研体系，二是推进课堂改革。")
        #expect(section(plan, "深化评价改革")?.body == "建立增值评价机制，每年评选优秀教师20名。")
        #expect(!plan.allSections.contains { $0.heading.hasPrefix("一是") || $0.heading.hasPrefix("二是") })
    }

    @Test func indicatorsAndTasksLandInTheirSections() throws {
        let plan = try PlanTextParser.parse(Fixtures.countyWebPage)
        func names(_ heading: String) -> [String] {
            (section(plan, heading)?.indicators ?? []).map { "\($0.name) \($0.comparator) \($0.value)\($0.unit) \($0.year ?? "-") \($0.scope ?? "-")" }
        }
        #expect(names("主要目标") == [
            "学前三年毛入园率 ge 97% 2025 全县", "普惠性幼儿园覆盖率 ge 96% 2025 全县", "九年义务教育巩固率 ge 99% 2025 -",
        ])
        #expect(names("新建公办园6所、改扩建公办园10所") == ["新建公办园 eq 6所 2025 -", "改扩建公办园 eq 10所 2025 -"])
        #expect(names("补充教师1000人以上，交流比例应达到7%左右") == ["补充教师 ge 1000人 2025 -", "交流比例 approx 7% 2025 -"])
        #expect(names("撤并学校XX所") == ["撤并学校 eq XX所 2025 -"])
        #expect(names("大班额比例控制在5%以内") == ["大班额比例 le 5% 2025 -"])
        #expect(names("生均公用经费不低于600元") == ["生均公用经费 ge 600元 2025 -"])
        #expect(names("强化教师队伍建设") == ["补充教师 eq 80人 2025 全县"])
        #expect(names("深化评价改革") == ["每年评选优秀教师 eq 20名 2025 -"])
        let tasks = section(plan, "保障措施")?.tasks ?? []
        #expect(tasks.map { "\($0.title)|\($0.lead ?? "-")|\($0.county ?? "-")|\($0.due ?? "-")" } == [
            "达标迎检|-|肇州县|2023", "达标迎检|-|龙凤区|2024", "达标迎检|-|大同区|2024", "加强经费保障|县教育局|-|2025-06",
        ])
        #expect(plan.indicatorCount == 12)
    }

    @Test func traditionalCharactersAndGlosses() throws {
        let plan = try PlanTextParser.parse(Fixtures.traditionalWithGlosses)
        #expect(plan.title == "2024年度教育發展計畫")
        #expect(outline(plan) == [
            "第一章總體目標",
            "第二章重點工作",
            "  1.推動現場會議制度",
            "    (1)新建學校3所",
            "    (2)補充教師200人以上",
            "  2.強化師資",
            "第三章保障措施",
            "  落實經費保障",
            "  健全督導機制",
        ])
        #expect(section(plan, "推動現場會議制度")?.body == "召開現場會議12場。")
        #expect(plan.dropped == ["臺北市教育局 - 首頁", "首頁 > 最新消息 > 公告", "版權所有 © 臺北市教育局"])
        let all = plan.allSections.flatMap(\.indicators).map { "\($0.name) \($0.comparator) \($0.value)\($0.unit) \($0.year ?? "-") \($0.scope ?? "-")" }
        #expect(all == [
            "幼兒園入園率 ge 98% 2024 全市", "學校網路覆蓋率 eq 100% 2024 全市",
            "新建學校 eq 3所 2024 -", "補充教師 ge 200人 2024 -", "培訓教師 ge 2萬人次 2024 -", "每年投入 ge 500萬元 2024 -",
            "督導覆蓋率 eq 100% 2024 -",
        ])
    }

    @Test func numberingNestsInTheDocumentsOwnOrder() throws {
        let plan = try PlanTextParser.parse(Fixtures.unusualOrder)
        #expect(outline(plan) == [
            "一、发展目标", "  1. 学前教育", "    （一）提高普及水平", "    （二）提高保教质量", "  2. 义务教育",
            "二、保障措施", "  1．加强领导", "  2、强化督导",
        ].map { $0.replacingOccurrences(of: ". ", with: ".") })
        // 十四五 in the title gives the target year of indicators without their own.
        #expect(section(plan, "提高普及水平")?.indicators.first?.year == "2025")
    }

    @Test func jsonHasTheDocumentedShape() throws {
        let plan = try PlanTextParser.parse(Fixtures.countyWebPage)
        let json = try JSONSerialization.jsonObject(with: try JSONEncoder().encode(plan)) as! [String: Any]
        #expect(Set(json.keys) == ["title", "sections", "dropped", "droppedReasons", "removedCharacters", "planYear"])
        #expect(json["droppedReasons"] as? [String] == ["navigation", "breadcrumb", "pageMetadata", "pageMetadata", "pageTitle", "footer", "footer"])
        let sections = json["sections"] as! [[String: Any]]
        #expect(Set(sections[1].keys) == ["number", "heading", "depth", "body", "indicators", "tasks", "children"])
        let indicator = (sections[1]["indicators"] as! [[String: Any]])[2]
        #expect(Set(indicator.keys) == ["name", "comparator", "value", "unit", "year", "scope", "source", "valueMax", "baselineValue",
                                        "baselineYear"])
        #expect(indicator["scope"] is NSNull)
        let decoded = try JSONDecoder().decode(ImportedPlan.self, from: try JSONEncoder().encode(plan))
        #expect(decoded == plan)
    }

    @Test func emptyTextAndTextWithoutStructure() throws {
        #expect(throws: ImportProblem.empty) { try PlanTextParser.parse("  \n\u{3000}\n") }
        let prose = "关于做好教育工作的几点想法\n今年要加强学前教育,办好义务教育。\n还要提高教师待遇,改善办学条件。"
        #expect(throws: ImportProblem.noStructure(paragraphs: 2)) { try PlanTextParser.parse(prose) }
        let one = try PlanTextParser.parse(prose, options: ImportOptions(asOneSection: true, oneSectionHeading: "正文"))
        #expect(one.title == "关于做好教育工作的几点想法")
        #expect(one.sections == [ImportedSection(number: "", heading: "正文", depth: 0,
                                                 body: "今年要加强学前教育,办好义务教育。\n还要提高教师待遇,改善办学条件。")])
    }

    @Test func aColonIntroducesTitleLines() throws {
        // At the start of a section, the section is their parent; further down, the colon line is.
        let text = """
            2025年工作要点
            一、资源
            重点做好以下工作：
            建设城东幼儿园
            年内建成并投入使用。
            推进集团化办学
            组建教育集团4个。
            二、目标
            坚持优先发展。
            主要指标如下：
            学前教育
            入园率达到95%以上。
            义务教育
            巩固率保持在99%以上。
            三、其他
            短句一
            短句二
            """
        let plan = try PlanTextParser.parse(text)
        #expect(outline(plan) == [
            "一、资源", "  建设城东幼儿园", "  推进集团化办学", "二、目标", "  主要指标如下", "    学前教育", "    义务教育", "三、其他",
        ])
        #expect(plan.sections[0].body == "重点做好以下工作：")
        #expect(plan.sections[1].body == "坚持优先发展。")
        // Short lines without a colon before them and without text under them stay text.
        #expect(plan.sections[2].body == "短句一\n短句二")
        CorpusTests.expectNothingLost(text, plan)
    }

    @Test func leadPhrasesAloneAreStructure() throws {
        let text = "2025年学校工作计划\n加强党的建设。落实主体责任。\n提升教学质量。开齐开足课程,合格率达到95%以上。\n改善办学条件。新建教学楼1栋。"
        let plan = try PlanTextParser.parse(text)
        #expect(outline(plan) == ["加强党的建设", "提升教学质量", "改善办学条件"])
        #expect(section(plan, "提升教学质量")?.indicators.first?.value == "95")
    }

    @Test func longLeadSentencesStayBody() throws {
        let long = String(repeating: "加强", count: 20) + "教学管理。后续文字。"
        let text = "2025年工作要点\n一、教学\n\(long)\n另一段落。还有文字。"
        let plan = try PlanTextParser.parse(text)
        #expect(outline(plan) == ["一、教学"])
        #expect(plan.sections[0].body == long + "\n另一段落。还有文字。")
    }

    @Test func aHeadingNeverExceedsTheSchemaLimit() throws {
        let long = String(repeating: "很长的编号段落内容", count: 30)
        let plan = try PlanTextParser.parse("2025年工作要点\n一、" + long + "\n二、结束")
        #expect(plan.allSections.allSatisfy { $0.heading.count <= 500 && !$0.heading.contains("\n") })
        #expect(plan.sections[0].heading == "")
        #expect(plan.sections[0].body == long)
    }

    /// Set 32: under titles alone whose paragraphs open with lead phrases, a sibling title over a single such paragraph is
    /// sectioned the same way; a 学年 calendar whose lines write their years dates each line in its own year, a span by
    /// its last month; footnotes under their marks head nothing and give no target; "新" before a counted action changes
    /// nothing.
    @Test func set32SingleLeadPhrasesDatedCalendarsFootnotesAndNewActions() throws {
        let text = """
            某省教育厅2032年工作要点
            一、扩大优质资源供给
            （一）推动学前教育普及普惠
            扩大普惠资源。新增公办幼儿园学位5.2万个。
            提升保教质量。省级示范幼儿园达到260所。
            （二）推动普通高中多样化发展
            实施县中振兴计划。创建省级特色示范高中20所[1]。
            二、学年工作安排
            2032年9月：召开新学年工作会议；完成秋季招生工作。
            2032年10—11月：开展秋季教学视导。
            2033年1—2月：部署春季开学工作。
            三、科研
            新立项市级以上课题3项。
            某省教育厅
            2032年2月20日
            [1] 特色示范高中：指班级人数不超过45人的高中。
            """
        let plan = try PlanTextParser.parse(text)
        #expect(outline(plan) == ["一、扩大优质资源供给", "  （一）推动学前教育普及普惠", "    扩大普惠资源", "    提升保教质量",
                                  "  （二）推动普通高中多样化发展", "    实施县中振兴计划", "二、学年工作安排", "三、科研"])
        #expect(plan.allSections.flatMap(\.tasks).map { "\($0.title)|\($0.due ?? "-")" }
                == ["召开新学年工作会议|2032-09", "完成秋季招生工作|2032-09", "开展秋季教学视导|2032-11", "部署春季开学工作|2033-02"])
        let indicators = plan.allSections.flatMap(\.indicators).map { "\($0.name) \($0.value)\($0.unit)" }
        #expect(indicators.contains("新立项市级以上课题 3项"))
        #expect(!indicators.contains { $0.contains("45") })
        #expect(section(plan, "科研")?.body.contains("[1] 特色示范高中") == true)
        #expect(plan.dropped.isEmpty)
    }
}

struct PlanPeriodGuessTests {
    @Test func fromTheTitle() {
        #expect(PlanPeriodGuess.guess(title: "大庆教育事业十四五发展规划", currentYear: 2030)
                == PlanPeriodGuess(period: "2021-2025", kind: "fiveYear", targetYear: 2025, source: .fiveYearNumber, evidence: "十四五"))
        #expect(PlanPeriodGuess.guess(title: "某市“十三五”教育规划", currentYear: 2030).period == "2016-2020")
        #expect(PlanPeriodGuess.guess(title: "某县教育发展规划（2021—2025年）", currentYear: 2030)
                == PlanPeriodGuess(period: "2021-2025", kind: "fiveYear", targetYear: 2025, source: .titleRange, evidence: "2021—2025年"))
        #expect(PlanPeriodGuess.guess(title: "2025年工作要点", currentYear: 2030)
                == PlanPeriodGuess(period: "2025", kind: "annual", targetYear: 2025, source: .titleYear, evidence: "2025年"))
        #expect(PlanPeriodGuess.guess(title: "2024年教育工作总结", currentYear: 2030).kind == "summary")
        #expect(PlanPeriodGuess.guess(title: "教育工作要点", text: "2019年,我市教育工作", currentYear: 2030).period == "2019")
        // Where the year was read, in the document's own words: what the dry run shows beside the year it gives targets.
        #expect(PlanPeriodGuess.guess(title: "某校2027—2028学年度教学工作计划", currentYear: 2030).evidence == "2027—2028学年度")
        #expect(PlanPeriodGuess.guess(title: "某园2027年春季学期保教工作计划", currentYear: 2030).evidence == "2027年春季学期")
        #expect(PlanPeriodGuess.guess(title: "某市“十五五”教育规划", currentYear: 2030).evidence == "十五五")
        let opening = PlanPeriodGuess.guess(title: "教育工作要点", text: "某县教育局\n  2019年，我市教育工作以…为重点\n", currentYear: 2030)
        #expect((opening.source, opening.evidence) == (.documentYear, "2019年，我市教育工作以…为重点"))
        let none = PlanPeriodGuess.guess(title: "教育工作要点", text: "某县教育局", currentYear: 2030)
        #expect((none.period, none.source, none.evidence) == ("2030", .currentYear, ""))
        #expect(PlanPeriodGuess.guess(title: "教育工作要点", currentYear: 2030).period == "2030")
    }

    /// A 学年度 plan is of the year its 学年 begins; its second term's months and a "次年" deadline fall in the year
    /// it ends (set 28).
    @Test func aSchoolYearsSecondTermIsOfTheYearItEnds() throws {
        #expect(PlanPeriodGuess.guess(title: "某园2028—2029学年度工作计划", currentYear: 2030).secondTermYear == 2029)
        #expect(PlanPeriodGuess.guess(title: "某园2028—2029学年第二学期工作计划", currentYear: 2030).secondTermYear == nil)
        #expect(PlanPeriodGuess.guess(title: "某县教育发展规划（2026—2030年）", currentYear: 2030).secondTermYear == nil)
        let text = """
            某园2028—2029学年度工作计划
            一、主要措施
            1.做好幼小衔接。开展联合教研不少于4次，次年5月底前组织大班幼儿走进小学活动。（负责人：大班年级组长）
            二、工作安排
            （一）第一学期
            9月：召开新学年家长会。
            1月：完成学期保教工作总结。
            （二）第二学期
            2月：做好开学准备工作。
            7月：完成学年度工作总结。
            """
        let plan = try PlanTextParser.parse(text)
        let tasks = plan.allSections.flatMap(\.tasks).map { "\($0.title)|\($0.lead ?? "-")|\($0.due ?? "-")" }
        #expect(tasks == ["组织大班幼儿走进小学活动|大班年级组长|2029-05", "召开新学年家长会|-|2028-09", "完成学期保教工作总结|-|2029-01",
                          "做好开学准备工作|-|2029-02", "完成学年度工作总结|-|2029-07"])
    }

    /// A period the person gives is read by the same rules as one in the title: a school year's plan given as its two
    /// years keeps its months in their years; given as another span, its targets are for that span's last year.
    @Test func aGivenPeriodIsReadLikeTheTitles() throws {
        let school = PlanPeriodGuess.guess(title: "某园2028—2029学年度工作计划", currentYear: 2030)
        let corrected = school.given(try #require(Period("2029-2030")))
        #expect((corrected.period, corrected.targetYear, corrected.secondTermYear, corrected.source) == ("2029-2030", 2029, 2030, .period))
        let fiveYear = PlanPeriodGuess.guess(title: "某县教育发展规划", currentYear: 2030).given(try #require(Period("2026-2030")))
        #expect((fiveYear.targetYear, fiveYear.secondTermYear) == (2030, nil))
        let text = "某园2028—2029学年度工作计划\n一、工作安排\n（一）第一学期\n9月：召开新学年家长会。\n（二）第二学期\n2月：做好开学准备工作。\n"
        let plan = try PlanTextParser.parse(text, options: ImportOptions(period: Period("2029-2030")))
        #expect(plan.allSections.flatMap(\.tasks).map { "\($0.title)|\($0.due ?? "-")" } == ["召开新学年家长会|2029-09", "做好开学准备工作|2030-02"])
        #expect(plan.planYear == PlanYear(year: 2029, source: "period", evidence: "2029-2030"))
    }

    /// Set 42: the structures the earlier sets used less. A document without numbers divided by lead lines ending in a
    /// colon over title lines with their paragraphs; a box's projects as title lines; a decimal outline whose Word list
    /// numbers come with a tab; a month table whose office column is 责任部门; the title again under a Word file's
    /// contents.
    @Test func set42ColonPartsBoxProjectsTabbedDecimalsAndMonthTables() throws {
        let colon = """
            某湖区教育局2045年工作要点
            2045年，全区教育工作坚持稳中求进。主要工作要点如下：
            坚持立德树人，深化育人方式改革：
            思政课一体化建设
            建设区级思政课名师工作室8个。
            心理健康护航
            全区中小学心理健康教师配备率达到100%。
            扩大优质供给，促进教育公平：
            学位扩容攻坚
            全年新增学位4800个。
            普惠学前提升
            全区学前三年毛入园率达到98%。
            """
        let parts = try PlanTextParser.parse(colon)
        #expect(parts.sections.filter { !$0.heading.isEmpty }.map(\.heading) == ["坚持立德树人，深化育人方式改革", "扩大优质供给，促进教育公平"])
        #expect(parts.allSections.filter { $0.depth == 1 }.map(\.heading) == ["思政课一体化建设", "心理健康护航", "学位扩容攻坚", "普惠学前提升"])

        let box = """
            某阳市教育事业发展规划（2046—2050年）
            一、主要任务
            （一）推进学前教育普及普惠
            全市学前三年毛入园率达到98%。
            专栏2　学前教育扩容提质工程
            公办幼儿园建设项目
            新建、改扩建公办幼儿园48所。
            保教质量提升项目
            建设市级示范幼儿园30所。
            （二）推进义务教育优质均衡
            新增学位4.2万个。
            """
        let boxed = try PlanTextParser.parse(box)
        let projects = boxed.allSections.first { $0.heading.hasPrefix("专栏2") }?.children.map(\.heading)
        #expect(projects == ["公办幼儿园建设项目", "保教质量提升项目"])

        let word = "某山县教育局2045年教育数字化转型工作计划\n某山县教育局\n二〇四五年二月\n目　录\n1.\t总体目标\t1\n2.\t重点任务\t1\n2.1\t夯实数字基础设施\t1\n"
            + "某山县教育局2045年教育数字化转型工作计划\n为推进教育数字化转型，制定本计划。\n1.\t总体目标\n全县中小学千兆网络接入率保持100%。\n2.\t重点任务\n"
            + "2.1\t夯实数字基础设施\n2.1.1\t升级校园网络。全县中小学无线网络覆盖率达到95%。\n2.1.2\t建设智慧教室。新建智慧教室80间。\n"
        let decimal = try PlanTextParser.parse(word)
        #expect(decimal.allSections.map { "\($0.depth) \($0.number)\($0.heading)" }.filter { !$0.hasSuffix(" ") }.suffix(5)
                == ["0 1.总体目标", "0 2.重点任务", "1 2.1夯实数字基础设施", "2 2.1.1升级校园网络", "2 2.1.2建设智慧教室"])
        #expect(decimal.dropped == ["目　录", "1.\t总体目标\t1", "2.\t重点任务\t1", "2.1\t夯实数字基础设施\t1"])

        let months = "某镇中心学校2045年工作计划\n一、主要工作\n抓实教学常规，每月开展教学常规检查1次。\n二、月度安排\n月份\t主要工作\t责任部门\n"
            + "2月\t召开春季开学工作会议\t校办\n3月\t开展学雷锋志愿服务活动\t政教处\n"
        let table = try PlanTextParser.parse(months)
        #expect(table.allSections.flatMap(\.tasks).map { "\($0.title)|\($0.lead ?? "-")|\($0.due ?? "-")" }
                == ["召开春季开学工作会议|校办|2045-02", "开展学雷锋志愿服务活动|政教处|2045-03"])
    }

    /// Set 42: a traditional-character copy from a site that glosses its words with pinyin of two syllables and with
    /// English: the glosses go, the words stay; 分別 distributes as 分别 does; a page mark "第2頁 · 共3頁" is a page's.
    @Test func set42TraditionalCharactersWithPinyinAndEnglishGlosses() throws {
        let text = """
            某原縣中小學體育美育浸潤三年行動計劃（2045—2047年）
            一、主要目標
            為(wèi)深入推進學校體育美育(aesthetic education)浸潤行動，制定本行動計劃。到2047年，全縣中小學生近視(jìn shì)率控制在45%以內。
            二、重點任務
            （一）推進美育浸潤(jìn rùn)
            1.開齊開足體育課。小學、初中每周體育課分別不少於4節、3節。
            2.推進“一校一品”。每名學生熟練掌握1至2項運動技能(skills)。
            — 第2頁 · 共3頁 —
            """
        let plan = try PlanTextParser.parse(text)
        #expect(plan.allSections.map(\.heading).contains("推進美育浸潤"))
        let names = plan.allSections.flatMap(\.indicators).map(\.name)
        #expect(names.contains("中小學生近視率"))
        #expect(names.contains("小學每周體育課") && names.contains("初中每周體育課"))
        #expect(names.contains("每名學生熟練掌握運動技能"))
        #expect(plan.dropped == ["— 第2頁 · 共3頁 —"])
        #expect(TextCleaning.removeGlosses("運動技能(skills)", plainSyllablesToo: false).0 == "運動技能(skills)")
        #expect(TextCleaning.removeGlosses("近視(jìn shì)率", plainSyllablesToo: false).0 == "近視率")
    }

    /// Set 44: sections headed by bracketed labels, each with its own numbering; a speech's points counted "第一，"; a
    /// plan whose headings are marked ■ over ◆; the speaker under a speech's title stays.
    @Test func set44BracketLabelsSpokenOrdinalsAndSymbolHeadings() throws {
        let labels = """
            某江县实验中学2047年工作计划
            新的一年，学校将紧紧围绕办好家门口的好学校目标。
            【工作目标】
            1.教学质量目标：中考综合优秀率达到42%以上。
            2.学生发展目标：学生体质健康优良率达到61%。
            【主要措施】
            一、加强德育工作
            思政课开课率达到100%。
            二、提升教学质量
            ①抓实教学常规。每名教师每学期听课不少于15节。
            【工作安排】
            2月：召开春季开学工作会议。
            """
        let bracketed = try PlanTextParser.parse(labels)
        #expect(bracketed.allSections.filter { !$0.heading.isEmpty }.map { "\($0.depth) \($0.number)\($0.heading)" }
                == ["0 【工作目标】", "1 1.教学质量目标", "1 2.学生发展目标", "0 【主要措施】", "1 一、加强德育工作", "1 二、提升教学质量",
                    "2 ①抓实教学常规", "0 【工作安排】"])

        let speech = """
            在2047年全县教育工作会议上的讲话
            某原县教育局党组书记、局长　某某某
            （2047年2月17日）
            同志们：
            今天，我们召开全县教育工作会议，部署2047年重点任务。
            一、聚焦重点，全力抓好2047年教育工作
            第一，扩大优质学位供给。全年新建、改扩建中小学幼儿园6所。
            第二，推动义务教育优质均衡。新组建城乡教育集团3个。
            二、强化保障
            第一，建强教师队伍。全年招聘教师90名左右。
            """
        let spoken = try PlanTextParser.parse(speech)
        #expect(spoken.allSections.filter { $0.depth == 1 }.map { $0.number + $0.heading }
                == ["第一，扩大优质学位供给", "第二，推动义务教育优质均衡", "第一，建强教师队伍"])
        #expect(!spoken.dropped.contains("某原县教育局党组书记、局长　某某某"))

        let symbols = "某川县教育局2047年基础教育工作要点\n■总体目标\n全县学前三年毛入园率达到96.5%。\n■学前教育\n◆扩大普惠资源\n"
            + "新建公办幼儿园2所。\n◆提升保教质量\n全县幼儿园保教质量评估达标率达到88%。\n■义务教育\n◆优化学校布局\n新增学位1350个。\n"
        let marked = try PlanTextParser.parse(symbols)
        #expect(marked.allSections.map { "\($0.depth) \($0.number)\($0.heading)" }
                == ["0 ■总体目标", "0 ■学前教育", "1 ◆扩大普惠资源", "1 ◆提升保教质量", "0 ■义务教育", "1 ◆优化学校布局"])
    }

    /// Sets 46 and 47: a title whose period went to a line of its own reads with the period; a title set over two
    /// lines is printed whole in the running header, which is the page's; "3月15日前" is a deadline of that month, and
    /// "3月5日前后" (about then) is none.
    @Test func set46And47SplitTitlesPeriodLinesAndDayDeadlines() throws {
        let guess = PlanPeriodGuess.guess(title: "某溪县基础教育高质量发展三年规划", text: "某溪县基础教育高质量发展三年规划\n（2047—2049年）\n第一章　总体要求\n",
                                          currentYear: 2050)
        #expect((guess.period, guess.targetYear) == ("2047-2049", 2049))

        let split = """
            某川县教育局
            2047年工作计划
            2047年，县教育局将统筹推进各类教育协调发展。
            一、工作目标
            全县学前三年毛入园率达到96.5%。
            — 1 —
            某川县教育局2047年工作计划
            二、主要任务
            3月15日前召开全县教育工作会议。（责任股室：办公室）
            3月5日前后开展学雷锋主题活动。
            """
        let plan = try PlanTextParser.parse(split)
        #expect(plan.dropped == ["— 1 —", "某川县教育局2047年工作计划"])
        let tasks = plan.allSections.flatMap(\.tasks).map { "\($0.title)|\($0.due ?? "-")" }
        #expect(tasks.contains("召开全县教育工作会议|2047-03"))
        #expect(!tasks.contains { $0.contains("学雷锋") && $0.hasSuffix("2047-03") })
    }

    /// Set 49: a 细则's articles ("第一条　…") are a numbering of their own under its chapters, numbered straight
    /// through; "第一条道路" opens no article.
    @Test func set49ArticlesUnderChapters() throws {
        let text = """
            某县课后服务实施细则
            第一章　总则
            第一条　为规范课后服务工作，制定本细则。
            第二条　本细则适用于全县公办义务教育学校。民办学校参照执行。
            第二章　服务内容
            第三条　课后服务以学业辅导和兴趣拓展为主。每天课后服务时间不少于2小时。
            """
        let plan = try PlanTextParser.parse(text)
        #expect(ScoringTests.headings(plan).map { "\($0.0) \($0.1)" } == [
            "0 第一章总则", "1 第一条为规范课后服务工作，制定本细则", "1 第二条本细则适用于全县公办义务教育学校", "0 第二章服务内容",
            "1 第三条课后服务以学业辅导和兴趣拓展为主",
        ])
        #expect(Numbering.parse(original: Array("第一条道路修通"), folded: Array("第一条道路修通")) == nil)
    }

    /// Set 49: a Markdown export loses its marks ("## ", "**", "- ") before anything reads it; its front matter and a
    /// picture's line are the export's.
    @Test func set49MarkdownExport() throws {
        let text = """
            ---
            title: 某区教师发展中心2053年工作计划
            author: 教研科
            ---
            # 某区教师发展中心2053年工作计划
            ## 一、工作目标
            - 中小学教师年度培训完成率达到100%；
            ## 二、重点任务
            **1.加强作业设计研究。**举办全区中小学作业设计大赛。
            ![研训基地效果图](assets/img-01.png)
            **2.实施新教师培养工程。**8月底前完成新教师入职培训。（责任科室：培训科）
            """
        let plan = try PlanTextParser.parse(text)
        #expect(plan.title == "某区教师发展中心2053年工作计划")
        #expect(plan.dropped == ["---", "title: 某区教师发展中心2053年工作计划", "author: 教研科", "---", "![研训基地效果图](assets/img-01.png)"])
        #expect(ScoringTests.headings(plan).map { "\($0.0) \($0.1)" }
                == ["0 一、工作目标", "0 二、重点任务", "1 1.加强作业设计研究", "1 2.实施新教师培养工程"])
        #expect(plan.allSections.flatMap(\.indicators).map(\.name) == ["中小学教师年度培训完成率"])
        #expect(MarkdownExport.plain("### （一）深化课堂教学改革 ###") == "（一）深化课堂教学改革")
        #expect(!MarkdownExport.isMarkdown(["一、工作目标", "#1 全县入园率达到97%。"]))
    }

    /// Set 49: an outline app's export without numbers, its depth shown only by indents: a line with lines indented
    /// further below it heads them. Only where no numbering gives an outline.
    @Test func set49IndentedOutline() throws {
        let text = """
            某中学2053年春季学期教学工作计划
            指导思想
                以提高教学质量为中心，深化课堂教学改革。
            工作目标
                学业质量
                    九年级学业水平考试全科合格率达到86%以上。
                教师发展
                    新增市级骨干教师4名。
            月度安排
                三月：开展青年教师汇报课活动。
            """
        let plan = try PlanTextParser.parse(text)
        #expect(ScoringTests.headings(plan).map { "\($0.0) \($0.1)" }
                == ["0 指导思想", "0 工作目标", "1 学业质量", "1 教师发展", "0 月度安排"])
        #expect(plan.allSections.flatMap(\.tasks).map { "\($0.title)|\($0.due ?? "-")" } == ["开展青年教师汇报课活动|2053-03"])
        #expect(IndentedOutline.indent("\u{3000}\u{3000}以") == 4 && IndentedOutline.indent("\t 以") == 5)
    }

    /// Set 48: a deck's contents slide ("目录　CONTENTS", "01　指导思想" over "一、指导思想") is its contents, and a
    /// slide's title repeated with （续） is the slide's; the heading is the one printed first.
    @Test func set48ASlideDecksContentsAndContinuedTitles() throws {
        let deck = """
            幻灯片 1
            某中学2049年春季学期教学工作计划
            幻灯片 2
            目录　CONTENTS
            01　工作目标
            02　月工作安排
            幻灯片 3
            一、工作目标
            九年级体育中考满分率达到45%以上。
            幻灯片 4
            一、工作目标（续）
            作业公示率达到100%。
            二、月工作安排
            3月：开展新教师汇报课。
            """
        let plan = try PlanTextParser.parse(deck)
        #expect(plan.dropped == ["幻灯片 1", "幻灯片 2", "目录　CONTENTS", "01　工作目标", "02　月工作安排", "幻灯片 3", "幻灯片 4", "一、工作目标（续）"])
        #expect(ScoringTests.headings(plan).map { "\($0.0) \($0.1)" } == ["0 一、工作目标", "0 二、月工作安排"])
    }

    /// Set 51: "1-1　…" items under 一、 parts and Ⅰ、 parts are numberings ("02-25　…" is a date, "1-2所" a range);
    /// a two-column table's rows head their text; an action's 责任分工 paragraph names the owner of the work its other
    /// paragraphs commit to; a minutes' "会议同意…" reports, heads nothing, and its attendance lines close it.
    @Test func set51HyphenatedAndRomanNumbersTwoColumnTablesAndLabelledActions() throws {
        func numbered(_ s: String) -> String? { Numbering.parse(original: Array(s), folded: TextCleaning.fold(Array(s))).map { "\($0.style) \($0.ordinal) \($0.marker)" } }
        #expect(numbered("1-2　扩建城北小学") == "hyphenated 2 1-2")
        #expect(numbered("Ⅲ、建强教师队伍") == "roman 3 Ⅲ、")
        #expect(numbered("02-25　某州　回复") == nil)
        #expect(numbered("1-2所学校开展试点") == nil)

        let table = try PlanTextParser.parse("""
            某镇中心学校2059年工作计划
            项目\t内容
            指导思想\t坚持立德树人根本任务。
            工作目标\t全镇学前三年毛入园率达到96%。
            月度安排\t2月：召开开学工作会议。
            4月：开展学困生帮扶活动。
            """)
        #expect(ScoringTests.headings(table).map { "\($0.0) \($0.1)" } == ["0 指导思想", "0 工作目标", "0 月度安排"])
        #expect(table.allSections.flatMap(\.tasks).map { "\($0.title)|\($0.due ?? "-")" } == ["召开开学工作会议|2059-02", "开展学困生帮扶活动|2059-04"])

        let actions = try PlanTextParser.parse("""
            某县普通高中三年行动方案（2058—2060年）
            一、重点行动
            （一）学位扩容行动
            目标任务：新增学位2400个。
            工作措施：2059年8月底前某县第二高级中学建成招生。
            责任分工：县教育局牵头，县发展改革局配合。
            （二）质量提升行动
            目标任务：全县省级示范性普通高中达到2所。
            责任分工：县教育局牵头，县教研室配合。
            """)
        #expect(actions.allSections.flatMap(\.tasks).map { "\($0.title)|\($0.lead ?? "-")|\($0.due ?? "-")" }
                == ["某县第二高级中学建成招生|县教育局|2059-08", "质量提升行动|县教育局|-"])

        let minutes = try PlanTextParser.parse("""
            某县教育局关于2059年教育重点工作的局务会议纪要
            会议议定以下事项：
            一、关于教师队伍补充。会议同意全年招聘教师85名左右。
            二、关于教育经费保障。会议同意全年安排教育经费不低于5.2亿元。由计划财务股牵头，6月底前出台《某县教育经费使用管理办法》。
            会议要求：一要提高站位；二要压实责任。
            出席：张三　李四
            记录：王五
            某县教育局办公室
            2059年2月19日
            """)
        #expect(minutes.title == "某县教育局关于2059年教育重点工作的局务会议纪要")
        #expect(minutes.dropped.isEmpty)
        #expect(ScoringTests.headings(minutes).map { "\($0.0) \($0.1)" } == ["0 一、关于教师队伍补充", "0 二、关于教育经费保障"])
        #expect(minutes.allSections.flatMap(\.indicators).map { "\($0.name) \($0.comparator) \($0.value)\($0.unit)" }
                == ["招聘教师 approx 85名", "安排教育经费 ge 5.2亿元"])
        #expect(TaskExtractor.monthDue("年底前", year: "2059") == "2059")
    }

    /// Set 53: "第一项", "一是…" alone on its line, "A、" parts, "目标：/措施：" labels over ● bullets (the repeated label
    /// no running header), "指标名称：值" lines, and dates in Chinese numerals.
    @Test func set53ItemsLettersLabelsStatedValuesAndChineseDates() throws {
        func numbered(_ s: String) -> String? { Numbering.parse(original: Array(s), folded: TextCleaning.fold(Array(s))).map { "\($0.style) \($0.ordinal) \($0.marker)" } }
        #expect(numbered("第二项　改造农村学校运动场") == "ordinalWord(\"项\") 2 第二项")
        #expect(numbered("二是推进义务教育优质均衡") == "ordinalWord(\"是\") 2 二是")
        #expect(numbered("二是推进义务教育优质均衡，全年新增学位900个。") == nil)
        #expect(numbered("C、月度安排") == "latin 3 C、")

        let plan = try PlanTextParser.parse("""
            某县乡村教育振兴三年行动方案（2064—2066年）
            一、办学条件改善行动
            目标：到2066年，全县乡村学校标准化建设达标率达到100%。
            措施：
            ●三年改造乡村学校校舍12所。
            ●2065年8月底前完成某镇中心学校教学楼改扩建。
            二、教师队伍建设行动
            目标：到2066年，乡村教师培训覆盖率达到100%。
            措施：
            ●每名乡村教师每年参加培训不少于90学时。
            三、主要指标
            学前三年毛入园率：96%
            教育经费投入：不低于4.6亿元
            四、重点工作
            （一）深化集团化办学。二〇六四年九月底前出台《某县集团化办学考核办法》。
            措施：
            ●新组建教育集团3个。
            """)
        #expect(plan.dropped.isEmpty)
        #expect(ScoringTests.headings(plan).map { "\($0.0) \($0.1)" } == [
            "0 一、办学条件改善行动", "1 目标", "1 措施", "0 二、教师队伍建设行动", "1 目标", "1 措施", "0 三、主要指标", "0 四、重点工作",
            "1 （一）深化集团化办学",
        ])
        let indicators = plan.allSections.flatMap(\.indicators).map { "\($0.name) \($0.comparator) \($0.value)\($0.unit)" }
        #expect(indicators.contains("改造乡村学校校舍 eq 12所") && indicators.contains("每名乡村教师每年参加培训 ge 90学时"))
        #expect(indicators.contains("学前三年毛入园率 eq 96%") && indicators.contains("教育经费投入 ge 4.6亿元"))
        let tasks = plan.allSections.flatMap(\.tasks).map { "\($0.title)|\($0.due ?? "-")" }
        #expect(tasks.contains("完成某镇中心学校教学楼改扩建|2065-08") && tasks.contains("出台《某县集团化办学考核办法》|2064-09"))
        #expect(TaskExtractor.parseDue("二〇六四年十二月底前") == "2064-12")
    }
}
