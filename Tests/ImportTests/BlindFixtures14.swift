import Foundation
@testable import PlanImport

/// A fourteenth blind set: six ORDINARY plans of the genre, each as a user's select-all copy of the kind of page county staff
/// most often copy plans from, furniture included above, below and sometimes inside the plan, each site with its own design
/// and wording, different from sets 12 and 13. Invented content throughout (fictional places 杏川县, 梨渚区, 柿山市, 桃汀镇 in
/// 李湖县, 李湖县 itself and 榴原县 in an invented 棠溪省; invented sites, accounts, users, addresses, codes and numbers; no
/// published sentence copied): a county bureau's 年度工作要点 on a 计划/总结 aggregator (笔耕计划网) with a breadcrumb that ends
/// in the channel, a 发布日期/栏目/热度/字数 line and a 温馨提示 above; a district bureau's 年度工作计划 on a document viewer
/// (竹笺文档) with a bracketed category title, a 贡献者 line, a star rating, a preview note, a "title · 第N页/共3页" header on
/// each page and a "点击展开，阅读剩余1页（约860字）" cut inside; a city 年度教育工作要点 as the attachment of the city bureau's
/// notice on the city government's 信息公开 page (a seven-line metadata box of 信息名称/信息索引/生成日期/发文机关/文号/有效性/
/// 公开方式, a 字号 line, 【打印本页】【关闭窗口】, 分享到, 相关解读, a four-line footer); a township central primary school's
/// 学期工作计划 as a WeChat article of the school's own account (桃汀小学) copied from the browser, with an author-account-date-
/// place line, a "↑ 轻触上方蓝字" line, "◆ ◆ ◆" dividers inside, 文字｜/图片｜/排版｜/审核｜ credits, 往期精彩, an account card,
/// one 阅读/分享/推荐/在看 counter line, 精选留言 and two comments; a county 工作总结和下一年工作计划 on the county education
/// bureau's own website (无障碍/长者模式 links, the site's name with its English name, 所在栏目, a 发布时间/信息来源/点击数/字体
/// line, 打印本页 | 关闭窗口 | 返回顶部, 上一条/下一条, 相关站点, a four-line footer); a county government office's notice with a
/// 三年行动方案 pasted from a Word print (版头, 文号, the notice, "（此件公开发布）", a 页眉 that is the plan's short name at the
/// top of pages 2–4, "－N－" page numbers, a sentence running on over a page break, the 抄送/印发 版记 at the end).
/// Written without reading the importer's sources and without running the importer or any test; syntax checked with
/// `swiftc -parse` only.
/// No stored pages were searched for this set; every site's furniture is reproduced from common knowledge of such pages in
/// invented wording: aggregators (site name with slogan, 登录/注册/投稿 links, channel menu, 当前位置 breadcrumb ending in the
/// channel, 发布日期/栏目/热度/字数, 温馨提示, 本文关键词, 分享到, ←上一篇/→下一篇, 猜你喜欢 with titles, 网站简介/版权声明/投稿指南/
/// 联系方式, a 侵权 note, Copyright and ICP); document viewers (site name with slogan, menu, search with 热门 words, a 【类别】
/// title, 贡献者/date/页数/阅读/下载, a star rating, "本文档共3页，可免费预览2页", a per-page "title · 第N页/共N页" header, a
/// 点击展开 cut, 开通VIP, 同类文档推荐 files, 举报/版权申诉, a 存储服务 note, ©/ICP); government 信息公开 pages (site name, menu,
/// 您所在的位置, the metadata box, a 字号/视力保护色 line, the notice and its 附件, 【打印本页】【关闭窗口】, 分享到, 相关解读 with
/// titles, 网站地图/联系我们, 主办/运维, 标识码/ICP/公网安备, a 分辨率 hint); WeChat articles (title, "dept account date time
/// place", a 蓝字 line, dividers, 文字｜/图片｜/排版｜/审核｜, 往期精彩 with titles, "喜欢就点个“在看”吧", the account card with
/// its 微信号, 阅读/分享/推荐/在看, 精选留言, comments with name, text, "date place  ♥N" and 作者：reply); county bureau sites
/// (无障碍浏览/长者模式/登录/注册, site name, menu, 所在栏目, 发布时间/信息来源/点击数/【字体：大 中 小】, 打印本页 | 关闭窗口 | 返回
/// 顶部, 上一条/下一条, 相关站点 with four sites, 主办单位/承办, 联系地址, 联系电话, ICP/公网安备); Word prints (版头 "…文件", 文号,
/// notice, (此件公开发布), a 页眉 on every page after the first, "－N－" at each page foot, 抄送 and "…办公室  date印发").
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
/// Set 13's note blocks, copied as written there ("this set" meaning set 11 in "Decided for this set", set 12 in "Decided for
/// set 12 (this set)" and set 13 in "Decided for set 13 (this set)") and followed here too:
/// Set 12's note blocks, copied as written there ("this set" meaning set 11 in "Decided for this set" and set 12 in "Decided
/// for set 12 (this set)") and followed here too:
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
/// Decided for set 13 (this set): counts of 教学质量分析会, 学科竞赛, 心理健康测评, 膳食营养分析, 安全巡查 and 安全检查 rounds,
/// 专题会议 and 工作进展报送 held are notIndicators like the counts above, and so are 家长课堂 sessions (期) and 教师培训班 courses
/// (期) held; stock counts in a 发展基础 introduction (学校, 在校学生, 教职工) are notIndicators. A target with its own year inside
/// a multi-year plan ("到2028年音体美教师配备率达到100%" in a plan to 2030) is an indicator of that year and no task. A deadline
/// sentence whose subject comes after the deadline ("8月底前城西小学建成投用", "2027年底前乡镇公办中心幼儿园全部达到…") is a task
/// keyed by the rest of the sentence; two deadline sentences of one item before one owner bracket are two tasks with that owner
/// (set 11's reading). A scope named in the third clause of a sentence does not reach back to the two clauses before it; a scope
/// named at the head of a sentence runs on past a "；" to the sentence's 。. A target written "稳定在…以上" or "保持在…以上" is ge.
/// A plan's year: a 年度 plan's or a term plan's calendar year, the 2025 half of a 总结和计划 for its summary figures and 2026 for
/// its plan, 2030 for a “十五五” plan; "“十五五”期间" and 全年 are dropped from a name, 其中 parts keep the sentence's scope.
/// Furniture: on the aggregator the breadcrumb ending in the plan's title is noise as a whole line while the page title (the
/// plan's title) is kept; the time/author/source/reading line, the 【导语】 line, 本文地址, 标签, 上一篇/下一篇, 相关推荐 and its
/// titles, the footer links, the 声明 line, © and ICP lines are noise. On the document-sharing site every line of the file card
/// (the file name with ".docx", 上传者/上传时间, 页数/浏览/下载, 格式/大小), the "下载 | 收藏 | 举报" row each time it appears (above
/// and below the viewer), each bare "第N页" header, the "剩余2页未读，继续阅读" cut, 相关文档 with its files, the 版权 note and the
/// © line are noise; the document's own title, signature and date are kept. On the government portal every line of the info
/// table (索引号/主题分类, 发布机构/成文日期, 发文字号/发布日期, 标题) is noise even where it repeats the notice's title or 文号, and
/// so are 【字体：大 中 小】, 【打印】【关闭】, 扫一扫在手机打开当前页, 相关文件 with its titles and the footer lines; the page heading
/// (the notice's title), 文号, addressees, body, "附件：…" line, signature, date and the "附件" label are kept; the 要点 has no
/// signature of its own. In the WeChat article the "原创 · author" line, the account name (each time it appears), the date and
/// place line, the banner phrase, the "新学期计划抢先看 ▼" lead-in between the introduction and 一、, each "— ❀ — ❀ — ❀ —"
/// divider (one inside the plan, one between its last item and its signature), the 来源/编辑/初审/审核 credits, 往期回顾 and its
/// titles, the QR line, the counter line, 写留言, 留言 and every line of a comment (name, text, "date  赞 N", 作者回复) are noise;
/// the kindergarten's signature and date are kept. On the county bureau's site the site's name line at the top is noise although
/// the same words under the plan are its signature and kept; the top links, the date-and-weather line, the menu, 您的位置, the
/// 作者/来源/发布时间/浏览量 line, 【收藏】【打印】【关闭】, 上一篇/下一篇, 友情链接 and each link, and the 版权所有/技术支持, 地址/电话
/// and ICP lines are noise. In the Word print the 页眉 "鸿岭县教育事业发展规划（2026—2030年）" (not the 摘要's title) at the top
/// of pages 2–5 and each "第 N 页 共 5 页" are noise, each listed every time it appears; the 版头 "鸿岭县教育局文件", the 文号, the
/// notice, its signature, date and "（此件主动公开）", the "抄送：…" line and the "…办公室  date印发" line are the document's and
/// kept, and are no task. An unnumbered paragraph under "（三）保障措施" listing measures with "；" is no heading.
/// Decided for set 14 (this set): counts of 送教下乡 活动 (场次), 应急疏散演练, 工作推进会, 教育工作联席会议, 学科教研活动,
/// 校级公开课展示 (节), 学科教学观摩展示 (场), 安全大排查 and 安全检查 rounds and of a 市级运动会 held (届) are notIndicators like
/// the counts above; stock counts in a school's introduction (教学班, 学生, 教职工) are notIndicators; a point rise beside its
/// value is a notIndicator and a point change standing alone is an indicator in 个百分点. A per-unit requirement keeps its
/// 每名/每周/每学期/每年 words in the name ("每名学生每周劳动时间", "心理咨询室每周开放", "每名学生每学期课外阅读", "每年评选县级教学
/// 改革成果", "每年补充教师", "每年教育经费投入"). "到2026年底，全区…" in a 年度 plan gives 2026 and 全区 to the whole sentence. A
/// numbered goal sentence with no lead phrase under "（一）" numbering is a heading made of the whole line less its 。. Items
/// numbered straight through (1.…9.) under 一、…四、 are depth 1. In a 三年行动方案 (2026—2028年) the plan's year is 2028; a
/// target with its own year ("到2027年建成省级课程改革实验校4所") is an indicator of that year and no task; "2026年底前编制《…》"
/// is a task due 2026 keyed by the verb and the 《》 title; two deadline sentences before one owner bracket are two tasks with
/// that owner; a sentence broken by a page number and a 页眉 ("…成果20项，" / "到2027年建成…") stays in its item, the
/// continuation line being no heading.
/// Furniture: on the aggregator (笔耕计划网) the site's name line, the 登录/注册 row, the channel menu, the 当前位置 breadcrumb
/// (which ends in the channel, not the title), the 发布日期/栏目/热度/字数 line and the 温馨提示 line above, and 本文关键词, 分享到,
/// ←上一篇/→下一篇, 猜你喜欢 and its four titles, the 网站简介 row, the 侵权 note and the Copyright/ICP line below are noise; the
/// page title (the plan's title), the signature and date are kept. On the document viewer (竹笺文档) the site's name, menu and
/// search lines, the "【教育】…" category title, the 贡献者 line, the star rating, "本文档共3页，可免费预览2页", each "…·
/// 第N页/共3页" header (three, one above the document's own title), the "点击展开，阅读剩余1页（约860字）" cut, 开通VIP, 同类文档推荐
/// with its three files, 举报本文档/版权申诉, the 存储服务 note and the © line are noise; the document's own title, signature and
/// date are kept. On the city 信息公开 page the site's name, menu and 您所在的位置, every line of the metadata box (信息名称, 信息
/// 索引, 生成日期, 发文机关, "文　　号", "有 效 性", 公开方式) even where it repeats the notice, the 字号/视力保护色 line,
/// 【打印本页】【关闭窗口】, 分享到, 相关解读 with its two titles and the four footer lines are noise; the page heading (the notice's
/// title), the notice's 文号, addressees, body, "附件：…" line, signature, date, "（此件主动公开）", the "附件" label and the
/// 要点's title are kept; the 要点 has no signature of its own. In the WeChat article the "教导处 桃汀小学 date place" line,
/// the "↑ 轻触上方蓝字" line, each "◆ ◆ ◆" divider (one between two items of 二、, one between the last item and the
/// signature), the four credit lines, 往期精彩 and its three titles, "喜欢就点个“在看”吧", the account card (name, 微信号), the
/// counter line, 精选留言 and every line of the two comments (name, text, "date place  ♥N", "作者：…") are noise; the article's
/// title (the plan's title), the school's signature and date are kept. On the county bureau's site the 无障碍 row, the site's
/// name line with its English name, the menu, 所在栏目, the 发布时间/信息来源/点击数/字体 line, "打印本页 | 关闭窗口 | 返回顶部",
/// 上一条/下一条, 相关站点 and its four sites, and the 主办单位, 联系地址, 联系电话 and ICP lines are noise; the title, signature and
/// date are kept. In the Word print the 页眉 "基础教育扩优提质三年行动方案" (the plan's short name, not its title) at the top of
/// pages 2–4 and each "－N－" page number (four) are noise, each listed every time it appears; the 版头 "榴原县人民政府办公室
/// 文件", the 文号, the notice with its signature, date and "（此件公开发布）", the "抄送：…" line and the "…办公室  date印发"
/// line are the document's and kept, and are no task.
enum BlindFixtures14 {
    /// A county bureau's 年度工作要点 on a 计划/总结 aggregator (笔耕计划网): the site name with its slogan, a 登录/注册/投稿 row,
    /// the channel menu and a 当前位置 breadcrumb ending in the channel above the page title (the plan's title), a 发布日期/栏目/
    /// 热度/字数 line and a 温馨提示 line under it; the introduction, 一、主要目标 as one paragraph with 全县 at its head (以上,
    /// 保持在…以上, 力争达到), 二、重点工作 with （一）…（四） titles alone on their lines over "N.lead。body" items (a deadline
    /// whose subject follows it, owner brackets after a deadline and with none, a per-pupil weekly requirement, a standalone
    /// point fall, a 其中 part, "由…牵头", counts of 送教下乡 events, 培训班, 排查 rounds and 演练 held), 三、工作要求 with three
    /// lead phrases (a count of 推进会, 全年, a month deadline), the signature and date; 本文关键词, 分享到, ←上一篇/→下一篇, 猜你喜欢
    /// with four titles, the footer links, a 侵权 note and the Copyright/ICP line below.
    static let countyKeyPointsOnPlanAggregator = """
        笔耕计划网｜计划总结一站查
        登录  注册  投稿  收藏本站
        首页  年度计划  学校计划  个人计划  工作总结  述职报告  活动方案
        当前位置：首页 > 年度计划 > 教育系统
        杏川县教育局2026年工作要点
        发布日期：2026-02-11  栏目：教育系统  热度：2469℃  字数：约1900字
        温馨提示：本页内容由网友分享，仅供参考，下载后可自由编辑。
        2026年，全县教育系统将围绕“办好家门口每一所学校”的目标，稳规模、补短板、提质量，突出抓好以下工作。
        一、主要目标
        全县普惠性幼儿园覆盖率达到93%以上，义务教育学校课后服务参与率保持在95%以上，普通高中本科上线率力争达到58%。
        二、重点工作
        （一）办好公平普惠的基础教育
        1.扩充学位资源。新建杏川县城东幼儿园和杏川县第三初级中学，新增学位1620个。8月底前城东幼儿园建成开园。（责任股室：规划建设股）
        2.推进教育集团化办学。新组建教育集团3个，集团成员校教师交流比例不低于12%。
        （二）提升育人质量
        1.加强劳动教育。建设县级劳动教育实践基地6个，每名学生每周劳动时间不少于2小时。（责任股室：德体卫艺股）
        2.深化教学研究。开展送教下乡活动12场次，中小学生近视率较上年下降1个百分点。
        （三）锻造过硬教师队伍
        1.做好教师补充。招聘教师95名左右，其中公费师范生不少于30名。由县教育局人事股牵头，6月底前完成新教师招聘。
        2.抓实教师培训。组织教师培训5200人次，举办青年教师培训班8期。
        （四）筑牢校园安全防线
        1.开展隐患治理。学校“一键报警”装置接入率保持100%，每季度开展1轮安全隐患排查。5月底前完成全县学校食堂明厨亮灶改造。（责任股室：安全管理股）
        2.加强应急演练。每学期组织全体师生应急疏散演练2次。
        三、工作要求
        （一）压实工作责任。各股室要细化任务清单，每月召开1次重点工作推进会。
        （二）强化经费保障。全年教育经费投入不低于7.2亿元，按时足额拨付生均公用经费。
        （三）严格考核问效。12月底前完成年度工作目标考核。
        杏川县教育局
        2026年1月30日
        本文关键词：工作要点  教育局  2026年
        分享到：微信  QQ空间  微博
        ← 上一篇：2025年县教育局工作总结（三篇）
        → 下一篇：2026年中小学德育工作要点
        猜你喜欢
        2026年乡镇中心学校工作要点
        教育局年度工作要点范本（精选）
        县教体局2026年工作计划及安排
        2026年学校安全工作要点
        网站简介 | 版权声明 | 投稿指南 | 联系方式
        本站部分内容来源于网友分享，如有侵权请来信告知，我们将及时处理。
        Copyright © 2018-2026 笔耕计划网  棠ICP备2025016238号-1
        """

    /// A district bureau's 年度工作计划 on a document viewer (竹笺文档): the site name with its slogan, the menu, a search line
    /// with 热门 words, a "【教育】…" category title, the 贡献者/date/页数/阅读/下载 line, a star rating and a preview note above the
    /// viewer; a "title · 第N页/共3页" header at the top of each of the three pages (the first directly above the document's own
    /// title) and a "点击展开，阅读剩余1页（约860字）" cut between pages 2 and 3; the document's title, introduction, 一、总体目标 as
    /// one "到2026年底，全区…" sentence (以上 once), 二、主要任务 with six "N.lead。body" items (（责任科室：…） after a deadline and
    /// with none, a baseline with its year, "由…牵头", counts of 观摩展示 and 安全检查 held), 三、保障措施 with three lead phrases
    /// (a count of 联席会议, 全年, 年底前), the signature and date; 开通VIP, 同类文档推荐 with three files, 举报/版权申诉, a 存储服务
    /// note and the © line below.
    static let districtPlanOnDocumentViewer = """
        竹笺文档 - 好文档 随手存
        首页  资料分类  VIP专享  上传文档  客户端
        搜索文档  |  热门：工作计划 述职报告 教案
        【教育】梨渚区教育局2026年工作计划
        贡献者：梨花落渚  |  2026-03-02 发布  |  3页  |  1246人阅读  |  87人下载
        ★★★★☆ 4.6分（32人评价）
        本文档共3页，可免费预览2页
        梨渚区教育局2026年工作计划 · 第1页/共3页
        梨渚区教育局2026年工作计划
        2026年，区教育局将紧扣建设“品质教育强区”目标，以深化改革为动力，以提高质量为核心，重点做好以下工作。
        一、总体目标
        到2026年底，全区公办园在园幼儿占比达到60%，义务教育学校标准化建设达标率保持100%，中小学生体质健康优良率达到58%以上。
        二、主要任务
        1.优化教育资源布局。新建梨渚区实验小学北校区，改扩建中小学4所，新增学位2480个。9月底前完成梨渚区实验小学北校区建设并投入使用。（责任科室：计划基建科）
        2.推动学前教育普惠发展。新增普惠性民办幼儿园5所，幼儿园保教质量评估覆盖率达到100%。
        梨渚区教育局2026年工作计划 · 第2页/共3页
        3.深化课堂教学改革。评选区级优秀教学成果30项，举办学科教学观摩展示6场。（责任科室：教研室）
        4.提升教师专业素养。区级骨干教师总数达到460名，研究生学历教师占比由2025年的7.8%提高到9%。由区教育局人事科牵头，10月底前完成第三批区级名师评选。
        5.加快教育数字化转型。建成数字化示范校15所，教师信息技术应用能力培训覆盖率达到100%。
        点击展开，阅读剩余1页（约860字）
        梨渚区教育局2026年工作计划 · 第3页/共3页
        6.守护师生平安健康。中小学幼儿园专职保安配备率保持100%，学生心理健康筛查覆盖率达到95%以上。每月组织1次校园安全检查，7月底前完成全区中小学防溺水警示设施排查。（责任科室：安全稳定科）
        三、保障措施
        （一）强化组织保障。建立区级领导联系学校制度，每季度召开1次教育工作联席会议。
        （二）强化经费保障。全年安排教育经费不低于15.4亿元，足额落实教师工资待遇。
        （三）强化督导落实。年底前完成对各学校年度工作的综合督导评价。
        梨渚区教育局
        2026年2月5日
        开通VIP，免费下载全文
        同类文档推荐
        梨渚区2025年教育工作总结及2026年思路.doc
        区教育局年度工作计划模板（可编辑）.docx
        2026年中小学教学工作计划.pdf
        举报本文档  |  版权申诉
        竹笺文档所有资料均为用户分享，平台仅提供存储服务，如侵犯您的权益请提交申诉。
        © 2026 竹笺文档  棠ICP备2026002154号
        """

    /// A city 年度教育工作要点 as the attachment of the city bureau's notice on the city government's 信息公开 page: the site's
    /// name, the menu, 您所在的位置, a seven-line metadata box (信息名称, 信息索引, 生成日期, 发文机关, "文　　号", "有 效 性", 公开方式)
    /// and a 字号/视力保护色 line above the page heading (the notice's title); the notice (文号, addressees, one sentence, its
    /// "附件：…" line, signature, date, "（此件主动公开）"), the "附件" label and the 要点's title; the introduction and four parts
    /// over "N.lead。body" items numbered straight through 1.…9. (owner brackets with no deadline, two owners after a deadline,
    /// 全市 at the head of a sentence and in its third clause, a 其中 part after 全市, "由…牵头", 年底前, counts of a 运动会 and of
    /// 大排查 rounds held), no signature under it; 【打印本页】【关闭窗口】, 分享到, 相关解读 with two titles and four footer lines
    /// below.
    static let cityKeyPointsAsNoticeAttachmentOnPortal = """
        柿山市人民政府
        政府信息公开 | 政务服务 | 互动交流 | 数据发布 | 柿山概览
        您所在的位置：首页 > 政府信息公开 > 法定主动公开内容 > 部门文件
        信息名称：柿山市教育局关于印发2026年全市教育工作要点的通知
        信息索引：SSJY-2026-000031
        生成日期：2026-02-13
        发文机关：柿山市教育局
        文　　号：柿教〔2026〕4号
        有 效 性：有效
        公开方式：主动公开
        字号：大 | 中 | 小    视力保护色：◎ ◎ ◎ ◎
        柿山市教育局关于印发2026年全市教育工作要点的通知
        柿教〔2026〕4号
        各县（市、区）教育局，市直各学校（单位）：
        现将《柿山市2026年教育工作要点》印发给你们，请结合实际，认真抓好贯彻落实。
        附件：柿山市2026年教育工作要点
        柿山市教育局
        2026年2月12日
        （此件主动公开）
        附件
        柿山市2026年教育工作要点
        2026年全市教育工作的总体要求是：以建设教育强市为统领，聚焦立德树人、扩优提质、队伍建设和安全稳定，推动全市教育高质量发展。
        一、聚焦立德树人，筑牢育人根基
        1.深化思政课改革创新。建设市级思政课示范课堂40个，组建大中小学思政课教研共同体10个。（责任单位：思想政治工作科）
        2.促进学生全面发展。全市中小学生体质健康达标率达到95%，每年举办市级中小学生运动会1届。
        二、聚焦扩优提质，促进教育公平
        3.扩大普惠学前教育。新建、改扩建公办幼儿园10所，新增学位3200个，全市公办园在园幼儿占比达到65%。（责任单位：学前教育科）
        4.推进义务教育优质均衡。全市义务教育学校集团化办学覆盖率达到85%，小学平均班额控制在45人以内。8月底前完成柿山市第九中学新校区建设。（责任单位：基础教育科、计划财务科）
        5.推动普通高中特色发展。新创建省级示范性高中1所，普通高中特色课程开设率达到90%。
        三、聚焦队伍建设，激发发展活力
        6.加强教师补充配备。全市招聘中小学教师720名左右，其中紧缺学科教师不少于260名。由市教育局教师工作科牵头，8月底前完成新教师岗前培训。
        7.深化教师管理改革。县域内义务教育学校校长教师交流轮岗比例不低于10%，年底前完成中小学岗位设置动态调整。（责任单位：教师工作科）
        四、聚焦安全稳定，守牢底线红线
        8.提升校园安全防范水平。中小学幼儿园“明厨亮灶”覆盖率保持100%，每学期开展2轮校园安全大排查。
        9.完善经费投入机制。全市教育经费投入不低于92亿元，确保一般公共预算教育支出只增不减。
        【打印本页】【关闭窗口】
        分享到：微信  微博  QQ
        相关解读
        图解：柿山市2026年教育工作要点
        一图读懂柿山市教育局2026年重点工作
        网站地图 | 联系我们 | 使用帮助 | 隐私声明
        柿山市人民政府办公室主办  柿山市政务数据服务中心运维
        政府网站标识码：3612000031  棠ICP备10023618号  棠公网安备 36120002000415号
        建议使用1366×768分辨率浏览本站
        """

    /// A township central primary school's 学期工作计划 as a WeChat article of its own account (桃汀小学) copied from the
    /// browser: the article title (the plan's title), a "教导处 桃汀小学 date time place" line and a "↑ 轻触上方蓝字" line above the
    /// plan; the introduction with stock counts, 一、工作目标 with two "（N）" goal sentences with no lead phrase (保持 without
    /// 以上, 以上), 二、主要工作 with 1.…4. titles alone on their lines over "（N）lead。body" items (（责任处室：…） after a
    /// deadline and with none, per-person and weekly requirements, deadlines with no owner, counts of 公开课展示, 教研活动 and
    /// 演练 held), a "◆ ◆ ◆" divider between 2. and 3. and another before the signature and date; the 文字｜/图片｜/排版｜/审核｜
    /// credits, 往期精彩 with three titles, a 在看 plea, the account card (name, 微信号), one counter line, 精选留言 and two
    /// comments (one with the author's reply) below.
    static let schoolTermPlanAsWeChatArticle = """
        李湖县桃汀镇中心小学2026年春季学期工作计划
        教导处 桃汀小学 2026年2月27日 07:58 棠溪
        ↑ 轻触上方蓝字，关注桃汀小学
        新学期，学校将以“书香桃汀、活力校园”建设为抓手，坚持五育并举，努力办好家门口的好学校。全校现有教学班18个，学生742人，教职工58人。
        一、工作目标
        （一）学生巩固率保持100%，学生体质健康合格率达到96%以上。
        （二）六年级学业质量监测合格率达到95%，优秀率达到35%。
        二、主要工作
        1.德育工作
        （1）开展习惯养成教育。以“文明桃汀娃”评比为载体，抓实学生行为习惯养成。（责任处室：德育处）
        （2）加强心理健康教育。心理咨询室每周开放不少于5天，3月底前完成全校学生心理健康筛查。
        2.教学工作
        （1）提高课堂效率。每名教师每学期听课不少于15节，开展校级公开课展示20节。（责任处室：教导处）
        （2）抓好阅读工程。每名学生每学期课外阅读不少于8本，图书室借阅率达到90%以上。
        ◆ ◆ ◆
        3.教师队伍
        （1）推进青蓝工程。结对培养青年教师9名，5月底前举办青年教师基本功比赛。
        （2）加强校本研修。各学科组每两周开展1次学科教研活动。
        4.安全与后勤
        （1）落实安全责任。校园安全隐患整改率保持100%，每月开展1次应急疏散演练。4月底前完成校园周边交通安全设施排查。（责任处室：总务处）
        （2）办好学生午餐。学生营养午餐满意度达到95%以上。
        ◆ ◆ ◆
        桃汀镇中心小学
        2026年2月25日
        文字｜教导处
        图片｜信息组
        排版｜何小满
        审核｜沈青禾
        往期精彩
        桃汀镇中心小学举行2026年春季开学典礼
        “冬日暖阳”寒假实践作业展评
        桃汀小学2025年秋季学期工作总结
        喜欢就点个“在看”吧
        桃汀小学
        微信号：taoting_xx_example
        阅读 2046  分享 31  推荐 12  在看 27
        精选留言
        稻香妈妈
        学校的阅读工程很好，支持！
        2月27日 棠溪  ♥15
        作者：谢谢家长的支持，欢迎多提建议。
        小溪流水
        请问课后服务从哪天开始？
        2月28日 棠溪  ♥6
        """

    /// A county 工作总结和下一年工作计划 on the county education bureau's own website (李湖县教育局): the 无障碍/长者模式 row, the
    /// site's name with its English name, the menu and 所在栏目 above the title, a 发布时间/信息来源/点击数/字体 line under it; the
    /// introduction, the summary's （一）…（四） "lead。body" paragraphs with the past year's figures (全年 in a clause, 全县 at the
    /// head of a sentence running past a "；", a point rise beside its value, a count of 视导 rounds), a 不足 part as one
    /// unnumbered line, the plan half with （一）目标任务 (全县, 保持在…以上, 力争达到), （二）主要措施 over 1.…5. lead phrases (a
    /// deadline whose subject follows it under an owner bracket, a standalone point rise, a 其中 part, "由…牵头", owner brackets
    /// with no deadline) and （三）保障措施 as a lead phrase (全年, a month deadline), the signature and date; 打印本页 | 关闭窗口 |
    /// 返回顶部, 上一条/下一条, 相关站点 with four sites and the footer (主办单位/承办, 联系地址, 联系电话, ICP/公网安备) below.
    static let countySummaryAndPlanOnBureauSite = """
        无障碍浏览 | 长者模式 | 登录 | 注册
        李湖县教育局 LIHU COUNTY EDUCATION BUREAU
        首页 | 教育要闻 | 通知公告 | 信息公开 | 办事服务 | 专题专栏 | 互动交流
        所在栏目：首页 » 信息公开 » 计划总结
        李湖县教育局2025年工作总结和2026年工作计划
        发布时间：2026-01-19  信息来源：局办公室  点击数：915  【字体：大 中 小】
        2025年，在县委、县政府的坚强领导下，县教育局聚焦群众关切，扎实推进教育扩优提质，各项工作取得新进展。现将有关情况总结如下。
        一、2025年工作回顾
        （一）学位供给持续扩大。全年新建、改扩建学校6所，新增学位2160个，城区学校入学矛盾进一步缓解。
        （二）教育质量稳中有升。全县普通高中本科上线率达到59.4%，较上年提高1.8个百分点；义务教育学校课后服务参与率达到97%。
        （三）教师队伍不断壮大。招聘新教师86名，开展教师全员培训6200人次，组织教学视导3轮。
        （四）校园安全持续稳定。全年未发生重大校园安全责任事故，维修改造校舍2.3万平方米。
        二、存在的不足
        一是城区学校大班额问题尚未根本解决；二是乡村教师结构性缺编仍较突出；三是教育信息化应用水平有待提高。
        三、2026年工作安排
        （一）目标任务。全县学前三年毛入园率达到96%，义务教育巩固率保持在99.5%以上，普通高中本科上线率力争达到61%。
        （二）主要措施
        1.持续扩充优质学位。新建李湖县第五小学，新增学位1350个。8月底前李湖县第五小学建成招生。（责任股室：计划财务股）
        2.全面提升教学质量。深化“学为中心”课堂改革，初中学业水平考试优秀率较上年提高2个百分点。（责任股室：教育股）
        3.加强教师队伍建设。招聘新教师90名，其中乡村学校教师不少于55名。由县教育局人事股牵头，7月底前完成招聘工作。
        4.推进教育数字化。中小学智慧教室覆盖率达到80%，10月底前完成县教育云平台升级。
        5.筑牢校园安全防线。校园视频监控覆盖率保持100%，健全校园安全风险防控体系。（责任股室：安全股）
        （三）保障措施。全年教育经费投入不低于5.6亿元；11月底前完成年度办学绩效考核。
        李湖县教育局
        2026年1月15日
        打印本页 | 关闭窗口 | 返回顶部
        上一条：李湖县教育局召开2026年全县教育工作会议
        下一条：李湖县开展寒假中小学生安全教育专项行动
        相关站点
        棠溪省教育厅
        棠溪省教育考试院
        柿山市教育局
        李湖县人民政府
        主办单位：李湖县教育局  承办：李湖县教育局信息中心
        联系地址：李湖县桃溪路58号
        联系电话：0000-6124305
        棠ICP备2022007318号-2  棠公网安备 36122402000126号
        """

    /// A county government office's notice with a 三年行动方案 pasted from a Word print: the 版头 "…文件", the 文号, the notice's
    /// title, addressees, one sentence, signature, date and "（此件公开发布）" on the first page; a "－N－" page number at each page
    /// foot and the 页眉 "基础教育扩优提质三年行动方案" (the plan's short name) at the top of pages 2–4, the first directly above
    /// the plan's title; the introduction, 一、总体目标 with a vision sentence ending in "主要目标是：" over three "N.名称：…" goal
    /// lines (全县 at the head of the first, 保持在…以上, 以内, a baseline with its year), 二、重点任务 with （一）…（三） titles
    /// over "N.lead。body" items (a deadline with a written year under a bracket naming two units, "2026年底前编制《…》", a target
    /// with its own year, 每年 in names, a sentence broken by a page number and the 页眉, an owner bracket with no deadline),
    /// 三、保障措施 with three lead phrases (a count of 推进会, 全县 with 每年, two deadline sentences before one owner bracket); the
    /// 版记 (抄送 and "…办公室  date印发") on page 4.
    static let countyThreeYearPlanPastedFromWord = """
        榴原县人民政府办公室文件
        榴政办发〔2026〕12号
        榴原县人民政府办公室关于印发《榴原县基础教育扩优提质三年行动方案（2026—2028年）》的通知
        各乡镇人民政府，县政府各部门：
        《榴原县基础教育扩优提质三年行动方案（2026—2028年）》已经县政府同意，现印发给你们，请认真组织实施。
        榴原县人民政府办公室
        2026年3月10日
        （此件公开发布）
        －1－
        基础教育扩优提质三年行动方案
        榴原县基础教育扩优提质三年行动方案（2026—2028年）
        为加快推进基础教育扩优提质，更好满足群众“上好学”的期盼，结合我县实际，制定本方案。
        一、总体目标
        到2028年，全县基础教育资源配置更加均衡，育人质量明显提升，群众满意度持续提高。主要目标是：
        1.学前教育：全县普惠性幼儿园覆盖率达到95%以上，公办园在园幼儿占比达到65%。
        2.义务教育：义务教育巩固率保持在99.6%以上，初中平均班额控制在45人以内。
        3.高中教育：高中阶段毛入学率由2025年的92.5%提高到96%，普通高中省级特色学校达到3所。
        二、重点任务
        （一）学位扩容行动
        1.加快项目建设。新建、改扩建中小学和幼儿园18所，新增学位6800个。2027年8月底前建成榴原县第二高级中学。（责任单位：县教育局、县住房城乡建设局）
        －2－
        基础教育扩优提质三年行动方案
        2.优化学校布局。2026年底前编制《榴原县中小学幼儿园布局专项规划》。（责任单位：县教育局、县自然资源局）
        （二）质量提升行动
        1.深化集团化办学。组建县域教育集团8个，实现乡村学校集团化办学全覆盖。
        2.加强课程教学改革。每年评选县级教学改革成果20项，
        －3－
        基础教育扩优提质三年行动方案
        到2027年建成省级课程改革实验校4所。（责任单位：县教育局）
        （三）队伍建设行动
        1.补足配齐教师。每年补充教师不少于120名，到2028年中小学专任教师本科以上学历占比达到90%。
        2.提高教师待遇。落实义务教育教师平均工资收入水平不低于当地公务员平均工资收入水平的要求。（责任单位：县财政局、县教育局）
        三、保障措施
        （一）加强组织领导。成立县基础教育扩优提质工作专班，每半年召开1次工作推进会。
        （二）加大经费保障。全县每年教育经费投入不低于6亿元，优先保障学位建设和教师队伍建设。
        （三）严格督导考核。2026年12月底前完成行动方案实施情况首次评估。2028年10月底前完成行动方案终期评估。（责任单位：县政府教育督导室）
        抄送：县委各部门，县人大常委会办公室，县政协办公室，县人民法院，县人民检察院。
        榴原县人民政府办公室                2026年3月10日印发
        －4－
        """

    static let expected: [ExpectedPlan] = [
        ExpectedPlan(
            name: "county key points on a 计划/总结 aggregator with a breadcrumb ending in the channel and a 温馨提示 line",
            text: BlindFixtures14.countyKeyPointsOnPlanAggregator,
            headings: [
                (0, "一、主要目标"), (0, "二、重点工作"), (1, "（一）办好公平普惠的基础教育"), (2, "1.扩充学位资源"), (2, "2.推进教育集团化办学"),
                (1, "（二）提升育人质量"), (2, "1.加强劳动教育"), (2, "2.深化教学研究"), (1, "（三）锻造过硬教师队伍"), (2, "1.做好教师补充"),
                (2, "2.抓实教师培训"), (1, "（四）筑牢校园安全防线"), (2, "1.开展隐患治理"), (2, "2.加强应急演练"), (0, "三、工作要求"),
                (1, "（一）压实工作责任"), (1, "（二）强化经费保障"), (1, "（三）严格考核问效"),
            ],
            indicators: [
                "普惠性幼儿园覆盖率 ge 93% 2026 全县", "义务教育学校课后服务参与率 ge 95% 2026 全县", "普通高中本科上线率 eq 58% 2026 全县",
                "新增学位 eq 1620个 2026 -", "新组建教育集团 eq 3个 2026 -", "集团成员校教师交流比例 ge 12% 2026 -",
                "建设县级劳动教育实践基地 eq 6个 2026 -", "每名学生每周劳动时间 ge 2小时 2026 -", "中小学生近视率 eq 1个百分点 2026 -",
                "招聘教师 approx 95名 2026 -", "公费师范生 ge 30名 2026 -", "组织教师培训 eq 5200人次 2026 -",
                "学校“一键报警”装置接入率 eq 100% 2026 -", "教育经费投入 ge 7.2亿元 2026 -",
            ],
            notIndicators: ["12场次", "8期", "1轮", "2次", "1次"],
            tasks: [
                ("城东幼儿园建成开园", "规划建设股", "2026-08"),
                ("加强劳动教育", "德体卫艺股", nil),
                ("完成新教师招聘", "县教育局人事股", "2026-06"),
                ("完成全县学校食堂明厨亮灶改造", "安全管理股", "2026-05"),
                ("完成年度工作目标考核", nil, "2026-12"),
            ],
            noise: [
                "笔耕计划网｜计划总结一站查", "登录  注册  投稿  收藏本站", "首页  年度计划  学校计划  个人计划  工作总结  述职报告  活动方案",
                "当前位置：首页 > 年度计划 > 教育系统", "发布日期：2026-02-11  栏目：教育系统  热度：2469℃  字数：约1900字",
                "温馨提示：本页内容由网友分享，仅供参考，下载后可自由编辑。", "本文关键词：工作要点  教育局  2026年", "分享到：微信  QQ空间  微博",
                "← 上一篇：2025年县教育局工作总结（三篇）", "→ 下一篇：2026年中小学德育工作要点", "猜你喜欢", "2026年乡镇中心学校工作要点",
                "教育局年度工作要点范本（精选）", "县教体局2026年工作计划及安排", "2026年学校安全工作要点", "网站简介 | 版权声明 | 投稿指南 | 联系方式",
                "本站部分内容来源于网友分享，如有侵权请来信告知，我们将及时处理。", "Copyright © 2018-2026 笔耕计划网  棠ICP备2025016238号-1",
            ]),
        ExpectedPlan(
            name: "district plan on a document viewer with per-page “第N页/共3页” headers and a 点击展开 cut inside",
            text: BlindFixtures14.districtPlanOnDocumentViewer,
            headings: [
                (0, "一、总体目标"), (0, "二、主要任务"), (1, "1.优化教育资源布局"), (1, "2.推动学前教育普惠发展"), (1, "3.深化课堂教学改革"),
                (1, "4.提升教师专业素养"), (1, "5.加快教育数字化转型"), (1, "6.守护师生平安健康"), (0, "三、保障措施"), (1, "（一）强化组织保障"),
                (1, "（二）强化经费保障"), (1, "（三）强化督导落实"),
            ],
            indicators: [
                "公办园在园幼儿占比 eq 60% 2026 全区", "义务教育学校标准化建设达标率 eq 100% 2026 全区", "中小学生体质健康优良率 ge 58% 2026 全区",
                "改扩建中小学 eq 4所 2026 -", "新增学位 eq 2480个 2026 -", "新增普惠性民办幼儿园 eq 5所 2026 -",
                "幼儿园保教质量评估覆盖率 eq 100% 2026 -", "评选区级优秀教学成果 eq 30项 2026 -", "区级骨干教师总数 eq 460名 2026 -",
                "研究生学历教师占比 eq 9% 2026 - from 7.8@2025", "建成数字化示范校 eq 15所 2026 -", "教师信息技术应用能力培训覆盖率 eq 100% 2026 -",
                "中小学幼儿园专职保安配备率 eq 100% 2026 -", "学生心理健康筛查覆盖率 ge 95% 2026 -", "安排教育经费 ge 15.4亿元 2026 -",
            ],
            notIndicators: ["6场", "1次"],
            tasks: [
                ("完成梨渚区实验小学北校区建设并投入使用", "计划基建科", "2026-09"),
                ("深化课堂教学改革", "教研室", nil),
                ("完成第三批区级名师评选", "区教育局人事科", "2026-10"),
                ("完成全区中小学防溺水警示设施排查", "安全稳定科", "2026-07"),
                ("完成对各学校年度工作的综合督导评价", nil, "2026"),
            ],
            noise: [
                "竹笺文档 - 好文档 随手存", "首页  资料分类  VIP专享  上传文档  客户端", "搜索文档  |  热门：工作计划 述职报告 教案",
                "【教育】梨渚区教育局2026年工作计划", "贡献者：梨花落渚  |  2026-03-02 发布  |  3页  |  1246人阅读  |  87人下载",
                "★★★★☆ 4.6分（32人评价）", "本文档共3页，可免费预览2页", "梨渚区教育局2026年工作计划 · 第1页/共3页",
                "梨渚区教育局2026年工作计划 · 第2页/共3页", "点击展开，阅读剩余1页（约860字）", "梨渚区教育局2026年工作计划 · 第3页/共3页",
                "开通VIP，免费下载全文", "同类文档推荐", "梨渚区2025年教育工作总结及2026年思路.doc", "区教育局年度工作计划模板（可编辑）.docx",
                "2026年中小学教学工作计划.pdf", "举报本文档  |  版权申诉", "竹笺文档所有资料均为用户分享，平台仅提供存储服务，如侵犯您的权益请提交申诉。",
                "© 2026 竹笺文档  棠ICP备2026002154号",
            ]),
        ExpectedPlan(
            name: "city key points as the attachment of its notice on a city 信息公开 page with a seven-line metadata box",
            text: BlindFixtures14.cityKeyPointsAsNoticeAttachmentOnPortal,
            headings: [
                (0, "一、聚焦立德树人，筑牢育人根基"), (1, "1.深化思政课改革创新"), (1, "2.促进学生全面发展"), (0, "二、聚焦扩优提质，促进教育公平"),
                (1, "3.扩大普惠学前教育"), (1, "4.推进义务教育优质均衡"), (1, "5.推动普通高中特色发展"), (0, "三、聚焦队伍建设，激发发展活力"),
                (1, "6.加强教师补充配备"), (1, "7.深化教师管理改革"), (0, "四、聚焦安全稳定，守牢底线红线"), (1, "8.提升校园安全防范水平"),
                (1, "9.完善经费投入机制"),
            ],
            indicators: [
                "建设市级思政课示范课堂 eq 40个 2026 -", "组建大中小学思政课教研共同体 eq 10个 2026 -", "中小学生体质健康达标率 eq 95% 2026 全市",
                "新建、改扩建公办幼儿园 eq 10所 2026 -", "新增学位 eq 3200个 2026 -", "公办园在园幼儿占比 eq 65% 2026 全市",
                "义务教育学校集团化办学覆盖率 eq 85% 2026 全市", "小学平均班额 le 45人 2026 全市", "新创建省级示范性高中 eq 1所 2026 -",
                "普通高中特色课程开设率 eq 90% 2026 -", "招聘中小学教师 approx 720名 2026 全市", "紧缺学科教师 ge 260名 2026 全市",
                "县域内义务教育学校校长教师交流轮岗比例 ge 10% 2026 -", "中小学幼儿园“明厨亮灶”覆盖率 eq 100% 2026 -",
                "教育经费投入 ge 92亿元 2026 全市",
            ],
            notIndicators: ["4号", "1届", "2轮"],
            tasks: [
                ("深化思政课改革创新", "思想政治工作科", nil),
                ("扩大普惠学前教育", "学前教育科", nil),
                ("完成柿山市第九中学新校区建设", "基础教育科、计划财务科", "2026-08"),
                ("完成新教师岗前培训", "市教育局教师工作科", "2026-08"),
                ("完成中小学岗位设置动态调整", "教师工作科", "2026"),
            ],
            noise: [
                "柿山市人民政府", "政府信息公开 | 政务服务 | 互动交流 | 数据发布 | 柿山概览", "您所在的位置：首页 > 政府信息公开 > 法定主动公开内容 > 部门文件",
                "信息名称：柿山市教育局关于印发2026年全市教育工作要点的通知", "信息索引：SSJY-2026-000031", "生成日期：2026-02-13",
                "发文机关：柿山市教育局", "文　　号：柿教〔2026〕4号", "有 效 性：有效", "公开方式：主动公开", "字号：大 | 中 | 小    视力保护色：◎ ◎ ◎ ◎",
                "【打印本页】【关闭窗口】", "分享到：微信  微博  QQ", "相关解读", "图解：柿山市2026年教育工作要点", "一图读懂柿山市教育局2026年重点工作",
                "网站地图 | 联系我们 | 使用帮助 | 隐私声明", "柿山市人民政府办公室主办  柿山市政务数据服务中心运维",
                "政府网站标识码：3612000031  棠ICP备10023618号  棠公网安备 36120002000415号", "建议使用1366×768分辨率浏览本站",
            ]),
        ExpectedPlan(
            name: "primary school term plan as a WeChat article of its own account with ◆ dividers inside and 精选留言",
            text: BlindFixtures14.schoolTermPlanAsWeChatArticle,
            headings: [
                (0, "一、工作目标"), (1, "（一）学生巩固率保持100%，学生体质健康合格率达到96%以上"), (1, "（二）六年级学业质量监测合格率达到95%，优秀率达到35%"),
                (0, "二、主要工作"), (1, "1.德育工作"), (2, "（1）开展习惯养成教育"), (2, "（2）加强心理健康教育"), (1, "2.教学工作"),
                (2, "（1）提高课堂效率"), (2, "（2）抓好阅读工程"), (1, "3.教师队伍"), (2, "（1）推进青蓝工程"), (2, "（2）加强校本研修"),
                (1, "4.安全与后勤"), (2, "（1）落实安全责任"), (2, "（2）办好学生午餐"),
            ],
            indicators: [
                "学生巩固率 eq 100% 2026 -", "学生体质健康合格率 ge 96% 2026 -", "六年级学业质量监测合格率 eq 95% 2026 -", "优秀率 eq 35% 2026 -",
                "心理咨询室每周开放 ge 5天 2026 -", "每名教师每学期听课 ge 15节 2026 -", "每名学生每学期课外阅读 ge 8本 2026 -",
                "图书室借阅率 ge 90% 2026 -", "结对培养青年教师 eq 9名 2026 -", "校园安全隐患整改率 eq 100% 2026 -",
                "学生营养午餐满意度 ge 95% 2026 -",
            ],
            notIndicators: ["18个", "742人", "58人", "20节", "1次"],
            tasks: [
                ("开展习惯养成教育", "德育处", nil),
                ("完成全校学生心理健康筛查", nil, "2026-03"),
                ("提高课堂效率", "教导处", nil),
                ("举办青年教师基本功比赛", nil, "2026-05"),
                ("完成校园周边交通安全设施排查", "总务处", "2026-04"),
            ],
            noise: [
                "教导处 桃汀小学 2026年2月27日 07:58 棠溪", "↑ 轻触上方蓝字，关注桃汀小学", "◆ ◆ ◆", "◆ ◆ ◆", "文字｜教导处", "图片｜信息组",
                "排版｜何小满", "审核｜沈青禾", "往期精彩", "桃汀镇中心小学举行2026年春季开学典礼", "“冬日暖阳”寒假实践作业展评",
                "桃汀小学2025年秋季学期工作总结", "喜欢就点个“在看”吧", "桃汀小学", "微信号：taoting_xx_example", "阅读 2046  分享 31  推荐 12  在看 27",
                "精选留言", "稻香妈妈", "学校的阅读工程很好，支持！", "2月27日 棠溪  ♥15", "作者：谢谢家长的支持，欢迎多提建议。", "小溪流水",
                "请问课后服务从哪天开始？", "2月28日 棠溪  ♥6",
            ]),
        ExpectedPlan(
            name: "county summary and next year's plan on the county education bureau's own website with an English site name",
            text: BlindFixtures14.countySummaryAndPlanOnBureauSite,
            headings: [
                (0, "一、2025年工作回顾"), (1, "（一）学位供给持续扩大"), (1, "（二）教育质量稳中有升"), (1, "（三）教师队伍不断壮大"),
                (1, "（四）校园安全持续稳定"), (0, "二、存在的不足"), (0, "三、2026年工作安排"), (1, "（一）目标任务"), (1, "（二）主要措施"),
                (2, "1.持续扩充优质学位"), (2, "2.全面提升教学质量"), (2, "3.加强教师队伍建设"), (2, "4.推进教育数字化"),
                (2, "5.筑牢校园安全防线"), (1, "（三）保障措施"),
            ],
            indicators: [
                "新建、改扩建学校 eq 6所 2025 -", "新增学位 eq 2160个 2025 -", "普通高中本科上线率 eq 59.4% 2025 全县",
                "义务教育学校课后服务参与率 eq 97% 2025 全县", "招聘新教师 eq 86名 2025 -", "开展教师全员培训 eq 6200人次 2025 -",
                "维修改造校舍 eq 2.3万平方米 2025 -",
                "学前三年毛入园率 eq 96% 2026 全县", "义务教育巩固率 ge 99.5% 2026 全县", "普通高中本科上线率 eq 61% 2026 全县",
                "新增学位 eq 1350个 2026 -", "初中学业水平考试优秀率 eq 2个百分点 2026 -", "招聘新教师 eq 90名 2026 -",
                "乡村学校教师 ge 55名 2026 -", "中小学智慧教室覆盖率 eq 80% 2026 -", "校园视频监控覆盖率 eq 100% 2026 -",
                "教育经费投入 ge 5.6亿元 2026 -",
            ],
            notIndicators: ["1.8个百分点", "3轮"],
            tasks: [
                ("李湖县第五小学建成招生", "计划财务股", "2026-08"),
                ("全面提升教学质量", "教育股", nil),
                ("完成招聘工作", "县教育局人事股", "2026-07"),
                ("完成县教育云平台升级", nil, "2026-10"),
                ("筑牢校园安全防线", "安全股", nil),
                ("完成年度办学绩效考核", nil, "2026-11"),
            ],
            noise: [
                "无障碍浏览 | 长者模式 | 登录 | 注册", "李湖县教育局 LIHU COUNTY EDUCATION BUREAU",
                "首页 | 教育要闻 | 通知公告 | 信息公开 | 办事服务 | 专题专栏 | 互动交流", "所在栏目：首页 » 信息公开 » 计划总结",
                "发布时间：2026-01-19  信息来源：局办公室  点击数：915  【字体：大 中 小】", "打印本页 | 关闭窗口 | 返回顶部",
                "上一条：李湖县教育局召开2026年全县教育工作会议", "下一条：李湖县开展寒假中小学生安全教育专项行动", "相关站点", "棠溪省教育厅",
                "棠溪省教育考试院", "柿山市教育局", "李湖县人民政府", "主办单位：李湖县教育局  承办：李湖县教育局信息中心", "联系地址：李湖县桃溪路58号",
                "联系电话：0000-6124305", "棠ICP备2022007318号-2  棠公网安备 36122402000126号",
            ]),
        ExpectedPlan(
            name: "county 三年行动方案 under its notice pasted from a Word print with a 页眉, －N－ page numbers and a 版记",
            text: BlindFixtures14.countyThreeYearPlanPastedFromWord,
            headings: [
                (0, "一、总体目标"), (1, "1.学前教育"), (1, "2.义务教育"), (1, "3.高中教育"), (0, "二、重点任务"), (1, "（一）学位扩容行动"),
                (2, "1.加快项目建设"), (2, "2.优化学校布局"), (1, "（二）质量提升行动"), (2, "1.深化集团化办学"), (2, "2.加强课程教学改革"),
                (1, "（三）队伍建设行动"), (2, "1.补足配齐教师"), (2, "2.提高教师待遇"), (0, "三、保障措施"), (1, "（一）加强组织领导"),
                (1, "（二）加大经费保障"), (1, "（三）严格督导考核"),
            ],
            indicators: [
                "普惠性幼儿园覆盖率 ge 95% 2028 全县", "公办园在园幼儿占比 eq 65% 2028 全县", "义务教育巩固率 ge 99.6% 2028 -",
                "初中平均班额 le 45人 2028 -", "高中阶段毛入学率 eq 96% 2028 - from 92.5@2025", "普通高中省级特色学校 eq 3所 2028 -",
                "新建、改扩建中小学和幼儿园 eq 18所 2028 -", "新增学位 eq 6800个 2028 -", "组建县域教育集团 eq 8个 2028 -",
                "每年评选县级教学改革成果 eq 20项 2028 -", "建成省级课程改革实验校 eq 4所 2027 -", "每年补充教师 ge 120名 2028 -",
                "中小学专任教师本科以上学历占比 eq 90% 2028 -", "每年教育经费投入 ge 6亿元 2028 全县",
            ],
            notIndicators: ["12号", "1次"],
            tasks: [
                ("建成榴原县第二高级中学", "县教育局、县住房城乡建设局", "2027-08"),
                ("编制《榴原县中小学幼儿园布局专项规划》", "县教育局、县自然资源局", "2026"),
                ("加强课程教学改革", "县教育局", nil),
                ("提高教师待遇", "县财政局、县教育局", nil),
                ("完成行动方案实施情况首次评估", "县政府教育督导室", "2026-12"),
                ("完成行动方案终期评估", "县政府教育督导室", "2028-10"),
            ],
            noise: [
                "－1－", "基础教育扩优提质三年行动方案", "－2－", "基础教育扩优提质三年行动方案", "－3－", "基础教育扩优提质三年行动方案",
                "－4－",
            ]),
    ]
}
