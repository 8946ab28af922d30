import Foundation
@testable import PlanImport

/// A ninth blind set: six TYPICAL plans of the genre, each as a user's select-all copy of a kind of web page the earlier
/// sets used least or laid out differently, page furniture included. Invented content throughout (fictional places 芸川省,
/// 苇塘区, 荻浦镇, 菱湾县, 蓍城市, 茭山县; invented numbers; no published sentence copied): a province 教育厅's 年度工作要点
/// under its notice on the department's site; a district 年度工作计划 on the district government's 政务公开 page with tabbed
/// metadata and a 相关解读 link box; a township kindergarten's 学期园务工作计划 on its WeChat account; a county 工作总结和下一年
/// 工作计划 on the county bureau's site built on a small 站群-like CMS (bracketed date/source/views/font row, 视力保护色, →
/// breadcrumb, 上一条/下一条, 技术支持 footer); a city 年度工作要点 reposted on a 人民号-like platform; a county 十五五 规划（摘要）
/// on a 原创力文档-like preview page with its file card, an "点击展开全文" cut and the provider/price line.
/// Written without reading the importer's sources and without running the importer or any test; syntax checked with
/// `swiftc -parse` only.
/// Before writing, published pages were read for their layout only (nothing copied): a research institute's 政策法规 page
/// (当前位置 breadcrumb, 来源/发布时间/浏览次数 line), page-image document sites ("…_第N页", 已阅读…继续免费阅读, 下载本文档,
/// 版权说明, 文档简介), a file-card download site (基本信息, 文件名称/文件大小/总页数/更新时间/总字数, 文档摘要), essay and 范文
/// sites (時間 line and 導語 "…一文來源于網友上傳，不代表本站觀點"; "本站小编为你精心准备了…"; "下面是小编为大家整理的…"), a
/// laws repost (date, "N人看过", tag words one per line), a district bureau's notice with addressees, signatures and date
/// over its attachment, a reposted news page (来源, 编辑/编校, 值班主任, 编审, 关键词 lines) and a trade site's article line
/// (文章出处/责任编辑/作者/人气/发表时间). The furniture of province and district government pages (site name, menu row,
/// breadcrumb, 信息名称/索引号/发布机构/成文日期 pairs separated by a tab, 字号/打印/分享, 相关解读 box, 扫一扫, 主办/承办 and
/// site-code lines), WeChat copies (原创/author/account/date/place line, the follow prompt, a decorative banner word, - END -,
/// credits, 长按识别二维码, 阅读 count, buttons, 写留言), small CMS pages, 人民号-like reposts (platform menu, account line,
/// 关注, the platform disclaimer, 举报, 分享到, 推荐阅读, the app prompt) and preview pages (file card with .docx name, VIP/收藏/
/// 举报 row, word/page/date/views row, 展开全文, 下载文档, provider line, 版权声明, 相关文档) is reproduced in invented wording.
/// Conventions followed from the earlier sets: depth 0 for the top level; a heading is its number label followed by its text
/// with whitespace removed, a lead phrase losing its 。, a goal line "1.名称：…" keeping the part before the colon; the title,
/// the notice (文号, addressees, body, signature, date), the unnumbered introduction and a "具体目标如下：" colon line are not
/// headings and not noise. An indicator takes the clause's year, else the plan's year (a term plan's calendar year, a
/// multi-year plan's last year, a summary's figures the year summarised, the plan half of a 总结和计划 the year it plans);
/// scope only when the sentence names it (全省/全县/全区/全市/城区), from where it is named to the 。 of that sentence, 其中
/// parts included; 以上/不低于/不少于 → ge, 以内/控制在…以内 → le, 左右 → approx, 达到/保持/力争达到 without 以上 → eq;
/// 由A提高到B → "from A" with @year when written; 全年/“十五五”期间 are dropped from a name, 每年/每名/每班 kept; a point change
/// standing alone is an indicator in 个百分点, beside the value it explains it is not. Counts of tests, analyses, inspections,
/// rounds, drills, parent meetings and training courses held, ranks and stock counts in a background sentence are
/// notIndicators. A deadline sentence is a task with its item's owner bracket; an item with an owner bracket and no deadline
/// is a task under the item's title; "由…牵头" names a lead; a month without a year takes the plan's year, 年底前 gives the
/// year alone, 到N年 gives N; a line of the month schedule is a task due that month. Noise is every line of the page around
/// the plan, in reading order, as the whole line.
enum BlindFixtures9 {
    /// A province 教育厅's 年度工作要点 under its notice on the department's site: site name, menu row and breadcrumb, the
    /// notice title with a source/date/views line and a font/eye-care row; the notice (文号, addressees, one sentence,
    /// signature, date), then the plan: 一、主要目标 as one paragraph with 全省, five parts with "N.lead。body" items numbered
    /// 1…12 straight through, owners as （牵头处室：…）, a standalone point fall, a 其中 part, 年底前; print/close, 相关阅读 with two
    /// titles and two footer lines below.
    static let provinceKeyPointsOnDepartmentSite = """
        芸川省教育厅网站
        网站首页 | 机构概况 | 政务公开 | 新闻中心 | 政策法规 | 公共服务 | 互动交流
        首页 > 政务公开 > 通知公告
        芸川省教育厅关于印发《2026年全省教育工作要点》的通知
        信息来源：厅办公室  发布日期：2026-02-20  浏览次数：4127
        【字体：大 中 小】【视力保护色】
        芸教发〔2026〕4号
        各市（州）教育局，厅属各单位，厅机关各处室：
        现将《2026年全省教育工作要点》印发给你们，请结合实际抓好贯彻落实。
        芸川省教育厅
        2026年2月18日
        2026年全省教育工作要点
        2026年全省教育工作的总体要求是：坚持教育优先发展，以建设教育强省为目标，聚焦扩优提质和改革创新，推动全省教育事业高质量发展。
        一、主要目标
        全省学前三年毛入园率达到93%，义务教育巩固率达到97.8%，高中阶段毛入学率达到94%以上，特殊教育适龄残疾儿童少年入学率保持在95%以上。
        二、坚持立德树人，提高学生综合素养
        1.深化思政课改革创新。建设省级思政课示范课堂200个，中小学思政课教师培训覆盖率达到100%。（牵头处室：思政处）
        2.加强体育美育劳动教育。全省中小学生体质健康优良率达到57%，学生总体近视率较上年下降0.5个百分点。9月底前完成全省中小学生体质健康抽测。（牵头处室：体卫艺处）
        3.加强心理健康教育。中小学专职心理健康教师配备率达到90%以上，每年开展1次学生心理健康测评。
        三、扩大优质资源，促进基础教育扩优提质
        4.推进学前教育普惠发展。全省新增公办幼儿园学位3.5万个，普惠性幼儿园覆盖率达到92%以上。（牵头处室：学前教育处）
        5.推进义务教育优质均衡。新建、改扩建义务教育学校120所，新增学位9.6万个，义务教育学校标准化建设达标率达到98%。
        6.推动普通高中多样化发展。新认定省级特色高中15所，普通高中大班额比例控制在5%以内。
        四、深化产教融合，增强职业教育适应性
        7.优化职业教育专业布局。新增中职专业点80个，中职学校“双师型”教师比例达到60%。10月底前发布全省职业教育专业设置动态调整目录。（牵头处室：职业教育处）
        8.促进高质量就业。中职毕业生就业升学率保持在96%以上。
        五、建设高素质教师队伍
        9.补充乡村教师。招聘特岗教师2800名，其中音体美教师不少于600名。7月底前完成特岗教师招聘工作。（牵头处室：教师工作处）
        10.提升教师能力素质。培训中小学幼儿园教师和校长6.5万人次，评选省级骨干教师1200名。
        六、强化保障，维护教育系统安全稳定
        11.加大教育投入。全省教育经费投入不低于1350亿元，其中省级教育专项资金86亿元。
        12.维护校园安全稳定。中小学幼儿园“一键报警”与公安联网率保持100%，每季度开展1次校园安全专项督查。年底前完成全省中小学校舍安全隐患排查整治。（牵头处室：安全稳定处）
        【打印本页】【关闭窗口】
        相关阅读
        芸川省召开2026年全省教育工作会议
        芸川省教育厅2025年工作总结
        主办：芸川省教育厅  地址：文华路66号  邮编：000000
        网站标识码：0000000001  芸ICP备2026000001号  芸公网安备00000000000001号
        """

    /// A district 年度工作计划 on the district government's 政务公开 page: site name, menu row, a five-level breadcrumb, the
    /// 信息名称 line and three tab-separated metadata pairs, the title with a font/print/share row; 一、工作目标 as one
    /// paragraph with 全区, 二、 with （一）…（四） titles alone on their lines over "N.lead。body" items, a baseline without a
    /// year, an owner with 由…牵头, （责任科室：…） brackets, 三、保障措施 with lead phrases and 年底前; the 相关解读 box with a
    /// 政策解读 and a 图解 title, print/close, the QR prompt and two footer lines below.
    static let districtPlanOnDisclosurePageWithInterpretation = """
        苇塘区人民政府
        首页 | 走进苇塘 | 政务公开 | 政务服务 | 互动交流
        当前位置：首页 > 政务公开 > 部门信息公开 > 区教育局 > 计划总结
        信息名称：苇塘区教育局2026年教育工作计划
        索引号：WT00231-0402-2026-00017\t主题分类：教育
        发布机构：苇塘区教育局\t成文日期：2026-03-02
        发布日期：2026-03-04\t有效性：有效
        苇塘区教育局2026年教育工作计划
        字号：大 中 小  |  打印  |  分享
        2026年，区教育局将围绕“学有优教”目标，聚焦扩优提质、减负增效，推动全区教育高质量发展。现制定工作计划如下。
        一、工作目标
        全区学前三年毛入园率达到96.5%，普惠性幼儿园覆盖率保持在93%以上，义务教育巩固率达到99.8%，高中阶段毛入学率达到97%。家长对学校教育满意度不低于92%。
        二、重点任务
        （一）扩大优质学位供给
        1.加快学校建设。新建、改扩建中小学幼儿园5所，新增学位2160个。9月底前建成苇塘区第五幼儿园并投入使用。（责任科室：计划建设科）
        2.深化集团化办学。新组建紧密型教育集团3个，集团化办学覆盖率由72%提高到85%。
        （二）提升教育教学质量
        1.深化课堂教学改革。评选区级优质课120节，初中学业水平考试全科合格率达到90%。每学期组织教学视导2轮。
        2.加强体育和健康教育。中小学生体质健康优良率达到60%，学生每天校内体育活动时间不少于2小时。
        （三）建设高素质教师队伍
        1.补充教师。公开招聘教师150名左右，其中心理健康教师不少于10名。由区教育局人事科牵头，6月底前完成招聘工作。
        2.推进交流轮岗。城镇教师到农村学校交流轮岗比例不低于15%。
        （四）守牢校园安全底线
        1.强化安全管理。中小学幼儿园专职保安配备率保持100%，每月开展1次安全隐患排查。10月底前完成学校消防设施专项检查。（责任科室：安全管理科）
        三、保障措施
        （一）加大经费投入。全年教育经费投入不低于9.2亿元，其中学校建设资金2.1亿元。
        （二）强化督导考核。年底前完成对全区中小学校办学水平综合督导评估。（责任科室：督导室）
        相关解读：
        《苇塘区教育局2026年教育工作计划》政策解读
        图解：一图读懂苇塘区2026年教育工作计划
        【打印本页】  【关闭窗口】
        扫一扫在手机打开当前页
        主办：苇塘区人民政府办公室  承办：苇塘区政务服务数据管理局
        网站标识码：0000000077  芸ICP备2026000021号  芸公网安备00000000000077号
        """

    /// A township kindergarten's 学期园务工作计划 on its WeChat account: the title, the 原创/author/account/date/place line,
    /// the follow prompt and a decorative banner word above the text; stock counts in the introduction, 一、指导思想,
    /// 二、工作目标 as "N.名称：…" goal lines (a 其中 part), 三、 with （一）…（四） over "N.lead。body" items and owners as
    /// （责任部门：…） inside the deadline sentence, counts of analyses, inspections, drills and parent meetings, 四、月工作安排
    /// with one "N月：…" line per month; - END -, credits, the QR prompt, the reads count, the button row and 写留言 below.
    static let kindergartenTermPlanOnWeChat = """
        荻浦镇中心幼儿园2026年春季学期园务工作计划
        原创 园办 荻浦镇中心幼儿园 2026年02月25日 17:40 芸川
        ↑点击上方蓝字“荻浦镇中心幼儿园”关注我们
        NEW SEMESTER
        春风送暖，我们迎来了新学期。为扎实做好本学期各项工作，结合我园实际，制定本计划。本园现有教学班9个，在园幼儿286人，教职工38人。
        一、指导思想
        以《3-6岁儿童学习与发展指南》为指引，坚持以幼儿发展为本、保教并重，推动园所规范化、优质化发展，让每一名幼儿快乐健康成长。
        二、工作目标
        1.保育目标：幼儿出勤率达到92%以上，幼儿健康检查率达到100%。
        2.教育目标：幼儿每天户外活动时间不少于2小时，其中体育活动时间不少于1小时。
        3.队伍目标：教师持证上岗率达到100%，保育员持证率达到100%。
        4.家园共育目标：家长满意率不低于95%。
        三、主要工作及措施
        （一）卫生保健工作
        1.做好卫生保健。落实晨午检制度，每月开展1次幼儿膳食营养分析。3月底前完成全体幼儿春季体检（责任部门：保健室）。
        2.加强膳食管理。食堂食品留样率保持100%，每周向家长公布带量食谱。
        （二）保育教育工作
        1.推进课程游戏化。每班创设区域活动角不少于5个，幼儿每天自主游戏时间不少于1小时。
        2.做好幼小衔接。大班开展入学准备教育，5月底前组织大班幼儿参观荻浦镇中心小学（责任部门：保教处）。
        （三）队伍建设
        1.加强师德建设。全体教职工签订师德承诺书，师德考核合格率保持100%。
        2.提升专业能力。每名教师参加园本培训不少于30学时，结对培养青年教师6名。
        （四）安全与家园共育
        1.抓实安全管理。每月开展1次安全隐患排查，每学期组织消防疏散演练2次。
        2.密切家园联系。每学期召开家长会不少于2次，家访率达到100%。
        四、月工作安排
        2月：做好开学准备，开展开学安全检查。
        3月：组织幼儿春季体检，召开新学期家长会。
        4月：举办春季亲子运动会。
        5月：开展“六一”庆祝活动筹备，组织大班幼儿参观小学。
        6月：做好大班毕业典礼和学期总结工作。
        - END -
        文字｜园办  审核｜蒋晓岚
        长按识别二维码 关注我们
        阅读 586
        分享  收藏  点赞  在看
        写留言
        """

    /// A county 工作总结和下一年工作计划 on the county bureau's site built on a small 站群-like CMS: site name, a version/
    /// accessibility row, a menu row without separators and a "→" breadcrumb above the title, a bracketed date/source/views/
    /// font row and an eye-care colour row under it; the summary's （一）…（四） "lead。body" paragraphs with the past year's
    /// figures (a point rise beside its value, a rank, a count of training courses and of drills), a 不足 part with 一是…二是…,
    /// the plan half with （一）目标任务, （二）重点工作 over 1.…4. lead phrases (由…牵头) and （三）保障措施 with 年底前;
    /// print/close, 上一条/下一条, a 相关链接 line and the sponsor/技术支持 and site-code lines below.
    static let countySummaryAndPlanOnBureauCMS = """
        菱湾县教育局
        繁體版 | 无障碍 | 关怀版 | 网站支持IPv6
        首页  机构设置  教育动态  通知公告  政策文件  计划总结  招生考试  办事指南
        您所在的位置：首页 → 计划总结
        菱湾县教育局2025年工作总结和2026年工作计划
        【发布日期：2026-01-16】【信息来源：县教育局办公室】【浏览次数：892】【字号：大 中 小】
        视力保护色：白 黄 绿 蓝 灰
        2025年，县教育局在县委、县政府的坚强领导下，坚持以人民为中心发展教育，各项工作稳步推进。现将2025年工作总结和2026年工作计划报告如下。
        一、2025年工作回顾
        （一）办学条件持续改善。全年投入教育资金1.9亿元，建成菱湾县第三小学，改扩建农村幼儿园6所，新增学位1380个。
        （二）教育质量稳步提升。全县义务教育巩固率达到99.4%，普通高中本科上线率达到64.8%，较上年提高2.3个百分点。全县初中学业水平考试成绩位列全市第3名。
        （三）教师队伍不断加强。招聘教师96名，组织各类专题培训38期，培训教师6200人次。
        （四）校园安全平稳有序。学校视频监控覆盖率达到100%，全年组织应急疏散演练380场次。
        二、存在的不足
        一是城区学位依然紧张；二是乡村学校教师老龄化问题突出；三是学生体质健康水平有待提高。
        三、2026年工作计划
        （一）目标任务
        全县学前三年毛入园率达到95%，普惠性幼儿园覆盖率保持在91%以上，义务教育巩固率保持在99.5%以上，高中阶段毛入学率达到94.5%。
        （二）重点工作
        1.扩大学位供给。5月底前开工建设菱湾县城东幼儿园，全年新增学位900个。
        2.推进县域教育共同体建设。新组建城乡学校共同体4个，乡镇学校平均班额控制在45人以内。
        3.加强教师队伍建设。公开招聘教师100名左右，其中紧缺学科教师不少于25名。由县教育局人事股牵头，7月底前完成新教师招聘。
        4.提升学生综合素质。中小学生体质健康优良率达到55%，学生近视率较上年下降0.5个百分点。9月底前完成全县中小学生体质健康测试数据上报。
        （三）保障措施
        全年教育经费投入不低于4.8亿元，其中学校建设资金9000万元。年底前完成全县中小学校舍安全鉴定。
        【打印】  【关闭】
        上一条：菱湾县2026年中小学寒假安全工作提示
        下一条：菱湾县教育局关于做好2026年春季学期开学工作的通知
        相关链接：芸川省教育厅  菱湾县人民政府  全国中小学生学籍信息管理系统
        主办单位：菱湾县教育局  技术支持：芸川云联网络科技有限公司
        政府网站标识码：0000000059  芸ICP备2026000033号-1
        """

    /// A city 年度工作要点 reposted on a 人民号-like platform: the platform name and menu, the title, the account name, a
    /// date/platform line and 关注 above the text; the 总体要求 introduction, five 一、 parts with （一）（二）（三） items
    /// restarting in every part, each "（N）lead。body", owners as （牵头科室：…）, 全市 with a 其中 part, 年底前; the platform's
    /// disclaimer, 举报, 分享到, 推荐阅读 with two titles and the app prompt below.
    static let cityKeyPointsOnPeoplesAccountRepost = """
        民声号
        首页  |  推荐  |  地方  |  教育  |  下载APP
        蓍城市教育局2026年教育工作要点
        蓍城教育
        2026-03-03 09:26  民声号
        关注
        2026年全市教育工作的总体要求是：坚持教育优先发展，以办好人民满意的教育为目标，推动各级各类教育协调发展。现将全年工作要点安排如下。
        一、加强党的全面领导
        （一）加强党的建设。深化“一校一品”党建品牌创建，新创建市级党建品牌学校10所。（牵头科室：机关党委）
        （二）推进思政课一体化建设。建设大中小学思政课一体化共同体8个，4月底前举办全市中小学思政课教学展示活动。（牵头科室：德育科）
        二、推动基础教育扩优提质
        （一）扩大学前教育普惠资源。全市新建公办幼儿园8所，新增学位2700个，普惠性幼儿园覆盖率达到94%。（牵头科室：学前教育科）
        （二）推进义务教育优质均衡。新建、改扩建中小学12所，8月底前建成蓍城市第九中学并投入使用。随迁子女在公办学校就读比例不低于93%。（牵头科室：基础教育科）
        （三）促进普通高中特色发展。新认定市级特色高中3所，普通高中本科上线率力争达到68%。
        三、提高职业教育服务能力
        （一）深化产教融合。新建市级产教融合实训基地5个，校企合作企业达到150家。（牵头科室：职成教科）
        （二）提升就业质量。中职毕业生就业升学率保持在95%以上。
        四、建设高素质专业化教师队伍
        （一）补充配齐教师。全市公开招聘中小学教师520名，其中乡村学校教师不少于200名。6月底前完成全市中小学教师公开招聘笔试工作。（牵头科室：人事科）
        （二）加强教师培训。培训中小学校长和教师3.2万人次，每名教师年度培训不少于72学时。
        五、强化教育保障
        （一）加大经费投入。全市教育经费投入不低于38亿元，确保教育经费“两个只增不减”。
        （二）强化督导问责。每学期开展综合督导不少于1次，年底前完成对各县（市、区）政府履行教育职责评价。（牵头科室：督导室）
        本文为民声号作者上传并发布，仅代表作者观点，民声号仅提供信息发布平台。
        举报
        分享到：微信  微博  QQ
        推荐阅读
        蓍城市2026年义务教育招生入学政策问答
        蓍城市中小学“护学岗”全面上岗
        打开民声号APP，阅读更多精彩内容
        """

    /// A county 十五五 规划（摘要） on a 原创力文档-like preview page: the site name and menu, the file name with .docx, a
    /// VIP/收藏/举报 row and a word/page/date/views row above the text; the introduction with the period, a background part
    /// with stock counts and a baseline with its year, 二、发展目标 with a colon line and four "N.lead。body" goal lines (one
    /// with 到2029年), an "点击展开全文" cut before 三、, （一）…（三） (one with 1. 2. items), 四、保障措施 with lead phrases, an
    /// owner bracket and a 其中 part after 全县; the end prompt, 下载文档, the provider line, 版权声明, 相关文档 with two file
    /// names below.
    static let countyFiveYearPlanOnPreviewSite = """
        知行文档
        首页 | 文档分类 | 精品专区 | 上传文档
        茭山县“十五五”教育事业发展规划（摘要）.docx
        VIP免费下载  |  收藏  |  举报
        约5800字  |  8页  |  2026-03-06发布  |  47人已浏览
        茭山县“十五五”教育事业发展规划（摘要）
        为推进全县教育高质量发展，加快建设教育强县，根据上级教育事业发展规划，结合茭山县实际，编制本规划。规划期为2026—2030年。
        一、发展基础
        “十四五”期间，全县教育事业取得长足进步。截至2025年底，全县有各级各类学校118所，在校学生6.3万人，专任教师4700人。全县学前三年毛入园率由2020年的86.5%提高到2025年的93.8%。
        二、发展目标
        到2030年，基本建成优质均衡、公平普惠的县域教育体系。具体目标如下：
        1.学前教育。全县学前三年毛入园率达到97%，普惠性幼儿园覆盖率稳定在93%以上。
        2.义务教育。九年义务教育巩固率保持在99.7%以上。到2029年，全县通过国家义务教育优质均衡发展督导评估。
        3.高中阶段教育。高中阶段教育毛入学率达到96%以上，普通高中本科上线率达到65%。
        4.教师队伍。中小学专任教师研究生学历比例由2025年的4.2%提高到10%，县级以上骨干教师达到650人。
        点击展开全文
        三、主要任务
        （一）扩大优质教育资源供给
        1.优化学校布局。2026年底前完成《茭山县中小学幼儿园布局专项规划（2026—2035年）》编制。“十五五”期间新建、改扩建中小学幼儿园18所，新增学位8400个。
        2.推进城乡一体化。组建城乡教育共同体12个，乡村小规模学校办学条件达标率达到100%。
        （二）提升教育教学质量
        深化课堂教学改革，建设县级学科教研基地15个。中小学生体质健康优良率达到62%，学生近视率控制在48%以内。
        （三）建设高素质教师队伍
        每年补充中小学教师100名左右，每名教师五年一周期培训不少于360学时。
        四、保障措施
        （一）加强组织领导。建立规划实施年度监测制度，2028年开展中期评估。（责任单位：县教育局）
        （二）加大经费投入。“十五五”期间全县教育经费总投入不低于36亿元，其中教育基本建设投入8.5亿元。
        全文已阅读完毕，下载本文档可离线阅读编辑
        下载文档
        内容提供方：jsedu2026  大小：31.6KB  字数：约5.8千字  发布时间：2026-03-06  浏览人气：47  下载次数：仅上传者可见
        版权声明：本文档由用户上传，版权归上传者所有，本站仅提供信息存储空间服务。如有侵权，请联系删除。
        相关文档
        茭山县2026年教育工作要点.docx
        县域义务教育优质均衡发展规划（2026—2030年）.doc
        """

    static let expected: [ExpectedPlan] = [
        ExpectedPlan(
            name: "province key points under its notice on the department's site, 1.…12. straight through with 牵头处室 brackets",
            text: BlindFixtures9.provinceKeyPointsOnDepartmentSite,
            headings: [
                (0, "一、主要目标"), (0, "二、坚持立德树人，提高学生综合素养"), (1, "1.深化思政课改革创新"),
                (1, "2.加强体育美育劳动教育"), (1, "3.加强心理健康教育"), (0, "三、扩大优质资源，促进基础教育扩优提质"),
                (1, "4.推进学前教育普惠发展"), (1, "5.推进义务教育优质均衡"), (1, "6.推动普通高中多样化发展"),
                (0, "四、深化产教融合，增强职业教育适应性"), (1, "7.优化职业教育专业布局"), (1, "8.促进高质量就业"),
                (0, "五、建设高素质教师队伍"), (1, "9.补充乡村教师"), (1, "10.提升教师能力素质"),
                (0, "六、强化保障，维护教育系统安全稳定"), (1, "11.加大教育投入"), (1, "12.维护校园安全稳定"),
            ],
            indicators: [
                "学前三年毛入园率 eq 93% 2026 全省", "义务教育巩固率 eq 97.8% 2026 全省", "高中阶段毛入学率 ge 94% 2026 全省",
                "特殊教育适龄残疾儿童少年入学率 ge 95% 2026 全省", "建设省级思政课示范课堂 eq 200个 2026 -",
                "中小学思政课教师培训覆盖率 eq 100% 2026 -", "中小学生体质健康优良率 eq 57% 2026 全省",
                "学生总体近视率 eq 0.5个百分点 2026 全省", "中小学专职心理健康教师配备率 ge 90% 2026 -",
                "新增公办幼儿园学位 eq 3.5万个 2026 全省", "普惠性幼儿园覆盖率 ge 92% 2026 全省",
                "新建、改扩建义务教育学校 eq 120所 2026 -", "新增学位 eq 9.6万个 2026 -",
                "义务教育学校标准化建设达标率 eq 98% 2026 -", "新认定省级特色高中 eq 15所 2026 -", "普通高中大班额比例 le 5% 2026 -",
                "新增中职专业点 eq 80个 2026 -", "中职学校“双师型”教师比例 eq 60% 2026 -", "中职毕业生就业升学率 ge 96% 2026 -",
                "招聘特岗教师 eq 2800名 2026 -", "音体美教师 ge 600名 2026 -", "培训中小学幼儿园教师和校长 eq 6.5万人次 2026 -",
                "评选省级骨干教师 eq 1200名 2026 -", "教育经费投入 ge 1350亿元 2026 全省", "省级教育专项资金 eq 86亿元 2026 全省",
                "中小学幼儿园“一键报警”与公安联网率 eq 100% 2026 -",
            ],
            notIndicators: ["4号", "1次"],
            tasks: [
                ("深化思政课改革创新", "思政处", nil),
                ("完成全省中小学生体质健康抽测", "体卫艺处", "2026-09"),
                ("推进学前教育普惠发展", "学前教育处", nil),
                ("发布全省职业教育专业设置动态调整目录", "职业教育处", "2026-10"),
                ("完成特岗教师招聘工作", "教师工作处", "2026-07"),
                ("完成全省中小学校舍安全隐患排查整治", "安全稳定处", "2026"),
            ],
            noise: [
                "芸川省教育厅网站", "网站首页 | 机构概况 | 政务公开 | 新闻中心 | 政策法规 | 公共服务 | 互动交流", "首页 > 政务公开 > 通知公告",
                "信息来源：厅办公室  发布日期：2026-02-20  浏览次数：4127", "【字体：大 中 小】【视力保护色】", "【打印本页】【关闭窗口】",
                "相关阅读", "芸川省召开2026年全省教育工作会议", "芸川省教育厅2025年工作总结",
                "主办：芸川省教育厅  地址：文华路66号  邮编：000000",
                "网站标识码：0000000001  芸ICP备2026000001号  芸公网安备00000000000001号",
            ]),
        ExpectedPlan(
            name: "district annual plan on the district government's 政务公开 page with tabbed metadata and a 相关解读 box",
            text: BlindFixtures9.districtPlanOnDisclosurePageWithInterpretation,
            headings: [
                (0, "一、工作目标"), (0, "二、重点任务"), (1, "（一）扩大优质学位供给"), (2, "1.加快学校建设"), (2, "2.深化集团化办学"),
                (1, "（二）提升教育教学质量"), (2, "1.深化课堂教学改革"), (2, "2.加强体育和健康教育"), (1, "（三）建设高素质教师队伍"),
                (2, "1.补充教师"), (2, "2.推进交流轮岗"), (1, "（四）守牢校园安全底线"), (2, "1.强化安全管理"), (0, "三、保障措施"),
                (1, "（一）加大经费投入"), (1, "（二）强化督导考核"),
            ],
            indicators: [
                "学前三年毛入园率 eq 96.5% 2026 全区", "普惠性幼儿园覆盖率 ge 93% 2026 全区", "义务教育巩固率 eq 99.8% 2026 全区",
                "高中阶段毛入学率 eq 97% 2026 全区", "家长对学校教育满意度 ge 92% 2026 -",
                "新建、改扩建中小学幼儿园 eq 5所 2026 -", "新增学位 eq 2160个 2026 -", "新组建紧密型教育集团 eq 3个 2026 -",
                "集团化办学覆盖率 eq 85% 2026 - from 72", "评选区级优质课 eq 120节 2026 -",
                "初中学业水平考试全科合格率 eq 90% 2026 -", "中小学生体质健康优良率 eq 60% 2026 -",
                "学生每天校内体育活动时间 ge 2小时 2026 -", "公开招聘教师 approx 150名 2026 -", "心理健康教师 ge 10名 2026 -",
                "城镇教师到农村学校交流轮岗比例 ge 15% 2026 -", "中小学幼儿园专职保安配备率 eq 100% 2026 -",
                "教育经费投入 ge 9.2亿元 2026 -", "学校建设资金 eq 2.1亿元 2026 -",
            ],
            notIndicators: ["2轮", "1次"],
            tasks: [
                ("建成苇塘区第五幼儿园", "计划建设科", "2026-09"),
                ("完成招聘工作", "区教育局人事科", "2026-06"),
                ("完成学校消防设施专项检查", "安全管理科", "2026-10"),
                ("完成对全区中小学校办学水平综合督导评估", "督导室", "2026"),
            ],
            noise: [
                "苇塘区人民政府", "首页 | 走进苇塘 | 政务公开 | 政务服务 | 互动交流",
                "当前位置：首页 > 政务公开 > 部门信息公开 > 区教育局 > 计划总结", "信息名称：苇塘区教育局2026年教育工作计划",
                "索引号：WT00231-0402-2026-00017\t主题分类：教育", "发布机构：苇塘区教育局\t成文日期：2026-03-02",
                "发布日期：2026-03-04\t有效性：有效", "字号：大 中 小  |  打印  |  分享", "相关解读：",
                "《苇塘区教育局2026年教育工作计划》政策解读", "图解：一图读懂苇塘区2026年教育工作计划", "【打印本页】  【关闭窗口】",
                "扫一扫在手机打开当前页", "主办：苇塘区人民政府办公室  承办：苇塘区政务服务数据管理局",
                "网站标识码：0000000077  芸ICP备2026000021号  芸公网安备00000000000077号",
            ]),
        ExpectedPlan(
            name: "township kindergarten term plan on its WeChat account with goal lines and a month schedule",
            text: BlindFixtures9.kindergartenTermPlanOnWeChat,
            headings: [
                (0, "一、指导思想"), (0, "二、工作目标"), (1, "1.保育目标"), (1, "2.教育目标"), (1, "3.队伍目标"), (1, "4.家园共育目标"),
                (0, "三、主要工作及措施"), (1, "（一）卫生保健工作"), (2, "1.做好卫生保健"), (2, "2.加强膳食管理"),
                (1, "（二）保育教育工作"), (2, "1.推进课程游戏化"), (2, "2.做好幼小衔接"), (1, "（三）队伍建设"),
                (2, "1.加强师德建设"), (2, "2.提升专业能力"), (1, "（四）安全与家园共育"), (2, "1.抓实安全管理"),
                (2, "2.密切家园联系"), (0, "四、月工作安排"),
            ],
            indicators: [
                "幼儿出勤率 ge 92% 2026 -", "幼儿健康检查率 eq 100% 2026 -", "幼儿每天户外活动时间 ge 2小时 2026 -",
                "体育活动时间 ge 1小时 2026 -", "教师持证上岗率 eq 100% 2026 -", "保育员持证率 eq 100% 2026 -",
                "家长满意率 ge 95% 2026 -", "食堂食品留样率 eq 100% 2026 -", "每班创设区域活动角 ge 5个 2026 -",
                "幼儿每天自主游戏时间 ge 1小时 2026 -", "师德考核合格率 eq 100% 2026 -", "每名教师参加园本培训 ge 30学时 2026 -",
                "结对培养青年教师 eq 6名 2026 -", "家访率 eq 100% 2026 -",
            ],
            notIndicators: ["9个", "286人", "38人", "1次", "2次"],
            tasks: [
                ("完成全体幼儿春季体检", "保健室", "2026-03"),
                ("组织大班幼儿参观荻浦镇中心小学", "保教处", "2026-05"),
                ("做好开学准备", nil, "2026-02"),
                ("组织幼儿春季体检", nil, "2026-03"),
                ("举办春季亲子运动会", nil, "2026-04"),
                ("开展“六一”庆祝活动筹备", nil, "2026-05"),
                ("做好大班毕业典礼和学期总结工作", nil, "2026-06"),
            ],
            noise: [
                "原创 园办 荻浦镇中心幼儿园 2026年02月25日 17:40 芸川", "↑点击上方蓝字“荻浦镇中心幼儿园”关注我们", "NEW SEMESTER",
                "- END -", "文字｜园办  审核｜蒋晓岚", "长按识别二维码 关注我们", "阅读 586", "分享  收藏  点赞  在看", "写留言",
            ]),
        ExpectedPlan(
            name: "county summary and next year's plan on the county bureau's small-CMS site",
            text: BlindFixtures9.countySummaryAndPlanOnBureauCMS,
            headings: [
                (0, "一、2025年工作回顾"), (1, "（一）办学条件持续改善"), (1, "（二）教育质量稳步提升"), (1, "（三）教师队伍不断加强"),
                (1, "（四）校园安全平稳有序"), (0, "二、存在的不足"), (0, "三、2026年工作计划"), (1, "（一）目标任务"),
                (1, "（二）重点工作"), (2, "1.扩大学位供给"), (2, "2.推进县域教育共同体建设"), (2, "3.加强教师队伍建设"),
                (2, "4.提升学生综合素质"), (1, "（三）保障措施"),
            ],
            indicators: [
                "投入教育资金 eq 1.9亿元 2025 -", "改扩建农村幼儿园 eq 6所 2025 -", "新增学位 eq 1380个 2025 -",
                "义务教育巩固率 eq 99.4% 2025 全县", "普通高中本科上线率 eq 64.8% 2025 全县", "招聘教师 eq 96名 2025 -",
                "培训教师 eq 6200人次 2025 -", "学校视频监控覆盖率 eq 100% 2025 -",
                "学前三年毛入园率 eq 95% 2026 全县", "普惠性幼儿园覆盖率 ge 91% 2026 全县", "义务教育巩固率 ge 99.5% 2026 全县",
                "高中阶段毛入学率 eq 94.5% 2026 全县", "新增学位 eq 900个 2026 -", "新组建城乡学校共同体 eq 4个 2026 -",
                "乡镇学校平均班额 le 45人 2026 -", "公开招聘教师 approx 100名 2026 -", "紧缺学科教师 ge 25名 2026 -",
                "中小学生体质健康优良率 eq 55% 2026 -", "学生近视率 eq 0.5个百分点 2026 -", "教育经费投入 ge 4.8亿元 2026 -",
                "学校建设资金 eq 9000万元 2026 -",
            ],
            notIndicators: ["2.3个百分点", "3名", "38期", "380场次"],
            tasks: [
                ("开工建设菱湾县城东幼儿园", nil, "2026-05"),
                ("完成新教师招聘", "县教育局人事股", "2026-07"),
                ("完成全县中小学生体质健康测试数据上报", nil, "2026-09"),
                ("完成全县中小学校舍安全鉴定", nil, "2026"),
            ],
            noise: [
                "菱湾县教育局", "繁體版 | 无障碍 | 关怀版 | 网站支持IPv6", "首页  机构设置  教育动态  通知公告  政策文件  计划总结  招生考试  办事指南",
                "您所在的位置：首页 → 计划总结", "【发布日期：2026-01-16】【信息来源：县教育局办公室】【浏览次数：892】【字号：大 中 小】",
                "视力保护色：白 黄 绿 蓝 灰", "【打印】  【关闭】", "上一条：菱湾县2026年中小学寒假安全工作提示",
                "下一条：菱湾县教育局关于做好2026年春季学期开学工作的通知", "相关链接：芸川省教育厅  菱湾县人民政府  全国中小学生学籍信息管理系统",
                "主办单位：菱湾县教育局  技术支持：芸川云联网络科技有限公司", "政府网站标识码：0000000059  芸ICP备2026000033号-1",
            ]),
        ExpectedPlan(
            name: "city key points reposted on a 人民号-like platform with （N） items restarting per part",
            text: BlindFixtures9.cityKeyPointsOnPeoplesAccountRepost,
            headings: [
                (0, "一、加强党的全面领导"), (1, "（一）加强党的建设"), (1, "（二）推进思政课一体化建设"), (0, "二、推动基础教育扩优提质"),
                (1, "（一）扩大学前教育普惠资源"), (1, "（二）推进义务教育优质均衡"), (1, "（三）促进普通高中特色发展"),
                (0, "三、提高职业教育服务能力"), (1, "（一）深化产教融合"), (1, "（二）提升就业质量"),
                (0, "四、建设高素质专业化教师队伍"), (1, "（一）补充配齐教师"), (1, "（二）加强教师培训"), (0, "五、强化教育保障"),
                (1, "（一）加大经费投入"), (1, "（二）强化督导问责"),
            ],
            indicators: [
                "新创建市级党建品牌学校 eq 10所 2026 -", "建设大中小学思政课一体化共同体 eq 8个 2026 -",
                "新建公办幼儿园 eq 8所 2026 全市", "新增学位 eq 2700个 2026 全市", "普惠性幼儿园覆盖率 eq 94% 2026 全市",
                "新建、改扩建中小学 eq 12所 2026 -", "随迁子女在公办学校就读比例 ge 93% 2026 -", "新认定市级特色高中 eq 3所 2026 -",
                "普通高中本科上线率 eq 68% 2026 -", "新建市级产教融合实训基地 eq 5个 2026 -", "校企合作企业 eq 150家 2026 -",
                "中职毕业生就业升学率 ge 95% 2026 -", "公开招聘中小学教师 eq 520名 2026 全市", "乡村学校教师 ge 200名 2026 全市",
                "培训中小学校长和教师 eq 3.2万人次 2026 -", "每名教师年度培训 ge 72学时 2026 -", "教育经费投入 ge 38亿元 2026 全市",
            ],
            notIndicators: ["1次"],
            tasks: [
                ("加强党的建设", "机关党委", nil),
                ("举办全市中小学思政课教学展示活动", "德育科", "2026-04"),
                ("扩大学前教育普惠资源", "学前教育科", nil),
                ("建成蓍城市第九中学", "基础教育科", "2026-08"),
                ("深化产教融合", "职成教科", nil),
                ("完成全市中小学教师公开招聘笔试工作", "人事科", "2026-06"),
                ("完成对各县（市、区）政府履行教育职责评价", "督导室", "2026"),
            ],
            noise: [
                "民声号", "首页  |  推荐  |  地方  |  教育  |  下载APP", "蓍城教育", "2026-03-03 09:26  民声号", "关注",
                "本文为民声号作者上传并发布，仅代表作者观点，民声号仅提供信息发布平台。", "举报", "分享到：微信  微博  QQ", "推荐阅读",
                "蓍城市2026年义务教育招生入学政策问答", "蓍城市中小学“护学岗”全面上岗", "打开民声号APP，阅读更多精彩内容",
            ]),
        ExpectedPlan(
            name: "county 十五五 plan summary on a 原创力文档-like preview page with a 展开全文 cut",
            text: BlindFixtures9.countyFiveYearPlanOnPreviewSite,
            headings: [
                (0, "一、发展基础"), (0, "二、发展目标"), (1, "1.学前教育"), (1, "2.义务教育"), (1, "3.高中阶段教育"), (1, "4.教师队伍"),
                (0, "三、主要任务"), (1, "（一）扩大优质教育资源供给"), (2, "1.优化学校布局"), (2, "2.推进城乡一体化"),
                (1, "（二）提升教育教学质量"), (1, "（三）建设高素质教师队伍"), (0, "四、保障措施"), (1, "（一）加强组织领导"),
                (1, "（二）加大经费投入"),
            ],
            indicators: [
                "学前三年毛入园率 eq 93.8% 2025 全县 from 86.5@2020",
                "学前三年毛入园率 eq 97% 2030 全县", "普惠性幼儿园覆盖率 ge 93% 2030 全县", "九年义务教育巩固率 ge 99.7% 2030 -",
                "高中阶段教育毛入学率 ge 96% 2030 -", "普通高中本科上线率 eq 65% 2030 -",
                "中小学专任教师研究生学历比例 eq 10% 2030 - from 4.2@2025", "县级以上骨干教师 eq 650人 2030 -",
                "新建、改扩建中小学幼儿园 eq 18所 2030 -", "新增学位 eq 8400个 2030 -", "组建城乡教育共同体 eq 12个 2030 -",
                "乡村小规模学校办学条件达标率 eq 100% 2030 -", "建设县级学科教研基地 eq 15个 2030 -",
                "中小学生体质健康优良率 eq 62% 2030 -", "学生近视率 le 48% 2030 -", "每年补充中小学教师 approx 100名 2030 -",
                "每名教师五年一周期培训 ge 360学时 2030 -", "教育经费总投入 ge 36亿元 2030 全县", "教育基本建设投入 eq 8.5亿元 2030 全县",
            ],
            notIndicators: ["118所", "6.3万人", "4700人"],
            tasks: [
                ("全县通过国家义务教育优质均衡发展督导评估", nil, "2029"),
                ("完成《茭山县中小学幼儿园布局专项规划（2026—2035年）》编制", nil, "2026"),
                ("开展中期评估", "县教育局", "2028"),
            ],
            noise: [
                "知行文档", "首页 | 文档分类 | 精品专区 | 上传文档", "茭山县“十五五”教育事业发展规划（摘要）.docx", "VIP免费下载  |  收藏  |  举报",
                "约5800字  |  8页  |  2026-03-06发布  |  47人已浏览", "点击展开全文", "全文已阅读完毕，下载本文档可离线阅读编辑", "下载文档",
                "内容提供方：jsedu2026  大小：31.6KB  字数：约5.8千字  发布时间：2026-03-06  浏览人气：47  下载次数：仅上传者可见",
                "版权声明：本文档由用户上传，版权归上传者所有，本站仅提供信息存储空间服务。如有侵权，请联系删除。", "相关文档",
                "茭山县2026年教育工作要点.docx", "县域义务教育优质均衡发展规划（2026—2030年）.doc",
            ]),
    ]
}
