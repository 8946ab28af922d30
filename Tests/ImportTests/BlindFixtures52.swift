import Foundation
@testable import PlanImport

/// A fifty-second blind set: six ORDINARY plans of the genre — a county bureau's 2062年教育工作要点, a township central kindergarten's 2062年春季学期保教工作计划, a city bureau's 2062年工作计划,
/// a county bureau's 农村学校办学条件改善实施方案（2061—2063年）, a county bureau's 2061年工作总结和2062年工作计划 and a district bureau's 2062年教育工作要点 — in the common 一、（一）1. numbering
/// (（N）lead。body paragraphs with 责任股室 brackets, goal lines "1.name：…", "1.lead。body" items under （N） titles, 牵头单位/配合单位 brackets, a 月工作安排, "N.lead。body" items numbered straight
/// through four parts, indicators in sentences with 分别, 其中 parts, 由…提高到…, deadlines), each as a user's select-all copy from a KIND OF SOURCE NO EARLIER SET USED (no earlier header names
/// a 微博 长文, a 贴吧 thread, an e-book reader, a 政协提案答复 page, an online PDF converter's watermark or a TV station's news page with its 视频文稿): the 要点 (錾山县教育局) as the 长文 of the
/// bureau's 政务微博 post (錾山教育: the account's line, the post's time line, the post's own words, the 长文 card's line and its 阅读 count, the 转发/评论/赞 row, "评论", the sort row, two comments
/// of two lines each and "查看全部…"); the kindergarten's term plan (磴溪县磴东镇中心幼儿园) as the 楼主 post of a thread in a 贴吧-like 吧 (磴溪幼师吧: the 吧's name, its 关注/帖子 line, the tab
/// row, the thread's title, the 只看楼主 row, the poster's name and level lines, the 1楼 line, "回复(1)", one reply of four lines and the 发表回复 and footer lines); the 工作计划 (锜阳市教育局) as a
/// chapter of an e-book 《锜阳教育文件汇编（2062）》 in a reader app (the reader's top bar, the chapter bar, a "💭 N条想法" bubble between 二、（二） and （三）, "— 本章完 —", the 下一章 line, the
/// publisher's line and the bottom bar with the reading progress); the 实施方案 (砗原县教育局) as the 附件 of the bureau's 答复 to a 政协 提案 on the county portal's 建议提案办理 page (the portal's
/// name, menu and path, two field lines, the 答复's title, addressee, body, signature and date, the "附件" label, the 打印/关闭 row, a 满意度 line and two footer lines); the 总结和计划 (锴江县教育局)
/// as a PDF converted to Word by an online converter's free version (转易PDF: its watermark line at the top of each of the three pages, the page numbers "— N —" at the foot of each page and the
/// converter's closing line); and the district 要点 (锜湖区教育局) under a news item on a local TV station's site (锜阳广电网: the site's name, menu and path, the headline, the date/来源 line, the
/// player's line, "【视频文稿】" and the two lines of the transcript, the "附：…（全文）" label, the 责任编辑 line, the 分享 row, "相关视频" with two titles and the footer line).
/// Invented content throughout (fictional places 锜阳市 with its 锜湖区, 錾山县, 磴溪县 with its 磴东镇, 砗原县 with its 砗西镇 and 锴江县, all in an invented 镛州省, characters of the 钅/金 and 石
/// radicals used in no earlier fixture; invented sites, apps, accounts, users, codes, years 2061 to 2063 and figures; no published sentence copied).
/// Written without reading the importer's sources or its unit tests and without running the importer or any test; syntax checked with `swiftc -parse` only.
/// Written beside set 53, at the same time and without seeing it: set 53's note blocks, if it has any, are not copied here and were not followed.
/// Follows the note blocks of set 50 (BlindFixtures50.swift), as written there, and set 51's 'Decided for set 51 (this set)' block (BlindFixtures51.swift).
/// Decided for set 52 (this set): counts of 教学视导 ("每学期开展…2轮", set 34; in 錾山 and 锴江), 责任督学挂牌督导 ("每学期开展…2轮", as set 34's 视导), 校园安全隐患排查 ("每月开展…1次", set 34;
/// in 錾山 and 锜湖), 晨午检抽查 ("每月开展…1次", a check held as set 33's 专项督查), 家长会 ("每学期召开…2次", set 44) and 专班会议 ("每季度召开…1次", set 34) held are notIndicators, a count held
/// listed once however often it appears in its document (set 21), and so are the contests named by their ordinal ("全县第9届" → "9届", "全镇第2届" → "2届", "全市第6届" → "6届"; set 17, each
/// also the key of a deadline task), a point change beside its value ("较上年提高1.8个百分点", set 17) and the threshold inside a name ("35周岁", set 17). Chinese numerals are no digits
/// ("第二十中学", "第五小学", "十届三次会议", "第一次", "四个方面", "“两个只增不减”", "一是"…"三是", "第二章", "第三章", "“六一”"); the plan's span "（2061—2063年）" gives no number (set 31); the
/// 提案's number "第0187号" in the 答复's title and in the field line is the 提案's label, no number of the plan, no indicator and no notIndicator (as a 文号); the furniture's figures (the 微博's
/// 阅读/转发/评论/赞 counts and the comments' 👍 counts, the 吧's 关注/帖子 counts and levels, the floors' numbers, the reader's "36条想法" and "41%", the player's "02:46", the related videos'
/// lengths, the converter's "3页" and "2.1秒", the page numbers, the ICP and 网站标识码 numbers) are no numbers of the plan; the figures the TV transcript quotes ("3所", "4200个") are neither
/// indicators nor notIndicators (set 24's news lead, set 50's AI panel); the furniture's dates, the comments' and floors' dates and the 答复's date are no tasks.
/// Readings: in the 微博 要点 (錾山) 全县 at the head of a sentence gives 全县 to its values to the 。 (sets 13, 20 and 48): （一）'s first sentence (three values, "稳定在94%以上" ge) and 二、（二）'s first
/// sentence (both values, "每天" kept, "不少于2小时" ge); 城区 after the comma of 一、（二）'s sentence gives two le with 城区 ("小学平均班额", "初中平均班额"; sets 15 and 18), the value before it
/// ("新组建紧密型教育集团4个") none; "全年招聘教师96名左右" approx with 全年 dropped and "其中乡村学校教师不少于40名" named by its own noun (set 20); "每名教师年度培训" keeps its words (set 45) and
/// "新评选县级骨干教师60名" its verb (set 48); "全年教育经费投入不低于7.4亿元" drops 全年; "“一键报警”装置联网率保持100%" eq keeping its quotation marks (set 51). In the kindergarten's plan (磴东)
/// no sentence names a scope (set 31): "其中体育活动时间不少于1小时" is named by its own noun (set 20); "每班创设区域不少于6个" keeps 每班 (set 12's 每班); "家长满意率" after "每周公示带量食谱，"
/// borrows nothing. In the e-book 工作计划 (锜阳) "2062年，全市A…，B…，C…。" gives 全市 to its three values ("保持在99.7%以上" ge) and the next sentence, headed 全市, to its one; "其中锜湖区新增
/// 学位不少于3000个" is "新增学位" with the district as the scope of that part only (set 27); "由2061年的76%提高到82%" gives "from 76@2061" (set 23); "每所中小学至少配备1名专职思政课教师" is read
/// round the value (set 49); "研究生学历教师" is named by its own noun; "每年交流轮岗教师" keeps 每年 (set 26); "不低于每生每年1100元" is "生均公用经费标准 ge 1100元" (set 16). In the 实施方案
/// (砗原) the plan's year is 2063, its last year, except its "到2062年，" sentence (2062, to its 。; set 36); "到2063年，全县A…，B…以上。" gives 全县 to both; "三年" is dropped and "累计" kept
/// (sets 16 and 33); "每所农村小学至少建成1间科学实验室" is read round the value (set 49); "其中音体美教师不少于50名" is named by its own noun. In the 总结和计划 (锴江) the 总结's figures are of
/// 2061 and the 计划's of 2062 (sets 34 to 48); "全年投入教育项目资金" drops 全年; 全县 at the head of 一、（二）'s sentence gives 全县 to both its values, the point change beside the second being
/// a notIndicator; "全年招聘新教师88名，其中研究生学历教师15名" gives the 其中 part its own noun; the 计划's "2062年，全县A…，B…，C由2061年的68.2%提高到70%。" gives 全县 to all three ("保持在96%
/// 以上" ge, C "from 68.2@2061"); "新建锴江县城南小学" has no value; 全县 at the head of 2.'s body reaches its value past the 视导 held (set 20); "全年教育经费投入不低于6.1亿元" drops 全年. In the
/// TV page's 要点 (锜湖) 全区 at the head of 1.'s sentence gives 全区 to both its values ("新建区级思政课名师工作室5个" keeping its verb, set 27); "中小学生近视率较上年下降0.6个百分点。", standing
/// alone, is an indicator in 个百分点, eq, with no scope (set 50's 珦阳); "集团化办学覆盖率" borrows nothing (set 33).
/// Headings: the 微博 长文 (錾山) gives 一、…四、 at depth 0 over "（N）lead。body" paragraphs at depth 1; the 长文's own title line is the plan's title, kept, no heading. The kindergarten's plan
/// (磴东) gives 一、…三、 at depth 0, its goal lines "1.name：…" keeping the part before the colon at depth 1 (set 24), 二、's （一）…（三） (titles alone) at depth 1 over "1.lead。body" items at
/// depth 2, （三） over a single paragraph with no heading under it (set 30), and the month lines under "三、月工作安排" no headings. The e-book's 工作计划 (锜阳) gives 一、…三、 at depth 0, "一、主要目标"
/// over a paragraph, 二、's （一）…（三） at depth 1 over "1.lead。body" items at depth 2, restarting under each, and 三、's "（N）lead。body" paragraphs at depth 1; the reader's chapter bar
/// "第二章　工作计划　·　…", though it begins like a 第N章 heading, is the reader's (it repeats the chapter's name at the top of the view, as a running header), noise and no heading — decided here
/// as a reader would. The 实施方案 (砗原) gives 一、…三、 at depth 0, 二、's （一）…（三） at depth 1 over "1.lead。body" items at depth 2, （三） over a single paragraph (set 30), and 三、's "（N）
/// lead。body" paragraphs at depth 1; the 答复's title, addressee line "韦清禾委员：", body, signature and date are kept as a notice is (set 14), no headings, no noise and no tasks, and so are the
/// "附件" label (set 34) and the plan's title. The 总结和计划 (锴江) gives "一、2061年工作总结", "二、存在的问题" and "三、2062年工作计划" at depth 0, the 总结's "（N）lead。body" paragraphs at depth 1,
/// "一是…" no heading (set 26), "（一）主要目标。body" a heading of its lead phrase (set 38), "（二）重点任务" and "（三）保障措施" (titles alone) at depth 1, （二）'s "1.lead。body" items at depth 2
/// and the paragraph under （三） no heading. The TV page's 要点 (锜湖) gives 一、…四、 at depth 0 and its "N.lead。body" items, numbered 1.…8. straight through the parts, at depth 1 (the
/// scorer's own "city key points numbered straight through").
/// Tasks: "（责任股室：…）", "（责任处室：…）", "（责任科室：…）" name their office (sets 11 and 16), a list leading whole (set 18's Adjusted paragraph); "（负责人：…）" names its post (sets 17 and
/// 37); "（牵头单位：A；配合单位：B）" and "（牵头单位：A）" name A (sets 15, 40 and 41), also "县财政局"; an item or paragraph with an owner bracket and no deadline gives a task under its title or
/// lead phrase, with a deadline the deadline's task only (sets 15, 21 and 22), the （三） titles over a paragraph closing with a bracket ("加强家园共育", "配强师资力量") included; a deadline
/// opening a sentence or after a comma is a task keyed by the rest of its clause, one with its subject after it ("8月底前錾山县城西幼儿园建成开园") by the rest of the sentence (set 13); "年底前"
/// gives the plan's year alone (set 28); a month with no year is of the plan's year; in the 实施方案 the written years are kept ("2062年8月底前" → "2062-08", "2061年12月底前" → "2061-12");
/// the kindergarten's month lines "2月：" … "6月：" are tasks of those months of 2062, each action apart by "；" a task keyed by its first clause with no owner (sets 16 and 36). Items and
/// paragraphs with no owner and no deadline give no task (錾山 none; 磴东's goal lines and （二）… none besides those listed; 锜阳's 一、, （二）2. and 三、（二）; 砗原's 一、 and （二）2.; 锴江's
/// 总结, 二、, （一） and （三）; 锜湖's 2. and 4.).
/// Furniture: on the 微博 page (錾山教育) the account's line "錾山教育 V", the time line "… 来自 政务微博 已编辑", the post's own words "#錾山教育# 【…】…👇" (the account's, noise although they
/// name the plan's title; set 16's account lead-in), the 长文 card's line "…｜ 长文" (noise although it repeats the title, set 18's 文件标题 field) and its "阅读 1.8万", the 转发/评论/赞 row,
/// "评论", "按热度 ｜ 按时间", each comment's two lines ("name：text" and "date　来自 place　👍 N") and "查看全部29条评论 >" are noise; the 长文's title line, introduction, body, signature and date are
/// kept. In the 吧 thread (磴溪幼师吧) the 吧's name, the 关注/帖子 line, the tab row, the thread's title "【分享】…" (the poster's words, not the plan's title, which heads the post; set 16's
/// headline), the 只看楼主/收藏/回复 row, the poster's name "晴天小铃铛" and level line "🎖 7级　楼主", the floor line "1楼　…　来自Android客户端", "回复(1)", the reply's name, level, text and
/// floor lines, the lone "回复", "发表回复" and the footer line are noise; the plan's title, introduction, body, signature "磴东镇中心幼儿园" and date are kept. In the e-book reader the top bar,
/// the chapter bar, "💭 36条想法" (the reader's bubble, inside the plan), "— 本章完 —", the 下一章 line, the publisher's line and the bottom bar are noise; the plan's title, introduction, body,
/// signature "锜阳市教育局" and date are kept. On the 建议提案办理 page (砗原县人民政府) the portal's name, menu and path, the 提案编号/提案人 and 办理单位/答复类型/公开日期 field lines, the
/// 【打印】【关闭】 row, the 答复满意度 line and the two footer lines are noise. In the converted PDF (锴江) the watermark line "【转易PDF】免费版转换 · 升级VIP去除水印 · zhuanyi.example.com" at the top of
/// each page (three times: above the title, between 一、（二） and （三）, between 三、（一） and （二）; each listed where it stands), the page numbers "— 1 —", "— 2 —", "— 3 —" at the foot of each page
/// (sets 47 and 49) and the converter's closing line are noise; the title, introduction, body, signature and date are kept. On the TV station's page (锜阳广电网) the site's name, menu and path,
/// the headline (the news item's, not the plan's title; set 16), the date/来源 line, the player's line, "【视频文稿】", the two transcript lines "（主持人）…" and "（记者 … 报道）…" (the station's
/// words, noise although they quote the plan's figures), the label "附：…（全文）" (set 50's "📄 征求意见稿全文"), the 责任编辑 line, the 分享到 row, "相关视频" and its two "▶" titles and the footer
/// line are noise; the plan's title, introduction, body, signature "锜湖区教育局" and date are kept.
enum BlindFixtures52 {
    /// A county bureau's 2062年教育工作要点 (錾山县教育局) as the 长文 of the bureau's 政务微博 post: the account's and time lines, the post's words, the 长文 card's line and 阅读 count; the title,
    /// introduction, 一、…四、 over "（N）lead。body" paragraphs with 责任股室 brackets; the signature and date; the 转发/评论/赞 row and two comments.
    static let countyKeyPointsAsGovernmentWeiboLongPost = """
        錾山教育 V
        2062-2-21 08:45 来自 政务微博 已编辑
        #錾山教育# 【錾山县教育局2062年教育工作要点】今年全县教育工作怎么干？全文请看长文👇
        錾山县教育局2062年教育工作要点 ｜ 长文
        阅读 1.8万
        錾山县教育局2062年教育工作要点
        2062年，全县教育系统以办好人民满意的教育为目标，突出扩优提质、强师减负，重点抓好以下工作。
        一、扩大优质教育资源供给
        （一）扩充学前教育资源。全县新建公办幼儿园3所，新增普惠性学位810个，普惠性幼儿园覆盖率稳定在94%以上。8月底前錾山县城西幼儿园建成开园。（责任股室：计划财务股）
        （二）推进义务教育优质均衡。新组建紧密型教育集团4个，城区小学、初中平均班额分别控制在43人、47人以内。（责任股室：基础教育股）
        二、提升教育教学质量
        （一）深化课堂教学改革。每学期开展教学视导2轮，义务教育学业质量监测合格率达到93%以上。（责任股室：教研室）
        （二）加强体育美育劳动教育。全县中小学生体质健康优良率达到64%，中小学生每天校内体育活动时间不少于2小时。5月底前举办全县第9届中小学生运动会。（责任股室：体卫艺股）
        三、建设高素质教师队伍
        （一）补充配强教师。全年招聘教师96名左右，其中乡村学校教师不少于40名。（责任股室：人事股）
        （二）提升教师能力。每名教师年度培训不少于72学时，新评选县级骨干教师60名。年底前完成全县中小学校长任职资格培训。（责任股室：人事股、教研室）
        四、强化教育保障
        （一）加大经费投入。全年教育经费投入不低于7.4亿元。（责任股室：计划财务股）
        （二）守牢安全底线。每月开展校园安全隐患排查1次，中小学幼儿园“一键报警”装置联网率保持100%。（责任股室：安全股）
        錾山县教育局
        2062年2月18日
        转发 64　　评论 29　　赞 217
        评论
        按热度 ｜ 按时间
        锜水清清：城西幼儿园终于要建成了，点赞！
        2-21 09:12　来自 錾山　👍 18
        一只小石子：希望体育活动时间真能落实。
        2-21 10:03　来自 錾山　👍 7
        查看全部29条评论 >
        """

    /// A township central kindergarten's 2062年春季学期保教工作计划 (磴溪县磴东镇中心幼儿园) as the 楼主 post of a 吧 thread (磴溪幼师吧): the 吧's lines, the thread's title, the poster's lines;
    /// the title, introduction, "一、工作目标" over goal lines, "二、主要措施" with （一）…（三） titles over "1.lead。body" items with 负责人 brackets, "三、月工作安排" over month lines; the signature
    /// and date; the floor line, one reply and the footer.
    static let kindergartenTermPlanAsTiebaThreadOpeningPost = """
        磴溪幼师吧
        关注：3,216　　帖子：18,540
        看贴　　图片　　精品　　视频　　吧主推荐
        【分享】我们园这学期的保教计划，姐妹们可以参考
        只看楼主　　收藏　　回复
        晴天小铃铛
        🎖 7级　楼主
        磴溪县磴东镇中心幼儿园2062年春季学期保教工作计划
        本学期，我园坚持以游戏为基本活动，深化保教改革，提升保教质量，特制定本计划。
        一、工作目标
        1.保育目标：幼儿出勤率达到92%以上，幼儿体检率保持100%。
        2.教育目标：幼儿每天户外活动时间不少于2小时，其中体育活动时间不少于1小时。
        3.队伍目标：教师持证上岗率保持100%，35周岁以下青年教师参加园级技能比赛比例达到100%。
        二、主要措施
        （一）规范保育工作
        1.落实卫生保健。每月开展晨午检抽查1次，5月底前完成全园幼儿春季体检。（负责人：保健医生）
        2.加强膳食管理。每周公示带量食谱，家长满意率达到95%以上。（负责人：后勤园长）
        （二）深化游戏课程
        1.丰富区域游戏。每班创设区域不少于6个，4月底前举办全镇第2届幼儿自主游戏观摩活动。（负责人：业务园长）
        2.做好幼小衔接。大班幼儿参加入学准备活动覆盖率达到100%。（负责人：大班年级组长）
        （三）加强家园共育
        每学期召开家长会2次，家长学校参训率达到90%以上。（负责人：园长）
        三、月工作安排
        2月：做好开学准备工作。
        3月：开展“学雷锋”主题活动；召开第一次家长会。
        4月：开展春季远足踏青活动。
        5月：筹备“六一”儿童节庆祝活动。
        6月：开展幼小衔接参观小学活动；做好学期总结。
        磴东镇中心幼儿园
        2062年2月
        1楼　2062-02-19 21:36　来自Android客户端
        回复(1)
        葡萄不酸
        🎖 4级
        谢谢楼主，很实用，收藏了！
        2楼　2062-02-19 22:10　来自iPhone客户端
        回复
        发表回复
        ©2062 磴溪幼师吧　　吧规　｜　吧主制度　｜　隐私政策
        """

    /// A city bureau's 2062年工作计划 (锜阳市教育局) as a chapter of the e-book 《锜阳教育文件汇编（2062）》 in a reader app: the top bar and the chapter bar; the title, introduction, "一、主要目标"
    /// over a paragraph, "二、重点任务" with （一）…（三） over "1.lead。body" items with 责任处室 brackets (a district in a 其中 part, 由N年的…提高到…), a "💭" bubble, "三、保障措施" over "（N）lead。body"
    /// paragraphs; the signature and date; "— 本章完 —", the 下一章 line, the publisher's line and the bottom bar.
    static let cityWorkPlanAsChapterInEbookReader = """
        ‹ 书架　　　　锜阳教育文件汇编（2062）　　　　⋯
        第二章　工作计划　·　锜阳市教育局2062年工作计划
        锜阳市教育局2062年工作计划
        2062年是锜阳教育扩优提质的攻坚之年。为统筹推进全年各项工作，制定本计划。
        一、主要目标
        2062年，全市学前三年毛入园率达到97.5%，义务教育巩固率保持在99.7%以上，高中阶段毛入学率达到96.5%。全市普通高中特色学校达到8所。
        二、重点任务
        （一）优化资源布局
        1.推进学校建设。新建、改扩建中小学幼儿园12所，新增学位9600个，其中锜湖区新增学位不少于3000个。9月底前锜阳市第二十中学建成招生。（责任处室：发展规划处）
        2.深化集团化办学。新组建教育集团8个，集团化办学覆盖率由2061年的76%提高到82%。（责任处室：基础教育处）
        （二）提升育人质量
        1.加强思政教育。每所中小学至少配备1名专职思政课教师，6月底前举办全市第6届中小学思政课教学展评。（责任处室：思政处）
        2.推进课后服务。义务教育学校课后服务参与率达到95%以上。
        💭 36条想法
        （三）建强教师队伍
        1.补充教师。全年招聘中小学幼儿园教师860名左右，其中研究生学历教师不少于120名。（责任处室：人事处）
        2.推进交流轮岗。每年交流轮岗教师不少于300名，年底前完成新一轮“县管校聘”改革。（责任处室：人事处、教师工作处）
        三、保障措施
        （一）加大投入。全年教育经费投入不低于52亿元，生均公用经费标准不低于每生每年1100元。（责任处室：财务处）
        （二）强化督导。每学期开展责任督学挂牌督导2轮。
        锜阳市教育局
        2062年1月
        — 本章完 —
        下一章：第三章　专项方案
        本书由镛州教育出版社授权电子版发行
        目录　　进度 41%　　亮度　　设置
        """

    /// A county bureau's 农村学校办学条件改善实施方案（2061—2063年） (砗原县教育局) as the 附件 of its 答复 to a 政协 提案 on the county portal's 建议提案办理 page: the portal's lines and two field
    /// lines; the 答复 (title, addressee, body, signature, date); the "附件" label, the plan's title, introduction, "一、工作目标" (到2063年 / 到2062年), "二、主要任务" with （一）…（三） over
    /// "1.lead。body" items with 牵头单位 brackets, "三、保障措施" over "（N）lead。body" paragraphs; the signature and date; the 打印/关闭 row, the 满意度 line and two footer lines.
    static let countyImplementationPlanAttachedToCppccProposalReply = """
        砗原县人民政府
        首页　｜　政务公开　｜　建议提案办理　｜　互动交流
        当前位置：首页 > 政务公开 > 建议提案办理 > 政协提案答复
        提案编号：第0187号　　提案人：韦清禾委员
        办理单位：砗原县教育局　　答复类型：A类　　公开日期：2061-08-20
        砗原县教育局关于县政协十届三次会议第0187号提案的答复
        韦清禾委员：
        您提出的《关于加快改善农村学校办学条件的提案》收悉。经认真研究，我局已会同有关部门制定实施方案，现将有关情况答复如下，方案全文附后。感谢您对全县教育工作的关心和支持。
        砗原县教育局
        2061年8月15日
        附件
        砗原县农村学校办学条件改善实施方案（2061—2063年）
        为补齐农村学校办学条件短板，推动城乡教育一体化发展，制定本方案。
        一、工作目标
        到2063年，全县农村义务教育学校办学条件达标率达到100%，农村学校教师周转宿舍满足率达到90%以上。到2062年，全县农村学校食堂达标率达到95%。
        二、主要任务
        （一）改善校舍条件
        1.实施校舍改造。三年改造农村学校校舍2.4万平方米，新建农村学校运动场15片。2062年8月底前砗原县砗西镇中心小学综合楼建成投用。（牵头单位：县教育局；配合单位：县住建局）
        2.建设周转宿舍。三年建设教师周转宿舍320套。（牵头单位：县教育局；配合单位：县财政局、县自然资源局）
        （二）完善教学装备
        1.更新教学设备。三年更新农村学校计算机教室30间，每所农村小学至少建成1间科学实验室。2061年12月底前完成全县农村学校教学装备清查。（牵头单位：县教育局）
        2.推进数字校园。农村学校宽带接入率保持100%。
        （三）配强师资力量
        三年招聘农村学校教师240名左右，其中音体美教师不少于50名。（牵头单位：县教育局；配合单位：县人社局）
        三、保障措施
        （一）加强组织领导。成立工作专班，每季度召开专班会议1次。（牵头单位：县教育局）
        （二）落实经费保障。三年累计投入农村学校建设资金不少于3.6亿元。（牵头单位：县财政局）
        砗原县教育局
        2061年8月
        【打印】　【关闭】
        答复满意度：● 满意　○ 基本满意　○ 不满意
        主办：砗原县人民政府办公室　　网站标识码：5306270011
        镛ICP备61000273号
        """

    /// A county bureau's 2061年工作总结和2062年工作计划 (锴江县教育局) as a PDF converted to Word by an online converter's free version (转易PDF): its watermark line at the top of each of three
    /// pages and the page numbers at their foot; the title, introduction, "一、2061年工作总结" over "（N）lead。body" paragraphs, "二、存在的问题" over 一是… clauses, "三、2062年工作计划" with
    /// "（一）主要目标。body", "（二）重点任务" over "1.lead。body" items with 责任股室 brackets and "（三）保障措施" over a paragraph; the signature and date; the converter's closing line.
    static let countySummaryAndPlanAsOnlineConverterWatermarkedPdf = """
        【转易PDF】免费版转换 · 升级VIP去除水印 · zhuanyi.example.com
        锴江县教育局2061年工作总结和2062年工作计划
        2061年，县教育局坚持稳中求进，各项工作取得新成效。现将2061年工作总结和2062年工作计划报告如下。
        一、2061年工作总结
        （一）办学条件持续改善。全年投入教育项目资金2.3亿元，新建、改扩建学校5所，新增学位2100个。
        （二）教育质量稳步提升。全县义务教育巩固率达到99.5%，普通高中本科上线率达到68.2%，较上年提高1.8个百分点。
        — 1 —
        【转易PDF】免费版转换 · 升级VIP去除水印 · zhuanyi.example.com
        （三）队伍建设不断加强。全年招聘新教师88名，其中研究生学历教师15名。
        二、存在的问题
        一是城区学位依然紧张；二是乡村教师结构性缺编仍然存在；三是教育信息化应用水平不高。
        三、2062年工作计划
        （一）主要目标。2062年，全县学前三年毛入园率保持在96%以上，义务教育巩固率达到99.6%，普通高中本科上线率由2061年的68.2%提高到70%。
        — 2 —
        【转易PDF】免费版转换 · 升级VIP去除水印 · zhuanyi.example.com
        （二）重点任务
        1.扩充优质学位。新建锴江县城南小学，新增学位1350个。8月底前锴江县城南小学建成招生。（责任股室：计划财务股）
        2.深化教学改革。全县每学期开展教学视导2轮，义务教育学业质量监测合格率达到92%以上。（责任股室：教研室）
        3.加强教师培训。每名教师年度培训不少于80学时，5月底前完成全县新任教师岗前培训。（责任股室：人事股）
        （三）保障措施
        全年教育经费投入不低于6.1亿元，确保“两个只增不减”落实到位。
        锴江县教育局
        2062年1月12日
        — 3 —
        本文档由转易PDF在线转换，共3页，转换耗时2.1秒
        """

    /// A district bureau's 2062年教育工作要点 (锜湖区教育局) under a news item on a local TV station's site (锜阳广电网): the site's lines, the headline, the date/来源 line, the player's line,
    /// "【视频文稿】" and two transcript lines, the "附：…（全文）" label; the title, introduction, 一、…四、 over "N.lead。body" items numbered 1.…8. straight through with 责任科室 brackets; the
    /// signature and date; the 责任编辑 line, the 分享 row, "相关视频" with two titles and the footer line.
    static let districtKeyPointsUnderLocalTvNewsVideoTranscript = """
        锜阳广电网
        首页　　新闻　　直播　　点播　　锜阳台　　区县频道
        当前位置：首页 > 新闻 > 本地新闻
        锜湖区发布2062年教育工作要点　今年新增学位4200个
        2062-02-24 19:30　　来源：锜阳电视台《锜阳新闻联播》
        ▶　00:00 / 02:46　　　　标清 ｜ 高清　　⛶
        【视频文稿】
        （主持人）近日，锜湖区教育局印发2062年教育工作要点，明确了全年教育工作的重点任务。
        （记者 韩一舟 报道）今年，锜湖区将新建学校3所，新增学位4200个，让更多孩子在家门口上好学。
        附：锜湖区教育局2062年教育工作要点（全文）
        锜湖区教育局2062年教育工作要点
        2062年，全区教育系统紧扣高质量发展主题，重点抓好以下四个方面工作。
        一、坚持立德树人
        1.加强思政课建设。全区中小学思政课专职教师配备率保持100%，新建区级思政课名师工作室5个。（责任科室：德育科）
        2.促进学生健康成长。中小学生近视率较上年下降0.6个百分点。学生每天校内体育活动时间不少于2小时。
        二、扩大优质供给
        3.扩充学位资源。新建学校3所，新增学位4200个。9月底前锜湖区第五小学建成招生。（责任科室：规划建设科）
        4.推进集团化办学。新组建紧密型教育集团3个，集团化办学覆盖率达到85%。
        三、建强教师队伍
        5.补充配强教师。全年招聘教师150名左右，其中紧缺学科教师不少于50名。（责任科室：人事科）
        6.加强教师培训。每名教师年度培训不少于72学时，新评选区级骨干教师80名。年底前完成全区班主任全员轮训。（责任科室：人事科、教研室）
        四、强化保障
        7.加大经费投入。全年教育经费投入不低于14亿元。（责任科室：计划财务科）
        8.守牢安全底线。每月开展校园安全隐患排查1次。（责任科室：安全科）
        锜湖区教育局
        2062年2月20日
        责任编辑：周小溪　　审核：邵明
        分享到：微信　　朋友圈　　微博
        相关视频
        ▶ 锜湖区第五小学迎来新学期首日　02:13
        ▶ 锜阳市召开全市教育工作会议　03:05
        锜阳广播电视台版权所有　　镛ICP备62001856号
        """

    static let expected: [ExpectedPlan] = [
        ExpectedPlan(
            name: "county bureau's 2062年教育工作要点 in 一、…四、 over （N）lead。body paragraphs with 责任股室 brackets, as the 长文 of the bureau's 政务微博 post with its comments",
            text: BlindFixtures52.countyKeyPointsAsGovernmentWeiboLongPost,
            headings: [
                (0, "一、扩大优质教育资源供给"), (1, "（一）扩充学前教育资源"), (1, "（二）推进义务教育优质均衡"), (0, "二、提升教育教学质量"), (1, "（一）深化课堂教学改革"),
                (1, "（二）加强体育美育劳动教育"), (0, "三、建设高素质教师队伍"), (1, "（一）补充配强教师"), (1, "（二）提升教师能力"), (0, "四、强化教育保障"),
                (1, "（一）加大经费投入"), (1, "（二）守牢安全底线"),
            ],
            indicators: [
                "新建公办幼儿园 eq 3所 2062 全县", "新增普惠性学位 eq 810个 2062 全县", "普惠性幼儿园覆盖率 ge 94% 2062 全县", "新组建紧密型教育集团 eq 4个 2062 -",
                "小学平均班额 le 43人 2062 城区", "初中平均班额 le 47人 2062 城区", "义务教育学业质量监测合格率 ge 93% 2062 -", "中小学生体质健康优良率 eq 64% 2062 全县",
                "中小学生每天校内体育活动时间 ge 2小时 2062 全县", "招聘教师 approx 96名 2062 -", "乡村学校教师 ge 40名 2062 -", "每名教师年度培训 ge 72学时 2062 -",
                "新评选县级骨干教师 eq 60名 2062 -", "教育经费投入 ge 7.4亿元 2062 -", "中小学幼儿园“一键报警”装置联网率 eq 100% 2062 -",
            ],
            notIndicators: ["2轮", "9届", "1次"],
            tasks: [
                ("錾山县城西幼儿园建成开园", "计划财务股", "2062-08"),
                ("推进义务教育优质均衡", "基础教育股", nil),
                ("深化课堂教学改革", "教研室", nil),
                ("举办全县第9届中小学生运动会", "体卫艺股", "2062-05"),
                ("补充配强教师", "人事股", nil),
                ("完成全县中小学校长任职资格培训", "人事股、教研室", "2062"),
                ("加大经费投入", "计划财务股", nil),
                ("守牢安全底线", "安全股", nil),
            ],
            noise: [
                "錾山教育 V", "2062-2-21 08:45 来自 政务微博 已编辑", "#錾山教育# 【錾山县教育局2062年教育工作要点】今年全县教育工作怎么干？全文请看长文👇",
                "錾山县教育局2062年教育工作要点 ｜ 长文", "阅读 1.8万", "转发 64　　评论 29　　赞 217", "评论", "按热度 ｜ 按时间", "锜水清清：城西幼儿园终于要建成了，点赞！",
                "2-21 09:12　来自 錾山　👍 18", "一只小石子：希望体育活动时间真能落实。", "2-21 10:03　来自 錾山　👍 7", "查看全部29条评论 >",
            ]),
        ExpectedPlan(
            name: "township central kindergarten's 2062年春季学期保教工作计划 with goal lines, （一）…（三） titles over 1.lead。body items with 负责人 brackets and a 月工作安排, as the 楼主 post of a 吧 thread with a reply",
            text: BlindFixtures52.kindergartenTermPlanAsTiebaThreadOpeningPost,
            headings: [
                (0, "一、工作目标"), (1, "1.保育目标"), (1, "2.教育目标"), (1, "3.队伍目标"), (0, "二、主要措施"), (1, "（一）规范保育工作"), (2, "1.落实卫生保健"),
                (2, "2.加强膳食管理"), (1, "（二）深化游戏课程"), (2, "1.丰富区域游戏"), (2, "2.做好幼小衔接"), (1, "（三）加强家园共育"), (0, "三、月工作安排"),
            ],
            indicators: [
                "幼儿出勤率 ge 92% 2062 -", "幼儿体检率 eq 100% 2062 -", "幼儿每天户外活动时间 ge 2小时 2062 -", "体育活动时间 ge 1小时 2062 -",
                "教师持证上岗率 eq 100% 2062 -", "35周岁以下青年教师参加园级技能比赛比例 eq 100% 2062 -", "家长满意率 ge 95% 2062 -", "每班创设区域 ge 6个 2062 -",
                "大班幼儿参加入学准备活动覆盖率 eq 100% 2062 -", "家长学校参训率 ge 90% 2062 -",
            ],
            notIndicators: ["35周岁", "1次", "2届", "2次"],
            tasks: [
                ("完成全园幼儿春季体检", "保健医生", "2062-05"),
                ("加强膳食管理", "后勤园长", nil),
                ("举办全镇第2届幼儿自主游戏观摩活动", "业务园长", "2062-04"),
                ("做好幼小衔接", "大班年级组长", nil),
                ("加强家园共育", "园长", nil),
                ("做好开学准备工作", nil, "2062-02"),
                ("开展“学雷锋”主题活动", nil, "2062-03"),
                ("召开第一次家长会", nil, "2062-03"),
                ("开展春季远足踏青活动", nil, "2062-04"),
                ("筹备“六一”儿童节庆祝活动", nil, "2062-05"),
                ("开展幼小衔接参观小学活动", nil, "2062-06"),
                ("做好学期总结", nil, "2062-06"),
            ],
            noise: [
                "磴溪幼师吧", "关注：3,216　　帖子：18,540", "看贴　　图片　　精品　　视频　　吧主推荐", "【分享】我们园这学期的保教计划，姐妹们可以参考", "只看楼主　　收藏　　回复",
                "晴天小铃铛", "🎖 7级　楼主", "1楼　2062-02-19 21:36　来自Android客户端", "回复(1)", "葡萄不酸", "🎖 4级", "谢谢楼主，很实用，收藏了！",
                "2楼　2062-02-19 22:10　来自iPhone客户端", "回复", "发表回复", "©2062 磴溪幼师吧　　吧规　｜　吧主制度　｜　隐私政策",
            ]),
        ExpectedPlan(
            name: "city bureau's 2062年工作计划 with （一）…（三） titles over 1.lead。body items with 责任处室 brackets, as a chapter of an e-book in a reader app with its chapter bar, a 想法 bubble and the progress bar",
            text: BlindFixtures52.cityWorkPlanAsChapterInEbookReader,
            headings: [
                (0, "一、主要目标"), (0, "二、重点任务"), (1, "（一）优化资源布局"), (2, "1.推进学校建设"), (2, "2.深化集团化办学"), (1, "（二）提升育人质量"),
                (2, "1.加强思政教育"), (2, "2.推进课后服务"), (1, "（三）建强教师队伍"), (2, "1.补充教师"), (2, "2.推进交流轮岗"), (0, "三、保障措施"),
                (1, "（一）加大投入"), (1, "（二）强化督导"),
            ],
            indicators: [
                "学前三年毛入园率 eq 97.5% 2062 全市", "义务教育巩固率 ge 99.7% 2062 全市", "高中阶段毛入学率 eq 96.5% 2062 全市", "普通高中特色学校 eq 8所 2062 全市",
                "新建、改扩建中小学幼儿园 eq 12所 2062 -", "新增学位 eq 9600个 2062 -", "新增学位 ge 3000个 2062 锜湖区", "新组建教育集团 eq 8个 2062 -",
                "集团化办学覆盖率 eq 82% 2062 - from 76@2061", "每所中小学配备专职思政课教师 ge 1名 2062 -", "义务教育学校课后服务参与率 ge 95% 2062 -",
                "招聘中小学幼儿园教师 approx 860名 2062 -", "研究生学历教师 ge 120名 2062 -", "每年交流轮岗教师 ge 300名 2062 -", "教育经费投入 ge 52亿元 2062 -",
                "生均公用经费标准 ge 1100元 2062 -",
            ],
            notIndicators: ["6届", "2轮"],
            tasks: [
                ("锜阳市第二十中学建成招生", "发展规划处", "2062-09"),
                ("深化集团化办学", "基础教育处", nil),
                ("举办全市第6届中小学思政课教学展评", "思政处", "2062-06"),
                ("补充教师", "人事处", nil),
                ("完成新一轮“县管校聘”改革", "人事处、教师工作处", "2062"),
                ("加大投入", "财务处", nil),
            ],
            noise: [
                "‹ 书架　　　　锜阳教育文件汇编（2062）　　　　⋯", "第二章　工作计划　·　锜阳市教育局2062年工作计划", "💭 36条想法", "— 本章完 —", "下一章：第三章　专项方案",
                "本书由镛州教育出版社授权电子版发行", "目录　　进度 41%　　亮度　　设置",
            ]),
        ExpectedPlan(
            name: "county bureau's 实施方案（2061—2063年） with 牵头单位 brackets, as the 附件 of its 答复 to a 政协 提案 on the county portal's 建议提案办理 page",
            text: BlindFixtures52.countyImplementationPlanAttachedToCppccProposalReply,
            headings: [
                (0, "一、工作目标"), (0, "二、主要任务"), (1, "（一）改善校舍条件"), (2, "1.实施校舍改造"), (2, "2.建设周转宿舍"), (1, "（二）完善教学装备"),
                (2, "1.更新教学设备"), (2, "2.推进数字校园"), (1, "（三）配强师资力量"), (0, "三、保障措施"), (1, "（一）加强组织领导"), (1, "（二）落实经费保障"),
            ],
            indicators: [
                "农村义务教育学校办学条件达标率 eq 100% 2063 全县", "农村学校教师周转宿舍满足率 ge 90% 2063 全县", "农村学校食堂达标率 eq 95% 2062 全县",
                "改造农村学校校舍 eq 2.4万平方米 2063 -", "新建农村学校运动场 eq 15片 2063 -", "建设教师周转宿舍 eq 320套 2063 -", "更新农村学校计算机教室 eq 30间 2063 -",
                "每所农村小学建成科学实验室 ge 1间 2063 -", "农村学校宽带接入率 eq 100% 2063 -", "招聘农村学校教师 approx 240名 2063 -", "音体美教师 ge 50名 2063 -",
                "累计投入农村学校建设资金 ge 3.6亿元 2063 -",
            ],
            notIndicators: ["1次"],
            tasks: [
                ("砗原县砗西镇中心小学综合楼建成投用", "县教育局", "2062-08"),
                ("建设周转宿舍", "县教育局", nil),
                ("完成全县农村学校教学装备清查", "县教育局", "2061-12"),
                ("配强师资力量", "县教育局", nil),
                ("加强组织领导", "县教育局", nil),
                ("落实经费保障", "县财政局", nil),
            ],
            noise: [
                "砗原县人民政府", "首页　｜　政务公开　｜　建议提案办理　｜　互动交流", "当前位置：首页 > 政务公开 > 建议提案办理 > 政协提案答复", "提案编号：第0187号　　提案人：韦清禾委员",
                "办理单位：砗原县教育局　　答复类型：A类　　公开日期：2061-08-20", "【打印】　【关闭】", "答复满意度：● 满意　○ 基本满意　○ 不满意",
                "主办：砗原县人民政府办公室　　网站标识码：5306270011", "镛ICP备61000273号",
            ]),
        ExpectedPlan(
            name: "county bureau's 2061年工作总结和2062年工作计划 with （N）lead。body paragraphs and 1.lead。body items, as a PDF converted by an online converter's free version with a watermark line on each page",
            text: BlindFixtures52.countySummaryAndPlanAsOnlineConverterWatermarkedPdf,
            headings: [
                (0, "一、2061年工作总结"), (1, "（一）办学条件持续改善"), (1, "（二）教育质量稳步提升"), (1, "（三）队伍建设不断加强"), (0, "二、存在的问题"),
                (0, "三、2062年工作计划"), (1, "（一）主要目标"), (1, "（二）重点任务"), (2, "1.扩充优质学位"), (2, "2.深化教学改革"), (2, "3.加强教师培训"),
                (1, "（三）保障措施"),
            ],
            indicators: [
                "投入教育项目资金 eq 2.3亿元 2061 -", "新建、改扩建学校 eq 5所 2061 -", "新增学位 eq 2100个 2061 -", "义务教育巩固率 eq 99.5% 2061 全县",
                "普通高中本科上线率 eq 68.2% 2061 全县", "招聘新教师 eq 88名 2061 -", "研究生学历教师 eq 15名 2061 -", "学前三年毛入园率 ge 96% 2062 全县",
                "义务教育巩固率 eq 99.6% 2062 全县", "普通高中本科上线率 eq 70% 2062 全县 from 68.2@2061", "新增学位 eq 1350个 2062 -",
                "义务教育学业质量监测合格率 ge 92% 2062 全县", "每名教师年度培训 ge 80学时 2062 -", "教育经费投入 ge 6.1亿元 2062 -",
            ],
            notIndicators: ["1.8个百分点", "2轮"],
            tasks: [
                ("锴江县城南小学建成招生", "计划财务股", "2062-08"),
                ("深化教学改革", "教研室", nil),
                ("完成全县新任教师岗前培训", "人事股", "2062-05"),
            ],
            noise: [
                "【转易PDF】免费版转换 · 升级VIP去除水印 · zhuanyi.example.com", "— 1 —", "【转易PDF】免费版转换 · 升级VIP去除水印 · zhuanyi.example.com", "— 2 —",
                "【转易PDF】免费版转换 · 升级VIP去除水印 · zhuanyi.example.com", "— 3 —", "本文档由转易PDF在线转换，共3页，转换耗时2.1秒",
            ]),
        ExpectedPlan(
            name: "district bureau's 2062年教育工作要点 with N.lead。body items numbered straight through four parts, under a news item with its 视频文稿 on a local TV station's site",
            text: BlindFixtures52.districtKeyPointsUnderLocalTvNewsVideoTranscript,
            headings: [
                (0, "一、坚持立德树人"), (1, "1.加强思政课建设"), (1, "2.促进学生健康成长"), (0, "二、扩大优质供给"), (1, "3.扩充学位资源"), (1, "4.推进集团化办学"),
                (0, "三、建强教师队伍"), (1, "5.补充配强教师"), (1, "6.加强教师培训"), (0, "四、强化保障"), (1, "7.加大经费投入"), (1, "8.守牢安全底线"),
            ],
            indicators: [
                "中小学思政课专职教师配备率 eq 100% 2062 全区", "新建区级思政课名师工作室 eq 5个 2062 全区", "中小学生近视率 eq 0.6个百分点 2062 -",
                "学生每天校内体育活动时间 ge 2小时 2062 -", "新建学校 eq 3所 2062 -", "新增学位 eq 4200个 2062 -", "新组建紧密型教育集团 eq 3个 2062 -",
                "集团化办学覆盖率 eq 85% 2062 -", "招聘教师 approx 150名 2062 -", "紧缺学科教师 ge 50名 2062 -", "每名教师年度培训 ge 72学时 2062 -",
                "新评选区级骨干教师 eq 80名 2062 -", "教育经费投入 ge 14亿元 2062 -",
            ],
            notIndicators: ["1次"],
            tasks: [
                ("加强思政课建设", "德育科", nil),
                ("锜湖区第五小学建成招生", "规划建设科", "2062-09"),
                ("补充配强教师", "人事科", nil),
                ("完成全区班主任全员轮训", "人事科、教研室", "2062"),
                ("加大经费投入", "计划财务科", nil),
                ("守牢安全底线", "安全科", nil),
            ],
            noise: [
                "锜阳广电网", "首页　　新闻　　直播　　点播　　锜阳台　　区县频道", "当前位置：首页 > 新闻 > 本地新闻", "锜湖区发布2062年教育工作要点　今年新增学位4200个",
                "2062-02-24 19:30　　来源：锜阳电视台《锜阳新闻联播》", "▶　00:00 / 02:46　　　　标清 ｜ 高清　　⛶", "【视频文稿】",
                "（主持人）近日，锜湖区教育局印发2062年教育工作要点，明确了全年教育工作的重点任务。",
                "（记者 韩一舟 报道）今年，锜湖区将新建学校3所，新增学位4200个，让更多孩子在家门口上好学。", "附：锜湖区教育局2062年教育工作要点（全文）",
                "责任编辑：周小溪　　审核：邵明", "分享到：微信　　朋友圈　　微博", "相关视频", "▶ 锜湖区第五小学迎来新学期首日　02:13", "▶ 锜阳市召开全市教育工作会议　03:05",
                "锜阳广播电视台版权所有　　镛ICP备62001856号",
            ]),
    ]
}
