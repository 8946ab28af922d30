import Foundation
@testable import PlanImport

/// A sixteenth blind set: six ORDINARY plans of the genre, each as a user's select-all copy of the kind of page county staff
/// most often copy plans from, furniture included above, below and sometimes inside the plan, each site in a fifth design
/// with its own name and wording, different from sets 12, 13, 14 and 15, with furniture kinds those sets did not use, and the
/// plan types spread over the kinds of page otherwise than in those sets. Invented content throughout (fictional places
/// 绫川县, 纨原县, 缎溪县, 纱岭县 (with its 纱口镇 and 岭西乡) and 绡湖区 under 缨山市, 缨山市 itself, all in an invented 缃绮省;
/// invented sites, accounts, users, addresses, codes and numbers; no published sentence copied): a county kindergarten's
/// 学期工作计划 with a 每月工作安排 on a 范文 aggregator (松烟范文网: a 热搜词 line, a "本文共N字" line, an A+/A- 字号 toggle, a
/// 登录后复制 prompt, an "AI写作助手" ad inside the plan, a 打分 box, a QR caption, a 返回栏目 link); a county bureau's 工作总结和
/// 下一年工作打算 on a 文库 viewer (萤窗文库: a page title that is the file name with ".pdf", a 上一页/下一页/放大/缩小/全屏
/// toolbar, the site's line at the foot of each of the four pages, a 试读 cut with a 扫码登录 line inside, a 文档助手 widget); a
/// county government office's 三年行动方案 (2026—2028年) shown in the 附件预览 pane of its notice on the county government's
/// portal (a 长辈版 row, a search bar with 热词, a one-line info strip, a 相关附件 box with 在线预览/下载, a 满意度评价 box,
/// 上一篇/下一篇, 【打印】 【关闭】, a QR caption, an 智能问答 widget); a district bureau's 年度工作计划 in a WeChat article of the
/// bureau's account (绡湖教育发布) under a headline that is not the plan's title (a 听全文 line, a "全文共N字" line, the account's
/// lead-in, a 📌 相关阅读 line and an "图｜" caption inside, one 供稿/编辑/校对/审核 credit line, 喜欢此内容的人还喜欢, 留言区 with
/// comments and the author's reply, a 长按识别二维码 line); a county bureau's 年度工作要点 on the bureau's own website (纱岭教育
/// 信息网: a 用户登录 box, a 站内检索 bar, 热门搜索, a 字体/【关闭】 line, an attached-files list whose lines begin "1." and "2.",
/// 上一条信息/下一条信息, a 网友评论 login prompt, a 扫一扫 line); a city bureau's 职业教育 专项 工作计划 under its notice copied
/// from the OCR text of a print scanned with a phone app by a vocational school that received it (a 收文 stamp and a
/// handwritten 批办 note above the 版头, a seal fragment under the signature, the app's line at the foot of each of the four
/// pages, page numbers read as "— 1 —", "-2-" and "一 3 一", spaces read into headings, the 抄送/印发 版记).
/// Written without reading the importer's sources and without running the importer or any test; syntax checked with
/// `swiftc -parse` only.
/// No stored pages were searched for this set; every site's furniture is reproduced from common knowledge of such pages in
/// invented wording: aggregators (site name with slogan, a 请登录/免费注册/手机版 greeting row, a search bar, 热搜词, a ┊ menu,
/// "你现在的位置" ending in the sub-channel, 投稿人/更新于/本文共N字/已有N人看过, 字号：A+ A- 默认, a 登录后复制 prompt, an AI写作
/// ad between two parts of the text, a 打分 box, 扫一扫 用手机继续阅读, 【返回“…”栏目】, 本栏目最新更新 with titles, 免责声明, 投稿邮箱,
/// ©/ICP); document viewers (site name with slogan, 登录/注册/上传赚收益/开通会员, search and 热门搜索, a › category path, the file
/// name with ".pdf", 页数/大小/上传/浏览/下载, a page toolbar, the site's line at each page foot, a 试读已结束 cut with 扫码登录,
/// 收藏/下载（积分）/分享/举报, a 文档助手 AI widget with a greeting and a 试试问我 line, an 上传 statement, 相似文档 files, footer
/// links, ©/ICP); government portals (site name, 简体/繁體/长辈版/手机版/登录, 站内搜索, 热词, menu, 您现在的位置, a one-line
/// 索引号｜发布机构｜发文字号｜成文日期｜有效性 strip, 发布时间/信息来源/浏览量, the notice, a 相关附件（N） box with a 📎 file line
/// and 在线预览/下载, a 附件预览 pane with its end marker, a 满意度评价 box, 上一篇/下一篇, 【打印】 【关闭】, 扫描二维码 手机阅读, an
/// 智能问答 widget with its greeting, 网站地图/联系我们/纠错/隐私声明, 主办/承办, 网站标识码/ICP/公网安备); WeChat articles (a
/// headline, "account date time place", 🎧 听全文, 全文共N字/阅读大约需要N分钟, the account's lead-in, a 📌 相关阅读 link and an
/// "图｜" caption inside, one 供稿/编辑/校对/审核 line, 点击下方“阅读原文”, 阅读原文, 喜欢此内容的人还喜欢 with titles, 赞/分享/推荐,
/// 留言区, a 筛选 note, comments as "name · place · date", text and "♡ N", the author's reply under "account（作者）", 长按识别二维码,
/// the account's description); county bureau sites (设为首页/加入收藏/繁体版/手机版/邮箱登录, the site's name, a 用户登录 box, 站内检索,
/// 热门搜索, a ▏ menu, "位置：… >> …", 发布者/发布时间/点击率, 字体：［大］［中］［小］ 【关闭】, 本文附件 with numbered files and sizes,
/// 【发表评论】 【打印此页】 【返回顶部】 【关闭窗口】, 上一条信息/下一条信息, 网友评论（0） 请先登录, 版权所有/维护, 地址/电话, ICP/公网安备,
/// 扫一扫 在手机上浏览); OCR text of a phone-scanned print (a 收文 stamp "school收文 date 第N号", a handwritten 批办 note, the 版头
/// "…文件", 文号, notice, signature, date, a seal read as scattered characters with a ★, "（此件公开发布）", page numbers read with
/// "—", "-" or "一", the scanning app's line at each page foot, spaces read into 一、 headings, 抄送 and "…办公室  date印发").
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
enum BlindFixtures16 {
    /// A county kindergarten's 学期工作计划 on a 范文 aggregator (松烟范文网): the site name with its slogan, a greeting row with
    /// 请登录/免费注册/手机版, a search bar, a 热搜词 line, the menu and a breadcrumb ending in the sub-channel above the page title
    /// (the plan's title), a 投稿人/更新于/本文共N字/已有N人看过 line, an A+/A- 字号 toggle and a 登录后复制 prompt under it; the
    /// introduction with stock counts, 一、指导思想, 二、工作目标 with three "N.名称：…" goal lines (以上, 保持, 以内, a 分别 list of
    /// three grades, 不少于, a range, a baseline written 上学期), 三、主要工作 with （一）…（四） titles alone on their lines over
    /// "N.lead。body" items (（责任部门：…） after a deadline and with none, per-child and per-teacher requirements, a 其中 part,
    /// deadlines with no owner, "由业务园长牵头", counts of a 膳食委员会会议, 观摩研讨, a 讲故事比赛, drills and 家长会 held), an
    /// "▶ AI写作助手…" ad line between （二） and （三）, 四、每月工作安排 with one "N月份：…" line per month written in Chinese
    /// numerals, the signature and date; a 打分 box, a QR caption, 【返回“…”栏目】, 本栏目最新更新 with three titles, a 免责声明,
    /// a 投稿邮箱 line and the ©/ICP line below.
    static let kindergartenTermPlanOnEssayAggregator = """
        松烟范文网 — 好范文 随手得
        您好，欢迎来到松烟范文网！  请登录  免费注册  手机版
        请输入您要找的范文标题  搜索
        热搜词：幼儿园工作计划  开学典礼主持词  家长会发言稿  述职报告
        首页 ┊ 工作计划 ┊ 工作总结 ┊ 心得体会 ┊ 教案大全 ┊ 演讲稿 ┊ 实用文档
        你现在的位置：松烟范文网 » 工作计划 » 幼儿园工作计划
        绫川县实验幼儿园2026年春季学期园务工作计划
        投稿人：绿萝姐姐  更新于：2026-02-24  本文共3260字  已有1579人看过
        字号：A+  A-  默认
        提示：本文需登录后才能复制，立即登录 >
        新学期，我园将以创建省级示范幼儿园为目标，坚持以游戏为基本活动，深入推进课程游戏化建设，全面提升保育教育质量。全园现有教学班15个，在园幼儿486名，教职工72名。
        一、指导思想
        以《幼儿园保育教育质量评估指南》为指引，坚持保教结合、以幼儿发展为本，促进幼儿身心健康和谐发展。
        二、工作目标
        1.健康保健：幼儿出勤率达到92%以上，幼儿体检率保持100%，幼儿常见病发病率控制在3%以内。
        2.保教质量：小班、中班、大班幼儿发展评估达标率分别达到90%、92%、95%，积累园本游戏课程案例不少于12个。
        3.师资队伍：培养县级骨干教师2-3名，教师持证上岗率由上学期的94%提高到98%。
        三、主要工作
        （一）保育保健
        1.严格卫生保健制度。落实晨午检和全日观察制度，3月底前完成全园幼儿春季体检和视力筛查。（责任部门：保健室）
        2.保障户外活动时间。每名幼儿每天户外活动时间不少于2小时，其中体育活动时间不少于1小时。
        3.加强膳食营养管理。每周公布带量食谱，每月召开1次膳食委员会会议，幼儿膳食满意度达到95%以上。
        （二）保育教育
        1.推进课程游戏化。幼儿每天连续自主游戏时间不少于1小时，每学期开展2次班级游戏观摩研讨。（责任部门：保教处）
        2.做好幼小科学衔接。与绫川县实验小学建立联合教研机制，5月底前组织大班幼儿走进小学参观体验。
        3.丰富区域活动。班级区域活动材料更新率达到100%，4月底前完成园内种植园地改造。（责任部门：后勤处）
        ▶ AI写作助手：输入标题，一键生成同类工作计划（限时免费）
        （三）队伍建设
        1.加强师德师风建设。开展“最美幼师”评选活动，教职工师德承诺书签订率达到100%。（责任部门：园办公室）
        2.抓实分层培训。每名教师每学期撰写观察记录不少于16篇，举办青年教师讲故事比赛1场。由业务园长牵头，6月底前完成园本课程资源库建设。
        （四）安全后勤
        1.守牢安全底线。每月开展1次消防疏散演练，园舍安全隐患整改率达到100%。3月底前完成全园电路安全检测。（责任部门：后勤处）
        2.密切家园共育。召开全园家长会2次，家长满意度达到96%以上。
        四、每月工作安排
        二月份：做好开学准备工作，组织全体教职工开学培训。
        三月份：召开新学期家长会，开展“学雷锋”主题活动。
        四月份：开展春季远足踏青活动，组织家长半日开放活动。
        五月份：开展“五一”劳动节主题教育，做好“六一”儿童节活动筹备。
        六月份：开展幼儿发展评估，做好学期总结和暑期安全教育。
        绫川县实验幼儿园
        2026年2月20日
        给这篇范文打个分：☆☆☆☆☆  已有61人打分，平均4.5分
        扫一扫二维码，用手机继续阅读
        【返回“幼儿园工作计划”栏目】
        本栏目最新更新：
        2026年春季幼儿园大班班务计划
        幼儿园保健工作计划（2026年春季）
        2026年幼儿园教研工作计划范文
        免责声明：本站范文均来自网友投稿，仅供学习参考，请勿用于商业用途。
        投稿邮箱：tougao@songyan.example.net
        © 2012-2026 松烟范文网 songyan.example.net  缃ICP备2026010205号-2
        """

    /// A county bureau's 工作总结和下一年工作打算 on a 文库 viewer (萤窗文库): the site name with its slogan, the 登录/注册 row,
    /// the search line, 热门搜索, a › category path, the file name "….pdf" as the page title, the 页数/大小/上传/浏览/下载 line and
    /// a 上一页/下一页/放大/缩小/全屏 toolbar above the viewer; the site's line "萤窗文库 yingchuang.example.com" at the foot of each of
    /// the four pages and a "—— 试读已结束… ——" cut with a 扫码登录 line under it between pages 2 and 3; the document's title, the
    /// introduction, the summary's （一）…（四） titles alone on their lines over paragraphs of the past year's figures (全年 in a
    /// name, 全县 after a "；", a baseline with its year, a point rise beside its value, 全县 in a second clause, a 其中 part, a
    /// rank, counts of 质量分析会 and 专项检查 rounds held), 二、存在的困难和问题 as one 一是…三是 line, 三、2026年工作打算 with
    /// （一）总体目标 as a lead phrase (全县 at the head running past a "；", 稳定在…以上, 力争达到, 左右), （二）重点工作 over 1.…5.
    /// items (（牵头股室：…） after a deadline whose subject follows it and with none, a range, a baseline written 上年, a "3." title
    /// with no 。 over two "（N）lead。body" items with "由…牵头" and a 其中 part, a count of drills) and （三）保障措施 as a lead
    /// phrase (全年, a month deadline), the signature and date; the 收藏/下载/分享/举报 row, a 文档助手 AI widget, the 上传 statement,
    /// 相似文档 with three files, the footer links and the ©/ICP line below.
    static let countySummaryAndNextYearOnDocumentLibrary = """
        萤窗文库｜海量文档 在线预览
        登录 / 注册  ｜  上传文档赚收益  ｜  开通会员
        搜索文档、作者、机构
        热门搜索：年终总结  工作打算  教育局  述职报告
        全部分类 › 行业资料 › 教育教学 › 教育管理
        纨原县教育局2025年工作总结和2026年工作打算.pdf
        4页 · 312.6KB · 2026-01-26上传 · 3.1万次浏览 · 1204次下载
        ‹ 上一页   1 / 4   下一页 ›    ＋ 放大   － 缩小   ⤢ 全屏
        纨原县教育局2025年工作总结和2026年工作打算
        2025年，县教育局坚持以人民为中心的发展思想，围绕“办好每一所家门口的学校”目标，攻坚克难、真抓实干，全县教育事业取得新成效。现将有关情况报告如下。
        一、2025年工作开展情况
        （一）聚焦资源扩容，办学条件持续改善
        全年争取上级教育项目资金1.36亿元，建成教育基建项目7个，新增学位2760个；全县义务教育学校标准化建设达标率由2024年的93%提高到100%。
        （二）聚焦质量提升，育人水平稳步提高
        全县普通高中本科上线率达到61.2%，较上年提高3.1个百分点；中考全科合格率达到78.5%。组织县级教学质量分析会6场，全县中小学生体质健康优良率达到54.6%。
        萤窗文库 yingchuang.example.com
        （三）聚焦队伍建设，教师素质不断增强
        公开招聘教师132名，其中研究生学历教师18名；评选县级骨干教师215名，新增省级名师2名。
        （四）聚焦民生保障，教育公平扎实推进
        发放各类学生资助资金2380万元，资助学生3.4万人次；开展校园安全专项检查5轮，县教育局在全市教育系统安全工作考评中位列第1名。
        二、存在的困难和问题
        一是城区学位供需矛盾依然突出；二是农村小规模学校办学效益不高；三是教师队伍老龄化问题较为明显。
        萤窗文库 yingchuang.example.com
        —— 试读已结束，登录后可免费阅读剩余 2 页 ——
        微信扫码登录  |  手机号登录
        三、2026年工作打算
        （一）总体目标。全县学前三年毛入园率稳定在95%以上，义务教育巩固率达到99.6%，高中阶段毛入学率力争达到94%；普通高中本科上线率达到63%左右。
        （二）重点工作
        1.实施学位扩容行动。新建纨原县城南初级中学，改扩建农村寄宿制学校2-3所，新增学位1800个。9月底前城南初级中学建成招生。（牵头股室：规划建设股）
        2.实施质量提升行动。深化县域教研共同体建设，组建学科中心教研组12个，初中学业水平考试优秀率由上年的24%提高到27%。（牵头股室：基础教育股）
        3.实施强师培优行动
        （1）精准补充教师。招聘教师120名左右，其中音体美和心理健康教师不少于35名。由县教育局人事股牵头，7月底前完成新教师招聘。
        （2）提升培训实效。每名教师年度培训不少于72学时，新培养县级学科带头人30名。（牵头股室：师训股）
        萤窗文库 yingchuang.example.com
        4.实施校园安全行动。中小学幼儿园“一键报警”与公安联网率保持100%，每学期组织消防应急演练2次。6月底前完成全县校舍安全隐患排查整治。（牵头股室：安全管理股）
        5.实施民生保障行动。学生资助应助尽助率达到100%，农村学校营养餐供餐覆盖率保持100%。
        （三）保障措施。全年教育经费投入不低于5.8亿元，确保“两个只增不减”。11月底前完成年度教育督导评估。
        纨原县教育局
        2026年1月9日
        萤窗文库 yingchuang.example.com
        ☆ 收藏   ⇩ 下载（消耗8积分）   ↗ 分享   ⚑ 举报
        文档助手 AI
        你好，我是文档助手，可以帮你快速读懂这篇文档。
        试试问我：这篇总结提到了哪些主要成绩？
        本文档由用户“云间月”于2026-01-26上传，内容仅代表上传者观点，如有侵权请联系客服处理。
        相似文档
        纨原县教育局2024年工作总结及2025年工作思路.docx
        县教育局年度工作总结和下一年计划（范本）.doc
        2026年教育局工作打算怎么写.pdf
        关于我们 · 用户协议 · 隐私政策 · 帮助中心
        © 2026 萤窗文库  缃ICP备2024003381号-1
        """

    /// A county government office's 三年行动方案 (2026—2028年) shown in the 附件预览 pane of its notice on the county government's
    /// portal: the site's name, a 简体版/繁體版/长辈版/手机版/登录 row, a 站内搜索 bar, a 热词 line, the menu, 您现在的位置 and a
    /// one-line 索引号｜发布机构｜发文字号｜成文日期｜有效性 strip above the page heading (the notice's title), a 发布时间/信息来源/浏览量
    /// line under it; the notice (文号, addressees, one sentence naming a 常务会议 by its number, its "附件：…" line, signature,
    /// date, "（此件主动公开）"), a 相关附件（1） box with a 📎 file line and "附件预览 ▾" above the docx's "附件" label and the plan's
    /// title; the introduction, 一、总体要求 with （一）指导思想 and （二）工作目标 as lead phrases, the latter ending in "具体目标如下："
    /// over three "N.名称：…" goal lines (a 分别 pair of school kinds before a "每百名" name containing 县级以上, 全县 after a "；"
    /// with a baseline and its year, 城区 at the head of a body with a 分别 pair and 以内, a threshold inside a name, 保持在…以上,
    /// 全省 in a third clause with no number), 二、重点任务 with （一）…（三） titles over "N.lead。body" items (三年 in a name, a 其中
    /// part naming 城区, two deadline sentences with their years before a （牵头单位：…；责任单位：…） bracket, a range, 以内, a
    /// target with its own year 到2027年 before a bracket, 每年 inside names, 稳定在…以上, a deadline with its year and month and
    /// no owner), 三、保障措施 with three lead phrases (a count of 调度会 held, 三年累计, two deadline sentences before one bracket),
    /// no signature under it; "— 附件预览结束 —", a 满意度评价 box, 上一篇/下一篇, 【打印】 【关闭】, a QR caption, a 智能问答 widget
    /// and three footer lines below.
    static let countyThreeYearPlanInPortalAttachmentPreview = """
        缎溪县人民政府
        简体版 | 繁體版 | 长辈版 | 手机版 | 登录
        站内搜索：请输入关键字　搜索
        热词：义务教育招生  医保缴费  惠民补贴  公积金提取
        首页 | 走进缎溪 | 新闻动态 | 政务公开 | 政务服务 | 政民互动 | 专题专栏
        您现在的位置：首页 ＞ 政务公开 ＞ 政策文件 ＞ 县政府办文件
        索引号：11532901MB0A88120X/2026-00041 ｜ 发布机构：缎溪县人民政府办公室 ｜ 发文字号：缎政办发〔2026〕14号 ｜ 成文日期：2026-04-02 ｜ 有效性：有效
        缎溪县人民政府办公室关于印发缎溪县义务教育优质均衡发展三年行动方案（2026—2028年）的通知
        发布时间：2026-04-07 16:30　　信息来源：县政府办公室　　浏览量：742
        缎政办发〔2026〕14号
        各乡镇人民政府，县政府各部门，县直有关单位：
        《缎溪县义务教育优质均衡发展三年行动方案（2026—2028年）》已经县人民政府第32次常务会议审议通过，现印发给你们，请结合实际认真贯彻落实。
        附件：缎溪县义务教育优质均衡发展三年行动方案（2026—2028年）
        缎溪县人民政府办公室
        2026年4月2日
        （此件主动公开）
        相关附件（1）：
        📎 缎溪县义务教育优质均衡发展三年行动方案（2026—2028年）.docx　［在线预览］　［下载］
        附件预览 ▾
        附件
        缎溪县义务教育优质均衡发展三年行动方案（2026—2028年）
        为加快推进义务教育优质均衡发展，努力让每个孩子都能享有公平而有质量的教育，根据国家和省有关文件精神，结合我县实际，制定本方案。
        一、总体要求
        （一）指导思想。坚持以人民为中心的发展思想，以促进公平和提高质量为主线，以优化资源配置为重点，推动全县义务教育由基本均衡向优质均衡迈进。
        （二）工作目标。到2028年，全县义务教育基本实现优质均衡，群众满意度明显提升。具体目标如下：
        1.资源配置：小学、初中每百名学生拥有县级以上骨干教师数分别达到1.2人、1.3人；全县义务教育学校生均教学仪器设备值由2025年的2860元提高到3500元。
        2.办学规模：城区小学、初中平均班额分别控制在45人、50人以内，全县义务教育学校2000人以上的大规模学校全部消除。
        3.教育质量：义务教育巩固率保持在99.8%以上，学生体质健康合格率达到95%，国家义务教育质量监测各学科成绩力争达到全省平均水平以上。
        二、重点任务
        （一）优化学校布局
        1.加快学校建设。三年新建、改扩建义务教育学校9所，新增学位5400个，其中城区新增学位不少于3600个。2026年底前开工建设缎溪县第四初级中学。2027年8月底前缎溪县城东小学建成投用。（牵头单位：县教育局；责任单位：县发展改革局、县自然资源局）
        2.稳妥撤并小规模学校。按照“一校一策”原则，撤并农村小规模教学点6-8个，农村学生上学平均单程距离控制在5公里以内。（牵头单位：县教育局）
        （二）提升育人质量
        1.深化集团化办学。组建紧密型教育集团8个，集团内骨干教师每年交流比例不低于15%。到2027年，乡村学校集团化办学覆盖率达到100%。（牵头单位：县教育局）
        2.推进“双减”提质。课后服务学生自愿参与率稳定在95%以上，每年评选作业设计优秀案例不少于100个。
        3.加强体育美育。中小学生每天校内体育活动时间不少于2小时，学生艺术社团参与率达到80%以上。2028年6月底前实现义务教育学校艺术社团全覆盖。
        （三）建强教师队伍
        1.补足配齐教师。每年补充义务教育教师不少于150名，到2028年音体美专任教师配备达标率达到100%。（牵头单位：县委编办；责任单位：县教育局、县人力资源社会保障局）
        2.深化“县管校聘”改革。县域内义务教育学校校长教师交流轮岗比例不低于10%。2026年9月底前完成新一轮教师岗位竞聘。
        三、保障措施
        （一）强化组织领导。建立县级领导联系学校制度，每季度召开1次优质均衡推进调度会。
        （二）强化经费保障。三年累计投入义务教育经费不低于18亿元，生均公用经费基准定额按时足额拨付。
        （三）强化督导评估。2027年12月底前完成县域义务教育优质均衡发展省级评估申报。2028年9月底前接受国家督导评估认定。（牵头单位：县政府教育督导室）
        — 附件预览结束 —
        本信息满意度评价：○ 满意  ○ 基本满意  ○ 不满意　［提交］
        上一篇：缎溪县人民政府办公室关于做好2026年春耕生产工作的通知
        下一篇：缎溪县2026年县级重点项目建设计划
        【打印】 【关闭】
        扫描二维码　手机阅读本页
        缎小政 · 智能问答
        您好！我是“缎小政”，可以为您解答政策问题，请输入您的问题~
        网站地图 ┊ 联系我们 ┊ 网站纠错 ┊ 隐私声明
        主办：缎溪县人民政府办公室　承办：缎溪县大数据服务中心
        网站标识码：5329010012　缃ICP备2019004417号-1　缃公网安备 53290102000117号
        """

    /// A district bureau's 年度工作计划 in a WeChat article of the bureau's account (绡湖教育发布) copied from the browser: a
    /// headline "重磅｜…" that is not the plan's title, the "account date time place" line, a 🎧 听全文 line, a "全文共N字…" line
    /// and the account's lead-in above the plan's own title; the introduction, 一、工作目标 as one "到2026年底，全区…" paragraph
    /// running past a "；" (a baseline without a year), 二、重点任务 with （一） whose body is a colon line over three unnumbered
    /// titles each over one paragraph (an owner bracket after a deadline whose subject follows it, 城区 in a second clause with a
    /// 分别 pair, 城区 at the head of the next sentence, 力争达到, a range, "由…牵头"), （二）…（四） over "N.lead。body" items
    /// (owner brackets with no deadline and after a deadline, a standalone point fall, a count of a 运动会 held, 每所, a 其中
    /// part, 每名…每年, a count of 检查 held, 全区 at the head of a sentence, 年底前), a "📌 相关阅读：…" line between （二） and
    /// （三） and an "图｜…" caption between （三） and （四）, 三、工作要求 as one unnumbered paragraph, the signature and date; one
    /// 供稿/编辑/校对/审核 line, the 阅读原文 lines, 喜欢此内容的人还喜欢 with three titles, a 赞/分享/推荐 line, 留言区 with a 筛选
    /// note, two comments and the author's reply, a 长按识别二维码 line and the account's description below.
    static let districtAnnualPlanInBureauWeChatArticle = """
        重磅｜2026年，绡湖教育这样干！
        绡湖教育发布  2026年02月26日 18:30  缃绮
        🎧 听全文 约11分钟
        全文共4120字，阅读大约需要9分钟
        2026年，绡湖教育的“任务书”来了！快来看看有没有你关心的事吧~
        绡湖区教育局2026年工作计划
        2026年，区教育局将以建设“学在绡湖”教育品牌为主线，以改革创新为动力，全力推动区域教育优质均衡发展。
        一、工作目标
        到2026年底，全区公办幼儿园在园幼儿占比达到65%，义务教育优质均衡达标学校比例由80%提高到88%，普通高中优质特色学校达到3所；中小学生心理健康测评覆盖率保持100%。
        二、重点任务
        （一）办好人民满意的基础教育
        围绕群众“上好学”需求，重点推进三件实事：
        学前学位扩容
        新建、改扩建公办幼儿园5所，新增公办学位1350个。8月底前绡湖区第五幼儿园建成开园。（责任科室：学前教育科）
        义务教育提质
        新组建城乡学校共同体6个，城区小学、初中平均班额分别控制在42人、46人以内。城区义务教育学校课后服务覆盖率保持100%。
        高中多样发展
        普通高中本科上线率力争达到72%，创建市级特色高中1-2所。由区教育局基础教育科牵头，10月底前完成区高中特色课程体系建设方案编制。
        （二）落实立德树人根本任务
        1.思政铸魂。建设区级“大思政课”实践基地15个，中小学思政课专职教师配备率达到100%。（责任科室：思政德育科）
        2.体美强身。中小学生体质健康优良率达到62%以上，学生近视率较上年下降0.5个百分点，举办区中小学生田径运动会1届。
        3.心理护航。每所中小学配备专职心理健康教师不少于1名，4月底前完成全区中小学生心理健康筛查。（责任科室：思政德育科）
        📌 相关阅读：绡湖区2026年义务教育招生入学政策问答
        （三）建设高素质专业化教师队伍
        1.精准补充教师。公开招聘教师140名左右，其中紧缺学科教师不少于50名。7月底前完成2026年新教师公开招聘。（责任科室：人事科）
        2.强化培训研修。组织教师全员培训7200人次，每名中小学教师每年参加培训不少于90学时。
        图｜绡湖区第三实验小学新校区效果图
        （四）守牢教育安全稳定底线
        1.平安校园建设。中小学幼儿园专职保安配备率保持100%，校园视频监控接入“雪亮工程”比例达到100%。每季度组织1次校园安全联合检查。
        2.教育经费保障。全区教育经费投入不低于14.2亿元，年底前完成区属学校校舍维修改造项目验收。（责任科室：计划财务科）
        三、工作要求
        各科室、各学校要对照本计划细化任务清单，明确责任人和完成时限，确保各项工作按期落地见效。
        绡湖区教育局
        2026年2月24日
        供稿：区教育局办公室　编辑：唐晚晴　校对：苏一鸣　审核：陆远山
        点击下方“阅读原文”，下载计划全文
        阅读原文
        喜欢此内容的人还喜欢
        绡湖区召开2026年全区教育工作会议
        寒假里的绡湖学子，精彩不打烊
        绡湖区2026年公开招聘教师公告
        赞 128　　分享　　推荐 47
        留言区
        以下留言经作者筛选后显示
        湖畔的风 · 缃绮 · 2月26日
        第五幼儿园什么时候开始报名呀？
        ♡ 23
        绡湖教育发布（作者）
        请关注后续招生公告，我们会第一时间发布。
        ♡ 6
        春水煎茶 · 缃绮 · 2月27日
        为绡湖教育点赞！
        ♡ 11
        长按识别二维码 关注“绡湖教育发布”
        缃绮省缨山市绡湖区教育局官方公众号
        """

    /// A county bureau's 年度工作要点 on the bureau's own website (纱岭教育信息网): the top links, the site's name line, a 用户登录
    /// box, a 站内检索 bar, 热门搜索, the menu and "位置：… >> …" above the title, a 发布者/发布时间/点击率 line and a 字体/【关闭】 line
    /// under it; the introduction, four parts over "（N）lead。body" items restarting in each part (全县 with 稳定在…以上, two towns
    /// sharing one target with 分别, owner brackets with no deadline and after a deadline, "由…牵头", 力争达到, a lead phrase whose
    /// body is a colon phrase over three unnumbered titles each over one paragraph, 每所, counts of an 艺术节, a 质量分析会, a
    /// 基本功大赛 and 大排查 rounds held, 以内, 左右 with a 其中 part after it and a "；", 全年, 年底前), the signature and date;
    /// "本文附件：" with two numbered files and their sizes, the 【发表评论】… row, 上一条信息/下一条信息, a 网友评论 login prompt,
    /// three footer lines and a 扫一扫 line below.
    static let countyKeyPointsOnBureauSite = """
        设为首页 | 加入收藏 | 繁体版 | 手机版 | 邮箱登录
        纱岭县教育局 · 纱岭教育信息网
        用户登录　用户名　　密码　　登录　忘记密码？
        站内检索　请输入关键字　检索
        热门搜索：招生入学  教师资格认定  学生资助  课后服务
        首页 ▏教育新闻 ▏通知公告 ▏政务公开 ▏招生考试 ▏教研教改 ▏党建工作 ▏下载中心
        位置：网站首页 >> 政务公开 >> 规划计划
        纱岭县教育局2026年工作要点
        发布者：局办公室　　发布时间：2026年03月05日　　点击率：1036
        字体：［大］［中］［小］　　【关闭】
        2026年全县教育工作的总体思路是：坚持立德树人根本任务，聚焦“学有优教”目标，推进学前教育普惠、义务教育均衡、高中教育多样、职业教育融合发展，加快建设教育强县。
        一、着力扩大优质资源供给
        （一）推进学前教育普惠发展。全县学前三年毛入园率达到93.5%，普惠性幼儿园覆盖率稳定在90%以上。纱口镇、岭西乡公办园在园幼儿占比分别达到70%、60%。（责任股室：学前教育股）
        （二）促进义务教育优质均衡。新建纱岭县第三小学，改扩建乡村学校食堂、宿舍8所，新增学位1260个。7月底前完成第三小学主体工程建设。（责任股室：计划基建股）
        （三）推动普通高中多样化发展。普通高中本科上线率力争达到60%，优质特色高中建设实现新突破。
        （四）提升职业教育服务能力。县职教中心新增紧缺专业2个，中职毕业生就业率稳定在96%以上，共建校企合作实训基地不少于5个。由县教育局职成教股牵头，9月底前完成县职教中心智能制造实训楼建设。
        二、着力落实立德树人根本任务
        （一）深化思政教育。组建县级思政课名师工作室4个，推进大中小学思政课一体化建设。（责任股室：德育股）
        （二）加强体育美育劳动教育。重点落实三项举措：
        体育固本
        中小学生体质健康合格率达到94%以上，学生每天综合体育活动时间不低于2小时。
        美育浸润
        每所中小学组建艺术社团不少于3个，举办全县中小学生艺术节1届。
        劳动实践
        建设县级劳动教育实践基地3个，劳动教育课程开课率达到100%。
        （三）提升课堂教学质量。深化“三段六步”课堂改革，评选县级优质课120节，召开教学质量分析会3次；初中学业水平考试合格率达到85%。（责任股室：教研室）
        三、着力建设高素质教师队伍
        （一）加强师德师风建设。落实师德失范行为“零容忍”，教师师德考核优秀比例控制在20%以内。
        （二）优化教师资源配置。招聘教师85名左右，其中师范类毕业生不少于60名；县域内校长教师交流轮岗比例不低于12%。6月底前完成中小学教职工编制核定。（责任股室：人事股）
        （三）提升教师专业素养。全年培训教师5800人次，新认定县级骨干教师100名，举办青年教师基本功大赛2场。
        四、着力守牢安全稳定底线
        （一）筑牢校园安全防线。校园“三防”建设达标率保持100%，每学期开展2轮校园安全隐患大排查。3月底前完成全县中小学防溺水警示标识更新。（责任股室：安全稳定股）
        （二）强化教育经费保障。全年教育经费总投入不低于6.3亿元，生均公用经费按时足额拨付。年底前完成教育系统全部预算单位财务审计。
        纱岭县教育局
        2026年3月3日
        本文附件：
        1.纱岭县教育局2026年重点工作任务分解表.xlsx（23KB）
        2.纱岭县2026年教育民生实事项目清单.docx（41KB）
        【发表评论】 【打印此页】 【返回顶部】 【关闭窗口】
        上一条信息：纱岭县教育局2025年工作总结
        下一条信息：纱岭县2026年春季学期中小学开学工作安排
        网友评论（0）　请先登录后再发表评论
        版权所有：纱岭县教育局　维护：纱岭县教育信息中心
        地址：纱岭县文昌东路9号　电话：0000-7213006
        缃ICP备2021008842号　缃公网安备 53310202000189号
        扫一扫，在手机上浏览本站
        """

    /// A city bureau's 职业教育 专项 工作计划 under its notice, copied from the OCR text of a print that a vocational school
    /// received and scanned with a phone app: the 收文 stamp line and a handwritten 批办 note above the 版头 "…文件", the 文号,
    /// the notice's title, addressees, one sentence, signature, date, the seal read as scattered characters with a ★ and
    /// "（此件公开发布）" on page 1; a page number read as "— 1 —", "-2-", "一 3 一" and "— 4 —" and the app's line "秒扫宝 · 扫描
    /// 生成" at the foot of each page; the plan's title, the introduction with stock counts, 一、 工 作 目 标 (spaces read into
    /// it) as one paragraph (全市 at the head running past a "；", 稳定在…左右, 以上, 保持在…以上, a baseline with its year),
    /// 二、 主 要 任 务 with （一）…（四） titles (one read with a space after its label) over "N.lead。body" items (owner brackets with
    /// no deadline and after a deadline whose subject follows it, deadlines with no owner, 每所, "由…牵头", a count of a 技能大赛
    /// held and a rank aimed at, a baseline with its year in 人, 每年 inside names), 三、 保 障 措 施 with three lead phrases (a
    /// count of 联席会议 held, "每生每年" before a value, 年底前), no signature under it, and the 版记 (抄送 and "…办公室  date印发")
    /// on page 4.
    static let cityVocationalPlanFromScannedPrintOcr = """
        缨山市职业技术学校收文  2026年3月16日  第027号
        请教务处、实训处阅办。陈 3.17
        缨山市教育局文件
        缨教职〔2026〕5号
        缨山市教育局关于印发《缨山市2026年职业教育工作计划》的通知
        各县（区）教育局，各中等职业学校：
        现将《缨山市2026年职业教育工作计划》印发给你们，请结合实际认真贯彻执行。
        缨山市教育局
        2026年3月10日
        局 ★ 育 山 教
        （此件公开发布）
        — 1 —
        秒扫宝 · 扫描生成
        缨山市2026年职业教育工作计划
        2026年，全市职业教育工作要坚持服务发展、促进就业的办学方向，深化产教融合、校企合作，加快构建现代职业教育体系。全市现有中等职业学校11所，在校生2.6万人。
        一、 工 作 目 标
        全市中职学校招生规模稳定在9500人左右，中职学校“双师型”教师占专业课教师比例达到60%以上，中职毕业生就业率保持在96%以上；县域中职学校办学条件达标率由2025年的82%提高到100%。
        二、 主 要 任 务
        （一）优化专业布局
        1.对接产业设专业。围绕新能源、新材料和现代物流产业，新增专业点6个，撤销停办专业点4个。（责任科室：职业教育科）
        2.建设高水平专业群。建成省级高水平专业群2个，培育市级骨干专业8个。12月底前完成全市中职专业设置动态调整。
        -2-
        秒扫宝 · 扫描生成
        （二） 深化产教融合
        1.推进校企合作。每所中职学校合作企业不少于10家，订单班学生比例达到30%。由市教育局职业教育科牵头，6月底前组建缨山市新能源汽车产教融合共同体。
        2.推行现代学徒制。现代学徒制试点专业达到12个，企业兼职教师承担专业课教学任务比例不低于20%。
        （三）提高人才培养质量
        1.抓好技能大赛。组织全市职业院校技能大赛1届，力争省级技能大赛获奖数进入全省前3名。
        2.推进“岗课赛证”融通。中职学生职业技能等级证书获取率达到85%以上，“职教高考”本科上线人数由2025年的420人提高到500人。（责任科室：职业教育科）
        （四）加强基础能力建设
        1.改善办学条件。投入中职学校基础能力建设资金1.5亿元，新建实训基地4个。9月底前缨山工业学校新校区建成使用。（责任科室：发展规划科）
        一 3 一
        秒扫宝 · 扫描生成
        2.建强师资队伍。专业课教师每年企业实践不少于1个月，每年培训中职教师1200人次。11月底前完成中职学校教师企业实践情况督查。
        三、 保 障 措 施
        （一）健全工作机制。建立市级职业教育工作联席会议制度，每半年召开1次联席会议。
        （二）落实经费投入。中职学校生均公用经费标准不低于每生每年2000元。
        （三）强化督导考核。将职业教育工作纳入对县（区）政府履行教育职责评价，年底前完成年度职业教育质量报告编制发布。
        抄送：市人民政府办公室，省教育厅职业教育处。
        缨山市教育局办公室　　　　　2026年3月10日印发
        — 4 —
        秒扫宝 · 扫描生成
        """

    static let expected: [ExpectedPlan] = [
        ExpectedPlan(
            name: "kindergarten term plan on a 范文 aggregator with 热搜词, a 登录后复制 prompt, an AI写作 ad inside and a 打分 box",
            text: BlindFixtures16.kindergartenTermPlanOnEssayAggregator,
            headings: [
                (0, "一、指导思想"), (0, "二、工作目标"), (1, "1.健康保健"), (1, "2.保教质量"), (1, "3.师资队伍"), (0, "三、主要工作"),
                (1, "（一）保育保健"), (2, "1.严格卫生保健制度"), (2, "2.保障户外活动时间"), (2, "3.加强膳食营养管理"), (1, "（二）保育教育"),
                (2, "1.推进课程游戏化"), (2, "2.做好幼小科学衔接"), (2, "3.丰富区域活动"), (1, "（三）队伍建设"), (2, "1.加强师德师风建设"),
                (2, "2.抓实分层培训"), (1, "（四）安全后勤"), (2, "1.守牢安全底线"), (2, "2.密切家园共育"), (0, "四、每月工作安排"),
            ],
            indicators: [
                "幼儿出勤率 ge 92% 2026 -", "幼儿体检率 eq 100% 2026 -", "幼儿常见病发病率 le 3% 2026 -",
                "小班幼儿发展评估达标率 eq 90% 2026 -", "中班幼儿发展评估达标率 eq 92% 2026 -", "大班幼儿发展评估达标率 eq 95% 2026 -",
                "积累园本游戏课程案例 ge 12个 2026 -", "培养县级骨干教师 ge 2-3名 2026 -", "教师持证上岗率 eq 98% 2026 - from 94",
                "每名幼儿每天户外活动时间 ge 2小时 2026 -", "体育活动时间 ge 1小时 2026 -", "幼儿膳食满意度 ge 95% 2026 -",
                "幼儿每天连续自主游戏时间 ge 1小时 2026 -", "班级区域活动材料更新率 eq 100% 2026 -", "教职工师德承诺书签订率 eq 100% 2026 -",
                "每名教师每学期撰写观察记录 ge 16篇 2026 -", "园舍安全隐患整改率 eq 100% 2026 -", "家长满意度 ge 96% 2026 -",
            ],
            notIndicators: ["15个", "486名", "72名", "1次", "2次", "1场"],
            tasks: [
                ("完成全园幼儿春季体检和视力筛查", "保健室", "2026-03"),
                ("推进课程游戏化", "保教处", nil),
                ("组织大班幼儿走进小学参观体验", nil, "2026-05"),
                ("完成园内种植园地改造", "后勤处", "2026-04"),
                ("加强师德师风建设", "园办公室", nil),
                ("完成园本课程资源库建设", "业务园长", "2026-06"),
                ("完成全园电路安全检测", "后勤处", "2026-03"),
                ("做好开学准备工作", nil, "2026-02"),
                ("召开新学期家长会", nil, "2026-03"),
                ("开展春季远足踏青活动", nil, "2026-04"),
                ("开展“五一”劳动节主题教育", nil, "2026-05"),
                ("开展幼儿发展评估", nil, "2026-06"),
            ],
            noise: [
                "松烟范文网 — 好范文 随手得", "您好，欢迎来到松烟范文网！  请登录  免费注册  手机版", "请输入您要找的范文标题  搜索",
                "热搜词：幼儿园工作计划  开学典礼主持词  家长会发言稿  述职报告",
                "首页 ┊ 工作计划 ┊ 工作总结 ┊ 心得体会 ┊ 教案大全 ┊ 演讲稿 ┊ 实用文档", "你现在的位置：松烟范文网 » 工作计划 » 幼儿园工作计划",
                "投稿人：绿萝姐姐  更新于：2026-02-24  本文共3260字  已有1579人看过", "字号：A+  A-  默认", "提示：本文需登录后才能复制，立即登录 >",
                "▶ AI写作助手：输入标题，一键生成同类工作计划（限时免费）", "给这篇范文打个分：☆☆☆☆☆  已有61人打分，平均4.5分",
                "扫一扫二维码，用手机继续阅读", "【返回“幼儿园工作计划”栏目】", "本栏目最新更新：", "2026年春季幼儿园大班班务计划",
                "幼儿园保健工作计划（2026年春季）", "2026年幼儿园教研工作计划范文", "免责声明：本站范文均来自网友投稿，仅供学习参考，请勿用于商业用途。",
                "投稿邮箱：tougao@songyan.example.net", "© 2012-2026 松烟范文网 songyan.example.net  缃ICP备2026010205号-2",
            ]),
        ExpectedPlan(
            name: "county summary and next year's 打算 on a 文库 viewer with a toolbar, the site's line at each page foot and a 文档助手",
            text: BlindFixtures16.countySummaryAndNextYearOnDocumentLibrary,
            headings: [
                (0, "一、2025年工作开展情况"), (1, "（一）聚焦资源扩容，办学条件持续改善"), (1, "（二）聚焦质量提升，育人水平稳步提高"),
                (1, "（三）聚焦队伍建设，教师素质不断增强"), (1, "（四）聚焦民生保障，教育公平扎实推进"), (0, "二、存在的困难和问题"),
                (0, "三、2026年工作打算"), (1, "（一）总体目标"), (1, "（二）重点工作"), (2, "1.实施学位扩容行动"), (2, "2.实施质量提升行动"),
                (2, "3.实施强师培优行动"), (3, "（1）精准补充教师"), (3, "（2）提升培训实效"), (2, "4.实施校园安全行动"),
                (2, "5.实施民生保障行动"), (1, "（三）保障措施"),
            ],
            indicators: [
                "争取上级教育项目资金 eq 1.36亿元 2025 -", "建成教育基建项目 eq 7个 2025 -", "新增学位 eq 2760个 2025 -",
                "义务教育学校标准化建设达标率 eq 100% 2025 全县 from 93@2024", "普通高中本科上线率 eq 61.2% 2025 全县",
                "中考全科合格率 eq 78.5% 2025 全县", "中小学生体质健康优良率 eq 54.6% 2025 全县", "公开招聘教师 eq 132名 2025 -",
                "研究生学历教师 eq 18名 2025 -", "评选县级骨干教师 eq 215名 2025 -", "新增省级名师 eq 2名 2025 -",
                "发放各类学生资助资金 eq 2380万元 2025 -", "资助学生 eq 3.4万人次 2025 -",
                "学前三年毛入园率 ge 95% 2026 全县", "义务教育巩固率 eq 99.6% 2026 全县", "高中阶段毛入学率 eq 94% 2026 全县",
                "普通高中本科上线率 approx 63% 2026 全县", "改扩建农村寄宿制学校 ge 2-3所 2026 -", "新增学位 eq 1800个 2026 -",
                "组建学科中心教研组 eq 12个 2026 -", "初中学业水平考试优秀率 eq 27% 2026 - from 24", "招聘教师 approx 120名 2026 -",
                "音体美和心理健康教师 ge 35名 2026 -", "每名教师年度培训 ge 72学时 2026 -", "新培养县级学科带头人 eq 30名 2026 -",
                "中小学幼儿园“一键报警”与公安联网率 eq 100% 2026 -", "学生资助应助尽助率 eq 100% 2026 -",
                "农村学校营养餐供餐覆盖率 eq 100% 2026 -", "教育经费投入 ge 5.8亿元 2026 -",
            ],
            notIndicators: ["3.1个百分点", "6场", "5轮", "1名", "2次"],
            tasks: [
                ("城南初级中学建成招生", "规划建设股", "2026-09"),
                ("实施质量提升行动", "基础教育股", nil),
                ("完成新教师招聘", "县教育局人事股", "2026-07"),
                ("提升培训实效", "师训股", nil),
                ("完成全县校舍安全隐患排查整治", "安全管理股", "2026-06"),
                ("完成年度教育督导评估", nil, "2026-11"),
            ],
            noise: [
                "萤窗文库｜海量文档 在线预览", "登录 / 注册  ｜  上传文档赚收益  ｜  开通会员", "搜索文档、作者、机构",
                "热门搜索：年终总结  工作打算  教育局  述职报告", "全部分类 › 行业资料 › 教育教学 › 教育管理",
                "纨原县教育局2025年工作总结和2026年工作打算.pdf", "4页 · 312.6KB · 2026-01-26上传 · 3.1万次浏览 · 1204次下载",
                "‹ 上一页   1 / 4   下一页 ›    ＋ 放大   － 缩小   ⤢ 全屏", "萤窗文库 yingchuang.example.com",
                "萤窗文库 yingchuang.example.com", "—— 试读已结束，登录后可免费阅读剩余 2 页 ——", "微信扫码登录  |  手机号登录",
                "萤窗文库 yingchuang.example.com", "萤窗文库 yingchuang.example.com", "☆ 收藏   ⇩ 下载（消耗8积分）   ↗ 分享   ⚑ 举报",
                "文档助手 AI", "你好，我是文档助手，可以帮你快速读懂这篇文档。", "试试问我：这篇总结提到了哪些主要成绩？",
                "本文档由用户“云间月”于2026-01-26上传，内容仅代表上传者观点，如有侵权请联系客服处理。", "相似文档",
                "纨原县教育局2024年工作总结及2025年工作思路.docx", "县教育局年度工作总结和下一年计划（范本）.doc", "2026年教育局工作打算怎么写.pdf",
                "关于我们 · 用户协议 · 隐私政策 · 帮助中心", "© 2026 萤窗文库  缃ICP备2024003381号-1",
            ]),
        ExpectedPlan(
            name: "county 三年行动方案 in the 附件预览 pane of its notice on a county government portal with an info strip and 智能问答",
            text: BlindFixtures16.countyThreeYearPlanInPortalAttachmentPreview,
            headings: [
                (0, "一、总体要求"), (1, "（一）指导思想"), (1, "（二）工作目标"), (2, "1.资源配置"), (2, "2.办学规模"), (2, "3.教育质量"),
                (0, "二、重点任务"), (1, "（一）优化学校布局"), (2, "1.加快学校建设"), (2, "2.稳妥撤并小规模学校"), (1, "（二）提升育人质量"),
                (2, "1.深化集团化办学"), (2, "2.推进“双减”提质"), (2, "3.加强体育美育"), (1, "（三）建强教师队伍"), (2, "1.补足配齐教师"),
                (2, "2.深化“县管校聘”改革"), (0, "三、保障措施"), (1, "（一）强化组织领导"), (1, "（二）强化经费保障"), (1, "（三）强化督导评估"),
            ],
            indicators: [
                "小学每百名学生拥有县级以上骨干教师数 eq 1.2人 2028 -", "初中每百名学生拥有县级以上骨干教师数 eq 1.3人 2028 -",
                "义务教育学校生均教学仪器设备值 eq 3500元 2028 全县 from 2860@2025", "小学平均班额 le 45人 2028 城区",
                "初中平均班额 le 50人 2028 城区", "义务教育巩固率 ge 99.8% 2028 -", "学生体质健康合格率 eq 95% 2028 -",
                "新建、改扩建义务教育学校 eq 9所 2028 -", "新增学位 eq 5400个 2028 -", "新增学位 ge 3600个 2028 城区",
                "撤并农村小规模教学点 ge 6-8个 2028 -", "农村学生上学平均单程距离 le 5公里 2028 -", "组建紧密型教育集团 eq 8个 2028 -",
                "集团内骨干教师每年交流比例 ge 15% 2028 -", "乡村学校集团化办学覆盖率 eq 100% 2027 -", "课后服务学生自愿参与率 ge 95% 2028 -",
                "每年评选作业设计优秀案例 ge 100个 2028 -", "中小学生每天校内体育活动时间 ge 2小时 2028 -", "学生艺术社团参与率 ge 80% 2028 -",
                "每年补充义务教育教师 ge 150名 2028 -", "音体美专任教师配备达标率 eq 100% 2028 -",
                "县域内义务教育学校校长教师交流轮岗比例 ge 10% 2028 -", "累计投入义务教育经费 ge 18亿元 2028 -",
            ],
            notIndicators: ["14号", "32次", "2000人", "1次"],
            tasks: [
                ("开工建设缎溪县第四初级中学", "县教育局", "2026"),
                ("缎溪县城东小学建成投用", "县教育局", "2027-08"),
                ("稳妥撤并小规模学校", "县教育局", nil),
                ("深化集团化办学", "县教育局", nil),
                ("实现义务教育学校艺术社团全覆盖", nil, "2028-06"),
                ("补足配齐教师", "县委编办", nil),
                ("完成新一轮教师岗位竞聘", nil, "2026-09"),
                ("完成县域义务教育优质均衡发展省级评估申报", "县政府教育督导室", "2027-12"),
                ("接受国家督导评估认定", "县政府教育督导室", "2028-09"),
            ],
            noise: [
                "缎溪县人民政府", "简体版 | 繁體版 | 长辈版 | 手机版 | 登录", "站内搜索：请输入关键字　搜索", "热词：义务教育招生  医保缴费  惠民补贴  公积金提取",
                "首页 | 走进缎溪 | 新闻动态 | 政务公开 | 政务服务 | 政民互动 | 专题专栏", "您现在的位置：首页 ＞ 政务公开 ＞ 政策文件 ＞ 县政府办文件",
                "索引号：11532901MB0A88120X/2026-00041 ｜ 发布机构：缎溪县人民政府办公室 ｜ 发文字号：缎政办发〔2026〕14号 ｜ 成文日期：2026-04-02 ｜ 有效性：有效",
                "发布时间：2026-04-07 16:30　　信息来源：县政府办公室　　浏览量：742", "相关附件（1）：",
                "📎 缎溪县义务教育优质均衡发展三年行动方案（2026—2028年）.docx　［在线预览］　［下载］", "附件预览 ▾", "— 附件预览结束 —",
                "本信息满意度评价：○ 满意  ○ 基本满意  ○ 不满意　［提交］", "上一篇：缎溪县人民政府办公室关于做好2026年春耕生产工作的通知",
                "下一篇：缎溪县2026年县级重点项目建设计划", "【打印】 【关闭】", "扫描二维码　手机阅读本页", "缎小政 · 智能问答",
                "您好！我是“缎小政”，可以为您解答政策问题，请输入您的问题~", "网站地图 ┊ 联系我们 ┊ 网站纠错 ┊ 隐私声明",
                "主办：缎溪县人民政府办公室　承办：缎溪县大数据服务中心", "网站标识码：5329010012　缃ICP备2019004417号-1　缃公网安备 53290102000117号",
            ]),
        ExpectedPlan(
            name: "district annual plan in a bureau WeChat article under a headline that is not the plan's title, with 听全文 and 留言区",
            text: BlindFixtures16.districtAnnualPlanInBureauWeChatArticle,
            headings: [
                (0, "一、工作目标"), (0, "二、重点任务"), (1, "（一）办好人民满意的基础教育"), (2, "学前学位扩容"), (2, "义务教育提质"),
                (2, "高中多样发展"), (1, "（二）落实立德树人根本任务"), (2, "1.思政铸魂"), (2, "2.体美强身"), (2, "3.心理护航"),
                (1, "（三）建设高素质专业化教师队伍"), (2, "1.精准补充教师"), (2, "2.强化培训研修"), (1, "（四）守牢教育安全稳定底线"),
                (2, "1.平安校园建设"), (2, "2.教育经费保障"), (0, "三、工作要求"),
            ],
            indicators: [
                "公办幼儿园在园幼儿占比 eq 65% 2026 全区", "义务教育优质均衡达标学校比例 eq 88% 2026 全区 from 80",
                "普通高中优质特色学校 eq 3所 2026 全区", "中小学生心理健康测评覆盖率 eq 100% 2026 全区", "新建、改扩建公办幼儿园 eq 5所 2026 -",
                "新增公办学位 eq 1350个 2026 -", "新组建城乡学校共同体 eq 6个 2026 -", "小学平均班额 le 42人 2026 城区",
                "初中平均班额 le 46人 2026 城区", "义务教育学校课后服务覆盖率 eq 100% 2026 城区", "普通高中本科上线率 eq 72% 2026 -",
                "创建市级特色高中 ge 1-2所 2026 -", "建设区级“大思政课”实践基地 eq 15个 2026 -", "中小学思政课专职教师配备率 eq 100% 2026 -",
                "中小学生体质健康优良率 ge 62% 2026 -", "学生近视率 eq 0.5个百分点 2026 -", "每所中小学配备专职心理健康教师 ge 1名 2026 -",
                "公开招聘教师 approx 140名 2026 -", "紧缺学科教师 ge 50名 2026 -", "组织教师全员培训 eq 7200人次 2026 -",
                "每名中小学教师每年参加培训 ge 90学时 2026 -", "中小学幼儿园专职保安配备率 eq 100% 2026 -",
                "校园视频监控接入“雪亮工程”比例 eq 100% 2026 -", "教育经费投入 ge 14.2亿元 2026 全区",
            ],
            notIndicators: ["1届", "1次"],
            tasks: [
                ("绡湖区第五幼儿园建成开园", "学前教育科", "2026-08"),
                ("完成区高中特色课程体系建设方案编制", "区教育局基础教育科", "2026-10"),
                ("思政铸魂", "思政德育科", nil),
                ("完成全区中小学生心理健康筛查", "思政德育科", "2026-04"),
                ("完成2026年新教师公开招聘", "人事科", "2026-07"),
                ("完成区属学校校舍维修改造项目验收", "计划财务科", "2026"),
            ],
            noise: [
                "重磅｜2026年，绡湖教育这样干！", "绡湖教育发布  2026年02月26日 18:30  缃绮", "🎧 听全文 约11分钟", "全文共4120字，阅读大约需要9分钟",
                "2026年，绡湖教育的“任务书”来了！快来看看有没有你关心的事吧~", "📌 相关阅读：绡湖区2026年义务教育招生入学政策问答",
                "图｜绡湖区第三实验小学新校区效果图", "供稿：区教育局办公室　编辑：唐晚晴　校对：苏一鸣　审核：陆远山", "点击下方“阅读原文”，下载计划全文",
                "阅读原文", "喜欢此内容的人还喜欢", "绡湖区召开2026年全区教育工作会议", "寒假里的绡湖学子，精彩不打烊", "绡湖区2026年公开招聘教师公告",
                "赞 128　　分享　　推荐 47", "留言区", "以下留言经作者筛选后显示", "湖畔的风 · 缃绮 · 2月26日", "第五幼儿园什么时候开始报名呀？", "♡ 23",
                "绡湖教育发布（作者）", "请关注后续招生公告，我们会第一时间发布。", "♡ 6", "春水煎茶 · 缃绮 · 2月27日", "为绡湖教育点赞！", "♡ 11",
                "长按识别二维码 关注“绡湖教育发布”", "缃绮省缨山市绡湖区教育局官方公众号",
            ]),
        ExpectedPlan(
            name: "county key points on the bureau's own website with a 用户登录 box, 热门搜索, a 字体/【关闭】 line and 本文附件 files",
            text: BlindFixtures16.countyKeyPointsOnBureauSite,
            headings: [
                (0, "一、着力扩大优质资源供给"), (1, "（一）推进学前教育普惠发展"), (1, "（二）促进义务教育优质均衡"), (1, "（三）推动普通高中多样化发展"),
                (1, "（四）提升职业教育服务能力"), (0, "二、着力落实立德树人根本任务"), (1, "（一）深化思政教育"), (1, "（二）加强体育美育劳动教育"),
                (2, "体育固本"), (2, "美育浸润"), (2, "劳动实践"), (1, "（三）提升课堂教学质量"), (0, "三、着力建设高素质教师队伍"),
                (1, "（一）加强师德师风建设"), (1, "（二）优化教师资源配置"), (1, "（三）提升教师专业素养"), (0, "四、着力守牢安全稳定底线"),
                (1, "（一）筑牢校园安全防线"), (1, "（二）强化教育经费保障"),
            ],
            indicators: [
                "学前三年毛入园率 eq 93.5% 2026 全县", "普惠性幼儿园覆盖率 ge 90% 2026 全县", "公办园在园幼儿占比 eq 70% 2026 纱口镇",
                "公办园在园幼儿占比 eq 60% 2026 岭西乡", "改扩建乡村学校食堂、宿舍 eq 8所 2026 -", "新增学位 eq 1260个 2026 -",
                "普通高中本科上线率 eq 60% 2026 -", "县职教中心新增紧缺专业 eq 2个 2026 -", "中职毕业生就业率 ge 96% 2026 -",
                "共建校企合作实训基地 ge 5个 2026 -", "组建县级思政课名师工作室 eq 4个 2026 -", "中小学生体质健康合格率 ge 94% 2026 -",
                "学生每天综合体育活动时间 ge 2小时 2026 -", "每所中小学组建艺术社团 ge 3个 2026 -", "建设县级劳动教育实践基地 eq 3个 2026 -",
                "劳动教育课程开课率 eq 100% 2026 -", "评选县级优质课 eq 120节 2026 -", "初中学业水平考试合格率 eq 85% 2026 -",
                "教师师德考核优秀比例 le 20% 2026 -", "招聘教师 approx 85名 2026 -", "师范类毕业生 ge 60名 2026 -",
                "县域内校长教师交流轮岗比例 ge 12% 2026 -", "培训教师 eq 5800人次 2026 -", "新认定县级骨干教师 eq 100名 2026 -",
                "校园“三防”建设达标率 eq 100% 2026 -", "教育经费总投入 ge 6.3亿元 2026 -",
            ],
            notIndicators: ["1届", "3次", "2场", "2轮"],
            tasks: [
                ("推进学前教育普惠发展", "学前教育股", nil),
                ("完成第三小学主体工程建设", "计划基建股", "2026-07"),
                ("完成县职教中心智能制造实训楼建设", "县教育局职成教股", "2026-09"),
                ("深化思政教育", "德育股", nil),
                ("提升课堂教学质量", "教研室", nil),
                ("完成中小学教职工编制核定", "人事股", "2026-06"),
                ("完成全县中小学防溺水警示标识更新", "安全稳定股", "2026-03"),
                ("完成教育系统全部预算单位财务审计", nil, "2026"),
            ],
            noise: [
                "设为首页 | 加入收藏 | 繁体版 | 手机版 | 邮箱登录", "纱岭县教育局 · 纱岭教育信息网", "用户登录　用户名　　密码　　登录　忘记密码？",
                "站内检索　请输入关键字　检索", "热门搜索：招生入学  教师资格认定  学生资助  课后服务",
                "首页 ▏教育新闻 ▏通知公告 ▏政务公开 ▏招生考试 ▏教研教改 ▏党建工作 ▏下载中心", "位置：网站首页 >> 政务公开 >> 规划计划",
                "发布者：局办公室　　发布时间：2026年03月05日　　点击率：1036", "字体：［大］［中］［小］　　【关闭】", "本文附件：",
                "1.纱岭县教育局2026年重点工作任务分解表.xlsx（23KB）", "2.纱岭县2026年教育民生实事项目清单.docx（41KB）",
                "【发表评论】 【打印此页】 【返回顶部】 【关闭窗口】", "上一条信息：纱岭县教育局2025年工作总结",
                "下一条信息：纱岭县2026年春季学期中小学开学工作安排", "网友评论（0）　请先登录后再发表评论",
                "版权所有：纱岭县教育局　维护：纱岭县教育信息中心", "地址：纱岭县文昌东路9号　电话：0000-7213006",
                "缃ICP备2021008842号　缃公网安备 53310202000189号", "扫一扫，在手机上浏览本站",
            ]),
        ExpectedPlan(
            name: "city 职业教育 专项 plan under its notice from the OCR text of a phone-scanned print with a 收文 stamp and misread page numbers",
            text: BlindFixtures16.cityVocationalPlanFromScannedPrintOcr,
            headings: [
                (0, "一、工作目标"), (0, "二、主要任务"), (1, "（一）优化专业布局"), (2, "1.对接产业设专业"), (2, "2.建设高水平专业群"),
                (1, "（二）深化产教融合"), (2, "1.推进校企合作"), (2, "2.推行现代学徒制"), (1, "（三）提高人才培养质量"), (2, "1.抓好技能大赛"),
                (2, "2.推进“岗课赛证”融通"), (1, "（四）加强基础能力建设"), (2, "1.改善办学条件"), (2, "2.建强师资队伍"), (0, "三、保障措施"),
                (1, "（一）健全工作机制"), (1, "（二）落实经费投入"), (1, "（三）强化督导考核"),
            ],
            indicators: [
                "中职学校招生规模 approx 9500人 2026 全市", "中职学校“双师型”教师占专业课教师比例 ge 60% 2026 全市",
                "中职毕业生就业率 ge 96% 2026 全市", "县域中职学校办学条件达标率 eq 100% 2026 全市 from 82@2025", "新增专业点 eq 6个 2026 -",
                "撤销停办专业点 eq 4个 2026 -", "建成省级高水平专业群 eq 2个 2026 -", "培育市级骨干专业 eq 8个 2026 -",
                "每所中职学校合作企业 ge 10家 2026 -", "订单班学生比例 eq 30% 2026 -", "现代学徒制试点专业 eq 12个 2026 -",
                "企业兼职教师承担专业课教学任务比例 ge 20% 2026 -", "中职学生职业技能等级证书获取率 ge 85% 2026 -",
                "“职教高考”本科上线人数 eq 500人 2026 - from 420@2025", "投入中职学校基础能力建设资金 eq 1.5亿元 2026 -",
                "新建实训基地 eq 4个 2026 -", "专业课教师每年企业实践 ge 1个月 2026 -", "每年培训中职教师 eq 1200人次 2026 -",
                "中职学校生均公用经费标准 ge 2000元 2026 -",
            ],
            notIndicators: ["5号", "11所", "2.6万人", "1届", "3名", "1次"],
            tasks: [
                ("对接产业设专业", "职业教育科", nil),
                ("完成全市中职专业设置动态调整", nil, "2026-12"),
                ("组建缨山市新能源汽车产教融合共同体", "市教育局职业教育科", "2026-06"),
                ("推进“岗课赛证”融通", "职业教育科", nil),
                ("缨山工业学校新校区建成使用", "发展规划科", "2026-09"),
                ("完成中职学校教师企业实践情况督查", nil, "2026-11"),
                ("完成年度职业教育质量报告编制发布", nil, "2026"),
            ],
            noise: [
                "缨山市职业技术学校收文  2026年3月16日  第027号", "请教务处、实训处阅办。陈 3.17", "局 ★ 育 山 教", "— 1 —", "秒扫宝 · 扫描生成",
                "-2-", "秒扫宝 · 扫描生成", "一 3 一", "秒扫宝 · 扫描生成", "— 4 —", "秒扫宝 · 扫描生成",
            ]),
    ]
}
