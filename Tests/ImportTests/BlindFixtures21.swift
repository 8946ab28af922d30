import Foundation
@testable import PlanImport

/// A twenty-first blind set: six ORDINARY plans of the genre, each as a user's select-all copy of the kind of page county
/// staff most often copy plans from, furniture included above, below and sometimes inside the plan, each site in a tenth
/// design with its own name and wording, different from sets 12 to 20, with furniture kinds those sets did not use, and
/// the plan types spread over the kinds of page otherwise than in sets 19 and 20. Invented content throughout (fictional
/// places 蘅溪县, 蘋原县, 芷州市, 荇山县 and 杜若区, all in an invented 芷川省; invented sites, accounts, users, addresses,
/// codes and numbers; no published sentence copied): a county bureau's 2027年工作要点 with 分别 lists in a WPS cloud
/// document's print preview (the app's title row, a menu row with 打印/导出PDF, a 纸张/方向/页边距 line, a "仅供内部参考 ·
/// N/3" mark at the foot of each page, a 文档信息 line, a print dialog row, the app's slogan); a primary school's 春季学期
/// 德育工作计划 with a 月份工作安排 on a 范文 aggregator (拾穗范文网: a slogan on the name line, a "»" breadcrumb, a 🕘/👤/🔥
/// line, a "🎯 猜你想找" line inside the plan, a 顶/踩 line, a 会员 copy prompt with a price, a 标签 line, «上一篇/»下一篇, a
/// 投稿邮箱 line); a city bureau's 职业教育提质培优工作计划 with a 重点任务分解表 under its notice on the city government's
/// portal (芷州市人民政府: an English name on the name line, a 读屏专用/长者模式 row, a 政策文件库/数据开放 row, a 文章来源/点击
/// line with the size toggles, a "📌 政策图解" line inside the plan, a 纠错 row, a 本页二维码 line, a 相关政策 line, a 主办/运维
/// line); a county's 学前教育普及普惠发展三年行动计划（2026—2028年） reposted on a self-media platform (知行号: a 创作者中心
/// row, the account name, a "date · place · 领域" line, a 🎧 AI朗读 line, a "▲ 图为…" photo caption and a "广告 ·" line inside
/// the plan, an 原创 note, hashtags, counters, a comment and the author's reply, 展开全部, 作者的更多文章, the platform's
/// licence line); a district bureau's 2026年工作总结和2027年工作打算 on a VIP 文库 (星阅文库: a 分类/VIP row, the file name
/// "….doc", a ⭐/页数/阅读 line, a "📑 目录" line, a "📝 划线笔记" line inside the plan, a 下载券 line, a 有帮助/纠错 line, 猜
/// 你喜欢 with two files, a 声明); a middle school's 2027年春季学期安全工作计划 with a 月份安排 on the school's website (蘅溪县
/// 第一中学 · 校园网: a 校长信箱/OA登录 row, the menu, a 📣 滚动 line, a 当前栏目 line, a 撰稿/审核 line, a "🔗 相关新闻" line
/// inside the plan, 【打印此页】【关闭窗口】【返回顶部】, 上一条/下一条, 友情链接, 地址/邮编/电话, Copyright/ICP).
/// Written without reading the importer's sources and without running the importer or any test; syntax checked with
/// `swiftc -parse` only.
/// No stored pages were searched for this set; every site's furniture is reproduced from common knowledge of such pages
/// in invented wording.
/// Set 20's note blocks, copied as written there ("this set" meaning set 11 in "Decided for this set", set 12 to set 19
/// in their "Decided for set N (this set)" blocks and in the first two "Adjusted after the first score" paragraphs, and
/// set 20 in "Decided for set 20 (this set)" and in the third "Adjusted after the first score" paragraph) and followed
/// here too:
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
/// Set 19's note blocks, copied as written there ("this set" meaning set 11 in "Decided for this set", set 12 to set 17
/// in their "Decided for set N (this set)" blocks, set 18 in "Decided for set 18 (this set)" and in the first "Adjusted
/// after the first score" paragraph, and set 19 in "Decided for set 19 (this set)" and in the second "Adjusted after the
/// first score" paragraph) and followed here too:
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
/// Decided for set 20 (this set): counts of 教师信息化教学能力大赛, 网络安全应急演练, 工作推进会, 膳食委员会会议, 园本教研
/// 活动, 说课比赛 (场), 安全隐患排查, 应急疏散演练, 家长会, 课堂教学改革现场会, 安全隐患大排查 (轮), 重点工作调度会, 廉政
/// 警示教育, 课堂教学展评活动, 师德师风专项督查 (轮), 安全隐患排查 (轮), 质量检测, 教学质量分析会, 专题会议, 食品安全专项
/// 检查 (轮) and 联席会议 held are notIndicators like the counts above, and so are a 运动会 held (届) and "每年举办校园科技
/// 节和艺术节各1届" ("1届", the 各 changing nothing), the 文号 (4号, 3号), the stock counts of the introductions (中小学,
/// 智慧校园示范校; 教学班, 在园幼儿, 教职工; 学校, 在校学生, 教职工; 教学班, 在校学生, 专任教师 and 其中县级以上骨干教师;
/// 学校食堂, 就餐师生), the age range in a book's title ("3-6岁", set 18), a count change beside the value it explains ("达到
/// 50所，较上年增加14所" → "14所", set 19) and a rank aimed at in a vision sentence ("进入全县前3名" → "3名", set 17), the
/// sentence giving no task. Comparators and names: "由2025年的86%提升至92%" reads like 由A提高到B ("from 86@2025"), as set
/// 18's 从…提升至; "每学年" is kept like 每学期 ("每名教师每学年听课"); 至少 before the verb with its count after it ("每名
/// 教师每学期至少上1节校级研讨课") is ge with the name read round the value ("每名教师每学期上校级研讨课 ge 1节"), as set
/// 18; a 其中 part naming its own noun ("其中农村学校智慧教室不少于180间", "其中乡村学校教师不少于100名") is named by that
/// noun; "总量" stays in its name ("市级以上优质数字教育资源总量"). Scope: "全市全年安排…" is 全市 with 全年 dropped; a
/// "全县" at the head of a numbered item's body ("4.深化教学改革。全县义务教育学校…") is the scope to the 。, the count held
/// in the same sentence changing nothing; "到2026年底，全县…" (and 全市) in a 年度 plan gives 2026 and the scope past the
/// "；" to the 。 (set 14); 城区 at the head of the next sentence is that sentence's scope only (set 15). Years: the 教学质量
/// 提升三年行动计划 (2026—2028年) is of 2028 except the "到2027年，" sentences (to their 。, the second clause included, set
/// 19); the kindergarten's spring term, the annual plans, the 要点 and the one-year 实施方案 are of 2026. Headings: a month
/// line of a 月工作计划 whose month carries a theme in brackets ("二月（开学月）：…") is no heading and a task keyed by its
/// first clause with no owner, due that month of the plan's year, like set 16's "二月份：" lines; a quarter line with its
/// months in brackets ("第一季度（1—3月）：…") reads as set 17's "第N季度：" line, no heading and a task keyed by its first
/// clause, due the quarter's last month (2026-03, -06, -09, -12); the 要点's items numbered straight through "1." … "12."
/// under （一）…（五） are depth 2 under 二、. Tasks: "（责任股室：A、B）" and "（责任部门：A、B）" lead with the whole list (set
/// 18's Adjusted paragraph), "（牵头股室：A；配合股室：B）", "（牵头科室：A；配合科室：B）" and "（牵头单位：A；配合单位：B）"
/// name A; a deadline after a comma in the middle of a sentence ("作业公示率达到100%，2026年9月底前修订《…》。") is a task
/// keyed by the rest of its clause with the item's owner bracket; the 任务分解表 rows give the tasks of the 实施方案 as set
/// 17's 分解表 (the first unit of a 牵头单位 cell naming two units, "持续推进" no due, "2027年1月底前" → "2027-01"), its body
/// items having no owner and no deadline; "2026年底前建成…" in the 三年行动计划 gives "2026".
/// Furniture: on the aggregator (青简范文阁) the site's name with its slogan, the 📊 stats line, the "/" menu, "当前：…", the
/// 📅/✍/📂/💬 line, the 【AI摘要】 line, the "✍ 范文仿写：…" line between 4. and （三）, the 有用/没用 line, the 下载 row, the 相
/// 关栏目 row, "💬 评论（4）" and the two floors' lines (the "N楼　name　date" line and the text; noise although each floor line
/// begins with a number), "查看全部4条评论 ›", "热门专题" and its two titles, the 客服QQ line and the ©/ICP line are noise; the
/// page title (the plan's title), the bureau's signature and date are kept. On the paid 文库 (墨言文库) the site's name, the
/// 登录 row, the search line, the 所属分类 line, the file name "2026春季学期幼儿园保教工作计划（附月计划）.docx" (not the
/// document's title, which heads the text and is kept), the 文档编号 and 内容提供者 lines, the AI row, the "💡 AI解读：…" line
/// between （二） and （三） of 二、, the "🔓 以下为付费内容，您已购买，可继续阅读全文" line between （三） and （四）, the
/// "📄 已到文档末尾" line, the download line, the 收藏/分享/打印/举报 row, the 文档评价 line, "📂 同系列文档" and its three
/// files, the 本站声明 and the ©/ICP line are noise; the kindergarten's signature and date are kept. On the county portal
/// (蕙山县人民政府) the portal's name, the 移动版 row, the menu, the search line, the "/" path, the 信息来源/公开方式 line and the
/// 发布时间/浏览次数/字号 line under the page heading, the "💡 名词解释：…［收起］" line between 4. and （三）, the 相关解读 row,
/// 【纠错】【收藏】【打印】【关闭】, the 📲 share line, 上一篇/下一篇, the 主办/承办 line, the 标识码/ICP/公网安备 line and the
/// 安全运行 line are noise; the page heading (the notice's title), the 文号, addressees, body, signature, date, "（此件主动公
/// 开）" and the plan's title are kept; the plan has no signature of its own. On the microblog (鹊声) the platform's row,
/// "📰 头条文章", the account line, the date/来自/已编辑 line, the hashtag line, "阅读 1.8万", the "📷 查看图片（3）" line
/// between （一） and （二） of 二、, the 转发/评论/赞 line, the 按热度/按时间 line, every line of the two comments and of the
/// author's reply ("name：text", "date　来自place　回复　赞 N", "account 作者：…", "date　赞 N"), "还有 45 条评论，点击查看 ›",
/// the 相关热搜 line and the platform's footer are noise; the article's title (the plan's title), the school's signature and
/// date are kept. On the district bureau's site (荃湖教育在线) the site's name line (noise although the signature under the
/// 要点, "荃湖区教育局", is kept), the 📢 notice, the search row, the menu, the six sidebar lines ("信息公开", "信息公开指南",
/// "信息公开制度", "规划计划", "统计数据", "依申请公开"; noise although they are short like unnumbered titles), the "→"
/// breadcrumb, the bracketed 发布时间 line, the 字号/护眼模式 line, the "【专题链接】…" line between 5. and （三）, 【TAGS】, the
/// 【收藏】…⬆ 返回顶部 row, 上一篇/下一篇, the 网友留言 line, "📈 本月热门" and its two titles, the 主办/地址/电话 line and the
/// ICP/最后更新 line are noise; the title, signature and date are kept. In the app's 工作通知 (蕙政通) every line of the
/// message is noise — the 工作台 header, the ← row, the 【工作通知】 title, the 发送人 line, the 已读/未读 line, the sender's
/// covering note (whose "3月13日前" is no task of the plan), the 📎 附件 line, "—— 附件预览（双指缩放查看）——", each "┈┈┈┈┈ N /
/// 3 ┈┈┈┈┈" mark at the foot of a page (three, the last under the 印发 line), "—— 已显示全部内容 ——", the 回执 line, "评论
/// （2）", the two comments, "💬 说点什么…" and the footer — while the forwarded document is kept: its 版头 of the two bureaus
/// on one line, the 文号, the notice's title, addressees, body, the two signers on one line, the date, "（此件主动公开）", the
/// plan's title, introduction and body, the "附件：…分解表" line, the "附件" label, the table's title, its header row and its
/// rows (no headings), the "抄送：…" line and the "…办公室　date印发" line, none of the 版记 lines being a task.
/// Adjusted after the first score: two task readings decided before this set are followed rather than this set's notes.
/// A deadline holds for the next action of its sentence when that action opens with a verb of completion (the genre
/// fixtures' "8月底前建成东坪区第六小学，完成青石街道中心幼儿园改扩建", two tasks), so "11月底前建成荃州市教育大数据中心，实现
/// 与省级教育数据平台互联互通。（牵头单位：市教育局信息化办公室）" is two tasks of that owner due 2026-11, "实现与省级教育数据平台
/// 互联互通" added. The actions of a schedule's line apart by "；" are a task each (DocumentShapesTests: "十二月：组织期末复习
/// 研讨；开展家长会。" gives two tasks due that month), so "第一季度（1—3月）：召开全县教育工作会议，部署年度重点工作；完成春季
/// 开学工作检查。" gives "完成春季开学工作检查" due 2026-03 as well as the task keyed by its first clause; the other quarter and
/// month lines, one action each before their "。", stand as read.
/// Decided for set 21 (this set): counts of 保教质量视导 (轮), 课堂教学展评活动, 教育督导委员会全体会议, 班主任例会, 主题班
/// 会 ("每班每周开展主题班会1次"), 职业院校技能大赛 (届), 联席会议, 专题会议, 教学视导 (轮), 教学质量分析会, 应急疏散演练 and
/// 安全隐患排查 held are notIndicators like the counts above, and so are the 文号 (5号), the stock counts of the
/// introductions (中小学幼儿园, 在校学生; 教学班, 学生; 幼儿园, 在园幼儿), a count change beside its value ("较上年增加40
/// 家"), a point change beside its value ("较上年提高2个百分点", set 17) and a distance inside a phrase ("学校周边200米范围内",
/// set 18); a count held is listed once among the notIndicators however often it appears. Readings: three names before a
/// 分别 list of three values at the head of a sentence headed by 全县/全区 give three indicators with that scope
/// ("全县学前三年毛入园率、义务教育巩固率、高中阶段毛入学率分别达到97%、99.6%、96%"), the scope running past the "；" to the 。
/// (set 13); "城区小学、初中平均班额分别控制在40人、45人以内" gives "小学平均班额" and "初中平均班额" le with 城区 (set 18); a
/// second clause after "全市新增紧缺专业点12个，" keeps 全市 to the 。 ("专业与区域产业匹配度"); "其中体育活动时间不少于1小时"
/// is named by its own noun (set 20); "每年认定…3至5所" is "ge 3-5所" keeping 每年 (set 18's 至); "不低于每生每年800元" is
/// "生均补助标准 ge 800元" (set 16); "每名专业教师每年企业实践不少于30天" keeps 每名/每年; "每班每周安全教育不少于1课时" keeps
/// 每班每周; "三年" is dropped and "累计" kept ("累计投入学前教育经费"); a goal clause with no value ("杜绝校园安全责任事故") is no
/// indicator and no task. Years: the 工作要点, the city's 专项 plan and the spring-term plans are of 2027 (the term's calendar
/// year), their month lines "二月：" … "六月：" of 2027; the 三年行动计划（2026—2028年） is of 2028 except its "到2027年，"
/// sentence (2027, to its 。); its "2027年8月底前…建成投用" and "2026年12月底前完成…" keep their written years; the 工作总结
/// 和2027年工作打算 has its 总结 figures of 2026 and its 打算's of 2027, the "较上年" of the 总结 changing nothing.
/// Headings: "三、2027年工作打算" over "（一）主要目标" (a title alone on its line over a paragraph) and "（二）重点工作" over
/// "1.title" lines over "（N）lead。body" items gives depths 0, 1, 2 and 3 (set 18); "一是…；二是…；三是…" under "二、存在的
/// 问题" is no heading. Tasks: an item with an owner bracket and a deadline gives the deadline's task only, an item with an
/// owner bracket and no deadline a task under the item's title; "（责任人：王副校长）" names the person; "（负责部门：A、B）",
/// "（责任单位：A、B）" and "（责任股室：A、B）" lead with the whole list (set 18's Adjusted paragraph); "由…牵头，9月底前…"
/// leads that deadline's task (set 18); a deadline with the subject after it ("10月底前蘅溪县第四小学建成投用") is a task
/// keyed by the rest of the sentence (set 13); the 分解表 rows give the city plan's tasks (the first unit of a 牵头单位 cell
/// naming two units, "—" in 配合单位 changing nothing, 持续推进 no due), its body items having no owner and no deadline; a
/// month line's actions apart by "；" are a task each (set 20's Adjusted paragraph).
/// Furniture: in the WPS print preview the app's title row "WPS 云文档 · 打印预览", the 文件/编辑/视图 row, the 纸张 line, each
/// "仅供内部参考 · N/3" mark (three, the last under the date), the 文档信息 line, the 打印份数 dialog row and the slogan are noise;
/// the title, introduction, body, signature and date are kept. On the aggregator (拾穗范文网) the site's name with its slogan,
/// the "»" breadcrumb, the 🕘/👤/🔥 line, the "🎯 猜你想找" line between 2. and （二）, the 顶/踩 line, the 会员 copy prompt, the
/// 标签 line, «上一篇/»下一篇, the 投稿邮箱 line and the ©/ICP line are noise; the page title (the plan's title), the 德育处's
/// signature and date are kept. On the city portal (芷州市人民政府) the portal's name with its English name, the 读屏专用 row, the
/// "›" path, the 政策文件库 row, the 文章来源/发布日期/点击 line, the "📌 政策图解" line between （二） and （三）, the 纠错/打印/关闭
/// row, the 二维码 line, the 相关政策 line, the 主办/运维 line and the 标识码/ICP line are noise; the page heading (the notice's
/// title), the 文号, addressees, body, signature, date, "（此件主动公开）", the plan's title, the "附件：…" line, the "附件"
/// label and the table (title, header row and rows, no headings) are kept; the plan has no signature of its own. On the
/// self-media platform (知行号) the platform's row, the account name "荇山教育观察" (each time, also as the reply's author),
/// the date/place/领域 line, the 🎧 AI朗读 line, the "▲ 图为…" caption between 2. and （二）, the "广告 · …" line between 3. and
/// 4., the 原创 note, the hashtag line, the counter line, "评论 23", every line of the comment and of the author's reply, "展
/// 开全部23条评论 ∨", "作者的更多文章" and its two titles and the licence line are noise; the article's title (the plan's title),
/// the office's signature and date are kept. On the VIP 文库 (星阅文库) the site's name, the 分类/VIP row, the file name
/// "….doc" (not the document's title, which heads the text and is kept), the ⭐/页数 line, the "📑 目录" line (noise although
/// it repeats the headings), the "📝 划线笔记" line between 1. and 2. of （二）, the 下载 line, the 有帮助/纠错 line, "猜你喜欢"
/// and its two files, the 声明 and the ©/ICP line are noise; the bureau's signature and date are kept. On the school's website
/// (蘅溪县第一中学 · 校园网) the site's name, the 校长信箱 row, the menu, the 📣 滚动 line, the 当前栏目 line, the 撰稿/审核/发布
/// 日期/阅读 line under the title, the "🔗 相关新闻" line between 4. and （三）, the 打印/关闭/返回顶部 row, 上一条/下一条, the
/// 友情链接 line, the 地址/邮编/电话 line and the Copyright/ICP line are noise; the title, the school's signature and date are
/// kept.
enum BlindFixtures21 {
    /// A county bureau's 2027年工作要点 in a WPS cloud document's print preview: the app's title row, a menu row and a
    /// 纸张 line above; the title, an introduction with stock counts, 一、主要目标 with a 分别 list headed by 全县 past a "；",
    /// 二、重点工作 with （一）…（四） over items numbered straight through (a list of classes with 分别, 城区 with 分别 and
    /// 以内, a subject after a deadline, owner brackets with and without deadlines, "由…牵头"), a "仅供内部参考 · N/3" mark at
    /// the foot of each page, 三、保障措施, the signature and date; a 文档信息 line, a print dialog row and the app's slogan below.
    static let countyKeyPointsInWpsPrintPreview = """
        WPS 云文档 · 打印预览
        文件　编辑　视图　｜　🖨 打印（Ctrl+P）　｜　导出PDF
        纸张：A4　方向：纵向　页边距：常规　｜　共 3 页
        蘅溪县教育局2027年工作要点
        2027年，全县教育工作以办好人民满意的教育为目标，统筹推进各学段协调发展。全县现有中小学幼儿园146所，在校学生8.2万人。
        一、主要目标
        全县学前三年毛入园率、义务教育巩固率、高中阶段毛入学率分别达到97%、99.6%、96%；普惠性幼儿园覆盖率稳定在92%以上。学生体质健康合格率不低于94%。
        二、重点工作
        （一）推进学前教育普惠发展
        1.扩大普惠资源。新建、改扩建公办幼儿园5所，新增公办学位1260个。8月底前完成县第六幼儿园主体工程。（责任股室：计财股）
        2.提升保教质量。小班、中班、大班班额分别不超过25人、30人、35人，每学期开展保教质量视导1轮。（责任股室：学前教育股）
        仅供内部参考 · 1/3
        （二）推进义务教育优质均衡
        3.优化资源配置。城区小学、初中平均班额分别控制在40人、45人以内。10月底前蘅溪县第四小学建成投用。（责任股室：计财股、基础教育股）
        4.深化课堂改革。全县义务教育学校课后服务覆盖率保持100%，学生自愿参与率达到93%以上，全年举办课堂教学展评活动2次。（责任股室：教研室）
        （三）建设高素质教师队伍
        5.补充教师力量。公开招聘教师约150名，其中乡村学校教师不少于90名；义务教育学校教师交流轮岗比例不低于12%。（责任股室：人事股）
        6.强化教师培训。每名教师年度培训不少于72学时，新增县级骨干教师45名、县级学科带头人18名。由县教师发展中心牵头，9月底前完成新教师岗前培训。
        仅供内部参考 · 2/3
        （四）守牢校园安全底线
        7.加强安全管理。中小学幼儿园专职保安配备率保持100%，每学期开展安全隐患排查2轮。11月底前完成全县中小学校舍安全鉴定。（责任股室：安全股）
        三、保障措施
        （一）强化经费保障。全县全年教育经费投入不低于10.5亿元。
        （二）强化督导考核。每学期召开教育督导委员会全体会议1次，将重点工作落实情况纳入年度考核。
        蘅溪县教育局
        2027年2月18日
        仅供内部参考 · 3/3
        📄 文档信息：创建者 教育局办公室　｜　最后修改 2027-02-18 16:42　｜　字数 1,106
        🖨 打印份数：1　｜　双面打印：关　｜　［取消］　［打印］
        WPS Office · 让办公更轻松
        """

    /// A primary school's 2027年春季学期德育工作计划 on a 范文 aggregator (拾穗范文网): the site's name with its slogan, a
    /// "»" breadcrumb, the page title (the plan's title), a 🕘/👤/🔥 line; the introduction with stock counts, 一、工作目标 as
    /// one paragraph with no scope, 二、主要工作 with （一）…（三） over items numbered straight through (a per-person 家访
    /// requirement, counts of 例会 and 班会 held, owner brackets "（负责部门：…）" with and without a deadline, a bracket naming
    /// two units), a "🎯 猜你想找" line between 2. and （二）, 三、月份工作安排 with five month lines (two with "；"), the 德育处's
    /// signature and date; a 顶/踩 line, a 会员 copy prompt, a 标签 line, 上一篇/下一篇, a 投稿邮箱 line and the ©/ICP line below.
    static let primarySchoolMoralEducationTermPlanOnEssayAggregator = """
        拾穗范文网 — 笔下有章法
        ⌂ 首页 » 计划大全 » 德育工作计划
        蘋原县实验小学2027年春季学期德育工作计划
        🕘 2027-02-20　👤 会员“晚风”上传　🔥 热度 2,918
        本学期，学校以立德树人为根本任务，以养成教育为主线，深入推进德育工作。全校现有教学班36个，学生1620名。
        一、工作目标
        学生行为规范达标率达到95%以上，家长满意度不低于95%，学生违纪事件发生率控制在1%以内。
        二、主要工作
        （一）加强德育队伍建设
        1.强化班主任培训。每名班主任每学期家访不少于20户，每月召开班主任例会1次。（负责部门：德育处）
        2.开展青年班主任结对。新结对师徒8对，5月底前完成青年班主任基本功展示。（负责部门：德育处）
        🎯 猜你想找：小学德育工作计划（春季） ｜ 班主任工作计划 ｜ 少先队工作计划
        （二）深化养成教育
        3.开展习惯养成月活动。学生每天户外活动时间不少于2小时，每班每周开展主题班会1次。
        4.加强心理健康教育。心理健康教育课开课率达到100%，学生心理健康筛查覆盖率保持100%。
        （三）推进家校共育
        5.办好家长学校。家长学校参训率达到90%，4月底前召开全校家长会。（负责部门：德育处、各年级组）
        三、月份工作安排
        二月：做好开学收心教育，开展“新学期新目标”主题班会。
        三月：开展“学雷锋”志愿服务月活动；完成学生心理健康筛查。
        四月：组织清明节缅怀先烈活动。
        五月：开展“劳动最光荣”实践活动。
        六月：举行少先队入队仪式；评选优秀班集体。
        蘋原县实验小学德育处
        2027年2月16日
        👍 顶一下（41）　👎 踩一下（0）
        ⬇ 复制全文需开通会员　｜　￥9.9 开通月卡
        ✎ 本文标签：德育　小学　春季学期
        « 上一篇：小学少先队工作计划（2027春）
        » 下一篇：小学班主任工作计划（2027春）
        📮 投稿邮箱：tougao@shisui.example.com
        © 2027 拾穗范文网 shisui.example.com　芷ICP备2026003317号
        """

    /// A city bureau's 2027年职业教育提质培优工作计划 with a 重点任务分解表 under its notice on the city government's portal
    /// (芷州市人民政府): the portal's name with its English name, a 读屏专用/长者模式 row, a "›" path, a 政策文件库 row, the page
    /// heading (the notice's title), a 文章来源/发布日期/点击 line with the size toggles; the notice (文号, addressees, body,
    /// signature, date, "（此件主动公开）"), the plan's title, 一、工作目标 ("到2027年底，全市…" past a "；", 稳定在…以上, a
    /// count change beside its value), 二、重点任务 with four lead phrases (全市, 至少 before the verb, 每年, a 届 held, a
    /// baseline with its year), a "📌 政策图解" line between （二） and （三）, 三、保障措施 (a 联席会议 held), the "附件：…" line, the
    /// "附件" label and the table (牵头单位 naming two units, "—", 持续推进); a 纠错/打印/关闭 row, a QR line, a 相关政策 line, a
    /// 主办/运维 line and the 标识码/ICP line below.
    static let cityVocationalEducationPlanWithTaskTableOnGovernmentPortal = """
        芷州市人民政府　ZHIZHOU MUNICIPAL GOVERNMENT
        🔊 读屏专用　｜　长者模式　｜　手机版
        首页 › 政府信息公开 › 法定主动公开内容 › 规划计划
        🗂 政策文件库　｜　📊 数据开放　｜　📝 我要写信
        芷州市教育局关于印发《芷州市2027年职业教育提质培优工作计划》的通知
        文章来源：市教育局　发布日期：2027-03-02　点击：876　［ 大 ］［ 中 ］［ 小 ］
        芷教职〔2027〕5号
        各县（区）教育局，市属各职业院校：
        现将《芷州市2027年职业教育提质培优工作计划》印发给你们，请结合实际认真贯彻落实。
        芷州市教育局
        2027年2月26日
        （此件主动公开）
        芷州市2027年职业教育提质培优工作计划
        一、工作目标
        到2027年底，全市中等职业学校“双师型”教师占比达到65%以上，毕业生就业率稳定在95%以上；校企合作企业达到320家，较上年增加40家。
        二、重点任务
        （一）优化专业布局。全市新增紧缺专业点12个，专业与区域产业匹配度达到85%。
        （二）深化产教融合。每所中职学校至少建立2个校企共建实训基地，订单班学生达到3000人。
        📌 政策图解：一图读懂芷州职业教育提质培优 ›
        （三）提升教师能力。每名专业教师每年企业实践不少于30天，举办全市职业院校技能大赛1届。
        （四）强化质量评价。中职学生职业技能等级证书获取率由2026年的72%提高到80%。
        三、保障措施
        （一）加强统筹协调。建立职业教育工作联席会议制度，每半年召开1次联席会议。
        （二）加大经费投入。全市安排职业教育专项资金不低于2.4亿元。
        附件：芷州市2027年职业教育提质培优重点任务分解表
        附件
        芷州市2027年职业教育提质培优重点任务分解表
        序号	重点任务	牵头单位	配合单位	完成时限
        1	制定紧缺专业动态调整目录	市教育局职成教科	市人社局	2027年5月底前
        2	认定首批市级产教融合实训基地	市教育局职成教科、市发展改革委	市工信局	2027年9月底前
        3	组织教师企业实践专项行动	市教育局教师工作科	各职业院校	持续推进
        4	举办全市职业院校技能大赛	市教育局职成教科	市人社局	2027年4月底前
        5	开展中职学校办学质量评价	市教育督导室	—	2027年12月底前
        【我要纠错】　【打印本页】　【关闭窗口】
        📱 本页二维码：扫码在手机上阅读
        相关政策：芷州市职业教育产教融合促进办法（2025年修订）
        主办单位：芷州市人民政府办公室　运维单位：芷州市大数据中心
        网站标识码 3390000011　芷ICP备2019000412号　芷公网安备 33900002000025号
        """

    /// A county's 学前教育普及普惠发展三年行动计划（2026—2028年） reposted on a self-media platform (知行号) by an education
    /// account: the platform's row, the account name, a date/place/领域 line, a 🎧 AI朗读 line, the article's title (the plan's
    /// title); the introduction with stock counts, 一、发展目标 ("到2028年，全县…" with a baseline, a "到2027年，" sentence),
    /// 二、主要任务 with （一）（二） over items numbered straight through (三年, a subject after a deadline with its year,
    /// brackets naming two units with and without a deadline, 至, 每生每年, a 其中 part, a 视导 held, a deadline with its
    /// year), a photo caption between 2. and （二） and an ad line between 3. and 4., 三、保障措施 (专题会议 held, 三年累计),
    /// the office's signature and date; an 原创 note, a hashtag line, a counter line, 评论 with a comment and the author's
    /// reply, 展开全部, 作者的更多文章 with two titles and the platform's footer below.
    static let countyPreschoolThreeYearPlanOnSelfMediaPlatform = """
        知行号　｜　创作者中心　｜　下载APP
        荇山教育观察
        2026-11-05 08:12 · 芷川 · 教育领域创作者
        🎧 AI朗读本文　约6分钟
        荇山县学前教育普及普惠发展三年行动计划（2026—2028年）
        为加快推进学前教育普及普惠安全优质发展，结合我县实际，制定本行动计划。全县现有幼儿园64所，在园幼儿9800名。
        一、发展目标
        到2028年，全县学前三年毛入园率达到97%以上，普惠性幼儿园覆盖率达到95%，公办园在园幼儿占比由2025年的52%提高到60%。到2027年，乡镇公办中心幼儿园省级等级园比例达到100%。
        二、主要任务
        （一）扩充普惠资源
        1.新建改扩建公办幼儿园。三年新建、改扩建公办幼儿园9所，新增公办学位2700个。2027年8月底前荇山县第三幼儿园建成投用。（责任单位：县教育局、县住建局）
        2.扶持普惠性民办园。每年认定普惠性民办幼儿园3至5所，生均补助标准不低于每生每年800元。（责任单位：县教育局、县财政局）
        ▲ 图为荇山县第二幼儿园的户外游戏场景（图源：作者拍摄）
        （二）提升保教质量
        3.深化游戏活动改革。幼儿每天户外活动时间不少于2小时，其中体育活动时间不少于1小时，每学期开展保教质量视导1轮。
        广告 · 幼小衔接课程限时特惠，点击了解 ›
        4.加强教师队伍建设。幼儿园教师持证上岗率达到100%，专任教师学历达标率保持100%，每名教师每年培训不少于60学时。2026年12月底前完成全县幼儿园教师全员轮训。（责任单位：县教育局）
        三、保障措施
        （一）加强组织领导。成立县学前教育发展工作专班，每季度召开1次专题会议。
        （二）加大经费投入。三年累计投入学前教育经费不低于3.6亿元。
        荇山县人民政府办公室
        2026年10月28日
        本文为作者原创，未经授权禁止转载
        #学前教育#　#普惠幼儿园#　#荇山#
        👍 128　💬 23　⭐ 收藏　↗ 分享
        评论 23
        芷川宝妈：公办学位终于要增加了！
        11-05 09:31 · 芷川 · 回复 · 👍 17
        荇山教育观察（作者）：感谢关注，我们会持续跟进。
        11-05 10:02 · 👍 5
        展开全部23条评论 ∨
        作者的更多文章
        荇山县2026年秋季学期中小学开学工作综述
        荇山县启动幼儿园保教质量评估工作
        知行号 · 创作者服务平台　芷网文〔2024〕1021-033号
        """

    /// A district bureau's 2026年工作总结和2027年工作打算 on a VIP 文库 (星阅文库): the site's name, a 分类/VIP row, the file
    /// name "….doc" (not the document's title), a ⭐/页数/阅读 line and a 📑 目录 line above; the title, the introduction,
    /// 一、2026年工作总结 with three lead phrases (全年, a point change beside its value, counts of 视导 and 分析会 held),
    /// 二、存在的问题 with "一是…；二是…；三是…", 三、2027年工作打算 with （一）主要目标 (全区 with 分别 and 保持…以上) and
    /// （二）重点工作 over "1.title" lines over "（N）lead。body" items (a subject after a deadline, a baseline with its year,
    /// 左右, owner brackets "（责任科室：…）" with and without a deadline), a "📝 划线笔记" line between 1. and 2., the
    /// signature and date; a download line, a 有帮助 line, 猜你喜欢 with two files, the 声明 and the ©/ICP line below.
    static let districtSummaryAndNextYearPlanOnVipDocumentLibrary = """
        星阅文库 · 专业文档分享
        🏠 首页　📚 分类　🎓 教育　🏛 党政　｜　开通VIP立享8折
        杜若区教育局2026年工作总结和2027年工作打算.doc
        ⭐ 4.6　｜　12页　｜　阅读 2,331　｜　VIP免费下载
        📑 目录：一、2026年工作总结 / 二、存在的问题 / 三、2027年工作打算
        杜若区教育局2026年工作总结和2027年工作打算
        2026年，区教育局在区委、区政府的坚强领导下，扎实推进各项工作，教育事业取得新进展。现将有关情况报告如下。
        一、2026年工作总结
        （一）教育资源持续扩充。全年新建、改扩建中小学幼儿园7所，新增学位4200个。全区普惠性幼儿园覆盖率达到94%，较上年提高2个百分点。
        （二）教育质量稳步提升。全区义务教育巩固率达到99.8%，普通高中本科上线率达到68%。全年组织教学视导3轮、教学质量分析会2次。
        （三）教师队伍不断优化。招聘新教师210名，全年培训教师1.5万人次，新增市级骨干教师36名。
        二、存在的问题
        一是优质学位供给仍然不足；二是教师结构性缺员问题依然存在；三是部分学校安全设施老化。
        三、2027年工作打算
        （一）主要目标
        全区学前三年毛入园率、义务教育巩固率分别达到98%、99.8%，高中阶段毛入学率保持在98%以上。
        （二）重点工作
        1.扩大优质学位供给
        （1）推进学校建设。新建、改扩建学校6所，新增学位3600个。8月底前杜若区第二实验学校建成投用。（责任科室：规划建设科）
        （2）推进集团化办学。新组建教育集团4个，集团化办学覆盖率由2026年的75%提高到85%。（责任科室：基础教育科）
        📝 划线笔记：本页已有 12 位读者标注重点
        2.建设高素质教师队伍
        （1）加强教师招聘。公开招聘教师200名左右，6月底前完成招聘计划报批。（责任科室：人事科）
        （2）强化教师培训。每名教师年度培训不少于80学时，全年培训教师1.6万人次。
        3.守牢校园安全底线
        （1）加强校园安全管理。中小学幼儿园“一键报警”装置联网率保持100%，11月底前完成全区校园监控系统升级。（责任科室：安全管理科）
        杜若区教育局
        2026年12月18日
        📥 下载文档（VIP免费　｜　非VIP消耗5下载券）
        👍 文档有帮助（57）　｜　💬 我要纠错
        猜你喜欢
        区教育局2026年工作总结（精选3篇）.doc
        2027年教育工作打算及思路.docx
        星阅文库声明：本文档由用户上传，仅供学习交流，如有侵权请联系删除。
        © 2026 星阅文库 xingyue.example.com　芷ICP备2025110092号
        """

    /// A middle school's 2027年春季学期安全工作计划 on the school's website (蘅溪县第一中学 · 校园网): the site's name, a 校长信箱
    /// row, the menu, a 📣 滚动 line, a 当前栏目 line, the title, a 撰稿/审核/发布日期/阅读 line; the introduction, 一、工作目标
    /// as one paragraph, 二、工作措施 with （一）…（三） over items numbered straight through ("（责任人：…）" with no deadline,
    /// "（责任部门：…）" after a deadline, a per-class requirement, counts of 演练 and 排查 held, a distance inside a phrase), a
    /// "🔗 相关新闻" line between 4. and （三）, 三、月份安排 with five month lines (one with "；"), the signature and date; an
    /// 打印/关闭/返回顶部 row, 上一条/下一条, 友情链接, an 地址/邮编/电话 line and the Copyright/ICP line below.
    static let middleSchoolSafetyTermPlanOnSchoolWebsite = """
        蘅溪县第一中学 · 校园网
        校长信箱　｜　OA登录　｜　English
        学校概况　新闻中心　教育教学　德育天地　安全教育　党建工作　联系我们
        📣 滚动：热烈祝贺我校在全县中学生田径运动会上获团体总分第一名！
        当前栏目：安全教育 ＞ 工作计划
        蘅溪县第一中学2027年春季学期安全工作计划
        撰稿：安全办　审核：办公室　发布日期：2027-02-22　阅读：612次
        为切实加强校园安全管理，保障师生生命财产安全，结合我校实际，制定本计划。
        一、工作目标
        杜绝校园安全责任事故，安全教育课时落实率达到100%，学生防溺水安全教育覆盖率保持100%。
        二、工作措施
        （一）健全安全责任体系
        1.落实安全责任制。学校与各处室、班主任签订安全责任书，安全责任书签订率达到100%。（责任人：王副校长）
        2.完善应急预案。3月底前修订《蘅溪县第一中学突发事件应急预案》。（责任部门：安全办）
        （二）强化安全教育
        3.上好安全教育课。每班每周安全教育不少于1课时，每学期开展应急疏散演练2次。
        4.加强专题教育。学生安全知识知晓率达到95%以上。
        🔗 相关新闻：我校开展寒假前安全教育主题班会
        （三）加强隐患排查
        5.开展隐患排查。每月开展安全隐患排查1次，隐患整改率达到100%。
        6.加强食堂和周边管理。学校食堂“明厨亮灶”覆盖率保持100%，学校周边200米范围内无经营性网吧。
        三、月份安排
        二月：开展开学安全大检查。
        三月：组织全校应急疏散演练；完成安全责任书签订。
        四月：开展防溺水专题教育。
        五月：开展防灾减灾宣传周活动。
        六月：做好暑假安全教育和告家长书发放工作。
        蘅溪县第一中学
        2027年2月20日
        【打印此页】　【关闭窗口】　【返回顶部】
        上一条：蘅溪县第一中学2026年秋季学期安全工作总结
        下一条：关于做好2027年春季开学工作的通知
        友情链接：蘅溪县教育局 ｜ 芷州市教育局 ｜ 蘅溪县青少年活动中心
        地址：蘅溪县城东路18号　邮编：339901　电话：0000-7712345
        Copyright © 2027 蘅溪县第一中学　芷ICP备2023008818号
        """

    static let expected: [ExpectedPlan] = [
        ExpectedPlan(
            name: "county 工作要点 with 分别 lists in a WPS cloud document's print preview with 仅供内部参考 page marks and a print dialog row",
            text: BlindFixtures21.countyKeyPointsInWpsPrintPreview,
            headings: [
                (0, "一、主要目标"), (0, "二、重点工作"), (1, "（一）推进学前教育普惠发展"), (2, "1.扩大普惠资源"),
                (2, "2.提升保教质量"), (1, "（二）推进义务教育优质均衡"), (2, "3.优化资源配置"), (2, "4.深化课堂改革"),
                (1, "（三）建设高素质教师队伍"), (2, "5.补充教师力量"), (2, "6.强化教师培训"), (1, "（四）守牢校园安全底线"),
                (2, "7.加强安全管理"), (0, "三、保障措施"), (1, "（一）强化经费保障"), (1, "（二）强化督导考核"),
            ],
            indicators: [
                "学前三年毛入园率 eq 97% 2027 全县", "义务教育巩固率 eq 99.6% 2027 全县", "高中阶段毛入学率 eq 96% 2027 全县",
                "普惠性幼儿园覆盖率 ge 92% 2027 全县", "学生体质健康合格率 ge 94% 2027 -", "新建、改扩建公办幼儿园 eq 5所 2027 -",
                "新增公办学位 eq 1260个 2027 -", "小班班额 le 25人 2027 -", "中班班额 le 30人 2027 -", "大班班额 le 35人 2027 -",
                "小学平均班额 le 40人 2027 城区", "初中平均班额 le 45人 2027 城区",
                "义务教育学校课后服务覆盖率 eq 100% 2027 全县", "学生自愿参与率 ge 93% 2027 全县", "公开招聘教师 approx 150名 2027 -",
                "乡村学校教师 ge 90名 2027 -", "义务教育学校教师交流轮岗比例 ge 12% 2027 -", "每名教师年度培训 ge 72学时 2027 -",
                "新增县级骨干教师 eq 45名 2027 -", "县级学科带头人 eq 18名 2027 -", "中小学幼儿园专职保安配备率 eq 100% 2027 -",
                "教育经费投入 ge 10.5亿元 2027 全县",
            ],
            notIndicators: ["146所", "8.2万人", "1轮", "2次", "2轮", "1次"],
            tasks: [
                ("完成县第六幼儿园主体工程", "计财股", "2027-08"),
                ("提升保教质量", "学前教育股", nil),
                ("蘅溪县第四小学建成投用", "计财股、基础教育股", "2027-10"),
                ("深化课堂改革", "教研室", nil),
                ("补充教师力量", "人事股", nil),
                ("完成新教师岗前培训", "县教师发展中心", "2027-09"),
                ("完成全县中小学校舍安全鉴定", "安全股", "2027-11"),
            ],
            noise: [
                "WPS 云文档 · 打印预览", "文件　编辑　视图　｜　🖨 打印（Ctrl+P）　｜　导出PDF",
                "纸张：A4　方向：纵向　页边距：常规　｜　共 3 页", "仅供内部参考 · 1/3", "仅供内部参考 · 2/3", "仅供内部参考 · 3/3",
                "📄 文档信息：创建者 教育局办公室　｜　最后修改 2027-02-18 16:42　｜　字数 1,106",
                "🖨 打印份数：1　｜　双面打印：关　｜　［取消］　［打印］", "WPS Office · 让办公更轻松",
            ]),
        ExpectedPlan(
            name: "primary school 德育 term plan with a 月份 schedule on a 范文 aggregator with a 猜你想找 line inside and a 会员 copy prompt",
            text: BlindFixtures21.primarySchoolMoralEducationTermPlanOnEssayAggregator,
            headings: [
                (0, "一、工作目标"), (0, "二、主要工作"), (1, "（一）加强德育队伍建设"), (2, "1.强化班主任培训"),
                (2, "2.开展青年班主任结对"), (1, "（二）深化养成教育"), (2, "3.开展习惯养成月活动"), (2, "4.加强心理健康教育"),
                (1, "（三）推进家校共育"), (2, "5.办好家长学校"), (0, "三、月份工作安排"),
            ],
            indicators: [
                "学生行为规范达标率 ge 95% 2027 -", "家长满意度 ge 95% 2027 -", "学生违纪事件发生率 le 1% 2027 -",
                "每名班主任每学期家访 ge 20户 2027 -", "新结对师徒 eq 8对 2027 -", "学生每天户外活动时间 ge 2小时 2027 -",
                "心理健康教育课开课率 eq 100% 2027 -", "学生心理健康筛查覆盖率 eq 100% 2027 -", "家长学校参训率 eq 90% 2027 -",
            ],
            notIndicators: ["36个", "1620名", "1次"],
            tasks: [
                ("强化班主任培训", "德育处", nil),
                ("完成青年班主任基本功展示", "德育处", "2027-05"),
                ("召开全校家长会", "德育处、各年级组", "2027-04"),
                ("做好开学收心教育", nil, "2027-02"),
                ("开展“学雷锋”志愿服务月活动", nil, "2027-03"),
                ("完成学生心理健康筛查", nil, "2027-03"),
                ("组织清明节缅怀先烈活动", nil, "2027-04"),
                ("开展“劳动最光荣”实践活动", nil, "2027-05"),
                ("举行少先队入队仪式", nil, "2027-06"),
                ("评选优秀班集体", nil, "2027-06"),
            ],
            noise: [
                "拾穗范文网 — 笔下有章法", "⌂ 首页 » 计划大全 » 德育工作计划", "🕘 2027-02-20　👤 会员“晚风”上传　🔥 热度 2,918",
                "🎯 猜你想找：小学德育工作计划（春季） ｜ 班主任工作计划 ｜ 少先队工作计划", "👍 顶一下（41）　👎 踩一下（0）",
                "⬇ 复制全文需开通会员　｜　￥9.9 开通月卡", "✎ 本文标签：德育　小学　春季学期", "« 上一篇：小学少先队工作计划（2027春）",
                "» 下一篇：小学班主任工作计划（2027春）", "📮 投稿邮箱：tougao@shisui.example.com",
                "© 2027 拾穗范文网 shisui.example.com　芷ICP备2026003317号",
            ]),
        ExpectedPlan(
            name: "city 职业教育 专项 plan with a 任务分解表 under its notice on the city portal with a 读屏专用 row, a 政策图解 line inside and a QR line",
            text: BlindFixtures21.cityVocationalEducationPlanWithTaskTableOnGovernmentPortal,
            headings: [
                (0, "一、工作目标"), (0, "二、重点任务"), (1, "（一）优化专业布局"), (1, "（二）深化产教融合"), (1, "（三）提升教师能力"),
                (1, "（四）强化质量评价"), (0, "三、保障措施"), (1, "（一）加强统筹协调"), (1, "（二）加大经费投入"),
            ],
            indicators: [
                "中等职业学校“双师型”教师占比 ge 65% 2027 全市", "毕业生就业率 ge 95% 2027 全市", "校企合作企业 eq 320家 2027 全市",
                "新增紧缺专业点 eq 12个 2027 全市", "专业与区域产业匹配度 eq 85% 2027 全市",
                "每所中职学校建立校企共建实训基地 ge 2个 2027 -", "订单班学生 eq 3000人 2027 -",
                "每名专业教师每年企业实践 ge 30天 2027 -", "中职学生职业技能等级证书获取率 eq 80% 2027 - from 72@2026",
                "安排职业教育专项资金 ge 2.4亿元 2027 全市",
            ],
            notIndicators: ["5号", "40家", "1届", "1次"],
            tasks: [
                ("制定紧缺专业动态调整目录", "市教育局职成教科", "2027-05"),
                ("认定首批市级产教融合实训基地", "市教育局职成教科", "2027-09"),
                ("组织教师企业实践专项行动", "市教育局教师工作科", nil),
                ("举办全市职业院校技能大赛", "市教育局职成教科", "2027-04"),
                ("开展中职学校办学质量评价", "市教育督导室", "2027-12"),
            ],
            noise: [
                "芷州市人民政府　ZHIZHOU MUNICIPAL GOVERNMENT", "🔊 读屏专用　｜　长者模式　｜　手机版",
                "首页 › 政府信息公开 › 法定主动公开内容 › 规划计划", "🗂 政策文件库　｜　📊 数据开放　｜　📝 我要写信",
                "文章来源：市教育局　发布日期：2027-03-02　点击：876　［ 大 ］［ 中 ］［ 小 ］", "📌 政策图解：一图读懂芷州职业教育提质培优 ›",
                "【我要纠错】　【打印本页】　【关闭窗口】", "📱 本页二维码：扫码在手机上阅读",
                "相关政策：芷州市职业教育产教融合促进办法（2025年修订）", "主办单位：芷州市人民政府办公室　运维单位：芷州市大数据中心",
                "网站标识码 3390000011　芷ICP备2019000412号　芷公网安备 33900002000025号",
            ]),
        ExpectedPlan(
            name: "county 学前教育 三年行动计划 (2026—2028年) on a self-media platform with an AI朗读 line, a photo caption and an ad inside",
            text: BlindFixtures21.countyPreschoolThreeYearPlanOnSelfMediaPlatform,
            headings: [
                (0, "一、发展目标"), (0, "二、主要任务"), (1, "（一）扩充普惠资源"), (2, "1.新建改扩建公办幼儿园"),
                (2, "2.扶持普惠性民办园"), (1, "（二）提升保教质量"), (2, "3.深化游戏活动改革"), (2, "4.加强教师队伍建设"),
                (0, "三、保障措施"), (1, "（一）加强组织领导"), (1, "（二）加大经费投入"),
            ],
            indicators: [
                "学前三年毛入园率 ge 97% 2028 全县", "普惠性幼儿园覆盖率 eq 95% 2028 全县",
                "公办园在园幼儿占比 eq 60% 2028 全县 from 52@2025", "乡镇公办中心幼儿园省级等级园比例 eq 100% 2027 -",
                "新建、改扩建公办幼儿园 eq 9所 2028 -", "新增公办学位 eq 2700个 2028 -", "每年认定普惠性民办幼儿园 ge 3-5所 2028 -",
                "生均补助标准 ge 800元 2028 -", "幼儿每天户外活动时间 ge 2小时 2028 -", "体育活动时间 ge 1小时 2028 -",
                "幼儿园教师持证上岗率 eq 100% 2028 -", "专任教师学历达标率 eq 100% 2028 -", "每名教师每年培训 ge 60学时 2028 -",
                "累计投入学前教育经费 ge 3.6亿元 2028 -",
            ],
            notIndicators: ["64所", "9800名", "1轮", "1次"],
            tasks: [
                ("荇山县第三幼儿园建成投用", "县教育局、县住建局", "2027-08"),
                ("扶持普惠性民办园", "县教育局、县财政局", nil),
                ("完成全县幼儿园教师全员轮训", "县教育局", "2026-12"),
            ],
            noise: [
                "知行号　｜　创作者中心　｜　下载APP", "荇山教育观察", "2026-11-05 08:12 · 芷川 · 教育领域创作者", "🎧 AI朗读本文　约6分钟",
                "▲ 图为荇山县第二幼儿园的户外游戏场景（图源：作者拍摄）", "广告 · 幼小衔接课程限时特惠，点击了解 ›",
                "本文为作者原创，未经授权禁止转载", "#学前教育#　#普惠幼儿园#　#荇山#", "👍 128　💬 23　⭐ 收藏　↗ 分享", "评论 23",
                "芷川宝妈：公办学位终于要增加了！", "11-05 09:31 · 芷川 · 回复 · 👍 17", "荇山教育观察（作者）：感谢关注，我们会持续跟进。",
                "11-05 10:02 · 👍 5", "展开全部23条评论 ∨", "作者的更多文章", "荇山县2026年秋季学期中小学开学工作综述",
                "荇山县启动幼儿园保教质量评估工作", "知行号 · 创作者服务平台　芷网文〔2024〕1021-033号",
            ]),
        ExpectedPlan(
            name: "district 工作总结和2027年工作打算 on a VIP 文库 with a 目录 line above and a 划线笔记 line inside",
            text: BlindFixtures21.districtSummaryAndNextYearPlanOnVipDocumentLibrary,
            headings: [
                (0, "一、2026年工作总结"), (1, "（一）教育资源持续扩充"), (1, "（二）教育质量稳步提升"), (1, "（三）教师队伍不断优化"),
                (0, "二、存在的问题"), (0, "三、2027年工作打算"), (1, "（一）主要目标"), (1, "（二）重点工作"),
                (2, "1.扩大优质学位供给"), (3, "（1）推进学校建设"), (3, "（2）推进集团化办学"), (2, "2.建设高素质教师队伍"),
                (3, "（1）加强教师招聘"), (3, "（2）强化教师培训"), (2, "3.守牢校园安全底线"), (3, "（1）加强校园安全管理"),
            ],
            indicators: [
                "新建、改扩建中小学幼儿园 eq 7所 2026 -", "新增学位 eq 4200个 2026 -", "普惠性幼儿园覆盖率 eq 94% 2026 全区",
                "义务教育巩固率 eq 99.8% 2026 全区", "普通高中本科上线率 eq 68% 2026 全区", "招聘新教师 eq 210名 2026 -",
                "培训教师 eq 1.5万人次 2026 -", "新增市级骨干教师 eq 36名 2026 -", "学前三年毛入园率 eq 98% 2027 全区",
                "义务教育巩固率 eq 99.8% 2027 全区", "高中阶段毛入学率 ge 98% 2027 全区", "新建、改扩建学校 eq 6所 2027 -",
                "新增学位 eq 3600个 2027 -", "新组建教育集团 eq 4个 2027 -", "集团化办学覆盖率 eq 85% 2027 - from 75@2026",
                "公开招聘教师 approx 200名 2027 -", "每名教师年度培训 ge 80学时 2027 -", "培训教师 eq 1.6万人次 2027 -",
                "中小学幼儿园“一键报警”装置联网率 eq 100% 2027 -",
            ],
            notIndicators: ["2个百分点", "3轮", "2次"],
            tasks: [
                ("杜若区第二实验学校建成投用", "规划建设科", "2027-08"),
                ("推进集团化办学", "基础教育科", nil),
                ("完成招聘计划报批", "人事科", "2027-06"),
                ("完成全区校园监控系统升级", "安全管理科", "2027-11"),
            ],
            noise: [
                "星阅文库 · 专业文档分享", "🏠 首页　📚 分类　🎓 教育　🏛 党政　｜　开通VIP立享8折",
                "杜若区教育局2026年工作总结和2027年工作打算.doc", "⭐ 4.6　｜　12页　｜　阅读 2,331　｜　VIP免费下载",
                "📑 目录：一、2026年工作总结 / 二、存在的问题 / 三、2027年工作打算", "📝 划线笔记：本页已有 12 位读者标注重点",
                "📥 下载文档（VIP免费　｜　非VIP消耗5下载券）", "👍 文档有帮助（57）　｜　💬 我要纠错", "猜你喜欢",
                "区教育局2026年工作总结（精选3篇）.doc", "2027年教育工作打算及思路.docx",
                "星阅文库声明：本文档由用户上传，仅供学习交流，如有侵权请联系删除。", "© 2026 星阅文库 xingyue.example.com　芷ICP备2025110092号",
            ]),
        ExpectedPlan(
            name: "middle school 安全 term plan with a 月份 schedule on the school's website with a 滚动 line, a 相关新闻 line inside and 友情链接",
            text: BlindFixtures21.middleSchoolSafetyTermPlanOnSchoolWebsite,
            headings: [
                (0, "一、工作目标"), (0, "二、工作措施"), (1, "（一）健全安全责任体系"), (2, "1.落实安全责任制"), (2, "2.完善应急预案"),
                (1, "（二）强化安全教育"), (2, "3.上好安全教育课"), (2, "4.加强专题教育"), (1, "（三）加强隐患排查"),
                (2, "5.开展隐患排查"), (2, "6.加强食堂和周边管理"), (0, "三、月份安排"),
            ],
            indicators: [
                "安全教育课时落实率 eq 100% 2027 -", "学生防溺水安全教育覆盖率 eq 100% 2027 -", "安全责任书签订率 eq 100% 2027 -",
                "每班每周安全教育 ge 1课时 2027 -", "学生安全知识知晓率 ge 95% 2027 -", "隐患整改率 eq 100% 2027 -",
                "学校食堂“明厨亮灶”覆盖率 eq 100% 2027 -",
            ],
            notIndicators: ["2次", "1次", "200米"],
            tasks: [
                ("落实安全责任制", "王副校长", nil),
                ("修订《蘅溪县第一中学突发事件应急预案》", "安全办", "2027-03"),
                ("开展开学安全大检查", nil, "2027-02"),
                ("组织全校应急疏散演练", nil, "2027-03"),
                ("完成安全责任书签订", nil, "2027-03"),
                ("开展防溺水专题教育", nil, "2027-04"),
                ("开展防灾减灾宣传周活动", nil, "2027-05"),
                ("做好暑假安全教育和告家长书发放工作", nil, "2027-06"),
            ],
            noise: [
                "蘅溪县第一中学 · 校园网", "校长信箱　｜　OA登录　｜　English", "学校概况　新闻中心　教育教学　德育天地　安全教育　党建工作　联系我们",
                "📣 滚动：热烈祝贺我校在全县中学生田径运动会上获团体总分第一名！", "当前栏目：安全教育 ＞ 工作计划",
                "撰稿：安全办　审核：办公室　发布日期：2027-02-22　阅读：612次", "🔗 相关新闻：我校开展寒假前安全教育主题班会",
                "【打印此页】　【关闭窗口】　【返回顶部】", "上一条：蘅溪县第一中学2026年秋季学期安全工作总结",
                "下一条：关于做好2027年春季开学工作的通知", "友情链接：蘅溪县教育局 ｜ 芷州市教育局 ｜ 蘅溪县青少年活动中心",
                "地址：蘅溪县城东路18号　邮编：339901　电话：0000-7712345", "Copyright © 2027 蘅溪县第一中学　芷ICP备2023008818号",
            ]),
    ]
}
