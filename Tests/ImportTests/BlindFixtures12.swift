import Foundation
@testable import PlanImport

/// A twelfth blind set: six ORDINARY plans of the genre, each as a user's select-all copy of the kind of page county staff
/// most often copy plans from, furniture included above, below and sometimes inside the plan. Invented content throughout
/// (fictional places 芃水县, 苕溪区, 蒹葭县, 菡塘镇 in 杜若县, 薜荔县 under 荼山市, 蘅芷县 in an invented 汀兰省; invented sites,
/// accounts, users, addresses, codes and numbers; no published sentence copied): a county bureau's 年度工作要点 on a 范文/工作
/// 计划 aggregator (青简范文网) with the editor's 导语 above and an "扩展阅读" line inside; a district 年度工作计划 on a document-
/// sharing site (云笈文库) with the viewer's "…docx_第N页 / 第N页 / 共N页" page headers and a "还剩N页未读，继续阅读" cut inside;
/// a county 工作要点 as the attachment of its notice in a county government portal's 信息公开 article (metadata box, 字号/打印/
/// 关闭 row, 附件下载, 扫一扫/分享, 相关链接, 主办/承办/网站标识码/ICP/公安备案 footer); a township central primary school's
/// 学期工作计划 as a WeChat article of the county bureau's account (杜若教育) copied from the browser, with the credits, 往期
/// 推荐, counters and 留言 below; a county 工作总结和下一年工作计划 on the city education bureau's own news page (荼山市教育局);
/// a county government office's notice with a 三年行动方案 pasted from a Word print (版头, 文号, the notice, a repeated 页眉
/// line and "— N —" page numbers, the 抄送/印发 block at the end).
/// Written without reading the importer's sources and without running the importer or any test; syntax checked with
/// `swiftc -parse` only.
/// Before writing, the stored public pages were searched for these kinds of site; few of them are stored, so layouts were
/// read only where found (nothing copied): 范文 aggregator article pages (a "时间 … 来源：网友投稿" line under the title); document-
/// sharing pages (上传人/文档编号/上传时间/格式/页数/大小 fields, a 下载声明 list, a viewer showing "name_第N页" above "第N页 / 共N页"
/// for every page, "点击查看更多>>", a "由会员分享，可在线阅读" line, 资源描述/内容简介, 收藏/分享/举报); document download platforms
/// (资源ID, 全文页数, 下载积分, 会员登录下载, 加入VIP); a district education bureau's 规划计划 page (the notice, its addressees, "见附件",
/// the attachment line, signature and date, the 附件 label and the plan under it); a county portal page with its long 信息公开
/// menu and a date/作者/点击数 line; a county education bureau's 信息公开 目录 (规划计划, 工作计划, 工作总结 as categories). No
/// WeChat article, no city bureau news page with 【打印本页】 and no Word print with page headers was found, so the rest of each
/// kind's furniture is reproduced from common knowledge in invented wording: aggregators (site name and slogan, search box,
/// menu, breadcrumb "网 > 工作计划 > 教育工作计划", 时间/来源/作者/浏览 line, the editor's 导语, an 扩展阅读 line, 本文链接, 上一篇/
/// 下一篇, 相关文章/猜你喜欢/热门推荐 lists, footer links, copyright, ICP); document-sharing sites (site name, menu, search box, the
/// file name with its extension as the page title, the 上传人/上传时间/格式/页数/字数/下载次数 line, 文档简介, score and 收藏/分享/
/// 举报 row, the viewer's page headers, the 继续阅读 cut, 阅读已结束, 下载本文档, the VIP prompt, a 版权说明, 相关文档, footer);
/// county portals (site name, menu, 当前位置, the metadata box 索引号/发布机构/名称/主题分类/发文日期/文号, the page heading,
/// 发布时间/来源/浏览次数, 字号 大 中 小/打印/关闭, 附件下载, 扫一扫在手机打开当前页, 分享到, 相关链接, 主办/承办, 网站标识码, ICP,
/// 公网安备, address and telephone); WeChat articles (title, 原创 with author and account, date and place, "点击蓝字 关注我们",
/// banner words, "— END —", 来源/编辑/审核/责任编辑, 往期推荐 with titles, 长按二维码关注, the account name, 阅读, 点赞/在看, 写留言,
/// 留言 with name, text, "place date 赞 N" and 作者回复); city bureau sites (name, 今天是 date line, 设为首页/加入收藏, the menu 网站
/// 首页/机构设置/政务公开/教育资讯/办事服务, 站内搜索, 您现在的位置, 发布日期/来源/点击数, 字体 row, 【打印本页】【关闭窗口】, 分享到,
/// 上一条/下一条, 版权所有/技术支持, 地址/电话/邮编, ICP and 网站标识码); Word prints (版头 "…文件", 文号, notice, 页眉 on every page
/// after the first, "— N —" at each page foot, 抄送 and "…办公室  date印发" at the end).
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
/// Set 11's note lines, copied as written there ("this set" meaning set 11) and followed here too:
/// Read the same way in this set: counts of 评比, 赛课 and 推进会 held are notIndicators like the counts listed above; a goal
/// line "（一）名称：…" keeps the part before the colon like "1.名称：…"; two deadline sentences before one owner bracket are two
/// tasks with that owner; a deadline with a written year keeps it in a multi-year plan; lines inside the plan that belong to
/// the page (an ad, a collaborator's cursor label, a 展开阅读全文 cut, a forum floor's header, buttons and "接上楼：") are noise.
/// Decided for this set: counts of 展示, 参观, 观摩, 研讨, 督查, 调度会, 视导 rounds, 送教下乡 events and 排查 rounds held are
/// notIndicators like the counts above; "稳定在…以上" → ge; a bracket "（牵头科室：A；配合科室：B）" names A as the lead; a document number
/// (6号) is a notIndicator. Inside the plan, a link card (its title and its "赞同 · 评论" line), an App cut, a print view's
/// "第 N 页 共 N 页" and a gazette's running header and page number are noise, each line listed every time it appears; a
/// sentence that runs on after a page break stays in its item. In the OA print view every line of the 发文稿纸 form is noise
/// (流水号, 文件标题, its 文号 field, 密级, 拟稿, 核稿, 会签, 签发, 主送, 抄送, 印发, 附件, the 正文 label) and so are 办理过程, the
/// page footers and 打印人/打印时间, while the document's own 文号, notice title, addressees, body, signature, date and
/// "（此件公开发布）" are kept. In the e-mail forward every mail line is noise — the mail name, folder and action rows, the
/// subject, the 发件人/时间/收件人/抄送/附件 headers, the forwarder's "各位领导：" greeting, his covering note (whose "1月16日前
/// 反馈" is no task of the plan), his name, office and telephone, the "原始邮件" separator, the quoted headers with 主题, the
/// attachment list, buttons and footer — while the report's own title, signature (柚岭县教育局) and date are kept. In the
/// announcement the announcement's title is the plan's title and kept; the sender's covering note is noise. The reposter's
/// source note at the head of the 知乎-like article is noise.
/// Decided for set 12 (this set): counts of 艺术节/体育节 and of 质量监测 held are notIndicators like the counts above; a
/// threshold inside a name ("56人以上大班额") is a notIndicator; a per-person requirement ("每名班主任家访不少于15户", "每名
/// 教师每学期听课不少于20节") is an indicator keeping 每名/每学期; a numbered goal sentence with no lead phrase ("1.学生巩固率
/// 保持100%，…") is a heading made of the whole line less its 。, as in the earlier sets; a vision sentence "到2028年，…显著提升"
/// with no action is no task; the key phrase of a month line is its first clause.
/// A page's own title line that is the plan's title (the aggregator's, the WeChat article's, the city site's) is the plan's
/// title and kept, while the document-sharing site's file name with ".docx" is noise and the document's own title on its
/// first page is kept. Inside the plan, the aggregator's "扩展阅读：" line, the viewer's "…docx_第N页" and "第N页 / 共N页"
/// headers, the "还剩N页未读，继续阅读" cut, a Word print's 页眉 line (the plan's short name, repeated on every page after the
/// first) and each "— N —" page number are noise, each listed every time it appears. In the portal article every line of the
/// metadata box (索引号, 发布机构, 名称, 主题分类, 发文日期, 文号) is noise even where it repeats the notice, and so are 发布时间/来源/
/// 浏览次数, the 字号/打印/关闭 row and the portal's "附件下载：….docx" line; the page heading (the notice's title), the notice's
/// 文号, addressees, body, its "附件：…" line, signature, date, "（此件公开发布）" and the "附件" label above the plan's title are
/// kept. In the WeChat article the 原创 line, the date and place line, "点击蓝字 关注我们", the banner words, "— END —", the
/// credits (来源/编辑/审核/责任编辑), 往期推荐 and its titles, the QR line, the account name, the counters, 写留言, 留言 and every
/// line of a comment (name, text, "place date 赞 N", 作者回复) are noise. In the Word print the 版头 "…文件", the 文号, the notice
/// with its signature, date and "（此件公开发布）", and the closing 抄送 and "…办公室  date印发" lines are the document's and kept.
/// The signature and date under a plan or a summary are kept and are no task.
enum BlindFixtures12 {
    /// A county bureau's 年度工作要点 on a 范文/工作计划 aggregator (青简范文网): the site name with its slogan, the search box, the
    /// menu and the breadcrumb above the title, the 时间/来源/作者/浏览 line and the editor's 导语 under it; the 总体思路
    /// introduction, 一、主要目标 as one paragraph with 全县 (以上 twice), 二、重点工作 with six "（N）lead。body" items (owner
    /// brackets （责任股室：…）, two with no deadline, a deadline sentence before one, "由…牵头", 城区 in mid-sentence, a count of
    /// 视导 rounds and drills), 三、工作保障 with two lead phrases (全年, 年底前, a count of 督导); an "扩展阅读：" line between （二）
    /// and （三）; 本文链接, 上一篇/下一篇, the 相关文章/猜你喜欢/热门推荐 lists, the footer links, copyright and ICP below.
    static let countyKeyPointsOnEssayAggregator = """
        青简范文网  专注范文写作参考
        请输入关键词  搜索
        首页  工作总结  工作计划  心得体会  述职报告  讲话稿  合同范本  作文
        青简范文网 > 工作计划 > 教育工作计划
        芃水县教育局2026年教育工作要点
        时间：2026-02-11 15:36  来源：网友投稿  作者：青简小编  浏览：2871次
        导语：新的一年，教育工作怎样谋篇布局？下面是青简范文网小编为大家整理的芃水县教育局2026年教育工作要点，供大家学习参考。
        2026年全县教育工作的总体思路是：以办好人民满意的教育为宗旨，坚持优先发展、扩优提质、改革创新、守正安全，全力推动芃水教育高质量发展。
        一、主要目标
        全县学前三年毛入园率达到96%，公办园在园幼儿占比保持在55%以上，义务教育巩固率达到99.5%，高中阶段毛入学率达到95%以上。
        二、重点工作
        （一）加强党的建设。深化“一校一品”党建品牌创建，新培育县级党建示范学校6所。（责任股室：机关党支部）
        （二）扩大学前教育资源。新建公办幼儿园2所，新增学位720个。8月底前建成芃水县城南幼儿园并投入使用。（责任股室：计划财务股）
        扩展阅读：县教育局2026年工作要点（精选3篇）
        （三）推进义务教育优质均衡。组建城乡学校共同体10个，城区小学平均班额控制在45人以内。
        （四）提升教育教学质量。普通高中本科上线率力争达到62%，中小学生体质健康优良率达到58%以上，开展县级教学视导2轮。
        （五）建设高素质教师队伍。招聘教师110名左右，其中乡村学校教师不少于60名。由县教育局人事股牵头，7月底前完成新教师招聘和岗前培训。
        （六）守牢校园安全底线。学校“一键报警”装置覆盖率保持100%，每学期开展2次应急疏散演练。（责任股室：安全稳定股）
        三、工作保障
        （一）强化经费保障。全年教育经费投入不低于4.6亿元。年底前完成全县中小学教室照明改造。
        （二）强化督导考核。将重点工作完成情况纳入学校年度考核，每季度开展1次专项督导。
        本文链接：https://www.qingjianfw.example.com/jihua/jiaoyu/58231.html
        上一篇：2026年小学德育工作计划（精选5篇）
        下一篇：乡镇中心学校2026年春季学期工作计划
        相关文章
        县教育局2026年工作要点范文
        教育局年度工作计划模板（通用版）
        2025年县教育局工作总结及2026年工作思路
        猜你喜欢
        学校安全工作计划2026年
        幼儿园春季园务工作计划
        热门推荐
        2026年党支部工作要点（最新）
        个人年度工作计划怎么写
        关于本站 | 联系我们 | 免责声明 | 网站地图
        Copyright © 2016-2026 青简范文网 版权所有
        汀ICP备2026001357号-1
        """

    /// A district 年度工作计划 on a document-sharing site (云笈文库): the site name, menu and search box, the file name with
    /// ".docx" as the page title, the 上传人/上传时间/格式/页数/字数/下载次数 line, 文档简介 and the score row above the viewer; the
    /// viewer's "…docx_第N页" and "第N页 / 共4页" headers at the top of each of the four pages (one between （一）'s title line and
    /// its first item), a "还剩2页未读，继续阅读" cut between pages 2 and 3; the document's own title, introduction, 一、指导思想,
    /// 二、工作目标 with three "N.名称：…" goal lines (全区 with 以上, a standalone point fall, a baseline with its year), 三、 with
    /// （一）…（四） titles alone on their lines over "N.lead。body" items (（牵头科室：…） brackets, one with no deadline, "由…牵头",
    /// a count of 观摩), 四、保障措施 with two lead phrases (a count of 推进会, 全年, a month deadline), the signature and date;
    /// 阅读已结束, 下载本文档, the VIP prompt, 版权说明, 相关文档 with four files and the footer below.
    static let districtPlanOnDocumentSharingSite = """
        云笈文库
        首页  分类  精品文档  VIP专区  上传文档
        搜索文档标题、关键词
        苕溪区教育局2026年教育工作计划.docx
        上传人：溪畔拾光  上传时间：2026-03-04  格式：DOCX  页数：4  字数：2156  下载次数：318
        文档简介：本文档为苕溪区教育局2026年度教育工作计划，包括指导思想、工作目标、重点任务和保障措施，可供教育系统工作人员参考。
        4.5分（126人评价）  收藏  分享  举报
        苕溪区教育局2026年教育工作计划.docx_第1页
        第1页 / 共4页
        苕溪区教育局2026年教育工作计划
        2026年，区教育局将紧紧围绕建设“品质教育强区”目标，聚焦扩容提质、改革创新和队伍建设，努力办好人民满意的教育。现制定本计划如下。
        一、指导思想
        坚持以立德树人为根本任务，以促进公平和提高质量为重点，深化教育综合改革，推动全区教育优质均衡发展。
        二、工作目标
        1.普及目标：全区学前三年毛入园率达到98.5%，残疾儿童少年义务教育入学率保持在97%以上。
        2.质量目标：初中学业水平考试合格率达到93%，中小学生近视率较上年下降1个百分点。
        3.队伍目标：区级以上骨干教师达到650人，专任教师本科及以上学历比例由2025年的86%提高到90%。
        三、重点任务
        （一）扩大优质学位供给
        苕溪区教育局2026年教育工作计划.docx_第2页
        第2页 / 共4页
        1.推进学校建设。新建、改扩建中小学4所，新增学位2880个。8月底前建成苕溪区实验第二小学。（牵头科室：规划建设科）
        2.推进集团化办学。新组建教育集团5个，集团化办学覆盖率达到85%。
        （二）提升育人质量
        1.深化课堂教学改革。遴选区级精品课例150节，开展课堂教学观摩2次。
        2.加强体育和心理健康教育。中小学生每天综合体育活动时间不少于2小时，心理健康教育专职教师配备率达到100%。（牵头科室：体卫艺科）
        还剩2页未读，继续阅读
        苕溪区教育局2026年教育工作计划.docx_第3页
        第3页 / 共4页
        （三）建强教师队伍
        1.补充教师。公开招聘教师160名左右，其中紧缺学科教师不少于40名。6月底前完成教师招聘笔试。（牵头科室：人事科）
        2.加强培训。每名教师年度培训不少于72学时，新建区级名师工作室10个。
        （四）守护校园安全
        1.强化安全管理。校园食品安全“互联网+明厨亮灶”覆盖率保持100%。由区教育局安全科牵头，5月底前完成校园周边交通安全设施排查整治。
        苕溪区教育局2026年教育工作计划.docx_第4页
        第4页 / 共4页
        四、保障措施
        （一）强化组织保障。各科室要细化任务分工，每半年召开1次工作推进会。
        （二）强化经费保障。全年教育经费支出不低于9.5亿元。10月底前完成全区中小学食堂改造提升。
        苕溪区教育局
        2026年1月8日
        阅读已结束，下载本文档可编辑全文
        下载本文档
        开通VIP，海量文档免费下载
        版权说明：文档由网友上传分享，如有侵权请联系平台删除
        相关文档
        苕溪区2025年教育工作总结.docx
        区教育局2026年工作计划（范本）.doc
        小学2026年春季学期工作计划.docx
        教育局年度工作计划汇报PPT.pptx
        云笈文库  ©2026  汀ICP备2025004417号
        """

    /// A county 工作要点 as the attachment of its notice in a county government portal's 信息公开 article: the site name and
    /// menu, the 当前位置 breadcrumb and the metadata box (索引号, 发布机构, 名称, 主题分类, 发文日期, 文号) above the page heading
    /// (the notice's title), the 发布时间/来源/浏览次数 line and the 字号/打印/关闭 row under it; the notice (文号, addressees, one
    /// sentence, its "附件：…" line, signature, date, "（此件公开发布）"), the "附件" label and the plan's title; the 要点 with its
    /// introduction and four parts over items 1.…9. numbered straight through as "N.lead。body" (（责任股室：…） brackets, one with
    /// no deadline, 全县 before two clauses, "由…牵头", counts of 艺术节/体育节 and of 排查 held, 全年, 年底前); the portal's 附件下载
    /// line, 扫一扫, 分享到, 相关链接 with two titles and the footer (主办/承办, 网站标识码 with ICP, 公网安备, address) below.
    static let countyKeyPointsUnderNoticeOnGovernmentPortal = """
        蒹葭县人民政府
        首页  政务公开  政务服务  互动交流  走进蒹葭
        当前位置：首页 > 政务公开 > 政府信息公开 > 县教育局 > 规划计划
        索引号：11522731MB0000437X/2026-00037
        发布机构：蒹葭县教育局
        名称：蒹葭县教育局关于印发《蒹葭县2026年教育工作要点》的通知
        主题分类：教育
        发文日期：2026-02-20
        文号：蒹教发〔2026〕4号
        蒹葭县教育局关于印发《蒹葭县2026年教育工作要点》的通知
        发布时间：2026-02-24 09:30  来源：蒹葭县教育局  浏览次数：1462
        字号：大  中  小  |  打印  |  关闭
        蒹教发〔2026〕4号
        各乡镇中心学校，县直各学校、幼儿园，局机关各股室：
        现将《蒹葭县2026年教育工作要点》印发给你们，请结合工作实际，认真抓好贯彻落实。
        附件：蒹葭县2026年教育工作要点
        蒹葭县教育局
        2026年2月20日
        （此件公开发布）
        附件
        蒹葭县2026年教育工作要点
        2026年是“十五五”开局之年。全县教育工作要以建设教育强县为统领，坚持立德树人、均衡发展、改革创新、安全稳定，奋力开创蒹葭教育高质量发展新局面。
        一、加强党建引领，落实立德树人根本任务
        1.强化党组织建设。推进中小学校党组织领导的校长负责制落地见效，创建县级“红烛先锋”党建品牌8个。（责任股室：党建办）
        2.深化“五育”并举。中小学生体质健康达标率达到93%以上，每所学校每学期至少举办1次艺术节或体育节。
        二、促进各类教育协调发展
        3.推进学前教育普惠发展。全县普惠性幼儿园覆盖率达到93%，新增公办学位540个。7月底前完成蒹葭县第二幼儿园改扩建工程。（责任股室：学前教育股）
        4.推进义务教育优质均衡。实施农村薄弱学校改造项目6个，乡镇寄宿制学校标准化达标率达到90%。
        5.办好普通高中和职业教育。普通高中本科上线率力争达到58%，县职教中心对口升学率达到45%。
        三、建设高素质专业化教师队伍
        6.加强师德师风建设。师德师风负面清单知晓率达到100%。
        7.优化教师配置。招聘教师85名左右，校长教师交流轮岗比例不低于12%。由县教育局人事股牵头，8月底前完成义务教育学校校长教师交流轮岗。
        四、守牢安全稳定底线
        8.强化校园安全管理。中小学幼儿园专职保安配备率保持100%，每月开展1次校园安全隐患排查。
        9.加强经费保障。全年教育经费投入不低于3.9亿元。年底前完成全县中小学校园网络提速改造。（责任股室：计划财务股）
        附件下载：蒹葭县2026年教育工作要点.docx
        扫一扫在手机打开当前页
        分享到：微信  微博  QQ空间
        相关链接
        蒹葭县教育局2025年工作总结
        蒹葭县2026年春季学期开学工作方案
        主办：蒹葭县人民政府办公室  承办：蒹葭县融媒体中心
        网站标识码：5227310003  汀ICP备2022006135号-2
        汀公网安备 52273102000087号
        地址：蒹葭县人民路88号  电话：0000-7325011
        """

    /// A township central primary school's 学期工作计划 as a WeChat article of the county bureau's account (杜若教育) copied
    /// from the browser: the article title (the plan's title), the 原创 line with the author and the account, the date and
    /// place line, "点击蓝字 关注我们" and the banner words above the plan; the introduction with stock counts, 一、指导思想,
    /// 二、工作目标 with three numbered goal sentences (a standalone point rise), 三、 with （一）…（三） titles alone on their lines
    /// over "N.lead。body" items (（责任部门：…） after the deadline sentence, per-person requirements, counts of checks and
    /// drills), 四、月工作安排 with one "N月：…" line per month; "— END —", the 来源/编辑/审核/责任编辑 credits, 往期推荐 with three
    /// titles, the QR line and the account name, the 阅读 and 点赞/在看 counters, 写留言, 留言 and two comments (one with the
    /// author's reply) below.
    static let schoolTermPlanAsBureauWeChatArticle = """
        杜若县菡塘镇中心小学2026年春季学期工作计划
        原创  菡塘镇中心小学  杜若教育
        2026年02月27日 18:06  汀兰
        点击蓝字  关注我们
        新学期  新气象  新作为
        本学期，我校将以“办温馨乡村学校”为目标，坚持立德树人，聚焦教学质量提升，扎实做好各项工作。全校现有教学班18个，学生712人，教职工56人。
        一、指导思想
        以新课程标准为引领，深化课堂教学改革，落实“双减”要求，促进学生德智体美劳全面发展。
        二、工作目标
        1.学生巩固率保持100%，学生体质健康合格率达到95%以上。
        2.各学科期末质量检测合格率达到92%，优秀率较上学期提高2个百分点。
        3.创建县级书香校园，全年无重大安全责任事故。
        三、主要工作
        （一）德育工作
        1.加强养成教育。开展“文明礼仪月”活动，坚持每周一举行升旗仪式。
        2.推进家校共育。3月底前召开全校家长会，每名班主任家访不少于15户。（责任部门：德育处）
        （二）教学工作
        1.抓实常规管理。每月开展1次教学常规检查，教师集体备课参与率达到100%。
        2.深化课堂改革。每名教师每学期听课不少于20节，4月底前完成校级青年教师赛课。（责任部门：教导处）
        3.落实“双减”要求。课后服务学生参与率达到95%以上，书面作业平均完成时间控制在50分钟以内。
        （三）安全与后勤
        1.强化安全教育。每学期开展2次应急疏散演练，5月底前完成防溺水专题教育。（责任部门：安全办）
        2.做好营养改善计划。学生营养餐供餐率保持100%。
        四、月工作安排
        2月：做好开学准备，开展开学安全大检查。
        3月：召开家长会，开展学雷锋志愿服务活动。
        4月：举行春季田径运动会。
        5月：开展防溺水专题教育。
        6月：组织期末质量检测，做好学期总结。
        — END —
        来源：菡塘镇中心小学
        编辑：林语桐
        审核：沈怀瑾
        责任编辑：周砚秋
        往期推荐
        杜若县召开2026年全县教育工作会议
        寒假“安全第一课”，这些要点请收好
        杜若县2026年春季开学温馨提示
        长按二维码关注我们
        杜若教育
        阅读 3621
        点赞 58  在看 24
        写留言
        留言
        星河长明
        孩子今年上三年级，希望课后服务多安排一些阅读活动。
        汀兰  2月27日  赞 12
        作者回复：感谢您的建议，已转学校参考。
        稻香妈妈
        学校安排得很细致，为老师们点赞！
        汀兰  2月28日  赞 5
        """

    /// A county 工作总结和下一年工作计划 on the city education bureau's own news page (荼山市教育局): the site name, the 今天是
    /// date line, 设为首页/加入收藏, the menu 网站首页/机构设置/政务公开/教育资讯/办事服务, 站内搜索 and 您现在的位置 above the title,
    /// the 发布日期/来源/点击数 line and the 字体 row under it; the introduction, the summary's （一）…（四） "lead。body" paragraphs
    /// with the past year's figures (全年 in a name, 全县 before two clauses, a point rise beside its value, counts of 送教下乡
    /// events and 排查 rounds), a 不足 part with 一是…三是…, the plan half with （一）工作目标 (全县), （二）重点工作 over 1.…5. lead
    /// phrases (an owner bracket after a deadline, 城区 with a threshold inside a name, a 其中 part, "由…牵头", an owner bracket
    /// with no deadline) and （三）保障措施 with 全年 and 年底前, the signature and date; 【打印本页】【关闭窗口】, 分享到, 上一条/下一条
    /// and the footer (版权所有/技术支持, 地址/电话/邮编, ICP/网站标识码) below.
    static let countySummaryAndPlanOnCityBureauSite = """
        荼山市教育局
        今天是：2026年3月5日 星期四
        设为首页  |  加入收藏  |  无障碍浏览
        网站首页 | 机构设置 | 政务公开 | 教育资讯 | 办事服务 | 互动交流
        站内搜索：请输入关键字  搜索
        您现在的位置：网站首页 > 教育资讯 > 县区动态
        薜荔县教育局2025年工作总结和2026年工作计划
        发布日期：2026-01-20  来源：薜荔县教育局  点击数：857
        字体：【大】【中】【小】
        2025年，薜荔县教育局紧扣“办好家门口每一所学校”目标，统筹推进各项工作，全县教育事业取得新进展。现将有关情况报告如下。
        一、2025年工作总结
        （一）办学条件明显改善。全年完成教育投资2.6亿元，新建城东小学，改造农村学校运动场11个，新增学位1620个。
        （二）教育质量稳步提高。全县义务教育巩固率达到99.2%，普通高中本科上线率达到55.6%，较上年提高1.8个百分点。
        （三）教师队伍持续加强。招聘教师96名，培训教师5200人次，举办送教下乡活动12场次。
        （四）安全稳定扎实有效。开展校园安全隐患排查5轮，全年未发生重大安全责任事故。
        二、存在的不足
        一是学前教育公办资源仍然不足；二是城区学校大班额问题尚未完全化解；三是教师年龄结构老化，紧缺学科教师不足。
        三、2026年工作计划
        （一）工作目标。全县学前三年毛入园率达到95%，义务教育巩固率保持在99.3%以上，普通高中本科上线率达到57%。
        （二）重点工作
        1.扩充学前教育资源。新建公办幼儿园2所，新增学位630个。9月底前建成薜荔县第四幼儿园。（责任股室：基础教育股）
        2.化解城区大班额。城区小学56人以上大班额全部消除，初中平均班额控制在50人以内。
        3.加强教师队伍建设。招聘教师100名左右，其中公费师范生不少于30名。由县教育局人事股牵头，8月底前完成新招聘教师岗位分配。
        4.提升教育信息化水平。建成智慧教室80间，中小学千兆网络接入率达到100%。
        5.深化“双减”工作。课后服务学生参与率达到95%以上。（责任股室：基础教育股）
        （三）保障措施
        强化经费保障，全年教育经费投入不低于5.2亿元。年底前完成全县中小学安防设施提档升级。
        薜荔县教育局
        2026年1月15日
        【打印本页】【关闭窗口】
        分享到：微信  微博  QQ空间
        上一条：荼山市召开2026年寒假校园安全工作部署会
        下一条：苕溪区多措并举推进课后服务提质增效
        版权所有：荼山市教育局  技术支持：荼山市教育信息中心
        地址：荼山市滨江路166号  电话：0000-8216035  邮编：000316
        汀ICP备2024002871号  网站标识码：5227000021
        """

    /// A county government office's notice with a 三年行动方案 (2026—2028) pasted from a Word print: the 版头 "…文件", the
    /// 文号, the notice's title, addressees, one sentence, signature, date and "（此件公开发布）" on the first page; a "— N —" page
    /// number at each page foot and the 页眉 line (the plan's short name) at the top of pages 2–4, the first one directly above
    /// the plan's full title and one falling between the two items of （三）; the introduction, 一、工作目标 with a vision
    /// sentence and a "具体目标如下：" colon line over three "（N）lead。body" goal lines (全县 before two clauses, 每百名, a
    /// baseline with its year), 二、重点任务 with （一）…（三） titles alone on their lines over "N.lead。body" items (deadlines with
    /// a written year and month, owner brackets naming two and three units, one with no deadline, 每年 in a name, a count of
    /// 质量监测), 三、保障措施 with three lead phrases (a count of 调度会, a 其中 part after 全县, a deadline with its year and month
    /// under an owner bracket); the document's 抄送 and "…办公室  date印发" lines before the last page number.
    static let countyThreeYearActionPlanPastedFromWord = """
        蘅芷县人民政府办公室文件
        蘅政办发〔2026〕9号
        蘅芷县人民政府办公室关于印发《蘅芷县义务教育优质均衡发展三年行动方案（2026—2028年）》的通知
        各乡镇人民政府，县直有关部门：
        《蘅芷县义务教育优质均衡发展三年行动方案（2026—2028年）》已经县人民政府同意，现印发给你们，请认真组织实施。
        蘅芷县人民政府办公室
        2026年3月10日
        （此件公开发布）
        — 1 —
        蘅芷县义务教育优质均衡发展三年行动方案
        蘅芷县义务教育优质均衡发展三年行动方案（2026—2028年）
        为推动全县义务教育由基本均衡向优质均衡迈进，结合我县实际，制定本方案。
        一、工作目标
        到2028年，全县义务教育优质均衡发展水平显著提升，人民群众对义务教育的满意度明显提高。具体目标如下：
        （一）办学条件。全县义务教育学校标准化建设达标率达到100%，小学平均班额控制在42人以内。
        （二）师资配备。每百名学生拥有县级以上骨干教师达到1.2人，教师交流轮岗比例不低于15%。
        （三）教育质量。义务教育巩固率由2025年的98.9%提高到99.6%，学生体质健康优良率达到60%以上。
        — 2 —
        蘅芷县义务教育优质均衡发展三年行动方案
        二、重点任务
        （一）优化学校布局
        1.实施学校建设工程。新建、改扩建义务教育学校9所，新增学位5400个。2027年8月底前建成蘅芷县第三实验小学。（责任单位：县教育局、县发展改革局）
        2.推进寄宿制学校建设。改善乡镇寄宿制学校住宿条件，寄宿生床位达标率达到100%。
        （二）加强教师队伍建设
        1.补足配齐教师。每年招聘义务教育学校教师不少于80名，音体美等紧缺学科教师配备率达到100%。（责任单位：县教育局、县委编办、县人社局）
        2.提升教师素质。培训教师1.2万人次，培育县级名师60名。
        （三）提高教育教学质量
        1.深化课堂改革。建设县级课堂教学改革实验校20所，每年开展1次县域义务教育质量监测。
        — 3 —
        蘅芷县义务教育优质均衡发展三年行动方案
        2.落实“双减”政策。课后服务覆盖率保持100%。2026年底前实现城乡学校结对帮扶全覆盖。（责任单位：县教育局）
        三、保障措施
        （一）加强组织领导。成立县义务教育优质均衡发展工作领导小组，每半年召开1次专题调度会。
        （二）加大经费投入。全县义务教育优质均衡专项投入不低于4.5亿元，其中学校建设投入2.8亿元。
        （三）强化督导考核。将方案实施情况纳入乡镇和部门年度考核。2027年6月底前完成中期评估。（责任单位：县政府教育督导室）
        抄送：县委办公室，县人大常委会办公室，县政协办公室。
        蘅芷县人民政府办公室                2026年3月10日印发
        — 4 —
        """

    static let expected: [ExpectedPlan] = [
        ExpectedPlan(
            name: "county key points on a 范文/工作计划 aggregator with the editor's 导语 and an 扩展阅读 line inside",
            text: BlindFixtures12.countyKeyPointsOnEssayAggregator,
            headings: [
                (0, "一、主要目标"), (0, "二、重点工作"), (1, "（一）加强党的建设"), (1, "（二）扩大学前教育资源"),
                (1, "（三）推进义务教育优质均衡"), (1, "（四）提升教育教学质量"), (1, "（五）建设高素质教师队伍"),
                (1, "（六）守牢校园安全底线"), (0, "三、工作保障"), (1, "（一）强化经费保障"), (1, "（二）强化督导考核"),
            ],
            indicators: [
                "学前三年毛入园率 eq 96% 2026 全县", "公办园在园幼儿占比 ge 55% 2026 全县", "义务教育巩固率 eq 99.5% 2026 全县",
                "高中阶段毛入学率 ge 95% 2026 全县", "新培育县级党建示范学校 eq 6所 2026 -", "新建公办幼儿园 eq 2所 2026 -",
                "新增学位 eq 720个 2026 -", "组建城乡学校共同体 eq 10个 2026 -", "小学平均班额 le 45人 2026 城区",
                "普通高中本科上线率 eq 62% 2026 -", "中小学生体质健康优良率 ge 58% 2026 -", "招聘教师 approx 110名 2026 -",
                "乡村学校教师 ge 60名 2026 -", "学校“一键报警”装置覆盖率 eq 100% 2026 -", "教育经费投入 ge 4.6亿元 2026 -",
            ],
            notIndicators: ["2轮", "2次", "1次"],
            tasks: [
                ("加强党的建设", "机关党支部", nil),
                ("建成芃水县城南幼儿园", "计划财务股", "2026-08"),
                ("完成新教师招聘和岗前培训", "县教育局人事股", "2026-07"),
                ("守牢校园安全底线", "安全稳定股", nil),
                ("完成全县中小学教室照明改造", nil, "2026"),
            ],
            noise: [
                "青简范文网  专注范文写作参考", "请输入关键词  搜索", "首页  工作总结  工作计划  心得体会  述职报告  讲话稿  合同范本  作文",
                "青简范文网 > 工作计划 > 教育工作计划", "时间：2026-02-11 15:36  来源：网友投稿  作者：青简小编  浏览：2871次",
                "导语：新的一年，教育工作怎样谋篇布局？下面是青简范文网小编为大家整理的芃水县教育局2026年教育工作要点，供大家学习参考。",
                "扩展阅读：县教育局2026年工作要点（精选3篇）",
                "本文链接：https://www.qingjianfw.example.com/jihua/jiaoyu/58231.html", "上一篇：2026年小学德育工作计划（精选5篇）",
                "下一篇：乡镇中心学校2026年春季学期工作计划", "相关文章", "县教育局2026年工作要点范文", "教育局年度工作计划模板（通用版）",
                "2025年县教育局工作总结及2026年工作思路", "猜你喜欢", "学校安全工作计划2026年", "幼儿园春季园务工作计划", "热门推荐",
                "2026年党支部工作要点（最新）", "个人年度工作计划怎么写", "关于本站 | 联系我们 | 免责声明 | 网站地图",
                "Copyright © 2016-2026 青简范文网 版权所有", "汀ICP备2026001357号-1",
            ]),
        ExpectedPlan(
            name: "district annual plan on a document-sharing site with viewer page headers and a 继续阅读 cut inside",
            text: BlindFixtures12.districtPlanOnDocumentSharingSite,
            headings: [
                (0, "一、指导思想"), (0, "二、工作目标"), (1, "1.普及目标"), (1, "2.质量目标"), (1, "3.队伍目标"), (0, "三、重点任务"),
                (1, "（一）扩大优质学位供给"), (2, "1.推进学校建设"), (2, "2.推进集团化办学"), (1, "（二）提升育人质量"),
                (2, "1.深化课堂教学改革"), (2, "2.加强体育和心理健康教育"), (1, "（三）建强教师队伍"), (2, "1.补充教师"),
                (2, "2.加强培训"), (1, "（四）守护校园安全"), (2, "1.强化安全管理"), (0, "四、保障措施"), (1, "（一）强化组织保障"),
                (1, "（二）强化经费保障"),
            ],
            indicators: [
                "学前三年毛入园率 eq 98.5% 2026 全区", "残疾儿童少年义务教育入学率 ge 97% 2026 全区",
                "初中学业水平考试合格率 eq 93% 2026 -", "中小学生近视率 eq 1个百分点 2026 -", "区级以上骨干教师 eq 650人 2026 -",
                "专任教师本科及以上学历比例 eq 90% 2026 - from 86@2025", "新建、改扩建中小学 eq 4所 2026 -",
                "新增学位 eq 2880个 2026 -", "新组建教育集团 eq 5个 2026 -", "集团化办学覆盖率 eq 85% 2026 -",
                "遴选区级精品课例 eq 150节 2026 -", "中小学生每天综合体育活动时间 ge 2小时 2026 -",
                "心理健康教育专职教师配备率 eq 100% 2026 -", "公开招聘教师 approx 160名 2026 -", "紧缺学科教师 ge 40名 2026 -",
                "每名教师年度培训 ge 72学时 2026 -", "新建区级名师工作室 eq 10个 2026 -",
                "校园食品安全“互联网+明厨亮灶”覆盖率 eq 100% 2026 -", "教育经费支出 ge 9.5亿元 2026 -",
            ],
            notIndicators: ["2次", "1次"],
            tasks: [
                ("建成苕溪区实验第二小学", "规划建设科", "2026-08"),
                ("加强体育和心理健康教育", "体卫艺科", nil),
                ("完成教师招聘笔试", "人事科", "2026-06"),
                ("完成校园周边交通安全设施排查整治", "区教育局安全科", "2026-05"),
                ("完成全区中小学食堂改造提升", nil, "2026-10"),
            ],
            noise: [
                "云笈文库", "首页  分类  精品文档  VIP专区  上传文档", "搜索文档标题、关键词", "苕溪区教育局2026年教育工作计划.docx",
                "上传人：溪畔拾光  上传时间：2026-03-04  格式：DOCX  页数：4  字数：2156  下载次数：318",
                "文档简介：本文档为苕溪区教育局2026年度教育工作计划，包括指导思想、工作目标、重点任务和保障措施，可供教育系统工作人员参考。",
                "4.5分（126人评价）  收藏  分享  举报", "苕溪区教育局2026年教育工作计划.docx_第1页", "第1页 / 共4页",
                "苕溪区教育局2026年教育工作计划.docx_第2页", "第2页 / 共4页", "还剩2页未读，继续阅读",
                "苕溪区教育局2026年教育工作计划.docx_第3页", "第3页 / 共4页", "苕溪区教育局2026年教育工作计划.docx_第4页",
                "第4页 / 共4页", "阅读已结束，下载本文档可编辑全文", "下载本文档", "开通VIP，海量文档免费下载",
                "版权说明：文档由网友上传分享，如有侵权请联系平台删除", "相关文档", "苕溪区2025年教育工作总结.docx",
                "区教育局2026年工作计划（范本）.doc", "小学2026年春季学期工作计划.docx", "教育局年度工作计划汇报PPT.pptx",
                "云笈文库  ©2026  汀ICP备2025004417号",
            ]),
        ExpectedPlan(
            name: "county key points as the attachment of its notice in a county government portal's 信息公开 article",
            text: BlindFixtures12.countyKeyPointsUnderNoticeOnGovernmentPortal,
            headings: [
                (0, "一、加强党建引领，落实立德树人根本任务"), (1, "1.强化党组织建设"), (1, "2.深化“五育”并举"),
                (0, "二、促进各类教育协调发展"), (1, "3.推进学前教育普惠发展"), (1, "4.推进义务教育优质均衡"),
                (1, "5.办好普通高中和职业教育"), (0, "三、建设高素质专业化教师队伍"), (1, "6.加强师德师风建设"),
                (1, "7.优化教师配置"), (0, "四、守牢安全稳定底线"), (1, "8.强化校园安全管理"), (1, "9.加强经费保障"),
            ],
            indicators: [
                "创建县级“红烛先锋”党建品牌 eq 8个 2026 -", "中小学生体质健康达标率 ge 93% 2026 -",
                "普惠性幼儿园覆盖率 eq 93% 2026 全县", "新增公办学位 eq 540个 2026 全县", "实施农村薄弱学校改造项目 eq 6个 2026 -",
                "乡镇寄宿制学校标准化达标率 eq 90% 2026 -", "普通高中本科上线率 eq 58% 2026 -", "县职教中心对口升学率 eq 45% 2026 -",
                "师德师风负面清单知晓率 eq 100% 2026 -", "招聘教师 approx 85名 2026 -", "校长教师交流轮岗比例 ge 12% 2026 -",
                "中小学幼儿园专职保安配备率 eq 100% 2026 -", "教育经费投入 ge 3.9亿元 2026 -",
            ],
            notIndicators: ["4号", "1次"],
            tasks: [
                ("强化党组织建设", "党建办", nil),
                ("完成蒹葭县第二幼儿园改扩建工程", "学前教育股", "2026-07"),
                ("完成义务教育学校校长教师交流轮岗", "县教育局人事股", "2026-08"),
                ("完成全县中小学校园网络提速改造", "计划财务股", "2026"),
            ],
            noise: [
                "蒹葭县人民政府", "首页  政务公开  政务服务  互动交流  走进蒹葭", "当前位置：首页 > 政务公开 > 政府信息公开 > 县教育局 > 规划计划",
                "索引号：11522731MB0000437X/2026-00037", "发布机构：蒹葭县教育局",
                "名称：蒹葭县教育局关于印发《蒹葭县2026年教育工作要点》的通知", "主题分类：教育", "发文日期：2026-02-20",
                "文号：蒹教发〔2026〕4号", "发布时间：2026-02-24 09:30  来源：蒹葭县教育局  浏览次数：1462",
                "字号：大  中  小  |  打印  |  关闭", "附件下载：蒹葭县2026年教育工作要点.docx", "扫一扫在手机打开当前页",
                "分享到：微信  微博  QQ空间", "相关链接", "蒹葭县教育局2025年工作总结", "蒹葭县2026年春季学期开学工作方案",
                "主办：蒹葭县人民政府办公室  承办：蒹葭县融媒体中心", "网站标识码：5227310003  汀ICP备2022006135号-2",
                "汀公网安备 52273102000087号", "地址：蒹葭县人民路88号  电话：0000-7325011",
            ]),
        ExpectedPlan(
            name: "school term plan as a WeChat article of the county bureau's account with credits, counters and 留言 below",
            text: BlindFixtures12.schoolTermPlanAsBureauWeChatArticle,
            headings: [
                (0, "一、指导思想"), (0, "二、工作目标"), (1, "1.学生巩固率保持100%，学生体质健康合格率达到95%以上"),
                (1, "2.各学科期末质量检测合格率达到92%，优秀率较上学期提高2个百分点"), (1, "3.创建县级书香校园，全年无重大安全责任事故"),
                (0, "三、主要工作"), (1, "（一）德育工作"), (2, "1.加强养成教育"), (2, "2.推进家校共育"), (1, "（二）教学工作"),
                (2, "1.抓实常规管理"), (2, "2.深化课堂改革"), (2, "3.落实“双减”要求"), (1, "（三）安全与后勤"),
                (2, "1.强化安全教育"), (2, "2.做好营养改善计划"), (0, "四、月工作安排"),
            ],
            indicators: [
                "学生巩固率 eq 100% 2026 -", "学生体质健康合格率 ge 95% 2026 -", "各学科期末质量检测合格率 eq 92% 2026 -",
                "优秀率 eq 2个百分点 2026 -", "每名班主任家访 ge 15户 2026 -", "教师集体备课参与率 eq 100% 2026 -",
                "每名教师每学期听课 ge 20节 2026 -", "课后服务学生参与率 ge 95% 2026 -", "书面作业平均完成时间 le 50分钟 2026 -",
                "学生营养餐供餐率 eq 100% 2026 -",
            ],
            notIndicators: ["18个", "712人", "56人", "1次", "2次"],
            tasks: [
                ("召开全校家长会", "德育处", "2026-03"),
                ("完成校级青年教师赛课", "教导处", "2026-04"),
                ("完成防溺水专题教育", "安全办", "2026-05"),
                ("做好开学准备", nil, "2026-02"),
                ("召开家长会", nil, "2026-03"),
                ("举行春季田径运动会", nil, "2026-04"),
                ("开展防溺水专题教育", nil, "2026-05"),
                ("组织期末质量检测", nil, "2026-06"),
            ],
            noise: [
                "原创  菡塘镇中心小学  杜若教育", "2026年02月27日 18:06  汀兰", "点击蓝字  关注我们", "新学期  新气象  新作为",
                "— END —", "来源：菡塘镇中心小学", "编辑：林语桐", "审核：沈怀瑾", "责任编辑：周砚秋", "往期推荐",
                "杜若县召开2026年全县教育工作会议", "寒假“安全第一课”，这些要点请收好", "杜若县2026年春季开学温馨提示",
                "长按二维码关注我们", "杜若教育", "阅读 3621", "点赞 58  在看 24", "写留言", "留言", "星河长明",
                "孩子今年上三年级，希望课后服务多安排一些阅读活动。", "汀兰  2月27日  赞 12", "作者回复：感谢您的建议，已转学校参考。",
                "稻香妈妈", "学校安排得很细致，为老师们点赞！", "汀兰  2月28日  赞 5",
            ]),
        ExpectedPlan(
            name: "county summary and next year's plan on the city education bureau's own news page",
            text: BlindFixtures12.countySummaryAndPlanOnCityBureauSite,
            headings: [
                (0, "一、2025年工作总结"), (1, "（一）办学条件明显改善"), (1, "（二）教育质量稳步提高"), (1, "（三）教师队伍持续加强"),
                (1, "（四）安全稳定扎实有效"), (0, "二、存在的不足"), (0, "三、2026年工作计划"), (1, "（一）工作目标"),
                (1, "（二）重点工作"), (2, "1.扩充学前教育资源"), (2, "2.化解城区大班额"), (2, "3.加强教师队伍建设"),
                (2, "4.提升教育信息化水平"), (2, "5.深化“双减”工作"), (1, "（三）保障措施"),
            ],
            indicators: [
                "完成教育投资 eq 2.6亿元 2025 -", "改造农村学校运动场 eq 11个 2025 -", "新增学位 eq 1620个 2025 -",
                "义务教育巩固率 eq 99.2% 2025 全县", "普通高中本科上线率 eq 55.6% 2025 全县", "招聘教师 eq 96名 2025 -",
                "培训教师 eq 5200人次 2025 -",
                "学前三年毛入园率 eq 95% 2026 全县", "义务教育巩固率 ge 99.3% 2026 全县", "普通高中本科上线率 eq 57% 2026 全县",
                "新建公办幼儿园 eq 2所 2026 -", "新增学位 eq 630个 2026 -", "初中平均班额 le 50人 2026 城区",
                "招聘教师 approx 100名 2026 -", "公费师范生 ge 30名 2026 -", "建成智慧教室 eq 80间 2026 -",
                "中小学千兆网络接入率 eq 100% 2026 -", "课后服务学生参与率 ge 95% 2026 -", "教育经费投入 ge 5.2亿元 2026 -",
            ],
            notIndicators: ["1.8个百分点", "12场次", "5轮", "56人"],
            tasks: [
                ("建成薜荔县第四幼儿园", "基础教育股", "2026-09"),
                ("完成新招聘教师岗位分配", "县教育局人事股", "2026-08"),
                ("深化“双减”工作", "基础教育股", nil),
                ("完成全县中小学安防设施提档升级", nil, "2026"),
            ],
            noise: [
                "荼山市教育局", "今天是：2026年3月5日 星期四", "设为首页  |  加入收藏  |  无障碍浏览",
                "网站首页 | 机构设置 | 政务公开 | 教育资讯 | 办事服务 | 互动交流", "站内搜索：请输入关键字  搜索",
                "您现在的位置：网站首页 > 教育资讯 > 县区动态", "发布日期：2026-01-20  来源：薜荔县教育局  点击数：857", "字体：【大】【中】【小】",
                "【打印本页】【关闭窗口】", "分享到：微信  微博  QQ空间", "上一条：荼山市召开2026年寒假校园安全工作部署会",
                "下一条：苕溪区多措并举推进课后服务提质增效", "版权所有：荼山市教育局  技术支持：荼山市教育信息中心",
                "地址：荼山市滨江路166号  电话：0000-8216035  邮编：000316", "汀ICP备2024002871号  网站标识码：5227000021",
            ]),
        ExpectedPlan(
            name: "county three-year action plan under its notice pasted from a Word print with a repeated 页眉 and page numbers",
            text: BlindFixtures12.countyThreeYearActionPlanPastedFromWord,
            headings: [
                (0, "一、工作目标"), (1, "（一）办学条件"), (1, "（二）师资配备"), (1, "（三）教育质量"), (0, "二、重点任务"),
                (1, "（一）优化学校布局"), (2, "1.实施学校建设工程"), (2, "2.推进寄宿制学校建设"), (1, "（二）加强教师队伍建设"),
                (2, "1.补足配齐教师"), (2, "2.提升教师素质"), (1, "（三）提高教育教学质量"), (2, "1.深化课堂改革"),
                (2, "2.落实“双减”政策"), (0, "三、保障措施"), (1, "（一）加强组织领导"), (1, "（二）加大经费投入"),
                (1, "（三）强化督导考核"),
            ],
            indicators: [
                "义务教育学校标准化建设达标率 eq 100% 2028 全县", "小学平均班额 le 42人 2028 全县",
                "每百名学生拥有县级以上骨干教师 eq 1.2人 2028 -", "教师交流轮岗比例 ge 15% 2028 -",
                "义务教育巩固率 eq 99.6% 2028 - from 98.9@2025", "学生体质健康优良率 ge 60% 2028 -",
                "新建、改扩建义务教育学校 eq 9所 2028 -", "新增学位 eq 5400个 2028 -", "寄宿生床位达标率 eq 100% 2028 -",
                "每年招聘义务教育学校教师 ge 80名 2028 -", "音体美等紧缺学科教师配备率 eq 100% 2028 -",
                "培训教师 eq 1.2万人次 2028 -", "培育县级名师 eq 60名 2028 -", "建设县级课堂教学改革实验校 eq 20所 2028 -",
                "课后服务覆盖率 eq 100% 2028 -", "义务教育优质均衡专项投入 ge 4.5亿元 2028 全县", "学校建设投入 eq 2.8亿元 2028 全县",
            ],
            notIndicators: ["9号", "1次"],
            tasks: [
                ("建成蘅芷县第三实验小学", "县教育局、县发展改革局", "2027-08"),
                ("补足配齐教师", "县教育局、县委编办、县人社局", nil),
                ("实现城乡学校结对帮扶全覆盖", "县教育局", "2026"),
                ("完成中期评估", "县政府教育督导室", "2027-06"),
            ],
            noise: [
                "— 1 —", "蘅芷县义务教育优质均衡发展三年行动方案", "— 2 —", "蘅芷县义务教育优质均衡发展三年行动方案", "— 3 —",
                "蘅芷县义务教育优质均衡发展三年行动方案", "— 4 —",
            ]),
    ]
}
