import Foundation
@testable import PlanImport

/// A nineteenth blind set: six ORDINARY plans of the genre, each as a user's select-all copy of the kind of page county
/// staff most often copy plans from, furniture included above, below and sometimes inside the plan, each site in an
/// eighth design with its own name and wording, different from sets 12, 13, 14, 15, 16, 17 and 18, with furniture kinds
/// those sets did not use, and the plan types spread over the kinds of page otherwise than in sets 17 and 18. Invented
/// content throughout (fictional places 榉湖区, 楸原县, 椴溪县, 枞山县 (with its 枞口镇) and 樗山县 under 樾城市, 樾城市
/// itself, all in an invented 澈川省; invented sites, accounts, users, addresses, codes and numbers; no published sentence
/// copied): a county primary school's 春季学期 教学工作计划 with a 周次安排 week table on a 范文 aggregator (麦田范文社: a
/// "📖 本文已合并为单页显示 ｜ 返回分页阅读" line, an 作者/字数/阅读 line, a "⚠ 温馨提醒" line and a "📎 附件：….xls（登录
/// 后可下载）" line inside the plan, a 打赏作者 line with prices, a 收录于专辑 line, a 复制全文需登录/导出Word/纠错 row, 同专
/// 辑文章 with three titles); a county bureau's 体育美育提质三年行动方案（2026—2028年） in the 文本模式 of a document
/// viewer (知源文库: a "【完整版】…" resource title, a star/页数/阅读/下载/上传 line, an 上传用户 line with a 🏅 认证教师
/// badge and ［＋关注］, a 原格式/文本模式 toggle, a note on the text preview, the viewer's recognition note at the foot of
/// every page, an 已阅读至文末 line, a 金币 download line, a 文档转换 row, 你可能还需要 with three files); a district
/// bureau's and 残联's 特殊教育提质工作方案 under their joint notice on the district government's portal (榉湖区人民政府门户
/// 网站: a 政务新媒体/读屏/长者模式 row, a 法定主动公开内容 path, a one-line 【文件属性】 card, an OFD/PDF 下载正文 line, a
/// 🤖 政策计算器 widget line inside the plan, a 【政策图解】 line, a 【我要评价】 satisfaction line, a 分享/打印/关闭 row, a
/// 分辨率 hint in the footer); a city bureau's 年度工作要点 as an article of its account on a news-feed self-media platform
/// (今朝资讯: a 下载App row, a "发布于澈川 ｜ ＋关注" line, an 原创 · 首发 line, a five-line 📊 投票 block whose options
/// carry percentages inside the plan, a 专栏 line, a 免责声明, 点赞/收藏/转发, 评论 sorted 最热/最新 with "name　IP属地：…"
/// lines, "date　回复　👍 N" lines and the author's reply, 查看全部 N 条评论, 相关推荐 with sources and 阅读 counts, a
/// download line); a township 中心学校's 工作总结和下一年工作计划 on its site in the county's 校园网站群 (a 站群 row, the
/// site's name with its motto, 设为首页/加入收藏/手机版/校长信箱, a 📌 置顶 line, a "»" breadcrumb, 发布人/发布日期/浏览/字号,
/// a 【投票调查】 with its radio options, 相关附件：无, "← 较新一篇"/"→ 较旧一篇", a 友情链接 selector, a 访问统计 line, 版权
/// 所有 with 邮编, 技术支持/站群管理); a county 教育督导室's 年度工作计划 with its 任务清单 as the city's reviewer sees it in
/// the city's 教育督导信息报送平台 (报送详情: 报送单位/报送类型/所属年度, 报送人/联系电话/报送时间, 审核状态/审核人/审核时间,
/// an 审核意见 with its own deadline, 【正文内容】, the plan as submitted with its 任务清单 table, 【附件】 with an .xlsx line,
/// 【操作记录】 with a 退回修改 step, 打印/导出PDF/返回列表, the platform's footer).
/// Written without reading the importer's sources and without running the importer or any test; syntax checked with
/// `swiftc -parse` only.
/// No stored pages were searched for this set; every site's furniture is reproduced from common knowledge of such pages
/// in invented wording: 范文 aggregators (site name with slogan, a "·" channel menu with 登录, a "›" breadcrumb, a note that
/// a paged article is shown on one page with a link back, 作者/date/字数/阅读, a reminder box and an attachment line between
/// parts of the text, 打赏作者 with small prices, 收录于专辑 with the album's size, 复制全文需登录/导出Word/纠错, "上一篇 ‹"/
/// "下一篇 ›", 同专辑文章, footer links, Copyright/ICP); document viewers' text mode (the site's name, 首页/文档/专题/会员中心/
/// 上传文档赚收益/登录, a search box, a "›" category path, a "【完整版】…" title, stars/页数/阅读/下载/上传 date, 上传用户 with a
/// badge and ［＋关注］, 原格式 ｜ ▶ 文本模式, a note that pictures and tables follow the original, a per-page note that the
/// text was machine-recognised, 已阅读至文末, a download price in 金币, 收藏/点赞/举报, 文档转换 links, 你可能还需要 files, 用户
/// 协议/隐私政策/侵权投诉, ©/ICP); district government portals (the portal's name, 政务新媒体 accounts with 读屏/长者模式, the
/// menu, a search box, 政府信息公开 ＞ 法定主动公开内容 ＞ 部门文件 ＞ office, the notice's title as page heading, a one-line
/// 【文件属性】 card with 成文日期/发布日期/有效性/发文字号, 下载正文 in OFD and PDF, the notice and the plan, a policy-calculator
/// widget, 【政策图解】, 【我要评价】 with four grades, 分享/［打印本页］/［关闭窗口］, 上一篇/下一篇, 主办/运维, 标识码/ICP/公网
/// 安备, a resolution and browser hint); news-feed self-media articles (the platform's row with 下载App, the title,
/// "account ｜ date time ｜ 发布于place ｜ ＋关注", "本文由…原创 · 首发…", a 📊 投票 block with lettered options, percentages,
/// 参与 count and 投票已截止, 本文收录于专栏, 免责声明, 点赞/收藏/转发, "评论 N　最热 ｜ 最新", comments as "name　IP属地：place"
/// over the text over "date time　回复　👍 N", "account（作者）回复 name：text" over "date time　👍 N", 查看全部 N 条评论,
/// 相关推荐 as "title　source　N阅读", a download line); school sites in a county 校园网站群 (the 站群 row with 返回站群首页/县
/// 教育局网站, "school · motto", 设为首页/加入收藏/手机版/校长信箱, the menu, 📌 置顶, 您当前的位置 with "»", 发布人/发布日期/浏
/// 览/字号, 【投票调查】 with ○ options and ［投票］［查看结果］, 相关附件：无, ← 较新一篇/→ 较旧一篇, 友情链接 ［请选择 ▼］, 访问
/// 统计 今日/累计, 版权所有/地址/邮编, 技术支持/站群管理); city 报送 platforms' detail view (the platform's name, 欢迎您/待审/退
/// 出, 首页/报送管理/审核管理/统计分析/通知公告/系统设置, 当前位置 with "›", 报送单位/报送类型/所属年度, 报送人/联系电话/报送时
/// 间, 审核状态/审核人/审核时间, 审核意见, 【正文内容】 over the submitted text, 【附件】 with a 📎 file line and ［在线查看］［下
/// 载］, 【操作记录】 as "date time　name　step" lines, ［打印］［导出PDF］［返回列表］, the footer with a browser hint and 运维
/// 电话).
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
/// Set 18's note blocks, copied as written there ("this set" meaning set 11 in "Decided for this set", set 12 in
/// "Decided for set 12 (this set)", set 13 in "Decided for set 13 (this set)", set 14 in "Decided for set 14 (this
/// set)", set 15 in "Decided for set 15 (this set)", set 16 in "Decided for set 16 (this set)", set 17 in "Decided for
/// set 17 (this set)" and set 18 in "Decided for set 18 (this set)" and in "Adjusted after the first score") and followed
/// here too:
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
/// Decided for set 19 (this set): counts of 教学常规检查, 青年教师优质课比赛, 主题教研活动, 期中和期末质量检测, 教学质
/// 量分析会 (次), 校园运动会 (次), 中小学生艺术展演 (届), 专题会议, 特殊教育教学能手评选, 联席会议, 专项督导 (项, 次),
/// 督导通报, 教育督导委员会全体会议, 督学能力提升培训班 (期), 安全隐患排查 and 应急疏散演练 (次) and 教学视导 (轮) held
/// are notIndicators like the counts above, and so are the 文号 (7号), a 运动会 named by its ordinal ("第12届" → "12届
/// "), the stock counts of the introductions — also where they stand in a 分别 list ("体育、美育专任教师分别为612名、
/// 438名") or in a 其中 part ("其中随班就读268名、送教上门72名") —, a count of towns inside a phrase ("对全县12个乡镇人
/// 民政府…开展评价" → "12个"), a count of works done inside a phrase of a summary ("完成中心小学教学楼改造和3所村小运动
/// 场建设" → "3所", as the scorer's own "完成10所学校运动场改造"), a rank "在全县排名第5位" ("5位") and a count change
/// beside the value it explains ("省级示范幼儿园达到28所，较上年增加3所" → "3所"), as a point rise beside its value; a
/// threshold inside a name is a notIndicator and stays in the indicator's name as in set 17 ("随班就读学生5人以上的普通
/// 学校资源教室建设率", "5人"; "35周岁以下青年教师参赛率", "35周岁"). A per-person requirement is an indicator keeping
/// its words also where its unit is 次 ("每名责任督学每月到校督导不少于2次" → "每名责任督学每月到校督导 ge 2次", as set
/// 12's 每名班主任家访), while an office's "每月/每季度/每半年开展1次…" is a count held. Names: a list of names before
/// a 分别 list of baselines and a 分别 list of targets gives one indicator a name, each with its own baseline and the
/// year written ("全市学前三年毛入园率、普惠性幼儿园覆盖率分别由2025年的93.5%、91%提高到95%、93%" → "学前三年毛入园率
/// eq 95% 2026 全市 from 93.5@2025" and "普惠性幼儿园覆盖率 eq 93% 2026 全市 from 91@2025"), and a list of school
/// stages before them gives each stage its whole name and its baseline with no @year ("小学、初中课后服务学生参与率分别
/// 由88%、82%提高到95%、90%" → "…from 88", "…from 82"); "低、中、高年级学生每学期课外阅读量分别…" gives "低年级学生每学
/// 期课外阅读量" and so on, as set 17's 七、八、九年级, and "小学、初中每周体育课分别不少于4节、3节" gives "小学每周体
/// 育课" and "初中每周体育课"; "三至六年级" stays in its name; a value inside the verb phrase is read round, a range
/// written with 至 being ge with "-max" ("每名学生熟练掌握1至2项运动技能" → "每名学生熟练掌握运动技能 ge 1-2项", "每所
/// 中小学至少建设1个艺术特色项目" → "每所中小学建设艺术特色项目 ge 1个"), as set 18; a clause's name does not borrow
/// the subject or the 每学期 of the clause before it ("优良率由2025年的51.2%提高到60%" → "优良率"; "行政人员听课不少于
/// 30节" → "行政人员听课"; "优秀率达到45%" → "优秀率"), as set 17; "分别为" before the values reads as eq. Scope: the
/// places of a 分别 list in a 其中 part are each the scope of their value although the sentence is headed by 全市 ("其
/// 中榉湖区、楸原县新增公办学位分别为4200个、2600个" → "新增公办学位" with 榉湖区 and with 楸原县); a 全县 named in a
/// rank clause after an indicator of a 全镇 sentence ("…达到71%，在全县排名第5位") changes nothing; a goal line's body
/// headed by 全县 keeps 全县 past its "；" to the 。, and a second sentence on a goal line headed by 全县 ("（二）美育
/// 目标：到2027年，…。全县中小学艺术教师配备率达到100%。") takes 全县 and the plan's year, the "到2027年，" of the
/// first sentence holding to that sentence's 。 only and reaching its second clause ("每名学生掌握艺术特长 ge 1-2项
/// 2027"); in a sentence headed by 全区 a 城区 after the "；" is the scope to the 。 as in set 18. Years: the 三年行动
/// 方案 (2026—2028年)'s indicators are of 2028 except the two "到2027年，" sentences; the 中心学校's 总结 figures are
/// of 2025 and its 计划's of 2026; the spring term plan's of 2026. Headings: goal sentences numbered "1." … "3." with
/// no lead phrase under 一、 are headings made of the whole line less its 。 at depth 1 (set 12's reading); the
/// lettered options of a poll ("A. 新建学校扩充学位　46%") are noise, no headings and no indicators; the rows of the
/// week table and of the 任务清单 (beginning "第N周", "第N—M周" or a bare number and a tab) are no headings; "一是…；二
/// 是…；三是…" under "二、存在的不足" is no heading. Tables: a 周次安排 week table "周次 | 起止日期 | 主要工作 | 负责部
/// 门" copied as tab-separated rows gives one task a row, keyed by the first activity of its 主要工作 cell (before the
/// "；"), led by the first unit of its 负责部门 cell and due the month in which the row's date range ends, of the
/// plan's year ("3月30日—4月3日" → "2026-04", "5月18日—6月5日" → "2026-06"), as set 16's stages; its header row is
/// kept, no heading and no task. A 任务清单 "序号 | 工作任务 | 责任单位 | 完成时限" gives one task a row as set 17's 分
/// 解表 (keyed by the 工作任务 cell, led by the first unit of the 责任单位 cell, "2027年1月底前" → "2027-01"), a 完成时
/// 限 cell "每月" giving no due like "持续推进"; the plan's body items, with no owner and no deadline, give no task;
/// the "附件" label, the 清单's title and its header row are the document's and kept, no heading, no noise and no task.
/// Tasks: "（负责人：…）" and "（责任人：…）" name their person as the lead; an owner bracket naming two offices or
/// units in the text ("（牵头处室：基础教育处、校外教育培训监管处）", "（责任单位：区教育局、区残联）", "（责任单位：县
/// 教育局、县财政局）") leads with the whole list, as set 18's Adjusted paragraph; "（牵头处室：A；配合处室：B）" and "
/// （牵头单位：A；配合单位：B）" name A, the latter after a sentence with no deadline giving a task under the item's
/// title; a deadline sentence whose subject follows the deadline ("8月底前枞口镇中心小学食堂建成投用", "9月底前区特殊教
/// 育学校职业高中部开班招生", "8月底前樾城市第七中学、樾城市实验小学东校区建成投用") is one task keyed by the rest of
/// the sentence; "年内完成…" gives the plan's year alone ("2026"); in the 三年行动方案 "2026年9月底前", "2026年底前",
/// "2027年6月底前" and "2028年6月底前" keep their years; the 报送 platform's 审核意见 ("请于7月10日前报送半年工作进展")
/// and its 操作记录 line "退回修改（请补充任务清单的责任单位和完成时限）" are noise and no task of the plan.
/// Furniture: on the aggregator (麦田范文社) the site's name, the "·" menu, the "›" breadcrumb, the "📖 本文已合并为单
/// 页显示" line, the 作者/字数/阅读 line, the "⚠ 温馨提醒：…" line between （二） and （三） of 二、, the "📎 附件：本
/// 学期周次安排表.xls（登录后可下载）" line between "三、周次安排" and the table's header row, the 打赏作者 line, the
/// 收录于专辑 line, the 复制全文需登录 row, 上一篇/下一篇, "同专辑文章" and its three titles, the footer links and the
/// Copyright/ICP line are noise; the page title (the plan's title), the 教导处's signature and date are kept. On the
/// document viewer (知源文库) the site's name, menu and search lines, the "›" category path, the resource title "【完整
/// 版】楸原县中小学体育美育提质三年行动方案（2026—2028年）" (not the document's title, which heads the text and is
/// kept), the star/页数/阅读/下载/上传 line, the 上传用户 line with its badge, the 原格式/文本模式 toggle, the "（以下
/// 为文档文本，图片、表格以原文档为准）" note, the line "本页文字由系统识别生成，仅供预览参考" at the foot of each of
/// the four pages (listed four times, the last under the date), "✓ 已阅读至文末", the 金币 download line, the 收藏/点赞
/// /举报 row, the 文档转换 row, "你可能还需要" and its three files, the footer links and the ©/ICP line are noise; the
/// document's title, the bureau's signature and date are kept. On the district portal (榉湖区人民政府门户网站) the
/// portal's name, the 政务新媒体/读屏/长者模式 row, the menu, the search line, the 政府信息公开 path, the 【文件属性】
/// line (even where it repeats the 文号), the "📄 下载正文：OFD版 ｜ PDF版" line, the "🤖 政策计算器：…" line between
/// （三） and （四） of 二、, the 【政策图解】 line, the 【我要评价】 line, the 分享/打印/关闭 row, 上一篇/下一篇, the
/// 主办/运维 line, the 标识码/ICP/公网安备 line and the 分辨率 hint are noise; the page heading (the notice's title),
/// the 文号, addressees, body, the two signers on one line, the date, "（此件主动公开）" and the 方案's title are kept;
/// the 方案 has no signature of its own. On the self-media platform (今朝资讯) the platform's row, the "樾城教育发布 ｜
/// date ｜ 发布于澈川 ｜ ＋关注" line, the "本文由…原创 · 首发今朝资讯" line, the five lines of the 📊 投票 block
/// between （二） and （三） of 二、 (its title, the three lettered options with their percentages, the 参与/已截止
/// line), the 专栏 line, the 免责声明, the counters, "评论 26　　最热 ｜ 最新", every line of the two comments and of
/// the author's reply ("name　IP属地：澈川", text, "date　回复　👍 N", "樾城教育发布（作者）回复 …", "date　👍 N"), "查
/// 看全部 26 条评论 ›", "相关推荐" and its three lines and the download line are noise; the article's title (the plan's
/// title), the bureau's signature and date are kept. On the school's site in the 校园网站群 (枞口镇中心学校 · 书香校园)
/// the 站群 row, the site's name with its motto, the 设为首页/加入收藏/手机版/校长信箱 row, the menu, the "📌 置顶：…"
/// line (its dates no task), 您当前的位置, the 发布人/发布日期/浏览/字号 line, the 【投票调查】 line and its options
/// row, "相关附件：无", the "← 较新一篇" and "→ 较旧一篇" lines, the 友情链接 selector, the 访问统计 line, the 版权所有
/// /地址/邮编 line and the 技术支持/站群管理 line are noise; the title, the school's signature "枞山县枞口镇中心学校"
/// and date are kept. In the 报送 platform's detail view the platform's name, the 欢迎您 row, the menu, 当前位置, the
/// 报送单位/报送类型/所属年度, 报送人/联系电话/报送时间 and 审核状态/审核人/审核时间 lines, the 审核意见 line, "【正文
/// 内容】", "【附件】", the 📎 .xlsx line, "【操作记录】" and its four lines, the button row and the platform's footer
/// are noise; the plan's title, introduction, body, the office's signature "樗山县人民政府教育督导室" and date, the "附
/// 件" label, the 任务清单's title, its header row and its rows are the submitted document's and kept.
/// Adjusted after the first score: "每名责任督学每月到校督导不少于2次" is no indicator, as decided by set 4, whose 督导
/// 工作要点 has the same sentence ("⒈落实责任督学挂牌督导。…每名责任督学每月到校督导不少于2次。") and lists "2次" among its
/// notIndicators: a visit count in 次 is how often the 督导 is done, as the other counts of 督导 held above; set 12's
/// 每名班主任家访 is counted in 户 (the homes reached), which set 4's reading does not touch. So the 教育督导 plan's
/// "每名责任督学每月到校督导 ge 2次" goes and "2次" joins its notIndicators; its other readings stand.
enum BlindFixtures19 {
    /// A county primary school's 2026年春季学期教学工作计划 on a 范文 aggregator (麦田范文社): the site's name with its
    /// slogan, a "·" menu, a "›" breadcrumb and a "📖 本文已合并为单页显示" line above the page title (the plan's title)
    /// and an 作者/字数/阅读 line under it; the introduction with stock counts, 一、工作目标 with three goal sentences
    /// numbered "1." … "3." with no lead phrase (以上, 保持在…以上, a standalone point fall, an abbreviated list of
    /// grades with 分别), 二、主要工作 with （一）…（四） titles over "N.lead。body" items (owner brackets "（负责人：…）"
    /// with no deadline and after deadlines, "由…牵头，month底前…", per-person and 每个 requirements, 不超过, a threshold
    /// inside a name, counts of 常规检查, 优质课比赛, 教研活动, 质量检测 and 质量分析会 held), a "⚠ 温馨提醒" line between
    /// （二） and （三）, 三、周次安排 as a week table (周次/起止日期/主要工作/负责部门) copied as tab-separated rows with a
    /// "📎 附件" line above it, 四、保障措施 with two lead phrases, the 教导处's signature and date; a 打赏 line, a 收录于
    /// 专辑 line, a 复制/导出/纠错 row, 上一篇/下一篇, 同专辑文章 with three titles, footer links and the Copyright/ICP line
    /// below.
    static let primarySchoolTeachingTermPlanWithWeekTableOnEssayAggregator = """
        麦田范文社 — 好范文，一起分享
        首页 · 计划 · 总结 · 方案 · 心得 · 演讲稿 · 教案 · 登录
        麦田范文社 › 工作计划 › 学校工作计划
        📖 本文已合并为单页显示　｜　返回分页阅读
        椴溪县实验小学2026年春季学期教学工作计划
        作者：稻香小编　·　2026-02-22　·　字数 2,847　·　阅读 3,106
        本学期，学校教学工作以提高课堂教学效益为中心，以落实“教学评一致性”为抓手，强化教学常规管理，深化课堂教学改革，全面提升教育教学质量。学校现有教学班36个，学生1682名，专任教师97名。
        一、工作目标
        1.学生学业质量监测合格率达到96%以上，优秀率达到45%。
        2.学生体质健康测试合格率保持在95%以上，学生近视率较上年下降1个百分点。
        3.低、中、高年级学生每学期课外阅读量分别不少于10万字、30万字、50万字。
        二、主要工作
        （一）强化教学常规管理
        1.规范备课上课。推行“个人初备—集体研讨—个性修改”备课模式，每名教师每学期听课不少于20节，行政人员听课不少于30节。（负责人：教导主任）
        2.优化作业管理。一、二年级不布置书面家庭作业，三至六年级书面作业平均完成时间不超过60分钟，作业公示率达到100%。3月底前修订《椴溪县实验小学作业管理办法》。（负责人：教导主任）
        3.开展常规检查。每月开展1次教学常规检查，检查结果纳入教师月度考核。
        （二）深化课堂教学改革
        1.推进大单元教学。每个学科组每学期完成大单元教学设计不少于2个，常态化开展“一课三研”活动。
        2.开展课堂展评。举办青年教师优质课比赛1次，35周岁以下青年教师参赛率达到100%。由教科室牵头，4月底前完成校级优质课评选。
        ⚠ 温馨提醒：本文为网友投稿，仅供学习参考，请结合本校实际修改使用。
        （三）加强教研与教师培养
        1.落实校本教研。各教研组每两周开展1次主题教研活动，每名教师每学期撰写教学反思不少于10篇。（负责人：教科室主任）
        2.实施青蓝工程。新结对师徒12对，青年教师汇报课达标率达到100%。
        （四）做好质量监测与毕业班工作
        1.开展质量监测。组织期中、期末质量检测2次，召开教学质量分析会2次。
        2.抓好毕业班复习。六年级学业质量监测合格率力争达到98%，4月底前制定毕业班复习备考方案。（负责人：六年级组长）
        三、周次安排
        📎 附件：本学期周次安排表.xls（登录后可下载）
        周次\t起止日期\t主要工作\t负责部门
        第1周\t2月23日—2月27日\t开学教学常规检查；制定教研组工作计划\t教导处
        第2—3周\t3月2日—3月13日\t学生课外阅读启动；推门听课\t教导处、语文教研组
        第4—5周\t3月16日—3月27日\t大单元教学设计研讨；作业公示检查\t教科室
        第6周\t3月30日—4月3日\t青年教师优质课比赛\t教科室
        第7—9周\t4月7日—4月24日\t期中质量检测及分析\t教导处
        第10—12周\t4月27日—5月15日\t“一课三研”展示活动；学生体质健康测试\t教科室、体育组
        第13—15周\t5月18日—6月5日\t六年级复习备考研讨\t六年级组
        第16—18周\t6月8日—6月26日\t学生课外阅读成果展示\t语文教研组
        第19周\t6月29日—7月3日\t期末质量检测；学期教学工作总结\t教导处
        四、保障措施
        （一）健全管理机制。实行校长室、教导处、教研组三级管理，落实教学质量校长负责制。
        （二）强化考核激励。将教学常规、课堂教学和教学质量纳入教师绩效考核，考核结果与评优评先挂钩。
        椴溪县实验小学教导处
        2026年2月20日
        🎁 觉得有用？打赏作者　￥1　￥3　￥5
        🏷 收录于专辑：《2026春季学期学校计划合集》（共36篇）
        📋 复制全文需登录　｜　⬇ 导出Word　｜　⚑ 纠错
        上一篇 ‹ 小学语文教研组2026年春季工作计划
        下一篇 › 2026年春季学期少先队工作计划
        同专辑文章
        实验小学2026年春季学期德育工作计划
        2026年春季学期小学数学教研组工作计划
        小学2026年春季学期教学工作总结模板
        关于我们 · 投稿须知 · 版权说明 · 联系我们
        Copyright © 2019-2026 麦田范文社 maitian.example.com　澈ICP备2024011862号
        """

    /// A county bureau's 中小学体育美育提质三年行动方案（2026—2028年） in the text mode of a document viewer (知源文库):
    /// the site's name, menu and search lines, a "›" category path, the resource title "【完整版】…" (not the document's
    /// title), a star/页数/阅读/下载/上传 line, an 上传用户 line with its 认证教师 badge, a 原格式/文本模式 toggle and a note
    /// on the text preview above; the document's title, the introduction with stock counts (two of them in a 分别 list),
    /// 一、总体目标 with a vision sentence, "具体目标如下：" and three goal lines "（N）名称：…" (全县 at the head running past a
    /// "；", a baseline with its year, 每天, a "到2027年，" clause followed on the same line by a sentence headed by 全县, 至,
    /// 三年 and 累计), 二、重点任务 with （一）…（四） titles over "N.lead。body" items (a list of school stages with 分别,
    /// deadlines with their years "2026年9月底前", "2026年底前", "2027年6月底前", "2028年6月底前", owner brackets "（责任单
    /// 位：…）" naming one or two units and "（牵头单位：A；配合单位：B）" after a sentence with no deadline, "由…牵头", 至少,
    /// a "到2027年，" sentence, 左右 with a 其中 part, counts of 运动会 and 艺术展演 held, a 运动会 named by its ordinal),
    /// 三、保障措施 with three lead phrases (a count of 专题会议 held, 每年), the bureau's signature and date; the viewer's
    /// line "本页文字由系统识别生成，仅供预览参考" at the foot of each of the four pages; a 已阅读至文末 line, a 金币 download
    /// line, a 收藏/点赞/举报 row, a 文档转换 row, 你可能还需要 with three files, footer links and the ©/ICP line below.
    static let countySportsAndArtsThreeYearPlanInViewerTextMode = """
        知源文库
        首页　文档　专题　会员中心　｜　上传文档赚收益　｜　登录 / 注册
        ［ 搜索文档、作者、标签 ］　🔍
        文档 › 行业资料 › 教育 › 工作方案
        【完整版】楸原县中小学体育美育提质三年行动方案（2026—2028年）
        ★★★★☆ 4.6分　｜　共4页　｜　阅读 896　｜　下载 37　｜　2026-05-07 上传
        上传用户：体育老王　🏅 认证教师　［＋关注］
        预览模式：原格式　｜　▶ 文本模式
        （以下为文档文本，图片、表格以原文档为准）
        楸原县中小学体育美育提质三年行动方案（2026—2028年）
        为深入推进学校体育美育改革，促进学生身心健康和全面发展，结合我县实际，制定本方案。全县现有中小学86所，在校学生5.4万人，体育、美育专任教师分别为612名、438名。
        一、总体目标
        到2028年，全县中小学体育美育教学质量显著提升，学生体质健康水平和审美素养明显提高。具体目标如下：
        （一）体育目标：全县学生体质健康达标率达到95%以上，优良率由2025年的51.2%提高到60%；学生每天校内外体育活动时间不少于2小时。
        （二）美育目标：到2027年，中小学艺术社团学生参与率达到80%，每名学生掌握1至2项艺术特长。全县中小学艺术教师配备率达到100%。
        （三）条件目标：体育场地设施达标学校比例由2025年的82%提高到95%，三年累计投入体育美育设施经费不少于4500万元。
        本页文字由系统识别生成，仅供预览参考
        二、重点任务
        （一）开齐开足体育美育课程
        1.落实课程计划。严格按照国家课程方案开设体育与健康、艺术课程，小学、初中每周体育课分别不少于4节、3节。2026年9月底前实现全县中小学体育美育课程表公示全覆盖。（责任单位：县教育局体卫艺股）
        2.深化教学改革。推行“教会、勤练、常赛”教学模式，每名学生熟练掌握1至2项运动技能。2026年底前完成县级体育美育优质课例评选。
        （二）丰富课余训练和竞赛活动
        1.广泛开展阳光体育活动。每所中小学组建体育社团不少于5个，每年举办校园运动会1次。
        2.完善竞赛体系。构建校级、县级两级联赛制度，县级联赛学校参与率达到90%以上，承办好第12届全县中小学生田径运动会。（牵头单位：县教育局；配合单位：县体育运动中心）
        本页文字由系统识别生成，仅供预览参考
        （三）提升学生艺术素养
        1.推进“一校一品”。每所中小学至少建设1个艺术特色项目。到2027年，县级艺术特色学校达到30所。
        2.办好艺术展演。每年举办中小学生艺术展演1届，学生艺术展演参与率达到60%以上。由县文化和旅游局牵头，2027年6月底前建成县青少年艺术活动中心。
        （四）加强师资和场地建设
        1.配齐配强教师。三年补充体育、艺术教师150名左右，其中音乐教师不少于40名。
        2.改善场地设施。新建、改扩建塑胶运动场12片，2028年6月底前实现乡镇中心学校标准化运动场全覆盖。（责任单位：县教育局、县财政局）
        本页文字由系统识别生成，仅供预览参考
        三、保障措施
        （一）加强组织领导。成立县体育美育工作领导小组，每年召开2次专题会议研究解决重大问题。
        （二）强化经费保障。每年安排体育美育专项经费不低于800万元，并随财力增长逐步提高。
        （三）严格督导评价。将体育美育工作纳入学校办学质量评价，评价结果向社会公布。
        楸原县教育局
        2026年4月28日
        本页文字由系统识别生成，仅供预览参考
        ✓ 已阅读至文末
        ⬇ 下载本文档　需 5 金币（会员免费）
        🔖 收藏　　👍 点赞 23　　⚠ 举报
        文档转换：PDF转Word　｜　Word转PDF　｜　图片转文字
        你可能还需要
        中小学体育美育工作实施方案范本.docx
        2026年学校美育工作计划.docx
        学生体质健康提升行动方案.pdf
        知源文库 ｜ 用户协议 ｜ 隐私政策 ｜ 侵权投诉
        © 2026 知源文库 zhiyuan.example.com　澈ICP备2025003391号-1
        """

    /// A district's 2026年特殊教育提质工作方案 under the joint notice of its bureau and 残联 on the district government's
    /// portal (榉湖区人民政府门户网站): the portal's name, a 政务新媒体/读屏/长者模式 row, the menu, a search line and a "＞"
    /// 政府信息公开 path above the page heading (the notice's title) and a one-line 【文件属性】 card (repeating the 文号)
    /// and a "📄 下载正文：OFD版 ｜ PDF版" line under it; the notice (文号, addressees, body, the two signers on one line,
    /// date, "（此件主动公开）") and the plan's title; the introduction with stock counts and a 其中 part, 一、工作目标 as
    /// one paragraph (全区 at the head, a baseline with its year, 城区 after the "；", 力争达到 in a sentence with no
    /// scope), 二、主要任务 with （一）…（四） titles over "N.lead。body" items (owner brackets "（责任单位：…）" with no
    /// deadline and after deadlines, one of them after a deadline whose subject follows it, two of them naming two
    /// units; a threshold inside a name, 每学期/每年 requirements, "不低于每生每年", a count of 评选 held), a "🤖 政策计算
    /// 器" widget line between （三） and （四）, 三、工作要求 with two lead phrases (a count of 联席会议 held); no
    /// signature under the 方案; a 【政策图解】 line, a 【我要评价】 line, a 分享/打印/关闭 row, 上一篇/下一篇 and three
    /// footer lines below.
    static let districtSpecialEducationPlanUnderJointNoticeOnGovernmentPortal = """
        榉湖区人民政府门户网站
        政务新媒体：微信 ｜ 微博 ｜ 抖音 ｜ 视频号　　🔊 读屏　｜　长者模式
        首页 ｜ 走进榉湖 ｜ 政务公开 ｜ 办事服务 ｜ 政民互动 ｜ 数据开放
        🔍 请输入您要找的政策、服务　［搜索］
        政府信息公开 ＞ 法定主动公开内容 ＞ 部门文件 ＞ 区教育局
        榉湖区教育局　榉湖区残疾人联合会关于印发《榉湖区2026年特殊教育提质工作方案》的通知
        【文件属性】成文日期：2026-04-10　｜　发布日期：2026-04-14　｜　有效性：有效　｜　发文字号：榉教发〔2026〕7号
        📄 下载正文：OFD版　｜　PDF版
        榉教发〔2026〕7号
        各街道办事处、镇人民政府，区属各学校（幼儿园）：
        现将《榉湖区2026年特殊教育提质工作方案》印发给你们，请结合实际认真贯彻落实。
        榉湖区教育局　　　　榉湖区残疾人联合会
        2026年4月10日
        （此件主动公开）
        榉湖区2026年特殊教育提质工作方案
        为进一步保障残疾儿童少年平等接受教育的权利，推动特殊教育高质量发展，结合我区实际，制定本方案。全区现有特殊教育学校1所，在读残疾儿童少年437名，其中随班就读268名、送教上门72名。
        一、工作目标
        全区适龄残疾儿童少年义务教育入学率达到98%以上，残疾儿童学前三年入园率由2025年的78%提高到85%；城区普通学校随班就读资源教室覆盖率达到100%。特殊教育学校高中段招生规模力争达到60人。
        二、主要任务
        （一）扩大特殊教育资源
        1.推进资源教室建设。新建资源教室8间，随班就读学生5人以上的普通学校资源教室建设率达到100%。（责任单位：区教育局基础教育科）
        2.发展学前和高中段特殊教育。在区特殊教育学校增设学前部，新增学前特教学位30个。9月底前区特殊教育学校职业高中部开班招生。（责任单位：区教育局、区残联）
        （二）提升教育教学质量
        1.全面落实课程标准。特殊教育学校国家课程开设率达到100%，残疾学生个别化教育计划制定率达到100%。
        2.规范送教上门。送教上门服务覆盖率达到100%，每名送教教师每学期送教不少于30课时。5月底前完成送教上门学生评估建档。（责任单位：区特殊教育指导中心）
        （三）加强特殊教育教师队伍建设
        1.配齐专业教师。特殊教育专任教师特教专业背景比例达到80%以上，补充特殊教育专业教师6名。
        2.强化专业培训。每名特殊教育教师每年参加专业培训不少于60学时，举办特殊教育教学能手评选1次。
        🤖 政策计算器：输入孩子情况，看看能享受哪些资助 ›
        （四）完善保障机制
        1.落实经费保障。特殊教育学校生均公用经费不低于每生每年7000元。
        2.健全资助体系。残疾学生资助覆盖率达到100%。7月底前建立残疾学生资助信息动态更新机制。（责任单位：区教育局学生资助中心、区残联）
        三、工作要求
        （一）加强统筹协调。建立教育、残联、民政、卫健等部门联动机制，每季度召开1次联席会议。
        （二）强化督导检查。将特殊教育工作纳入对学校年度督导评估内容，确保各项任务落到实处。
        【政策图解】一图读懂《榉湖区2026年特殊教育提质工作方案》
        【我要评价】　非常满意　｜　满意　｜　基本满意　｜　不满意
        分享：微信　微博　QQ　｜　［打印本页］　［关闭窗口］
        上一篇：榉湖区教育局关于2026年义务教育阶段学校招生工作的通知
        下一篇：榉湖区教育局关于公布2025年度区级优秀班主任名单的公告
        榉湖区人民政府办公室主办　｜　榉湖区大数据服务中心运维
        网站标识码：3301990012　澈ICP备2020011804号　澈公网安备 33019902000325号
        建议使用1920×1080分辨率、Chrome浏览器浏览本站
        """

    /// A city bureau's 2026年工作要点 as an article of the bureau's account on a news-feed self-media platform (今朝资讯):
    /// the platform's row with 下载App, the article's title (the plan's title), the account/date/发布于 line with ＋关注 and
    /// an 原创 · 首发 line; the introduction, 一、主要目标 as one paragraph (全市 at the head running past a "；" with a
    /// 分别 list of two names with their baselines and the year written, 城区 at the head of the next sentence with a
    /// 分别 pair and 以内, a 全市 sentence whose 其中 part gives two places with 分别为), 二、重点工作 with （一）…（四）
    /// titles over items numbered straight through "1." … "9." (owner brackets "（牵头处室：…）" with no deadline — one
    /// naming two offices — and "（牵头处室：A；配合处室：B）" after a deadline whose subject is two schools, a count
    /// change beside its value, a 分别 list of two stages with baselines and no year, 力争达到, 保持在…以上, a verb before
    /// two counts with 全市 at the head, "由…牵头，month底前…"), a five-line 投票 block (its options carry percentages)
    /// between （二） and （三）, 三、保障措施 with two lead phrases (全市, a count of 专项督导 held), the bureau's
    /// signature and date; a 专栏 line, a 免责声明, the counters, 评论 with two comments and the author's reply ("name　IP
    /// 属地", text, "date　回复　👍 N"), a 查看全部 line, 相关推荐 with three titles and a download line below.
    static let cityKeyPointsAsNewsFeedSelfMediaArticle = """
        今朝资讯　首页　视频　热榜　本地　｜　下载App
        樾城市教育局2026年工作要点
        樾城教育发布　｜　2026-03-05 17:42　｜　发布于澈川　｜　＋关注
        本文由樾城教育发布原创 · 首发今朝资讯
        2026年是“十五五”开局之年。全市教育系统将坚持以人民为中心的发展思想，聚焦“学在樾城”品牌建设，加快推进教育现代化，努力办好人民满意的教育。
        一、主要目标
        全市学前三年毛入园率、普惠性幼儿园覆盖率分别由2025年的93.5%、91%提高到95%、93%，义务教育巩固率保持在99.6%以上；高中阶段毛入学率达到97%。城区小学、初中平均班额分别控制在42人、48人以内。全市新增公办学位1.2万个，其中榉湖区、楸原县新增公办学位分别为4200个、2600个。
        二、重点工作
        （一）促进学前教育普及普惠
        1.扩大普惠资源。新建、改扩建公办幼儿园15所，新增普惠性学位6000个。（牵头处室：基础教育处）
        2.提升保教质量。开展幼儿园保教质量评估，省级示范幼儿园达到28所，较上年增加3所。
        （二）推进义务教育优质均衡
        3.优化学校布局。新建、改扩建中小学12所。8月底前樾城市第七中学、樾城市实验小学东校区建成投用。（牵头处室：发展规划处；配合处室：计划财务处）
        4.深化集团化办学。义务教育阶段集团化办学覆盖率达到80%，新组建紧密型教育集团10个。
        5.深入实施“双减”。义务教育学校作业公示率达到100%，小学、初中课后服务学生参与率分别由88%、82%提高到95%、90%。（牵头处室：基础教育处、校外教育培训监管处）
        📊 投票｜2026年，你最关注哪项教育工作？
        A. 新建学校扩充学位　46%
        B. 课后服务提质增效　31%
        C. 教师交流轮岗　23%
        已有 2,381 人参与　·　投票已截止
        （三）推动高中和职业教育特色发展
        6.推进普通高中多样化发展。创建省级特色示范高中2所，普通高中本科上线率力争达到68%。
        7.提升职业教育质量。中职学校“双师型”教师比例达到65%以上，中职毕业生升学就业率保持在96%以上。6月底前出台《樾城市中等职业学校专业设置动态调整办法》。（牵头处室：职业教育与成人教育处）
        （四）建设高素质专业化教师队伍
        8.加强师德师风建设。深入开展师德师风建设年活动，教师师德考核合格率达到100%。
        9.提升教师专业能力。全市培训教师2.5万人次，新增省级骨干教师30名、市级骨干教师200名。由人事处牵头，9月底前完成中小学教师职称评审。
        三、保障措施
        （一）强化经费投入。全市教育经费投入不低于68亿元，确保一般公共预算教育支出只增不减。
        （二）强化督导考核。将本要点落实情况纳入对县（市、区）政府履行教育职责评价，每半年开展1次专项督导。
        樾城市教育局
        2026年3月2日
        本文收录于专栏「樾城教育·政策速递」（共58篇）＞
        免责声明：本文由作者发布，不代表今朝资讯观点。如有问题请联系平台处理。
        👍 点赞 312　　⭐ 收藏 96　　↗ 转发 140
        评论 26　　最热 ｜ 最新
        教育关注者小林　IP属地：澈川
        课后服务能不能再延长半小时？双职工家庭太需要了。
        3月5日 18:06　回复　👍 57
        樾城教育发布（作者）回复 教育关注者小林：您的建议已转相关处室研究，感谢关注！
        3月6日 09:12　👍 12
        榉湖一线教师　IP属地：澈川
        交流轮岗比例有具体安排吗？
        3月5日 20:31　回复　👍 8
        查看全部 26 条评论 ›
        相关推荐
        樾城市2026年中考政策解读来了　樾城教育发布　1.3万阅读
        重磅！樾城7所新学校今年秋季开学　樾城日报　2.6万阅读
        2026年樾城市义务教育招生入学问答　樾城教育发布　8,412阅读
        下载今朝资讯App，本地资讯早知道
        """

    /// A township 中心学校's 2025年工作总结和2026年工作计划 on its site in the county's 校园网站群 (枞口镇中心学校 · 书香校
    /// 园): the 站群 row, the site's name with its motto, a 设为首页/加入收藏/手机版/校长信箱 row, the menu, a "📌 置顶：…"
    /// line and a "»" breadcrumb above the title and a 发布人/发布日期/浏览/字号 line under it; the introduction with
    /// stock counts, 一、2025年工作总结 with （一）…（四） lead phrases (全镇 at the head running past a "；", a point
    /// rise beside its value, a rank "在全县排名第5位", a count of works done inside a phrase, counts of 排查 and 演练
    /// held), 二、存在的不足 with a 一是…三是 line, 三、2026年工作计划 over （一）工作目标 (全镇 at the head past a "；",
    /// 力争达到, 不低于) and （二）主要措施 over "1.title" lines over "（1）lead。body" items (owner brackets "（责任人：…）"
    /// after a deadline whose subject follows it, after deadlines and after "年内完成…", per-person requirements, counts
    /// of 视导 and 质量分析会 held), the school's signature and date; a 【投票调查】 with its options row, 相关附件：无,
    /// 较新一篇/较旧一篇, a 友情链接 selector, a 访问统计 line and two footer lines below.
    static let townshipSchoolSummaryAndPlanOnSchoolSiteInCountySiteGroup = """
        枞山县中小学校园网站群　｜　返回站群首页　｜　县教育局网站
        枞口镇中心学校 · 书香校园
        设为首页　｜　加入收藏　｜　手机版　｜　校长信箱
        首页　学校概况　校务公开　党建工作　教育教学　德育之窗　安全教育　联系我们
        📌 置顶：2026年寒假自1月24日开始，2月25日学生返校报到，请家长做好假期安全看护。
        您当前的位置：首页 » 校务公开 » 计划总结
        枞山县枞口镇中心学校2025年工作总结和2026年工作计划
        发布人：校办　｜　发布日期：2026-01-12　｜　浏览：428次　｜　字号：大 中 小
        2025年，在县教育局的正确领导下，我校坚持立德树人根本任务，团结带领全镇教职工攻坚克难，各项工作取得新进展。全镇现有小学5所、初级中学1所，在校学生2184名，教职工196名。现将有关情况总结如下。
        一、2025年工作总结
        （一）办学条件持续改善。投入资金860万元，完成中心小学教学楼改造和3所村小运动场建设，新增计算机教室2间。
        （二）教育质量稳步提升。全镇小学毕业年级学业质量监测合格率达到93.6%，较上年提高2.1个百分点；初中学业水平考试全科合格率达到71%，在全县排名第5位。
        （三）教师队伍不断优化。补充新教师14名，组织教师参加各级培训1860人次，新增县级骨干教师3名。
        （四）安全稳定工作扎实。全年开展安全隐患排查12次，组织应急疏散演练8次，未发生校园安全责任事故。
        二、存在的不足
        一是村小和教学点师资结构不够合理；二是初中教学质量与县城学校仍有差距；三是部分学校功能室使用效率不高。
        三、2026年工作计划
        （一）工作目标
        全镇义务教育巩固率保持100%，小学毕业年级学业质量监测合格率达到95%以上，初中学业水平考试全科合格率力争达到75%；学生体质健康测试合格率不低于93%。
        （二）主要措施
        1.改善办学条件
        （1）实施校舍改造。投入资金520万元，推进村小厕所和围墙改造。8月底前枞口镇中心小学食堂建成投用。（责任人：分管后勤副校长）
        （2）推进智慧校园建设。新增智慧黑板24块，教师信息技术应用能力达标率达到100%。
        2.提升教育质量
        （1）深化课堂改革。推行“先学后教、当堂训练”课堂模式，每名教师每学期上公开课不少于1节。
        （2）加强教学视导。中心校每学期对各校开展教学视导2轮，期末组织教学质量分析会1次。
        （3）抓好毕业班工作。加强初三年级复习备考指导，5月底前完成初三中考备考研讨。（责任人：初中教导主任）
        3.加强教师队伍建设
        （1）开展校本培训。每名教师年度培训不少于72学时，新结对青蓝师徒10对。
        （2）推进村小教师交流。年内完成中心小学与村小教师交流轮岗，交流比例不低于15%。（责任人：人事专干）
        4.守牢安全底线
        （1）强化安全排查。每月开展1次安全隐患排查，12月底前完成全镇学校消防设施更新。（责任人：安全办主任）
        （2）加强安全教育。开展防溺水、交通安全等专题教育，学生安全知识知晓率达到98%以上。
        枞山县枞口镇中心学校
        2026年1月9日
        【投票调查】您对学校2025年工作满意吗？
        ○ 非常满意　○ 满意　○ 一般　　［投票］　［查看结果］
        相关附件：无
        ← 较新一篇：枞口镇中心学校2026年寒假安全教育告家长书
        → 较旧一篇：枞口镇中心学校召开2025年秋季学期期末工作会议
        友情链接：［请选择 ▼］
        访问统计：今日 37　｜　累计 216,540
        枞山县枞口镇中心学校版权所有　地址：枞山县枞口镇兴学路8号　邮编：000617
        技术支持：枞山县电化教育站　｜　站群管理：枞山县教育局
        """

    /// A county 教育督导室's 2026年教育督导工作计划 as the city's reviewer sees it in the city's 教育督导信息报送平台 (报送
    /// 详情 view): the platform's name, a 欢迎您/待审/退出 row, the menu, 当前位置, the 报送单位/报送类型/所属年度, 报送人/联系
    /// 电话/报送时间 and 审核状态/审核人/审核时间 lines, an 审核意见 with its own "7月10日前" and the 【正文内容】 label above;
    /// the plan as submitted: title, introduction, 一、工作目标 as one paragraph (全县 at the head past a "；", a baseline
    /// with its year, 力争达到 in a sentence with no scope), 二、重点任务 with （一）…（四） titles over "N.lead。body" items
    /// with no owner and no deadline (a count of towns inside a phrase, 年度, a per-person requirement in 次, counts of
    /// 专项督导, 督导通报 and 培训班 held, 全县 at the head with a 其中 part), 三、保障措施 with two lead phrases (a count of
    /// 督导委员会全体会议 held), the office's signature and date, the "附件" label, the 任务清单's title and its rows copied as
    /// tab-separated rows (序号/工作任务/责任单位/完成时限; two rows naming two units, one "每月", one due in 2027); below them
    /// the platform's 【附件】 with a 📎 .xlsx line, 【操作记录】 with four lines (one 退回修改 naming 完成时限), a button row
    /// and the platform's footer.
    static let countyEducationSupervisionPlanInCityReportingPlatform = """
        樾城市教育督导信息报送平台
        欢迎您，市督导办 何俊　｜　🔔 待审（3）　｜　退出
        首页　｜　报送管理　｜　审核管理　｜　统计分析　｜　通知公告　｜　系统设置
        当前位置：报送管理 › 年度计划 › 报送详情
        报送单位：樗山县人民政府教育督导室　　报送类型：年度工作计划　　所属年度：2026
        报送人：周敏　　联系电话：0000-7723106　　报送时间：2026-02-11 16:18
        审核状态：✔ 已通过　　审核人：何俊　　审核时间：2026-02-12 09:05
        审核意见：计划要素齐全，任务清单明确，同意备案。请于7月10日前报送半年工作进展。
        【正文内容】
        樗山县2026年教育督导工作计划
        2026年，县人民政府教育督导室将坚持督政、督学、评估监测“三位一体”，聚焦义务教育优质均衡发展等重点任务，充分发挥教育督导“指挥棒”作用，推动全县教育高质量发展。
        一、工作目标
        全县中小学幼儿园责任督学挂牌督导覆盖率保持100%，督导问题整改率达到95%以上；义务教育优质均衡发展督导评估指标达标率由2025年的86%提高到92%。幼儿园办园行为督导评估合格率力争达到98%。
        二、重点任务
        （一）强化对政府履行教育职责的督导
        1.开展乡镇履职评价。对全县12个乡镇人民政府履行教育职责情况开展评价，评价结果纳入乡镇年度综合考核。
        2.做好县级迎检工作。认真开展县级政府履行教育职责自评，做好市级实地督导评价迎检准备。
        （二）深化学校督导评估
        1.实施办学质量评价。按照“一校一报告”要求开展中小学办学质量督导评价，年度评价学校覆盖率不低于35%。
        2.加强幼儿园督导。开展幼儿园办园行为督导评估，普惠性幼儿园年检合格率达到100%。
        （三）加强经常性督导
        1.落实挂牌督导。每名责任督学每月到校督导不少于2次，督导记录规范率达到100%。
        2.开展专项督导。围绕校园安全、“双减”、课后服务等开展专项督导4项，每季度开展1次督导通报。
        （四）加强督导队伍建设
        1.配齐督学队伍。全县专兼职督学达到60名，其中专职督学不少于8名。
        2.提升督学能力。每名督学年度培训不少于40学时，举办督学能力提升培训班2期。
        三、保障措施
        （一）健全工作机制。每半年召开1次县教育督导委员会全体会议，研究解决督导工作重大问题。
        （二）强化结果运用。将督导结果作为对学校考核、校长任免和评优评先的重要依据。
        樗山县人民政府教育督导室
        2026年2月9日
        附件
        樗山县2026年教育督导重点工作任务清单
        序号\t工作任务\t责任单位\t完成时限
        1\t完成督学聘任和业务培训\t县教育局人事股\t2026年5月底前
        2\t开展幼儿园办园行为督导评估\t县教育局学前教育股、县政府教育督导室\t2026年6月底前
        3\t开展义务教育优质均衡发展督导评估\t县政府教育督导室\t2026年9月底前
        4\t完成县级政府履行教育职责自评报告\t县政府教育督导室、县教育局\t2026年10月底前
        5\t开展乡镇人民政府履行教育职责评价\t县政府教育督导室\t2026年11月底前
        6\t开展中小学责任督学挂牌督导\t各责任督学\t每月
        7\t发布2026年度县教育督导报告\t县政府教育督导室\t2027年1月底前
        【附件】
        📎 樗山县2026年教育督导重点工作任务清单.xlsx（21KB）　［在线查看］　［下载］
        【操作记录】
        2026-02-10 15:22　周敏　提交报送
        2026-02-11 10:40　何俊　退回修改（请补充任务清单的责任单位和完成时限）
        2026-02-11 16:18　周敏　修改后重新提交
        2026-02-12 09:05　何俊　审核通过
        ［打印］　［导出PDF］　［返回列表］
        樾城市教育督导信息报送平台　｜　建议使用Chrome浏览器　｜　运维电话：0000-8816330
        """

    static let expected: [ExpectedPlan] = [
        ExpectedPlan(
            name: "primary school 教学 term plan with a 周次安排 week table on a 范文 aggregator with a 单页显示 line, a 温馨提醒 inside and a 打赏 line",
            text: BlindFixtures19.primarySchoolTeachingTermPlanWithWeekTableOnEssayAggregator,
            headings: [
                (0, "一、工作目标"), (1, "1.学生学业质量监测合格率达到96%以上，优秀率达到45%"),
                (1, "2.学生体质健康测试合格率保持在95%以上，学生近视率较上年下降1个百分点"),
                (1, "3.低、中、高年级学生每学期课外阅读量分别不少于10万字、30万字、50万字"), (0, "二、主要工作"),
                (1, "（一）强化教学常规管理"), (2, "1.规范备课上课"), (2, "2.优化作业管理"), (2, "3.开展常规检查"),
                (1, "（二）深化课堂教学改革"), (2, "1.推进大单元教学"), (2, "2.开展课堂展评"),
                (1, "（三）加强教研与教师培养"), (2, "1.落实校本教研"), (2, "2.实施青蓝工程"),
                (1, "（四）做好质量监测与毕业班工作"), (2, "1.开展质量监测"), (2, "2.抓好毕业班复习"), (0, "三、周次安排"),
                (0, "四、保障措施"), (1, "（一）健全管理机制"), (1, "（二）强化考核激励"),
            ],
            indicators: [
                "学生学业质量监测合格率 ge 96% 2026 -", "优秀率 eq 45% 2026 -", "学生体质健康测试合格率 ge 95% 2026 -",
                "学生近视率 eq 1个百分点 2026 -", "低年级学生每学期课外阅读量 ge 10万字 2026 -",
                "中年级学生每学期课外阅读量 ge 30万字 2026 -", "高年级学生每学期课外阅读量 ge 50万字 2026 -",
                "每名教师每学期听课 ge 20节 2026 -", "行政人员听课 ge 30节 2026 -",
                "三至六年级书面作业平均完成时间 le 60分钟 2026 -", "作业公示率 eq 100% 2026 -",
                "每个学科组每学期完成大单元教学设计 ge 2个 2026 -", "35周岁以下青年教师参赛率 eq 100% 2026 -",
                "每名教师每学期撰写教学反思 ge 10篇 2026 -", "新结对师徒 eq 12对 2026 -",
                "青年教师汇报课达标率 eq 100% 2026 -", "六年级学业质量监测合格率 eq 98% 2026 -",
            ],
            notIndicators: ["36个", "1682名", "97名", "1次", "35周岁", "2次"],
            tasks: [
                ("规范备课上课", "教导主任", nil),
                ("修订《椴溪县实验小学作业管理办法》", "教导主任", "2026-03"),
                ("完成校级优质课评选", "教科室", "2026-04"),
                ("落实校本教研", "教科室主任", nil),
                ("制定毕业班复习备考方案", "六年级组长", "2026-04"),
                ("开学教学常规检查", "教导处", "2026-02"),
                ("学生课外阅读启动", "教导处", "2026-03"),
                ("大单元教学设计研讨", "教科室", "2026-03"),
                ("青年教师优质课比赛", "教科室", "2026-04"),
                ("期中质量检测及分析", "教导处", "2026-04"),
                ("“一课三研”展示活动", "教科室", "2026-05"),
                ("六年级复习备考研讨", "六年级组", "2026-06"),
                ("学生课外阅读成果展示", "语文教研组", "2026-06"),
                ("期末质量检测", "教导处", "2026-07"),
            ],
            noise: [
                "麦田范文社 — 好范文，一起分享", "首页 · 计划 · 总结 · 方案 · 心得 · 演讲稿 · 教案 · 登录",
                "麦田范文社 › 工作计划 › 学校工作计划", "📖 本文已合并为单页显示　｜　返回分页阅读",
                "作者：稻香小编　·　2026-02-22　·　字数 2,847　·　阅读 3,106",
                "⚠ 温馨提醒：本文为网友投稿，仅供学习参考，请结合本校实际修改使用。",
                "📎 附件：本学期周次安排表.xls（登录后可下载）", "🎁 觉得有用？打赏作者　￥1　￥3　￥5",
                "🏷 收录于专辑：《2026春季学期学校计划合集》（共36篇）", "📋 复制全文需登录　｜　⬇ 导出Word　｜　⚑ 纠错",
                "上一篇 ‹ 小学语文教研组2026年春季工作计划", "下一篇 › 2026年春季学期少先队工作计划", "同专辑文章",
                "实验小学2026年春季学期德育工作计划", "2026年春季学期小学数学教研组工作计划", "小学2026年春季学期教学工作总结模板",
                "关于我们 · 投稿须知 · 版权说明 · 联系我们",
                "Copyright © 2019-2026 麦田范文社 maitian.example.com　澈ICP备2024011862号",
            ]),
        ExpectedPlan(
            name: "county 体育美育 三年行动方案 in a document viewer's 文本模式 with a 认证教师 badge, a recognition note on every page and a 文档转换 row",
            text: BlindFixtures19.countySportsAndArtsThreeYearPlanInViewerTextMode,
            headings: [
                (0, "一、总体目标"), (1, "（一）体育目标"), (1, "（二）美育目标"), (1, "（三）条件目标"), (0, "二、重点任务"),
                (1, "（一）开齐开足体育美育课程"), (2, "1.落实课程计划"), (2, "2.深化教学改革"),
                (1, "（二）丰富课余训练和竞赛活动"), (2, "1.广泛开展阳光体育活动"), (2, "2.完善竞赛体系"),
                (1, "（三）提升学生艺术素养"), (2, "1.推进“一校一品”"), (2, "2.办好艺术展演"),
                (1, "（四）加强师资和场地建设"), (2, "1.配齐配强教师"), (2, "2.改善场地设施"), (0, "三、保障措施"),
                (1, "（一）加强组织领导"), (1, "（二）强化经费保障"), (1, "（三）严格督导评价"),
            ],
            indicators: [
                "学生体质健康达标率 ge 95% 2028 全县", "优良率 eq 60% 2028 全县 from 51.2@2025",
                "学生每天校内外体育活动时间 ge 2小时 2028 全县", "中小学艺术社团学生参与率 eq 80% 2027 -",
                "每名学生掌握艺术特长 ge 1-2项 2027 -", "中小学艺术教师配备率 eq 100% 2028 全县",
                "体育场地设施达标学校比例 eq 95% 2028 - from 82@2025", "累计投入体育美育设施经费 ge 4500万元 2028 -",
                "小学每周体育课 ge 4节 2028 -", "初中每周体育课 ge 3节 2028 -", "每名学生熟练掌握运动技能 ge 1-2项 2028 -",
                "每所中小学组建体育社团 ge 5个 2028 -", "县级联赛学校参与率 ge 90% 2028 -",
                "每所中小学建设艺术特色项目 ge 1个 2028 -", "县级艺术特色学校 eq 30所 2027 -",
                "学生艺术展演参与率 ge 60% 2028 -", "补充体育、艺术教师 approx 150名 2028 -", "音乐教师 ge 40名 2028 -",
                "新建、改扩建塑胶运动场 eq 12片 2028 -", "每年安排体育美育专项经费 ge 800万元 2028 -",
            ],
            notIndicators: ["86所", "5.4万人", "612名", "438名", "1次", "12届", "1届", "2次"],
            tasks: [
                ("实现全县中小学体育美育课程表公示全覆盖", "县教育局体卫艺股", "2026-09"),
                ("完成县级体育美育优质课例评选", nil, "2026"),
                ("完善竞赛体系", "县教育局", nil),
                ("建成县青少年艺术活动中心", "县文化和旅游局", "2027-06"),
                ("实现乡镇中心学校标准化运动场全覆盖", "县教育局、县财政局", "2028-06"),
            ],
            noise: [
                "知源文库", "首页　文档　专题　会员中心　｜　上传文档赚收益　｜　登录 / 注册", "［ 搜索文档、作者、标签 ］　🔍",
                "文档 › 行业资料 › 教育 › 工作方案", "【完整版】楸原县中小学体育美育提质三年行动方案（2026—2028年）",
                "★★★★☆ 4.6分　｜　共4页　｜　阅读 896　｜　下载 37　｜　2026-05-07 上传",
                "上传用户：体育老王　🏅 认证教师　［＋关注］", "预览模式：原格式　｜　▶ 文本模式",
                "（以下为文档文本，图片、表格以原文档为准）", "本页文字由系统识别生成，仅供预览参考",
                "本页文字由系统识别生成，仅供预览参考", "本页文字由系统识别生成，仅供预览参考",
                "本页文字由系统识别生成，仅供预览参考", "✓ 已阅读至文末", "⬇ 下载本文档　需 5 金币（会员免费）",
                "🔖 收藏　　👍 点赞 23　　⚠ 举报", "文档转换：PDF转Word　｜　Word转PDF　｜　图片转文字", "你可能还需要",
                "中小学体育美育工作实施方案范本.docx", "2026年学校美育工作计划.docx", "学生体质健康提升行动方案.pdf",
                "知源文库 ｜ 用户协议 ｜ 隐私政策 ｜ 侵权投诉", "© 2026 知源文库 zhiyuan.example.com　澈ICP备2025003391号-1",
            ]),
        ExpectedPlan(
            name: "district 特殊教育 工作方案 under its joint notice on the district portal with a 文件属性 line, an OFD download line and a 政策计算器 widget inside",
            text: BlindFixtures19.districtSpecialEducationPlanUnderJointNoticeOnGovernmentPortal,
            headings: [
                (0, "一、工作目标"), (0, "二、主要任务"), (1, "（一）扩大特殊教育资源"), (2, "1.推进资源教室建设"),
                (2, "2.发展学前和高中段特殊教育"), (1, "（二）提升教育教学质量"), (2, "1.全面落实课程标准"),
                (2, "2.规范送教上门"), (1, "（三）加强特殊教育教师队伍建设"), (2, "1.配齐专业教师"), (2, "2.强化专业培训"),
                (1, "（四）完善保障机制"), (2, "1.落实经费保障"), (2, "2.健全资助体系"), (0, "三、工作要求"),
                (1, "（一）加强统筹协调"), (1, "（二）强化督导检查"),
            ],
            indicators: [
                "适龄残疾儿童少年义务教育入学率 ge 98% 2026 全区", "残疾儿童学前三年入园率 eq 85% 2026 全区 from 78@2025",
                "普通学校随班就读资源教室覆盖率 eq 100% 2026 城区", "特殊教育学校高中段招生规模 eq 60人 2026 -",
                "新建资源教室 eq 8间 2026 -", "随班就读学生5人以上的普通学校资源教室建设率 eq 100% 2026 -",
                "新增学前特教学位 eq 30个 2026 -", "特殊教育学校国家课程开设率 eq 100% 2026 -",
                "残疾学生个别化教育计划制定率 eq 100% 2026 -", "送教上门服务覆盖率 eq 100% 2026 -",
                "每名送教教师每学期送教 ge 30课时 2026 -", "特殊教育专任教师特教专业背景比例 ge 80% 2026 -",
                "补充特殊教育专业教师 eq 6名 2026 -", "每名特殊教育教师每年参加专业培训 ge 60学时 2026 -",
                "特殊教育学校生均公用经费 ge 7000元 2026 -", "残疾学生资助覆盖率 eq 100% 2026 -",
            ],
            notIndicators: ["7号", "1所", "437名", "268名", "72名", "5人", "1次"],
            tasks: [
                ("推进资源教室建设", "区教育局基础教育科", nil),
                ("区特殊教育学校职业高中部开班招生", "区教育局、区残联", "2026-09"),
                ("完成送教上门学生评估建档", "区特殊教育指导中心", "2026-05"),
                ("建立残疾学生资助信息动态更新机制", "区教育局学生资助中心、区残联", "2026-07"),
            ],
            noise: [
                "榉湖区人民政府门户网站", "政务新媒体：微信 ｜ 微博 ｜ 抖音 ｜ 视频号　　🔊 读屏　｜　长者模式",
                "首页 ｜ 走进榉湖 ｜ 政务公开 ｜ 办事服务 ｜ 政民互动 ｜ 数据开放", "🔍 请输入您要找的政策、服务　［搜索］",
                "政府信息公开 ＞ 法定主动公开内容 ＞ 部门文件 ＞ 区教育局",
                "【文件属性】成文日期：2026-04-10　｜　发布日期：2026-04-14　｜　有效性：有效　｜　发文字号：榉教发〔2026〕7号",
                "📄 下载正文：OFD版　｜　PDF版", "🤖 政策计算器：输入孩子情况，看看能享受哪些资助 ›",
                "【政策图解】一图读懂《榉湖区2026年特殊教育提质工作方案》",
                "【我要评价】　非常满意　｜　满意　｜　基本满意　｜　不满意", "分享：微信　微博　QQ　｜　［打印本页］　［关闭窗口］",
                "上一篇：榉湖区教育局关于2026年义务教育阶段学校招生工作的通知",
                "下一篇：榉湖区教育局关于公布2025年度区级优秀班主任名单的公告",
                "榉湖区人民政府办公室主办　｜　榉湖区大数据服务中心运维",
                "网站标识码：3301990012　澈ICP备2020011804号　澈公网安备 33019902000325号",
                "建议使用1920×1080分辨率、Chrome浏览器浏览本站",
            ]),
        ExpectedPlan(
            name: "city 工作要点 as a news-feed self-media article with a 投票 block inside, IP属地 comments and 相关推荐",
            text: BlindFixtures19.cityKeyPointsAsNewsFeedSelfMediaArticle,
            headings: [
                (0, "一、主要目标"), (0, "二、重点工作"), (1, "（一）促进学前教育普及普惠"), (2, "1.扩大普惠资源"),
                (2, "2.提升保教质量"), (1, "（二）推进义务教育优质均衡"), (2, "3.优化学校布局"), (2, "4.深化集团化办学"),
                (2, "5.深入实施“双减”"), (1, "（三）推动高中和职业教育特色发展"), (2, "6.推进普通高中多样化发展"),
                (2, "7.提升职业教育质量"), (1, "（四）建设高素质专业化教师队伍"), (2, "8.加强师德师风建设"),
                (2, "9.提升教师专业能力"), (0, "三、保障措施"), (1, "（一）强化经费投入"), (1, "（二）强化督导考核"),
            ],
            indicators: [
                "学前三年毛入园率 eq 95% 2026 全市 from 93.5@2025", "普惠性幼儿园覆盖率 eq 93% 2026 全市 from 91@2025",
                "义务教育巩固率 ge 99.6% 2026 全市", "高中阶段毛入学率 eq 97% 2026 全市", "小学平均班额 le 42人 2026 城区",
                "初中平均班额 le 48人 2026 城区", "新增公办学位 eq 1.2万个 2026 全市", "新增公办学位 eq 4200个 2026 榉湖区",
                "新增公办学位 eq 2600个 2026 楸原县", "新建、改扩建公办幼儿园 eq 15所 2026 -",
                "新增普惠性学位 eq 6000个 2026 -", "省级示范幼儿园 eq 28所 2026 -", "新建、改扩建中小学 eq 12所 2026 -",
                "义务教育阶段集团化办学覆盖率 eq 80% 2026 -", "新组建紧密型教育集团 eq 10个 2026 -",
                "义务教育学校作业公示率 eq 100% 2026 -", "小学课后服务学生参与率 eq 95% 2026 - from 88",
                "初中课后服务学生参与率 eq 90% 2026 - from 82", "创建省级特色示范高中 eq 2所 2026 -",
                "普通高中本科上线率 eq 68% 2026 -", "中职学校“双师型”教师比例 ge 65% 2026 -",
                "中职毕业生升学就业率 ge 96% 2026 -", "教师师德考核合格率 eq 100% 2026 -", "培训教师 eq 2.5万人次 2026 全市",
                "新增省级骨干教师 eq 30名 2026 全市", "市级骨干教师 eq 200名 2026 全市", "教育经费投入 ge 68亿元 2026 全市",
            ],
            notIndicators: ["3所", "1次"],
            tasks: [
                ("扩大普惠资源", "基础教育处", nil),
                ("樾城市第七中学、樾城市实验小学东校区建成投用", "发展规划处", "2026-08"),
                ("深入实施“双减”", "基础教育处、校外教育培训监管处", nil),
                ("出台《樾城市中等职业学校专业设置动态调整办法》", "职业教育与成人教育处", "2026-06"),
                ("完成中小学教师职称评审", "人事处", "2026-09"),
            ],
            noise: [
                "今朝资讯　首页　视频　热榜　本地　｜　下载App", "樾城教育发布　｜　2026-03-05 17:42　｜　发布于澈川　｜　＋关注",
                "本文由樾城教育发布原创 · 首发今朝资讯", "📊 投票｜2026年，你最关注哪项教育工作？", "A. 新建学校扩充学位　46%",
                "B. 课后服务提质增效　31%", "C. 教师交流轮岗　23%", "已有 2,381 人参与　·　投票已截止",
                "本文收录于专栏「樾城教育·政策速递」（共58篇）＞", "免责声明：本文由作者发布，不代表今朝资讯观点。如有问题请联系平台处理。",
                "👍 点赞 312　　⭐ 收藏 96　　↗ 转发 140", "评论 26　　最热 ｜ 最新", "教育关注者小林　IP属地：澈川",
                "课后服务能不能再延长半小时？双职工家庭太需要了。", "3月5日 18:06　回复　👍 57",
                "樾城教育发布（作者）回复 教育关注者小林：您的建议已转相关处室研究，感谢关注！", "3月6日 09:12　👍 12",
                "榉湖一线教师　IP属地：澈川", "交流轮岗比例有具体安排吗？", "3月5日 20:31　回复　👍 8", "查看全部 26 条评论 ›",
                "相关推荐", "樾城市2026年中考政策解读来了　樾城教育发布　1.3万阅读", "重磅！樾城7所新学校今年秋季开学　樾城日报　2.6万阅读",
                "2026年樾城市义务教育招生入学问答　樾城教育发布　8,412阅读", "下载今朝资讯App，本地资讯早知道",
            ]),
        ExpectedPlan(
            name: "township 中心学校 工作总结和工作计划 on its site in a county 校园网站群 with a 置顶 line, a 投票调查 and a 访问统计 line",
            text: BlindFixtures19.townshipSchoolSummaryAndPlanOnSchoolSiteInCountySiteGroup,
            headings: [
                (0, "一、2025年工作总结"), (1, "（一）办学条件持续改善"), (1, "（二）教育质量稳步提升"),
                (1, "（三）教师队伍不断优化"), (1, "（四）安全稳定工作扎实"), (0, "二、存在的不足"), (0, "三、2026年工作计划"),
                (1, "（一）工作目标"), (1, "（二）主要措施"), (2, "1.改善办学条件"), (3, "（1）实施校舍改造"),
                (3, "（2）推进智慧校园建设"), (2, "2.提升教育质量"), (3, "（1）深化课堂改革"), (3, "（2）加强教学视导"),
                (3, "（3）抓好毕业班工作"), (2, "3.加强教师队伍建设"), (3, "（1）开展校本培训"), (3, "（2）推进村小教师交流"),
                (2, "4.守牢安全底线"), (3, "（1）强化安全排查"), (3, "（2）加强安全教育"),
            ],
            indicators: [
                "投入资金 eq 860万元 2025 -", "新增计算机教室 eq 2间 2025 -",
                "小学毕业年级学业质量监测合格率 eq 93.6% 2025 全镇", "初中学业水平考试全科合格率 eq 71% 2025 全镇",
                "补充新教师 eq 14名 2025 -", "组织教师参加各级培训 eq 1860人次 2025 -", "新增县级骨干教师 eq 3名 2025 -",
                "义务教育巩固率 eq 100% 2026 全镇", "小学毕业年级学业质量监测合格率 ge 95% 2026 全镇",
                "初中学业水平考试全科合格率 eq 75% 2026 全镇", "学生体质健康测试合格率 ge 93% 2026 全镇",
                "投入资金 eq 520万元 2026 -", "新增智慧黑板 eq 24块 2026 -", "教师信息技术应用能力达标率 eq 100% 2026 -",
                "每名教师每学期上公开课 ge 1节 2026 -", "每名教师年度培训 ge 72学时 2026 -", "新结对青蓝师徒 eq 10对 2026 -",
                "交流比例 ge 15% 2026 -", "学生安全知识知晓率 ge 98% 2026 -",
            ],
            notIndicators: ["5所", "1所", "2184名", "196名", "3所", "2.1个百分点", "5位", "12次", "8次", "2轮", "1次"],
            tasks: [
                ("枞口镇中心小学食堂建成投用", "分管后勤副校长", "2026-08"),
                ("完成初三中考备考研讨", "初中教导主任", "2026-05"),
                ("完成中心小学与村小教师交流轮岗", "人事专干", "2026"),
                ("完成全镇学校消防设施更新", "安全办主任", "2026-12"),
            ],
            noise: [
                "枞山县中小学校园网站群　｜　返回站群首页　｜　县教育局网站", "枞口镇中心学校 · 书香校园",
                "设为首页　｜　加入收藏　｜　手机版　｜　校长信箱", "首页　学校概况　校务公开　党建工作　教育教学　德育之窗　安全教育　联系我们",
                "📌 置顶：2026年寒假自1月24日开始，2月25日学生返校报到，请家长做好假期安全看护。",
                "您当前的位置：首页 » 校务公开 » 计划总结", "发布人：校办　｜　发布日期：2026-01-12　｜　浏览：428次　｜　字号：大 中 小",
                "【投票调查】您对学校2025年工作满意吗？", "○ 非常满意　○ 满意　○ 一般　　［投票］　［查看结果］", "相关附件：无",
                "← 较新一篇：枞口镇中心学校2026年寒假安全教育告家长书", "→ 较旧一篇：枞口镇中心学校召开2025年秋季学期期末工作会议",
                "友情链接：［请选择 ▼］", "访问统计：今日 37　｜　累计 216,540",
                "枞山县枞口镇中心学校版权所有　地址：枞山县枞口镇兴学路8号　邮编：000617",
                "技术支持：枞山县电化教育站　｜　站群管理：枞山县教育局",
            ]),
        ExpectedPlan(
            name: "county 教育督导 plan in the city's 报送 platform with 审核意见, a 任务清单 table and 操作记录 with a 退回修改",
            text: BlindFixtures19.countyEducationSupervisionPlanInCityReportingPlatform,
            headings: [
                (0, "一、工作目标"), (0, "二、重点任务"), (1, "（一）强化对政府履行教育职责的督导"), (2, "1.开展乡镇履职评价"),
                (2, "2.做好县级迎检工作"), (1, "（二）深化学校督导评估"), (2, "1.实施办学质量评价"), (2, "2.加强幼儿园督导"),
                (1, "（三）加强经常性督导"), (2, "1.落实挂牌督导"), (2, "2.开展专项督导"), (1, "（四）加强督导队伍建设"),
                (2, "1.配齐督学队伍"), (2, "2.提升督学能力"), (0, "三、保障措施"), (1, "（一）健全工作机制"),
                (1, "（二）强化结果运用"),
            ],
            indicators: [
                "中小学幼儿园责任督学挂牌督导覆盖率 eq 100% 2026 全县", "督导问题整改率 ge 95% 2026 全县",
                "义务教育优质均衡发展督导评估指标达标率 eq 92% 2026 全县 from 86@2025", "幼儿园办园行为督导评估合格率 eq 98% 2026 -",
                "年度评价学校覆盖率 ge 35% 2026 -", "普惠性幼儿园年检合格率 eq 100% 2026 -",
                "督导记录规范率 eq 100% 2026 -", "专兼职督学 eq 60名 2026 全县",
                "专职督学 ge 8名 2026 全县", "每名督学年度培训 ge 40学时 2026 -",
            ],
            notIndicators: ["12个", "4项", "1次", "2期", "2次"],
            tasks: [
                ("完成督学聘任和业务培训", "县教育局人事股", "2026-05"),
                ("开展幼儿园办园行为督导评估", "县教育局学前教育股", "2026-06"),
                ("开展义务教育优质均衡发展督导评估", "县政府教育督导室", "2026-09"),
                ("完成县级政府履行教育职责自评报告", "县政府教育督导室", "2026-10"),
                ("开展乡镇人民政府履行教育职责评价", "县政府教育督导室", "2026-11"),
                ("开展中小学责任督学挂牌督导", "各责任督学", nil),
                ("发布2026年度县教育督导报告", "县政府教育督导室", "2027-01"),
            ],
            noise: [
                "樾城市教育督导信息报送平台", "欢迎您，市督导办 何俊　｜　🔔 待审（3）　｜　退出",
                "首页　｜　报送管理　｜　审核管理　｜　统计分析　｜　通知公告　｜　系统设置", "当前位置：报送管理 › 年度计划 › 报送详情",
                "报送单位：樗山县人民政府教育督导室　　报送类型：年度工作计划　　所属年度：2026",
                "报送人：周敏　　联系电话：0000-7723106　　报送时间：2026-02-11 16:18",
                "审核状态：✔ 已通过　　审核人：何俊　　审核时间：2026-02-12 09:05",
                "审核意见：计划要素齐全，任务清单明确，同意备案。请于7月10日前报送半年工作进展。", "【正文内容】", "【附件】",
                "📎 樗山县2026年教育督导重点工作任务清单.xlsx（21KB）　［在线查看］　［下载］", "【操作记录】",
                "2026-02-10 15:22　周敏　提交报送", "2026-02-11 10:40　何俊　退回修改（请补充任务清单的责任单位和完成时限）",
                "2026-02-11 16:18　周敏　修改后重新提交", "2026-02-12 09:05　何俊　审核通过", "［打印］　［导出PDF］　［返回列表］",
                "樾城市教育督导信息报送平台　｜　建议使用Chrome浏览器　｜　运维电话：0000-8816330",
            ]),
    ]
}
