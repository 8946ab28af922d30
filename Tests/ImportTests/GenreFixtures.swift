import Foundation

/// Plans the importer was not tuned on, written for the tests in the shapes published plans of other cities and
/// counties take (invented content, no published text): a county's year summary with next year's plan appended as
/// copied from an essay-aggregator site, a district's five-year plan whose targets are stated every way plans state
/// them, and a city's 工作要点 whose items are numbered straight through its parts, with a colon introducing a run of
/// short title lines and a task table at the end.
enum GenreFixtures {
    /// 总结 + 计划 from an aggregator: breadcrumb, counters, "小编" boilerplate, a user token, related articles,
    /// previous/next links; （一）…（六） numbered straight through both parts.
    static let aggregatorSummaryAndPlan = """
        欢迎来到学习范文网！
        学习范文网 > 工作计划 > 教育工作计划 > 正文
        县教育局2024年工作总结及2025年工作计划
        时间：2025-01-08 09:12:44  浏览次数：1532  字数：2468
        下面是小编为大家整理的县教育局2024年工作总结及2025年工作计划，供大家参考。
        wenku_user2023
        今年以来，县教育局在县委县政府的领导下，全面落实立德树人根本任务，各项工作取得新进展。现将有关情况汇报如下：
        一、2024年工作总结
        （一）教育资源持续扩充。一是推进学校建设。投入资金1.2亿元，新建幼儿园3所，新增学位1800个。二是优化布局。撤并教学点4个。
        （二）教育质量稳步提升。全县学前三年毛入园率由2020年的88.5%提高到95.2%，九年义务教育巩固率达99.3%。全县中考平均分位居全市第3名。
        （三）教师队伍不断加强。招聘教师126人，组织培训12期。召开全县教育工作会议3次。
        二、2025年工作计划
        （四）扩大优质资源供给。
        2025年，全县要重点做好以下工作：
        建设城东幼儿园
        2025年9月前建成城东幼儿园并投入使用，新增学位360个。
        推进集团化办学
        组建紧密型教育集团4个，城区学校与农村学校结对帮扶实现全覆盖。
        （五）提高教育教学质量。小学、初中、高中巩固率分别达99.5%、99%、95%。本科以上学历教师占比75%。到2025年底，全县义务教育阶段学生体质健康合格率不低于92%。
        （六）加强教师队伍建设。招聘教师150人左右，每校配备心理健康教师1-2名。在职教师参赛率达到60%以上。编制《某县中小学教师队伍建设规划（2025-2030年）》（责任单位：县教育局人事股；完成时限：2025年6月）。
        相关文章
        2024年学校工作总结及2025年工作计划
        县教育局2025年工作要点范文
        乡镇中心学校2024年工作总结
        上一篇：2024年县教育局年终工作总结
        下一篇：县教育局关于2025年寒假安全工作的通知
        Copyright © 2012-2025 学习范文网 版权所有  苏ICP备20250000号-1
        """

    /// A district's 十四五 plan: baselines, distributed lists, ranges, verbless targets, scopes, clause years; a colon
    /// line in the middle of a section introducing short category lines; counts that are not targets.
    static let districtFiveYearPlan = """
        某区“十四五”教育事业发展规划
        为加快推进全区教育现代化，结合我区实际，制定本规划。
        一、发展基础
        “十三五”期间，全区共有各级各类学校86所，在校学生5.2万人。学前三年毛入园率由2015年的82%提高到2020年的91.6%。
        二、主要目标
        坚持优先发展，促进公平，提高质量，办好人民满意的教育。
        到2025年，教育现代化水平显著提升，主要指标如下：
        学前教育
        全区学前三年毛入园率达到95%以上，普惠性幼儿园覆盖率不低于90%，公办园在园幼儿占比逐步达到55%。
        义务教育
        义务教育巩固率保持在99.5%以上。城区小学、初中大班额比例分别控制在3%、5%以内。2023年底前，全区义务教育学校办学条件全部达到省定标准。
        高中教育
        高中阶段毛入学率力争达到96%，普通高中与中职招生规模大体相当。
        教师队伍
        专任教师中硕士研究生学历教师占比由8%提高到15%。中小学高级教师比例不低于20%。每年组织教师培训不少于3万人次。区级骨干教师评选分值满分为100分。
        三、主要任务
        （一）促进学前教育普惠发展
        1.扩大普惠资源。2022年底前，新建、改扩建公办幼儿园8所，新增学位2400个。（牵头单位：区教育局；责任单位：区发改局、区住建局；完成时限：2023年12月）
        2.提升保教质量。实施幼小衔接攻坚行动，到2023年，实现幼小衔接实验园全覆盖。
        （二）推进义务教育优质均衡
        1.优化学校布局。编制《某区中小学布局专项规划（2021-2035年）》，2021年6月底前报区政府审定。
        2.深化课程改革。全区每年召开课程改革推进会2次，举办教学开放周活动1次。
        3.推进“双减”落地。校外培训机构压减率达到80%以上，课后服务覆盖率100%。
        四、保障措施
        （一）加强组织领导。成立区教育工作领导小组，由区政府分管领导任组长。
        （二）加大经费投入。确保一般公共预算教育支出逐年只增不减。
        """

    /// A city's 工作要点 from its portal: items 1.…7. numbered straight through four parts, a colon at the end of an
    /// item introducing short title lines, places sharing one target, a task table.
    static let cityKeyPointsStraightThrough = """
        某市教育局2025年工作要点
        2025-03-06 10:20  来源：市教育局办公室  阅读：2381
        【字体：大 中 小】
        2025年全市教育工作的总体思路是：坚持稳中求进，深化综合改革，推动教育高质量发展。
        一、坚持党建引领，落实立德树人根本任务
        1.加强党的政治建设。严格落实第一议题制度，深入开展党纪学习教育。（牵头处室：机关党委）
        2.深化思政课一体化建设。建设市级思政课名师工作室10个，开展“大思政课”实践活动。
        二、扩大优质资源供给，办好人民满意的教育
        3.实施学前教育普惠提升行动。新增公办园学位3000个，到年底全市普惠性幼儿园覆盖率达到92%以上，其中城区达到90%以上。
        4.推进义务教育优质均衡。重点抓好以下三项工作：
        集团化办学扩面
        新组建教育集团6个，实现城乡学校结对全覆盖。
        新优质学校培育
        认定新优质学校15所。
        “双减”提质增效
        学校课后服务参与率保持在95%以上。
        5.推动普通高中多样化发展。龙湖区、东山县分别建成特色高中1所、2所。
        三、建设高素质教师队伍
        6.加强师德师风建设。开展师德专题教育，师德考核优秀率不高于30%。
        7.深化“县管校聘”改革。2025年8月底前，全市完成新一轮教师竞聘上岗。
        四、重点任务分解
        序号\t重点任务\t牵头单位\t责任单位\t完成时限
        1\t新建市第三实验幼儿园\t市教育局\t市住建局\t2025年9月
        2\t开展教师全员轮训\t市教师发展中心\t各区县教育局\t2025年12月
        扫一扫在手机打开当前页
        【打印本页】【关闭窗口】
        """

    /// A county's 總結 + 思路 in traditional characters from a document-sharing site: page-viewer title lines, "還剩…頁未讀",
    /// a copyright notice of the site, pinyin glosses, 一是/二是 inside paragraphs.
    static let traditionalSummaryFromADocumentSite = """
        縣教育局2024年工作總結及2025年工作思路_第1頁
        縣教育局2024年工作總結及2025年工作思路_第2頁
        已閱讀5頁，還剩3頁未讀，繼續免費閱讀
        下載本文檔
        版權說明：本文檔由用戶提供並上傳，收益歸屬內容提供方，若內容存在侵權，請進行舉報或認領
        文檔簡介
        縣教育局2024年工作總結及2025年工作思路
        一、2024年教育工作總結
        （一）加強黨(dǎng)的建設(shè)。一是開展黨紀學習教育，各級黨組織召開警示教育會73場次。二是打造黨建特色，遴選5所學校創建市黨建示範校。
        （二）夯實優質均衡。新增義務教育學位320個，擴招普高學生190人。全縣義務教育學校標準化建設達標率由92%提高到100%。
        二、2025年工作思路
        （一）推進學前教育普惠發展。到2025年底，全縣普惠性幼兒園覆蓋率達到95%以上，公辦園在園幼兒佔比不低於60%。
        （二）提升教師隊伍素質。招聘新教師80名左右。2025年6月底前，完成全縣中小學教師全員輪訓。
        （三）加強校園安全管理。校園封閉化管理達標率100%。
        """

    /// A township school's 总结 and 打算: each part opens with an unnumbered title line and numbers 一、 again.
    static let twoPartsNumberedAfresh = """
        某镇中心学校2024年工作总结和2025年工作打算
        2024年工作总结
        一、主要成绩
        全镇小学入学率达到100%，初中巩固率保持在98%以上。
        二、存在问题
        部分村小教师年龄偏大，结构性缺编问题突出。
        2025年工作打算
        一、工作目标
        全镇学前三年毛入园率达到92%，义务教育巩固率保持在99%以上。
        二、主要措施
        （一）改善办学条件。2025年8月底前完成中心小学食堂改造。
        （二）加强教师培训。每名教师每年参加培训不少于72学时。
        """

    /// A county's 十四五 plan with its main-indicator table pasted from Word: a box title, a header naming the base and
    /// target years, category rows numbered 一、 二、 inside the table, rows numbered 1. … with the unit in brackets.
    static let fiveYearPlanWithIndicatorTable = """
        某县“十四五”教育事业发展规划
        一、发展目标
        到2025年，全县教育现代化水平明显提高。
        专栏1  “十四五”教育事业发展主要指标
        指标\t2020年\t2025年\t属性
        一、普及水平
        1.学前三年毛入园率(%)\t90.5\t95以上\t预期性
        2.九年义务教育巩固率(%)\t98.6\t99\t约束性
        3.高中阶段教育毛入学率(%)\t92\t95\t预期性
        二、师资水平
        4.中小学专任教师本科及以上学历比例(%)\t70.2\t85\t预期性
        5.县级以上骨干教师(人)\t320\t500\t预期性
        二、主要任务
        （一）扩大学前教育资源。新建幼儿园5所，新增学位1500个。
        （二）加强教师队伍建设。每年招聘教师不少于100人。
        """

    /// A province-style plan in chapters and sections: 第一章 / 第一节, then 一、 and （一）; targets raised by percentage
    /// points, "力争到2023年" clauses, a target per stage; a 【】 box of key projects; a portal's sharing widgets.
    static let chaptersAndSections = """
        某市“十四五”教育现代化规划
        来源：某市教育局  发布时间：2022-01-15
        第一章 发展基础
        “十三五”时期，全市教育事业取得长足进步。
        第二章 目标任务
        第一节 总体目标
        到2025年，全市基本实现教育现代化。力争到2023年，全市义务教育优质均衡发展县（区）达到3个，到2025年达到6个。全市高中阶段教育毛入学率比2020年提高3个百分点。
        第二节 重点任务
        一、推进学前教育普及普惠
        （一）扩充普惠资源。每个乡镇至少办好1所公办中心幼儿园。
        （二）提高保教质量。省级示范幼儿园达到20所以上。
        二、推进义务教育优质均衡
        （一）优化资源配置。2024年底前消除56人以上大班额。
        （二）深化教学改革。义务教育学校课后服务实现全覆盖。
        【专栏1 重点工程】
        学校建设工程：新建、改扩建中小学30所。
        教师提升工程：培训骨干教师5000人次。
        第三章 保障措施
        加强组织领导，完善经费投入机制，确保财政教育经费只增不减。
        分享到：微信 微博 QQ空间
        【打印本页】 【关闭窗口】
        """

    /// A county's 工作要点 as a WeChat article copies it: "点击蓝字关注我们", the account line, editor credits, a list of
    /// earlier posts, "阅读原文"; item titles alone on their lines; 一是/二是 targets separated by semicolons.
    static let wechatArticle = """
        点击蓝字 关注我们
        某县教育局2025年工作要点
        某县教育发布 2025-02-20 08:30 发表于某省
        一、总体目标
        全年新增公办学位1200个，义务教育巩固率保持在99.5%以上；学前三年毛入园率达到93%，较上年提高2个百分点。
        二、重点工作
        （一）办好民生实事
        1.扩容学前教育资源
        新建公办幼儿园2所，2025年9月底前投入使用。
        2.改善办学条件
        完成8所农村学校厕所改造，实现农村学校饮水净化设备全覆盖。
        （二）提升教育质量
        一是深化课堂改革，全县优质课覆盖率达到70%；二是加强体育工作，学生体质健康优良率达到55%以上。
        三、保障措施
        强化经费保障。全年教育经费投入不低于8亿元。
        强化督导考核。将教育工作纳入乡镇年度考核，考核结果通报全县。
        编辑：张三
        审核：李四
        往期推荐
        县教育局召开2025年工作会议
        全县中小学开学工作有序推进
        阅读原文
        """

    /// A district's annual 要点 numbered 1、…6、 straight through its parts, items that are whole sentences, and
    /// deadlines by month alone (3月底前): the plan's year is theirs.
    static let monthDeadlines = """
        某区教育局2025年教育工作要点
        一、全面加强党的建设
        1、落实全面从严治党主体责任，3月底前制定党建工作要点。
        2、加强基层党组织建设，新建党建示范校5所。
        二、推动各类教育协调发展
        3、学前教育。9月底前新建成区第三幼儿园，全区普惠性幼儿园覆盖率稳定在90%以上。
        4、义务教育。6月底前完成全区中小学招生工作。
        5、职业教育。区职业中专毕业生就业率达到96%，对口升学率达到40%。
        三、加强教师队伍建设
        6、实施“青蓝工程”，为新入职教师配备指导教师，培养区级学科带头人30名。
        """

    /// A county's plan in traditional characters on a news portal with pinyin glosses: （一） at the top, items that are
    /// whole target sentences, ■ bullets with lead phrases, a rise in percentage points.
    static let traditionalPortalWithBullets = """
        你的位置：首頁 > 規劃計劃 > 教育規劃
        某縣教育局2025年工作計劃
        添加時間：2025-1-6      瀏覽次數：
        來源：某縣教育局
        （一）總體要求
        堅持立德樹人，推進教育優質均衡發展。
        （二）主要目標
        1.全縣學前三年毛入園率達到96%，義務教育鞏固率達到99.6%。
        2.普通高中本科上線率較上年提高2個百分點以上。
        （三）重點工作
        ■ 實(shí)施校舍安全工程。投入資金3500萬元，改造校舍12所。
        ■ 推進教師隊伍建設。招聘教師120人，其中特崗教師40人。
        （四）保障措施
        各鄉鎮、各學校要高度重視，明確責任，確保各項任務落到實處。
        """

    /// A notice with its attachment saved from Word as text: the issuing notice above the plan, page numbers (—1—) left
    /// between paragraphs, an item whose heading is its whole sentence.
    static let noticeSavedFromWord = """
        某县教育体育局
        关于印发《某县2025年教育工作要点》的通知
        各学校、各幼儿园：
        现将《某县2025年教育工作要点》印发给你们，请认真贯彻落实。
        某县教育体育局
        2025年2月10日
        某县2025年教育工作要点
        一、目标任务
        全县义务教育巩固率保持在99.8%以上，高中阶段毛入学率达到97%。
        二、重点工作
        （一）加强学校建设。
        1.新建县第二实验小学，2025年8月底前竣工。
        —1—
        2.完成10所学校运动场改造。
        （二）提高教学质量。
        高考本科上线人数力争突破1500人。
        - 2 -
        """

    /// A county plan whose targets use the rarer phrasings: per-thousand rates with numbers in their names, yearly
    /// reductions in points, shares of another quantity, 余 after a count; an owner named in the sentence (由…牵头).
    static let rarerPhrasings = """
        某县2025年教育事业发展计划
        一、发展指标
        全县中小学教师持证上岗率100%。每千人口拥有3岁以下婴幼儿托位数达到4.5个。
        学生近视率每年降低0.5个百分点以上，义务教育阶段学校班额控制在45人以内。
        教师培训经费占公用经费的5%以上，资助项目惠及学生3万余人。
        二、工作措施
        （一）完善经费保障。建立教师培训经费保障机制，由县教育局牵头，县财政局配合，年底前完成。
        （二）推进信息化建设。新增智慧教室200间以上。
        """

    /// A city's 要点 with items that are headings and targets at once (no closing mark), （1） under 1., an attachment
    /// table lined up with spaces, and a portal's source line in brackets, editor and sharing lines.
    static let itemsAsTargetsWithAnAttachment = """
        某市教育局2024年工作要点
        （来源：某市教育局办公室）
        一、指导思想
        以习近平新时代中国特色社会主义思想为指导，全面贯彻党的教育方针。
        二、重点任务
        （一）促进基础教育均衡发展
        1.扩大优质学位供给，新建改扩建中小学15所，新增学位1.2万个
        2.推进集团化办学，新组建教育集团8个，实现城乡全覆盖
        （1）紧密型集团：城区优质学校领办农村薄弱学校。
        （2）协作型集团：以学科教研为纽带开展联合教研。
        （二）加快职业教育改革
        深化产教融合，市职教中心与20家企业开展订单培养。中职学校“双师型”教师比例不低于60%。
        三、保障措施
        建立工作台账，实行清单化管理。
        附件：2024年重点任务分解表
        序号  重点任务  责任单位  完成时间
        1  新建市第三中学  市教育局基建科  2024年8月
        2  制定集团化办学评估办法  市教育局基教科  2024年6月
        责任编辑：王五
        扫一扫 分享到微信
        """

    /// A city's plan whose targets share a value (均), are shares of a total, grow year on year, and head its items.
    static let sharedValuesAndShares = """
        某市2025年教育工作计划
        一、主要目标
        全市公办幼儿园在园幼儿占比达到55%，普惠性幼儿园在园幼儿占比达到90%。小学、初中适龄儿童入学率均达到100%，残疾儿童入学率达95%以上。
        教师交流轮岗比例达到符合条件教师总数的10%以上。各县区教育经费投入同比增长5%以上。
        二、重点工作
        （一）争创省级示范学校2所，建成标准化考点3个。
        （二）中小学校园足球特色学校数量达到25所，义务教育学校专任教师本科及以上学历达到85%。
        （三）年内培训教师不少于2000人次。
        """

    /// A district's 总结暨计划 in two 部分 with 一、…四、 numbered straight through them, —— bullets with colons, 一是/二是
    /// problems, items whose heading is a whole target sentence.
    static let summaryAndPlanInParts = """
        某区教育局2024年工作总结暨2025年工作计划
        第一部分 2024年工作总结
        一、重点工作完成情况
        （一）学前教育。新增普惠性学位2400个，普惠性幼儿园覆盖率提高到91%。
        （二）义务教育。全区义务教育巩固率保持在100%。学生参加省级以上竞赛获奖120人次。
        二、存在的问题
        一是学位供给仍然紧张；二是教师结构性缺编。
        第二部分 2025年工作计划
        三、主要目标
        ——学前教育：学前三年毛入园率稳定在98%以上。
        ——义务教育：新建学校2所，新增学位3600个。
        四、保障措施
        （一）强化经费保障，教育支出占一般公共预算支出比例不低于20%。
        （二）强化督导，每学期开展专项督导不少于2次。
        """

    /// A county's 要点 that names towns and schools as the scope of targets, owners in brackets after the sentence
    /// ((县教育局负责)), and 其中 sub-targets.
    static let townsSchoolsAndBracketedOwners = """
        某县教育局2025年工作要点
        一、办好人民满意的教育
        （一）学前教育
        城关镇、新华镇各新建公办幼儿园1所（县教育局负责）。全县学前三年毛入园率达到95%。
        （二）义务教育
        1.均衡发展。城关镇中心小学、实验中学班额全部控制在45人以内。
        2.质量提升。初中学业水平考试合格率达到92%，优秀率提高3个百分点。
        （三）高中教育
        县一中一本上线率力争达到30%。
        二、建设高素质教师队伍
        全年招录教师不少于60名，其中紧缺学科教师不少于20名；6月底前完成教师招聘工作（县人社局、县教育局负责）。
        """

    /// A three-year plan for vocational education in traditional characters: the target year from the title's range,
    /// 佔 shares, 左右 and 以上 on counts, an owner and "長期堅持" in one bracket.
    static let traditionalThreeYearPlan = """
        某市職業教育發展計畫（2024—2026年）
        一、發展目標
        到2026年，全市中職學校達到省級標準化學校比例達到80%，“雙師型”教師佔專業課教師比例不低於55%。
        二、主要任務
        （一）優化專業佈局。每年新增或調整專業10個左右。
        （二）深化產教融合。建設市級產教融合實訓基地5個，校企合作企業達到200家以上。
        （三）提升辦學質量。中職畢業生就業率穩定在95%以上，其中對口就業率達到70%。
        三、保障措施
        各縣（市、區）要將職業教育經費列入預算（各縣市區政府負責，長期堅持）。
        """

    /// A government portal's information-disclosure page: the metadata table above the text (索引号, 发文机关, 标题 …),
    /// a breadcrumb with >>, attachment download lines and correction links below.
    static let disclosurePortal = """
        当前位置：首页>>信息公开>>规划计划
        索引号：11220000/2025-00012
        发文机关：某县教育局
        成文日期：2025-03-01
        标题：某县2025年教育工作要点
        发布日期：2025-03-05
        【大 中 小】
        某县2025年教育工作要点
        一、工作目标
        全县义务教育巩固率保持在99%以上，普通高中毛入学率达到94%。
        二、重点任务
        （一）加快学校建设。新建城北小学1所，9月底前投入使用。
        （二）加强队伍建设。年内补充教师150人。
        附件下载：某县2025年教育工作要点.docx
        【我要纠错】 【打印本页】 【关闭窗口】
        主办单位：某县人民政府办公室  网站标识码：1234567890
        """
}
