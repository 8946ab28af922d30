import Foundation
import Testing
@testable import PlanImport

/// Shapes the blind sets showed, each on its own: month schedules, owners on lines of their own, boxes holding
/// numbered projects, task tables split by category headings, items run together in one paragraph, a portal's menu.
struct DocumentShapesTests {
    static func parse(_ text: String) throws -> ImportedPlan {
        try PlanTextParser.parse(text, options: ImportOptions(currentYear: 2025))
    }

    @Test func monthsAndQuartersWithBracketsAreScheduleLines() throws {
        let plan = try Self.parse("""
            某园2026年春季学期保教工作计划
            一、工作目标
            全面提高保教质量。
            二、月工作计划
            二月（开学月）：做好开学准备和新生入园适应工作，召开新学期全园教职工会议。
            三月（习惯养成月）：开展主题活动。
            三、季度工作安排
            第四季度（10—12月）：开展学校年度目标考核，编制2027年教育工作计划。
            """)
        let tasks = plan.allSections.flatMap(\.tasks).map { "\($0.title)|\($0.due ?? "-")" }
        #expect(tasks == ["做好开学准备和新生入园适应工作，召开新学期全园教职工会议|2026-02", "开展主题活动|2026-03",
                          "开展学校年度目标考核，编制2027年教育工作计划|2026-12"])
        #expect(plan.allSections.map(\.heading) == ["工作目标", "月工作计划", "季度工作安排"])
    }

    @Test func aSchoolYearScheduleRunsIntoTheNextYear() throws {
        let plan = try Self.parse("""
            某校2025学年工作计划
            一、工作目标
            全面提高教育教学质量。
            二、月工作安排
            九月：完成新生入学教育。
            十二月：组织期末复习研讨；开展家长会。
            一月：完成学期工作总结。
            """)
        let tasks = plan.allSections.flatMap(\.tasks).map { "\($0.title)|\($0.due ?? "-")" }
        #expect(tasks == ["完成新生入学教育|2025-09", "组织期末复习研讨|2025-12", "开展家长会|2025-12", "完成学期工作总结|2026-01"])
        // The months are lines of a schedule, not headings.
        #expect(plan.allSections.map(\.heading) == ["工作目标", "月工作安排"])
    }

    /// A run of lines each opening with a time label is a schedule whatever it counts in — weeks with their dates, a
    /// week alone, a stage with its months, a label in brackets — as months and quarters are: no headings, one task an
    /// action, due the month its dates end (none for a week without dates); the run ends at the first line with no time
    /// label, so the signature and date under it are no tasks (set 22).
    @Test func aRunOfTimeLabelledLinesIsASchedule() throws {
        let plan = try Self.parse("""
            某园2027年春季学期保教工作计划
            一、工作目标
            全面提高保教质量。
            二、周工作安排
            第1—2周（2月15日—2月26日）：做好开学准备，开展新生入园适应活动。
            第3—5周（3月1日—3月19日）：组织主题活动；召开全园家长会。
            【第6周】：开展春季幼儿体检。
            第18—20周（6月14日—7月2日）：完成幼儿发展评估。
            某县实验幼儿园
            2027年2月10日
            """)
        let tasks = plan.allSections.flatMap(\.tasks).map { "\($0.title)|\($0.due ?? "-")" }
        #expect(tasks == ["做好开学准备，开展新生入园适应活动|2027-02", "组织主题活动|2027-03", "召开全园家长会|2027-03",
                          "开展春季幼儿体检|-", "完成幼儿发展评估|2027-07"])
        #expect(plan.allSections.map(\.heading) == ["工作目标", "周工作安排"])
        #expect(Schedule.label("动员部署阶段（3—4月）：召开动员会。")?.month == 4)
        #expect(Schedule.label("三月上旬：完成开学检查。")?.month == 3)
        #expect(Schedule.label("第三至四周：开展家访。").map { $0.month == nil } == true)
        // A lead phrase ending in a colon names no time.
        #expect(Schedule.label("重点抓好三项工作：") == nil)
        #expect(Schedule.label("动员部署阶段：召开动员会。") == nil)
    }

    /// A stage numbered as 第N阶段 with its months and its work on one line is a schedule line, not a heading; a span of
    /// months or of 旬 is due the month it ends in (set 23). A stage title standing alone stays a heading (set 3).
    @Test func numberedStagesAndSpansOfTenDaysAreScheduleLines() throws {
        let plan = try Self.parse("""
            某市2027年学校体育工作计划
            一、工作目标
            全面提高学生体质健康水平。
            二、时间安排
            第一阶段（1月—3月）：制定年度工作计划，部署重点工作。
            第二阶段（4月—10月）：组织体育联赛；开展体质健康测试。
            三、行事历
            3月上旬—中旬：组织各教研组制定教研计划。
            5—6月：举办春季运动会。
            6月下旬—7月上旬：组织期末质量检测。
            """)
        let tasks = plan.allSections.flatMap(\.tasks).map { "\($0.title)|\($0.due ?? "-")" }
        #expect(tasks == ["制定年度工作计划，部署重点工作|2027-03", "组织体育联赛|2027-10", "开展体质健康测试|2027-10",
                          "组织各教研组制定教研计划|2027-03", "举办春季运动会|2027-06", "组织期末质量检测|2027-07"])
        #expect(plan.allSections.map(\.heading) == ["工作目标", "时间安排", "行事历"])
        #expect(Schedule.label("4月中旬—下旬：召开质量分析会。")?.month == 4)
        #expect(Schedule.label("第一阶段  动员部署（2026年3月—5月）") == nil)
    }

    /// A 任务分工 line "N.title：负责…。责任人：A；完成时间：date。" is a heading and a task led by A, due its 完成时间 of the
    /// plan's year; "总结考核" is an action, not a summary of work done (set 23).
    @Test func aDivisionLineIsAHeadingAndATaskDueByItsCompletionTime() throws {
        let plan = try Self.parse("""
            某镇中心学校2027年控辍保学工作方案
            一、任务分工
            1.入学摸排：负责全镇适龄儿童入学情况摸排。责任人：张海峰；完成时间：3月15日前。
            2.动态监测：负责学生出勤比对核查。责任人：各校校长；完成时间：每月。
            3.总结考核：负责年度考核和总结。责任人：刘文博；完成时间：12月20日前。
            """)
        let tasks = plan.allSections.flatMap(\.tasks).map { "\($0.title)|\($0.lead ?? "-")|\($0.due ?? "-")" }
        #expect(tasks == ["入学摸排|张海峰|2027-03", "动态监测|各校校长|-", "总结考核|刘文博|2027-12"])
        #expect(plan.allSections.map(\.heading) == ["任务分工", "入学摸排", "动态监测", "总结考核"])
    }

    @Test func ownerAndTimeLabelsOnTheirOwnLinesCloseTheItem() throws {
        let plan = try Self.parse("""
            一、重点任务
            (1)统筹校内外师资。聘请社会人员参与课后服务。
            责任单位：各县（市、区）教育局
            时间安排：2025年9月底前
            (2)完善经费保障机制。完成收费标准备案。
            责任单位：市财政局
            时间安排：持续推进
            """)
        let tasks = plan.allSections.flatMap(\.tasks).map { "\($0.title)|\($0.lead ?? "-")|\($0.due ?? "-")" }
        #expect(tasks == ["统筹校内外师资|各县（市、区）教育局|2025-09", "完善经费保障机制|市财政局|-"])
        #expect(plan.allSections.map(\.heading) == ["重点任务", "统筹校内外师资", "完善经费保障机制"])
    }

    @Test func aBoxHoldsTheProjectsNumberedAfterIt() throws {
        let plan = try Self.parse("""
            一、主要任务
            （一）推进学前教育普及普惠
            新增普惠性学位7200个。
            专栏2 学前教育扩容提质工程
            1.托育扩容项目：新增托位2400个。
            2.保教质量提升项目：创建省级优质幼儿园30所。
            （二）推动义务教育优质均衡
            新建学校18所。
            """)
        #expect(ScoringTests.headings(plan).map { "\($0.0) \($0.1)" } == [
            "0 一、主要任务", "1 （一）推进学前教育普及普惠", "2 专栏2 学前教育扩容提质工程", "3 1.托育扩容项目", "3 2.保教质量提升项目",
            "1 （二）推动义务教育优质均衡",
        ])
    }

    @Test func aTaskTableSplitByCategoryHeadingsStaysOneTable() throws {
        let plan = try Self.parse("""
            某县2026年教育重点工作任务分工
            序号\t工作任务\t牵头单位\t配合单位\t完成时限
            一、基础教育
            1\t新建县第三幼儿园，新增学前学位360个\t计财股\t县住建局\t2026年8月
            二、教师队伍
            2\t公开招聘中小学教师80名\t人事股\t县人社局\t2026年8月
            """)
        let tasks = plan.allSections.flatMap(\.tasks).map { "\($0.title)|\($0.lead ?? "-")|\($0.partners ?? "-")|\($0.due ?? "-")" }
        #expect(tasks == ["新建县第三幼儿园，新增学前学位360个|计财股|县住建局|2026-08", "公开招聘中小学教师80名|人事股|县人社局|2026-08"])
        // Targets come from the task cell alone: no row number, office or date in a name.
        #expect(plan.allSections.flatMap(\.indicators).map { "\($0.name) \($0.value)\($0.unit)" } == ["新增学前学位 360个", "公开招聘中小学教师 80名"])
    }

    @Test func numberedItemsRunTogetherAreSplit() {
        #expect(PlanTextParser.splitRunTogetherItems(["1.抓好思政课建设。培训教师2万人次。2.抓好心理健康教育。配备率达到100%。"])
            == ["1.抓好思政课建设。培训教师2万人次。", "2.抓好心理健康教育。配备率达到100%。"])
        // A number inside a sentence, or one that does not follow on, stays where it is.
        let kept = ["1.抓好思政课建设。其中3.5万人次为线上培训。", "1.抓好思政课建设。3.抓好心理健康教育。"]
        #expect(PlanTextParser.splitRunTogetherItems(kept) == kept)
    }

    @Test func aPortalMenuIsDroppedWholeAndNothingElse() throws {
        let plan = try Self.parse("""
            首页
            机构概况
            政务公开
            教育动态
            某区2025年工作计划
            一、年度目标
            学前教育
            义务教育巩固率达到99.7%。
            """)
        #expect(plan.dropped == ["首页", "机构概况", "政务公开", "教育动态"])
        CorpusTests.expectNothingLost(plan.dropped.joined(separator: "\n") + "\n某区2025年工作计划\n一、年度目标\n学前教育\n义务教育巩固率达到99.7%。", plan)
    }

    @Test func aMonthOnItsOwnLineHeadsThatMonthsItems() throws {
        let plan = try Self.parse("""
            某园2025年秋季学期工作计划
            一、主要工作
            做好保教工作。
            二、月份工作安排
            九月份
            1、做好新生入园适应工作
            2、9月20日前完成全园幼儿健康体检
            十月份
            1、开展主题教育活动
            """)
        #expect(ScoringTests.headings(plan).map { "\($0.0) \($0.1)" } == [
            "0 一、主要工作", "0 二、月份工作安排", "1 九月份", "2 1、做好新生入园适应工作", "2 2、9月20日前完成全园幼儿健康体检",
            "1 十月份", "2 1、开展主题教育活动",
        ])
        let tasks = plan.allSections.flatMap(\.tasks).map { "\($0.title)|\($0.due ?? "-")" }
        // "9月20日前完成…": the day's deadline opens the item and is read off it, as "9月底前完成…" is.
        #expect(tasks == ["做好新生入园适应工作|2025-09", "完成全园幼儿健康体检|2025-09", "开展主题教育活动|2025-10"])
    }

    @Test func anOwnerInBracketsAfterTheLastSentenceOwnsTheItem() throws {
        let plan = try Self.parse("""
            某县2026年教育督导工作要点
            一、完善机制
            ⒈健全督导工作机制。修订《某县教育督导问责实施细则》，6月底前提请县政府印发。（督导室负责）
            ⒉加强督学队伍建设。全县专兼职督学总数达到60人。（督导室、人事股负责）
            """)
        let tasks = plan.allSections.flatMap(\.tasks).map { "\($0.title)|\($0.lead ?? "-")|\($0.due ?? "-")" }
        #expect(tasks == ["修订《某县教育督导问责实施细则》|督导室|2026-06", "加强督学队伍建设|督导室、人事股|-"])
    }

    @Test func aTableWithBarsBetweenItsCells() throws {
        let plan = try Self.parse("""
            某区2026年工作思路
            一、主要指标
            指标 | 2025年完成 | 2026年目标
            学前三年毛入园率（%） | 95.8 | 96.5
            普惠性幼儿园覆盖率（%） | 91.3 | ≥92
            """)
        #expect(plan.allSections.flatMap(\.indicators).map(ScoringTests.line) == [
            "学前三年毛入园率 eq 96.5% 2026 - from 95.8@2025", "普惠性幼儿园覆盖率 ge 92% 2026 - from 91.3@2025",
        ])
    }

    @Test func wordNumberedProjectsAreHeadings() {
        let line = Array("項目一  課程與教學")
        let parsed = Numbering.parse(original: line, folded: TextCleaning.fold(line))
        #expect(parsed?.marker == "項目一" && parsed?.rest == "課程與教學" && parsed?.ordinal == 1)
        let prose = Array("项目一期工程已完工")
        #expect(Numbering.parse(original: prose, folded: TextCleaning.fold(prose)) == nil)
    }

    @Test func aPagesBannerLinesAboveThePlanGoAndADocumentsOwnOpeningStays() throws {
        let page = try Self.parse("""
            云岭教育信息网
            立德树人 办人民满意的教育
            当前位置：首页 > 通知公告
            某县2026年教育工作要点
            一、目标
            入园率达到92%。
            """)
        #expect(page.dropped == ["云岭教育信息网", "立德树人 办人民满意的教育", "当前位置：首页 > 通知公告"])
        let notice = try Self.parse("""
            某县教育体育局
            关于印发《某县2026年教育工作要点》的通知
            各学校：
            现将要点印发给你们。
            某县2026年教育工作要点
            一、目标
            入园率达到92%。
            """)
        #expect(notice.dropped.isEmpty)
    }

    @Test func shortLinesAmongThePagesFooterGoAndAPlansSignatureStays() throws {
        let page = try Self.parse("""
            某县2026年教育工作要点
            一、目标
            入园率达到92%。
            某县教育局
            2026年2月10日
            阅读原文
            云岭教育
            向上滑动看下一个
            """)
        #expect(page.dropped == ["阅读原文", "云岭教育", "向上滑动看下一个"])
        // Without furniture below it, a plan's last short line is the plan's.
        let plain = try Self.parse("某县2026年教育工作要点\n一、目标\n入园率达到92%。\n学前教育")
        #expect(plain.dropped.isEmpty)
    }

    /// The page's lines are told by where they stand, not by their words (none of these is in a word list): above the
    /// document's title, between its title and its first paragraph, between two lines of known furniture, and below
    /// its last paragraph once the page's chrome has started; a reader's comment under an author-and-time line.
    @Test func linesOutsideTheDocumentGoWhateverTheirWords() throws {
        let plan = try Self.parse("""
            青简文档
            某区2026年教育工作计划（定稿）  已同步
            发表于 2026-2-24 21:06
            某区2026年教育工作计划
            松针小筑 · 2026年第3期 · 总第18期
            为办好人民满意的教育，制定本计划。
            一、目标
            全区入园率达到92%，巩固率保持在99%。
            回复  支持  反对  举报
            晓风听竹
            三级园丁
            发表于 2026-2-25 08:32
            二、任务
            新建幼儿园2所，新增学位600个。
            某区教育局
            2026年2月10日
            阅读 (2316)
            已推送到：首页精选
            山中一棵树  2026-03-12 20:18
            目标定得很实在，学习了。
            感谢分享，收藏了
            """)
        #expect(plan.dropped == [
            "青简文档", "某区2026年教育工作计划（定稿）  已同步", "发表于 2026-2-24 21:06", "松针小筑 · 2026年第3期 · 总第18期",
            "回复  支持  反对  举报", "晓风听竹", "三级园丁", "发表于 2026-2-25 08:32", "阅读 (2316)", "已推送到：首页精选",
            "山中一棵树  2026-03-12 20:18", "目标定得很实在，学习了。", "感谢分享，收藏了",
        ])
        #expect(plan.title == "某区2026年教育工作计划")
        #expect(plan.sections.map(\.heading).contains("目标") && plan.sections.map(\.heading).contains("任务"))
        // A Word file with nothing of a page around it keeps every line, its short closing ones too.
        let word = try Self.parse("某区2026年教育工作计划\n一、目标\n入园率达到92%。\n某区教育局\n2026年2月10日\n（此件公开发布）")
        #expect(word.dropped.isEmpty)
    }

    /// Where a page's parts stand: a forwarded mail's note above its "原始邮件" line, a comment box below the plan's last
    /// item (its readers' lines whatever they say), a printed page's running header beside its page number, a listed
    /// article's title above its counters.
    @Test func aMailsNoteACommentBoxARunningHeaderAndALinkCardGo() throws {
        let plan = try Self.parse("""
            各位同事：
            计划已定稿，请查收并于周五前反馈意见。
            王青
            ----- 原始邮件 -----
            某县2026年教育工作要点
            一、目标
            全县入园率达到92%，巩固率保持在99%。
            — 3 —
            某县政报
            二、任务
            新建幼儿园2所，新增学位600个。
            沙洲笔记：某县教育统计解读
            阅读 356
            — 4 —
            某县政报
            三、保障
            加大投入，强化督导。
            某县教育局
            2026年2月10日
            留言 3
            杏林小路
            写得清楚，我们也按这个思路做。
            作者回复：谢谢支持！
            《某县政报》编辑部
            """)
        #expect(plan.dropped == [
            "各位同事：", "计划已定稿，请查收并于周五前反馈意见。", "王青", "----- 原始邮件 -----", "— 3 —", "某县政报",
            "沙洲笔记：某县教育统计解读", "阅读 356", "— 4 —", "某县政报", "留言 3", "杏林小路", "写得清楚，我们也按这个思路做。", "作者回复：谢谢支持！",
            "《某县政报》编辑部",
        ])
        #expect(plan.title == "某县2026年教育工作要点")
        #expect(plan.sections.map(\.heading) == ["目标", "任务", "保障"])
        #expect(plan.sections.last?.body.hasSuffix("某县教育局\n2026年2月10日") == true)
    }

    /// A Word print of a notice keeps its red head, its 文号 and its 版记 (抄送, the 印发 line); its page numbers and the
    /// running header with the plan's short name go, and the full title under that header is the title.
    @Test func aWordPrintKeepsItsRedHeadAndItsDistributionLines() throws {
        let plan = try Self.parse("""
            某县人民政府办公室文件
            某政办发〔2026〕9号
            某县人民政府办公室关于印发《某县三年行动方案》的通知
            各乡镇人民政府：
            现将方案印发给你们，请认真贯彻执行。
            某县人民政府办公室
            2026年3月10日
            — 1 —
            某县三年行动方案
            某县三年行动方案（2026—2028年）
            一、目标
            全县入园率达到92%。
            — 2 —
            某县三年行动方案
            二、保障
            加大投入，强化督导。
            抄送：县委办公室，县人大常委会办公室。
            某县人民政府办公室        2026年3月10日印发
            — 3 —
            """)
        #expect(plan.dropped == ["— 1 —", "某县三年行动方案", "— 2 —", "某县三年行动方案", "— 3 —"])
        #expect(plan.title == "某县三年行动方案（2026—2028年）")
        #expect(plan.sections.map(\.heading).suffix(2) == ["目标", "保障"])
    }

    @Test func aViewersLinePrintedOnEveryPageGoes() throws {
        let plan = try Self.parse("""
            某校2026年春季学期工作计划
            一、目标
            合格率达到95%。
            学海文库 - 每天进步一点点
            二、措施
            加强教研。
            学海文库 - 每天进步一点点
            三、安排
            3月：开学检查。
            学海文库 - 每天进步一点点
            """)
        #expect(plan.dropped == Array(repeating: "学海文库 - 每天进步一点点", count: 3))
        #expect(plan.sections.map(\.heading) == ["目标", "措施", "安排"])
    }

    /// A page's table of contents repeats the headings the text prints below: the box goes, the headings stay where
    /// the text has them, and a list of related topics inside the text does not swallow the next part title.
    @Test func aContentsBoxGoesAndTheHeadingsStayInTheText() throws {
        let plan = try Self.parse("""
            某县教育局2025年工作总结和2026年工作思路
            本文目录
            一、2025年工作总结
            二、2026年工作思路
            2025年，县教育局扎实推进各项工作。
            一、2025年工作总结
            全年新增学位2340个。
            相关专题：教育局工作总结  工作思路怎么写
            二、2026年工作思路
            全县学前三年毛入园率达到96%以上。
            """)
        #expect(plan.title == "某县教育局2025年工作总结和2026年工作思路")
        #expect(plan.dropped == ["本文目录", "一、2025年工作总结", "二、2026年工作思路", "相关专题：教育局工作总结  工作思路怎么写"])
        #expect(plan.sections.map(\.heading).suffix(2) == ["2025年工作总结", "2026年工作思路"])
    }

    /// A site's name beside its slogan is no title, and a viewer's name for the file ("…（word可编辑版）") gives way to
    /// the document's own title.
    @Test func aSitesSloganAndAViewersFileNameAreNotTheTitle() throws {
        let plan = try Self.parse("""
            某某总结计划网 · 让写作更轻松
            某二中2026春季学期学校工作计划（word可编辑版）
            某县第二初级中学2026年春季学期学校工作计划
            一、工作目标
            期末合格率达到92%以上。
            二、主要工作
            加强教研。
            """)
        #expect(plan.title == "某县第二初级中学2026年春季学期学校工作计划")
        #expect(plan.dropped == ["某某总结计划网 · 让写作更轻松", "某二中2026春季学期学校工作计划（word可编辑版）"])
    }

    /// A schedule by quarter or by stage ("第二季度：…", "2.排查整治（3—6月）" over its paragraph): what it schedules is
    /// due in the quarter's or the stage's last month.
    @Test func quartersAndStagesOfASchedule() throws {
        let plan = try Self.parse("""
            某镇中心学校2026年工作计划
            一、季度工作安排
            第一季度：完成春季开学工作。
            第二季度：组织春季运动会。
            二、时间安排
            1.动员部署（2月）
            召开全镇学校食品安全工作会议。
            2.排查整治（3—6月）
            开展学校食堂食品安全隐患全面排查。
            """)
        let tasks = plan.sections.flatMap { [$0] + $0.children }.flatMap(\.tasks).map { "\($0.title)|\($0.due ?? "-")" }
        #expect(tasks == ["完成春季开学工作|2026-03", "组织春季运动会|2026-06", "召开全镇学校食品安全工作会议|2026-02",
                          "开展学校食堂食品安全隐患全面排查|2026-06"])
    }

    /// A task table whose one owner column is 责任单位 lists the lead first ("排在首位的为牵头单位"); a 文号 printed as
    /// the header of every later page goes there and stays under the red head.
    @Test func aTablesFirstOwnerLeadsAndTheFirstDocumentNumberStays() throws {
        let plan = try Self.parse("""
            某县教育局文件
            某教发〔2026〕8号
            某县普通高中提质行动方案
            一、目标
            全县普通高中本科上线率达到60%。
            某教发〔2026〕8号
            二、任务清单
            序号\t重点任务\t责任单位\t完成时限
            1\t编制《某县普通高中学校布局调整规划》\t县教育局、县自然资源局\t2026年6月
            某教发〔2026〕8号
            三、保障措施
            加强统筹。
            某教发〔2026〕8号
            """)
        #expect(plan.dropped == Array(repeating: "某教发〔2026〕8号", count: 3))
        let task = try #require(plan.sections.flatMap(\.tasks).first)
        #expect(task.lead == "县教育局")
        #expect(task.partners == "县自然资源局")
    }
}
