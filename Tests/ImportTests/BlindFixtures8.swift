import Foundation
@testable import PlanImport

/// An eighth blind set: six TYPICAL plans of the genre, each as a user's select-all copy of a kind of web page the earlier
/// sets did not use, page furniture included. Invented content throughout (fictional places 楮山县, 萍渡镇, 藻浦县, 蕖阳市,
/// 荇溪区, 杞原县 in an invented 蘅州省; invented numbers; no published sentence copied): a county 年度工作要点 reposted on a
/// 今日头条-like feed (头条号); a township middle school's 学期工作计划 in a 百度文库-like viewer whose page footers are copied
/// with the text; a county 工作总结和下一年工作计划 on the county 融媒体中心 app's share page; a city 年度工作计划 under its
/// notice on the city bureau's site with a left column of links and a 相关附件 list; a district 三年实施方案 on an old
/// 教育信息网 CMS page (动易-like); a county 十五五 规划（摘要） posted as a 微博 article.
/// Written without reading the importer's sources and without running the importer or any test; syntax checked with
/// `swiftc -parse` only.
/// Before writing, published pages were read for their layout only (nothing copied): document-sharing pages with a file
/// card ("《…》由会员分享，可在线阅读…请在…上搜索", numbered page chunks), essay and 范文 sites (时间 line, 导语 "…一文来源于网友
/// 上传，不代表本站观点", "时间…下载本文 作者：会员上传 / 简介：…"), a county 融媒/newspaper client share page (paper name, client
/// name and time line above the text), a city portal's 政府文件 page ("无标题文档", 您的位置 breadcrumb with >>, 时间/来源/作者
/// line, notice with addressees and signature over the attachment), a page-image viewer ("…_第N页", 已阅读…继续免费阅读,
/// 下载本文档, 版权说明, 文档简介), a province bureau's notice with its attachment, a reposted news page with 来源 line, and
/// a laws site with views and tag lines. The furniture of feed reposts (byline "原创date·account", 关注, 举报/反馈, 作者最新文章,
/// 相关推荐, the app prompt), library viewers (upload/format/page-count card, VIP prompt, the slogan footer repeated on every
/// page, 下载券 prompt), app share pages (打开APP, 来源/通讯员, 编辑/审核, 阅读 count, 相关推荐), CMS pages (作者/文章来源/点击数/
/// 更新时间, 文章录入/责任编辑, the 【字体】【发表评论】… row, 上一篇文章/下一篇文章, the 网友评论 disclaimer, 相关文章) and 微博
/// articles (account, 发布于 line, 阅读 count, 收藏/转发/评论/赞) is reproduced in invented wording.
/// Conventions followed from the earlier sets: depth 0 for the top level; a heading is its number label followed by its text
/// with whitespace removed, a lead phrase losing its 。, a goal line "1.名称：…" / "（一）名称：…" keeping the part before the
/// colon, phase headings keeping their bracketed period; the title, the notice, the unnumbered introduction and a "具体指标
/// 如下：" colon line are not headings. An indicator takes the clause's year, else the plan's year (a term plan's calendar
/// year, a multi-year plan's last year, a summary's figures the year summarised, the plan half of a 总结和计划 the year it
/// plans); scope only when the sentence names it (全县/全区/全市/城区), from where it is named to the 。 of that sentence, 其中
/// parts included; 以上/不低于/不少于 → ge, 以内/不超过/控制在…以内 → le, 左右 → approx, 达到/保持/稳定在/力争达到 without 以上
/// → eq; 由A提高到B / 由A降低到B → "from A" with @year when written; 全年/三年/“十五五”期间 are dropped from a name, 每年/每名/
/// 每学期 kept; a point change standing alone is an indicator in 个百分点, beside the value it explains it is not. Counts of
/// meetings, inspections, drills, mock exams, training courses (期), reviews held, ranks, a document number and stock counts
/// in a background sentence are notIndicators. A deadline sentence is a task with its item's owner bracket; an item with an
/// owner bracket and no deadline is a task under the item's title; "由…牵头" names a lead; a month without a year takes the
/// plan's year, 年底前 gives the year alone; a line of the month schedule is a task due that month. Noise is every line of the
/// page around the plan, in reading order, as the whole line (a repeated footer listed each time); the notice's 文号,
/// addressees, signature and date are kept.
enum BlindFixtures8 {
    /// A county 年度工作要点 reposted on a 今日头条-like feed: the site's top links, the title, the "原创date·account" byline
    /// and 关注; 一、 parts with "N.lead。body" items restarting in every part, owners as （责任股室：…） with a 配合股室, a
    /// standalone point fall; 举报/反馈, the comment prompt, 作者最新文章 with two titles, 相关推荐 and the app prompt below.
    static let countyKeyPointsOnFeedRepost = """
        首页
        下载头条
        登录
        楮山县教育局2026年教育工作要点
        原创2026-02-26 09:14·楮山教育发布
        关注
        2026年，全县教育工作以建设教育强县为目标，坚持优先发展、扩优提质，推动各级各类教育协调发展。现提出以下工作要点。
        一、坚持党建引领，落实立德树人根本任务
        1.加强党的建设。深化“一校一品”党建品牌创建，新创建县级党建示范校6所。（责任股室：机关党委）
        2.加强思政和心理健康教育。建设县级思政课名师工作室4个，中小学专兼职心理健康教师配备率达到100%。5月底前完成全县中小学生心理健康测评。（责任股室：德育股）
        二、扩大优质资源供给，促进各学段协调发展
        1.普及普惠发展学前教育。新建公办幼儿园3所，新增学位810个。全县学前三年毛入园率达到95.5%，公办园在园幼儿占比达到62%以上。（责任股室：学前教育股）
        2.推进义务教育优质均衡。改扩建农村寄宿制学校4所，义务教育巩固率保持在99.6%以上。8月底前建成楮山县第四小学并投入使用。（责任股室：基础教育股；配合股室：计划财务股）
        3.提升高中阶段教育水平。全县高中阶段毛入学率达到96%，普通高中本科上线率力争达到62%。
        三、深化教育改革，提高育人质量
        1.深化“双减”改革。课后服务有需求学生参与率保持100%，每学期开展校外培训机构联合检查不少于2次。
        2.加强体育美育。中小学生体质健康优良率达到56%以上，学生近视率较上年下降0.6个百分点。
        四、建设高素质教师队伍
        1.补充优化师资。公开招聘中小学教师110名，其中乡村学校教师不少于45名。城镇教师交流轮岗比例不低于12%。6月底前完成新教师招聘工作。（责任股室：人事股）
        2.提升教师素质。培养县级骨干教师90名，每名教师年度培训不少于72学时。
        五、强化保障，守牢安全底线
        1.加大经费投入。全年教育经费投入不低于6.8亿元，其中校舍维修改造资金4200万元。
        2.抓实校园安全。中小学幼儿园专职保安配备率保持100%，11月底前完成全县校舍安全隐患排查整治。（责任股室：安全股）
        举报/反馈
        发表评论
        0条评论
        作者最新文章
        楮山县召开2026年全县教育工作会议
        楮山县中小学春季学期开学工作有序推进
        相关推荐
        打开头条App，查看更多精彩内容
        """

    /// A township middle school's 学期工作计划 in a 百度文库-like viewer: the library's name and search box, the file name
    /// with .docx, an upload/简介 line, a format/pages/size line and a VIP prompt above the text; the library's slogan footer
    /// copied at the foot of pages 1–3 between paragraphs; stock counts in the introduction, "N.名称：…" goal lines, （一）…
    /// （五） over "N.lead。body" items with （责任处室：…） inside the deadline sentence, a month schedule; the end-of-text
    /// 下载券 prompt, 下载文档, 相关文档 with two titles below.
    static let schoolTermPlanInLibraryViewer = """
        学海文库
        搜索文档
        萍渡镇初级中学2026年春季学期工作计划.docx
        2026-02-27上传  暂无简介
        文档格式：.docx  文档页数：4页  文档大小：28.1K
        VIP专享文档  开通VIP免费下载
        萍渡镇初级中学2026年春季学期工作计划
        本学期，学校以“强基础、抓常规、提质量”为工作主线，统筹推进德育、教学、队伍建设和安全管理工作。学校现有教学班18个，在校学生826人，教职工71人。
        一、指导思想
        以习近平新时代中国特色社会主义思想为指导，全面贯彻党的教育方针，落实立德树人根本任务，深化“双减”和课堂教学改革，努力办好家门口的好学校。
        二、工作目标
        1.教学质量目标：九年级中考综合合格率达到90%以上，非毕业年级期末学业质量检测及格率达到85%。
        2.学生发展目标：学生体质健康合格率达到96%，近视率控制在35%以内。
        3.安全目标：全学期不发生较大安全责任事故。
        学海文库 - 每天进步一点点
        三、主要工作及措施
        （一）加强德育工作
        1.开展主题教育活动。围绕雷锋纪念日、清明节、劳动节开展主题教育，每月开展1次主题班会评比。
        2.加强心理健康教育。每班每学期开设心理健康课不少于6节，3月底前完成新学期学生心理排查（责任处室：政教处）。
        （二）狠抓教学常规
        1.规范备课上课。推行集体备课，教师每学期听课不少于12节。
        2.抓好九年级备考。组织中考模拟考试3次，5月底前完成体育中考组织工作（责任处室：教务处）。
        （三）落实“双减”要求
        1.控制作业总量。书面作业平均完成时间不超过90分钟。
        2.丰富课后服务。开设课后服务社团不少于20个，学生参与率达到92%以上。
        学海文库 - 每天进步一点点
        （四）加强教师队伍建设
        1.开展青蓝结对。结对培养青年教师8名。
        2.强化校本培训。每名教师参加校本培训不少于24学时。
        （五）改善办学条件
        1.推进设施改造。投入资金36万元，4月底前完成学生宿舍改造（责任处室：总务处）。
        2.加强安全管理。每月开展1次安全隐患排查，每学期组织应急疏散演练2次。
        学海文库 - 每天进步一点点
        四、月工作安排
        2月：开学准备和开学工作检查。
        3月：召开学期教学工作会议，开展学生心理排查。
        4月：组织期中学业质量检测。
        5月：举办校园体育节，组织体育中考。
        6月：组织中考，做好学期工作总结。
        全文阅读已结束，下载本文需要使用 2 下载券
        下载文档
        相关文档
        萍渡镇初级中学2025年秋季学期工作计划
        初中学校春季学期德育工作计划
        """

    /// A county 工作总结和下一年工作计划 on the county 融媒体中心 app's share page: the app name and 打开APP above the title,
    /// a source/time line and a 通讯员 line under it; the summary's "N.lead。body" items with the past year's figures, a
    /// point rise beside its value, a rank, a count of training courses and of drills; a 问题 part; the plan half with
    /// （一）工作目标, （二）重点任务 over 1.…5. lead phrases (a baseline 由…降低到…以内, a 由…牵头 lead) and （三）保障措施;
    /// the editor line, a reads count, the app prompt, 相关推荐 with two titles and the copyright line below.
    static let summaryAndPlanOnMediaCenterApp = """
        藻浦融媒
        打开APP
        藻浦县教育局2025年工作总结和2026年工作计划
        来源：藻浦县融媒体中心  2026-01-19 16:42
        通讯员：邹雨桐
        2025年，县教育局紧紧围绕县委、县政府决策部署，聚焦“扩资源、提质量、强队伍、保安全”，各项工作取得新进展。现将有关情况报告如下。
        一、2025年工作总结
        1.教育资源持续扩容。全年投入教育项目资金2.3亿元，建成县第二幼儿园和滨河小学，新增学位1620个，改造农村学校食堂9所。
        2.教育质量稳步提升。全县学前三年毛入园率达到94.2%，义务教育巩固率达到99.5%，普通高中本科上线率达到67.3%，较上年提高1.9个百分点。全县中考平均分位列全市第4名。
        3.教师队伍不断壮大。公开招聘教师124名，其中公费师范生28名。开展各类培训52期，培训教师8300人次。
        4.校园安全总体平稳。全县学校“护学岗”设置率达到100%，组织应急演练420场次。
        二、存在的主要问题
        一是城区学位供给仍然偏紧；二是农村学校骨干教师流失较多；三是职业教育专业设置与产业需求结合不够紧密。
        三、2026年工作计划
        （一）工作目标
        全县学前三年毛入园率达到96%，普惠性幼儿园覆盖率达到93%以上，义务教育巩固率保持在99.6%以上，高中阶段毛入学率达到95%。
        （二）重点任务
        1.扩充优质学位。4月底前开工建设藻浦县第三初级中学，9月底前建成城南幼儿园，全年新增学位1080个。
        2.推进城乡一体化。新组建城乡教育共同体5个，城区小学平均班额由47人降低到45人以内。
        3.加强教师队伍建设。公开招聘教师115名左右，其中紧缺学科教师不少于30名。由县教育局人事股牵头，7月底前完成新教师招聘。
        4.提升职业教育水平。中职学校“双师型”教师比例达到58%，校企合作企业达到80家。
        5.守牢安全底线。中小学幼儿园“一键报警”与公安联网率保持100%，10月底前完成学校消防设施专项检查。
        （三）保障措施
        全年教育经费投入不低于7.2亿元，其中学校建设资金1.6亿元，确保教育经费“两个只增不减”。
        （编辑：陶然  审核：严立群）
        阅读 3862
        打开藻浦融媒APP，查看更多精彩内容
        相关推荐
        藻浦县2026年中小学寒假安全提示
        藻浦县召开2026年全县教育工作会议
        藻浦县融媒体中心 版权所有
        """

    /// A city 年度工作计划 under its notice on the city bureau's site: the site name, the top menu row, a left column of links
    /// under 栏目导航, the breadcrumb, the notice's title with a date/source/views line; the notice (文号, addressees, one
    /// sentence, signature, date) and the plan: 一、主要目标 paragraph, 二、 with （一）…（三） over "N.lead。body" items,
    /// owners as （责任科室：…）, 其中 parts after 全市, 三、保障措施 with lead phrases and a 年底前 deadline; 相关附件 with two
    /// files, print/close and two footer lines below.
    static let cityPlanOnBureauSiteWithAttachments = """
        蕖阳市教育局门户网站
        首页 | 机构职能 | 政务公开 | 教育动态 | 办事服务 | 互动交流
        栏目导航
        通知公告
        政策文件
        规划计划
        人事信息
        招生考试
        当前位置：首页 > 政务公开 > 规划计划
        蕖阳市教育局关于印发《蕖阳市2026年教育工作计划》的通知
        发布时间：2026-02-25 10:30  来源：办公室  浏览次数：1024
        蕖教发〔2026〕5号
        各县（区）教育局，市直各学校，局机关各科室：
        现将《蕖阳市2026年教育工作计划》印发给你们，请结合实际认真抓好落实。
        蕖阳市教育局
        2026年2月24日
        蕖阳市2026年教育工作计划
        2026年全市教育工作的总体思路是：坚持教育优先发展，聚焦扩优提质、强师兴教，统筹推进各级各类教育高质量发展。
        一、主要目标
        全市学前三年毛入园率稳定在97%以上，义务教育巩固率达到99.8%，高中阶段教育毛入学率达到98%，特殊教育适龄残疾儿童少年入学率保持在97%以上。
        二、重点工作
        （一）推进基础教育扩优提质
        1.扩大学前教育普惠资源。新建、改扩建公办幼儿园10所，新增公办学位3000个，公办园在园幼儿占比达到60%。（责任科室：学前教育科）
        2.推动义务教育优质均衡。新建、改扩建中小学8所，新增学位7200个。9月底前建成蕖阳市第十一中学并投入使用。（责任科室：发展规划科）
        3.促进普通高中特色发展。新认定市级特色高中2所，普通高中大班额比例控制在3%以内。
        （二）促进学生全面发展
        1.加强体育和心理健康工作。中小学生体质健康优良率达到60%，中小学专职心理健康教师配备率达到100%。（责任科室：体卫艺科）
        2.深化“双减”工作。课后服务有需求学生参与率保持100%，每季度开展1次校外培训专项治理。
        （三）建设高素质教师队伍
        1.加强教师补充。全市公开招聘中小学教师760名左右，其中乡村学校教师不少于300名。6月底前完成全市中小学教师招聘笔试工作。（责任科室：人事科）
        2.深化交流轮岗。城镇教师到乡村学校交流轮岗比例不低于15%，培训校长和教师4.2万人次。
        三、保障措施
        （一）强化经费保障。全市教育经费投入不低于52亿元，其中市本级教育专项资金4.6亿元。
        （二）强化督导考核。每学期开展综合督导不少于1次，年底前完成对各县（区）政府履行教育职责评价。（责任科室：督导室）
        相关附件：
        蕖阳市2026年教育工作计划.pdf
        蕖阳市2026年教育工作重点任务分解表.xlsx
        【打印本页】  【关闭窗口】
        版权所有：蕖阳市教育局  地址：蕖阳市明德路18号  邮编：000000
        网站标识码：0000000088  蕖ICP备2026000005号
        """

    /// A district 三年实施方案 on an old 教育信息网 CMS page (动易-like): the site name, the channel row and the ">>"
    /// breadcrumb ending in 正文, the title with the 作者/文章来源/点击数/更新时间 line; "到2028年…。具体目标是：…" with a
    /// baseline year, 二、 with （一）…（四） over "N.lead。body" items (one section with a paragraph only), a 牵头单位；配合单位
    /// bracket, 三、实施步骤 with phases and their periods in brackets, 四、保障措施 with lead phrases; the 文章录入 line, the
    /// button row, previous/next, the comment disclaimer, 相关文章 with "没有相关文章" and the copyright line below.
    static let districtImplementationPlanOnCMSPage = """
        荇溪教育信息网
        网站首页 | 教育新闻 | 通知公告 | 政策法规 | 教学研究 | 德育园地 | 下载中心
        您现在的位置：荇溪教育信息网 >> 文章中心 >> 通知公告 >> 正文
        荇溪区中小学教师队伍建设三年实施方案（2026—2028年）
        作者：区教育局人事科    文章来源：本站原创    点击数：1536    更新时间：2026-3-18
        为建设高素质专业化创新型教师队伍，推动全区基础教育高质量发展，结合我区实际，制定本方案。
        一、总体目标
        到2028年，建成一支师德高尚、业务精湛、结构合理的教师队伍。具体目标是：中小学专任教师本科及以上学历比例由2025年的86%提高到93%，研究生学历教师比例达到12%以上，区级以上骨干教师达到600人，乡村学校音体美教师配备率达到100%。
        二、重点任务
        （一）加强师德师风建设
        1.健全师德教育机制。把师德教育贯穿教师职业生涯全过程，师德考核合格率保持100%。
        2.严格师德失范查处。对师德失范行为实行“零容忍”，查处结果纳入教师年度考核。
        （二）优化教师资源配置
        1.补足配齐教师。三年公开招聘中小学教师360名，其中音体美和心理健康教师不少于80名。2026年6月底前出台《荇溪区中小学教职工编制动态调整办法》。（牵头单位：区教育局人事科；配合单位：区委编办）
        2.推进交流轮岗。城镇学校教师交流轮岗比例不低于15%，其中骨干教师交流比例不低于20%。
        （三）提升教师专业素质
        1.实施分层培训。三年培训校长和教师2.4万人次，每名教师每年培训不少于72学时。
        2.培育名师名校长。建设区级名师工作室30个，培养区级名校长15名。2027年12月底前完成首批名师工作室中期考核。（责任单位：区教师发展中心）
        （四）提高教师待遇
        落实中小学教师平均工资收入不低于当地公务员平均工资收入水平，乡村教师生活补助标准不低于每人每月500元。
        三、实施步骤
        （一）启动部署阶段（2026年3月—6月）。制定年度工作清单，2026年6月底前完成教师队伍现状调查。
        （二）全面推进阶段（2026年7月—2027年12月）。按年度推进各项重点任务。
        （三）总结评估阶段（2028年1月—12月）。2028年11月底前完成三年实施方案终期评估。（责任单位：区教育局督导室）
        四、保障措施
        （一）加强组织领导。成立区教师队伍建设工作领导小组，每半年召开1次推进会。
        （二）加大经费投入。每年安排教师培训专项经费不少于800万元，纳入区级财政预算。
        文章录入：xxjy    责任编辑：xxjy
        【字体：小 大】【发表评论】【加入收藏】【告诉好友】【打印此文】【关闭窗口】
        上一篇文章：荇溪区2026年中小学教师公开招聘公告
        下一篇文章：荇溪区2026年春季学期教学视导工作安排
        网友评论：（只显示最新10条。评论内容只代表网友观点，与本站立场无关！）
        相关文章
        没有相关文章
        Copyright © 2008-2026 荇溪教育信息网 All Rights Reserved
        """

    /// A county 十五五 规划（摘要） posted as a 微博 article: the site name and its menu, the title, the account name, a
    /// time/place line and a reads count; the introduction, a background part with stock counts and a baseline with its year,
    /// 二、发展目标 with a colon line and four "（N）名称：…" goal lines (one with a 年底前 deadline of its own year), 三、 with
    /// （一）…（三） (two with 1. 2. items), 四、保障措施 with lead phrases, one owner bracket and a 其中 part after 全县; the
    /// origin line, the 收藏/转发/评论/赞 buttons one per line, the comment prompt and the footer links below.
    static let countyFiveYearPlanAsWeiboArticle = """
        微博
        首页 | 热门 | 视频 | 登录 | 注册
        杞原县“十五五”教育事业发展规划（摘要）
        杞原教育
        2026-02-09 10:20  发布于 蘅州
        阅读 2.3万
        为加快建设教育强县，根据上级教育事业发展规划，结合我县实际，编制本规划。规划期为2026—2030年。
        一、发展基础
        “十四五”期间，全县教育事业持续健康发展。截至2025年底，全县共有各级各类学校146所，在校学生7.8万人，专任教师5600人。全县义务教育巩固率由2020年的97.6%提高到2025年的99.2%。
        二、发展目标
        到2030年，基本实现县域教育现代化。具体指标如下：
        （一）学前教育：学前三年毛入园率达到97%，普惠性幼儿园覆盖率保持在92%以上。
        （二）义务教育：九年义务教育巩固率达到99.6%。2028年底前，全县通过国家义务教育优质均衡发展督导评估。
        （三）高中阶段教育：高中阶段教育毛入学率达到97%以上，普通高中本科上线率达到70%。
        （四）教师队伍：中小学专任教师本科及以上学历比例达到95%，县级以上骨干教师达到800人。
        三、主要任务
        （一）扩大优质教育资源
        1.推进学校建设。“十五五”期间新建、改扩建中小学幼儿园24所，新增学位1.1万个。2027年8月底前建成杞原县第二高级中学。
        2.优化学校布局。2026年底前完成《杞原县中小学幼儿园布局专项规划（2026—2035年）》编制。
        （二）提高教育教学质量
        1.深化课堂教学改革。建设县级学科教研基地20个，培育县级以上优秀教学成果60项。
        2.促进学生全面发展。中小学生体质健康优良率达到65%，学生近视率控制在45%以内。
        （三）建设高素质教师队伍
        每年补充中小学教师120名左右，城镇教师到乡村学校交流轮岗比例不低于15%。
        四、保障措施
        （一）加强组织领导。建立规划实施年度监测机制，2028年开展中期评估。（责任单位：县教育局）
        （二）加大经费投入。“十五五”期间全县教育经费总投入不低于48亿元，其中教育基本建设投入12亿元。
        本文由杞原教育原创发布，未经授权禁止转载
        收藏
        转发 36
        评论 12
        赞 85
        登录后参与评论
        帮助中心  |  意见反馈  |  举报处理
        """

    static let expected: [ExpectedPlan] = [
        ExpectedPlan(
            name: "county key points reposted on a feed (头条号) with 1. items restarting per part and 责任股室 brackets",
            text: BlindFixtures8.countyKeyPointsOnFeedRepost,
            headings: [
                (0, "一、坚持党建引领，落实立德树人根本任务"), (1, "1.加强党的建设"), (1, "2.加强思政和心理健康教育"),
                (0, "二、扩大优质资源供给，促进各学段协调发展"), (1, "1.普及普惠发展学前教育"), (1, "2.推进义务教育优质均衡"),
                (1, "3.提升高中阶段教育水平"), (0, "三、深化教育改革，提高育人质量"), (1, "1.深化“双减”改革"),
                (1, "2.加强体育美育"), (0, "四、建设高素质教师队伍"), (1, "1.补充优化师资"), (1, "2.提升教师素质"),
                (0, "五、强化保障，守牢安全底线"), (1, "1.加大经费投入"), (1, "2.抓实校园安全"),
            ],
            indicators: [
                "新创建县级党建示范校 eq 6所 2026 -", "建设县级思政课名师工作室 eq 4个 2026 -",
                "中小学专兼职心理健康教师配备率 eq 100% 2026 -", "新建公办幼儿园 eq 3所 2026 -", "新增学位 eq 810个 2026 -",
                "学前三年毛入园率 eq 95.5% 2026 全县", "公办园在园幼儿占比 ge 62% 2026 全县", "改扩建农村寄宿制学校 eq 4所 2026 -",
                "义务教育巩固率 ge 99.6% 2026 -", "高中阶段毛入学率 eq 96% 2026 全县", "普通高中本科上线率 eq 62% 2026 全县",
                "课后服务有需求学生参与率 eq 100% 2026 -", "中小学生体质健康优良率 ge 56% 2026 -",
                "学生近视率 eq 0.6个百分点 2026 -", "公开招聘中小学教师 eq 110名 2026 -", "乡村学校教师 ge 45名 2026 -",
                "城镇教师交流轮岗比例 ge 12% 2026 -", "培养县级骨干教师 eq 90名 2026 -", "每名教师年度培训 ge 72学时 2026 -",
                "教育经费投入 ge 6.8亿元 2026 -", "校舍维修改造资金 eq 4200万元 2026 -",
                "中小学幼儿园专职保安配备率 eq 100% 2026 -",
            ],
            notIndicators: ["2次"],
            tasks: [
                ("加强党的建设", "机关党委", nil),
                ("完成全县中小学生心理健康测评", "德育股", "2026-05"),
                ("普及普惠发展学前教育", "学前教育股", nil),
                ("建成楮山县第四小学", "基础教育股", "2026-08"),
                ("完成新教师招聘工作", "人事股", "2026-06"),
                ("完成全县校舍安全隐患排查整治", "安全股", "2026-11"),
            ],
            noise: [
                "首页", "下载头条", "登录", "原创2026-02-26 09:14·楮山教育发布", "关注", "举报/反馈", "发表评论", "0条评论",
                "作者最新文章", "楮山县召开2026年全县教育工作会议", "楮山县中小学春季学期开学工作有序推进", "相关推荐",
                "打开头条App，查看更多精彩内容",
            ]),
        ExpectedPlan(
            name: "township middle school term plan in a library viewer with the slogan footer on every page",
            text: BlindFixtures8.schoolTermPlanInLibraryViewer,
            headings: [
                (0, "一、指导思想"), (0, "二、工作目标"), (1, "1.教学质量目标"), (1, "2.学生发展目标"), (1, "3.安全目标"),
                (0, "三、主要工作及措施"), (1, "（一）加强德育工作"), (2, "1.开展主题教育活动"), (2, "2.加强心理健康教育"),
                (1, "（二）狠抓教学常规"), (2, "1.规范备课上课"), (2, "2.抓好九年级备考"), (1, "（三）落实“双减”要求"),
                (2, "1.控制作业总量"), (2, "2.丰富课后服务"), (1, "（四）加强教师队伍建设"), (2, "1.开展青蓝结对"),
                (2, "2.强化校本培训"), (1, "（五）改善办学条件"), (2, "1.推进设施改造"), (2, "2.加强安全管理"),
                (0, "四、月工作安排"),
            ],
            indicators: [
                "九年级中考综合合格率 ge 90% 2026 -", "非毕业年级期末学业质量检测及格率 eq 85% 2026 -",
                "学生体质健康合格率 eq 96% 2026 -", "近视率 le 35% 2026 -", "每班每学期开设心理健康课 ge 6节 2026 -",
                "教师每学期听课 ge 12节 2026 -", "书面作业平均完成时间 le 90分钟 2026 -", "开设课后服务社团 ge 20个 2026 -",
                "学生参与率 ge 92% 2026 -", "结对培养青年教师 eq 8名 2026 -", "每名教师参加校本培训 ge 24学时 2026 -",
                "投入资金 eq 36万元 2026 -",
            ],
            notIndicators: ["18个", "826人", "71人", "1次", "3次", "2次"],
            tasks: [
                ("完成新学期学生心理排查", "政教处", "2026-03"),
                ("完成体育中考组织工作", "教务处", "2026-05"),
                ("完成学生宿舍改造", "总务处", "2026-04"),
                ("开学准备和开学工作检查", nil, "2026-02"),
                ("召开学期教学工作会议", nil, "2026-03"),
                ("组织期中学业质量检测", nil, "2026-04"),
                ("举办校园体育节", nil, "2026-05"),
                ("组织中考", nil, "2026-06"),
            ],
            noise: [
                "学海文库", "搜索文档", "萍渡镇初级中学2026年春季学期工作计划.docx", "2026-02-27上传  暂无简介",
                "文档格式：.docx  文档页数：4页  文档大小：28.1K", "VIP专享文档  开通VIP免费下载", "学海文库 - 每天进步一点点",
                "学海文库 - 每天进步一点点", "学海文库 - 每天进步一点点", "全文阅读已结束，下载本文需要使用 2 下载券", "下载文档",
                "相关文档", "萍渡镇初级中学2025年秋季学期工作计划", "初中学校春季学期德育工作计划",
            ]),
        ExpectedPlan(
            name: "county summary and next year's plan on the county media center app's share page",
            text: BlindFixtures8.summaryAndPlanOnMediaCenterApp,
            headings: [
                (0, "一、2025年工作总结"), (1, "1.教育资源持续扩容"), (1, "2.教育质量稳步提升"), (1, "3.教师队伍不断壮大"),
                (1, "4.校园安全总体平稳"), (0, "二、存在的主要问题"), (0, "三、2026年工作计划"), (1, "（一）工作目标"),
                (1, "（二）重点任务"), (2, "1.扩充优质学位"), (2, "2.推进城乡一体化"), (2, "3.加强教师队伍建设"),
                (2, "4.提升职业教育水平"), (2, "5.守牢安全底线"), (1, "（三）保障措施"),
            ],
            indicators: [
                "投入教育项目资金 eq 2.3亿元 2025 -", "新增学位 eq 1620个 2025 -", "改造农村学校食堂 eq 9所 2025 -",
                "学前三年毛入园率 eq 94.2% 2025 全县", "义务教育巩固率 eq 99.5% 2025 全县", "普通高中本科上线率 eq 67.3% 2025 全县",
                "公开招聘教师 eq 124名 2025 -", "公费师范生 eq 28名 2025 -", "培训教师 eq 8300人次 2025 -",
                "学校“护学岗”设置率 eq 100% 2025 全县",
                "学前三年毛入园率 eq 96% 2026 全县", "普惠性幼儿园覆盖率 ge 93% 2026 全县", "义务教育巩固率 ge 99.6% 2026 全县",
                "高中阶段毛入学率 eq 95% 2026 全县", "新增学位 eq 1080个 2026 -", "新组建城乡教育共同体 eq 5个 2026 -",
                "小学平均班额 le 45人 2026 城区 from 47", "公开招聘教师 approx 115名 2026 -", "紧缺学科教师 ge 30名 2026 -",
                "中职学校“双师型”教师比例 eq 58% 2026 -", "校企合作企业 eq 80家 2026 -",
                "中小学幼儿园“一键报警”与公安联网率 eq 100% 2026 -", "教育经费投入 ge 7.2亿元 2026 -",
                "学校建设资金 eq 1.6亿元 2026 -",
            ],
            notIndicators: ["1.9个百分点", "4名", "52期", "420场次"],
            tasks: [
                ("开工建设藻浦县第三初级中学", nil, "2026-04"),
                ("建成城南幼儿园", nil, "2026-09"),
                ("完成新教师招聘", "县教育局人事股", "2026-07"),
                ("完成学校消防设施专项检查", nil, "2026-10"),
            ],
            noise: [
                "藻浦融媒", "打开APP", "来源：藻浦县融媒体中心  2026-01-19 16:42", "通讯员：邹雨桐", "（编辑：陶然  审核：严立群）",
                "阅读 3862", "打开藻浦融媒APP，查看更多精彩内容", "相关推荐", "藻浦县2026年中小学寒假安全提示",
                "藻浦县召开2026年全县教育工作会议", "藻浦县融媒体中心 版权所有",
            ]),
        ExpectedPlan(
            name: "city annual plan under its notice on the bureau's site with a left column and an attachment list",
            text: BlindFixtures8.cityPlanOnBureauSiteWithAttachments,
            headings: [
                (0, "一、主要目标"), (0, "二、重点工作"), (1, "（一）推进基础教育扩优提质"), (2, "1.扩大学前教育普惠资源"),
                (2, "2.推动义务教育优质均衡"), (2, "3.促进普通高中特色发展"), (1, "（二）促进学生全面发展"),
                (2, "1.加强体育和心理健康工作"), (2, "2.深化“双减”工作"), (1, "（三）建设高素质教师队伍"), (2, "1.加强教师补充"),
                (2, "2.深化交流轮岗"), (0, "三、保障措施"), (1, "（一）强化经费保障"), (1, "（二）强化督导考核"),
            ],
            indicators: [
                "学前三年毛入园率 ge 97% 2026 全市", "义务教育巩固率 eq 99.8% 2026 全市", "高中阶段教育毛入学率 eq 98% 2026 全市",
                "特殊教育适龄残疾儿童少年入学率 ge 97% 2026 全市", "新建、改扩建公办幼儿园 eq 10所 2026 -",
                "新增公办学位 eq 3000个 2026 -", "公办园在园幼儿占比 eq 60% 2026 -", "新建、改扩建中小学 eq 8所 2026 -",
                "新增学位 eq 7200个 2026 -", "新认定市级特色高中 eq 2所 2026 -", "普通高中大班额比例 le 3% 2026 -",
                "中小学生体质健康优良率 eq 60% 2026 -", "中小学专职心理健康教师配备率 eq 100% 2026 -",
                "课后服务有需求学生参与率 eq 100% 2026 -", "公开招聘中小学教师 approx 760名 2026 全市",
                "乡村学校教师 ge 300名 2026 全市", "城镇教师到乡村学校交流轮岗比例 ge 15% 2026 -",
                "培训校长和教师 eq 4.2万人次 2026 -", "教育经费投入 ge 52亿元 2026 全市", "市本级教育专项资金 eq 4.6亿元 2026 全市",
            ],
            notIndicators: ["5号", "1次"],
            tasks: [
                ("扩大学前教育普惠资源", "学前教育科", nil),
                ("建成蕖阳市第十一中学", "发展规划科", "2026-09"),
                ("加强体育和心理健康工作", "体卫艺科", nil),
                ("完成全市中小学教师招聘笔试工作", "人事科", "2026-06"),
                ("完成对各县（区）政府履行教育职责评价", "督导室", "2026"),
            ],
            noise: [
                "蕖阳市教育局门户网站", "首页 | 机构职能 | 政务公开 | 教育动态 | 办事服务 | 互动交流", "栏目导航", "通知公告",
                "政策文件", "规划计划", "人事信息", "招生考试", "当前位置：首页 > 政务公开 > 规划计划",
                "发布时间：2026-02-25 10:30  来源：办公室  浏览次数：1024", "相关附件：", "蕖阳市2026年教育工作计划.pdf",
                "蕖阳市2026年教育工作重点任务分解表.xlsx", "【打印本页】  【关闭窗口】",
                "版权所有：蕖阳市教育局  地址：蕖阳市明德路18号  邮编：000000", "网站标识码：0000000088  蕖ICP备2026000005号",
            ]),
        ExpectedPlan(
            name: "district three-year implementation plan on an old 教育信息网 CMS page with phases",
            text: BlindFixtures8.districtImplementationPlanOnCMSPage,
            headings: [
                (0, "一、总体目标"), (0, "二、重点任务"), (1, "（一）加强师德师风建设"), (2, "1.健全师德教育机制"),
                (2, "2.严格师德失范查处"), (1, "（二）优化教师资源配置"), (2, "1.补足配齐教师"), (2, "2.推进交流轮岗"),
                (1, "（三）提升教师专业素质"), (2, "1.实施分层培训"), (2, "2.培育名师名校长"), (1, "（四）提高教师待遇"),
                (0, "三、实施步骤"), (1, "（一）启动部署阶段（2026年3月—6月）"), (1, "（二）全面推进阶段（2026年7月—2027年12月）"),
                (1, "（三）总结评估阶段（2028年1月—12月）"), (0, "四、保障措施"), (1, "（一）加强组织领导"), (1, "（二）加大经费投入"),
            ],
            indicators: [
                "中小学专任教师本科及以上学历比例 eq 93% 2028 - from 86@2025", "研究生学历教师比例 ge 12% 2028 -",
                "区级以上骨干教师 eq 600人 2028 -", "乡村学校音体美教师配备率 eq 100% 2028 -", "师德考核合格率 eq 100% 2028 -",
                "公开招聘中小学教师 eq 360名 2028 -", "音体美和心理健康教师 ge 80名 2028 -",
                "城镇学校教师交流轮岗比例 ge 15% 2028 -", "骨干教师交流比例 ge 20% 2028 -", "培训校长和教师 eq 2.4万人次 2028 -",
                "每名教师每年培训 ge 72学时 2028 -", "建设区级名师工作室 eq 30个 2028 -", "培养区级名校长 eq 15名 2028 -",
                "乡村教师生活补助标准 ge 500元 2028 -", "每年安排教师培训专项经费 ge 800万元 2028 -",
            ],
            notIndicators: ["1次"],
            tasks: [
                ("出台《荇溪区中小学教职工编制动态调整办法》", "区教育局人事科", "2026-06"),
                ("完成首批名师工作室中期考核", "区教师发展中心", "2027-12"),
                ("完成教师队伍现状调查", nil, "2026-06"),
                ("完成三年实施方案终期评估", "区教育局督导室", "2028-11"),
            ],
            noise: [
                "荇溪教育信息网", "网站首页 | 教育新闻 | 通知公告 | 政策法规 | 教学研究 | 德育园地 | 下载中心",
                "您现在的位置：荇溪教育信息网 >> 文章中心 >> 通知公告 >> 正文",
                "作者：区教育局人事科    文章来源：本站原创    点击数：1536    更新时间：2026-3-18", "文章录入：xxjy    责任编辑：xxjy",
                "【字体：小 大】【发表评论】【加入收藏】【告诉好友】【打印此文】【关闭窗口】", "上一篇文章：荇溪区2026年中小学教师公开招聘公告",
                "下一篇文章：荇溪区2026年春季学期教学视导工作安排", "网友评论：（只显示最新10条。评论内容只代表网友观点，与本站立场无关！）",
                "相关文章", "没有相关文章", "Copyright © 2008-2026 荇溪教育信息网 All Rights Reserved",
            ]),
        ExpectedPlan(
            name: "county 十五五 plan summary posted as a 微博 article with （N）名称： goal lines",
            text: BlindFixtures8.countyFiveYearPlanAsWeiboArticle,
            headings: [
                (0, "一、发展基础"), (0, "二、发展目标"), (1, "（一）学前教育"), (1, "（二）义务教育"), (1, "（三）高中阶段教育"),
                (1, "（四）教师队伍"), (0, "三、主要任务"), (1, "（一）扩大优质教育资源"), (2, "1.推进学校建设"), (2, "2.优化学校布局"),
                (1, "（二）提高教育教学质量"), (2, "1.深化课堂教学改革"), (2, "2.促进学生全面发展"), (1, "（三）建设高素质教师队伍"),
                (0, "四、保障措施"), (1, "（一）加强组织领导"), (1, "（二）加大经费投入"),
            ],
            indicators: [
                "义务教育巩固率 eq 99.2% 2025 全县 from 97.6@2020",
                "学前三年毛入园率 eq 97% 2030 -", "普惠性幼儿园覆盖率 ge 92% 2030 -", "九年义务教育巩固率 eq 99.6% 2030 -",
                "高中阶段教育毛入学率 ge 97% 2030 -", "普通高中本科上线率 eq 70% 2030 -",
                "中小学专任教师本科及以上学历比例 eq 95% 2030 -", "县级以上骨干教师 eq 800人 2030 -",
                "新建、改扩建中小学幼儿园 eq 24所 2030 -", "新增学位 eq 1.1万个 2030 -", "建设县级学科教研基地 eq 20个 2030 -",
                "培育县级以上优秀教学成果 eq 60项 2030 -", "中小学生体质健康优良率 eq 65% 2030 -", "学生近视率 le 45% 2030 -",
                "每年补充中小学教师 approx 120名 2030 -", "城镇教师到乡村学校交流轮岗比例 ge 15% 2030 -",
                "教育经费总投入 ge 48亿元 2030 全县", "教育基本建设投入 eq 12亿元 2030 全县",
            ],
            notIndicators: ["146所", "7.8万人", "5600人"],
            tasks: [
                ("全县通过国家义务教育优质均衡发展督导评估", nil, "2028"),
                ("建成杞原县第二高级中学", nil, "2027-08"),
                ("完成《杞原县中小学幼儿园布局专项规划（2026—2035年）》编制", nil, "2026"),
                ("开展中期评估", "县教育局", "2028"),
            ],
            noise: [
                "微博", "首页 | 热门 | 视频 | 登录 | 注册", "杞原教育", "2026-02-09 10:20  发布于 蘅州", "阅读 2.3万",
                "本文由杞原教育原创发布，未经授权禁止转载", "收藏", "转发 36", "评论 12", "赞 85", "登录后参与评论",
                "帮助中心  |  意见反馈  |  举报处理",
            ]),
    ]
}
