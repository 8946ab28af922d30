import Foundation
@testable import PlanImport

/// A fifty-third blind set: six plans of the genre in STRUCTURES THE EARLIER SETS USED LESS — the long tail —, six different from those of sets 42, 44, 46, 49 and 51 — a county
/// bureau's 2064年工作要点 whose 一、…四、 parts hold "（1）lead。body" sub-items numbered straight through (1)…(9) with no （一） level; a city bureau's 2064年教育工作要点 whose parts hold
/// "一是…"/"二是…" lines each standing alone as a heading over its paragraph; a county bureau's 2064年教育民生实事项目实施方案 whose sections are "第一项　title" … "第五项　title"; a town
/// 中心小学's 2064年秋季学期工作计划 in lettered parts "A、…" "B、…" "C、…" whose "1.title：" items carry their body on the next line; a county's 乡村教育振兴三年行动方案（2064—2066年）
/// whose parts each open with a one-line "目标：…" and a "措施：" line over "●" bullets; and a county's 2064年教育工作实施方案 with a 主要指标 part of "指标名称：值" lines, an 一、 outline and an
/// 附件1 task table whose deadlines are written in Chinese numerals ("二〇六四年八月底前") — each as a user's select-all copy from a common kind of source. Invented content throughout
/// (fictional places 螭阳市 with its 螭湖区, 蜩江县, 螓山县, 鹈溪县 with its 鹈口镇, 鹕川县 with its 鹕桥镇 and 蟥原县, all in an invented 蠓州省, characters used in no earlier fixture;
/// invented sites, users, addresses, codes and figures; the years 2063—2066; no published sentence copied): the 要点 (蜩江县教育局) pasted from its Word file (no furniture); the 要点
/// (螭阳市教育局) on the bureau's website (螭阳教育网: the site's name, the menu, the 当前位置 path, the 发布时间/来源/点击 line, the 打印/关闭 row, 上一篇/下一篇, the 版权所有/地址 line and the
/// ICP line); the 实事方案 (螓山县教育局) pasted from its PDF (the page numbers "— 1 —" and "— 2 —"); the school's plan (鹈口镇中心小学) on the school's website (the site's name, the menu,
/// the path, the 发布者/发布时间/点击 line, the 打印/关闭 row, 上一篇/下一篇, the 版权所有/地址 line and the ICP line); the 行动方案 (鹕川县教育局) pasted from its PDF (the page footers "第1页
/// 共2页" and "第2页 共2页"); and the 实施方案 (蟥原县教育局) on the county government's portal (the portal's name line, the menu, the 您的位置 path, the 发布日期/来源/浏览次数 line, the
/// 打印/关闭 row and two footer lines).
/// Written without reading the importer's sources or its unit tests and without running the importer or any test; syntax checked with `swiftc -parse` only.
/// No stored pages were searched for this set; every site's furniture is reproduced from common knowledge of such pages in invented wording.
/// Set 53 was written beside set 52, at the same time and without seeing it: set 52's note blocks, if it has any, are not copied here and were not followed.
/// Follows the note blocks of set 51 (BlindFixtures51.swift), as written there, and set 50's 'Decided for set 50 (this set)' block (BlindFixtures50.swift).
/// Decided for set 53 (this set): counts of 教学视导 ("每学期开展…2轮", set 34; in 蜩江's （5） and 鹈口's B.1), 校园安全隐患排查 ("每月开展…1次", set 34; in 鹈口's B.3), 送教下乡活动
/// ("每学期开展…2次", set 13's counts held) and 调度会 ("每月召开…1次", set 14's meetings) held are notIndicators, a count held listed once however often it appears in its document (set 21),
/// and so are the contests named by their ordinal ("全市第9届" → "9届", "全镇第4届" → "4届", set 17; each also the key of a deadline task) and the threshold inside a name that carries a
/// target ("35周岁以下青年教师师徒结对率达到100%" → "35周岁", set 17). Chinese numerals are no digits ("一是"/"二是", "第一项"…"第五项", "一所", "第二十一中学", "三年"); the letters "A"/"B"/"C"
/// are labels, no numbers; the 序号 cells "1"…"4" of the 附件1 table are labels (sets 44, 46, 49 and 51), and "附件1"'s 1 is a label; a 《》 title gives no number; the plan's span
/// "（2064—2066年）" none; the dates of the signatures and the furniture's figures (点击, 浏览次数, 网站标识码, the addresses "18号" and "6号", the ICP numbers, the page numbers and "第1页 共2页")
/// are no numbers of the plan.
/// Years: the 要点s, the 实事方案, the school's autumn term plan (a term plan of its calendar year) and the 实施方案 are of 2064; the 行动方案（2064—2066年） is of 2066, its last year, its
/// written years ("由2063年的68%") giving only baselines and its written-year deadlines their own years ("2065年8月底前" → "2065-08").
/// Readings: in the 要点 (蜩江) 全县 at the head of a sentence or of a clause gives 全县 to the values from there to its 。 (sets 13 and 51): （1）'s "全县普惠性幼儿园覆盖率稳定在93%以上" after
/// "新增学位270个，" (which names none, the school's name no scope) and both values of （2）'s first sentence ("保持在99.5%以上" ge; "新组建紧密型教育集团4个" keeping its verb); "每所中小学至少
/// 开设2门体育特色课程" is read round the value (set 49); "由2063年的88%提高到91%" gives "from 88@2063" (set 23). In the 要点 (螭阳) 全市 at the head of a sentence gives 全市 to its values to its
/// 。 ("每所中小学至少配备1名专职思政课教师" read round the value as "每所中小学配备专职思政课教师 ge 1名" with 全市), "其中螭湖区新增学位不少于1100个" gives the district as the scope of that part
/// only (set 49's 岍阳, set 51's 绹湖区), 城区 at the head of a sentence gives two le (set 18). In the 实事方案 (螓山) no sentence names a scope; "补助标准不低于每生每天6元" is "补助标准 ge 6元"
/// (set 16's "不低于每生每年…元"); "每年安排专项资金不少于800万元" keeps 每年 (set 26). In the school's plan (鹈口) no sentence names a scope (set 31): "优秀率由上学期的41%提高到45%" is named by its
/// own noun with "from 41" and no @year (set 50), "学生近视率较上学期下降1个百分点" is an indicator in 个百分点, eq (sets 44, 48 and 51). In the 行动方案 (鹕川) "目标：到2066年，全县…" gives 全县
/// to its value; the other 目标 lines and the bullets name no scope; "三年" is dropped and "累计" kept (sets 16 and 33); "每所乡村学校至少建设1间科学实验室" is read round the value; "其中音体美
/// 教师不少于70名" is named by its own noun (set 20). In the 实施方案 (蟥原) each "指标名称：值" line of 一、主要指标, which no earlier set had, is one indicator named by the text before the
/// colon, a bare value eq and "不低于" ge, with no scope (the introduction's 全县 names no value) — decided here as a reader would, as a table row "指标 | 值" is read (sets 42 and 44).
/// Headings: the 要点 (蜩江) gives 一、…四、 (titles alone) at depth 0 and its "（1）lead。body" sub-items, numbered straight through across the parts with no （一） level, which no
/// earlier set had, at depth 1 under the part they stand in, as the label and the lead phrase ("（4）加强学生体质健康") — as "1.lead。body" items numbered straight through stand one below
/// their 一、 (the scorer's own "city key points numbered straight through"); decided here as a reader would. The 要点 (螭阳) gives 一、…三、 at depth 0 and each "一是…"/"二是…" line, standing
/// alone on its line over its paragraph, which no earlier set had (sets 15, 26 and 46 had "一是…" only inside paragraphs, no headings), as a heading at depth 1 of the label and the
/// phrase as written ("一是深化思政课一体化建设"), restarting under each part, the paragraph under it no heading — decided here as a reader would, the ordinal standing where "1." stands; the
/// page title and the introduction ending "具体安排如下。" are kept, no headings. The 实事方案 (螓山) gives its sections "第一项　title" … "第五项　title", which no earlier set had, at depth 0
/// as the label and title with the full-width space removed ("第一项新建螓山县城东幼儿园"; set 51's "1-1建设城东幼儿园"), each over a paragraph with no heading. The school's plan (鹈口) gives
/// its lettered parts "A、…" "B、…" "C、…", which no earlier set had at the top level (set 51's "A." were sub-items), at depth 0 as the label with its 、 and the title ("A、工作目标"), and
/// its "1.title：" lines, whose body stands on the next line, at depth 1 as the label and the title less its "：" ("1.质量目标"; sets 11, 24 and 42), the body lines no headings; the
/// month lines under "C、月度安排" are no headings (set 17). The 行动方案 (鹕川) gives 一、…四、 at depth 0; under each of 一、…三、 the "目标：…" line is a heading "目标" at depth 1, the text
/// after its colon its body (set 51's "目标任务：…" labels), and the "措施：" line, alone on its line, a heading "措施" at depth 1 (a label ending in "：" loses it, set 42); the "●" bullets,
/// each a whole sentence ending in 。, are the body of 措施, no headings (unlike the scorer's "■title" lines, which stand over a paragraph as titles) — decided here as a reader would; the
/// title's second line "（2064—2066年）" is kept, no heading (set 32); "四、保障措施" over a paragraph with no heading (set 30). The 实施方案 (蟥原) gives 一、…三、 at depth 0 and 二、's
/// "（N）lead。body" paragraphs at depth 1; the "指标名称：值" lines are no headings (a name and its figure, no title over a body); "附件1", the table's title, its header row and rows are the
/// document's, kept, no headings, no noise (set 46's 附件 table).
/// Tasks: a deadline after a sentence's start or opening a sentence is a task keyed by the rest of its clause or sentence, led by the owner bracket of its item (责任股室/责任处室/负责人/
/// 责任单位; with 配合单位 the first unit, set 51), none where there is none (sets 13, 15, 20 and 22); an item with an owner bracket and no deadline gives a task under its lead phrase or
/// title (sets 15, 21 and 22; in 螭阳 the "一是…" heading's phrase, in 螓山 the "第N项" title), with a deadline the deadline's task only (set 21); an item with neither gives none. In 鹈口 the
/// month lines "9月：" … "12月：" are tasks of those months of 2064 keyed by their first clause with no owner (sets 16, 17 and 36). In 鹕川 the bullets' written-year deadlines are tasks with
/// no owner (the parts have no bracket); the 目标 lines' "到2066年" is no task (set 13). In 蟥原 the deadline "二〇六四年九月底前" written in Chinese numerals, which no earlier set had, is
/// read as its digits ("2064-09") — decided here as a reader would —; the 附件1 table's rows are tasks keyed by their 工作任务 cell, led by their 责任单位 cell and due their 完成时限 cell in
/// Chinese numerals ("二〇六四年八月底前" → "2064-08"; set 46's table); the 保障措施 paragraph's "县教育局牵头建立…制度", with no deadline and no number, gives no task.
/// Furniture: as listed for each plan above; every site's name line, menu, path, 发布 line, 打印/关闭 row, 上一篇/下一篇 (noise although they read like plan titles, set 36) and footer lines
/// are noise (the school's site name "鹈溪县鹈口镇中心小学" although it names the school whose signature "鹈口镇中心小学" is kept, set 51's 绠口); the PDF pastes' page numbers and page
/// footers are noise; page titles, introductions, signatures and dates are kept.
enum BlindFixtures53 {
    /// A county bureau's 2064年工作要点 (蜩江县教育局) pasted from its Word file: the title, the introduction, 一、…四、 parts (titles alone) over "（1）lead。body" sub-items numbered straight
    /// through (1)…(9) with no （一） level (全县 at the head of a sentence and of a clause, 每所…至少, 由N年的…提高到…, a count held, 左右, 其中, deadlines, 责任股室 brackets, 全年), the
    /// signature and date; no furniture.
    static let countyKeyPointsWithBracketedSubItemsStraightThroughAsWordPaste = """
        蜩江县教育局2064年工作要点
        2064年，全县教育工作以办好人民满意的教育为目标，聚焦扩优提质，重点做好以下四个方面工作。
        一、扩大优质教育资源
        （1）扩充学前教育资源。新建蜩江县城南幼儿园，新增学位270个，全县普惠性幼儿园覆盖率稳定在93%以上。（责任股室：计划财务股）
        （2）推进义务教育优质均衡。全县义务教育巩固率保持在99.5%以上，新组建紧密型教育集团4个。8月底前完成城西小学综合楼建设。（责任股室：基础教育股）
        （3）办好特殊教育。残疾儿童少年义务教育入学率达到97%以上。
        二、提高教育教学质量
        （4）加强学生体质健康。中小学生体质健康优良率达到58%，每所中小学至少开设2门体育特色课程。（责任股室：体卫艺股）
        （5）深化课堂教学改革。每学期开展教学视导2轮，初中学业水平考试合格率由2063年的88%提高到91%。
        （6）提升普通高中质量。普通高中本科上线率达到64%以上。
        三、建设高素质教师队伍
        （7）补充教师。全年招聘教师120名左右，其中紧缺学科教师不少于40名，6月底前完成招聘计划报批。（责任股室：人事股）
        （8）加强教师培训。每名教师年度培训不少于72学时。
        四、强化教育保障
        （9）加大经费投入。全年教育经费投入不低于7.4亿元。10月底前完成全县中小学校舍安全排查。（责任股室：计划财务股）
        蜩江县教育局
        2064年1月16日
        """

    /// A city bureau's 2064年教育工作要点 (螭阳市教育局) on the bureau's website (螭阳教育网): the site's name, the menu, the 当前位置 path, the page title, the 发布时间/来源/点击 line, the
    /// introduction, 一、…三、 parts over "一是…"/"二是…" lines standing alone as headings, each over a paragraph (全市 at the head of sentences, 每所…至少, a 《》 title, 其中 a district, 城区 over
    /// two le, a contest's ordinal, a deadline with its subject after it, 左右, 其中, 处室 brackets), the 打印/关闭 row, 上一篇/下一篇, the 版权所有/地址 line and the ICP line.
    static let cityKeyPointsWithOrdinalLinesOnBureauWebsite = """
        螭阳教育网
        首页　新闻动态　政务公开　办事指南　专题专栏
        当前位置：首页 > 政务公开 > 计划总结
        螭阳市教育局2064年教育工作要点
        发布时间：2064-02-27　来源：市教育局办公室　点击：1286
        2064年全市教育工作的总体思路是：坚持立德树人，聚焦扩优提质，加快建设教育强市。具体安排如下。
        一、落实立德树人根本任务
        一是深化思政课一体化建设
        全市建设思政课名师工作室15个，每所中小学至少配备1名专职思政课教师。4月底前出台《螭阳市大中小学思政课一体化建设指导意见》。（责任处室：思政处）
        二是加强体育美育劳动教育
        中小学生每天校内体育活动时间不少于2小时，学生体质健康优良率达到60%以上。10月底前举办全市第9届中小学生艺术节。（责任处室：体卫艺处）
        二、扩大优质教育资源供给
        一是扩充学前教育资源
        全市新增普惠性学位3200个，其中螭湖区新增学位不少于1100个。（责任处室：学前教育处）
        二是推进义务教育优质均衡
        城区小学、初中平均班额分别控制在42人、47人以内。8月底前螭阳市第二十一中学建成招生。（责任处室：基础教育处）
        三、建设高素质教师队伍
        一是补充配强教师
        全年招聘中小学幼儿园教师980名左右，其中乡村学校教师不少于360名。（责任处室：人事处）
        二是加强教师培训
        每名教师年度培训不少于80学时，新评选市级骨干教师240名。
        【打印此页】　【关闭窗口】
        上一篇：螭阳市教育局关于2064年春季学期开学工作的通知
        下一篇：螭阳市2064年中小学招生入学工作意见
        版权所有：螭阳市教育局　地址：螭阳市螭湖区鸣蜩路18号
        蠓ICP备64001207号
        """

    /// A county bureau's 2064年教育民生实事项目实施方案 (螓山县教育局) pasted from its PDF: the title, the introduction, sections "第一项　title" … "第五项　title" each over a paragraph
    /// (a deadline with a written year and no subject, 每生每天, 每年, 责任单位/配合单位 brackets, one with two units and no deadline), the signature and date; the page numbers "— 1 —" and "— 2 —".
    static let countyPublicServiceProjectsInNumberedItemsAsPdfPaste = """
        螓山县2064年教育民生实事项目实施方案
        为办好2064年教育民生实事，县教育局确定以下五项实事项目，逐项明确建设内容、责任单位和完成时限。
        第一项　新建螓山县城东幼儿园
        新建公办幼儿园一所，新增学位360个，总投资2600万元。2064年8月底前建成开园。（责任单位：县教育局；配合单位：县自然资源局）
        第二项　改造农村学校运动场
        改造农村学校运动场14片，实现乡镇中心学校标准化运动场全覆盖。10月底前完成全部改造任务。（责任单位：县教育局）
        — 1 —
        第三项　实施学生营养改善计划
        农村义务教育学生营养餐覆盖率保持100%，补助标准不低于每生每天6元。（责任单位：县教育局、县财政局）
        第四项　建设智慧教室
        新建智慧教室180间，中小学多媒体教室覆盖率达到100%。11月底前完成设备安装调试。（责任单位：县教育局）
        第五项　开展教师安居工程
        新建乡村教师周转宿舍120套，每年安排专项资金不少于800万元。（责任单位：县住房城乡建设局；配合单位：县教育局）
        螓山县教育局
        2064年2月9日
        — 2 —
        """

    /// A town 中心小学's 2064年秋季学期工作计划 (鹈口镇中心小学) on the school's website: the site's name, the menu, the 当前位置 path, the page title, the 发布者/发布时间/点击 line, the
    /// introduction, lettered parts "A、…" "B、…" "C、…" over "1.title：" items whose body stands on the next line (由上学期的…提高到…, a point fall, 每名…每学期, counts held, a contest's ordinal,
    /// 负责人 brackets, a threshold inside a name), the month lines "9月：" … "12月：", the signature and date, the 打印/关闭 row, 上一篇/下一篇, the 版权所有/地址 line and the ICP line.
    static let townSchoolTermPlanInLetteredPartsOnSchoolWebsite = """
        鹈溪县鹈口镇中心小学
        首页 | 学校概况 | 教育教学 | 德育天地 | 校园动态
        当前位置：首页 > 校园动态 > 工作计划
        鹈口镇中心小学2064年秋季学期工作计划
        发布者：教务处　发布时间：2064-08-29　点击：215
        本学期，学校以“提质量、强队伍、保安全”为重点，结合学校实际，制定本计划。
        A、工作目标
        1.质量目标：
        学生学业质量检测合格率达到96%以上，优秀率由上学期的41%提高到45%。
        2.体质目标：
        学生体质健康优良率达到62%，学生近视率较上学期下降1个百分点。
        B、主要措施
        1.抓实课堂教学：
        每名教师每学期听课不少于20节，每学期开展教学视导2轮。10月底前举办全镇第4届青年教师课堂教学比赛。（负责人：教务处主任）
        2.加强队伍建设：
        35周岁以下青年教师师徒结对率达到100%，新增县级骨干教师4名。
        3.做好后勤保障：
        每月开展校园安全隐患排查1次。9月底前完成学校食堂改造。（负责人：总务处主任）
        C、月度安排
        9月：开学典礼，制定各科教学计划。
        10月：期中学业质量检测，青年教师课堂教学比赛。
        11月：家长会，冬季运动会。
        12月：期末复习指导，学期工作总结。
        鹈口镇中心小学
        2064年8月28日
        【打印】【关闭】
        上一篇：鹈口镇中心小学2064年春季学期工作总结
        下一篇：鹈口镇中心小学关于做好秋季开学工作的通知
        版权所有：鹈溪县鹈口镇中心小学　地址：鹈口镇鸣鹈街6号
        蠓ICP备64003318号
        """

    /// A county's 乡村教育振兴三年行动方案（2064—2066年） (鹕川县教育局) pasted from its PDF: the title's two lines, the introduction, 一、…三、 parts each opening with a one-line "目标：…"
    /// (全县, 由N年的…提高到…) and a "措施：" line over "●" bullets (三年, written-year deadlines, 每所…至少, 左右, 其中, 每名…每年, a count held), "四、保障措施" over a paragraph (三年累计), the
    /// signature and date; the page footers "第1页 共2页" and "第2页 共2页".
    static let countyThreeYearActionPlanWithGoalAndBulletedMeasuresAsPdfPaste = """
        鹕川县乡村教育振兴三年行动方案
        （2064—2066年）
        为加快乡村教育振兴，推动城乡教育一体化发展，结合我县实际，制定本方案。
        一、乡村学校办学条件改善行动
        目标：到2066年，全县乡村学校标准化建设达标率达到100%。
        措施：
        ●三年改造乡村学校校舍12所，新建乡村学校食堂8个。
        ●2065年8月底前完成鹕川县鹕桥镇中心学校教学楼改扩建。
        ●每所乡村学校至少建设1间科学实验室。
        二、乡村教师队伍建设行动
        目标：到2066年，乡村学校本科以上学历教师比例由2063年的68%提高到80%。
        措施：
        ●三年招聘乡村教师300名左右，其中音体美教师不少于70名。
        ●每名乡村教师每年参加培训不少于90学时。
        ●2064年12月底前出台《鹕川县乡村教师生活补助发放办法》。
        第1页 共2页
        三、乡村教育质量提升行动
        目标：到2066年，乡村学校学生体质健康优良率达到58%以上。
        措施：
        ●组建城乡教育共同体10个，实现乡村学校全覆盖。
        ●每学期开展送教下乡活动2次。
        四、保障措施
        县政府建立乡村教育振兴联席会议制度，三年累计安排乡村教育专项资金不少于1.5亿元。
        鹕川县教育局
        2064年3月12日
        第2页 共2页
        """

    /// A county's 2064年教育工作实施方案 (蟥原县教育局) on the county government's portal: the portal's name line, the menu, the 您的位置 path, the page title, the 发布日期/来源/浏览次数 line, the
    /// introduction, "一、主要指标" over "指标名称：值" lines, 二、's "（N）lead。body" paragraphs (a deadline in Chinese numerals, 全年, 左右), 三、 over a paragraph (a count held), "附件1" with
    /// its table's title, header row and four rows whose 完成时限 cells are written in Chinese numerals, the signature and date, the 打印/关闭 row and two footer lines.
    static let countyImplementationPlanWithIndicatorLinesAndAttachedTableOnGovernmentPortal = """
        蟥原县人民政府
        首页　政务公开　政务服务　互动交流
        您的位置：首页 > 政务公开 > 通知公告
        蟥原县2064年教育工作实施方案
        发布日期：2064-03-06　来源：蟥原县教育局　浏览次数：532
        为做好2064年全县教育工作，结合我县实际，制定本方案。
        一、主要指标
        学前三年毛入园率：96%
        义务教育巩固率：99.6%
        普通高中毛入学率：95%
        义务教育学校教师交流轮岗比例：不低于15%
        教育经费投入：不低于4.6亿元
        二、重点工作
        （一）扩充学位供给。新建蟥原县城北小学，新增学位900个。
        （二）深化集团化办学。新组建紧密型教育集团3个，集团化办学覆盖率达到85%。二〇六四年九月底前出台《蟥原县集团化办学考核办法》。
        （三）加强教师队伍建设。全年招聘教师95名左右。
        三、保障措施
        县教育局牵头建立重点工作月调度制度，每月召开调度会1次。
        附件1
        2064年教育重点工作任务分解表
        序号\t工作任务\t责任单位\t完成时限
        1\t建成蟥原县城北小学\t县教育局\t二〇六四年八月底前
        2\t完成教师招聘\t县人社局\t二〇六四年九月底前
        3\t完成校舍安全排查\t县教育局\t二〇六四年十月底前
        4\t完成全县中小学课后服务质量评估\t县教育局\t二〇六四年十二月底前
        蟥原县教育局
        2064年3月5日
        【打印】【关闭】
        主办单位：蟥原县人民政府办公室　网站标识码：5309280011
        蠓ICP备64000826号
        """

    static let expected: [ExpectedPlan] = [
        ExpectedPlan(
            name: "county bureau's 2064年工作要点 with （1）…（9） sub-items straight through under 一、…四、 and no （一） level, pasted from Word",
            text: BlindFixtures53.countyKeyPointsWithBracketedSubItemsStraightThroughAsWordPaste,
            headings: [
                (0, "一、扩大优质教育资源"), (1, "（1）扩充学前教育资源"), (1, "（2）推进义务教育优质均衡"), (1, "（3）办好特殊教育"),
                (0, "二、提高教育教学质量"), (1, "（4）加强学生体质健康"), (1, "（5）深化课堂教学改革"), (1, "（6）提升普通高中质量"),
                (0, "三、建设高素质教师队伍"), (1, "（7）补充教师"), (1, "（8）加强教师培训"), (0, "四、强化教育保障"), (1, "（9）加大经费投入"),
            ],
            indicators: [
                "新增学位 eq 270个 2064 -", "普惠性幼儿园覆盖率 ge 93% 2064 全县", "义务教育巩固率 ge 99.5% 2064 全县",
                "新组建紧密型教育集团 eq 4个 2064 全县", "残疾儿童少年义务教育入学率 ge 97% 2064 -", "中小学生体质健康优良率 eq 58% 2064 -",
                "每所中小学开设体育特色课程 ge 2门 2064 -", "初中学业水平考试合格率 eq 91% 2064 - from 88@2063", "普通高中本科上线率 ge 64% 2064 -",
                "招聘教师 approx 120名 2064 -", "紧缺学科教师 ge 40名 2064 -", "每名教师年度培训 ge 72学时 2064 -", "教育经费投入 ge 7.4亿元 2064 -",
            ],
            notIndicators: ["2轮"],
            tasks: [
                ("扩充学前教育资源", "计划财务股", nil),
                ("完成城西小学综合楼建设", "基础教育股", "2064-08"),
                ("加强学生体质健康", "体卫艺股", nil),
                ("完成招聘计划报批", "人事股", "2064-06"),
                ("完成全县中小学校舍安全排查", "计划财务股", "2064-10"),
            ],
            noise: []),
        ExpectedPlan(
            name: "city bureau's 2064年教育工作要点 with 一是/二是 lines standing alone as headings over paragraphs, on the bureau's website",
            text: BlindFixtures53.cityKeyPointsWithOrdinalLinesOnBureauWebsite,
            headings: [
                (0, "一、落实立德树人根本任务"), (1, "一是深化思政课一体化建设"), (1, "二是加强体育美育劳动教育"),
                (0, "二、扩大优质教育资源供给"), (1, "一是扩充学前教育资源"), (1, "二是推进义务教育优质均衡"),
                (0, "三、建设高素质教师队伍"), (1, "一是补充配强教师"), (1, "二是加强教师培训"),
            ],
            indicators: [
                "建设思政课名师工作室 eq 15个 2064 全市", "每所中小学配备专职思政课教师 ge 1名 2064 全市", "中小学生每天校内体育活动时间 ge 2小时 2064 -",
                "学生体质健康优良率 ge 60% 2064 -", "新增普惠性学位 eq 3200个 2064 全市", "新增学位 ge 1100个 2064 螭湖区", "小学平均班额 le 42人 2064 城区",
                "初中平均班额 le 47人 2064 城区", "招聘中小学幼儿园教师 approx 980名 2064 -", "乡村学校教师 ge 360名 2064 -",
                "每名教师年度培训 ge 80学时 2064 -", "新评选市级骨干教师 eq 240名 2064 -",
            ],
            notIndicators: ["9届"],
            tasks: [
                ("出台《螭阳市大中小学思政课一体化建设指导意见》", "思政处", "2064-04"),
                ("举办全市第9届中小学生艺术节", "体卫艺处", "2064-10"),
                ("扩充学前教育资源", "学前教育处", nil),
                ("螭阳市第二十一中学建成招生", "基础教育处", "2064-08"),
                ("补充配强教师", "人事处", nil),
            ],
            noise: [
                "螭阳教育网", "首页　新闻动态　政务公开　办事指南　专题专栏", "当前位置：首页 > 政务公开 > 计划总结",
                "发布时间：2064-02-27　来源：市教育局办公室　点击：1286", "【打印此页】　【关闭窗口】",
                "上一篇：螭阳市教育局关于2064年春季学期开学工作的通知", "下一篇：螭阳市2064年中小学招生入学工作意见",
                "版权所有：螭阳市教育局　地址：螭阳市螭湖区鸣蜩路18号", "蠓ICP备64001207号",
            ]),
        ExpectedPlan(
            name: "county bureau's 2064年教育民生实事项目实施方案 in sections 第一项…第五项, pasted from its PDF",
            text: BlindFixtures53.countyPublicServiceProjectsInNumberedItemsAsPdfPaste,
            headings: [
                (0, "第一项新建螓山县城东幼儿园"), (0, "第二项改造农村学校运动场"), (0, "第三项实施学生营养改善计划"), (0, "第四项建设智慧教室"),
                (0, "第五项开展教师安居工程"),
            ],
            indicators: [
                "新增学位 eq 360个 2064 -", "总投资 eq 2600万元 2064 -", "改造农村学校运动场 eq 14片 2064 -",
                "农村义务教育学生营养餐覆盖率 eq 100% 2064 -", "补助标准 ge 6元 2064 -", "新建智慧教室 eq 180间 2064 -",
                "中小学多媒体教室覆盖率 eq 100% 2064 -", "新建乡村教师周转宿舍 eq 120套 2064 -", "每年安排专项资金 ge 800万元 2064 -",
            ],
            notIndicators: [],
            tasks: [
                ("建成开园", "县教育局", "2064-08"),
                ("完成全部改造任务", "县教育局", "2064-10"),
                ("实施学生营养改善计划", "县教育局、县财政局", nil),
                ("完成设备安装调试", "县教育局", "2064-11"),
                ("开展教师安居工程", "县住房城乡建设局", nil),
            ],
            noise: ["— 1 —", "— 2 —"]),
        ExpectedPlan(
            name: "town 中心小学's 2064年秋季学期工作计划 in lettered parts A、B、C、 with 1.title： items over body lines, on the school's website",
            text: BlindFixtures53.townSchoolTermPlanInLetteredPartsOnSchoolWebsite,
            headings: [
                (0, "A、工作目标"), (1, "1.质量目标"), (1, "2.体质目标"), (0, "B、主要措施"), (1, "1.抓实课堂教学"), (1, "2.加强队伍建设"),
                (1, "3.做好后勤保障"), (0, "C、月度安排"),
            ],
            indicators: [
                "学生学业质量检测合格率 ge 96% 2064 -", "优秀率 eq 45% 2064 - from 41", "学生体质健康优良率 eq 62% 2064 -",
                "学生近视率 eq 1个百分点 2064 -", "每名教师每学期听课 ge 20节 2064 -", "35周岁以下青年教师师徒结对率 eq 100% 2064 -",
                "新增县级骨干教师 eq 4名 2064 -",
            ],
            notIndicators: ["2轮", "4届", "1次", "35周岁"],
            tasks: [
                ("举办全镇第4届青年教师课堂教学比赛", "教务处主任", "2064-10"),
                ("完成学校食堂改造", "总务处主任", "2064-09"),
                ("开学典礼", nil, "2064-09"),
                ("期中学业质量检测", nil, "2064-10"),
                ("家长会", nil, "2064-11"),
                ("期末复习指导", nil, "2064-12"),
            ],
            noise: [
                "鹈溪县鹈口镇中心小学", "首页 | 学校概况 | 教育教学 | 德育天地 | 校园动态", "当前位置：首页 > 校园动态 > 工作计划",
                "发布者：教务处　发布时间：2064-08-29　点击：215", "【打印】【关闭】", "上一篇：鹈口镇中心小学2064年春季学期工作总结",
                "下一篇：鹈口镇中心小学关于做好秋季开学工作的通知", "版权所有：鹈溪县鹈口镇中心小学　地址：鹈口镇鸣鹈街6号", "蠓ICP备64003318号",
            ]),
        ExpectedPlan(
            name: "county's 乡村教育振兴三年行动方案（2064—2066年） with a 目标： line and a 措施： line over ● bullets in each part, pasted from its PDF",
            text: BlindFixtures53.countyThreeYearActionPlanWithGoalAndBulletedMeasuresAsPdfPaste,
            headings: [
                (0, "一、乡村学校办学条件改善行动"), (1, "目标"), (1, "措施"), (0, "二、乡村教师队伍建设行动"), (1, "目标"), (1, "措施"),
                (0, "三、乡村教育质量提升行动"), (1, "目标"), (1, "措施"), (0, "四、保障措施"),
            ],
            indicators: [
                "乡村学校标准化建设达标率 eq 100% 2066 全县", "改造乡村学校校舍 eq 12所 2066 -", "新建乡村学校食堂 eq 8个 2066 -",
                "每所乡村学校建设科学实验室 ge 1间 2066 -", "乡村学校本科以上学历教师比例 eq 80% 2066 - from 68@2063", "招聘乡村教师 approx 300名 2066 -",
                "音体美教师 ge 70名 2066 -", "每名乡村教师每年参加培训 ge 90学时 2066 -", "乡村学校学生体质健康优良率 ge 58% 2066 -",
                "组建城乡教育共同体 eq 10个 2066 -", "累计安排乡村教育专项资金 ge 1.5亿元 2066 -",
            ],
            notIndicators: ["2次"],
            tasks: [
                ("完成鹕川县鹕桥镇中心学校教学楼改扩建", nil, "2065-08"),
                ("出台《鹕川县乡村教师生活补助发放办法》", nil, "2064-12"),
            ],
            noise: ["第1页 共2页", "第2页 共2页"]),
        ExpectedPlan(
            name: "county's 2064年教育工作实施方案 with 指标名称：值 lines under 主要指标, an 一、 outline and an 附件1 task table with deadlines in Chinese numerals, on the county government's portal",
            text: BlindFixtures53.countyImplementationPlanWithIndicatorLinesAndAttachedTableOnGovernmentPortal,
            headings: [
                (0, "一、主要指标"), (0, "二、重点工作"), (1, "（一）扩充学位供给"), (1, "（二）深化集团化办学"), (1, "（三）加强教师队伍建设"),
                (0, "三、保障措施"),
            ],
            indicators: [
                "学前三年毛入园率 eq 96% 2064 -", "义务教育巩固率 eq 99.6% 2064 -", "普通高中毛入学率 eq 95% 2064 -",
                "义务教育学校教师交流轮岗比例 ge 15% 2064 -", "教育经费投入 ge 4.6亿元 2064 -", "新增学位 eq 900个 2064 -",
                "新组建紧密型教育集团 eq 3个 2064 -", "集团化办学覆盖率 eq 85% 2064 -", "招聘教师 approx 95名 2064 -",
            ],
            notIndicators: ["1次"],
            tasks: [
                ("出台《蟥原县集团化办学考核办法》", nil, "2064-09"),
                ("建成蟥原县城北小学", "县教育局", "2064-08"),
                ("完成教师招聘", "县人社局", "2064-09"),
                ("完成校舍安全排查", "县教育局", "2064-10"),
                ("完成全县中小学课后服务质量评估", "县教育局", "2064-12"),
            ],
            noise: [
                "蟥原县人民政府", "首页　政务公开　政务服务　互动交流", "您的位置：首页 > 政务公开 > 通知公告",
                "发布日期：2064-03-06　来源：蟥原县教育局　浏览次数：532", "【打印】【关闭】",
                "主办单位：蟥原县人民政府办公室　网站标识码：5309280011", "蠓ICP备64000826号",
            ]),
    ]
}
