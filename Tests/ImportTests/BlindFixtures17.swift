import Foundation
@testable import PlanImport

/// A seventeenth blind set: six ORDINARY plans of the genre, each as a user's select-all copy of the kind of page county
/// staff most often copy plans from, furniture included above, below and sometimes inside the plan, each site in a sixth
/// design with its own name and wording, different from sets 12, 13, 14, 15 and 16, with furniture kinds those sets did not
/// use, and the plan types spread over the kinds of page otherwise than in those sets. Invented content throughout
/// (fictional places 箫原县, 笛岭县 (with its 笛口镇), 笙溪县, 埙山县 and 琶湖区 under 筝阳市, 筝阳市 itself, all in an
/// invented 磬川省; invented sites, accounts, users, addresses, codes and numbers; no published sentence copied): a county
/// bureau's 专项 plan (中小学校园食品安全工作计划, with a 时间安排 by stages) on a 教育资源 site (青桐教育资源网: a 签到/点
/// 数 row, a 学段 selector, a "/" breadcrumb, a resource title with a 【计划总结】 tag and "（DOC可编辑）", a resource card
/// with a 下载 price in 点, a 资源预览 note, a 专题 link inside the plan, 资源评论 with star ratings, 上传者的其他资源, a
/// 客服QQ line); a township 中心学校's 年度工作计划 (with a 季度工作安排) in the online preview of a .docx shared on a
/// cloud drive (云舟网盘: "…分享了 1 个文件", the file name, a 分享于/永久有效/已浏览 line, 下载/保存到我的网盘/举报, a 在
/// 线预览 note, the docx's "N / 3" footer marks and two reviewers' 批注 inside, 分享者的其他文件, an App line); a city
/// bureau's 年度工作要点 in the page body under its notice on the city bureau's own portal (筝阳市教育局: a 无障碍阅读/关怀
/// 模式 row, a 全站搜索 bar, a "·" menu, a "/" breadcrumb, a 来源/发布日期/阅读量 line, a 语音播报 player line, 【打印正
/// 文】【收藏本页】【关闭窗口】, 相关链接, a 政策咨询 line, an 有帮助/没帮助 poll, 上一条/下一条, the official accounts,
/// the 党政机关 and 我为政府网站找错 badges, a 12345 line); a city middle school's 秋季学期 学校工作计划 (with a 月工作安排
/// running into January) in a WeChat article of the school's own account (琶湖中学: an "文章已于…修改" line, a 设为星标
/// line, a "◀ 左右滑动… ▶" carousel caption and a 小程序 card inside, six 文字/图片/编辑/初审/复审/终审 lines, hashtags, 阅
/// 读, 赞/在看, 轻点两下取消在看, the 关注7天后才可留言 note, 全部留言 with comments and the author's reply, 微信扫一扫可打
/// 开此内容); a county bureau's 工作总结和下一年工作计划 in 第一部分/第二部分 on the bureau's own website (埙山教育: a
/// platform quick-links row, the logo word and slogan, a ∣ menu, a 【滚动公告】 line, a 飘窗 line with "× 关闭", a ▶
/// breadcrumb, 信息分类/来源/作者/录入时间, 阅读次数/字号/双击滚屏, 编辑/审核, 【我要评论】【推荐】【打印】【关闭】, 本栏目
/// 热点, a 设计制作 line, a 运维电话 line); a county bureau's 县域普通高中 实施方案（2026—2028年） under its notice copied
/// whole from the Word/WPS file (版头, 文号, notice, "（此件主动公开）", a 页眉 repeating the 文号 at the top of pages 2–5,
/// "·N·" page numbers, the plan's 附件 重点任务分解表 with 责任单位 and 完成时限 columns copied as tab-separated rows, the
/// 抄送/印发 版记).
/// Written without reading the importer's sources and without running the importer or any test; syntax checked with
/// `swiftc -parse` only.
/// No stored pages were searched for this set; every site's furniture is reproduced from common knowledge of such pages in
/// invented wording: 教育资源 sites (site name with slogan, 每日签到领点数/会员中心/充值/上传资源赚点数/退出, a 学段
/// selector, a search bar, a "资源中心 / … / …" breadcrumb, a resource title "【类别】…（DOC可编辑）", 资源类型/文件格式/大
/// 小/适用地区, 上传者/上传时间/下载/评分, a 下载 price in 点 with 【立即下载】【加入资源篮】【资源纠错】, a 资源预览 note,
/// a 专题 link, 【分享给同事】, 资源评论 with "★ name date" and text, 上传者的其他资源 files, a 声明, 客服QQ/工作时间,
/// Copyright/ICP); cloud-drive share pages (the drive's name, 首页/我的文件/传输列表/客户端下载/登录, "name 分享了 N 个文
/// 件", the file name, size/分享于/有效期/已浏览, 下载/保存到我的网盘/举报, a 在线预览 note with ［用WPS打开］, the file's
/// own footer marks "N / N" and reviewers' 批注 "批注 · name（office）　date time" with their text, "— 预览已到底部 —", 分
/// 享者的其他文件, an App line, a 免责 line, ©/ICP/增值电信业务经营许可证); city bureau portals (the bureau's name, 无障碍
/// 阅读/关怀模式/政务微博/政务微信/局长信箱, 全站搜索, a "·" menu, "当前位置：… / …", 来源/发布日期/阅读量, "▷ 语音播报
/// 00:00 / mm:ss", the notice and the plan in the page body, 【打印正文】【收藏本页】【关闭窗口】, 相关链接 "一图读懂…", 政
/// 策咨询 with office hours, "本页内容对您是否有帮助？", 上一条/下一条, 官方微信/官方微博, the 党政机关 badge, 我为政府网站
/// 找错, 主办单位/技术保障, 地址/电话/邮箱, 政府网站标识码/ICP/公网安备, 政务服务便民热线：12345); school WeChat articles
/// (title, "author account date time place", "文章已于…修改", a 设为星标 line, a "◀ 左右滑动… ▶" caption, a 小程序 card
/// (its name and "小程序"), 文字/图片/编辑/初审/复审/终审 on six lines, a hashtag line, 阅读 N, 赞 N 在看 N, 轻点两下取消在
/// 看, 作者已设置关注7天后才可留言, 全部留言 N, comments as "name · place", text and "date · 👍 N", the reply under
/// "account（作者）", 微信扫一扫可打开此内容，使用完整服务); county bureau sites (智慧教育平台/教师研修平台/学籍管理/OA办
/// 公/局长信箱, the logo word and a slogan line, a ∣ menu, 【滚动公告】, a 飘窗 with "× 关闭", "▶ 首页 ▶ 栏目", 信息分类/来
/// 源/作者/录入时间, 阅读次数：［N］ 【字号：大 中 小】 【双击滚屏】, 编辑/审核, 【我要评论】【推荐】【打印】【关闭】, 本栏
/// 目热点 with titles, 版权所有/设计制作, 地址/邮箱, ICP/公网安备, 网站运维电话); Word/WPS files copied whole (版头 "…文
/// 件", 文号, notice, "（此件主动公开）", a 页眉 on every page after the first, "·N·" at each page foot, an 附件 table
/// copied with tabs between its cells, 抄送 and "…办公室  date印发").
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
enum BlindFixtures17 {
    /// A county bureau's 专项 plan (中小学校园食品安全工作计划) on a 教育资源 site (青桐教育资源网): the site's name with
    /// its slogan, a 每日签到领点数/会员中心/充值/上传资源赚点数/退出 row, a 学段 selector, a search bar and a "/"
    /// breadcrumb above a resource title "【计划总结】…（DOC可编辑）" that is not the document's title, a three-line
    /// resource card (类型/格式/大小/适用地区, 上传者/上传时间/下载/评分, a 下载 price in 点 with 【立即下载】【加入资源
    /// 篮】【资源纠错】) and a 资源预览 note; the document's title, the introduction with stock counts, 一、工作目标 as one
    /// "到2026年底，全县…" paragraph running past a "；" (保持, a baseline with its year, 以上), 二、重点任务 with
    /// （一）…（六） lead phrases (an owner bracket after a deadline, one with no deadline, 城区 at the head of one
    /// sentence and 农村 at the head of the next, "由…牵头", 全县 at the head of a sentence, a count of 交叉检查, of 培训班
    /// (期) and of 飞行检查 (轮) held, a bracket naming two units), a "📂 本资源已收录至专题…" line between 二、 and 三、,
    /// 三、时间安排 with four "N.stage（month）：…" lines (two of them over a range of months), 四、保障措施 with three
    /// lead phrases (a count of 调度会 held, 全年 in a name), the signature and date; a download row, 资源评论 with two
    /// star-rated comments, 上传者的其他资源 with three files, a 声明, a 客服QQ line and the Copyright/ICP line below.
    static let foodSafetyPlanOnTeachingResourceSite = """
        青桐教育资源网 · 备课 教研 管理 一站式资源平台
        每日签到领点数 ｜ 会员中心 ｜ 充值 ｜ 上传资源赚点数 ｜ 退出
        学段：幼教 ｜ 小学 ｜ 初中 ｜ 高中 ｜ 职教 ｜ 学校管理
        输入资源名称、作者或关键词　🔍 搜资源
        资源中心 / 学校管理 / 计划总结 / 安全卫生
        【计划总结】2026年县级中小学校园食品安全工作计划（DOC可编辑）
        资源类型：计划总结　｜　文件格式：DOC　｜　大小：46KB　｜　适用地区：通用
        上传者：青竹老师　｜　上传时间：2026-02-11　｜　下载：318次　｜　评分：★★★★☆ 4.3
        下载本资源需消耗3点　【立即下载】　【加入资源篮】　【资源纠错】
        资源预览（预览效果可能与原文件存在差异，请以下载文件为准）
        箫原县教育局2026年中小学校园食品安全工作计划
        为切实保障全县师生饮食安全和身体健康，根据上级关于加强学校食品安全与营养健康工作的部署要求，结合我县实际，制定本计划。全县现有学校食堂146个，每天在校就餐学生4.7万人。
        一、工作目标
        到2026年底，全县学校食堂“明厨亮灶”覆盖率保持100%，食品安全量化等级A级食堂比例由2025年的68%提高到80%；学校食堂从业人员持健康证上岗率达到100%，师生对学校食堂满意度达到90%以上。
        二、重点任务
        （一）压实食品安全主体责任。全面落实校长（园长）食品安全第一责任人制度，学校负责人陪餐制度落实率达到100%。3月底前完成全县中小学幼儿园食品安全总监和食品安全员配备。（责任单位：县教育局安全股）
        （二）规范食堂日常管理。严格执行食材采购索证索票、进货查验和留样制度，大宗食材定点采购比例达到95%以上，食品留样合格率保持100%。每学期开展2次食堂管理交叉检查。（责任单位：县教育局后勤服务中心）
        （三）推进“互联网+明厨亮灶”建设。城区学校食堂智慧监管平台接入率达到100%。农村学校食堂智慧监管平台接入率力争达到85%。由县教育局信息中心牵头，6月底前完成县级学校食品安全智慧监管平台升级。
        （四）加强从业人员培训。全县学校食堂从业人员年度培训不少于40学时，培训考核合格率达到98%以上。举办全县学校食堂负责人培训班3期。
        （五）深化营养健康教育。中小学生营养健康知识知晓率达到85%以上，营养健康教育课程开课率达到100%。9月底前编印《箫原县中小学生营养膳食指南》。（责任单位：县教育局体卫艺股）
        （六）从严开展监督检查。联合县市场监管局开展春秋季学校食堂专项检查，对发现的问题实行清单管理，问题整改率达到100%。全年组织飞行检查4轮。年底前完成全县学校食堂食品安全风险评估。（责任单位：县教育局安全股、县市场监管局）
        📂 本资源已收录至专题《学校安全工作计划合集（共86份）》　查看专题 >
        三、时间安排
        1.动员部署（2月）：召开全县学校食品安全工作会议，逐校签订食品安全目标责任书。
        2.排查整治（3—6月）：开展学校食堂食品安全隐患全面排查，建立问题清单和整改台账。
        3.巩固提升（7—11月）：开展秋季开学食品安全专项检查，组织食品安全宣传周活动。
        4.总结考核（12月）：开展年度食品安全工作考核，评选“放心食堂”示范校。
        四、保障措施
        （一）加强组织领导。成立县学校食品安全工作领导小组，每季度召开1次工作调度会，研究解决突出问题。
        （二）加大经费投入。全年安排学校食堂改造提升资金不低于1200万元，改造提升农村学校食堂20个。
        （三）严格责任追究。对发生食品安全事故的学校，实行“一票否决”，依法依规追究相关人员责任。
        箫原县教育局
        2026年2月6日
        【立即下载】　【加入资源篮】　【分享给同事】
        资源评论（2）
        ★★★★★　初中后勤王老师　2026-02-19
        很实用，时间安排那部分直接参考了。
        ★★★★☆　h_lin2008　2026-03-02
        格式规范，就是少了附表。
        上传者的其他资源
        箫原县2025年学校食品安全工作总结.doc
        学校食堂从业人员培训记录表（模板）.xls
        秋季开学食品安全自查报告.doc
        声明：本站资源均由会员上传分享，仅供教学交流使用，如涉及侵权请联系删除。
        客服QQ：800000417　工作时间：8:30-21:00
        Copyright © 2015-2026 青桐教育资源网　磬ICP备2015002736号-3
        """

    /// A township 中心学校's 年度工作计划 in the online preview of a .docx shared on a cloud drive (云舟网盘): the drive's
    /// name, its menu, a "…分享了 1 个文件" line, the file name "….docx" (not the document's title, which heads the preview
    /// and is kept), a size/分享于/永久有效/已浏览 line, a 下载/保存到我的网盘/举报 row and a 在线预览 note above; the
    /// introduction with stock counts, 一、工作目标 as one paragraph with 全镇 at its head running past a "；" (a 分别 pair
    /// of school kinds, a baseline with its year) and a rank aimed at in a second sentence, 二、主要工作 with （一）…（五）
    /// titles over "N.lead。body" items (owner brackets "（责任人：…）" with no deadline and after a deadline whose subject
    /// follows it, "由…牵头", per-teacher requirements, a 其中 part, a range, counts of 主题党日活动, 质量分析会, 排查 and
    /// 演练 held, a deadline with no owner), the docx's footer marks "1 / 3", "2 / 3" and "3 / 3" where its pages end and
    /// two reviewers' 批注 (a "批注 · name（office）　date time" line and its text) inside, 三、季度工作安排 with one
    /// "第N季度：…" line a quarter, the signature and date; a "— 预览已到底部 —" line, 分享者的其他文件 with three files,
    /// an App line, the drive's 免责 line and the ©/ICP/许可证 line below.
    static let townshipSchoolPlanInCloudDriveSharePreview = """
        云舟网盘
        首页　|　我的文件　|　传输列表　|　客户端下载　|　登录
        笛口中心校教务处 分享了 1 个文件
        笛口镇中心学校2026年工作计划.docx
        38.6KB　·　分享于 2026-03-04 08:52　·　永久有效　·　已浏览 211 次
        ⬇ 下载（38.6KB）　　☁ 保存到我的网盘　　⚠ 举报
        当前为在线预览，排版可能与原文件不同　［用WPS打开］
        笛岭县笛口镇中心学校2026年工作计划
        2026年，我校将在县教育局的正确领导下，以“办好家门口每一所学校”为目标，统筹抓好全镇中小学幼儿园教育教学工作，推动全镇教育优质均衡发展。全镇现有中小学幼儿园9所，在校学生2316名，教职工198名。
        一、工作目标
        全镇学前三年毛入园率达到93%，小学、初中巩固率分别保持100%、99%；初中毕业生升入高中阶段比例由2025年的88%提高到91%。全镇小学六年级学业质量监测成绩力争进入全县前8名。
        二、主要工作
        （一）加强党建和师德建设
        1.抓实党建引领。落实党组织领导的校长负责制，每月开展1次主题党日活动，创建县级党建示范校1所。（责任人：党支部书记）
        2.严守师德底线。开展“最美乡村教师”评选活动，教师师德承诺书签订率达到100%，家长对教师满意度达到95%以上。
        （二）提升教育教学质量
        1.深化课堂改革。推行“学案导学”课堂模式，每名教师每学期上公开课不少于1节，每学期组织全镇教学质量分析会2次。
        2.推进集团化帮扶。与县实验小学、县第二初级中学结成城乡教育共同体，选派骨干教师到村完小和教学点交流任教不少于6名。由中心学校教导处牵头，4月底前完成共同体结对帮扶协议签订。
        1 / 3
        3.关注特殊群体。落实控辍保学“双线责任制”，适龄残疾儿童少年入学率达到97%以上，留守儿童“代理家长”结对率保持100%。（责任人：分管副校长）
        （三）加强教师队伍建设
        1.抓好校本研修。每名教师年度继续教育不少于72学时，其中校本研修不少于24学时。
        2.培养青年教师。实施“青蓝工程”，新结对师徒12对，培育县级教学能手3-5名。
        批注 · 李晓东（教导处）　03-02 15:47
        县级教学能手的名额请与县教研室再核实一下。
        （四）改善办学条件
        1.推进项目建设。投入资金380万元，完成中心小学综合楼维修和村完小厕所改造。8月底前笛口初级中学学生宿舍改造工程完工。（责任人：总务处主任）
        2.提升信息化水平。班班通设备完好率达到95%以上，教师信息技术应用能力培训合格率达到100%。
        2 / 3
        （五）守牢安全底线
        1.强化校园安全。每月开展1次安全隐患排查，每学期组织疏散演练2次，校园“一键报警”装置安装率保持100%。
        2.保障营养餐供应。农村学生营养改善计划覆盖率保持100%。6月底前完成全镇学校食堂“明厨亮灶”改造。
        批注 · 王建川（校长）　03-03 09:12
        食堂改造的时间再和总务处对一下。
        三、季度工作安排
        第一季度：完成春季开学工作，召开教职工大会部署全年工作。
        第二季度：组织春季运动会，做好六年级、九年级毕业考试工作。
        第三季度：做好秋季招生和新生入学工作，开展暑期教师全员培训。
        第四季度：迎接县教育局年度综合考核，完成年度工作总结。
        笛口镇中心学校
        2026年2月27日
        3 / 3
        — 预览已到底部 —
        分享者的其他文件（3）
        笛口镇中心学校2025年工作总结.docx
        2026年春季开学工作方案.docx
        笛口镇中心学校安全工作台账（2026）.xlsx
        打开云舟网盘App，随时随地查看文件
        本页面内容由用户分享，云舟网盘不对其内容负责，如发现违规内容请举报。
        © 2026 云舟网盘　磬ICP备2022006603号-1　增值电信业务经营许可证：磬B2-20220418
        """

    /// A city bureau's 年度工作要点 in the page body under its notice on the city bureau's own portal (筝阳市教育局): the
    /// portal's name, a 无障碍阅读/关怀模式/政务微博/政务微信/局长信箱 row, a 全站搜索 bar, a "·" menu and a "/" breadcrumb
    /// above the page heading (the notice's title), a 来源/发布日期/阅读量 line and a "▷ 语音播报" player line under it;
    /// the notice (文号, addressees, one sentence, signature, date, "（此件主动公开）") and the 要点's title; the
    /// introduction, 一、主要目标 with a colon line "2026年主要预期目标是：" over four unnumbered lines ending in "；" and
    /// "。" (稳定在…以上, 保持在…以上, three places before one name with 分别, 力争达到, a standalone point fall), 二、重点
    /// 任务 with （一）…（三） titles over items numbered straight through 1.…10. (owner brackets "（牵头处室：…）" with no
    /// deadline and after a deadline, a "（牵头处室：A；配合处室：B）" bracket after a deadline whose subject (two schools)
    /// follows it, 全市 in a second clause, 全市 at the head of a sentence running past a "；", 每天/每所 requirements, a
    /// 其中 part naming 城区, a range, a 运动会 named by its ordinal, a deadline with no owner), 三、强化 教育保障 over
    /// items 11.…13. (全市 at the head of a sentence, counts of 大检查 and 全体会议 held, 年底前); no signature under the
    /// 要点; a 【打印正文】 row, a 相关链接 line, a 政策咨询 line, an 有帮助/没帮助 poll, 上一条/下一条, the official
    /// accounts' line, the 党政机关 and 我为政府网站找错 badges, three footer lines and a 12345 line below.
    static let cityKeyPointsInBureauPortalNoticeBody = """
        筝阳市教育局门户网站
        无障碍阅读 ｜ 关怀模式 ｜ 政务微博 ｜ 政务微信 ｜ 局长信箱
        全站搜索：请输入您要搜索的内容　🔍
        首页 · 机构职能 · 教育动态 · 信息公开 · 政策法规 · 办事服务 · 互动交流
        当前位置：首页 / 信息公开 / 计划总结
        筝阳市教育局关于印发《筝阳市2026年教育工作要点》的通知
        来源：市教育局办公室　｜　发布日期：2026-03-12 09:30　｜　阅读量：2107
        ▷ 语音播报　00:00 / 14:26
        筝教发〔2026〕6号
        各县（区）教育局，市直各学校、局属各单位：
        现将《筝阳市2026年教育工作要点》印发给你们，请结合实际，认真抓好贯彻落实。
        筝阳市教育局
        2026年3月10日
        （此件主动公开）
        筝阳市2026年教育工作要点
        2026年是“十五五”开局之年。全市教育系统要坚持立德树人根本任务，以“学在筝阳”品牌建设为抓手，加快推进教育现代化，努力办好人民满意的教育。
        一、主要目标
        2026年主要预期目标是：
        学前三年毛入园率达到94.5%，普惠性幼儿园覆盖率稳定在92%以上；
        义务教育巩固率保持在99.7%以上，琶湖区、笙溪县、箫原县义务教育学校办学条件达标率分别达到100%、95%、92%；
        高中阶段毛入学率达到96%，普通高中本科上线率力争达到68%；
        中小学生体质健康优良率达到60%以上，中小学生近视率较上年下降1个百分点。
        二、重点任务
        （一）落实立德树人根本任务
        1.深化思政育人。建设市级“大思政课”实践教学基地20个，遴选市级思政课“金课”50节。（牵头处室：思政德育处）
        2.加强体育美育劳动教育。中小学生每天校内外体育活动时间不少于2小时，全市中小学艺术社团学生参与率达到75%。举办全市第9届中小学生运动会。
        3.促进学生身心健康。每所中小学配备专职心理健康教育教师不少于1名，学生心理健康筛查覆盖率达到100%。9月底前建成市级学生心理健康服务中心。（牵头处室：体卫艺处）
        （二）扩大优质教育资源供给
        4.推进学前教育普惠优质发展。新建、改扩建公办幼儿园12所，新增公办学位3600个。全市省级示范幼儿园达到28所。
        5.推进义务教育优质均衡发展。实施学位扩容工程，新建、改扩建中小学15所，新增学位1.2万个，其中城区新增学位不少于8000个。8月底前琶湖区实验学校、笙溪县第三小学建成投用。（牵头处室：发展规划处；配合处室：基础教育处）
        6.推动普通高中多样化发展。创建省级特色示范高中1-2所，普通高中选课走班覆盖率达到100%。
        7.增强职业教育适应性。中职学校“双师型”教师比例达到62%，建设市级产教融合实训基地5个。
        （三）建设高素质专业化教师队伍
        8.加强师德师风建设。健全师德考核评价机制，严格落实师德失范“一票否决”。（牵头处室：教师工作处）
        9.优化教师资源配置。全市招聘中小学教师900名左右，其中公费师范生不少于120名；义务教育学校校长教师交流轮岗比例不低于15%。
        10.提升教师专业能力。实施“筝城名师”培养工程，新培养市级学科带头人60名，新认定市级骨干教师300名。6月底前出台《筝阳市中小学教师专业发展积分管理办法》。
        三、强化教育保障
        11.加大经费投入。全市教育经费投入不低于48亿元，确保一般公共预算教育支出只增不减。
        12.守牢校园安全底线。中小学幼儿园专职保安配备率保持100%，“一键报警”装置联网率保持100%。每学期组织1次全市校园安全大检查。年底前完成全市校舍安全隐患排查整治“回头看”。（牵头处室：安全稳定处）
        13.加强督导评估。开展县（区）政府履行教育职责评价，全年召开教育督导委员会全体会议2次。
        【打印正文】　【收藏本页】　【关闭窗口】
        相关链接：一图读懂《筝阳市2026年教育工作要点》
        政策咨询：市教育局办公室　0000-5206117（工作日 8:30—12:00，14:30—17:30）
        本页内容对您是否有帮助？　👍 有帮助（36）　👎 没帮助（2）
        上一条：筝阳市教育局关于做好2026年春季学期开学工作的通知
        下一条：2026年筝阳市中小学教师公开招聘公告
        筝阳教育官方微信　｜　筝阳教育官方微博
        党政机关
        我为政府网站找错
        主办单位：筝阳市教育局　技术保障：筝阳市教育信息化中心
        地址：筝阳市文渊路188号　联系电话：0000-5206100　电子邮箱：jyj@zhengyang.example.gov
        政府网站标识码：5306000031　磬ICP备2018003390号　磬公网安备 53060202000356号
        政务服务便民热线：12345
        """

    /// A city middle school's 秋季学期 学校工作计划 in a WeChat article of the school's own account (琶湖中学) copied from
    /// the browser: the article's title (the plan's title), the "author account date time place" line, an "文章已于…修改"
    /// line and a 设为 星标 line above; the introduction with stock counts, 一、工作目标 with three （一）…（三） lead
    /// phrases (以内, an abbreviated list of grades "七、八、九年级" before one name with 分别, a baseline written 上学期,
    /// a range, 县级以上 inside a name), 二、主要工作 with （一）…（四） titles over "N.lead。body" items (owner brackets
    /// "（责任处室：…）" with no deadline and after a deadline, "由…牵头", per-room and per-teacher requirements, counts of
    /// 家长会, 常规检查, 质量分析会, 联考 and 演练 held, a rank aimed at, a threshold inside a name), a "◀ 左右滑动… ▶"
    /// carousel caption between （二） and （三） and a 小程序 card's two lines between （三） and （四）, 三、月工作安排
    /// with one "N月：…" line a month from September to January, the school's signature and date; six 文字/图片/编辑/初
    /// 审/复审/终审 lines, a hashtag line, 阅读, 赞/在看, 轻点两下取消在看, the 关注7天后才可留言 note, 全部留言 with two
    /// comments and the author's reply, and the 微信扫一扫可打开此内容 line below.
    static let middleSchoolAutumnTermPlanInSchoolWeChatArticle = """
        筝阳市琶湖中学2026年秋季学期学校工作计划
        琶湖中学校办 琶湖中学 2026年08月29日 20:15 磬川
        文章已于2026-08-30修改
        👆 点击上方蓝字“琶湖中学” → 右上角“…” → 设为星标★，不错过每一条校园资讯
        本学期，学校将紧紧围绕“品质琶中”建设目标，坚持五育并举，深化课堂改革，全面提升办学品质。学校现有教学班36个，学生1682名，教职工142名。
        一、工作目标
        （一）育人目标。学生巩固率保持100%，学生体质健康测试合格率达到96%以上，学生近视新发率控制在5%以内。
        （二）质量目标。七、八、九年级期末学业质量检测合格率分别达到90%、88%、85%，学生作业完成优良率由上学期的82%提高到88%。
        （三）队伍目标。培养市级骨干教师2-3名，教师论文在县级以上刊物发表或获奖不少于30篇。
        二、主要工作
        （一）立德树人，加强德育工作
        1.抓好行为习惯养成。开学第一个月开展“规范月”活动，学生日常行为规范达标率达到98%。（责任处室：政教处）
        2.加强心理健康教育。全面开展新生心理健康筛查，心理辅导室每周开放不少于10小时。10月底前完成七年级新生心理档案建立。（责任处室：心理健康教育中心）
        3.深化家校共育。本学期召开家长会2次，开展“万师访万家”活动，班主任家访覆盖率达到100%。
        （二）深化课堂改革，提升教学质量
        1.推进“三环五步”课堂模式。每名教师每学期听评课不少于15节，每名教研组长每学期上示范课不少于2节。
        2.加强教学常规管理。每月开展1次教学常规检查，作业公示率达到100%，书面作业平均完成时间控制在90分钟以内。（责任处室：教务处）
        3.抓好毕业年级备考。召开九年级教学质量分析会3次，组织全市联考2次，力争九年级学业质量监测成绩进入全区前3名。由分管教学副校长牵头，11月底前完成九年级学情诊断分析。
        ◀ 左右滑动，查看新学期教研活动掠影 ▶
        （三）加强队伍建设，激发教师活力
        1.强化师德师风。开展“师德师风建设月”活动，学生和家长对教师满意度达到95%以上。（责任处室：党政办）
        2.推进青蓝工程。新结对师徒8对，35周岁以下青年教师校级基本功比赛参赛率达到100%。
        琶湖中学家校通
        小程序
        （四）守牢安全底线，保障后勤服务
        1.筑牢安全防线。每月开展1次应急疏散演练，校园安全隐患整改率达到100%。9月底前完成校园监控系统升级改造。（责任处室：安全办）
        2.提升后勤服务。学生食堂满意度达到90%以上，教室照明达标率保持100%。
        三、月工作安排
        9月：做好开学工作，开展“规范月”和新生入学教育。
        10月：召开秋季运动会，开展七年级新生心理健康筛查。
        11月：组织期中质量检测，召开期中家长会。
        12月：开展“一二·九”主题教育，组织九年级第一次模拟测试。
        1月：组织期末质量检测，做好学期总结和寒假安全教育。
        筝阳市琶湖中学
        2026年8月28日
        文字：教务处
        图片：校团委
        编辑：林小满
        初审：周　敏
        复审：何一帆
        终审：陆国栋
        #开学季　#学校工作计划　#品质琶中
        阅读 3852
        赞 96　　在看 41
        轻点两下取消在看
        作者已设置关注7天后才可留言
        全部留言 3
        九(3)班家长 · 磬川
        新学期加油，期待孩子们的新进步！
        08-30 · 👍 31
        琶湖中学（作者）
        谢谢您的支持，让我们一起努力！
        08-30 · 👍 9
        奔跑的蜗牛 · 磬川
        月工作安排很清楚，点赞！
        08-31 · 👍 12
        微信扫一扫可打开此内容，使用完整服务
        """

    /// A county bureau's 工作总结和下一年工作计划 on the bureau's own website (埙山教育): a platform quick-links row, the
    /// site's logo word and its slogan, a ∣ menu, a 【滚动公告】 line, a 飘窗 line ending "× 关闭" and a ▶ breadcrumb above
    /// the title, a 信息分类/来源/作者/录入时间 line and a 阅读次数/字号/双击滚屏 line under it; the introduction, "第一部
    /// 分　2025年工作总结" over 一、…五、 paragraphs of the past year's figures (全年 in a name, a point rise beside its
    /// value, 全县 at the head of a sentence running past a "；", a baseline with its year, counts of 学科竞赛 (项) and 专
    /// 项整治 rounds held) and a 一是…三是 line, "第二部分 2026年工作计划" over 一、总体目标 (全县 at the head running past
    /// a "；", 稳定在…以上, 左右, 力争达到), 二、重点任务 with （一）…（四） titles over "N.lead。body" items, one of them
    /// over two "（N）lead。body" items (owner brackets "（责任股室：…）" after deadlines, one whose subject follows it,
    /// and with none, "由…牵头", a 其中 part, per-person requirements, a count of 排查 rounds, a deadline after 左右 and
    /// its 其中 part) and 三、保障措施 with two lead phrases (全年 in a name), the signature and date; an 编辑/审核 line,
    /// the 【我要评论】 row, 本栏目热点 with three titles, the 版权所有/设计制作 line, 地址/邮箱, ICP and a 运维电话 line
    /// below.
    static let countySummaryAndPlanInTwoPartsOnBureauWebsite = """
        智慧教育平台 ｜ 教师研修平台 ｜ 学籍管理 ｜ OA办公 ｜ 局长信箱
        埙山教育
        立德树人 · 办人民满意的教育
        网站首页 ∣ 教育要闻 ∣ 公示公告 ∣ 计划总结 ∣ 学校风采 ∣ 教研天地 ∣ 党风廉政 ∣ 资料下载
        【滚动公告】埙山县2026年寒假中小学生安全告家长书已发布，请各校及时转发。
        2026年寒假“安全教育平台”专题入口　× 关闭
        ▶ 首页 ▶ 计划总结
        埙山县教育局2025年工作总结和2026年工作计划
        信息分类：计划总结　　来源：局办公室　　作者：夏岚　　录入时间：2026-01-22
        阅读次数：［873］　【字号：大 中 小】　【双击滚屏】
        2025年，县教育局在县委、县政府的坚强领导下，坚持优先发展教育事业，全县教育事业发展取得新进展。现将2025年工作总结和2026年工作计划报告如下。
        第一部分　2025年工作总结
        一、教育资源扩容提质
        全年完成教育基建投资2.1亿元，新建埙山县第二实验小学，改扩建学校11所，新增学位2460个。全县普惠性幼儿园覆盖率达到91.3%，较上年提高2.4个百分点。
        二、教育质量持续提升
        全县普通高中本科上线率达到58.7%；初中学业水平考试全科合格率由2024年的72%提高到76.5%。组织全县学科竞赛9项。全县中小学生体质健康合格率达到93.2%。
        三、教师队伍建设不断加强
        招聘新教师96名，培训教师6200人次，新增市级骨干教师34名，安排教师培训经费480万元。
        四、教育民生保障有力
        落实学生资助资金3150万元，惠及学生4.2万人次。开展校园安全专项整治行动3轮，全年未发生校园安全责任事故。
        五、存在的不足
        一是城乡教育资源配置仍不均衡；二是乡村学校骨干教师流失较多；三是县城学校学位依然紧张。
        第二部分　2026年工作计划
        一、总体目标
        2026年，全县学前三年毛入园率达到94%，义务教育巩固率稳定在99.5%以上，高中阶段毛入学率达到95%左右；普通高中本科上线率力争达到61%。
        二、重点任务
        （一）扩大优质教育资源
        1.实施学位扩容工程。新建、改扩建中小学幼儿园8所，新增学位1900个，其中公办幼儿园学位不少于540个。
        （1）推进第二实验小学二期工程。8月底前埙山县第二实验小学二期工程竣工投用。（责任股室：计财股）
        （2）推进城北幼儿园建设。年底前完成城北幼儿园主体工程建设。（责任股室：计财股）
        2.推进集团化办学。组建城乡教育集团5个，乡村学校集团化办学覆盖率达到85%。（责任股室：基教股）
        （二）提升教育教学质量
        1.深化课堂教学改革。开展“一校一品”课改项目，评选县级优秀教学成果20项。
        2.加强教研队伍建设。健全县、片、校三级教研网络，县级专职教研员达到32名，每名教研员每学期深入学校指导不少于40天。
        3.促进学生全面发展。中小学生每天综合体育活动时间不少于2小时，中小学生体质健康优良率达到55%以上。由县教育局体卫艺股牵头，9月底前完成全县中小学生体质健康数据上报。
        （三）建设高素质教师队伍
        1.补充教师力量。招聘教师100名左右，其中乡村学校教师不少于60名。7月底前完成教师招聘工作。（责任股室：人事股）
        2.提高培训实效。全年培训教师6500人次，每名教师年度集中培训不少于40学时。
        （四）守牢安全底线，关爱特殊群体
        1.加强校园安全管理。中小学幼儿园“一键报警”联网率保持100%，每学期开展2轮安全隐患排查。3月底前完成全县校车安全专项检查。（责任股室：安全股）
        2.关爱特殊群体。特殊教育学校送教上门服务覆盖率保持100%，家庭经济困难学生资助应助尽助率达到100%。
        三、保障措施
        （一）强化经费保障。全年教育经费投入不低于4.6亿元。
        （二）强化督导考核。11月底前完成对乡镇学校年度综合督导评估。（责任股室：督导室）
        埙山县教育局
        2026年1月18日
        编辑：夏岚　　审核：周启明
        【我要评论】　【推荐】　【打印】　【关闭】
        本栏目热点
        埙山县教育局2026年寒假安全工作致家长的一封信
        埙山县2025年义务教育学校招生工作实施方案
        埙山县教育局关于公布2025年县级骨干教师名单的通知
        埙山县教育局 版权所有　｜　设计制作：埙山云帆网络科技有限公司
        地址：埙山县学府路26号　邮箱：xsjyj@xunshan.example.gov
        磬ICP备2017001182号-1　磬公网安备 53070302000225号
        网站运维电话：0000-7330118
        """

    /// A county bureau's 县域普通高中发展提升行动实施方案（2026—2028年） under its notice, copied whole (Ctrl+A) from the
    /// Word/WPS file: the 版头 "笙溪县教育局文件", the 文号, the notice's title, addressees, one sentence, signature, date
    /// and "（此件主动公开）" on page 1; a 页眉 repeating the 文号 "笙教发〔2026〕8号" at the top of pages 2–5 and a page
    /// number "·N·" at the foot of each of the five pages; the plan's title, the introduction with stock counts, 一、总体要
    /// 求 with （一）指导思想 and （二）主要 目标 as lead phrases (全县 at the head of a "到2028年，…" sentence, a
    /// threshold inside a name, one name with a 分别 list of three years and three values, a "到2027年，…以上" sentence),
    /// 二、重点任务 with （一）…（四） titles over "N.lead。body" items with no owner and no deadline (三年 in names, a
    /// baseline with its year, 每所/每年 requirements, ranges, 市级以上 inside a name, a 其中 part, a count of 教研活动
    /// held), 三、保障措施 with three lead phrases (a count of 推进会 held, 三年累计, "每生每年" before a value), the
    /// plan's "附件：…分解表" line; on page 5 the "附件" label, the table's title and the 重点任务分解表 copied as
    /// tab-separated rows (序号, 重点任务, 责任单位 with the lead unit first, 完成时限 as "YYYY年M月底前" or "持续推进"),
    /// the "抄送：…" line and the "…办公室  date印发" line.
    static let countyHighSchoolPlanCopiedWholeFromWordWithTaskTable = """
        笙溪县教育局文件
        笙教发〔2026〕8号
        笙溪县教育局关于印发《笙溪县县域普通高中发展提升行动实施方案（2026—2028年）》的通知
        各普通高中，各乡镇中心学校，局机关各股室、局属各单位：
        现将《笙溪县县域普通高中发展提升行动实施方案（2026—2028年）》印发给你们，请结合实际认真组织实施。
        笙溪县教育局
        2026年3月18日
        （此件主动公开）
        ·1·
        笙教发〔2026〕8号
        笙溪县县域普通高中发展提升行动实施方案（2026—2028年）
        为深入推进县域普通高中振兴，全面提高县域普通高中办学水平，根据省、市有关文件要求，结合我县实际，制定本方案。全县现有普通高中4所，在校学生9870人。
        一、总体要求
        （一）指导思想。坚持立德树人根本任务，以改善办学条件为基础，以提高育人质量为核心，推动县域普通高中整体办学水平提升。
        （二）主要目标。到2028年，全县普通高中办学条件全面达标，55人以上大班额全部消除，普通高中本科上线率2026年、2027年、2028年分别达到60%、63%、66%。到2027年，普通高中专任教师中研究生学历教师比例达到12%以上。
        二、重点任务
        （一）改善办学条件
        1.新建扩建校舍。三年新建、改扩建普通高中教学楼、宿舍楼6栋，新增普通高中学位2400个。
        2.配齐教学装备。普通高中理化生实验室、通用技术教室等功能教室配置达标率达到100%，生均教学仪器设备值由2025年的4200元提高到6000元。
        ·2·
        笙教发〔2026〕8号
        （二）提升教育质量
        1.深化育人方式改革。全面实施选课走班，每所普通高中开设选修课程不少于30门。
        2.推进特色多样发展。创建市级特色高中1-2所，培育学科特色课程基地4个。
        3.加强学生发展指导。每所普通高中配备专职生涯规划指导教师不少于2名，学生综合素质评价档案建档率达到100%。
        （三）建强教师队伍
        1.补足配齐教师。三年补充普通高中教师180名，其中紧缺学科教师不少于80名。
        2.提升专业素养。每年选派骨干教师赴省内优质高中跟岗研修不少于50名，培养市级以上名师、名班主任10-15名。
        ·3·
        笙教发〔2026〕8号
        （四）深化开放合作
        1.开展托管帮扶。与筝阳市第一中学等优质高中建立托管帮扶关系，每年互派交流教师不少于20人次。
        2.推进县中联盟。加入市域普通高中发展共同体，每学期联合开展教研活动2次。
        三、保障措施
        （一）加强组织领导。成立由局长任组长的工作专班，每季度召开1次推进会，协调解决重大问题。
        （二）加大经费投入。三年累计投入普通高中建设资金不低于3.2亿元，普通高中生均公用经费标准不低于每生每年1200元。
        （三）强化考核激励。将县中发展提升工作纳入学校年度目标考核，考核结果与绩效工资挂钩。
        附件：笙溪县县域普通高中发展提升行动重点任务分解表
        ·4·
        笙教发〔2026〕8号
        附件
        笙溪县县域普通高中发展提升行动重点任务分解表
        序号\t重点任务\t责任单位\t完成时限
        1\t编制《笙溪县普通高中学校布局调整规划》\t县教育局、县自然资源局\t2026年6月底前
        2\t笙溪县第二高级中学新校区建成招生\t县教育局、县发展改革局\t2027年8月底前
        3\t完成普通高中功能教室标准化改造\t县教育局\t2027年12月底前
        4\t县第一中学创成省级示范性普通高中\t县第一中学\t2028年12月底前
        5\t建立普通高中教师专项补充机制\t县委编办、县教育局、县人力资源社会保障局\t2026年9月底前
        6\t与筝阳市第一中学签订托管帮扶协议\t县教育局\t2026年5月底前
        7\t落实普通高中生均公用经费标准\t县财政局\t持续推进
        抄送：县人民政府办公室，市教育局。
        笙溪县教育局办公室　　　　　2026年3月18日印发
        ·5·
        """

    static let expected: [ExpectedPlan] = [
        ExpectedPlan(
            name: "county 校园食品安全 专项 plan on a 教育资源 site with a 签到 row, a resource card, a 专题 link inside and 资源评论",
            text: BlindFixtures17.foodSafetyPlanOnTeachingResourceSite,
            headings: [
                (0, "一、工作目标"), (0, "二、重点任务"), (1, "（一）压实食品安全主体责任"), (1, "（二）规范食堂日常管理"),
                (1, "（三）推进“互联网+明厨亮灶”建设"), (1, "（四）加强从业人员培训"), (1, "（五）深化营养健康教育"),
                (1, "（六）从严开展监督检查"), (0, "三、时间安排"), (1, "1.动员部署（2月）"), (1, "2.排查整治（3—6月）"),
                (1, "3.巩固提升（7—11月）"), (1, "4.总结考核（12月）"), (0, "四、保障措施"), (1, "（一）加强组织领导"),
                (1, "（二）加大经费投入"), (1, "（三）严格责任追究"),
            ],
            indicators: [
                "学校食堂“明厨亮灶”覆盖率 eq 100% 2026 全县", "食品安全量化等级A级食堂比例 eq 80% 2026 全县 from 68@2025",
                "学校食堂从业人员持健康证上岗率 eq 100% 2026 全县", "师生对学校食堂满意度 ge 90% 2026 全县",
                "学校负责人陪餐制度落实率 eq 100% 2026 -", "大宗食材定点采购比例 ge 95% 2026 -",
                "食品留样合格率 eq 100% 2026 -", "学校食堂智慧监管平台接入率 eq 100% 2026 城区",
                "农村学校食堂智慧监管平台接入率 eq 85% 2026 -", "学校食堂从业人员年度培训 ge 40学时 2026 全县",
                "培训考核合格率 ge 98% 2026 全县", "中小学生营养健康知识知晓率 ge 85% 2026 -",
                "营养健康教育课程开课率 eq 100% 2026 -", "问题整改率 eq 100% 2026 -",
                "安排学校食堂改造提升资金 ge 1200万元 2026 -", "改造提升农村学校食堂 eq 20个 2026 -",
            ],
            notIndicators: ["146个", "4.7万人", "2次", "3期", "4轮", "1次"],
            tasks: [
                ("完成全县中小学幼儿园食品安全总监和食品安全员配备", "县教育局安全股", "2026-03"),
                ("规范食堂日常管理", "县教育局后勤服务中心", nil),
                ("完成县级学校食品安全智慧监管平台升级", "县教育局信息中心", "2026-06"),
                ("编印《箫原县中小学生营养膳食指南》", "县教育局体卫艺股", "2026-09"),
                ("完成全县学校食堂食品安全风险评估", "县教育局安全股", "2026"),
                ("召开全县学校食品安全工作会议", nil, "2026-02"),
                ("开展学校食堂食品安全隐患全面排查", nil, "2026-06"),
                ("开展秋季开学食品安全专项检查", nil, "2026-11"),
                ("开展年度食品安全工作考核", nil, "2026-12"),
            ],
            noise: [
                "青桐教育资源网 · 备课 教研 管理 一站式资源平台",
                "每日签到领点数 ｜ 会员中心 ｜ 充值 ｜ 上传资源赚点数 ｜ 退出",
                "学段：幼教 ｜ 小学 ｜ 初中 ｜ 高中 ｜ 职教 ｜ 学校管理", "输入资源名称、作者或关键词　🔍 搜资源",
                "资源中心 / 学校管理 / 计划总结 / 安全卫生",
                "【计划总结】2026年县级中小学校园食品安全工作计划（DOC可编辑）",
                "资源类型：计划总结　｜　文件格式：DOC　｜　大小：46KB　｜　适用地区：通用",
                "上传者：青竹老师　｜　上传时间：2026-02-11　｜　下载：318次　｜　评分：★★★★☆ 4.3",
                "下载本资源需消耗3点　【立即下载】　【加入资源篮】　【资源纠错】",
                "资源预览（预览效果可能与原文件存在差异，请以下载文件为准）",
                "📂 本资源已收录至专题《学校安全工作计划合集（共86份）》　查看专题 >",
                "【立即下载】　【加入资源篮】　【分享给同事】", "资源评论（2）", "★★★★★　初中后勤王老师　2026-02-19",
                "很实用，时间安排那部分直接参考了。", "★★★★☆　h_lin2008　2026-03-02", "格式规范，就是少了附表。",
                "上传者的其他资源", "箫原县2025年学校食品安全工作总结.doc", "学校食堂从业人员培训记录表（模板）.xls",
                "秋季开学食品安全自查报告.doc", "声明：本站资源均由会员上传分享，仅供教学交流使用，如涉及侵权请联系删除。",
                "客服QQ：800000417　工作时间：8:30-21:00", "Copyright © 2015-2026 青桐教育资源网　磬ICP备2015002736号-3",
            ]),
        ExpectedPlan(
            name: "township 中心学校 annual plan in a cloud drive's online preview of a shared .docx with footer marks and 批注 inside",
            text: BlindFixtures17.townshipSchoolPlanInCloudDriveSharePreview,
            headings: [
                (0, "一、工作目标"), (0, "二、主要工作"), (1, "（一）加强党建和师德建设"), (2, "1.抓实党建引领"),
                (2, "2.严守师德底线"), (1, "（二）提升教育教学质量"), (2, "1.深化课堂改革"), (2, "2.推进集团化帮扶"),
                (2, "3.关注特殊群体"), (1, "（三）加强教师队伍建设"), (2, "1.抓好校本研修"), (2, "2.培养青年教师"),
                (1, "（四）改善办学条件"), (2, "1.推进项目建设"), (2, "2.提升信息化水平"), (1, "（五）守牢安全底线"),
                (2, "1.强化校园安全"), (2, "2.保障营养餐供应"), (0, "三、季度工作安排"),
            ],
            indicators: [
                "学前三年毛入园率 eq 93% 2026 全镇", "小学巩固率 eq 100% 2026 全镇", "初中巩固率 eq 99% 2026 全镇",
                "初中毕业生升入高中阶段比例 eq 91% 2026 全镇 from 88@2025", "创建县级党建示范校 eq 1所 2026 -",
                "教师师德承诺书签订率 eq 100% 2026 -", "家长对教师满意度 ge 95% 2026 -",
                "每名教师每学期上公开课 ge 1节 2026 -", "选派骨干教师到村完小和教学点交流任教 ge 6名 2026 -",
                "适龄残疾儿童少年入学率 ge 97% 2026 -", "留守儿童“代理家长”结对率 eq 100% 2026 -",
                "每名教师年度继续教育 ge 72学时 2026 -", "校本研修 ge 24学时 2026 -", "新结对师徒 eq 12对 2026 -",
                "培育县级教学能手 ge 3-5名 2026 -", "投入资金 eq 380万元 2026 -", "班班通设备完好率 ge 95% 2026 -",
                "教师信息技术应用能力培训合格率 eq 100% 2026 -", "校园“一键报警”装置安装率 eq 100% 2026 -",
                "农村学生营养改善计划覆盖率 eq 100% 2026 -",
            ],
            notIndicators: ["9所", "2316名", "198名", "8名", "1次", "2次"],
            tasks: [
                ("抓实党建引领", "党支部书记", nil),
                ("完成共同体结对帮扶协议签订", "中心学校教导处", "2026-04"),
                ("关注特殊群体", "分管副校长", nil),
                ("笛口初级中学学生宿舍改造工程完工", "总务处主任", "2026-08"),
                ("完成全镇学校食堂“明厨亮灶”改造", nil, "2026-06"),
                ("完成春季开学工作", nil, "2026-03"),
                ("组织春季运动会", nil, "2026-06"),
                ("做好秋季招生和新生入学工作", nil, "2026-09"),
                ("迎接县教育局年度综合考核", nil, "2026-12"),
            ],
            noise: [
                "云舟网盘", "首页　|　我的文件　|　传输列表　|　客户端下载　|　登录", "笛口中心校教务处 分享了 1 个文件",
                "笛口镇中心学校2026年工作计划.docx", "38.6KB　·　分享于 2026-03-04 08:52　·　永久有效　·　已浏览 211 次",
                "⬇ 下载（38.6KB）　　☁ 保存到我的网盘　　⚠ 举报", "当前为在线预览，排版可能与原文件不同　［用WPS打开］",
                "1 / 3", "批注 · 李晓东（教导处）　03-02 15:47", "县级教学能手的名额请与县教研室再核实一下。", "2 / 3",
                "批注 · 王建川（校长）　03-03 09:12", "食堂改造的时间再和总务处对一下。", "3 / 3", "— 预览已到底部 —",
                "分享者的其他文件（3）", "笛口镇中心学校2025年工作总结.docx", "2026年春季开学工作方案.docx",
                "笛口镇中心学校安全工作台账（2026）.xlsx", "打开云舟网盘App，随时随地查看文件",
                "本页面内容由用户分享，云舟网盘不对其内容负责，如发现违规内容请举报。",
                "© 2026 云舟网盘　磬ICP备2022006603号-1　增值电信业务经营许可证：磬B2-20220418",
            ]),
        ExpectedPlan(
            name: "city 年度工作要点 in the page body under its notice on the city bureau's portal with a 语音播报 line and a 有帮助 poll",
            text: BlindFixtures17.cityKeyPointsInBureauPortalNoticeBody,
            headings: [
                (0, "一、主要目标"), (0, "二、重点任务"), (1, "（一）落实立德树人根本任务"), (2, "1.深化思政育人"),
                (2, "2.加强体育美育劳动教育"), (2, "3.促进学生身心健康"), (1, "（二）扩大优质教育资源供给"),
                (2, "4.推进学前教育普惠优质发展"), (2, "5.推进义务教育优质均衡发展"), (2, "6.推动普通高中多样化发展"),
                (2, "7.增强职业教育适应性"), (1, "（三）建设高素质专业化教师队伍"), (2, "8.加强师德师风建设"),
                (2, "9.优化教师资源配置"), (2, "10.提升教师专业能力"), (0, "三、强化教育保障"), (1, "11.加大经费投入"),
                (1, "12.守牢校园安全底线"), (1, "13.加强督导评估"),
            ],
            indicators: [
                "学前三年毛入园率 eq 94.5% 2026 -", "普惠性幼儿园覆盖率 ge 92% 2026 -", "义务教育巩固率 ge 99.7% 2026 -",
                "义务教育学校办学条件达标率 eq 100% 2026 琶湖区", "义务教育学校办学条件达标率 eq 95% 2026 笙溪县",
                "义务教育学校办学条件达标率 eq 92% 2026 箫原县", "高中阶段毛入学率 eq 96% 2026 -",
                "普通高中本科上线率 eq 68% 2026 -", "中小学生体质健康优良率 ge 60% 2026 -",
                "中小学生近视率 eq 1个百分点 2026 -", "建设市级“大思政课”实践教学基地 eq 20个 2026 -",
                "遴选市级思政课“金课” eq 50节 2026 -", "中小学生每天校内外体育活动时间 ge 2小时 2026 -",
                "中小学艺术社团学生参与率 eq 75% 2026 全市", "每所中小学配备专职心理健康教育教师 ge 1名 2026 -",
                "学生心理健康筛查覆盖率 eq 100% 2026 -", "新建、改扩建公办幼儿园 eq 12所 2026 -",
                "新增公办学位 eq 3600个 2026 -", "省级示范幼儿园 eq 28所 2026 全市", "新建、改扩建中小学 eq 15所 2026 -",
                "新增学位 eq 1.2万个 2026 -", "新增学位 ge 8000个 2026 城区", "创建省级特色示范高中 ge 1-2所 2026 -",
                "普通高中选课走班覆盖率 eq 100% 2026 -", "中职学校“双师型”教师比例 eq 62% 2026 -",
                "建设市级产教融合实训基地 eq 5个 2026 -", "招聘中小学教师 approx 900名 2026 全市",
                "公费师范生 ge 120名 2026 全市", "义务教育学校校长教师交流轮岗比例 ge 15% 2026 全市",
                "新培养市级学科带头人 eq 60名 2026 -", "新认定市级骨干教师 eq 300名 2026 -",
                "教育经费投入 ge 48亿元 2026 全市", "中小学幼儿园专职保安配备率 eq 100% 2026 -",
                "“一键报警”装置联网率 eq 100% 2026 -",
            ],
            notIndicators: ["6号", "9届", "1次", "2次"],
            tasks: [
                ("深化思政育人", "思政德育处", nil),
                ("建成市级学生心理健康服务中心", "体卫艺处", "2026-09"),
                ("琶湖区实验学校、笙溪县第三小学建成投用", "发展规划处", "2026-08"),
                ("加强师德师风建设", "教师工作处", nil),
                ("出台《筝阳市中小学教师专业发展积分管理办法》", nil, "2026-06"),
                ("完成全市校舍安全隐患排查整治“回头看”", "安全稳定处", "2026"),
            ],
            noise: [
                "筝阳市教育局门户网站", "无障碍阅读 ｜ 关怀模式 ｜ 政务微博 ｜ 政务微信 ｜ 局长信箱",
                "全站搜索：请输入您要搜索的内容　🔍",
                "首页 · 机构职能 · 教育动态 · 信息公开 · 政策法规 · 办事服务 · 互动交流",
                "当前位置：首页 / 信息公开 / 计划总结",
                "来源：市教育局办公室　｜　发布日期：2026-03-12 09:30　｜　阅读量：2107", "▷ 语音播报　00:00 / 14:26",
                "【打印正文】　【收藏本页】　【关闭窗口】", "相关链接：一图读懂《筝阳市2026年教育工作要点》",
                "政策咨询：市教育局办公室　0000-5206117（工作日 8:30—12:00，14:30—17:30）",
                "本页内容对您是否有帮助？　👍 有帮助（36）　👎 没帮助（2）",
                "上一条：筝阳市教育局关于做好2026年春季学期开学工作的通知", "下一条：2026年筝阳市中小学教师公开招聘公告",
                "筝阳教育官方微信　｜　筝阳教育官方微博", "党政机关", "我为政府网站找错",
                "主办单位：筝阳市教育局　技术保障：筝阳市教育信息化中心",
                "地址：筝阳市文渊路188号　联系电话：0000-5206100　电子邮箱：jyj@zhengyang.example.gov",
                "政府网站标识码：5306000031　磬ICP备2018003390号　磬公网安备 53060202000356号", "政务服务便民热线：12345",
            ]),
        ExpectedPlan(
            name: "middle school 秋季学期 plan in the school's WeChat article with a 星标 line, a carousel caption, a 小程序 card and 三审 credits",
            text: BlindFixtures17.middleSchoolAutumnTermPlanInSchoolWeChatArticle,
            headings: [
                (0, "一、工作目标"), (1, "（一）育人目标"), (1, "（二）质量目标"), (1, "（三）队伍目标"),
                (0, "二、主要工作"), (1, "（一）立德树人，加强德育工作"), (2, "1.抓好行为习惯养成"),
                (2, "2.加强心理健康教育"), (2, "3.深化家校共育"), (1, "（二）深化课堂改革，提升教学质量"),
                (2, "1.推进“三环五步”课堂模式"), (2, "2.加强教学常规管理"), (2, "3.抓好毕业年级备考"),
                (1, "（三）加强队伍建设，激发教师活力"), (2, "1.强化师德师风"), (2, "2.推进青蓝工程"),
                (1, "（四）守牢安全底线，保障后勤服务"), (2, "1.筑牢安全防线"), (2, "2.提升后勤服务"),
                (0, "三、月工作安排"),
            ],
            indicators: [
                "学生巩固率 eq 100% 2026 -", "学生体质健康测试合格率 ge 96% 2026 -", "学生近视新发率 le 5% 2026 -",
                "七年级期末学业质量检测合格率 eq 90% 2026 -", "八年级期末学业质量检测合格率 eq 88% 2026 -",
                "九年级期末学业质量检测合格率 eq 85% 2026 -", "学生作业完成优良率 eq 88% 2026 - from 82",
                "培养市级骨干教师 ge 2-3名 2026 -", "教师论文在县级以上刊物发表或获奖 ge 30篇 2026 -",
                "学生日常行为规范达标率 eq 98% 2026 -", "心理辅导室每周开放 ge 10小时 2026 -",
                "班主任家访覆盖率 eq 100% 2026 -", "每名教师每学期听评课 ge 15节 2026 -",
                "每名教研组长每学期上示范课 ge 2节 2026 -", "作业公示率 eq 100% 2026 -",
                "书面作业平均完成时间 le 90分钟 2026 -", "学生和家长对教师满意度 ge 95% 2026 -", "新结对师徒 eq 8对 2026 -",
                "35周岁以下青年教师校级基本功比赛参赛率 eq 100% 2026 -", "校园安全隐患整改率 eq 100% 2026 -",
                "学生食堂满意度 ge 90% 2026 -", "教室照明达标率 eq 100% 2026 -",
            ],
            notIndicators: ["36个", "1682名", "142名", "2次", "1次", "3次", "3名", "35周岁"],
            tasks: [
                ("抓好行为习惯养成", "政教处", nil),
                ("完成七年级新生心理档案建立", "心理健康教育中心", "2026-10"),
                ("加强教学常规管理", "教务处", nil),
                ("完成九年级学情诊断分析", "分管教学副校长", "2026-11"),
                ("强化师德师风", "党政办", nil),
                ("完成校园监控系统升级改造", "安全办", "2026-09"),
                ("做好开学工作", nil, "2026-09"),
                ("召开秋季运动会", nil, "2026-10"),
                ("组织期中质量检测", nil, "2026-11"),
                ("开展“一二·九”主题教育", nil, "2026-12"),
                ("组织期末质量检测", nil, "2027-01"),
            ],
            noise: [
                "琶湖中学校办 琶湖中学 2026年08月29日 20:15 磬川", "文章已于2026-08-30修改",
                "👆 点击上方蓝字“琶湖中学” → 右上角“…” → 设为星标★，不错过每一条校园资讯",
                "◀ 左右滑动，查看新学期教研活动掠影 ▶", "琶湖中学家校通", "小程序", "文字：教务处", "图片：校团委",
                "编辑：林小满", "初审：周　敏", "复审：何一帆", "终审：陆国栋", "#开学季　#学校工作计划　#品质琶中",
                "阅读 3852", "赞 96　　在看 41", "轻点两下取消在看", "作者已设置关注7天后才可留言", "全部留言 3",
                "九(3)班家长 · 磬川", "新学期加油，期待孩子们的新进步！", "08-30 · 👍 31", "琶湖中学（作者）",
                "谢谢您的支持，让我们一起努力！", "08-30 · 👍 9", "奔跑的蜗牛 · 磬川", "月工作安排很清楚，点赞！",
                "08-31 · 👍 12", "微信扫一扫可打开此内容，使用完整服务",
            ]),
        ExpectedPlan(
            name: "county 工作总结和工作计划 in 第一部分/第二部分 on the bureau's website with a 滚动公告, a 飘窗 and 双击滚屏",
            text: BlindFixtures17.countySummaryAndPlanInTwoPartsOnBureauWebsite,
            headings: [
                (0, "第一部分2025年工作总结"), (1, "一、教育资源扩容提质"), (1, "二、教育质量持续提升"),
                (1, "三、教师队伍建设不断加强"), (1, "四、教育民生保障有力"), (1, "五、存在的不足"),
                (0, "第二部分2026年工作计划"), (1, "一、总体目标"), (1, "二、重点任务"), (2, "（一）扩大优质教育资源"),
                (3, "1.实施学位扩容工程"), (4, "（1）推进第二实验小学二期工程"), (4, "（2）推进城北幼儿园建设"),
                (3, "2.推进集团化办学"), (2, "（二）提升教育教学质量"), (3, "1.深化课堂教学改革"),
                (3, "2.加强教研队伍建设"), (3, "3.促进学生全面发展"), (2, "（三）建设高素质教师队伍"),
                (3, "1.补充教师力量"), (3, "2.提高培训实效"), (2, "（四）守牢安全底线，关爱特殊群体"),
                (3, "1.加强校园安全管理"), (3, "2.关爱特殊群体"), (1, "三、保障措施"), (2, "（一）强化经费保障"),
                (2, "（二）强化督导考核"),
            ],
            indicators: [
                "完成教育基建投资 eq 2.1亿元 2025 -", "改扩建学校 eq 11所 2025 -", "新增学位 eq 2460个 2025 -",
                "普惠性幼儿园覆盖率 eq 91.3% 2025 全县", "普通高中本科上线率 eq 58.7% 2025 全县",
                "初中学业水平考试全科合格率 eq 76.5% 2025 全县 from 72@2024", "中小学生体质健康合格率 eq 93.2% 2025 全县",
                "招聘新教师 eq 96名 2025 -", "培训教师 eq 6200人次 2025 -", "新增市级骨干教师 eq 34名 2025 -",
                "安排教师培训经费 eq 480万元 2025 -", "落实学生资助资金 eq 3150万元 2025 -", "惠及学生 eq 4.2万人次 2025 -",
                "学前三年毛入园率 eq 94% 2026 全县", "义务教育巩固率 ge 99.5% 2026 全县",
                "高中阶段毛入学率 approx 95% 2026 全县", "普通高中本科上线率 eq 61% 2026 全县",
                "新建、改扩建中小学幼儿园 eq 8所 2026 -", "新增学位 eq 1900个 2026 -", "公办幼儿园学位 ge 540个 2026 -",
                "组建城乡教育集团 eq 5个 2026 -", "乡村学校集团化办学覆盖率 eq 85% 2026 -",
                "评选县级优秀教学成果 eq 20项 2026 -", "县级专职教研员 eq 32名 2026 -",
                "每名教研员每学期深入学校指导 ge 40天 2026 -", "中小学生每天综合体育活动时间 ge 2小时 2026 -",
                "中小学生体质健康优良率 ge 55% 2026 -", "招聘教师 approx 100名 2026 -", "乡村学校教师 ge 60名 2026 -",
                "培训教师 eq 6500人次 2026 -", "每名教师年度集中培训 ge 40学时 2026 -",
                "中小学幼儿园“一键报警”联网率 eq 100% 2026 -", "特殊教育学校送教上门服务覆盖率 eq 100% 2026 -",
                "家庭经济困难学生资助应助尽助率 eq 100% 2026 -", "教育经费投入 ge 4.6亿元 2026 -",
            ],
            notIndicators: ["2.4个百分点", "9项", "3轮", "2轮"],
            tasks: [
                ("埙山县第二实验小学二期工程竣工投用", "计财股", "2026-08"),
                ("完成城北幼儿园主体工程建设", "计财股", "2026"),
                ("推进集团化办学", "基教股", nil),
                ("完成全县中小学生体质健康数据上报", "县教育局体卫艺股", "2026-09"),
                ("完成教师招聘工作", "人事股", "2026-07"),
                ("完成全县校车安全专项检查", "安全股", "2026-03"),
                ("完成对乡镇学校年度综合督导评估", "督导室", "2026-11"),
            ],
            noise: [
                "智慧教育平台 ｜ 教师研修平台 ｜ 学籍管理 ｜ OA办公 ｜ 局长信箱", "埙山教育", "立德树人 · 办人民满意的教育",
                "网站首页 ∣ 教育要闻 ∣ 公示公告 ∣ 计划总结 ∣ 学校风采 ∣ 教研天地 ∣ 党风廉政 ∣ 资料下载",
                "【滚动公告】埙山县2026年寒假中小学生安全告家长书已发布，请各校及时转发。",
                "2026年寒假“安全教育平台”专题入口　× 关闭", "▶ 首页 ▶ 计划总结",
                "信息分类：计划总结　　来源：局办公室　　作者：夏岚　　录入时间：2026-01-22",
                "阅读次数：［873］　【字号：大 中 小】　【双击滚屏】", "编辑：夏岚　　审核：周启明",
                "【我要评论】　【推荐】　【打印】　【关闭】", "本栏目热点", "埙山县教育局2026年寒假安全工作致家长的一封信",
                "埙山县2025年义务教育学校招生工作实施方案", "埙山县教育局关于公布2025年县级骨干教师名单的通知",
                "埙山县教育局 版权所有　｜　设计制作：埙山云帆网络科技有限公司",
                "地址：埙山县学府路26号　邮箱：xsjyj@xunshan.example.gov",
                "磬ICP备2017001182号-1　磬公网安备 53070302000225号", "网站运维电话：0000-7330118",
            ]),
        ExpectedPlan(
            name: "county 县域普通高中 实施方案 copied whole from Word with the 文号 as 页眉, ·N· page numbers and a tab-separated 分解表",
            text: BlindFixtures17.countyHighSchoolPlanCopiedWholeFromWordWithTaskTable,
            headings: [
                (0, "一、总体要求"), (1, "（一）指导思想"), (1, "（二）主要目标"), (0, "二、重点任务"),
                (1, "（一）改善办学条件"), (2, "1.新建扩建校舍"), (2, "2.配齐教学装备"), (1, "（二）提升教育质量"),
                (2, "1.深化育人方式改革"), (2, "2.推进特色多样发展"), (2, "3.加强学生发展指导"), (1, "（三）建强教师队伍"),
                (2, "1.补足配齐教师"), (2, "2.提升专业素养"), (1, "（四）深化开放合作"), (2, "1.开展托管帮扶"),
                (2, "2.推进县中联盟"), (0, "三、保障措施"), (1, "（一）加强组织领导"), (1, "（二）加大经费投入"),
                (1, "（三）强化考核激励"),
            ],
            indicators: [
                "普通高中本科上线率 eq 60% 2026 全县", "普通高中本科上线率 eq 63% 2027 全县",
                "普通高中本科上线率 eq 66% 2028 全县", "普通高中专任教师中研究生学历教师比例 ge 12% 2027 -",
                "新建、改扩建普通高中教学楼、宿舍楼 eq 6栋 2028 -", "新增普通高中学位 eq 2400个 2028 -",
                "普通高中理化生实验室、通用技术教室等功能教室配置达标率 eq 100% 2028 -",
                "生均教学仪器设备值 eq 6000元 2028 - from 4200@2025", "每所普通高中开设选修课程 ge 30门 2028 -",
                "创建市级特色高中 ge 1-2所 2028 -", "培育学科特色课程基地 eq 4个 2028 -",
                "每所普通高中配备专职生涯规划指导教师 ge 2名 2028 -", "学生综合素质评价档案建档率 eq 100% 2028 -",
                "补充普通高中教师 eq 180名 2028 -", "紧缺学科教师 ge 80名 2028 -",
                "每年选派骨干教师赴省内优质高中跟岗研修 ge 50名 2028 -", "培养市级以上名师、名班主任 ge 10-15名 2028 -",
                "每年互派交流教师 ge 20人次 2028 -", "累计投入普通高中建设资金 ge 3.2亿元 2028 -",
                "普通高中生均公用经费标准 ge 1200元 2028 -",
            ],
            notIndicators: ["8号", "4所", "9870人", "55人", "2次", "1次"],
            tasks: [
                ("编制《笙溪县普通高中学校布局调整规划》", "县教育局", "2026-06"),
                ("笙溪县第二高级中学新校区建成招生", "县教育局", "2027-08"),
                ("完成普通高中功能教室标准化改造", "县教育局", "2027-12"),
                ("县第一中学创成省级示范性普通高中", "县第一中学", "2028-12"),
                ("建立普通高中教师专项补充机制", "县委编办", "2026-09"),
                ("与筝阳市第一中学签订托管帮扶协议", "县教育局", "2026-05"),
                ("落实普通高中生均公用经费标准", "县财政局", nil),
            ],
            noise: [
                "·1·", "笙教发〔2026〕8号", "·2·", "笙教发〔2026〕8号", "·3·", "笙教发〔2026〕8号", "·4·",
                "笙教发〔2026〕8号", "·5·",
            ]),
    ]
}
