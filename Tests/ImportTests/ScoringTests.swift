import Foundation
import Testing
@testable import PlanImport

/// What a reader of a plan lists: its headings at the depth they see them, its quantitative indicators, its tasks,
/// and the lines of the web page around it. Scored against what the importer finds in plans it was not tuned on.
struct ExpectedPlan: Sendable {
    var name: String
    var text: String
    /// (depth, number + heading), in reading order. The unnamed introduction before the first heading is not scored.
    var headings: [(Int, String)]
    /// "name comparator value[-max]unit year scope[ from baseline[@year]]" (see `ScoringTests.line`).
    var indicators: [String]
    /// Numbers with their units that are not indicators (a rank, a count of meetings, a score).
    var notIndicators: [String]
    /// A phrase of the task's title, its lead unit and its deadline.
    var tasks: [(key: String, lead: String?, due: String?)]
    /// Exactly the lines the importer must drop.
    var noise: [String]
}

struct Score: CustomStringConvertible {
    var found = 0, expected = 0, produced = 0
    var recall: Double { expected == 0 ? 1 : Double(found) / Double(expected) }
    var precision: Double { produced == 0 ? 1 : Double(min(found, produced)) / Double(produced) }
    static func + (a: Score, b: Score) -> Score {
        Score(found: a.found + b.found, expected: a.expected + b.expected, produced: a.produced + b.produced)
    }
    var description: String {
        String(format: "%d/%d recall %.0f%%, precision %.0f%%", found, expected, recall * 100, precision * 100)
    }
}

struct ScoringTests {
    static let fixtures: [ExpectedPlan] = [
        ExpectedPlan(
            name: "aggregator summary and plan", text: GenreFixtures.aggregatorSummaryAndPlan,
            headings: [
                (0, "一、2024年工作总结"), (1, "（一）教育资源持续扩充"), (1, "（二）教育质量稳步提升"), (1, "（三）教师队伍不断加强"),
                (0, "二、2025年工作计划"), (1, "（四）扩大优质资源供给"), (2, "建设城东幼儿园"), (2, "推进集团化办学"),
                (1, "（五）提高教育教学质量"), (1, "（六）加强教师队伍建设"),
            ],
            indicators: [
                "投入资金 eq 1.2亿元 2024 -", "新建幼儿园 eq 3所 2024 -", "新增学位 eq 1800个 2024 -", "撤并教学点 eq 4个 2024 -",
                "学前三年毛入园率 eq 95.2% 2024 全县 from 88.5@2020", "九年义务教育巩固率 eq 99.3% 2024 全县", "招聘教师 eq 126人 2024 -",
                "新增学位 eq 360个 2025 -", "组建紧密型教育集团 eq 4个 2025 -", "小学巩固率 eq 99.5% 2025 -", "初中巩固率 eq 99% 2025 -",
                "高中巩固率 eq 95% 2025 -", "本科以上学历教师占比 eq 75% 2025 -", "义务教育阶段学生体质健康合格率 ge 92% 2025 全县",
                "招聘教师 approx 150人 2025 -", "每校配备心理健康教师 ge 1-2名 2025 -", "在职教师参赛率 ge 60% 2025 -",
            ],
            notIndicators: ["3名", "12期", "3次"],
            tasks: [
                ("建成城东幼儿园", nil, "2025-09"),
                ("编制《某县中小学教师队伍建设规划（2025-2030年）》", "县教育局人事股", "2025-06"),
            ],
            noise: [
                "欢迎来到学习范文网！", "学习范文网 > 工作计划 > 教育工作计划 > 正文", "时间：2025-01-08 09:12:44  浏览次数：1532  字数：2468",
                "下面是小编为大家整理的县教育局2024年工作总结及2025年工作计划，供大家参考。", "wenku_user2023", "相关文章",
                "2024年学校工作总结及2025年工作计划", "县教育局2025年工作要点范文", "乡镇中心学校2024年工作总结",
                "上一篇：2024年县教育局年终工作总结", "下一篇：县教育局关于2025年寒假安全工作的通知",
                "Copyright © 2012-2025 学习范文网 版权所有  苏ICP备20250000号-1",
            ]),
        ExpectedPlan(
            name: "district five-year plan", text: GenreFixtures.districtFiveYearPlan,
            headings: [
                (0, "一、发展基础"), (0, "二、主要目标"), (1, "到2025年，教育现代化水平显著提升，主要指标如下"), (2, "学前教育"),
                (2, "义务教育"), (2, "高中教育"), (2, "教师队伍"), (0, "三、主要任务"), (1, "（一）促进学前教育普惠发展"),
                (2, "1.扩大普惠资源"), (2, "2.提升保教质量"), (1, "（二）推进义务教育优质均衡"), (2, "1.优化学校布局"),
                (2, "2.深化课程改革"), (2, "3.推进“双减”落地"), (0, "四、保障措施"), (1, "（一）加强组织领导"), (1, "（二）加大经费投入"),
            ],
            indicators: [
                "学前三年毛入园率 eq 91.6% 2020 - from 82@2015", "学前三年毛入园率 ge 95% 2025 全区", "普惠性幼儿园覆盖率 ge 90% 2025 全区",
                "公办园在园幼儿占比 eq 55% 2025 全区", "义务教育巩固率 ge 99.5% 2025 -", "小学大班额比例 le 3% 2025 城区",
                "初中大班额比例 le 5% 2025 城区", "高中阶段毛入学率 eq 96% 2025 -", "专任教师中硕士研究生学历教师占比 eq 15% 2025 - from 8",
                "中小学高级教师比例 ge 20% 2025 -", "每年组织教师培训 ge 3万人次 2025 -", "新建、改扩建公办幼儿园 eq 8所 2022 -",
                "新增学位 eq 2400个 2022 -", "校外培训机构压减率 ge 80% 2025 -", "课后服务覆盖率 eq 100% 2025 -",
            ],
            notIndicators: ["86所", "5.2万人", "2次", "1次", "100分"],
            tasks: [
                ("扩大普惠资源", "区教育局", "2023-12"),
                ("实现幼小衔接实验园全覆盖", nil, "2023"),
                ("编制《某区中小学布局专项规划（2021-2035年）》", nil, "2021-06"),
                ("全区义务教育学校办学条件全部达到省定标准", nil, "2023"),
            ],
            noise: []),
        ExpectedPlan(
            name: "city key points numbered straight through", text: GenreFixtures.cityKeyPointsStraightThrough,
            headings: [
                (0, "一、坚持党建引领，落实立德树人根本任务"), (1, "1.加强党的政治建设"), (1, "2.深化思政课一体化建设"),
                (0, "二、扩大优质资源供给，办好人民满意的教育"), (1, "3.实施学前教育普惠提升行动"), (1, "4.推进义务教育优质均衡"),
                (2, "集团化办学扩面"), (2, "新优质学校培育"), (2, "“双减”提质增效"), (1, "5.推动普通高中多样化发展"),
                (0, "三、建设高素质教师队伍"), (1, "6.加强师德师风建设"), (1, "7.深化“县管校聘”改革"), (0, "四、重点任务分解"),
            ],
            indicators: [
                "建设市级思政课名师工作室 eq 10个 2025 -", "新增公办园学位 eq 3000个 2025 -", "普惠性幼儿园覆盖率 ge 92% 2025 全市",
                "普惠性幼儿园覆盖率 ge 90% 2025 城区", "新组建教育集团 eq 6个 2025 -", "认定新优质学校 eq 15所 2025 -",
                "学校课后服务参与率 ge 95% 2025 -", "建成特色高中 eq 1所 2025 龙湖区", "建成特色高中 eq 2所 2025 东山县",
                "师德考核优秀率 le 30% 2025 -",
            ],
            notIndicators: [],
            tasks: [
                ("加强党的政治建设", "机关党委", nil),
                ("全市完成新一轮教师竞聘上岗", nil, "2025-08"),
                ("新建市第三实验幼儿园", "市教育局", "2025-09"),
                ("开展教师全员轮训", "市教师发展中心", "2025-12"),
            ],
            noise: ["2025-03-06 10:20  来源：市教育局办公室  阅读：2381", "【字体：大 中 小】", "扫一扫在手机打开当前页", "【打印本页】【关闭窗口】"]),
        ExpectedPlan(
            name: "traditional summary from a document site", text: GenreFixtures.traditionalSummaryFromADocumentSite,
            headings: [
                (0, "一、2024年教育工作總結"), (1, "（一）加強黨的建設"), (1, "（二）夯實優質均衡"), (0, "二、2025年工作思路"),
                (1, "（一）推進學前教育普惠發展"), (1, "（二）提升教師隊伍素質"), (1, "（三）加強校園安全管理"),
            ],
            indicators: [
                "新增義務教育學位 eq 320個 2024 -", "擴招普高學生 eq 190人 2024 -", "義務教育學校標準化建設達標率 eq 100% 2024 全縣 from 92",
                "普惠性幼兒園覆蓋率 ge 95% 2025 全縣", "公辦園在園幼兒佔比 ge 60% 2025 全縣", "招聘新教師 approx 80名 2025 -",
                "校園封閉化管理達標率 eq 100% 2025 -",
            ],
            notIndicators: ["73場次"],
            tasks: [("完成全縣中小學教師全員輪訓", nil, "2025-06")],
            noise: [
                "縣教育局2024年工作總結及2025年工作思路_第1頁", "縣教育局2024年工作總結及2025年工作思路_第2頁",
                "已閱讀5頁，還剩3頁未讀，繼續免費閱讀", "下載本文檔", "版權說明：本文檔由用戶提供並上傳，收益歸屬內容提供方，若內容存在侵權，請進行舉報或認領",
                "文檔簡介",
            ]),
        ExpectedPlan(
            name: "two parts numbered afresh", text: GenreFixtures.twoPartsNumberedAfresh,
            headings: [
                (0, "2024年工作总结"), (1, "一、主要成绩"), (1, "二、存在问题"), (0, "2025年工作打算"), (1, "一、工作目标"),
                (1, "二、主要措施"), (2, "（一）改善办学条件"), (2, "（二）加强教师培训"),
            ],
            indicators: [
                "小学入学率 eq 100% 2024 全镇", "初中巩固率 ge 98% 2024 全镇", "学前三年毛入园率 eq 92% 2025 全镇",
                "义务教育巩固率 ge 99% 2025 全镇", "每名教师每年参加培训 ge 72学时 2025 -",
            ],
            notIndicators: [],
            tasks: [("完成中心小学食堂改造", nil, "2025-08")],
            noise: []),
        ExpectedPlan(
            name: "five-year plan with an indicator table", text: GenreFixtures.fiveYearPlanWithIndicatorTable,
            headings: [
                (0, "一、发展目标"), (1, "专栏1  “十四五”教育事业发展主要指标"), (0, "二、主要任务"), (1, "（一）扩大学前教育资源"),
                (1, "（二）加强教师队伍建设"),
            ],
            indicators: [
                "学前三年毛入园率 ge 95% 2025 - from 90.5@2020", "九年义务教育巩固率 eq 99% 2025 - from 98.6@2020",
                "高中阶段教育毛入学率 eq 95% 2025 - from 92@2020", "中小学专任教师本科及以上学历比例 eq 85% 2025 - from 70.2@2020",
                "县级以上骨干教师 eq 500人 2025 - from 320@2020", "新建幼儿园 eq 5所 2025 -", "新增学位 eq 1500个 2025 -",
                "每年招聘教师 ge 100人 2025 -",
            ],
            notIndicators: [],
            tasks: [],
            noise: []),
        ExpectedPlan(
            name: "chapters and sections", text: GenreFixtures.chaptersAndSections,
            headings: [
                (0, "第一章发展基础"), (0, "第二章目标任务"), (1, "第一节总体目标"), (1, "第二节重点任务"),
                (2, "一、推进学前教育普及普惠"), (3, "（一）扩充普惠资源"), (3, "（二）提高保教质量"),
                (2, "二、推进义务教育优质均衡"), (3, "（一）优化资源配置"), (3, "（二）深化教学改革"), (4, "专栏1 重点工程"),
                (5, "学校建设工程"), (5, "教师提升工程"), (0, "第三章保障措施"),
            ],
            indicators: [
                "义务教育优质均衡发展县（区） eq 3个 2023 全市", "义务教育优质均衡发展县（区） eq 6个 2025 全市",
                "高中阶段教育毛入学率 eq 3个百分点 2025 全市",
                "每个乡镇办好公办中心幼儿园 ge 1所 2025 -",
                "省级示范幼儿园 ge 20所 2025 -", "新建、改扩建中小学 eq 30所 2025 -", "培训骨干教师 eq 5000人次 2025 -",
            ],
            notIndicators: ["56人"],
            tasks: [("消除56人以上大班额", nil, "2024")],
            noise: ["来源：某市教育局  发布时间：2022-01-15", "分享到：微信 微博 QQ空间", "【打印本页】 【关闭窗口】"]),
        ExpectedPlan(
            name: "WeChat article", text: GenreFixtures.wechatArticle,
            headings: [
                (0, "一、总体目标"), (0, "二、重点工作"), (1, "（一）办好民生实事"), (2, "1.扩容学前教育资源"), (2, "2.改善办学条件"),
                (1, "（二）提升教育质量"), (0, "三、保障措施"), (1, "强化经费保障"), (1, "强化督导考核"),
            ],
            indicators: [
                "新增公办学位 eq 1200个 2025 -", "义务教育巩固率 ge 99.5% 2025 -", "学前三年毛入园率 eq 93% 2025 -",
                "新建公办幼儿园 eq 2所 2025 -", "优质课覆盖率 eq 70% 2025 全县", "学生体质健康优良率 ge 55% 2025 -",
                "教育经费投入 ge 8亿元 2025 -",
            ],
            notIndicators: ["2个百分点"],
            tasks: [("新建公办幼儿园2所", nil, "2025-09"), ("完成8所农村学校厕所改造", nil, nil)],
            noise: [
                "点击蓝字 关注我们", "某县教育发布 2025-02-20 08:30 发表于某省", "编辑：张三", "审核：李四", "往期推荐",
                "县教育局召开2025年工作会议", "全县中小学开学工作有序推进", "阅读原文",
            ]),
        ExpectedPlan(
            name: "month deadlines", text: GenreFixtures.monthDeadlines,
            headings: [
                (0, "一、全面加强党的建设"), (1, "1、落实全面从严治党主体责任，3月底前制定党建工作要点"), (1, "2、加强基层党组织建设，新建党建示范校5所"),
                (0, "二、推动各类教育协调发展"), (1, "3、学前教育"), (1, "4、义务教育"), (1, "5、职业教育"), (0, "三、加强教师队伍建设"),
                (1, "6、实施“青蓝工程”，为新入职教师配备指导教师，培养区级学科带头人30名"),
            ],
            indicators: [
                "新建党建示范校 eq 5所 2025 -", "普惠性幼儿园覆盖率 ge 90% 2025 全区", "区职业中专毕业生就业率 eq 96% 2025 -",
                "对口升学率 eq 40% 2025 -", "培养区级学科带头人 eq 30名 2025 -",
            ],
            notIndicators: [],
            tasks: [("制定党建工作要点", nil, "2025-03"), ("新建成区第三幼儿园", nil, "2025-09"), ("完成全区中小学招生工作", nil, "2025-06")],
            noise: []),
        ExpectedPlan(
            name: "traditional portal with bullets", text: GenreFixtures.traditionalPortalWithBullets,
            headings: [
                (0, "（一）總體要求"), (0, "（二）主要目標"), (1, "1.全縣學前三年毛入園率達到96%，義務教育鞏固率達到99.6%"),
                (1, "2.普通高中本科上線率較上年提高2個百分點以上"), (0, "（三）重點工作"), (1, "■實施校舍安全工程"),
                (1, "■推進教師隊伍建設"), (0, "（四）保障措施"),
            ],
            indicators: [
                "學前三年毛入園率 eq 96% 2025 全縣", "義務教育鞏固率 eq 99.6% 2025 全縣", "普通高中本科上線率 ge 2個百分點 2025 -",
                "投入資金 eq 3500萬元 2025 -", "改造校舍 eq 12所 2025 -", "招聘教師 eq 120人 2025 -",
                // 其中: a part of the figure before it is a figure of its own (the blind set's reading, adopted here).
                "特崗教師 eq 40人 2025 -",
            ],
            notIndicators: [],
            tasks: [],
            noise: ["你的位置：首頁 > 規劃計劃 > 教育規劃", "添加時間：2025-1-6      瀏覽次數：", "來源：某縣教育局"]),
        ExpectedPlan(
            name: "notice saved from Word", text: GenreFixtures.noticeSavedFromWord,
            headings: [
                (0, "一、目标任务"), (0, "二、重点工作"), (1, "（一）加强学校建设"), (2, "1.新建县第二实验小学，2025年8月底前竣工"),
                (2, "2.完成10所学校运动场改造"), (1, "（二）提高教学质量"),
            ],
            indicators: ["义务教育巩固率 ge 99.8% 2025 全县", "高中阶段毛入学率 eq 97% 2025 全县", "高考本科上线人数 ge 1500人 2025 -"],
            notIndicators: ["10所"],
            tasks: [("新建县第二实验小学", nil, "2025-08"), ("完成10所学校运动场改造", nil, nil)],
            noise: ["—1—", "- 2 -"]),
        ExpectedPlan(
            name: "rarer phrasings", text: GenreFixtures.rarerPhrasings,
            headings: [(0, "一、发展指标"), (0, "二、工作措施"), (1, "（一）完善经费保障"), (1, "（二）推进信息化建设")],
            indicators: [
                "中小学教师持证上岗率 eq 100% 2025 全县", "每千人口拥有3岁以下婴幼儿托位数 eq 4.5个 2025 -",
                "学生近视率 ge 0.5个百分点 2025 -", "义务教育阶段学校班额 le 45人 2025 -", "教师培训经费占公用经费 ge 5% 2025 -",
                "资助项目惠及学生 ge 3万人 2025 -", "新增智慧教室 ge 200间 2025 -",
            ],
            notIndicators: [],
            tasks: [("建立教师培训经费保障机制", "县教育局", "2025")],
            noise: []),
        ExpectedPlan(
            name: "items as targets with an attachment", text: GenreFixtures.itemsAsTargetsWithAnAttachment,
            headings: [
                (0, "一、指导思想"), (0, "二、重点任务"), (1, "（一）促进基础教育均衡发展"),
                (2, "1.扩大优质学位供给，新建改扩建中小学15所，新增学位1.2万个"), (2, "2.推进集团化办学，新组建教育集团8个，实现城乡全覆盖"),
                (3, "（1）紧密型集团"), (3, "（2）协作型集团"), (1, "（二）加快职业教育改革"), (0, "三、保障措施"),
            ],
            indicators: [
                "新建改扩建中小学 eq 15所 2024 -", "新增学位 eq 1.2万个 2024 -", "新组建教育集团 eq 8个 2024 -",
                "中职学校“双师型”教师比例 ge 60% 2024 -",
            ],
            notIndicators: ["20家"],
            tasks: [("新建市第三中学", "市教育局基建科", "2024-08"), ("制定集团化办学评估办法", "市教育局基教科", "2024-06")],
            noise: ["（来源：某市教育局办公室）", "责任编辑：王五", "扫一扫 分享到微信"]),
        ExpectedPlan(
            name: "shared values and shares", text: GenreFixtures.sharedValuesAndShares,
            headings: [
                (0, "一、主要目标"), (0, "二、重点工作"), (1, "（一）争创省级示范学校2所，建成标准化考点3个"),
                (1, "（二）中小学校园足球特色学校数量达到25所，义务教育学校专任教师本科及以上学历达到85%"), (1, "（三）年内培训教师不少于2000人次"),
            ],
            indicators: [
                "公办幼儿园在园幼儿占比 eq 55% 2025 全市", "普惠性幼儿园在园幼儿占比 eq 90% 2025 全市", "小学适龄儿童入学率 eq 100% 2025 -",
                "初中适龄儿童入学率 eq 100% 2025 -", "残疾儿童入学率 ge 95% 2025 -", "教师交流轮岗比例 ge 10% 2025 -",
                "教育经费投入 ge 5% 2025 各县区", "争创省级示范学校 eq 2所 2025 -", "建成标准化考点 eq 3个 2025 -",
                "中小学校园足球特色学校数量 eq 25所 2025 -", "义务教育学校专任教师本科及以上学历 eq 85% 2025 -", "培训教师 ge 2000人次 2025 -",
            ],
            notIndicators: [],
            tasks: [],
            noise: []),
        ExpectedPlan(
            name: "summary and plan in parts", text: GenreFixtures.summaryAndPlanInParts,
            headings: [
                (0, "第一部分2024年工作总结"), (1, "一、重点工作完成情况"), (2, "（一）学前教育"), (2, "（二）义务教育"), (1, "二、存在的问题"),
                (0, "第二部分2025年工作计划"), (1, "三、主要目标"), (2, "——学前教育"), (2, "——义务教育"), (1, "四、保障措施"),
                (2, "（一）强化经费保障，教育支出占一般公共预算支出比例不低于20%"), (2, "（二）强化督导，每学期开展专项督导不少于2次"),
            ],
            indicators: [
                "新增普惠性学位 eq 2400个 2024 -", "普惠性幼儿园覆盖率 eq 91% 2024 -", "义务教育巩固率 eq 100% 2024 全区",
                "学前三年毛入园率 ge 98% 2025 -", "新建学校 eq 2所 2025 -", "新增学位 eq 3600个 2025 -",
                "教育支出占一般公共预算支出比例 ge 20% 2025 -",
            ],
            notIndicators: [],
            tasks: [],
            noise: []),
        ExpectedPlan(
            name: "towns, schools and bracketed owners", text: GenreFixtures.townsSchoolsAndBracketedOwners,
            headings: [
                (0, "一、办好人民满意的教育"), (1, "（一）学前教育"), (1, "（二）义务教育"), (2, "1.均衡发展"), (2, "2.质量提升"),
                (1, "（三）高中教育"), (0, "二、建设高素质教师队伍"),
            ],
            indicators: [
                "新建公办幼儿园 eq 1所 2025 城关镇", "新建公办幼儿园 eq 1所 2025 新华镇", "学前三年毛入园率 eq 95% 2025 全县",
                "城关镇中心小学、实验中学班额 le 45人 2025 -", "初中学业水平考试合格率 eq 92% 2025 -", "优秀率 eq 3个百分点 2025 -",
                "县一中一本上线率 eq 30% 2025 -", "招录教师 ge 60名 2025 -", "紧缺学科教师 ge 20名 2025 -",
            ],
            notIndicators: [],
            tasks: [
                ("新建公办幼儿园1所", "县教育局", nil),
                ("完成教师招聘工作", "县人社局、县教育局", "2025-06"),
            ],
            noise: []),
        ExpectedPlan(
            name: "traditional three-year plan", text: GenreFixtures.traditionalThreeYearPlan,
            headings: [
                (0, "一、發展目標"), (0, "二、主要任務"), (1, "（一）優化專業佈局"), (1, "（二）深化產教融合"), (1, "（三）提升辦學質量"),
                (0, "三、保障措施"),
            ],
            indicators: [
                "中職學校達到省級標準化學校比例 eq 80% 2026 全市", "“雙師型”教師佔專業課教師比例 ge 55% 2026 全市",
                "每年新增或調整專業 approx 10個 2026 -", "建設市級產教融合實訓基地 eq 5個 2026 -", "校企合作企業 ge 200家 2026 -",
                "中職畢業生就業率 ge 95% 2026 -", "對口就業率 eq 70% 2026 -",
            ],
            notIndicators: [],
            tasks: [("將職業教育經費列入預算", "各縣市區政府", nil)],
            noise: []),
        ExpectedPlan(
            name: "disclosure portal", text: GenreFixtures.disclosurePortal,
            headings: [(0, "一、工作目标"), (0, "二、重点任务"), (1, "（一）加快学校建设"), (1, "（二）加强队伍建设")],
            indicators: [
                "义务教育巩固率 ge 99% 2025 全县", "普通高中毛入学率 eq 94% 2025 全县", "新建城北小学 eq 1所 2025 -",
                "补充教师 eq 150人 2025 -",
            ],
            notIndicators: [],
            tasks: [("新建城北小学1所", nil, "2025-09")],
            noise: [
                "当前位置：首页>>信息公开>>规划计划", "索引号：11220000/2025-00012", "发文机关：某县教育局", "成文日期：2025-03-01",
                "标题：某县2025年教育工作要点", "发布日期：2025-03-05", "【大 中 小】", "附件下载：某县2025年教育工作要点.docx",
                "【我要纠错】 【打印本页】 【关闭窗口】", "主办单位：某县人民政府办公室  网站标识码：1234567890",
            ]),
    ]

    static func line(_ i: ImportedIndicator) -> String {
        var text = "\(i.name) \(i.comparator) \(i.value)\(i.valueMax.map { "-" + $0 } ?? "")\(i.unit) \(i.year ?? "-") \(i.scope ?? "-")"
        if let base = i.baselineValue { text += " from \(base)" + (i.baselineYear.map { "@" + $0 } ?? "") }
        return text
    }

    /// The scored headings: all but an unnumbered introduction at the top. In an outline without numbers (an outline
    /// app's export, set 49) the first section is a heading like the rest: an introduction stands apart from numbered
    /// parts, or has no heading.
    static func headings(_ plan: ImportedPlan) -> [(Int, String)] {
        var sections = plan.allSections
        if let first = sections.first, first.depth == 0, first.number.isEmpty, first.children.isEmpty, plan.sections.count > 1,
           first.heading.isEmpty || plan.sections.dropFirst().contains(where: { !$0.number.isEmpty }) {
            sections.removeFirst()
        }
        return sections.map { ($0.depth, $0.number + $0.heading) }
    }

    static func score(_ fixture: ExpectedPlan, _ plan: ImportedPlan) -> (headings: Score, indicators: Score, tasks: Score, notes: [String]) {
        var notes: [String] = []
        let got = headings(plan)
        var remaining = got.map { "\($0.0) \($0.1)" }
        var headingScore = Score(expected: fixture.headings.count, produced: got.count)
        for (depth, text) in fixture.headings {
            if let i = remaining.firstIndex(of: "\(depth) \(text)") { remaining.remove(at: i); headingScore.found += 1 } else { notes.append("heading missed: \(depth) \(text)") }
        }
        notes += remaining.map { "heading extra: \($0)" }

        let indicators = plan.allSections.flatMap(\.indicators)
        var lines = indicators.map(line)
        var indicatorScore = Score(expected: fixture.indicators.count, produced: lines.count)
        for want in fixture.indicators {
            if let i = lines.firstIndex(of: want) { lines.remove(at: i); indicatorScore.found += 1 } else { notes.append("indicator missed: \(want)") }
        }
        notes += lines.map { "indicator extra: \($0)" }

        let tasks = plan.allSections.flatMap(\.tasks)
        var taskScore = Score(expected: fixture.tasks.count, produced: tasks.count)
        var unused = tasks
        for want in fixture.tasks {
            if let i = unused.firstIndex(where: { ($0.title.contains(want.key) || want.key.contains($0.title) && !$0.title.isEmpty) && $0.lead == want.lead && $0.due == want.due }) {
                unused.remove(at: i)
                taskScore.found += 1
            } else {
                notes.append("task missed: \(want) among \(tasks.map { "\($0.title)|\($0.lead ?? "-")|\($0.due ?? "-")" })")
            }
        }
        notes += unused.map { "task extra: \($0.title)|\($0.lead ?? "-")|\($0.due ?? "-")" }
        return (headingScore, indicatorScore, taskScore, notes)
    }

    /// Scores every fixture of a set, printing what was missed and what was extra under `tag`, and expects of each
    /// fixture exactly its noise dropped, nothing lost and none of its non-indicators read. Returns the set's totals.
    static func run(_ fixtures: [ExpectedPlan], tag: String) throws -> (headings: Score, indicators: Score, tasks: Score) {
        var total = (headings: Score(), indicators: Score(), tasks: Score())
        for fixture in fixtures {
            let plan = try PlanTextParser.parse(fixture.text, options: ImportOptions(currentYear: 2025))
            let (headings, indicators, tasks, notes) = score(fixture, plan)
            print("[\(tag)] \(fixture.name): headings \(headings); indicators \(indicators); tasks \(tasks)")
            for note in notes { print("[\(tag)]   \(note)") }
            total.headings = total.headings + headings
            total.indicators = total.indicators + indicators
            total.tasks = total.tasks + tasks

            // Website noise: every noise line dropped, nothing else.
            if plan.dropped != fixture.noise {
                // Counted line by line: a furniture line printed twice and dropped once is one line kept.
                var unmatched = plan.dropped
                var kept: [String] = []
                for line in fixture.noise {
                    if let i = unmatched.firstIndex(of: line) { unmatched.remove(at: i) } else { kept.append(line) }
                }
                print("[\(tag)]   noise kept: \(kept); dropped but not noise: \(unmatched)")
            }
            #expect(plan.dropped == fixture.noise, "\(fixture.name)")
            #expect(plan.droppedReasons.count == plan.dropped.count)
            CorpusTests.expectNothingLost(fixture.text, plan)
            let all = plan.allSections.flatMap(\.indicators).map { $0.value + ($0.valueMax.map { "-" + $0 } ?? "") + $0.unit }
            for wrong in fixture.notIndicators { #expect(!all.contains(wrong), "\(fixture.name): \(wrong) is not an indicator") }
            #expect(headings.recall >= 0.9, "\(fixture.name): \(notes)")
        }
        print("[\(tag)] total: headings \(total.headings); indicators \(total.indicators); tasks \(total.tasks)")
        return total
    }

    @Test func theImporterRecoversWhatAReaderSees() throws {
        let total = try Self.run(Self.fixtures, tag: "import score")
        #expect(total.headings.recall >= 0.95)
        #expect(total.headings.precision >= 0.9)
        #expect(total.indicators.recall >= 0.9)
        #expect(total.indicators.precision >= 0.85)
        #expect(total.tasks.recall >= 0.9)
    }
}
