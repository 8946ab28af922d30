import Foundation
@testable import PlanImport

/// A twentieth blind set: six ORDINARY plans of the genre, each as a user's select-all copy of the kind of page county
/// staff most often copy plans from, furniture included above, below and sometimes inside the plan, each site in a ninth
/// design with its own name and wording, different from sets 12 to 19, with furniture kinds those sets did not use, and
/// the plan types spread over the kinds of page otherwise than in sets 18 and 19. Invented content throughout (fictional
/// places 荃湖区 under 荃州市, 荃州市 itself, 菰溪县, 蕙山县, 蓠溪县 and 茝原县, all in an invented 蕙川省; invented
/// sites, accounts, users, addresses, codes and numbers; no published sentence copied): a city bureau's 教育信息化 专项
/// 年度工作计划 on a 范文 aggregator (青简范文阁: a 📊 今日更新/累计收录 stats line, a "/" menu and breadcrumb, a 📅/✍/📂/💬
/// line, an 【AI摘要】 line, a "✍ 范文仿写" generator widget inside the plan, an 有用/没用 line, a 积分 download row, a 相关
/// 栏目 row, 评论 as numbered floors "1楼　name　date" over their text with a 查看全部 line, 热门专题 with two titles, a 客服
/// QQ line); a county kindergarten's 春季学期 保教工作计划 with a 月工作计划 whose months carry a theme in brackets
/// ("二月（开学月）：") on a paid 文库 (墨言文库: a 所属分类 line, the file name "….docx", a 文档编号/格式/页数/大小 line, an 内容
/// 提供者 line, a "🤖 AI一键改写 ｜ 生成PPT ｜ 续写" row, a "💡 AI解读" line and a "🔓 以下为付费内容，您已购买" line inside
/// the plan, an 已购买 download line, a 文档评价 line, 同系列文档 with three files, a 本站声明); a county bureau's 年度工作计划
/// with a 季度工作安排 under its notice on the county government's portal (蕙山县人民政府: a 移动版/无障碍/关怀版/English
/// row, a "/" path, an 信息来源/公开方式/公开范围/公开时限 line, a "💡 名词解释" box inside the plan, a 相关解读 row with 文字/图
/// 文/视频 解读, a 📲 share line, a 主办/承办 line, an "本站已安全运行 N 天" line); a middle school's 教学质量提升三年行动计划
/// （2026—2028年） as a 头条文章 of the school's account on a microblog platform (鹊声: a "📰 头条文章" label, an account line
/// with 🅥 and 官方账号, a "来自 鹊声网页版　已编辑" line, a hashtag line, an 阅读 line, a "📷 查看图片（3）" line inside the
/// plan, 转发/评论/赞, 按热度/按时间, comments as "name：text" over "date　来自place　回复　赞 N", the author's reply "account
/// 作者：…", "还有 N 条评论", 相关热搜, the platform's footer with its 网文 licence); a district bureau's 年度工作要点 with
/// items numbered straight through and owner brackets on the bureau's website (荃湖区教育局 · 荃湖教育在线: an 📢 maintenance
/// notice, a 繁體 search row, a left sidebar of six 信息公开 column names, a "→" breadcrumb, a bracketed 发布时间/作者/来源/浏览
/// line, a 字号 A+/A/A- and 护眼模式 line, an 【专题链接】 line inside the plan, 【TAGS】, 【收藏】【打印】【关闭】 with ⬆ 返回顶
/// 部, 网友留言（0）, 📈 本月热门 with two titles, a 最后更新 footer); a county's joint 食品安全守护行动实施方案 with its 任务
/// 分解表 (牵头单位/配合单位/完成时限) as a school received it in a 工作通知 of the province's mobile government app (蕙政通: a
/// 工作台 header, a ← nav row, the 【工作通知】 title, 发送人, 已读/未读/DING, the sender's covering note with its own deadline,
/// the 📎 附件 line, "—— 附件预览（双指缩放查看）——", the preview's "┈┈┈┈┈ N / 3 ┈┈┈┈┈" marks at the foot of each page, "——
/// 已显示全部内容 ——", a 回执 line, 评论（2） with two comments, a 说点什么 input line, the app's 仅限内部传阅 footer).
/// Written without reading the importer's sources and without running the importer or any test; syntax checked with
/// `swiftc -parse` only.
/// No stored pages were searched for this set; every site's furniture is reproduced from common knowledge of such pages
/// in invented wording.
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
enum BlindFixtures20 {
    /// A city bureau's 2026年教育信息化工作计划 on a 范文 aggregator (青简范文阁): the site's name with its slogan, a 📊
    /// stats line, a "/" menu and a "当前：" breadcrumb above the page title (the plan's title), a 📅/✍/📂/💬 line and an
    /// 【AI摘要】 line under it; the introduction with stock counts, 一、工作目标 as one paragraph ("到2026年底，全市…" past
    /// a "；", a baseline "由2025年的86%提升至92%", a sentence with no scope), 二、重点任务 with （一）…（四） titles over
    /// items numbered straight through "1." … "8." ("（牵头单位：A；配合单位：B）" after a deadline, a 其中 part with its own
    /// noun, 至, "由…牵头，month底前…", 全年, a count change beside its value, a bracket naming two units after a sentence
    /// with no deadline, counts of 大赛 and 演练 held), a "✍ 范文仿写" widget line between 4. and （三）, 三、保障措施 with
    /// three lead phrases ("全市全年", a count of 推进会 held), the bureau's signature and date; an 有用/没用 line, a 下载
    /// row, a 相关栏目 row, 评论 with two numbered floors, 热门专题 with two titles, a 客服QQ line and the ©/ICP line below.
    static let cityEducationInformatizationPlanOnEssayAggregator = """
        青简范文阁 · 写材料，先来青简
        📊 今日更新 214 篇　｜　累计收录 93.6 万篇　｜　会员登录
        首页 / 工作计划 / 工作总结 / 实施方案 / 讲话稿 / 公文写作 / 会员专区
        当前：首页 / 工作计划 / 教育工作计划
        荃州市2026年教育信息化工作计划
        📅 2026-03-11　✍ 佚名投稿　📂 教育工作计划　💬 4
        【AI摘要】本文围绕基础设施、数字资源、师生素养和数字治理四个方面，梳理了年度教育信息化重点工作。
        为深入实施教育数字化战略行动，加快推进全市教育信息化提质升级，结合我市实际，制定本计划。目前，全市412所中小学（含教学点）已全部接入教育城域网，建成市级智慧校园示范校36所。
        一、工作目标
        到2026年底，全市中小学千兆光纤接入率达到100%，多媒体教室覆盖率保持100%；教师信息素养达标率由2025年的86%提升至92%。市级以上优质数字教育资源总量达到1.2万件，新增智慧校园示范校20所。
        二、重点任务
        （一）夯实数字基础设施
        1.推进网络提速扩容。每所中小学互联网出口带宽不低于1000兆。9月底前完成全市中小学校园网IPv6改造。（牵头单位：市电化教育馆；配合单位：各县（区）教育局）
        2.建设智慧教室。新建智慧教室300间，其中农村学校智慧教室不少于180间。
        （二）丰富数字教育资源
        3.建设优质资源库。遴选市级精品课例600节，每个学科组建资源开发团队1至2个。
        4.推进平台应用。国家中小学智慧教育平台教师注册率达到98%以上，学生使用率达到85%。由市教育局基础教育科牵头，6月底前出台《荃州市数字教育资源应用激励办法》。
        ✍ 范文仿写：输入单位名称，一键生成同类工作计划 ›
        （三）提升师生数字素养
        5.开展教师数字素养培训。全年培训教师1.8万人次，每名教师年度信息技术应用能力提升培训不少于50学时，举办全市教师信息化教学能力大赛1次。
        6.加强学生信息科技教育。中小学信息科技课程开课率达到100%，人工智能教育试点学校达到50所，较上年增加14所。
        （四）推进教育数字治理
        7.建设教育大数据中心。11月底前建成荃州市教育大数据中心，实现与省级教育数据平台互联互通。（牵头单位：市教育局信息化办公室）
        8.筑牢网络安全防线。学校网络安全等级保护备案率达到100%，每年开展网络安全应急演练2次。（责任单位：市教育局信息化办公室、市公安局网安支队）
        三、保障措施
        （一）加强组织领导。市教育信息化工作领导小组每季度召开1次工作推进会，协调解决重大问题。
        （二）加大经费投入。全市全年安排教育信息化专项资金不低于1.6亿元。
        （三）强化考核评价。将教育信息化工作纳入对县（区）教育局和学校的年度考核。
        荃州市教育局
        2026年3月6日
        👍 有用（63）　　👎 没用（2）
        📥 下载本文（Word版，消耗2积分）　｜　⭐ 收藏　｜　🖨 打印
        相关栏目：学校工作计划 ｜ 教研工作计划 ｜ 信息技术工作计划
        💬 评论（4）
        1楼　访客_7f3a　2026-03-12 08:41
        写得很全，IPv6改造这块正好用得上。
        2楼　访客_b29c　2026-03-13 21:05
        请问有配套的任务分解表吗？
        查看全部4条评论 ›
        热门专题
        2026年工作计划专题
        教育数字化转型材料汇编
        客服QQ：0000-8866　工作时间：9:00—18:00（节假日除外）
        © 2026 青简范文阁 qingjian.example.com　蕙ICP备2025018830号-2
        """

    /// A county kindergarten's 2026年春季学期保教工作计划 on a paid 文库 (墨言文库): the site's name, a 登录 row, a search
    /// line, a 所属分类 line, the file name "….docx" (not the document's title), a 文档编号/格式/页数/大小 line, an 内容提供
    /// 者 line and an AI row above; the document's title, the introduction (a book's title with an age range, stock
    /// counts), 一、工作目标 with four goal lines "（N）名称：…" (以上, 保持, 控制在…以内, 每天, a list of classes with 分别,
    /// 每学期), 二、主要工作 with （一）…（四） titles over "N.lead。body" items (owner brackets "（负责人：…）" with no deadline
    /// and after deadlines, "由…牵头，month底前…", per-class requirements, counts of 会议, 教研, 比赛, 排查, 演练 and 家长会
    /// held), a "💡 AI解读" line between （二） and （三） and a "🔓 以下为付费内容" line between （三） and （四）, 三、月
    /// 工作计划 with six month lines whose months carry a theme in brackets, the kindergarten's signature and date; an 已到
    /// 文档末尾 line, a download line, a 收藏/分享/打印/举报 row, a 文档评价 line, 同系列文档 with three files, a 本站声明
    /// and the ©/ICP line below.
    static let kindergartenSpringTermPlanOnPaidDocumentLibrary = """
        墨言文库
        登录　｜　注册　｜　充值　｜　我的文档
        🔍 ［ 输入关键词，搜索海量文档 ］　搜索
        所属分类：幼儿教育 - 园务管理 - 计划总结
        2026春季学期幼儿园保教工作计划（附月计划）.docx
        文档编号：MY20260215083　｜　格式：DOCX　｜　页数：4　｜　大小：41.6KB
        内容提供者：园长小课堂　｜　上传时间：2026-02-15　｜　浏览 1,427　｜　下载 96
        🤖 AI一键改写　｜　📊 生成PPT　｜　📝 续写
        菰溪县中心幼儿园2026年春季学期保教工作计划
        本学期，我园以《3—6岁儿童学习与发展指南》为引领，坚持保育与教育并重，以课程游戏化为抓手，全面提升保教质量。全园现有教学班12个，在园幼儿386名，教职工54名。
        一、工作目标
        （一）保育目标：幼儿出勤率达到92%以上，幼儿健康检查率保持100%，幼儿近视发生率控制在3%以内。
        （二）教育目标：幼儿每天户外活动时间不少于2小时，小班、中班、大班幼儿发展评估达标率分别达到90%、92%、95%。
        （三）队伍目标：教师持证上岗率保持100%，每名教师每学期听课不少于12节，培养园级骨干教师3名。
        （四）家园共育目标：家长满意度达到96%以上，家长学校参训率达到90%。
        二、主要工作
        （一）保育保健
        1.落实卫生保健制度。严格执行晨午检和全日观察制度，晨检率达到100%，玩教具消毒合格率达到100%。（负责人：保健医生）
        2.科学管理膳食。每周公布带量食谱，每月召开1次膳食委员会会议。3月底前完成春季幼儿体检和生长发育评价。（负责人：保健医生）
        （二）教育教学
        1.深化课程游戏化。每班每天自主游戏时间不少于1小时，每班区域活动区不少于6个。
        2.做好幼小衔接。大班开展入学准备教育，由业务园长牵头，5月底前与菰溪县实验小学开展幼小衔接联合教研。
        💡 AI解读：本段主要讲述了幼儿园教育教学工作的两项重点，点击查看完整解读 ›
        （三）队伍建设
        1.加强园本教研。每两周开展1次园本教研活动，举办青年教师说课比赛1场。
        2.推进青蓝结对。新结对师徒5对，4月底前完成青年教师半日活动展示。（负责人：业务园长）
        🔓 以下为付费内容，您已购买，可继续阅读全文
        （四）安全与家园共育
        1.守牢安全底线。每月开展1次安全隐患排查，每学期组织应急疏散演练3次。6月底前完成园内大型玩具检修。（负责人：后勤园长）
        2.密切家园联系。每学期召开家长会2次，家访率达到100%。
        三、月工作计划
        二月（开学月）：做好开学准备和新生入园适应工作，召开新学期全园教职工会议。
        三月（习惯养成月）：开展“好习惯伴我行”主题活动，组织春季幼儿体检。
        四月（健康运动月）：举办春季亲子运动会，开展青年教师半日活动展示。
        五月（劳动实践月）：开展“我是劳动小能手”主题活动，组织大班幼儿参观小学。
        六月（衔接准备月）：开展大班幼小衔接系列活动，做好学期幼儿发展评估。
        七月（总结提升月）：举行大班毕业典礼，完成学期保教工作总结。
        菰溪县中心幼儿园
        2026年2月12日
        📄 已到文档末尾
        📥 下载原文档（已购买，不限次数）
        ⭐ 收藏　｜　🔗 分享　｜　🖨 打印　｜　⚠ 举报
        文档评价：★★★★★ 4.9分（17人评价）　［我要评价］
        📂 同系列文档
        2026春季学期幼儿园小班班务计划.docx
        幼儿园卫生保健工作计划（春季）.docx
        幼儿园月工作计划表（2—7月）.xlsx
        本站声明：文档由用户上传，墨言文库仅提供存储服务，如有侵权请联系删除。
        © 2026 墨言文库 moyan.example.com　蕙ICP备2024007715号
        """

    /// A county bureau's 2026年工作计划 under its notice on the county government's portal (蕙山县人民政府): the portal's
    /// name, a 移动版/无障碍/关怀版/English row, the menu, a search line and a "/" path above the page heading (the notice's
    /// title) and an 信息来源/公开方式/公开范围/公开时限 line and a 发布时间/浏览次数/字号 line under it; the notice (文号,
    /// addressees, body, signature, date, "（此件主动公开）") and the plan's title; the introduction with stock counts,
    /// 一、主要目标 as one paragraph (全县 at the head past a "；", a baseline with its year, 保持在…以上, a second sentence
    /// headed by 全县 with a standalone point fall), 二、重点工作 with （一）…（四） titles over items numbered straight
    /// through "1." … "7." (owner brackets "（责任股室：…）" naming one or two 股室 after deadlines, one of them after a deadline
    /// whose subject follows it, and with no deadline, "（牵头股室：A；配合股室：B）" with no deadline, 左右 with a 其中 part, a
    /// verb before two counts, "由…牵头，month底前…", a 全县 at the head of an item's body, counts of 现场会 and 大排查 held), a
    /// "💡 名词解释" line between 4. and （三）, 三、保障措施 with two lead phrases (全县, a count of 调度会 held), 四、季度工作
    /// 安排 with four quarter lines "第N季度（months）：…"; no signature under the plan; a 相关解读 row, a 【纠错】… row, a 📲
    /// share line, 上一篇/下一篇 and three footer lines below.
    static let countyAnnualPlanWithQuarterScheduleUnderNoticeOnGovernmentPortal = """
        蕙山县人民政府
        📱 移动版　｜　♿ 无障碍　｜　关怀版　｜　English
        首页　要闻动态　政务公开　政务服务　互动交流　走进蕙山
        🔍 ［ 请输入关键词 ］　搜索　｜　高级检索
        首页 / 政务公开 / 部门信息公开 / 县教育局 / 计划总结
        蕙山县教育局关于印发《蕙山县教育局2026年工作计划》的通知
        信息来源：县教育局　｜　公开方式：主动公开　｜　公开范围：面向社会　｜　公开时限：常年公开
        发布时间：2026-02-13 10:05　｜　浏览次数：1,204　｜　【字号：大 中 小】
        蕙教发〔2026〕4号
        各乡镇中心学校，县直各学校、幼儿园，局机关各股室：
        现将《蕙山县教育局2026年工作计划》印发给你们，请结合工作实际，认真抓好落实。
        蕙山县教育局
        2026年2月10日
        （此件主动公开）
        蕙山县教育局2026年工作计划
        2026年，全县教育工作以办好人民满意的教育为目标，以“强基础、提质量、促公平”为主线，加快建设教育强县。全县现有各级各类学校118所，在校学生6.3万人，教职工5186名。
        一、主要目标
        全县学前三年毛入园率达到96%以上，普惠性幼儿园覆盖率保持在93%以上；义务教育巩固率达到99.5%，高中阶段毛入学率由2025年的94%提高到95.5%。全县学生体质健康合格率达到93%以上，学生近视率较上年下降0.8个百分点。
        二、重点工作
        （一）推进学前教育普惠发展
        1.扩充普惠资源。新建、改扩建公办幼儿园4所，新增公办学位1080个。8月底前县第三幼儿园建成投用。（责任股室：计财股、学前教育股）
        2.提升保教质量。省级示范幼儿园达到9所，乡镇中心幼儿园等级评估合格率达到100%。
        （二）推进义务教育优质均衡
        3.优化资源配置。实施薄弱学校改造项目11个，10月底前完成县第五小学综合楼主体工程。（责任股室：计财股）
        4.深化教学改革。全县义务教育学校课后服务覆盖率保持100%，学生自愿参与率达到92%以上，举办全县课堂教学改革现场会2次。（责任股室：基础教育股）
        💡 名词解释：“课后服务覆盖率”指提供课后服务的学校占义务教育学校总数的比例。［收起］
        （三）加强教师队伍建设
        5.补充教师力量。公开招聘教师160名左右，其中乡村学校教师不少于100名；交流轮岗教师比例不低于15%。
        6.强化教师培训。每名教师年度培训不少于72学时，新增县级骨干教师50名、县级学科带头人20名。由人事股牵头，9月底前完成中小学教师职称评审。
        （四）守牢校园安全底线
        7.加强安全管理。中小学幼儿园专职保安配备率保持100%，学校食堂“明厨亮灶”覆盖率达到100%，每学期开展安全隐患大排查2轮。（牵头股室：安全股；配合股室：基础教育股）
        三、保障措施
        （一）强化经费保障。全县教育经费投入不低于9.2亿元，确保教育投入“两个只增不减”。
        （二）强化督导考核。每季度召开1次重点工作调度会，将重点工作完成情况纳入学校年度考核。
        四、季度工作安排
        第一季度（1—3月）：召开全县教育工作会议，部署年度重点工作；完成春季开学工作检查。
        第二季度（4—6月）：组织中考和高考考务工作，开展学前教育宣传月活动。
        第三季度（7—9月）：做好秋季招生入学工作，完成新教师招聘和岗前培训。
        第四季度（10—12月）：开展学校年度目标考核，编制2027年教育工作计划。
        相关解读：📄 文字解读　｜　🖼 图文解读　｜　🎬 视频解读（02:36）
        【纠错】　【收藏】　【打印】　【关闭】
        📲 微信扫一扫，分享本页到朋友圈
        上一篇：蕙山县教育局2025年工作总结
        下一篇：蕙山县教育局关于做好2026年春季学期开学工作的通知
        主办：蕙山县人民政府办公室　｜　承办：蕙山县融媒体中心
        网站标识码：3329810007　蕙ICP备2021006652号　蕙公网安备 33298102000118号
        🕒 本站已安全运行 3,652 天
        """

    /// A middle school's 教学质量提升三年行动计划（2026—2028年） as a 头条文章 of the school's account on a microblog
    /// platform (鹊声): the platform's row and a "📰 头条文章" label above the article's title (the plan's title), an
    /// account line with 🅥, a date/来自/已编辑 line, a hashtag line and an 阅读 line under it; the introduction with stock
    /// counts and a 其中 part, 一、总体目标 with a vision sentence holding a rank aimed at, "具体目标如下：" and three goal lines
    /// "（N）名称：…" (a baseline with its year, a "到2027年，" sentence followed by a sentence of the plan's year, 每学年, an
    /// abbreviated list of grades with 分别 and 不超过), 二、主要措施 with （一）…（四） titles over "N.lead。body" items (owner
    /// brackets "（责任部门：…）" with no deadline, after a deadline in the middle of a sentence — naming two offices — and after
    /// "2026年底前…", 至少, 三年, a "到2027年，" sentence, "由…牵头，2027年6月底前…", 至, 每个, counts of 质量检测, 分析会 and
    /// 科技节/艺术节 held), a "📷 查看图片（3）" line between （一） and （二） of 二、, 三、保障措施 with three lead phrases (a
    /// count of 专题会议 held, 三年累计), the school's signature and date; 转发/评论/赞, 按热度/按时间, two comments and the
    /// author's reply, a 还有…评论 line, 相关热搜 and the platform's footer below.
    static let middleSchoolThreeYearQualityPlanAsMicroblogArticle = """
        鹊声　首页　发现　热搜　消息　｜　登录　注册
        📰 头条文章
        蓠溪县实验初级中学教学质量提升三年行动计划（2026—2028年）
        蓠溪实验初中 🅥　｜　教育机构官方账号　｜　＋关注
        2026-3-18 09:30　来自 鹊声网页版　已编辑
        #蓠溪教育#　#教学质量提升#
        阅读 1.8万
        为全面提升学校教育教学质量，办好人民满意的学校，根据县教育局有关要求，结合学校实际，制定本行动计划。学校现有教学班42个，在校学生2036名，专任教师158名，其中县级以上骨干教师31名。
        一、总体目标
        到2028年，学校教育教学质量显著提升，学业水平考试综合评价进入全县前3名。具体目标如下：
        （一）质量目标：学业水平考试全科合格率由2025年的78%提高到88%，优秀率达到30%以上；学生体质健康测试优良率达到60%。
        （二）队伍目标：到2027年，县级以上骨干教师占比达到25%，青年教师教学基本功考核合格率达到100%。每名教师每学年听课不少于30节。
        （三）课堂目标：七、八、九年级书面作业平均完成时间分别不超过60分钟、70分钟、90分钟。
        二、主要措施
        （一）实施课堂提质工程
        1.推进“学—练—评”课堂改革。全面推行“学—练—评”一体化教学，每名教师每学期至少上1节校级研讨课。（责任部门：教务处）
        2.规范作业管理。作业公示率达到100%，2026年9月底前修订《蓠溪县实验初级中学作业管理细则》。（责任部门：教务处、年级组）
        📷 查看图片（3）
        （二）实施教师成长工程
        1.深化青蓝结对。三年新结对师徒30对，青年教师校级汇报课达标率达到100%。
        2.加强名师培养。到2027年，培养县级学科带头人6名。建设校级名师工作室4个。由教科室牵头，2027年6月底前建成学校教师发展中心。
        （三）实施精准教学工程
        1.强化质量监测。每学期组织质量检测2次，召开教学质量分析会2次。2026年底前建成学生学业质量数据平台。（责任部门：信息中心）
        2.实施分层辅导。学困生转化率达到80%以上，每个班级配备学科导师2至3名。
        （四）实施五育融合工程
        1.加强体育锻炼。学生每天校内体育活动时间不少于1小时，每名学生掌握1至2项体育技能。
        2.丰富科技艺术活动。每年举办校园科技节和艺术节各1届，学生社团参与率达到90%以上。
        三、保障措施
        （一）加强组织保障。成立由校长任组长的教学质量提升工作领导小组，每学期召开2次专题会议。
        （二）加大经费投入。三年累计投入教学设施设备经费不少于300万元。
        （三）完善考核激励。将教学质量提升情况纳入教师绩效考核和评优评先。
        蓠溪县实验初级中学
        2026年3月15日
        转发 126　｜　评论 48　｜　赞 532
        评论　　按热度 ｜ 按时间
        溪畔老陈：作业时间有明确上限，家长很支持！
        3-18 10:02　来自蕙川　回复　赞 41
        蓠溪实验初中 作者：感谢支持，我们会把各项措施落到实处。
        3-18 11:15　赞 9
        初二家长小吴：分层辅导具体怎么安排？希望能详细说说。
        3-18 12:47　来自蕙川　回复　赞 6
        还有 45 条评论，点击查看 ›
        相关热搜：#蓠溪中考政策#　｜　#初中课后服务#
        鹊声 ｜ 关于我们 ｜ 帮助中心 ｜ 举报中心 ｜ 蕙网文〔2025〕0318-012号
        """

    /// A district bureau's 2026年工作要点 on the bureau's website (荃湖区教育局 · 荃湖教育在线): the site's name line, a 📢
    /// maintenance notice, a search row with 繁體, the menu, a left sidebar of six 信息公开 column names and a "→"
    /// breadcrumb above the title, a bracketed 发布时间/作者/来源/浏览 line and a 字号/护眼模式 line under it; the
    /// introduction, 一、主要目标 as one paragraph (全区 at the head past a "；", 稳定在…以上, 城区 at the head of the next
    /// sentence with a 分别 pair of school kinds and 以内, a third sentence headed by 全区 with 力争达到), 二、工作任务 with
    /// （一）…（五） titles over items numbered straight through "1." … "12." (owner brackets "（责任科室：…）" with no
    /// deadline — one naming two 科室 — and after deadlines, one of them after a deadline whose subject follows it,
    /// "（牵头科室：A；配合科室：B）" after a deadline, "由…牵头，month底前…", a baseline with its year, 至少, 全区 with a 其中
    /// part, a verb before two counts, counts of 警示教育, 展评活动, 运动会 (届), 督查 and 排查 (轮) held), an "【专题链接】"
    /// line between 5. and （三）, 三、保障措施 with two lead phrases (全区, a count of 调度会 held), the bureau's signature
    /// and date; 【TAGS】, a 【收藏】…返回顶部 row, 上一篇/下一篇, a 网友留言 line, 本月热门 with two titles and two footer
    /// lines below.
    static let districtKeyPointsOnBureauWebsiteWithSidebar = """
        荃湖区教育局 · 荃湖教育在线
        📢 通知：本网站将于3月1日0:00—6:00进行系统维护，届时暂停访问。
        🔍 站内搜索　［　　　　］　｜　高级搜索　｜　繁體
        网站首页　机构职能　教育动态　信息公开　招生考试　教师发展　专题专栏　互动交流
        信息公开
        信息公开指南
        信息公开制度
        规划计划
        统计数据
        依申请公开
        首页 → 信息公开 → 规划计划
        荃湖区教育局2026年工作要点
        ［ 发布时间：2026-02-25　作者：办公室　来源：荃湖区教育局　浏览：2,306 ］
        🔤 字号：A+　A　A-　｜　🎨 护眼模式
        2026年，全区教育工作坚持立德树人根本任务，深入推进教育强区建设，着力推动各级各类教育优质均衡发展，努力办好人民满意的教育。
        一、主要目标
        全区学前三年毛入园率稳定在98%以上，普惠性幼儿园覆盖率达到95%；义务教育学校课后服务覆盖率保持100%。城区初中、小学平均班额分别控制在45人、40人以内。全区高中阶段毛入学率达到98%，普通高中本科上线率力争达到72%。
        二、工作任务
        （一）全面加强党的建设
        1.加强党的政治建设。落实中小学校党组织领导的校长负责制，推动基层党组织标准化规范化建设。（责任科室：机关党委）
        2.深化清廉学校建设。全区清廉学校建设达标率达到100%，每学期开展1次廉政警示教育。
        （二）推进基础教育扩优提质
        3.扩大优质学位供给。新建、改扩建中小学幼儿园8所，新增学位5400个。8月底前荃湖区实验学校二期工程建成投用。（责任科室：规划建设科）
        4.推进集团化办学。新组建教育集团5个，集团化办学覆盖率由2025年的70%提高到80%。（责任科室：基础教育科）
        5.提升学前教育质量。公办园在园幼儿占比达到60%以上，创建市级优质幼儿园4所。6月底前完成全区幼儿园保教质量评估。（牵头科室：学前教育科；配合科室：教研室）
        【专题链接】荃湖区“五育融合”特色学校建设专题 ›
        （三）深化教育教学改革
        6.推进课堂教学改革。每名教研员每学期深入学校指导不少于40天，举办区级课堂教学展评活动3次。（责任科室：教研室）
        7.落实“双减”政策。学科类校外培训机构监管覆盖率达到100%，义务教育学校作业公示率达到100%。（责任科室：基础教育科、校外培训监管科）
        8.加强体育美育工作。学生体质健康测试优良率达到58%以上，每所中小学至少组建3个艺术社团，举办全区中小学生运动会1届。
        （四）建设高素质教师队伍
        9.加强师德师风建设。教师师德考核合格率达到100%，开展师德师风专项督查2轮。
        10.推进教师交流轮岗。全区义务教育学校教师交流轮岗比例不低于12%，其中骨干教师比例不低于20%。（责任科室：人事科）
        11.提升教师专业能力。培训教师1.2万人次，新增市级名师12名、区级骨干教师60名。由人事科牵头，7月底前完成新教师招聘。
        （五）守牢安全稳定底线
        12.强化校园安全管理。中小学幼儿园“护学岗”设置率保持100%，开展安全隐患排查4轮。11月底前完成全区中小学校舍抗震加固。（责任科室：安全管理科）
        三、保障措施
        （一）强化经费保障。全区教育经费投入不低于21亿元。
        （二）强化督导考核。每季度召开1次重点工作调度会，将要点落实情况纳入年度考核。
        荃湖区教育局
        2026年2月20日
        【TAGS】工作要点　2026　荃湖教育
        【收藏】　【打印】　【关闭】　　⬆ 返回顶部
        上一篇：荃湖区教育局2025年工作总结
        下一篇：荃湖区2026年义务教育阶段学校招生工作实施意见
        💬 网友留言（0）　暂无留言　［我要留言］
        📈 本月热门
        荃湖区2026年春季学期开学工作部署会召开
        区教育局开展寒假校园安全专项检查
        主办：荃湖区教育局　地址：荃州市荃湖区文昌路66号　电话：0000-5520118
        蕙ICP备2022013379号-1　蕙公网安备 33110202000471号　🕐 最后更新：2026-02-26 17:30
        """

    /// A county's joint 2026年中小学幼儿园食品安全守护行动实施方案 with its 任务分解表 as a school received it in a 工作通知
    /// of the province's mobile government app (蕙政通): the 工作台 header, a ← nav row, the 【工作通知】 title, the 发送人
    /// line, an 已读/未读/DING line, the sender's covering note with its own "3月13日前", the 📎 附件 line and the preview's
    /// label above; the forwarded document: the 版头 of the two bureaus on one line, the 文号, the notice (title,
    /// addressees, body, the two signers on one line, date, "（此件主动公开）"), the plan's title, the introduction with
    /// stock counts, 一、工作目标 as one paragraph ("到2026年底，全县…" past a "；", a baseline with its year, 城区 at the head
    /// of the next sentence), 二、重点任务 with （一）…（三） titles over "N.lead。body" items with no owner and no deadline
    /// (年度, 至少, counts of 会议 and 专项检查 held), 三、保障措施 with three lead phrases (a count of 联席会议 held, 全年), the
    /// "附件：…" line, the "附件" label, the 分解表's title, header row and seven rows (one 牵头单位 cell naming two units, one
    /// "持续推进", one due in 2027), the "抄送：…" and 印发 lines; the preview's page marks at the foot of each of the three
    /// pages; below it an 已显示全部内容 line, a 回执 line, 评论 with two comments, an input line and the app's footer.
    static let countyFoodSafetyPlanAsWorkNoticeInGovernmentApp = """
        蕙政通 · 工作台
        ←　工作通知详情　　⋯
        【工作通知】关于转发《茝原县2026年中小学幼儿园食品安全守护行动实施方案》的通知
        发送人：茝原县教育局办公室 刘倩　｜　2026-03-09 15:20
        已读 212　｜　未读 17　｜　🔔 DING 提醒
        各中小学、幼儿园：现将县教育局、县市场监管局联合印发的实施方案转发给你们，请于3月13日前在本通知下确认收到，并认真抓好落实。
        📎 附件（1）：茝原县2026年中小学幼儿园食品安全守护行动实施方案.docx　128KB　［预览］　［下载］
        —— 附件预览（双指缩放查看）——
        茝原县教育局　茝原县市场监督管理局文件
        茝教联〔2026〕3号
        茝原县教育局　茝原县市场监督管理局关于印发《茝原县2026年中小学幼儿园食品安全守护行动实施方案》的通知
        各乡镇中心学校，县直各学校、幼儿园：
        为切实保障师生饮食安全，现将《茝原县2026年中小学幼儿园食品安全守护行动实施方案》印发给你们，请认真组织实施。
        茝原县教育局　　　　茝原县市场监督管理局
        2026年3月6日
        （此件主动公开）
        茝原县2026年中小学幼儿园食品安全守护行动实施方案
        为全面落实学校食品安全主体责任，守护师生“舌尖上的安全”，结合我县实际，制定本方案。全县现有学校食堂103个，每日就餐师生4.1万人。
        一、工作目标
        到2026年底，全县学校食堂“互联网+明厨亮灶”覆盖率达到100%，食品安全量化等级A级食堂占比由2025年的62%提高到75%；食堂从业人员持健康证上岗率保持100%。城区学校食堂食品原材料统一配送率达到90%以上。
        二、重点任务
        （一）压实主体责任
        1.落实陪餐制度。学校负责人陪餐率达到100%，每学期召开膳食委员会会议2次。
        2.加强人员培训。食堂从业人员年度培训不少于40学时，培训考核合格率达到100%。
        ┈┈┈┈┈ 1 / 3 ┈┈┈┈┈
        （二）强化过程管控
        1.规范原材料采购。大宗食品集中采购率达到95%以上，供应商资质审核率达到100%。
        2.严格加工制作。食品留样合格率达到100%，每所学校至少配备1名营养指导员。
        （三）开展专项检查
        1.开展联合检查。联合开展食品安全专项检查3轮，对发现的问题实行清单管理，问题整改率达到100%。
        2.畅通监督渠道。公布食品安全投诉举报电话，投诉处理办结率达到100%。
        三、保障措施
        （一）加强组织领导。成立县学校食品安全工作领导小组，每季度召开1次联席会议。
        （二）加大资金投入。全年安排学校食堂改造提升资金不少于1200万元。
        （三）严肃责任追究。对发生食品安全事故的学校，依法依规追究相关人员责任。
        附件：茝原县2026年中小学幼儿园食品安全守护行动任务分解表
        ┈┈┈┈┈ 2 / 3 ┈┈┈┈┈
        附件
        茝原县2026年中小学幼儿园食品安全守护行动任务分解表
        序号\t工作任务\t牵头单位\t配合单位\t完成时限
        1\t完成学校食堂“互联网+明厨亮灶”改造\t县教育局\t县市场监管局\t2026年6月底前
        2\t开展食堂从业人员全员培训\t县市场监管局\t县教育局\t2026年4月底前
        3\t建立大宗食品集中采购平台\t县教育局、县财政局\t—\t2026年8月底前
        4\t开展秋季开学食品安全专项检查\t县市场监管局\t县教育局、县卫生健康局\t2026年9月底前
        5\t完成全县学校食堂量化等级评定\t县市场监管局\t县教育局\t2026年11月底前
        6\t落实校长（园长）陪餐制度\t各中小学幼儿园\t—\t持续推进
        7\t开展年度学校食品安全工作考核\t县教育局\t县市场监管局\t2027年1月底前
        抄送：县人民政府办公室，县卫生健康局。
        茝原县教育局办公室　　　　　2026年3月6日印发
        ┈┈┈┈┈ 3 / 3 ┈┈┈┈┈
        —— 已显示全部内容 ——
        回执：［✓ 确认收到］　已确认 198 人
        评论（2）
        张明（茝原县城关小学）：收到，立即组织落实。　03-09 15:41
        李园长（茝原县实验幼儿园）：已转发全体保育员学习。　03-09 16:02
        💬 说点什么…
        此消息由蕙政通工作台发送 · 仅限内部传阅
        """

    static let expected: [ExpectedPlan] = [
        ExpectedPlan(
            name: "city 教育信息化 plan on a 范文 aggregator with a stats line, an AI摘要, a 范文仿写 widget inside and numbered comment floors",
            text: BlindFixtures20.cityEducationInformatizationPlanOnEssayAggregator,
            headings: [
                (0, "一、工作目标"), (0, "二、重点任务"), (1, "（一）夯实数字基础设施"), (2, "1.推进网络提速扩容"),
                (2, "2.建设智慧教室"), (1, "（二）丰富数字教育资源"), (2, "3.建设优质资源库"), (2, "4.推进平台应用"),
                (1, "（三）提升师生数字素养"), (2, "5.开展教师数字素养培训"), (2, "6.加强学生信息科技教育"),
                (1, "（四）推进教育数字治理"), (2, "7.建设教育大数据中心"), (2, "8.筑牢网络安全防线"), (0, "三、保障措施"),
                (1, "（一）加强组织领导"), (1, "（二）加大经费投入"), (1, "（三）强化考核评价"),
            ],
            indicators: [
                "中小学千兆光纤接入率 eq 100% 2026 全市", "多媒体教室覆盖率 eq 100% 2026 全市",
                "教师信息素养达标率 eq 92% 2026 全市 from 86@2025", "市级以上优质数字教育资源总量 eq 1.2万件 2026 -",
                "新增智慧校园示范校 eq 20所 2026 -", "每所中小学互联网出口带宽 ge 1000兆 2026 -",
                "新建智慧教室 eq 300间 2026 -", "农村学校智慧教室 ge 180间 2026 -", "遴选市级精品课例 eq 600节 2026 -",
                "每个学科组建资源开发团队 ge 1-2个 2026 -", "国家中小学智慧教育平台教师注册率 ge 98% 2026 -",
                "学生使用率 eq 85% 2026 -", "培训教师 eq 1.8万人次 2026 -",
                "每名教师年度信息技术应用能力提升培训 ge 50学时 2026 -", "中小学信息科技课程开课率 eq 100% 2026 -",
                "人工智能教育试点学校 eq 50所 2026 -", "学校网络安全等级保护备案率 eq 100% 2026 -",
                "安排教育信息化专项资金 ge 1.6亿元 2026 全市",
            ],
            notIndicators: ["412所", "36所", "1次", "14所", "2次"],
            tasks: [
                ("完成全市中小学校园网IPv6改造", "市电化教育馆", "2026-09"),
                ("出台《荃州市数字教育资源应用激励办法》", "市教育局基础教育科", "2026-06"),
                ("建成荃州市教育大数据中心", "市教育局信息化办公室", "2026-11"),
                ("实现与省级教育数据平台互联互通", "市教育局信息化办公室", "2026-11"),
                ("筑牢网络安全防线", "市教育局信息化办公室、市公安局网安支队", nil),
            ],
            noise: [
                "青简范文阁 · 写材料，先来青简", "📊 今日更新 214 篇　｜　累计收录 93.6 万篇　｜　会员登录",
                "首页 / 工作计划 / 工作总结 / 实施方案 / 讲话稿 / 公文写作 / 会员专区", "当前：首页 / 工作计划 / 教育工作计划",
                "📅 2026-03-11　✍ 佚名投稿　📂 教育工作计划　💬 4",
                "【AI摘要】本文围绕基础设施、数字资源、师生素养和数字治理四个方面，梳理了年度教育信息化重点工作。",
                "✍ 范文仿写：输入单位名称，一键生成同类工作计划 ›", "👍 有用（63）　　👎 没用（2）",
                "📥 下载本文（Word版，消耗2积分）　｜　⭐ 收藏　｜　🖨 打印", "相关栏目：学校工作计划 ｜ 教研工作计划 ｜ 信息技术工作计划",
                "💬 评论（4）", "1楼　访客_7f3a　2026-03-12 08:41", "写得很全，IPv6改造这块正好用得上。",
                "2楼　访客_b29c　2026-03-13 21:05", "请问有配套的任务分解表吗？", "查看全部4条评论 ›", "热门专题",
                "2026年工作计划专题", "教育数字化转型材料汇编", "客服QQ：0000-8866　工作时间：9:00—18:00（节假日除外）",
                "© 2026 青简范文阁 qingjian.example.com　蕙ICP备2025018830号-2",
            ]),
        ExpectedPlan(
            name: "kindergarten 春季学期 保教 plan with themed month lines on a paid 文库 with an AI row, an AI解读 and a 付费内容 line inside",
            text: BlindFixtures20.kindergartenSpringTermPlanOnPaidDocumentLibrary,
            headings: [
                (0, "一、工作目标"), (1, "（一）保育目标"), (1, "（二）教育目标"), (1, "（三）队伍目标"), (1, "（四）家园共育目标"),
                (0, "二、主要工作"), (1, "（一）保育保健"), (2, "1.落实卫生保健制度"), (2, "2.科学管理膳食"), (1, "（二）教育教学"),
                (2, "1.深化课程游戏化"), (2, "2.做好幼小衔接"), (1, "（三）队伍建设"), (2, "1.加强园本教研"),
                (2, "2.推进青蓝结对"), (1, "（四）安全与家园共育"), (2, "1.守牢安全底线"), (2, "2.密切家园联系"),
                (0, "三、月工作计划"),
            ],
            indicators: [
                "幼儿出勤率 ge 92% 2026 -", "幼儿健康检查率 eq 100% 2026 -", "幼儿近视发生率 le 3% 2026 -",
                "幼儿每天户外活动时间 ge 2小时 2026 -", "小班幼儿发展评估达标率 eq 90% 2026 -",
                "中班幼儿发展评估达标率 eq 92% 2026 -", "大班幼儿发展评估达标率 eq 95% 2026 -",
                "教师持证上岗率 eq 100% 2026 -", "每名教师每学期听课 ge 12节 2026 -", "培养园级骨干教师 eq 3名 2026 -",
                "家长满意度 ge 96% 2026 -", "家长学校参训率 eq 90% 2026 -", "晨检率 eq 100% 2026 -",
                "玩教具消毒合格率 eq 100% 2026 -", "每班每天自主游戏时间 ge 1小时 2026 -", "每班区域活动区 ge 6个 2026 -",
                "新结对师徒 eq 5对 2026 -", "家访率 eq 100% 2026 -",
            ],
            notIndicators: ["3-6岁", "12个", "386名", "54名", "1次", "1场", "3次", "2次"],
            tasks: [
                ("落实卫生保健制度", "保健医生", nil),
                ("完成春季幼儿体检和生长发育评价", "保健医生", "2026-03"),
                ("与菰溪县实验小学开展幼小衔接联合教研", "业务园长", "2026-05"),
                ("完成青年教师半日活动展示", "业务园长", "2026-04"),
                ("完成园内大型玩具检修", "后勤园长", "2026-06"),
                ("做好开学准备和新生入园适应工作", nil, "2026-02"),
                ("开展“好习惯伴我行”主题活动", nil, "2026-03"),
                ("举办春季亲子运动会", nil, "2026-04"),
                ("开展“我是劳动小能手”主题活动", nil, "2026-05"),
                ("开展大班幼小衔接系列活动", nil, "2026-06"),
                ("举行大班毕业典礼", nil, "2026-07"),
            ],
            noise: [
                "墨言文库", "登录　｜　注册　｜　充值　｜　我的文档", "🔍 ［ 输入关键词，搜索海量文档 ］　搜索",
                "所属分类：幼儿教育 - 园务管理 - 计划总结", "2026春季学期幼儿园保教工作计划（附月计划）.docx",
                "文档编号：MY20260215083　｜　格式：DOCX　｜　页数：4　｜　大小：41.6KB",
                "内容提供者：园长小课堂　｜　上传时间：2026-02-15　｜　浏览 1,427　｜　下载 96",
                "🤖 AI一键改写　｜　📊 生成PPT　｜　📝 续写",
                "💡 AI解读：本段主要讲述了幼儿园教育教学工作的两项重点，点击查看完整解读 ›",
                "🔓 以下为付费内容，您已购买，可继续阅读全文", "📄 已到文档末尾", "📥 下载原文档（已购买，不限次数）",
                "⭐ 收藏　｜　🔗 分享　｜　🖨 打印　｜　⚠ 举报", "文档评价：★★★★★ 4.9分（17人评价）　［我要评价］",
                "📂 同系列文档", "2026春季学期幼儿园小班班务计划.docx", "幼儿园卫生保健工作计划（春季）.docx",
                "幼儿园月工作计划表（2—7月）.xlsx", "本站声明：文档由用户上传，墨言文库仅提供存储服务，如有侵权请联系删除。",
                "© 2026 墨言文库 moyan.example.com　蕙ICP备2024007715号",
            ]),
        ExpectedPlan(
            name: "county 年度工作计划 with a 季度工作安排 under its notice on the county portal with a 公开方式 line, a 名词解释 box inside and a 相关解读 row",
            text: BlindFixtures20.countyAnnualPlanWithQuarterScheduleUnderNoticeOnGovernmentPortal,
            headings: [
                (0, "一、主要目标"), (0, "二、重点工作"), (1, "（一）推进学前教育普惠发展"), (2, "1.扩充普惠资源"),
                (2, "2.提升保教质量"), (1, "（二）推进义务教育优质均衡"), (2, "3.优化资源配置"), (2, "4.深化教学改革"),
                (1, "（三）加强教师队伍建设"), (2, "5.补充教师力量"), (2, "6.强化教师培训"), (1, "（四）守牢校园安全底线"),
                (2, "7.加强安全管理"), (0, "三、保障措施"), (1, "（一）强化经费保障"), (1, "（二）强化督导考核"),
                (0, "四、季度工作安排"),
            ],
            indicators: [
                "学前三年毛入园率 ge 96% 2026 全县", "普惠性幼儿园覆盖率 ge 93% 2026 全县", "义务教育巩固率 eq 99.5% 2026 全县",
                "高中阶段毛入学率 eq 95.5% 2026 全县 from 94@2025", "学生体质健康合格率 ge 93% 2026 全县",
                "学生近视率 eq 0.8个百分点 2026 全县", "新建、改扩建公办幼儿园 eq 4所 2026 -", "新增公办学位 eq 1080个 2026 -",
                "省级示范幼儿园 eq 9所 2026 -", "乡镇中心幼儿园等级评估合格率 eq 100% 2026 -",
                "实施薄弱学校改造项目 eq 11个 2026 -", "义务教育学校课后服务覆盖率 eq 100% 2026 全县",
                "学生自愿参与率 ge 92% 2026 全县", "公开招聘教师 approx 160名 2026 -", "乡村学校教师 ge 100名 2026 -",
                "交流轮岗教师比例 ge 15% 2026 -", "每名教师年度培训 ge 72学时 2026 -", "新增县级骨干教师 eq 50名 2026 -",
                "县级学科带头人 eq 20名 2026 -", "中小学幼儿园专职保安配备率 eq 100% 2026 -",
                "学校食堂“明厨亮灶”覆盖率 eq 100% 2026 -", "教育经费投入 ge 9.2亿元 2026 全县",
            ],
            notIndicators: ["4号", "118所", "6.3万人", "5186名", "2次", "2轮", "1次"],
            tasks: [
                ("县第三幼儿园建成投用", "计财股、学前教育股", "2026-08"),
                ("完成县第五小学综合楼主体工程", "计财股", "2026-10"),
                ("深化教学改革", "基础教育股", nil),
                ("完成中小学教师职称评审", "人事股", "2026-09"),
                ("加强安全管理", "安全股", nil),
                ("召开全县教育工作会议", nil, "2026-03"),
                ("完成春季开学工作检查", nil, "2026-03"),
                ("组织中考和高考考务工作", nil, "2026-06"),
                ("做好秋季招生入学工作", nil, "2026-09"),
                ("开展学校年度目标考核", nil, "2026-12"),
            ],
            noise: [
                "蕙山县人民政府", "📱 移动版　｜　♿ 无障碍　｜　关怀版　｜　English", "首页　要闻动态　政务公开　政务服务　互动交流　走进蕙山",
                "🔍 ［ 请输入关键词 ］　搜索　｜　高级检索", "首页 / 政务公开 / 部门信息公开 / 县教育局 / 计划总结",
                "信息来源：县教育局　｜　公开方式：主动公开　｜　公开范围：面向社会　｜　公开时限：常年公开",
                "发布时间：2026-02-13 10:05　｜　浏览次数：1,204　｜　【字号：大 中 小】",
                "💡 名词解释：“课后服务覆盖率”指提供课后服务的学校占义务教育学校总数的比例。［收起］",
                "相关解读：📄 文字解读　｜　🖼 图文解读　｜　🎬 视频解读（02:36）", "【纠错】　【收藏】　【打印】　【关闭】",
                "📲 微信扫一扫，分享本页到朋友圈", "上一篇：蕙山县教育局2025年工作总结",
                "下一篇：蕙山县教育局关于做好2026年春季学期开学工作的通知", "主办：蕙山县人民政府办公室　｜　承办：蕙山县融媒体中心",
                "网站标识码：3329810007　蕙ICP备2021006652号　蕙公网安备 33298102000118号", "🕒 本站已安全运行 3,652 天",
            ]),
        ExpectedPlan(
            name: "middle school 教学质量提升 三年行动计划 as a microblog 头条文章 with a hashtag line, a 查看图片 line inside and 来自-place comments",
            text: BlindFixtures20.middleSchoolThreeYearQualityPlanAsMicroblogArticle,
            headings: [
                (0, "一、总体目标"), (1, "（一）质量目标"), (1, "（二）队伍目标"), (1, "（三）课堂目标"), (0, "二、主要措施"),
                (1, "（一）实施课堂提质工程"), (2, "1.推进“学—练—评”课堂改革"), (2, "2.规范作业管理"),
                (1, "（二）实施教师成长工程"), (2, "1.深化青蓝结对"), (2, "2.加强名师培养"), (1, "（三）实施精准教学工程"),
                (2, "1.强化质量监测"), (2, "2.实施分层辅导"), (1, "（四）实施五育融合工程"), (2, "1.加强体育锻炼"),
                (2, "2.丰富科技艺术活动"), (0, "三、保障措施"), (1, "（一）加强组织保障"), (1, "（二）加大经费投入"),
                (1, "（三）完善考核激励"),
            ],
            indicators: [
                "学业水平考试全科合格率 eq 88% 2028 - from 78@2025", "优秀率 ge 30% 2028 -", "学生体质健康测试优良率 eq 60% 2028 -",
                "县级以上骨干教师占比 eq 25% 2027 -", "青年教师教学基本功考核合格率 eq 100% 2027 -",
                "每名教师每学年听课 ge 30节 2028 -", "七年级书面作业平均完成时间 le 60分钟 2028 -",
                "八年级书面作业平均完成时间 le 70分钟 2028 -", "九年级书面作业平均完成时间 le 90分钟 2028 -",
                "每名教师每学期上校级研讨课 ge 1节 2028 -", "作业公示率 eq 100% 2028 -", "新结对师徒 eq 30对 2028 -",
                "青年教师校级汇报课达标率 eq 100% 2028 -", "培养县级学科带头人 eq 6名 2027 -", "建设校级名师工作室 eq 4个 2028 -",
                "学困生转化率 ge 80% 2028 -", "每个班级配备学科导师 ge 2-3名 2028 -", "学生每天校内体育活动时间 ge 1小时 2028 -",
                "每名学生掌握体育技能 ge 1-2项 2028 -", "学生社团参与率 ge 90% 2028 -",
                "累计投入教学设施设备经费 ge 300万元 2028 -",
            ],
            notIndicators: ["42个", "2036名", "158名", "31名", "3名", "2次", "1届"],
            tasks: [
                ("推进“学—练—评”课堂改革", "教务处", nil),
                ("修订《蓠溪县实验初级中学作业管理细则》", "教务处、年级组", "2026-09"),
                ("建成学校教师发展中心", "教科室", "2027-06"),
                ("建成学生学业质量数据平台", "信息中心", "2026"),
            ],
            noise: [
                "鹊声　首页　发现　热搜　消息　｜　登录　注册", "📰 头条文章", "蓠溪实验初中 🅥　｜　教育机构官方账号　｜　＋关注",
                "2026-3-18 09:30　来自 鹊声网页版　已编辑", "#蓠溪教育#　#教学质量提升#", "阅读 1.8万", "📷 查看图片（3）",
                "转发 126　｜　评论 48　｜　赞 532", "评论　　按热度 ｜ 按时间", "溪畔老陈：作业时间有明确上限，家长很支持！",
                "3-18 10:02　来自蕙川　回复　赞 41", "蓠溪实验初中 作者：感谢支持，我们会把各项措施落到实处。", "3-18 11:15　赞 9",
                "初二家长小吴：分层辅导具体怎么安排？希望能详细说说。", "3-18 12:47　来自蕙川　回复　赞 6",
                "还有 45 条评论，点击查看 ›", "相关热搜：#蓠溪中考政策#　｜　#初中课后服务#",
                "鹊声 ｜ 关于我们 ｜ 帮助中心 ｜ 举报中心 ｜ 蕙网文〔2025〕0318-012号",
            ]),
        ExpectedPlan(
            name: "district 工作要点 numbered straight through on the bureau's site with a sidebar of column names, a 专题链接 inside and 本月热门",
            text: BlindFixtures20.districtKeyPointsOnBureauWebsiteWithSidebar,
            headings: [
                (0, "一、主要目标"), (0, "二、工作任务"), (1, "（一）全面加强党的建设"), (2, "1.加强党的政治建设"),
                (2, "2.深化清廉学校建设"), (1, "（二）推进基础教育扩优提质"), (2, "3.扩大优质学位供给"), (2, "4.推进集团化办学"),
                (2, "5.提升学前教育质量"), (1, "（三）深化教育教学改革"), (2, "6.推进课堂教学改革"), (2, "7.落实“双减”政策"),
                (2, "8.加强体育美育工作"), (1, "（四）建设高素质教师队伍"), (2, "9.加强师德师风建设"), (2, "10.推进教师交流轮岗"),
                (2, "11.提升教师专业能力"), (1, "（五）守牢安全稳定底线"), (2, "12.强化校园安全管理"), (0, "三、保障措施"),
                (1, "（一）强化经费保障"), (1, "（二）强化督导考核"),
            ],
            indicators: [
                "学前三年毛入园率 ge 98% 2026 全区", "普惠性幼儿园覆盖率 eq 95% 2026 全区",
                "义务教育学校课后服务覆盖率 eq 100% 2026 全区", "初中平均班额 le 45人 2026 城区", "小学平均班额 le 40人 2026 城区",
                "高中阶段毛入学率 eq 98% 2026 全区", "普通高中本科上线率 eq 72% 2026 全区", "清廉学校建设达标率 eq 100% 2026 全区",
                "新建、改扩建中小学幼儿园 eq 8所 2026 -", "新增学位 eq 5400个 2026 -", "新组建教育集团 eq 5个 2026 -",
                "集团化办学覆盖率 eq 80% 2026 - from 70@2025", "公办园在园幼儿占比 ge 60% 2026 -",
                "创建市级优质幼儿园 eq 4所 2026 -", "每名教研员每学期深入学校指导 ge 40天 2026 -",
                "学科类校外培训机构监管覆盖率 eq 100% 2026 -", "义务教育学校作业公示率 eq 100% 2026 -",
                "学生体质健康测试优良率 ge 58% 2026 -", "每所中小学组建艺术社团 ge 3个 2026 -", "教师师德考核合格率 eq 100% 2026 -",
                "义务教育学校教师交流轮岗比例 ge 12% 2026 全区", "骨干教师比例 ge 20% 2026 全区", "培训教师 eq 1.2万人次 2026 -",
                "新增市级名师 eq 12名 2026 -", "区级骨干教师 eq 60名 2026 -", "中小学幼儿园“护学岗”设置率 eq 100% 2026 -",
                "教育经费投入 ge 21亿元 2026 全区",
            ],
            notIndicators: ["1次", "3次", "1届", "2轮", "4轮"],
            tasks: [
                ("加强党的政治建设", "机关党委", nil),
                ("荃湖区实验学校二期工程建成投用", "规划建设科", "2026-08"),
                ("推进集团化办学", "基础教育科", nil),
                ("完成全区幼儿园保教质量评估", "学前教育科", "2026-06"),
                ("推进课堂教学改革", "教研室", nil),
                ("落实“双减”政策", "基础教育科、校外培训监管科", nil),
                ("推进教师交流轮岗", "人事科", nil),
                ("完成新教师招聘", "人事科", "2026-07"),
                ("完成全区中小学校舍抗震加固", "安全管理科", "2026-11"),
            ],
            noise: [
                "荃湖区教育局 · 荃湖教育在线", "📢 通知：本网站将于3月1日0:00—6:00进行系统维护，届时暂停访问。",
                "🔍 站内搜索　［　　　　］　｜　高级搜索　｜　繁體", "网站首页　机构职能　教育动态　信息公开　招生考试　教师发展　专题专栏　互动交流",
                "信息公开", "信息公开指南", "信息公开制度", "规划计划", "统计数据", "依申请公开", "首页 → 信息公开 → 规划计划",
                "［ 发布时间：2026-02-25　作者：办公室　来源：荃湖区教育局　浏览：2,306 ］", "🔤 字号：A+　A　A-　｜　🎨 护眼模式",
                "【专题链接】荃湖区“五育融合”特色学校建设专题 ›", "【TAGS】工作要点　2026　荃湖教育",
                "【收藏】　【打印】　【关闭】　　⬆ 返回顶部", "上一篇：荃湖区教育局2025年工作总结",
                "下一篇：荃湖区2026年义务教育阶段学校招生工作实施意见", "💬 网友留言（0）　暂无留言　［我要留言］", "📈 本月热门",
                "荃湖区2026年春季学期开学工作部署会召开", "区教育局开展寒假校园安全专项检查",
                "主办：荃湖区教育局　地址：荃州市荃湖区文昌路66号　电话：0000-5520118",
                "蕙ICP备2022013379号-1　蕙公网安备 33110202000471号　🕐 最后更新：2026-02-26 17:30",
            ]),
        ExpectedPlan(
            name: "county 食品安全 实施方案 with a 任务分解表 forwarded in a mobile government app's 工作通知 with page marks, a 回执 and comments",
            text: BlindFixtures20.countyFoodSafetyPlanAsWorkNoticeInGovernmentApp,
            headings: [
                (0, "一、工作目标"), (0, "二、重点任务"), (1, "（一）压实主体责任"), (2, "1.落实陪餐制度"), (2, "2.加强人员培训"),
                (1, "（二）强化过程管控"), (2, "1.规范原材料采购"), (2, "2.严格加工制作"), (1, "（三）开展专项检查"),
                (2, "1.开展联合检查"), (2, "2.畅通监督渠道"), (0, "三、保障措施"), (1, "（一）加强组织领导"),
                (1, "（二）加大资金投入"), (1, "（三）严肃责任追究"),
            ],
            indicators: [
                "学校食堂“互联网+明厨亮灶”覆盖率 eq 100% 2026 全县",
                "食品安全量化等级A级食堂占比 eq 75% 2026 全县 from 62@2025", "食堂从业人员持健康证上岗率 eq 100% 2026 全县",
                "学校食堂食品原材料统一配送率 ge 90% 2026 城区", "学校负责人陪餐率 eq 100% 2026 -",
                "食堂从业人员年度培训 ge 40学时 2026 -", "培训考核合格率 eq 100% 2026 -", "大宗食品集中采购率 ge 95% 2026 -",
                "供应商资质审核率 eq 100% 2026 -", "食品留样合格率 eq 100% 2026 -", "每所学校配备营养指导员 ge 1名 2026 -",
                "问题整改率 eq 100% 2026 -", "投诉处理办结率 eq 100% 2026 -", "安排学校食堂改造提升资金 ge 1200万元 2026 -",
            ],
            notIndicators: ["3号", "103个", "4.1万人", "2次", "3轮", "1次"],
            tasks: [
                ("完成学校食堂“互联网+明厨亮灶”改造", "县教育局", "2026-06"),
                ("开展食堂从业人员全员培训", "县市场监管局", "2026-04"),
                ("建立大宗食品集中采购平台", "县教育局", "2026-08"),
                ("开展秋季开学食品安全专项检查", "县市场监管局", "2026-09"),
                ("完成全县学校食堂量化等级评定", "县市场监管局", "2026-11"),
                ("落实校长（园长）陪餐制度", "各中小学幼儿园", nil),
                ("开展年度学校食品安全工作考核", "县教育局", "2027-01"),
            ],
            noise: [
                "蕙政通 · 工作台", "←　工作通知详情　　⋯",
                "【工作通知】关于转发《茝原县2026年中小学幼儿园食品安全守护行动实施方案》的通知",
                "发送人：茝原县教育局办公室 刘倩　｜　2026-03-09 15:20", "已读 212　｜　未读 17　｜　🔔 DING 提醒",
                "各中小学、幼儿园：现将县教育局、县市场监管局联合印发的实施方案转发给你们，请于3月13日前在本通知下确认收到，并认真抓好落实。",
                "📎 附件（1）：茝原县2026年中小学幼儿园食品安全守护行动实施方案.docx　128KB　［预览］　［下载］",
                "—— 附件预览（双指缩放查看）——", "┈┈┈┈┈ 1 / 3 ┈┈┈┈┈", "┈┈┈┈┈ 2 / 3 ┈┈┈┈┈", "┈┈┈┈┈ 3 / 3 ┈┈┈┈┈",
                "—— 已显示全部内容 ——", "回执：［✓ 确认收到］　已确认 198 人", "评论（2）",
                "张明（茝原县城关小学）：收到，立即组织落实。　03-09 15:41", "李园长（茝原县实验幼儿园）：已转发全体保育员学习。　03-09 16:02",
                "💬 说点什么…", "此消息由蕙政通工作台发送 · 仅限内部传阅",
            ]),
    ]
}
