import Foundation
@testable import PlanImport

/// A thirteenth blind set: six ORDINARY plans of the genre, each as a user's select-all copy of the kind of page county staff
/// most often copy plans from, furniture included above, below and sometimes inside the plan. Invented content throughout
/// (fictional places 苇川县, 鸥渚区, 凫山市, 鹤汀镇 in 雁湖县, 鹬溪县 under 凫山市, 鸿岭县 in an invented 鹭洲省; invented sites,
/// accounts, users, addresses, codes and numbers; no published sentence copied): a county bureau's 年度工作计划 on a 范文/工作
/// 计划 aggregator (砚田范文网) with the breadcrumb ending in the title and the editor's 【导语】 above; a district 年度工作要点 on a
/// document-sharing site (墨匣文库) with a four-line file card, a 下载 | 收藏 | 举报 row above and below the viewer, bare "第N页"
/// viewer headers and a "剩余N页未读，继续阅读" cut inside; a city 年度教育工作要点 as the attachment of the city bureau's notice
/// on the city government portal's 政策文件 page (an info table of paired fields, 【字体：大 中 小】, 【打印】【关闭】, 扫一扫, 相关文件,
/// 主办/承办/地址/网站标识码/ICP/公安备案 footer); a township central kindergarten's 学期工作计划 as a WeChat article of the
/// kindergarten's own account (鹤汀幼儿园) copied from the browser, with a "▼" line and a repeated decorative divider inside and
/// the 来源/编辑/初审/审核 credits, 往期回顾, QR line, counters and 留言 below; a county 工作总结和下一年工作计划 on the county
/// education bureau's own website (top links, date-and-weather line, 您的位置, 作者/来源/发布时间/浏览量, 【收藏】【打印】【关闭】,
/// 友情链接); a county bureau's notice with a “十五五” 教育事业发展规划（摘要） pasted from a Word print (red head, 文号, the
/// notice, a repeated 页眉 line that is not the plan's title, "第 N 页 共 5 页" page numbers, the 抄送/印发 版记 at the end).
/// Written without reading the importer's sources and without running the importer or any test; syntax checked with
/// `swiftc -parse` only.
/// Before writing, the stored public pages were searched for these kinds of site; few are stored, so layouts were read only
/// where found (nothing copied): a 范文 site's article page (a "时间：… 来源：网友投稿" line under the title); an essay site's
/// article page (a "首页 > 栏目" breadcrumb, a "时间 … 版权反馈" line and an 【摘要】 line above the text); a document site's page
/// (a 合集下载 heading and a numbered 下载声明 list above the document's text) and a document site that splits a file into pages
/// titled "name 第N页"; a district education bureau's 规划计划 page (the notice, its addressees, "见附件", the 附件 line, the
/// signatures and date, the 附件 label and the plan under it); a county portal's notice page (您现在的位置, a 发布日期/来源/浏览量/
/// 字体 line, the notice, its 附件 line and a signature "（…代章）"); a county 信息公开 page (发布时间/来源/浏览量 and a 【字号 打印
/// row above a 规划); a county portal's policy page (无障碍 and 手机版 links, 当前位置, 发布日期/来源, a 字体/【打印】 row); a news
/// portal's repost (date and time, 来源, 编辑, an empty comment box). No WeChat article, no 文库 viewer with a file card, no
/// government info table with 成文日期/发文字号, no bureau site with a weather line and no Word print was found, so the rest of each
/// kind's furniture is reproduced from common knowledge in invented wording: aggregators (site name with slogan, search box,
/// channel menu, breadcrumb "站 » 频道 » 栏目 » title", 时间/作者/来源/阅读 line, 【导语】, 本文地址, 标签, 上一篇/下一篇, 相关推荐
/// titles, 关于我们/联系我们/免责声明/投稿须知, a 声明 line, ©, ICP); document-sharing sites (site name with slogan, menu, search,
/// the file card 文档名.docx / 上传者 上传时间 / 页数 浏览 下载 / 格式 大小, 下载 | 收藏 | 举报, the viewer's "第N页", the 剩余N页未读
/// cut, 相关文档 files, a 版权 note, ©/ICP); government portals (site name, menu, 当前位置, the info table 索引号/主题分类/发布机构/
/// 成文日期/发文字号/发布日期/标题, 【字体：大 中 小】, the notice and its 附件, 【打印】【关闭】, 扫一扫在手机打开当前页, 相关文件,
/// 主办/承办, 地址, 网站标识码, ICP, 公网安备); WeChat articles (title, "原创 · author", the account name, date and place, a banner
/// phrase, a "…▼" lead-in, "— ❀ — ❀ — ❀ —" dividers, 来源/编辑/初审/审核, 往期回顾 with titles, 长按识别二维码关注我们, the account
/// name again, one 阅读/赞/在看 counter line, 写留言, 留言, comments with name, text, "date  赞 N" and 作者回复); county bureau sites
/// (手机版/局长信箱/网站地图/繁體版 links, site name, date with weekday and weather, menu, 您的位置, 作者/来源/发布时间/浏览量,
/// 【收藏】【打印】【关闭】, 上一篇/下一篇, 友情链接 with four sites, 版权所有/技术支持, 地址/电话, ICP); Word prints (版头 "…文件", 文号,
/// notice, (此件主动公开), a 页眉 on every page after the first, "第 N 页 共 N 页" at each page foot, 抄送 and "…办公室  date印发").
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
enum BlindFixtures13 {
    /// A county bureau's 年度工作计划 on a 范文/工作计划 aggregator (砚田范文网): the site name with its slogan, the search box, the
    /// channel menu and a breadcrumb that ends in the plan's title above the page title (the plan's title), the 时间/作者/来源/阅读
    /// line and the editor's 【导语】 under it; the introduction, 一、工作目标 as one paragraph with 全县 (以上 once, 保持在 without
    /// 以上), 二、重点任务 with （一）…（四） titles alone on their lines over "N.lead。body" items (owner brackets after a deadline
    /// and after a standalone point rise, a 其中 part, "由…牵头", counts of 分析会 and 排查 held), 三、保障措施 with three lead
    /// phrases (a count of 调度会, 全年, a month deadline), the signature and date; 本文地址, 标签, 上一篇/下一篇, 相关推荐 with four
    /// titles, the footer links, a 声明 line, © and ICP below.
    static let countyPlanOnEssayAggregator = """
        砚田范文网 — 写材料，先到砚田
        站内搜索：输入标题或关键词  搜索
        网站首页 | 工作计划 | 工作总结 | 讲话致辞 | 心得体会 | 公文写作 | 实用范文
        砚田范文网 » 工作计划 » 部门工作计划 » 苇川县教育局2026年工作计划
        苇川县教育局2026年工作计划
        时间：2026-01-27 08:41 | 作者：砚田编辑部 | 来源：用户投稿 | 阅读：3157次
        【导语】年初定计划，全年有方向。砚田范文网编辑为您收集了苇川县教育局2026年工作计划，欢迎借鉴参考。
        2026年，县教育局将以擦亮“学在苇川”品牌为目标，坚持优先发展、均衡发展、内涵发展，统筹抓好以下各项工作。
        一、工作目标
        全县学前三年毛入园率达到97%以上，义务教育巩固率保持在99.6%，高中阶段毛入学率达到96%，中小学生体质健康合格率达到94%。
        二、重点任务
        （一）扩大优质教育资源
        1.加快学校建设。新建苇川县第五小学，改扩建乡镇幼儿园3所，新增学位1350个。9月底前完成县第五小学主体工程。（责任股室：基建股）
        2.推进城乡一体办学。新组建城乡教育共同体6个，乡村学校纳入共同体比例达到80%。
        （二）提高教育教学质量
        1.深化课堂教学改革。评选县级优质课100节，每学期召开教学质量分析会1次。
        2.抓好毕业年级工作。普通高中本科上线率力争达到60%，初中学业水平考试优秀率较上年提高3个百分点。（责任股室：教研室）
        （三）建设高素质教师队伍
        1.补充师资力量。招聘教师120名左右，其中农村学校教师不少于70名。由县教育局人事股牵头，7月底前完成教师招聘工作。
        2.强化教师培训。培训教师4800人次，新培养县级骨干教师80名。
        （四）维护校园安全稳定
        1.加强校园安全管理。学校视频监控联网率保持100%，每季度开展1次安全隐患排查。6月底前完成防溺水专项行动。（责任股室：安全股）
        2.深化平安校园创建。创建市级平安校园示范校8所。
        三、保障措施
        （一）加强组织领导。局领导班子成员分片联系学校，每月召开1次重点工作调度会。
        （二）加大经费投入。全年教育经费投入不低于6.8亿元，生均公用经费按时足额拨付到校。
        （三）严格督导考核。11月底前完成对乡镇中心学校的年度办学水平督导评估。
        苇川县教育局
        2026年1月9日
        本文地址：https://www.yantianfw.example.net/jihua/bumen/31842.html
        标签：教育局工作计划  年度工作计划  2026年计划
        上一篇：2026年县教育局党建工作计划（通用3篇）
        下一篇：2026年学校安全工作计划范文
        相关推荐
        2026年教育系统工作计划（精选5篇）
        县教育局年度工作计划怎么写
        2026年中小学教学工作计划
        乡镇中心学校工作计划范文大全
        关于我们 · 联系我们 · 免责声明 · 投稿须知
        声明：本站文章多来源于网友投稿，仅供学习参考，如有侵权请联系删除。
        © 2015-2026 砚田范文网 版权所有
        鹭ICP备2023011826号
        """

    /// A district 年度工作要点 on a document-sharing site (墨匣文库): the site name with its slogan, the menu and the search box,
    /// the four-line file card (文档名.docx, 上传者/上传时间, 页数/浏览/下载, 格式/大小) and the "下载 | 收藏 | 举报" row above the
    /// viewer; a bare "第N页" header at the top of each of the four pages and a "剩余2页未读，继续阅读" cut between pages 2 and 3;
    /// the document's own title, introduction, 一、主要目标 with three "N.名称：…" goal lines (全区 in the first, 以内 twice, a
    /// baseline with its year), 二、重点工作 with eight "（N）lead。body" items (（牵头科室：…） brackets, one with no deadline,
    /// "由…牵头", a standalone point fall, a count of 学科竞赛 and of 巡查 held, 年底前 with a 《》 title), 三、保障措施 with two
    /// lead phrases (全年, a count of reports), the signature and date; the button row again, 相关文档 with four files, the 版权
    /// note and the © line below.
    static let districtKeyPointsOnDocumentSharingSite = """
        墨匣文库 | 在线文档分享平台
        首页  教育专区  党政公文  行业资料  办公模板  我的文库
        请输入文档名称或关键词  搜索
        鸥渚区教育局2026年教育工作要点.docx
        上传者：渚畔听风    上传时间：2026-02-26 21:14
        页数：4页    浏览：1876    下载：203
        格式：DOCX    大小：41.2KB
        下载 | 收藏 | 举报
        第1页
        鸥渚区教育局2026年教育工作要点
        2026年全区教育工作的总体要求是：坚持立德树人根本任务，聚焦“优质均衡、提质增效”，加快建设教育强区。
        一、主要目标
        1.学前教育：全区普惠性幼儿园覆盖率达到95%，公办园在园幼儿占比达到62%。
        2.义务教育：小学平均班额控制在43人以内，初中平均班额控制在48人以内，义务教育学校课后服务覆盖率保持100%。
        3.教师发展：区级以上名师、骨干教师达到520人，研究生学历教师占比由2025年的9.5%提高到11%。
        二、重点工作
        （一）坚持党建引领。实施“先锋鸥渚”党建提质工程，建成区级党建示范校10所。（牵头科室：组织人事科）
        （二）扩充学位供给。新建、改扩建学校5所，新增学位3240个。8月底前建成鸥渚区海滨实验学校并招生。（牵头科室：发展规划科）
        第2页
        （三）深化集团化办学。新组建紧密型教育集团4个，集团内教师交流比例不低于15%。
        （四）提升育人质量。中小学生体质健康优良率达到60%以上，中小学生近视率较上年下降0.5个百分点，举办区级学科竞赛3场。
        （五）加强教师队伍建设。公开招聘教师180名，其中硕士研究生不少于50名。由区教育局组织人事科牵头，6月底前完成招聘考试。
        （六）推进教育数字化。建成智慧课堂示范校12所，中小学数字校园达标率达到90%。
        剩余2页未读，继续阅读
        第3页
        （七）守牢安全底线。校园“护学岗”设置率保持100%，每月开展1次校园及周边安全巡查。4月底前完成全区学校消防设施检测。（牵头科室：安全管理科）
        （八）优化教育督导。责任督学挂牌督导覆盖率保持100%，年底前出台《鸥渚区义务教育质量监测结果运用办法》。
        三、保障措施
        （一）强化经费保障。全年教育经费投入不低于12.6亿元，确保教育经费“两个只增不减”。
        第4页
        （二）强化工作落实。各科室要建立任务清单，每季度报送1次工作进展情况。
        鸥渚区教育局
        2026年2月10日
        下载 | 收藏 | 举报
        相关文档
        鸥渚区2025年教育工作总结.docx
        区教育局2026年工作要点（修改稿）.doc
        2026年中学教学工作要点.docx
        区级教育系统年度工作要点汇编.pdf
        本站文档均由用户上传，仅供学习交流，版权归原作者所有，如有侵权请联系客服删除。
        ©2026 墨匣文库  鹭ICP备2024003719号-2
        """

    /// A city 年度教育工作要点 as the attachment of the city bureau's notice on the city government portal's 政策文件 page: the
    /// portal's name, the menu, the 当前位置 breadcrumb, the info table as four lines of paired fields (索引号/主题分类, 发布机构/
    /// 成文日期, 发文字号/发布日期, 标题) and 【字体：大 中 小】 above the page heading (the notice's title); the notice (文号,
    /// addressees, one sentence, its "附件：…" line, signature, date), the "附件" label and the plan's title; the 要点 with its
    /// introduction and four parts over "（N）lead。body" items numbered afresh in each part (owner brackets with no deadline,
    /// two owners after a deadline, 全市 at the head of a sentence and in its third clause, "稳定在…以上", a 其中 part after 全市,
    /// "由…牵头", counts of 测评 and of 安全检查 rounds, 年底前), no signature under it; 【打印】【关闭】, 扫一扫, 相关文件 with two
    /// titles and the footer (主办/承办, 地址/网站标识码, ICP/公网安备) below.
    static let cityKeyPointsUnderNoticeOnPolicyPage = """
        凫山市人民政府门户网站
        首页 | 政务公开 | 政务服务 | 政民互动 | 数据开放 | 走进凫山
        当前位置：首页 > 政务公开 > 政策文件 > 部门文件
        索引号：11371100MB2870451X/2026-00214    主题分类：教育
        发布机构：凫山市教育局    成文日期：2026-02-16
        发文字号：凫教发〔2026〕7号    发布日期：2026-02-18
        标题：凫山市教育局关于印发《凫山市2026年教育工作要点》的通知
        【字体：大 中 小】
        凫山市教育局关于印发《凫山市2026年教育工作要点》的通知
        凫教发〔2026〕7号
        各县（区）教育局，市直各学校：
        现将《凫山市2026年教育工作要点》印发给你们，请结合实际认真贯彻落实。
        附件：凫山市2026年教育工作要点
        凫山市教育局
        2026年2月16日
        附件
        凫山市2026年教育工作要点
        2026年全市教育工作的总体思路是：以加快建设教育强市为目标，坚持扩优提质、改革创新、守正安全，努力办好人民满意的教育。
        一、强化铸魂育人
        （一）推进大思政课建设。建设市级思政教育实践基地20个，评选“思政金课”50节。（责任单位：思政科）
        （二）加强学生心理健康工作。全市中小学心理健康教育专职教师配备率达到100%，每学期开展1次学生心理健康测评。
        二、推动教育优质均衡
        （一）扩大普惠性学前教育资源。新建公办幼儿园8所，新增学位2700个，全市普惠性幼儿园覆盖率稳定在93%以上。（责任单位：基础教育科）
        （二）促进义务教育优质均衡。全市义务教育学校“家门口好学校”比例达到70%。9月底前完成市实验中学东校区建设。（责任单位：发展规划科、基础教育科）
        （三）推进普通高中多样化发展。新创建省级特色高中2所，普通高中本科上线率达到66%。
        三、建设高素质教师队伍
        （一）加强师德师风建设。将师德表现作为教师评先评优的首要标准，师德失范问题查处率保持100%。
        （二）优化教师资源配置。全市补充中小学教师650名左右，其中乡村学校教师不少于300名。由市教育局人事科牵头，8月底前完成县域内校长教师交流轮岗。
        四、守牢安全底线
        （一）提升校园安全水平。中小学幼儿园消防设施完好率保持100%，全年组织安全检查4轮。
        （二）强化经费保障。全市教育经费投入不低于86亿元。年底前完成全市中小学教室照明达标改造。（责任单位：财务审计科）
        【打印】【关闭】
        扫一扫在手机打开当前页
        相关文件
        凫山市教育局关于做好2026年春季学期开学工作的通知
        凫山市2026年中小学招生入学工作方案
        主办：凫山市人民政府办公室    承办：凫山市大数据中心
        地址：凫山市政府路1号    网站标识码：3711000012
        鹭ICP备12004501号    鹭公网安备 37110002000318号
        """

    /// A township central kindergarten's 学期工作计划 as a WeChat article of its own account (鹤汀幼儿园) copied from the browser:
    /// the article title (the plan's title), the "原创 · author" line, the account name, the date and place line and a banner
    /// phrase above the plan; the introduction with stock counts, a "…▼" lead-in, 一、工作目标 with three numbered goal sentences
    /// (以上, 保持 without 以上), a decorative divider, 二、主要工作 with （一）…（四） titles alone on their lines over "N.lead。body"
    /// items (（责任部门：…） after a deadline and with none, a 其中 part, a per-person requirement, counts of 观摩, 膳食营养分析,
    /// 演练 and 家长课堂 held, deadlines with no owner), the same divider again, the signature and date; the 来源/编辑/初审/审核
    /// credits, 往期回顾 with three titles, the QR line and the account name, one counter line, 写留言, 留言 and two comments (one
    /// with the author's reply) below.
    static let kindergartenTermPlanAsWeChatArticle = """
        雁湖县鹤汀镇中心幼儿园2026年春季学期工作计划
        原创 · 鹤汀镇中心幼儿园园务办
        鹤汀幼儿园
        2026-02-24 17:42 鹭洲
        ❀ 新学期 新起点 新成长 ❀
        本学期，我园将秉持“快乐游戏、健康成长”的办园理念，以提升保教质量为核心，扎实推进各项工作。全园现有教学班12个，在园幼儿368名，教职工46人。
        新学期计划抢先看 ▼
        一、工作目标
        1.幼儿出勤率达到92%以上，幼儿体检率保持100%。
        2.创建市级游戏活动示范园，教师持证上岗率达到100%。
        3.家长满意度达到98%以上，全学期无安全责任事故。
        — ❀ — ❀ — ❀ —
        二、主要工作
        （一）保育教育
        1.推进课程游戏化。各班每天户外活动时间不少于2小时，其中体育活动时间不少于1小时。3月底前完成各班游戏区域环境改造。（责任部门：保教处）
        2.做好幼小衔接。大班幼儿入学准备教育覆盖率达到100%，5月底前组织大班幼儿参观鹤汀镇中心小学。
        （二）队伍建设
        1.加强教师培训。每名教师每学期参加园本研修不少于30学时，开展半日活动观摩4次。（责任部门：教科室）
        2.培养青年教师。实施“青蓝结对”工程，结对培养青年教师12名。6月底前完成青年教师优质课评比。
        （三）卫生保健与安全
        1.严格卫生保健。每月开展1次膳食营养分析，传染病发病率控制在1%以内。
        2.强化安全管理。每月开展1次安全演练，4月底前完成大型玩具安全检修。（责任部门：后勤处）
        （四）家园共育
        1.办好家长学校。每学期举办家长课堂2期，家长学校参与率达到90%。
        2.加强家园沟通。3月底前完成新生家访全覆盖。（责任部门：保教处）
        — ❀ — ❀ — ❀ —
        鹤汀镇中心幼儿园
        2026年2月20日
        来源：鹤汀镇中心幼儿园
        编辑：苏晓棠
        初审：陆晚晴
        审核：顾清和
        往期回顾
        鹤汀镇中心幼儿园2025年秋季学期工作总结
        “萌娃迎新春”主题活动精彩回顾
        寒假安全致家长的一封信
        长按识别二维码关注我们
        鹤汀幼儿园
        阅读 1287  赞 46  在看 19
        写留言
        留言
        林间小鹿
        新学期家长会什么时候开呀？
        2月24日  赞 8
        作者回复：家长会定于开学第二周召开，请留意班级群通知。
        糖糖爸爸
        老师们辛苦啦，期待孩子们的新学期！
        2月25日  赞 3
        """

    /// A county 工作总结和下一年工作计划 on the county education bureau's own website (鹬溪县教育局): the top links, the site's name,
    /// the date-and-weather line, the menu and 您的位置 above the title, the 作者/来源/发布时间/浏览量 line under it; the
    /// introduction, the summary's （一）…（四） "lead。body" paragraphs with the past year's figures (全年 in a name, 全县 at the head
    /// of a sentence running past a "；", a point rise beside its value, a count of 培训班 held), a 问题 part, the plan half with
    /// （一）主要目标 (全县, 以上 once), （二）重点工作 over 1.…5. lead phrases (a deadline whose subject follows it under an owner
    /// bracket, a 其中 part, "由…牵头", an owner bracket with no deadline, "保持在…以上") and （三）保障措施 as one unnumbered
    /// paragraph (全年, a month deadline), the signature (the site's name again) and date; 【收藏】【打印】【关闭】, 上一篇/下一篇,
    /// 友情链接 with four sites and the footer (版权所有/技术支持, 地址/电话, ICP) below.
    static let countySummaryAndPlanOnCountyBureauSite = """
        手机版 | 局长信箱 | 网站地图 | 繁體版
        鹬溪县教育局
        2026年1月23日 星期五  多云转晴  3℃～11℃
        首页  机构概况  新闻中心  通知公告  政策法规  教育督导  党建园地  资料下载
        您的位置：首页 > 新闻中心 > 工作动态
        鹬溪县教育局2025年工作总结和2026年工作计划
        作者：局办公室  来源：鹬溪县教育局  发布时间：2026-01-23 10:15  浏览量：642
        2025年，县教育局坚持以人民为中心的发展思想，着力补短板、强弱项、提质量，全县教育事业保持良好发展态势。现将有关情况报告如下。
        一、2025年工作完成情况
        （一）办学条件持续改善。全年投入教育资金3.4亿元，建成鹬溪县第二实验中学，新增学位1980个，改造农村学校食堂14所。
        （二）教育质量稳步提升。全县高考本科上线人数达到1526人，本科上线率达到61.3%，较上年提高2.1个百分点；初中学业水平考试合格率达到91%。
        （三）队伍建设成效明显。招聘教师108名，培养县级骨干教师90名，举办教师培训班26期。
        （四）民生保障有力有效。资助家庭经济困难学生1.3万人次，发放资助资金2150万元。
        二、存在的问题
        主要是：城区学位供给仍然偏紧，乡村学校音体美教师短缺，职业教育服务产业发展的能力不强。
        三、2026年工作计划
        （一）主要目标。全县学前三年毛入园率达到96.5%，义务教育巩固率达到99.5%以上，高中阶段毛入学率达到95%。
        （二）重点工作
        1.实施学位扩容工程。新建城西小学和城南幼儿园，新增学位1500个。8月底前城西小学建成投用。（责任股室：计财股）
        2.推进县域高中振兴。普通高中本科上线率力争达到63%，支持县第一中学创建省级示范性高中。
        3.补齐乡村师资短板。招聘教师110名，其中音体美教师不少于35名。由县教育局人事股牵头，7月底前完成招聘工作。
        4.提升职业教育水平。县职教中心新增专业2个，毕业生就业率保持在95%以上。（责任股室：职成股）
        5.加强学生资助。家庭经济困难学生资助覆盖率保持100%。
        （三）保障措施
        加强组织领导，压实工作责任；全年教育经费投入不低于3.8亿元；10月底前完成全县中小学校舍安全鉴定。
        鹬溪县教育局
        2026年1月16日
        【收藏】【打印】【关闭】
        上一篇：鹬溪县召开2026年寒假校园安全工作会议
        下一篇：县教育局开展春节前走访慰问困难教师活动
        友情链接
        鹭洲省教育厅
        凫山市教育局
        鹬溪县人民政府
        鹭洲教育资源公共服务平台
        版权所有：鹬溪县教育局  技术支持：鹬溪县融媒体中心
        地址：鹬溪县文昌路26号  电话：0000-5613208
        鹭ICP备2021008034号-1
        """

    /// A county bureau's notice with a “十五五” 教育事业发展规划（摘要） pasted from a Word print: the red head "…文件", the 文号,
    /// the notice's title, addressees, one sentence, signature, date and "（此件主动公开）" on the first page; a "第 N 页 共 5 页"
    /// page number at each page foot and a 页眉 line that is not the plan's title at the top of pages 2–5, the first one directly
    /// above the 摘要's title and one between a （N） title's items and the next （N） title; the introduction with stock counts,
    /// 一、发展目标 with a vision sentence ending in "具体目标是：" over four "（N）lead。body" goal lines (保持在…以上, a baseline with
    /// its year), 二、主要任务 with （一） as a title over an unnumbered paragraph and （二）…（四） titles over "N.lead。body" items
    /// (deadlines with a written year, owner brackets naming two units, owner brackets with no deadline, 每年 in two names, a
    /// target with its own year), 三、保障措施 with three lead phrases (a count of 专题会议, “十五五”期间 with 全县 and a 其中 part,
    /// two deadline sentences before one owner bracket); the 版记 (抄送 and "…办公室  date印发") on page 5.
    static let countyFiveYearPlanSummaryPastedFromWord = """
        鸿岭县教育局文件
        鸿教发〔2026〕5号
        鸿岭县教育局关于印发《鸿岭县“十五五”教育事业发展规划（摘要）》的通知
        各乡镇中心学校，县直各学校、幼儿园，局机关各股室：
        《鸿岭县“十五五”教育事业发展规划》已经县人民政府审定，现将规划摘要印发给你们，请结合实际认真贯彻执行。
        鸿岭县教育局
        2026年3月6日
        （此件主动公开）
        第 1 页 共 5 页
        鸿岭县教育事业发展规划（2026—2030年）
        鸿岭县“十五五”教育事业发展规划（摘要）
        “十四五”以来，全县教育事业加快发展，办学条件显著改善，教育质量稳步提升。全县现有各级各类学校132所，在校学生6.8万人，教职工5200人。“十五五”时期，全县教育将以建设教育强县为目标，推动教育高质量发展。
        一、发展目标
        到2030年，全县教育现代化水平显著提升，基本建成教育强县。具体目标是：
        （一）学前教育。学前三年毛入园率达到98%，普惠性幼儿园覆盖率保持在95%以上。
        （二）义务教育。义务教育巩固率达到99.8%，县域义务教育优质均衡发展通过国家督导评估认定。
        （三）高中阶段教育。高中阶段毛入学率由2025年的93.2%提高到97%。
        （四）教师队伍。中小学专任教师中研究生学历教师占比达到12%，县级以上骨干教师达到800人。
        第 2 页 共 5 页
        鸿岭县教育事业发展规划（2026—2030年）
        二、主要任务
        （一）实施学前教育普惠提升工程
        新建、改扩建公办幼儿园12所，新增学位3600个。2027年底前乡镇公办中心幼儿园全部达到省级优质园标准。（责任单位：县教育局、县发展改革局）
        （二）推进义务教育优质均衡
        1.优化学校布局。新建县城第三小学和城北初级中学，新增义务教育学位5400个。2028年8月底前城北初级中学建成招生。（责任单位：县教育局、县自然资源局）
        2.缩小城乡差距。组建城乡学校共同体15个，每年交流轮岗教师不少于150名。
        第 3 页 共 5 页
        鸿岭县教育事业发展规划（2026—2030年）
        （三）推动高中阶段教育多样化发展
        1.建设特色高中。创建省级特色高中2所，普通高中本科上线率达到65%。
        2.做强职业教育。支持县职业中专创建省级高水平中职学校，校企合作企业达到60家。（责任单位：县教育局、县人社局）
        （四）建设高素质教师队伍
        1.补充教师。每年招聘教师不少于100名，到2028年音体美教师配备率达到100%。
        2.提升教师素质。培训教师2.5万人次，培育县级以上名师、名校长50名。（责任单位：县教育局）
        第 4 页 共 5 页
        鸿岭县教育事业发展规划（2026—2030年）
        三、保障措施
        （一）加强组织领导。建立县教育工作领导小组定期会商机制，每年召开2次教育工作专题会议。
        （二）加大经费投入。“十五五”期间全县教育经费投入不低于60亿元，其中学校建设投入不低于15亿元。
        （三）强化督导评估。2028年6月底前完成规划中期评估。2030年底前完成规划实施总结评估。（责任单位：县政府教育督导室）
        抄送：县委办公室，县人大常委会办公室，县人民政府办公室，县政协办公室。
        鸿岭县教育局办公室                2026年3月6日印发
        第 5 页 共 5 页
        """

    static let expected: [ExpectedPlan] = [
        ExpectedPlan(
            name: "county annual plan on a 范文/工作计划 aggregator with a breadcrumb ending in its title and the editor's 导语",
            text: BlindFixtures13.countyPlanOnEssayAggregator,
            headings: [
                (0, "一、工作目标"), (0, "二、重点任务"), (1, "（一）扩大优质教育资源"), (2, "1.加快学校建设"), (2, "2.推进城乡一体办学"),
                (1, "（二）提高教育教学质量"), (2, "1.深化课堂教学改革"), (2, "2.抓好毕业年级工作"), (1, "（三）建设高素质教师队伍"),
                (2, "1.补充师资力量"), (2, "2.强化教师培训"), (1, "（四）维护校园安全稳定"), (2, "1.加强校园安全管理"),
                (2, "2.深化平安校园创建"), (0, "三、保障措施"), (1, "（一）加强组织领导"), (1, "（二）加大经费投入"),
                (1, "（三）严格督导考核"),
            ],
            indicators: [
                "学前三年毛入园率 ge 97% 2026 全县", "义务教育巩固率 eq 99.6% 2026 全县", "高中阶段毛入学率 eq 96% 2026 全县",
                "中小学生体质健康合格率 eq 94% 2026 全县", "改扩建乡镇幼儿园 eq 3所 2026 -", "新增学位 eq 1350个 2026 -",
                "新组建城乡教育共同体 eq 6个 2026 -", "乡村学校纳入共同体比例 eq 80% 2026 -", "评选县级优质课 eq 100节 2026 -",
                "普通高中本科上线率 eq 60% 2026 -", "初中学业水平考试优秀率 eq 3个百分点 2026 -", "招聘教师 approx 120名 2026 -",
                "农村学校教师 ge 70名 2026 -", "培训教师 eq 4800人次 2026 -", "新培养县级骨干教师 eq 80名 2026 -",
                "学校视频监控联网率 eq 100% 2026 -", "创建市级平安校园示范校 eq 8所 2026 -", "教育经费投入 ge 6.8亿元 2026 -",
            ],
            notIndicators: ["1次"],
            tasks: [
                ("完成县第五小学主体工程", "基建股", "2026-09"),
                ("抓好毕业年级工作", "教研室", nil),
                ("完成教师招聘工作", "县教育局人事股", "2026-07"),
                ("完成防溺水专项行动", "安全股", "2026-06"),
                ("完成对乡镇中心学校的年度办学水平督导评估", nil, "2026-11"),
            ],
            noise: [
                "砚田范文网 — 写材料，先到砚田", "站内搜索：输入标题或关键词  搜索",
                "网站首页 | 工作计划 | 工作总结 | 讲话致辞 | 心得体会 | 公文写作 | 实用范文",
                "砚田范文网 » 工作计划 » 部门工作计划 » 苇川县教育局2026年工作计划",
                "时间：2026-01-27 08:41 | 作者：砚田编辑部 | 来源：用户投稿 | 阅读：3157次",
                "【导语】年初定计划，全年有方向。砚田范文网编辑为您收集了苇川县教育局2026年工作计划，欢迎借鉴参考。",
                "本文地址：https://www.yantianfw.example.net/jihua/bumen/31842.html", "标签：教育局工作计划  年度工作计划  2026年计划",
                "上一篇：2026年县教育局党建工作计划（通用3篇）", "下一篇：2026年学校安全工作计划范文", "相关推荐",
                "2026年教育系统工作计划（精选5篇）", "县教育局年度工作计划怎么写", "2026年中小学教学工作计划", "乡镇中心学校工作计划范文大全",
                "关于我们 · 联系我们 · 免责声明 · 投稿须知", "声明：本站文章多来源于网友投稿，仅供学习参考，如有侵权请联系删除。",
                "© 2015-2026 砚田范文网 版权所有", "鹭ICP备2023011826号",
            ]),
        ExpectedPlan(
            name: "district key points on a document-sharing site with a file card, bare 第N页 headers and a 继续阅读 cut inside",
            text: BlindFixtures13.districtKeyPointsOnDocumentSharingSite,
            headings: [
                (0, "一、主要目标"), (1, "1.学前教育"), (1, "2.义务教育"), (1, "3.教师发展"), (0, "二、重点工作"), (1, "（一）坚持党建引领"),
                (1, "（二）扩充学位供给"), (1, "（三）深化集团化办学"), (1, "（四）提升育人质量"), (1, "（五）加强教师队伍建设"),
                (1, "（六）推进教育数字化"), (1, "（七）守牢安全底线"), (1, "（八）优化教育督导"), (0, "三、保障措施"),
                (1, "（一）强化经费保障"), (1, "（二）强化工作落实"),
            ],
            indicators: [
                "普惠性幼儿园覆盖率 eq 95% 2026 全区", "公办园在园幼儿占比 eq 62% 2026 全区", "小学平均班额 le 43人 2026 -",
                "初中平均班额 le 48人 2026 -", "义务教育学校课后服务覆盖率 eq 100% 2026 -", "区级以上名师、骨干教师 eq 520人 2026 -",
                "研究生学历教师占比 eq 11% 2026 - from 9.5@2025", "建成区级党建示范校 eq 10所 2026 -", "新建、改扩建学校 eq 5所 2026 -",
                "新增学位 eq 3240个 2026 -", "新组建紧密型教育集团 eq 4个 2026 -", "集团内教师交流比例 ge 15% 2026 -",
                "中小学生体质健康优良率 ge 60% 2026 -", "中小学生近视率 eq 0.5个百分点 2026 -", "公开招聘教师 eq 180名 2026 -",
                "硕士研究生 ge 50名 2026 -", "建成智慧课堂示范校 eq 12所 2026 -", "中小学数字校园达标率 eq 90% 2026 -",
                "校园“护学岗”设置率 eq 100% 2026 -", "责任督学挂牌督导覆盖率 eq 100% 2026 -", "教育经费投入 ge 12.6亿元 2026 -",
            ],
            notIndicators: ["3场", "1次"],
            tasks: [
                ("坚持党建引领", "组织人事科", nil),
                ("建成鸥渚区海滨实验学校并招生", "发展规划科", "2026-08"),
                ("完成招聘考试", "区教育局组织人事科", "2026-06"),
                ("完成全区学校消防设施检测", "安全管理科", "2026-04"),
                ("鸥渚区义务教育质量监测结果运用办法", nil, "2026"),
            ],
            noise: [
                "墨匣文库 | 在线文档分享平台", "首页  教育专区  党政公文  行业资料  办公模板  我的文库", "请输入文档名称或关键词  搜索",
                "鸥渚区教育局2026年教育工作要点.docx", "上传者：渚畔听风    上传时间：2026-02-26 21:14", "页数：4页    浏览：1876    下载：203",
                "格式：DOCX    大小：41.2KB", "下载 | 收藏 | 举报", "第1页", "第2页", "剩余2页未读，继续阅读", "第3页", "第4页",
                "下载 | 收藏 | 举报", "相关文档", "鸥渚区2025年教育工作总结.docx", "区教育局2026年工作要点（修改稿）.doc",
                "2026年中学教学工作要点.docx", "区级教育系统年度工作要点汇编.pdf",
                "本站文档均由用户上传，仅供学习交流，版权归原作者所有，如有侵权请联系客服删除。", "©2026 墨匣文库  鹭ICP备2024003719号-2",
            ]),
        ExpectedPlan(
            name: "city key points as the attachment of its notice on a city portal's 政策文件 page with an info table",
            text: BlindFixtures13.cityKeyPointsUnderNoticeOnPolicyPage,
            headings: [
                (0, "一、强化铸魂育人"), (1, "（一）推进大思政课建设"), (1, "（二）加强学生心理健康工作"), (0, "二、推动教育优质均衡"),
                (1, "（一）扩大普惠性学前教育资源"), (1, "（二）促进义务教育优质均衡"), (1, "（三）推进普通高中多样化发展"),
                (0, "三、建设高素质教师队伍"), (1, "（一）加强师德师风建设"), (1, "（二）优化教师资源配置"), (0, "四、守牢安全底线"),
                (1, "（一）提升校园安全水平"), (1, "（二）强化经费保障"),
            ],
            indicators: [
                "建设市级思政教育实践基地 eq 20个 2026 -", "评选“思政金课” eq 50节 2026 -",
                "中小学心理健康教育专职教师配备率 eq 100% 2026 全市", "新建公办幼儿园 eq 8所 2026 -", "新增学位 eq 2700个 2026 -",
                "普惠性幼儿园覆盖率 ge 93% 2026 全市", "义务教育学校“家门口好学校”比例 eq 70% 2026 全市",
                "新创建省级特色高中 eq 2所 2026 -", "普通高中本科上线率 eq 66% 2026 -", "师德失范问题查处率 eq 100% 2026 -",
                "补充中小学教师 approx 650名 2026 全市", "乡村学校教师 ge 300名 2026 全市",
                "中小学幼儿园消防设施完好率 eq 100% 2026 -", "教育经费投入 ge 86亿元 2026 全市",
            ],
            notIndicators: ["7号", "1次", "4轮"],
            tasks: [
                ("推进大思政课建设", "思政科", nil),
                ("扩大普惠性学前教育资源", "基础教育科", nil),
                ("完成市实验中学东校区建设", "发展规划科、基础教育科", "2026-09"),
                ("完成县域内校长教师交流轮岗", "市教育局人事科", "2026-08"),
                ("完成全市中小学教室照明达标改造", "财务审计科", "2026"),
            ],
            noise: [
                "凫山市人民政府门户网站", "首页 | 政务公开 | 政务服务 | 政民互动 | 数据开放 | 走进凫山", "当前位置：首页 > 政务公开 > 政策文件 > 部门文件",
                "索引号：11371100MB2870451X/2026-00214    主题分类：教育", "发布机构：凫山市教育局    成文日期：2026-02-16",
                "发文字号：凫教发〔2026〕7号    发布日期：2026-02-18", "标题：凫山市教育局关于印发《凫山市2026年教育工作要点》的通知",
                "【字体：大 中 小】", "【打印】【关闭】", "扫一扫在手机打开当前页", "相关文件", "凫山市教育局关于做好2026年春季学期开学工作的通知",
                "凫山市2026年中小学招生入学工作方案", "主办：凫山市人民政府办公室    承办：凫山市大数据中心",
                "地址：凫山市政府路1号    网站标识码：3711000012", "鹭ICP备12004501号    鹭公网安备 37110002000318号",
            ]),
        ExpectedPlan(
            name: "kindergarten term plan as a WeChat article of its own account with a ▼ lead-in and dividers inside",
            text: BlindFixtures13.kindergartenTermPlanAsWeChatArticle,
            headings: [
                (0, "一、工作目标"), (1, "1.幼儿出勤率达到92%以上，幼儿体检率保持100%"), (1, "2.创建市级游戏活动示范园，教师持证上岗率达到100%"),
                (1, "3.家长满意度达到98%以上，全学期无安全责任事故"), (0, "二、主要工作"), (1, "（一）保育教育"), (2, "1.推进课程游戏化"),
                (2, "2.做好幼小衔接"), (1, "（二）队伍建设"), (2, "1.加强教师培训"), (2, "2.培养青年教师"), (1, "（三）卫生保健与安全"),
                (2, "1.严格卫生保健"), (2, "2.强化安全管理"), (1, "（四）家园共育"), (2, "1.办好家长学校"), (2, "2.加强家园沟通"),
            ],
            indicators: [
                "幼儿出勤率 ge 92% 2026 -", "幼儿体检率 eq 100% 2026 -", "教师持证上岗率 eq 100% 2026 -", "家长满意度 ge 98% 2026 -",
                "各班每天户外活动时间 ge 2小时 2026 -", "体育活动时间 ge 1小时 2026 -", "大班幼儿入学准备教育覆盖率 eq 100% 2026 -",
                "每名教师每学期参加园本研修 ge 30学时 2026 -", "结对培养青年教师 eq 12名 2026 -", "传染病发病率 le 1% 2026 -",
                "家长学校参与率 eq 90% 2026 -",
            ],
            notIndicators: ["12个", "368名", "46人", "4次", "1次", "2期"],
            tasks: [
                ("完成各班游戏区域环境改造", "保教处", "2026-03"),
                ("组织大班幼儿参观鹤汀镇中心小学", nil, "2026-05"),
                ("加强教师培训", "教科室", nil),
                ("完成青年教师优质课评比", nil, "2026-06"),
                ("完成大型玩具安全检修", "后勤处", "2026-04"),
                ("完成新生家访全覆盖", "保教处", "2026-03"),
            ],
            noise: [
                "原创 · 鹤汀镇中心幼儿园园务办", "鹤汀幼儿园", "2026-02-24 17:42 鹭洲", "❀ 新学期 新起点 新成长 ❀", "新学期计划抢先看 ▼",
                "— ❀ — ❀ — ❀ —", "— ❀ — ❀ — ❀ —", "来源：鹤汀镇中心幼儿园", "编辑：苏晓棠", "初审：陆晚晴", "审核：顾清和", "往期回顾",
                "鹤汀镇中心幼儿园2025年秋季学期工作总结", "“萌娃迎新春”主题活动精彩回顾", "寒假安全致家长的一封信", "长按识别二维码关注我们",
                "鹤汀幼儿园", "阅读 1287  赞 46  在看 19", "写留言", "留言", "林间小鹿", "新学期家长会什么时候开呀？", "2月24日  赞 8",
                "作者回复：家长会定于开学第二周召开，请留意班级群通知。", "糖糖爸爸", "老师们辛苦啦，期待孩子们的新学期！", "2月25日  赞 3",
            ]),
        ExpectedPlan(
            name: "county summary and next year's plan on the county education bureau's own website with a weather line",
            text: BlindFixtures13.countySummaryAndPlanOnCountyBureauSite,
            headings: [
                (0, "一、2025年工作完成情况"), (1, "（一）办学条件持续改善"), (1, "（二）教育质量稳步提升"), (1, "（三）队伍建设成效明显"),
                (1, "（四）民生保障有力有效"), (0, "二、存在的问题"), (0, "三、2026年工作计划"), (1, "（一）主要目标"), (1, "（二）重点工作"),
                (2, "1.实施学位扩容工程"), (2, "2.推进县域高中振兴"), (2, "3.补齐乡村师资短板"), (2, "4.提升职业教育水平"),
                (2, "5.加强学生资助"), (1, "（三）保障措施"),
            ],
            indicators: [
                "投入教育资金 eq 3.4亿元 2025 -", "新增学位 eq 1980个 2025 -", "改造农村学校食堂 eq 14所 2025 -",
                "高考本科上线人数 eq 1526人 2025 全县", "本科上线率 eq 61.3% 2025 全县", "初中学业水平考试合格率 eq 91% 2025 全县",
                "招聘教师 eq 108名 2025 -", "培养县级骨干教师 eq 90名 2025 -", "资助家庭经济困难学生 eq 1.3万人次 2025 -",
                "发放资助资金 eq 2150万元 2025 -",
                "学前三年毛入园率 eq 96.5% 2026 全县", "义务教育巩固率 ge 99.5% 2026 全县", "高中阶段毛入学率 eq 95% 2026 全县",
                "新增学位 eq 1500个 2026 -", "普通高中本科上线率 eq 63% 2026 -", "招聘教师 eq 110名 2026 -", "音体美教师 ge 35名 2026 -",
                "县职教中心新增专业 eq 2个 2026 -", "毕业生就业率 ge 95% 2026 -", "家庭经济困难学生资助覆盖率 eq 100% 2026 -",
                "教育经费投入 ge 3.8亿元 2026 -",
            ],
            notIndicators: ["2.1个百分点", "26期"],
            tasks: [
                ("城西小学建成投用", "计财股", "2026-08"),
                ("完成招聘工作", "县教育局人事股", "2026-07"),
                ("提升职业教育水平", "职成股", nil),
                ("完成全县中小学校舍安全鉴定", nil, "2026-10"),
            ],
            noise: [
                "手机版 | 局长信箱 | 网站地图 | 繁體版", "鹬溪县教育局", "2026年1月23日 星期五  多云转晴  3℃～11℃",
                "首页  机构概况  新闻中心  通知公告  政策法规  教育督导  党建园地  资料下载", "您的位置：首页 > 新闻中心 > 工作动态",
                "作者：局办公室  来源：鹬溪县教育局  发布时间：2026-01-23 10:15  浏览量：642", "【收藏】【打印】【关闭】",
                "上一篇：鹬溪县召开2026年寒假校园安全工作会议", "下一篇：县教育局开展春节前走访慰问困难教师活动", "友情链接", "鹭洲省教育厅",
                "凫山市教育局", "鹬溪县人民政府", "鹭洲教育资源公共服务平台", "版权所有：鹬溪县教育局  技术支持：鹬溪县融媒体中心",
                "地址：鹬溪县文昌路26号  电话：0000-5613208", "鹭ICP备2021008034号-1",
            ]),
        ExpectedPlan(
            name: "county “十五五” plan summary under its notice pasted from a Word print with a 页眉, page numbers and a 版记",
            text: BlindFixtures13.countyFiveYearPlanSummaryPastedFromWord,
            headings: [
                (0, "一、发展目标"), (1, "（一）学前教育"), (1, "（二）义务教育"), (1, "（三）高中阶段教育"), (1, "（四）教师队伍"),
                (0, "二、主要任务"), (1, "（一）实施学前教育普惠提升工程"), (1, "（二）推进义务教育优质均衡"), (2, "1.优化学校布局"),
                (2, "2.缩小城乡差距"), (1, "（三）推动高中阶段教育多样化发展"), (2, "1.建设特色高中"), (2, "2.做强职业教育"),
                (1, "（四）建设高素质教师队伍"), (2, "1.补充教师"), (2, "2.提升教师素质"), (0, "三、保障措施"), (1, "（一）加强组织领导"),
                (1, "（二）加大经费投入"), (1, "（三）强化督导评估"),
            ],
            indicators: [
                "学前三年毛入园率 eq 98% 2030 -", "普惠性幼儿园覆盖率 ge 95% 2030 -", "义务教育巩固率 eq 99.8% 2030 -",
                "高中阶段毛入学率 eq 97% 2030 - from 93.2@2025", "中小学专任教师中研究生学历教师占比 eq 12% 2030 -",
                "县级以上骨干教师 eq 800人 2030 -", "新建、改扩建公办幼儿园 eq 12所 2030 -", "新增学位 eq 3600个 2030 -",
                "新增义务教育学位 eq 5400个 2030 -", "组建城乡学校共同体 eq 15个 2030 -", "每年交流轮岗教师 ge 150名 2030 -",
                "创建省级特色高中 eq 2所 2030 -", "普通高中本科上线率 eq 65% 2030 -", "校企合作企业 eq 60家 2030 -",
                "每年招聘教师 ge 100名 2030 -", "音体美教师配备率 eq 100% 2028 -", "培训教师 eq 2.5万人次 2030 -",
                "培育县级以上名师、名校长 eq 50名 2030 -", "教育经费投入 ge 60亿元 2030 全县", "学校建设投入 ge 15亿元 2030 全县",
            ],
            notIndicators: ["5号", "132所", "6.8万人", "5200人", "2次"],
            tasks: [
                ("乡镇公办中心幼儿园全部达到省级优质园标准", "县教育局、县发展改革局", "2027"),
                ("城北初级中学建成招生", "县教育局、县自然资源局", "2028-08"),
                ("做强职业教育", "县教育局、县人社局", nil),
                ("提升教师素质", "县教育局", nil),
                ("完成规划中期评估", "县政府教育督导室", "2028-06"),
                ("完成规划实施总结评估", "县政府教育督导室", "2030"),
            ],
            noise: [
                "第 1 页 共 5 页", "鸿岭县教育事业发展规划（2026—2030年）", "第 2 页 共 5 页", "鸿岭县教育事业发展规划（2026—2030年）",
                "第 3 页 共 5 页", "鸿岭县教育事业发展规划（2026—2030年）", "第 4 页 共 5 页", "鸿岭县教育事业发展规划（2026—2030年）",
                "第 5 页 共 5 页",
            ]),
    ]
}
