import Foundation
@testable import PlanImport

/// A fifteenth blind set: six ORDINARY plans of the genre, each as a user's select-all copy of the kind of page county staff
/// most often copy plans from, furniture included above, below and sometimes inside the plan, each site with its own design
/// and wording, different from sets 12, 13 and 14, and the plan types spread over the kinds of page otherwise than in those
/// sets. Invented content throughout (fictional places 珀川县, 琨湖县 and 琥溪区 (with its 滨湖街道 and 琥山镇) under 玑山市,
/// 瑶原县 and 璋平县, all in an invented 琅嵋省; invented sites, accounts, users, addresses, codes and numbers; no published
/// sentence copied): a county bureau's 工作总结和下一年工作思路 on a 计划/总结 aggregator (知秋总结计划网) with a 本文目录 box
/// above the plan that repeats its three 一、二、三、 headings and a 相关专题 line inside; a junior middle school's 学期工作计划
/// with a 月工作安排 on a document viewer (拾页文库) with a page title that is not the document's, an AI速读 line, a price line,
/// "— N/4 —" page markers and a VIP cut inside; a county government office's 学前教育 实施方案（2026—2028年） as the
/// attachment of its notice on the county government's 政府信息公开平台 (a 信息公开 sub-menu, 当前路径, six bracketed
/// 【索 引 号】-style fields, 阅读次数/字号, 附件下载, 政策解读, 我要纠错, a visitor counter); a district bureau's 年度工作要点 as
/// a WeChat article of the bureau's own account (琥溪教育) with a 收录于合集 line, the account's lead-in, "▲" photo captions
/// above and inside the plan, 丨 credits, 推荐阅读, 阅读原文, 留言 and the 继续滑动看下一个 lines; a county bureau's 专项 plan
/// (校园安全工作计划) on the bureau's own website (璋平教育网: 站群导航, an arrow breadcrumb, a 稿件来源/责任编辑 line, an attached
/// list with its size and downloads, 相关信息, a visitor counter, a browser hint); a city bureau's 年度工作计划 under its notice
/// copied from the PDF of the 红头 document as a county bureau received it through an office platform (a watermark line at
/// the top of every page, "- N -" page numbers, lines broken where the PDF's lines end, the 抄送/印发 版记).
/// Written without reading the importer's sources and without running the importer or any test; syntax checked with
/// `swiftc -parse` only.
/// No stored pages were searched for this set; every site's furniture is reproduced from common knowledge of such pages in
/// invented wording: aggregators (site name with slogan, 会员登录/注册/投稿/手机版, a breadcrumb ending in the sub-channel,
/// 更新时间/编辑/阅读时长, a 复制全文/下载Word/打印本文 row, a 本文目录 box, a 相关专题 line, 本文标签, an 有用/没用 poll,
/// «前一篇/后一篇», 同类文章推荐 with titles, 热门标签, footer links, a disclaimer, Copyright with ICP); document viewers (site
/// name with slogan, menu, search, breadcrumb, a page title "…（word可编辑版）", 上传/格式/页数/阅读/下载, an AI速读 summary, a
/// 下载券/VIP price line, a "— N/N —" marker at the top of each page, a VIP cut, 下载文档/收藏/分享/纠错, an 上传 statement,
/// 为你推荐 files, 客服邮箱, ©/ICP/增值电信业务经营许可证); government 信息公开 platforms (a "中国·county" logo line, 关怀版/
/// 移动端/政务新媒体, menu, the platform's name and sub-menu, 当前路径, 【索 引 号】/【发布机构】/【公开日期】/【文　　号】/【主题分类】/
/// 【时 效 性】, 阅读次数/字号, the notice and its 附件, 附件下载 with the file, 政策解读, 我要纠错/打印本页/关闭窗口, 主办单位/技术支持,
/// 网站标识码/ICP/公网安备, 您是本站第N位访客); WeChat articles (title, "原创 author account", date and place, 收录于合集 with
/// tags, a 👆 follow line, "▲" photo captions, the account's lead-in "…一起来看 ↓", 来源丨/编辑丨/审核丨/终审丨, 推荐阅读 with
/// titles, 阅读原文, 分享/收藏/点赞/在看, 留言 N, 写下你的留言, comments with name, text, "来自place  date  ♡N" and 作者回复,
/// 微信扫一扫关注该公众号, 继续滑动看下一个, the account name, 向上滑动看下一个); county bureau sites (站群导航/政务服务网/12345热线,
/// the site's own name, search, menu, "当前位置 → … → …", 稿件来源/责任编辑/发布日期/浏览, 相关附件 with size and 下载次数, 分享,
/// 【我要打印】【关闭本页】【返回列表】, 相关信息 with titles, 主办/地址/邮编, 备案号/公网安备, 本站访问量, a browser and
/// resolution hint); PDF copies of a 红头 document (a platform watermark "platform　unit　date time" at the top of every page,
/// 版头 "…文件", 文号, a two-line notice title, notice, （此件公开发布）, "- N -" at each page foot, lines broken at the
/// PDF's line ends, 抄送 and "…办公室  date印发").
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
/// Set 14's note blocks, copied as written there ("this set" meaning set 11 in "Decided for this set", set 12 in "Decided for
/// set 12 (this set)", set 13 in "Decided for set 13 (this set)" and set 14 in "Decided for set 14 (this set)") and followed
/// here too:
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
/// Decided for set 15 (this set): the readings of the sets before 11 that the blocks above do not repeat are followed: a
/// 分别 list gives one indicator per item, a list of grades or school kinds before a shared name giving each item its
/// whole name ("七年级、八年级、九年级期末质量检测合格率分别达到…" → "七年级期末质量检测合格率" and so on; "中小学、幼儿园专职保安
/// 配备率" → "中小学专职保安配备率", "幼儿园专职保安配备率"; "城区公办幼儿园、普惠性民办幼儿园平均班额" → the two 平均班额 with
/// 城区 as scope) and a list of places giving each place as the scope ("琥溪区、珀川县、琨湖县…分别达到…", "滨湖街道、琥山镇…分别
/// 达到…"); a range is ge with the low value and "-max" (1-2所, 2-3所, 3-5名, 4-6个), as in set 1's scorer's note; "每生每年"
/// between the verb and the value is no part of the name (as 每人每月 in set 1), while "月平均工资" keeps the 月 written
/// before the verb; "三年" at the head of a multi-year plan's target is dropped from the name like 全年. A baseline "由上学年
/// 的26%提高到30%" or "由70%提高到85%" is "from 26" / "from 70" with no @year; a clause year ("到2027年，…") holds to the
/// sentence's 。 only, the next sentence taking the plan's year (2028 for the 实施方案 (2026—2028年)); "到2026年底，全县…" in a
/// 年度 plan gives 2026 and 全县 as in set 14. 城区 at the head of a sentence ("城区学校“护学岗”设置率…", "城区小学、初中平均班额
/// 分别…") is the scope and leaves the name ("学校“护学岗”设置率", "小学平均班额"), and does not reach the next sentence; 城区
/// named in a 其中 part ("其中城区新增公办学位不少于2400个") is that part's scope only, the name being "新增公办学位". A count of
/// 常务会议 named by its number in the notice ("第25次") and the 文号 (9号, 3号) are notIndicators; a rank "列全市第2名" is the
/// notIndicator "2名"; counts of 文明班级评比, 九年级质量分析会, 主题教研活动, 消防疏散演练, 幼小衔接联合教研, 专题推进会, 校园
/// 安全形势分析会, 校园安全专项督查, 局长办公会 and 学生心理健康测评 held, of an 艺术展演 (届) and of 大排查/排查 rounds (轮) are
/// notIndicators like the counts above, and so is "每学期组织应急疏散演练2次". A per-person or per-term requirement keeps its
/// 每名/每学期 words ("每名新教师入职培训", "每名教师每学期撰写教学反思", "青年教师每学期上汇报课", "每名学生掌握运动技能").
/// A colon line that ends a paragraph or stands alone ("围绕“学在珀川”品牌，重点实施四项工程：") is no heading and no noise, and
/// the short unnumbered titles under it ("学位扩容工程" …) are headings one level below the heading they stand under, as in
/// sets 1 and 3; a lead phrase whose body is "重点抓好三项工作：" is a heading of its lead phrase alone, its "N.lead。body"
/// lines one level below. "一是…；二是…" inside a paragraph is no heading. A bracket "（牵头单位：A；配合单位：B）" names A as
/// the lead, as set 11's 牵头科室/配合科室. Tasks: a deadline sentence whose subject follows the deadline ("8月底前城北小学二期
/// 工程建成投用") is keyed by the rest of the sentence; "2026年底前完成…" in the 实施方案 gives "2026"; two deadline sentences
/// with their years before one owner bracket are two tasks with that owner; a month line of 四、月工作安排 is a task keyed by
/// its first clause with no owner, due that month of 2026; an owner bracket after an unnumbered 工程 title's paragraph
/// with no deadline gives a task under that title.
/// Furniture: on the aggregator (知秋总结计划网) the site's name, the 会员登录 row, the breadcrumb (ending in the sub-channel), the
/// 更新时间/编辑/阅读时长 line, the 复制全文/下载Word/打印本文 row, the 本文目录 label and its three entries — noise although they
/// repeat the plan's 一、二、三、 headings word for word, the headings themselves being the lines inside the plan — and the
/// "相关专题：…" line between 二、 and 三、 are noise, and so are 本文标签, the 有用/没用 poll, «前一篇/后一篇», 同类文章推荐 and its
/// three titles, 热门标签, the footer links, the disclaimer and the Copyright/ICP line; the page title (the plan's title), the
/// signature and date are kept. On the document viewer (拾页文库) the site's name, menu, search line, breadcrumb, the page
/// title "琨湖二中2026春季学期学校工作计划（word可编辑版）" (not the document's title), the 上传 line, the AI速读 line, the 文档价格
/// line, each "— N/4 —" marker (four, the first directly above the document's own title), the "— 以下内容为VIP专享… —" cut, the
/// 下载文档 row, the 上传 statement, 为你推荐 and its three files, 客服邮箱 and the ©/ICP line are noise; the document's own title,
/// signature and date are kept. On the 政府信息公开平台 the logo line, the 关怀版 row, the menu, the platform's name and its
/// sub-menu, 当前路径, each bracketed field (【索 引 号】, 【发布机构】, 【公开日期】, 【文　　号】 even where it repeats the notice's
/// 文号, 【主题分类】, 【时 效 性】), the 阅读次数/字号 line, "附件下载：" and the file line under it, the 政策解读 line, the 我要纠错/
/// 打印本页/关闭窗口 row, the two footer lines and the visitor counter are noise; the page heading (the notice's title), the
/// notice's 文号, addressees, body, "附件：…" line, signature, date, "（此件公开发布）", the "附件" label and the plan's title are
/// kept; the 实施方案 has no signature of its own. In the WeChat article the "原创 author account" line, the date and place
/// line, the 收录于合集 line, the 👆 follow line, each "▲" photo caption (one above the account's lead-in, one between two
/// "N." lines inside the plan), the account's lead-in "近日，…一起来看 ↓" (the account's words, not the plan's introduction,
/// which follows it), the four 丨 credits, 推荐阅读 and its three titles, 阅读原文, the 分享/收藏/点赞/在看 line, "留言 8", 写下
/// 你的留言, every line of the two comments (name, text, "来自place  date  ♡N", 作者回复) and the 微信扫一扫关注该公众号/继续滑动看
/// 下一个/account name/向上滑动看下一个 lines are noise; the article's title (the plan's title) is kept; the 要点 has no signature.
/// On the county bureau's site (璋平教育网) the 站群导航 row, the site's name, the search line, the menu, the arrow breadcrumb,
/// the 稿件来源/责任编辑/发布日期/浏览 line, the 相关附件 line with its size and 下载次数, 分享, 【我要打印】【关闭本页】【返回列表】,
/// 相关信息 and its three titles, the 主办/地址/邮编 and 备案号/公网安备 lines, 本站访问量 and the browser hint are noise; the
/// title, signature and date are kept. In the PDF copy the platform's watermark line at the top of each of the four pages
/// and each "- N -" page number are noise, each listed every time it appears; the 版头 "玑山市教育局文件", the 文号, the
/// notice's title (broken over two lines as the PDF sets it), addressees, body, signature, date and "（此件公开发布）", the
/// "附件" label, the plan's title, the "抄送：…" line and the "…办公室  date印发" line are the document's and kept, and are no
/// task. A line of the PDF copy that ends where the PDF's line ends, mid-word, mid-name or between a value and its 以上, runs
/// on into the next line: the break is no heading and no noise, and the headings, indicators and tasks above are read from
/// the paragraph as if it were unbroken ("普惠性幼儿园覆盖率", "义务教育学校集团化办学覆盖率", "中小学幼儿园“一键报警”装置与公安
/// 机关联网率", "保持在97%以上", "对各县（区）教育工作进行年度综合考核").
enum BlindFixtures15 {
    /// A county bureau's 工作总结和下一年工作思路 on a 计划/总结 aggregator (知秋总结计划网): the site name with its slogan, the
    /// 会员登录 row and a breadcrumb ending in the sub-channel above the page title (the plan's title), the 更新时间/编辑/阅读时长
    /// line, a 复制全文/下载Word/打印本文 row and a 本文目录 box whose three entries repeat the plan's 一、二、三、 headings word
    /// for word; the introduction, the summary's （一）…（四） "lead。body" paragraphs with the past year's figures (全年 in a
    /// name, 全县 at the head of a sentence running past a "；", a point rise beside its value, a rank, counts of 送教下乡 events
    /// and 排查 rounds held), 二、存在的问题 as one 一是…三是 line, a 相关专题 line between 二、 and 三、, the 思路 half with
    /// （一）目标任务 (全县, 以上, 保持在…以上, 力争达到, a 城区 分别 pair with 以内), （二）重点工作 whose colon line introduces four
    /// unnumbered 工程 titles each over one paragraph (a range, a baseline without a year, an owner bracket after a deadline
    /// whose subject follows it, one with no deadline, a 其中 part, a per-person requirement, "由…牵头", a count of drills) and
    /// （三）保障措施 as a lead phrase (全年, 年底前), the signature and date; 本文标签, an 有用/没用 poll, «前一篇/后一篇», 同类文章
    /// 推荐 with three titles, 热门标签, the footer links, a disclaimer and the Copyright/ICP line below.
    static let countySummaryAndOutlookOnPlanAggregator = """
        知秋总结计划网 · 让写作更轻松
        会员登录 | 免费注册 | 我要投稿 | 手机版
        网站首页 > 工作总结 > 单位工作总结 > 教育局工作总结
        珀川县教育局2025年工作总结和2026年工作思路
        更新时间：2026-01-21  编辑：知秋  阅读时长约6分钟
        复制全文  下载Word  打印本文
        本文目录
        一、2025年工作总结
        二、存在的问题
        三、2026年工作思路
        2025年，县教育局在县委、县政府的正确领导下，紧扣“学在珀川”品牌建设，补短板、强弱项、提质量，全县教育事业保持稳中有进的良好态势。现将有关情况汇报如下。
        一、2025年工作总结
        （一）办学条件持续改善。全年完成教育项目投资2.8亿元，建成珀川县实验小学南校区和城北幼儿园，新增学位2340个，改造农村学校厕所26所。
        （二）育人质量稳步提升。全县学前三年毛入园率达到95.6%，义务教育巩固率达到99.4%；普通高中本科上线率达到63.8%，较上年提高2.3个百分点，高考综合评价列全市第2名。
        （三）教师队伍不断优化。招聘新教师118名，其中研究生学历教师21名；开展教师全员培训7400人次，组织送教下乡活动16场次。
        （四）民生保障扎实有力。落实学生资助资金1960万元，惠及学生2.1万人次；全年开展校园安全隐患排查4轮，未发生重大安全责任事故。
        二、存在的问题
        一是城区学位供给仍然偏紧，部分小学班额偏大；二是乡村学校音体美教师结构性短缺；三是职业教育与本地产业结合不够紧密。
        相关专题：教育局工作总结  工作思路怎么写
        三、2026年工作思路
        （一）目标任务。全县学前三年毛入园率达到96%以上，义务教育巩固率保持在99.5%以上，普通高中本科上线率力争达到65%。城区小学、初中平均班额分别控制在45人、48人以内。
        （二）重点工作
        围绕“学在珀川”品牌，重点实施四项工程：
        学位扩容工程
        新建珀川县第四初级中学，改扩建乡镇公办幼儿园1-2所，新增学位1500个。8月底前城北小学二期工程建成投用。（责任股室：计划财务股）
        质量提升工程
        新组建城乡教育共同体5个，乡村学校纳入共同体比例由70%提高到85%，中小学生体质健康优良率达到56%以上。（责任股室：教育股）
        强师兴教工程
        招聘教师100名左右，其中音体美教师不少于30名，每名新教师入职培训不少于120学时。由县教育局人事股牵头，7月底前完成教师招聘考试。
        平安校园工程
        中小学幼儿园专职保安配备率保持100%，每学期组织应急疏散演练2次。5月底前完成全县中小学防溺水警示标识排查。（责任股室：安全股）
        （三）保障措施。全年教育经费投入不低于4.2亿元。年底前完成教育系统内部审计全覆盖。
        珀川县教育局
        2026年1月12日
        本文标签：教育局 工作总结 工作思路
        这篇文章对您有帮助吗？  有用（36）  没用（2）
        « 前一篇：2026年教育局党建工作要点（精选）
        后一篇：县教育局2026年春季开学工作方案 »
        同类文章推荐
        2025年教育局年终工作总结（通用4篇）
        乡镇中心学校2025年工作总结和2026年计划
        教育局工作思路怎么写（附范文）
        热门标签：工作总结 工作计划 述职报告 心得体会 实施方案
        关于本站 · 隐私政策 · 侵权投诉 · 网站地图
        本站内容均来自网友投稿和网络整理，仅供参考，不代表本站观点。
        Copyright © 2017-2026 知秋总结计划网 zhiqiu.example.org  琅ICP备2026003412号
        """

    /// A junior middle school's 学期工作计划 on a document viewer (拾页文库): the site name with its slogan, the menu, the search
    /// line and a breadcrumb, a page title "…（word可编辑版）" that is not the document's own title, the 上传/格式/页数/阅读/下载
    /// line, an AI速读 summary and a 下载券/VIP price line above the viewer; a "— N/4 —" marker at the top of each of the four
    /// pages (the first directly above the document's own title) and a "— 以下内容为VIP专享… —" cut between pages 2 and 3; the
    /// document's title, the introduction with stock counts, 一、指导思想, 二、工作目标 with three "（N）名称：…" goal lines (a 分别
    /// list of three grades, a baseline written 上学年, 以上, 以内, a range), 三、主要工作 with 1.…4. titles alone on their lines
    /// over "（N）lead。body" items (（责任处室：…） with no deadline, deadlines with no owner, per-person and per-term
    /// requirements, counts of 评比, 质量分析会, 教研活动 and 演练 held), 四、月工作安排 with one "N月：…" line per month, the
    /// signature and date; the 下载文档 row, the 上传 statement, 为你推荐 with three files, 客服邮箱 and the ©/ICP line below.
    static let schoolTermPlanOnDocumentViewer = """
        拾页文库 · 让知识流动起来
        首页  |  教育资料  |  办公范本  |  考试题库  |  会员中心  |  APP下载
        输入关键词，搜一搜海量文档
        拾页文库 > 教育资料 > 学校管理 > 学期计划
        琨湖二中2026春季学期学校工作计划（word可编辑版）
        上传：蓝墨水  2026-03-01  |  doc格式  |  4页  |  2315次阅读  |  142次下载
        AI速读：本文为琨湖县第二初级中学2026年春季学期学校工作计划，包括指导思想、工作目标、主要工作和月工作安排，适合学校管理人员参考。
        文档价格：2下载券  |  VIP免费下载
        — 1/4 —
        琨湖县第二初级中学2026年春季学期学校工作计划
        本学期，学校将以“养正教育”为主线，坚持立德树人，聚焦课堂提质和毕业年级备考，努力办好群众满意的乡镇初中。学校现有教学班24个，学生1086人，教职工96人。
        一、指导思想
        以新课程标准为引领，全面落实“双减”政策，深化“养正教育”特色，推动学校内涵发展。
        二、工作目标
        （一）教育质量：七年级、八年级、九年级期末质量检测合格率分别达到92%、90%、88%，九年级学业水平考试优秀率由上学年的26%提高到30%。
        （二）学生发展：学生体质健康合格率达到95%以上，学生近视率控制在55%以内。
        （三）队伍建设：培养县级以上骨干教师3-5名，教师师德考核合格率保持100%。
        — 2/4 —
        三、主要工作
        1.德育工作
        （1）抓实养成教育。以“养正少年”评选为载体，每月开展1次文明班级评比。（责任处室：政教处）
        （2）加强家校共育。办好家长学校，每名班主任家访不少于20户，4月底前完成留守儿童家访全覆盖。
        2.教学工作
        （1）深化课堂改革。推进“问题导学”课堂模式，每名教师每学期听课不少于18节，青年教师每学期上汇报课不少于2节。（责任处室：教务处）
        （2）抓好毕业班备考。每月召开1次九年级质量分析会，4月底前完成九年级第一轮复习。
        （3）落实作业管理。书面作业平均完成时间控制在90分钟以内，作业公示率达到100%。
        — 以下内容为VIP专享，开通会员即可阅读全文 —
        — 3/4 —
        3.教师发展
        （1）实施青蓝工程。结对培养青年教师14名，5月底前举办青年教师课堂教学比赛。
        （2）加强校本研修。各教研组每两周开展1次主题教研活动，每名教师每学期撰写教学反思不少于10篇。
        4.安全后勤
        （1）守牢安全底线。安全隐患台账销号率达到100%，每月开展1次消防疏散演练。（责任处室：总务处）
        （2）办好学生食堂。学生就餐满意度达到92%以上，6月底前完成食堂“明厨亮灶”改造。
        — 4/4 —
        四、月工作安排
        2月：组织开学典礼，开展开学安全大检查。
        3月：召开九年级家长会，开展“植树护绿”实践活动。
        4月：举办校园科技节，组织九年级第一次模拟考试。
        5月：开展防溺水安全教育周活动。
        6月：组织九年级学业水平考试，做好学期总结。
        琨湖县第二初级中学
        2026年2月20日
        下载文档  |  加入收藏  |  分享  |  纠错
        本文由用户“蓝墨水”上传，拾页文库仅提供信息存储空间服务，如有侵权请联系删除。
        为你推荐
        琨湖二中2025秋季学期工作总结.doc
        初中学校春季学期工作计划（通用版）.docx
        2026年春季学期教务处工作计划.pdf
        客服邮箱：kefu@shiye.example.com
        © 2019-2026 拾页文库  琅ICP备2025009871号-3  增值电信业务经营许可证：琅B2-20250016
        """

    /// A county government office's 学前教育 实施方案（2026—2028年） as the attachment of its notice on the county government's
    /// 政府信息公开平台: the "中国·瑶原" logo line, the 关怀版/移动端 row, the menu, the platform's name and its sub-menu,
    /// 当前路径 and six bracketed fields (【索 引 号】, 【发布机构】, 【公开日期】, 【文　　号】, 【主题分类】, 【时 效 性】) above the
    /// page heading (the notice's title), a 阅读次数/字号 line under it; the notice (文号, addressees, one sentence naming a
    /// 常务会议 by its number, its "附件：…" line, signature, date, "（此件公开发布）"), the "附件" label and the plan's title; the
    /// introduction, 一、主要目标 with a vision sentence ending in "具体目标如下：" over three "（N）lead。body" goal paragraphs
    /// (全县 at the head, a baseline with its year, a target with its own year 到2027年 followed by a sentence with 城区 and a
    /// 分别 pair, 每年 in a name), 二、重点任务 with （一）…（三） titles over "N.lead。body" items (三年 in a name, a 其中 part
    /// naming 城区, "2026年底前" under a （牵头单位：…；配合单位：…） bracket, a range, 每生每年 before a value, owner brackets with
    /// no deadline, a deadline with its year and month, a baseline with its year), 三、保障措施 with three lead phrases (a count
    /// of 推进会, 每年 in a name, two deadline sentences with their years before one owner bracket), no signature under it;
    /// 附件下载 with the file, 政策解读, the 我要纠错/打印本页/关闭窗口 row, the footer and a visitor counter below.
    static let countyPreschoolImplementationPlanOnDisclosurePlatform = """
        中国·瑶原  瑶原县人民政府
        关怀版 | 移动端 | 政务新媒体 | 繁/简
        首页  要闻动态  政府信息公开  政务服务  政民互动  数据开放
        政府信息公开平台
        公开指南 | 公开制度 | 法定主动公开内容 | 依申请公开 | 公开年报
        当前路径：政府信息公开平台 > 法定主动公开内容 > 规划信息 > 专项规划
        【索 引 号】YY00217-0300-2026-000052
        【发布机构】瑶原县人民政府办公室
        【公开日期】2026-03-27
        【文　　号】瑶政办发〔2026〕9号
        【主题分类】教育
        【时 效 性】现行有效
        瑶原县人民政府办公室关于印发瑶原县学前教育普及普惠提升行动实施方案（2026—2028年）的通知
        阅读次数：1286    字号：【大】【中】【小】
        瑶政办发〔2026〕9号
        各乡镇人民政府，县直有关单位：
        《瑶原县学前教育普及普惠提升行动实施方案（2026—2028年）》已经县人民政府第25次常务会议研究通过，现印发给你们，请认真贯彻落实。
        附件：瑶原县学前教育普及普惠提升行动实施方案（2026—2028年）
        瑶原县人民政府办公室
        2026年3月24日
        （此件公开发布）
        附件
        瑶原县学前教育普及普惠提升行动实施方案（2026—2028年）
        为进一步扩大普惠性学前教育资源，提升保育教育质量，根据《琅嵋省学前教育普及普惠提升行动计划》，结合我县实际，制定本方案。
        一、主要目标
        到2028年，全县基本建成覆盖城乡、布局合理、公益普惠、安全优质的学前教育公共服务体系。具体目标如下：
        （一）普及普惠水平。全县学前三年毛入园率由2025年的91.2%提高到96%，普惠性幼儿园覆盖率达到92%以上，公办园在园幼儿占比不低于60%。
        （二）办园条件。到2027年，乡镇公办中心幼儿园省级规范化幼儿园达标率达到100%。城区公办幼儿园、普惠性民办幼儿园平均班额分别控制在30人、32人以内。
        （三）队伍建设。幼儿园专任教师持证率保持100%，专科以上学历教师占比达到90%，每年培训幼儿园教师不少于600人次。
        二、重点任务
        （一）扩大普惠资源
        1.新建改扩建公办园。三年新建、改扩建公办幼儿园15所，新增公办学位4500个，其中城区新增公办学位不少于2400个。2026年底前完成城东、城南两所幼儿园建设。（牵头单位：县教育局；配合单位：县发展改革局、县住房城乡建设局）
        2.规范民办园发展。每年认定普惠性民办幼儿园2-3所，普惠性民办园生均财政补助提高到每生每年900元。
        （二）提升保教质量
        1.深化幼小科学衔接。幼小衔接实验园（校）覆盖率达到100%，每学期开展2次幼小衔接联合教研。（牵头单位：县教育局）
        2.健全质量评估。2027年6月底前完成全县幼儿园保育教育质量评估全覆盖。（牵头单位：县政府教育督导室；配合单位：县教育局）
        （三）加强队伍建设
        1.配足配齐教职工。按照“两教一保”标准配备保教人员，每年补充公办园教师不少于80名。（牵头单位：县委编办；配合单位：县教育局、县人力资源社会保障局）
        2.保障教师待遇。公办园非在编教师月平均工资由2025年的3200元提高到3800元，逐步实现同工同酬。
        三、保障措施
        （一）加强组织领导。成立由分管副县长任组长的工作领导小组，每年召开2次专题推进会。
        （二）加大经费投入。每年安排学前教育专项经费不低于6000万元，学前教育经费占财政性教育经费的比例不低于6%。
        （三）强化督导考核。2027年6月底前完成中期评估。2028年11月底前完成终期评估。（牵头单位：县政府教育督导室）
        附件下载：
        瑶原县学前教育普及普惠提升行动实施方案（2026—2028年）.pdf
        政策解读：《瑶原县学前教育普及普惠提升行动实施方案（2026—2028年）》解读
        我要纠错  |  打印本页  |  关闭窗口
        主办单位：瑶原县人民政府办公室    技术支持：瑶原县融媒体中心
        网站标识码：5301270008    琅ICP备2020001745号    琅公网安备 53012702000093号
        您是本站第 3867211 位访客
        """

    /// A district bureau's 年度工作要点 as a WeChat article of the bureau's own account (琥溪教育) copied from the browser: the
    /// article title (the plan's title), the "原创 author account" line, the date and place line, a 收录于合集 line with two
    /// tags, a 👆 follow line, a "▲" caption of the photo of the 教育工作会议 and the account's lead-in "…一起来看 ↓" above the
    /// plan; the introduction, four parts over "（N）lead。body" items restarting in each part (（责任科室：…） with no deadline
    /// and after a deadline, 全区 in a third clause, two places sharing one target (分别), an item whose body is only a colon
    /// phrase over three "N.lead。body" lines (a baseline without a year, a deadline under an owner bracket), a "▲" caption of a
    /// school's rendering between two of those lines, 力争达到, a 其中 part, "由…牵头", a count of an 艺术展演 held (届) and of
    /// 大排查 rounds, 全区 at the head of a sentence, 年底前), no signature under it; the 来源丨/编辑丨/审核丨/终审丨 credits, 推荐阅读
    /// with three titles, 阅读原文, the 分享/收藏/点赞/在看 line, 留言 N, 写下你的留言, two comments (one with the author's reply)
    /// and the 微信扫一扫/继续滑动看下一个/account/向上滑动看下一个 lines below.
    static let districtKeyPointsAsBureauWeChatArticle = """
        琥溪区教育局2026年工作要点
        原创 区教育局办公室 琥溪教育
        2026年3月6日 19:02  琅嵋
        收录于合集 #工作要点 4个 #教育动态 218个
        👆 点击上方“琥溪教育”，关注更多教育资讯
        ▲ 2026年全区教育工作会议现场
        近日，区教育局印发2026年工作要点，明确全年教育工作“路线图”。一起来看 ↓
        2026年全区教育工作的总体要求是：坚持教育优先发展，以建设“品质教育示范区”为目标，聚焦扩优提质、改革创新和安全稳定，推动全区教育高质量发展。
        一、坚持立德树人，构建全面育人体系
        （一）深化思政育人。建设区级思政课名师工作室6个，打造“琥溪红色研学”精品线路10条。（责任科室：德育科）
        （二）加强体育美育。中小学生体质健康优良率达到60%以上，每名学生掌握运动技能不少于2项，举办区级中小学生艺术展演1届。
        二、坚持扩优提质，促进教育公平发展
        （一）扩大学前教育资源。新建、改扩建公办幼儿园4所，新增学前学位1260个，全区公办园在园幼儿占比达到62%。滨湖街道、琥山镇普惠性幼儿园覆盖率分别达到90%、85%。（责任科室：学前教育科）
        （二）推进义务教育优质均衡。重点抓好三项工作：
        1.集团化办学提质。新组建紧密型教育集团3个，集团化办学覆盖率由78%提高到88%。
        2.学位扩容攻坚。8月底前建成琥溪区第八小学并投入使用，新增学位1620个。（责任科室：规划建设科）
        ▲ 琥溪区第八小学效果图
        3.“双减”提质增效。课后服务学生参与率保持在95%以上，义务教育学校书面作业公示率达到100%。
        （三）推动高中多样化发展。普通高中本科上线率力争达到70%，创建省级特色高中1所。
        三、坚持强师固本，建设高素质教师队伍
        （一）加强教师补充。公开招聘教师160名左右，其中硕士研究生不少于40名。由区教育局人事科牵头，6月底前完成公开招聘笔试和面试。
        （二）深化交流轮岗。骨干教师交流轮岗比例不低于15%，全年培训教师6800人次。
        四、坚持安全发展，守牢校园稳定底线
        （一）提升校园安防水平。中小学幼儿园视频监控联网率保持100%，每学期开展2轮校园安全大排查。9月底前完成全区中小学校园周界防护设施升级。（责任科室：安全稳定科）
        （二）强化经费保障。全区教育经费投入不低于16.5亿元，年底前完成全区义务教育学校校舍抗震鉴定。
        来源丨区教育局办公室
        编辑丨程一帆
        审核丨梁砚舟
        终审丨宋知远
        推荐阅读
        琥溪区召开2026年全区教育工作会议
        春季开学第一课，琥溪这样上
        琥溪区2026年义务教育招生政策问答
        阅读原文
        分享  收藏  点赞 62  在看 41
        留言 8
        写下你的留言
        晴川历历
        要点很实在，期待第八小学早日建成！
        来自琅嵋  3月6日  ♡ 21
        作者回复：感谢关注，我们会及时发布项目进展。
        木棉花开
        希望多增加一些公办幼儿园学位。
        来自琅嵋  3月7日  ♡ 9
        微信扫一扫关注该公众号
        继续滑动看下一个
        琥溪教育
        向上滑动看下一个
        """

    /// A county bureau's 专项 plan, its 校园安全工作计划, on the bureau's own website (璋平教育网): the 站群导航 row, the site's
    /// name, the search line, the menu and an arrow breadcrumb above the title, a 稿件来源/责任编辑/发布日期/浏览 line under
    /// it; the introduction, 一、工作目标 as one "到2026年底，全县…" paragraph (以上 nowhere, 不低于, a 分别 pair of school kinds,
    /// 全年 in a clause without a number), 二、主要任务 with six "（N）lead。body" paragraphs (（责任股室：…） with no deadline and
    /// after a deadline, 一是…二是… inside one paragraph, a deadline with no owner, a count of drills and of 大排查 rounds, 以内,
    /// 左右, a baseline without a year, 城区 at the head of a sentence followed by a sentence without it), 三、保障措施 with three
    /// lead phrases (a count of 分析会, 全年, a count of 督查 and a month deadline), the signature and date; the 相关附件 line
    /// with size and downloads, 分享, 【我要打印】【关闭本页】【返回列表】, 相关信息 with three titles, the footer, a visitor
    /// counter and a browser hint below.
    static let countySchoolSafetyPlanOnBureauSite = """
        站群导航 ▾  |  琅嵋政务服务网  |  12345热线
        璋平教育网
        搜索本站  高级搜索
        首页 · 走进教育 · 政务公开 · 教育动态 · 专题专栏 · 办事大厅 · 公众参与
        当前位置 → 首页 → 政务公开 → 计划总结
        璋平县教育局2026年校园安全工作计划
        稿件来源：安全稳定股　　责任编辑：许南乔　　发布日期：2026年02月28日　　浏览：688次
        为深入贯彻“安全第一、预防为主”的方针，切实保障全县师生生命财产安全，结合我县教育系统实际，制定本计划。
        一、工作目标
        到2026年底，全县学校安全隐患整改率达到100%，学生安全教育平台参与率不低于95%，中小学、幼儿园专职保安配备率分别达到100%、95%，全年不发生重大校园安全责任事故。
        二、主要任务
        （一）压实安全责任。逐级签订安全目标责任书，学校安全责任书签订率达到100%，安全工作在学校年度考核中的权重不低于15%。（责任股室：安全稳定股）
        （二）加强安全教育。一是开展防溺水、防欺凌、交通安全等专题教育，中小学生防溺水专题教育覆盖率达到100%；二是每学期组织应急疏散演练2次，师生应急演练参与率达到100%。3月底前完成全县中小学生安全教育平台账号激活。
        （三）排查整治隐患。每季度开展1轮校园安全隐患大排查，重大隐患整改期限控制在30天以内。（责任股室：安全稳定股）
        （四）提升技防水平。投入安防设施改造资金1200万元，新增校园高清视频监控点位800个左右。6月底前完成全县农村寄宿制学校消防设施改造。（责任股室：计划财务股）
        （五）守护食品安全。学校食堂“互联网+明厨亮灶”覆盖率保持100%，食品安全量化等级A级食堂占比由60%提高到75%。（责任股室：后勤服务股）
        （六）规范交通安全管理。城区学校“护学岗”设置率达到100%。校车安全运行率保持100%，8月底前完成农村学校周边道路交通安全设施排查。
        三、保障措施
        （一）强化组织领导。调整充实县教育系统安全工作领导小组，每季度召开1次校园安全形势分析会。
        （二）强化经费保障。全年安排校园安全专项经费不低于1800万元，专款专用。
        （三）强化督查问责。每学期开展2次校园安全专项督查，11月底前完成年度校园安全工作考核。
        璋平县教育局
        2026年2月26日
        相关附件：2026年校园安全重点工作任务清单.xlsx（18KB）  下载次数：57
        分享：微信 | 微博 | 复制链接
        【我要打印】【关闭本页】【返回列表】
        相关信息
        璋平县教育局关于做好2026年春季开学安全工作的通知
        璋平县开展中小学幼儿园消防安全专项检查
        璋平县教育局2025年校园安全工作总结
        主办：璋平县教育局　　地址：璋平县明德路12号　　邮编：000631
        备案号：琅ICP备2023005566号-1　　琅公网安备 53062302000211号
        本站访问量：1862375
        推荐使用1920×1080分辨率及Chrome、Edge浏览器访问本站
        """

    /// A city bureau's 年度工作计划 under its notice copied from the PDF of the 红头 document as a county bureau received it
    /// through an office platform: a watermark line "platform　unit　date time" at the top of each of the four pages and a
    /// "- N -" page number at each page foot; the 版头 "…文件", the 文号, the notice's title broken over two lines, the
    /// addressees, one sentence, signature, date and "（此件公开发布）" on page 1; the "附件" label, the plan's title, the
    /// introduction, 一、主要目标 as one paragraph (全市 at the head running past a "；", 以上, 保持在…以上, 力争达到, three places
    /// sharing one target with 分别), 二、重点工作 with （一）…（四） titles alone on their lines over "N.lead。body" items (an owner
    /// bracket after a deadline, owner brackets with no deadline, a 其中 part, a range, a baseline with its year, a standalone
    /// point fall, counts of 测评 and of 排查 rounds held, 全市 with 左右 and a 其中 part, "由…牵头", 年底前), 三、工作要求 with two
    /// lead phrases (a count of 局长办公会 held, a month deadline), no signature under it, and the 版记 (抄送 and "…办公室  date
    /// 印发") on page 4; every paragraph longer than a PDF line is broken where the line ends, mid-word and mid-name, once
    /// between a value and its 以上, never inside a number and never so that a line begins like a number label.
    static let cityAnnualPlanCopiedFromPdf = """
        琅嵋省协同办公平台　珀川县教育局　2026-02-18 10:26
        玑山市教育局文件
        玑教发〔2026〕3号
        玑山市教育局关于印发《玑山市教育局2026年
        工作计划》的通知
        各县（区）教育局，市直各学校（单位），局机关各处室：
        现将《玑山市教育局2026年工作计划》印发给你们，请结合实际，
        认真抓好贯彻落实。
        玑山市教育局
        2026年2月14日
        （此件公开发布）
        - 1 -
        琅嵋省协同办公平台　珀川县教育局　2026-02-18 10:26
        附件
        玑山市教育局2026年工作计划
        2026年是“十五五”开局之年。全市教育系统要坚持稳中求进、提
        质增效，统筹推进教育、科技、人才一体发展，加快建设教育强
        市，重点做好以下工作。
        一、主要目标
        全市学前三年毛入园率达到97%以上，义务教育巩固率保持
        在99.7%以上，高中阶段毛入学率达到96.5%；普惠性幼儿园覆
        盖率力争达到95%。琥溪区、珀川县、琨湖县义务教育学校集团
        化办学覆盖率分别达到95%、85%、80%。
        二、重点工作
        （一）扩大优质教育资源
        1.实施学位扩容工程。新建、改扩建中小学幼儿园12所，新增学
        位8600个，其中普通高中学位不少于1500个。9月底前建成玑山
        市第六高级中学。（责任处室：发展规划处）
        - 2 -
        琅嵋省协同办公平台　珀川县教育局　2026-02-18 10:26
        2.办好特殊教育。适龄残疾儿童少年义务教育入学率保持在97%
        以上，新建融合教育资源中心4-6个。
        （二）提高教育教学质量
        1.深化课堂教学改革。评选市级基础教育教学成果奖40项，遴选
        市级精品课500节。（责任处室：基础教育处）
        2.促进学生健康成长。中小学生体质健康优良率由2025年的55%
        提高到60%，儿童青少年总体近视率较上年下降1个百分点。每学
        期开展1次学生心理健康测评。
        （三）建设高素质教师队伍
        1.补充优秀教师。全市招聘中小学教师680名左右，其中公费师
        范生不少于120名。由市教育局教师工作处牵头，8月底前完成新
        教师岗位分配。
        - 3 -
        琅嵋省协同办公平台　珀川县教育局　2026-02-18 10:26
        2.提升教师素质。培训中小学幼儿园教师3.2万人次，新认定市级
        名师、名校长60名。（责任处室：教师工作处）
        （四）守牢教育安全底线
        1.强化校园安全管理。中小学幼儿园“一键报警”装置与公安机关
        联网率保持100%，每季度开展1轮安全隐患排查。
        2.加强经费保障。全市教育经费投入不低于68亿元，年底前完成
        市级教育经费绩效评价。（责任处室：财务审计处）
        三、工作要求
        （一）加强统筹调度。建立重点工作月调度机制，每月召开1次局
        长办公会，专题研究重点工作推进情况。
        （二）严格考核问效。12月底前对各县（区）教育工作进行年度
        综合考核。
        抄送：市人民政府办公室，省教育厅办公室。
        玑山市教育局办公室　　　　　　　　2026年2月14日印发
        - 4 -
        """

    static let expected: [ExpectedPlan] = [
        ExpectedPlan(
            name: "county summary and next year's 思路 on a 计划/总结 aggregator with a 本文目录 box repeating its headings",
            text: BlindFixtures15.countySummaryAndOutlookOnPlanAggregator,
            headings: [
                (0, "一、2025年工作总结"), (1, "（一）办学条件持续改善"), (1, "（二）育人质量稳步提升"), (1, "（三）教师队伍不断优化"),
                (1, "（四）民生保障扎实有力"), (0, "二、存在的问题"), (0, "三、2026年工作思路"), (1, "（一）目标任务"), (1, "（二）重点工作"),
                (2, "学位扩容工程"), (2, "质量提升工程"), (2, "强师兴教工程"), (2, "平安校园工程"), (1, "（三）保障措施"),
            ],
            indicators: [
                "完成教育项目投资 eq 2.8亿元 2025 -", "新增学位 eq 2340个 2025 -", "改造农村学校厕所 eq 26所 2025 -",
                "学前三年毛入园率 eq 95.6% 2025 全县", "义务教育巩固率 eq 99.4% 2025 全县", "普通高中本科上线率 eq 63.8% 2025 全县",
                "招聘新教师 eq 118名 2025 -", "研究生学历教师 eq 21名 2025 -", "开展教师全员培训 eq 7400人次 2025 -",
                "落实学生资助资金 eq 1960万元 2025 -", "惠及学生 eq 2.1万人次 2025 -",
                "学前三年毛入园率 ge 96% 2026 全县", "义务教育巩固率 ge 99.5% 2026 全县", "普通高中本科上线率 eq 65% 2026 全县",
                "小学平均班额 le 45人 2026 城区", "初中平均班额 le 48人 2026 城区", "改扩建乡镇公办幼儿园 ge 1-2所 2026 -",
                "新增学位 eq 1500个 2026 -", "新组建城乡教育共同体 eq 5个 2026 -", "乡村学校纳入共同体比例 eq 85% 2026 - from 70",
                "中小学生体质健康优良率 ge 56% 2026 -", "招聘教师 approx 100名 2026 -", "音体美教师 ge 30名 2026 -",
                "每名新教师入职培训 ge 120学时 2026 -", "中小学幼儿园专职保安配备率 eq 100% 2026 -", "教育经费投入 ge 4.2亿元 2026 -",
            ],
            notIndicators: ["2.3个百分点", "2名", "16场次", "4轮", "2次"],
            tasks: [
                ("城北小学二期工程建成投用", "计划财务股", "2026-08"),
                ("质量提升工程", "教育股", nil),
                ("完成教师招聘考试", "县教育局人事股", "2026-07"),
                ("完成全县中小学防溺水警示标识排查", "安全股", "2026-05"),
                ("完成教育系统内部审计全覆盖", nil, "2026"),
            ],
            noise: [
                "知秋总结计划网 · 让写作更轻松", "会员登录 | 免费注册 | 我要投稿 | 手机版", "网站首页 > 工作总结 > 单位工作总结 > 教育局工作总结",
                "更新时间：2026-01-21  编辑：知秋  阅读时长约6分钟", "复制全文  下载Word  打印本文", "本文目录", "一、2025年工作总结",
                "二、存在的问题", "三、2026年工作思路", "相关专题：教育局工作总结  工作思路怎么写", "本文标签：教育局 工作总结 工作思路",
                "这篇文章对您有帮助吗？  有用（36）  没用（2）", "« 前一篇：2026年教育局党建工作要点（精选）",
                "后一篇：县教育局2026年春季开学工作方案 »", "同类文章推荐", "2025年教育局年终工作总结（通用4篇）",
                "乡镇中心学校2025年工作总结和2026年计划", "教育局工作思路怎么写（附范文）", "热门标签：工作总结 工作计划 述职报告 心得体会 实施方案",
                "关于本站 · 隐私政策 · 侵权投诉 · 网站地图", "本站内容均来自网友投稿和网络整理，仅供参考，不代表本站观点。",
                "Copyright © 2017-2026 知秋总结计划网 zhiqiu.example.org  琅ICP备2026003412号",
            ]),
        ExpectedPlan(
            name: "junior middle school term plan on a document viewer with “— N/4 —” page markers, an AI速读 line and a VIP cut",
            text: BlindFixtures15.schoolTermPlanOnDocumentViewer,
            headings: [
                (0, "一、指导思想"), (0, "二、工作目标"), (1, "（一）教育质量"), (1, "（二）学生发展"), (1, "（三）队伍建设"), (0, "三、主要工作"),
                (1, "1.德育工作"), (2, "（1）抓实养成教育"), (2, "（2）加强家校共育"), (1, "2.教学工作"), (2, "（1）深化课堂改革"),
                (2, "（2）抓好毕业班备考"), (2, "（3）落实作业管理"), (1, "3.教师发展"), (2, "（1）实施青蓝工程"), (2, "（2）加强校本研修"),
                (1, "4.安全后勤"), (2, "（1）守牢安全底线"), (2, "（2）办好学生食堂"), (0, "四、月工作安排"),
            ],
            indicators: [
                "七年级期末质量检测合格率 eq 92% 2026 -", "八年级期末质量检测合格率 eq 90% 2026 -", "九年级期末质量检测合格率 eq 88% 2026 -",
                "九年级学业水平考试优秀率 eq 30% 2026 - from 26", "学生体质健康合格率 ge 95% 2026 -", "学生近视率 le 55% 2026 -",
                "培养县级以上骨干教师 ge 3-5名 2026 -", "教师师德考核合格率 eq 100% 2026 -", "每名班主任家访 ge 20户 2026 -",
                "每名教师每学期听课 ge 18节 2026 -", "青年教师每学期上汇报课 ge 2节 2026 -", "书面作业平均完成时间 le 90分钟 2026 -",
                "作业公示率 eq 100% 2026 -", "结对培养青年教师 eq 14名 2026 -", "每名教师每学期撰写教学反思 ge 10篇 2026 -",
                "安全隐患台账销号率 eq 100% 2026 -", "学生就餐满意度 ge 92% 2026 -",
            ],
            notIndicators: ["24个", "1086人", "96人", "1次"],
            tasks: [
                ("抓实养成教育", "政教处", nil),
                ("完成留守儿童家访全覆盖", nil, "2026-04"),
                ("深化课堂改革", "教务处", nil),
                ("完成九年级第一轮复习", nil, "2026-04"),
                ("举办青年教师课堂教学比赛", nil, "2026-05"),
                ("守牢安全底线", "总务处", nil),
                ("完成食堂“明厨亮灶”改造", nil, "2026-06"),
                ("组织开学典礼", nil, "2026-02"),
                ("召开九年级家长会", nil, "2026-03"),
                ("举办校园科技节", nil, "2026-04"),
                ("开展防溺水安全教育周活动", nil, "2026-05"),
                ("组织九年级学业水平考试", nil, "2026-06"),
            ],
            noise: [
                "拾页文库 · 让知识流动起来", "首页  |  教育资料  |  办公范本  |  考试题库  |  会员中心  |  APP下载", "输入关键词，搜一搜海量文档",
                "拾页文库 > 教育资料 > 学校管理 > 学期计划", "琨湖二中2026春季学期学校工作计划（word可编辑版）",
                "上传：蓝墨水  2026-03-01  |  doc格式  |  4页  |  2315次阅读  |  142次下载",
                "AI速读：本文为琨湖县第二初级中学2026年春季学期学校工作计划，包括指导思想、工作目标、主要工作和月工作安排，适合学校管理人员参考。",
                "文档价格：2下载券  |  VIP免费下载", "— 1/4 —", "— 2/4 —", "— 以下内容为VIP专享，开通会员即可阅读全文 —", "— 3/4 —", "— 4/4 —",
                "下载文档  |  加入收藏  |  分享  |  纠错", "本文由用户“蓝墨水”上传，拾页文库仅提供信息存储空间服务，如有侵权请联系删除。", "为你推荐",
                "琨湖二中2025秋季学期工作总结.doc", "初中学校春季学期工作计划（通用版）.docx", "2026年春季学期教务处工作计划.pdf",
                "客服邮箱：kefu@shiye.example.com", "© 2019-2026 拾页文库  琅ICP备2025009871号-3  增值电信业务经营许可证：琅B2-20250016",
            ]),
        ExpectedPlan(
            name: "county 学前教育 实施方案 as the attachment of its notice on a county 政府信息公开平台 with bracketed fields",
            text: BlindFixtures15.countyPreschoolImplementationPlanOnDisclosurePlatform,
            headings: [
                (0, "一、主要目标"), (1, "（一）普及普惠水平"), (1, "（二）办园条件"), (1, "（三）队伍建设"), (0, "二、重点任务"),
                (1, "（一）扩大普惠资源"), (2, "1.新建改扩建公办园"), (2, "2.规范民办园发展"), (1, "（二）提升保教质量"),
                (2, "1.深化幼小科学衔接"), (2, "2.健全质量评估"), (1, "（三）加强队伍建设"), (2, "1.配足配齐教职工"), (2, "2.保障教师待遇"),
                (0, "三、保障措施"), (1, "（一）加强组织领导"), (1, "（二）加大经费投入"), (1, "（三）强化督导考核"),
            ],
            indicators: [
                "学前三年毛入园率 eq 96% 2028 全县 from 91.2@2025", "普惠性幼儿园覆盖率 ge 92% 2028 全县", "公办园在园幼儿占比 ge 60% 2028 全县",
                "乡镇公办中心幼儿园省级规范化幼儿园达标率 eq 100% 2027 -", "公办幼儿园平均班额 le 30人 2028 城区",
                "普惠性民办幼儿园平均班额 le 32人 2028 城区", "幼儿园专任教师持证率 eq 100% 2028 -", "专科以上学历教师占比 eq 90% 2028 -",
                "每年培训幼儿园教师 ge 600人次 2028 -", "新建、改扩建公办幼儿园 eq 15所 2028 -", "新增公办学位 eq 4500个 2028 -",
                "新增公办学位 ge 2400个 2028 城区", "每年认定普惠性民办幼儿园 ge 2-3所 2028 -", "普惠性民办园生均财政补助 eq 900元 2028 -",
                "幼小衔接实验园（校）覆盖率 eq 100% 2028 -", "每年补充公办园教师 ge 80名 2028 -",
                "公办园非在编教师月平均工资 eq 3800元 2028 - from 3200@2025", "每年安排学前教育专项经费 ge 6000万元 2028 -",
                "学前教育经费占财政性教育经费的比例 ge 6% 2028 -",
            ],
            notIndicators: ["9号", "25次", "2次"],
            tasks: [
                ("完成城东、城南两所幼儿园建设", "县教育局", "2026"),
                ("深化幼小科学衔接", "县教育局", nil),
                ("完成全县幼儿园保育教育质量评估全覆盖", "县政府教育督导室", "2027-06"),
                ("配足配齐教职工", "县委编办", nil),
                ("完成中期评估", "县政府教育督导室", "2027-06"),
                ("完成终期评估", "县政府教育督导室", "2028-11"),
            ],
            noise: [
                "中国·瑶原  瑶原县人民政府", "关怀版 | 移动端 | 政务新媒体 | 繁/简", "首页  要闻动态  政府信息公开  政务服务  政民互动  数据开放",
                "政府信息公开平台", "公开指南 | 公开制度 | 法定主动公开内容 | 依申请公开 | 公开年报",
                "当前路径：政府信息公开平台 > 法定主动公开内容 > 规划信息 > 专项规划", "【索 引 号】YY00217-0300-2026-000052",
                "【发布机构】瑶原县人民政府办公室", "【公开日期】2026-03-27", "【文　　号】瑶政办发〔2026〕9号", "【主题分类】教育",
                "【时 效 性】现行有效", "阅读次数：1286    字号：【大】【中】【小】", "附件下载：",
                "瑶原县学前教育普及普惠提升行动实施方案（2026—2028年）.pdf",
                "政策解读：《瑶原县学前教育普及普惠提升行动实施方案（2026—2028年）》解读", "我要纠错  |  打印本页  |  关闭窗口",
                "主办单位：瑶原县人民政府办公室    技术支持：瑶原县融媒体中心",
                "网站标识码：5301270008    琅ICP备2020001745号    琅公网安备 53012702000093号", "您是本站第 3867211 位访客",
            ]),
        ExpectedPlan(
            name: "district key points as a WeChat article of the bureau's own account with ▲ photo captions above and inside",
            text: BlindFixtures15.districtKeyPointsAsBureauWeChatArticle,
            headings: [
                (0, "一、坚持立德树人，构建全面育人体系"), (1, "（一）深化思政育人"), (1, "（二）加强体育美育"),
                (0, "二、坚持扩优提质，促进教育公平发展"), (1, "（一）扩大学前教育资源"), (1, "（二）推进义务教育优质均衡"),
                (2, "1.集团化办学提质"), (2, "2.学位扩容攻坚"), (2, "3.“双减”提质增效"), (1, "（三）推动高中多样化发展"),
                (0, "三、坚持强师固本，建设高素质教师队伍"), (1, "（一）加强教师补充"), (1, "（二）深化交流轮岗"),
                (0, "四、坚持安全发展，守牢校园稳定底线"), (1, "（一）提升校园安防水平"), (1, "（二）强化经费保障"),
            ],
            indicators: [
                "建设区级思政课名师工作室 eq 6个 2026 -", "打造“琥溪红色研学”精品线路 eq 10条 2026 -", "中小学生体质健康优良率 ge 60% 2026 -",
                "每名学生掌握运动技能 ge 2项 2026 -", "新建、改扩建公办幼儿园 eq 4所 2026 -", "新增学前学位 eq 1260个 2026 -",
                "公办园在园幼儿占比 eq 62% 2026 全区", "普惠性幼儿园覆盖率 eq 90% 2026 滨湖街道", "普惠性幼儿园覆盖率 eq 85% 2026 琥山镇",
                "新组建紧密型教育集团 eq 3个 2026 -", "集团化办学覆盖率 eq 88% 2026 - from 78", "新增学位 eq 1620个 2026 -",
                "课后服务学生参与率 ge 95% 2026 -", "义务教育学校书面作业公示率 eq 100% 2026 -", "普通高中本科上线率 eq 70% 2026 -",
                "创建省级特色高中 eq 1所 2026 -", "公开招聘教师 approx 160名 2026 -", "硕士研究生 ge 40名 2026 -",
                "骨干教师交流轮岗比例 ge 15% 2026 -", "培训教师 eq 6800人次 2026 -", "中小学幼儿园视频监控联网率 eq 100% 2026 -",
                "教育经费投入 ge 16.5亿元 2026 全区",
            ],
            notIndicators: ["1届", "2轮"],
            tasks: [
                ("深化思政育人", "德育科", nil),
                ("扩大学前教育资源", "学前教育科", nil),
                ("建成琥溪区第八小学并投入使用", "规划建设科", "2026-08"),
                ("完成公开招聘笔试和面试", "区教育局人事科", "2026-06"),
                ("完成全区中小学校园周界防护设施升级", "安全稳定科", "2026-09"),
                ("完成全区义务教育学校校舍抗震鉴定", nil, "2026"),
            ],
            noise: [
                "原创 区教育局办公室 琥溪教育", "2026年3月6日 19:02  琅嵋", "收录于合集 #工作要点 4个 #教育动态 218个",
                "👆 点击上方“琥溪教育”，关注更多教育资讯", "▲ 2026年全区教育工作会议现场",
                "近日，区教育局印发2026年工作要点，明确全年教育工作“路线图”。一起来看 ↓", "▲ 琥溪区第八小学效果图", "来源丨区教育局办公室",
                "编辑丨程一帆", "审核丨梁砚舟", "终审丨宋知远", "推荐阅读", "琥溪区召开2026年全区教育工作会议", "春季开学第一课，琥溪这样上",
                "琥溪区2026年义务教育招生政策问答", "阅读原文", "分享  收藏  点赞 62  在看 41", "留言 8", "写下你的留言", "晴川历历",
                "要点很实在，期待第八小学早日建成！", "来自琅嵋  3月6日  ♡ 21", "作者回复：感谢关注，我们会及时发布项目进展。", "木棉花开",
                "希望多增加一些公办幼儿园学位。", "来自琅嵋  3月7日  ♡ 9", "微信扫一扫关注该公众号", "继续滑动看下一个", "琥溪教育",
                "向上滑动看下一个",
            ]),
        ExpectedPlan(
            name: "county school-safety 专项 plan on the county education bureau's own website with an attached list and a counter",
            text: BlindFixtures15.countySchoolSafetyPlanOnBureauSite,
            headings: [
                (0, "一、工作目标"), (0, "二、主要任务"), (1, "（一）压实安全责任"), (1, "（二）加强安全教育"), (1, "（三）排查整治隐患"),
                (1, "（四）提升技防水平"), (1, "（五）守护食品安全"), (1, "（六）规范交通安全管理"), (0, "三、保障措施"),
                (1, "（一）强化组织领导"), (1, "（二）强化经费保障"), (1, "（三）强化督查问责"),
            ],
            indicators: [
                "学校安全隐患整改率 eq 100% 2026 全县", "学生安全教育平台参与率 ge 95% 2026 全县", "中小学专职保安配备率 eq 100% 2026 全县",
                "幼儿园专职保安配备率 eq 95% 2026 全县", "学校安全责任书签订率 eq 100% 2026 -",
                "安全工作在学校年度考核中的权重 ge 15% 2026 -", "中小学生防溺水专题教育覆盖率 eq 100% 2026 -",
                "师生应急演练参与率 eq 100% 2026 -", "重大隐患整改期限 le 30天 2026 -", "投入安防设施改造资金 eq 1200万元 2026 -",
                "新增校园高清视频监控点位 approx 800个 2026 -", "学校食堂“互联网+明厨亮灶”覆盖率 eq 100% 2026 -",
                "食品安全量化等级A级食堂占比 eq 75% 2026 - from 60", "学校“护学岗”设置率 eq 100% 2026 城区",
                "校车安全运行率 eq 100% 2026 -", "安排校园安全专项经费 ge 1800万元 2026 -",
            ],
            notIndicators: ["2次", "1轮", "1次"],
            tasks: [
                ("压实安全责任", "安全稳定股", nil),
                ("完成全县中小学生安全教育平台账号激活", nil, "2026-03"),
                ("排查整治隐患", "安全稳定股", nil),
                ("完成全县农村寄宿制学校消防设施改造", "计划财务股", "2026-06"),
                ("守护食品安全", "后勤服务股", nil),
                ("完成农村学校周边道路交通安全设施排查", nil, "2026-08"),
                ("完成年度校园安全工作考核", nil, "2026-11"),
            ],
            noise: [
                "站群导航 ▾  |  琅嵋政务服务网  |  12345热线", "璋平教育网", "搜索本站  高级搜索",
                "首页 · 走进教育 · 政务公开 · 教育动态 · 专题专栏 · 办事大厅 · 公众参与", "当前位置 → 首页 → 政务公开 → 计划总结",
                "稿件来源：安全稳定股　　责任编辑：许南乔　　发布日期：2026年02月28日　　浏览：688次",
                "相关附件：2026年校园安全重点工作任务清单.xlsx（18KB）  下载次数：57", "分享：微信 | 微博 | 复制链接",
                "【我要打印】【关闭本页】【返回列表】", "相关信息", "璋平县教育局关于做好2026年春季开学安全工作的通知",
                "璋平县开展中小学幼儿园消防安全专项检查", "璋平县教育局2025年校园安全工作总结",
                "主办：璋平县教育局　　地址：璋平县明德路12号　　邮编：000631", "备案号：琅ICP备2023005566号-1　　琅公网安备 53062302000211号",
                "本站访问量：1862375", "推荐使用1920×1080分辨率及Chrome、Edge浏览器访问本站",
            ]),
        ExpectedPlan(
            name: "city annual plan under its notice copied from a received PDF with a watermark line per page and broken lines",
            text: BlindFixtures15.cityAnnualPlanCopiedFromPdf,
            headings: [
                (0, "一、主要目标"), (0, "二、重点工作"), (1, "（一）扩大优质教育资源"), (2, "1.实施学位扩容工程"), (2, "2.办好特殊教育"),
                (1, "（二）提高教育教学质量"), (2, "1.深化课堂教学改革"), (2, "2.促进学生健康成长"), (1, "（三）建设高素质教师队伍"),
                (2, "1.补充优秀教师"), (2, "2.提升教师素质"), (1, "（四）守牢教育安全底线"), (2, "1.强化校园安全管理"),
                (2, "2.加强经费保障"), (0, "三、工作要求"), (1, "（一）加强统筹调度"), (1, "（二）严格考核问效"),
            ],
            indicators: [
                "学前三年毛入园率 ge 97% 2026 全市", "义务教育巩固率 ge 99.7% 2026 全市", "高中阶段毛入学率 eq 96.5% 2026 全市",
                "普惠性幼儿园覆盖率 eq 95% 2026 全市", "义务教育学校集团化办学覆盖率 eq 95% 2026 琥溪区",
                "义务教育学校集团化办学覆盖率 eq 85% 2026 珀川县", "义务教育学校集团化办学覆盖率 eq 80% 2026 琨湖县",
                "新建、改扩建中小学幼儿园 eq 12所 2026 -", "新增学位 eq 8600个 2026 -", "普通高中学位 ge 1500个 2026 -",
                "适龄残疾儿童少年义务教育入学率 ge 97% 2026 -", "新建融合教育资源中心 ge 4-6个 2026 -",
                "评选市级基础教育教学成果奖 eq 40项 2026 -", "遴选市级精品课 eq 500节 2026 -",
                "中小学生体质健康优良率 eq 60% 2026 - from 55@2025", "儿童青少年总体近视率 eq 1个百分点 2026 -",
                "招聘中小学教师 approx 680名 2026 全市", "公费师范生 ge 120名 2026 全市", "培训中小学幼儿园教师 eq 3.2万人次 2026 -",
                "新认定市级名师、名校长 eq 60名 2026 -", "中小学幼儿园“一键报警”装置与公安机关联网率 eq 100% 2026 -",
                "教育经费投入 ge 68亿元 2026 全市",
            ],
            notIndicators: ["3号", "1次", "1轮"],
            tasks: [
                ("建成玑山市第六高级中学", "发展规划处", "2026-09"),
                ("深化课堂教学改革", "基础教育处", nil),
                ("完成新教师岗位分配", "市教育局教师工作处", "2026-08"),
                ("提升教师素质", "教师工作处", nil),
                ("完成市级教育经费绩效评价", "财务审计处", "2026"),
                ("对各县（区）教育工作进行年度综合考核", nil, "2026-12"),
            ],
            noise: [
                "琅嵋省协同办公平台　珀川县教育局　2026-02-18 10:26", "- 1 -", "琅嵋省协同办公平台　珀川县教育局　2026-02-18 10:26", "- 2 -",
                "琅嵋省协同办公平台　珀川县教育局　2026-02-18 10:26", "- 3 -", "琅嵋省协同办公平台　珀川县教育局　2026-02-18 10:26", "- 4 -",
            ]),
    ]
}
