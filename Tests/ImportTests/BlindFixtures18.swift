import Foundation
@testable import PlanImport

/// An eighteenth blind set: six ORDINARY plans of the genre, each as a user's select-all copy of the kind of page
/// county staff most often copy plans from, furniture included above, below and sometimes inside the plan, each site in
/// a seventh design with its own name and wording, different from sets 12, 13, 14, 15, 16 and 17, with furniture kinds
/// those sets did not use, and the plan types spread over the kinds of page otherwise than in set 17. Invented content
/// throughout (fictional places 霓湖区 and 霖江县 under 霄阳市, 霄阳市 itself, 霁原县, 雯山县 and 岚溪县, all in an
/// invented 霭川省; invented sites, accounts, users, addresses, codes and numbers; no published sentence copied): a
/// county 教师发展中心's 年度教研工作要点 with a 月度安排 on a 范文 aggregator (一叶范文网: a 📢 本站公告 bar, a ">>"
/// breadcrumb ending in 正文, a 发布者/时间/分类/👁 line, a "✍ 写作小贴士" box inside the plan, a 收藏本文/下载Word版/发
/// 送到邮箱/打印 row, 网友评论 with one 游客 comment, a 热门排行 list whose lines begin with a bare rank number); a
/// district bureau's 工作总结及下一年工作计划 on a paid 原创 document store (岫云文档: a "＞" category path, the file
/// name "….docx", an 原创作者/上传时间/页数/大小/格式 line, a ✅ 原创认证 line with its 原创编号, a ￥ price row with
/// 立即购买/开通VIP/加入收藏, the document's own page numbers copied as bare digits "1" … "4" where its pages end, a "—
/// 预览结束 · … —" line, a 文档评分 line, 购买了该文档的用户还购买了 with three priced files, 相关搜索, a 售后保障
/// line); a city 校园安全隐患排查整治专项行动方案 of three bureaus (with a 时间安排 of four dated stages) under their
/// joint notice on the city government's portal (霄阳市人民政府: an IPv6 note in the top row, a 政策文件 sub-tab row, a
/// 当前所在 breadcrumb, a 发文单位/文件编号/施行日期/失效日期 file card above the page heading, a 发布时间/浏览/【大 中
/// 小】 line, a 🖨/⭐/🔗 复制链接/✕ row, a 文件效力 line, a 留言咨询 line, a 无障碍声明 footer); a county kindergarten's
/// 秋季学期 保教工作计划 (with a 每月工作安排 written 九月份 … 一月份) as a picture-post on a self-media platform (拾光
/// 篇: an 打开App line, the author's 拾光号 with ＋关注, a 🎵 背景音乐 line, a "🔗 链接｜…" block inside the plan, a 📍
/// location tag, a 模板 credit, 赞/评论/分享/🌸 送花 counters, a 送花 prompt, 评论 with two comments and the author's
/// reply, 作者的其他作品, 举报/版权声明, a download line); a middle school 德育处's 春季学期 德育工作计划 (goal
/// sentences numbered without lead phrases, a 每月工作安排 table of 月份/主要活动/负责部门 copied as tab-separated
/// rows) on the school's own website (霖江县第二中学: a 校训 line, a "今天是…本学期第2周" line, a 【校园公告】 line, an
/// 作者/文章来源/点击数/更新时间/【字体：小 大】 line, 【发表评论】【加入收藏】【告诉好友】【打印此文】【关闭窗口】, 上
/// 一篇文章/下一篇文章, the 网友评论 disclaimer with 暂无评论, 最新热门, a 当前在线 count); a county government
/// office's 教师队伍建设三年行动计划（2026—2028年） under its notice as a school received it in the county's 政务协同办
/// 公平台 (a 收文阅办单 above it with 来文单位/来文字号, 收文日期/收文编号/紧急程度/公开属性, 文件标题, a 拟办意见
/// naming a 牵头 office and a 领导批示 with a deadline, the 正文/附件/办理过程 tabs; the plan with a 主要指标 table
/// whose units stand in the indicators' brackets, with 基期 and 目标 columns, ≥ and ≤, and its 附件 重点任务分工表 with
/// 牵头单位 and 配合单位 columns; below the 版记 an 附件列表 with its .et file, 办理过程 with four numbered steps, 签收
/// /转办/办结 buttons and the platform's footer).
/// Written without reading the importer's sources and without running the importer or any test; syntax checked with
/// `swiftc -parse` only.
/// No stored pages were searched for this set; every site's furniture is reproduced from common knowledge of such pages
/// in invented wording: 范文 aggregators (site name with slogan, a site announcement bar, a channel menu with 更多 ▾,
/// "您的位置：site >> channel >> column >> 正文", 发布者/时间/分类/views, a writing-tip box between two parts of the
/// text, 收藏本文/下载Word版/发送到邮箱/打印, 上一篇/下一篇, 网友评论 with "游客N 于 date 评论：" and the text, a 热门
/// 排行 sidebar of "N　title" lines, footer links, a 侵权 note, ©/ICP); paid 原创 document stores (site name with
/// slogan, 文档商城/创作者中心/企业服务/会员权益/登录/注册, a search line, a "＞" category path, the file name with
/// ".docx", 原创作者/上传时间/页数/大小/格式, an 原创认证 line with its number, a ￥ price row, the document's own
/// footer page numbers as bare digits, a 预览结束 line, 文档评分 with stars, "购买了该文档的用户还购买了" with priced
/// files, 相关搜索, 售后保障, ©/ICP/公网安备); city government portals (the government's name, 政务服务网/政府信箱/依申
/// 请公开/IPv6/English, a search line, the menu, a 政策文件/政策解读/规范性文件/部门文件 row, 当前所在, a 发文单位/文件
/// 编号/施行日期/失效日期 card, 发布时间/浏览/【大 中 小】, the notice and the plan in the page body, 打印本页/收藏/复
/// 制链接/关闭, 文件效力/解读材料, 留言咨询, 上一篇/下一篇, 网站地图/联系我们/使用帮助/隐私声明/无障碍声明, 主办/承办,
/// 标识码/ICP/公网安备); self-media picture-posts (the platform's name, 打开App, the title, "author　号：N　＋关注",
/// date and 阅读, 🎵 背景音乐, a 🔗 链接 block, a 📍 place tag, "本篇由「…」模板制作", 赞/评论/分享/送花, a 送花
/// prompt, 评论 N, comments as "name：text" over "date　回复", "author（作者）回复 name：text", 作者的其他作品, 举报/版
/// 权声明, a download line); school websites (the school's name, 校训, "今天是：date　weekday　本学期第N周", a | menu,
/// 【校园公告】, 当前位置 with ">>", 作者/文章来源/点击数/更新时间/【字体：小 大】, 【发表评论】【加入收藏】【告诉好友
/// 】【打印此文】【关闭窗口】, 上一篇文章/下一篇文章, the 网友评论 disclaimer and 暂无评论, 最新热门 with titles,
/// Copyright … All Rights Reserved, 学校地址/联系电话, ICP/技术支持/当前在线); county office platforms' receipt view
/// (the platform's name, 当前用户/消息/修改密码/退出, 待办事项/已办事项/收文管理/发文管理/通知公告/通讯录, 收文阅办单
/// with 来文单位/来文字号, 收文日期/收文编号/紧急程度/公开属性, 文件标题, 拟办意见 and 领导批示 each with name and
/// time, ［正文］［附件（N）］［办理过程］［打印阅办单］, the document whole (版头, 文号, notice, 此件主动公开, plan,
/// 附件, 抄送, 印发), 附件列表 with a 📎 file line and ［预览］［下载］, 办理过程 as "N　step　name（office）　time"
/// lines, ［签收］［转办］［办结］［返回列表］, the platform's footer).
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
/// Set 17's note blocks, copied as written there ("this set" meaning set 11 in "Decided for this set", set 12 in
/// "Decided for set 12 (this set)", set 13 in "Decided for set 13 (this set)", set 14 in "Decided for set 14 (this
/// set)", set 15 in "Decided for set 15 (this set)", set 16 in "Decided for set 16 (this set)" and set 17 in "Decided
/// for set 17 (this set)") and followed here too:
/// Set 16's note blocks, copied as written there ("this set" meaning set 11 in "Decided for this set", set 12 in "Decided
/// for set 12 (this set)", set 13 in "Decided for set 13 (this set)", set 14 in "Decided for set 14 (this set)", set 15 in
/// "Decided for set 15 (this set)" and set 16 in "Decided for set 16 (this set)") and followed here too:
/// Set 15's note blocks, copied as written there ("this set" meaning set 11 in "Decided for this set", set 12 in "Decided for
/// set 12 (this set)", set 13 in "Decided for set 13 (this set)", set 14 in "Decided for set 14 (this set)" and set 15 in
/// "Decided for set 15 (this set)") and followed here too:
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
/// Decided for set 16 (this set): counts of 膳食委员会会议, 班级游戏观摩研讨, 讲故事比赛 (场), 教学质量分析会 (场, 次), 校园安全
/// 专项检查 (轮), 消防应急演练, 优质均衡推进调度会, 校园安全联合检查, 联席会议 and 青年教师基本功大赛 (场) held, of a 田径运动会, an
/// 艺术节 and a 技能大赛 held (届) and of 大排查 rounds (轮) are notIndicators like the counts above, and so are the 常务会议 named by
/// its number ("第32次"), the 文号 (14号, 5号), the stock counts of the kindergarten's and the city's introduction (教学班, 在园
/// 幼儿, 教职工; 中等职业学校, 在校生), a rank "位列第1名" ("1名") and a rank aimed at "进入全省前3名" ("3名"); a threshold inside
/// a name ("2000人以上的大规模学校") is a notIndicator as in set 12. A per-unit requirement keeps its 每名/每所/每百名/每天/每年/
/// 每学期 words ("每名幼儿每天户外活动时间", "幼儿每天连续自主游戏时间", "每所中小学组建艺术社团", "每所中职学校合作企业", "集团内骨干
/// 教师每年交流比例", "专业课教师每年企业实践", "每年培训中职教师"), while "每生每年" between the comparator and the value is no part
/// of the name ("中职学校生均公用经费标准 ge 2000元") as in set 15; "三年" at the head of a target is dropped and "累计" kept
/// ("累计投入义务教育经费"). A list of grades or school kinds before a shared name gives each item its whole name ("小班、中班、大班
/// 幼儿发展评估达标率分别…" → "小班幼儿发展评估达标率" and so on; "小学、初中每百名学生拥有县级以上骨干教师数分别…" → "小学每百名学生
/// 拥有县级以上骨干教师数", "初中每百名学生拥有县级以上骨干教师数"), the 以上 inside "县级以上" changing nothing; a list of towns gives
/// each town as the scope ("纱口镇、岭西乡公办园在园幼儿占比分别…"). 城区 named at the head of a goal line's body, or in the second
/// clause of a sentence, is the scope from there to the 。 and leaves the name ("小学平均班额"); 全县 named after a "；" is the scope
/// of that clause only; 城区 in a 其中 part is that part's scope only. "由上学期的94%提高到98%" and "由上年的24%提高到27%" give
/// "from 94" and "from 24" with no @year; "稳定在…左右" is approx; "其中体育活动时间不少于1小时" is named "体育活动时间". A
/// standalone point fall "较上年下降0.5个百分点" is an indicator in 个百分点; beside the value it explains ("较上年提高3.1个百分点")
/// it is a notIndicator. In the 三年行动方案 (2026—2028年) the plan's year is 2028 and "到2027年，…达到100%。" gives 2027 to
/// that sentence only; "到2028年，全县义务教育基本实现优质均衡，…" with no number is a vision sentence and no task. A goal line
/// "1.健康保健：…" keeps the part before the colon, so does "1.资源配置：…" under "（二）工作目标。…具体目标如下：". In the 总结和
/// 打算 the summary's figures are of 2025 and the 打算's of 2026; a 1.…5. item with no 。 after its title ("3.实施强师培优行动")
/// is a heading over its "（1）lead。body" lines, one level below. Tasks: "（牵头股室：A）" and "（责任部门：A）" name A as the lead;
/// "（牵头单位：A；责任单位：B、C）" names A, as set 15's 牵头单位/配合单位; "由业务园长牵头" names "业务园长"; two deadline sentences
/// with their years before one owner bracket ("2026年底前开工建设…。2027年8月底前…建成投用。（牵头单位：县教育局；…）") are two
/// tasks with that owner, the second keyed by the rest of the sentence; "2028年6月底前实现…全覆盖" and "2026年9月底前完成…" keep
/// their written years; an owner bracket after a sentence with its own clause year and no deadline ("到2027年，…达到100%。（牵头
/// 单位：县教育局）") gives a task under the item's title. In the kindergarten's 每月工作安排 a month written "二月份：" is February:
/// each line is a task keyed by its first clause, no owner, due that month of 2026. The colon lines "围绕群众“上好学”需求，重点
/// 推进三件实事：" and "（二）加强体育美育劳动教育。重点落实三项举措：" (a lead phrase whose body is a colon phrase) introduce short
/// unnumbered titles ("学前学位扩容" …, "体育固本" …) each over one paragraph: the titles are headings one level below the heading
/// they stand under, the colon line is no heading and no noise, and an owner bracket or "由…牵头" in a title's paragraph gives
/// that paragraph's deadline its owner. In the OCR text a heading read with spaces ("一、 工 作 目 标", "（二） 深化产教融合") is
/// its label and text with the spaces removed ("一、工作目标", "（二）深化产教融合").
/// Furniture: on the aggregator (松烟范文网) the site's name, the greeting row with 请登录/免费注册/手机版, the search bar, the 热搜词
/// line, the menu, "你现在的位置" (ending in the sub-channel), the 投稿人/更新于/本文共N字/已有N人看过 line, the 字号 toggle, the 登录
/// 后复制 prompt, the "▶ AI写作助手…" line between （二） and （三） of 三、, the 打分 box, the QR caption, 【返回“…”栏目】, "本栏目最新
/// 更新：" and its three titles, the 免责声明, the 投稿邮箱 and the ©/ICP line are noise; the page title (the plan's title), the
/// kindergarten's signature and date are kept. On the document viewer (萤窗文库) the site's name, the 登录/注册 row, the search
/// line, 热门搜索, the › category path, the file name "….pdf" (not the document's title, which is on page 1 and kept), the
/// 页数/大小/上传/浏览/下载 line, the page toolbar, the site's line "萤窗文库 yingchuang.example.com" at the foot of each of the four
/// pages (listed four times), the "—— 试读已结束… ——" cut and the "微信扫码登录  |  手机号登录" line under it, the 收藏/下载/分享/举报
/// row, the 文档助手 AI widget's three lines, the 上传 statement, 相似文档 and its three files, the footer links and the ©/ICP line
/// are noise; the document's title, the bureau's signature and date are kept. On the county government's portal the site's
/// name, the 简体版 row, the 站内搜索 bar, the 热词 line, the menu, 您现在的位置, the one-line info strip (even where it repeats the
/// notice's 文号), the 发布时间/信息来源/浏览量 line, "相关附件（1）：", the 📎 file line, "附件预览 ▾", "— 附件预览结束 —", the 满意度
/// 评价 box, 上一篇/下一篇, "【打印】 【关闭】", the QR caption, the 智能问答 widget's name and greeting and the three footer lines are
/// noise; the page heading (the notice's title), the notice's 文号, addressees, body, "附件：…" line, signature, date, "（此件
/// 主动公开）", and inside the preview the "附件" label and the plan's title are kept; the 三年行动方案 has no signature of its own.
/// In the WeChat article the headline "重磅｜2026年，绡湖教育这样干！" is not the plan's title and is noise like a viewer's page
/// title, the plan's own title line under the lead-in being kept as the title; the account/date/place line, the 🎧 听全文 line,
/// the 全文共N字 line, the account's lead-in "2026年，绡湖教育的“任务书”来了！…" (the account's words, not the plan's
/// introduction, which follows the title), the "📌 相关阅读：…" line between （二） and （三） of 二、, the "图｜…" caption between
/// （三） and （四）, the 供稿/编辑/校对/审核 line, "点击下方“阅读原文”…", 阅读原文, 喜欢此内容的人还喜欢 and its three titles, the
/// 赞/分享/推荐 line, 留言区, the 筛选 note, every line of the two comments and of the author's reply ("name · place · date", text,
/// "♡ N", "绡湖教育发布（作者）"), the 长按识别二维码 line and the account's description are noise; the bureau's signature and date
/// under the plan are kept. On the county bureau's site (纱岭教育信息网) the top links, the site's name line "纱岭县教育局 · 纱岭
/// 教育信息网" (noise although the signature under the plan, "纱岭县教育局", is kept), the 用户登录 box, the 站内检索 bar, 热门搜索,
/// the menu, "位置：…", the 发布者/发布时间/点击率 line, the 字体/【关闭】 line, "本文附件：" and its two file lines (noise although
/// they begin "1." and "2."), the 【发表评论】… row, 上一条信息/下一条信息, the 网友评论 line, the 版权所有, 地址/电话 and ICP lines and
/// the 扫一扫 line are noise; the title, signature and date are kept. In the OCR text the 收文 stamp line and the 批办 note above
/// the 版头, the seal fragment "局 ★ 育 山 教" under the date, each page number as read ("— 1 —", "-2-", "一 3 一", "— 4 —") and
/// the app's line "秒扫宝 · 扫描生成" at the foot of each page (listed four times) are noise; the 版头 "缨山市教育局文件", the 文号,
/// the notice's title, addressees, body, signature, date and "（此件公开发布）", the plan's title, the "抄送：…" line and the "…办公室
/// date印发" line are the document's and kept, and are no task.
/// Decided for set 17 (this set): counts of 食堂管理交叉检查 (次), 负责人培训班 (期), 飞行检查 (轮), 工作调度会, 主题党日活
/// 动, 教学质量分析会 (次), 安全隐患排查 (次, 轮), 疏散演练 and 应急疏散演练, 教学常规检查, 家长会, 全市联考, 学科竞赛
/// (项), 校园安全专项整治行动 (轮), 全市校园安全大检查, 教育督导委员会全体会议, 联合教研活动 and 推进会 held are
/// notIndicators like the counts above, and so are a 运动会 named by its ordinal ("第9届" → "9届"), the 文号 (6号, 8号),
/// the stock counts of the introductions (学校食堂, 就餐学生; 中小学幼儿园, 在校学生, 教职工; 教学班, 学生, 教职工; 普通高
/// 中, 在校学生) and ranks aimed at ("进入全县前8名" → "8名", "进入全区前3名" → "3名"); a threshold inside a name is a
/// notIndicator as in set 12 ("55人以上大班额" → "55人"), and where the name carries a target ("35周岁以下青年教师校级基本
/// 功比赛参赛率达到100%") the indicator keeps the threshold in its name while "35周岁" is also listed as a notIndicator;
/// "县级以上"/"市级以上" inside a name change nothing, as in set 16. 全镇 is a scope like 全县 (as in the scorer's own town
/// summary), at the head of a sentence running past a "；" to the 。; a rank sentence after it takes nothing from it. An
/// abbreviated list of grades "七、八、九年级…分别…" gives each grade its whole name ("七年级期末学业质量检测合格率" and so
/// on). A name followed by a 分别 list of years and a 分别 list of values ("普通高中本科上线率2026年、2027年、2028年分别达
/// 到60%、63%、66%") gives one indicator a year with that year, the sentence's scope (全县 at the head of "到2028年，全
/// 县…") going to each. A colon line "2026年主要预期目标是：" over unnumbered lines ending in "；" and "。" is no heading
/// and no noise and the lines under it are body lines, no headings; they name no scope, so their indicators have none,
/// except the three places of a 分别 list, each of which is its place's scope ("琶湖区、笙溪县、箫原县…分别达
/// 到100%、95%、92%"). 城区 at the head of one sentence ("城区学校食堂智慧监管平台接入率达到100%。") does not reach the
/// next sentence, whose 农村 is part of its name ("农村学校食堂智慧监管平台接入率"), as in set 15; 全市 in a second clause
/// is that clause's scope to the 。 ("全市中小学艺术社团学生参与率达到75%"), as set 16's 城区. A clause's name does not
/// borrow the subject of the clause before it ("中小学幼儿园专职保安配备率保持100%，“一键报警”装置联网率保持100%" → "“一键
/// 报警”装置联网率"; "对发现的问题实行清单管理，问题整改率达到100%" → "问题整改率"). "全年" is dropped ("安排学校食堂改造提
/// 升资金", "完成教育基建投资", "培训教师"), "三年" is dropped and "累计" kept, "年度" kept ("学校食堂从业人员年度培训",
/// "每名教师年度集中培训"); 每所/每名/每年/每学期/每周/每天 are kept ("心理辅导室每周开放", "每名教研员每学期深入学校指导",
/// "每年选派骨干教师赴省内优质高中跟岗研修", "每年互派交流教师"); "不低于每生每年1200元" is "ge 1200元" as in set 16. "由上
/// 学期的82%提高到88%" gives "from 82" with no @year; a standalone "较上年下降1个百分点" is an indicator in 个百分点 and
/// "较上年提高2.4个百分点" beside the value it explains is a notIndicator. "到2027年，…达到12%以上。" in the 实施方案
/// (2026—2028年) gives 2027 to that sentence only, the rest taking 2028. In the 工作总结和工作计划 the 总结's figures are
/// of 2025 and the 计划's of 2026; the autumn term plan's indicators are of 2026. Headings: "第一部分　2025年工作总结" and
/// "第二部分　2026年工作计划" are headings at depth 0 made of the label and the text with the space removed ("第一部
/// 分2025年工作总结"), their 一、 at depth 1, （一） at depth 2, "1." at depth 3 and "（1）lead。body" at depth 4; a
/// "N.stage（month）：…" line of a 时间安排 is a heading keeping the part before the colon with its bracket ("1.动员部署
/// （2月）"); a title alone on its line with a comma ("（一）立德树人，加强德育工作") is that whole line; "一是…；二是…；三
/// 是…" under "五、存在的不足" is no heading; items numbered straight through under （一）…（三） are depth 2 and under
/// 三、 depth 1. Tasks: "（责任人：…）", "（责任处室：…）", "（责任股室：…）" and "（牵头处室：…）" name their unit or
/// person as the lead, "（牵头处室：A；配合处室：B）" names A and "（责任单位：A、B）" names A, the first listed; a
/// deadline sentence with two schools as its subject after the deadline ("8月底前琶湖区实验学校、笙溪县第三小学建成投用")
/// is one task keyed by the rest of the sentence. A stage line of the 时间安排 is a task keyed by its first clause, due its
/// month of 2026, a stage over a range of months ("（3—6月）", "（7—11月）") due the range's last month; a "第N季度：…"
/// line is no heading and a task keyed by its first clause, due the quarter's last month of 2026 (03, 06, 09, 12); in the
/// autumn term's 月工作安排 "9月：" … "12月：" are of 2026 and "1月：" of 2027. In the Word file the plan's body items have
/// no owner and no deadline and give no task; the tasks are the rows of the 附件 重点任务分解表, each keyed by its 重点任务
/// cell, led by the first unit of its 责任单位 cell and due its 完成时限 cell ("2026年6月底前" → "2026-06"), "持续推进"
/// giving no due; the "附件：…分解表" line, the "附件" label, the table's title and its 序号/重点任务/责任单位/完成时限 row
/// are the document's and kept, no heading, no noise and no task, and the rows (which begin with a bare number and a tab)
/// are no headings.
/// Furniture: on the 教育资源 site (青桐教育资源网) the site's name, the 签到 row, the 学段 selector, the search bar, the
/// "/" breadcrumb, the resource title "【计划总结】…（DOC可编辑）" (not the document's title, which heads the preview and
/// is kept), the three lines of the resource card, the 资源预览 note, the "📂 本资源已收录至专题…" line between （六） of
/// 二、 and 三、, the 【立即下载】 row below the date, "资源评论（2）" and every line of the two comments (the "★ name
/// date" line and the text), 上传者的其他资源 and its three files, the 声明, the 客服QQ line and the Copyright/ICP line are
/// noise; the document's title, the bureau's signature and date are kept. On the cloud drive (云舟网盘) the drive's name,
/// the menu, the "…分享了 1 个文件" line, the file name "笛口镇中心学校2026年工作计划.docx" (not the document's title "笛岭
/// 县笛口镇中心学校2026年工作计划", which is kept), the size/分享于 line, the 下载 row, the 在线预览 note, each footer mark
/// "1 / 3", "2 / 3", "3 / 3" (the last under the date), the two lines of each 批注 (one under （三）2., one under
/// （五）2.), "— 预览已到底部 —", 分享者的其他文件 and its three files, the App line, the 免责 line and the © line are
/// noise; the school's signature "笛口镇中心学校" and date are kept. On the city bureau's portal (筝阳市教育局) the
/// portal's name, the 无障碍阅读 row, the 全站搜索 bar, the menu, 当前位置, the 来源/发布日期/阅读量 line, the "▷ 语音播报"
/// line, the 【打印正文】 row, 相关链接, 政策咨询, the 有帮助 poll, 上一条/下一条, the official accounts' line, "党政机关",
/// "我为政府网站找错", the 主办单位, 地址 and 标识码/ICP lines and the 12345 line are noise; the page heading (the notice's
/// title), the 文号, addressees, body, signature, date, "（此件主动公开）" and the 要点's title are kept; the 要点 has no
/// signature of its own. In the WeChat article (琶湖中学) the article's title is the plan's title and kept; the "琶湖中学校
/// 办 琶湖中学 date time 磬川" line, "文章已于2026-08-30修改", the 设为星标 line, the "◀ 左右滑动… ▶" caption between
/// （二） and （三） of 二、, the 小程序 card's two lines ("琶湖中学家校通", "小程序") between （三） and （四）, the six
/// credit lines (文字, 图片, 编辑, 初审, 复审, 终审), the hashtag line, "阅读 3852", "赞 96　　在看 41", "轻点两下取消在
/// 看", the 关注7天后才可留言 note, "全部留言 3", every line of the two comments and of the author's reply ("name · place",
/// text, "date · 👍 N", "琶湖中学（作者）") and the 微信扫一扫可打开此内容 line are noise; the school's signature "筝阳市琶
/// 湖中学" and date are kept. On the county bureau's site (埙山教育) the quick-links row, the logo word "埙山教育", the
/// slogan line, the menu, the 【滚动公告】 line, the 飘窗 line "…专题入口　× 关闭", the ▶ breadcrumb, the 信息分类/来源/作
/// 者/录入时间 line, the 阅读次数/字号/双击滚屏 line, the 编辑/审核 line, the 【我要评论】 row, 本栏目热点 and its three
/// titles, the 版权所有/设计制作 line, 地址/邮箱, the ICP line and the 运维电话 line are noise; the title, the signature
/// and date are kept. In the Word file the 页眉 "笙教发〔2026〕8号" at the top of pages 2–5 is noise each of the four times
/// it appears (although the same words on page 1 under the 版头 are the notice's 文号 and kept), and so is each page number
/// "·1·" … "·5·"; the 版头 "笙溪县教育局文件", the 文号, the notice's title, addressees, body, signature, date and "（此件
/// 主动公开）", the plan's title, the "附件：…" line, the "附件" label, the table (title, header row and rows), the "抄
/// 送：…" line and the "…办公室  date印发" line are the document's and kept, and the 版记 lines are no task.
/// Decided for set 18 (this set): counts of 学科视导 (轮), 优质课评比, 联片教研活动 ("每月至少开展1次…", the 至少
/// changing nothing), 送教下乡活动 (场次), 课题结题鉴定, 复习备考研讨会, 教学基本功大赛, 安全隐患排查 (轮, 次), 局务会,
/// 周边治安联合整治, 联合督查 (轮), 工作调度会, 膳食委员会会议, 膳食营养分析, 班级游戏观摩, 园本教研活动, 讲故事比赛
/// (场), 家长会, 家长学校讲座, 班级量化考核, 班主任专题培训, 师德师风专项督查 and 联席会议 held are notIndicators like
/// the counts above, and so are the 文号 (3号, 11号), the stock counts of the introductions (教学班, 在园幼儿, 教职工;
/// 专任教师 and 其中乡村教师), a distance inside a phrase ("学校周边200米范围内" → "200米") and the age range in a
/// book's title ("《3—6岁儿童学习与发展指南》" → "3-6岁"). Comparators: 以下 and 控制在…以下 → le like 以内; 不超过 →
/// le; 约 before a value → approx ("全年投入教育建设资金约3.2亿元" → "投入教育建设资金 approx 3.2亿元"); 至少 before
/// the verb → ge, the name read round the value ("每所中小学至少配备1名专职心理健康教师" → "每所中小学配备专职心理健康
/// 教师 ge 1名"); a range written with 至 ("8至10个", "2至3名") → ge with "-max" ("8-10个", "2-3名") like 1-2所. "从
/// 2024年的89%提升至94%" reads like 由A提高到B ("from 89@2024"). Names: 每个 is kept like 每所 ("每个名师工作室结对帮扶
/// 乡村青年教师"); a verb before two counts joined by "、" goes to each ("新增省级骨干教师7名、市级骨干教师41名" → "新
/// 增省级骨干教师", "新增市级骨干教师"); a list of classes before a shared name with 分别 gives each its whole name
/// ("小班、中班、大班班额分别不超过25人、30人、35人" → "小班班额 le 25人" and so on), as the grades in sets 15 and 17;
/// "每人每月" between the comparator and the value is no part of the name ("乡村教师生活补助标准 ge 500元"), as 每生每
/// 年 in set 16. Scope: in a sentence headed by 全区, a 城区 named after its "；" is the scope from there to the 。
/// ("城区小学、初中大班额比例分别控制在3%、5%以下" → "小学大班额比例" and "初中大班额比例" with 城区), the clauses
/// before the "；" keeping 全区; 全市 named after "通过专项行动，" is the scope to the 。, past the "；"; an indicator
/// table names no scope even where the sentence before it names 全县. Years: a time clause "到10月底，" in a one-year
/// campaign plan keeps the plan's year (2026) and makes no task; the 总结及计划's 总结 figures are of 2025 and its 计划
/// 's of 2026; the 三年行动计划's indicators are of 2028 except "到2027年，…80名。", of 2027 to its 。. Tables: an
/// indicator table whose units stand in the name's bracket ("…比例（%）", "…人数（名）") with the columns "2025年（基期
/// ）" and "2028年（目标）" gives one indicator a row, named without the bracket, of the target column's year, "≥" →
/// ge, "≤" → le, a bare value → eq, with the 基期 value as "from value@2025" and no baseline where the 基期 cell is "—
/// "; the 属性 column changes nothing; the "表1　…" title, its header row and the "主要指标见表1。" sentence are the
/// document's, no heading and no noise, and the rows are no headings. In a 分工表 with 牵头单位 and 配合单位 columns
/// the lead is the first unit of the 牵头单位 cell (also where it names two units), the 配合单位 cell (even "—")
/// changing nothing and "持续推进" giving no due. A month table "月份 | 主要活动 | 负责部门" copied as tab-separated
/// rows gives one task a row, keyed by the first activity of its 主要活动 cell (before the "；"), led by the first unit
/// of its 负责部门 cell and due that month of the plan's year; its header row is kept, no heading and no task. Tasks:
/// "（负责人：…）", "（负责部门：…）" and "【责任单位：A、B】" name their person or first unit as the lead; "年内完成…"
/// gives the plan's year alone ("2026") like 年底前; "3月5日前后" is no deadline; a stage "（一）动员部署阶段（4月1日—4
/// 月15日）。body" of a 时间安排 is a heading of its lead phrase with its bracket and a task keyed by the first clause
/// of its body, due the month its range ends ("4月15日" → 04, "9月30日" → 09, "11月30日" → 11, "12月20日" → 12), the
/// last stage's first clause "各县（市、区）于12月10日前报送工作总结" being its key; the kindergarten's "九月份：" …
/// "十二月份：" are months of 2026 and "一月份：" is January 2027; "由业务园长牵头，11月底前…" after an earlier
/// sentence of its item gives that deadline's task its lead. Headings: a goal line "（一）保育目标：…" keeps the part
/// before the colon, as "（一）名称：…" in set 11; goal sentences numbered "1." … "3." with no lead phrase under 一、
/// are headings made of the whole line less its 。, at depth 1 (set 12's reading); "三、2026年工作计划" over "（一）主
/// 要目标" (a title alone on its line over a paragraph) and "（二）重点工作" over "1.title" lines over "（1）lead。
/// body" items gives depths 0, 1, 2 and 3; "一是…；二是…；三是…" under "二、存在的问题" is no heading.
/// Furniture: on the aggregator (一叶范文网) the site's name, the 📢 本站公告 line, the menu, the ">>" breadcrumb, the
/// 发布者/时间/分类/👁 line, the "✍ 写作小贴士：…" line between （一） and （二） of 二、, the 收藏本文/下载Word版/发送
/// 到邮箱/打印 row, 上一篇/下一篇, "网友评论（1）" and the comment's two lines, "热门排行" and its four lines (noise
/// although each begins with a number), the footer links, the 侵权 note and the ©/ICP line are noise; the page title
/// (the plan's title), the signature and date are kept. On the document store (岫云文档) the site's name, menu and
/// search lines, the "＞" category path, the file name "霓湖区教育局2025年工作总结及2026年工作计划.docx" (not the
/// document's title, which heads the preview and is kept), the 原创作者 line, the ✅ 原创认证 line, the ￥ price row,
/// each bare page number "1", "2", "3" and "4" where a page of the document ends (the last under the date; noise
/// although "2" stands right under "（2）…" and "1" between two （N） paragraphs), the "— 预览结束 · … —" line, the 文
/// 档评分 line, "购买了该文档的用户还购买了" and its three files, 相关搜索, the 售后保障 line and the ©/ICP line are
/// noise; the document's title, the bureau's signature and date are kept. On the city government's portal (霄阳市人民政
/// 府) the portal's name, the top row with its IPv6 note, the search line, the menu, the 政策文件 sub-tab row, 当前所在
/// , the file card's three lines (发文单位, 文件编号 although it repeats the 文号, 施行日期/失效日期), the 发布时间/浏
/// 览/【大 中 小】 line under the page heading, the 🖨 row, the 文件效力 line, the 留言咨询 line, 上一篇/下一篇 and the
/// three footer lines are noise; the page heading (the notice's title), the 文号, addressees, body, the three bureaus'
/// signature on two lines, the date, "（此件主动公开）" and the plan's title are kept; the 方案 has no signature of its
/// own. On the self-media platform (拾光篇) the platform's name, the 打开App line, the "雯山一幼　拾光号：…　＋关注"
/// line, the date/阅读 line, the 🎵 背景音乐 line, the "🔗 链接｜…" block between （二） and （三） of 二、, the 📍
/// place tag, the 模板 line, the counters, the 送花 prompt, "评论 3" and every line of the two comments and of the
/// author's reply (name and text on one line, "date　回复", the reply's date), 作者的其他作品 and its three titles, the
/// 举报/版权声明 line and the download line are noise; the post's title (the plan's title), the kindergarten's
/// signature and date are kept. On the school's website (霖江县第二中学) the school's name, the 校训 line, the "今天是…
/// " line, the menu, the 【校园公告】 line, 当前位置, the 作者/文章来源/点击数/更新时间 line, the 【发表评论】… row, 上
/// 一篇文章/下一篇文章, the 网友评论 disclaimer, 暂无评论, 最新热门 and its three titles, the Copyright line, the 地址/
/// 电话 line and the ICP/技术支持/当前在线 line are noise; the title, the 德育处's signature and date are kept. In the
/// office platform's receipt view every line of the 收文阅办单 is noise (the platform's name, 当前用户, the menu, "收文
/// 阅办单", 来文单位/来文字号, 收文日期/收文编号/紧急程度/公开属性, 文件标题 although it repeats the notice's title,
/// the 拟办意见 with its "由人事处牵头" and the 领导批示 with its "4月20日前", neither of which is a task of the plan,
/// and the ［正文］ tab row), and so are "附件列表", the 📎 file line, "办理过程" and its four steps (noise although
/// each begins with a number), the button row and the platform's footer; the 版头 "岚溪县人民政府办公室文件", the 文号,
/// the notice's title, addressees, body, signature, date and "（此件主动公开）", the plan's title, the indicator table
/// (title, header row and rows), the "附件：…" line, the "附件" label, the 分工表 (title, header row and rows), the "抄
/// 送：…" line and the "…办公室　date印发" line are the document's and kept, and the 版记 lines are no task.
/// Adjusted after the first score: an owner bracket in the text naming several units keeps the whole list as the lead, as
/// decided by set 1 ("（责任科室：基教科、发展规划科）"), sets 3, 5 and 6 ("（责任股室：计财股、基教股）") and sets 12, 13 and
/// 14 ("（责任单位：县教育局、县发展改革局）" and the like), which set 17's note "（责任单位：A、B）names A" (no plan of set 17
/// has such a bracket) did not overturn; so "（责任科室：中学教研室、小学教研室）" leads "推进“教学评一致性”研究" with both
/// rooms and each "【责任单位：A、B】" of the 专项整治行动方案 leads its task with "A、B" (five tasks), the square brackets
/// changing nothing. The first-unit reading stays where the earlier sets took it, in tables: the 负责部门 cell of the month
/// table (as set 17's 责任单位 column) and the 牵头单位 cell naming two units, which no earlier set had. A counted action
/// does not go on to the next object of a "、" list, as decided by the scorer's own fixtures ("新建社区健身路径38条、多功能运
/// 动场9片" → "多功能运动场") and set 4 ("建成省级高水平中职学校2所、省级骨干专业12个" → "省级骨干专业"); so "新增省级骨干
/// 教师7名、市级骨干教师41名" gives "市级骨干教师 eq 41名", not "新增市级骨干教师".
enum BlindFixtures18 {
    /// A county 教师发展中心's 年度教研工作要点 on a 范文 aggregator (一叶范文网): the site's name with its slogan, a
    /// 📢 本站公告 bar, a menu and a ">>" breadcrumb above the page title (the plan's title) and a 发布者/时间/分类/👁
    /// line; the introduction, 一、工作目标 as one paragraph with 全县 at its head running past a "；" (以上, a
    /// baseline with its year, 保持在…以上) and a second sentence with no scope (a range written with 至, 县级以上 in a
    /// name), 二、重点工作 with （一）…（五） titles over "N.lead。body" items (owner brackets "（责任科室：…）" after
    /// a deadline and with none, "由…牵头，month底前…" sentences, per-person and 每个 requirements, 左右, counts of 视
    /// 导, 评比, 联片教研, 送教下乡, 结题鉴定 and 研讨会 held, 年底前), a "✍ 写作小贴士" line between （一） and （二）
    /// , 三、月度安排 with one "N月：…" line a month (no July or August), the signature and date; a 收藏/下载/发送到邮
    /// 箱/打印 row, 上一篇/下一篇, 网友评论 with one comment, a 热门排行 of four numbered lines, footer links, a 侵权
    /// note and the ©/ICP line below.
    static let countyTeachingResearchKeyPointsOnEssayAggregator = """
        一叶范文网 · 写作不求人
        📢 本站公告：即日起登录用户每天可免费下载3篇Word文档，欢迎注册体验！
        首页 ｜ 工作计划 ｜ 工作总结 ｜ 心得体会 ｜ 讲话致辞 ｜ 述职报告 ｜ 方案策划 ｜ 更多 ▾
        您的位置：一叶范文网 >> 工作计划 >> 教研工作计划 >> 正文
        霁原县教师发展中心2026年教研工作要点
        发布者：范文君_yy　｜　时间：2026-02-26　｜　分类：教研工作计划　｜　👁 1,286
        2026年，县教师发展中心将紧扣“提质增效”主线，坚持“研究、指导、服务”职能定位，深化课堂教学改革，推动全县基础教育质量稳步提升。
        一、工作目标
        全县义务教育学校“教学评一致性”课堂达标率达到85%以上，县级以上优质课获奖数由2025年的46节提高到60节；普通高中学业水平考试合格率保持在97%以上。培育县级名师工作室8至10个，县级以上教研课题立项不少于40项。
        二、重点工作
        （一）深化课堂教学改革
        1.推进“教学评一致性”研究。以学科大单元教学为抓手，每名教研员每学期听评课不少于60节，全年开展学科视导2轮。（责任科室：中学教研室、小学教研室）
        2.开展优质课评比。组织中小学优质课评比1次，推选市级优质课参赛教师不少于30名。
        3.加强作业设计研究。义务教育学校作业设计案例征集参与率达到100%，5月底前汇编《霁原县中小学优秀作业设计案例集》。（责任科室：小学教研室）
        ✍ 写作小贴士：工作要点的“目标”部分宜具体、可量化，重点工作可按“领域—项目—责任”三级展开。
        （二）加强教研队伍建设
        1.配强专兼职教研员。县级专职教研员达到36名，聘请兼职教研员120名左右。
        2.实施教研员“下沉”工程。每名教研员每年到乡村学校蹲点指导不少于30天。由中心办公室牵头，3月底前完成教研员联系学校分工。
        3.发挥名师工作室引领作用。每个名师工作室结对帮扶乡村青年教师不少于5名。
        （三）推进教研方式转型
        1.深化区域联片教研。完善六大教研协作片区运行机制，每月至少开展1次联片教研活动。
        2.推进网络教研。依托县智慧教研平台开展线上集体备课，教师平台使用率达到90%以上。由信息技术教研室牵头，6月底前完成平台资源库升级。
        3.开展送教下乡。组织名师送教下乡活动12场次，实现乡镇全覆盖。（责任科室：培训部）
        （四）加强课题研究与成果推广
        1.规范课题管理。全年组织课题结题鉴定2次，县级课题结题率达到90%以上。
        2.推广教学成果。评选县级教学成果奖20项，年底前完成县级教学成果奖评审。（责任科室：科研室）
        （五）做好质量监测与分析
        1.开展学业质量监测。组织小学四年级、初中八年级学业质量监测，监测数据分析报告反馈率达到100%。
        2.加强毕业年级备考指导。召开初三、高三复习备考研讨会3次，初中学业水平考试全科合格率力争达到80%。
        三、月度安排
        2月：召开全县教研工作会议，部署年度教研任务。
        3月：开展春季学科视导，启动县级课题申报。
        4月：组织全县中小学优质课评比。
        5月：开展作业设计案例评选，组织初三复习备考研讨。
        6月：组织学业质量监测，做好期末复习指导。
        9月：开展新教师入职培训，组织秋季学科视导。
        10月：举办名师工作室成果展示活动。
        11月：组织县级课题结题鉴定。
        12月：开展年度教研工作总结和先进评选。
        霁原县教师发展中心
        2026年2月20日
        ⭐ 收藏本文　　📥 下载Word版　　📧 发送到邮箱　　🖨 打印
        上一篇：2026年学校教学工作计划（通用版）
        下一篇：2026年小学数学教研组工作计划
        网友评论（1）
        游客6821 于 2026-03-02 评论：
        月度安排这部分很有参考价值，收藏了。
        热门排行
        1　2026年学校工作计划（通用15篇）
        2　2026年教研组工作计划范文
        3　教研员个人年度工作总结
        4　2026年幼儿园春季学期工作计划
        关于本站 ┃ 联系我们 ┃ 网站地图 ┃ 免责声明
        本站文章均来自网友投稿及网络整理，如有侵权请联系删除。
        ©2026 一叶范文网 yiye.example.com　霭ICP备2021007319号-2
        """

    /// A district bureau's 2025年工作总结及2026年工作计划 on a paid 原创 document store (岫云文档): the store's name,
    /// menu, search line, a "＞" category path, the file name "….docx" (not the document's title), an 原创作者 line, a
    /// ✅ 原创认证 line and a ￥ price row above; the document's title, the introduction, 一、2025年工作总结 with （一
    /// ）…（五） lead phrases (约, 全年 in a name, a point rise beside its value, 全区 at the head of a sentence
    /// running past a "；", 从…提升至…, a verb before two counts, counts of a 大赛 and of 排查 rounds held), 二、存在的
    /// 问题 with a 一是…三是 line, 三、2026年工作计划 over （一）主要目标 (全区 at the head and 城区 after the "；"
    /// with a 分别 pair and 以下, 力争达到) and （二）重点工作 over "1.title" lines over "（1）lead。body" items (owner
    /// brackets after a deadline whose subject follows it, after a deadline and with none, "由…牵头", 左右 with a 其中
    /// part, a standalone point fall, 至少 before the verb, 年内, counts of 排查 and 局务会 held) and （三）保障措施
    /// (全年 in a name), the signature and date; the document's own page numbers "1" … "4" as bare lines where its
    /// pages end; a 预览结束 line, a 文档评分 line, three files 还购买了, 相关搜索, a 售后保障 line and the ©/ICP line
    /// below.
    static let districtSummaryAndPlanOnPaidOriginalDocumentStore = """
        岫云文档 — 原创文档交易平台
        文档商城 ｜ 创作者中心 ｜ 企业服务 ｜ 会员权益 ｜ 登录 ｜ 注册
        🔍 搜索海量原创文档
        全部分类 ＞ 行政公文 ＞ 工作总结 ＞ 教育系统
        霓湖区教育局2025年工作总结及2026年工作计划.docx
        原创作者：云间月　｜　上传时间：2026-01-13　｜　4页　｜　28.7KB　｜　DOCX
        ✅ 已通过平台原创认证　原创编号：XY-2026-0113-0452
        ￥6.00　　［立即购买］　　［开通VIP 本文免费］　　［加入收藏］
        霓湖区教育局2025年工作总结及2026年工作计划
        2025年，区教育局坚持以人民为中心的发展思想，全力推进教育优质均衡发展，较好完成了全年各项目标任务。现将有关情况总结如下。
        一、2025年工作总结
        （一）教育资源供给持续扩大。全年投入教育建设资金约3.2亿元，新建、改扩建中小学幼儿园9所，新增学位3150个。全区公办园在园幼儿占比达到56.4%，较上年提高3.2个百分点。
        （二）教育教学质量稳步提升。全区义务教育学校课后服务学生参与率从2024年的89%提升至94%；普通高中本科上线率达到71.5%。区第一中学获评省级特色示范高中。
        （三）教师队伍建设不断加强。公开招聘教师128名，组织教师全员培训1.1万人次，新增省级骨干教师7名、市级骨干教师41名。举办全区青年教师教学基本功大赛1次。
        1
        （四）教育民生保障更加有力。落实各类学生资助资金2860万元，资助学生3.4万人次。全年开展校园安全隐患排查6轮，未发生重大校园安全责任事故。
        （五）教育改革纵深推进。组建紧密型教育集团8个，集团化办学覆盖率达到75%；深化“县管校聘”改革，交流轮岗教师236名。
        二、存在的问题
        一是优质教育资源总量仍然不足，城区部分学校大班额问题尚未彻底解决；二是教师队伍结构性矛盾依然突出；三是教育信息化应用水平有待提高。
        三、2026年工作计划
        2026年，区教育局将围绕“建设教育强区”目标，着力抓好以下工作。
        （一）主要目标
        全区学前三年毛入园率达到97%以上，义务教育巩固率保持100%，高中阶段毛入学率达到98%；城区小学、初中大班额比例分别控制在3%、5%以下。普通高中本科上线率力争达到73%。
        （二）重点工作
        1.扩大优质教育资源供给
        （1）加快学校建设。新建、改扩建学校6所，新增学位2700个。8月底前霓湖区第六小学建成投用。（责任科室：计划财务科）
        （2）推进学前教育普惠发展。新增普惠性学位900个，普惠性幼儿园覆盖率达到95%。（责任科室：学前教育科）
        2
        2.提升教育教学质量
        （1）深化课堂改革。推进“品质课堂”建设，评选区级品质课堂示范校10所。由区教研室牵头，4月底前出台《霓湖区品质课堂评价标准》。
        （2）加强体育美育工作。中小学生体质健康优良率达到58%以上，中小学生近视率较上年下降0.5个百分点。
        3.建设高素质教师队伍
        （1）补充优化师资。招聘教师130名左右，其中紧缺学科教师不少于40名。7月底前完成新教师招聘。（责任科室：人事科）
        （2）提升教师能力。每名教师年度培训不少于72学时，培育区级名师工作室8个。
        3
        4.守牢安全稳定底线
        （1）强化校园安全。中小学幼儿园专职保安配备率保持100%，每季度开展1次安全隐患排查。年内完成全区学校视频监控系统智能化升级。（责任科室：安全管理科）
        （2）加强心理健康教育。每所中小学至少配备1名专职心理健康教师，学生心理健康测评覆盖率达到100%。
        （三）保障措施
        1.加强组织保障。完善局领导班子成员联系学校制度，每月召开1次局务会研究重点工作推进情况。
        2.强化经费保障。全年教育经费投入不低于9.8亿元。
        霓湖区教育局
        2026年1月8日
        4
        — 预览结束 · 购买后可下载完整可编辑Word文档 —
        文档评分：★★★★★ 4.8（27人评价）
        购买了该文档的用户还购买了
        2026年区教育局工作要点.docx　￥5.00
        教育局年度工作总结汇报材料.docx　￥8.00
        2025年学校工作总结及2026年工作思路.docx　￥4.00
        相关搜索：教育局工作总结　区教育局工作计划　2026年教育工作计划
        售后保障：文档内容与预览不符的，可在购买后48小时内申请退款。
        © 2026 岫云文档　霭ICP备2023004127号-2　霭公网安备 53090202000471号
        """

    /// A city 校园安全隐患排查整治专项行动方案 under the joint notice of three bureaus on the city government's portal
    /// (霄阳市人民政府): the portal's name, a top row with an IPv6 note, a search line, the menu, a 政策文件 sub-tab
    /// row, a 当前所在 breadcrumb and a three-line file card (发文单位, 文件编号, 施行日期/失效日期) above the page
    /// heading (the notice's title) and a 发布时间/浏览 line under it; the notice (文号, addressees, body, the three
    /// bureaus' signature on two lines, date, "（此件主动公开）") and the plan's title; the introduction, 一、工作目标
    /// (全市 after "通过专项行动，" running past a "；", a distance inside a phrase, a "到10月底，" clause), 二、整治范
    /// 围, 三、整治重点 with （一）…（六） lead phrases each ending in an owner bracket "【责任单位：A、B】" (after a
    /// deadline or with none; 城区 in a second clause; a count of 联合整治 held), 四、时间安排 with four stages "（N）
    /// name阶段（date—date）。body" (a count of 督查 rounds; a "12月10日前" inside the last), 五、工作要求 with three
    /// lead phrases (a count of 调度会 held); no signature under the 方案; a 🖨/⭐/🔗/✕ row, a 文件效力 line, a 留言咨询
    /// line, 上一篇/下一篇 and three footer lines below.
    static let citySafetyCampaignPlanUnderJointNoticeOnGovernmentPortal = """
        霄阳市人民政府
        政务服务网 ｜ 政府信箱 ｜ 依申请公开 ｜ 本网站支持IPv6 ｜ English
        请输入关键词　［搜索］
        首页　　要闻动态　　政务公开　　政务服务　　互动交流　　走进霄阳
        政策文件 ｜ 政策解读 ｜ 规范性文件 ｜ 部门文件
        当前所在：首页＞政务公开＞部门文件
        发文单位：霄阳市教育局　霄阳市公安局　霄阳市市场监督管理局
        文件编号：霄教联〔2026〕3号
        施行日期：2026-04-01　　失效日期：暂无
        霄阳市教育局　霄阳市公安局　霄阳市市场监督管理局关于印发《霄阳市2026年校园安全隐患排查整治专项行动方案》的通知
        发布时间：2026-03-30 16:05　　浏览：1532次　　【大 中 小】
        霄教联〔2026〕3号
        各县（市、区）教育局、公安局、市场监督管理局，市直各学校：
        为切实维护校园安全稳定，经研究，决定在全市开展校园安全隐患排查整治专项行动。现将《霄阳市2026年校园安全隐患排查整治专项行动方案》印发给你们，请认真贯彻执行。
        霄阳市教育局　　　　霄阳市公安局
        霄阳市市场监督管理局
        2026年3月27日
        （此件主动公开）
        霄阳市2026年校园安全隐患排查整治专项行动方案
        为深入贯彻落实上级关于加强校园安全工作的部署要求，全面排查整治校园安全隐患，着力构建校园安全长效机制，制定本方案。
        一、工作目标
        通过专项行动，全市中小学幼儿园安全隐患排查覆盖率达到100%，重大安全隐患整改率达到100%，一般安全隐患整改率达到98%以上；学校周边200米范围内治安、交通、食品安全问题得到有效治理。到10月底，学校“一键报警”装置与公安机关联网率保持100%，中小学幼儿园专职保安配备率达到100%。
        二、整治范围
        全市各级各类中小学校、幼儿园、中等职业学校和校外培训机构。
        三、整治重点
        （一）校舍和设施设备安全。全面排查校舍、围墙、护栏、消防设施等安全隐患，校舍安全隐患排查率达到100%。5月底前完成全市学校消防设施设备检测。【责任单位：市教育局、市消防救援支队】
        （二）校园及周边治安秩序。深化“护校安园”行动，城区学校上下学高峰时段“护学岗”设置率保持100%。每学期开展2次学校周边治安联合整治。【责任单位：市公安局、市教育局】
        （三）校园食品安全。学校食堂“互联网+明厨亮灶”覆盖率达到100%，食品安全量化等级A级食堂比例达到75%以上。9月底前完成秋季开学学校食堂专项检查。【责任单位：市市场监督管理局、市教育局】
        （四）交通安全。校车安全隐患排查整改率达到100%。6月底前完成全市校车驾驶人资质专项审核。【责任单位：市公安局交警支队、市教育局】
        （五）心理健康和欺凌防治。中小学心理健康测评覆盖率达到100%，学生欺凌事件报告处置率达到100%，中小学心理辅导室建设达标率达到95%以上。【责任单位：市教育局】
        （六）校外培训机构安全。对校外培训机构消防、食品等安全隐患开展全覆盖检查，整改到位率达到100%。【责任单位：市教育局、市市场监督管理局】
        四、时间安排
        （一）动员部署阶段（4月1日—4月15日）。各县（市、区）制定具体实施方案，召开动员部署会议。
        （二）排查整治阶段（4月16日—9月30日）。各地各校全面开展自查自纠，市级组织联合督查3轮。
        （三）巩固提升阶段（10月1日—11月30日）。对整治情况开展“回头看”，建立健全长效机制。
        （四）总结验收阶段（12月1日—12月20日）。各县（市、区）于12月10日前报送工作总结，市级开展验收评估。
        五、工作要求
        （一）加强组织领导。成立由市教育局主要负责同志任组长的专项行动领导小组，每月召开1次工作调度会。
        （二）强化督导问责。对隐患整改不力、发生安全责任事故的，依法依规严肃追责问责。
        （三）注重宣传引导。充分利用家长会、校园广播等渠道开展安全宣传教育，营造全社会关心校园安全的良好氛围。
        🖨 打印本页　　⭐ 收藏　　🔗 复制链接　　✕ 关闭
        文件效力：现行有效　｜　解读材料：暂无
        留言咨询：对本文件有疑问？点此向市教育局留言 ＞
        上一篇：霄阳市教育局关于做好2026年义务教育招生入学工作的通知
        下一篇：霄阳市教育局关于公布2025年度市级文明校园名单的通知
        网站地图 ｜ 联系我们 ｜ 使用帮助 ｜ 隐私声明 ｜ 无障碍声明
        主办：霄阳市人民政府办公室　承办：霄阳市大数据中心
        网站标识码：5308000001　霭ICP备2016000852号　霭公网安备 53080202000118号
        """

    /// A county kindergarten's 2026年秋季学期保教工作计划 as a picture-post on a self-media platform (拾光篇): the
    /// platform's name, an 打开App line, the post's title (the plan's title), the author's "拾光号 … ＋关注" line, a
    /// date/阅读 line and a 🎵 背景音乐 line; the introduction with stock counts, 一、工作目标 with four goal lines
    /// "（N）名称：…" (以下, a 其中 part, 至, a list of classes with 分别 and 不超过), 二、主要工作 with （一）…（四）
    /// titles over "N.lead。body" items (owner brackets "（负责人：…）" with no deadline and after a deadline, "由业务
    /// 园长牵头，11月底前…", 每班 requirements, counts of 膳食委员会会议, 营养分析, 游戏观摩, 园本教研, 讲故事比赛, 家
    /// 长会, 家长学校讲座, 排查 and 演练 held), a "🔗 链接｜…" block between （二） and （三）, 三、每月工作安排 with
    /// "九月份：" … "一月份：" lines, the signature and date; a 📍 place tag, a 模板 line, counters, a 送花 prompt, 评
    /// 论 with two comments and the author's reply, 作者的其他作品 with three titles, a 举报/版权声明 line and a
    /// download line below.
    static let kindergartenAutumnTermPlanAsSelfMediaPicturePost = """
        拾光篇
        打开App，阅读体验更佳
        雯山县第一幼儿园2026年秋季学期保教工作计划
        雯山一幼　拾光号：20613357　　＋关注
        2026-09-03　　阅读 2416
        🎵 背景音乐：《小小少年》　▶ 播放
        金秋九月，我们迎来了新学期。本学期，我园将以《3—6岁儿童学习与发展指南》为引领，坚持保教并重，扎实推进保教工作提质增效。我园现有教学班15个，在园幼儿468名，教职工63名。
        一、工作目标
        （一）保育目标：幼儿出勤率达到90%以上，幼儿健康检查率达到100%，幼儿肥胖率控制在5%以下。
        （二）教育目标：幼儿每天户外活动时间不少于2小时，其中体育活动时间不少于1小时；大班幼儿入学准备教育覆盖率达到100%。
        （三）队伍目标：教师持证上岗率保持100%，每名教师每学期听课不少于15节，培养县级骨干教师2至3名。
        （四）管理目标：小班、中班、大班班额分别不超过25人、30人、35人，家长满意度达到95%以上。
        二、主要工作
        （一）保育与卫生保健
        1.严格卫生消毒。落实晨午检和全日观察制度，玩教具消毒合格率达到100%。（负责人：保健医生）
        2.科学膳食管理。每周制定带量食谱，每月召开1次膳食委员会会议，每学期开展膳食营养分析2次。
        3.加强疾病防控。9月底前完成幼儿入园体检和视力筛查。（负责人：保健医生）
        （二）教育教学
        1.推进课程游戏化。每班每天连续自主游戏时间不少于1小时，每月开展1次班级游戏观摩。
        2.做好幼小衔接。大班开展“我要上小学啦”主题活动。由业务园长牵头，11月底前与雯山县实验小学开展幼小衔接联合教研。
        3.丰富区域活动。每班活动区域不少于5个，区域材料定期更新。
        🔗 链接｜2026年秋季新生入园须知（点击查看）
        （三）队伍建设
        1.加强师德建设。开展“师德师风建设月”活动，教师师德考核合格率达到100%。（负责人：党支部书记）
        2.开展园本教研。每两周开展1次园本教研活动，举办青年教师讲故事比赛1场。
        3.实施青蓝结对。新结对师徒6对，10月底前完成结对协议签订。（负责人：业务园长）
        （四）家园共育与安全
        1.密切家园联系。每学期召开家长会2次，举办家长学校讲座4次，家访率达到100%。
        2.守牢安全底线。每月开展1次安全隐患排查和应急疏散演练，12月底前完成园舍安全隐患整改。（负责人：后勤园长）
        三、每月工作安排
        九月份：做好新生入园适应工作，召开新学期家长会。
        十月份：开展国庆主题教育活动，组织秋季亲子运动会。
        十一月份：组织幼儿秋季远足活动，开展青年教师讲故事比赛。
        十二月份：开展冬季安全教育，组织幼儿冬季体育锻炼活动。
        一月份：做好幼儿发展评估和学期总结工作。
        雯山县第一幼儿园
        2026年8月30日
        📍 雯山县·第一幼儿园
        本篇由「开学季」模板制作
        赞 168　　评论 3　　分享 41　　🌸 送花 12
        喜欢这篇作品？送朵小花鼓励一下作者吧 🌸
        评论 3
        晨曦妈妈：老师们辛苦了，新学期加油！
        9月3日　回复
        小雨点爸爸：每月安排很清楚，点赞👍
        9月4日　回复
        雯山一幼（作者）回复 小雨点爸爸：感谢您的支持！
        9月4日
        作者的其他作品
        雯山一幼2026年春季学期保教工作总结
        “我爱我家”主题亲子活动掠影
        雯山一幼2026届大班毕业典礼
        举报　｜　版权声明：本文由作者发布于拾光篇，未经授权禁止转载
        下载拾光篇App，三分钟做出精美图文
        """

    /// A middle school 德育处's 2026年春季学期德育工作计划 on the school's own website (霖江县第二中学): the school's
    /// name, its 校训, a "今天是…本学期第2周" line, a | menu, a 【校园公告】 line and a ">>" breadcrumb above the title
    /// and an 作者/文章来源/点击数/更新时间/【字体：小 大】 line under it; the introduction, 一、工作目标 with three
    /// goal sentences numbered "1." … "3." with no lead phrase (以上, 保持, 以内), 二、主要工作 with （一）…（四）
    /// titles over "N.lead。body" items (owner brackets "（负责部门：…）" with no deadline and after deadlines, "3月5日
    /// 前后", per-person requirements, an abbreviated list of grades with 分别, counts of 量化考核 and 班主任培训
    /// held), 三、每月工作安排 as a table of 月份/主要活动/负责部门 copied as tab-separated rows (February to July), 四
    /// 、保障措施 with two lead phrases, the signature and date; the 【发表评论】【加入收藏】【告诉好友】【打印此文】【
    /// 关闭窗口】 row, 上一篇文章/下一篇文章, the 网友评论 disclaimer with 暂无评论, 最新热门 with three titles and
    /// three footer lines below.
    static let middleSchoolMoralEducationTermPlanOnSchoolWebsite = """
        霖江县第二中学
        校训：厚德　笃学　健体　尚美
        今天是：2026年3月2日　星期一　本学期第2周
        学校首页 | 学校概况 | 党建引领 | 德育天地 | 教学教研 | 教师风采 | 学生园地 | 家校共育
        【校园公告】关于做好2026年春季学期学生返校工作的通知（2026-02-24）
        当前位置：学校首页 >> 德育天地 >> 德育计划
        霖江县第二中学2026年春季学期德育工作计划
        作者：德育处　　文章来源：本站原创　　点击数：639　　更新时间：2026-2-27　　【字体：小 大】
        本学期，学校德育工作以“养成教育”为主线，以主题活动为载体，全面落实立德树人根本任务，努力培养德智体美劳全面发展的社会主义建设者和接班人。
        一、工作目标
        1.学生日常行为规范合格率达到98%以上，文明班级创建率达到60%。
        2.学生心理健康筛查覆盖率达到100%，心理危机预警干预及时率保持100%。
        3.学生违纪率控制在1%以内，家长对学校德育工作满意度达到92%以上。
        二、主要工作
        （一）抓实养成教育
        1.开展“行为规范月”活动。开学第一个月集中开展行为规范教育，每周进行1次班级量化考核。（负责部门：德育处）
        2.加强仪式教育。规范升旗仪式，每周一举行升旗仪式并进行国旗下讲话；3月5日前后开展学雷锋主题活动。
        （二）深化主题教育
        1.开展爱国主义教育。结合清明节开展“缅怀革命先烈”主题活动，组织学生参观县烈士陵园。
        2.开展劳动教育。每名学生每周家务劳动时间不少于2小时，校园劳动实践基地班级认领率达到100%。
        3.开展心理健康教育。4月底前完成全体学生心理健康筛查，建立“一生一档”心理档案。（负责部门：心理咨询室）
        （三）加强班主任队伍建设
        1.开展班主任培训。每学期组织班主任专题培训2次，每名班主任每学期撰写德育案例不少于1篇。
        2.开展班主任基本功比赛。6月底前举办校级班主任基本功比赛，评选优秀班主任10名。（负责部门：德育处）
        （四）推进家校社协同育人
        1.办好家长学校。七、八、九年级家长会家长到会率分别达到90%、92%、95%，班主任家访覆盖率达到100%。
        2.加强校外联动。与县关工委、派出所等单位共建校外教育基地4个。
        三、每月工作安排
        月份\t主要活动\t负责部门
        2月\t开学典礼暨“开学第一课”；学生返校安全教育\t德育处、团委
        3月\t“行为规范月”活动；学雷锋主题活动\t德育处
        4月\t清明节爱国主义教育；学生心理健康筛查\t团委、心理咨询室
        5月\t“五四”青年节入团仪式；心理健康教育月\t团委
        6月\t防溺水专题教育；班主任基本功比赛\t德育处、年级组
        7月\t学期德育工作总结；暑假安全教育\t德育处
        四、保障措施
        （一）健全德育工作机制。实行校长负责、德育处统筹、班主任和全体教师共同参与的德育工作机制。
        （二）强化考核评价。将德育工作纳入班级和教师考核，考核结果与评优评先挂钩。
        霖江县第二中学德育处
        2026年2月25日
        【发表评论】【加入收藏】【告诉好友】【打印此文】【关闭窗口】
        上一篇文章：霖江二中2025年秋季学期德育工作总结
        下一篇文章：霖江二中2026年“学雷锋”主题活动方案
        网友评论：（只显示最新10条。评论内容只代表网友观点，与本站立场无关！）
        暂无评论
        最新热门
        霖江二中2026年寒假致家长的一封信
        我校在全县中学生田径运动会上喜获佳绩
        霖江二中召开2026年春季学期开学工作会议
        Copyright © 2008-2026 霖江县第二中学 All Rights Reserved
        学校地址：霖江县滨江路55号　联系电话：0000-5812306
        霭ICP备2019003017号-1　技术支持：霖江县教育信息中心　当前在线：12人
        """

    /// A county government office's 岚溪县教师队伍建设三年行动计划（2026—2028年） under its notice, as a county school
    /// received it in the county's 政务协同办公平台 (收文阅办单 view): the platform's name, a 当前用户 row, a menu, "收
    /// 文阅办单", 来文单位/来文字号, 收文日期/收文编号/紧急程度/公开属性, 文件标题, a 拟办意见 naming a 牵头 office, a
    /// 领导批示 with a deadline and the ［正文］ tab row above; the document whole: 版头, 文号, the notice's title,
    /// addressees, body, signature, date and "（此件主动公开）", the plan's title, the introduction with stock counts,
    /// 一、总体目标 (全县 in a sentence with no number, "主要指标见表1。") over "表1　…" and a 主要指标 table copied as
    /// tab-separated rows (指标 with its unit in brackets, 2025年（基期）, 2028年（目标） with ≥, ≤ or a bare value, 属
    /// 性; one 基期 cell "—"), 二、重点任务 with （一）…（五） titles over "N.lead。body" items with no owner and no
    /// deadline (三年 and 累计, 左右 with a 其中 part, 每年/每名 requirements, a "到2027年，…" sentence, 每人每月
    /// before a value, a standalone point rise, a count of 督查 held), 三、保障措施 with three lead phrases (a count of
    /// 联席会议 held), the "附件：…分工表" line, the "附件" label, the 分工表's title and its tab-separated rows (序号,
    /// 重点任务, 牵头单位 — two units in one row —, 配合单位 — "—" in one row —, 完成时限 as "YYYY年M月底前" or "持续推
    /// 进"), the "抄送：…" line and the "…办公室　date印发" line; below them the platform's 附件列表 with a 📎 file
    /// line, 办理过程 with four numbered steps, a button row and the platform's footer.
    static let countyTeacherThreeYearPlanInOfficePlatformReceiptView = """
        岚溪县政务协同办公平台
        当前用户：县一中办公室 张瑶　｜　消息（5）　｜　修改密码　｜　退出
        待办事项　　已办事项　　收文管理　　发文管理　　通知公告　　通讯录
        收文阅办单
        来文单位：岚溪县人民政府办公室　　来文字号：岚政办发〔2026〕11号
        收文日期：2026-04-08　　收文编号：县一中收〔2026〕037号　　紧急程度：平件　　公开属性：主动公开
        文件标题：岚溪县人民政府办公室关于印发岚溪县教师队伍建设三年行动计划（2026—2028年）的通知
        拟办意见：请王校长阅示。建议由人事处牵头，教务处、德育处配合抓好落实。　张瑶　2026-04-08 10:12
        领导批示：同意。请人事处于4月20日前拟定我校落实措施。　王立新　2026-04-08 16:40
        ［正文］　［附件（1）］　［办理过程］　［打印阅办单］
        岚溪县人民政府办公室文件
        岚政办发〔2026〕11号
        岚溪县人民政府办公室关于印发岚溪县教师队伍建设三年行动计划（2026—2028年）的通知
        各乡镇人民政府，县直有关单位，各中小学校：
        《岚溪县教师队伍建设三年行动计划（2026—2028年）》已经县人民政府同意，现印发给你们，请认真组织实施。
        岚溪县人民政府办公室
        2026年4月2日
        （此件主动公开）
        岚溪县教师队伍建设三年行动计划（2026—2028年）
        为全面加强新时代教师队伍建设，努力打造一支高素质专业化创新型教师队伍，根据有关文件精神，结合我县实际，制定本行动计划。全县现有中小学幼儿园专任教师4862名，其中乡村教师2317名。
        一、总体目标
        到2028年，全县教师队伍规模、结构、素质与教育高质量发展需求相适应。主要指标见表1。
        表1　岚溪县教师队伍建设主要指标
        指标\t2025年（基期）\t2028年（目标）\t属性
        中小学专任教师研究生学历比例（%）\t6.8\t≥12\t预期性
        幼儿园专任教师专科及以上学历比例（%）\t88\t≥95\t约束性
        县级以上骨干教师人数（名）\t420\t600\t预期性
        义务教育学校教师交流轮岗比例（%）\t11\t≥15\t约束性
        乡村教师流失率（%）\t4.5\t≤2\t预期性
        教师专业发展积分管理覆盖率（%）\t—\t100\t预期性
        二、重点任务
        （一）师德师风建设行动
        1.强化师德教育。将师德教育贯穿教师职业生涯全过程，新入职教师师德专题培训不少于12学时。
        2.严格师德考核。每年开展1次师德师风专项督查，师德考核结果作为教师评优评先的首要依据。
        （二）教师补充配置行动
        1.拓宽补充渠道。三年公开招聘中小学幼儿园教师600名左右，其中紧缺学科教师不少于150名。
        2.推进交流轮岗。每年交流轮岗教师不少于300名，其中骨干教师比例不低于20%。
        （三）专业能力提升行动
        1.实施全员培训。每名教师每年参加培训不少于72学时，三年累计培训教师2万人次。
        2.实施名师培养工程。到2027年，培养县级学科带头人80名。建设县级名师工作室12个。
        3.提升乡村教师素质。实施乡村教师“强基”培训，乡村教师培训参训率达到100%。
        （四）待遇保障提升行动
        1.落实工资待遇。确保中小学教师平均工资收入水平不低于当地公务员平均工资收入水平。
        2.落实乡村教师生活补助。乡村教师生活补助标准不低于每人每月500元，并按学校艰苦边远程度分档发放。
        （五）管理体制改革行动
        1.深化“县管校聘”改革。完善教师“县管校聘”管理机制，推动教师由“学校人”向“系统人”转变。
        2.完善职称评聘。中小学高级教师岗位比例提高2个百分点，并向乡村学校倾斜。
        三、保障措施
        （一）加强组织领导。建立由县政府分管领导任召集人的教师队伍建设联席会议制度，每年召开2次联席会议。
        （二）加大经费投入。三年累计投入教师培训经费不少于3600万元。
        （三）强化督导考核。将本计划落实情况纳入对乡镇和学校的年度考核。
        附件：岚溪县教师队伍建设三年行动计划重点任务分工表
        附件
        岚溪县教师队伍建设三年行动计划重点任务分工表
        序号\t重点任务\t牵头单位\t配合单位\t完成时限
        1\t制定《岚溪县中小学教师师德考核实施细则》\t县教育局\t县委教育工委\t2026年6月底前
        2\t完成全县中小学教职工编制核定\t县委编办\t县教育局、县财政局\t2026年12月底前
        3\t实现“县管校聘”管理改革全覆盖\t县教育局\t县委编办、县人力资源社会保障局\t2027年12月底前
        4\t建成县教师发展中心新校区\t县教育局\t县发展改革局、县住建局\t2027年8月底前
        5\t出台乡村教师生活补助分档发放办法\t县教育局、县财政局\t—\t2026年9月底前
        6\t建立中小学教师减负清单制度\t县教育局\t县委宣传部\t2026年10月底前
        7\t落实教师工资待遇保障机制\t县财政局\t县教育局、县人力资源社会保障局\t持续推进
        抄送：县委办公室，县人大常委会办公室，县政协办公室。
        岚溪县人民政府办公室　　　　　2026年4月2日印发
        附件列表
        📎 岚溪县教师队伍建设三年行动计划重点任务分工表.et（18KB）　［预览］　［下载］
        办理过程
        1　收文登记　　张瑶（县一中办公室）　　2026-04-08 09:55
        2　拟办　　张瑶（县一中办公室）　　2026-04-08 10:12
        3　领导批示　　王立新（校长）　　2026-04-08 16:40
        4　分办至人事处、教务处　　张瑶（县一中办公室）　　2026-04-09 08:31
        ［签收］　［转办］　［办结］　［返回列表］
        岚溪县政务协同办公平台　技术支持：岚溪县数据资源管理中心　服务电话：0000-6612345
        """

    static let expected: [ExpectedPlan] = [
        ExpectedPlan(
            name: "county 教研 工作要点 on a 范文 aggregator with a 本站公告 bar, a 写作小贴士 box inside, 网友评论 and a numbered 热门排行",
            text: BlindFixtures18.countyTeachingResearchKeyPointsOnEssayAggregator,
            headings: [
                (0, "一、工作目标"), (0, "二、重点工作"), (1, "（一）深化课堂教学改革"), (2, "1.推进“教学评一致性”研究"),
                (2, "2.开展优质课评比"), (2, "3.加强作业设计研究"), (1, "（二）加强教研队伍建设"),
                (2, "1.配强专兼职教研员"), (2, "2.实施教研员“下沉”工程"), (2, "3.发挥名师工作室引领作用"),
                (1, "（三）推进教研方式转型"), (2, "1.深化区域联片教研"), (2, "2.推进网络教研"), (2, "3.开展送教下乡"),
                (1, "（四）加强课题研究与成果推广"), (2, "1.规范课题管理"), (2, "2.推广教学成果"),
                (1, "（五）做好质量监测与分析"), (2, "1.开展学业质量监测"), (2, "2.加强毕业年级备考指导"),
                (0, "三、月度安排"),
            ],
            indicators: [
                "义务教育学校“教学评一致性”课堂达标率 ge 85% 2026 全县",
                "县级以上优质课获奖数 eq 60节 2026 全县 from 46@2025", "普通高中学业水平考试合格率 ge 97% 2026 全县",
                "培育县级名师工作室 ge 8-10个 2026 -", "县级以上教研课题立项 ge 40项 2026 -",
                "每名教研员每学期听评课 ge 60节 2026 -", "推选市级优质课参赛教师 ge 30名 2026 -",
                "义务教育学校作业设计案例征集参与率 eq 100% 2026 -", "县级专职教研员 eq 36名 2026 -",
                "聘请兼职教研员 approx 120名 2026 -", "每名教研员每年到乡村学校蹲点指导 ge 30天 2026 -",
                "每个名师工作室结对帮扶乡村青年教师 ge 5名 2026 -", "教师平台使用率 ge 90% 2026 -",
                "县级课题结题率 ge 90% 2026 -", "评选县级教学成果奖 eq 20项 2026 -",
                "监测数据分析报告反馈率 eq 100% 2026 -", "初中学业水平考试全科合格率 eq 80% 2026 -",
            ],
            notIndicators: ["2轮", "1次", "12场次", "2次", "3次"],
            tasks: [
                ("推进“教学评一致性”研究", "中学教研室、小学教研室", nil),
                ("汇编《霁原县中小学优秀作业设计案例集》", "小学教研室", "2026-05"),
                ("完成教研员联系学校分工", "中心办公室", "2026-03"),
                ("完成平台资源库升级", "信息技术教研室", "2026-06"),
                ("开展送教下乡", "培训部", nil),
                ("完成县级教学成果奖评审", "科研室", "2026"),
                ("召开全县教研工作会议", nil, "2026-02"),
                ("开展春季学科视导", nil, "2026-03"),
                ("组织全县中小学优质课评比", nil, "2026-04"),
                ("开展作业设计案例评选", nil, "2026-05"),
                ("组织学业质量监测", nil, "2026-06"),
                ("开展新教师入职培训", nil, "2026-09"),
                ("举办名师工作室成果展示活动", nil, "2026-10"),
                ("组织县级课题结题鉴定", nil, "2026-11"),
                ("开展年度教研工作总结和先进评选", nil, "2026-12"),
            ],
            noise: [
                "一叶范文网 · 写作不求人", "📢 本站公告：即日起登录用户每天可免费下载3篇Word文档，欢迎注册体验！",
                "首页 ｜ 工作计划 ｜ 工作总结 ｜ 心得体会 ｜ 讲话致辞 ｜ 述职报告 ｜ 方案策划 ｜ 更多 ▾",
                "您的位置：一叶范文网 >> 工作计划 >> 教研工作计划 >> 正文",
                "发布者：范文君_yy　｜　时间：2026-02-26　｜　分类：教研工作计划　｜　👁 1,286",
                "✍ 写作小贴士：工作要点的“目标”部分宜具体、可量化，重点工作可按“领域—项目—责任”三级展开。",
                "⭐ 收藏本文　　📥 下载Word版　　📧 发送到邮箱　　🖨 打印", "上一篇：2026年学校教学工作计划（通用版）",
                "下一篇：2026年小学数学教研组工作计划", "网友评论（1）", "游客6821 于 2026-03-02 评论：",
                "月度安排这部分很有参考价值，收藏了。", "热门排行", "1　2026年学校工作计划（通用15篇）",
                "2　2026年教研组工作计划范文", "3　教研员个人年度工作总结", "4　2026年幼儿园春季学期工作计划",
                "关于本站 ┃ 联系我们 ┃ 网站地图 ┃ 免责声明", "本站文章均来自网友投稿及网络整理，如有侵权请联系删除。",
                "©2026 一叶范文网 yiye.example.com　霭ICP备2021007319号-2",
            ]),
        ExpectedPlan(
            name: "district 工作总结及工作计划 on a paid 原创 document store with an 原创认证 line, bare page numbers and a 还购买了 list",
            text: BlindFixtures18.districtSummaryAndPlanOnPaidOriginalDocumentStore,
            headings: [
                (0, "一、2025年工作总结"), (1, "（一）教育资源供给持续扩大"), (1, "（二）教育教学质量稳步提升"),
                (1, "（三）教师队伍建设不断加强"), (1, "（四）教育民生保障更加有力"), (1, "（五）教育改革纵深推进"),
                (0, "二、存在的问题"), (0, "三、2026年工作计划"), (1, "（一）主要目标"), (1, "（二）重点工作"),
                (2, "1.扩大优质教育资源供给"), (3, "（1）加快学校建设"), (3, "（2）推进学前教育普惠发展"),
                (2, "2.提升教育教学质量"), (3, "（1）深化课堂改革"), (3, "（2）加强体育美育工作"),
                (2, "3.建设高素质教师队伍"), (3, "（1）补充优化师资"), (3, "（2）提升教师能力"),
                (2, "4.守牢安全稳定底线"), (3, "（1）强化校园安全"), (3, "（2）加强心理健康教育"), (1, "（三）保障措施"),
                (2, "1.加强组织保障"), (2, "2.强化经费保障"),
            ],
            indicators: [
                "投入教育建设资金 approx 3.2亿元 2025 -", "新建、改扩建中小学幼儿园 eq 9所 2025 -",
                "新增学位 eq 3150个 2025 -", "公办园在园幼儿占比 eq 56.4% 2025 全区",
                "义务教育学校课后服务学生参与率 eq 94% 2025 全区 from 89@2024", "普通高中本科上线率 eq 71.5% 2025 全区",
                "公开招聘教师 eq 128名 2025 -", "组织教师全员培训 eq 1.1万人次 2025 -", "新增省级骨干教师 eq 7名 2025 -",
                "市级骨干教师 eq 41名 2025 -", "落实各类学生资助资金 eq 2860万元 2025 -",
                "资助学生 eq 3.4万人次 2025 -", "组建紧密型教育集团 eq 8个 2025 -", "集团化办学覆盖率 eq 75% 2025 -",
                "交流轮岗教师 eq 236名 2025 -", "学前三年毛入园率 ge 97% 2026 全区", "义务教育巩固率 eq 100% 2026 全区",
                "高中阶段毛入学率 eq 98% 2026 全区", "小学大班额比例 le 3% 2026 城区", "初中大班额比例 le 5% 2026 城区",
                "普通高中本科上线率 eq 73% 2026 -", "新建、改扩建学校 eq 6所 2026 -", "新增学位 eq 2700个 2026 -",
                "新增普惠性学位 eq 900个 2026 -", "普惠性幼儿园覆盖率 eq 95% 2026 -",
                "评选区级品质课堂示范校 eq 10所 2026 -", "中小学生体质健康优良率 ge 58% 2026 -",
                "中小学生近视率 eq 0.5个百分点 2026 -", "招聘教师 approx 130名 2026 -", "紧缺学科教师 ge 40名 2026 -",
                "每名教师年度培训 ge 72学时 2026 -", "培育区级名师工作室 eq 8个 2026 -",
                "中小学幼儿园专职保安配备率 eq 100% 2026 -", "每所中小学配备专职心理健康教师 ge 1名 2026 -",
                "学生心理健康测评覆盖率 eq 100% 2026 -", "教育经费投入 ge 9.8亿元 2026 -",
            ],
            notIndicators: ["3.2个百分点", "1次", "6轮"],
            tasks: [
                ("霓湖区第六小学建成投用", "计划财务科", "2026-08"),
                ("推进学前教育普惠发展", "学前教育科", nil),
                ("出台《霓湖区品质课堂评价标准》", "区教研室", "2026-04"),
                ("完成新教师招聘", "人事科", "2026-07"),
                ("完成全区学校视频监控系统智能化升级", "安全管理科", "2026"),
            ],
            noise: [
                "岫云文档 — 原创文档交易平台", "文档商城 ｜ 创作者中心 ｜ 企业服务 ｜ 会员权益 ｜ 登录 ｜ 注册",
                "🔍 搜索海量原创文档", "全部分类 ＞ 行政公文 ＞ 工作总结 ＞ 教育系统",
                "霓湖区教育局2025年工作总结及2026年工作计划.docx",
                "原创作者：云间月　｜　上传时间：2026-01-13　｜　4页　｜　28.7KB　｜　DOCX",
                "✅ 已通过平台原创认证　原创编号：XY-2026-0113-0452",
                "￥6.00　　［立即购买］　　［开通VIP 本文免费］　　［加入收藏］", "1", "2", "3", "4",
                "— 预览结束 · 购买后可下载完整可编辑Word文档 —", "文档评分：★★★★★ 4.8（27人评价）",
                "购买了该文档的用户还购买了", "2026年区教育局工作要点.docx　￥5.00",
                "教育局年度工作总结汇报材料.docx　￥8.00", "2025年学校工作总结及2026年工作思路.docx　￥4.00",
                "相关搜索：教育局工作总结　区教育局工作计划　2026年教育工作计划",
                "售后保障：文档内容与预览不符的，可在购买后48小时内申请退款。",
                "© 2026 岫云文档　霭ICP备2023004127号-2　霭公网安备 53090202000471号",
            ]),
        ExpectedPlan(
            name: "city 校园安全 专项整治行动方案 under its joint notice on the city government's portal with a file card and a 复制链接 row",
            text: BlindFixtures18.citySafetyCampaignPlanUnderJointNoticeOnGovernmentPortal,
            headings: [
                (0, "一、工作目标"), (0, "二、整治范围"), (0, "三、整治重点"), (1, "（一）校舍和设施设备安全"),
                (1, "（二）校园及周边治安秩序"), (1, "（三）校园食品安全"), (1, "（四）交通安全"),
                (1, "（五）心理健康和欺凌防治"), (1, "（六）校外培训机构安全"), (0, "四、时间安排"),
                (1, "（一）动员部署阶段（4月1日—4月15日）"), (1, "（二）排查整治阶段（4月16日—9月30日）"),
                (1, "（三）巩固提升阶段（10月1日—11月30日）"), (1, "（四）总结验收阶段（12月1日—12月20日）"),
                (0, "五、工作要求"), (1, "（一）加强组织领导"), (1, "（二）强化督导问责"), (1, "（三）注重宣传引导"),
            ],
            indicators: [
                "中小学幼儿园安全隐患排查覆盖率 eq 100% 2026 全市", "重大安全隐患整改率 eq 100% 2026 全市",
                "一般安全隐患整改率 ge 98% 2026 全市", "学校“一键报警”装置与公安机关联网率 eq 100% 2026 -",
                "中小学幼儿园专职保安配备率 eq 100% 2026 -", "校舍安全隐患排查率 eq 100% 2026 -",
                "学校上下学高峰时段“护学岗”设置率 eq 100% 2026 城区", "学校食堂“互联网+明厨亮灶”覆盖率 eq 100% 2026 -",
                "食品安全量化等级A级食堂比例 ge 75% 2026 -", "校车安全隐患排查整改率 eq 100% 2026 -",
                "中小学心理健康测评覆盖率 eq 100% 2026 -", "学生欺凌事件报告处置率 eq 100% 2026 -",
                "中小学心理辅导室建设达标率 ge 95% 2026 -", "整改到位率 eq 100% 2026 -",
            ],
            notIndicators: ["3号", "200米", "2次", "3轮", "1次"],
            tasks: [
                ("完成全市学校消防设施设备检测", "市教育局、市消防救援支队", "2026-05"),
                ("校园及周边治安秩序", "市公安局、市教育局", nil),
                ("完成秋季开学学校食堂专项检查", "市市场监督管理局、市教育局", "2026-09"),
                ("完成全市校车驾驶人资质专项审核", "市公安局交警支队、市教育局", "2026-06"),
                ("心理健康和欺凌防治", "市教育局", nil),
                ("校外培训机构安全", "市教育局、市市场监督管理局", nil),
                ("各县（市、区）制定具体实施方案", nil, "2026-04"),
                ("各地各校全面开展自查自纠", nil, "2026-09"),
                ("对整治情况开展“回头看”", nil, "2026-11"),
                ("各县（市、区）于12月10日前报送工作总结", nil, "2026-12"),
            ],
            noise: [
                "霄阳市人民政府", "政务服务网 ｜ 政府信箱 ｜ 依申请公开 ｜ 本网站支持IPv6 ｜ English",
                "请输入关键词　［搜索］", "首页　　要闻动态　　政务公开　　政务服务　　互动交流　　走进霄阳",
                "政策文件 ｜ 政策解读 ｜ 规范性文件 ｜ 部门文件", "当前所在：首页＞政务公开＞部门文件",
                "发文单位：霄阳市教育局　霄阳市公安局　霄阳市市场监督管理局", "文件编号：霄教联〔2026〕3号",
                "施行日期：2026-04-01　　失效日期：暂无", "发布时间：2026-03-30 16:05　　浏览：1532次　　【大 中 小】",
                "🖨 打印本页　　⭐ 收藏　　🔗 复制链接　　✕ 关闭", "文件效力：现行有效　｜　解读材料：暂无",
                "留言咨询：对本文件有疑问？点此向市教育局留言 ＞",
                "上一篇：霄阳市教育局关于做好2026年义务教育招生入学工作的通知",
                "下一篇：霄阳市教育局关于公布2025年度市级文明校园名单的通知",
                "网站地图 ｜ 联系我们 ｜ 使用帮助 ｜ 隐私声明 ｜ 无障碍声明",
                "主办：霄阳市人民政府办公室　承办：霄阳市大数据中心",
                "网站标识码：5308000001　霭ICP备2016000852号　霭公网安备 53080202000118号",
            ]),
        ExpectedPlan(
            name: "kindergarten 秋季学期 保教 plan as a self-media picture-post with a 背景音乐 line, a 链接 block inside, 送花 and 评论",
            text: BlindFixtures18.kindergartenAutumnTermPlanAsSelfMediaPicturePost,
            headings: [
                (0, "一、工作目标"), (1, "（一）保育目标"), (1, "（二）教育目标"), (1, "（三）队伍目标"),
                (1, "（四）管理目标"), (0, "二、主要工作"), (1, "（一）保育与卫生保健"), (2, "1.严格卫生消毒"),
                (2, "2.科学膳食管理"), (2, "3.加强疾病防控"), (1, "（二）教育教学"), (2, "1.推进课程游戏化"),
                (2, "2.做好幼小衔接"), (2, "3.丰富区域活动"), (1, "（三）队伍建设"), (2, "1.加强师德建设"),
                (2, "2.开展园本教研"), (2, "3.实施青蓝结对"), (1, "（四）家园共育与安全"), (2, "1.密切家园联系"),
                (2, "2.守牢安全底线"), (0, "三、每月工作安排"),
            ],
            indicators: [
                "幼儿出勤率 ge 90% 2026 -", "幼儿健康检查率 eq 100% 2026 -", "幼儿肥胖率 le 5% 2026 -",
                "幼儿每天户外活动时间 ge 2小时 2026 -", "体育活动时间 ge 1小时 2026 -",
                "大班幼儿入学准备教育覆盖率 eq 100% 2026 -", "教师持证上岗率 eq 100% 2026 -",
                "每名教师每学期听课 ge 15节 2026 -", "培养县级骨干教师 ge 2-3名 2026 -", "小班班额 le 25人 2026 -",
                "中班班额 le 30人 2026 -", "大班班额 le 35人 2026 -", "家长满意度 ge 95% 2026 -",
                "玩教具消毒合格率 eq 100% 2026 -", "每班每天连续自主游戏时间 ge 1小时 2026 -",
                "每班活动区域 ge 5个 2026 -", "教师师德考核合格率 eq 100% 2026 -", "新结对师徒 eq 6对 2026 -",
                "家访率 eq 100% 2026 -",
            ],
            notIndicators: ["3-6岁", "15个", "468名", "63名", "1次", "2次", "1场", "4次"],
            tasks: [
                ("严格卫生消毒", "保健医生", nil),
                ("完成幼儿入园体检和视力筛查", "保健医生", "2026-09"),
                ("与雯山县实验小学开展幼小衔接联合教研", "业务园长", "2026-11"),
                ("加强师德建设", "党支部书记", nil),
                ("完成结对协议签订", "业务园长", "2026-10"),
                ("完成园舍安全隐患整改", "后勤园长", "2026-12"),
                ("做好新生入园适应工作", nil, "2026-09"),
                ("开展国庆主题教育活动", nil, "2026-10"),
                ("组织幼儿秋季远足活动", nil, "2026-11"),
                ("开展冬季安全教育", nil, "2026-12"),
                ("做好幼儿发展评估和学期总结工作", nil, "2027-01"),
            ],
            noise: [
                "拾光篇", "打开App，阅读体验更佳", "雯山一幼　拾光号：20613357　　＋关注", "2026-09-03　　阅读 2416",
                "🎵 背景音乐：《小小少年》　▶ 播放", "🔗 链接｜2026年秋季新生入园须知（点击查看）",
                "📍 雯山县·第一幼儿园", "本篇由「开学季」模板制作", "赞 168　　评论 3　　分享 41　　🌸 送花 12",
                "喜欢这篇作品？送朵小花鼓励一下作者吧 🌸", "评论 3", "晨曦妈妈：老师们辛苦了，新学期加油！",
                "9月3日　回复", "小雨点爸爸：每月安排很清楚，点赞👍", "9月4日　回复",
                "雯山一幼（作者）回复 小雨点爸爸：感谢您的支持！", "9月4日", "作者的其他作品",
                "雯山一幼2026年春季学期保教工作总结", "“我爱我家”主题亲子活动掠影", "雯山一幼2026届大班毕业典礼",
                "举报　｜　版权声明：本文由作者发布于拾光篇，未经授权禁止转载", "下载拾光篇App，三分钟做出精美图文",
            ]),
        ExpectedPlan(
            name: "middle school 德育 term plan on the school's website with a 校训 line, a 第N周 line, 告诉好友 and a month table",
            text: BlindFixtures18.middleSchoolMoralEducationTermPlanOnSchoolWebsite,
            headings: [
                (0, "一、工作目标"), (1, "1.学生日常行为规范合格率达到98%以上，文明班级创建率达到60%"),
                (1, "2.学生心理健康筛查覆盖率达到100%，心理危机预警干预及时率保持100%"),
                (1, "3.学生违纪率控制在1%以内，家长对学校德育工作满意度达到92%以上"), (0, "二、主要工作"),
                (1, "（一）抓实养成教育"), (2, "1.开展“行为规范月”活动"), (2, "2.加强仪式教育"),
                (1, "（二）深化主题教育"), (2, "1.开展爱国主义教育"), (2, "2.开展劳动教育"), (2, "3.开展心理健康教育"),
                (1, "（三）加强班主任队伍建设"), (2, "1.开展班主任培训"), (2, "2.开展班主任基本功比赛"),
                (1, "（四）推进家校社协同育人"), (2, "1.办好家长学校"), (2, "2.加强校外联动"), (0, "三、每月工作安排"),
                (0, "四、保障措施"), (1, "（一）健全德育工作机制"), (1, "（二）强化考核评价"),
            ],
            indicators: [
                "学生日常行为规范合格率 ge 98% 2026 -", "文明班级创建率 eq 60% 2026 -",
                "学生心理健康筛查覆盖率 eq 100% 2026 -", "心理危机预警干预及时率 eq 100% 2026 -",
                "学生违纪率 le 1% 2026 -", "家长对学校德育工作满意度 ge 92% 2026 -",
                "每名学生每周家务劳动时间 ge 2小时 2026 -", "校园劳动实践基地班级认领率 eq 100% 2026 -",
                "每名班主任每学期撰写德育案例 ge 1篇 2026 -", "评选优秀班主任 eq 10名 2026 -",
                "七年级家长会家长到会率 eq 90% 2026 -", "八年级家长会家长到会率 eq 92% 2026 -",
                "九年级家长会家长到会率 eq 95% 2026 -", "班主任家访覆盖率 eq 100% 2026 -",
                "共建校外教育基地 eq 4个 2026 -",
            ],
            notIndicators: ["1次", "2次"],
            tasks: [
                ("开展“行为规范月”活动", "德育处", nil),
                ("完成全体学生心理健康筛查", "心理咨询室", "2026-04"),
                ("举办校级班主任基本功比赛", "德育处", "2026-06"),
                ("开学典礼暨“开学第一课”", "德育处", "2026-02"),
                ("“行为规范月”活动", "德育处", "2026-03"),
                ("清明节爱国主义教育", "团委", "2026-04"),
                ("“五四”青年节入团仪式", "团委", "2026-05"),
                ("防溺水专题教育", "德育处", "2026-06"),
                ("学期德育工作总结", "德育处", "2026-07"),
            ],
            noise: [
                "霖江县第二中学", "校训：厚德　笃学　健体　尚美", "今天是：2026年3月2日　星期一　本学期第2周",
                "学校首页 | 学校概况 | 党建引领 | 德育天地 | 教学教研 | 教师风采 | 学生园地 | 家校共育",
                "【校园公告】关于做好2026年春季学期学生返校工作的通知（2026-02-24）",
                "当前位置：学校首页 >> 德育天地 >> 德育计划",
                "作者：德育处　　文章来源：本站原创　　点击数：639　　更新时间：2026-2-27　　【字体：小 大】",
                "【发表评论】【加入收藏】【告诉好友】【打印此文】【关闭窗口】",
                "上一篇文章：霖江二中2025年秋季学期德育工作总结", "下一篇文章：霖江二中2026年“学雷锋”主题活动方案",
                "网友评论：（只显示最新10条。评论内容只代表网友观点，与本站立场无关！）", "暂无评论", "最新热门",
                "霖江二中2026年寒假致家长的一封信", "我校在全县中学生田径运动会上喜获佳绩",
                "霖江二中召开2026年春季学期开学工作会议", "Copyright © 2008-2026 霖江县第二中学 All Rights Reserved",
                "学校地址：霖江县滨江路55号　联系电话：0000-5812306",
                "霭ICP备2019003017号-1　技术支持：霖江县教育信息中心　当前在线：12人",
            ]),
        ExpectedPlan(
            name: "county 三年行动计划 in an office platform's 收文阅办单 with an indicator table, a 牵头/配合 分工表 and 办理过程",
            text: BlindFixtures18.countyTeacherThreeYearPlanInOfficePlatformReceiptView,
            headings: [
                (0, "一、总体目标"), (0, "二、重点任务"), (1, "（一）师德师风建设行动"), (2, "1.强化师德教育"),
                (2, "2.严格师德考核"), (1, "（二）教师补充配置行动"), (2, "1.拓宽补充渠道"), (2, "2.推进交流轮岗"),
                (1, "（三）专业能力提升行动"), (2, "1.实施全员培训"), (2, "2.实施名师培养工程"),
                (2, "3.提升乡村教师素质"), (1, "（四）待遇保障提升行动"), (2, "1.落实工资待遇"),
                (2, "2.落实乡村教师生活补助"), (1, "（五）管理体制改革行动"), (2, "1.深化“县管校聘”改革"),
                (2, "2.完善职称评聘"), (0, "三、保障措施"), (1, "（一）加强组织领导"), (1, "（二）加大经费投入"),
                (1, "（三）强化督导考核"),
            ],
            indicators: [
                "中小学专任教师研究生学历比例 ge 12% 2028 - from 6.8@2025",
                "幼儿园专任教师专科及以上学历比例 ge 95% 2028 - from 88@2025",
                "县级以上骨干教师人数 eq 600名 2028 - from 420@2025",
                "义务教育学校教师交流轮岗比例 ge 15% 2028 - from 11@2025", "乡村教师流失率 le 2% 2028 - from 4.5@2025",
                "教师专业发展积分管理覆盖率 eq 100% 2028 -", "新入职教师师德专题培训 ge 12学时 2028 -",
                "公开招聘中小学幼儿园教师 approx 600名 2028 -", "紧缺学科教师 ge 150名 2028 -",
                "每年交流轮岗教师 ge 300名 2028 -", "骨干教师比例 ge 20% 2028 -", "每名教师每年参加培训 ge 72学时 2028 -",
                "累计培训教师 eq 2万人次 2028 -", "培养县级学科带头人 eq 80名 2027 -",
                "建设县级名师工作室 eq 12个 2028 -", "乡村教师培训参训率 eq 100% 2028 -",
                "乡村教师生活补助标准 ge 500元 2028 -", "中小学高级教师岗位比例 eq 2个百分点 2028 -",
                "累计投入教师培训经费 ge 3600万元 2028 -",
            ],
            notIndicators: ["11号", "4862名", "2317名", "1次", "2次"],
            tasks: [
                ("制定《岚溪县中小学教师师德考核实施细则》", "县教育局", "2026-06"),
                ("完成全县中小学教职工编制核定", "县委编办", "2026-12"),
                ("实现“县管校聘”管理改革全覆盖", "县教育局", "2027-12"),
                ("建成县教师发展中心新校区", "县教育局", "2027-08"),
                ("出台乡村教师生活补助分档发放办法", "县教育局", "2026-09"),
                ("建立中小学教师减负清单制度", "县教育局", "2026-10"),
                ("落实教师工资待遇保障机制", "县财政局", nil),
            ],
            noise: [
                "岚溪县政务协同办公平台", "当前用户：县一中办公室 张瑶　｜　消息（5）　｜　修改密码　｜　退出",
                "待办事项　　已办事项　　收文管理　　发文管理　　通知公告　　通讯录", "收文阅办单",
                "来文单位：岚溪县人民政府办公室　　来文字号：岚政办发〔2026〕11号",
                "收文日期：2026-04-08　　收文编号：县一中收〔2026〕037号　　紧急程度：平件　　公开属性：主动公开",
                "文件标题：岚溪县人民政府办公室关于印发岚溪县教师队伍建设三年行动计划（2026—2028年）的通知",
                "拟办意见：请王校长阅示。建议由人事处牵头，教务处、德育处配合抓好落实。　张瑶　2026-04-08 10:12",
                "领导批示：同意。请人事处于4月20日前拟定我校落实措施。　王立新　2026-04-08 16:40",
                "［正文］　［附件（1）］　［办理过程］　［打印阅办单］", "附件列表",
                "📎 岚溪县教师队伍建设三年行动计划重点任务分工表.et（18KB）　［预览］　［下载］", "办理过程",
                "1　收文登记　　张瑶（县一中办公室）　　2026-04-08 09:55",
                "2　拟办　　张瑶（县一中办公室）　　2026-04-08 10:12",
                "3　领导批示　　王立新（校长）　　2026-04-08 16:40",
                "4　分办至人事处、教务处　　张瑶（县一中办公室）　　2026-04-09 08:31",
                "［签收］　［转办］　［办结］　［返回列表］",
                "岚溪县政务协同办公平台　技术支持：岚溪县数据资源管理中心　服务电话：0000-6612345",
            ]),
    ]
}
