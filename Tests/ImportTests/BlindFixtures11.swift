import Foundation
@testable import PlanImport

/// An eleventh blind set: six TYPICAL plans of the genre, each as a user's select-all copy of a kind of web page (or an
/// exported or printed file) none of the earlier sets used, furniture included above, below and sometimes inside the plan.
/// Invented content throughout (fictional places 桉屿县, 榕岸区, 枇塘镇, 柚岭县, 槿州市, 檀川县 in an invented 琼枝省; invented
/// platforms, accounts, users, addresses and numbers; no published sentence copied): a county 年度工作要点 reposted as a
/// 知乎专栏-like article (知言) with a link card between two parts and the 赞同/评论区/专栏 furniture below; a district 年度工作
/// 计划 posted as a 简书-like article (简页) with an "打开App，阅读全文 / 继续阅读" cut between two parts and the 赞赏/专题/
/// 推荐阅读 furniture below; a township central kindergarten's 学期园务工作计划 sent as a 钉钉-like workplace announcement
/// (同舟办公) with 已读/未读 counts, the sender's covering note, the attachment card, 确认收到 and comments; a county 工作总结和
/// 下一年工作计划 forwarded by e-mail from a web-mail reading view (琼枝政务邮) with the forwarder's note and signature and the
/// quoted original headers; a city 工作要点 under its notice in an OA system's print view (发文稿纸 fields, the notice, the
/// plan, 办理过程, page footers inside the text, 打印人/打印时间); a county 十五五 规划（摘要） extracted from a county
/// government gazette PDF whose running header and page footer come between the pages, one page break falling between two
/// sentences of one item, with the gazette's colophon at the end.
/// Written without reading the importer's sources and without running the importer or any test; syntax checked with
/// `swiftc -parse` only.
/// Before writing, the stored public pages were searched for these kinds of site; few of them are stored, so layouts were
/// read only where found (nothing copied): a description of the fields of a 发文稿纸 (签发, 会签, 标题, 文号, 密级, 紧急程度,
/// 主送, 抄送, 附件, 拟稿部门, 拟稿人, 核稿, 印刷, 校对, 份数) and a guide to its 眉首区/说明区; an OA system's mail-view
/// template (主题, 发送人, 收件人, 发送时间, content, files, quoted old content); help pages of workplace apps on announcements
/// (接收人 全员 or 指定人员, 已读未读人员, 撤回, 发布审批, 重要 marking) and on a 必达 message with its 回执; users' essays
/// about a 简书-like platform (点赞, 赞赏, 收入专题, 粉丝, 钻, 日更) and about a 知乎-like site. No 知乎-like article page, no
/// web-mail reading view and no gazette PDF was found, so the rest of each kind's furniture is reproduced from common
/// knowledge in invented wording: 知乎-like articles (site name and menu, search box, 登录/注册, 首发于 column line, author name
/// and one-line bio, 关注他, "N 人赞同了该文章", the reposter's own source note, an embedded link card with "N 赞同 · N 评论文章",
/// 编辑于 date・IP 属地, topic tags one per line, the 赞同/条评论/分享/喜欢/收藏/申请转载 row, 写下你的评论, 默认/最新, comments
/// with user, text and "date · place 回复 喜欢 N", the 作者 mark, 展开其余 N 条评论, 文章被以下专栏收录, 推荐阅读, 关于作者 with
/// 回答/文章/关注者 counts, 关注他/发私信, the footer links); 简书-like articles (site name, menu, 登录/注册/写文章, author and
/// 关注, the diamond/date/字数/阅读 line, the App cut, 著作权 line, 平台声明, 点赞 count, 文集 name, the App prompt, 小礼物走一走,
/// 赞赏支持, the author's 总资产/字数/赞/粉丝 line, 被以下专题收入, 全部评论/只看作者, sort row, a comment with its floor and time,
/// 回复, 推荐阅读更多精彩内容 with a snippet and 阅读/评论/赞 counts); workplace announcements (app name, 工作台 > 公告 breadcrumb,
/// organisation name, 重要 mark, 发布人/发布时间/接收范围, 已读/未读, the sender's covering note, the attachment card with size
/// and 预览/下载/转存, 确认收到, 已确认/未确认, 评论 with user and time, 写评论, the internal-only notice); web mail (mail name,
/// folder row, action row, subject, 发件人/时间/收件人/抄送/附件 header lines, the forwarder's note, signature and telephone, the
/// "原始邮件" separator and the quoted 发件人/发送时间/收件人/主题, the attachment list, 预览/下载/存网盘, 快捷回复, footer);
/// OA print views (system name, print buttons, 发文稿纸 and its fields, 正文 label, 第 N 页 共 N 页, 办理过程 with one line per
/// step, 打印人/打印时间); gazette PDFs (running header alternating issue and gazette name, a column label on the first page,
/// a dashed page number at each page foot, the colophon with 主办/编辑出版/地址/准印证号).
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
enum BlindFixtures11 {
    /// A county 年度工作要点 reposted as a 知乎专栏-like article (知言): the site name, menu, search box and 登录/注册, the 首发于
    /// column line above the title, the author's name, bio, 关注他 and "N 人赞同了该文章" under it, and the reposter's source
    /// note; the 总体思路 introduction, 一、主要目标 as one paragraph with 全县, five more parts with "N.lead。body" items
    /// restarting in every part, owners as （责任股室：…）, "由…牵头", a standalone point fall, 城区 as a scope in mid-sentence, a
    /// 其中 part after 全县 and 年底前; an embedded link card (title line and "赞同 · 评论文章" line) between 三、 and 四、; 编辑于
    /// with IP 属地, three topic tags, the action row, the comment box and two comments (one by the author), 展开其余 N 条评论,
    /// the column box, 推荐阅读 with two titles, 关于作者 with its counts and the footer links below.
    static let countyKeyPointsAsColumnArticle = """
        知言
        首页  会员  发现  等你来答
        搜索你感兴趣的内容…
        登录/注册
        首发于教育管理札记
        桉屿县教育局2026年教育工作要点
        屿上读书人
        琼枝省某县教育系统工作者，关注基层教育治理
        关注他
        216 人赞同了该文章
        （以下内容整理自桉屿县教育局公开发布的文件，仅供学习交流，如有侵权请联系删除）
        2026年是“十五五”开局之年。全县教育工作的总体思路是：坚持立德树人，聚焦优质均衡，突出强师提质，守牢安全底线，加快建设教育强县。现将全年工作要点公布如下。
        一、主要目标
        全县学前三年毛入园率达到95.5%，普惠性幼儿园覆盖率保持在92%以上，义务教育巩固率达到99.4%，高中阶段毛入学率达到94%。
        二、加强党建和思政工作
        1.深化党建引领。开展党建示范校创建，新培育县级党建品牌学校5所。（责任股室：机关党委）
        2.推进思政课建设。建设县级思政课名师工作室4个，每学期组织1次思政课集体备课展示。
        三、扩大优质教育供给
        1.加快学校建设。新建、改扩建中小学幼儿园7所，新增学位2100个。7月底前建成桉屿县第三幼儿园。（责任股室：规划建设股）
        2.推进义务教育优质均衡。新组建紧密型教育集团4个，城区初中平均班额控制在50人以内。
        3.办好高中教育。普通高中本科上线率力争达到60%，建成县级学科特色高中1所。
        屿上读书人：桉屿县2025年教育事业统计数据解读
        15 赞同 · 3 评论文章
        四、提升教育教学质量
        1.深化课堂改革。评选县级优秀课例120节，开展教学视导3轮。
        2.加强体育美育劳动教育。中小学生体质健康优良率达到55%，学生近视率较上年下降0.5个百分点。（责任股室：体卫艺股）
        3.落实“双减”要求。课后服务参与率达到96%以上。由县教育局基础教育股牵头，9月底前完成校外培训机构年度检查。
        五、建设高素质教师队伍
        1.补充教师。招聘中小学幼儿园教师95名左右，其中幼儿园教师不少于25名。6月底前完成招聘笔试和面试。（责任股室：人事股）
        2.加强培训。每名教师年度培训不少于80学时，新评选县级骨干教师90名。
        六、强化安全和经费保障
        1.强化校园安全。学校专职保安配备率保持100%，每月开展1次安全隐患排查。
        2.加大经费投入。全县教育经费投入不低于5.8亿元，其中教师培训经费900万元。年底前完成全县中小学校园视频监控升级改造。（责任股室：计财股）
        编辑于 2026-03-02 21:14・IP 属地琼枝
        教育管理
        工作计划
        基层教育
        赞同 216  12 条评论  分享  喜欢  收藏  申请转载
        写下你的评论...
        12 条评论
        默认  最新
        青岚听雨
        目标定得很具体，班额那一条我们县也在推。
        03-03 · 琼枝  回复  喜欢 6
        屿上读书人  作者
        谢谢，后面会继续整理其他县的要点。
        03-03 · 琼枝  回复  喜欢 2
        展开其余 10 条评论
        文章被以下专栏收录
        教育管理札记
        记录基层教育管理的点滴思考
        推荐阅读
        县域教育集团化办学的三种路径
        一份好的学期工作计划应该怎么写？
        关于作者
        屿上读书人
        琼枝省某县教育系统工作者，关注基层教育治理
        回答 58  文章 74  关注者 1,306
        关注他  发私信
        侵权举报 · 有害信息举报 · 联系我们 · 知言隐私保护指引
        """

    /// A district 年度工作计划 posted as a 简书-like article (简页): the site name, menu and 登录/注册/写文章 row above the title,
    /// the author's name, 关注 and the diamond/date/字数/阅读 line under it; the introduction, 一、指导思想, 二、工作目标 as one
    /// paragraph with 全区 ("稳定在…以上") and a second sentence with a baseline and its year, 三、 with （一）…（四） titles alone on
    /// their lines over "N.lead。body" items, owner brackets "（牵头科室：…）" (one naming a 配合科室 too, two with no deadline),
    /// "由…牵头", counts of 赛课 and drills, 四、保障措施 with lead phrases (a count of meetings, 全年, 年底前); the "打开简页App，
    /// 阅读全文 / 继续阅读" cut between （二） and （三）; the 著作权 line, 平台声明, 点赞 count, 文集 name, App prompt, 赞赏 box, the
    /// author card with counts, 专题 box with two names, the comment section with one comment and 推荐阅读 with two entries below.
    static let districtPlanAsBlogArticle = """
        简页
        首页  下载App  会员  搜索
        登录  注册  写文章
        榕岸区教育局2026年教育工作计划
        榕岸小记
        关注
        0.6  2026.02.26 20:41:53  字数 1,968  阅读 342
        2026年，全区教育工作以推动基础教育扩优提质为主线，围绕“学有优教”目标，统筹抓好资源扩容、质量提升、队伍建设和安全稳定，特制定本计划。
        一、指导思想
        坚持以人民为中心的发展思想，落实立德树人根本任务，深化教育综合改革，加快建设高质量教育体系。
        二、工作目标
        全区学前三年毛入园率稳定在98%以上，义务教育巩固率达到100%，高中阶段毛入学率达到97%。区级以上骨干教师占专任教师比例由2025年的18%提高到22%。
        三、重点工作
        （一）扩大优质教育资源
        1.推进学校建设。建成中小学幼儿园5所，新增学位3150个。8月底前完成榕岸区第五小学竣工验收。（牵头科室：计划基建科；配合科室：计划财务科）
        2.推进学前教育普惠发展。新增公办幼儿园学位900个，公办园在园幼儿占比达到62%。
        （二）提升教育教学质量
        1.深化课堂改革。建设区级教学改革示范校10所，组织青年教师赛课1次。
        2.加强学生体质健康。中小学生体质健康优良率达到60%以上，学生每天校园体育活动时间不少于2小时。（牵头科室：体卫艺科）
        3.抓好招生考试。5月底前完成义务教育招生入学方案制定。（牵头科室：基础教育科）
        打开简页App，阅读全文
        继续阅读
        （三）建设高素质教师队伍
        1.补充师资。招聘教师140名左右，其中硕士研究生不少于35名。由区教育局人事科牵头，7月底前完成教师招聘工作。
        2.加强教师培训。培训教师8000人次，新建区级名师工作室12个。
        （四）守牢校园安全底线
        1.强化安全管理。校园“护校安园”设施达标率保持100%，每学期开展2次应急疏散演练。
        2.加强心理健康教育。专职心理健康教师配备率达到100%。（牵头科室：德育科）
        四、保障措施
        （一）加强组织领导。将重点工作纳入年度目标考核，每季度召开1次工作调度会。
        （二）强化经费保障。全年教育经费支出不低于12亿元。年底前完成全区中小学智慧校园建设验收。
        ©著作权归作者所有，转载或内容合作请联系作者
        平台声明：本文由作者上传并发布，内容仅代表作者本人观点，简页仅提供信息发布和存储服务。
        4人点赞
        教育随笔
        更多精彩内容，就在简页App
        小礼物走一走，来简页关注我
        赞赏支持
        还没有人赞赏，支持一下
        榕岸小记
        总资产 18  共写了 8.6W字  获得 312个赞  共95个粉丝
        关注
        被以下专题收入，发现更多相似内容
        教育管理
        工作计划
        全部评论 1  只看作者
        按时间倒序  按时间正序
        木棉花开
        2楼  2026.02.27 08:15
        内容很实用，收藏学习了。
        回复
        推荐阅读更多精彩内容
        区教育局2025年工作总结
        2025年，全区教育系统以办好人民满意的教育为目标，稳步推进各项工作……
        阅读 1,204  评论 2  赞 9
        学校“双减”工作落实情况自查报告
        阅读 865  评论 0  赞 4
        """

    /// A township central kindergarten's 学期园务工作计划 sent as a 钉钉-like workplace announcement (同舟办公): the app name, the
    /// 工作台 > 公告 breadcrumb and the kindergarten's name above the announcement title (the plan's title), the 重要 mark, the
    /// 发布人/发布时间/接收范围 lines, the 已读/未读 counts and the sender's covering note under it; the introduction with stock
    /// counts, 一、指导思想, 二、工作目标 with four "N.名称：…" goal lines (a 其中 part), 三、 with （一）…（四） titles alone on
    /// their lines over "N.lead。body" items, owners as （责任部门：…） inside the deadline sentence, counts of 研讨, visits,
    /// 观摩, checks and drills, 四、月工作安排 with one "N月：…" line per month; the attachment card, 确认收到, the confirmation
    /// counts, two comments, 写评论 and the internal-only notice below.
    static let kindergartenTermPlanAsWorkplaceAnnouncement = """
        同舟办公
        工作台 > 公告 > 公告详情
        枇塘镇中心幼儿园
        枇塘镇中心幼儿园2026年春季学期园务工作计划
        重要
        发布人：园长办公室 陈若溪
        发布时间：2026-02-16 08:30
        接收范围：全体教职工（52人）
        已读 47  |  未读 5
        各位老师：新学期园务工作计划已经园务会讨论通过，现予发布，请认真阅读并点击下方“确认收到”。
        本学期，我园将坚持保教结合、以游戏为基本活动，着力提升保育教育质量，办好家门口的优质普惠幼儿园。全园现有教学班9个，在园幼儿268人，教职工52人。
        一、指导思想
        坚持以幼儿发展为本，遵循幼儿身心发展规律，扎实推进自主游戏实践，促进幼儿全面和谐发展。
        二、工作目标
        1.保育目标：幼儿健康检查率达到100%，幼儿出勤率保持在90%以上。
        2.教育目标：每班每天户外活动时间不少于2小时，其中体育活动时间不少于1小时。
        3.队伍目标：保教人员持证上岗率达到100%，每名教师每学期撰写观察记录不少于20篇。
        4.家园共育目标：家长满意度达到95%以上。
        三、主要工作及措施
        （一）保育与卫生保健
        1.落实卫生保健制度。严格执行晨午检和全日观察，传染病报告及时率保持100%。
        2.做好幼儿体检。3月底前完成全园幼儿春季体检和视力筛查（责任部门：保健室）。
        （二）保育教育
        1.推进自主游戏。每班创设区域活动不少于6个，每月开展1次游戏观察研讨。
        2.做好幼小衔接。大班开展参观小学活动1次，6月底前完成幼小衔接家长课堂（责任部门：保教处）。
        （三）队伍建设
        1.加强师德建设。保教人员师德考核合格率保持100%。
        2.促进专业成长。开展新老教师结对6对，组织园内半日活动观摩4次。
        （四）安全与后勤
        1.落实安全管理。每月开展1次消防安全检查，每学期组织应急疏散演练2次。
        2.保障膳食营养。食品留样登记率保持100%。4月底前完成幼儿园厨房设备更新（责任部门：后勤处）。
        四、月工作安排
        2月：做好开学准备，开展开学安全检查。
        3月：开展“三八”节亲子活动，完成幼儿春季体检。
        4月：举办春季亲子运动会。
        5月：开展“六一”庆祝活动筹备。
        6月：组织大班幼小衔接活动，做好学期总结。
        附件（1）
        枇塘镇中心幼儿园2026年春季学期园务工作计划.docx  41.6KB
        预览  下载  转存到云盘
        确认收到
        已确认 45人  未确认 7人
        评论（2）
        李小禾  02-16 09:12
        收到，保育组按计划落实。
        周晚晴  02-16 10:05
        收到！运动会的方案我们年级组先拟一下。
        写评论…
        本公告仅组织内成员可见，请勿截图外传
        """

    /// A county 工作总结和下一年工作计划 forwarded by e-mail, copied from a web-mail reading view (琼枝政务邮): the mail name,
    /// folder row and action row, the subject "转发：…", the 发件人/时间/收件人/抄送/附件 header lines, the forwarder's greeting,
    /// covering note (with a feedback deadline of its own), name, office and telephone, the "原始邮件" separator and the quoted
    /// 发件人/发送时间/收件人/主题 lines above the report; the report's title and introduction, the summary's （一）…（四）
    /// "lead。body" paragraphs with the past year's figures (全年 in a name, a point rise beside its value, a count of events
    /// and of inspection rounds), a 问题 part with 一是…二是…, the plan half with （一）工作目标 (全县), （二）重点工作 over 1.…4.
    /// lead phrases (an owner bracket, a 其中 part, "由…牵头") and （三）保障措施 with 全年 and 年底前, the signature and date;
    /// the attachment list, buttons, 快捷回复 and the mail footer below.
    static let countySummaryAndPlanAsForwardedMail = """
        琼枝政务邮
        收信  写信  通讯录  |  收件箱(12)  草稿箱  已发送  已删除
        返回  回复  回复全部  转发  删除  举报  标记为…  移动到…
        转发：柚岭县教育局2025年工作总结和2026年工作计划（定稿）
        发件人：何明远<hemingyuan@ylxjyj.example.cn>
        时间：2026年1月14日（星期三）上午10:26
        收件人：县委办综合科<zhk@ylxw.example.cn>；县政府办秘书一科<msyk@ylxzf.example.cn>
        抄送：局办公室<bgs@ylxjyj.example.cn>
        附件：1 个（柚岭县教育局2025年工作总结和2026年工作计划.docx）
        各位领导：
        现将我局2025年工作总结和2026年工作计划转发给你们，正文附后，请审阅。如有修改意见，请于1月16日前反馈。
        何明远
        柚岭县教育局办公室
        电话：0000-5382716
        ------------------ 原始邮件 ------------------
        发件人：局办公室<bgs@ylxjyj.example.cn>
        发送时间：2026年1月13日（星期二）下午5:48
        收件人：何明远<hemingyuan@ylxjyj.example.cn>
        主题：柚岭县教育局2025年工作总结和2026年工作计划（定稿）
        柚岭县教育局2025年工作总结和2026年工作计划
        2025年，县教育局在县委、县政府的坚强领导下，坚持教育优先发展，全县教育事业呈现稳中向好态势。现将2025年工作总结和2026年工作计划报告如下。
        一、2025年工作总结
        （一）办学条件持续改善。全年投入教育资金3.1亿元，建成县第二实验中学，改扩建农村学校8所，新增学位2240个。
        （二）教育质量稳步提升。全县普通高中本科上线率达到57.4%，较上年提高2.1个百分点。义务教育巩固率达到99.1%。
        （三）教师队伍不断壮大。公开招聘教师132名，培训教师6800人次，组织送教下乡活动18场次。
        （四）安全稳定扎实有效。开展校园安全隐患大排查4轮，全年未发生重大校园安全责任事故。
        二、存在的主要问题
        一是城乡教育资源配置仍不均衡；二是乡村教师“招不来、留不住”问题依然存在；三是学前教育公办学位供给不足。
        三、2026年工作计划
        （一）工作目标
        全县学前三年毛入园率达到94%，义务教育巩固率保持在99.2%以上，普通高中本科上线率达到59%。
        （二）重点工作
        1.扩大学前教育公办资源。新建公办幼儿园3所，新增公办学位1080个。8月底前建成柚岭县城东幼儿园。（责任股室：学前教育股）
        2.推进城乡义务教育一体化。组建城乡学校共同体12个，乡村学校标准化建设达标率达到95%。
        3.加强教师队伍建设。招聘教师120名左右，其中乡村学校定向招聘不少于70名。由县教育局人事股牵头，7月底前完成新教师招聘。
        4.深化“双减”和课后服务。课后服务覆盖率保持100%，学生参与率达到93%以上。
        （三）保障措施
        强化经费保障，全年教育经费投入不低于6亿元。年底前完成全县乡村学校教师周转宿舍建设。
        柚岭县教育局
        2026年1月12日
        附件（1 个）
        柚岭县教育局2025年工作总结和2026年工作计划.docx（38.2K）
        预览  下载  存网盘
        快捷回复给：何明远
        琼枝政务邮  ©2026  琼枝省政务服务数据管理局  技术支持热线：0000-12345
        """

    /// A city 年度工作要点 under its notice in an OA system's print view: the system name, the print buttons, the 发文稿纸 title
    /// and its fields (流水号, 文件标题, 文号, 密级/紧急程度/公开属性, 拟稿, 核稿, 会签, 签发, 主送, 抄送, 印发, 附件) and the 正文
    /// label above the notice (文号, title, addressees, one sentence, signature, date, "（此件公开发布）"); the print view's
    /// "第 N 页 共 N 页" after the notice and between 二、 and 三、; the 要点 with its 总体要求 introduction and five parts over
    /// items 1.…11. numbered straight through as "N.lead。body" (（责任单位：…） brackets, one with no deadline, 全市 in three
    /// sentences, "由…牵头", 全年, a count of 督查, 年底前); the 办理过程 with one line per step, the last page footer and the
    /// 打印人/打印时间 line below.
    static let cityKeyPointsInOfficePrintView = """
        槿州市教育局协同办公系统
        打印预览  |  打印  |  导出PDF  |  关闭
        槿州市教育局发文稿纸
        流水号：JZJY-FW-2026-0147
        文件标题：槿州市教育局关于印发《槿州市2026年教育工作要点》的通知
        文号：槿教发〔2026〕6号
        密级：无    紧急程度：平件    公开属性：主动公开
        拟稿单位：办公室    拟稿人：沈知远    联系电话：0000-7261843
        核稿：办公室 顾清和  2026-02-24 16:02
        会签：规划财务处 林默  2026-02-25 09:18；基础教育处 许嘉言  2026-02-25 10:40
        签发：同意。方以宁  2026-02-26 08:55
        主送：各县（市、区）教育局，市直各学校
        抄送：市委教育工委委员
        印发：办公室  2026-02-27    份数：60
        附件：槿州市2026年教育工作要点
        正文
        槿教发〔2026〕6号
        槿州市教育局关于印发《槿州市2026年教育工作要点》的通知
        各县（市、区）教育局，市直各学校：
        现将《槿州市2026年教育工作要点》印发给你们，请结合实际，认真抓好贯彻落实。
        槿州市教育局
        2026年2月26日
        （此件公开发布）
        第 1 页  共 3 页
        槿州市2026年教育工作要点
        2026年全市教育工作的总体要求是：以建设教育强市为目标，坚持立德树人、扩优提质、改革创新、守牢底线，加快推进教育现代化。
        一、坚持立德树人，加强党对教育工作的全面领导
        1.加强教育系统党的建设。深入实施基层党组织“强基”工程，创建市级党建示范学校15所。（责任单位：市委教育工委办公室）
        2.深化思政课一体化建设。建设大中小学思政课一体化共同体8个。
        二、扩优提质，推动基础教育高质量发展
        3.推进学前教育普惠发展。全市普惠性幼儿园覆盖率达到93%，公办园在园幼儿占比保持在58%以上。
        4.推进义务教育优质均衡。新建、改扩建义务教育学校16所，新增学位1.4万个。9月底前完成市区新一轮义务教育学校学区划分调整。（责任单位：市教育局基础教育处）
        5.推动普通高中特色多样发展。全市高中阶段毛入学率达到97%，新增省级特色普通高中2所。
        第 2 页  共 3 页
        三、深化产教融合，办好职业教育
        6.优化专业布局。中职学校新增、调整专业12个，“双师型”教师占专业课教师比例达到60%以上。
        7.深化校企合作。新建市级产教融合实训基地6个，中职毕业生就业率保持在95%以上。
        四、建强教师队伍
        8.加强师德师风建设。将师德表现作为教师评优评先首要标准，师德失范问题查处率保持100%。
        9.补充和培养教师。全年招聘中小学教师600名左右，培训校长教师4.5万人次。由市教育局教师工作处牵头，6月底前出台中小学教师减负清单。
        五、守牢安全底线，强化保障
        10.加强校园安全。中小学幼儿园“明厨亮灶”覆盖率保持100%，每季度开展1次校园安全综合督查。
        11.加大经费投入。全市一般公共预算教育支出不低于68亿元。年底前完成全市教育经费使用绩效评价。（责任单位：市教育局规划财务处）
        办理过程
        拟稿  沈知远  2026-02-24 15:20  提交
        核稿  顾清和  2026-02-24 16:02  同意
        会签  林默  2026-02-25 09:18  同意
        会签  许嘉言  2026-02-25 10:40  同意
        签发  方以宁  2026-02-26 08:55  同意
        第 3 页  共 3 页
        打印人：沈知远    打印时间：2026-03-02 14:31:06
        """

    /// A county 十五五 规划（摘要） extracted from a county government gazette PDF: the running header (the issue on odd pages,
    /// the gazette's name on even pages) at the top of each page, the column label on the first page, a dashed page number at
    /// each page foot; the title, the introduction with the period, 一、发展基础 with stock counts and a baseline with its year
    /// after 全县 and a second paragraph, 二、发展目标 with a "具体目标如下：" colon line and four "（N）lead。body" goal lines (the
    /// second broken by the page break between its two sentences, 到2029年 as a task, a baseline with its year), 三、 with
    /// （一）…（四） titles alone on their lines (one over 1. 2. items, deadlines as 2027年底前/2026年底前 with an owner bracket, 每年
    /// in a name), 四、保障措施 with three lead phrases (a deadline with its year and month under an owner bracket, a 其中 part
    /// after 全县); the gazette's colophon below the last page number.
    static let countyFiveYearPlanFromGazettePDF = """
        2026年第2期
        规划计划
        檀川县“十五五”教育事业发展规划（摘要）
        为加快建设教育强县，推动全县教育高质量发展，根据《琼枝省教育强省建设规划纲要》和《檀川县国民经济和社会发展第十五个五年规划纲要》，编制本规划。规划期为2026—2030年。
        一、发展基础
        截至2025年底，全县共有各级各类学校88所，在校学生4.6万人，专任教师3300人。全县学前三年毛入园率由2020年的86.5%提高到2025年的93.8%。
        同时，全县教育发展仍面临城乡资源配置不均衡、优质高中资源不足、教师结构性短缺等问题。
        二、发展目标
        到2030年，基本建成优质均衡的基本公共教育服务体系，教育强县建设取得明显进展。具体目标如下：
        （一）学前教育。学前三年毛入园率达到97%，普惠性幼儿园覆盖率保持在95%以上。
        （二）义务教育。义务教育巩固率达到99.6%。
        — 21 —
        檀川县人民政府公报
        到2029年，全县通过国家义务教育优质均衡发展督导评估。
        （三）高中阶段教育。高中阶段教育毛入学率达到96.5%，普通高中本科上线率由2025年的55%提高到65%。
        （四）教师队伍。中小学专任教师研究生学历比例达到10%，县级以上骨干教师达到600人。
        三、主要任务
        （一）推进学前教育普及普惠
        新建、改扩建公办幼儿园12所，新增学位4320个。2027年底前完成所有乡镇中心幼儿园提质改造。
        （二）推进义务教育优质均衡
        1.优化学校布局。新建、改扩建中小学16所，新增学位8100个。2026年底前完成全县中小学布局专项规划编制。（责任单位：县教育局规划建设股）
        2.提升教育质量。建设县级学科教研基地15个，中小学生体质健康优良率达到62%。
        — 22 —
        2026年第2期
        （三）推动高中阶段教育多样化发展
        建成省级特色普通高中1所，县职业中专“双师型”教师比例达到70%以上。
        （四）建设高素质专业化教师队伍
        每年招聘中小学教师100名左右，培育县级名校长20名。
        四、保障措施
        （一）加强组织实施。建立规划实施年度监测制度。2028年6月底前完成规划中期评估。（责任单位：县教育局）
        （二）加大经费投入。“十五五”期间全县教育经费总投入不低于36亿元，其中学校基本建设投入9亿元。
        （三）营造良好氛围。加强规划宣传解读，及时总结推广各地各校典型经验。
        — 23 —
        《檀川县人民政府公报》
        主办：檀川县人民政府办公室
        编辑出版：檀川县人民政府公报编辑部
        地址：檀川县府前路1号    电话：0000-6623100
        准印证号：琼内资准字（2026）第047号    免费赠阅
        """

    static let expected: [ExpectedPlan] = [
        ExpectedPlan(
            name: "county key points reposted as a 知乎专栏-like article with a link card between two parts",
            text: BlindFixtures11.countyKeyPointsAsColumnArticle,
            headings: [
                (0, "一、主要目标"), (0, "二、加强党建和思政工作"), (1, "1.深化党建引领"), (1, "2.推进思政课建设"),
                (0, "三、扩大优质教育供给"), (1, "1.加快学校建设"), (1, "2.推进义务教育优质均衡"), (1, "3.办好高中教育"),
                (0, "四、提升教育教学质量"), (1, "1.深化课堂改革"), (1, "2.加强体育美育劳动教育"), (1, "3.落实“双减”要求"),
                (0, "五、建设高素质教师队伍"), (1, "1.补充教师"), (1, "2.加强培训"), (0, "六、强化安全和经费保障"),
                (1, "1.强化校园安全"), (1, "2.加大经费投入"),
            ],
            indicators: [
                "学前三年毛入园率 eq 95.5% 2026 全县", "普惠性幼儿园覆盖率 ge 92% 2026 全县", "义务教育巩固率 eq 99.4% 2026 全县",
                "高中阶段毛入学率 eq 94% 2026 全县", "新培育县级党建品牌学校 eq 5所 2026 -", "建设县级思政课名师工作室 eq 4个 2026 -",
                "新建、改扩建中小学幼儿园 eq 7所 2026 -", "新增学位 eq 2100个 2026 -", "新组建紧密型教育集团 eq 4个 2026 -",
                "初中平均班额 le 50人 2026 城区", "普通高中本科上线率 eq 60% 2026 -", "建成县级学科特色高中 eq 1所 2026 -",
                "评选县级优秀课例 eq 120节 2026 -", "中小学生体质健康优良率 eq 55% 2026 -", "学生近视率 eq 0.5个百分点 2026 -",
                "课后服务参与率 ge 96% 2026 -", "招聘中小学幼儿园教师 approx 95名 2026 -", "幼儿园教师 ge 25名 2026 -",
                "每名教师年度培训 ge 80学时 2026 -", "新评选县级骨干教师 eq 90名 2026 -", "学校专职保安配备率 eq 100% 2026 -",
                "教育经费投入 ge 5.8亿元 2026 全县", "教师培训经费 eq 900万元 2026 全县",
            ],
            notIndicators: ["1次", "3轮"],
            tasks: [
                ("深化党建引领", "机关党委", nil),
                ("建成桉屿县第三幼儿园", "规划建设股", "2026-07"),
                ("加强体育美育劳动教育", "体卫艺股", nil),
                ("完成校外培训机构年度检查", "县教育局基础教育股", "2026-09"),
                ("完成招聘笔试和面试", "人事股", "2026-06"),
                ("完成全县中小学校园视频监控升级改造", "计财股", "2026"),
            ],
            noise: [
                "知言", "首页  会员  发现  等你来答", "搜索你感兴趣的内容…", "登录/注册", "首发于教育管理札记", "屿上读书人",
                "琼枝省某县教育系统工作者，关注基层教育治理", "关注他", "216 人赞同了该文章",
                "（以下内容整理自桉屿县教育局公开发布的文件，仅供学习交流，如有侵权请联系删除）",
                "屿上读书人：桉屿县2025年教育事业统计数据解读", "15 赞同 · 3 评论文章",
                "编辑于 2026-03-02 21:14・IP 属地琼枝", "教育管理", "工作计划", "基层教育",
                "赞同 216  12 条评论  分享  喜欢  收藏  申请转载", "写下你的评论...", "12 条评论", "默认  最新", "青岚听雨",
                "目标定得很具体，班额那一条我们县也在推。", "03-03 · 琼枝  回复  喜欢 6", "屿上读书人  作者",
                "谢谢，后面会继续整理其他县的要点。", "03-03 · 琼枝  回复  喜欢 2", "展开其余 10 条评论", "文章被以下专栏收录",
                "教育管理札记", "记录基层教育管理的点滴思考", "推荐阅读", "县域教育集团化办学的三种路径", "一份好的学期工作计划应该怎么写？",
                "关于作者", "屿上读书人", "琼枝省某县教育系统工作者，关注基层教育治理", "回答 58  文章 74  关注者 1,306", "关注他  发私信",
                "侵权举报 · 有害信息举报 · 联系我们 · 知言隐私保护指引",
            ]),
        ExpectedPlan(
            name: "district annual plan posted as a 简书-like article with an App cut between two parts",
            text: BlindFixtures11.districtPlanAsBlogArticle,
            headings: [
                (0, "一、指导思想"), (0, "二、工作目标"), (0, "三、重点工作"), (1, "（一）扩大优质教育资源"), (2, "1.推进学校建设"),
                (2, "2.推进学前教育普惠发展"), (1, "（二）提升教育教学质量"), (2, "1.深化课堂改革"), (2, "2.加强学生体质健康"),
                (2, "3.抓好招生考试"), (1, "（三）建设高素质教师队伍"), (2, "1.补充师资"), (2, "2.加强教师培训"),
                (1, "（四）守牢校园安全底线"), (2, "1.强化安全管理"), (2, "2.加强心理健康教育"), (0, "四、保障措施"),
                (1, "（一）加强组织领导"), (1, "（二）强化经费保障"),
            ],
            indicators: [
                "学前三年毛入园率 ge 98% 2026 全区", "义务教育巩固率 eq 100% 2026 全区", "高中阶段毛入学率 eq 97% 2026 全区",
                "区级以上骨干教师占专任教师比例 eq 22% 2026 - from 18@2025", "建成中小学幼儿园 eq 5所 2026 -",
                "新增学位 eq 3150个 2026 -", "新增公办幼儿园学位 eq 900个 2026 -", "公办园在园幼儿占比 eq 62% 2026 -",
                "建设区级教学改革示范校 eq 10所 2026 -", "中小学生体质健康优良率 ge 60% 2026 -",
                "学生每天校园体育活动时间 ge 2小时 2026 -", "招聘教师 approx 140名 2026 -", "硕士研究生 ge 35名 2026 -",
                "培训教师 eq 8000人次 2026 -", "新建区级名师工作室 eq 12个 2026 -", "校园“护校安园”设施达标率 eq 100% 2026 -",
                "专职心理健康教师配备率 eq 100% 2026 -", "教育经费支出 ge 12亿元 2026 -",
            ],
            notIndicators: ["1次", "2次"],
            tasks: [
                ("完成榕岸区第五小学竣工验收", "计划基建科", "2026-08"),
                ("加强学生体质健康", "体卫艺科", nil),
                ("完成义务教育招生入学方案制定", "基础教育科", "2026-05"),
                ("完成教师招聘工作", "区教育局人事科", "2026-07"),
                ("加强心理健康教育", "德育科", nil),
                ("完成全区中小学智慧校园建设验收", nil, "2026"),
            ],
            noise: [
                "简页", "首页  下载App  会员  搜索", "登录  注册  写文章", "榕岸小记", "关注", "0.6  2026.02.26 20:41:53  字数 1,968  阅读 342",
                "打开简页App，阅读全文", "继续阅读", "©著作权归作者所有，转载或内容合作请联系作者",
                "平台声明：本文由作者上传并发布，内容仅代表作者本人观点，简页仅提供信息发布和存储服务。", "4人点赞", "教育随笔",
                "更多精彩内容，就在简页App", "小礼物走一走，来简页关注我", "赞赏支持", "还没有人赞赏，支持一下", "榕岸小记",
                "总资产 18  共写了 8.6W字  获得 312个赞  共95个粉丝", "关注", "被以下专题收入，发现更多相似内容", "教育管理", "工作计划",
                "全部评论 1  只看作者", "按时间倒序  按时间正序", "木棉花开", "2楼  2026.02.27 08:15", "内容很实用，收藏学习了。", "回复",
                "推荐阅读更多精彩内容", "区教育局2025年工作总结", "2025年，全区教育系统以办好人民满意的教育为目标，稳步推进各项工作……",
                "阅读 1,204  评论 2  赞 9", "学校“双减”工作落实情况自查报告", "阅读 865  评论 0  赞 4",
            ]),
        ExpectedPlan(
            name: "kindergarten term plan sent as a 钉钉-like workplace announcement with 已读/未读 counts",
            text: BlindFixtures11.kindergartenTermPlanAsWorkplaceAnnouncement,
            headings: [
                (0, "一、指导思想"), (0, "二、工作目标"), (1, "1.保育目标"), (1, "2.教育目标"), (1, "3.队伍目标"), (1, "4.家园共育目标"),
                (0, "三、主要工作及措施"), (1, "（一）保育与卫生保健"), (2, "1.落实卫生保健制度"), (2, "2.做好幼儿体检"),
                (1, "（二）保育教育"), (2, "1.推进自主游戏"), (2, "2.做好幼小衔接"), (1, "（三）队伍建设"), (2, "1.加强师德建设"),
                (2, "2.促进专业成长"), (1, "（四）安全与后勤"), (2, "1.落实安全管理"), (2, "2.保障膳食营养"), (0, "四、月工作安排"),
            ],
            indicators: [
                "幼儿健康检查率 eq 100% 2026 -", "幼儿出勤率 ge 90% 2026 -", "每班每天户外活动时间 ge 2小时 2026 -",
                "体育活动时间 ge 1小时 2026 -", "保教人员持证上岗率 eq 100% 2026 -", "每名教师每学期撰写观察记录 ge 20篇 2026 -",
                "家长满意度 ge 95% 2026 -", "传染病报告及时率 eq 100% 2026 -", "每班创设区域活动 ge 6个 2026 -",
                "保教人员师德考核合格率 eq 100% 2026 -", "开展新老教师结对 eq 6对 2026 -", "食品留样登记率 eq 100% 2026 -",
            ],
            notIndicators: ["9个", "268人", "52人", "1次", "4次", "2次"],
            tasks: [
                ("完成全园幼儿春季体检和视力筛查", "保健室", "2026-03"),
                ("完成幼小衔接家长课堂", "保教处", "2026-06"),
                ("完成幼儿园厨房设备更新", "后勤处", "2026-04"),
                ("做好开学准备", nil, "2026-02"),
                ("开展“三八”节亲子活动", nil, "2026-03"),
                ("举办春季亲子运动会", nil, "2026-04"),
                ("开展“六一”庆祝活动筹备", nil, "2026-05"),
                ("组织大班幼小衔接活动", nil, "2026-06"),
            ],
            noise: [
                "同舟办公", "工作台 > 公告 > 公告详情", "枇塘镇中心幼儿园", "重要", "发布人：园长办公室 陈若溪", "发布时间：2026-02-16 08:30",
                "接收范围：全体教职工（52人）", "已读 47  |  未读 5",
                "各位老师：新学期园务工作计划已经园务会讨论通过，现予发布，请认真阅读并点击下方“确认收到”。",
                "附件（1）", "枇塘镇中心幼儿园2026年春季学期园务工作计划.docx  41.6KB", "预览  下载  转存到云盘", "确认收到",
                "已确认 45人  未确认 7人", "评论（2）", "李小禾  02-16 09:12", "收到，保育组按计划落实。", "周晚晴  02-16 10:05",
                "收到！运动会的方案我们年级组先拟一下。", "写评论…", "本公告仅组织内成员可见，请勿截图外传",
            ]),
        ExpectedPlan(
            name: "county summary and next year's plan forwarded by e-mail from a web-mail reading view",
            text: BlindFixtures11.countySummaryAndPlanAsForwardedMail,
            headings: [
                (0, "一、2025年工作总结"), (1, "（一）办学条件持续改善"), (1, "（二）教育质量稳步提升"), (1, "（三）教师队伍不断壮大"),
                (1, "（四）安全稳定扎实有效"), (0, "二、存在的主要问题"), (0, "三、2026年工作计划"), (1, "（一）工作目标"),
                (1, "（二）重点工作"), (2, "1.扩大学前教育公办资源"), (2, "2.推进城乡义务教育一体化"), (2, "3.加强教师队伍建设"),
                (2, "4.深化“双减”和课后服务"), (1, "（三）保障措施"),
            ],
            indicators: [
                "投入教育资金 eq 3.1亿元 2025 -", "改扩建农村学校 eq 8所 2025 -", "新增学位 eq 2240个 2025 -",
                "普通高中本科上线率 eq 57.4% 2025 全县", "义务教育巩固率 eq 99.1% 2025 -", "公开招聘教师 eq 132名 2025 -",
                "培训教师 eq 6800人次 2025 -",
                "学前三年毛入园率 eq 94% 2026 全县", "义务教育巩固率 ge 99.2% 2026 全县", "普通高中本科上线率 eq 59% 2026 全县",
                "新建公办幼儿园 eq 3所 2026 -", "新增公办学位 eq 1080个 2026 -", "组建城乡学校共同体 eq 12个 2026 -",
                "乡村学校标准化建设达标率 eq 95% 2026 -", "招聘教师 approx 120名 2026 -", "乡村学校定向招聘 ge 70名 2026 -",
                "课后服务覆盖率 eq 100% 2026 -", "学生参与率 ge 93% 2026 -", "教育经费投入 ge 6亿元 2026 -",
            ],
            notIndicators: ["2.1个百分点", "18场次", "4轮"],
            tasks: [
                ("建成柚岭县城东幼儿园", "学前教育股", "2026-08"),
                ("完成新教师招聘", "县教育局人事股", "2026-07"),
                ("完成全县乡村学校教师周转宿舍建设", nil, "2026"),
            ],
            noise: [
                "琼枝政务邮", "收信  写信  通讯录  |  收件箱(12)  草稿箱  已发送  已删除",
                "返回  回复  回复全部  转发  删除  举报  标记为…  移动到…", "转发：柚岭县教育局2025年工作总结和2026年工作计划（定稿）",
                "发件人：何明远<hemingyuan@ylxjyj.example.cn>", "时间：2026年1月14日（星期三）上午10:26",
                "收件人：县委办综合科<zhk@ylxw.example.cn>；县政府办秘书一科<msyk@ylxzf.example.cn>", "抄送：局办公室<bgs@ylxjyj.example.cn>",
                "附件：1 个（柚岭县教育局2025年工作总结和2026年工作计划.docx）", "各位领导：",
                "现将我局2025年工作总结和2026年工作计划转发给你们，正文附后，请审阅。如有修改意见，请于1月16日前反馈。", "何明远",
                "柚岭县教育局办公室", "电话：0000-5382716", "------------------ 原始邮件 ------------------",
                "发件人：局办公室<bgs@ylxjyj.example.cn>", "发送时间：2026年1月13日（星期二）下午5:48", "收件人：何明远<hemingyuan@ylxjyj.example.cn>",
                "主题：柚岭县教育局2025年工作总结和2026年工作计划（定稿）", "附件（1 个）",
                "柚岭县教育局2025年工作总结和2026年工作计划.docx（38.2K）", "预览  下载  存网盘", "快捷回复给：何明远",
                "琼枝政务邮  ©2026  琼枝省政务服务数据管理局  技术支持热线：0000-12345",
            ]),
        ExpectedPlan(
            name: "city key points under its notice in an OA system's print view with page footers inside",
            text: BlindFixtures11.cityKeyPointsInOfficePrintView,
            headings: [
                (0, "一、坚持立德树人，加强党对教育工作的全面领导"), (1, "1.加强教育系统党的建设"), (1, "2.深化思政课一体化建设"),
                (0, "二、扩优提质，推动基础教育高质量发展"), (1, "3.推进学前教育普惠发展"), (1, "4.推进义务教育优质均衡"),
                (1, "5.推动普通高中特色多样发展"), (0, "三、深化产教融合，办好职业教育"), (1, "6.优化专业布局"), (1, "7.深化校企合作"),
                (0, "四、建强教师队伍"), (1, "8.加强师德师风建设"), (1, "9.补充和培养教师"), (0, "五、守牢安全底线，强化保障"),
                (1, "10.加强校园安全"), (1, "11.加大经费投入"),
            ],
            indicators: [
                "创建市级党建示范学校 eq 15所 2026 -", "建设大中小学思政课一体化共同体 eq 8个 2026 -",
                "普惠性幼儿园覆盖率 eq 93% 2026 全市", "公办园在园幼儿占比 ge 58% 2026 全市", "新建、改扩建义务教育学校 eq 16所 2026 -",
                "新增学位 eq 1.4万个 2026 -", "高中阶段毛入学率 eq 97% 2026 全市", "新增省级特色普通高中 eq 2所 2026 全市",
                "中职学校新增、调整专业 eq 12个 2026 -", "“双师型”教师占专业课教师比例 ge 60% 2026 -",
                "新建市级产教融合实训基地 eq 6个 2026 -", "中职毕业生就业率 ge 95% 2026 -", "师德失范问题查处率 eq 100% 2026 -",
                "招聘中小学教师 approx 600名 2026 -", "培训校长教师 eq 4.5万人次 2026 -",
                "中小学幼儿园“明厨亮灶”覆盖率 eq 100% 2026 -", "一般公共预算教育支出 ge 68亿元 2026 全市",
            ],
            notIndicators: ["6号", "1次"],
            tasks: [
                ("加强教育系统党的建设", "市委教育工委办公室", nil),
                ("完成市区新一轮义务教育学校学区划分调整", "市教育局基础教育处", "2026-09"),
                ("出台中小学教师减负清单", "市教育局教师工作处", "2026-06"),
                ("完成全市教育经费使用绩效评价", "市教育局规划财务处", "2026"),
            ],
            noise: [
                "槿州市教育局协同办公系统", "打印预览  |  打印  |  导出PDF  |  关闭", "槿州市教育局发文稿纸", "流水号：JZJY-FW-2026-0147",
                "文件标题：槿州市教育局关于印发《槿州市2026年教育工作要点》的通知", "文号：槿教发〔2026〕6号",
                "密级：无    紧急程度：平件    公开属性：主动公开", "拟稿单位：办公室    拟稿人：沈知远    联系电话：0000-7261843",
                "核稿：办公室 顾清和  2026-02-24 16:02", "会签：规划财务处 林默  2026-02-25 09:18；基础教育处 许嘉言  2026-02-25 10:40",
                "签发：同意。方以宁  2026-02-26 08:55", "主送：各县（市、区）教育局，市直各学校", "抄送：市委教育工委委员",
                "印发：办公室  2026-02-27    份数：60", "附件：槿州市2026年教育工作要点", "正文", "第 1 页  共 3 页", "第 2 页  共 3 页",
                "办理过程", "拟稿  沈知远  2026-02-24 15:20  提交", "核稿  顾清和  2026-02-24 16:02  同意",
                "会签  林默  2026-02-25 09:18  同意", "会签  许嘉言  2026-02-25 10:40  同意", "签发  方以宁  2026-02-26 08:55  同意",
                "第 3 页  共 3 页", "打印人：沈知远    打印时间：2026-03-02 14:31:06",
            ]),
        ExpectedPlan(
            name: "county 十五五 plan summary extracted from a gazette PDF with running headers and page numbers between pages",
            text: BlindFixtures11.countyFiveYearPlanFromGazettePDF,
            headings: [
                (0, "一、发展基础"), (0, "二、发展目标"), (1, "（一）学前教育"), (1, "（二）义务教育"), (1, "（三）高中阶段教育"),
                (1, "（四）教师队伍"), (0, "三、主要任务"), (1, "（一）推进学前教育普及普惠"), (1, "（二）推进义务教育优质均衡"),
                (2, "1.优化学校布局"), (2, "2.提升教育质量"), (1, "（三）推动高中阶段教育多样化发展"), (1, "（四）建设高素质专业化教师队伍"),
                (0, "四、保障措施"), (1, "（一）加强组织实施"), (1, "（二）加大经费投入"), (1, "（三）营造良好氛围"),
            ],
            indicators: [
                "学前三年毛入园率 eq 93.8% 2025 全县 from 86.5@2020",
                "学前三年毛入园率 eq 97% 2030 -", "普惠性幼儿园覆盖率 ge 95% 2030 -", "义务教育巩固率 eq 99.6% 2030 -",
                "高中阶段教育毛入学率 eq 96.5% 2030 -", "普通高中本科上线率 eq 65% 2030 - from 55@2025",
                "中小学专任教师研究生学历比例 eq 10% 2030 -", "县级以上骨干教师 eq 600人 2030 -",
                "新建、改扩建公办幼儿园 eq 12所 2030 -", "新增学位 eq 4320个 2030 -", "新建、改扩建中小学 eq 16所 2030 -",
                "新增学位 eq 8100个 2030 -", "建设县级学科教研基地 eq 15个 2030 -", "中小学生体质健康优良率 eq 62% 2030 -",
                "建成省级特色普通高中 eq 1所 2030 -", "县职业中专“双师型”教师比例 ge 70% 2030 -",
                "每年招聘中小学教师 approx 100名 2030 -", "培育县级名校长 eq 20名 2030 -",
                "教育经费总投入 ge 36亿元 2030 全县", "学校基本建设投入 eq 9亿元 2030 全县",
            ],
            notIndicators: ["88所", "4.6万人", "3300人"],
            tasks: [
                ("全县通过国家义务教育优质均衡发展督导评估", nil, "2029"),
                ("完成所有乡镇中心幼儿园提质改造", nil, "2027"),
                ("完成全县中小学布局专项规划编制", "县教育局规划建设股", "2026"),
                ("完成规划中期评估", "县教育局", "2028-06"),
            ],
            noise: [
                "2026年第2期", "规划计划", "— 21 —", "檀川县人民政府公报", "— 22 —", "2026年第2期", "— 23 —", "《檀川县人民政府公报》",
                "主办：檀川县人民政府办公室", "编辑出版：檀川县人民政府公报编辑部", "地址：檀川县府前路1号    电话：0000-6623100",
                "准印证号：琼内资准字（2026）第047号    免费赠阅",
            ]),
    ]
}
