import Foundation
@testable import PlanImport

/// A fiftieth blind set: six ORDINARY plans of the genre — a county bureau's 2056年工作计划, a city bureau's 2056年工作要点, a county bureau's 义务教育优质均衡发展行动计划（2055—2057年）
/// （征求意见稿）, a middle school's 2056年春季学期学校工作计划, a district bureau's 2055年工作总结和2056年工作计划 and a county bureau's 中小学教研提质实施方案（2056—2057年） — in the common
/// 一、（一）1. numbering with the variations ordinary documents show (titles alone over "1.lead。body" items, "（N）lead。body" paragraphs, a spoken 要点's "第一，lead。body" points, goal lines
/// "1.name：…", a 实施步骤 of three dated stages, month lines, indicators in sentences with 分别 lists of places and grades, 其中 parts, 由…提高到…, ranges written with 至, tasks under 责任股室/责任科室/
/// 负责人/牵头单位/责任单位 brackets with deadlines), each as a user's select-all copy from a KIND OF SOURCE NO EARLIER SET USED. Of the kinds proposed for this set, the 头条号-like media
/// account's article (set 38), the 知乎-like column article (set 11; the 知乎-like Q&A of set 29), the 学习强国-like app (set 29), the print preview (set 21's WPS print preview, set 40's
/// browser print saved as PDF), the online document (sets 10 and 41; a table-of-contents sidebar would be one more part of that kind) and the 政务 app's page (sets 20, 24 and 32) were found
/// in the earlier sets' headers and left aside; text recognised (OCR) from phone screenshots (set 16's OCR read a paper scan, set 24's a scan in a cloud drive's preview, neither a phone's
/// screen) and a 直播 replay's auto transcript were new and are used, with four other kinds that no earlier header names: a government portal's 意见征集 (public consultation) page, a
/// flip-book e-magazine viewer, an AI assistant's document-reading view and a teacher-training platform's course page. Invented content throughout (fictional places 珦阳市 with its 珦湖区,
/// 琚溪县 with its 琚口镇, 瑗原县, 樛江县 and 楀川县, all in an invented 玥州省, characters used in none of sets 33 to 49; invented sites, apps, accounts, users, addresses, codes, years 2055
/// to 2057 and figures; no published sentence copied): the 工作计划 (琚溪县教育局) as text recognised from three phone screenshots of the 琚溪教育 account's article (the status bar "19:42 …
/// 5G 85%" and the app's header at the top of each screenshot, the byline under the title, every paragraph broken into lines at the screen's width, mid-word, mid-name, inside a comparator
/// and inside an owner bracket, one sentence running on across two screenshots, "— END —", the "长按识别二维码" hint and the 阅读/赞/在看 line); the 要点 (珦阳市教育局) as the AI 文字稿 of a
/// 视频号-like 直播回放 page (the page's row, the account's line, the replay's title, the 开播/时长/看过 line, the 文字稿 label line, the speaker-and-timestamp lines "主持人　00:00:06" and
/// "发言人 2　00:00:41" … above the host's words and above the plan's introduction and each part, the host's opening and closing words, "— 文字稿结束 —", the counters, two comments and
/// "更多直播回放" with two titles); the 行动计划 draft (樛江县教育局) on the county portal's 意见征集 page (the portal's name line, menu and path, the 征集主题/征集单位/征集时间/浏览 fields, the
/// 征集说明 paragraph, the 全文 label, the 附件 line, the "我要留言" form of six lines, the 温馨提示 and two footer lines); the school's term plan (瑗原县实验中学) in a flip-book viewer of the
/// school magazine 《瑗中教苑》 (卷云翻书: the viewer's title row, toolbar and page indicator, the magazine's running header with its folio at the top of pages 6, 7 and 8, the editor's credit,
/// a photo caption on page 9 and the viewer's two footer lines); the 总结和计划 (珦湖区教育局) in an AI assistant's document-reading view (问知 AI: the app's row, the file line, the tab row,
/// the page marks "— 1 / 3 —" … "— 3 / 3 —" and the nine lines of the AI panel after the text, which quote the plan's figures); and the 实施方案 (楀川县教育局) as the resource of a course
/// section on a teacher-training platform (玥州教师研修网: the platform's row, the path, the section label "3.2　案例研读：…", the 学习要求 and 进度 lines, the 学完/笔记/收藏 row, 研讨交流 with two
/// comments of two lines each, the 上一节/下一节 lines and two footer lines).
/// Written without reading the importer's sources or its unit tests and without running the importer or any test; syntax checked with `swiftc -parse` only.
/// No stored pages were searched for this set; every site's and app's furniture is reproduced from common knowledge of such pages in invented wording.
/// Set 50 was written beside set 51, at the same time and without seeing it: set 51's note blocks, if it has any, are not copied here and were not followed. Set 49 was
/// written beside set 48 and did not copy set 48's block; set 49's "Decided for set 49 (this set)" block is copied below set 48's note blocks, as written there, and is
/// followed here too where it decides a case (cited as "set 49").
/// Set 48's note blocks, copied as written there ("this set" meaning set 11 in "Decided for this set", set 12 to set 47 in their "Decided for set N (this set)" blocks,
/// in the four "Adjusted after the first score" paragraphs and in set 27's "Corrected after the first score" note and set 37's "Adjusted after the first score (set 37)"
/// note, set 40 in "Decided for set 40 (this set)", set 42 in "Decided for set 42 (this set)", set 44 in "Decided for set 44 (this set)", set 46 in "Decided for set 46
/// (this set)", and set 48 in "Decided for set 48 (this set)" and in its "Adjusted after the first score (set 48)" note) and followed here too:
/// Set 48 was written beside set 49, at the same time and without seeing it: set 49's note blocks, if it has any, are not copied here and were not followed. Set 47 was
/// written beside set 46 and did not copy set 46's block; set 46's "Decided for set 46 (this set)" block is copied below set 47's note blocks, as written there, and is
/// followed here too where it decides a case (cited as "set 46").
/// Set 47's note blocks, copied as written there ("this set" meaning set 11 in "Decided for this set", set 12 to set 45 in their "Decided for set N (this set)" blocks,
/// in the four "Adjusted after the first score" paragraphs and in set 27's "Corrected after the first score" note and set 37's "Adjusted after the first score (set 37)"
/// note, set 40 in "Decided for set 40 (this set)", set 42 in "Decided for set 42 (this set)", set 44 in "Decided for set 44 (this set)", and set 47 in "Decided for set
/// 47 (this set)") and followed here too:
/// Set 47 was written beside set 46, at the same time and without seeing it: set 46's note blocks, if it has any, are not copied here and were not followed. Set 45 was
/// written beside set 44 and did not copy set 44's block; set 44's "Decided for set 44 (this set)" block is copied below set 45's note blocks, as written there, and is
/// followed here too where it decides a case (cited as "set 44").
/// Set 45's note blocks, copied as written there ("this set" meaning set 11 in "Decided for this set", set 12 to set 43 in their "Decided for set N (this set)" blocks,
/// in the four "Adjusted after the first score" paragraphs and in set 27's "Corrected after the first score" note and set 37's "Adjusted after the first score (set 37)"
/// note, set 40 in "Decided for set 40 (this set)", set 42 in "Decided for set 42 (this set)", and set 45 in "Decided for set 45 (this set)") and followed here too:
/// Set 45 was written beside set 44, at the same time and without seeing it: set 44's note blocks, if it has any, are not copied here and were not followed. Set 43 was
/// written beside set 42 and did not copy set 42's block; set 42's "Decided for set 42 (this set)" block is copied below set 43's note blocks, as written there, and is
/// followed here too where it decides a case (cited as "set 42").
/// Set 43's note blocks, copied as written there ("this set" meaning set 11 in "Decided for this set", set 12 to set 41 in their "Decided for set N (this
/// set)" blocks, in the four "Adjusted after the first score" paragraphs and in set 27's "Corrected after the first score" note and set 37's "Adjusted after
/// the first score (set 37)" note, set 40 in "Decided for set 40 (this set)", and set 43 in "Decided for set 43 (this set)") and followed here too:
/// Set 41's note blocks, copied as written there ("this set" meaning set 11 in "Decided for this set", set 12 to set 39 in their "Decided for set N (this
/// set)" blocks, in the four "Adjusted after the first score" paragraphs and in set 27's "Corrected after the first score" note and set 37's "Adjusted after
/// the first score (set 37)" note, and set 41 in "Decided for set 41 (this set)") and followed here too:
/// Set 39's note blocks, copied as written there ("this set" meaning set 11 in "Decided for this set", set 12 to set 38 in their "Decided for set N (this
/// set)" blocks, in the four "Adjusted after the first score" paragraphs and in set 27's "Corrected after the first score" note and set 37's "Adjusted after
/// the first score (set 37)" note, and set 39 in "Decided for set 39 (this set)") and followed here too:
/// Set 38's note blocks, copied as written there ("this set" meaning set 11 in "Decided for this set", set 12 to set 37 in their "Decided for set N (this
/// set)" blocks, in the four "Adjusted after the first score" paragraphs and in set 27's "Corrected after the first score" note and set 37's "Adjusted after
/// the first score (set 37)" note, and set 38 in "Decided for set 38 (this set)") and followed here too:
/// Set 37's note blocks, copied as written there ("this set" meaning set 11 in "Decided for this set", set 12 to set 36 in their "Decided for set N (this
/// set)" blocks, in the four "Adjusted after the first score" paragraphs and in set 27's "Corrected after the first score" note, and set 37 in "Decided
/// for set 37 (this set)" and its "Adjusted after the first score (set 37)" note) and followed here too:
/// Set 36's note blocks, copied as written there ("this set" meaning set 11 in "Decided for this set", set 12 to set 35 in their "Decided for set N (this
/// set)" blocks, in the four "Adjusted after the first score" paragraphs and in set 27's "Corrected after the first score" note, and set 36 in "Decided
/// for set 36 (this set)") and followed here too:
/// Set 35's note blocks, copied as written there ("this set" meaning set 11 in "Decided for this set", set 12 to set 34 in their "Decided for set N (this
/// set)" blocks, in the four "Adjusted after the first score" paragraphs and in set 27's "Corrected after the first score" note, and set 35 in "Decided
/// for set 35 (this set)") and followed here too:
/// Set 34's note blocks, copied as written there ("this set" meaning set 11 in "Decided for this set", set 12 to set 33 in their "Decided for set N (this
/// set)" blocks, in the four "Adjusted after the first score" paragraphs and in set 27's "Corrected after the first score" note, and set 34 in "Decided
/// for set 34 (this set)") and followed here too:
/// Set 33's note blocks, copied as written there ("this set" meaning set 11 in "Decided for this set", set 12 to set 32 in their "Decided for set N (this
/// set)" blocks, in the four "Adjusted after the first score" paragraphs and in set 27's "Corrected after the first score" note, and set 33 in "Decided
/// for set 33 (this set)") and followed here too:
/// Set 32's note blocks, copied as written there ("this set" meaning set 11 in "Decided for this set", set 12 to set 31 in their "Decided for set N (this
/// set)" blocks, in the four "Adjusted after the first score" paragraphs and in set 27's "Corrected after the first score" note, and set 32 in "Decided
/// for set 32 (this set)") and followed here too:
/// Set 31's note blocks, copied as written there ("this set" meaning set 11 in "Decided for this set", set 12 to set 30 in their
/// "Decided for set N (this set)" blocks, in the four "Adjusted after the first score" paragraphs and in set 27's "Corrected after
/// the first score" note, and set 31 in "Decided for set 31 (this set)") and followed here too:
/// Set 30's note blocks, copied as written there ("this set" meaning set 11 in "Decided for this set", set 12 to set 29
/// in their "Decided for set N (this set)" blocks, in the four "Adjusted after the first score" paragraphs and in set
/// 27's "Corrected after the first score" note, and set 30 in "Decided for set 30 (this set)") and followed here too:
/// Set 29's note blocks, copied as written there ("this set" meaning set 11 in "Decided for this set", set 12 to set 28
/// in their "Decided for set N (this set)" blocks, in the four "Adjusted after the first score" paragraphs and in set
/// 27's "Corrected after the first score" note, and set 29 in "Decided for set 29 (this set)") and followed here too:
/// Set 28's note blocks, copied as written there ("this set" meaning set 11 in "Decided for this set", set 12 to set 27
/// in their "Decided for set N (this set)" blocks, in the four "Adjusted after the first score" paragraphs and in set
/// 27's "Corrected after the first score" note, and set 28 in "Decided for set 28 (this set)") and followed here too:
/// Set 27's note blocks, copied as written there ("this set" meaning set 11 in "Decided for this set", set 12 to set 26
/// in their "Decided for set N (this set)" blocks and in the four "Adjusted after the first score" paragraphs, and set
/// 27 in "Decided for set 27 (this set)" with its "Corrected after the first score" note) and followed here too:
/// Set 26's note blocks, copied as written there ("this set" meaning set 11 in "Decided for this set", set 12 to set 25 in
/// their "Decided for set N (this set)" blocks and in the four "Adjusted after the first score" paragraphs, and set 26 in
/// "Decided for set 26 (this set)") and followed here too:
/// Set 25's note blocks, copied as written there ("this set" meaning set 11 in "Decided for this set", set 12 to set 24 in
/// their "Decided for set N (this set)" blocks and in the four "Adjusted after the first score" paragraphs, and set 25 in
/// "Decided for set 25 (this set)") and followed here too:
/// Set 24's note blocks, copied as written there ("this set" meaning set 11 in "Decided for this set", set 12 to set 23 in
/// their "Decided for set N (this set)" blocks and in the four "Adjusted after the first score" paragraphs, and set 24 in
/// "Decided for set 24 (this set)") and followed here too:
/// Set 23's note blocks, copied as written there ("this set" meaning set 11 in "Decided for this set", set 12 to set 22
/// in their "Decided for set N (this set)" blocks and in the first three "Adjusted after the first score" paragraphs, and
/// set 23 in "Decided for set 23 (this set)" and in the fourth "Adjusted after the first score" paragraph) and followed
/// here too:
/// Set 22's note blocks, copied as written there ("this set" meaning set 11 in "Decided for this set", set 12 to set 21
/// in their "Decided for set N (this set)" blocks and in the three "Adjusted after the first score" paragraphs, and set
/// 22 in "Decided for set 22 (this set)") and followed here too:
/// Set 21's note blocks, copied as written there ("this set" meaning set 11 in "Decided for this set", set 12 to set 20
/// in their "Decided for set N (this set)" blocks and in the three "Adjusted after the first score" paragraphs, and set
/// 21 in "Decided for set 21 (this set)") and followed here too:
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
/// Decided for set 22 (this set): counts of 课堂教学视导 (轮), 中小学生运动会 (届), 应急疏散演练 and 消防疏散演练 (次, also
/// "各学校每学期组织应急疏散演练不少于2次", the 不少于 changing nothing, as set 19's Adjusted paragraph for 督导 visits), 重点工作
/// 调度会, 膳食营养分析, 安全隐患排查 (次), 班级游戏观摩, 家长会, 义务教育质量监测 ("每年组织…1次"), 联席会议, 校本培训 (次),
/// 教学常规检查, 课例研讨, 命题研讨, 联片教研活动 ("每月至少开展1次…", set 18), 校园周边环境联合整治 (轮) and 校园安全形势分析
/// 会 held are notIndicators like the counts above, a count held listed once however often it appears (set 21), and so are the
/// 文号 (9号, 4号), the stock counts of the introductions (学校, 在校学生, 教职工; 教学班, 在园幼儿, 教职工; 义务教育学校, 在校学生;
/// 教学班, 学生, 教职工; 专兼职教研员; 中小学幼儿园, 在校学生), the age range in a book's title ("3-6岁", set 18), a rank "在全县排名
/// 第4位" ("4位", set 19), a point change beside its value ("较上年提高3个百分点", set 17), a threshold inside a name with a target
/// ("35周岁以下青年教师教学基本功达标率", "35周岁", set 17) and a threshold inside a name with no value ("全县义务教育学校56人以上大
/// 班额保持动态清零", "56人", set 12), the sentence giving no indicator. Readings: "A、B均保持100%" with two whole names before
/// "均" ("中小学幼儿园专职保安配备率、“一键报警”装置联网率均保持100%") gives one indicator a name with that value, neither name
/// borrowing from the other (set 17's "clause's name does not borrow"), the 全区 at the head of the sentence running past the "；"
/// to the 。 (set 13); "其中体育、艺术教师分别不少于20名、15名" gives "体育教师" and "艺术教师" (sets 15 and 20); "其中城区新增学位
/// 不少于1.5万个" is "新增学位" with 城区 for that part only and "城区义务教育学校平均班额…" in the next sentence takes 城区 for
/// itself (set 15); "每个教育集团至少培育1所新优质学校" and "每所中小学至少组建3个艺术社团" are read round the value (set 18),
/// keeping 每个/每所; "中心校音体美教师每周到村小走教不少于8课时" keeps 每周; "总数" stays in its name ("县级骨干教师总数", as set 20's
/// 总量); "三年" is dropped and "累计" kept; "全年" is dropped ("安排教研专项经费", "安排校园安全专项经费"); "到2028年，全市建成…3个"
/// in the 三年行动方案（2027—2029年） is an indicator of 2028 with 全市 and no task (set 13), the plan's other indicators being of
/// 2029; a unitless 差异系数 is written with its bare value ("le 0.42"), as in sets 1 and 4. Years: the 工作要点, the kindergarten's
/// spring term, the 教研 plan and the safety plan are of 2027; the 中心学校's 总结 figures are of 2026 and its 计划's of 2027, 全镇
/// at the head of a sentence running past its "；" to the 。 (set 17). Headings: the colon line "围绕“质量赭山”品牌，重点实施三项
/// 行动：" under "（二）提升教育教学质量" is no heading and no noise, and the three short titles under it ("课堂提质行动" …) are
/// headings at depth 2, one below （二） (set 15), the items after them going on with "3." under （三）; the kindergarten's goal
/// lines "（一）保育目标：…" keep the part before the colon (set 11); "三、2027年工作计划" over "（一）工作目标" and "（二）主要措施"
/// over "1.title" lines over "（N）lead。body" items gives depths 0, 1, 2 and 3 (set 18); "一是…；二是…；三是…" under "二、存在的
/// 不足" is no heading. Schedules: a week line of a 周工作安排 written with its dates ("第1—2周（2月15日—2月26日）：…") is no
/// heading (as set 19's week rows) and a task keyed by its first clause with no owner, due the month in which its date range
/// ends, of the plan's year (as set 19's 起止日期 and set 16's stages: "（6月14日—7月2日）" → "2027-07"), its actions apart by
/// "；" a task each (set 20's Adjusted paragraph); the 教研 plan's month lines "3月：" … "11月：" are of 2027, one task an
/// action. Tasks: "（负责人：李敏）", "（负责人：后勤园长）", "（责任人：教导主任）" and "（责任人：工会主席）" name their person or
/// office; "（责任股室：…）", "（责任科室：…）" name their unit, and "（责任科室：A、B）" leads with the whole list (set 18's
/// Adjusted paragraph); "（牵头科室：A；配合科室：B）" names A; "由…牵头，N月底前…" leads that deadline's task (set 18); an owner
/// bracket after an unnumbered title's paragraph with no deadline gives a task under that title, with a deadline the
/// deadline's task only (sets 15 and 21); two deadline sentences before one owner bracket are two tasks with that owner
/// (set 11); a deadline after a comma ("…1次重点工作调度会，年底前完成…", "…项目15个，年底前完成…") is a task keyed by the rest of
/// its clause, "年底前" giving "2027"; "8月底前赭山县第五小学建成投用" is keyed by the rest of the sentence (set 13); the 分解表
/// rows give the 三年行动方案's tasks (keyed by the 重点任务 cell, led by the first unit of the 责任单位 cell, "2028年8月底前" →
/// "2028-08", "持续推进" no due), its body items having no owner and no deadline.
/// Furniture: on the county bureau's site (赭山教体网) the site's name line "赭山教体网 · 赭山县教育和体育局" (noise although the
/// signature under the 要点, "赭山县教育和体育局", is kept), the 适老化模式 row with its 收藏夹 prompt, the menu, 当前位置, the 发布
/// 时间/来源/浏览/字号 line, the "💬 在线咨询" line between the third 行动's paragraph and （三）, "【打印本页】　【关闭窗口】　▲ TOP",
/// the 分享 line, 上一篇/下一篇 and the 主办/承办, 地址/电话 and ICP/标识码 lines are noise; the title, signature and date are kept.
/// In the WeChat article (鹂原实幼) the 原创 line, the 预计阅读时间 line, the "📺 视频号直播预约" card between 2. and （二） (its
/// "3月8日" no task of the plan), "— 完 —", the 文字/审核 credits, the 收录于话题 line, "预览时标签不可点", the 喜欢作者 line, the
/// counter line, "置顶留言", every line of the comment and of the account's reply ("name：text", "place　date　❤ N", "鹂原实幼
/// 回复：…") and 写留言 are noise; the article's title (the plan's title), the kindergarten's signature and date are kept. On the
/// city portal (绯阳市人民政府门户网站) the portal's name, the 夜间模式 row, the menu, 您的位置, every row of the metadata box (索引号/
/// 主题分类, 发文机关/成文日期, 标题 although it repeats the notice's title, 发文字号/发布日期 although it repeats the 文号, 主题词/
/// 有效性), the 朗读全文/字号/浏览次数 line, the "📝 参与问卷" line between （三） and （四） of 二、, the 📎 附件 preview bar under the
/// table, the 相关解读 line, the 打印/关闭/回到顶部 row, the 网站地图/隐私声明 row, the 主办/承办 and 标识码/ICP lines and the 🍪
/// Cookie notice are noise; the page heading (the notice's title), the 文号, addressees, body, signature, date, "（此件公开发布）",
/// the plan's title, the "附件：…" line, the "附件" label and the table (title, header row and rows, no headings) are kept; the
/// 方案 has no signature of its own. On the aggregator (栖梧范文网) the site's name with its slogan, the 热搜 row, the "＞"
/// breadcrumb, the 📅/✍/👁/⏱ line, the "🎁 新用户注册送3天VIP" line, the "🔒 以下内容需验证" line between （2） of 1. and 2., the
/// 下载 row, the ✉ 订阅 line, "相关范文" and its three titles (noise although each begins "1." "2." "3."), the footer links and the
/// ©/ICP line are noise; the page title (the plan's title), the school's signature "黛溪县漪口镇中心学校" and date are kept. On the
/// 文库 viewer (知微文库) the site's name, menu and path lines, the file name "【精品】….pdf" (not the document's title, which heads
/// the text and is kept), the 页数/⭐/👁/上传 line, the viewer toolbar, the watermark line "知微文库 · 仅供用户 138****5621 阅读 ·
/// 禁止转载" at the foot of each page (three: between 2. and （二）, between 5. and 6., under the date), "📖 您已阅读完本文档全部 3
/// 页", the 优惠券/拼团 line, the 翻译/转为Word/朗读 row, the 贡献者 line, "相关推荐" and its three files, the 声明/客服 line and the
/// ©/ICP line are noise; the 教师发展中心's signature and date are kept. In the PDF opened in a browser the .pdf file name line,
/// the viewer's toolbar, the "🔏 本文档含电子签章" banner, each footer "本文件由靛湖区智慧政务平台生成　第N页/共4页" (four: under "（此
/// 件主动公开）", between 2. and （二）, between 6. and （四）, under the 印发 line) and the "🔏 签章验证" line are noise; the 版头
/// "绯阳市靛湖区教育局文件", the 文号, the notice's title, addressees, body, signature, date and "（此件主动公开）", the plan's
/// title, introduction and body, the "抄送：…" line and the "…办公室　date印发" line are the document's and kept, and the 版记 lines
/// are no task; the plan has no signature of its own.
/// Decided for set 23 (this set): counts of 督学专题培训 (期), 督导工作例会, 校园安全专项督导 (轮), 义务教育质量监测,
/// 市级中小学生体育联赛 (项), 艺术节 (届), 联席会议, 集体备课 ("每周开展集体备课1次"), "同课异构"研讨活动, 全县联考,
/// 校内模拟考试, 幼儿身高体重测量 ("每学期为幼儿测量身高、体重2次"), 卫生消毒专项检查, 带量食谱 and 膳食营养分析
/// ("每两周制定1次…", "每月进行1次…"), 膳食委员会会议, 健康教育活动 ("每班每月开展健康教育活动不少于2次", the 不少于
/// changing nothing, as set 22's 演练), 领导小组会议, 控辍保学联席会议, 出勤比对核查, 控辍保学专项督查 and 送法进村活动
/// (场) held are notIndicators like the counts above, a count held listed once however often it appears (set 21), and so
/// are a 运动会 named by its ordinal ("第15届" → "15届"), the 文号 (7号), the stock counts of the introductions
/// (中小学幼儿园, 专兼职督学; 中小学 and the 分别 list "体育、美育专任教师分别为3126名、2284名", set 19; 教学班, 学生,
/// 专任教师; 各级各类学校, 在校学生, 教职工 in the 发展基础; 教学班, 在园幼儿, 保健医生; 小学, 初中, 在校学生), a count
/// of towns or schools inside a phrase ("对14个乡镇人民政府…开展年度评价" → "14个", "对32所中小学开展发展性督导评估" →
/// "32所", set 19), a rank threshold inside a phrase ("对监测结果排名后5位的学校负责人进行约谈" → "5位", as set 19's
/// rank), a threshold inside a phrase ("对连续缺课3天以上的学生" → "3天", set 12) and a threshold inside a name with a
/// target ("35周岁以下青年教师校级优质课参赛率", "35周岁", set 17); "每名责任督学…每月到校督导不少于2次" gives no
/// indicator (set 19's Adjusted paragraph), while "每名责任督学联系学校不超过5所" before it is "每名责任督学联系学校 le
/// 5所" (不超过 → le, set 18). Names: "四年级、八年级学生参测率均不低于98%" (two grades before a shared name, then 均)
/// gives each grade its whole name with the one value ("四年级学生参测率 ge 98%", "八年级学生参测率 ge 98%"), as the
/// grades of set 15 and the 均 of set 22; a clause's name does not borrow the subject of the clause before it ("优良率",
/// "评估优良率", "学生自愿参与率", "补种率", "学生参与率", "行政人员听课"), as set 17; "每个教研组每学期至少推出2节示范课
/// ", "每所中小学至少组建2个学生艺术团" and "每名学生掌握1至2项艺术特长" are read round the value (sets 18 and 19); 每天/
/// 每日/每周/每学期/每年/年度 are kept ("初中生每天书面作业平均完成时间", "幼儿每日饮水量", "每周带量食谱公示率",
/// "每名督学年度培训", "每年招聘教师"); "全市全年安排…" is 全市 with 全年 dropped (set 20); "“十五五”期间累计投入教育经费
/// 约160亿元" is "累计投入教育经费 approx 160亿元" ("“十五五”期间" dropped, 累计 kept, 约 → approx, set 18); "其中城区新
/// 建学校不少于12所" is named by its own noun with 城区 for that part only (sets 15 and 20); "不低于每生每年1000元" is
/// "生均公用经费标准 ge 1000元" (set 16); a standalone "较上学期下降2个百分点" is an indicator in 个百分点 like
/// "较上年下降…" (set 16). Comparators and baselines: "由上年的31%提高到35%" gives "from 31" (set 16); "由2025年的58%提高
/// 到65%左右" is approx and "由2025年的55%提高到90%以上" ge, each with "from N@2025"; "保持在95%左右" is approx (set 16's
/// 稳定在…左右); "2.5至3名" and "10至12个" are ge with "-max" ("2.5-3名", "10-12个", set 18). Scope: "全市…，优良率…；城
/// 区中小学生近视率…" gives 全市 to the clauses before the "；" and 城区 from there to the 。 (sets 18 and 19); 全市 at
/// the head of an item's body is the scope to the 。 (set 20); 城区 named in a deadline clause ("6月底前完成城区学校体育
/// 场馆…调查") does not reach back to the clauses before it (set 13); a 全区 heading a goal line's body keeps 全区 to the
/// 。 (set 19). Years: the 督导要点, the city's plan, the two spring-term plans and the 控辍保学方案 are of 2027; the
/// “十五五” plan is of 2030 (set 13) except its "到2028年，" sentence, whose two values are of 2028 to its 。 (set 19), "
/// 到2030年，建成省级特色高中3所" being an indicator of 2030 and no task (set 13) and "到2028年，全区义务教育学校全部达到
/// 优质均衡发展标准" and the 总体目标 sentence, with no value, no indicator and no task (set 16); its 发展基础 sentence "
/// 学前三年毛入园率由2020年的90.5%提高到2025年的96.2%" is an indicator of 2025 with "from 90.5@2020", as the scorer's own
/// district five-year plan reads its "由2015年的82%提高到2020年的91.6%", the stock counts before it being notIndicators
/// (set 13). Headings: the colon line "围绕群众急难愁盼问题，重点开展三项专项督导：" is no heading and no noise and its
/// three titles are headings at depth 2 under （四） (sets 15 and 22); titles with a comma ("（一）强化督政，压实政府履职
/// 责任") are the whole line (set 17); the school's goal sentences numbered "1." "2." with no lead phrase are headings
/// made of the whole line less its 。 at depth 1 (set 12); "（一）总体目标" and "（二）具体目标" are titles alone on
/// their lines at depth 1, the goal lines "1.学前教育：…" under （二） at depth 2 keeping the part before the colon; the
/// school's "7.实施青蓝工程", with no 。 after its title, is a heading at depth 2 over its "（1）lead。body" sub-items at
/// depth 3 (set 16), "8." going on at depth 2; "（一）健康检查目标：…" keeps the part before the colon (set 11).
/// Schedules: a stage line "第一阶段（1月—3月）：…" — the stage's months in brackets and its work after a colon on the
/// same line — is no heading, unlike set 3's stage titles "第一阶段  动员部署（…）" standing alone over a paragraph, and
/// reads as set 17's "第N季度：" lines: a task keyed by its first clause with no owner, due the range's last month of the
/// plan's year (2027-03, 2027-10, 2027-12); a 行事历 line dated by 旬 ("2月下旬：", "4月上旬：") is no heading and a task
/// keyed by its first clause due that month ("上旬 gives the month", set 7), and a span of 旬 ("3月上旬—中旬：",
/// "4月中旬—下旬：", "6月下旬—7月上旬：") is due the month in which it ends (2027-03, 2027-04, 2027-07), as set 16's
/// stages and set 22's week lines; the kindergarten's "5—6月：" is due 2027-06 and "7月上旬：" 2027-07; the actions of a
/// line apart by "；" are a task each (set 20's Adjusted paragraph). A 任务分工 line "N.title：负责…。责任人：A；完成时间
/// ：date。" is a heading keeping the part before the colon (as a goal line "1.名称：…"), at depth 1 under 三、, and a
/// task keyed by its title, led by the 责任人 it names (a person, or "各校校长"), due its 完成时间 of the plan's year
/// ("3月15日前" → 2027-03, "6月底前" → 2027-06, "10月底前" → 2027-10, "12月20日前" → 2027-12), as the scorer's own
/// five-year plan takes the due of its bracket's "完成时限", "每月" giving no due (set 19); the items of 二、 with
/// "（责任人：…）" give their own tasks besides. Tasks: "（牵头单位：A；配合单位：B）" and "（牵头处室：A；配合处室：B）"
/// name A; "（责任处室：…）", "（责任股室：…）", "（负责人：…）" and "（责任人：…）" name their office or person; an item
/// with an owner bracket and no deadline gives a task under its title, with a deadline the deadline's task only (set 21);
/// "由…牵头，N月底前…" leads that deadline's task (set 18); a deadline after a comma is a task keyed by the rest of its
/// clause (sets 20 and 22), "年底前" giving "2027"; an owner bracket after an unnumbered title's paragraph with no
/// deadline gives a task under that title, and a title's paragraph with a deadline and no bracket a task with no lead
/// (sets 15 and 22); in the “十五五” plan "2027年底前实现…" gives "2027", "2028年8月底前筠湖区第九中学建成投用" is keyed
/// by the rest of the sentence and due 2028-08 (set 13) and "2026年9月底前完成…" keeps its year.
/// Furniture: on the county bureau's site (桧山县教育局 · 桧山县人民政府教育督导室) the site's name line (noise although
/// the signature under the 要点, "桧山县人民政府教育督导室", is kept), the 农历 date row with "RSS 订阅" and 阅读模式,
/// the menu, the 站内全文检索 line, 您的位置, the 信息来源/发布日期/阅读/收听 line, the "📰 督导快讯" line between 2. and
/// （二） (its "3月2日" no task of the plan), 【责任编辑：…】, the 打印/发送到手机/关闭 row, the 关联专题 line,
/// 上一篇/下一篇, the 督学信箱/举报电话 line, the 版权所有/技术维护 line and the ICP/标识码/访问 line are noise; the
/// title, signature and date are kept. On the city portal (岑阳市人民政府) the portal's name, the 辅助工具 bar, the menu,
/// the search line, the 部门信息公开 path, each of the four tab-separated rows of the metadata table (索引号/信息分类,
/// 发布机构/发文日期, 名称 although it repeats the notice's title, 文号/有效性 although it repeats the 文号), the
/// 发布时间/来源/字号 line, the "🔊 正在朗读" player line between 3. and （二）, the 图解 line, the
/// 打印/收藏/邮件分享/关闭 row, the 相关文件 line, the 主办/承办/标识码 line, the ICP/公网安备 line and the 智能客服 line
/// are noise; the page heading (the notice's title), the 文号, addressees, body, signature, date, "（此件主动公开）" and
/// the plan's title are kept; the plan has no signature of its own. On the school's website (芩原县第一中学) the school's
/// name line, the 学期周次/中考倒计时 row (its "112 天" no indicator), the 家长端 row, the menu, 当前位置, the 🕘/✍/👀
/// line, the "📷 本文附图 3 张" line between 4. and （三）, the 点赞/收藏/打印 row, 上一篇/下一篇, "🔥 本栏目热门" and
/// its three "·" titles, the 版权所有/地址/邮编 line and the ICP/技术支持 line are noise; the title, the 教务处's
/// signature "芩原县第一中学教务处" and date are kept. In the mail app (翎州政务邮箱 · 手机版) every mail line is noise —
/// the app's name, the ＜ 收件箱 row, the subject "Fw：…" (although it names the plan), the 重要/待办 row, the sender,
/// 发给 and date lines, the 禁止转发 note, the 智能摘要 line, the forwarder's "各位校长：" greeting, his covering note
/// (whose "3月20日前" is no task of the plan), his name/office/telephone line, the "———— 转发邮件 ————" separator, the
/// quoted 发件人, 发送时间 and 主题 lines, the "🖼 [图片] ….png" placeholder between 二、 and 三、, "📎 附件（2）" and its
/// two files, the button row and "—— 没有更多内容了 ——" — while the plan's title, introduction, body, the bureau's
/// signature "筠湖区教育局" and the date "2026年3月" are kept. On the aggregator (萸香范文站) the site's name with its
/// slogan, the 登录/会员 row, the channel menu, the "〉" breadcrumb, the 🖊/🗓/📖/🧾 line, the "✂ AI改写" row, the "👉
/// 免费领取：…36份…" line between 4. and （三） (its "36份" no indicator), the 萸币 download row, the 标签 line,
/// 上一篇/下一篇, "📚 更多“幼儿园工作计划”" and its three "·" titles, the 投稿 note and the Copyright/ICP line are noise;
/// the page title (the plan's title), the 保健室's signature and date are kept. In the WeChat article (榛口教育) the
/// account/date/place line, the "📢 转发提醒" line, the "🎬 视频｜01:28｜…" card between 4. and （三）, the "▌" credits,
/// the 控辍保学咨询电话 line (after the credits, the account's and not the plan's), the 搜一搜 line, the
/// 分享/收藏/点赞/在看 line and "💬 作者已关闭留言" are noise; the article's title (the plan's title), the school's
/// signature "芩原县榛口镇中心学校" and date are kept.
/// Adjusted after the first score: one task reading decided before this set is followed rather than this set's notes.
/// A deadline year opening a sentence whose action commits with no value is a task due that year, in a goal line too
/// (set 7: "到2028年，乡镇公办中心幼儿园全部达到省级优质园标准" and "——义务教育。到2028年，所有县区通过…督导评估" are
/// tasks due 2028); only an aim ("基本实现", "基本建成" …, set 16's vision sentence) is none. So "到2028年，全区义务教育学校
/// 全部达到优质均衡发展标准" in the “十五五” plan's goal line "2.义务教育：" is a task with no owner due 2028, besides its
/// plan's three tasks; its 总体目标 sentence ("基本建成教育强区") stays no task.
/// Decided for set 24 (this set): counts of 网络安全应急演练, 工作调度会, 人工智能教育成果展示活动 ("6月底前举办…1次"),
/// 师德师风专题教育, 青年教师教学基本功大赛 (届), 联席会议, 文明班级评比, 主题队会 ("每个中队每月开展主题队会不少于1次",
/// the 不少于 changing nothing, as set 22's 演练), 应急疏散演练, 家长学校讲座 (期), 课堂教学视导 (轮), 领导小组会议,
/// 保教质量视导 (轮), 专项督导, 膳食委员会会议, 从业人员食品安全培训 and 校舍安全检查 held are notIndicators like the
/// counts above, a count held listed once however often it appears (set 21), and so are the 文号 (4号), the stock counts
/// of the introductions (中小学幼儿园, 在校学生, 智慧教室; 专任教师 and 其中乡村教师; 教学班, 学生, 少先队员; 中小学幼儿园,
/// 在校学生; 幼儿园, 其中公办幼儿园, 在园幼儿; 教学班, 寄宿学生, 食堂从业人员), a point change beside its value ("较上年
/// 提高3个百分点", set 17) and a threshold inside a name with a target ("一般报修24小时内响应率达到95%以上" → "一般报修24小时
/// 内响应率 ge 95%" with "24小时" also a notIndicator, as set 17's "35周岁以下…"). Readings: "全县…，…；…。" gives 全县 past
/// the "；" (set 13) and 城区 at the head of the next sentence is that sentence's scope only (set 15); 全县 named in the
/// second clause of item 7 ("实施…培训，全县教师参训率达到100%，每名教师年度…培训不少于30学时") is the scope from there to
/// the 。 (sets 16 and 20); a 全县 inside a deadline clause reaches nothing (set 23); "其中农村学校智能黑板不少于260块",
/// "其中紧缺学科教师不少于800名", "其中骨干教师比例不低于20%" and "其中研究生学历教师45名" are named by their own noun and "其中
/// 城区新增公办学位不少于2700个" is "新增公办学位" with 城区 for that part only (sets 15 and 20); "每所中小学至少配备1名市级以上
/// 骨干教师" and "每个乡镇至少办好1所公办中心幼儿园" are read round the value (set 18); "本科以上学历", "专科以上学历", "市级
/// 以上", "区级以上" and "县级以上" inside a name change nothing (set 16); "不低于每人每月600元" and "不低于每生每年600元" (and
/// 60元) are "ge N元" with 每人每月/每生每年 no part of the name (sets 16 and 18); 每名/每个/每所/每年/每学期/每周/每日/每批
/// 次/每样/年度 are kept; "全年" is dropped ("更新交互式智能黑板", "安排教育信息化专项经费", "招聘教师", "教育经费投入"), "三年"
/// and "“十五五”期间" are dropped and "累计" kept; a counted action does not go on to the next object of a "、" list ("建设市级
/// 名师工作室60个、名校长工作室20个" → "名校长工作室", set 18's Adjusted paragraph); "由上学期的86%提高到92%" and "由上年的78%
/// 提高到85%" give "from 86" and "from 78" (set 16); a goal clause with no digits ("零发生", "“两教一保”标准", "不低于当地公务员
/// 平均工资收入水平") is no indicator and no task. Years: the 信息化要点, the 后勤 plan and the autumn term plan are of 2027;
/// the 三年行动方案（2027—2029年） is of 2029 except its goal line "3.乡村教师：到2028年，…" (2028, to its 。, the second
/// clause included, set 19), "到2029年建成乡村教师周转宿舍1500套" being an indicator of 2029 and no task (set 13); the 总结和
/// 思路 has its 总结 figures of 2026 and its 思路's of 2027; the “十五五” plan is of 2030 except its two "到2028年，" sentences
/// (2028, set 19), its 发展基础 sentence "…由2020年的86.4%提高到2025年的93.1%，普惠性幼儿园覆盖率由2020年的78%提高到2025年
/// 的89.5%" giving two indicators of 2025 with "from N@2020" and no scope (set 23). Headings: goal lines "1.学历结构：…" and
/// "1.普及水平：…" under 一、/二、 keep the part before the colon at depth 1, the colon line "…具体目标如下：" (with a full or
/// a half-width colon) being no heading; the primary school's goal sentences "1." "2." with no lead phrase are the whole
/// line less its 。 (set 12); "三、2027年工作思路" over "（一）主要目标" and "（二）重点工作" (titles alone on their lines) over
/// "1.title" lines over "（N）lead。body" items gives depths 0, 1, 2 and 3 (set 18), "（三）保障措施" alone on its line over
/// a paragraph being depth 1; "一是…；二是…；三是…" under "二、存在的问题" is no heading; the lines of the 任务清单 (its header
/// row and rows beginning with a bare number and a tab) are no headings, "四、重点任务清单" above them being a heading at
/// depth 0. Schedules: a week line of a 周历 written by the month's week — "9月第1周：", "9月第2—3周：", "9月第4周—10月第1
/// 周：", "11月第3周—12月第1周：" — is no heading and a task keyed by its first clause with no owner, due the month in which
/// it ends, the actions apart by "；" a task each (set 20's Adjusted paragraph); in the autumn term "9月" … "12月" are of
/// 2027 and "1月第1—2周：" is January 2028 (set 18's "一月份："); a month line "2月份：" of the 月份安排 is due that month of
/// 2027 and a span "4—5月份：", "7—8月份：", "10—11月份：" its last month (set 23's "5—6月："); "建队日（10月13日）前后举行…"
/// is no deadline (set 16's "3月5日前后"). Tasks: the 任务清单 rows give the 三年行动方案's tasks as set 17's 分解表 (keyed by the
/// 重点任务 cell, led by the first unit of the 牵头单位 cell, also where it names two, "—" in 配合单位 changing nothing), its
/// body items having no owner and no deadline; "2027年6月底前" → "2027-06", a 完成时限 "2028年8月" with no 底前 → "2028-08",
/// and "长期坚持" gives no due like "持续推进"; "（责任股室：A、B）" and "（责任科室：A、B）" lead with the whole list (set 18's
/// Adjusted paragraph); "（负责人：…）" names its person or office; "由电教站牵头，5月底前…", "由安全办牵头，12月底前…" and "由
/// 区教研室牵头，10月底前…" lead that deadline's task (set 18); an item with an owner bracket and no deadline gives a task
/// under its title, with a deadline the deadline's task only (set 21); a deadline after a comma ("…演练1次，年底前完成…",
/// "…不少于40学时，6月底前完成…") is a task keyed by the rest of its clause, "年底前" giving "2027"; "8月底前菖湖区第十二
/// 小学建成投用" and "2028年8月底前芊原县第三幼儿园建成投用" are keyed by the rest of the sentence (set 13), the latter with
/// the former deadline sentence before one owner bracket being two tasks of that owner (set 11).
/// Furniture: in the news article (芗溪新闻网) the site's name line, the 融媒矩阵 row, the menu, 当前位置, the news headline
/// (not the plan's title, which stands under the "以下为《要点》全文：" line and is kept, as set 20's WeChat headline), the
/// date/来源/字体 line, the byline "融媒体记者　…　通讯员　…", the news lead paragraph "芗溪讯　近日，…" (the reporter's words,
/// not the plan's introduction, which follows the title: its figures — 86间, the five aspects — are neither indicators nor
/// notIndicators), the "以下为《要点》全文：" line, the "▲ 3月8日，…（融媒体记者　…　摄）" caption between 4. and （三） (its
/// date no task), the 编辑/责任编辑/监制 line, the 纠错/打印/关闭/分享 row, "🔥 24小时热榜" and its three titles (noise
/// although each begins with a circled number), the 新闻热线/投稿邮箱 line, the 客户端 line and the 版权/ICP line are noise;
/// the plan's title, introduction, body, the bureau's signature and date are kept. On the bureau's 通知公告 page (枳阳市教育
/// 局) the site's name "枳阳市教育局门户网站", the 简繁/大字版/手机版/搜索 row, the menu, the ">>" path, the bracketed 发布单位/发布日期/浏览次数/字号
/// line, the "📎 附件下载：….pdf（426 KB）　已下载 58 次" line, the "⇩ 以下为附件网页版…" line, the 打印/收藏/关闭 row, the
/// "📮 …疑问…" telephone line, 上一条/下一条, the site-group selector and the 主办/地址/邮编 and ICP/公网安备/标识码 lines are
/// noise; the page heading (the notice's title), the 文号, addressees, body, "附件：…" line, signature, date, "（此件主动
/// 公开）", the "附件" label, the plan's title, introduction and body and the 任务清单 (header row and rows) are kept; the
/// 方案 has no signature of its own. In the WeChat article (筱塘小学) the article's title is the plan's title and kept; the
/// "原创　德育处　筱塘小学　date　篁州" line, the "📌 本文为…系列第3篇" note, the "🔉 语音｜…　04:16　▶" card between 4. and
/// （三）, the 撰稿/图片/编辑/审核 line, the hashtag line, "‹ 上一篇 · …" and "下一篇 · … ›", the 阅读/👍/在看 line, "💬 留言",
/// every line of the comment and of the author's reply (the name line, the text — noise although it quotes "每周2小时" —, the
/// "篁州　date　👍 N" line, "作者回复：…"), the account's name line "筱塘小学" (noise although short like an unnumbered
/// title) and "微信扫一扫 关注该公众号" are noise; the school's signature "蔺山县筱塘小学德育处" and date are kept. In the
/// mini-program's share view (篁事通) the capsule row, the 定位/搜索 row, the "›" path, the 发布机构/date/👁 line, the "🔈 读
/// 给我听　　Aa 大字模式" row, the "📣 办事提醒：…7月…" line between （四） of 一、 and 二、 (its month no task), the 有用/没用
/// row, the 收藏/分享给朋友/生成海报 row, the 服务评价 line, the "本服务由…提供" line, the tab bar "🏠 首页 …👤 我的" and the
/// "➕ 添加到我的小程序…　✕" prompt are noise; the title, introduction, body, the bureau's signature and date are kept. On
/// the cloud drive's OCR preview (茈云网盘) the drive's name, the sharer's line with its 有效期, the file name "…（扫描件）
/// .pdf" (not the document's title, which heads the text and is kept), the PDF/页/MB/分享于 line, the 原图/文字识别 toggle,
/// the "⚠ 识别结果仅供参考…" line, the printed page numbers "— 1 —" (between 2. and 3. of 二、) and "— 3 —" (under the
/// date) on their own lines, the "— 识别完成 · 共 3 页 · …字 —" line, the 保存/下载/举报 row, "📂 该分享者的其他文件" and its
/// two files and the footer are noise; the bureau's signature "芊原县教育局" and date "2026年6月" are kept. In the OCR text
/// the page number "—2—" glued to the end of item 3's line is no part of its sentence, gives no number and, not being a
/// whole line, is no noise line (the line is the plan's and kept); the heading broken by the scan over two lines "（一）扩
/// 大普惠性学前教育" / "资源供给" is one heading of the joined text "（一）扩大普惠性学前教育资源供给", its second line no
/// heading and no noise (set 15's PDF line break); the full-width "６２％" reads "62%"; the half-width owner bracket
/// "(牵头单位:县教育局;配合单位:县自然资源局)" reads as the full-width one and names 县教育局; a half-width comma or colon
/// changes nothing. On the aggregator (箬笠范文坊) the site's name with its slogan, the menu, the "▸" breadcrumb, the 👤/📅/
/// 👁/📝 line, the "🏅 本文入选“精品范文”…" badge, the "📋 复制全文：…验证码" prompt, the "❓ 网友提问：…　3个回答 ›" line
/// between 3. and （二） (its "3个回答" no notIndicator), the 下载 row, the 赞/踩 line, the hashtag line, "‹ 上一篇：…" and "›
/// 下一篇：…", the 合集 line (its "共26篇" no notIndicator), "🔥 同类热门" and its three "▪" titles, the 投稿 note and the
/// ©/ICP line are noise; the page title (the plan's title), the 总务处's signature and date are kept.
/// Decided for set 25 (this set): counts of 德育工作专题研讨, 高三复习备考视导 (轮), 责任督学挂牌督导专项检查, 应急疏散演练
/// ("每学期组织应急疏散演练不少于2次", the 不少于 changing nothing, set 22; "每月组织…1次"; the 总结's "全年组织…10次"),
/// 党建工作推进会, 专项督查, 市级职业院校技能大赛 ("每年举办…1届", set 20), 教学视导 (轮), 联席会议, 教学常规检查, 集体备课
/// (set 23), 主题教研活动 ("每个教研组每学期开展…不少于4次"), 教学质量分析会, 园本教研活动 ("每月开展…2次"; the 总结's
/// "全年开展…24次"), 家长学校讲座 (期), 园务委员会会议, 在建校舍工程安全检查, 防溺水专题教育 ("不少于2次", as set 24's
/// 专题教育), 联合督查 (轮), 工作调度会, 教育督导委员会全体会议, 区级义务教育质量监测 and 督学能力提升培训班 (期) held are
/// notIndicators like the counts above, a count held listed once however often it appears (set 21), and so are the 文号
/// (5号, 3号), the stock counts of the introductions (各级各类学校, 在校学生, 教职工; 中等职业学校, 在校生, 专任教师;
/// 教学班, 学生, 专任教师; 教学班, 在园幼儿, 教职工; 中小学幼儿园, 在校学生; 中小学幼儿园, 专兼职督学), a count of towns
/// inside a phrase ("对全县18个乡镇人民政府…开展评价" → "18个", "对全区9个镇街开展…评价" → "9个", set 19), a rank threshold
/// inside a phrase ("排名后3位" → "3位", set 23) and a point change beside its value ("较上年提高1.5个百分点", set 17);
/// "责任督学每月到校督导不少于2次" gives no indicator and "2次" is a notIndicator (set 19's Adjusted paragraph). Readings:
/// "全县A、B、C分别达到…；D保持100%。" gives three indicators with 全县 and D with 全县 past the "；" (sets 13 and 21);
/// 城区 at the head of the next sentence ("城区小学、初中平均班额分别控制在42人、45人以内") is that sentence's scope only,
/// giving "小学平均班额" and "初中平均班额" le (sets 15 and 18); "力争达到" without 以上 is eq; "由2026年的54%提高到58%"
/// gives "from 54@2026"; "中小学幼儿园专职保安配备率、“一键报警”装置联网率均保持100%" gives one indicator a name (set 22);
/// a standalone "较上年下降1个百分点" is an indicator in 个百分点 (set 16); "全年招聘教师180名左右" is "招聘教师 approx
/// 180名" and "其中乡村学校教师不少于110名" is named by its own noun (set 20), "其中城区新增学位不少于1800个" being
/// "新增学位" with 城区 for that part only (set 15); "全年教育经费投入不低于15.6亿元" is "教育经费投入 ge 15.6亿元" (set
/// 24) and "不低于每生每年900元" (and 1500元) "ge N元" with the name before it (set 16). In the city's 要点
/// "全市中职学校毕业生就业升学率、“双证书”获取率、专业对口就业率分别达到96%、92%、75%" gives three indicators with 全市,
/// the first keeping "中职学校毕业生" and the others borrowing nothing (sets 17 and 21), and
/// "“双师型”教师比例由2026年的58%提高到63%" after the "；" keeps 全市 with "from 58@2026";
/// "城区中职学校生均实训工位数达到1.2个以上" is ge with 城区 as scope, the name without 城区 (set 15);
/// "由上年的52%提高到55%" gives "from 52" (set 16); "建成市级骨干专业20个、市级特色专业群6个" gives "市级特色专业群" (set
/// 18's Adjusted paragraph); 每所/每年 are kept ("每所中职学校合作企业", "专业课教师每年企业实践"), 全年 dropped
/// ("培训中职教师", "安排职业教育专项资金"); "省级以上" inside a name changes nothing (set 16);
/// "全市中职学校开展社会培训不少于2.5万人次，培训合格率…" at the head of an item's body gives 全市 to both clauses (set
/// 20); "围绕本地主导产业" names no scope. In the 教导处 plan "七年级、八年级、九年级期末学业质量检测合格率分别…" gives
/// each grade its whole name (set 15); "由上学期的41%提高到45%" gives "from 41"; "行政人员听课" borrows nothing from the
/// "每名教师每学期" clause before it (set 19); "不超过90分钟" is le (set 18) and 每天 is kept (set 23). In the
/// kindergarten's 总结和计划 "全年新招聘教师6名" is "新招聘教师 eq 6名" (全年 dropped); "保持在97%以上" is ge;
/// "其中体育活动时间不少于1小时" is "体育活动时间" (set 20); "每名教师年度培训" keeps 每名 and 年度. In the safety 方案
/// "通过专项整治，全县…；…。" gives 全县 past the "；" to the 。 (set 18's "通过专项行动，全市…"), and
/// "到9月底，学校消防设施完好率达到100%。" in a one-year campaign plan keeps 2027 and makes no task (set 18's
/// "到10月底，"). In the 督导 plan the 发展基础 sentence "…由2020年的42%提高到2025年的71%" is an indicator of 2025 with
/// "from 42@2020" and no scope (set 23); the 总体目标 sentence "到2030年，基本建成…" is an aim, no indicator and no task
/// (set 23's Adjusted paragraph); "2.督学：全区…；每名责任督学联系学校不超过6所。" gives 全区 to its three values past the
/// "；" (set 19), "不超过" being le (set 18); "3.评估监测：到2028年，…达到98%以上，…达到100%。" gives 2028 to both clauses
/// to its 。 (set 19), the next sentence "…由2025年的71%提高到95%左右" being of 2030, approx, with "from 71@2025" (set 23),
/// and "由2025年的26%提高到40%以上" ge with "from 26@2025"; "到2030年，建成区级名督学工作室5个" is an indicator of 2030 and
/// no task (set 13); "“十五五”期间累计选聘兼职督学约60名" is "累计选聘兼职督学 approx 60名" (set 23);
/// "每年安排…不少于120万元" keeps 每年. Years: the county's 要点, the city's 要点, the autumn term plan and the safety 方案
/// are of 2027; the kindergarten's 总结 figures are of 2026 and its 计划's of 2027; the 督导 plan is of 2030 except its
/// 发展基础 sentence (2025) and its "到2028年，" sentence (2028). Headings: items numbered afresh "1." "2." under each of
/// （一）…（六） and （八） of the county's 三、 are depth 2 (as set 23's （二）1.…3.),
/// "（一）坚持立德树人，加强思想政治教育", with a comma, is the whole line (set 17); the 教导处's goal sentences "1." "2."
/// with no lead phrase are the whole line less its 。 at depth 1 (set 12); the kindergarten's "三、2027年工作计划" over
/// "（一）工作目标" and "（二）主要措施" (titles alone on their lines) over "N.title" lines over "（N）lead。body" items
/// gives depths 0, 1, 2 and 3 (set 18), "（三）保障措施" alone over a paragraph being depth 1 (set 24), and
/// "一是…；二是…；三是…" under "二、存在的不足" is no heading; a stage "（一）动员部署阶段（3月1日—3月20日）。body" of
/// 三、时间步骤 is a heading of its lead phrase with its bracket (set 18); the colon line
/// "围绕“办好家门口每一所学校”目标，重点抓好三项改革：" under "（七）提升教育治理能力" is no heading and no noise, and the
/// three short titles under it ("“双减”提质改革", "督导评价改革", "数字治理改革") are headings at depth 2, one below （七）
/// (sets 15 and 22), the items of （八） going on with "1." at depth 2; the 督导 plan's "（一）总体目标" and
/// "（二）具体目标" are titles alone at depth 1 and its goal lines "1.督政：…" keep the part before the colon at depth 2
/// (set 23). Schedules: the autumn term's month lines written in Chinese numerals without 份 — "九月：" … "十二月：" of
/// 2027 and "一月：" of January 2028 — are no headings and tasks keyed by their first clause with no owner, as set 18's
/// "九月份：" … "一月份：" and set 21's "二月："; the actions of a line apart by "；" are a task each (set 20's Adjusted
/// paragraph); a stage of the 时间步骤 is a task keyed by the first clause of its body, due the month its range ends
/// ("3月20日" → 2027-03, "10月31日" → 2027-10, "11月30日" → 2027-11), the last stage's key being
/// "各学校于11月20日前报送专项整治工作总结" (set 18). Tasks: "（责任股室：A、B）", "（牵头处室：A、B）" and
/// "（负责人：A、B）" lead with the whole list (set 18's Adjusted paragraph), "（牵头处室：A；配合处室：B）" and
/// "（牵头单位：A；配合单位：B）" name A, "（负责人：…）" names its person or office; an item or a stage paragraph with an
/// owner bracket and no deadline gives a task under its title, with a deadline the deadline's task only (set 21), an owner
/// bracket after an unnumbered title's paragraph with no deadline giving a task under that title ("督导评价改革") and a
/// title's paragraph with a deadline and no bracket a task with no lead ("10月底前上线全县中小学招生入学“一网通办”平台",
/// sets 15 and 22), "（三）校园食品安全。…（责任股室：安全股、后勤服务中心）" giving "校园食品安全";
/// "由基础教育股牵头，10月底前…", "由教导处牵头，12月底前…" and "由业务园长牵头，11月底前…" lead that deadline's task (set
/// 18); a deadline after a comma ("…1所，6月底前出台《…》", "…1个百分点，9月底前完成…") is a task keyed by the rest of its
/// clause (set 20), a 全县 or 全市 inside it reaching nothing (set 23), and "年底前" gives "2027";
/// "8月底前茴溪县第四幼儿园建成投用" and "8月底前棹阳市公共实训中心二期建成投用" are keyed by the rest of the sentence (set
/// 13); in the 督导 plan "2026年12月底前", "2027年6月底前" and "2028年底前" keep their written years.
/// Furniture: on the county bureau's platform (茴溪教育公共服务平台) the 站群 row with "♿ 无障碍浏览", the platform's name
/// line "茴溪教育公共服务平台　茴溪县教育局主办" (noise although the signature under the 要点, "茴溪县教育局", is kept),
/// the "🔔 …HTTPS…" notice, the menu, the "·" path, the 发布日期/信息来源/阅读次数/【大 中 小】 line, the "📎 延伸阅读：…"
/// line between 2. of （四） and （五）, the 有帮助 poll, "【打印】　【复制网址】　【返回列表】", 上一篇/下一篇, "📌
/// 本栏目其他信息" and its two "·" titles, the 网站地图 row, the 主办/地址/邮编/电话 line and the ICP/公网安备/标识码 line
/// are noise; the title, signature and date are kept. On the city government's 信息公开 site (棹阳市人民政府信息公开) the
/// site's name, the 检索/公开指南/公开年报/依申请公开 row, the menu, 当前栏目, each line of the metadata block
/// (索取号/公开主体, 公开方式/生成日期, 文件编号/有效状态 although it repeats the 文号, 名称 although it repeats the
/// notice's title), the 发布时间/浏览量/听/字号 line, the "📌 关联政策：…" line between 4. and （三）, the
/// 打印/邮件分享/关闭 row, the 疑问 telephone line, 上一条/下一条, the 主办/承办 line and the ICP/公网安备/标识码 line are
/// noise; the page heading (the notice's title), the 文号, addressees, body, "附件：…" line, signature, date,
/// "（此件主动公开）", the "附件" label and the plan's title are kept; the 要点 has no signature of its own. On the
/// aggregator (蓬窗范文汇) the site's name with its slogan, the 登录/注册/开通会员/手机版 row, the menu, the "-"
/// breadcrumb, the 作者/来源/时间/字数 line, the "📣 本站推荐：…（10篇精选） ›" line between 4. and （三） (its "10篇" no
/// notIndicator), the "本文共计2916字，您已阅读完毕" line, the 积分 download row, the 评分 line, "« 上一篇：…" and "»
/// 下一篇：…", "📌 相关阅读" and its three "◦" titles, the footer links and the ©/ICP line are noise; the page title (the
/// plan's title), the 教导处's signature "萁原县第二中学教导处" and date are kept. In the WeChat article (芫山二幼) the
/// article's title is the plan's title and kept; the "芫山二幼 · 园务公开　date time　发表于苎州" line, the 蓝字 follow
/// line, the "▼ 往下滑动，查看2027年工作计划 ▼" divider between （四） of 一、 and 二、, the 文字/图片/编辑/审核 line, the
/// hashtag line, the 阅读/分享/收藏/👍/推荐 line, "💬 留言 2", every line of the two comments and of the author's reply
/// (the name line, the text — noise although the second quotes "每天2小时" —, the "date　苎州　♡ N" line,
/// "芫山二幼（作者）：…"), the account's name line "芫山二幼" (noise although short like an unnumbered title) and its
/// description are noise; the kindergarten's signature "芫山县第二幼儿园" and date are kept. In the Word print the footer
/// "蘩江县教育局　　第N页／共4页" at the foot of each page is noise each of the four times it appears (under
/// "（此件主动公开）", between （二） and （三） of 二、, between 三、's last stage and 四、, and under the 印发 line),
/// although its first words are the notice's signature, which is kept; the 版头 "蘩江县教育局文件", the 文号, the notice's
/// title, addressees, body, signature, date and "（此件主动公开）", the plan's title, introduction and body, the "抄送：…"
/// line and the "…办公室　　　　date印发" line are the document's and kept, and the 版记 lines are no task; the 方案 has no
/// signature of its own. On the 文库 viewer (柿叶文库) the site's name with its slogan, the menu, the search line, the "·"
/// category path, the file name "葳川区教育督导十五五规划（摘要）.docx" (not the document's title, which heads page 1 and
/// is kept), the 页数/👁/⬇/上传 line, the 上传者 line with its "✔ 机构认证" badge, each page mark "◇ 第 N 页 ◇" (four: the
/// first directly above the document's title, the others between 4. of 二、 and 三、, between 5. and （四）, and between 8.
/// and 四、), "📘 文档已全部加载完毕，共4页", the download line, the 收藏/有用/举报 row, "📚 相关文档推荐" and its three
/// files, the 声明 and the ©/ICP line are noise; the 督导室's signature "棹阳市葳川区人民政府教育督导室" and the date
/// "2026年5月" are kept.
/// Decided for set 26 (this set): counts of 教学视导 and 高三教学视导 (轮), 中小学生运动会 (届), 安全隐患排查 (轮), 应急疏散
/// 演练 ("不少于2次", set 22), 党建工作联席会议, 专项督查, 师德师风专题教育 ("每年开展…1次"), 骨干教师高级研修班 (期), 教师
/// 年度考核 ("每学年开展1次"), 联席会议, 主题班会 (set 21), "文明班级"评比, 班主任例会, 家长学校讲座 (期), 民办园年检 ("每年
/// 对民办园开展年检1次"), 幼小衔接联合教研 ("不少于4次", the 不少于 changing nothing), 膳食营养分析, 作业设计专题研讨 ("不少
/// 于2次"), 校外培训联合执法检查 (轮), 家长课堂 (期, set 13), 学生心理健康测评, 工作调度会, 专项督导 ("各1次", the 各 changing
/// nothing as in set 20; "每学期开展…1次"), 督学能力提升培训班 (期) and 督导委员会全体会议 held are notIndicators like the
/// counts above, a count held listed once however often it appears (set 21), and so are the 文号 (2号), the stock counts of
/// the introductions (各级各类学校, 在校学生, 教职工; 中小学专任教师 and 其中乡村教师; 教学班, 学生, 少先队员; 幼儿园, 其中公办
/// 幼儿园, 在园幼儿 in the 发展基础; 义务教育学校, 在校学生), a point change beside its value ("较上年提高1.2个百分点", set 17),
/// a count change beside its value ("较上年增加37名", set 19) and a count of towns, places or schools inside a phrase ("对全县
/// 11个乡镇人民政府…" → "11个", "对全市9个县（市、区）…" → "9个", "对全县24所中小学…" → "24所", "对全县42所幼儿园…" → "42所",
/// set 19); "每名责任督学每月到校督导不少于2次" gives no indicator and "2次" is a notIndicator (set 19's Adjusted paragraph).
/// Readings: in the county's 总结 "全年新建、改扩建中小学幼儿园6所" drops 全年 (set 17), "磐溪县第五小学建成投用", with no
/// deadline, is a fact of 2026 and no task, "县级以上骨干教师达到418名" is an indicator of 2026 (set 19's "省级示范幼儿园达到28
/// 所") and "其中乡村学校教师96名" is named by its own noun (set 20); in its 计划 "全县A、B、C分别达到…；D保持在…以上。" gives
/// 全县 to all four (sets 13, 21 and 25), 城区 at the head of the next sentence being that sentence's only (set 15), "由2026年
/// 的61.3%提高到64%" gives "from 61.3@2026", "中小学生体质健康优良率达到55%左右" in the clause after it is approx and borrows
/// nothing (sets 16 and 17), "其中音体美教师不少于40名" is named by its own noun and "其中城区新增学位不少于1350个" is "新增学
/// 位" with 城区 for that part only (sets 15 and 20). In the city's 实施方案 "小学、初中教师本科以上学历比例分别…" gives each
/// stage its whole name (set 15), "本科以上"/"县级以上"/"市级以上" inside a name changing nothing (set 16); "到2028年，市级以
/// 上骨干教师达到2400名，名师名校长工作室达到60个。" gives 2028 to both values to its 。, the next sentence taking 2029 (set
/// 19), and is no task (set 13); "每所乡村学校至少配备2名县级以上骨干教师" is read round the value (set 18); "每名教师五年一周
/// 期培训" keeps its words, "五年一周期" naming the cycle of the requirement as 每学期 does, not the plan's span like "三年",
/// which is dropped ("新增中小学教职工编制", "培育数字化教学骨干教师", "累计培训教师", "累计投入教师培训经费", 累计 kept; set 15);
/// "培育省级名师30名、市级名师150名" gives "培育省级名师" and "市级名师" (set 18's Adjusted paragraph); "中小学高级教师岗位比
/// 例提高到13%左右", with no 由, is approx with no baseline; "不低于每人每月650元" and "不低于每人每月400元" are "ge N元" with
/// 每人每月 no part of the name (set 18); 每年/每所 are kept ("每年交流轮岗教师", "每年评选市级“最美教师”", "每年定向培养师范生",
/// "每年表彰优秀教师和优秀教育工作者"); "不低于当地公务员平均工资收入水平" with no digits is no indicator and no task (set 24).
/// In the school's plan "由上学期的88%提高到92%" gives "from 88"; "每班每学期评选“文明礼仪之星”不少于3名", "心理辅导室每周
/// 开放" and "每名学生每周劳动时间" keep their 每班/每学期/每周/每名 words (set 14). In the 行动计划 the 发展基础's two "由2020
/// 年的…提高到2025年的…" are indicators of 2025 with "from N@2020" and no scope (set 23); goal line 1's body headed by 全县
/// keeps 全县 past its "；" to the 。 (set 19), "由2025年的93.6%提高到97%以上" being ge with "from 93.6@2025" (set 23) and
/// "保持在60%左右" approx (set 23); "城区、砾坪镇、碛头乡公办园在园幼儿占比分别…" gives each place as the scope of its value
/// (sets 15 and 16), 城区 counting as a place of the list; "其中城区新增公办学位不少于2000个" is "新增公办学位" with 城区 for
/// that part only (set 15); "省级、市级示范幼儿园分别达到6所、18所" gives "省级示范幼儿园" and "市级示范幼儿园" (set 15); "城
/// 区小班、中班、大班班额分别控制在25人、30人、35人以内" gives three le with 城区 (sets 15 and 18); "到2028年，每个乡镇至少建成
/// 1所省级优质公办中心幼儿园" is an indicator of 2028 read round the value ("每个乡镇建成省级优质公办中心幼儿园 ge 1所") and no
/// task (sets 13 and 18), and "到2028年，全县幼儿园课程游戏化实施率达到100%" one of 2028 with 全县; "每年新招聘公办园教师40
/// 至60名" is ge "40-60名" keeping 每年 (set 18); "稳定在7%左右" is approx (set 16); "“十五五”期间累计投入学前教育经费约4.5
/// 亿元" is "累计投入学前教育经费 approx 4.5亿元" (set 23); "幼儿园专职保安配备率、视频监控覆盖率均保持100%" gives one
/// indicator a name (set 22). In the 要点 "全区…，…；初中生每天书面作业平均完成时间控制在90分钟以内。" gives 全区 past the "；"
/// (set 13) and "城区课后服务“体艺科”类课程占比不低于40%" is ge with 城区, the name left without it (set 15); "由上年的91%提
/// 高到94%" gives "from 91" (set 16); "三至六年级" stays in its name (set 19); "每名学生每周参加体育类课后服务不少于2课时" is a
/// per-person requirement in 课时 and an indicator (as set 21's "每班每周安全教育不少于1课时"); "不低于每课时40元" is "ge 40元"
/// with 每课时 no part of the name, as 每人每月; "新建社区“四点半课堂”20个" is named "新建社区“四点半课堂”". In the 督导 plan
/// "全县…，…；责任督学人均联系学校控制在5所以内。" gives 全县 to its three values (set 13), "控制在…以内" being le; "县域" stays
/// in its name and is no scope; "其中普惠性民办园评估合格率不低于95%" is named by its own noun (set 20); "专职督学占比达到35%左
/// 右" is approx. Years: the 总结和计划's 总结 figures are of 2026 and its 计划's of 2027; the 实施方案（2027—2029年） is of 2029
/// except its "到2028年，" sentence; the spring term plan, the 要点 and the 督导 plan are of 2027; the 行动计划（2026—2030年） is
/// of 2030 except its 发展基础 sentence (2025) and its two "到2028年，" sentences (2028).
/// Headings: the county's "第一部分　2026年工作总结" and "第二部分　2027年工作计划" are headings at depth 0 made of the label and
/// the text with the space removed (set 17); the 一、… numbering runs straight through the parts — 一、二、 under the first,
/// 三、四、五、六、 under the second — and each of them is depth 1 under its part, not a new top level; the "（N）lead。body"
/// paragraphs under 一、 and 六、 are depth 2; 五、's （一）…（六） (titles alone) are depth 2 over items "1." … "12." numbered
/// straight through at depth 3; "一是…；二是…；三是…" under "二、存在的问题" is no heading. In the 实施方案 "（一）指导思想" and
/// "（二）主要目标" are titles alone at depth 1, its goal lines "1.学历结构：…" at depth 2 keeping the part before the colon
/// (set 23), the line "通过三年努力，…。具体目标如下：" being no heading and no noise; its items "1." … "12." numbered straight
/// through under （一）…（五） of 二、 are depth 2 (set 25's city 要点). In the school's plan the goal sentences "1." "2." with no
/// lead phrase are the whole line less its 。 at depth 1 (set 12); under 三、's （一）…（五） (titles alone at depth 1) the circled
/// sub-items "①lead。body", "②lead。body" — restarting under each （N） — are headings of the circled label and the lead phrase
/// at depth 2 ("①上好思政课"), as a "1.lead。body" item; "四、周次安排" is depth 0 over the table. In the 行动计划 a chapter
/// "第一章　发展基础" is a heading of its label and text with the space removed ("第一章发展基础") at depth 0 and a section
/// "第一节　指导思想" one at depth 1 under its chapter, as set 17's 第一部分; 第二节's goal lines "1.普及普惠：…" keep the part
/// before the colon at depth 2, the colon line "围绕“幼有优育”，确定以下五个方面的目标：" above them being no heading and no
/// noise; 第三章's items "（一）lead。body" … "（十一）lead。body", numbered straight through its four 节, are depth 2, and 第四
/// 章's "（一）…（三）", standing directly under the chapter, depth 1; the "（征求意见稿）" line under the title is the document's,
/// no heading and no noise. In the 要点, whose article drops the bold of its lead phrases, a paragraph opening with an
/// unnumbered lead phrase ("严控作业总量。小学一、二年级…") is a heading of that phrase without its 。, one level below the
/// heading it stands under (depth 2 under （一）…（三） of 二、, depth 1 under 三、), as a numbered "1.lead。body" item loses
/// only its label and as set 15's short titles stand unnumbered; the "一、二年级" inside such a paragraph is no heading; the
/// colon line "围绕“家校社同心护苗”，重点推进三项行动：" under （四） is no heading and no noise and its three short titles
/// ("家长课堂行动", "社区托管行动", "心理护航行动") are headings at depth 2 (sets 15 and 22). In the 督导 plan the decimal outline
/// "1　总体要求", "3.1　督政工作", "3.1.1　开展乡镇履行教育职责评价" gives depths 0, 1 and 2, each heading its label and text
/// with the space removed ("1总体要求", "3.1督政工作", "3.1.1开展乡镇履行教育职责评价"), the "N.N.N" titles standing alone over
/// their paragraphs; the label read by the OCR with spaces, "3 . 3　评估监测", is "3.3评估监测" (set 16's spaced OCR heading);
/// the 工作安排's span lines "2—3月：" … "10—12月：" are no headings.
/// Tables and schedules: the 实施方案's 任务分工表 (序号 | 重点任务 | 责任单位 | 完成时限, tab-separated rows beginning with a bare
/// number, no headings) gives its tasks as set 17's 分解表: keyed by the 重点任务 cell, led by the first unit of the 责任单位
/// cell ("市委编办、市教育局" → "市委编办"), "2027年6月底前" → "2027-06", "2027年9月" with no 底前 → "2027-09" (set 24), "持续推进"
/// and "每年" (as set 19's "每月") giving no due; its body items, with no owner and no deadline, give no task; the "附件"
/// label, the table's title and its header row are the document's and kept, no heading, no noise and no task, and so are the
/// 方案's signature and date above them. The school's 周次安排 table (周次 | 日期 | 主要工作 | 负责部门) gives one task a row
/// (set 19), keyed by its 主要工作 cell (one activity each), led by the first unit of its 负责部门 cell ("德育处、少先队大队部" →
/// "德育处"; "各班主任" as written), due the month in which its date range ends, of 2027 ("2月22日—2月26日" → 2027-02,
/// "3月29日—4月2日" → 2027-04, "6月28日—7月9日" → 2027-07); its header row is kept, no heading and no task. The 督导 plan's span
/// lines "2—3月：…；…。", "4—6月：…", "7—9月：…", "10—12月：…；…。" are tasks keyed by their first clause with no owner, due the
/// span's last month of 2027 (set 23's "5—6月："), the actions apart by "；" a task each (set 20's Adjusted paragraph).
/// Tasks: "（责任股室：A、B）", "（责任科室：A、B）" and "（牵头股室：A、B）" lead with the whole list (set 18's Adjusted paragraph,
/// set 25's "（牵头处室：A、B）"); "（牵头单位：A；配合单位：B）" and "（牵头股室：A；配合股室：B）" name A, also where B names two
/// (set 15); "（负责人：…）" names its person or office, "（负责人：A、B）" the whole list (set 25); an item, a circled sub-item,
/// an unnumbered lead phrase's paragraph or a short title's paragraph with an owner bracket and no deadline gives a task under
/// its title or phrase ("深化育人方式改革", "①上好思政课" keyed "上好思政课", "引进优质资源", "心理护航行动", "健全质量评估"), with
/// a deadline the deadline's task only (set 21); a title's paragraph with a deadline and no bracket gives a task with no lead
/// ("10月底前实现城区社区托管服务全覆盖", sets 15 and 22), the 城区 in it reaching nothing (set 23); "由基础教育股牵头，9月底前…",
/// "由少先队大队部牵头，5月底前…" and "由县教研室牵头，2027年9月底前…" lead that deadline's task (set 18); a deadline after a comma
/// ("…540个，8月底前磐口镇中心幼儿园建成投用", "…6所，10月底前完成…", "…2次，9月底前举办…", "…2轮，6月底前完成…") is a task keyed by
/// the rest of its clause (set 20), a subject after the deadline being part of the key (set 13); "年底前" gives "2027"; in the
/// 行动计划 "2026年12月底前", "2027年8月底前", "2027年9月底前" and "2028年8月底前" keep their years and "2027年底前" gives "2027",
/// and its （二）'s two deadline sentences with their years before one owner bracket are two tasks of that owner (set 11).
/// Furniture: on the county government's portal (磐溪县人民政府门户网站) the portal's name, the 长辈版/无障碍/繁體/个人登录/法人
/// 登录 row, the menu, the search line with its 热门 words, 所在位置, the 来源/发布时间/浏览次数/字号 line, the "⏏ 本文目录：…"
/// line above the introduction (noise although it repeats the two parts' titles, the parts themselves being the lines inside
/// the plan, as set 15's 本文目录), the "💬 政民互动：…" line between "二、存在的问题"'s paragraph and 第二部分, the 🏷 主题词 line,
/// the 收藏/打印/复制链接/关闭 row, "相关稿件" and its two "▸" titles, the 主办/承办 line, the 标识码/ICP/公网安备 line and the 等保
/// line are noise; the page title (the plan's title), the bureau's signature and date are kept. On the teachers' forum (砚田教
/// 师论坛) every line of the forum is noise — the forum's name with its slogan, the login row, the 快捷导航 row, the "›" path
/// (its last title cut with "……"), the "查看: N | 回复: N" line, the thread title "[政策文件] 【转帖】…（含任务分工表）[复制链
/// 接]" (not the plan's title, which heads the post's text and is kept), the poster's name line and his 积分/帖子 line, the "楼
/// 主　发表于…" line, "本帖最后由…编辑", the poster's source note (set 11's reposter's note), the image attachment's two lines
/// ("分工表原图.jpg (218.6 KB, 下载次数: 37)" and "下载附件　…上传") between the table's title and its header row, "评分" and
/// the three lines of the rating block, the poster's signature line "————…", the 回复/使用道具/举报 row, each floor's label
/// ("沙发", "板凳", "地板"), its "name · 发表于 date" header (set 11's forum floor's header), its text (noise although the first
/// quotes "800名" and the second "每年") and its 回复/支持/反对 row, the reply box's three lines, the Archiver row, the GMT/
/// Processed line, the Powered by line and the ICP line — while the plan's title, introduction, body, the bureau's signature
/// and date, the "附件" label, the table's title, header row and rows are kept. On the school's website (砺山县城关第二小学　新
/// 苗校园网) the site's name, the 校园首页/校长信箱/家校通/招生咨询 row, the menu, the "📣 温馨提示：…2月22日…" line (its date no
/// task), 您的位置, the 文章作者/审核/发布时间/阅读 line, the "🖼 [图集] …（共12张） ›" line between ② of （三） and （四） (its "12
/// 张" no notIndicator), the 点赞/收藏/打印/关闭 row, the 相关附件 line, 上一篇/下一篇, "相关文章" and its two "·" titles, the
/// Copyright line, the 地址/邮编/电话 line, the ICP/技术支持 line and the visitor counter are noise; the title, the 德育处's
/// signature "砺山县城关第二小学德育处" and date are kept. In the mail (砚州教育邮) every mail line is noise — the folder row, the
/// action row, the subject "关于征求《…（征求意见稿）》意见的函" (although it names the plan), the 发件人, 收件人, 时　间 and 附　件
/// headers, the greeting "各单位：", the covering note (whose "3月5日前" is no task of the plan), the 联系人/电话 line, the
/// "—————— 以下为征求意见稿正文 ——————" separator, the "📎 附件（1）：…" row, the 快捷回复 line, 上一封/下一封 and the mail's
/// footer — while the plan's title, the "（征求意见稿）" line, introduction, body, the bureau's signature "砾湖县教育局" and the
/// date "2027年2月" are kept. In the WeChat article (砥湾教育) the headline "@砥湾家长：…" is not the plan's title and is noise
/// (set 20), the plan's own title under the account's lead-in being kept; the "原创　砥湾区教育局　砥湾教育　date　砚州" line,
/// the ⭐ 星标 line, the lead-in "新学期，“双减”工作怎么干？…👇" (the account's words, not the plan's introduction, which follows
/// the title), the "▲ 图为…（资料图）" caption between （一） and （二） of 二、, the "📝 家长问卷｜…" card between （二） and （三）,
/// the "—— 来源：…　编辑：…　审核：… ——" line, the hashtag line, the 阅读/❤/分享/在看 line, "💬 精选留言", every line of the two
/// comments and of the author's reply (the name lines "郗妈妈" and "宓老师" — noise although short like the short titles —,
/// the texts — noise although the second quotes "2课时" —, the "砚州 · date　👍 N" lines, "作者回复：…") and the "名片｜…"
/// line are noise; the bureau's signature "砥湾区教育局" and date are kept. In the scanner's OCR text (扫扫通) the app's title,
/// the 文件/识别时间/识别语言 line, the "⚠ 以下文字由机器识别生成…" line, each page mark "——第N页——" (three: above the 版头,
/// between 3.1.2 and 3.2, between 3.4.2 and 4), the "✔ 识别完成　共3页　2,846字" line, the 复制全文/导出Word/分享/校对模式 row
/// and the "🔓 开通会员…" line are noise; the 版头 "硖原县人民政府教育督导室文件", the 文号, the notice's title, addressees,
/// body, signature, date and "（此件主动公开）", the plan's title, introduction and body, the "抄送：…" line and the "…督导室　　
/// date印发" line are the document's and kept, and the 版记 lines are no task; the plan has no signature of its own.
/// Decided for set 27 (this set): counts of 思政课集体备课 ("每所学校每学期开展…不少于4次", the 不少于 changing nothing,
/// set 22), 应急疏散演练 and 消防疏散演练 ("不少于2次"; "每月组织…1次"), 重点工作调度会, 教学视导 (轮), 校园安全隐患排查
/// (轮), 重点工作专项督查, 集体备课 (set 23), 教学常规检查, 主题教研活动 ("每两周开展…1次"), 卫生消毒专项检查,
/// 膳食营养分析, 幼儿身高体重测量 ("每学期为幼儿测量身高、体重2次", set 23), 园本教研活动, 家长学校讲座 (期), 设施设备安全
/// 检查, 课堂教学改革现场会 ("每年开展1次", set 20), 领导小组会议 and 规划实施情况监测 held are notIndicators like the
/// counts above, a count held listed once however often it appears (set 21), and so are the 文号 (3号, 6号), the 常务会议
/// named by its number ("第28次" → "28次", set 15), the stock counts of the introductions (各级各类学校, 在校学生, 教职工;
/// 中小学幼儿园, 在校学生, 专任教师; 教学班, 学生, 专任教师; 教学班, 在园幼儿, 教职工; 各级各类学校, 在校学生, 教职工 in
/// the 发展基础), the age range in a book's title ("3-6岁", set 18), a point change beside its value ("较上年提高2.1个百分
/// 点", set 17), a count change beside its value ("较上年增加28名", set 19), a rank ("获团体总分第3名" → "3名", set 16) and
/// a count of works done inside a phrase of a summary ("完成12所乡村学校厕所改造" → "12所", set 19).
/// Readings: in the city's 要点 "全市A…，B…；C…，D…。" gives 全市 to all four past the "；" (set 13) and 城区 at the head
/// of the next sentence is that sentence's only, giving "小学平均班额" and "初中平均班额" le (sets 15 and 18);
/// "全年新增中小学幼儿园学位1.2万个" drops 全年 and "其中城区新增学位不少于7000个" is "新增学位" with 城区 for that part
/// only (set 15); "由2026年的57%提高到60%" gives "from 57@2026"; 全市 named in the second clause of item 5 ("…准备，全市义
/// 务教育优质均衡发展达标学校比例达到75%，10月底前完成市级预评估") is the scope of that clause's value to the 。 (set 17),
/// the deadline clause after it being keyed without it (set 23), and so is the 全市 of the second clause of 三、（二）
/// ("全市中小学千兆网络接入率"); "全市新增中职紧缺专业点10个，…" at the head of item 10's body gives 全市 to both values
/// (sets 20 and 25); "中小学幼儿园专职保安配备率、“一键报警”装置联网率均保持100%" gives one indicator a name (set 22);
/// "“双师型”教师比例" borrows nothing from the clause before it (set 17); "不低于每生每年900元" is "ge 900元" with the name
/// before it (set 16); "全年招聘中小学幼儿园教师1100名左右" is approx with 全年 dropped and "其中乡村学校教师不少于450名"
/// is named by its own noun (set 20); a standalone "较上年下降0.5个百分点" is an indicator in 个百分点 (set 16). In the
/// county's 总结和计划 "烨山县城东小学建成投用", with no deadline, is a fact of 2026 and no task (set 26); "县级以上骨干教
/// 师达到365名" is an indicator of 2026 (set 26) and "交流轮岗教师214名" after the "；" borrows nothing; "全年发放各类学生
/// 资助资金3260万元" drops 全年; in the 主要目标 "全县A…，B…；C…，D…。" gives 全县 to all four (set 13), "城区小学、初中大
/// 班额比例分别控制在3%、5%以内" gives two le with 城区 (set 18) and "由2026年的58.2%提高到60%左右" is approx with "from
/// 58.2@2026" (set 23); "小学、初中校际综合差异系数分别控制在0.45、0.38以内" gives two le with bare values (set 22's
/// 差异系数); "其中烨口镇新增学位不少于180个" is "新增学位" with the town 烨口镇 as the scope of that part only, a place
/// named in a 其中 part being its part's scope as 城区 is there (set 15) and as the places of a 其中 part's 分别 list are
/// (set 19); "县职业中专毕业生就业升学率" keeps its subject. In the middle school's plan "七年级、八年级、九年级学业质量检
/// 测合格率分别…" gives each grade its whole name (set 15), "合格率" after "中考优秀率…，" borrows nothing (set 17),
/// "由上学年的52%提高到56%" gives "from 52" (set 15), "每名学生掌握1至2项运动技能" is read round the value as "ge 1-2项"
/// (set 19), 每名/每学期/每天/每周 are kept and "不超过90分钟" is le (set 18). In the kindergarten's plan "幼儿每天户外活动
/// 时间不少于2小时，其中体育活动时间不少于1小时" gives "幼儿每天户外活动时间" and "体育活动时间" (sets 16 and 20),
/// "控制在3%以内" is le and "每班创设区域活动不少于6个" keeps 每班. In the 实施方案 a list of stages before a shared name
/// with 分别 gives each stage its whole name, 每百名 kept ("小学每百名学生拥有高于规定学历教师数", set 16), the next
/// clause's "每百名学生拥有县级以上骨干教师数" borrowing no stage (set 17) and "县级以上" changing nothing (set 16); the
/// stages written again before the second 分别 of goal line 2 give each stage its name there too; "不高于", which no
/// earlier set had, is le like "不超过" (set 18), the unitless 差异系数 keeping its bare value (set 22); "全县义务教育巩固
/// 率…，义务教育社会认可度…" on goal line 4 gives 全县 to both (set 19); "其中城区新增学位不少于2600个" is 城区 for that
/// part only (set 15); "其中体育、艺术教师分别不少于60名、45名" gives "体育教师" and "艺术教师" (set 22) and "其中骨干教师
/// 比例不低于20%" is named by its own noun (set 24); "三年" is dropped and "累计" kept; 每年 is kept ("每年交流轮岗教师",
/// "每年安排义务教育优质均衡专项资金", "每名教师每年参加培训"); "全县义务教育学校“教学评一致性”课堂覆盖率…，每年开展1次…现
/// 场会" gives 全县 to its value, the count held changing nothing (set 20); "到2028年，义务教育学校集团化办学覆盖率达到100%
/// 。" is an indicator of 2028 and no task (set 13). In the “十五五” 规划 the 发展基础's three "由2020年的…提高到2025年的…"
/// are indicators of 2025 with "from N@2020" and no scope (set 23), the 全区 of the sentences before them reaching nothing;
/// the 专栏 table reads as set 18's indicator table: its columns "2025年" and "2030年", with no （基期）/（目标） words,
/// are the base and the target, each row giving one indicator of 2030 named without its unit bracket, the unit taken from
/// the bracket ("%", "个", "年"), "≥" → ge and a bare value eq, the 2025 cell giving "from value@2025" and "—" no baseline,
/// the 属性 column changing nothing, and the table naming no scope; "到2028年，省级示范幼儿园达到12所。" is an indicator of
/// 2028 and no task (set 13), the next sentence "全区幼儿园保教质量评估覆盖率保持100%" being of 2030 with 全区;
/// "“十五五”期间" is dropped, "累计" kept and 约/左右 approx (set 23); "其中城区新增学位不少于1.2万个" and "其中研究生学历
/// 教师不少于300名" read as in sets 15 and 20; "集团内骨干教师每年交流比例" keeps 每年 (set 16); "培育区级以上骨干教师800名
/// ，建设名师工作室40个" gives "建设名师工作室" with its own verb.
/// Years: the city's 要点 and the kindergarten's spring term are of 2027; the county's 总结和计划 is of 2026 for its 总结
/// and of 2027 for its 计划; the 实施方案（2027—2029年） is of 2029 except its "到2028年，" sentence; the 规划（2026—2030年
/// ） is of 2030 except its 发展基础 sentence (2025) and its "到2028年，" sentence (2028). A 学年度 plan, which no earlier
/// set had, is of the calendar year in which its 学年 begins, as an autumn term plan is of its calendar year (sets 17, 24
/// and 25), not of its last year like a multi-year plan: the 2027—2028学年度教学工作计划's indicators are of 2027, its
/// deadlines "9月底前" … "12月底前" of 2027, and its 月工作安排's "九月份：" … "十二月份：" of 2027 and "一月份：" …
/// "七月份：" of 2028 (as set 18's autumn "一月份：").
/// Headings: the 要点's items numbered straight through "1." … "15." under （一）…（七） of 二、 are depth 2 (sets 20 and
/// 25), "（一）坚持立德树人，加强思想政治教育", with a comma, being the whole line (set 17), and 三、's "（N）lead。body"
/// paragraphs are depth 1; the notice above the 要点 is the document's and no heading (set 12). The county's 一、 has
/// titles alone "（一）…" at depth 1 over "1.lead。body" items at depth 2, numbered afresh under each; "一是…；二是…；三是…
/// " under 二、 is no heading; 三、's introduction ending "重点做好以下工作：" is no heading and no noise (set 15);
/// "（一）主要目标" and "（二）重点工作" (titles alone) are depth 1, the latter over "1.title" lines alone at depth 2 over
/// "（N）lead。body" items at depth 3 (set 18), and "（三）保障措施" alone over a paragraph of measures apart by "；" is
/// depth 1, its paragraph no heading (sets 13 and 24). The middle school's goal sentences "1." … "3." with no lead phrase
/// are the whole line less its 。 at depth 1 (set 12); under （一）, （二） and （四） "1.lead。body" items are depth 2,
/// while under （三） "1.聚焦毕业年级" and "2.关注起始年级", with no 。 after their titles, are depth 2 over "（1）lead。
/// body" items at depth 3 (set 16); the month lines are no headings. The kindergarten's "（一）保育目标：…" keeps the part
/// before the colon at depth 1 (set 11). The 实施方案's goal lines "1.资源配置：…" under "（二）工作目标" keep the part
/// before the colon at depth 2, the line "通过三年努力，…。具体目标如下：" being no heading and no noise (set 26); its
/// stages "（一）自查整改阶段（2027年3月—12月）。body" are headings of their lead phrase with its bracket at depth 1 (set
/// 25); the rows of its 分工表 are no headings. The 规划's "（二）基本原则" paragraph "坚持…；坚持…" is no heading, and the
/// "专栏1　…" title is a heading kept as written, one below the part it stands in, and the table's header row and its
/// rows are the document's, no headings and no noise. Corrected after the first score: this block first read the 专栏
/// title as no heading, like set 18's "表1　…", against the convention of sets 1, 3 and 6 ("专栏 titles kept as written",
/// "专栏1 …主要指标" a heading one below its part).
/// Tasks: "（责任科室：A、B）", "（责任股室：A、B）" and "（负责部门：A、B）" lead with the whole list (set 18's Adjusted
/// paragraph); "（负责人：保健医生）", "（负责人：后勤园长）" and "（负责人：各班班长）" name their person or office; an
/// item or a "（N）lead。body" sub-item with an owner bracket and no deadline gives a task under its title, with a deadline
/// the deadline's task only (set 21); a deadline after a comma ("…达到75%，10月底前完成市级预评估", "…达到100%，4月底前组织
/// …") is a task keyed by the rest of its clause (set 20) and a deadline with its subject after it ("8月底前炜阳市第六幼儿
/// 园建成投用", "8月底前烨山县第二实验小学建成投用") is keyed by the rest of the sentence (set 13); "年底前" gives the
/// plan's year alone ("2027"). In the 学年度 plan and in the kindergarten's plan each action of a month line apart by "；"
/// is a task keyed by its first clause with no owner, due that month (sets 16 and 18, set 20's Adjusted paragraph). In the
/// 实施方案 the body items have no owner and no deadline and give no task (set 17); each stage of 三、实施步骤 is a task
/// keyed by the first clause of its body with no owner, due the last month of the range in its bracket, of the year written
/// there ("2027年3月—12月" → 2027-12, "2028年1月—12月" → 2028-12, "2029年1月—10月" → 2029-10), as set 25's stages and set
/// 23's "第一阶段（1月—3月）："; the 分工表 with 牵头单位 and 配合单位 columns gives one task a row, keyed by its 重点任务
/// cell and led by the first unit of its 牵头单位 cell ("县教育局、县委编办" → "县教育局"), the 配合单位 cell changing
/// nothing (set 18), "持续推进" giving no due and "2029年10月" with no 底前 "2029-10" (set 24); the "附件：…分工表" line,
/// the "附件" label, the table's title and its header row are the document's, no heading, no noise and no task. In the 规划
/// "到2028年，全区义务教育学校全部达到优质均衡发展标准" — the first clause of the 发展目标 sentence, committing with no
/// value — is a task with no owner due 2028 (set 23's Adjusted paragraph), while "到2030年，基本建成…" after its "；" is an
/// aim and none; "2027年8月底前" and "2028年8月底前" (with the subject after them, set 13), "2026年12月底前" and
/// "2028年6月底前" (after a comma, set 20) keep their years and "2027年底前" gives "2027", each a task with no owner (sets
/// 15 and 22).
/// Furniture: on the city bureau's website (炜阳市教育局) the site's name line (noise although the same words under the
/// notice are its signature and kept), the English name line, the 简体/繁體/无障碍/关怀版/局长信箱/OA登录 row, the menu,
/// the 站内搜索 line, the ">>" 当前位置 path, the bracketed 发布日期/信息来源/阅读次数/字体 line, the "【图解】一图读懂…
/// >>" link between 7. and （四）, "【打印本页】　【关闭窗口】　【返回顶部】", the 附件下载 line, 上一篇/下一篇, "相关阅读"
/// and its two unmarked titles (noise although the second reads like a document's title), the 网站地图 row, the
/// 主办/地址/邮编 line and the ICP/公网安备/标识码 line are noise; the page heading (the notice's title), the 文号,
/// addressees, body, signature, date, "（此件主动公开）", the "附件" label and the 要点's title are kept; the 要点 has no
/// signature of its own. On the county government's 政府信息公开专栏 (烨山县人民政府) the government's name line, the
/// 专栏's name, the 指南/制度/法定主动公开内容/年报/依申请公开 row, "您当前所在位置：…", the "部门信息公开目录" tree — its
/// "县教育局" line and its four "├"/"└" entries (noise although short like unnumbered titles) —, the 目录编号/公开责任部门
/// line and the 公开形式/公开时限/成文日期 line, the "🔊 点击收听全文" player line under the title, the "🖼 [图片] ….png"
/// placeholder between 2. of （三） and （四） of 一、, the 打印正文/发送给朋友/关闭窗口 row, "附件：无" (the page's
/// attachment field, not a line of the document), "相关链接：" and its two titles, the 版权所有/技术维护 line, the
/// 地址/联系电话 line and the 标识码/ICP/公网安备 line are noise; the title, the bureau's signature and date are kept. On
/// the essay site (灯芯范文网) the site's name with its slogan, the menu, the 热门搜索 line, the ">" path ending in "正文",
/// the 时间/作者/阅读/推荐指数 line, the "【内容提要】…" line, the "（本文来源：灯芯范文网 …，转载请保留出处）" watermark
/// between 2. of （二） and （三） of 三、 (noise although bracketed like a note of the document), the 复制全文/下载Word文
/// 档/打印本文 row, 本文标签, 上一篇/下一篇, "相关推荐" and its two unmarked titles, the footer links, the 侵权 note and
/// the Copyright/ICP line are noise; the page title (the plan's title), the 教务处's signature "煜溪县实验中学教务处" and
/// date are kept. In the WeChat article (灿灿成长营) the article's title is the plan's title and kept; the "原创　保教处　
/// 灿灿成长营　date　熠州" line, the "🌱 关注…" line, the lead-in "【开学季】新学期，新计划！…" (the account's words, not
/// the plan's introduction, which follows it), the "📺 视频号｜…" card between 3. of （二） and （三） of 三、, the ✎
/// 供稿/排版/终审 line, the hashtag line, the 阅读/👍/在看 line, "✉ 留言 2", every line of the two comments and of the
/// account's reply (the "name　熠州" lines, the texts — noise although the first quotes "2小时" —, the "date　❤ N" lines,
/// the "灿灿成长营　作者" line and its reply) and the QR line are noise; the kindergarten's signature "灿原县实验幼儿园"
/// and date are kept. In the WPS print the footer "义务教育优质均衡实施方案（印发稿）.wps　…打印时间：…　第 N 页，共 5 页"
/// at the foot of each page is noise each of the five times it appears (under "（此件公开发布）", between 2. and 3. of
/// 二、, between 9. and 三、, between the "附件：…" line and the "附件" label, and under the 印发 line); the 版头
/// "焜江县人民政府办公室文件", the 文号, the notice's title, addressees, body, signature, date and "（此件公开发布）", the
/// plan's title, introduction and body, the "附件：…" line, the "附件" label, the 分工表 (title, header row and rows), the
/// "抄送：…" line and the "…办公室　date印发" line are the document's and kept, and the 版记 lines are no task; the 方案
/// has no signature of its own. On the 文库 viewer (卷轴文库) the site's name with its slogan, the menu, the search line,
/// the ">" category path, the file name "…（2026-2030年）完整版.pdf" (not the document's title, which heads page 1 and is
/// kept), the PDF/页/MB/浏览/下载/上传 line, the 上传者 line with its badge, the viewer toolbar (its "1 / 5" no number),
/// each page mark "[ N / 5 ]" (five: the first directly above the document's title, the others above 专栏1, between 5. and
/// （三） of 三、, between 10. and （五）, and between 12. and 四、), "—— 已显示全部 5 页 ——", the 下载/收藏/有用/举报 row,
/// "相关文档" and its three files, the 声明 and the ©/ICP line are noise; the district bureau's signature "炜阳市煦湖区教育
/// 局" and the date "2026年12月" are kept.
/// Decided for set 28 (this set): counts of 党建工作联席会议 (次), 学生心理健康测评 ("每学期开展…1次", set 13), 师德师风专项督查 (轮), 校园安全隐患排查
/// ("每季度开展…1次"; the 总结's 轮), 应急疏散演练 (the 总结's "组织…32次"; "每月开展…1次"), 教学视导 (轮), 主题班会 ("每班每周开展…1次", set 21), 家长会
/// ("每学期召开…1次"), 读书分享会 ("每班每月开展…1次"), 集体备课 (set 23), 卫生保健工作检查, 膳食营养分析, 园本教研活动 ("每两周开展1次…"), 幼小衔接联合教研 ("不少于4次", the 不少于
/// changing nothing, set 26) and 联合教研 ("每个结对园校每学期开展…不少于2次"), 家长学校讲座 (期), 亲子活动 ("每学期组织…2次"), 办园行为督导评估 ("每年…1次"), 领导小组会议
/// and 规划实施情况监测 held are notIndicators like the counts above, a count held listed once however often it appears (set
/// 21), and so are a 运动会 named by its ordinal ("第16届" → "16届", set 17), the stock counts of the introductions (各级各类学校,
/// 在校学生; 中小学幼儿园, 在校学生, 教职工; 教学班, 学生, 教职工; 教学班, 在园幼儿, 教职工; 各级各类学校, 在校学生, 教职工 in the 发展基础), the age range in a book's
/// title ("3-6岁", set 18), a count of works done inside a phrase of a summary ("完成9所乡村学校食堂改造" → "9所", set 19), a point
/// change and a count change beside their values ("较上年提高1.8个百分点", "较上年增加31名", sets 17 and 19), a rank ("综合排名第2位" →
/// "2位", set 19) and a count of kindergartens inside a phrase ("每年对全县46所幼儿园开展…" → "46所", set 19).
/// Readings: in the city's 要点 a 全市 heading an item's body is the scope to the 。 past the "；" (sets 13 and 20), the
/// standalone point fall "较上年下降0.6个百分点" inside that sentence taking 全市 like the clauses around it (an indicator in
/// 个百分点, set 16); 全市 heading the second sentence of item 4 is that sentence's scope only, the first sentence's counts
/// having none (set 15); 全市 in the second clause of item 13 is the scope of that clause's value to the 。, the deadline
/// clause after it being keyed without it (set 27); "其中城区新增学位不少于9000个" is "新增学位" with 城区 for that part only (set 15);
/// "由2027年的78%提高到85%" gives "from 78@2027"; "稳定在70%以上" is ge (set 13); "新增市级骨干教师220名、市级学科带头人60名" gives "新增市级骨干教师" and
/// "市级学科带头人" (set 18's Adjusted paragraph); "A、B均达到100%" reads like "均保持" (set 22), each whole name taking the value;
/// "全年" is dropped ("招聘中小学幼儿园教师", approx with its 左右; "教育经费投入"), "其中乡村学校教师不少于500名" is named by its own noun (set 20)
/// and "不低于每生每年950元" is "ge 950元" with the name before it (set 16). In the county's 总结和计划 the 总结's figures are of 2027
/// — "全年" dropped, "县级以上骨干教师达到402名" an indicator (set 26), "其中乡村学校教师78名" named by its own noun (set 20), "钰山县城南学校建成投用",
/// with no deadline, a fact and no task (set 26), and the sentence "在全市中小学生艺术展演中，我县综合排名第2位" giving only the
/// notIndicator "2位", its 全市 reaching nothing — and the 计划's of 2028: "全县A…，B…；C…，D…。" gives 全县 to all four (set 13),
/// 城区 at the head of the next sentence gives two le with 城区 (sets 15 and 18), "力争达到64%" is eq (set 25);
/// "其中钰口镇新增学位不少于300个" is "新增学位" with the town as the scope of that part only (set 27); 全县 in the second clause of （二）
/// is the scope of that clause's value to the 。 (set 17), the 视导 rounds after it changing nothing;
/// "由2027年的55.3%提高到58%以上" is ge with "from 55.3@2027" (set 23); "每名学生掌握1至2项艺术特长" and "每所中小学至少组建3个学生社团" are read round
/// the value (sets 18 and 19); "“一键报警”装置联网率、视频监控覆盖率均保持100%" gives one indicator a name (set 22) and the standalone
/// "较上年下降1个百分点" is an indicator in 个百分点 (set 16); the 保障措施 paragraph's "全年教育经费投入不低于8.2亿元" and "不低于每生每年880元" read as in
/// the city's 要点. In the school's plan "由上学期的38%提高到42%" gives "from 38" (set 16); "三至六年级" stays in its name (set 19),
/// also at the head of the 作业 clause, while "一、二年级不布置书面家庭作业", with no value, is no indicator and no heading;
/// "每名学生学会2项以上体育技能" is read round the value as "每名学生学会体育技能 ge 2项" (set 19's value inside the verb phrase);
/// "每学期评选校级“阅读之星”100名" is an indicator keeping 每学期, as set 26's "每班每学期评选“文明礼仪之星”不少于3名"; "行政人员每学期听课" keeps the 每学期 of
/// its own clause and borrows nothing from the clause before it (set 19). In the kindergarten's plan
/// "幼儿体检率、预防接种查验率均保持100%" and "幼儿园视频监控覆盖率、专职保安配备率均保持100%" give one indicator a name (set 22); "控制在5%以下" is le (set 18);
/// "小班、中班、大班幼儿发展评估达标率分别…" gives each class its whole name (set 16); "由上学年的86%提高到90%" gives "from 86" (set 15); "大专以上学历"
/// inside a name changes nothing (set 16); 每班, 每名 and 每学期 are kept. In the 实施方案 "到2030年，全县…；…。" gives 全县 to its four
/// values past the "；" (set 13), the next sentence "到2029年，全县…达到100%。" being of 2029 with 全县, an indicator and no task
/// (sets 13 and 19); "三年" is dropped and "累计" kept (set 15); "不低于每生每年1000元" is "ge 1000元" (set 16); 全县 at the head of
/// item 3's body is the scope of both its values to the 。 (set 20), "每年认定…3至5所" being ge "3-5所" keeping 每年 (set 21);
/// "每个结对园校每学期开展联合教研不少于2次" is a count held; "由2027年的82%提高到92%以上" is ge with "from 82@2027" (set 23); "专科以上学历" inside a
/// name changes nothing; "幼儿园“两教一保”配备率达到100%" is an indicator, its 两 no digit (set 24's "“两教一保”标准", with no value,
/// being none). In the “十五五” 规划 the 发展基础's two "由2020年的…提高到2025年的…" are indicators of 2025 with "from N@2020" and no
/// scope (set 23); "到2028年，省级优质幼儿园达到6所。" is an indicator of 2028 and no task (set 13), the next sentence
/// "全县幼儿园保教质量评估达标率保持在95%以上" being of 2030 with 全县; "其中城区新增学位不少于4000个" is 城区 for that part only (set 15); "县域" stays in
/// its name and is no scope (set 26); "“十五五”期间" is dropped, "累计" kept and 约/左右 approx (set 23); "其中音体美教师不少于150名" is
/// named by its own noun (set 20); "每名教师五年一周期培训" keeps its words (set 26); "每年开展社会培训不少于5000人次。", carried over the page
/// break to the top of page 4, stays in item 7 (sets 14 and 15), a body line, no heading and no noise, and keeps 每年.
/// Years: the city's 要点, the county's 计划 and the school's spring term are of 2028, the county's 总结 of 2027; the
/// kindergarten's 2028—2029学年度 plan is of 2028, the calendar year in which its 学年 begins (set 27); the 实施方案（2028—2030年）
/// is of 2030 except its "到2029年，" sentence (2029, to its 。, set 19); the 规划（2026—2030年） is of 2030 except its 发展基础
/// sentence (2025) and its "到2028年，" sentence (2028).
/// Tables: the 规划's "表1" has its unit in a column of its own ("指标 | 单位 | 2025年 | 2030年 | 属性"), which no earlier set
/// had: each row gives one indicator of 2030 named by its 指标 cell, its unit taken from the 单位 cell ("%", "人", "个") as
/// sets 18 and 27 took it from the name's bracket, "≥" → ge and a bare value eq, the 2025 cell giving "from value@2025"
/// and "—" no baseline, the 属性 column changing nothing, and the table naming no scope (set 18); the "表1　…" title, its
/// header row and its rows are the document's, no headings and no noise (set 18: a 表 title, unlike a 专栏 title, is no
/// heading), and so is the "主要指标见表1。" sentence. The 实施方案's 重点任务清单 (序号 | 重点任务 | 责任单位 | 完成时限) gives one task a row as set
/// 17's 分解表: keyed by the 重点任务 cell, led by the first unit of the 责任单位 cell also where the first is not the education
/// bureau ("县住房城乡建设局、县教育局" → "县住房城乡建设局", "县财政局、县教育局" → "县财政局"), "2028年8月底前" → "2028-08", "2030年10月底前" → "2030-10",
/// "持续推进" and "每年" giving no due (sets 17 and 26); its body items, with no owner and no deadline, give no task; the
/// "附件" label, the 清单's title and its header row, standing after the bureau's signature and date, are the document's,
/// no heading, no noise and no task, and the rows (a bare number and a tab) are no headings.
/// Headings: the city's 要点, whose items are bold lead phrases "N.lead。" running into their paragraphs (the bold lost in
/// the copy), numbered straight through 1.…16. under 一、…五、, gives those parts at depth 0 (titles with a comma being the
/// whole line, set 17) and each item its label and lead phrase at depth 1 (set 14's items numbered straight through);
/// the reposted 要点 has no signature of its own. The county's "第一部分　2027年工作总结" and "第二部分　2028年工作计划" are headings at
/// depth 0 with the space removed (set 17); its 一、… numbering, which set 26 ran straight through the parts, starts
/// afresh under 第二部分 here, and each 一、 is depth 1 under its part all the same, as in the scorer's own "two parts
/// numbered afresh"; the "（N）lead。body" paragraphs under 一、主要工作成效 and 三、重点任务 are depth 2; "一是…；二是…；三是…" under 二、存在的问题
/// is no heading, and neither are the 季度 lines nor the paragraph of 五、保障措施. The school's goal lines "1.德育目标：…" keep the
/// part before the colon at depth 1 (set 24); its （一）…（五） (titles alone) are depth 1 over "N.lead。body" items at depth
/// 2; the colon line "围绕“书香镕城”建设，重点开展三项活动：" under （二） is no heading and no noise, and the three short titles under it
/// ("晨诵午读", "班级读书会", "阅读之星评选") are headings at depth 2 (sets 15 and 22). The kindergarten's goal lines "（一）保育目标：…" keep
/// the part before the colon (set 11) at depth 1; "四、工作安排" is depth 0 over "（一）第一学期" and "（二）第二学期", titles alone at
/// depth 1 over month lines, which are no headings. The 实施方案's items numbered straight through under （一）…（四） are depth
/// 2 (set 25) and 三、's "（N）lead。body" paragraphs depth 1. The 规划's items 1.…11. under （一）…（五） are depth 2 and 四、's
/// paragraphs depth 1; the "（送审稿）" line under the title is the document's, no heading and no noise (set 26's
/// "（征求意见稿）").
/// Schedules: the county's "第一季度：" … "第四季度：" lines are no headings and tasks keyed by their first clause with no owner,
/// due the quarter's last month of 2028 (set 17), each action apart by "；" a task of its own (set 20's Adjusted
/// paragraph). The school's "2月：" … "7月：" are months of 2028 (set 22's "3月："), one task an action. In the
/// kindergarten's 学年度 plan the months under "（一）第一学期" are "9月：" … "12月：" of 2028 and "1月：" of January 2029, those under
/// "（二）第二学期" "2月：" … "7月：" of 2029 (set 27's 学年度), one task an action; "次年5月底前" in item 2. of （二）, which no earlier set
/// had, is May of the 学年's second calendar year ("2029-05"), 次年 counting from the plan's year.
/// Tasks: "（责任科室：A、B）", "（责任股室：A、B）", "（责任部门：A、B）" and "（负责人：A、B）" lead with the whole list (set 18's Adjusted
/// paragraph, set 25); "（责任科室：…）", "（责任部门：…）", "（负责人：…）" and "（责任人：分管安全副校长）" name their office or person;
/// "（牵头股室：A；配合股室：B）" names A (set 26); "由职业教育与成人教育科牵头，10月底前…" leads that deadline's task (set 18); "年内完成…" gives the
/// plan's year alone ("2028", set 16), as "年底前" does; an item, a "（N）lead。body" paragraph or a short title's paragraph
/// with an owner bracket and no deadline gives a task under its title or lead phrase, with a deadline the deadline's
/// task only (set 21), and a short title's paragraph with a deadline and no bracket a task with no lead
/// ("6月底前完成“阅读之星”评选表彰", sets 15 and 22); a deadline after a comma ("…不低于65%，5月底前修订《…》", "…达到80%，6月底前上线…",
/// "…建成投用，年底前完成…", "…不少于4次，次年5月底前组织…") is a task keyed by the rest of its clause (set 20); two deadlines before one
/// owner bracket are two tasks of that owner (set 11); a deadline with its subject after it ("8月底前铎阳市第九中学新校区建成投用",
/// "8月底前钰山县第三幼儿园建成投用", "2027年8月底前镕溪县第四幼儿园建成投用", "2028年8月底前镕溪县城西初级中学建成投用") is keyed by the rest of the sentence (set
/// 13); in the 规划 "2026年12月底前", "2027年8月底前", "2028年6月底前" and "2028年8月底前" keep their years and "2027年底前" gives "2027",
/// and "到2028年，全县义务教育学校全部通过优质均衡发展省级督导评估" — committing with no value — is a task with no owner due 2028 (set 23's
/// Adjusted paragraph), while "到2030年，基本建成…" after its "；" is an aim and none; the 实施方案's tasks are its 清单's rows.
/// Furniture: on the provincial education department's site (钤州省教育厅) the department's name, its English name, the
/// 网站支持IPv6/长者模式/无障碍阅读/English/厅长信箱 row, the menu, the 全站搜索 line with its 热词, the "›" 当前位置 path, the
/// 文章来源/发布时间/点击量/字号/朗读 line, the "【编者按】…" line (the site's words, not the 要点's introduction, which follows it), the "📷
/// …效果图（…供图）" caption between 5. and 6., the "▶ 专题：…" link between 13. and 14., the "（铎阳市教育局供稿）" credit under 16.
/// (noise although it names the bureau, the reposted 要点 having no signature), the 【责任编辑…审核…】 line, the 打印/关闭/返回顶部 row,
/// the 分享到 line, 上一篇/下一篇, "相关新闻" and its two unmarked titles, the 主办/承办 line, the 地址/邮编/电话 line and the 标识码/ICP/公网安备
/// line are noise; the page title (the 要点's title) is kept. On the county 融媒体 app's share page (云上钰山) the app's row
/// with 打开APP, the headline "2028年钰山教育这样干！…" (not the plan's title, which follows the lead and is kept, set 20), the
/// 钰山融媒/date/浏览 line, the "🔈 收听本文" line, the reporter's lead "钰山融媒讯（…）近日，…全文如下：" (the reporter's words, set 24), the "▲
/// …（资料图）" caption between （二） and （三） of 一、, the "📲 下载…客户端…" prompt between 二、's paragraph and 第二部分, the 责任编辑/审核 line,
/// the 原创 note, the 👍/收藏/分享 line, "热门评论（2）" and every line of the two comments (the name lines — noise although short
/// like unnumbered titles —, the texts — noise although the second quotes "80学时" —, the "date　👍 N" lines), "查看全部评论 ›",
/// "推荐阅读" and its two titles, the 打开APP line and the © line are noise; the plan's title, introduction, body, the
/// bureau's signature and date are kept. On the school's 校园网 (镕溪县城关第三小学) the school's name line (noise although the
/// same words under the plan are its signature and kept, set 13), the 校训 line, the menu, the "🔔 最新通知：…（02-10）" line
/// (its date no task), the "/" path, the 发布部门/发布人/发布时间/阅读量 line, the "📅 附：…校历…" line between （三） and （四）, the "📎
/// 相关附件：…（下载次数：88）" line, the 打印/关闭 row, 上一条/下一条, the 版权所有/地址/邮编 line and the 电话/ICP/技术支持 line are noise; the page
/// title (the plan's title), the school's signature and date are kept. On the document page (简册网) the site's name with
/// its slogan, the menu, the search line, the ">" path, the file name "铄江县机关幼儿园2028-2029学年度工作计划.doc" (not the
/// document's title, which heads page 1 and is kept), the 页数/格式/大小/上传时间/浏览/下载 line, the 上传用户 line (its "136篇" no
/// notIndicator), the 「文档简介」 line, each page mark "┄┄┄┄┄┄ 第 N 页 ┄┄┄┄┄┄" (four: the first directly above the document's
/// title, the others between 1. and 2. of （二） of 三、, above 四、, and between the 第一学期's "1月：" line and （二）第二学期), the
/// 下载/积分 line, the 收藏/分享/举报 row, "喜欢此文档的还喜欢" and its three files, the 存储服务 note and the Copyright/ICP line are noise;
/// the kindergarten's signature "铄江县机关幼儿园" and date are kept. In the web mail (钤州教育政务邮) every mail line is noise — the
/// name row with the account, the folder row, the action row, the subject (although it names the plan), the 发件人, 收件人
/// and 时　间 headers, the 🛡 blocked-images line, the greeting "各园：", the covering note (whose "3月20日前" is no task of the
/// plan), the 联系人/电话 line, the "—————— 以下为方案正文 ——————" separator, the "🖼 [图片] …（已阻止）" placeholder between 一、 and 二、,
/// the closing "————————————————" line, the "📎 附件（1）：…" row, the 快捷回复 line, 上一封/下一封 and the footer — while the plan's
/// title, introduction, body, the bureau's signature "锟原县教育局" and date, the "附件" label, the 清单's title, its header row
/// and its rows are kept. In the Word paste the 页眉 "镕溪县“十五五”教育发展规划（2026—2030年）　　　　送审稿" at the top of pages 2–4 is noise
/// each of the three times it appears (although it begins with the plan's title, which heads page 1 and is kept), and
/// so is each 页脚 "Page N of 4" (four: under （一）指导思想's paragraph, between 2. and （二） of 三、, between item 7's first line
/// and its carried-over sentence, and under the date) and the pasted Word comment "【批注 周敏（规划股）：…】" under the table (its
/// "2025年" no number of the plan); the title, the "（送审稿）" line, the introduction, body, the table, the bureau's
/// signature "镕溪县教育局" and the date "2026年11月" are kept.
/// Decided for set 29 (this set): counts of 学生心理健康测评 ("每学期开展…1次", set 13), 校园安全隐患排查 ("每季度开展…1次"; the 总结's
/// 轮), 应急疏散演练 (the 总结's "组织…28次"; "每月开展…1次"), 教学视导 and 学科视导 (轮), 卫生消毒专项检查, 膳食委员会会议, 园本教研活动 ("每两周
/// 开展…1次"), 师德师风自查, 家长学校讲座 (期), 幼小衔接联合教研 ("不少于2次", the 不少于 changing nothing, set 26), 联合教研 ("每个责任区每学期开展…
/// 不少于2次", set 28), 送教下乡活动 ("不少于30场次", set 14), a 大赛 held (届, as set 15's 艺术展演), 工作调度会 and 规划实施情况监测 held are
/// notIndicators like the counts above, a count held listed once however often it appears (set 21), and so are the 文号
/// (4号), the stock counts of the introductions (各级各类学校, 在校学生; 中小学幼儿园, 在校学生, 教职工; 教学班, 在园幼儿, 教职工; 各级各类学校, 在校学生,
/// 教职工 in the 发展基础), the age range in a book's title ("3-6岁", set 18), a point change beside its value ("较上年提高1.6个百分
/// 点", set 17) and the threshold inside a name that carries a target ("35周岁以下青年教师参加教学基本功展评比例达到100%": the
/// indicator keeps the threshold in its name and "35周岁" is listed as a notIndicator, set 17).
/// Readings: in the city's 要点 全市 in the second clause of （二） is the scope of that clause's value to the 。 (set 17); 全市
/// after the "；" of （三） is the scope of its clause to the 。 (set 16), the next sentence "公办园在园幼儿占比由2028年的58%提高到62%。"
/// having none and giving "from 58@2028"; "其中城区新增学位不少于8000个" is 城区 for that part only (set 15); "力争达到72%" is eq (set 25),
/// "稳定在95%以上" ge (set 13), "控制在90分钟以内" le; the standalone "较上年下降0.5个百分点" is an indicator in 个百分点 (set 16);
/// "全年招聘…1100名左右" is approx with 全年 dropped; "中小学幼儿园专职保安配备率、“一键报警”装置联网率均保持100%" gives one indicator a
/// name, the second borrowing nothing (sets 22 and 28); "全年教育经费投入不低于86亿元" drops 全年. In the county's 总结和计划 the 总结's
/// figures are of 2028 — "全年投入教育项目资金" drops 全年, "秾山县城北小学建成投用", with no deadline, is a fact and no task (set 26),
/// "其中乡村学校教师45名" is named by its own noun (set 20) and "县级以上骨干教师达到386名" is an indicator (set 26) borrowing nothing
/// across the "；" — and the 计划's of 2029: "全县A…，B…；C…。" gives 全县 to all three (set 13), 城区 at the head of the next
/// sentence gives two le with 城区 (sets 15 and 18); "其中秾口镇新增学位不少于360个" is "新增学位" with the town as the scope of that
/// part only (set 27); 全县 at the head of item 2's body is the scope of its value (set 20), the 视导 rounds after it changing
/// nothing; "全年招聘教师130名左右" is approx and "其中紧缺学科教师不少于35名" named by its own noun; "由2028年的56.4%提高到59%以上" is ge
/// with "from 56.4@2028" (set 23); "每名学生掌握1至2项体育运动技能" is read round the value as "ge 1-2项" (set 19); "A、B均保持100%"
/// gives one indicator a name; the 保障措施 paragraph's "全年教育经费投入不低于7.6亿元" drops 全年 and "不低于每生每年860元" is "ge 860元"
/// with the name before it (set 16), that paragraph being no heading. In the 行动计划 "到2031年，全县A…，B…，C…，…显著扩大。" gives 全县
/// to its three values (its year the plan's year), an indicator sentence and no task (set 13); "三年" is dropped and "累计" kept
/// (set 15: "累计招聘教师", "累计投入基础教育经费"); "其中城区新增学位不少于4200个" is 城区 for that part only; "到2030年，义务教育集团化办学覆盖率
/// 达到90%。" is an indicator of 2030 to its 。 and no task (sets 13 and 19), the next sentence "每年遴选县级新优质学校3至5所" being of
/// 2031, ge "3-5所" keeping 每年 (set 21); "其中音体美教师不少于90名" is named by its own noun (set 20) and "每名教师每年参加培训" keeps its
/// words; "由2028年的63%提高到70%" gives "from 63@2028"; "保持100%" is eq. In the kindergarten's plan "幼儿体检率、预防接种查验率均达到
/// 100%" gives one indicator a name (set 28), the second borrowing no "幼儿"; "控制在5%以内" is le (set 27); "小班、中班、大班幼儿发展评估达标
/// 率分别…" gives each class its whole name (set 16); "由上学年的88%提高到92%" gives "from 88" (set 15); "大专以上学历" inside a name
/// changes nothing (set 28); 每班, 每天, 每名…每学期 are kept ("每名教师每学期观摩学习 ge 15节", as set 12's 听课 in 节). In the 教师发展中心's
/// 要点 全市 in the second clause of item 1 is the scope of that clause's value (set 17) and 全市 at the head of item 6's body the
/// scope to its 。; "市、县、校三级教研网络覆盖率" keeps its words, its 三 no digit; "新评选市级骨干教师180名、市级学科带头人40名" gives "新评选
/// 市级骨干教师" and "市级学科带头人" (set 18's Adjusted paragraph) and "名师工作室达到36个" is named "名师工作室"; "每年选派骨干教师120名赴乡村
/// 学校支教" is named round the value keeping 每年 (set 17's "每年选派骨干教师赴省内优质高中跟岗研修"); "由2028年的81%提高到88%" gives "from
/// 81@2028"; "150项左右" is approx; "每名教研员每学期深入学校指导不少于40天" is an indicator keeping its words (set 17); "全年安排教师培训经费"
/// drops 全年. In the “十五五” 规划 the 发展基础's two "由2020年的…提高到2025年的…" are indicators of 2025 with "from N@2020" and no scope
/// (set 23), the stock counts before them notIndicators; goal line 1's "全县…，…。" gives 全县 to both values (set 16's scope at the
/// head of a goal line's body); 城区 in the second clause of goal line 2 gives two le with 城区 (set 16); "力争达到68%" is eq; "县级
/// 以上" changes nothing; "到2028年，省级示范幼儿园达到5所。" is an indicator of 2028 and no task (set 13); "“十五五”期间" is dropped,
/// "累计" kept and 约/左右 approx (set 23); "其中城区新增学位不少于3600个" is 城区 for that part only and "其中音体美教师不少于140名" is named
/// by its own noun; "集团内骨干教师每年交流比例" keeps 每年 (set 16); "每名教师五年一周期培训" keeps its words (set 28).
/// Years: the city's 要点, the county's 计划, the 教师发展中心's 要点 and the kindergarten's autumn term are of 2029 (an autumn term
/// of its calendar year, sets 17, 24 and 25), the county's 总结 of 2028; the 行动计划（2029—2031年） is of 2031 except its "到2030年，"
/// sentence (2030, to its 。); the 规划（2026—2030年） is of 2030 except its 发展基础 sentence (2025) and its "到2028年，" sentence (2028).
/// Headings: the city's 要点 gives 一、…四、 at depth 0 and its "（N）lead。body" paragraphs, numbered straight through （一）…（十）
/// across the parts, each its label and lead phrase at depth 1 (set 27's 三、); the notice above the 要点 is the document's and
/// no heading (set 12), and the reposted 要点 has no signature of its own. The county's "一、2028年工作总结" and "二、2029年工作计划" are
/// depth 0; the 总结's "（N）lead。body" paragraphs are depth 1; the 计划's "（一）主要目标", "（二）重点任务" and "（三）保障措施" (titles alone)
/// are depth 1, （二）'s "1.lead。body" items depth 2, and the paragraphs under （一） and （三） no headings (sets 13 and 24). In the 行动
/// 计划 each 专项行动 title "行动一　学位扩容行动" … "行动五　数字赋能行动", which no earlier set had, is a heading of its label and text with
/// the space removed ("行动一学位扩容行动") one level below the part it stands in (depth 1 under 二、专项行动), as set 26's "第一章　发展基础"
/// and set 17's "第一部分　…" are their label and text; the paragraph under each title is a body, no heading; 三、's "（N）lead。body"
/// paragraphs are depth 1. The kindergarten's goal lines "（一）保育目标：…" keep the part before the colon at depth 1 (set 11); 二、's
/// （一）…（四） (titles alone) are depth 1 over "1.lead。body" items, restarting under each, at depth 2; the month lines under
/// "三、月工作安排" are no headings. The 教师发展中心's 要点, whose items "1." … "12." are bold lead phrases running into their
/// paragraphs (the bold lost in the copy) with no 一、 or （一） above them, which no earlier set had, gives each item its label and
/// lead phrase at depth 0, the top level of the plan, as set 28's items are one below their 一、. The 规划's chapters "第一章　…" are
/// depth 0 and its sections "第一节　…" depth 1 (set 26); 第二节's goal lines "1.学前教育：…" keep the part before the colon at depth 2
/// (set 26), the line "到2028年，…；到2030年，…。主要目标是：" above them being no heading and no noise; 第三章's "（N）lead。body"
/// paragraphs, numbered straight through its three 节, are depth 2, and 第四章's "（一）…（三）", standing directly under the chapter,
/// depth 1 (set 26).
/// Tasks: "（责任科室：…）", "（责任股室：…）", "（责任部门：…）" and "（负责人：…）" name their office or person, and "（责任股室：A、B）", "（责任部门：A、
/// B）" and "（负责人：A、B）" lead with the whole list (set 18's Adjusted paragraph); "（牵头科室：A；配合科室：B）" (set 11) and "（牵头单位：A；配合单位：
/// B、C）" (set 15) name A; "年内实现…全覆盖" gives the plan's year alone ("2029", set 28's "年内完成…"), as "年底前" does; an item or a
/// "（N）lead。body" paragraph with an owner bracket and no deadline gives a task under its title or lead phrase, with a deadline the
/// deadline's task only (set 21); a deadline after a comma ("…不少于80学时，6月底前完成…", "…提高到88%，9月底前上线…", "…不低于2600万元，年底前
/// 完成…", "…不少于15节，11月底前举办…", "…1次，10月底前完成…", "…达到95%以上，2026年12月底前完成…", "…监测，2028年6月底前完成…") is a task keyed
/// by the rest of its clause (set 20); two deadlines before one owner bracket are two tasks of that owner (set 11), also where the
/// second follows the first after a comma ("8月底前…建成投用，年底前完成…", "2029年8月底前…建成投用，2030年8月底前…建成投用") or stands as a
/// sentence of its own ("4月底前完成…。6月底前编制完成《…》。"); a deadline with its subject after it ("8月底前稔阳市第十二中学建成投用",
/// "8月底前秾山县第二实验幼儿园建成投用", "2027年8月底前穑原县第三幼儿园建成投用") is keyed by the rest of the sentence (set 13); in the multi-year
/// plans a deadline with a written year keeps it ("2029年12月底前出台《…》" → "2029-12") and "2030年底前" gives "2030" (sets 15 and 22);
/// in the 规划 "到2028年，全县义务教育学校全部达到优质均衡发展标准" — committing with no value — is a task with no owner due 2028 (set 23's
/// Adjusted paragraph), while "到2030年，基本建成…" after its "；" is an aim and none. In the kindergarten's 月工作安排 each action of a
/// month line apart by "；" is a task keyed by its first clause with no owner (sets 16 and 18, set 20's Adjusted paragraph), "9月：" …
/// "12月：" of 2029 and "1月：" of January 2030 (set 17); the owner bracket broken over two lines by the PDF ("（负责" / "人：业务园长）")
/// is read whole and leads its item's deadline task, and the bracket "（负责人：业务园长、教研组长）" set by the PDF on a line of its own
/// after item 2.'s sentence leads that item's deadline task with the whole list.
/// Furniture: on the city government's 政策文件库 page (稔阳市人民政府) the government's name, the menu, the "政策文件库 · …" slogan, the
/// 🔍 检索 line, "您当前的位置：…", the four lines of the metadata box (索引号/主题分类, 发文机关/文号, 成文日期/发布日期, 有效性/政策解读) even where
/// they repeat the notice's 文号, the 〔字体〕/〔护眼模式〕/〔下载PDF版〕 row, the "⚑ 政策解读：…" link between （五） and 三、, the "相关文件：…" line, the
/// 〔打印本页〕/〔关闭窗口〕/〔返回顶部〕 row, the 网站地图 row, the 主办/承办 line and the 标识码/ICP/公网安备 line are noise; the page heading (the
/// notice's title), the notice's 文号, addressees, body, signature, date and "（此件主动公开）" and the 要点's title are kept. In the
/// WeChat 服务号 article (秾山教育服务) the article's title is the plan's title and kept; the account/date/place line, the "🔊 全文朗读"
/// line, the "📇 …›" service card between the 总结's （四） and "二、2029年工作计划", the 图文/编辑/审核 line, "预览时标签不可点", the 阅读/👍/推荐 line,
/// "留言 2", every line of the comment (the name line "秾口闲云　秾山" — noise although short like an unnumbered title —, the text,
/// the "date　👍 N" line) and of the author's reply, and the 服务号's menu bar "☰ 办事服务　…", which no earlier set had, are noise;
/// the bureau's signature and date are kept. On the 学习强国-like app's share page (学习稷州) the app's name, the 稷州号 row with "＋ 订阅",
/// the 来源/date/作者 line, the "⏱ 阅读满1分钟可获得1积分" line, the "📺 视频｜…" line between 行动一's paragraph and 行动二, the 稷州号
/// statement, the 写观点/点赞/收藏/分享 row, "观点（2）" and its two one-line comments "name：text" and the "打开“学习稷州”…" prompt are noise; the
/// plan's title (under the 稷州号 row), introduction, body and the signature "穰溪县人民政府办公室" and date are kept. In the PDF copy the
/// page numbers "［1］", "［2］", "［3］" (the last under the date) and the running header "稼江县第二幼儿园 · 2029年秋季学期保教工作计划" at the top
/// of pages 2 and 3 are noise, each listed every time it appears, although the header repeats the title (which heads page 1 and is
/// kept); a line that ends where the PDF's line ends, mid-word ("传染" / "病报告及时率"), between a value and its 以内 or 以上 ("5%以" /
/// "内", "95%" / "以上"), before 提高到, or inside a bracket, runs on into the next line: the break is no heading and no noise, and the
/// headings, indicators and tasks are read as if the paragraph were unbroken (set 15); the kindergarten's signature and date are
/// kept. On the 知乎-like Q&A site (知否) every line around the quoted plan is noise — the site's row, the question (although it
/// names the genre), its tag line, the button row, the 浏览/关注 line, "查看全部 19 个回答", the answerer's name (each time, also as
/// the reply's author) and badge, the 赞同 line, the answerer's lead-in "谢邀。…供同行参考：" (the answerer's words, not the 要点's
/// introduction, which follows its title), the "——————" line, the answerer's remarks (whose "一是…；二是…" is no heading), the 编辑于
/// line, the action row, "12 条评论", the 默认/最新 row, every line of the comment and of the reply and "点击查看全部评论" — while the
/// 要点's title, introduction, items and the centre's signature "稔阳市教师发展中心" and date are kept. In the Word paste the cover
/// lines under the title, the bureau's name "穑原县教育局" and the date in Chinese numerals "二〇二六年一月", are the document's, kept,
/// no heading, no noise and no task (the same name and "2026年1月" under the last chapter being the signature and date); the "目　录"
/// label and each of its nine entries ("第一章　发展基础⇥1" … "第四章　保障措施⇥5", the chapter or section, a tab and its page number)
/// are noise, although each repeats a heading word for word (set 15's 本文目录 entries, set 22's "📑 目录" line), the headings
/// being the lines in the body.
/// Decided for set 30 (this set): counts of 党建工作会议 ("召开…1次"), 教学视导 (轮), 应急疏散演练 ("每月开展…1次"; the 总结's 次),
/// 校园安全隐患排查 (the 总结's 轮), 作业管理专项督查 ("每学期开展…1次"), 领导小组会议 ("每半年召开…1次"), 年度监测 ("每年开展…1次"),
/// 集体备课 ("每周开展…1次", set 23), 教学常规检查, 主题教研活动 ("不少于4次", the 不少于 changing nothing, set 22), 九年级质量分析会,
/// 学生心理健康测评 (set 13), 卫生消毒专项检查, 膳食委员会会议, 园本教研活动 ("每两周开展…1次"), 家长学校讲座 (期), 联合教研 ("不少于2次",
/// set 28), 办园行为督导评估 ("每年开展…1次", set 28) and 规划实施情况监测 held are notIndicators like the counts above, a count held
/// listed once however often it appears (set 21), and so are the 文号 (7号), the stock counts of the introductions (中小学幼儿园,
/// 在校学生, 教职工; 教学班, 学生, 专任教师; 教学班, 在园幼儿, 教职工; 各级各类学校, 在校学生, 教职工 in the 发展基础), the age range in a
/// book's title ("3-6岁", set 18), a point change beside its value ("较上年提高2.1个百分点", set 17), a score and a rank in a
/// summary's 考核 sentence ("得分96.5分，位列第2名" → "96.5分" and "2名", sets 15 and 16; the sentence's 全市 reaching nothing) and
/// the threshold inside a name that carries a target ("35周岁以下青年教师参加教学基本功比赛比例达到100%": the indicator keeps the
/// threshold and "35周岁" is listed as a notIndicator, set 17). A telephone number inside the plan ("校园安全举报电话0795-7613110")
/// has no unit and is no indicator, no task and no noise; dates in the notice, the signature and the furniture are no tasks.
/// Readings: in the county's 要点 (霏山) the parts restart their （一） under each 一、; 全县 after the "；" of 二、（一） is the scope
/// of both values of that clause to the 。 (sets 16 and 29); "其中霏口镇新增学位不少于540个" is "新增学位" with the town as the
/// scope of that part only (set 27); 城区 at the head of the next sentence gives two le with 城区 (sets 15 and 18); "由2029年的61.5%
/// 提高到64%" gives "from 61.5@2029"; 全县 at the head of 三、（一）'s body is the scope of its value (set 20), the 视导 rounds after
/// it changing nothing; the standalone "较上年下降0.6个百分点" is an indicator in 个百分点 (set 16); "每名学生掌握1至2项体育运动技能" is
/// "ge 1-2项" read round the value (set 19); "全年招聘教师140名左右" is approx with 全年 dropped and "其中紧缺学科教师不少于40名" is named
/// by its own noun (set 20); "A、B均保持100%" gives one indicator a name (set 22), the second borrowing no "中小学幼儿园"; "全年教育
/// 经费投入不低于7.8亿元" drops 全年 and "不低于每生每年880元" is "ge 880元" with the name before it (set 16). In the city's 实施方案
/// (霞阳) "到2032年，全市A…，B…，小学、初中C分别控制在…以内。" gives 全市 to all four values, the 差异系数 with bare values (sets 22 and
/// 27); the next sentence "到2031年，全市…达到100%。" is an indicator of 2031 with 全市 and no task (sets 13 and 19); "三年" is dropped
/// and "累计" kept (set 15); "其中霞湖区新增学位不少于6000个" gives the district as the scope of that part only (set 27); "每年安排…
/// 不少于8000万元" keeps 每年 (set 14); "到2031年，乡村小规模学校…达到100%。" is of 2031 with no scope; "稳定在95%以上" is ge (set
/// 13); "每年交流轮岗教师比例" keeps 每年. In the school's plan (霑原二中) "七年级、八年级、九年级…合格率分别…" gives each grade its whole
/// name (set 15) and "九年级优秀率由上学年的28%提高到32%" gives "from 28" (set 15); "每名教师每学期上校级公开课不少于1节" keeps its
/// words (set 20); "不超过90分钟" is le (set 18); "每名学生掌握2项以上体育技能" is "每名学生掌握体育技能 ge 2项" (set 28); "每名九年级
/// 教师命制原创试题不少于2套" keeps its words; "近三年", with no digit, is no number. In the county's 总结和计划 (霈溪) the 总结's
/// figures are of 2029 — "全年" dropped, "霈溪县第三小学新校区建成投用", with no deadline, a fact and no task (set 26), "其中乡村学校
/// 教师38名" named by its own noun (set 20), "县级以上骨干教师达到312名" an indicator (set 26) — and the 计划's of 2030: "（一）主要目标。
/// 全县A…，B…，C…；D…。" gives 全县 to all four past the "；" (set 13); 全县 at the head of item 2's first sentence is that sentence's
/// scope only, the next sentence "普通高中本科上线率由2029年的58.6%提高到61%。" having none and giving "from 58.6@2029"; "“两个只增不
/// 减”", with no digit, is no number. In the kindergarten's plan (雩江实幼) "幼儿体检率、预防接种查验率均达到100%" gives one indicator
/// a name (set 28); "控制在4%以内" is le; "其中体育活动时间不少于1小时" is named "体育活动时间" (set 16); "本科以上学历教师比例由上学期的
/// 46%提高到52%" gives "from 46" (set 16), "本科以上" inside the name changing nothing; 每班, 每天, 每名…每学期 are kept. In the
/// “十五五” 规划 (霞湖区) the 发展基础's two "由2020年的…提高到2025年的…" are indicators of 2025 with "from N@2020" and no scope (set
/// 23), the stock counts before them notIndicators; goal line 1's "全区…，…。" gives 全区 to both values (set 16) and its second
/// sentence "到2028年，省级优质幼儿园达到8所。" is an indicator of 2028 and no task (set 13); 城区 in the second clause of goal line
/// 2 gives two le with 城区 (set 16); "力争达到70%" is eq (set 25); "区级以上" inside a name changes nothing, like "县级以上";
/// 全区 at the head of 三、（一）2.'s body is the scope of its value; "“十五五”期间" is dropped, "累计" kept and 约/左右 approx (set
/// 23); "其中城区新增学位不少于4800个" is 城区 for that part only and "其中音体美教师不少于160名" is named by its own noun;
/// "集团内骨干教师每年交流比例" keeps 每年 (set 16) and "每名教师五年一周期培训" keeps its words (set 28).
/// Years: the county's 要点, the county's 计划, the school's autumn term and the kindergarten's spring term are of 2030, the
/// county's 总结 of 2029; the 实施方案（2030—2032年） is of 2032 except its two "到2031年，" sentences (2031, each to its 。); the
/// 规划（2026—2030年） is of 2030 except its 发展基础 sentence (2025) and its "到2028年，" sentence (2028).
/// Headings: the county's 要点 gives 一、…四、 at depth 0 and its "（N）lead。body" paragraphs, restarting under each part, each its
/// label and lead phrase at depth 1. The 实施方案's 一、总体目标 has a paragraph and no heading under it; 二、's （一）…（三） (titles
/// alone) are depth 1 over "1.lead。body" items at depth 2, restarting under each; its stages "（一）部署启动阶段（2030年3月—6月）。body"
/// are headings of their lead phrase with its bracket at depth 1 (set 25); 四、's "（N）lead。body" paragraphs are depth 1; the
/// notice above the 方案 is the document's and no heading (set 12), and the 方案 has no signature of its own. The school's
/// goal lines "1.学业质量目标：…" keep the part before the colon at depth 1 (set 24); 二、's （一）…（四） (titles alone) are depth
/// 1 over "1.lead。body" items at depth 2; the month lines under "三、月工作安排" are no headings. The county's "一、2029年工作总结" and
/// "二、2030年工作计划" are depth 0; the 总结's "（N）lead。body" paragraphs are depth 1; the 计划's "（一）主要目标。body" is a heading
/// of its lead phrase at depth 1 and "（二）重点任务" and "（三）保障措施" (titles alone) depth 1, （二）'s "1.lead。body" items depth 2, the
/// paragraph under （三） no heading (sets 13 and 24). The kindergarten's goal lines "（一）保育目标：…" keep the part before the colon
/// at depth 1 (set 11); 二、's （一）…（四） are depth 1 over "1.lead。body" items at depth 2; the month lines "二月：" … "六月：" are
/// no headings. The 规划's 一、…四、 are depth 0; "（一）指导思想" and "（二）发展目标" (titles alone) are depth 1, the goal lines "1.学前
/// 教育：…" keep the part before the colon at depth 2 (set 26), the line "到2030年，…基本建成教育强区。具体目标如下：" being no heading,
/// no noise and no task (an aim); 三、's （一）…（三） are depth 1 over "1.lead。body" items at depth 2, restarting under each; 四、's
/// "（N）lead。body" paragraphs are depth 1; the "（公开征求意见稿）" line under the title is the document's, no heading and no noise (set
/// 26's "（征求意见稿）").
/// Tasks: "（责任股室：…）", "（责任部门：…）", "（责任人：…）" and "（负责人：…）" name their office or person, and "（责任股室：A、B）" and "（负责
/// 人：A、B）" lead with the whole list (set 18's Adjusted paragraph); "（牵头单位：A；配合单位：B、C）" names A (set 15); an item or a
/// "（N）lead。body" paragraph with an owner bracket and no deadline gives a task under its title or lead phrase, with a deadline the
/// deadline's task only (set 21); a deadline after a comma ("…达到100%，3月底前修订《…》", "…达到100%，9月底前修订《…》", "…不少于4次，11
/// 月底前举办…", "…1次，12月底前完成…", "…不低于10%，2030年12月底前出台《…》", "…1小时，…不少于12节，5月底前举办…") is a task keyed by the
/// rest of its clause (set 20); a deadline with its subject after it ("8月底前霏山县第四幼儿园建成投用", "8月底前霈溪县城西学校建成投
/// 用", "2030年8月底前霞阳市第十四中学建成投用", "2027年8月底前霞湖区第五幼儿园建成投用") is keyed by the rest of the sentence (set 13);
/// two deadlines with their years before one owner bracket are two tasks of that owner (set 11), the second after a comma; "年底
/// 前" gives the plan's year alone ("2030", set 28) and in the multi-year plans a deadline with a written year keeps it ("2031年8
/// 月底前" → "2031-08", "2026年12月底前" → "2026-12") and "2027年底前" gives "2027" (sets 15 and 22). The 实施方案's stages are tasks
/// keyed by the first clause of their body with no owner, due the last month of the range in their bracket, of the year
/// written there ("2030年3月—6月" → 2030-06, "2030年7月—2032年6月" → 2032-06, "2032年7月—12月" → 2032-12; set 27). In the school's
/// and the kindergarten's month lines each action apart by "；" is a task keyed by its first clause with no owner (sets 16 and
/// 18, set 20's Adjusted paragraph): the school's "9月：" … "12月：" of 2030 and "1月：" of January 2031 (set 17), the
/// kindergarten's "二月：" … "六月：" of 2030. In the 规划 "到2028年，全区义务教育学校全部达到优质均衡发展标准" — a sentence of goal line
/// 2 committing with no value — is a task with no owner due 2028 (set 23's Adjusted paragraph), while the aim "基本建成教育强区" is
/// none; its deadlines have no owner.
/// Furniture: on the county bureau's website (霏山教育网) the site's name line "霏山县教育局　　欢迎访问霏山教育网" (noise although the
/// signature under the 要点, "霏山县教育局", is kept), the 局长热线/信箱/无障碍/移动端 row, the menu, the 搜索 line with its 热门 words,
/// "当前位置：…" (ending in the channel), the 作者/来源/发布时间/浏览/字体 line, the "➤ 专题：…" link between 二、（三） and 三、, "附件：无"
/// under the date (the page's field, set 27), "【打印此页】　【关闭此页】　【返回顶部】", 上一篇/下一篇, the 友情链接 line, the 版权所有/地址/邮编
/// line and the 联系电话/ICP/技术支持 line are noise; the page title (the 要点's title), the signature and date are kept. On the city
/// government's 政府信息公开 page (霞阳市人民政府门户网站) the portal's name, the menu, the "＞" path, each of the three lines of the metadata
/// box drawn with "┌", "├" and "└" (even where the 发文字号 repeats the notice's 文号), the "🔈 朗读本文　｜　A+　A－　｜　⎙ 打印" row
/// under the page heading, the "📊 一图读懂｜…" link directly under the 方案's title (noise although it repeats the title's words;
/// the 方案's introduction follows it), the "本页内容是否对您有帮助？…" poll, 上一篇/下一篇, the 主办/承办 line and the 网站识别码/ICP/公网安备
/// line are noise; the page heading (the notice's title), the 文号, addressees, body, signature, date, "（此件主动公开）" and the
/// 方案's title are kept. On the essay site (笔砚范文网) the site's name with its slogan, the menu with 登录 / 注册, "您所在位置：…",
/// the 投稿/更新/阅读/全文约 line, the "【范文推荐】…" line between 2. of （二） and （三） of 二、, the 本文链接 line, the 复制全文/下载Word版
/// /举报 row, 上一篇/下一篇, "【猜你喜欢】" and its three unmarked titles (noise although they read like documents' titles) and the ©/ICP
/// line are noise; the page title (the plan's title), the 教务处's signature "霑原县第二中学教务处" and date are kept. In the WeChat
/// article (霈溪教育微讯) the article's title is the plan's title and kept; the "霈溪教育微讯　date time　发表于雱州" line, the "👆 …设为
/// 星标…" line, the account's lead-in "新年新征程丨…来啦 ↓" (the account's words, not the plan's introduction, which follows it),
/// the "▲ …（摄影：…）" caption between the 总结's （四） and "二、2030年工作计划", "◇ 完 ◇", the 供稿/编辑/审核 line, the hashtag line,
/// the 阅读/点赞/在看 line, "精选留言", every line of the comment (the name line — noise although short like an unnumbered title —,
/// the text, the "place　date　赞 N" line) and the author's reply (whose "8月底前" is no task of the plan), and the "🔍 微信搜一搜…"
/// line are noise; the bureau's signature and date are kept. On the 文库 viewer (青瓷文库) the site's name, the menu, the search
/// line, the "/" category path, the file name "2030春季幼儿园保教工作计划（雩江实幼）.docx" (not the document's title, which heads
/// page 1 and is kept), the 贡献者/页/上传/阅读/下载 line, the star rating line (its "4.8分" no number of the plan), each page mark "📄 第
/// N 页 / 共 3 页" at the top of a page (three: the first directly above the document's title, the others between 2. of （一） and
/// （二） of 二、 and directly above 三、), "◆ 全文阅读完毕 ◆", the 下载 line, the 收藏/分享/举报 row, "📚 相关文档推荐" and its three files
/// and the ©/ICP line are noise; the kindergarten's signature "雩江县实验幼儿园" and date are kept. In the Word paste the 页脚
/// "规划文本（征求意见稿）　第 N 页" is noise each of the three times it appears (between goal lines 2. and 3., between 2. and 3.
/// of 三、（二）, and under the date) and so is the 页眉 "霞湖区教育局　·　规划编制工作专班" at the top of pages 2 and 3 (twice); the
/// title, the "（公开征求意见稿）" line, the introduction, the body, the bureau's signature "霞阳市霞湖区教育局" and the date "2026年1月"
/// are kept.
/// Decided for set 31 (this set): counts of 党建工作推进会 ("召开…2次"), 教学视导 and 课堂教学视导 (轮), 学生心理健康测评 ("每学期开展…1次",
/// set 13), 应急疏散演练 ("每月开展…1次"; the 总结's 次; "每学期组织…不少于2次", the 不少于 changing nothing, set 22), 主题班会 ("每班每周开展
/// …1次", set 21), "文明班级"流动红旗评比 ("每周评比1次"), 家长学校讲座 (期), 研学实践活动 ("每学期组织…2次"), 校园安全隐患排查 (the 总结's
/// 轮), 联片教研活动 ("每月开展…1次", set 18), 工作调度会 ("每季度召开…1次") and 领导小组会议 ("每半年召开…1次") held are notIndicators like
/// the counts above, a count held listed once however often it appears (set 21), and so are the 文号 (11号, 3号), the stock counts of
/// the introductions (中小学幼儿园, 在校学生, 教职工; 教学班, 学生, 少先队员; 专兼职教研员, 中小学), a point change beside its value ("较上年
/// 提高1.9个百分点", set 17) and a rank threshold inside a phrase ("对监测结果排名后3位的学校" → "3位", set 23). Dates in the notices, the
/// signatures, the 版记 and the furniture are no tasks; a 《》 title's span ("（2030—2035年）") gives no number.
/// Readings: in the county's 要点 (舸山) 全县 after the "；" of 二、（一）1. is the scope of both values of that clause to the 。 (sets 16
/// and 30); "其中舸口镇新增学位不少于450个" is "新增学位" with the town as the scope of that part only (set 27); 城区 at the head of the
/// next sentence gives two le with 城区 (sets 15 and 18); "由2030年的72%提高到80%" gives "from 72@2030"; "市级以上" inside a name changes
/// nothing (set 16); 全县 at the head of 三、（一）1.'s body is the scope of its value (set 20), the 视导 rounds after it changing nothing;
/// the standalone "较上年下降0.5个百分点" is an indicator in 个百分点 named by its clause's own noun ("学生总体近视率", set 16); "每所中小学
/// 至少配备1名专职心理健康教师" is read round the value ("每所中小学配备专职心理健康教师 ge 1名", set 18); "全年招聘教师120名左右" is approx
/// with 全年 dropped and "其中乡村学校教师不少于60名" is named by its own noun (set 20); "新增市级骨干教师30名" keeps its verb; "A、B均保持
/// 100%" gives one indicator a name, the second borrowing no "中小学幼儿园" (sets 22 and 30); "全年教育经费投入不低于6.9亿元" drops 全年 and
/// "不低于每生每年900元" is "ge 900元" with the name before it (set 16).
/// In the city's 三年行动计划 (舲阳) "到2032年，全市A…，B…，C…，D…。" gives 全市 to all four values, "稳定在…以上" and "保持在…以上" being ge
/// (set 13); the next sentence "到2031年，全市义务教育优质均衡发展县（市、区）达到4个。" is an indicator of 2031 with 全市 and no task (sets 13
/// and 19), named as the scorer's own "义务教育优质均衡发展县（区）"; "三年" is dropped and "累计" kept (set 15); "其中城区新增学位不少于1.6万
/// 个" is 城区 for that part only (set 15) and "城区小学、初中平均班额分别控制在40人、45人以内" gives two le with 城区 (set 18); "由2029年的63%
/// 提高到68%" gives "from 63@2029"; "每所普通高中至少建设2个学科创新实验室" is read round the value ("每所普通高中建设学科创新实验室 ge 2个", set
/// 18); "其中音体美教师不少于300名" is named by its own noun (set 20); "每年交流轮岗教师比例" keeps 每年; "不低于每人每月700元" is "ge 700元"
/// with 每人每月 no part of the name (set 18); "到2031年，市级以上骨干教师达到1500名。" is an indicator of 2031 and no task (set 13).
/// In the primary school's plan (舫溪实小) "每班每学期评选“文明小标兵”不少于4名" is an indicator keeping its words (set 26's "文明礼仪之星");
/// "每名班主任每学期家访不少于20户" keeps its words (set 12); "心理辅导室每周开放" and "每名学生每周劳动时间" keep their 每周 (set 14);
/// "三至六年级" stays in its name (set 19); "达到95%以上" is ge; "新建校外实践基地2个" keeps its verb, the 研学 activities after it being
/// a count held.
/// In the county's 总结和计划 (艄原) the 总结's figures are of 2030 — "全年" dropped, "艄原县第二实验小学建成投用", with no deadline, a fact
/// and no task (set 26), "其中乡村学校教师42名" named by its own noun (set 20), "县级以上骨干教师达到336名" an indicator (set 26) borrowing
/// nothing across the "；" — and the 计划's of 2031: "全县A…，B…，C…；D…。" gives 全县 to all four past the "；" (set 13); 城区 at the
/// head of the next sentence gives two le with 城区 ("小学大班额比例", "初中大班额比例", set 18); "其中艄口镇新增学位不少于360个" gives the
/// town as the scope of that part only (set 27); 全县 at the head of item 2's body is the scope of its value, the 视导 rounds after it
/// changing nothing, and the next sentence "普通高中本科上线率由2030年的60.2%提高到63%。" has none and gives "from 60.2@2030" (set 30);
/// "全年招聘教师110名左右" is approx and "其中紧缺学科教师不少于35名" named by its own noun (set 20); "每名教师年度培训" keeps 每名 and 年度;
/// "A、B均保持100%" gives one indicator a name, the second borrowing no "中小学幼儿园"; the 保障措施 paragraph's "全年教育经费投入不低于6.2亿元"
/// and "不低于每生每年860元" read as in the 要点, that paragraph being no heading.
/// In the 教研室's plan (艅江) goal line 1's body headed by 全县 keeps 全县 for both its values to the 。 (set 19), "市级以上" changing
/// nothing; "达到98%以上" is ge; "新培养县级学科带头人40名" keeps its verb; "每名教研员每学期深入学校指导不少于40天" is an indicator keeping its
/// words (sets 17 and 29); "县级精品课例达到60节" is an indicator, the 联片教研 activities before it a count held; "整改完成率" borrows
/// nothing from the clause before it (set 17); "县、片、校三级" has no digit; "教研员年度培训" keeps 年度 (set 17).
/// In the district's 实施意见 (舲湖) "到2033年，全区A…，B…，C…；…基本形成。" gives 全区 to its three values, the clause after the "；",
/// with no value, being an aim, no indicator and no task (set 16's vision sentence, set 23's Adjusted paragraph); "到2032年，全区中小学
/// 数字校园达标率达到95%以上。" is an indicator of 2032 with 全区 and no task (sets 13 and 19); "每个街道至少办好1所公办中心幼儿园" is read
/// round the value keeping 每个 (set 18; the scorer's own "每个乡镇办好公办中心幼儿园 ge 1所"); "其中城区新增学位不少于4500个" is 城区 for
/// that part only and "城区小学、初中平均班额…" gives two le with 城区; "由2030年的66%提高到72%" gives "from 66@2030"; "累计招聘教师800名左右"
/// is approx keeping 累计, "其中研究生学历教师不少于120名" is named by its own noun, "每名教师五年一周期培训" keeps its words (set 28) and
/// "区级以上" inside a name changes nothing (set 30); the sentence "每名教师五年一周期培训不少于360学时。", carried over the page break to the
/// top of page 3, stays in （四） (sets 14 and 28), a body line, no heading and no noise; "中小学幼儿园封闭化管理达标率保持100%" is eq;
/// "“两个只增不减”", with no digit, is no number.
/// Years: the county's 要点, the county's 计划, the school's spring term and the 教研室's plan are of 2031, the county's 总结 of 2030;
/// the 三年行动计划（2030—2032年） is of 2032 except its two "到2031年，" sentences (2031, each to its 。); the 实施意见, whose title names
/// no span, which no earlier set had, is of 2033, the year its 主要目标 sets ("到2033年，…"), as a multi-year plan is of its last year,
/// except its "到2032年，" sentence (2032).
/// Headings: the 要点 gives 一、…四、 at depth 0, （一）… (titles alone) at depth 1 and "1.lead。body" items at depth 2, restarting
/// under each, a （N） with a single item included ("（三）推动普通高中特色发展" over "1.提升办学质量", "（二）强化经费保障" over "1.保障教育投
/// 入"). The 三年行动计划's 一、总体目标 has a paragraph and no heading under it (set 30); 二、重点行动's three 行动 "（一）学位扩容行动" …
/// "（三）教师强基行动" are titles alone at depth 1, each over a paragraph and a table; 三、's "（N）lead。body" paragraphs are depth 1;
/// the notice above the plan is the document's and no heading (set 12), and the plan has no signature of its own. The school's goal
/// lines "1.行为习惯目标：…" keep the part before the colon at depth 1 (set 24); 二、's （一）…（四） (titles alone) are depth 1 over
/// "1.lead。body" items at depth 2; "三、月工作安排" is depth 0 over the table. The county's "一、2030年工作总结", "二、存在的问题" and
/// "三、2031年工作计划" are depth 0; the 总结's "（N）lead。body" paragraphs are depth 1; "一是…；二是…；三是…" under 二、 is no heading;
/// "（一）主要目标", "（二）重点工作" and "（三）保障措施" (titles alone) are depth 1, （二）'s "1.lead。body" items depth 2, and the
/// paragraphs under （一） and （三） no headings (sets 13 and 24). The 教研室's goal lines "1.课堂教学：…" keep the part before the colon
/// at depth 1; 二、's （一）…（四） (titles alone) are depth 1 over "1.lead。body" items at depth 2; the month lines under "三、月工作安排"
/// are no headings. The 实施意见's 一、…三、 are depth 0 and their "（N）lead。body" paragraphs depth 1; its 版头 "舲阳市舲湖区人民政府
/// 文件", the 文号, the title — set by the PDF on two lines, "舲湖区人民政府关于加快推进基础教育" and "高质量发展的实施意见", neither a
/// heading nor noise (set 15's notice title broken over two lines) —, the addressees, the introduction, the signature, the date,
/// "（此件公开发布）", the "抄送：…" line and the "…办公室　　　　date印发" line are the document's and kept, and the 版记 lines are no
/// task.
/// Tables: the 三年行动计划 has a task table under each 行动 title ("表1　学位扩容行动任务分工" … "表3　教师强基行动任务分工", header row
/// "序号 | 重点任务 | 责任单位 | 完成时限", tab-separated rows beginning with a bare number), standing inside the body rather than in an 附件
/// after it, which no earlier set had: each is read where it stands as set 17's 分解表 — one task a row, keyed by its 重点任务 cell, led
/// by the first unit of its 责任单位 cell ("市教育局、市住房城乡建设局" → "市教育局", "市自然资源和规划局、市教育局" → "市自然资源和规划局",
/// "市教育局、市人力资源社会保障局" → "市教育局", "市财政局、市教育局" → "市财政局"), "2031年8月底前" → "2031-08", "2031年1月" with no 底前 →
/// "2031-01" (set 24), "持续推进" and "每年" giving no due (sets 17 and 26); the tables' "表N　…" titles and header rows are the
/// document's, no headings, no noise and no tasks (set 18), the rows no headings; the 行动 paragraphs, with no owner and no deadline,
/// give no task. The school's month table "月份 | 主要工作 | 负责部门" (one activity a cell) gives one task a row as set 18's month table:
/// keyed by its 主要工作 cell, led by the first unit of its 负责部门 cell ("少先队大队部、各班主任" → "少先队大队部"), due that month of 2031
/// ("2月" → 2031-02 … "7月" → 2031-07); its header row is kept, no heading and no task, and its rows are no headings.
/// Tasks: "（责任股室：…）", "（负责部门：…）", "（责任人：…）" and "（负责人：…）" name their office or person, and "（责任股室：A、B）",
/// "（负责部门：A、B）" and "（负责人：A、B）" lead with the whole list (set 18's Adjusted paragraph); an item with an owner bracket and no
/// deadline gives a task under its title, with a deadline the deadline's task only (set 21); a deadline with its subject after it
/// ("8月底前舸山县第三幼儿园建成投用", "8月底前艄原县城东学校建成投用", "2032年8月底前舲湖区第六幼儿园建成投用") is keyed by the rest of the
/// sentence (set 13); a deadline after a comma ("…达到100%，4月底前出台《…》", "…1次，6月底前完成…", "…达到100%，4月底前完成…", "…3期，5月底
/// 前完成…", "…72学时，5月底前完成…", "…达到80%，年底前建成…", "…2轮，6月底前出台《…》", "…80学时，9月底前组织…", "…300间，2032年6月底前
/// 建成…") or opening a sentence ("年底前完成集团化办学评估", "5月底前完成教师招聘方案制定", "2月底前组织…", "4月底前完成…学业质量监测", "年底
/// 前建成县级网络教研平台", "2031年12月底前完成学区划分调整") is a task keyed by the rest of its clause (sets 13 and 20), with the item's owner
/// bracket where there is one and no lead where there is none (sets 15 and 22); "年底前" gives the plan's year alone ("2031", set 28);
/// in the 实施意见 a deadline with a written year keeps it ("2031年12月底前" → "2031-12", "2032年6月底前" → "2032-06", "2032年8月底前" →
/// "2032-08") and its deadlines have no owner. In the 教研室's month lines "2月：" … "12月：" (with no line for 7月 and 8月) each action
/// apart by "；" is a task keyed by its first clause with no owner, due that month of 2031 (sets 16 and 22, set 20's Adjusted
/// paragraph); the 三年行动计划's tasks are its tables' rows.
/// Furniture: on the city bureau's portal (舲阳教育网), where the county's 要点 is reposted in the 区县动态 column, which no earlier set
/// had, the portal's name line "舲阳教育网　｜　舲阳市教育局主办", the 政务服务/咨询投诉/高级搜索/微信公众号 row, the menu (noise although it
/// names "区县动态"), "当前位置 > 新闻中心 > 区县动态", the bracketed 来源/作者/发布时间/浏览次数/字号 line (noise although it names the bureau),
/// the "▍相关阅读：…（2031-02-24）" link between 二、（三）1. and 三、 (its date no task), the 转发 row, 上一篇/下一篇, "【区县动态】最新文章"
/// and its three unmarked titles (noise although they read like news of the county's neighbours), the 主办/承办/地址 line and the
/// ICP/公网安备/标识码 line are noise; the page title (the 要点's title), the county bureau's signature "舸山县教育局" and date are kept. On
/// the city government's portal (舲阳市人民政府网) the portal's name, the 语音导读/适老模式/English/市长信箱 row, the menu, the "⟩" path,
/// both "◆" metadata lines (even where the 发文字号 repeats the notice's 文号), the 字号/打印本页/关闭 row under the page heading, the "📈
/// 图解｜…" link between 表1's last row and （二）, the 手机扫码 line, the 相关解读 line (noise although it names the plan), 上一篇/下一篇,
/// the 主办/承办 line and the 标识码/ICP/公网安备 line are noise; the page heading (the notice's title), the 文号, addressees, body,
/// signature, date, "（此件公开发布）", the plan's title, introduction, body and tables are kept. On the school's website (舫溪县实验小学　
/// 彩虹校园网) the site's name line, the weather/教师登录/家长登录 row, the menu, the "【通知】…2月17日…" line (its date no task), the
/// "所在栏目：…" path, the "文 / 德育处　　时间：…　　阅读：…" line, the "📸 精彩回顾：…（点击查看）" line between （二） and （三） of 二、, the
/// 打印/收藏/返回列表 row, "« 上一条：…" and "» 下一条：…", "同栏目文章" and its two "·" titles, the Copyright line, the 校址/电话 line and
/// the ICP/技术支持 line are noise; the page title (the plan's title), the 德育处's signature "舫溪县实验小学德育处" and date are kept. In
/// the news app (澜读头条), through which the county's 总结和计划 is forwarded, the app's row "…下载App…打开", the account name line
/// "艄原教育" (noise although short like an unnumbered title), the "date · 发布于舻州　　＋ 关注" line, the "本文转载自…" note (set 11's
/// reposter's note), the "推广｜…" line between 二、存在的问题's paragraph and 三、, the "本文系转载…" statement, the counter line, "全部评论
/// 17", every line of the comment and of the author's reply (the name line "艄口居民老陈" — noise although short —, the text, the "01-22 ·
/// 舻州　　回复　👍 12" line, "艄原教育（作者）：…" — whose "8月底前" is no task of the plan —, the "01-22 · 舻州　　👍 5" line), "更多评论
/// ▾", "猜你感兴趣" and its two titles with their sources and counts, and the "打开澜读头条…" prompt are noise; the article's title (the
/// plan's title), the bureau's signature "艄原县教育局" and date are kept. On the document-sharing page (书廊文档) the site's name with
/// its slogan, the menu, the 文档搜索 line, the "导航：…" path, the file name "艅江县2031年教研工作计划（定稿）.wps" (not the document's
/// title, which heads the text and is kept), the 上传者/上传日期/大小/共3页 line, the ★ line, each page mark "—— 第N页 ——" at the foot of a
/// page (three: between 2. of （一） and （二） of 二、, between （四）'s item and 三、, and under the date), the "本文档由用户上传…" note, the
/// 下载/转为PDF/打印 row, "📂 相关文档" and its three files and the © line are noise; the 教研室's signature "艅江县教育局教研室" and date
/// are kept. In the PDF paste each page number "－ N －" at the foot of a page is noise each of the four times it appears (under
/// 一、（二）, between （四）'s first sentence and its carried-over sentence, between 三、（二） and （三）, and under the 印发 line).
/// Decided for set 32 (this set): counts of 厅党组理论学习中心组学习会 ("全年召开…12次"), 学生心理健康测评 ("每学期开展…1次", set 13), 师德师风专项督查 (轮), 教学视导
/// ("每学期开展…2轮"), 应急疏散演练 ("每月开展…1次"), 集体备课 ("每周开展…1次", set 23), 主题教研活动 ("每个教研组每学期开展…不少于4次", set 25), 九年级模拟考试 ("组织…3次", a count of
/// tests held), 卫生消毒专项检查 ("每月开展…1次"), 膳食委员会会议 ("每学期召开…2次"), 园本教研活动 ("每两周开展…1次"), 家长会 ("每学期召开…2次"), 机构年检 ("每年开展…1次"), 联合执法检查
/// ("每季度开展…1轮"), 校外培训风险提示 pushed to parents ("每学期…不少于2次", the 不少于 changing nothing, set 22), 专班会议 ("每月召开…1次"), 办园行为督导评估
/// ("每年开展…1次", set 28) and 规划实施情况监测 ("每年开展…1次") held are notIndicators like the counts above, a count held listed once however
/// often it appears (set 21), and so are a 运动会 named by its ordinal ("全省第12届" → "12届", set 17), the 文号 (5号), the stock counts of
/// the introductions (各级各类学校, 在校生, 专任教师; 中小学幼儿园, 在校学生, 教职工; 教学班, 学生, 专任教师; 园区, 教学班, 在园幼儿, 教职工; 各级各类学校, 在校学生, 教职工 in the 发展基础), the
/// age range in a book's title ("3-6岁", set 18) and the threshold inside a name that carries a target ("35周岁以下青年教师师徒结对率达到100%":
/// the indicator keeps the threshold and "35周岁" is listed as a notIndicator, set 17). A telephone number inside the plan
/// ("校外培训监督举报电话0768-5213690") has no unit and is no indicator, no task and no noise (set 30); a 《》 title's span gives no number
/// (set 31); "“十五五”时期", "第十六个五年", "“三段五环”", "“一课三研”", "二期" and "五年一周期" have no digit.
/// Readings: in the provincial 要点 (鲂州) 全省 is a scope like 全县, 全市 and 全区 (the conventions' list), from where it is named to the
/// sentence's 。: "全省新增公办幼儿园学位…，…，…。" gives 全省 to its three values, "全省…，…；…。" in 三、（一） to its three values past the "；" (set 13),
/// "全省中小学心理辅导室…，每学期…1次。" to its value and "全省教育经费投入…，…每生每年1000元。" to both values; a 全省 inside a deadline clause ("9月底前完成全省幼儿园…",
/// "12月底前完成全省校园安全…") or in a sentence with no value ("举办全省第12届…") reaches nothing (set 23). "其中城区新增学位不少于10万个" is 城区 for that part
/// only (set 15) and "城区小学、初中大班额比例分别控制在2%、3%以内" gives two le with 城区 (set 18); "由2031年的68%提高到75%" gives "from 68@2031";
/// "新增义务教育优质均衡发展县（市、区）12个" keeps its verb like "新增学位" and its bracket like the scorer's own "义务教育优质均衡发展县（区）"; "培育思政课“金课”200节"
/// keeps its verb; "建设省级高水平中职学校40所、省级骨干专业120个" gives "省级骨干专业" (set 18's Adjusted paragraph); the standalone "中小学生近视率较上年下降1个百分点" is
/// an indicator in 个百分点 named by its clause's own noun (set 16); "招聘特岗教师3000名左右" is approx and "其中音体美教师不少于600名" is named by its
/// own noun (set 20); "每年定向培养公费师范生2500名" keeps 每年 (set 26); "不低于每人每月800元" is "ge 800元" (set 18); "生均公用经费基准定额" keeps its words and
/// "不低于每生每年1000元" is "ge 1000元" (set 16); "A、B均保持100%" gives one indicator a name, the second borrowing nothing (set 22);
/// "不低于当地公务员平均工资收入水平", with no digit, is no indicator and no task (set 24).
/// In the county's 学年度 plan (鳙山) "全县A…，B…，C…；D…。" gives 全县 to all four past the "；" (set 13); 城区 at the head of the next sentence
/// gives two le with 城区 (sets 15 and 18); the third sentence "中小学生体质健康优良率由上学年的58%提高到61%。" has no scope and gives "from 58" (set
/// 28's "由上学年的…"); "其中鳙口镇新增学位不少于300个" gives the town as the scope of that part only (set 27); 全县 at the head of （二）'s body is the
/// scope of its value, the 视导 rounds after it changing nothing (set 20); "不超过90分钟" is le (set 18) and 每天 is kept; "招聘教师95名左右" is
/// approx, "其中紧缺学科教师不少于30名" is named by its own noun (set 20) and "每名教师每学年参加培训" keeps 每名/每学年 (set 20); the 保障措施 paragraph's
/// "教育经费投入不低于5.8亿元" and "不低于每生每年880元" read as in the 要点, that paragraph naming no scope and being no heading.
/// In the school's plan (鲟溪二中) "七年级、八年级期末学业质量检测合格率分别…" gives each grade its whole name (set 15) and "九年级模拟考试优秀率由上学期的31%提高到35%"
/// gives "from 31" (set 16); "每名教师每学期上校级公开课不少于1节" keeps its words (set 20) and "行政人员每周听课" its 每周; "每名九年级教师结对帮扶学困生不少于3名" is a
/// per-person requirement keeping its words (set 12's 每名班主任家访); "新立项市级以上课题3项" keeps its verb, "市级以上" changing nothing (set 16).
/// In the 实施方案 (鲈湖) "到2033年，全区A…，B…，C…；…基本形成。" gives 全区 to its three values, the clause after the "；", with no value, being an
/// aim, no indicator and no task (set 31); "到2032年底，全区…达到95%以上。" in a multi-year 方案 reads like "到2032年，": an indicator of 2032
/// with 全区 to its 。 and no task (sets 13 and 14); 全区 at the head of （四）'s body is the scope of both its values (set 20), "三至六年级"
/// staying in its name (set 19) and "控制在60分钟以内" being le; "每年安排…不少于300万元" keeps 每年 (set 30).
/// In the kindergarten group's plan (鲥原) "幼儿体检率、预防接种查验率均达到100%" gives one indicator a name (set 28); "其中体育活动时间不少于1小时" is named
/// "体育活动时间" (set 16); "小班、中班、大班幼儿发展评估达标率分别…" gives each class its whole name (set 16); "本科以上学历教师比例由上学期的48%提高到53%" gives "from 48"
/// (set 30), "本科以上" changing nothing; "园区间教师每学年交流比例" keeps 每学年 (set 20) and 每天 and 每名…每学期 are kept.
/// In the “十六五” 规划 (鲈阳) "“十六五”期间", which the note blocks above do not mention, is dropped from a name like "“十五五”期间", "累计" being
/// kept and 约/左右 approx (set 23: "新建、改扩建公办幼儿园", "累计招聘中小学幼儿园教师", "累计投入教育经费"); the 发展基础's two "由2025年的…提高到2030年的…" are indicators of
/// 2030 with "from N@2025" and no scope (set 23's reading one plan later), the stock counts before them notIndicators and the 全市
/// of the sentences before them reaching nothing; goal line 1's body headed by 全市 keeps 全市 for both its values to the 。 (set 19),
/// and its second sentence "到2033年，省级优质幼儿园达到40所。" is an indicator of 2033 with no scope and no task (set 13); goal line 2's first
/// sentence "到2033年，全市义务教育学校全部达到优质均衡发展标准" — committing with no value — is a task with no owner due 2033 (set 23's Adjusted
/// paragraph), and its second sentence, headed by 全市, gives 全市 to "义务教育巩固率" and 城区 after its "；" to the two le (set 18), all of
/// 2035; goal line 3's body headed by 全市 keeps it for both its values; "每年遴选市级新优质学校10至15所" is ge "10-15所" keeping 每年 (set 29);
/// "由2030年的80%提高到95%以上" is ge with "from 80@2030" (set 23); "其中城区新增学位不少于1.1万个" is 城区 for that part only (set 15); "每名教师五年一周期培训"
/// (set 28) and "集团内骨干教师每年交流比例" (set 16) keep their words; "全市幼儿园保教质量评估覆盖率保持100%" is eq with 全市, the 督导评估 held after it changing
/// nothing.
/// Years: the provincial 要点 and the school's spring term are of 2032; the county's 2032—2033学年度 plan is of 2032, the calendar year
/// in which its 学年 begins (set 27), and the kindergarten group's autumn term of 2032 (sets 17, 24 and 25); the 实施方案（2032—2033年） is
/// of 2033 except its "到2032年底，" sentence (2032); the 规划（2031—2035年）, a “十六五” plan, is of 2035, its last year, except its 发展基础
/// sentence (2030) and its two "到2033年，" sentences (2033).
/// Headings: the provincial 要点 gives 一、…五、 at depth 0 (the comma title of 一、 being the whole line, set 17) and its "（N）lead。body"
/// paragraphs at depth 1, except under 二、, whose （一）…（三） are titles alone at depth 1 over paragraphs opening with unnumbered bold
/// lead phrases (the bold lost in the copy), each a heading of that phrase without its 。 at depth 2 ("扩大普惠资源" …, set 26's
/// reading); the 要点 has its own signature "鲂州省教育厅" and date. The county's 一、主要目标 has a paragraph and no heading under it (set 30);
/// 二、's "（N）lead。body" items are depth 1; 三、保障措施 has a paragraph, no heading; "四、学年工作安排" is depth 0 over its schedule lines, which
/// are no headings. The school's goal lines "1.质量目标：…" keep the part before the colon at depth 1 (set 24); 二、's （一）…（四） (titles
/// alone) are depth 1 over "1.lead。body" items at depth 2, restarting under each; "三、教学工作行事历" is depth 0 over its week lines,
/// which are no headings (set 22). The 实施方案's "（N）lead。body" paragraphs under 二、 and 四、 are depth 1 and its stages
/// "（一）部署启动阶段（2032年3月—4月）。body" are headings of their lead phrase with its bracket at depth 1 (set 25); the notice above it (文号,
/// addressees, body, signature, date, "（此件公开发布）") is the document's and no heading (set 12), the 方案 has no signature of its own,
/// and the "附件：…分工表" line, the "附件" label, the table's title, its header row and its rows (a bare number and a tab) are the
/// document's, no headings and no noise. The kindergarten group's goal lines "（一）保育目标：…" keep the part before the colon at depth 1
/// (set 11); 二、's （一）…（三） (titles alone) are depth 1 over "1.lead。body" items at depth 2; the month lines under "三、月工作安排" are no
/// headings. The 规划's 一、…四、 are depth 0; "（一）指导思想" and "（二）发展目标" (titles alone) are depth 1, the goal lines "1.学前教育：…" at depth 2
/// keeping the part before the colon, the line "到2035年，…基本建成教育强市。具体目标如下：" being no heading, no noise and no task (an aim); 三、's
/// （一）…（五） (titles alone) are depth 1 over "1.lead。body" items at depth 2, restarting under each, a （N） with a single item
/// included (set 31); 四、's "（N）lead。body" paragraphs are depth 1; the title's second line "（2031—2035年）" is the document's, no
/// heading and no noise (as set 26's "（征求意见稿）" line).
/// Footnotes, which the note blocks above do not mention: the 规划's markers "[1]" … "[4]", pasted into the text as Word's plain
/// copy gives them ("教职工8.7万人[1]。", "…优质均衡发展标准[2]。", "…全面消除大班额[3]。", "…县域普通高中振兴[4]，"), are no part of a number, a name or a task's
/// key and change no reading; the four footnotes "[N] …" that the paste gives after the date are the document's own notes, kept,
/// no headings, no noise and no tasks (unlike set 28's pasted 批注, a reader's remark), their "2030年底" giving no number, and the
/// thresholds of the definition in "[3]" ("超过45人", "超过50人", "56人以上") are notIndicators like a threshold inside a name (set 12).
/// Schedules: the county's 学年 schedule lines carry their year ("2032年9月：", "2032年10—11月：", "2033年1—2月：" …), which the note blocks
/// above do not mention: each is no heading and a task keyed by its first clause with no owner, due the month of the year written,
/// a span due its last month ("2032年10—11月：" → 2032-11, "2033年5—6月：" → 2033-06, as set 23's "5—6月："), each action apart by "；" a
/// task of its own (set 20's Adjusted paragraph). The school's week lines "第1—2周（2月16日—2月27日）：…" are no headings and tasks keyed
/// by their first clause with no owner, due the month in which their date range ends, of 2032 ("（5月31日—7月2日）" → 2032-07, set 22),
/// one task an action. The kindergarten group's "9月：" … "12月：" are of 2032 and "1月：" of January 2033 (set 17), one task an action.
/// The 实施方案's stages are tasks keyed by the first clause of their body with no owner, due the last month of the range in their
/// bracket, of the year written there ("2032年3月—4月" → 2032-04, "2032年5月—2033年6月" → 2033-06, "2033年7月—12月" → 2033-12; set 27).
/// Tables: the 实施方案's 附件 分工表 "序号 | 工作任务 | 责任单位 | 完成时限" gives one task a row as set 19's 任务清单: keyed by its 工作任务 cell, led by the
/// first unit of its 责任单位 cell ("区教育局、区市场监管局" → "区教育局", "区委督查室、区教育局" → "区委督查室"), "2032年5月底前" → "2032-05", "2033年1月" with no 底前 →
/// "2033-01" (set 24), "持续推进" and "每季度" (as set 19's "每月") giving no due; its body items, with no owner and no deadline, give no
/// task (set 17).
/// Tasks: "（牵头处室：…）", "（责任股室：…）", "（负责人：…）" and "（负责部门：…）" name their office or person, and "（牵头处室：A、B）", "（责任股室：A、B）" and
/// "（负责部门：A、B）" lead with the whole list (set 18's Adjusted paragraph, set 25); "（牵头处室：A；配合处室：B）" names A (set 11);
/// "由职业教育与成人教育处牵头，10月底前…", "由九年级组牵头，5月底前…" and "由业务园长牵头，11月底前…" lead that deadline's task (set 18); an item, a "（N）lead。body"
/// paragraph or an unnumbered lead phrase's paragraph with an owner bracket and no deadline gives a task under its title or phrase
/// ("扩大普惠资源", "深化“双减”工作", "加强师德师风建设", "提升教育教学质量", "守牢安全底线", "规范集体备课", "实施青蓝工程", "做好卫生保健", "保障膳食营养"), with a deadline the
/// deadline's task only (set 21); a deadline after a comma ("…200节，3月底前印发《…》", "…260所，9月底前完成…", "…75%，6月底前出台《…》", "…12个，8月底前完成…",
/// "…90%，年底前建成…", "…90分钟，12月底前完成…", "…85%，年底前建成…", "…80%，4月底前举办…", "…3项，6月底前完成…", "…1小时，10月底前完成…", "…10%，12月底前完成…") or opening a
/// sentence ("5月底前完成特岗教师招聘", "次年3月底前完成“县管校聘”岗位竞聘") is a task keyed by the rest of its clause (sets 13 and 20), with the item's
/// owner bracket where there is one and no lead where there is none (sets 15 and 22), a 全省 inside it reaching nothing (set 23); a
/// deadline with its subject after it ("2033年8月底前鳙山县城南幼儿园建成投用", "2032年8月底前鲈阳市第八幼儿园建成投用") is keyed by the rest of the sentence (set
/// 13); "年底前" gives the plan's year alone ("2032" in the 要点 and in the 学年度 plan, set 28); in the 学年度 plan "2033年8月底前" keeps its
/// year and "次年3月底前" is March of the 学年's second calendar year ("2033-03", set 28); in the 规划 "2032年8月底前", "2032年12月底前" and
/// "2033年6月底前" keep their years and "2033年底前" gives "2033" (sets 15 and 22), its deadlines having no owner.
/// Furniture: on the provincial department's portal (鲂州省教育厅门户网站) the portal's name line (noise although the signature under the
/// 要点, "鲂州省教育厅", is kept), the "2032年2月26日　星期四" row with 登录/无障碍/关怀版/移动版, the menu, the 站内搜索 line, the "»" path, the
/// 发布时间/信息来源/浏览量/字体 line and the 分享至 row under the page title, the "【图片新闻】…（查看详情 ›）" line between 四、（三） and 五、, 【打印】【收藏】【关闭】,
/// 上一篇/下一篇, "您可能还关注：" and its two unmarked titles (noise although they read like documents' titles), the 版权所有/地址/邮编 line, the
/// ICP/公网安备/标识码 line and the 分辨率 hint (its "1920×1080" no number) are noise; the page title (the 要点's title), the signature and
/// date are kept. On the share page of the 掌上政务 app (掌上鳙山) the app's row "…打开App", the "＜ 返回　政务公开　⋯" row, the channel tabs, the
/// 发布部门/date/👁 line, the 大字版 row, the "🏫 办事入口｜…　立即办理 ›" card between （二） and （三） of 二、 (its "2032年秋季" no task), the "📌 本页内容由…发布"
/// line (noise although it names the bureau), the 有帮助 poll with its counts, the 分享到 row, "相关推荐" and its two unmarked titles, the
/// tab bar "🏠 首页 … 👤 我的" and the "在“掌上鳙山”App中打开…" prompt are noise; the page title (the plan's title), the bureau's signature
/// "鳙山县教育局" and date are kept. In the online document's read-only preview (白帆文档) the editor's menu bar, the file name
/// "鲟溪二中2032春季教学工作计划（教务处定稿）" in the title bar (not the document's title, which heads the text and is kept), the 权限 row, the 协作者
/// line, the 最后编辑 line, the two lines of each margin comment (the "💬 name：text" line and the "date time　回复　✓ 解决" line; one under
/// （一）2., one under （四）2.), "— 已到文档底部 —", the 字数/共3页/浏览 line, the App prompt and the © line are noise; the 教务处's signature
/// "鲟溪县第二中学教务处" and date are kept. On the district government's site (鲈湖区人民政府) the site's name, the 政务服务网/网站导航/无障碍/简/繁 row, the
/// menu, the "📍 当前位置" path, the three metadata lines (索引号/信息分类, 发布机构/生成日期, 文号/有效性 even where it repeats the notice's 文号), the
/// 发布日期/浏览次数/字体 line under the page heading, the "📰 政策解读｜一图读懂《…》 ›" link between 二、（五） and 三、 (noise although it names the plan),
/// the 打印/收藏/关闭/顶部 row, the 扫一扫 line, 上一篇/下一篇, the 主办单位/技术支持 line and the 标识码/ICP/公网安备 line are noise; the page heading (the
/// notice's title), the 文号, addressees, body, signature, date, "（此件公开发布）", the plan's title, introduction and body, the "附件：…"
/// line, the "附件" label and the table (title, header row and rows) are kept. On the parenting forum (小橡果育儿论坛), where a parent
/// posts the plan as a thread's first post, every line of the forum is noise — the forum's name with its slogan, the 登录/注册/手机版/消息
/// row, the "›" path, the 查看/回复 line, the thread title "[经验分享] …" (not the plan's title, which heads the post's text and is kept),
/// the poster's name line with her badge and 积分, the "楼主　发表于…" line, her lead-in "园里家长群发的，…" (the poster's words, not the plan's
/// introduction, which follows the title), the 签名档's rule "——————————" and its line (its "2029年" no number), the 支持/反对/回复/举报 row,
/// each floor's "N楼　name　发表于 date" header (noise although it begins with a number), its text (noise although the first quotes
/// "2小时" and the third "9月") and its "回复　｜　支持(N)" row, the two 快速回复 lines, 返回列表, the Powered by line and the ICP line — while the
/// plan's title, introduction, body and the group's signature "鲥原县实验幼儿园教育集团" and date are kept. In the Word paste the "目　　录" label
/// and each of its four entries with dotted leaders ("一、发展基础……1" … "四、保障措施……4") are noise, although each repeats a heading word
/// for word (set 29), the headings being the lines in the body; the title, the "（2031—2035年）" line, the introduction, the body,
/// the bureau's signature "鲈阳市教育局", the date "2031年12月" and the four footnotes are kept.
/// Decided for set 33 (this set): counts of 作业管理专项督查 ("每学期开展…1次"), 师德师风专项检查 ("每学期开展…1次"), 应急疏散演练 ("每月开展…1次", set 31), 主题班会 ("每班每周开展…1次", set 21),
/// 教育重点工作调度会 ("每季度召开…1次"), 课堂教学视导 ("每学期开展…2轮"), 主题研修 ("每个中心组每学期开展…不少于3次", the 不少于 changing nothing, set 22), 学生心理健康测评 ("每学期开展…1次", set 13), 校园安全隐患排查
/// ("每月开展…1次"), 联席会议 ("每年召开…2次") and 专项督导 ("每年开展…1次") held are notIndicators like the counts above, a count held listed once however often it appears
/// (set 21), and so are an 艺术节, a 运动会 and a 技能文化节 named by their ordinal ("第9届" → "9届", "第14届" → "14届", "第7届" → "7届", set 17; the 艺术节 and the 技能文化节 are
/// also the keys of deadline tasks), the 文号 (3号, 9号), the stock counts of the introductions (中小学幼儿园, 在校学生; 教学班, 学生, 教职工; 中小学, 专兼职教研员; 专业, 教学班, 在校生, 教职工;
/// 特殊教育学校, 在校残疾学生), a point change beside its value ("较上年提高2.2个百分点", set 17), a rank ("团体总分排名第3位" → "3位", set 19), a rank aimed at ("团体总分进入前3名" → "3名",
/// set 17, the sentence giving no task), a rank threshold inside a phrase ("排名后5位的学校" → "5位", set 23) and the thresholds inside names that carry a target
/// ("35周岁以下青年教师汇报课参与率达到100%" → "35周岁"; "招收残疾学生3人以上的普通学校资源教室配置率达到100%" → "3人"; the indicators keeping the thresholds in their names, sets 17 and 19).
/// Chinese numerals are no digits ("第十一中学", "第六届", "三年级", "六年级", "一、二年级", "三至六年级", "三年累计"). A telephone number inside the plan ("学生资助咨询电话：0738-6652033")
/// has no unit and is no indicator, no task and no noise (set 30), its "2033" no year; the furniture's figures (the headline's "2.1万个", "118人", "3+2",
/// "获一等奖2项", "5号线", the counters) are no numbers of the plan. "“1+X”职业技能等级证书考核通过率", which no earlier set had, keeps "“1+X”" in its name: the digit inside
/// the quoted name of the certificate system is no value and no notIndicator, the quoted names "“双师型”", "“双证书”", "“学为中心”", "“单元整体教学”" and "“红领巾奖章”"
/// staying in their names likewise.
/// Readings: in the city's 要点 (骐阳) 全市 at the head of 一、（二）'s body gives 全市 to its three values, "由2032年的61%提高到65%" giving "from 61@2032"; "全年" is dropped
/// ("新建、改扩建中小学幼儿园", "招聘中小学幼儿园教师" approx with its 左右, "教育经费投入"); "其中城区新增学位不少于1.3万个" is "新增学位" with 城区 for that part only (set 15) and
/// "城区小学、初中平均班额分别控制在40人、45人以内" gives two le with 城区 (set 18); "集团化办学覆盖率" after "新组建紧密型教育集团12个，" borrows nothing (set 17); "力争达到72%" is eq (set 25);
/// "每所中小学至少配备1名专职思政课教师" and "每所中小学至少组建3个艺术社团" are read round the value (set 18); 全市 at the head of 二、（二）'s body runs past the "；" to the 。, the 督查 held
/// after it changing nothing (set 13); "中小学生每天综合体育活动时间不低于2小时，体质健康优良率达到62%" gives "体质健康优良率" borrowing no "中小学生" (set 17); "全市中职学校毕业生就业升学率…，新增校企合作订单班20个。"
/// gives 全市 to both (sets 20 and 25); "其中乡村学校教师不少于480名" and "其中骨干教师比例不低于20%" are named by their own nouns (sets 20 and 24); "不低于每生每年1050元" is "ge 1050元"
/// (set 16); "A、B均保持100%" gives one indicator a name, the second borrowing no "中小学幼儿园" (sets 22 and 30).
/// In the county's 总结和计划 (骅山) the 总结's figures are of 2032: "全年投入教育项目资金" drops 全年; "骅山县城东幼儿园建成投用", with no deadline, is a fact and no task (set 26); 全县
/// at the head of （二） gives 全县 to its three values, "较上年提高2.2个百分点" beside the third being a notIndicator; "其中乡村学校教师41名" is named by its own noun and
/// "县级以上骨干教师达到356名" after the "；" borrows nothing (set 26); the sentence of （四） gives only the notIndicators "14届" and "3位", its 全县 and 全市 reaching
/// nothing. The 计划's figures are of 2033: "全县A…，B…；C…，D…。" gives 全县 to all four past the "；" (set 13) and 城区 at the head of the next sentence two le with
/// 城区 (sets 15 and 18). The sentence "新建、改扩建中小学幼儿园4所，新增学位960个，" of 1.（1）, cut after its comma by the end of the PDF's first page, runs on after the page
/// mark and the running header into "其中骅口镇新增学位不少于240个。" at the top of page 2, which no earlier set had in this form (set 14's sentence broken after a
/// comma by a page number and a 页眉, set 28's sentence carried over a page break): the carried line stays in （1）, no heading and no noise, and its 其中 part
/// is "新增学位" with the town 骅口镇 as the scope of that part only (set 27). 全县 at the head of 2.（1）'s body is the scope of its value, the deadline clause
/// after it reaching nothing (set 23); "由2032年的57%提高到60%" gives "from 57@2032" and "每名学生掌握1至2项体育运动技能" is "ge 1-2项" read round the value (set 19);
/// "全年招聘教师90名左右" is approx with 全年 dropped and "其中紧缺学科教师不少于30名" named by its own noun (set 20); "每名教师年度培训" keeps 每名 and 年度 (set 17);
/// "新建全民健身路径25条、笼式足球场4片" gives "新建全民健身路径" and "笼式足球场", the counted action not going on to the next object of the "、" list (set 18's Adjusted paragraph);
/// the 保障措施 paragraph's "全年教育经费投入不低于6.6亿元" and "不低于每生每年900元" read as in the 要点, that paragraph naming no scope and being no heading, its 调度会 held a
/// notIndicator.
/// In the primary school's plan (骢溪实小) "三年级、六年级学业质量监测合格率分别…" gives each grade its whole name (set 15) and "六年级优秀率由上学期的36%提高到40%" gives "from 36" (set
/// 16); "保持在97%以上" is ge; "每名学生每天校内体育活动时间" keeps its words (sets 14 and 23); "每名教师每学期执教校级研讨课至少1节", with 至少 after the object directly before the value,
/// which no earlier set had, is ge like 不少于, named by the words before it (as set 20's "每名教师每学期至少上1节校级研讨课" read round the value); "35周岁以下青年教师汇报课参与率"
/// keeps its threshold (set 17); "一、二年级不布置书面家庭作业", with no value, is no indicator and no heading, and "三至六年级" stays in its name (sets 19 and 28);
/// "不超过60分钟" is le (set 18); "每名学生每学期课外阅读量" keeps its words (set 14).
/// In the 教研中心's 要点 (骐湖) 一、工作目标's paragraph headed by 全区 gives 全区 to its three values past the "；" (set 13), the next sentence "义务教育学校学业质量监测合格率稳定在93%以上。"
/// having none and being ge (set 13); 全区 at the head of （三）'s body is the scope of its value, the deadline clause after it reaching nothing (sets 20 and
/// 23); "新评选区级学科带头人50名、区级骨干教师160名" gives "新评选区级学科带头人" and "区级骨干教师" (set 18's Adjusted paragraph, set 29); "每名教研员每学期听评课不少于60节" is an indicator keeping its
/// words (set 12's 听课 in 节); "上传优质数字资源不少于2000条" is named by its own verb phrase, "建设区级学科资源库，" before it lending nothing; the 全区 of the introduction's
/// stock counts reaches nothing.
/// In the vocational school's plan (华骐职校) "全年招收新生1100人以上" drops 全年 and is ge; "稳定在97%以上" is ge (set 13); "新增智能网联汽车技术专业1个" and "建成市级骨干专业2个" keep their
/// verbs (set 32's "建设省级高水平中职学校"); "由2032年的62%提高到68%" gives "from 62@2032"; "新增合作企业15家，新开设企业订单班4个" gives two indicators, each with its own verb;
/// "力争省级职业院校技能大赛获奖不少于12项" is ge, "力争" no part of the name (as "力争达到"); "引进企业技术骨干担任兼职教师20名" is named by its verb phrase before the value; "每名专业课教师每年企业实践"
/// keeps its words (set 21); "省级以上" inside a name changes nothing (set 16); "国家助学金发放率、免学费政策落实率均达到100%" gives one indicator a name (sets 22 and 28);
/// "全年办学经费投入不低于5600万元" drops 全年 and "其中实训教学经费占比不低于20%" is named by its own noun (set 24).
/// In the 行动方案（2033—2035年） (骧州) the plan's year is 2035, its last year; "到2035年，全省A…，B…，C…；…基本形成。" gives 全省 to its three values, the clause after the
/// "；", with no value, being an aim, no indicator and no task (set 31); the next sentence "到2034年，全省每个县（市、区）至少建成1个特殊教育资源中心。" is an indicator of 2034 with
/// 全省, read round the value keeping 每个 and the bracket ("每个县（市、区）建成特殊教育资源中心 ge 1个", set 18 and the scorer's own "每个乡镇办好公办中心幼儿园 ge 1所"), and no task (set
/// 13); "其中孤独症儿童学位不少于1200个" is named by its own noun (set 20); "每所特殊教育资源中心至少配备3名专职巡回指导教师" is read round the value (set 18); "每名送教上门学生每学年送教时间不少于80课时" is a
/// per-person requirement in 课时 and an indicator (set 26), keeping 每名 and 每学年 (set 20); "每年培训特殊教育骨干教师600名" keeps 每年 (set 14);
/// "特殊教育教师特殊岗位补助标准不低于基本工资的15%", which no earlier set had, is "ge 15%" with "基本工资的" no part of the name, as "每生每年" between the comparator and the value
/// (set 16); "不低于每生每年9000元" is "ge 9000元" (set 16); "三年累计投入特殊教育专项资金约18亿元" drops "三年", keeps "累计" and is approx (sets 15 and 18).
/// Years: the city's 要点, the county's 计划, the primary school's spring term, the 教研中心's 要点 and the vocational school's plan are of 2033, the county's 总结
/// of 2032; the 行动方案（2033—2035年） is of 2035 except its "到2034年，" sentence (2034, to its 。).
/// Headings: the city's 要点 gives 一、…四、 at depth 0, titles with a comma being the whole line (set 17), and its "（N）lead。body" paragraphs, restarting under
/// each part, at depth 1 (set 30); its own signature "骐阳市教育局" and date are kept. The county's "一、2032年工作总结", "二、存在的问题" and "三、2033年工作计划" are depth 0; the
/// 总结's "（N）lead。body" paragraphs are depth 1; "一是…；二是…；三是…" under 二、 is no heading; under 三、 "（一）主要目标", "（二）重点工作" and "（三）保障措施" (titles alone) are depth
/// 1, （二）'s "1.title" lines alone depth 2 and their "（N）lead。body" items depth 3 (set 18), and the paragraphs under （一） and （三） no headings (sets 13 and
/// 24); the notice above the PDF and the PDF's title, introduction, signature and date are the documents' and no headings (set 12). The primary school's
/// goal lines "1.德育目标：…" keep the part before the colon at depth 1 (set 24); 二、's （一）…（三） (titles alone) are depth 1 over "1.lead。body" items at depth 2,
/// restarting under each; the month lines under "三、月工作安排" are no headings. The 教研中心's 一、工作目标 has a paragraph and no heading under it (set 30); 二、's
/// "（N）lead。body" paragraphs are depth 1; the quarter lines under "三、工作安排" are no headings (set 17). The vocational school's goal lines "1.招生就业：…" keep
/// the part before the colon at depth 1 (set 24); 二、's （一）…（四） (titles alone) are depth 1 over "1.lead。body" items at depth 2, restarting under each;
/// 三、's "（N）lead。body" paragraphs are depth 1. The 行动方案's 一、主要目标 has a paragraph and no heading under it (set 30); 二、's and 四、's "（N）lead。body"
/// paragraphs are depth 1 and 三、's stages "（一）启动实施阶段（2033年4月—6月）。body" headings of their lead phrase with its bracket at depth 1 (set 25); the notice
/// above it (文号, addressees, body, the six signers on two lines, date, "（此件主动公开）") is the document's and no heading (sets 12 and 18), and the 方案 has no
/// signature of its own.
/// Schedules: the primary school's month lines "二月：" … "七月：", in Chinese numerals without 份 (set 25), are of 2033, each action apart by "；" a task keyed
/// by its first clause with no owner (sets 16 and 18, set 20's Adjusted paragraph); "开展作业设计评比" and "举办“书香少年”读书节" are tasks of their items and again of
/// their month lines. The 教研中心's "第一季度：" … "第四季度：" lines are tasks keyed by their first clause with no owner, due the quarter's last month of 2033
/// (2033-03, 2033-06, 2033-09, 2033-12; set 17), one task an action. The 行动方案's stages are tasks keyed by the first clause of their body with no owner,
/// due the last month of the range in their bracket, of the year written there ("2033年4月—6月" → 2033-06, "2033年7月—2034年12月" → 2034-12, "2035年1月—10月" →
/// 2035-10; set 27), the first keyed "各市制定本地区实施方案" with its subject.
/// Tasks: "（责任处室：…）", "（责任股室：…）", "（责任部门：…）" and "（负责人：…）" name their office or person, and "（责任处室：A、B）", "（责任股室：A、B）", "（责任部门：A、B）" and "（负责人：A、B）" lead
/// with the whole list (set 18's Adjusted paragraph); "（牵头单位：A；配合单位：B）" and "（牵头单位：A；配合单位：B、C）" name A (sets 11 and 15), and "（牵头单位：A、B）", which no
/// earlier set had, leads with the whole list like set 25's "（牵头处室：A、B）"; "由职成教处牵头，11月底前…" and "由语文教研组牵头，6月底前…" lead that deadline's task (set 18); an
/// item or a "（N）lead。body" paragraph with an owner bracket and no deadline gives a task under its title or lead phrase ("促进义务教育优质均衡", "深化“双减”工作",
/// "严格师德师风管理", "维护校园安全", "推进集团化办学", "补充教师力量", "开展主题教育", "抓实课堂教学", "守牢校园安全", "提升食堂管理", "推进“学科大教研”", "培养骨干教研力量", "推进课堂革命", "引育高层次人才", "加强德育和心理健康教育",
/// "推进融合教育", "加强师资队伍建设", "强化经费保障"), with a deadline the deadline's task only (set 21); a deadline after a comma ("…95%，9月底前上线…", "…80%，4月底前举办…",
/// "…80学时，6月底前完成…", "…4片，10月底前承办…", "…100%，4月底前完成…", "…60分钟，5月底前开展…", "…2轮，4月底前发布《…》", "…300个，11月底前举办…", "…2000条，年底前建成…", "…4个，9月底前与…共建…",
/// "…800万元，6月底前建成…", "…12项，10月底前举办…", "…100%，11月底前完成…") or opening a sentence ("9月底前举办全市第9届中小学生艺术节", "5月底前完成教师招聘计划申报", "2033年10月底前出台《…》") is a task keyed
/// by the rest of its clause (sets 13 and 20), with the item's owner bracket where there is one — also where a telephone sentence stands between the
/// deadline and the bracket — and no lead where there is none (sets 15 and 22), a 全市 or 全区 inside it reaching nothing (set 23); a deadline with its
/// subject after it ("8月底前骐阳市第十一中学新校区建成投用", "8月底前骅山县第二实验小学建成投用", "2034年8月底前骐阳市孤独症儿童康复教育学校建成投用") is keyed by the rest of the sentence (set 13); "年底前"
/// gives the plan's year alone ("2033", set 28); in the 行动方案 a deadline with a written year keeps it ("2034年8月底前" → "2034-08", "2033年10月底前" → "2033-10";
/// sets 15 and 22). The notices' and the furniture's dates (the comment's "本周五前", "周一") are no tasks.
/// Furniture: on the news site (潮见新闻), where the city bureau's 要点 is reposted in the 政务号 channel, which no earlier set had, the site's name with its
/// slogan, the channel menu with 下载客户端 and 登录, the "›" path, the news headline "骐阳教育“任务书”出炉：…" (not the plan's title, which follows the editor's note and
/// is kept, set 20), the 政务号/date/来源 line, the 字号/听新闻 row, the "【编者按】…" line (the site's words, not the 要点's introduction, which follows its title, set
/// 28), the two picture captions "图为…。骐阳市教育局 供图" (between （二） and （三） of 一、) and "图为…。潮见新闻记者 欧阳青 摄" (between 三、（三） and 四、) — plain lines with no mark,
/// noise although they read like sentences of the plan —, the 责任编辑/图片编辑/校对 line, the 潮见号 statement, the 👍/收藏/分享至 row, the 暂无评论 line, "热新闻" and its three
/// titles (noise although each begins with a number), the 关于潮见/新闻热线 line and the ©/ICP/许可证 line are noise; the plan's title, introduction, body, the
/// bureau's signature "骐阳市教育局" and date are kept.
/// On the county bureau's site (骅山教体网), where the plan is the text of a PDF attachment previewed under its notice, the site's name line
/// "骅山教体网　·　骅山县教育和体育局" (noise although the signatures under the notice and under the plan, "骅山县教育和体育局", are kept), the 今天是/设为首页/加入收藏/无障碍浏览 row, the menu,
/// "当前位置：首页 ＞ 通知公告", the 发布时间/来源/浏览次数/字号 line, the "📎 附件下载：….pdf（586 KB）　下载次数：47" line, "▼ 附件在线预览", the PDF's running header "骅山县教育和体育局　　骅教体〔2033〕3号附件"
/// at the top of each of its three pages (three times: above the plan's title, between "…新增学位960个，" and its carried-over part, and above "4.发展体育事业";
/// noise although it names the notice's 文号, which is kept in the notice), each page mark "第 N 页 共 3 页" at the foot of a page (three: under "…新增学位960个，",
/// under 3.（2）, under the plan's date), "▲ 预览结束", the 〖打印本页〗〖关闭窗口〗〖返回顶部〗 row, 上一篇/下一篇, the 版权所有/地址/电话 line and the ICP/公网安备/技术支持 line are noise; the page
/// heading (the notice's title), the 文号, addressees, body, "附件：…" line, signature and date of the notice, and the PDF's title, introduction, body,
/// signature and date are kept, the notice's date being no task.
/// In the office app's announcement (禾信工作台), which no earlier set had in this form (set 20's 工作通知 forwarded a document), the announcement's title is the
/// plan's title and kept; the app's line "禾信工作台　·　骢溪县实验小学" (noise although the school's signature under the plan is kept), the ＜ 返回/公告详情 row, the "📌
/// 置顶　｜　重要" line, the 发布人 line, the 发布范围 line (its "118人" no number), the "📊 春季学期校历.xlsx…点击预览" attachment card between 二、 and 三、, the 已读/未读 line, the
/// 赞/评论/转发 row, "评论", every line of the three comments (the name lines "陶雨桐　教导处", "韩立新　三年级组" and "沈知远（发布人）" — noise although short like unnumbered titles
/// —, the texts — noise although the second quotes "2小时" and the first names "本周五前" —, the "02-12 hh:mm" lines), the 写评论 line and the support line are
/// noise; the school's signature "骢溪县实验小学" and date are kept.
/// In the WeChat article (骐湖教研) the article's title is the plan's title and kept; the "原创　区教研中心　骐湖教研　date time　骧州" line, the "👆 点亮…星标…" line, each 【图文】
/// card's two lines (its title and "骐湖教研　·　阅读 N"; one card between （二） and （三） of 二、, one between （六） and 三、), "/ END /", the 文稿/编辑/审核 line, "往期推荐" and
/// its three titles, "阅读原文", the 阅读/👍/在看 line, "写留言" and the "扫码关注我们…" line are noise; the 教研中心's signature "骐阳市骐湖区教研中心" and date are kept.
/// On the vocational school's enterprise-style website (华骐职校), which no earlier set had, the logo line "华骐职校　HUAQI VOCATIONAL SCHOOL　　｜　　产教融合 · 技能成才",
/// the 招生热线/邮箱/简体｜EN row (its 400 number no number), the menu, the banner line "2033年秋季招生火热进行中…", the "新闻中心 ＞ 通知公告 ＞ 正文" path, the 发布者/发布时间/点击 line, the
/// "【招生快讯】…“3+2”…>>" line between （二） and （三） of 二、, the 分享 row, 上一条/下一条, the label "合作企业" (noise although short like an unnumbered title) and its strip
/// of four firms, the "💬 在线咨询　　📝 预约参观　　✅ 立即报名" float row, the ©/版权所有/地址 line and the ICP/公网安备 line are noise; the page title (the plan's title), the
/// school's signature "骧州华骐职业技术学校" and date are kept.
/// On the provincial government's 政府信息公开 platform the platform's name, the 公开指南/公开制度/法定主动公开内容/公开年报/依申请公开 row, "您当前所在位置：…", the three metadata lines
/// (索引号/主题分类, 发文机关/成文日期, 文号/发布日期 even where it repeats the notice's 文号), the 字体/语音播报/浏览次数 line, the "📖 解读：《…》政策问答 ›" link under it (noise although it
/// names the plan), the "🖼 图解：一图读懂… ›" link between 二、（五） and 三、, "相关解读：" and its two titles (noise although the first begins with the plan's 《》 title),
/// the ［打印本页］［关闭窗口］［我要纠错］ row, the 主办/承办 line and the 标识码/ICP/公网安备 line are noise; the page heading (the notice's title), the 文号, addressees, body, the
/// six signers on two lines, the date, "（此件主动公开）" and the plan's title, introduction and body are kept.
/// Decided for set 34 (this set): counts of 作业管理专项督查 ("每学期开展…1次", set 33), 应急疏散演练 ("每月开展…1次", set 31), 课堂教学视导 and 教学视导 ("每学期开展…2轮"), 校园安全隐患排查
/// ("每月开展…1次"), 教育重点工作调度会 ("每季度召开…1次"), 主题班会 ("每班每周开展…1次", set 21), 作业设计评比 ("每学期开展…1次"), 卫生消毒专项检查 ("每学期开展…2次"), 膳食委员会会议
/// ("每月召开…1次"), 园本教研活动 ("每两周开展…1次"), 家长会 ("每学期召开…2次") and 专班会议 ("每季度召开…1次") held are notIndicators like the counts above, a count held listed once
/// however often it appears in its document (set 21), and so are the 运动会 named by their ordinal ("第10届" → "10届", "第15届" → "15届", "第16届" → "16届", set 17; each also the
/// key of a deadline task), the 文号 (2号), the stock counts of the city's introduction (各级各类学校, 在校学生), a point change beside its value ("较上年提高1.9个百分点", set 17)
/// and the threshold inside a name that carries a target ("35周岁以下青年教师师徒结对率达到100%" → "35周岁", the indicator keeping it, set 17). Chinese numerals are no digits
/// ("三年级", "六年级", "三至六年级", "“六一”", "“三环五步”", "第二实验中学", "三年累计"); the furniture's figures (the headline's "1.2万个", "42 KB", the counters, the comments'
/// times and 👍 counts, "（精选5篇）", "3所" in a 相关阅读 title) are no numbers of the plan.
/// Readings: in the city's 要点 (瑷阳) the first sentence of 一、（一） names no scope and the second, headed by 全市, gives 全市 to its two values; "由2033年的58%提高到62%" gives
/// "from 58@2033"; "全年" is dropped ("新建、改扩建公办幼儿园", "招聘中小学幼儿园教师" approx with its 左右, "教育经费投入"); "城区小学、初中平均班额分别控制在42人、48人以内" gives two le with
/// 城区 (set 18); 全市 at the head of 二、（二）'s body is the scope of its value, the 督查 held after it changing nothing; "每所中小学至少组建3个体育社团" is read round the value (set
/// 18); "其中乡村学校教师不少于420名" and "其中骨干教师比例不低于20%" are named by their own nouns (sets 20 and 24); "不低于每生每年1080元" is "ge 1080元" (set 16); "A、B均保持100%"
/// gives one indicator a name, the second borrowing nothing (sets 22, 30 and 33).
/// In the county's 工作计划 (璩山) "2034年，全县A…，B…；C…。" gives 全县 to its three values past the "；" (set 13), "保持在99.5%以上" being ge; 城区 at the head of the next
/// sentence gives two le with 城区 (sets 15 and 18); "其中璩口镇新增学位不少于600个" gives the town as the scope of that part only (sets 27 and 33); 全县 at the head of
/// （二）1.'s body is the scope of its value, the 视导 held after it changing nothing (set 20); "由2033年的56%提高到60%" gives "from 56@2033" and "学生每天校内体育活动时间" keeps 每天
/// with no scope; "全年招聘教师100名左右" is approx with 全年 dropped and "其中紧缺学科教师不少于35名" named by its own noun (set 20); "每名教师年度培训" keeps 每名 and 年度 (set 17);
/// "县级以上骨干教师达到380名" keeps its words, "县级以上" changing nothing (set 16); the quoted "“明厨亮灶”" stays in its name (set 33); the 保障措施 paragraph's "全年教育经费投入不低于
/// 7.2亿元" and "不低于每生每年920元" read as in the 要点, that paragraph naming no scope and being no heading, its 调度会 held a notIndicator.
/// In the school's plan (琤口镇中心小学) "三年级、六年级学业质量监测合格率分别…" gives each grade its whole name (set 15) and "六年级优秀率由上学期的35%提高到39%" gives "from 35" (set 16);
/// "保持在96%以上" is ge and "控制在5%以内" le; "每名学生每学期参加志愿服务不少于4小时", "每名班主任每学期家访不少于12户" and "每名教师每学期上校级公开课不少于1节" are per-person requirements
/// keeping their words (sets 12 and 20), "行政人员每周听课" its 每周; "三至六年级" stays in its name and "不超过60分钟" is le (sets 18, 19 and 28); "新立项市级以上课题3项" keeps its verb,
/// "市级以上" changing nothing (set 16); the quoted "“红领巾奖章”" in the sentence before the value lends nothing to the name.
/// In the kindergarten's plan (瓈溪一幼) "幼儿体检率、预防接种查验率均达到100%" gives one indicator a name, the second borrowing nothing (set 28); "其中体育活动时间不少于1小时" is named
/// "体育活动时间" (set 16); "小班、中班、大班幼儿发展评估达标率分别…" gives each class its whole name (set 16); "本科以上学历教师比例由上年的50%提高到55%" gives "from 50" with no @year
/// (set 16's "由上年的…"); "每名教师每学期撰写教学反思不少于8篇" keeps its words (set 20); "家长满意度达到96%以上" is ge; "全年投入保教设施设备经费不少于60万元" drops 全年; "本园"/"我园"
/// is no scope.
/// In the 总结和计划 (璘原) the 总结's figures are of 2033: "全年投入教育项目资金" and "全年招聘新教师" drop 全年; "璘原县城南幼儿园建成投用", with no deadline, is a fact and no task (set
/// 26); 全县 at the head of （二） gives 全县 to its three values, "较上年提高1.9个百分点" beside the third being a notIndicator; "其中乡村学校教师36名" is named by its own noun. The
/// 计划's figures are of 2034: "全县A…，B…；C…。" gives 全县 to all three past the "；" (set 13); 全县 at the head of 2.（1）'s body is the scope of its value, the 视导 held and
/// the deadline clause after it reaching nothing (sets 20 and 23), the quoted "“三环五步”" staying in its name; "由2033年的58%提高到61%" gives "from 58@2033"; "全年招聘教师85名左右"
/// is approx and "其中紧缺学科教师不少于25名" is named by its own noun (set 20); "每名教师年度培训" keeps 每名 and 年度 (set 17); the 保障措施 paragraph's "全年教育经费投入不低于6.9亿元"
/// names no scope.
/// In the 三年行动方案（2034—2036年） (瑷湖) the plan's year is 2036, its last year; "到2036年，全区A…，B…，C…；…基本形成。" gives 全区 to its three values, the clause after the
/// "；", with no value, being an aim, no indicator and no task (set 31); the next sentence "到2035年，全区公办园在园幼儿占比达到65%以上。" is an indicator of 2035 with 全区, ge,
/// and no task (sets 13 and 33); "三年新建、改扩建中小学幼儿园18所" drops "三年" (set 16) and "其中城区新增学位不少于8000个" is "新增学位" with 城区 for that part only (set 15);
/// "集团内骨干教师每年交流比例" keeps 每年 (set 16) and "每名教师每学年参加培训" keeps 每名/每学年 (set 20); "由2033年的57%提高到65%" gives "from 57@2033", the baseline's year being
/// written; "三年累计投入教育经费不少于45亿元" drops "三年" and keeps "累计" (sets 16 and 33); the 专班会议 held is a notIndicator.
/// Years: the city's 要点, the county's 计划, the school's spring term, the kindergarten's plan and the 计划 half of the 总结和计划 are of 2034, the 总结 of 2033; the
/// 三年行动方案（2034—2036年） is of 2036 except its "到2035年，" sentence (2035, to its 。).
/// Headings: the city's 要点 gives 一、…四、 at depth 0 and their "（N）lead。body" paragraphs, restarting under each part, at depth 1 (set 30); the notice above it (文号,
/// addressees, body, "附件：…" line, signature, date, "（此件主动公开）") and the "附件" label are the document's and no headings (set 12), and the 要点 has no signature
/// of its own. The county's "一、总体目标" has a paragraph and no heading under it (set 30); 二、's （一）…（四） (titles alone) are depth 1 over "1.lead。body" items at
/// depth 2, restarting under each; "三、保障措施" is depth 0 over a paragraph, no heading. The school's goal lines "1.德育目标：…" keep the part before the colon at depth 1
/// (set 24); 二、's （一）…（四） (titles alone) are depth 1 over "1.lead。body" items at depth 2, a （N） with a single item included (set 31); the month lines under
/// "三、月工作安排" are no headings. The kindergarten's goal lines "（一）保育目标：…" keep the part before the colon at depth 1 (set 11); 二、's "（N）lead。body" paragraphs are
/// depth 1; the quarter lines under "三、季度工作安排" are no headings (set 17); "四、保障措施" is depth 0 over a paragraph. The 总结和计划's "一、2033年工作总结", "二、存在的问题" and
/// "三、2034年工作计划" are depth 0; the 总结's "（N）lead。body" paragraphs are depth 1; "一是…；二是…；三是…" is no heading; under 三、 "（一）主要目标", "（二）重点任务" and
/// "（三）保障措施" (titles alone) are depth 1, （二）'s "1.title" lines depth 2 and their "（N）lead。body" items depth 3 (sets 18 and 33), and the paragraphs under （一） and
/// （三） no headings. The 行动方案's 一、主要目标 has a paragraph and no heading under it (set 30); 二、's and 四、's "（N）lead。body" paragraphs are depth 1 and 三、's stages
/// "（一）部署启动阶段（2034年3月—6月）。body" headings of their lead phrase with its bracket at depth 1 (set 25); the 方案 has no signature of its own.
/// Schedules: the school's month lines "二月：" … "七月：", in Chinese numerals without 份 (sets 25 and 33), are of 2034, each a task keyed by its first clause with no
/// owner. The kindergarten's "第一季度：" … "第四季度：" lines are tasks keyed by their first clause with no owner, due the quarter's last month of 2034 (2034-03,
/// 2034-06, 2034-09, 2034-12; set 17). The 行动方案's stages are tasks keyed by the first clause of their body with no owner, due the last month of the range in
/// their bracket, of the year written there ("2034年3月—6月" → 2034-06, "2034年7月—2035年12月" → 2035-12, "2036年1月—12月" → 2036-12; set 27).
/// Tables: the 行动方案's 重点任务清单 "序号　任务　牵头单位　完成时限", which on the news app's page follows the plan as an "附件：重点任务清单" line, the table's title and its
/// tab-separated rows beginning with a bare number, gives one task a row as set 19's 任务清单 and set 32's 分工表: keyed by its 任务 cell, led by the first unit of its
/// 牵头单位 cell ("区教育局、区住建局" → "区教育局", "区教育局、区大数据中心" → "区教育局"), "2035年8月底前" → "2035-08", "持续推进" giving no due; the "附件：…" line, the title, the
/// header row and the rows are the document's, no headings and no noise; its body items, with no owner and no deadline, give no task (set 17).
/// Tasks: "（责任处室：…）", "（责任股室：…）" and "（责任部门：…）" name their office; "由业务园长牵头，6月底前…" leads that deadline's task (set 18); an item or a "（N）lead。body"
/// paragraph with an owner bracket and no deadline gives a task under its title or lead phrase ("扩大普惠资源", "深化“双减”工作", "守牢安全底线", "推进城乡共同体建设", "强化安全管理",
/// "开展主题教育", "抓实课堂教学", "实施青蓝工程", "强化安全教育", "做好卫生保健", "保障膳食营养", "推进集团化办学", "补充教师力量"), with a deadline the deadline's task only (set 21);
/// a deadline after a comma ("…12户，4月底前召开家长会", "…2次，9月底前开通…", "…2轮，6月底前出台《…》", "…61%，10月底前举办…", "…96%，年底前建成…", "…100%，年底前完成…") or opening a
/// sentence ("6月底前完成幼儿园保育教育质量评估", "10月底前举办全市第10届…", "5月底前完成教师招聘计划申报", "10月底前举办全县第15届…") is a task keyed by the rest of its clause (sets 13
/// and 20), with the item's owner bracket where there is one and no lead where there is none (sets 15 and 22); a deadline with its subject after it ("8月底前璩山县城西
/// 小学建成投用", "8月底前璘原县第三实验小学建成投用") is keyed by the rest of the sentence (set 13); "年底前" gives the plan's year alone ("2034", set 28). The notices' and
/// the furniture's dates, and the 版记's "2034年1月15日印发", are no tasks.
/// Furniture: on the city bureau's website (瑷阳教育网), where the 要点 stands under its 印发 notice in the 通知公告 column, the site's name line "瑷阳教育网　　瑷阳市教育局主办"
/// (noise although the notice's signature "瑷阳市教育局" is kept), the menu, "当前位置：首页 > 通知公告", the 发布时间/来源/浏览次数/字体 line, the "📎 附件：….docx（42 KB）" download
/// line under the 要点 (noise although it names the 要点, whose "附件：…" line in the notice is kept), 【打印本页】【关闭窗口】, "相关链接" and its three "· " titles (noise although the
/// second is another body's 工作要点 title), 上一篇/下一篇, the 主办/地址/电话 line and the ICP/标识码 line are noise; the page heading (the notice's title), the 文号, addressees,
/// body, "附件：…" line, signature, date, "（此件主动公开）", the "附件" label and the 要点's title, introduction and body are kept.
/// On the county government's 政府信息公开 page (璩山县人民政府), the platform's name line, the 政务服务网/公开指南 row, "您所在的位置：…", the index table's three lines (索引号/主题分类,
/// 发文机关/成文日期 — noise although it names the bureau that signs the plan —, 文号/发布日期 with its "无"), the 发布时间/浏览次数/字体 line, the 【打印】【关闭】【收藏】 row, the 扫一扫
/// line, 上一篇/下一篇, the 主办单位/承办 line and the 标识码/ICP/公网安备 line are noise; the page heading (the plan's title, there being no notice), the introduction, body,
/// signature "璩山县教育局" and date are kept.
/// On the 范文 site (拾穗范文网) the site's name with its slogan, the menu with 登录/注册, the 当前位置 path, the "本文由网友…投稿，拾穗范文网整理发布…" line, the 下载Word/收藏/打印 row,
/// the "【广告】…" line between （二） and （三） of 二、, the "本文由拾穗范文网整理…" line under the date, the 下载/收藏/有用 row, "猜你喜欢" and its three "· " titles and the
/// Copyright/ICP line are noise; the page title (the plan's title), the school's signature "琤口镇中心小学" and date are kept.
/// In the WeChat article (瓈溪一幼) the article's title is the plan's title and kept; the "点击上方蓝字…关注我们" line, the account/date/place line, each picture's two lines
/// (the "图片" placeholder the copy gives for the image and its "▲ …" caption; one picture between 一、（二） and 二、, one between （三） and （四） of 二、 — noise although the
/// captions read like short titles), the 文字/编辑/审核 line, "往期回顾" and its three titles, "阅读 1286", the 分享/收藏/👍/在看 row, "写留言" and the 长按识别 line are noise;
/// the kindergarten's signature "瓈溪县第一幼儿园" and date are kept.
/// In the Word paste (璘原县教育局) the "目　录" label and its three entries ("一、2033年工作总结⇥1", "二、存在的问题⇥2", "三、2034年工作计划⇥2", the heading, a tab and its page number)
/// are noise although each repeats a heading word for word (set 30), the headings being the lines in the body; each 页脚 "— N —" (three: under 一、（三）, under 2.（1） and
/// under the 版记) and the 页眉 "璘原县教育局　　年度工作总结和计划" at the top of pages 2 and 3 (twice) are noise; the title, introduction, body, the signature "璘原县教育局", the
/// date and the 版记's "抄送：…" line and "璘原县教育局办公室　　　　2034年1月15日印发" line are the document's and kept, no headings and no tasks (set 16).
/// On the news app's share page (瑷闻客户端) the "📱 瑷闻客户端　　…打开APP阅读 >" banner, the news headline "瑷湖区三年行动方案发布：…" (not the plan's title, which follows the
/// lead-in and is kept, set 20), the 客户端/记者/date line, the reporter's lead-in "近日，…现将全文刊发如下。" (the app's words, not the 方案's introduction, which follows its
/// title, set 28; noise although it names the plan), the "（来源：瑷湖区教育局）" line, the 责任编辑 line, the "打开瑷闻APP，查看更多精彩评论" prompt, "评论（2）", every line of the
/// two comments (the "name　　MM-DD hh:mm" line, the text — noise although the first names the 第二实验中学 of a task and the second 城区 —, the "👍 N" line), "相关阅读" and
/// its two titles and the © line are noise; the plan's title, introduction, body and table are kept.
/// Decided for set 35 (this set): counts of 教学视导 and 课堂教学视导 ("每学期开展…2轮", set 34), 校园安全隐患排查 ("每月开展…1次", set 34), 作业设计评比 ("每学期开展…1次", set 34),
/// 联席会议 ("每年召开…2次", set 33) and 教育重点工作调度会 ("每季度召开…1次", set 33) held are notIndicators like the counts above, a count held listed once however often it
/// appears in its document (set 21), and so are the 运动会 and the 艺术节 named by their ordinal ("第17届" → "17届", "第12届" → "12届", set 17; each also the key of a deadline
/// task), the 文号 (4号), the stock counts of the 要点's introduction (中小学幼儿园, 在校学生), a point change beside its value ("较上年提高1.6个百分点", set 17) and the thresholds
/// inside names that carry a target ("35周岁以下青年教师师徒结对率达到100%", "35周岁以下青年教师汇报课参与率达到100%" → "35周岁", the indicators keeping them, set 17). Chinese
/// numerals are no digits ("第十二中学", "第二中学", "第四小学", "七年级", "八年级", "九年级", "第一次", "第二次", "三轮", "三年", "三项"); the furniture's figures (the file's "3页",
/// "1.3万次", "4.8分", "126人", "1积分", the reply's "3楼" and "满分100分", the 👍 counts, the 听新闻 row's "06:12") are no numbers of the plan.
/// Readings: in the county's 要点 (瑨山) the first sentence of 一、（一） names no scope and the second, headed by 全县, gives 全县 to its two values, the deadline sentence with its
/// subject after it ("8月底前瑨山县城北实验学校建成投用") reaching nothing (set 34); "由2034年的72%提高到80%" gives "from 72@2034"; 全县 at the head of 二、（一）'s body is the scope of its
/// value, the 视导 held after it changing nothing; "全年" is dropped ("新建、改扩建中小学幼儿园", "招聘教师" approx with its 左右, "教育经费投入"); "其中紧缺学科教师不少于40名" is named by its
/// own noun (set 20); "A、B均保持100%" gives one indicator a name, the second borrowing nothing ("“一键报警”装置联网率", sets 22, 30 and 33); the 全县 of the introduction's stock
/// counts reaches nothing.
/// In the city's 实施方案（2035—2037年） (瑢阳) the plan's year is 2037, its last year; "到2037年，全市A…，B…；…基本形成。" gives 全市 to its two values, the clause after the "；",
/// with no value, being an aim, no indicator and no task (set 31); the next sentence "城区小学、初中平均班额分别控制在40人、45人以内。" gives two le with 城区 of 2037 (sets 15 and 18);
/// "到2036年，全市…达到100%。" is an indicator of 2036 with 全市 and no task (sets 13, 33 and 34); "三年新建、改扩建义务教育学校20所" and "三年培养市级骨干教师600名" drop "三年" (set 16);
/// "集团内骨干教师每年交流比例" keeps 每年 (set 16) and "每名教师每学年参加培训" keeps 每名/每学年 (set 20); "稳定在93%以上" is ge (set 13); "由2034年的60%提高到66%" gives "from 60@2034";
/// "每所学校至少组建4个艺术社团" is read round the value (set 18); "三年累计投入义务教育经费不少于120亿元" drops "三年" and keeps "累计" (sets 16 and 33); "不低于每生每年1100元" is "ge 1100元"
/// (set 16).
/// In the middle school's plan (璠原二中) "七年级、八年级期末学业质量检测合格率分别…" gives each grade its whole name (set 15) and "九年级模拟考试优秀率由上学期的30%提高到34%" gives "from 30"
/// (set 16); "保持在98%以上" is ge; "每名教师每学期听课", "行政人员每周听课", "每名教师每学期上校级公开课" and "每名教师每学期撰写教学反思" keep their words (sets 12, 20 and 34); "不超过90分钟"
/// is le (set 18); "新立项市级以上课题4项" keeps its verb, "市级以上" changing nothing (set 16); "达到45%以上" is ge.
/// In the 教研组's plan (瑱溪实验中学) "七年级、八年级数学期末检测合格率分别…" gives each grade its whole name and "由上学期的28%提高到32%" gives "from 28" (sets 15 and 16); "组内教师市级以上
/// 优质课获奖不少于3项" is named by the words before the comparator; "每名教师每学期上组内研讨课至少1节" is ge, named by the words before it (set 33); "控制在30分钟以内" is le; "结对师傅
/// 每月听徒弟课" keeps 每月 like 每周 (set 17); "每周三下午开展集体备课" has no digit and no value.
/// In the 总结和计划 (琇原) the 总结's figures are of 2034 and the 计划's of 2035, as set 34's: "全年投入教育项目资金" and "全年招聘新教师" drop 全年; 全县 at the head of （二） gives
/// 全县 to its three values, "较上年提高1.6个百分点" beside the third being a notIndicator; "其中乡村学校教师40名" is named by its own noun; "2035年，全县A…，B…；C…。" gives 全县 to all
/// three past the "；" (set 13); the sentence "新组建城乡教育集团5个，集团化办学覆盖率" of 1.（2）, cut by the first page break between the name and its value, runs on after the page
/// number and the running header into "达到82%。" at the top of page 2 (as set 15's PDF break between a name and its value): the carried line stays in （2）, no heading and no
/// noise, and the indicator is read as if the sentence were unbroken ("集团化办学覆盖率 eq 82%", borrowing nothing from "城乡教育集团"); 全县 at the head of 2.（1）'s body is the
/// scope of its value, the 视导 held after it reaching nothing; "由2034年的58%提高到61%" gives "from 58@2034"; the 保障措施 paragraph names no scope.
/// In the county's 工作计划 (璆山) "2035年，全县A…，B…；C…。" gives 全县 to its three values past the "；" (set 13), "保持在99.2%以上" being ge; 城区 at the head of the next sentence
/// gives two le with 城区 (sets 15 and 18); "由2034年的55%提高到60%" gives "from 55@2034"; 全县 at the head of （二）1.'s body is the scope of its value; "每所中小学至少组建3个艺术社团"
/// is read round the value (set 18); "全年招聘教师80名左右" is approx with 全年 dropped and "其中乡村学校教师不少于30名" named by its own noun (set 20); "每名教师年度培训" keeps 每名
/// and 年度 (set 17); "学校食堂食品安全责任险投保率" keeps its words.
/// Years: the 要点, the middle school's and the 教研组's spring terms, the county's 计划 and the 计划 half of the 总结和计划 are of 2035, the 总结 of 2034; the 实施方案（2035—2037年）
/// is of 2037 except its "到2036年，" sentence (2036, to its 。).
/// Headings: the 要点 gives 一、…四、 at depth 0 and their "（N）lead。body" paragraphs, restarting under each part, at depth 1 (set 30); it has no signature. The 实施方案's
/// 一、工作目标 has a paragraph and no heading under it (set 30); 二、's and 四、's "（N）lead。body" paragraphs are depth 1 and 三、's stages "（一）动员部署阶段（2035年3月—5月）。body"
/// headings of their lead phrase with its bracket at depth 1 (set 25); the notice above it (文号, addressees, body, signature, date, "（此件主动公开）") is the document's and
/// no heading (set 12), and the 方案 has no signature of its own. The middle school's "一、指导思想" is depth 0 over a paragraph, no heading; its goal lines "1.质量目标：…"
/// keep the part before the colon at depth 1 (set 24); 三、's （一）…（四） (titles alone) are depth 1 over "1.lead。body" items at depth 2, a （N） with a single item
/// included (set 31); the month lines under "四、月工作安排" are no headings; the document's title on page 1, the signature "璠原县第二中学教务处" and the date are kept. The 教研组's
/// "一、工作思路" is depth 0 over a paragraph; its goal lines "1.质量目标：…" are depth 1; 三、's "（N）lead。body" paragraphs are depth 1, the （四） and （五） carried into
/// the 2楼 floor after "接上楼：" continuing the same list (set 11's "接上楼：" noise); the month lines are no headings; the plan's title, the signature "瑱溪县实验中学数学
/// 教研组" and the date are kept. The 总结和计划 is read as set 34's: "一、2034年工作总结", "二、存在的问题" and "三、2035年工作计划" at depth 0, the 总结's "（N）lead。body"
/// paragraphs at depth 1, "一是…；二是…；三是…" no heading, "（一）主要目标", "（二）重点任务" and "（三）保障措施" at depth 1, （二）'s "1.title" lines at depth 2 and their "（N）lead。
/// body" items at depth 3, the paragraphs under （一） and （三） no headings. The 工作计划 in the app is read as set 34's county plan: "一、总体目标" and "三、保障措施" at depth 0
/// over paragraphs, 二、's （一）…（四） at depth 1 over "1.lead。body" items at depth 2; the plan's title, signature "璆山县教育局" and date are kept.
/// Schedules: the middle school's month lines "二月：" … "七月：" and the 教研组's "二月：" … "六月：", in Chinese numerals without 份 (sets 25, 33 and 34), are of 2035, each a
/// task keyed by its first clause with no owner; "举办“同课异构”展示活动" is a task of its item (with its 负责人) and again of its month line (set 33). The 实施方案's stages are
/// tasks keyed by the first clause of their body with no owner, due the last month of the range in their bracket, of the year written there ("2035年3月—5月" → 2035-05,
/// "2035年6月—2036年12月" → 2036-12, "2037年1月—10月" → 2037-10; set 27), the first keyed "各县（市、区）制定本地实施方案" with its subject (set 33's "各市制定本地区实施方案").
/// Tables: the 总结和计划's 重点工作任务分解表 "序号　工作任务　责任单位　完成时间", which follows the signature and date under an "附件" label and its title, gives one task a row
/// as set 34's 重点任务清单: keyed by its 工作任务 cell, led by the first unit of its 责任单位 cell ("县教育局、县住建局" → "县教育局"), "2035年8月底前" → "2035-08", "持续推进" giving
/// no due; the "附件" label, the title, the header row and the rows are the document's, no headings and no noise; the body items, with no owner and no deadline, give no
/// task (set 17), and the 总结's "建成" facts none.
/// Tasks: "（责任股室：…）" and "（责任部门：…）" name their office; "（负责人：罗清）", which names a person, leads with the person (set 17's "（责任人：…）"); "（牵头单位：A；配合单位：B）"
/// names A (sets 11 and 15); an item or a "（N）lead。body" paragraph with an owner bracket and no deadline gives a task under its title or lead phrase ("推进集团化办学",
/// "强化安全管理", "深化集团化办学", "规范集体备课", "实施青蓝工程", "抓实集体备课", "发展普惠学前教育", "强化校园安全"), with a deadline the deadline's task only (set 21); a deadline
/// after a comma ("…90%，4月底前举办…", "…45%以上，5月底前完成…", "…1节，4月底前举办…", "…8.1亿元，年底前完成…", "…100%，年底前完成…") or opening a sentence ("6月底前出台《…》",
/// "10月底前举办全县第17届…", "5月底前完成教师招聘计划申报", "2036年8月底前建成…", "2035年12月底前出台《…》", "以课题带教研，6月底前完成…") is a task keyed by the rest of its clause
/// (sets 13 and 20), with the item's owner bracket where there is one and no lead where there is none (sets 15 and 22); a deadline with its subject after it ("8月底前瑨山县
/// 城北实验学校建成投用", "8月底前璆山县第四小学建成投用") is keyed by the rest of the sentence (set 13); "年底前" gives the plan's year alone ("2035", set 28); in the 实施方案 a
/// deadline with a written year keeps it ("2036年8月底前" → "2036-08", "2035年12月底前" → "2035-12"). The notice's and the furniture's dates (the forum's "发表于" times, the
/// 上传 date) are no tasks.
/// Furniture: on the provincial department's website (瑢州省教育厅), where a county's 要点 is reposted in the 工作动态 › 市县动态 column, the department's name line, the menu,
/// "当前位置：首页 > 工作动态 > 市县动态", the 来源/作者/发布时间/字号 line (noise although it names the bureau whose 要点 it is), the 【打印】【关闭】 row, "相关新闻" and its three "· "
/// titles (noise although they name places of this set) and the 主办/地址/邮编 and ICP/公网安备 lines are noise; the page heading (the 要点's title), introduction and body are
/// kept.
/// On the city government's 政务公开 page (瑢阳市人民政府) the government's name line, the menu, 当前位置, the 文号/发布日期/信息来源/字体 line (noise although it repeats the notice's
/// 文号, which is kept on its own line), "政策解读：" and its two "· " links (noise although both name the 方案 in 《》), the 【打印本页】【关闭窗口】【我要纠错】 row, 上一篇/下一篇, the
/// 主办/承办 line and the 标识码/ICP/公网安备 line are noise; the page heading (the notice's title), the 文号, addressees, body, signature "瑢阳市教育局", date, "（此件主动公开）" and the
/// 方案's title, introduction and body are kept.
/// In the document viewer (芸帙文库) the site's name, the 登录/注册 row, the 🔍 search line, the › path, the file name "璠原县第二中学2035年春季学期教学工作计划.doc" (noise, not the
/// document's title, which opens page 1 and is kept, set 12), the 页数/上传者/浏览/评分 line, each page marker "第1页／共3页", "第2页／共3页", "第3页／共3页" (at the foot of each
/// page: under 二、3., under 三、（四）1., under the date), the "展开阅读全文 ∨" cut between 三、（二） and （三） (set 11), the 下载/打印/收藏/举报 row, the 为文档打分 line, "相关文档"
/// and its three files and the © line are noise; the document's title, introduction, body, signature and date are kept.
/// In the forum thread (青衿教师论坛) the › path, the thread title "【分享】…请大家指点" (noise, not the plan's title, which follows the poster's covering line and is kept), the 楼主
/// header, the poster's covering line "各位老师好，…请多指教：" (the poster's words, not the plan's introduction, set 11's reposter's note), "（未完，接2楼）", each 点赞/回复/举报 row
/// (four), the 2楼 header and "接上楼：" (set 11), the 签名 line, the 3楼 and 4楼 headers and their texts (noise although the question names the 作业设计评比 of the plan), 快速回复,
/// the 登录 prompt and the footer are noise; the plan's title, introduction, body, signature and date are kept, across both floors.
/// In the PDF converted to text (琇原县教育局) there is no furniture but the page numbers "- 1 -", "- 2 -", "- 3 -" (at the foot of each page: after the broken "…集团化办学覆盖率",
/// under the date, under the table) and the running header "琇原县教育局　　年度工作报告" at the top of pages 2 and 3 (twice), each listed every time it appears; the title,
/// introduction, body, signature, date, "附件" label, the table's title, header row and rows are the document's and kept.
/// In the county 融媒体 app (璆山融媒) the app's name line, the headline "2035年，璆山教育这样干！" (not the plan's title, which follows the 听新闻 row and is kept, set 20), the
/// 融媒体中心/date line, the "🎧 听新闻　　00:00 / 06:12" row, the "来源：璆山县教育局" line under the date (noise although it names the bureau that signs the plan), the 编辑 line,
/// the 审核 line, the 点赞/分享/收藏 row, "推荐阅读" and its three titles (noise although the second names the 第四小学 of a task) and the download prompt are noise; the plan's title,
/// introduction, body, signature "璆山县教育局" and date are kept.
/// Decided for set 36 (this set): counts of 教学视导, 课堂教学视导 and 学科视导 ("每学期开展…2轮", set 34), 校园安全隐患排查 ("每月开展…1次", set 34), 教育重点工作调度会
/// ("每季度召开…1次", set 33), 师德师风专项检查 ("每学期开展…1次", set 33), 主题班会 ("每月开展…2次", set 21), the weekly 公示 of 班级常规量化考核 ("每周公示1次"), 眼保健操
/// ("每天组织…2次") and 领导小组会议 ("每年召开…2次", set 33's 联席会议) held are notIndicators like the counts above, a count held listed once however often it appears in its
/// document (set 21), and so are the 运动会 named by their ordinal ("第9届" → "9届", "第21届" → "21届", set 17; each also the key of a deadline task), the 文号 (3号), a point
/// change beside its value ("较上年提高2.1个百分点", set 17) and the threshold inside a name that carries a target ("35周岁以下青年教师入格课达标率达到100%" → "35周岁", set 17).
/// Chinese numerals are no digits ("第十四中学", "第二实验小学", "第五幼儿园", "第一中学", "三至六年级", "“六一”", "三年", "三级"); the furniture's figures (the 阅读次数 "1642",
/// the 范文 site's "3.2万", "约2100字" and "8折", the WeChat "阅读 2106", "赞 68" and "在看 23", the 页脚's "第 N 页 共 2 页", the 索引号, and the expert's "2700个" in the
/// 专家解读 box) are no numbers of the plan.
/// Readings: in the county's 工作计划 (栝山) "2036年，全县A…，B…；C…。" gives 全县 to its three values past the "；" (set 13), "保持在99.4%以上" being ge; 城区 at the head of the next
/// sentence gives two le with 城区 (sets 15 and 18); "由2035年的57%提高到62%" gives "from 57@2035"; 全县 at the head of （二）1.'s body is the scope of its value, the 视导 held
/// after it reaching nothing; "全年招聘教师95名左右" is approx with 全年 dropped and "其中乡村学校教师不少于35名" named by its own noun (set 20); "每名教师年度培训" keeps 每名 and
/// 年度 (set 17); "中小学幼儿园“一键报警”装置联网率保持100%" is eq keeping its quotation marks (set 35's "“一键报警”装置联网率"), and so is "学校食堂“明厨亮灶”覆盖率"; "全年教育经费
/// 投入" drops 全年.
/// In the city's 要点 (梣阳) 全市 at the head of a sentence gives 全市 to that sentence's values only ("全市普惠性幼儿园覆盖率达到94%以上。" after a sentence with no scope, "全市普通
/// 高中优质特色学校占比…", "全市中小学课堂教学达标率…", "全市社区教育机构覆盖率…"); "达到94%以上" and "稳定在95%以上" are ge; "由2035年的78%提高到85%" gives "from 78@2035";
/// "控制在48%以内" is le; "培育市级骨干教师300名、市级学科带头人80名" gives "培育市级骨干教师" and "市级学科带头人" (set 18's Adjusted paragraph); "中职学校“双师型”教师比例" keeps
/// its quotation marks; "保持100%" is eq; the introduction "2036年全市教育工作的总体要求是：…" has no value.
/// In the 总结和计划 (椤溪) the 总结's figures are of 2035 and the 计划's of 2036, as set 35's: "全年投入教育项目资金" and "全年招聘新教师" drop 全年; 全县 at the head of （二） gives
/// 全县 to its three values, "较上年提高2.1个百分点" beside the third being a notIndicator; "其中乡村学校教师38名" is named by its own noun; "2036年，全县A…，B…；C…。" gives 全县 to
/// all three past the "；" (set 13); "由2035年的66%提高到72%" gives "from 66@2035"; "小学三至六年级书面作业平均完成时间控制在60分钟以内" is le keeping its whole name; the 保障措施
/// paragraph names no scope.
/// In the 教研 plan (榀湖) each goal line's 全区 at the head of the part after the colon gives 全区 to the values of that sentence ("1.质量目标：全区A…，B…由2035年的31%提高到35%。"
/// → both 全区, the second "from 31@2035"), the other goal lines naming no scope; "新立项市级以上教研课题12项" keeps its verb, "市级以上" changing nothing (set 16); "培养区级学科带头人
/// 40名、区级骨干教师120名" gives "培养区级学科带头人" and "区级骨干教师" (set 18's Adjusted paragraph); 全区 at the head of （二）'s body is the scope of its value; "不超过90分钟" is le
/// (set 18); "每名教师每学年参加区级以上教研培训不少于40学时" keeps 每名/每学年 (set 20); "区级精品课例资源达到300节" is eq; "结对全覆盖" has no digit and no value.
/// In the 德育 plan (棂口) "达到95%以上" is ge; "心理辅导室每周开放时间不少于10小时" keeps 每周 (set 17); "每名班主任每学期家访不少于15户" and "每名学生每学期参加志愿服务不少于4小时"
/// keep 每名/每学期 (set 12); "控制在32%以内" is le; no sentence of the school's plan names a scope.
/// In the 行动计划 (桫原) the plan's year is 2038, its last year; "到2038年，全县A…，B…，C…；教育强县基本建成。" gives 全县 to its three values, the clause after the "；", with no
/// value, being an aim, no indicator and no task (set 31); "到2037年，全县…达到100%。" is an indicator of 2037 with 全县 and no task (sets 13, 33 and 34); "三年新建、改扩建公办
/// 幼儿园9所" and "三年招聘教师360名" drop "三年" (set 16), while "三年累计投入教育经费不少于25亿元" drops "三年" and keeps "累计" (sets 16 and 33); 城区 at the head of （二）'s body
/// gives two le with 城区 of 2038 (sets 15 and 18); "由2035年的64%提高到90%" gives "from 64@2035"; "每名教师每年参加培训" keeps 每名/每年 (set 20); "县级以上骨干教师占比" keeps its
/// words; "不低于每生每年1000元" is "ge 1000元" (set 16).
/// Years: the county's 工作计划, the city's 要点, the 计划 half of the 总结和计划, the 教研 plan and the school's spring term are of 2036, the 总结 of 2035; the 行动计划（2036—2038年） is
/// of 2038 except its "到2037年，" sentence (2037, to its 。).
/// Headings: the county's 工作计划 is read as set 35's county plan: "一、工作目标" and "三、保障措施" at depth 0 over paragraphs, 二、's （一）…（四） (titles alone) at depth 1 over
/// "1.lead。body" items at depth 2; the plan's title, signature "栝山县教育局" and date are kept. The 要点 gives 一、…五、 at depth 0 and their "（N）lead。body" paragraphs, restarting
/// under each part, at depth 1 (set 30); the notice above it is the document's and no heading (set 12), and the 要点 has no signature. The 总结和计划 is read as set 35's: "一、2035年
/// 工作总结", "二、存在的问题" and "三、2036年工作计划" at depth 0, the 总结's "（N）lead。body" paragraphs at depth 1, "一是…；二是…；三是…" no heading, "（一）主要目标", "（二）重点任务" and
/// "（三）保障措施" at depth 1, （二）'s "1.title" lines at depth 2 and their "（N）lead。body" items at depth 3. The 教研 plan's "一、指导思想" is depth 0 over a paragraph; its goal
/// lines "1.质量目标：…" keep the part before the colon at depth 1 (set 24); 三、's "（N）lead。body" paragraphs are depth 1; the month lines are no headings. The 德育 plan's
/// "一、指导思想" is depth 0 over a paragraph; its goal lines are depth 1; 三、's （一）…（四） (titles alone) are depth 1 over "1.lead。body" items at depth 2; "四、月工作安排" is depth 0
/// over its table, whose header row and rows are no headings. The 行动计划's "一、总体目标" has a paragraph and no heading under it (set 30); 二、's and 四、's "（N）lead。body"
/// paragraphs are depth 1 and 三、's stages "（一）启动实施阶段（2036年3月—6月）。body" headings of their lead phrase with its bracket at depth 1 (set 25).
/// Schedules: the 教研 plan's month lines "3月：" … "11月：" (Arabic digits without 份) are of 2036, each a task keyed by its first clause with no owner, "3月：" giving two tasks,
/// its actions apart by "；" (set 20's Adjusted paragraph); "举办全区“新课堂”展示周活动" is a task of its paragraph (with its 责任科室) and again of its month line (set 33). The
/// 行动计划's stages are tasks keyed by the first clause of their body with no owner, due the last month of the range in their bracket, of the year written there ("2036年3月—6月"
/// → 2036-06, "2036年7月—2037年12月" → 2037-12, "2038年1月—12月" → 2038-12; set 27).
/// Tables: the 德育 plan's month table "月份　主要工作　负责部门", copied as tab-separated rows under "四、月工作安排", gives one task a row as set 18's month table and set 31's
/// "月份 | 主要工作 | 负责部门": keyed by its 主要工作 cell, led by the first unit of its 负责部门 cell ("政教处、各班主任" → "政教处", "少先队大队部、各班主任" → "少先队大队部"), due
/// that month of 2036 ("2月" → 2036-02 … "7月" → 2036-07); its header row is kept, no heading and no task, and its rows are no headings and no noise.
/// Tasks: "（责任股室：…）", "（责任科室：…）" and "（负责部门：…）" name their office; "（牵头处室：A；配合处室：B）" and "（牵头单位：A；配合单位：B）" name A (sets 11 and 15); an item
/// or a "（N）lead。body" paragraph with an owner bracket and no deadline gives a task under its title or lead phrase ("扩大普惠学前资源", "强化安全防范", "扩大优质学位供给", "深化集团
/// 化办学", "提升教师专业能力", "强化校园安全管理", "推进集团化办学", "补充教师力量", "健全区域教研体系", "推进教师专业成长", "上好思政课", "落实常规管理", "实施义务教育优质均衡行动",
/// "实施教师队伍建设行动"), with a deadline the deadline's task only (set 21); a deadline after a comma ("…60分钟以内，6月底前出台《…》", "…72学时，9月
/// 底前完成…", "…90分钟，6月底前完成…", "…300节，年底前建成…", "…主题教育，3月底前举办…", "…100%，年底前完成…", "…58亿元，年底前完成…") or opening a sentence ("6月底前出台《…》",
/// "10月底前举办全县第9届…", "5月底前完成教师招聘计划申报", "11月底前举办全市第21届…", "5月底前举办全区…", "4月底前完成全体学生心理健康筛查", "2036年8月底前建成…", "2037年12月底前
/// 完成…") is a task keyed by the rest of its clause (sets 13 and 20), with the item's owner bracket where there is one and no lead where there is none (sets 15 and 22); a
/// deadline with its subject after it ("8月底前栝山县城南小学建成投用", "8月底前梣阳市第十四中学建成招生", "8月底前椤溪县第二实验小学建成投用") is keyed by the rest of the sentence
/// (set 13); "年底前" gives the plan's year alone ("2036", set 28); in the 行动计划 a deadline with a written year keeps it ("2036年8月底前" → "2036-08", "2037年12月底前" →
/// "2037-12"). The notice's, the articles' and the furniture's dates (发布日期, the 原创 line's date, the comments' times) are no tasks.
/// Furniture: on the county bureau's website (栝山县教育局), where the plan stands in the 工作计划 column, the site's name line "栝山县教育局网站　　www.gsjy.gov.cn" (noise although the signature
/// under the plan, "栝山县教育局", is kept), the 首页 menu, "您现在的位置：首页 > 政务公开 > 工作计划", the 信息来源/发布日期/阅读次数 line, the "分享到：　微信　　微博　　QQ空间"
/// row, 【打印本页】【关闭窗口】, 上一篇/下一篇 (noise although both name the bureau and a plan-like title) and the 主办/地址/电话 and ICP/公网安备 lines are noise; the page heading (the
/// plan's title), introduction, body, signature and date are kept.
/// On the city government's portal (梣阳市人民政府门户网站) the portal's name line, the menu, 当前位置, the 索引号/发布机构/发布日期 line (noise although it names the bureau that signs
/// the notice), the "【政策图解】一图读懂梣阳市教育局2036年工作要点" link between the notice's "（此件主动公开）" and the 要点's title (noise although it names the 要点 word for word, as
/// set 35's "政策解读：" links), the 【打印】【关闭】【纠错】 row, 上一篇/下一篇, the 主办/承办 line and the 标识码/ICP/公网安备 line are noise; the page heading (the notice's title),
/// the 文号, addressees, body, signature "梣阳市教育局", date, "（此件主动公开）" and the 要点's title, introduction and body are kept.
/// On the 范文 site (墨棠范文网) the site's name with its slogan, the menu with 登录/注册, the 当前位置 path, the 时间/浏览/字数/VIP line, the "[复制全文]　[下载Word]　[收藏本文]" row
/// (twice: above the introduction and under the date, each listed every time it appears), the "🔒 以下内容为VIP专享…" prompt between 二、 and 三、 (set 11's 展开阅读全文 cut; the
/// text after it is the document's and kept), the "👑 开通VIP会员…" prompt, "相关推荐" and its three "· " titles (noise although they read like plan titles) and the Copyright/ICP
/// line are noise; the page title (the document's title), introduction, body, signature "椤溪县教育局" and date are kept.
/// In the WeChat article (榀湖教师发展) the article's title is the plan's title and kept (set 35's WeChat reading); the "原创　author　account　date　place" line, the "▲ 点击上方蓝字…"
/// line, each "🌿🌿🌿" divider (three: above 一、, above 三、, above 四、; each listed every time it appears), the "图片" placeholder the copy gives for the picture between （二） and
/// （三） of 三、, "- END -", "往期精彩" and its three titles (noise although the third names the 展示周 of a task), the 文字/编辑/审核 line, "阅读 2106", the 赞/分享/在看 row and
/// "写留言" are noise; the introduction, body, signature "榀湖区教师发展中心" and date are kept.
/// In the WPS paste (棂口镇中心小学) the 页眉 "棂口镇中心小学　　德育工作计划" at the top of page 1 (above the document's own title, which is kept) and of page 2 (twice, each listed)
/// and each 页脚 "第 1 页 共 2 页" (under （二）2.) and "第 2 页 共 2 页" (under the date) are noise; the title, introduction, body, the table's header row and rows, the signature
/// "棂口镇中心小学政教处" and the date are the document's and kept.
/// In the news portal's article (梣州新闻网) the portal's name line, the menu, the › path (noise although it ends in the county's name), the news headline "桫原县出台教育强县三年行动计划
/// …" (not the plan's title, which follows the 编者按 and is kept, set 20), the date/来源/作者 line, the "【编者按】…" line (the portal's words, not the plan's introduction, which
/// follows its title; set 35's 编者按), the "【专家解读】" label and the expert's line under it, which no earlier set had: a commentary box the portal sets inside the plan between
/// 二、（二） and （三） is the portal's words like the 编者按 and noise, both lines, although the expert's line quotes the plan's "2700个" and names 城区 — it gives no indicator and
/// the （二） before it and the （三） after it continue the same list; the 责任编辑 line, "网友评论", each comment's two lines (the "name　　date time" line and the text — noise
/// although the first names the 公办幼儿园 of a task and the second 城区), "我要评论" and the Copyright/ICP line are noise; the plan's title, introduction and body are kept.
/// Decided for set 37 (this set): counts of 教学视导 ("每学期组织…2轮", "开展…3轮", "每学期开展…2轮", set 34), 校园安全隐患排查 and 安全隐患排查 ("每月开展…1次", set 34), 重点工作推进会
/// and 领导小组会议 ("每季度召开…1次", set 33), 作业管理专项督查 ("每学期开展…1次", set 33), 食品安全自查 ("每月开展…1次"), 家长会 ("每学期召开…2次", set 17) and 动员会 ("召开…1次")
/// held are notIndicators like the counts above, a count held listed once however often it appears in its document (set 21), and so are the 运动会 named by its ordinal ("第12届"
/// → "12届", set 17; also the key of a month task), the 文号 (7号), and a point change beside its value ("较上年提高0.2个百分点", "较上年下降1个百分点", set 17). Chinese numerals are
/// no digits ("第六高级中学", "第三幼儿园", "城东初级中学", "实验二小", "第九小学", "“六一”", "“两个只增不减”", "三年"); the furniture's figures (浏览次数, 阅读, 赞/在看, ♡ counts, the
/// 页数 and 下载积分, the page counters, 已读/未读, the reply count, the 积分 prompts, 点赞 and 观点 counts, file sizes, the 收文 number and the 索引号) are no numbers of the plan.
/// Readings: in the city's 工作计划 (楉川) "2037年，全市A…，B…；C…。" gives 全市 to its three values past the "；" (set 13) and the next sentence, headed "全市" again, gives 全市 to its
/// value with "from 95@2036"; "稳定在93%以上" and "保持在99.5%以上" are ge; "培养市级骨干教师200名、市级名师40名" gives "培养市级骨干教师" and "市级名师" (set 18's Adjusted paragraph);
/// "全年招聘教师420名左右" is approx with 全年 dropped and "其中紧缺学科教师不少于120名" named by its own noun (set 20); "每所中小学组建艺术社团" keeps 每所 (set 16); "“护校安园”视频监控联网率"
/// keeps its quotation marks (set 36). In the county's 工作计划 (檫岭) the colon line "2037年主要预期目标是：" over four lines ending in "；" and "。" is no heading and no noise, its
/// lines are body lines, no headings, and name no scope (set 17); 城区 at the head of （1）优化学校布局's body gives two le with 城区 (sets 15 and 18); "县级骨干教师达到320名" is eq.
/// In the 总结和计划 (椑阳) the 总结's figures are of 2036 and the 计划's of 2037 (set 36); 全县 named in the third clause of （一）'s body after a comma is the scope of that clause to the
/// 。 only (set 16); 全县 at the head of （二）'s body reaches past the "；" to the 。 (set 13). In the kindergarten's plan no sentence names a scope; the goal lines "1.保育保健：…"
/// keep the part before the colon at depth 1 (set 16); "每名幼儿每天户外活动时间", "幼儿每天连续自主游戏时间" and "每名教师每月撰写观察记录" keep their 每名/每天/每月 words (sets 16 and 17).
/// In the 要点 (槚原) "城区义务教育学校大班额比例控制在2%以内" at the head of its sentence is le with 城区 and the name "义务教育学校大班额比例"; "全年公开招聘教师" drops 全年 and "其中特岗
/// 教师30名" is named by its own noun; "创建省级特色高中1所" is eq. In the 实施方案 (橼湖) the plan's year is 2039 except "到2038年，…" (2038, to its 。; set 36); "三年新建、改扩建…" and
/// "三年培训教师" drop 三年, "三年累计投入义务教育经费" keeps 累计 (set 16); "每年义务教育学校教师交流轮岗比例" keeps 每年 (set 20); "不低于每生每年1100元" is "ge 1100元" (set 16).
/// Headings: the city's 工作计划 gives 一、…三、 at depth 0 and their "（N）lead。body" paragraphs at depth 1, restarting under 三、 (set 30). The county's 工作计划 gives 一、…三、 at
/// depth 0, 二、's "1.title" lines at depth 1 and their "（N）lead。body" items at depth 2; the month lines of 三、月度安排 are no headings. The 总结和计划 is read as set 36's: 一、二、三、
/// at depth 0, the 总结's "（N）lead。body" paragraphs at depth 1, "一是…；二是…；三是…" no heading, 三、's （一）（二）（三） at depth 1, （二）'s "1.title" lines at depth 2 and their
/// "（N）lead。body" items at depth 3. The kindergarten's 一、…四、 are depth 0, its goal lines and 三、's （一）…（三） (titles alone) depth 1, their "1.lead。body" items depth 2, and its
/// "N月份：" lines no headings. The 要点's 一、…五、 are depth 0 and its items 1.…8., numbered straight through, depth 1 (set 17); the notice above it is the document's and no heading.
/// The 实施方案's 二、's and 四、's "（N）lead。body" paragraphs are depth 1 and 三、's stages "（一）启动部署阶段（2037年3月—6月）。body" headings of their lead phrase with its bracket at
/// depth 1 (set 25); "一、工作目标" has paragraphs and no heading under it (set 30).
/// Schedules: the county's month lines "3月：" … "11月：" are of 2037, each a task keyed by its first clause with no owner (set 36); the kindergarten's "二月份：" … "六月份：" lines are
/// tasks of February to June 2037 keyed by their first clause with no owner (set 16); the 实施方案's stages are tasks keyed by the first clause of their body with no owner, due the
/// last month of the range in their bracket, of the year written there ("2037年3月—6月" → 2037-06, "2037年7月—2038年12月" → 2038-12, "2039年1月—12月" → 2039-12; set 27).
/// Tasks: "（责任处室：…）" and "（责任股室：…）" name their office (set 17); "（负责人：…）" names its person or post like set 17's "（责任人：…）" ("保健医生", "业务园长"); "（牵头单位：A；
/// 配合单位：B）" names A (set 15); an item or a "（N）lead。body" paragraph with an owner bracket and no deadline gives a task under its title or lead phrase ("推进集团化办学", "建强教师
/// 队伍", "提升保教质量", "补充教师", "扩大普惠资源", "加强近视防控", "做好卫生消毒", "扩充普惠资源", "推进特色发展", "促进师资均衡", "加大经费投入"), with a deadline the deadline's task only
/// (set 21); a deadline opening a sentence ("6月底前出台《…》", "6月底前完成…", "5月底前完成…", "9月底前出台《…》", "3月底前完成…", "年底前完成…") is a task keyed by the rest of its
/// clause, with the item's owner bracket where there is one and no lead where there is none (sets 13, 15 and 22); a deadline with its subject after it ("8月底前楉川市第六高级中学建成
/// 招生", "8月底前檫岭县第三幼儿园建成开园", "8月底前椑阳县城东初级中学建成投用", "8月底前槚原县实验二小建成投用", "2037年8月底前橼湖区第九小学建成招生") is keyed by the rest of the sentence
/// (set 13); "年底前" gives the plan's year alone ("2037", set 28); in the 实施方案 a deadline with a written year keeps it. The notices', articles', app's and furniture's dates are no
/// tasks, and so is the teacher's request to click "确认已读".
/// Furniture: on the city bureau's portal (楉川市教育局门户网站) the portal's name line (noise although the signature under the plan, "楉川市教育局", is kept), the menu, the column path,
/// each of the three rows of the tab-separated 政务公开 metadata table (索引号/公开方式, 公开范围/发布机构, 成文日期/公开时限 — noise although they name the bureau and the plan's date), the
/// 发布时间/浏览次数/字号 line, "附件下载：" and its two file lines (noise although they begin "1." and "2." and the first repeats the plan's title, set 16), the 【打印】【关闭】 row and the
/// footer line are noise; the page heading (the plan's title), introduction, body, signature and date are kept.
/// In the 微信服务号 article (檫岭教育) the article's title is the plan's title and kept (set 35's WeChat reading); the account/date/place line, the "👆点击上方…关注我们" prompt, "阅读原文",
/// "阅读 3127", the 赞/在看 line, "留言精选", every line of the two comments and of the author's reply ("name　place　date", text, "♡ N", the "作者回复：…" line — noise although the
/// first comment names the kindergarten of a task), "写留言" and the "长按识别二维码，关注檫岭教育" prompt are noise; the introduction, body, signature "檫岭县教育局" and date are kept.
/// On the document site (卷舒文档) the site's name, the menu, the › path, the file name "….doc" (not the document's title, which is on page 1 and kept), the 上传者/上传时间/页数/下载积分
/// line, each page counter "第N页/共4页" (four, each listed where it stands: above the title, above 二、, above （二）2., above （三）), the "▼ 继续阅读全文" button between 二、 and 三、
/// (set 11's 展开阅读全文 cut; the text after it is the document's and kept), the 文档标签 line, "同类文档" and its three titles (noise although they read like plan titles) and the ©/ICP
/// line are noise; the document's title, introduction, body, signature "椑阳县教育局" and date are kept.
/// In the 家校通 app the app's name, the "← 班级通知" row, the group's name, the 发布人 line, the teacher's covering note "各位家长好，…" (the sender's words, set 11's announcement), the
/// "确认已读" button, the "已读 38　　未读 4" line, "家长回复（3）", each of the three replies ("name：text") and the "写回复…" input are noise; the plan's title, body, signature
/// "楮口镇中心幼儿园" and date are kept.
/// In the OCR text the 收文 stamp line above the 版头, the 印章 fragment "原 ★ 县 槚 室 公 办" under the notice's date, each page mark as read ("— l —", "— 2 -", "一 3 一") and the
/// scanning app's line "扫扫通 · 扫描生成" at the foot of each of the three pages (listed three times) are noise; the 版头 "槚原县人民政府办公室文件", the 文号, the notice's title,
/// addressees, body, signature, date and "（此件公开发布）", the 要点's title, introduction and body, the "抄送：…" line and the "…办公室　　date印发" line are the document's and kept,
/// and are no task.
/// On the learning app (知行楉州) the "＜　知行楉州" row, the 来源 line, the date line, the "📖 阅读本文满30秒可得1积分…" prompt above the title, the "分享到：…积分+1" row, the 点赞/收藏
/// line, "观点（12）" and the "发表观点赢积分" prompt are noise; the plan's title, introduction and body are kept; the 实施方案 has no signature.
/// Adjusted after the first score (set 37): the 服务号 article's lead-in "新学期已经开始，2037年檫岭教育怎么干？一起来看县教育局全年工作计划。"
/// was first listed as the plan's; set 28's decision (an account's lead-in "近日，…一起来看 ↓" is the account's words, not the
/// plan's introduction, which follows it) makes it noise, and it is listed so.
/// Decided for set 38 (this set): counts of 教学视导 and 课堂教学视导 ("每学期开展…2轮", set 34; the 总结's "开展教学视导3轮"), 校园安全隐患排查 and 安全隐患排查 ("每月开展…1次", set 34),
/// 教学常规检查 ("每月开展…1次", set 17), 教研组活动 ("每周开展…1次"), 质量分析会 ("各召开…1次"), 重点工作推进会 and 领导小组会议 ("每季度召开…1次", "每半年召开…1次", set 33) held are
/// notIndicators like the counts above, a count held listed once however often it appears in its document (set 21), and so are a rank aimed at ("力争进入前5名" → "5名", set 17)
/// and a point change beside its value ("较上年提高0.1个百分点", "较上年下降1.2个百分点", set 17). Chinese numerals are no digits ("第二实验小学", "第十一中学", "第二小学", "第二高级中学",
/// "二〇三八年三月", "“两个只增不减”", "三年", "提前一周"); the furniture's figures (信息索引, 点击, 赞/评论 counts, 下载次数, 资源大小, file sizes, 已读/未读, telephone, the 目录's page
/// numbers and the page numbers) are no numbers of the plan, and the covering note's "2月20日前报…" is no task of the plan (set 11).
/// Readings: in the county's 工作计划 (柃溪) "2038年，全县A…，B…；C…。" gives 全县 to its three values past the "；" (set 13) and the next sentence, headed "全县" again, gives 全县 to its
/// value with "from 93@2037" (set 37's 楉川 reading); "每名学生每天校内体育活动时间" keeps 每名/每天 (set 16); "全年招聘教师160名左右" is approx with 全年 dropped and "其中乡村学校教师不少于70名"
/// is named by its own noun (set 20); "学校“一键报警”装置联网率" keeps its quotation marks (set 36). In the 总结和计划 (桤阳) the 总结's figures are of 2037 and the 计划's of 2038 (set 36);
/// 全市 named in the third clause of （一）'s body after a comma is the scope of that clause to the 。 only (set 16); 全市 at the head of （二）'s body and of （一）主要目标's body reaches past
/// the "；" to the 。 (set 13). In the school's term plan no sentence names a scope; the goal lines "1.教学质量：…" keep the part before the colon at depth 1 (set 16); "优秀率达到45%"
/// does not borrow the subject of the clause before it (set 17); "由上学期的78%提高到83%" gives "from 78" with no @year (set 16); "每名教师每学期听课" keeps 每名/每学期 (set 17); "中高年
/// 级书面作业平均完成时间" keeps its grades as part of the name. In the 要点 (楦湖) 全区 at the head of a sentence is the scope of that sentence to its 。, its 其中 part included ("初中
/// 学科合格率 ge 88% 2038 全区", named by its own noun, set 20); "新增区级学科带头人50名、区级骨干教师150名" gives two indicators (set 18's Adjusted paragraph); "每名教研员每学期深入学校指导"
/// keeps its words (set 17). In the town's plan (椴口) 全镇 at the head of the goal sentence reaches past the "；" to the 。 and the rank sentence after it takes nothing from it (set 17);
/// "学生体质健康优良率由2037年的52%提高到56%" gives "from 52@2037"; a clause "近视率控制在38%以内" after it keeps its own name (set 17). In the 三年行动计划 (楗岭) the plan's year is 2040 except
/// "到2039年，…" (2039, to its 。; set 36); "三年新建公办幼儿园" and "三年培训教师" drop 三年, "三年累计投入教育经费" keeps 累计 (set 16); 城区 at the head of （二）'s first sentence gives the two
/// le of its "小学、初中…分别" list 城区 and stops at the 。, the next sentence, headed 全县, giving 全县 to "每年义务教育教师交流轮岗比例" (sets 15 and 16); "不低于每生每年1200元" is "ge 1200元"
/// (set 16); "公办园在园幼儿占比达到60%以上" is ge.
/// Headings: the county's 工作计划 gives 一、…三、 at depth 0 and their "（N）lead。body" paragraphs at depth 1, restarting under 三、 (set 30). The 总结和计划 is read as set 37's 椑阳:
/// 一、二、 at depth 0, the 总结's "（N）lead。body" paragraphs at depth 1, 二、's （一）（二）（三） at depth 1 ("（一）主要目标" its lead phrase, "（二）重点任务" and "（三）保障措施" titles alone),
/// （二）'s "1.title" lines at depth 2 and their "（N）lead。body" items at depth 3. The school's 一、…四、 are depth 0, its goal lines and 三、's （一）…（三） (titles alone) depth 1, their
/// "1.lead。body" items depth 2, and its "N月：" lines no headings. The 要点's 一、…四、 are depth 0 and their "（N）lead。body" paragraphs depth 1; its introduction ending "主要工作要点如下："
/// is no heading and no noise. The town's 一、二、 are depth 0, 二、's （一）…（四） (titles alone) depth 1 and their "N.lead。body" items depth 2; "一、工作目标" has a paragraph and no heading
/// under it (set 30). The 三年行动计划's 一、…四、 are depth 0 and 三、's and 四、's "（N）lead。body" paragraphs depth 1; its cover lines (title, "楗岭县人民政府", "二〇三八年三月") are the
/// document's, kept, no heading, no noise and no task (set 30's Word paste), and so is its introduction "为推动…制定本行动计划。"; the "附表" label, the "重点任务清单" title and the
/// 序号/重点任务/牵头单位/完成时限 header row are the document's, kept, no heading, no noise and no task, and the rows (beginning with a bare number and a tab) are no headings (set 17).
/// Schedules: the school's "2月：" … "7月：" lines are tasks of February to July 2038 (the term plan's calendar year), each keyed by its first clause with no owner (sets 16 and 36).
/// Tasks: "（责任股室：…）", "（责任处室：…）" and "（责任科室：…）" name their office (sets 17 and 11); "（负责人：…）" and "（责任人：…）" name their post ("教导处主任", "教科室主任",
/// "分管副校长", "后勤主任", "教导主任", "少先队辅导员", "安全办主任"; sets 17 and 37); an item or a "（N）lead。body" paragraph with an owner bracket and no deadline gives a task under its
/// title or lead phrase ("深化集团化办学", "加强教师队伍", "推进集团化办学", "加强体育健康", "规范备课上课", "做好毕业年级备考", "下沉指导", "抓实教学常规", "办好乡村学校少年宫"), with a
/// deadline the deadline's task only (set 21); a deadline inside or opening a clause ("6月底前出台《…》", "5月底前完成…", "4月底前举办…", "6月底前完成…", "9月底前完成…", "6月底前上线…",
/// "5月底前举办…", "年底前完成…") is a task keyed by the rest of its clause, with the item's owner bracket where there is one and no lead where there is none (sets 13, 15 and 22); a
/// deadline with its subject after it ("8月底前柃溪县第二实验小学建成招生", "8月底前桤阳市第十一中学建成投用", "8月底前椴口镇第二小学运动场建成使用") is keyed by the rest of the sentence (set 13);
/// "年底前" gives the plan's year alone ("2038", set 28). In the 三年行动计划 the body's items, with no owner and no deadline, give no task; the tasks are the rows of the 重点任务清单,
/// each keyed by its 重点任务 cell, led by the first unit of its 牵头单位 cell ("县教育局、县自然资源局" → "县教育局", "县住建局、县教育局" → "县住建局", "县教育局、县人社局" → "县教育局";
/// set 17's 责任单位 cell read the same way), due its 完成时限 cell ("2038年8月底前" → "2038-08", "2039年12月底前" → "2039-12"), "持续推进" giving no due (set 17). The pages', articles',
/// app's and mails' dates are no tasks.
/// Furniture: on the county government's portal (柃溪县人民政府) the portal's name line, the menu, the "当前位置：…" path, each of the three rows of the tab-separated 信息索引 table
/// (信息索引/生成日期, 所属机构/公开形式, 主题分类/有效性 — noise although they name the bureau, as set 37's metadata table), the 发布日期/点击 line with its 【下载】【打印】 links, the
/// "相关下载：…docx（48KB）" line (noise although it repeats the plan's title), the 【下载】【打印】【关闭】 row and the two footer lines (主办/承办, ICP/标识码) are noise; the page heading
/// (the plan's title), introduction, body, signature "柃溪县教育局" and date are kept.
/// In the media account article (桤阳教育发布) the article's title is the plan's title and kept (set 35's WeChat reading); the account's name, the date/place/官方账号 line, "+ 关注",
/// the 原创 statement, the 赞/评论/收藏/转发 row, "举报", "相关推荐" and its three titles (noise although the first names the plan's figures), and "查看更多精彩内容 ›" are noise; the
/// introduction, body, signature "桤阳市教育局" and date are kept.
/// On the resource site (栎苑课件网) the site's name, the menu, the > path, the resource title "2038年春季学期小学教学工作计划（word版可编辑）" (not the document's title, which heads the
/// preview and is kept; set 17's 青桐教育资源网), the 资源简介 line, the 星级/下载次数/资源大小/更新时间 line, the 【立即下载】【加入收藏】 row, "以下为资源预览：", the "（预览结束，…）" line,
/// the second "【立即下载】", "猜你喜欢" and its three titles, the 声明 and the Copyright/ICP line are noise; the document's title, body, signature "榅山县实验小学教导处" and date are kept.
/// In the 公告 app (协同钉) the app's name, the "‹ 返回　　公告详情" row, the 发布人/发送范围 line, the sender's covering note "各学校：…" (set 11's announcement), "附件（2）" and its two
/// file lines (the first repeating the plan's title), the "已读回执：…" line, "查看回执详情 ›" and "【确认收到】" are noise; the 公告's title (the plan's title), the introduction, body,
/// signature "楦湖区教研室" and date are kept.
/// In the e-mail forward (云笺邮箱) every mail line is noise as in set 11: the mail name, the folder row, the action row, the subject "转发：…", the 发件人/收件人/时　间/附　件 headers,
/// the "各位校长、负责人：" greeting, the covering note, the sender's "椴口镇中心学校办公室　黄立新" line and telephone, the "原始邮件" separator, the quoted 发件人/发送时间/主题 headers, the
/// "📎 ….docx（38.5KB）" line, the 下载/预览/存网盘 row and the 快捷回复 line; the plan's title "栌原县椴口镇中心学校2038年工作计划", its introduction, body, signature "椴口镇中心学校" and date
/// are kept.
/// In the PDF booklet the "目　录" label and each of its five entries (the heading or 附表 title, a tab and its page number — noise although each repeats a heading, set 30), each page
/// number "— N —" (four, the last under the table) and the running header "楗岭县教育高质量发展三年行动计划 · 2038—2040" at the top of pages 2, 3 and 4 (listed three times) are noise;
/// the cover lines, introduction, body, 附表 label, table title, header row and rows are the document's and kept; the 行动计划 has no signature.
/// Decided for set 39 (this set): counts of 教学视导 and 课堂教学视导 ("每学期开展…2轮", set 34), 学生心理健康测评 ("每学期开展…1次", set 13), 校园安全隐患排查 ("每月开展…1次", set 34),
/// 应急疏散演练 ("每月开展…1次", set 31), 班主任例会 ("每月召开…1次"), 膳食委员会会议 ("每月召开…1次"), 教研组活动 ("每周开展…1次", set 38), 主题教研活动 ("每月开展…1次"), 重点工作推进会
/// and 领导小组会议 ("每季度召开…1次", set 33) held are notIndicators, a count held listed once however often it appears in its document (set 21); the age range in a book's title
/// ("《3-6岁儿童学习与发展指南》", set 18) and the 文号's "9号" are no indicators. Chinese numerals are no digits ("第七中学", "第三小学", "第一幼儿园", "第一中学", "第二轮", "“六一”",
/// "三年", "每周一"); the furniture's figures (点击数, 浏览量, 阅读/下载 counts, prices, stars, file sizes, ❤/⭐/💬 counts, telephone, 收文编号, the video's 时长 and the page marks) are no
/// numbers of the plan, and neither the 拟办意见's "3月20日前" nor a comment's "9月底前" is a task of the plan (set 11).
/// Readings: in the 要点 (槲川) 全市 at the head of a sentence is the scope of that sentence to its 。 (set 38's 楦湖), the sentence before and after it taking nothing; "其中紧缺学科教师不少于180名"
/// is named by its own noun (set 20); "学校“护学岗”设置率" keeps its quotation marks (set 36); "新建、改扩建中小学和幼儿园16所" keeps its whole noun. The county's 工作计划 (榫溪) is read as
/// set 38's 柃溪: "2039年，全县A…，B…；C…。" gives 全县 to its three values past the "；" (set 13) and the next sentence, headed "全县" again, gives 全县 to its value with "from 92@2038".
/// In the kindergarten's plan (柞山) no sentence names a scope; the goal lines "1.保育工作：…" keep the part before the colon at depth 1 (set 16); "优秀率达到35%" does not borrow the
/// subject of the clause before it (set 17); "每名教师每学期撰写教育随笔" keeps 每名/每学期 (set 17); "幼儿每天户外活动时间" keeps 每天 (set 16). In the school's 德育 plan no sentence
/// names a scope ("本学期，…" names none); "每名导师联系学生不超过15名" is le and keeps 每名, "每名学生每周劳动时间" keeps 每名/每周 (sets 16 and 17). In the kindergarten's plan "幼儿膳食营养达标率达到95%以上" is ge. In the 实施方案 (檵口) the plan's year is
/// 2041 except "到2040年，…" (2040, to its 。; set 36); "三年新建、改扩建中小学" drops 三年 and "三年累计投入义务教育经费" keeps 累计 (set 16); 全县 at the head of "到2041年，全县…" and of
/// "到2040年，全县…" is the scope of its sentence to the 。, and "全县每年义务教育教师交流轮岗比例" gives 全县 and keeps 每年 (set 38's 楗岭); "达到2400元以上" is ge. In the 教研中心's 要点
/// (槭塘) 全区 at the head of a sentence is the scope of that sentence to its 。, its 其中 part included ("初中数学学科合格率 ge 85% 2039 全区", named by its own noun, set 20); "每名教研员每学期
/// 深入学校指导" keeps its words (set 17).
/// Headings: the 要点 (槲川) and the 教研中心's 要点 (槭塘) give 一、…四、 at depth 0 and their "（N）lead。body" paragraphs at depth 1, restarting under each (set 30); their introductions
/// ending "…安排如下：" and "…要点如下：" are no headings and no noise. The county's 工作计划 gives 一、…三、 at depth 0 and their "（N）lead。body" paragraphs at depth 1, restarting under 三、.
/// The kindergarten's 一、…四、 are depth 0, its goal lines and 三、's （一）…（三） (titles alone) depth 1, their "1.lead。body" items depth 2, and its "N月：" lines no headings. The 德育
/// plan's 一、…三、 are depth 0, 三、's （一）…（五） (titles alone) depth 1 and their "1.lead。body" items depth 2; 二、工作目标 has a paragraph and no heading under it (set 30). The
/// 实施方案's 一、…三、 are depth 0 and 二、's and 三、's "（N）lead。body" paragraphs depth 1; the notice above it gives no heading.
/// Schedules: the kindergarten's "2月：" … "6月：" lines are tasks of February to June 2039 (the term plan's calendar year), each keyed by its first clause with no owner (sets 16 and 36).
/// Tasks: "（责任处室：…）", "（责任股室：…）" and "（责任科室：…）" name their office (sets 17 and 11); "（负责人：…）" names its post ("后勤主任", "保教主任", "政教处主任", "团委书记",
/// "安全办主任"; sets 17 and 37); an item or a "（N）lead。body" paragraph with an owner bracket and no deadline gives a task under its title or lead phrase ("发展普惠学前教育", "补充教师",
/// "推进城乡一体", "建设教师队伍", "加强卫生保健", "强化班主任培训", "开展安全教育", "缩小校际差距", "提高教育质量", "推进新课堂建设", "下沉学校指导"), with a deadline the deadline's task only (set 21);
/// a deadline inside or opening a clause ("6月底前出台《…》", "5月底前出台《…》", "4月底前举办…", "3月底前举办…", "5月底前完成…", "6月底前完成…", "9月底前上线…", "年底前完成…") is a
/// task keyed by the rest of its clause, with the item's owner bracket where there is one and no lead where there is none (sets 13, 15 and 22); a deadline with its subject after
/// it ("8月底前槲川市第七中学建成招生", "8月底前榫溪县城东小学建成招生", "2040年8月底前檵口县第三小学建成招生") is keyed by the rest of the sentence (set 13); a deadline with its own
/// year ("2040年8月底前", "2039年12月底前", "2041年6月底前") is due that year's month; "年底前" gives the plan's year alone ("2039", set 28). The pages', post's, comments', receipt form's,
/// notice's and 版记's dates are no tasks, and the 版记 lines are no task.
/// Furniture: on the provincial portal (榧州省教育厅) the portal's name line, the menu, the "当前位置：…" path, the 来源/日期/字体 row, "【相关阅读】" and its three titles (noise although
/// the first names the 要点's figure), the 【打印本页】【关闭窗口】 row and the two footer lines (主办/地址, ICP/标识码) are noise; the page heading (the 要点's title), introduction, body,
/// signature "槲川市教育局" and date are kept.
/// On the 融媒体 website (榫溪新闻网) the site's name line, the menu, the path, the 来源/发布时间/浏览量 line, both lines of the video card ("▶ 视频加载中…" and "视频：…　时长 01:36",
/// between （二） and （三） of 二、), the three credit lines 编辑/校对/审核 (one a line), "热点推荐" and its three titles and the footer line are noise; the article's title (the plan's
/// title), introduction, body, signature "榫溪县教育局" and date are kept.
/// On the 文库 viewer (萱草文库) the site's name, the menu, the search line, the category path, the file name "柞山县第一幼儿园2039年春季学期保教工作计划.docx" (not the document's
/// title, which heads page 1 and is kept), the 页数/阅读/下载/上传 line, the 💎 会员 prompt, each page mark "— 第N页 —" (three: above the document's title, between 二、's last goal line
/// and 三、, between 三、（三）1. and 四、), the 付费下载/会员免费下载 line, "文档评价" and its stars line, the 有用/无用/举报 row, "相关文档" and its three files and the 声明 line are noise;
/// the document's title, body, signature "柞山县第一幼儿园" and date are kept.
/// On the school's 校园网 (楝阳县第一中学) the school's name, the menu, the "您现在的位置：…" path, the 发布者/发布时间/点击数 line, the "相关附件：" label and its two 📎 file lines
/// (noise although the first repeats the plan's title, as set 19's "本文附件："), the 【打印此页】【关闭窗口】 row, 上一条/下一条 and the 版权所有 line are noise; the page heading (the plan's
/// title), body, signature "楝阳县第一中学政教处" and date are kept.
/// In the OA print (檵口县教育协同办公平台) every line of the 收文登记单 is noise as set 19's 收文阅办单 (the platform's name, "收文登记单", 来文单位/来文字号, 收文日期/收文编号/紧急程度,
/// 文件标题 although it repeats the notice's title, the 拟办意见 with its "3月20日前" and the 领导批示), and so are the "———————— 正　文 ————————" separator and the 打印人/打印时间 line at
/// the foot; the 版头 "檵口县教育局文件", the 文号, the notice's title, addressees, body, signature, date and "（此件主动公开）", the 方案's title, introduction and body, the "抄送：…"
/// line and the "…办公室　　　　date印发" line are the document's and kept; the 方案 has no signature of its own.
/// In the notes-app post (槭塘教研小助手) the account's name at the top, "关注", the image counter "1/4", the post's title "收藏！…📌" (not the 要点's title, set 20) and the account's
/// lead-in "新学期开始啦，…👇" (the account's words, set 28) are noise, and so are the hashtag line, the 编辑于 line, the ❤/⭐/💬 row, "共 3 条评论", every line of the three comments (the
/// name lines "枋叶老师", "一只小杌" and the account's name again — listed twice in all —, the texts — noise although the third gives a deadline —, the date/place lines) and "说点什么…";
/// the 要点's title, introduction, body, signature "槭塘区教研中心" and date are kept.
/// Decided for set 41 (this set): counts of 学生心理健康测评 ("每学期开展…1次", set 13), 课堂教学视导 and 教学视导 ("每学期开展…2轮", set 34), 校园安全隐患排查 ("每月开展…1次", set 34;
/// the 总结's "开展…12轮", set 28), 应急疏散演练 (the 总结's "组织…36次", set 28), 教育重点工作调度会 ("每季度召开…1次", set 33), 主题班会 ("每月开展…2次", set 36; "每班每周开展…1次",
/// set 21), 教学常规检查 ("每月开展…1次", set 38), 实训室安全检查 ("每月开展…1次", as set 34's 安全隐患排查), 课后服务专项督查 ("每学期开展…1次", as set 33's 专项督查), 阶段评估 ("每学期开展1次",
/// standing in a stage's body), 专班会议 ("每季度召开…1次", set 34) and 办园行为督导评估 ("每年…开展…1次", set 28) held are notIndicators like the counts above, a count held listed once
/// however often it appears in its document (set 21), and so are the contests named by their ordinal ("第11届" → "11届", "第8届" → "8届", set 17; each also the key of a deadline task),
/// the 文号 (3号), a point change beside its value ("较上年提高1.8个百分点", set 17), a rank ("我县综合排名第3位" → "3位", set 19) and the threshold inside a name that carries a target ("35周岁以下青年教师师徒结对率达到100%" →
/// "35周岁", the indicator keeping it, set 17). Chinese numerals are no digits ("第十三中学", "第二实验幼儿园", "第三幼儿园", "三年级", "六年级", "三至六年级", "一、二年级", "“六一”", "“五育”",
/// "“两教一保”", "“两个只增不减”", "作业管理十条", "三年", "一批"); the furniture's figures (the metadata lines' 索引号 and dates, 浏览次数, the ads' "5折", the 跟贴's and 顶 counts, the
/// viewer's "1 / 4" and "100%", the page marks, "326 KB" and "已下载 64 次", 阅读/字数 counts, "精选8篇" and "通用5篇", the 编辑记录's versions and times, the 字数/评论/浏览 counts, the blog's
/// 阅读/评论/收藏/转载 counts, 等级/积分/访问) are no numbers of the plan, and neither the 评论 bubbles' dates nor the blogger's reply "明年8月底…开园" gives a task of the plan (sets 11
/// and 30).
/// Readings: in the city's 要点 (崟阳) 全市 at the head of an item's body is the scope of that sentence to its 。 (sets 20 and 29): item 2's value, item 4's three values past its "；"
/// (set 13; "由2043年的59%提高到63%" → "from 59@2043") and item 8's two values ("中职学校毕业生就业升学率" and "“双师型”教师比例" borrowing nothing, sets 17 and 25); 城区 in item 3's
/// 其中 part is that part's scope only ("新增学位 ge 6500个", set 15) and 城区 at the head of item 5's second sentence gives two le (set 18), the first sentence having none;
/// "每所中小学至少配备1名专职思政课教师" is read round the value (set 18); "稳定在93%以上" is ge (set 13); the standalone "较上年下降1个百分点" is an indicator in 个百分点 named by its
/// clause's own noun ("中小学生近视率", sets 16 and 32); "全年" is dropped ("新建、改扩建中小学幼儿园", "招聘中小学幼儿园教师" approx with its 左右, "教育经费投入"); "其中乡村学校教师
/// 不少于400名" is named by its own noun (set 20); "新评选市级骨干教师240名、市级学科带头人60名" gives "新评选市级骨干教师" and "市级学科带头人" (set 18's Adjusted paragraph, set 29);
/// "A、B均保持100%" gives one indicator a name, the second borrowing nothing (sets 22 and 30); a 全市 inside a deadline clause ("10月底前举办全市第11届…", "年底前完成全市学校…")
/// reaches nothing (set 23), and the introduction's 全市 names no value.
/// In the county's 总结和计划 (嶂溪) the 总结's figures are of 2043 and the 计划's of 2044 (sets 34 to 38): "全年投入教育项目资金" drops 全年; "嶂溪县城北小学建成投用", with no deadline,
/// is a fact and no task (set 26); 全县 at the head of （二） gives 全县 to both its values, "较上年提高1.8个百分点" beside the second being a notIndicator and the next sentence "在全市义务教育质量监测中，我县综合排名第3位。" giving only the notIndicator "3位", its
/// 全市 reaching nothing (set 28); "全年招聘新教师132名" drops
/// 全年, "其中乡村学校教师58名" is named by its own noun and "县级以上骨干教师达到365名" after the "；" borrows nothing (sets 26 and 35); （四）'s sentence gives only counts held, its
/// 全县 reaching nothing and "未发生…事故" having no value. In the 计划 "（一）主要目标。2044年，全县A…，B…；C…。" gives 全县 to its three values past the "；" (set 13) and 城区 at the
/// head of the next sentence gives two le with 城区 (sets 15 and 18); "其中嶂口镇新增学位不少于420个" gives the town as the scope of that part only (set 27); "新组建城乡教育集团4个"
/// keeps its verb and "实现乡镇中心学校全覆盖" has no value; 全县 at the head of 2.（1）'s body is the scope of its value, the 视导 held after it changing nothing (set 20);
/// "由2043年的55%提高到58%" gives "from 55@2043"; "全年招聘教师120名左右" is approx with 全年 dropped and "其中紧缺学科教师不少于40名" is named by its own noun (set 20); the 保障措施
/// paragraph's "全年教育经费投入不低于7.5亿元" drops 全年, that paragraph naming no scope and being no heading, its 调度会 held a notIndicator.
/// In the primary school's 学年度 plan (峣山实小) no sentence names a scope; "每班每学期评选“文明小标兵”不少于4名" is an indicator keeping its words (sets 26 and 31); "三年级、六年级学业
/// 质量监测合格率分别…" gives each grade its whole name (set 15) and "六年级优秀率由上学年的34%提高到38%" gives "from 34" with no @year (set 28); "每名学生每周劳动时间" (set 14), "每名
/// 教师每学期听课" (set 17), "行政人员每周听课" (set 32) and "每名青年教师每学期上汇报课" (set 20) keep their words; "一、二年级不布置书面家庭作业", with no value, is no indicator and no
/// heading, "三至六年级" stays in its name and "不超过60分钟" is le (sets 18, 19 and 28); the sentence of （二）2., cut after its comma "…不超过60分钟，" by the foot of the PDF's page 2
/// and its page mark, runs on into "作业公示率达到100%。…" at the top of page 3 (sets 14 and 33): the carried line stays in 2., no heading and no noise, and its value and deadline are
/// read as if the paragraph were unbroken.
/// In the 职业技术教育中心's plan (崧原) no sentence names a scope; "全年招收新生1200人以上" drops 全年 and is ge (set 33); "稳定在97%以上" is ge (set 13); "由2043年的68%提高到72%"
/// gives "from 68@2043"; "新增工业机器人技术应用专业1个", "建成市级骨干专业2个", "新增合作企业12家" and "新开设企业订单班3个" keep their verbs (set 33); "“双师型”教师占专业课教师比例"
/// keeps its quotation marks (set 36); "力争省级职业院校技能大赛获奖不少于10项" is ge, "力争" no part of the name (set 33); "每名专业课教师每年企业实践" keeps its words (sets 21 and 33);
/// "全年开展社会培训不少于6000人次" and "全年办学经费投入不低于4800万元" drop 全年 and "其中实训教学经费占比不低于25%" is named by its own noun (sets 24 and 33); "控制在1%以内" and
/// "控制在0.5%以内" are le.
/// In the 专项行动方案 (嵘湖) the plan's year is 2045, its last year, except "到2044年底，…" (2044, to its 。; set 32's "到2032年底，" read like "到2032年，"); "到2045年，全区A…，B…，
/// C…；…基本形成。" gives 全区 to its three values, the clause after the "；", with no value, being an aim, no indicator and no task (set 31), and "到2044年底，全区…" gives 全区 to its
/// value; "每所学校开设课后服务特色课程不少于15门" keeps 每所 (set 16) and "其中体育艺术类课程占比不低于40%" is named by its own noun (set 24); "控制在30%以内" is le; "不低于每课时60元"
/// is "ge 60元" with 每课时 no part of the name (set 26); "累计投入课后服务专项资金" keeps 累计 (set 15); the 全区 inside the deadline clause "2044年9月底前上线全区…" reaches nothing
/// (set 23).
/// In the 学前教育提升计划 (嶙江) the plan's year is 2045, its last year, except "到2044年，…" (2044, to its 。; set 36); "到2045年，全县A…，B…，C由2042年的52%提高到60%以上。" gives
/// 全县 to its three values, the third ge with "from 52@2042" (set 23); "到2044年，每个乡镇至少办好1所公办中心幼儿园" is read round the value keeping 每个 ("每个乡镇办好公办中心幼儿园
/// ge 1所", set 18 and the scorer's own), an indicator of 2044 with no scope and no task (sets 13 and 31); "三年新建、改扩建公办幼儿园12所" and "三年招聘公办园教师180名" drop 三年
/// and "三年累计投入学前教育经费" keeps 累计 (sets 16 and 33); "其中城区新增学位不少于1500个" is "新增学位" with 城区 for that part only (set 15); "不低于每生每年1000元" is "ge 1000元"
/// with the name before it (set 16); "幼儿每天户外活动时间" keeps 每天 and "其中体育活动时间不少于1小时" is named "体育活动时间" (set 16); "幼儿园“两教一保”配备率达到100%" is an
/// indicator, its 两 no digit (set 28); "专科以上学历" inside a name changes nothing (set 28); "幼儿园视频监控覆盖率、专职保安配备率均保持100%" gives one indicator a name, the
/// second borrowing nothing (set 28); "每年对全县幼儿园开展办园行为督导评估1次" is a count held, its 全县 reaching nothing (set 28).
/// Years: the city's 要点, the county's 计划 and the 职业技术教育中心's plan are of 2044, the county's 总结 of 2043; the primary school's 2044—2045学年度 plan is of 2044, the calendar
/// year in which its 学年 begins (set 27); the 专项行动方案（2044—2045年） is of 2045 except its "到2044年底，" sentence (2044); the 提升计划（2043—2045年） is of 2045 except its "到2044年，"
/// sentence (2044).
/// Headings: the city's 要点 gives 一、…五、 at depth 0, titles with a comma being the whole line (set 17), and its items "N.lead。body", numbered straight through 1.…12. across the
/// parts with their bold lead phrases running into their paragraphs (the bold lost in the copy), each its label and lead phrase at depth 1 (set 28); the notice above it (文号,
/// addressees, body, signature, date, "（此件主动公开）") is the document's and no heading (set 12), and the 要点 has no signature of its own (set 13). The county's "一、2043年工作总结",
/// "二、存在的问题" and "三、2044年工作计划" are depth 0; the 总结's "（N）lead。body" paragraphs are depth 1; "一是…；二是…；三是…" under 二、 is no heading; under 三、 "（一）主要目标" (its lead
/// phrase, set 38), "（二）重点任务" and "（三）保障措施" (titles alone) are depth 1, （二）'s "1.title" lines alone depth 2 and their "（1）lead。body" items depth 3 (sets 18 and 33), "3."
/// with a single item included (set 31), and the paragraph under （三） no heading. The primary school's "一、指导思想" is depth 0 over a paragraph, its goal lines "1.德育目标：…" keep
/// the part before the colon at depth 1 (set 24), 三、's （一）…（三） (titles alone) are depth 1 over "1.lead。body" items at depth 2, restarting under each, a （N） with a single item
/// included (set 31), and "四、学年工作安排" is depth 0 over its schedule lines, which are no headings (set 32); the notice above the PDF (its title as the page heading, addressees, body,
/// signature, date and "附件：…" line) and the PDF's title, signature and date are the documents' and no headings (sets 12 and 33). The 职业技术教育中心's goal lines "1.招生就业：…" keep
/// the part before the colon at depth 1 (set 24); 二、's （一）…（四） (titles alone, "（三）建强“双师型”教师队伍" keeping its quotation marks) are depth 1 over "1.lead。body" items at
/// depth 2, restarting under each, a （N） with a single item included (set 31); 三、's "（N）lead。body" paragraphs are depth 1. The 专项行动方案's 一、工作目标 has a paragraph and no
/// heading under it (set 30); 二、's and 四、's "（N）lead。body" paragraphs are depth 1 and 三、's stages "（一）部署启动阶段（2044年3月—4月）。body" headings of their lead phrase with its
/// bracket at depth 1 (set 25). The 提升计划's 一、总体目标 has a paragraph and no heading under it (set 30); 二、's （一）…（三） (titles alone) are depth 1 over "1.lead。body" items at
/// depth 2, restarting under each; 三、's "（N）lead。body" paragraphs are depth 1.
/// Schedules: the primary school's 学年 schedule lines carry their year (set 32): "2044年9月：" → 2044-09, "2044年10—11月：" → 2044-11, "2044年12月：" → 2044-12, "2045年1月：" → 2045-01,
/// "2045年3—4月：" → 2045-04 and "2045年5—6月：" → 2045-06 (a span due its last month, set 23), each no heading and each action apart by "；" a task keyed by its first clause with no
/// owner (set 20's Adjusted paragraph). The 专项行动方案's stages are tasks keyed by the first clause of their body with no owner ("制定学校实施方案", "各校按方案组织实施" with its
/// subject as set 33's "各市制定本地区实施方案", "全面总结经验"), due the last month of the range in their bracket, of the year written there ("2044年3月—4月" → 2044-04, "2044年5月—
/// 2045年6月" → 2045-06, "2045年7月—12月" → 2045-12; set 27).
/// Tasks: "（责任科室：…）", "（责任股室：…）" and "（责任部门：…）" name their office (sets 11, 16 and 17); "（负责人：…）" names its post ("德育主任", "总务主任", "教导处主任",
/// "教科室主任"; sets 17 and 37); "（牵头单位：A；配合单位：B）" names A (set 15), also where A is not the education bureau ("县财政局") and where B names two ("县委编办、县人社局"), and
/// "（牵头单位：A、B）" leads with the whole list ("区教育局、区财政局", set 33); an item or a "（N）lead。body" paragraph with an owner bracket and no deadline gives a task under its
/// title or lead phrase ("发展普惠学前教育", "补充优秀教师", "推进集团化办学", "上好思政课", "抓实常规管理", "建设实训基地", "抓实技能教学", "强化安全管理" twice, "拓展服务资源",
/// "保障教师权益", "扶持普惠性民办园", "补足配齐教师"), with a deadline the deadline's task only (set 21); a deadline opening a sentence ("6月底前出台《…》", "10月底前举办全市第11届…",
/// "年底前完成…", "5月底前出台《…》", "4月底前完成…", "11月底前建成…", "10月底前修订《…》", "次年4月底前举办…", "9月底前与…共建…", "6月底前完成…", "11月底前举办崧原县第8届…",
/// "2044年6月底前出台《…》", "2044年9月底前上线…", "2044年底前开展…", "2043年12月底前出台《…》") is a task keyed by the rest of its clause (sets 13 and 20), with the item's owner
/// bracket where there is one and no lead where there is none (sets 15 and 22); a deadline with its subject after it ("8月底前崟阳市第十三中学建成招生", "8月底前嶂溪县第二实验幼儿园
/// 建成开园", "2044年8月底前嶙江县第三幼儿园建成开园") is keyed by the rest of the sentence (set 13); "年底前" gives the plan's year alone ("2044", set 28); in the 学年度 plan
/// "10月底前" and "11月底前" are of 2044 (set 27) and "次年4月底前" is April of the 学年's second calendar year ("2045-04", set 28); in the multi-year plans a deadline with a written
/// year keeps it ("2044年6月底前" → "2044-06", "2043年12月底前" → "2043-12") and "2044年底前" gives "2044" (sets 15, 22 and 27). The notices', the articles', the post's, the
/// comments' and the furniture's dates are no tasks.
/// Furniture: on the city government's portal (崟阳市人民政府门户网站), where the 要点 stands under its 印发 notice in the 政策文件库 column, the portal's name line, the menu, "您当前的位置：
/// …", each of the four bracketed metadata lines (［索 引 号］/［主题分类］, ［发文机关］/［成文日期］ — noise although it names the bureau that signs the notice —, ［发文字号］/［发布日期］ —
/// noise although it repeats the notice's 文号, which is kept on its own line —, ［有 效 性］/［公开方式］), the 【字体：大 中 小】/【护眼模式】/浏览次数 row under the page heading, the
/// "📘 政策解读：一图读懂《…》 ›" link between 5. and 三、 (noise although it names the 要点 word for word, set 36), the "相关文件：…" line, the 【打印本页】【关闭窗口】【返回顶部】 row, the
/// 网站地图 row, the 主办/承办 line and the 标识码/ICP/公网安备 line are noise; the page heading (the notice's title), the 文号, addressees, body, signature "崟阳市教育局", date,
/// "（此件主动公开）" and the 要点's title, introduction and body are kept.
/// On the self-media platform (易闻) the platform's row, the date/来源/place line, the account's name line "嶂溪教育" (noise although short like an unnumbered title, set 31), the
/// "嶂溪县教育局官方易闻号　　+ 关注" line, the two "广告　…" lines inside the plan (set 11's ad inside the plan: one between 一、（四） and 二、, one between 3.（1） and （三）), the
/// "特别声明：…" line and the English "Notice: …" line under the date, the account's "嶂溪教育　　+ 关注" line, "热门跟贴", every line of the two 跟贴 (the "name [place]　date time"
/// line, the text — noise although the first names the 城北小学 of the 总结 —, the "顶(N)　回复" row), "查看全部 26 条跟贴 >" and "返回易闻首页　｜　下载易闻新闻客户端" are noise; the
/// article's title (the plan's title, set 35's reading), introduction, body, signature "嶂溪县教育局" and date are kept.
/// On the school's website (峣山县实验小学), where the plan is the PDF attachment of a 通知公告 rendered by an in-page viewer, the site's name line with its English name (noise
/// although the signatures under the notice and under the plan, "峣山县实验小学", are kept), the menu, "当前位置：首页 > 通知公告", the 发布人/发布时间/浏览 line under the page heading,
/// the viewer's file name line "📄 ….pdf" (not the document's title, which heads the PDF's page 1 and is kept, set 12), the viewer's toolbar, each page mark "第N页　共4页" at the foot
/// of a page (four: under goal line 3., between "…不超过60分钟，" and its carried-over part, under （三）1., under the plan's date), the "⬇ 下载附件（PDF，326 KB）…" bar, the
/// 【打印本页】【关闭窗口】 row, 上一条/下一条 and the 版权所有/地址/ICP line are noise; the page heading (the notice's title), addressees, body, signature, date and "附件：…" line of the
/// notice, and the PDF's title, body, signature and date are kept, the notice's date being no task.
/// On the 范文网 (崖柏范文网) the site's name with its slogan, the 登录/注册/VIP会员/手机版 row, the menu, "当前位置：…正文", the 时间/作者/阅读/字数 line, each "【推荐】…" line (two:
/// above the introduction, between 二、（二）2. and （三）), the "📥 下载本文Word文档（免费）　｜　复制全文需登录" prompt between 一、's last goal line and 二、, the "👉 点击下载完整Word版
/// 《…》" line under the date (noise although it names the plan), 本文标签, 上一篇/下一篇, "【推荐阅读】" and its three unmarked titles (noise although they read like plan titles) and
/// the Copyright/ICP line are noise; the page title (the plan's title, set 13), introduction, body, signature "崧原县职业技术教育中心" and date are kept.
/// In the shared document's read-only view (知更文档) the title bar line with the file name "嵘湖区课后服务专项行动方案-修改稿v3" (not the document's title, which heads the text and is
/// kept, set 32), the menu row with "🔒 只读", the "👥 3人正在查看　｜　最近编辑：…" line, the two lines of each 评论 bubble (the "【评论】name（unit）：text" line and the "回复 · name：
/// text　date time　✓ 已解决" line; one between 二、（三） and （四）, one between 三、（二） and （三） — noise although they name the plan's 补助标准 and 阶段评估, as set 32's margin
/// comments), "🕘 编辑记录" and its three version lines, which no earlier set had (noise although the first quotes "三、实施步骤"), the 字数/评论/浏览 line and the App prompt are noise;
/// the document's title, introduction, body, signature "嵘湖区教育局" and date are kept.
/// On the blog (拾叶博客), which no earlier set had, the blog's name line, its menu, the post's title "[转载]嶙江县学前教育普及普惠提升计划（2043—2045年）" (noise: the blog's label of the
/// repost, not the plan's title, which follows the blogger's note and is kept, as set 17's resource title and set 12's file name), the "(date time)" line, "转载▼", the 标签/分类 line,
/// the "原文地址：…　作者：嶙江教育" line and the blogger's "博主按：…" (set 11's reposter's source note; the reposter's words, not the plan's introduction, which follows its title), the
/// 阅读/评论/收藏/转载/喜欢/打印 row, 前一篇/后一篇, "评论", "[发评论]", every line of the two comments and the blogger's reply (the "name　date time" lines — noise although short like
/// unnumbered titles —, the texts, the "博主回复：…" line), "博主资料", the blogger's name "老园长手记", the 等级/积分/访问 line and the Copyright line are noise; the plan's title,
/// introduction, body, signature "嶙江县教育局" and date are kept.
///
/// Set 40's "Decided for set 40 (this set)" block, which set 41 did not see, copied as written there ("this set" meaning set 40) and followed here too:
/// Decided for set 40 (this set): counts of 课堂教学视导 and 教学视导 ("每学期开展…2轮", set 34), 学科视导 ("每学期开展…2轮", set 36), 校园安全隐患排查 ("每月开展…1次", set 34),
/// 主题班会 ("每月开展…2次", set 36), 应急疏散演练 ("每月开展…1次", set 31), 卫生消毒专项检查 ("每月开展…1次", as set 34's "每学期开展…2次"), 园本教研活动 ("每两周开展…1次", set 34),
/// 家长学校讲座 ("每学期举办…2期", set 13's 家长课堂 (期)), 民办园年检 ("每年对民办园开展年检1次", set 26), 专班会议 ("每季度召开…1次", set 34), 主题网络教研活动 ("每月开展…1次", as set
/// 39's 主题教研活动) and 教育重点工作调度会 ("每季度召开…1次", set 33) held are notIndicators like the counts above, a count held listed once however often it appears in its
/// document (set 21), and so are the 优质课比赛 named by its ordinal ("全县第11届" → "11届", set 17; also the key of a deadline task), the age range in a book's title
/// ("《3-6岁儿童学习与发展指南》" → "3-6岁", set 18) and the thresholds inside names that carry a target ("35周岁以下青年教师师徒结对率达到100%", "35周岁以下青年教师教学基本功达标率
/// 达到95%" → "35周岁", the indicators keeping them, set 17). Chinese numerals are no digits ("第八小学", "六年级", "“六一”", "三年", "第三批"); a 《》 title's span or year
/// ("（2040—2042年）", "《柽阳市2041年义务教育质量监测报告》") gives no number (set 31); the furniture's figures (the browser's print time and the URL's digits, the page counters
/// "N/3", 浏览次数/浏览, the 留言编号, the resident's "9月满3岁", the stars, the blog's 阅读/评论/收藏/转载 counts, 博客等级/积分/访问/关注/粉丝, the chat's times, the clip's 字数 and
/// times, the paper's "今日4版" and "第03版", 邮编, telephone, ICP and 许可证 numbers) are no numbers of the plan, and neither the reply's "今年3月" nor the reader's note's "3月"
/// is a task of the plan (set 11).
/// Readings: in the district's 要点 (枥湖) 全区 at the head of 一、（二）'s body gives 全区 to both its values, "由2040年的57%提高到60%" giving "from 57@2040" (set 38's 柃溪 and set
/// 39's 榫溪: "全县…由…的…提高到…"), and 全区 at the head of 二、（一）'s body gives 全区 to its value, the 视导 held after it changing nothing (set 20); the three sentences of
/// 二、（二） name no scope: "中小学生近视率较上年下降0.8个百分点", standing alone, is an indicator in 个百分点 named by its own noun, eq (sets 16 and 32), and "每所中小学至少配备1名
/// 专职心理健康教师" is read round the value ("每所中小学配备专职心理健康教师 ge 1名", set 18, as set 31); "集团化办学覆盖率" borrows nothing from "新组建紧密型教育集团4个，" (set 33);
/// "全年招聘教师260名左右" is approx with 全年 dropped and "其中紧缺学科教师不少于90名" is named by its own noun (set 20); "新评选区级骨干教师150名、区级学科带头人45名" gives
/// "新评选区级骨干教师" and "区级学科带头人" (set 18's Adjusted paragraph, set 29); "中小学幼儿园专职保安配备率、“一键报警”装置联网率均保持100%" gives one indicator a name, the
/// second borrowing nothing (sets 22, 30 and 33); "全年教育经费投入不低于21.5亿元" drops 全年 and "不低于每生每年1050元" is "ge 1050元" with the name before it (set 16); the
/// introduction's 全区 has no value and reaches nothing. The county's 工作计划 (栒川) is read as set 38's 柃溪 and set 39's 榫溪: "2041年，全县A…，B…；C…。" gives 全县 to its
/// three values past the "；" (set 13), "保持在99.6%以上" being ge; 城区 at the head of the next sentence gives two le with 城区 (sets 15 and 18); the third sentence, headed "全县"
/// again, gives 全县 to its value with "from 91@2040"; "其中栒口镇新增学位不少于360个" is "新增学位" with the town as the scope of that part only (set 27); 全县 at the head of item
/// 3's body gives 全县 to both its values, "力争达到65%" being eq (set 25), the 视导 held after them changing nothing (set 20); "每所中小学至少组建3个艺术社团" is read round the
/// value (set 18); "全年招聘教师120名左右" is approx with 全年 dropped and "其中乡村学校教师不少于50名" is named by its own noun (set 20); "每名教师年度培训" keeps 每名 and 年度
/// (set 17) and "县级以上骨干教师达到420名" is eq, "县级以上" changing nothing (set 16); "A、B均保持100%" gives one indicator a name, "视频监控覆盖率" borrowing no "中小学幼儿园"
/// (set 22); "学校食堂“明厨亮灶”覆盖率" keeps its quotation marks (set 36); the 保障措施 paragraph's "全年教育经费投入不低于8.6亿元" drops 全年 and "不低于每生每年920元" is "ge 920元"
/// (set 16), that paragraph naming no scope. In the kindergarten's plan (棫口) no sentence names a scope; "幼儿体检率、预防接种查验率均达到100%" gives one indicator a name (set
/// 28); "达到90%以上", "达到95%以上" and "达到97%以上" are ge; "小班、中班、大班幼儿发展评估达标率分别…" gives each class its whole name (set 16); "本科以上学历教师比例由上学期的52%
/// 提高到56%" gives "from 52" (set 30), "本科以上" changing nothing; "每名教师每学期撰写观察记录" keeps 每名/每学期 (set 20); "幼儿每天户外活动时间" keeps 每天 and "其中体育活动时间
/// 不少于1小时" is named "体育活动时间" (set 16). In the 中心学校's plan (檗山) "本学期，全镇A…，B…；C…。" gives 全镇 (a scope like 全县, set 17) to its three values past the "；"
/// (set 13), as "2039年，全县…" in set 39 ("本学期，" naming no scope itself, set 39's 德育 plan); "优良率" borrows nothing from the clause before it (set 19); the next sentences name
/// no scope, "六年级学业质量优秀率由上学期的32%提高到36%" giving "from 32" (set 16) and "家长满意度达到95%以上" being ge; "每名学生每周劳动时间", "每名教师每学期听课" and "每名青年
/// 教师每学期上汇报课" keep their words (sets 14, 12 and 15); "35周岁以下青年教师师徒结对率" keeps its threshold (set 17); "食堂从业人员持证上岗率保持100%，陪餐制度落实率达到100%"
/// gives two indicators, each its own name (set 17). In the 行动计划 (椋溪) the plan's year is 2042, its last year, except "到2041年，…" (2041, to its 。; set 36); "到2042年，全县
/// A…，B…，C…。" gives 全县 to its three values, an indicator sentence and no task (set 13), "达到96%以上" being ge; "到2041年，全县…达到100%。" is an indicator of 2041 with 全县 and
/// no task (sets 13 and 19); "三年新建、改扩建公办幼儿园8所" and "三年招聘公办园教师180名" drop 三年 (set 16) and "三年累计投入学前教育经费约3.6亿元" drops 三年, keeps 累计 and is approx
/// (sets 15, 18 and 33); "其中城区新增公办学位不少于1800个" is "新增公办学位" with 城区 for that part only (set 15); "每个乡镇至少办好1所公办中心幼儿园" is read round the value
/// keeping 每个 (set 18; the scorer's own "每个乡镇办好公办中心幼儿园 ge 1所"); "普惠性民办园生均补助标准不低于每生每年600元" is "ge 600元" (set 16); "小班、中班、大班班额分别控制在
/// 25人、30人、35人以内" gives three le (set 18); "由2039年的78%提高到90%以上" is ge with "from 78@2039" (set 23), "专科以上" changing nothing (set 28). In the 教师发展中心's 要点
/// (柽阳) 全市 at the head of a sentence is the scope of that sentence to its 。 (sets 38 and 39): 一、（一） gives 全市 to its value, the 视导 held after it changing nothing (set
/// 20), 一、（二） to its value and its 其中 part, named by its own noun ("乡村学校合格率 ge 86% 2042 全市", set 20 and set 38's 楦湖), and 二、（一） to both its values ("每名教师每年
/// 参加培训" keeping 每名/每年, set 20); "新评选市级骨干教师200名、市级学科带头人60名" gives "新评选市级骨干教师" and "市级学科带头人" and "名师工作室达到40个" is named "名师工作室" (set
/// 29); "每个名师工作室结对帮扶乡村青年教师不少于5名" keeps 每个 (set 18); "市级优质数字教育资源总量" keeps 总量 (set 20); "由2041年的82%提高到90%" gives "from 82@2041" with no
/// scope; "每名教研员每学期深入学校指导不少于45天" is an indicator keeping its words (sets 17 and 39); "全年安排教师培训经费" drops 全年 (set 29).
/// Years: the district's 要点 and the county's 工作计划 are of 2041, the township school's spring term of 2041 and the kindergarten's autumn term of 2040 (the term's calendar
/// year, sets 17, 24 and 25); the 行动计划（2040—2042年） is of 2042 except its "到2041年，" sentence (2041); the 教师发展中心's 要点 is of 2042.
/// Headings: the district's 要点 (枥湖) and the 教师发展中心's 要点 (柽阳) give 一、…四、 at depth 0 and their "（N）lead。body" paragraphs at depth 1, restarting under each (set
/// 30); their introductions ending "…安排如下：" and "…要点如下：" are no headings and no noise. The county's 工作计划 (栒川) gives "一、工作目标" at depth 0 over a paragraph, no
/// heading (set 30), 二、's （一）…（四） (titles alone) at depth 1 over items "1." … "8." numbered straight through at depth 2 (sets 20 and 25), and "三、保障措施" at depth 0 over a
/// paragraph, no heading (set 34); the line "（2041年2月18日县教育局局务会议审议通过）" under the headline, which no earlier set had in this form, is the document's like set 26's
/// "（征求意见稿）" line and set 32's "（2031—2035年）" line: kept, no heading, no noise and no task, its date no deadline; the plan has no signature of its own. The kindergarten's
/// 一、…四、 are depth 0, its goal lines "（一）保育目标：…" keep the part before the colon at depth 1 (set 11), 三、's （一）…（三） (titles alone) are depth 1 over "1.lead。body" items at
/// depth 2, restarting under each, a （N） with a single item included (set 31), and its "N月份：" lines are no headings. The 中心学校's 一、…四、 are depth 0; "二、工作目标" has a
/// paragraph and no heading under it (set 30); 三、's （一）…（三） (titles alone) are depth 1 over "1.lead。body" items at depth 2, and "2.实施青蓝工程", with no 。 after its title, is
/// a heading at depth 2 over its "（1）lead。body" sub-items at depth 3 (sets 16 and 23); the week lines are no headings (set 22). The 行动计划's 一、主要目标 has a paragraph and no
/// heading under it (set 30); 二、's and 三、's "（N）lead。body" paragraphs are depth 1; its title and introduction are kept and no headings.
/// Schedules: the 中心学校's week lines "第1—2周（2月20日—3月3日）：…" … "第16—20周（6月9日—7月11日）：…" are no headings and tasks keyed by their first clause with no owner, due
/// the month in which their date range ends, of 2041 (set 22: "（2月20日—3月3日）" → 2041-03, "（3月6日—3月31日）" → 2041-03, "（4月3日—4月28日）" → 2041-04, "（5月5日—6月6日）" →
/// 2041-06, "（6月9日—7月11日）" → 2041-07), each action apart by "；" a task of its own (set 20's Adjusted paragraph). The kindergarten's "9月份：" … "12月份：" are of 2040 and
/// "1月份：" of January 2041 (sets 17 and 24), one task an action, "9月份：" giving two.
/// Tasks: "（责任科室：…）", "（责任股室：…）" and "（责任部门：…）" name their office (sets 11, 16 and 17); "（负责人：…）" names its post ("保健医生", "后勤园长", "业务园长", "德育主任",
/// "教导主任", "教科室主任", "安全办主任", "总务主任"; sets 17 and 37); "（牵头单位：县教育局；配合单位：…）" names 县教育局, also where the 配合单位 are two (sets 15 and 29), and
/// "（牵头单位：县教育局）" names it alone; an item or a "（N）lead。body" paragraph with an owner bracket and no deadline gives a task under its title or lead phrase ("扩大普惠学前供给",
/// "推进集团化办学" (in 枥湖 and in 栒川), "补充教师", "守护校园平安", "强化校园安全", "做好卫生保健", "上好思政课", "抓实教学常规", "开展安全教育", "办好乡镇园", "规范民办园发展",
/// "推进课堂转型", "开展全员培训", "下沉基层指导"), with a deadline the deadline's task only (set 21); a deadline opening a sentence ("5月底前出台《…》", "年底前完成…", "4月底前举办全县
/// 第11届…", "5月底前完成…", "10月底前完成…", "11月底前举办…", "4月底前建成…", "6月底前完成…", "2040年12月底前出台《…》", "2040年8月底前完成…", "5月底前发布《…》", "9月底前上线…") is a
/// task keyed by the rest of its clause, with the item's owner bracket where there is one and no lead where there is none (sets 13, 15 and 22); a deadline with its subject
/// after it ("8月底前枥湖区第八小学建成招生", "8月底前栒川县城西小学建成招生", "2041年8月底前椋溪县城东幼儿园建成开园") is keyed by the rest of the sentence (set 13); "年底前" gives the
/// plan's year alone ("2041" in 枥湖 and 栒川, "2042" in 柽阳; set 28); in the 行动计划 a deadline with a written year keeps it ("2041年8月底前" → "2041-08", "2040年12月底前" →
/// "2040-12", "2040年8月底前" → "2040-08"); the items with no owner and no deadline (枥湖's 二、（二） and 四、（二）, 栒川's 4. and 6.
/// and its 保障措施 paragraph, 棫口's （二）1. and （三）1., 檗山's （二）2.（1）, 椋溪's 三、（一） and （二）, 柽阳's 三、（二） and 四、（二）) give no task.
/// The pages', message's, reply's, chat's, blog's, clip's and paper's dates are no tasks.
/// Furniture: in the PDF saved from the district portal's 部门文件 page (枥湖区人民政府), which no earlier set had in this form (set 22's PDF opened in a browser had the platform's
/// own footers), the browser's print header "2041/3/8 10:26　枥湖区教育局2041年工作要点_部门文件_枥湖区人民政府" at the top of each of the three pages (listed three times; noise
/// although it holds the 要点's title, which heads the page and is kept) and its footer "https://www.kzlihu.gov.cn/…html　N/3" at the foot of each (three: between 一、（二） and 二、,
/// between 三、（二） and 四、, and under the last footer line) are noise, and so are the portal's name, the menu, "当前位置：首页 > 政务公开 > 部门文件", the 发布机构/发布日期/浏览次数
/// line (noise although it names the bureau), the 【字体】【打印本页】 row, the 【打印本页】【关闭窗口】 row, 上一篇/下一篇 and the 主办/承办 and 网站标识码/ICP/公网安备 lines; the page
/// heading (the 要点's title), introduction, body, signature "枥湖区教育局" and date are kept.
/// On the county paper's digital edition (栒川报 · 数字报), which no earlier set had, the paper's name line, the date/"今日4版" line, the "第03版：政务公开" line with 上一版/下一版, the
/// 放大/缩小/默认/PDF row, the photo caption "图为…。　本报记者　…　摄" between 二、（一）2. and （二） (a plain line with no mark, noise although it names the school of a task, set 33's
/// captions), the 【返回目录】【上一篇】【下一篇】 row, "本版其他文章" and its three titles (noise although the first names the county's 教育工作会议), and the 版权 and 地址/邮编/电话 lines
/// are noise; the headline (the plan's title), the 审议通过 line, introduction and body are kept.
/// In the forwarded chat record (棫口实幼 teachers' group), which no earlier set had, the "＜　群聊的聊天记录" row, the date line "2040-09-02", each sender line "name（post）　hh:mm"
/// (six: the 保教主任's four — above her covering note, above the plan's title, between 二、's goal lines and 三、, and above 四、 after a teacher's reply — and the two replying
/// teachers' lines; noise as set 11's forum floor's header), the 保教主任's covering note "各位老师：…" (set 11's announcement), the reply "收到👌" between 三、（三）1. and 四、 and the reply "收到，
/// 马上学习" under the date are noise; the plan's title, body, signature "棫口县实验幼儿园" and date, carried across the three messages, are kept.
/// On the school's blog (杻叶博客), which no earlier set had, the platform row, the blog's name "檗山中心校的博客", its address line, the blog menu, the 正文/字体大小 line, the
/// "(2041-02-20 16:08:35)" line under the post's title, "转载▼", the 标签/分类 line, "分享：", the 阅读/评论/收藏/转载/喜欢/打印/举报 row, 前一篇/后一篇 (noise although the first
/// reads like a plan's title), the "评论　　重要提示：…" header, "[发评论]", every line of the two comments (the "name　date time　[回复]" lines and the texts — noise although the
/// first names the 周工作安排), the 个人资料 sidebar ("个人资料", the blogger's name "檗山中心校" — noise although short like an unnumbered title —, the 等级/积分 line, the
/// 访问/关注/粉丝 line) and the © line are noise; the post's title (the plan's title), body, signature "檗山镇中心学校" and date are kept.
/// On the 地方领导留言板 (栲声网), which no earlier set had, every line of the resident's message is noise (its title, the 编号/类型/领域/状态 line, the 留言人/留言时间 line and its
/// text), and so are the board's name line, the menu, the 当前位置 path (noise although it names the county), the 回复机构/回复时间 line (noise although it names the bureau), the
/// reply's opening "网友您好！…现将主要内容回复如下：" (the bureau's reply words, not the plan's introduction, which follows the plan's title; set 28's lead-in, set 11's covering
/// note; noise although it names the plan in 《》), the reply's closing "下一步，…感谢您的关注与支持！" under 三、（二） (the reply's words, not the plan's), the 满意度评价 line, the 网友
/// 追评 line (noise although it names the kindergarten of a task), the 分享到 row, "相关留言" and its three titles and the two footer lines; the plan's title, introduction and
/// body are kept; the quoted 行动计划 has no signature of its own.
/// In the notes app (青苔笔记), which no earlier set had, the app's name, the "‹ 全部笔记　　📁 教研资料" row, the note's title "柽阳市教师发展中心2042年工作要点_柽阳教师教育网" (the
/// web page's title with the site's name, not the 要点's title, which heads the clipped text and is kept; set 12's file name), the "🔗 原文：…" line, the "✂ 剪藏于…　🏷 …" line,
/// the clipped page's "发布时间：…　来源：…　浏览：…" line (noise although it names the centre), the reader's own "💡 我的笔记：…" line between 二、（三） and 三、 (a reader's remark as set
/// 28's pasted 批注; its "3月" no task), "—— 以上内容剪藏自网页 ——", the 📝 字数/最后编辑/已同步 line and the 分享笔记/导出PDF/移到回收站 row are noise; the 要点's title,
/// introduction, body, signature "柽阳市教师发展中心" and date are kept.
/// Decided for set 43 (this set): counts of 学生心理健康测评 ("每学期开展…1次", set 13), 课堂教学视导 and 教学视导 ("每学期开展…2轮", set 34), 校园安全隐患排查 ("每月开展…1次", set 34),
/// 教育重点工作调度会 ("每季度召开…1次", set 33), 集体备课 ("每周开展…1次", set 23), 教学常规检查 ("每月开展…1次", set 38), 九年级模拟考试 ("组织…3次", a count of tests held, set 32),
/// 膳食委员会会议 ("每月召开…1次", set 39), 园本教研活动 ("每两周开展…1次", set 34), 家长学校讲座 ("每学期举办…2期", set 40), 专项督导 ("每学期开展1次", standing in a stage's body, as set
/// 41's 阶段评估), 专班会议 ("每季度召开…1次", set 34) and 网络安全应急演练 ("每学期开展…1次", set 24) held are notIndicators like the counts above, a count held listed once however often it
/// appears in its document (set 21), and so are the contests named by their ordinal ("全市第12届" → "12届", "全区第6届" → "6届", set 17; each also the key of a deadline task, and the
/// second of a quarter task), the 文号 ("檑教发〔2047〕2号" → "2号", "樵政办发〔2046〕9号" → "9号"), the age range in a book's title ("《3-6岁儿童学习与发展指南》" → "3-6岁", set 18), the
/// stock counts of the kindergarten's "一、基本情况" (教学班 "12个", 在园幼儿 "386名", 教职工 "58名"; sets 13 and 16) and the threshold inside a name that carries a target
/// ("35周岁以下青年教师师徒结对率达到100%" → "35周岁", the indicator keeping it, set 17). Chinese numerals are no digits ("第十五中学", "二期", "第二初级中学", "七年级", "八年级", "九年级",
/// "第三高级中学", "三年", "“双减”", "二月" … "七月", "第一季度" … "第四季度"); a 《》 title's span ("（2046—2048年）") gives no number (set 31); the furniture's figures (消息(3), 阅读人数,
/// the file sizes "418 KB", "36 KB" and "52.6KB", 浏览, "12345", the 网站标识码, 采纳率 "93%", "浏览 3571 次", the 赞同/踩/评论 counts, "（10篇）", the 抖映号, "1/6", the ❤/💬/⭐ counts,
/// "全部评论（236）", the ♡ counts, "2天前" and "1天前", the watermark's 下载时间, the page numbers, "共4人", "已读 21　　未读 2", the 赞/评论 counts, the comments' times, the 客服电话 and
/// the ICP and 公网安备 numbers) are no numbers of the plan, and neither the 已读回执's "2月20日前", the 日志's 需协调事项 nor the comment's "按节点推进" gives a task of the plan (sets 11 and 37).
/// Readings: in the city's 要点 (檑阳) 全市 at the head of a sentence gives 全市 to the values of that sentence to its 。 (sets 20, 29, 38 and 41): 一、（二） to its value, the 测评 held
/// after it changing nothing; 二、（二） to its three values past the "；" (set 13; "稳定在94%以上" ge, set 13; "由2046年的60%提高到64%" → "from 60@2046"); 三、（三） to its two values,
/// "“双师型”教师比例" borrowing nothing and giving "from 62@2046" (sets 17 and 25); the second sentence of 二、（三）, headed by 城区, gives two le with 城区 (sets 15 and 18), its first
/// sentence none, "集团化办学覆盖率" borrowing nothing from "新组建紧密型教育集团10个，" (set 33); "每所中小学至少配备1名专职思政课教师" is read round the value ("每所中小学配备专职思政课教师 ge
/// 1名", set 18); "全年" is dropped ("新建、改扩建中小学幼儿园", "招聘中小学幼儿园教师" approx with its 左右, "教育经费投入"); "其中城区新增学位不少于7000个" is "新增学位" with 城区 for that
/// part only (set 15) and "其中乡村学校教师不少于420名" is named by its own noun (set 20); the standalone "较上年下降0.8个百分点" is an indicator in 个百分点 named by its clause's own noun
/// ("中小学生近视率", sets 16 and 32); "新评选市级骨干教师260名、市级学科带头人70名" gives "新评选市级骨干教师" and "市级学科带头人" (set 18's Adjusted paragraph, set 29); "市级优质数字
/// 教育资源总量达到3.5万条" keeps 总量 (set 20); "A、B均保持100%" gives one indicator a name, "“一键报警”装置联网率" borrowing nothing (sets 22, 30 and 33); a 全市 inside a deadline clause
/// ("10月底前举办全市第12届…", "年底前完成全市中小学…") reaches nothing (set 23), and the introduction's 全市 names no value.
/// In the county's 工作计划 (檩溪) "2047年，全县A…，B…；C…。" gives 全县 to its three values past the "；" (set 13), "保持在99.5%以上" being ge; 城区 at the head of the next sentence gives
/// two le with 城区 (sets 15 and 18); the third sentence, headed "全县" again, gives 全县 to its value with "from 58@2046" (sets 37, 38 and 40); "其中檩口镇新增学位不少于450个" is "新增学位"
/// with the town as the scope of that part only (set 27); "集团化办学覆盖率" borrows nothing from "新组建城乡教育集团5个，" (set 33); 全县 at the head of （二）1.'s body is the scope of its
/// value, the 视导 held after it changing nothing (set 20); "每名学生掌握1至2项体育运动技能" is "每名学生掌握体育运动技能 ge 1-2项" read round the value (sets 19 and 29) and "学生每天校内
/// 体育活动时间" keeps 每天 with no scope (set 34); "全年招聘教师110名左右" is approx with 全年 dropped and "其中紧缺学科教师不少于35名" is named by its own noun (set 20); "每名教师年度培训"
/// keeps 每名 and 年度 (set 17) and "县级以上骨干教师达到390名" is eq, "县级以上" changing nothing (set 16); "中小学幼儿园“一键报警”装置联网率、视频监控覆盖率均保持100%" gives one
/// indicator a name, "视频监控覆盖率" borrowing no "中小学幼儿园" (sets 22 and 40); the 保障措施 paragraph's "全年教育经费投入不低于8.8亿元" drops 全年 and "不低于每生每年950元" is
/// "生均公用经费标准 ge 950元" with the name before it (set 16), that paragraph naming no scope and being no heading, its 调度会 held a notIndicator.
/// In the middle school's plan (橹山二中) no sentence names a scope; "七年级、八年级期末学业质量检测合格率分别…" gives each grade its whole name (set 15) and "九年级模拟考试优秀率由上学期的
/// 32%提高到36%" gives "from 32" (set 16); "每名教师每学期听课" (set 17), "行政人员每周听课" (set 32), "每名教师每学期上校级公开课" and "每名青年教师每学期上汇报课" (set 20) keep their
/// words; "达到98%以上" is ge, "不超过90分钟" le (set 18) and "保持100%" eq; "教研组集体备课覆盖率" after the 集体备课 held is an indicator, the count changing nothing, and "九年级体育
/// 中考满分率" after "组织九年级模拟考试3次，" borrows nothing (set 17); "35周岁以下青年教师师徒结对率" keeps its threshold (set 17); "新立项市级以上课题4项" keeps its verb, "市级以上"
/// changing nothing (set 16).
/// In the kindergarten's plan (楫原实幼) no sentence names a scope; "幼儿体检率、预防接种查验率均达到100%" gives one indicator a name, the second borrowing no "幼儿" (set 28); "控制在3%以内"
/// is le; "小班、中班、大班幼儿发展评估达标率分别…" gives each class its whole name (set 16); "本科以上学历教师比例由上学期的54%提高到58%" gives "from 54" (set 30), "本科以上" changing
/// nothing; "达到96%以上" and "达到90%以上" are ge; "幼儿每天户外活动时间" keeps 每天 and "其中体育活动时间不少于1小时" is named "体育活动时间" (set 16); "每周带量食谱公示率" keeps 每周
/// (set 23), "每班创设区域活动" keeps 每班 (set 27) and "每名教师每学期撰写观察记录" keeps 每名/每学期 (set 40); the stock counts of "一、基本情况" are notIndicators (set 16).
/// In the 实施方案 (樵溪) the plan's year is 2048, its last year, except "到2047年，…" (2047, to its 。; set 36); "到2048年，全县A…，B…，C…；…基本形成。" gives 全县 to its three values,
/// "达到96%以上" being ge and "由2045年的52%提高到60%" giving "from 52@2045", the clause after the "；", with no value, being an aim, no indicator and no task (set 31); "普通高中县级以上
/// 骨干教师占比" keeps its words, "县级以上" changing nothing (set 16); "到2047年，全县普通高中全部消除大班额。" — committing with no value — is a task with no owner due 2047 (set 23's
/// Adjusted paragraph), no indicator, keyed by its clause after the year as sets 27 to 32 key "全县义务教育学校全部达到优质均衡发展标准"; "三年新建、改扩建普通高中2所" and "三年招聘普通
/// 高中教师150名" drop 三年 (set 16) and "三年累计投入普通高中建设经费不少于4.5亿元" drops 三年 and keeps 累计 (sets 16 and 33); "其中城区新增学位不少于1800个" is "新增学位" with 城区
/// for that part only (set 15); "每所普通高中至少建设2个学科创新实验室" is read round the value ("每所普通高中建设学科创新实验室 ge 2个", sets 18 and 31); "创建省级特色高中1所" is eq
/// (set 37); "其中研究生学历教师不少于40名" is named by its own noun (set 20) and "每名教师每年参加培训" after the "；" keeps 每名/每年 (set 20); "保持100%" is eq; "不低于每生每年1500元"
/// is "ge 1500元" with the name before it ("普通高中生均公用经费标准", set 16).
/// In the 电教馆's plan (槟湖) "2047年，全区A…，B…，C…；D…。" gives 全区 to its four values past the "；" (set 13), "由2046年的62%提高到70%" giving "from 62@2046" and "达到95%以上" being
/// ge; "实施中小学校园网络提质改造，" has no value, "新建智慧教室120间" keeps its verb and "其中农村学校智慧教室不少于60间" is named by its own noun (set 20); "每所乡村学校至少开通1个
/// “专递课堂”" is read round the value keeping its quotation marks ("每所乡村学校开通“专递课堂” ge 1个", sets 18 and 36); "新增优质数字教育资源2000条" keeps its verb and "区级精品课例
/// 达到300节" is eq (set 36); "每名教师每年参加信息技术应用能力培训" keeps 每名/每年 (set 20); "人工智能教育实验校达到20所" is eq; the 全区 inside the deadline clause "10月底前举办全区第6届…"
/// reaches nothing (set 23) and the introduction names no value.
/// Years: the city's 要点, the county's 工作计划, the middle school's spring term and the 电教馆's plan are of 2047, the kindergarten's autumn term of 2046 (the term's calendar year,
/// sets 17, 24 and 25); the 实施方案（2046—2048年） is of 2048 except its "到2047年，" sentence (2047, to its 。).
/// Headings: the city's 要点 gives 一、…五、 at depth 0, titles with a comma being the whole line (set 17), and their "（N）lead。body" paragraphs, restarting under each part, at depth 1
/// (set 30); the notice above it (文号, addressees, body, "附件：…" line, signature, date, "（此件主动公开）") and the "附件" label are the document's and no headings (set 12), and the 要点
/// has no signature of its own (set 13); its introduction ending "主要工作要点如下：" is no heading and no noise (set 38). The county's 工作计划 gives "一、工作目标" at depth 0 over a
/// paragraph, no heading (set 30), 二、's （一）…（四） (titles alone) at depth 1 over "1.lead。body" items at depth 2, restarting under each, a （N） with a single item included (set 31),
/// and "三、保障措施" at depth 0 over a paragraph, no heading (set 34); its introduction ending "具体计划如下：" is no heading and no noise. The middle school's "一、指导思想" is depth 0 over
/// a paragraph, no heading; its goal lines "1.质量目标：…" keep the part before the colon at depth 1 (set 24); 三、's （一）…（四） (titles alone) are depth 1 over "1.lead。body" items at
/// depth 2, restarting under each, a （N） with a single item included (set 31), "1.推进“学为中心”课堂" keeping its quotation marks (set 36); "四、月工作安排" is depth 0 over its month
/// lines, which are no headings. The kindergarten's 一、…四、 are depth 0, "一、基本情况" over its stock-count paragraph, no heading; its goal lines "（一）保育目标：…" keep the part before
/// the colon at depth 1 (set 11); 三、's （一）…（三） (titles alone) are depth 1 over "1.lead。body" items at depth 2, restarting under each, a （N） with a single item included (set 31);
/// the month lines under "四、月工作安排" are no headings. The 实施方案's 一、总体目标 has a paragraph and no heading under it (set 30); 二、's and 四、's "（N）lead。body" paragraphs are depth 1
/// and 三、's stages "（一）启动部署阶段（2046年3月—6月）。body" headings of their lead phrase with its bracket at depth 1 (set 25); the notice above it (版头, 文号, title, addressees, body,
/// signature, date, "（此件公开发布）") is the document's and no heading (set 12), the 方案 has no signature of its own, and the "抄送：…" line and the "…办公室　　　　date印发" line are the
/// document's, kept, no headings, no noise and no task. The 电教馆's "一、工作目标" has a paragraph and no heading under it (set 30); 二、's （一）…（四） (titles alone) are depth 1 over
/// "1.lead。body" items at depth 2, restarting under each, a （N） with a single item included (set 31), "2.推进“专递课堂”建设" keeping its quotation marks; "三、季度安排" is depth 0 over its
/// quarter lines, which are no headings (set 17).
/// Schedules: the middle school's month lines "二月：" … "七月：", in Chinese numerals without 份 (sets 25, 33 and 34), are of 2047, each a task keyed by its first clause with no owner;
/// "举办“同课异构”展示活动" and "举办青年教师教学基本功比赛" are tasks of their items (with their 负责人) and again of their month lines (set 33). The kindergarten's "9月：" … "12月：" are of
/// 2046 and "1月：" of January 2047 (sets 17 and 29), each a task keyed by its first clause with no owner; "举办班级游戏环境创设评比" is a task of its item (with its 负责人) and again of its
/// month line (set 33). The 实施方案's stages are tasks keyed by the first clause of their body with no owner, due the last month of the range in their bracket, of the year written there
/// ("2046年3月—6月" → 2046-06, "2046年7月—2047年12月" → 2047-12, "2048年1月—12月" → 2048-12; set 27), the second keyed "各高中按方案推进各项任务" with its subject (set 33's "各市制定本地区
/// 实施方案"). The 电教馆's "第一季度：" … "第四季度：" lines are tasks keyed by their first clause with no owner, due the quarter's last month of 2047 (2047-03, 2047-06, 2047-09, 2047-12;
/// set 17); "完成城乡学校结对", "完成区教育城域网扩容升级" and "举办全区第6届教师信息化教学能力大赛" are tasks of their items and again of their quarter lines (set 33).
/// Tasks: "（责任科室：…）" and "（责任股室：…）" name their office (sets 11 and 16), "（责任部门：…）" its department ("技术保障部", "培训部", "应用推广部"; set 17) and "（负责人：…）" its post
/// ("教务处主任", "教科室主任", "九年级组长", "保健医生", "后勤园长", "业务园长"; sets 17 and 37); "（牵头单位：A；配合单位：B）" names A (set 15), also where B names two ("县发展改革局、县自然
/// 资源局", "县委编办、县人社局"; set 41) and where A is not the education bureau ("县财政局", set 41), and "（牵头单位：A）" names A alone (set 40), also where A is the 督导室 ("县政府教育督导室");
/// an item or a "（N）lead。body" paragraph with an owner bracket and no deadline gives a task under its title or lead phrase ("发展普惠学前教育", "推进集团化办学", "强化安全管理", "规范集体备课",
/// "精准分析学情", "落实晨午检制度", "保障膳食营养", "加强教师队伍建设", "加大经费投入", "加强网络安全"), with a deadline the deadline's task only (set 21); a deadline opening a sentence ("5月底前
/// 出台《…》", "10月底前举办全市第12届…", "4月底前完成…", "9月底前上线…", "年底前完成…", "4月底前举办…", "5月底前举办…", "2046年12月底前出台《…》", "9月底前完成…") or after a comma ("…不少于
/// 6个，10月底前举办…", "…年度考核，2047年底前完成中期评估", "…1个“专递课堂”，5月底前完成…", "…30学时，10月底前举办全区第6届…", "…85%，年底前上线…") is a task keyed by the rest of its clause
/// (sets 13 and 20), with the item's owner bracket where there is one and no lead where there is none (sets 15 and 22); a deadline with its subject after it ("8月底前檑阳市第十五中学建成
/// 招生", "8月底前檩溪县城南小学建成招生", "2047年8月底前樵溪县第三高级中学建成招生") is keyed by the rest of the sentence (set 13); "年底前" gives the plan's year alone ("2047", set 28); in
/// the 实施方案 a deadline with a written year keeps it ("2047年8月底前" → "2047-08", "2046年12月底前" → "2046-12") and "2047年底前" gives "2047" (sets 15 and 22). The items with no owner and
/// no deadline give no task (檑阳's 一、（二）, 二、（三）, 三、（二）, 三、（三）, 四、（二） and 五、（三）; 檩溪's （二）2., （三）2. and its 保障措施 paragraph; 橹山二中's （一）2. and （四）2.; 楫原's
/// （二）2. and （三）1.; 樵溪's 二、（四） and 四、（一）; 槟湖's （二）1. and （三）2.). The notice's, the platform's, the pages', the question's and answers', the post's, the comments', the 日志's
/// and the watermark's dates are no tasks, and neither is the 版记's "2046年3月18日印发" (set 34).
/// Furniture: on the city's 智慧教育云平台 (檑阳智慧教育云平台), which no earlier set had, where the 要点 stands under its 印发 notice in the 通知公告 column, the platform's name line
/// "檑阳智慧教育云平台　｜　檑阳市教育局主办" (noise although the notice's signature "檑阳市教育局" is kept), the logged-in user's row "欢迎您，…　退出" (noise although it names the 槟湖区电化
/// 教育馆 of another plan), the menu, "当前位置：首页 > 通知公告 > 公告详情", the 发布单位/发布时间/阅读人数 line under the page heading, the 接收范围/公告类型 line (noise although it repeats the
/// notice's addressees, which are kept on their own line, as set 41's ［发文字号］ line repeats the 文号), the viewer's markers "—— 附件在线预览 ——" (between "（此件主动公开）" and the "附件"
/// label) and "—— 预览结束 ——" (under 五、（三）), "附件（2）" and its two 📎 file lines (noise although the first repeats the 要点's title, set 37's "附件下载：" file lines), the "☑ 已读回执：…
/// 【确认已读】" line (set 37's request to click "确认已读"; its "2月20日前" no task), 上一条/下一条 (noise although they read like notices' titles), the 技术支持/客服电话 line and the ICP/公网安备
/// line are noise; the page heading (the notice's title), the 文号, addressees, body, "附件：…" line, signature, date, "（此件主动公开）", the "附件" label and the 要点's title, introduction and
/// body are kept.
/// On the county government's mobile site (檩溪县人民政府, 触屏版), which no earlier set had in this form (set 24's mini-program and set 32's app share page had their tab bars), the top bar
/// "☰　檩溪县人民政府　　🔍", the channel row, "＜ 返回　　部门动态", the date/来源/浏览 line under the title (noise although it names the bureau), the "字号：A-　A　A+　　🔊 听全文" row, the
/// "📞 12345政务服务便民热线　点击一键拨打" strip between （二）2. and （三） (its "12345" no number), the 分享到 row, "相关信息" and its two titles (noise although the second reads like a
/// plan's title, set 36's 上一篇/下一篇), "电脑版　｜　触屏版　｜　返回顶部", the 主办/网站标识码 line, the ICP/公网安备 line and the bottom tab bar "🏠 首页 … 👤 我的" (set 24's tab bar) are
/// noise; the page title (the plan's title), introduction, body, signature "檩溪县教育局" and date are kept.
/// On the 百度知道-like Q&A site (问知道), which no earlier set had (set 29's 知乎-like 知否 is read the same way), every line around the quoted plan is noise — the site's row, the
/// "问知道 > 教育/科学 > 学校教育" path, the question (although it names the genre, set 29), the asker's "匿名用户 · date · 浏览 N 次" line, "✅ 最佳答案", the answerer's name line with
/// 采纳率 and 擅长, the answerer's lead-in "给你参考…改改就行：" (the answerer's words, not the plan's, set 29), the "展开全部 ∨" cut between 二、's last goal line and 三、 (set 11's 展开阅读全文
/// cut; the text after it is the plan's and kept), the answerer's closing "希望能帮到你，望采纳～", "本回答由提问者推荐", the 赞同/踩/评论/举报 row, "其他回答（1）", the other answer's "匿名用户 ·
/// date" line and its text (noise although it names the plan's parts), "为你推荐" and its two titles (noise although they read like plan titles) and the ©/ICP line — while the plan's
/// title, body, the 教务处's signature "橹山县第二初级中学教务处" and date are kept.
/// On the short-video app's 图文 post (抖映), a 抖音/快手-like app which no earlier set had, the app's row, the account's name line "楫原实幼" (noise although short like an unnumbered
/// title, set 31), the "抖映号：…　　＋ 关注" line, the music line "♫ 原声 - 楫原实幼", the image counter "图文　1/6" (as set 39's "1/4"), the hashtag line under the date, the 发布时间/IP属地
/// line, the ❤/💬/⭐/↗ counter row, "全部评论（236）", every line of the comment and of the author's reply (the name lines "豆豆妈妈" and "楫原实幼 · 作者" — noise although short like
/// unnumbered titles —, the texts, the "2天前 · 橿州　　回复　　♡ 128" and "1天前 · 橿州　　♡ 36" lines) and the input line "善语结缘，温暖评论～" are noise; the post's title (the plan's
/// title, as set 18's 拾光篇 post title), introduction, body, the kindergarten's signature "楫原县实验幼儿园" and date are kept.
/// In the PDF downloaded from the county's 信息公开平台 (樵溪县人民政府办公室), the platform's watermark line "樵溪县人民政府信息公开平台　下载时间：…　仅供查阅", which the copy gives once on
/// each of the three pages at a different place (between the notice's body and its signature, between 二、（二） and （三）, between 三、（三） and 四、; listed three times, as set 15's
/// platform watermark and set 22's 文库 watermark), the 页眉 "县域普通高中发展提升行动实施方案" at the top of pages 2 and 3 (twice; the plan's short name, not its title, set 14) and each
/// page number "— N —" at the foot of a page (three: under "（此件公开发布）", under 二、（四）, under the 印发 line) are noise; the 版头 "樵溪县人民政府办公室文件", the 文号, the notice's
/// title, addressees, body, signature, date and "（此件公开发布）", the 方案's title, introduction and body, the "抄送：…" line and the "…办公室　　　　date印发" line are the document's and
/// kept, the notice's date being no task.
/// In the 钉钉-like office app's 日志 (钉言), which no earlier set had (set 33's 禾信工作台 announcement and set 38's 协同钉 公告 are its nearest), the "＜　日志详情　　　⋯" row, the "陆文澜
/// 提交了「年度工作计划」" line (the template's name, not the plan's title), the date/unit line "2047-02-21 16:32　　槟湖区电化教育馆" (noise although it names the 馆 whose signature under
/// the plan is kept), the 接收人 line, the template's field label "计划内容" above the plan's title, the second field's label "需协调事项" and its text under the plan's date (the
/// submitter's words in the 日志's own field, not the plan's: no task, although it names the 城域网 of a task), "附件（1）" and its 📎 file line (noise although it names the plan), the
/// 已读/未读 line, the 赞/评论 line, every line of the two comments (the "name（unit）：text" and "name：text" lines — noise although the first names the 城域网扩容 of a task — and the
/// "MM-DD hh:mm　　回复" lines) and the input line "写评论，@ 提醒谁看" are noise; the plan's title, introduction, body, signature "槟湖区电化教育馆" and date are kept.
/// Set 42's "Decided for set 42 (this set)" block, which set 43 did not see, copied as written there ("this set" meaning set 42) and followed here too:
/// Decided for set 42 (this set): counts of 应急疏散演练 (the 总结's "全年组织…40次", set 28), 校园安全隐患排查 (the 总结's "开展…12轮", set 28; "每月开展…1次", set 34), 教学视导 and 课堂教学视导 ("每学期开展…2轮",
/// set 34), 教育重点工作调度会 and 专班会议 ("每季度召开…1次", sets 33 and 34), 学生心理健康测评 ("每学期开展…1次", set 13), 网络安全应急演练 ("每学期开展…1次", set 20), 主题班会 ("每班每周开展…1次", set 21), 教学常规检查 and 安全隐患排查
/// ("每月开展…1次", sets 34 and 38), 规划实施情况监测 ("每年开展…1次", set 32) and the 體育美育專項督導 ("每年開展…1次", set 33's 专项督导) held are notIndicators like the counts above, a count held
/// listed once however often it appears in its document (set 21), and so are the contests named by their ordinal ("第6届" → "6届", "第3届" → "3届", set 17; each also the key
/// of a deadline task), the 运动会 named by its ordinal in a cell of the task table ("第4届" → "4届"; also the key of the row's task) and in the traditional plan ("第12屆" →
/// "12屆", written as the text writes it), the stock counts of the 规划's 发展基础 (各级各类学校, 在校学生, 教职工; set 13), a point change beside its value ("较上年提高2.3个百分点", set 17), a
/// rank ("我县综合排名第2位" → "2位", set 19) and the threshold inside a name that carries a target ("35周岁以下青年教师师徒结对率达到100%" → "35周岁", the indicator keeping it, set 17). Chinese
/// numerals are no digits ("“十九五”", "“十八五”", "第二十中学", "第六幼儿园", "第三实验小学", "第五小学", "二〇四五年二月", "“两个只增不减”", "三年", "五年一周期", "“一校一品”", "“五四”", "两所"); the furniture's figures
/// (the 全文约 count, 阅读/赞/推荐 and ♡ counts, the comments' dates, 浏览次数, 点击, the 上傳/頁數/瀏覽/下載 line, "3積分", "（2篇）", the page marks and page numbers, the 目录's page numbers, "共8
/// 张", the telephone, the ICP and 公网安备 numbers) are no numbers of the plan; neither the author's reply "…8月底前建成招生…" nor the 公告's "4月18日" gives a task of the plan (sets
/// 11 and 30), and the signatures' and the cover's dates are no tasks.
/// Readings: in the 总结和计划 (桴溪) the 总结's figures are of 2044 and the 计划's of 2045 (sets 34 to 41): "全年投入教育项目资金" drops 全年; "桴溪县城南小学建成投用", with no deadline, is a fact and
/// no task (set 26); 全县 at the head of （二）'s body gives 全县 to both its values, "较上年提高2.3个百分点" beside the second being a notIndicator and the next sentence "在全市…中，我县综合排名
/// 第2位。" giving only the notIndicator "2位", its 全市 reaching nothing (sets 28 and 41); "全年招聘新教师118名" drops 全年, "其中乡村学校教师52名" is named by its own noun and "县级以上骨干教师达到342名
/// " after the "；" borrows nothing (sets 26 and 35); （三）'s second sentence gives only counts held. In the 计划 "（五）主要目标。2045年，全县A…；B…。" gives 全县 to both values past the "
/// ；" (set 13), "保持在93%以上" being ge, and 城区 at the head of the next sentence gives two le with 城区 ("小学大班额比例", "初中大班额比例"; sets 15 and 18); "其中桴口镇新增学位不少于450个" gives the
/// town as the scope of that part only (set 27); "集团化办学覆盖率" after "新组建城乡教育集团5个，" borrows nothing (set 33); 全县 at the head of （七）'s body is the scope of its value, the 视
/// 导 held after it changing nothing (set 20); "由2044年的58%提高到61%" gives "from 58@2044"; the standalone "较上年下降1个百分点" is an indicator in 个百分点 named by its clause's own
/// noun ("中小学生近视率", sets 16 and 32); "全年招聘教师130名左右" is approx with 全年 dropped and "其中紧缺学科教师不少于45名" is named by its own noun (set 20); （十）'s "全年教育经费投入不低于8.2亿元" drops 全年
/// and names no scope.
/// In the 规划 (楫阳), which the note blocks above do not cover for 2046—2050, the five-year span is named "“十九五”", the name the cycle takes counting on from set 32's “十六五”
/// (2031—2035); the plan's year is 2050, its last year (as set 13's “十五五” plan is of 2030 and set 32's “十六五” plan of 2035), and "“十九五”期间" is dropped from a name like "“
/// 十五五”期间" and "“十六五”期间" (sets 13 and 32), "累计" being kept and 约/左右 approx (set 23: "累计新建、改扩建义务教育学校", "累计招聘中小学幼儿园教师", "累计投入教育经费"). The 发展基础's two "由2040年的…提高到2045年的…"
/// are indicators of 2045 with "from N@2040" and no scope (set 23, as set 32 one cycle later), the stock counts before them notIndicators and the 全市 of the sentence
/// before them reaching nothing. In 三、发展目标 "到2050年，…基本建成教育强市" is an aim, no indicator and no task (set 16), "到2048年，全市义务教育学校全部达到优质均衡发展标准" — committing with no value —
/// is a task with no owner due 2048 (set 23's Adjusted paragraph), and "主要指标见专栏1。" is the document's sentence, no heading and no noise (set 18's "主要指标见表1。"). The
/// indicator box "专栏1　“十九五”教育事业发展主要指标" reads as set 27's 专栏 table: its columns "2045年" and "2050年" are the base and the target, each row giving one indicator of 2050
/// named without its unit bracket, the unit taken from the bracket ("%", "个", "年"), "≥" → ge and a bare value eq, the 2045 cell giving "from value@2045" and "—" no
/// baseline, the 属性 column changing nothing and the table naming no scope; the row "义务教育优质均衡发展县（市、区）（个）", with two brackets, which no earlier set had, loses only its
/// last bracket, the unit, and keeps "（市、区）" in its name (as set 31's "义务教育优质均衡发展县（市、区）"); the header row and the rows are the document's, no headings and no noise. In
/// 四、 "全市A…，B由2045年的58%提高到65%以上。" at the head of （一）'s paragraph gives 全市 to both values (set 20), B ge with "from 58@2045" (set 23); "到2048年，每个乡镇至少办好1所省级优质公办中心幼儿园。" is
/// read round the value keeping 每个 ("每个乡镇办好省级优质公办中心幼儿园 ge 1所"), an indicator of 2048 with no scope and no task (sets 13, 18 and 41); the sentence of （二） cut after its
/// comma "…新增学位4.2万个，" by the foot of the PDF's page 2, its page number and the running header runs on into "其中城区新增学位不少于2.6万个。…" at the top of page 3 (sets 14 and 33):
/// the carried line stays in （二）, no heading and no noise, and its 其中 part is "新增学位" with 城区 for that part only (set 15); "全面消除大班额" has no value; 全市 at the head of （三）
/// 's paragraph is the scope of both its values to the 。 (set 20), "每所普通高中至少建设2个学科创新实验室" being read round the value (sets 18 and 31); "其中音体美教师不少于900名" is named by its
/// own noun (set 20) and "每名教师五年一周期培训" keeps its words (set 28); 全市 at the head of （五）'s paragraph is the scope of its value. The figures inside the project boxes are
/// of 2050 and name no scope: "新建、改扩建公办幼儿园48所", "建设市级示范幼儿园30所" and "义务教育学校集团化办学覆盖率达到95%" keep their words; "培育市级名师200名、市级名校长50名" gives "培育市级名师" and "市级名校长" (set 18's
/// Adjusted paragraph); "不低于每人每月900元" is "ge 900元" with 每人每月 no part of the name (set 18). 五、（一）'s 监测 is a count held (set 32).
/// In the traditional-character plan (棪原), which no earlier set had in this form: the scorer compares the text as written, with no folding of traditional characters to
/// simplified (its own "traditional summary from a document site" and "traditional three-year plan" list "新增義務教育學位 eq 320個 2024 -", "一、2024年教育工作總結" and "將職業教育經費列入預算"),
/// so the headings, the indicators' names, units ("個", "節", "項", "片", "億元"), scopes ("全縣"), the tasks' keys and leads ("縣教育局", "縣政府教育督導室") and the noise lines are
/// written in the traditional characters of the text, the comparators reading the same ("不少於" and "不低於" → ge, "控制在…以內" → le, "達到"/"保持" → eq, "左右" → approx). The glosses
/// the mirror site injects after words — pinyin "(wèi)", "(yǔ)", "(jìn shì)", "(jìn rùn)", "(yì shù)", "(shī zī)" and English "(aesthetic education)", "(skills)",
/// announced by its "💡 本站已為部分字詞添加拼音及英文註釋" line — are the site's and not the plan's words (DOMAIN.md's "現(xiàn)場(chǎng)" injected by websites): the headings, the
/// indicators' names and the tasks' keys are read without them ("（一）上好體育與健康課程", "（二）推進美育浸潤", "（三）加強師資和場地保障", "中小學生近視率", "每名學生熟練掌握運動技能 ge 1-2項", "建成縣青少年藝術活動中心"), while
/// the lines that carry them are the plan's and kept, no noise (a gloss is no whole line, as set 24's "—2—" glued to a line is none). The plan's year is 2047, its last
/// year, except its "到2046年，" sentence (2046, to its 。; set 36); "到2047年，全縣A由2044年的56%提高到65%以上，B、C均達到100%，D控制在45%以內。" gives 全縣 to all four, A ge with "from 56@2044"
/// (set 23), "體育、美育專任教師配備率均達到100%" giving each kind its whole name with the one value (set 23's "四年级、八年级学生参测率均不低于98%") and D le; "到2046年，全縣每所中小學至少建成2個藝術社團。" is read
/// round the value keeping 每所, an indicator of 2046 with 全縣 and no task (sets 13 and 18). "小學、初中每周體育課分別不少於4節、3節" gives "小學每周體育課" and "初中每周體育課" (set 19) and the next
/// clause's "學生每天校內體育活動時間" borrows nothing (set 17); "每名學生熟練掌握1至2項運動技能" and "每名學生掌握1至2項藝術特長" are read round the value as "ge 1-2項" (set 19); "三年" is dropped ("建成縣級美育實踐基
/// 地", "招聘體育、美育教師") and "累計" kept (set 16); "三年招聘體育、美育教師120名左右", one value for the two kinds with no 分別, is one indicator approx keeping its whole noun, unlike set 22's
/// "其中体育、艺术教师分别…"; "其中鄉村學校教師不少於60名" is named by its own noun (set 20); "新建、改擴建學校運動場15片" keeps its verb; no sentence of 二、 or 三、 names a scope.
/// In the district's 要点 (楫湖) 全区 at the head of a paragraph's sentence is the scope of that sentence to its 。 (sets 20, 38 and 39): "全区中小学心理健康教师配备率达到100%" (the 测评 held
/// after it changing nothing) and "全区A…，B稳定在95%以上；C由2044年的61%提高到64%。" (all three past the "；", set 13; "from 61@2044"); the other paragraphs name no scope but 城区: "其中城区
/// 新增学位不少于3200个" is "新增学位" with 城区 for that part only (set 15) and 城区 at the head of the second sentence of "集团办学扩面" gives two le ("小学平均班额", "初中平均班额"; set 18), the
/// first sentence having none; "每所中小学至少配备1名专职思政课教师" is read round the value (set 18); "全年新增学位4800个" and "全年教育经费投入不低于19.5亿元" drop 全年; "义务教育集团化办学覆盖率" after "新组建紧密型教育集团4个，
/// " borrows nothing (set 33); "稳定在93%以上" is ge (set 13); the standalone "较上年下降0.8个百分点" is an indicator in 个百分点 named "中小学生近视率" (sets 16 and 32); "全年招聘中小学幼儿园教师210名左右"
/// is approx and "其中紧缺学科教师不少于70名" is named by its own noun (set 20); "新评选区级骨干教师150名、区级学科带头人40名" gives "新评选区级骨干教师" and "区级学科带头人" (set 18's Adjusted paragraph, set 29);
/// "A、B均保持100%" gives one indicator a name, the second borrowing nothing ("“一键报警”装置联网率", sets 22 and 30).
/// In the 教育数字化转型工作计划 (榈山) "2045年，全县A保持100%；B由2044年的78%提高到88%。" gives 全县 to both past the "；" (set 13), B with "from 78@2044"; "到2045年底，全县建成智慧校园示范校12所。" in a 年度 plan
/// gives 2045 and 全县, an indicator and no task (sets 13 and 14); 全县 at the head of 2.1.1's and 2.3.1's bodies is the scope of both values of each to the 。 (set 20), "更新
/// 交互式智能黑板" keeping its verb; "其中农村学校智慧教室不少于50间" is named by its own noun (set 24); "城乡学校“专递课堂”结对覆盖率" keeps its quotation marks (set 36); "每名教师年度数字化培训" keeps 每名 and 年度
/// (set 17); "每所中小学至少组建1个人工智能社团" is read round the value (set 18); "全年安排教育信息化专项经费不少于1800万元" drops 全年 (set 24); the 演练 and the 专班会议 are counts held.
/// In the 中心学校's plan (椐口) 全镇 at the head of goal line 1's body is its scope (set 17's 全镇, like 全县), the other lines naming none; "由2044年的52%提高到56%" gives "from
/// 52@2044"; "近视率控制在38%以内" keeps its own name (set 17); "本科以上学历" inside a name changes nothing (set 16); 每名/每学期/每周 are kept ("每名教师每学期听课", "每名学生每周劳动时间", "每名青年教师每学期上汇报课";
/// sets 12, 14 and 20); "中心校音体美教师每周到完小走教不少于6课时" is an indicator keeping 每周 (set 22's "中心校音体美教师每周到村小走教"); "学校“一键报警”装置联网率" and "学校食堂“明厨亮灶”覆盖率" keep their quotation marks
/// (sets 34 and 36); the 主题班会, 教学常规检查 and 安全隐患排查 are counts held.
/// Years: the 总结和计划's 计划, the 要点, the 数字化 plan and the 中心学校's plan are of 2045, the 总结 of 2044; the 规划（2046—2050年） is of 2050 except its 发展基础 sentence (2045) and its "到
/// 2048年，" sentence (2048); the 三年行動計劃（2045—2047年） is of 2047 except its "到2046年，" sentence (2046).
/// Headings: the 总结和计划's "一、2044年工作总结" and "二、2045年工作计划" are depth 0 and its "（N）lead。body" paragraphs, numbered straight through （一）…（十） across the two parts, are each
/// its label and lead phrase at depth 1 under its part (set 29's city 要点; the scorer's own "aggregator summary and plan", whose "（四）扩大优质资源供给" stands at depth 1 under "二
/// 、2025年工作计划"), "（五）主要目标。body" a heading of its lead phrase (set 38) and "（六）扩大优质资源供给", a title alone, depth 1 over its "1.lead。body" items at depth 2; "（四）正视存在的不足。一是…
/// ；二是…；三是…" is a heading of its lead phrase, its "一是…" no heading. The 规划's 一、…五、 are depth 0; 一、二、 have paragraphs and no heading under them (set 30); the "专栏1　…"
/// title standing in 三、 is a heading kept as written, with its full-width space, one below the part it stands in (set 27's corrected reading; the scorer's "专栏1  “十四五”教育
/// 事业发展主要指标" at depth 1 under "一、发展目标"); 四、's （一）…（五） are titles alone at depth 1 over paragraphs, which are no headings; each project box "专栏2　…", "专栏3　…", "专栏4　…"
/// standing in a （N） is a heading kept as written one below that （N） (depth 2) and its short project titles, each alone on its line over one paragraph ("公办幼儿园建设项目" …),
/// are headings one below the box (depth 3), as the scorer's own "专栏1 重点工程" one below "（二）深化教学改革" over "学校建设工程" and "教师提升工程"; 五、's "（N）lead。body" paragraphs are depth
/// 1; the title's second line "（2046—2050年）" is the document's, no heading and no noise (set 32), and so is the introduction. The traditional plan's 一、 has a paragraph
/// and no heading under it (set 30); 二、's （一）…（三） (titles alone) are depth 1 over "1.lead。body" items at depth 2, restarting under each; 三、's "（N）lead。body" paragraphs
/// are depth 1. The 要点's divisions, which no earlier set had, are unnumbered lead phrases each alone on its line and ending in "：" ("坚持立德树人，深化育人方式改革：" …), each over a
/// run of short unnumbered titles each alone on its line over one paragraph: each lead phrase is a heading at depth 0 made of the phrase without its "：" (as a lead
/// phrase loses its 。, set 26, and a goal line keeps the part before its colon, set 11), a title with a comma being the whole phrase (set 17), and each short title is a
/// heading at depth 1, one below its lead phrase (set 15's short titles), "“双减”提质" keeping its quotation marks; unlike set 15's colon line, which stands under a
/// numbered heading and introduces its titles with a sentence ("围绕…，重点实施四项工程："), these lines are the document's own top divisions, standing where 一、 would stand with
/// nothing above them but the introduction, whose "主要工作要点如下：" is no heading and no noise (set 38); the paragraphs are no headings. The 数字化 plan's decimal outline, whose
/// Word list numbers come through the paste as the number followed by a tab ("1.⇥总体目标", "2.1⇥夯实数字基础设施", "2.1.1⇥升级校园网络。…"), which no earlier set had, gives depths 0, 1
/// and 2 as set 26's "1　总体要求" / "3.1　督政工作" / "3.1.1　…", each heading its label and text with the tab removed, the top labels keeping their dot as written ("1.总体目标", "2.
/// 重点任务", "3.保障措施", "4.进度安排"; set 26's had none); a "N.N.N" or "N.N" item whose lead phrase runs into its paragraph ("2.1.1⇥升级校园网络。…", "3.1⇥加强组织领导。…") is a heading of
/// its label and lead phrase, as a "1.lead。body" item ("2.1.1升级校园网络", "3.1加强组织领导"), at depth 2 and 1; 1.'s paragraph is no heading, and the quarter lines under "4.⇥进度安排
/// " are no headings (set 17). The 中心学校's "一、指导思想" is depth 0 over a paragraph, no heading under it; its goal lines "1.教育质量目标：…" keep the part before the colon at depth
/// 1 (set 24); 三、's （一）…（四） (titles alone) are depth 1 over "1.lead。body" items at depth 2, a （N） with a single item included (set 31); "四、重点工作任务分解" and "五、月度安排" are
/// depth 0 over their tables, whose header rows and rows (beginning with a bare number or a month and a tab) are the document's, kept, no headings and no noise (sets 17
/// and 31).
/// Tables: the 中心学校's plan has its task table inside the body as 四、 (set 31's tables inside the body) and its body items have no owner and no deadline and give no task
/// (set 17): the table "序号 | 工作任务 | 责任单位 | 完成时限" gives one task a row as set 19's 任务清单, keyed by its 工作任务 cell, led by the first unit of its 责任单位 cell ("总务处、各完小" → "总务处
/// ", "教导处、教研组" → "教导处", "体卫艺办、各完小" → "体卫艺办", "校办、教导处" → "校办"), "2045年3月底前" → "2045-03" and so on, "持续推进" and "每学期" (as set 19's "每月") giving no due. The 月度安排 table "月份
/// | 主要工作 | 责任部门" gives one task a row as set 31's and set 36's month tables, keyed by its 主要工作 cell (one activity each), led by the first unit of its 责任部门 cell ("政教处、各
/// 班主任" → "政教处"; "工会", "少先队大队部", "安全办" as written), due that month of 2045 ("2月" → "2045-02" … "12月" → "2045-12"), the months 7 and 8 having no row; the header rows are
/// kept, no headings and no tasks.
/// Schedules: the 数字化 plan's "第一季度：" … "第四季度：" lines are tasks keyed by their first clause with no owner, due the quarter's last month of 2045 (2045-03, 2045-06,
/// 2045-09, 2045-12; set 17), each action apart by "；" a task of its own (set 20's Adjusted paragraph: "第一季度：" gives two).
/// Tasks: "（责任股室：…）" and "（责任科室：…）" name their office (sets 11 and 16), and "（责任股室：教研室、电教站）" leads with the whole list (set 18's Adjusted paragraph); "（牽頭單位：A）" and "（牽
/// 頭單位：A；配合單位：B）" name A (set 15), also where B names two ("縣委編辦、縣人社局"); an item or a "（N）lead。body" paragraph with an owner bracket and no deadline gives a task under
/// its title or lead phrase ("推进集团化办学", "開齊開足體育課", "補充專任教師", "強化督導評價", "建设智慧教室", "建设教育数据中心"), and so does a short title's paragraph in the 要点 ("心理健康护航", "集团办学扩面"; sets
/// 15 and 22), with a deadline the deadline's task only (set 21); a deadline opening a sentence ("5月底前出台《…》", "4月底前完成…", "6月底前出台《…》", "5月底前完成…", "10月底前举办全区第6届…", "9月底前上
/// 线…", "年底前完成…", "6月底前完成…", "10月底前举办全县第3届…", "2045年10月底前舉辦…", "2046年6月底前建成…") is a task keyed by the rest of its clause (sets 13 and 20), with its item's or title's
/// owner bracket where there is one and no lead where there is none (sets 15 and 22); a deadline with its subject after it ("8月底前桴溪县第三实验小学建成招生", "8月底前楫湖区第五小学建成招生",
/// "2047年8月底前楫阳市第六幼儿园建成开园") is keyed by the rest of the sentence (set 13), and one with two schools as its subject ("2048年8月底前楫阳市第二十中学、楫湖区实验小学东校区建成招生") is one task (set
/// 19); a deadline after a comma ("…每人每月900元，2046年12月底前完成乡村教师周转宿舍建设") is a task keyed by the rest of its clause (set 20); "年底前" gives the plan's year alone ("2045", set
/// 28) and in the multi-year plans a deadline with a written year keeps it ("2047年8月底前" → "2047-08", "2048年8月底前" → "2048-08", "2046年12月底前" → "2046-12", "2046年6月底前" →
/// "2046-06") and "2047年底前" gives "2047" (sets 15 and 22); the 规划's deadlines have no owner. The 中心学校's tasks are its tables' rows.
/// Furniture: in the WeChat article (桴溪教育发布) the article's title is the plan's title and kept (set 35's WeChat reading); the "原创　author　account　date time　place" line,
/// the "🔊 全文约…字" line, the account's lead-in "岁末年初，…一起来看 👇" (the account's words, not the plan's introduction, which follows it; set 28 and set 37's Adjusted
/// paragraph), the "📊 数读｜… ›" card between （三） and （四） of 一、, the divider "▼ 2045年，桴溪教育这样干 ▼" between （四） and 二、 (set 25's "▼ 往下滑动… ▼"), "- THE END -", the 文字/编辑/审核
/// line, "往期推荐" and its three titles, the 阅读/赞/推荐 line, "留言 2", every line of the two comments (the name lines "桴口老周" and "山间小溪" — noise although short like unnumbered
/// titles, set 31 —, the texts, the "place　date　♡ N" lines) and the author's reply "作者回复：…" (whose "8月底前" is no task), and 写留言 are noise; the introduction, body,
/// signature "桴溪县教育局" and date are kept. In the PDF paste (楫阳) each page number "— N —" at the foot of a page (four: under 二、's paragraph, between "…新增学位4.2万个，" and its
/// carried-over part, under 专栏4's last paragraph, under the date) and the running header "楫阳市“十九五”教育事业发展规划（2046—2050年）" at the top of pages 2–4 (three) are noise, each
/// listed every time it appears, although the header repeats the title (which heads page 1 on two lines and is kept; sets 28 and 29); the title, the "（2046—2050年）"
/// line, introduction, body, the 专栏 boxes (titles, header row, rows, project titles and paragraphs), the signature "楫阳市教育局" and the date "2045年12月" are kept. On the
/// traditional-character 文庫 mirror (典藏文庫) the site's name with its slogan, the menu, the search line with its 熱門 words, the "當前位置" path, the file name "….docx" (not the
/// document's title, which heads page 1 and is kept; set 12), the 上傳者/上傳時間/頁數/瀏覽/下載 line, the "💡 本站已為部分字詞添加拼音及英文註釋…" note (the site's, announcing its glosses), each
/// page mark "— 第N頁 · 共3頁 —" at the head of a page (three: the first directly above the document's title, the others between （一）2. and （二）, and between the cut and 三、),
/// the "剩餘1頁未讀，點擊展開全文 ∨" cut (set 11's 展开阅读全文 cut; the text after it is the document's and kept), the 下載/收藏/舉報 row, "相關文檔推薦" and its three files, the 版權聲明 and the ©
/// line are noise; the title, introduction, body, signature "棪原縣教育局" and date are kept. On the district bureau's website (楫湖教育网) the site's name line "楫湖教育网　｜　楫阳市楫湖区教育局
/// " (noise although it names the bureau that signs the 要点, set 22), the menu, the "当前位置" path, the 发布时间/来源/浏览次数/字号 line, the "【专题】楫湖区“教育强区”建设三年攻坚专题 >>" link between "“
/// 双减”提质"'s paragraph and the fourth lead phrase, the 【打印本页】【关闭窗口】 row, 上一篇/下一篇, the 主办/地址/电话 line and the ICP/公网安备 line are noise; the page heading (the 要点's title),
/// introduction, body, signature "楫湖区教育局" and date are kept. In the Word paste (榈山) the cover lines — the title, "榈山县教育局" and "二〇四五年二月" — and the title again at the
/// head of the body are the document's, kept, no headings, no noise and no tasks (set 29's cover lines), while the "目　录" label and each of its eight entries (the
/// number, a tab, the heading, a tab and its page number: "1.⇥总体目标⇥1" … "4.⇥进度安排⇥3") are noise although each repeats a heading's number and words (sets 29 and 32), the
/// headings being the lines in the body; the paste carries no other furniture; the introduction, body, signature "榈山县教育局" and date are kept. On the school's website (椐口
/// 镇中心学校 · 阳光校园网) the site's name line (noise although it begins with the words of the signature "椐口镇中心学校", which is kept; set 13), the menu, the "📢 公告：…4月18日…" line
/// (its date no task, although the 月度安排's April row "举办家长开放日" is a task of the plan), "您的位置：…", the 作者/发布时间/点击 line, the "📷 相关图片：…（共8张）" line between 三、（四）2. and 四、,
/// the 【打印此文】【关闭窗口】 row, 上一篇/下一篇, the 版权所有/地址 line and the ICP/技术支持 line are noise; the page title (the plan's title), introduction, body, tables, signature and date
/// are kept.
///
/// Decided for set 45 (this set): counts of 学生心理健康测评 ("每学期开展…1次", set 13), 课堂教学视导 and 教学视导 ("每学期开展…2轮", set 34), 校园安全隐患排查 ("每月开展…1次", set 34),
/// 教育重点工作调度会 and 专班会议 ("每季度召开…1次", sets 33 and 34), 主题班会 ("每班每周开展…1次", set 21), 应急疏散演练 ("每月开展…1次", set 31), 家长学校讲座 ("每学期举办…2期", set 40),
/// 膳食委员会会议 ("每月召开…1次", set 39), 园本教研活动 ("每两周开展…1次", set 34), 专项督导 ("每年开展…1次", standing in a stage's body, set 43), 研训工作推进会 ("每季度召开…1次", as set 33's
/// 调度会) and the 区级骨干教师高级研修班 ("举办…4期", set 17's 培训班 in 期) held are notIndicators like the counts above, a count held listed once however often it appears in its document
/// (set 21), and so are the contests named by their ordinal ("全市第9届" → "9届", "全区第7届" → "7届", set 17; each also the key of a deadline task) and the stock counts of the
/// kindergarten's "一、基本情况" (教学班 "15个", 在园幼儿 "452名", 教职工 "67名", 其中专任教师 "38名"; sets 13 and 16). Chinese numerals are no digits ("第九中学", "第一幼儿园", "第二高级中学",
/// "三年", "“五育并举”", "“六一”", "四年级至六年级", "十件大事"); a 《》 title gives no number and the title's span "（2048—2050年）" none (set 31); the week labels and dates of the 周次 lines
/// ("第1—2周（2月20日—3月3日）" …) and the month labels "9月：" … "1月：" are the schedule's, no numbers of the plan, as sets 22 and 41 read their week and month lines (decided here as a reader
/// would, the earlier blocks listing none of them); the furniture's figures (点击数, the 网站标识码, the 阅读/赞/推荐 counts, 浏览次数, the school's 电话 and 地址 "18号", "阅读量 1.2万", "3所" in a
/// related title, 页数/浏览/下载, "前3页", "还剩3页", the page marks "— 第N页 —", the 页脚 "第 N 页 共 3 页", the ICP and 公网安备 numbers) are no numbers of the plan, and the signatures',
/// pages' and articles' dates are no tasks.
/// Readings: in the city's 要点 (枧阳) 全市 at the head of a sentence gives 全市 to the values of that sentence to its 。 (sets 20, 29, 38 and 41): 一、（二） to its value, the 测评 held after
/// it changing nothing; 二、（二） to its three values past the "；" (set 13; "稳定在95%以上" ge; "由2048年的61%提高到65%" → "from 61@2048"); the second sentence of 二、（三）, headed by 城区, gives
/// two le with 城区 (sets 15 and 18), its first sentence none, "集团化办学覆盖率" borrowing nothing from "新组建紧密型教育集团8个，" (set 33); "每所中小学至少配备1名专职思政课教师" is read round the
/// value (set 18); "全年" is dropped ("新建、改扩建中小学幼儿园", "招聘中小学幼儿园教师" approx with its 左右, "教育经费投入"); "其中城区新增学位不少于6000个" is "新增学位" with 城区 for that part only
/// (set 15) and "其中乡村学校教师不少于380名" is named by its own noun (set 20); the standalone "较上年下降0.6个百分点" is "中小学生近视率" in 个百分点 (sets 16 and 32); "新评选市级骨干教师240名、市级学科
/// 带头人60名" gives two (set 18's Adjusted paragraph, set 29); "A、B均保持100%" gives each its own name with the one value, the second borrowing nothing (set 43's "幼儿体检率、预防接种查验率");
/// the 全市 inside the deadline clauses ("10月底前举办全市第9届…", "年底前完成全市中小学…") reaches nothing (set 23) and the introduction's 全市 names no value.
/// In the county's 工作计划 (柁溪) "2049年，全县A…，B…；C…。" gives 全县 to its three values past the "；" (set 13), "保持在99.6%以上" ge; 城区 at the head of the next sentence gives two le
/// with 城区; the third sentence, headed 全县, gives 全县 with "from 59@2048" (sets 37, 38, 40 and 43); "其中柁口镇新增学位不少于500个" gives the town as the scope of that part only (set 27);
/// 全县 at the head of （二）1、's body is the scope of its value, the 视导 held after it changing nothing (set 20); "每名学生掌握1至2项体育运动技能" is read round the value "ge 1-2项" (sets 19
/// and 29); "学生每天校内体育活动时间" keeps 每天 (set 34); "全年招聘教师120名左右" approx, "其中紧缺学科教师不少于40名" by its own noun (set 20); "每名教师年度培训" keeps its words (set 17) and
/// "县级以上骨干教师达到410名" is eq (set 16); the 保障措施 paragraph drops 全年 and reads "不低于每生每年980元" as "生均公用经费标准 ge 980元" (set 16), naming no scope, its 调度会 a notIndicator.
/// In the primary school's plan (桕山实小) no sentence names a scope; "本学期，A…，B…，C…；D由上学期的86%提高到92%。" gives four indicators of 2049, "本学期" no part of a name, "达到98%以上"
/// ge, "保持100%" eq and D "from 86" (set 16); "学生参与率" in ①'s body keeps its words; "表彰“文明班级”“文明学生”" has no value.
/// In the kindergarten's plan (椹原一幼) no sentence names a scope; "均达到100%" gives both names (set 43), "控制在3%以内" le; "分别" gives each class its whole name (set 16); "由上学期的55%
/// 提高到60%" gives "from 55" (set 30); "每名教师每学期撰写观察记录" keeps 每名/每学期 (set 40), "每周带量食谱公示率" 每周 (set 23), "幼儿每天户外活动时间" 每天 and "其中体育活动时间不少于1小时" is
/// named "体育活动时间" (set 16); "每班创设区域活动" keeps 每班 (set 27).
/// In the 三年行动方案 (楂江) the plan's year is 2050, its last year, except "到2049年，…" (2049, to its 。; set 36); "到2050年，全县A…，B…，C…；…。" gives 全县 to its three values, "达到97%以上"
/// ge and "由2047年的91%提高到96%" "from 91@2047", the clause after the "；", with no value, an aim, no indicator and no task (set 31); "到2049年，全县义务教育学校全部达到县域优质均衡发展标准。" —
/// committing with no value — is a task with no owner due 2049 keyed by its clause after the year (set 23's Adjusted paragraph; sets 27 to 32 and 43), no indicator; "三年" is dropped
/// (set 16) and "三年累计投入教育经费" keeps 累计 ("累计投入教育经费", sets 16 and 33); "其中城区新增学位不少于3500个" has 城区 for that part only (set 15); "每所农村学校至少与1所城区学校结对" is read
/// round the value ("每所农村学校与城区学校结对 ge 1所", set 18); "其中研究生学历教师不少于45名" is named by its own noun and "每名教师每年参加培训" after the "；" keeps 每名/每年 (set 20); "不低于每生
/// 每年1000元" is "生均公用经费标准 ge 1000元" (set 16); 二、（一）…（四） name no scope (the introduction's 全县 names no value).
/// In the 进修学校's plan (枧湖) "2049年，全区A…，B…；C…。" gives 全区 to its three values past the "；" (set 13), "区级骨干教师达到520名" eq and C "from 93@2048"; the other paragraphs name no
/// scope; "新入职教师岗前培训不少于120学时" is ge (set 16's 每名教师…培训 read by its noun); "培训骨干教师300人次" keeps its verb; "新立项区级以上课题30项" keeps its verb (set 16) and "结题率达到85%
/// 以上" is ge with its own short name; "区级优质研训课程资源达到400节" is eq (set 36); "全年研训经费投入" drops 全年.
/// Years: the city's 要点, the county's 工作计划, the primary school's spring term and the 进修学校's plan are of 2049, the kindergarten's autumn term of 2048 (the term's calendar year,
/// sets 17, 24 and 25; its "1月：" line is January 2049); the 三年行动方案（2048—2050年） is of 2050 except its "到2049年，" sentence.
/// Headings: the city's 要点 gives 一、…五、 at depth 0, titles with a comma being the whole line (set 17), and their "（N）lead。body" paragraphs, restarting under each part, at depth 1
/// (set 30); its introduction ending "主要工作要点如下：" is no heading and no noise (set 38); its page title (the 要点's title) and its signature and date are kept. The county's 工作计划
/// gives "一、工作目标" at depth 0 over a paragraph, no heading (set 30), 二、's （一）…（三） (titles alone) at depth 1 over "1、lead。body" items at depth 2, restarting under each: an item
/// numbered "1、" reads as one numbered "1." (sets 30 and 43's "1.lead。body"), its heading the label as written with the lead phrase ("1、加快学校建设"), as ScoringTests' "month
/// deadlines" keeps "1、" in its headings (no earlier block decides "1、lead。body"; decided here as a reader would); "三、保障措施" at depth 0 over a paragraph (set 34). The primary
/// school's 一、, 二、 and 四、 are depth 0 over a paragraph or the week lines, no headings under them; 三、's （一）…（三） (titles alone) are depth 1 over "1.lead。body" items at depth 2, a
/// （N） with a single item included (set 31); "2.开展主题教育活动", a title alone with no 。, is depth 2 over its circled sub-items "①lead。body", "②lead。body" at depth 3, the circled
/// label and lead phrase ("①传统节日教育"; set 43's circled sub-items, one level below the "2.title" line as set 33's "（1）lead。body" under "1.title"). The kindergarten's 一、…四、 are depth 0,
/// "一、基本情况" over its stock-count paragraph, no heading; its goal lines "（一）保育目标：…" keep the part before the colon at depth 1 (set 11); 三、's （一）…（三） (titles alone) are depth 1
/// over "1.lead。body" items at depth 2; "1.深化游戏化课程", a title alone, is depth 2 over its "（1）lead。body" sub-items at depth 3 (sets 16, 23 and 33), "2.做好幼小衔接" going on at depth 2;
/// the month lines are no headings. The 三年行动方案's 一、总体目标 has a paragraph and no heading under it (set 30); 二、's and 四、's "（N）lead。body" paragraphs — the lead sharing its line
/// with the body ("（一）加强组织领导。成立…") — are depth 1 with the lead phrase; 三、's stages "（一）动员部署阶段（2048年3月—5月）。body" are headings of their lead phrase with its bracket at
/// depth 1 (sets 25 and 43); its title and introduction are kept, no headings. The 进修学校's "一、工作目标" and "三、保障措施" are depth 0 over a paragraph, no heading; 二、's （一）…（三） (titles
/// alone) are depth 1 over "1.title" lines alone at depth 2 and their "（1）lead。body" sub-items at depth 3 (sets 18 and 33), and over "N.lead。body" items at depth 2 ("2.推进校本研修",
/// "2.加强课题研究", "1.建设研训平台"); its title, introduction, signature and date are kept.
/// Schedules: the primary school's week lines "第1—2周（2月20日—3月3日）：…" … "第16—20周（6月5日—7月7日）：…" are no headings and tasks keyed by their first clause with no owner, due the
/// month in which their date range ends, of 2049 (set 22: → 2049-03, 2049-03, 2049-04, 2049-06, 2049-07), one task a line; "组织红色研学实践活动" is a task of its week line beside the ②
/// item's deadline task (set 33). The kindergarten's "9月：" … "12月：" are of 2048 and "1月：" of January 2049 (sets 17 and 29), each a task keyed by its first clause with no owner;
/// "举办班级游戏环境创设评比" is a task of its sub-item (with its 负责人) and again of its month line (set 33). The 三年行动方案's stages are tasks keyed by the first clause of their body with
/// no owner, due the last month of the range in their bracket, of the year written there ("2048年3月—5月" → 2048-05, "2048年6月—2049年12月" → 2049-12, "2050年1月—12月" → 2050-12; set 27),
/// the second keyed with its subject "各学校按方案推进各项任务" (set 43).
/// Tasks: "（责任科室：…）" and "（责任股室：…）" name their office (sets 11 and 16), "（责任部门：…）" its department ("培训部", "教研部", "信息技术部"; set 17) and "（负责人：…）" its post ("德育主任",
/// "大队辅导员", "政教处主任", "保健医生", "业务园长", "后勤园长"; sets 17 and 37); "（牵头单位：A；配合单位：B）" names A, also where B names two (sets 15 and 41), and "（牵头单位：A）" names A alone
/// (set 40), also where A is "县财政局" or "县政府教育督导室" (sets 41 and 43); an item, sub-item or "（N）lead。body" paragraph with an owner bracket and no deadline gives a task under its
/// title or lead phrase ("发展普惠学前教育", "推进集团化办学" (twice, in 柁溪 and 楂江), "加大经费投入", "上好思政课", "落实一日常规", "落实晨午检制度", "优化区域活动", "强化安全管理", "骨干教师研修", "常规视导"),
/// with a deadline the deadline's task only (set 21); a deadline opening a sentence ("4月底前出台《…》", "10月底前举办全市第9届…", "4月底前完成…", "年底前完成…", "5月底前出台《…》", "4月底前组织…",
/// "5月底前召开…", "10月底前举办全区第7届…", "9月底前上线…") or after a comma ("…120学时，8月底前完成…", "…1次，11月底前举办…", "…年度考核，2049年底前完成中期评估") is a task keyed by the rest of its clause
/// (sets 13 and 20) with the item's owner bracket; a deadline with its subject after it ("8月底前枧阳市第九中学建成招生", "8月底前柁溪县城东小学建成招生", "2049年8月底前楂江县第二高级中学建成招生") is keyed
/// by the rest of the sentence (set 13); "年底前" gives the plan's year alone ("2049", set 28); in the 方案 "2049年8月底前" gives "2049-08" and "2049年底前" "2049" (sets 15 and 22). The items
/// with no owner and no deadline give no task (枧阳's 一、（二）, 二、（三）, 三、（二）, 四、（二） and 五、（二）; 柁溪's （二）2、, （三）2、 and its 保障措施 paragraph; 桕山实小's ① item and （二）2.; 椹原's
/// （一）2. and （二）2.; 楂江's 二、（三） and 四、（一）; 枧湖's 二、（一）2., （二）2. and its 保障措施 paragraph).
/// Furniture: on the city government's portal (枧阳市人民政府), in its 部门动态 column (set 43 had a county government's 触屏版 部门动态; this is the portal's desktop page), the portal's name
/// line "枧阳市人民政府　　无障碍　　长者模式　　English", the menu, "您当前的位置：首页 > 政务公开 > 部门动态", the 信息来源/发布时间/点击数 line (noise although it names the bureau), the
/// 【字体】【打印】【关闭】 row, the 分享 row, "扫一扫在手机打开当前页", the 【我要纠错】【收藏本页】 row, 【上一条】/【下一条】 (noise although the second reads like a plan's title, set 36), the 网站地图 row, the 主办/承办/网站标识码 line
/// and the ICP/公网安备 line are noise; the page title (the 要点's title), introduction, body, signature "枧阳市教育局" and date are kept.
/// In the WeChat article (柁溪教育), the 原创 line "原创　柁溪教育　柁溪教育　date　柷州", the 关注 prompt, the 图文 card line "🖼 图文｜…　　左右滑动查看更多" between （二）2、 and （三） (the app's picture
/// card, noise although it names a year and the county's new schools; set 42's "📊 数读" card), the 来源 line, the 编辑/审核 line, "往期回顾" and its three titles (noise although they read like
/// titles; set 42's 往期推荐), the 阅读/赞/推荐 row, "写留言" and "预览时标签不可点" are noise; the article's title (the plan's title), introduction, body, signature and date are kept.
/// On the school's website (桕山县实验小学), the site's name line with its motto, the menu, the 当前位置 path, the 作者/发布时间/浏览次数 line, "附件下载：" and its two 📄 file lines (noise although the
/// first repeats the plan's title; set 37's "附件下载：" file lines), the 打印/返回顶部 row, 上一篇/下一篇, the 版权所有/地址/电话 line and the ICP line are noise; the page title (the plan's title),
/// body, signature "桕山县实验小学政教处" and date are kept.
/// On the news app's share page (柷新闻), which no earlier set had in this form, the 打开APP bar, the 融媒 account's line "椹原融媒　2048-09-06 11:20", the 编者按 line (the editor's words, not
/// the plan's, as set 29's answerer's lead-in), the 记者/通讯员 line, the 责任编辑 line, the 来源 line, "阅读量 1.2万", "相关阅读" and its two titles, the 评论 prompt and the © line are noise;
/// the page title (the plan's title), body, signature "椹原县第一幼儿园" and date are kept.
/// In the 文库 viewer (知行文库), the site's row, the path, the file name "….docx" (set 42), the 贡献者/页数/浏览/下载 line, the 试读 start line, the page marks "— 第1页 —" … "— 第3页 —" (at
/// the head of each page, set 42), the "🔒 以下为试读内容…继续阅读 ∨" prompt between 二、（四） and 三、 (set 11's 展开阅读全文 cut; the text after it is the plan's and kept), the 下载/收藏/分享/举报
/// row, "相关推荐" and its two files, the 声明 line and the © line are noise; the 方案's title, introduction and body are kept.
/// In the PDF (枧湖区教师进修学校), the 页眉 "枧湖区教师进修学校　　2049年工作计划" at the top of each of the three pages (three times, the first above the title; noise although it reads
/// like the title, which is written without the space and kept, set 14's running header) and the 页脚 "第 1 页 共 3 页" … "第 3 页 共 3 页" (set 14's page numbers) are noise; the title,
/// introduction, body, signature "枧湖区教师进修学校" and date are kept.
/// Set 44's "Decided for set 44 (this set)" block, which set 45 did not see, copied as written there ("this set" meaning set 44) and followed here too:
/// Decided for set 44 (this set): counts of 师德师风警示教育会 ("召开…2次", set 14's meetings), 校园安全隐患排查 (the 总结's "开展…10轮", set 28; "每月开展…1次", set 34), 教学视导 ("每学期开展…2轮",
/// set 34), 学生心理健康测评 ("每学期开展…1次", set 13), 重点工作调度会 ("每季度召开…1次", set 33), 专项督导-like checks ("每学期开展作业管理专项检查1次", set 43's 专项督导), 家长会 ("每学期召开…2次",
/// set 40's 家长学校讲座), 教学常规检查 and 安全隐患排查 ("每月开展…1次", sets 34 and 38), 九年级模拟考试 ("组织…3次", set 32) and 幼小衔接联合教研活动 ("每学期开展…2次", set 14's 教研活动) held are
/// notIndicators like the counts above, a count held listed once however often it appears in its document (set 21), and so are the contests named by their ordinal ("全市第9届" →
/// "9届", "校第5届" → "5届", "全县第7届" → "7届", "全县第4届" → "4届", set 17; each also the key of a deadline task), the 文号 ("泖教发〔2047〕3号" → "3号", set 43), a point change
/// beside its value ("较上年提高1.9个百分点", "较上年提高2.1个百分点", set 17), a rank ("排名第3位" → "3位", "位列全市第2位" → "2位", set 19) and the threshold inside a name that carries a
/// target ("35周岁以下青年教师师徒结对率达到100%" → "35周岁", the indicator keeping it, set 17). Chinese numerals are no digits ("第二实验幼儿园", "第九中学", "第三幼儿园", "第四小学",
/// "第二幼儿园", "二〇四六年二月", "“两个只增不减”", "九年级", "三年", "一是"/"二是"/"三是", "第一，"…"第四，"); the table label "表1" and the 目录's page numbers are no numbers of the plan, nor
/// are the furniture's figures (the 贡献者 line's 页数/阅读/下载, "（2积分）", "（精选3篇）", the page marks and page numbers, 浏览次数, the 阅读/赞/在看 counts, the telephone, the 网站标识码, the
/// ICP and 公网安备 numbers); the notice's, the pages', the article's and the editor's note's dates ("2月17日") are no tasks, and neither is the speech's "（2047年2月17日）".
/// Readings: in the 总结和打算 (洧溪) the 总结's figures are of 2046 and the 打算's of 2047 (sets 34 to 42): "全年投入教育项目资金" drops 全年; "洧溪县第二实验幼儿园建成开园", with no deadline, is a fact
/// and no task (set 26); 全县 at the head of （二）'s body gives 全县 to its three values, "较上年提高1.9个百分点" beside the third being a notIndicator and the next sentence "在全市…中，我县排名
/// 第3位。" giving only the notIndicator "3位", its 全市 reaching nothing (sets 28, 41 and 42); "全年招聘新教师96名" drops 全年 and "其中乡村学校教师41名" is named by its own noun (set 20);
/// "全年资助家庭经济困难学生1.3万人次" drops 全年 and keeps 人次 as its unit; （三）'s second sentence gives only counts held. In the 打算 "2047年，全县A…，B…；C…。" gives 全县 to all three past
/// the "；" (set 13), "稳定在94%以上" and "保持在99.5%以上" being ge; "其中城区新增学位不少于1500个" is "新增学位" with 城区 for that part only (set 15); "集团化办学覆盖率" borrows nothing from
/// "新组建城乡教育集团4个，" (set 33); 全县 at the head of （二）1.'s body is the scope of its value, the 视导 held after it changing nothing (set 20); "由2046年的55%提高到59%" gives "from
/// 55@2046"; the standalone "较上年下降1个百分点" is an indicator in 个百分点 named by its clause's own noun ("中小学生近视率", sets 16 and 32); "全年招聘教师100名左右" is approx with 全年 dropped
/// and "其中紧缺学科教师不少于30名" is named by its own noun (set 20); （四）'s "全年教育经费投入不低于7.6亿元" drops 全年, and the 全县 inside its deadline clause "年底前完成全县…" reaches nothing
/// (set 23).
/// In the 要点 in parts (泖阳) 全市 at the head of each goal line's body is the scope of its values to the 。 (sets 20 and 29), "稳定在95%以上" and "保持在99.6%以上" being ge; "每所中小学至少配备
/// 1名专职思政课教师" is read round the value (set 18) and names no scope; 全市 at the head of 一、（二）'s body is the scope of its value, the 测评 held after it changing nothing (set 20);
/// "全年新增学位2.1万个" drops 全年 and "其中城区新增学位不少于1.4万个" is "新增学位" with 城区 for that part only (set 15); "创建省级特色高中2所" is eq (set 37) and the clause after it has no
/// value; 全市 at the head of 三、（一）'s body is the scope of its value ("达到93%以上" ge), the 全市 inside the deadline clause "10月底前举办全市第9届…" reaching nothing (set 23);
/// "由2046年的60%提高到63%" gives "from 60@2046"; "全年招聘中小学幼儿园教师520名左右" is approx with 全年 dropped and "其中乡村学校教师不少于200名" is named by its own noun (set 20);
/// "新评选市级骨干教师240名、市级学科带头人60名" gives "新评选市级骨干教师" and "市级学科带头人" (set 18's Adjusted paragraph, sets 29 and 42); 第三部分's "全年教育经费投入不低于62亿元" drops 全年
/// and names no scope; the notice above the 要点 names no value.
/// In the school's plan (涔江) no sentence names a scope: "达到42%以上" and "保持在96%以上" are ge (set 13); "由2046年的57%提高到61%" gives "from 57@2046"; "近视率控制在40%以内" keeps its own
/// name (set 17); "本科以上学历教师占比92%", with no verb, is eq (the scorer's own "本科以上学历教师占比 eq 75%"), "本科以上" changing nothing (set 16), and "县级以上骨干教师达到28名" is eq
/// (sets 16 and 43); inside the "一是…；二是…；三是…" paragraphs each clause is read as a sentence of its own, the 一是/二是/三是 and the lead words before the comma ("上好思政课，") being no
/// part of the name ("思政课开课率", "每名学生每周劳动时间", "35周岁以下青年教师师徒结对率", "每名教师年度校本研修", "新立项市级以上课题"; sets 17, 20 and 43), the 家长会 held a count; "每名教师每学期听课"
/// keeps its words (set 17); "九年级体育中考满分率" after "组织九年级模拟考试3次，" borrows nothing (set 43); "学校“一键报警”装置联网率" after the 排查 held keeps its quotation marks and is eq
/// (sets 34 and 36).
/// In the 实施方案 (浈山) the plan's year is 2048, its last year, except its "到2047年，" sentence (2047, to its 。; set 36): "到2048年，全县A由2045年的93.5%提高到98%以上，B达到95%。" gives 全县
/// to both, A ge with "from 93.5@2045" (set 23); "到2047年，全县每个乡镇至少办好1所公办中心幼儿园。" is read round the value keeping 每个 ("每个乡镇办好公办中心幼儿园 ge 1所"), an indicator
/// of 2047 with 全县 and no task (sets 13, 18 and 42's 棪原); "主要指标见表1。" is the document's sentence, no heading and no noise (set 18). The table "表1　浈山县学前教育主要发展指标" reads
/// as set 18's indicator table: its title, header row and rows are the document's, no headings and no noise (a 表 title, unlike a 专栏 title, is no heading); each row gives one
/// indicator of 2048 named without its unit bracket, the unit taken from the bracket ("%", "所"), "≥" → ge and a bare value eq, the "2045年（基期）" cell giving "from value@2045"
/// and "—" no baseline, the 属性 column changing nothing and the table naming no scope. "浈口镇、渌田乡、沣溪镇学前三年毛入园率分别达到98%、96%、96%" gives one indicator a town, each town
/// its scope (set 15's list of places), of 2048; "普惠性民办幼儿园认定率由2045年的72%提高到90%" gives "from 72@2045" and no scope; 全县 at the head of （二）2.'s first sentence is the scope
/// of its value, "由2045年的78%提高到90%以上" being ge with "from 78@2045"; "三年招聘幼儿园教师180名左右" drops 三年 (set 16) and is approx, "其中乡镇幼儿园教师不少于110名" being named by its own
/// noun (set 20); "不低于每人每月600元" is "ge 600元" with 每人每月 no part of the name (set 18); "三年累计投入学前教育专项经费不少于2.4亿元" drops 三年 and keeps 累计 (sets 16 and 33).
/// In the speech (滠原) the 一、 review's figures are of 2046 and the 部署's of 2047 (as a 总结和计划, sets 34 to 42): 全县 at the head of 一、's second sentence gives 全县 to its three values, "较上
/// 年提高2.1个百分点" beside the third a notIndicator and the next sentence's "位列全市第2位" giving only "2位"; "2047年，全县A要达到97%，B保持在99.6%以上。" in 三、's first paragraph gives 全县
/// to both, "要达到" being eq like 达到 and "保持在…以上" ge; that paragraph's "重点抓好以下四个方面。" is no heading and no noise; "全年新建、改扩建中小学幼儿园4所" drops 全年; "集团化办学覆盖率"
/// borrows nothing from "新组建城乡教育集团3个，" (set 33); 全县 at the head of 第三's body is the scope of its value, the 视导 held changing nothing (set 20); "由2046年的57%提高到60%" gives "from
/// 57@2046" and "每名学生掌握1至2项体育运动技能" is "每名学生掌握体育运动技能 ge 1-2项" read round the value (sets 19 and 43); "全年招聘教师90名左右" is approx with 全年 dropped and "全年教育经费投入不低于
/// 6.8亿元" drops 全年; the opening's "同志们：", its "下面，我讲四个方面的意见。" and the closing "同志们，…谢谢大家！" name no value.
/// In the ■/◆ 要点 (漯川) 全县 at the head of "■总体目标"'s paragraph is the scope of both its values ("保持在99.3%以上" ge); "新建公办幼儿园2所" keeps its verb and "普惠性幼儿园覆盖率达到92%以上"
/// is ge with no scope; 全县 at the head of "◆提升保教质量"'s paragraph is the scope of both its values to the 。 (set 20), "每所乡镇中心幼儿园结对帮扶1-2所村级幼儿园" being read round the value
/// keeping 每所 ("每所乡镇中心幼儿园结对帮扶村级幼儿园 ge 1-2所", sets 15, 18 and 19); "其中漯口镇新增学位不少于450个" is "新增学位" with the town as the scope of that part only (set 27); the
/// standalone "普通高中本科上线率较上年提高2个百分点" is an indicator in 个百分点, eq with no 以上 (sets 16 and 32; the scorer's own "普通高中本科上線率 ge 2個百分點" had 以上); "全年招聘中小学幼儿园
/// 教师75名左右" is approx with 全年 dropped and "其中乡村学校教师不少于40名" is named by its own noun (set 20).
/// Years: the 打算, the 要点 in parts, the school's plan, the speech's 部署 and the ■/◆ 要点 are of 2047; the 总结 and the speech's review of 2046; the 实施方案（2046—2048年） of 2048
/// except its "到2047年，" sentence (2047).
/// Headings: the 总结和打算's unnumbered part titles "2046年工作总结" and "2047年工作打算", each alone on its line with no number before it, are headings at depth 0 and each part's 一、…
/// one below it at depth 1, 2047年工作打算 restarting at 一、 as in the scorer's own "two parts numbered afresh" (set 28's reading of numbering afresh under 第二部分); 一、主要工作成效's
/// "（N）lead。body" paragraphs are headings of their lead phrase at depth 2; "二、存在的问题" is depth 1 over its "一是…；二是…；三是…" paragraph, which is no heading (set 26); the 打算's
/// "一、总体目标" is depth 1 over a paragraph, no heading (set 30); "二、重点工作"'s （一）…（三） (titles alone) are depth 2 over "1.lead。body" items at depth 3, restarting under each, a （N）
/// with a single item included (set 31), and "（四）强化教育保障。body" is a heading of its lead phrase at depth 2 (set 38); the title and the introduction are the document's, no
/// heading. The 要点 in parts gives "第一部分　总体要求和主要目标", "第二部分　重点任务" and "第三部分　保障措施" at depth 0 made of the label and the text with the full-width space removed
/// ("第一部分总体要求和主要目标"; set 17, as sets 26 and 28 read "第一部分　…"), each part's 一、… restarting under it at depth 1 (set 28), titles with a comma being the whole line (set 17);
/// 一、总体要求 has a paragraph and no heading under it (set 30); 二、主要目标's goal lines "（一）学前教育：…" keep the part before the colon at depth 2 (set 11); 第二部分's "（N）lead。body"
/// paragraphs, restarting under each 一、, are headings of their lead phrase at depth 2; 第三部分's 一、二、 are titles alone over paragraphs, no heading under them; the notice above it
/// (版头, 文号, title, addressees, body, signature, date, "（此件主动公开）") and the "附件" label are the document's and no headings (sets 12 and 43), and the 要点 has no signature of its own.
/// The school's section headings set in 【】 brackets, each alone on its line ("【指导思想】", "【工作目标】", "【主要措施】", "【工作安排】"), which no earlier set had as headings, are headings at
/// depth 0 kept as written with their brackets — a mark that stands where 一、 would stand, as the scorer's own "■實施校舍安全工程" keeps its ■ —, while the 【】 lines of the furniture
/// ("【打印此文】　【关闭窗口】") are noise as ever; the goal lines "1.教学质量目标：…" under 【工作目标】 keep the part before the colon at depth 1 (set 24); 【主要措施】's 一、…四、 (titles alone) are
/// depth 1; the "一是…；二是…；三是…" paragraphs under 一、 and 三、 are no headings (set 26); the circled items "①lead。body" under 二、 and 四、, restarting under each, are headings of the circled
/// label and the lead phrase at depth 2 ("①抓实教学常规"; set 27's circled sub-items), "③做好毕业班工作" included; 【指导思想】 has a paragraph and no heading under it, and the month lines
/// under 【工作安排】 are no headings (set 17). The 实施方案's 一、…四、 are depth 0; 一、 has a paragraph and the table and no heading under them; 二、's （一）…（三） (titles alone) are depth 1
/// over "1.lead。body" items at depth 2, restarting under each; 三、's stages "（一）启动部署阶段（2046年3月—6月）。body" are headings of their lead phrase with its bracket at depth 1 (set 25);
/// 四、's "（N）lead。body" paragraphs are depth 1; the cover lines (the title, "（2046—2048年）", "浈山县教育局", "二〇四六年二月") and the title again at the head of the body are the document's,
/// kept, no headings, no noise and no tasks (set 42's Word cover). The speech's 一、…四、, titles with a comma being the whole line (set 17), are depth 0; the "第一，lead。body" …
/// "第四，lead。body" paragraphs under 三、, and "第一，…" … "第三，…" restarting under 四、, which no earlier set had, are headings of their ordinal label and lead phrase as written, comma
/// included, at depth 1 ("第一，扩大优质学位供给") — a speech's numbered points standing where "（N）lead。body" paragraphs stand in a plan, read as set 38 reads those —; 一、 and 二、 have
/// paragraphs and no heading under them (set 30); the article's title (the speech's title, set 35's WeChat reading), the speaker line "滠原县教育局党组书记、局长　甘秉言", the date line
/// "（2047年2月17日）", "同志们：", the opening and closing paragraphs are the document's, kept, no headings and no noise. The ■/◆ 要点's symbol-marked titles, each alone on its line over
/// one paragraph, which no earlier set had at two levels, are headings kept as written with their marks (the scorer's own "■實施校舍安全工程"): "■title" at depth 0, with nothing above it
/// but the introduction, and "◆title" one below the "■" it stands under at depth 1, "◆落实“双减”政策" keeping its quotation marks (set 36); "■总体目标" has a paragraph and no heading under
/// it; the introduction ending "重点做好以下工作。" is no heading and no noise.
/// Tasks: "（责任股室：…）" and "（责任科室：…）" name their office (sets 11 and 16), "（负责人：…）" its post ("教导处主任", "教科室主任", "总务主任"; sets 17 and 37); "（牵头单位：A；配合单位：B）" names
/// A also where B names two ("县发展改革局、县自然资源局", "县委编办、县人社局"; sets 15 and 41) and "（牵头单位：A）" names A alone (set 40); an item, a "（N）lead。body" paragraph, a circled
/// item or a ◆ title's paragraph with an owner bracket and no deadline gives a task under its title or lead phrase ("推进集团化办学", "加强学生心理健康教育", "补充配强教师", "抓实教学常规" (the
/// circled label dropped, set 27), "强化安全管理", "扶持普惠性民办园", "补足配齐教师", "补充教师"; sets 15, 21 and 22), with a deadline the deadline's task only (set 21); a deadline opening a
/// sentence ("5月底前出台《…》", "4月底前完成…", "年底前完成…", "6月底前出台《…》", "5月底前举办校第5届…", "8月底前完成…", "2046年12月底前出台《…》", "10月底前举办全县第7届…", "6月底前完成…")
/// or after a comma ("…达到93%以上，10月底前举办全市第9届…", "…1次，年底前完成全县农村学校…", "…达到92%，11月底前举办全县第4届…") is a task keyed by the rest of its clause (sets 13 and 20), with
/// the owner bracket where there is one and no lead where there is none (sets 15 and 22; the speech, whose paragraphs carry no brackets, gives no lead); a deadline with its subject
/// after it ("8月底前洧溪县城东小学建成招生", "8月底前泖阳市第九中学建成招生", "2047年8月底前浈山县第三幼儿园建成开园", "8月底前滠原县第四小学建成招生", "9月底前漯川县第二幼儿园建成开园") is keyed by the
/// rest of the sentence (set 13); "年底前" gives the plan's year alone ("2047", set 28); in the 实施方案 a deadline with a written year keeps it ("2047年8月底前" → "2047-08", "2046年12月底前" →
/// "2046-12"; sets 15 and 22). The 实施方案's stages are tasks keyed by the first clause of their body with no owner, due the last month of the range in their bracket ("2046年3月—6月" →
/// 2046-06, "2046年7月—2047年12月" → 2047-12, "2048年1月—12月" → 2048-12; set 27), the second keyed with its subject ("各乡镇按方案推进各项任务", set 43). The school's month lines "2月：" …
/// "12月：" are of 2047, each a task keyed by its first clause with no owner (sets 17 and 43). The items and paragraphs with no owner and no deadline give no task (洧溪's （二）2.;
/// 泖阳's 二、（二）, 三、（二）, 四、（二） and 第三部分's 一、; 涔江's ③ and the 一是 paragraphs; 浈山's （二）1., （三）2. and 四、's paragraphs; the speech's 第二, 第四 and 第二 of 四、; 漯川's "◆提升保教质量",
/// "◆落实“双减”政策" and "◆推进多样化发展").
/// Furniture: on the 文库 viewer (知源文库) the site's name line, the menu, the "当前位置" path, the file name "….doc" (not the document's title, which heads page 1 and is kept; set 12),
/// the 贡献者/上传时间/页数/阅读/下载 line, each page mark "— 第N页 / 共4页 —" at the head of a page (four: directly above the title, between 一、（三） and （四）, between 二、（一）2. and （二）,
/// and after the cut above （三）), the "剩余1页未读，点击展开全文 ∨" cut (set 11's 展开阅读全文 cut; the text after it is the document's and kept), the 下载/收藏/举报 row, "相关文档" and its three
/// files (noise although they read like plan titles), the 版权声明 and the © line are noise; the title, introduction, body, signature "洧溪县教育局" and date are kept. In the PDF paste (泖阳)
/// each page number "— N —" at the foot of a page (four: under "（此件主动公开）", under 二、（一）, under 四、（二）, under 第三部分's 二、) and the running header "泖阳市教育局2047年工作要点" at the
/// top of pages 3 and 4 (twice; page 2, where the attachment begins under its "附件" label and title, has none) are noise, each listed every time it appears, although the header
/// repeats the 要点's title, which heads page 2 and is kept (sets 28, 29 and 42); the 版头 "泖阳市教育局文件", the 文号, the notice with its title, addressees, body, signature, date and
/// "（此件主动公开）", the "附件" label and the 要点's title, introduction and body are the document's and kept. On the school's website (涔江县实验中学　｜　校园网) the site's name line (noise
/// although it names the school that signs the plan, set 13), the menu, the "当前位置" path, the 发布者/发布时间/浏览次数 line under the page title, the 【打印此文】【关闭窗口】 row, 上一篇/下一篇
/// (noise although they read like plan titles) and the 版权所有/地址/电话 and ICP/技术支持 lines are noise; the page title (the plan's title), introduction, body, signature and date are
/// kept. In the Word paste (浈山) the "目　录" label and each of its four entries (the heading, a tab and its page number: "一、总体目标⇥1" … "四、保障措施⇥3") are noise although each repeats a
/// heading's number and words (sets 29, 32 and 42), the headings being the lines in the body; the paste carries no other furniture, and the table's lines (tab-separated) are the
/// document's. In the WeChat article (滠原教育) the "原创　author　account　date time　place" line, the "编者按：…" line (the account's words, not the speech's, set 28 and set 37's Adjusted
/// paragraph), "- END -", the 来源/编辑/审核 line, "往期推荐" and its two titles, the 阅读/赞/在看 line and 写留言 are noise; the article's title, the speaker line, the date line, the speech
/// and its closing are kept. On the county government's portal (漯川县人民政府门户网站) the portal's name line, the menu, "您当前的位置：…", the 信息来源/发布时间/浏览次数/字体 line under the page
/// heading (noise although it names the bureau), the 【打印本页】【关闭窗口】 row, 上一篇/下一篇, the 主办/承办 line and the 标识码/ICP/公网安备 line are noise; the page heading (the 要点's title),
/// introduction, body, signature "漯川县教育局" and date are kept.

/// Decided for set 47 (this set): counts of 教学视导 ("每学期开展…2轮", set 34; the 总结's "开展…3轮", set 38), 教育重点工作调度会 and 工作调度会 ("每季度召开…1次", set 33), 督导工作例会
/// ("全年召开…3次", set 23), 专项督导 ("每学期开展…1次", set 43), 教研组集体备课 ("每周开展…1次", set 27's 集体备课), 高三模拟考试 ("组织…4次", set 32), 规划推进会 ("每学期召开…2次", set 14's
/// meetings) and the 市级骨干教师高级研修班 ("举办…3期", set 17's 培训班 in 期) held are notIndicators like the counts above, and so are "每名责任督学每月深入挂牌学校督导不少于2次" ("2次";
/// set 19's Adjusted paragraph, the sentence reworded), the contests named by their ordinal ("全县第6届" → "6届", "全市第12届" → "12届", "全区第8届" → "8届", set 17; the first two also
/// the key of a deadline task, the third a fact of the 总结), the 文号 ("鄠教督〔2049〕2号" → "2号", "（鄠教督〔2047〕5号）" → "5号", set 43), the 分值 of a 考核 ("分值10分" → "10分", as the
/// scorer's own "100分"), the ranks ("排名第2位" → "2位", "排名第1位" → "1位", set 19), the point change beside its value ("较上年提高2.3个百分点", set 17), the count of works done inside a
/// deadline sentence ("完成40所学校提档升级" → "40所", set 19 and the scorer's own "完成10所学校运动场改造"), the threshold inside a name ("35周岁", set 17) and the stock counts of the
/// school's "一、学校现状" (教学班 "54个", 在校学生 "2710名", 教职工 "212名", 其中专任教师 "196名"; sets 13 and 16). Dates ("3月15日前", "12月20日前", the signatures' and notice's dates,
/// "2049年3月2日印发") are no numbers of the plan and no indicators; they are listed among no notIndicators (a date is no count) — decided here as a reader would. Chinese numerals are
/// no digits ("二〇四八年四月", "“两个只增不减”", "高一、高二年级", "高三", "一是"/"二是"/"三是", "第一中学", "第三小学", "第五小学"); a 《》 title gives no number and the title's span
/// "（2048—2050年）" and "（2048—2060年）" none (set 31); the furniture's figures (索引号, 网站标识码, 浏览次数, 阅读/赞/在看, 点击, 电话, 地址 "36号", 页数/阅读/下载, "（精选5篇）", the page
/// numbers and marks, the 目录's page numbers, the ICP and 公网安备 numbers) are no numbers of the plan.
/// Readings: in the county's 工作计划 (鄗溪) the goal lines state their indicators without verbs: a bare value is eq ("学前三年毛入园率98%", "生均公用经费800元", "本科以上学历教师占比75%" as
/// the scorer's own, "县级以上骨干教师300名"; sets 16 and 44's 涔江), a bare value with 以上 ge ("普惠性幼儿园覆盖率95%以上", "教师年度培训72学时以上"), "本科以上"/"县级以上" in a name changing
/// nothing; a range is ge with the low value and "-max" (set 15's "1-2所, 2-3所"): "每个乡镇新建公办幼儿园1-2所" keeps 每个 ("每个乡镇新建公办幼儿园 ge 1-2所", set 18's 每个), "每个乡镇建成标准化
/// 寄宿制学校1-2所" likewise and "撤并农村小规模教学点2-3个" keeps its verb; 全县 at the head of goal line （二）'s body gives 全县 to its three values to the 。 (sets 20 and 29), the other goal
/// lines naming no scope; "新建鄗口镇中心幼儿园", with no value and no deadline, is neither indicator nor task; "全年招聘教师130名左右" approx with 全年 dropped and "其中紧缺学科教师不少于35名"
/// named by its own noun (set 20); the standalone "中考全科合格率较上年提高2个百分点" is an indicator in 个百分点, eq with no 以上 (set 44), and "初中学业水平考试优秀率30%" eq; "全年教育经费
/// 投入不低于7.8亿元" drops 全年; the 全县 inside "举办全县第6届…" reaches nothing (set 23) and the introduction's 全县 names no value.
/// In the city's 要点 (郜阳) "2049年，全市A…，B…。" gives 全市 to both ("稳定在95%以上" ge); the next sentence "郜湖区、鄗溪县、郪山县学前三年毛入园率分别达到99%、97%、96%。" gives one indicator a
/// place, each place its scope (set 15's list of places, set 44's towns), and "鄠原县、酃江县分别新建公办幼儿园3所、2所。" likewise ("新建公办幼儿园" keeping its verb); "全市新增义务教育学位
/// 1.2万个，其中城区新增学位不少于7000个" gives 全市 to the first and 城区 to the 其中 part only, named "新增学位" (set 15); "城区小学、初中平均班额分别控制在42人、48人以内" gives two le with 城区
/// (set 18); "郜湖区新建、改扩建中小学5所。", a sentence headed by a district's name, gives that district as its scope as 全市 or 城区 at the head of a sentence gives theirs (no earlier
/// block decides a district at the head of a sentence outside a list or a 其中 part; decided here as a reader would, the district being where the value is counted); "郜湖区、鄠原县通过…
/// 督导评估", with no value and no deadline, is no indicator; 全市 at the head of 二、（一）'s second clause is the scope of that clause (set 36), the 调度会 held before it and the 全市 inside
/// "举办全市第12届…" reaching nothing (set 23); "全市中小学生体质健康优良率达到65%。" gives 全市 and "郜湖区、郪山县、酃江县中小学生体质健康优良率分别达到70%、62%、60%。" each place; "全年招聘中小学
/// 幼儿园教师1100名左右" approx with 全年 dropped, "其中乡村学校教师不少于420名" by its own noun (set 20) and "鄗溪县、郪山县、鄠原县分别补充特岗教师60名、45名、40名" one indicator a county; 全市
/// at the head of 三、（二）'s body gives 全市 to both its values, the 研修班 held after them a count; "全年教育经费投入不低于61亿元" drops 全年; the introduction names no value and its "重点抓好
/// 以下工作：" is no heading and no noise (set 38).
/// In the school's 发展规划 (郪山一中) the plan's year is 2050, its last year, except its "到2049年，" sentences (2049, to their 。; set 36): "逐步达到60%" is eq — 逐步, which no earlier block
/// names, is an adverb before 达到 and changes nothing, as 力争 before 达到 (decided here as a reader would) —, "不少于30人" ge; "到2050年，A力争达到65%以上，B不低于60%，C控制在45%以内，D达到20%
/// 以上。" gives ge, ge, le and ge with no scope; "2048年底前完成学校章程修订" after the "；" is a task with no owner due "2048" (a written year with 年底前, set 45), no indicator of 2049;
/// "35周岁以下青年教师师徒结对率" keeps its threshold (set 17); "每名青年教师每学期听课" keeps its words (sets 17 and 40); "市级以上名师工作室力争达到3个" is eq (set 25); "智慧教室达到60间" is of 2049
/// (its sentence's 到2049年); "生均公用经费投入不低于1200元" ge; no sentence names a scope ("学校" being no scope).
/// In the 督导工作要点 (鄠原) "2049年，全县A达到100%，B保持100%，C98%以上。" gives 全县 to its three values, "保持100%" eq and the bare "98%以上" ge; the next sentence gives only the rank "2位",
/// its 全市 reaching nothing (sets 28 and 41); "3月15日前召开全县教育督导工作会议" is a deadline task due the month ("2049-03"; a day before 前 giving its month as "月底前" does — decided here as a
/// reader would), the 全县 in it reaching nothing; "全年召开督导工作例会3次" a count held; "不超过20%" le (set 18); "分值10分" no indicator; （三） gives no indicator; "12月20日前报送…" is a task with
/// no owner due "2049-12"; "（责任股室：教育督导股、安全股）" leads with the whole list (set 18's Adjusted paragraph).
/// In the 实施方案 (酃江) the plan's year is 2050, its last year, except its "到2049年，" and "到2049年9月，" sentences (2049, to their 。; set 36): "到2050年，县域义务教育通过国家优质均衡发展督导评估认定。"
/// — committing with no value — is a task with no owner due "2050" keyed by its clause after the year (set 45's 楂江); "到2049年9月，全县小学、初中全面实行集团化办学，城乡学校结对率达到100%。" gives the
/// task keyed by its first clause after the date, due "2049-09" (到N年M月 giving the month, as a deadline with a written year keeps it, sets 15 and 22; decided here as a reader would), led by
/// its item's bracket, and the indicator "城乡学校结对率" of 2049 with 全县 (全县 at the head of the sentence holding to its 。); "2048年9月底前编制《…（2048—2060年）》" → "2048-09"; in "…；2050年
/// 底前完成40所学校提档升级，2049年8月底前酃江县第三小学建成招生。" the first is a task keyed by its clause ("2050"), the second a deadline with its subject after it keyed by the rest of the sentence
/// ("2049-08", set 13), both led by the bracket's 牵头单位; "（牵头单位：A；责任单位：B）" and "（牵头单位：A；责任单位：B、C）" name A (set 15's 牵头/配合, set 18's note), "（牵头单位：A）" A (set 40) and
/// "（责任单位：A、B）" standing alone the whole list (set 18's Adjusted paragraph); "每年交流轮岗教师比例" keeps 每年 and "其中骨干教师交流比例不低于20%" is named by its own noun (set 20); "三年累计投入
/// 义务教育经费不少于15亿元" drops 三年 and keeps 累计 (sets 16 and 33); the 调度会 held is a count.
/// In the 总结和计划 (郜湖) the 总结's figures are of 2048 and the 计划's of 2049 (sets 34 to 44), as the earlier sets read every 总结和计划 and the scorer's own "aggregator summary and plan":
/// the 总结's achieved figures are indicators of the year summarised, not targets of 2049, and its counts held, its ordinal, its point rise beside a value and its rank are notIndicators;
/// "全年投入教育项目资金" and "全年招聘新教师" drop 全年; 全区 at the head of 总结（二）'s body gives 全区 to its three values, "较上年提高2.3个百分点" beside the third a notIndicator and the next
/// sentence giving only "1位"; "组织教师培训2.1万人次" keeps 人次; "成功举办全区第8届…", with no deadline, is a fact and no task (set 26); "二、存在的问题"'s "一是…；二是…；三是…" paragraph is no
/// heading and names no value; in the 计划 "2049年，全区A…，B…，C…。" gives 全区 to all three ("保持在98%以上" ge); "其中城区新增学位不少于2000个" is 城区 for that part only (set 15); "全年招聘教师160
/// 名左右" approx and "其中紧缺学科教师不少于50名" by its own noun (set 20); "每名教师年度培训" keeps its words (set 17); "全年教育经费投入不低于12.5亿元" drops 全年.
/// Years: the 工作计划, the 要点, the 督导工作要点 and the 计划 half of the 总结和计划 are of 2049, the 总结 half of 2048; the 发展规划（2048—2050年） and the 实施方案（2048—2050年） of 2050 except their
/// "到2049年" sentences.
/// Headings: the 工作计划's "一、主要目标" is depth 0 over goal lines "（一）学前教育：…" keeping the part before the colon at depth 1 (set 11); 二、's "（N）lead。body" paragraphs are depth 1
/// (set 30); "三、保障措施" is depth 0 over a paragraph, no heading (set 34). The 要点's 一、…四、 are depth 0 over "（N）lead。body" paragraphs at depth 1, restarting under each. The 发展规划's
/// 一、, 二、 and 四、 are depth 0 over paragraphs, no headings under them; 三、's （一）…（三） (titles alone) are depth 1 over "1.lead。body" items at depth 2, restarting under each, a （N） with a
/// single item included (set 31). The 督导工作要点's 一、…三、 are depth 0, 二、's "（N）lead。body" paragraphs depth 1; the notice above it (版头, 文号, title, addressees, body, signature, date,
/// "（此件主动公开）") and the 版记 ("抄送：…", "…办公室　date印发") are the document's, kept, no headings and no noise (sets 12, 18 and 43); its introduction ending "重点做好以下工作。" is
/// neither. The 实施方案's 一、…三、 are depth 0; 二、's （一）…（三） (titles alone) are depth 1 over "1.lead。body" items at depth 2; 三、's "（N）lead。body" paragraphs are depth 1; the cover
/// lines (the title, "（2048—2050年）", "酃江县人民政府办公室", "二〇四八年四月") and the title again at the head of the body are the document's, kept, no headings, no noise and no tasks (set 44's
/// Word cover). The 总结和计划's "一、2048年工作总结", "二、存在的问题" and "三、2049年工作计划" are depth 0, the 总结's and the 计划's "（N）lead。body" paragraphs depth 1, the 计划 restarting at
/// （一） (set 28), "（一）工作目标。2049年，…" being a heading of its lead phrase like the others (set 38).
/// Tasks: "（责任股室：…）" and "（责任科室：…）" name their office (sets 11 and 16), "（负责人：…）" its post ("教务处主任", "教科室主任", "总务主任"; sets 17 and 37); an item or "（N）lead。body"
/// paragraph with an owner bracket and no deadline gives a task under its title or lead phrase ("推进义务教育优质均衡", "加强教师队伍建设", "提升教育教学质量", "促进义务教育优质均衡", "补充配强
/// 教师", "加强经费保障", "实施青蓝工程", "加强教研组建设", "强化考核评价", "深化课堂改革", "加大经费投入", "提升教育质量"), with a deadline the deadline's task only (set 21); a deadline opening a
/// sentence or after a comma or a "；" is a task keyed by the rest of its clause with the item's owner bracket, none where there is none (sets 13, 15 and 20); "年底前" gives the plan's year
/// alone ("2049", set 28); a deadline with a written year keeps it ("2048年底前" → "2048", "2049年8月底前" → "2049-08", "2048年12月底前" → "2048-12"; sets 15, 22 and 45). The items and
/// paragraphs with no owner and no deadline give no task (鄗溪's goal lines; 郜阳's 一、（一）, 二、（二） and 三、（二）; 郪山一中's 1.推进分层走班 and 四、; 鄠原's 一、, （三） and （五）; 酃江's
/// 2.减轻学生过重负担; 郜湖's 总结 and 计划（一） and （五））.
/// Furniture: on the portal's 信息公开 page (鄗溪县人民政府门户网站) the portal's name line, the menu, the 当前位置 path, the 索引号/分类 line and the 发布机构/成文日期/发布日期 line (noise although
/// they name the bureau and dates, as the scorer's own "disclosure portal"), the 字体/浏览次数 line under the page title, the 纠错/打印/关闭 row, 上一篇/下一篇 (noise although they read like
/// plan titles) and the 主办单位/网站标识码 and ICP/公网安备 lines are noise; the page title (the plan's title), introduction, body, signature and date are kept. In the WeChat article (郜阳教育)
/// the 原创 line, the 关注 prompt, "- END -", the 来源 line, the 编辑/审核 line, "往期推荐" and its two titles, the 阅读/赞/在看 line and 写留言 are noise (sets 42, 44 and 45); the article's title
/// (the 要点's title), introduction, body, signature and date are kept. On the school's website (郪山县第一中学) the site's name line with its motto, the menu, the 位置 path, the
/// 发布者/发布时间/点击 line, the 打印/关闭 row, 上一篇/下一篇, the 版权所有/地址/电话 line and the ICP line are noise; the page title (the 规划's title), introduction, body, signature and date are
/// kept. In the PDF paste (鄠原) the page numbers "— 1 —", "— 2 —", "— 3 —" at the foot of each page are noise (set 44's 泖阳); everything else is the document's. In the Word paste (酃江)
/// the "目　录" label and its three entries (the heading, a tab and its page number) are noise (set 44's 浈山); the paste carries no other furniture. In the 文库 viewer (百知文库) the
/// site's row, the path, the file name "….doc" (set 44's 知源文库), the 上传者/页数/阅读/下载 line, the page marks "— 第N页 / 共4页 —" (four, the first directly above the title), the "🔒 剩余2页
/// 未读，点击展开全文 ∨" cut (set 11's 展开阅读全文 cut; the text after it is the document's and kept), the 下载/收藏/举报 row, "相关文档" and its two files, the 版权声明 line and the © line are
/// noise; the title, introduction, body, signature "郜湖区教育局" and date are kept.
/// Set 46's "Decided for set 46 (this set)" block, which set 47 did not see, copied as written there ("this set" meaning set 46) and followed here too:
/// Decided for set 46 (this set): counts of 学生心理健康测评 ("每学期开展…1次", set 13), 课堂教学视导 and 教学视导 ("每学期开展…2轮", set 34), 校园安全隐患排查 ("每月开展…1次", set 34),
/// 全市教育督导工作会议 ("召开…2次", set 14's meetings), 学位建设项目督查 ("每学期开展…1次", set 33's 专项督查), 学位建设调度会 ("每季度召开…1次", set 33), 领导小组会议 ("每年召开…2次", set 30),
/// 党建工作推进会 ("每季度召开…1次", set 31), 家长学校讲座 ("每学期举办…2期", set 40) and 骨干教师研修班 ("举办…3期", set 17's 培训班 in 期) held are notIndicators like the counts above, a count
/// held listed once however often it appears in its document (set 21), and so are the contests named by their ordinal ("全市第10届" → "10届", "全县第6届" → "6届", set 17; the first also
/// the key of a deadline task), a rank ("排名第4位" → "4位", set 19), a point change beside its value ("较上年提高1.5个百分点", set 17) and the stock counts of the 规划's 发展基础 (中小学幼儿园
/// "86所", 在校学生 "4.1万人", 教职工 "3560人"; sets 13 and 30). Chinese numerals are no digits ("第十四中学", "第三幼儿园", "第二幼儿园", "第四幼儿园", "第五幼儿园", "第三高级中学", "三年",
/// "二〇四七年一月", "“两个只增不减”", "一是"/"二是"/"三是", "任务一"…"任务四", "第一章"…"第四章", "第一节"…"第三节"); a 《》 title gives no number (set 31), the plan's span "（2047—2049年）" none; the
/// 目录's page numbers, the 分解表's 序号 cells and the furniture's figures (浏览次数, 点击, the 网站标识码, the 阅读/赞/在看 counts, 页数/浏览/下载, the page marks and page numbers, the address "88号",
/// the ICP and 公网安备 numbers) are no numbers of the plan, and the signatures', pages' and articles' dates are no tasks.
/// Readings: in the 一是 要点 (澴水) each "一是…。" "二是…。" "三是…。" is a sentence of its own (set 44 read "一是…；二是…；" clause by clause), its 一是 and its lead words before the first comma
/// ("深化思政课一体化建设，") no part of a name; 全市 named in such a sentence is the scope of its values to its 。 and reaches no other (一、's first, 二、's first, 三、's first), "稳定在94%以上" and
/// "达到93%以上" being ge; "每名学生每周劳动时间不少于2小时" keeps 每名/每周 (set 44); "其中城区新增学位不少于8000个" is "新增学位" with 城区 for that part only (set 15); "由2047年的58%提高到62%" gives
/// "from 58@2047" and the standalone "较上年下降0.8个百分点" is "中小学生近视率" in 个百分点 (sets 16 and 32); "全年招聘中小学幼儿园教师600名左右" is approx with 全年 dropped, "其中乡村学校教师不少于
/// 240名" named by its own noun (set 20); "全年教育经费投入不低于48亿元" drops 全年; the introduction names no value.
/// In the "1．" 工作计划 (淯川) 全县 at the head of "一、工作目标"'s paragraph gives 全县 to its three values ("保持在99.3%以上" ge); "由2046年的70%提高到80%" gives "from 70@2046"; "撤并小规模教学点5个"
/// keeps its verb (the scorer's own "撤并教学点"); 全县 at the head of 2．（2）'s body is the scope of its value, the 视导 held after it changing nothing (set 20); "全年招聘教师85名左右" approx with
/// 全年 dropped and "其中紧缺学科教师不少于25名" by its own noun; "每名教师年度培训" keeps its words (set 45); the 全县 inside the deadline clause "年底前完成全县…" reaches nothing (set 23).
/// In the 行动计划 (滍阳) the plan's year is 2049, its last year, except its "到2048年，" sentence (2048, to its 。; set 36): "到2049年，全县A…，B控制在2%以内。" gives 全县 to both, B le; "到2048年，
/// 全县普惠性幼儿园覆盖率达到93%。", with a value, is an indicator of 2048 with 全县 and no task; "三年" is dropped (set 16) and "三年累计投入学位建设资金" keeps 累计 (sets 16 and 33); "其中滍口镇新增
/// 学位不少于600个" is "新增学位" with the town as the scope of that part only (set 27); "每个乡镇至少办好1所公办中心幼儿园" is read round the value keeping 每个 (set 44) and names no scope;
/// "其中音体美教师不少于90名" is named by its own noun (set 20); the 任务 paragraphs name no scope.
/// In the 规划 (溵溪) the plan's year is 2049 except its 发展基础 sentence "2046年，全县…" (2046; set 29's reading of a 发展基础 sentence), whose two values have 全县 and are indicators beside the
/// stock counts; each goal line "N.kind：全县…" gives 全县 to its values ("达到97%以上" and "保持在99.5%以上" ge), "由2046年的92%提高到96%" giving "from 92@2046"; "县级以上骨干教师由2046年的260名增加
/// 到400名" reads 增加到 as 提高到 ("from 260@2046", decided here as a reader would); 全县 at the head of （四）'s body is the scope of its value; "其中城区新增学位不少于3000个" has 城区 for that part
/// only; "三年招聘教师300名左右" drops 三年 and is approx; "三年累计投入教育经费" keeps 累计.
/// In the 工作计划 with its run-in summary (潕山), which no earlier set had, each part's "2047年，…" sentences are the summary and their figures of 2047, and its "2048年，…" sentences and the
/// sentences with no year of their own are the plan's, of 2048 (an indicator takes the clause's year, else the plan's year; the 总结's figures being of the year summarised, sets 34 to
/// 44); 全县 at the head of a "2047年，全县…" or "2048年，全县…" sentence is the scope of its values to its 。 and reaches no other sentence ("新建公办幼儿园3所，…" after it names none), "在全市…
/// 排名第4位" giving only the notIndicator "4位", its 全市 reaching nothing (sets 28, 41 and 42); "改造薄弱学校10所" keeps its verb; "由2047年的54%提高到58%" gives "from 54@2047"; "招聘新教师72名"
/// (2047) and "招聘教师80名左右" (2048) keep their own words, "其中乡村学校教师不少于35名" by its own noun; "教育经费投入5.9亿元", with no verb, is eq.
/// In the 要点 numbered straight through (瀍江) 全县 at the head of items 6.'s, 7.'s and 10.'s bodies is the scope of their values to the 。; "每所中小学至少配备1名专职思政课教师" is read round
/// the value (set 18); "家长学校建校率达到100%" is eq; "残疾儿童少年义务教育入学率达到98%以上" ge; "较上年提高1.5个百分点" beside its value a notIndicator; "控制在30%以内" le; 全年 is dropped in 13.
/// and 16.; "每名教师年度培训" keeps its words.
/// Years: the 一是 要点 and the 潕山 plan's 计划 sentences are of 2048, the 潕山 summary sentences of 2047; the 淯川 plan of 2047; the 行动计划 and the 规划 (2047—2049年) of 2049 except the
/// 行动计划's "到2048年，" sentence (2048) and the 规划's 发展基础 sentence (2046); the straight-through 要点 of 2049.
/// Headings: the 一是 要点's 一、…五、, titles with a comma being the whole line (set 17), are depth 0, and their "一是…。二是…。三是…。" paragraphs, which no earlier set had as the only
/// body of a 要点's parts, are no headings (set 26's 一是 paragraph), nor is the introduction ending "安排如下。"; the page title (the 要点's title), signature and date are kept. In the 淯川
/// plan the title split over two lines by the PDF, "淯川县教育局" and "2047年工作计划", is the document's, neither line a heading nor noise (set 15's notice title broken over two lines), and
/// the same "淯川县教育局" under the plan is its signature, kept; "一、工作目标" is depth 0 over a paragraph, no heading (set 30); the sub-headings "1．title" written with a full-width dot
/// "．", which no earlier block decides, are headings of the label as written and the title ("1．扩大学前教育资源"), as set 45 keeps "1、" as written (decided here as a reader would), at
/// depth 1 under 二、 and 三、, restarting under each; the sub-items "（1）lead。body" under them are headings of their label and lead phrase at depth 2 (set 33's "（1）lead。body" under
/// "1.title"), restarting under each "1．"; 三、's "1．" and "2．" titles stand over paragraphs, no heading under them. In the 行动计划 "一、总体目标" and "三、保障措施" are depth 0 over a paragraph,
/// no heading; "二、重点任务"'s "任务一：title" … "任务四：title" lines, each alone over its paragraph, are headings of the label and text as written, the colon kept ("任务一：扩充学前教育普惠资源";
/// only whitespace being removed from a heading, as set 29's "行动一　学位扩容行动" → "行动一学位扩容行动"; decided here as a reader would) one level below 二、 at depth 1; the 附件 table's
/// title, header row and rows are no headings. In the 规划 the chapters "第一章　…" are depth 0 and the sections "第一节　…" depth 1 with the space removed (sets 26 and 29); 第二节发展目标's goal
/// lines "1.学前教育：…" keep the part before the colon at depth 2, the colon line "到2049年，全县基础教育主要发展目标如下：" above them being no heading and no noise; 第三章's "（N）lead。body"
/// paragraphs, numbered straight through its three 节, are depth 2, and 第四章's "（一）…（二）", standing directly under the chapter, depth 1 (sets 26 and 29); 第一章 and 第一节指导思想 have
/// paragraphs and no heading under them. The 潕山 plan's 一、…五、 are depth 0, their run-in summary-and-plan paragraphs no headings. The straight-through 要点's 一、二、三、, titles with a
/// comma being the whole line, are depth 0 and its items "1.lead。body" … "18.lead。body", numbered straight through across the parts, are headings of their label and lead phrase at
/// depth 1 (sets 14, 28, 37 and 41's straight-through items); its introduction ending "重点抓好以下工作。" is no heading.
/// Tasks: "（责任科室：…）" and "（责任股室：…）" name their office (sets 11 and 16), "（责任单位：…）" its unit ("县教育局"; set 17's "（责任单位：A、B）" naming A); an owner bracket closing a 一是 paragraph leads
/// the deadline tasks of that paragraph (set 11's two deadlines before one owner bracket), and a paragraph with no deadline and no bracket gives none (澴水's 五、); an item or a
/// "（N）lead。body" sub-item with an owner bracket and no deadline gives a task under its lead phrase ("扶持普惠性民办园", "加强学生心理健康教育", "推进集团化办学", "补充教师"; sets 15, 21 and 22),
/// with a deadline the deadline's task only (set 21); a deadline opening a sentence ("4月底前完成…", "2048年6月底前出台《…》", "5月底前出台《…》", "年底前完成…", "10月底前完成…") or after a
/// comma ("…不少于2小时，5月底前出台《…》", "三是丰富校园文化生活，10月底前举办…", "三是深化“县管校聘”改革，年底前完成…", "…5个，9月底前完成…", "…1次，年底前完成全县…", "…不少于35名，4月底前完成…",
/// "…6.3亿元，年底前完成…", "…思政课教师，3月底前出台《…》") is a task keyed by the rest of its clause (sets 13 and 20); a deadline with its subject after it ("8月底前澴水市第十四中学建成招生",
/// "8月底前淯川县第三幼儿园建成开园", "2047年8月底前溵溪县第二幼儿园建成开园", "…3所，8月底前潕山县第四幼儿园建成开园", "8月底前瀍江县第二幼儿园建成开园") is keyed by the rest of the sentence (set 13); "年底前" gives the plan's year alone (set 28); in the 规划 a deadline with a
/// written year keeps it ("2047年8月底前" → "2047-08", "2048年6月底前" → "2048-06"; sets 15 and 22). The 行动计划's body has no owner and no deadline and gives no task; its tasks are the
/// rows of the 附件 重点任务分解表 (序号 | 重点任务 | 责任单位 | 完成时限, tab-separated rows beginning with a bare number), read as set 17's 分解表: one task a row keyed by its 重点任务 cell,
/// led by the first unit of its 责任单位 cell ("县教育局、县住房城乡建设局" → "县教育局", "滍口镇人民政府、县教育局" → "滍口镇人民政府", "县发展改革局、县教育局" → "县发展改革局", "县人社局、县教育局" →
/// "县人社局"), "2047年8月底前" → "2047-08", "2047年4月" with no 底前 → "2047-04" (set 24), "持续推进" giving no due; the "附件：…" line, the "附件" label, the table's title and its header
/// row, standing after the signature and date, are the document's, no headings, no noise and no tasks. The 规划's cover lines and the 行动计划's and the plans' signatures and dates are
/// no tasks; "县政府每季度召开学位建设调度会1次，…" is no task.
/// Furniture: on the city government's portal (澴水市人民政府) the portal's name line "澴水市人民政府　　无障碍　　关怀版", the menu, "您所在的位置：…", the 来源/发布时间/浏览次数 line (noise although
/// it names the bureau), 【字号：大 中 小】, 【打印本页】　【关闭窗口】, "扫一扫在手机打开当前页", 上一篇/下一篇 (noise although they read like plan titles, set 36), the 主办/网站标识码 line and the ICP/公网安备 line are noise; the page
/// title, introduction, body, signature "澴水市教育局" and date are kept. In the PDF paste (淯川) the page numbers "— 1 —" and "— 2 —" at the foot of each page and the running header
/// "淯川县教育局2047年工作计划" at the top of page 2 are noise (sets 12 and 28), although the header joins the two lines of the title, which heads page 1 and is kept. In the WeChat article
/// (滍阳教育) the article's title (the 行动计划's title) is kept; the 原创 line, "点击上方蓝字，关注我们", the picture caption "▲ 滍阳县第三高级中学效果图" between 任务三's paragraph and 任务四 (the
/// article's picture, noise although it names a school of the plan; set 42's "📊 数读" card and set 45's 图文 card), the 来源 line, the 编辑/审核 line, "往期推荐" and its two titles, the 阅读/赞/
/// 在看 line and 写留言 are noise; the introduction, body, "附件：…" line, signature "滍阳县人民政府办公室", date, "附件" label and table are kept. In the Word paste (溵溪) the cover lines (the
/// title, "（2047—2049年）", "溵溪县教育局", "二〇四七年一月") and the title again at the head of the body are the document's, kept, no headings, no noise and no tasks (set 44's Word cover);
/// the "目　　录" label and each of its nine entries with dotted leaders and a page number ("第一章　发展基础……………………………………1" … "第四章　保障措施……………………………………4", the chapters
/// and sections) are noise, although each repeats a heading word for word (set 32's dotted-leader 目录 entries), the headings being the plain lines in the body; the signature
/// "溵溪县教育局" and date "2047年1月" are kept. On the 文库 viewer (百川文库) the site's name, the path, the file name "….docx" (not the document's title, which heads page 1 and is kept;
/// set 12), the 上传者/页数/浏览/下载 line, each page mark "— 第N页 —" (three), the "剩余1页未读，继续阅读 ∨" cut (set 11; the text after it is the plan's and kept), the 下载/收藏/分享 row,
/// "相关推荐" and its two files and the © line are noise; the title, introduction, body, signature "潕山县教育局" and date are kept. On the bureau's website (瀍江教育网) the site's name line,
/// the menu, the "当前位置" path, the 发布时间/来源/点击 line, 【打印】　【关闭】, 上一篇/下一篇, the 版权所有/地址 line and the ICP line are noise; the page title (the 要点's title), introduction,
/// items, signature "瀍江县教育局" and date are kept.
/// Decided for set 48 (this set): counts of 课堂教学视导 and 教学视导 ("每学期开展…2轮", set 34), 保教质量视导 ("每学期开展…2轮", set 21), 校园安全隐患排查 ("每月开展…1次", set 34),
/// 教育重点工作调度会 ("每季度召开…1次", set 33), 九年级模拟考试 ("组织…3次", set 32), 阶段评估 ("每学期开展…1次", standing in a stage's body, set 41), 领导小组会议 ("每半年召开…1次", set 33)
/// and 学前教育工作专题会议 ("每半年召开…1次", set 13's 专题会议) held are notIndicators like the counts above, a count held listed once however often it appears in its document (set 21),
/// and so are the contests named by their ordinal ("全市第13届" → "13届", "全县第9届" → "9届", set 17; each also the key of a deadline task), a point change beside its value ("较上年提高
/// 1.7个百分点", set 17), a rank ("我县排名第3位" → "3位", set 19), the threshold inside a name that carries a target ("35周岁以下青年教师师徒结对率达到100%" → "35周岁", the indicator
/// keeping it, set 17), the 文号 of the bracketed line under the 实施方案's title ("（昉湖教发〔2049〕6号）" → "6号", set 43) and the count of works done inside a deadline clause
/// ("2050年8月底前建成乡村教师周转宿舍120套" → "120套", set 47's "完成40所学校提档升级"). Chinese numerals are no digits ("第十六中学", "第二实验幼儿园", "第四幼儿园", "第一中学", "第二次",
/// "三年", "“两个只增不减”", "一是"/"二是"/"三是", "七年级", "八年级", "九年级"); a 《》 title gives no number ("《昉湖区中小学教师招聘三年计划》") and the plans' span "（2049—2051年）" none
/// (set 31); the furniture's figures (the feed's "未读 12" and "126 篇", the URLs' digits, the snapshot's date and time, 浏览次数, the 网站标识码, the ICP and 公网安备 numbers, the reading
/// mode's "约 3100 字" and "预计阅读 7 分钟", the slide labels "幻灯片 1" … "幻灯片 8", the 目录 slide's "01" … "04", the database's 页码, 条目编号 and folios "·59·" … "·61·", the CMS's
/// "V6.2", its 字数统计 and the 400 number) are no numbers of the plan; the figures the CMS's 摘要 field quotes ("98%以上", "95%") are neither indicators nor notIndicators (set 24's news
/// lead); the feed's, the snapshot's, the pages', the database's and the editor's dates, and the cover slide's "2049年2月", are no tasks.
/// Readings: in the city's 要点 (昉阳) 全市 at the head of a sentence gives 全市 to the values of that sentence to its 。 (sets 20, 29, 38 and 41): 一、（一）'s first sentence to both its
/// values ("稳定在95%以上" ge, set 13), 一、（二）'s first sentence to its value and to its 其中 part, which is "新增学位" with 城区 for that part only (set 15), 二、（一）'s first sentence to its
/// value, the 视导 held after it changing nothing (set 20), and 三、（二）'s sentence to its three values ("新评选市级骨干教师280名、市级学科带头人70名" giving "新评选市级骨干教师" and "市级学科带头人",
/// set 18's Adjusted paragraph and set 29; set 47's 郜阳 reading); "晗溪县、暾山县、昶原县、晞江县分别新建公办幼儿园3所、2所、2所、1所" gives one indicator a county, each county its scope (set
/// 15's list of places, set 47), two of them with the same value, and "晗溪县、昶原县、旻川县分别补充特岗教师70名、55名、40名" likewise; "城区小学、初中平均班额分别控制在42人、47人以内" gives two
/// le with 城区 (set 18); 二、（二） names no scope: "中小学生近视率较上年下降0.7个百分点", standing alone as a clause with its own noun after a clause with its own value, is an indicator in
/// 个百分点, eq with no 以上 (sets 16, 32 and 44), and "每所中小学至少配备1名专职心理健康教师" is read round the value (set 18); "全年招聘中小学幼儿园教师1200名左右" is approx with 全年 dropped and
/// "其中乡村学校教师不少于450名" is named by its own noun (set 20); "全年教育经费投入不低于64亿元" drops 全年; "A、B均保持100%" gives each its own name with the one value, the second borrowing
/// nothing (set 45); the 全市 inside the deadline clauses ("10月底前举办全市第13届…", "年底前完成全市…") reaches nothing (set 23) and the introduction's 全市 names no value.
/// In the county's 工作计划 (晗溪) "2049年，全县A…，B…，C…；D…。" gives 全县 to its four values past the "；" (set 13), "保持在98%以上" being ge and "县域" staying in its name (set 26); 城区
/// at the head of the next sentence gives two le with 城区 ("小学大班额比例", "初中大班额比例"; sets 15 and 18); the third sentence, headed 全县, gives 全县 to its value, "由上年的58%提高到62%"
/// giving "from 58" with no @year (set 16; this set keeps its years to 2049—2051); "其中晗口镇新增学位不少于600个" gives the town as the scope of that part only (set 27); "集团化办学覆盖率"
/// borrows nothing from "新组建城乡教育集团4个，" (set 33); 全县 at the head of （二）1.'s body is the scope of its value, the 视导 held after it changing nothing (set 20), the quoted
/// "“教学评一致性”" staying in the name (set 36); "每名学生掌握1至2项体育运动技能" is read round the value as "ge 1-2项" (sets 19 and 29) and "学生每天校内体育活动时间" keeps 每天 with no
/// scope (set 34); "全年招聘教师125名左右" is approx with 全年 dropped and "其中紧缺学科教师不少于40名" is named by its own noun (set 20); "每名教师年度培训" keeps 每名 and 年度 (set 17) and
/// "县级以上骨干教师达到420名" is eq, "县级以上" changing nothing (set 16); "中小学幼儿园“一键报警”装置联网率、视频监控覆盖率均保持100%" gives one indicator a name, "视频监控覆盖率" borrowing no
/// "中小学幼儿园" (sets 22 and 43); the 保障措施 paragraph's "全年教育经费投入不低于8.4亿元" drops 全年 and "不低于每生每年960元" is "生均公用经费标准 ge 960元" (set 16), that paragraph naming no
/// scope and being no heading, its 调度会 held a notIndicator; the 全县 inside "5月底前举办全县第9届…" and "6月底前完成全县…" reaches nothing (set 23).
/// In the 总结和计划 (暾山), whose years this set moves on by one (a 2049年工作总结和2050年工作计划), the 总结's figures are of 2049 and the 计划's of 2050 (sets 34 to 47): "全年投入教育项目资金"
/// drops 全年; "暾山县城南小学建成投用", with no deadline, is a fact and no task (set 26); 全县 at the head of （二） gives 全县 to its three values ("义务教育巩固率99.5%" and "普通高中本科上线率
/// 64.2%", with no verb, eq; set 47's 郜湖), "较上年提高1.7个百分点" beside the third being a notIndicator and the next sentence giving only "3位", its 全市 reaching nothing (sets 28 and 41);
/// "全年招聘新教师96名" drops 全年, "其中乡村学校教师44名" is named by its own noun and "县级以上骨干教师达到338名" after the "；" borrows nothing (sets 26 and 35). In the 计划 "（一）主要目标。2050
/// 年，全县A…，B…；C由2049年的64.2%提高到66%。" gives 全县 to its three values past the "；" (set 13), A ge ("保持在98%以上") and C with "from 64.2@2049" (set 23's "由N年的…"); 城区 at the head
/// of the next sentence gives two le with 城区 (sets 15 and 18); "其中城区新增学位不少于1200个" is "新增学位" with 城区 for that part only (set 15); 全县 at the head of 2.'s body is the scope of
/// its value, the 视导 held after it changing nothing (set 20); "全年招聘教师100名左右" is approx and "其中紧缺学科教师不少于30名" named by its own noun (set 20); the 保障措施 paragraph's "全年
/// 教育经费投入不低于6.3亿元" drops 全年 and names no scope; the introduction's 全县 names no value.
/// In the school's term plan (昶原一中) no sentence names a scope; the goal line "1.教学质量目标：七年级、八年级期末学业质量检测合格率分别…" gives each grade its whole name (set 15), and "九年级
/// 模拟考试优秀率由上学期的33%提高到37%" after it gives "from 33" with no @year (set 16); "35周岁以下青年教师师徒结对率" keeps its threshold (set 17) and "新立项市级以上课题3项" keeps its verb,
/// "市级以上" changing nothing (set 16); "每名教师每学期上校级公开课", "每名青年教师每学期上汇报课" (set 20) and "行政人员每周听课" (set 32) keep their words; "初中生每天书面作业平均完成时间"
/// keeps 每天 and "不超过90分钟" is le (set 18); "作业公示率" borrows nothing (set 17); "九年级体育中考满分率" after "组织九年级模拟考试3次，" borrows nothing (set 43) and "达到45%以上" is ge.
/// In the 实施方案 (昉湖) the plan's year is 2051, its last year, except its "到2050年，" sentence (2050, to its 。; set 36): "到2051年，全区A…，B…，C…；…基本形成。" gives 全区 to its three
/// values, "达到15%以上" being ge, the clause after the "；", with no value, being an aim, no indicator and no task (set 31); "到2050年，全区义务教育学校教师交流轮岗比例达到15%。" is an
/// indicator of 2050 with 全区 and no task (sets 13 and 19); "本科以上" and "区级以上" inside a name change nothing (sets 16 and 30); "三年招聘中小学教师600名左右" drops 三年 and is approx
/// (sets 16 and 18), "其中音体美教师不少于90名" being named by its own noun (set 20); "每年交流轮岗教师不少于300名" keeps 每年 (set 26); "培育区级名师80名、区级骨干教师300名" gives "培育区级名师"
/// and "区级骨干教师" (set 18's Adjusted paragraph) and "建设名师工作室30个" keeps its own verb (set 27); "每名教师每年参加培训" keeps 每名/每年 (set 20) and "新入职教师岗前培训不少于120学时"
/// is ge named by its noun (set 45); the clause "确保中小学教师平均工资收入水平不低于当地公务员平均工资收入水平", with no digit, is no indicator and no task (set 24), and "乡村教师生活补助标准
/// 不低于每人每月800元" is "ge 800元" with 每人每月 no part of the name (set 18); "三年累计投入教师队伍建设经费不少于1.8亿元" drops 三年 and keeps 累计 (sets 16 and 33); no sentence of 二、 to
/// 四、 names a scope.
/// In the 行动计划 (晞江) the plan's year is 2051, its last year, except its "到2050年，" sentence (2050, to its 。; set 36): "到2051年，全县A…，B…，C提高到62%；…显著提升。" gives 全县 to its
/// three values, "达到98%以上" being ge and "提高到62%", with no 由, eq with no baseline (set 26's "提高到13%左右" read by its own comparator), the clause after the "；", with no value, being
/// an aim, no indicator and no task (set 31); "到2050年，每个乡镇至少办好1所公办中心幼儿园。" is read round the value keeping 每个 ("每个乡镇办好公办中心幼儿园 ge 1所"), an indicator of 2050
/// with no scope and no task (sets 13, 18 and 41); "三年新建、改扩建公办幼儿园10所" and "三年招聘公办园教师150名左右" drop 三年 (set 16), the latter approx; "其中城区新增学位不少于1500个"
/// is "新增学位" with 城区 for that part only (set 15); "普惠性民办园生均补助标准不低于每生每年700元" is "ge 700元" (set 16); "专科以上学历" inside a name changes nothing (set 28); "幼儿每天
/// 户外活动时间" keeps 每天 and "其中体育活动时间不少于1小时" is named "体育活动时间" (set 16); "小班、中班、大班班额分别控制在25人、30人、35人以内" gives three le (sets 18 and 40);
/// "幼儿园视频监控覆盖率、专职保安配备率均保持100%" gives one indicator a name, the second borrowing nothing (set 28); "三年累计投入学前教育经费约4.2亿元" drops 三年, keeps 累计 and is
/// approx (sets 15, 18 and 33); "县政府每半年召开学前教育工作专题会议1次" is a count held and no task (set 46's "县政府每季度召开学位建设调度会1次"); no sentence of 二、 or 三、 names a scope
/// but the 其中 part.
/// Years: the 要点, the 工作计划 and the school's spring term are of 2049 (a term plan of its calendar year); the 总结和计划's 总结 is of 2049 and its 计划 of 2050; the 实施方案（2049—2051年）
/// and the 行动计划（2049—2051年） are of 2051 except their "到2050年，" sentences (2050).
/// Headings: the 要点 gives 一、…四、 at depth 0 and their "（N）lead。body" paragraphs, restarting under each part, at depth 1 (set 30); its introduction ending "重点抓好以下工作。" is no
/// heading and no noise (set 38). The 工作计划 gives "一、工作目标" at depth 0 over a paragraph, no heading (set 30), 二、's （一）…（四） (titles alone) at depth 1 over "1.lead。body" items at
/// depth 2, restarting under each, a （N） with a single item included (set 31), and "三、保障措施" at depth 0 over a paragraph, no heading (set 34). The 总结和计划's "一、2049年工作总结",
/// "二、存在的问题" and "三、2050年工作计划" are depth 0, the 总结's "（N）lead。body" paragraphs depth 1 and "一是…；二是…；三是…" no heading (set 26); under 三、 "（一）主要目标。body" is a heading of
/// its lead phrase (set 38), "（二）重点任务" and "（三）保障措施" (titles alone) are depth 1 (set 29), （二）'s "1.lead。body" items depth 2 and the paragraph under （三） no heading (sets 13 and
/// 24). The school's 一、…四、 are depth 0, 一、指导思想's paragraph no heading; its goal lines "1.教学质量目标：…" keep the part before the colon at depth 1 (set 24); 三、's （一）…（三） (titles
/// alone) are depth 1 over "1.lead。body" items at depth 2, restarting under each, a （N） with a single item included (set 31), "1.推进“学为中心”课堂" keeping its quotation marks (set 36),
/// the （二） and （三） on the slide after "三、主要措施（续）" going on under 三、; the month lines under "四、月工作安排" are no headings. The 实施方案's 一、…四、 are depth 0, 一、总体目标 over a
/// paragraph with no heading under it (set 30); 二、's （一）…（三） (titles alone) are depth 1 over "1.lead。body" items at depth 2, restarting under each, "2.推进“区管校聘”改革" keeping its
/// quotation marks (set 36) and "（三）强化教师待遇保障" with a single item included (set 31); 三、's stages "（一）启动部署阶段（2049年3月—6月）。body" are headings of their lead phrase with its
/// bracket at depth 1 (set 25); 四、's "（N）lead。body" paragraphs are depth 1; the title and the bracketed 文号 line "（昉湖教发〔2049〕6号）" under it, which no earlier set had in this form, are
/// the document's as the yearbook prints it, kept, no headings, no noise and no tasks (as set 41's "（…局务会议审议通过）" line under a headline), and the 方案 as the yearbook reprints it has no
/// signature of its own (set 13). The 行动计划's 一、…三、 are depth 0, 一、 over a paragraph with no heading under it (set 30), and 二、's and 三、's "（N）lead。body" paragraphs are depth 1.
/// Schedules: the school's month lines "2月：" … "7月：" are of 2049 (the term plan's calendar year), each action apart by "；" a task keyed by its first clause with no owner (sets 16 and 36,
/// set 20's Adjusted paragraph), "2月：" and "6月：" giving two each; "举办“同课异构”展示活动" is a task of its item (with its 负责人) and again of its month line (set 33). The 实施方案's stages
/// are tasks keyed by the first clause of their body with no owner, due the last month of the range in their bracket, of the year written there ("2049年3月—6月" → 2049-06, "2049年7月—2050年
/// 12月" → 2050-12, "2051年1月—12月" → 2051-12; set 27), the second keyed with its subject "各学校按方案推进各项任务" (set 43).
/// Tasks: "（责任科室：…）" and "（责任股室：…）" name their office (sets 11 and 16), and "（责任股室：人事股、教研室）" leads with the whole list (set 18's Adjusted paragraph); "（负责人：…）" names
/// its post ("教务处主任", "教科室主任", "九年级组长"; sets 17, 37 and 43); "（牵头单位：A；责任单位：B）" (set 47), "（牵头单位：A；配合单位：B）" and "（牵头单位：A；配合单位：B、C）" (sets 15 and 41)
/// name A, also where A is not the education bureau ("区财政局", set 41), "（牵头单位：A）" names A alone (sets 40 and 43) and "（责任单位：A、B）" standing alone leads with the whole list ("区教育局、
/// 区委编办"; set 47); an item or a "（N）lead。body" paragraph with an owner bracket and no deadline gives a task under its title or lead phrase ("推进学前教育普惠发展", "补充配强教师", "加大经费
/// 投入" (in 昉阳 and in 晞江), "深化集团化办学", "深化课堂改革", "补充教师", "强化校园安全管理", "提升教学质量", "实施青蓝工程", "精准分析学情", "实施名师培育工程", "加强组织领导", "补足配齐教师",
/// "守牢安全底线"), with a deadline the deadline's task only (set 21); a deadline opening a sentence ("10月底前举办全市第13届…", "年底前完成…", "5月底前举办全县第9届…", "6月底前完成…", "5月底前
/// 完成…", "4月底前举办…", "2049年5月底前制定《…》", "2049年12月底前出台《…》", "2050年8月底前建成…") or after a comma ("…700元，2049年10月底前出台《…》") is a task keyed by the rest of its
/// clause (sets 13 and 20), with the item's owner bracket where there is one and no lead where there is none (sets 15 and 22: 晗溪's （二）2. gives "举办全县第9届中小学生田径运动会" with no
/// lead); a deadline with its subject after it ("8月底前昉阳市第十六中学建成招生", "8月底前晗溪县城北小学建成招生", "8月底前暾山县第二实验幼儿园建成开园", "2050年8月底前晞江县第四幼儿园建成开园") is
/// keyed by the rest of the sentence (set 13); "年底前" gives the plan's year alone ("2049", set 28); a month with no year is of the plan's year ("2050-08" and "2050-05" in the 计划 half of the
/// 总结和计划), and in the multi-year plans a deadline with a written year keeps it ("2049年5月底前" → "2049-05", "2049年12月底前" → "2049-12", "2050年8月底前" → "2050-08", "2049年10月底前" →
/// "2049-10"; sets 15 and 22). The items and paragraphs with no owner and no deadline give no task (昉阳's 二、（二） and 三、（二）; 晗溪's 一、 and 三、 paragraphs; 暾山's 总结, 二、, （一） and （三）;
/// 昶原一中's （一）2.; 昉湖's 二、（二）2. and 四、（二）; 晞江's （四） and 三、（一））, and neither do the cover slide, the yearbook's credit or the CMS's fields.
/// Furniture: in the RSS reader (芦笛阅读), which no earlier set had, the app's row, the feed's row "📰 昉阳市教育局 · 通知公告　　未读 12", the 返回列表/加星/标为已读/在浏览器中打开 row, the
/// byline under the item's title ("昉阳市教育局　·　date time　·　约 5 分钟读完"; noise although it names the bureau, as a page's 发布 line), the "原文链接：…" line, the "⚠ 图片加载失败，点击查看
/// 原文" line between 二、（二） and 三、 (the reader's placeholder for the article's picture, as set 36's "图片" placeholder), the "— 订阅源全文输出结束 —" line, the "‹ 上一篇未读：…" and "下一篇未读：
/// … ›" lines (noise although they read like notices' titles, set 36) and the feed's 共N篇/最近更新/更新频率 line are noise; the item's title (the 要点's title, read as a page title, set 35),
/// introduction, body, signature "昉阳市教育局" and date are kept.
/// In the search engine's 网页快照 (寻源搜索), which no earlier set had, the four lines of the snapshot's banner (the engine's name line, "您查看的是 … 的快照。", the "当前页面可能已经更改或删除…
/// 查看当前页面 ›" line and the "以下搜索词已高亮显示：…" line, noise although it names the county, the year and the genre) and the closing "快照声明：…" line are noise, and so is the archived
/// portal page's furniture, read as set 47's 信息公开 page: the portal's name line, the menu, the 当前位置 path, the 发布时间/来源/浏览次数/字号 line under the page title (noise although it
/// names the bureau), the 打印/关闭 row and the 主办/网站标识码 and ICP/公网安备 lines; the page title (the plan's title), introduction, body, signature "晗溪县教育局" and date are kept.
/// In the mobile browser's reading mode, which no earlier set had (set 23's "阅读模式" was a button on a site's row), the mode's bar "📖 阅读模式　…✕ 退出", the "site　｜　原网页 ›" line, the
/// byline the mode keeps under the title ("暾山县教育局　·　date　·　约 3100 字　·　预计阅读 7 分钟"; noise although it names the bureau), the picture line "🖼 [图片] 暾山县城南小学新校区" between
/// 一、（一） and （二） (noise although it names the school of the 总结's fact; set 27's picture placeholder), "— 全文完 —", the 查看原网页/分享/加入书签 row and the "在App内打开，阅读体验更佳　　打开 ›"
/// prompt are noise; the title, introduction, body, signature "暾山县教育局" and date are kept.
/// In the slide deck's outline exported to text, which no earlier set had, each slide label "幻灯片 1" … "幻灯片 8" is noise (eight, each listed where it stands, as a page mark), and so are
/// the 目录 slide's "目录　CONTENTS" and its four entries "01　指导思想" … "04　月工作安排" (noise although each repeats a part's words, the deck numbering them 01…04 rather than 一、…四、; set 29's
/// 目录 entries), the continued slide's title "三、主要措施（续）" (the deck's repetition of the part's heading on the slide that carries （二） and （三）, noise although it repeats a heading, as a
/// 页眉 or running header repeating a title is, sets 12, 28 and 46) and the closing slide's "谢谢聆听！" and "THANK YOU"; the cover slide's three lines — the title, "昶原县第一中学教务处" and "2049年
/// 2月" — are the document's, kept, no headings, no noise and no tasks (set 42's and set 44's Word cover lines), the deck having no signature at its end.
/// In the 年鉴 full-text database (鉴林), which no earlier set had, the database's name line with its 机构用户, the ＞ path, the 条目题名 line (noise although it repeats the 方案's title, as set
/// 18's 文件标题 field), the 来源年鉴/栏目/页码 line, the 出版单位/出版时间/条目编号 line, the 下载/原版阅读/引用/收藏/分享 row, the "—— 以下为条目全文（…）——" line, the printed yearbook's running
/// header with its folio at the top of each page the entry runs onto ("重要文献　　·59·" between 二、（一）2. and （二）, "昉阳教育年鉴（2050）　　·60·" between 二、（三）1. and 三、, "重要文献　　·61·"
/// between 三、（三） and 四、; each listed where it stands, as sets 12 and 28 list a 页眉 and a page number), the yearbook's credit "（供稿：昉湖区教育局　撰稿：卜文清）" under 四、（二） (set 28's
/// "（…供稿）" credit; noise although it names the bureau), "相关条目" and its two titles and the ©/ICP line are noise; the 方案's title, the bracketed 文号 line, introduction and body are kept.
/// In the website's content-management editor (云帆网站内容管理系统), which no earlier set had (set 19's 报送 platform and set 39's OA print are its nearest), every line of the editor page is
/// noise — the system's row with the 当前用户, the module menu, the "稿件管理 > 规划计划 > 编辑稿件" path, the 标题 field (noise although it repeats the plan's title, set 18's 文件标题 field), the
/// 所属栏目/稿件类型/来源 line, the 发布时间/作者/关键词 line, the 摘要 field (the editor's words, noise although it quotes the plan's goal sentence), the "正文：" label (set 11's 正文 label), the
/// editor's toolbar, the 字数统计 line, the 稿件状态/流转记录 line, the 保存草稿/提交审核/预览/取消 row and the vendor's Copyright line — while the document pasted into the 正文 field, its title,
/// introduction, body, signature "晞江县教育局" and date, is kept.
/// Adjusted after the first score (set 48): "2050年8月底前建成乡村教师周转宿舍120套（牵头单位：区财政局…）" was written here as a task whose count is no
/// indicator (after set 47's "完成40所学校提档升级"), but set 4 had decided the same form before ("2026年6月底前建成校級名師工作室3個（責任部門：…）" is a task and the
/// indicator "建成校級名師工作室 eq 3個"): a count after what is built by a date, with an owner, is both. The earlier decision stands; "120套" moved from notIndicators
/// to the indicators ("建成乡村教师周转宿舍 eq 120套 2050 -", its deadline's year). (Set 47's form, the count before the object of 完成, stays a task alone.)
/// Set 49's "Decided for set 49 (this set)" block, which set 48 did not see, copied as written there ("this set" meaning set 49) and followed here too:
/// Decided for set 49 (this set): counts of 课后服务专项督查 ("每学期开展…1次", set 33's 专项督查), 课堂教学视导 ("每学期开展…2轮", set 34; twice, in 岍阳 and 岍湖), 专班会议 ("每季度召开…1次",
/// set 34), 工作调度会 ("每季度召开…1次", set 33), 校园安全隐患排查 ("每月开展…1次", set 34; in a cell of 澥山's table and in 陔原's 第四篇), 党建工作推进会 ("每季度召开…1次", set 31), 学生心理
/// 健康测评 ("每学期开展…1次", set 13), 教研组集体备课 ("每周开展…1次", set 47), 九年级模拟考试 ("组织…3次", set 32) and the 骨干教师研修班 ("举办…3期", "举办…2期", set 17's 培训班 in 期) held are
/// notIndicators like the counts above, a count held listed once however often it appears in its document (set 21), and so are the contests named by their ordinal ("全市第11届"
/// → "11届", "全区第5届" → "5届", set 17; the first also the key of a deadline task), the threshold inside a name ("56人以上大班额" → "56人", set 12) and the 文号 ("湑教规〔2053〕1号" → "1号", sets 11
/// and 47, once although it stands in the portal's box and under the notice's title). Chinese numerals are no digits ("第一章"…"第六章", "第一条"…"第十六条", "第一篇"…"第四篇", "第七幼儿园",
/// "第九小学", "第三中学", "第三幼儿园", "第一高级中学", "一期工程", "四个方面", "六个方面", "三个重点", "七年级", "八年级", "九年级", "第一次", "二月"…"七月"); a 《》 title gives no number ("《岍阳市
/// 2053年义务教育招生入学工作方案》", set 31); the 施行 date "自2053年3月1日起施行" and the signatures' and pages' dates are no numbers of the plan, no indicators and no tasks, listed among no
/// notIndicators (set 47's dates); the table label "表1" and the 序号 cells (set 44 and set 46), the page numbers, the front matter's and the export line's dates and times, the picture's
/// file name, and the furniture's figures (索引号, 浏览次数, 点击, 网站标识码, the address "16号", the ICP and 公网安备 numbers) are no numbers of the plan.
/// Years: every plan of this set is of 2053: the 工作方案, the 计划, the 推进工作方案 and the 要点 are 年度 plans of 2053, the school's spring term plan is of its calendar year; the 细则,
/// which names no year in its title and states standing rules, takes 2053 for its figures, the year of its notice's date and of its 施行 — no earlier block decides a standing
/// rule's year; decided here as a reader would, as a plan's year is the year it is written for. Baselines "由2052年的…" keep their year ("from N@2052").
/// Readings: in the 细则 (湑溪) only 第十四条 names a scope for a value: its 全县 at the head of the sentence gives 全县 to both its values to the 。 ("达到95%以上" and "达到90%以上" ge;
/// set 13), while the 全县 of 第一条, 第二条 and 第九条 and the town 湑口镇 of 第十条 name no value; "每所学校每学期开设兴趣类课程不少于10门" keeps 每所/每学期 (set 12's per-unit requirement);
/// "每天课后服务时间不少于2小时" keeps 每天 (set 23) and "其中学业辅导时间不超过1小时" is named by its own noun (set 20), le (不超过, set 18); "在编教师课后服务参与率达到80%以上" is ge; "校外人员授课
/// 比例不超过30%" le; "每生每学期课后服务收费不超过480元" keeps 每生每学期, which stands at the head of the name (每名/每学期 kept, sets 14 and 18), unlike "每生每年" between the comparator and
/// the value; "教师参与课后服务补助标准不低于每课时60元" is "ge 60元" with 每课时 between the comparator and the value no part of the name (sets 16 and 18's 每人每月/每生每年); "家庭经济困难
/// 学生免收" has no value; the 督查 held is a count.
/// In the five-level 工作方案 (岍阳) "2053年，全市A…，B…；C…，D由2052年的72%提高到80%。" gives 全市 to its four values past the "；" (set 13), "稳定在95%以上" and "保持在99.6%以上" ge, D with
/// "from 72@2052"; 城区 at the head of the next sentence gives two le ("小学平均班额", "初中平均班额"; sets 15 and 18); "其中岍湖区新增学位不少于1500个" is "新增学位" with the district as the
/// scope of that part only (set 27's town in a 其中 part, set 47's district); "每个乡镇至少办好1所公办中心幼儿园" is read round the value keeping 每个 (set 46) and "每个集团至少吸纳2所乡村学校"
/// likewise ("每个集团吸纳乡村学校 ge 2所"; set 18); "乡镇中心幼儿园省级等级园比例" borrows nothing from the clause before it (set 17); "市级示范幼儿园达到40所" is eq; "改造农村薄弱学校18所"
/// and "新组建紧密型教育集团8个" keep their verbs; "…办学条件全部达到省定标准", with no value, no year of its own and no deadline, is neither indicator nor task; 全市 at the head of （三）1.'s
/// body is the scope of its value, the 视导 held after it changing nothing (set 20); "中小学生每天校内体育活动时间" keeps 每天; the standalone "较上年下降0.5个百分点" is "中小学生近视率" in 个百分点
/// (sets 16 and 32); "每所中小学至少建设1个艺术社团" is read round the value (set 18); the 全市 inside "举办全市第11届…" reaches nothing (set 23); "全年安排…专项资金不低于6.5亿元" drops 全年
/// (sets 24 and 42).
/// In the Markdown 计划 (岍湖) the bullets of 一、 name no scope and are read each by its own words: "年度培训完成率达到100%" eq, "区级骨干教师由2052年的410名增加到480名" with "from
/// 410@2052" (增加到 read as 提高到, set 46), "新立项区级以上课题35项" keeping its verb and "结题率达到85%以上" ge with its own short name (set 46's 枧湖), "稳定在93%以上" ge; "遴选区级课堂改革
/// 示范校12所" and "培训骨干教师600人次" keep their verbs (set 46's 枧湖); "新入职教师岗前培训不少于120学时" is ge (set 46); "评选区级教学成果奖20项" keeps its verb and "其中一等奖不少于5项" is
/// named by its own noun (set 20); "全年研训经费投入不低于860万元" drops 全年 (set 46); the introduction's 全区 names no value.
/// In the 推进工作方案 (澥山) "2053年，全县A…，B…，C由2052年的68%提高到75%。" gives 全县 to its three values ("保持在99.6%以上" ge, C with "from 68@2052", "本科以上学历" in its name changing
/// nothing, set 16); 城区 at the head of the next sentence gives two le (set 18). The 具体措施 cells of its task table, which no earlier table had, hold sentences of the plan and their
/// figures are read as the plan's sentences are (decided here as a reader would; the earlier task tables' cells held no figures): indicators of 2053 naming no scope, a cell read
/// as one text across its wrap ("…新增学位1620个；" / "改扩建澥山县第三中学，新增学位900个。" gives two "新增学位", the school's name no part of a name and no scope), "集团化办学覆盖率" after
/// "新组建紧密型教育集团4个，" borrowing nothing (set 33), "改造农村学校运动场10片", "更新计算机教室16间", "招聘教师120名" and "新建、改扩建乡镇寄宿制学校3所" keeping their verbs, "其中音体美
/// 教师不少于30名" named by its own noun (set 20), "交流轮岗教师比例达到15%" eq, "新增床位1200个" eq and "中小学幼儿园“一键报警”装置联网率保持100%" eq keeping its quotation marks (sets 34 and
/// 36), one name written without 、 (unlike set 15's "中小学、幼儿园专职保安配备率"); the 排查 held in the same cell is a count; the 完成时限 cells change no indicator's year. "全年安排…专项
/// 资金不低于2.4亿元" drops 全年 and the 调度会 held is a count.
/// In the 篇 要点 (陔原) 全县 at the head of a sentence is the scope of that sentence's values to its 。 and reaches no other (sets 20, 29 and 46): 第一篇 3）'s 配备率 (the 测评 held after it
/// changing nothing), 第二篇 1）'s first sentence (two values, "稳定在93%以上" ge), 2）'s first sentence ("保持在99.5%以上" ge) and 3）'s sentence ("由2052年的58%提高到62%" → "from 58@2052"), while the
/// sentences after them name none ("新建公办幼儿园2所，…", "新增学位1400个，…"); "其中城区新增学位不少于900个" is "新增学位" with 城区 for that part only (set 15); "每所中小学至少配备1名专职思政课教师" is
/// read round the value (sets 18 and 46); "县职教中心毕业生就业率稳定在96%以上" keeps its subject and is ge; "新增校企合作企业15家" keeps its verb; "全年招聘教师90名左右" is approx with 全年
/// dropped and "其中紧缺学科教师不少于28名" is named by its own noun (set 20); "每名教师年度培训" keeps its words (set 45); "师德考核优秀率控制在30%以内" is le; "全年教育经费投入不低于7.6亿元"
/// drops 全年; "中小学幼儿园专职保安配备率保持100%", written without 、, is one indicator eq.
/// In the school's outline (陬江二中) no line names a scope (a school's plan, set 31); "全科合格率达到86%以上" is ge; "优秀率由上学期的27%提高到31%" is named by its own noun, borrowing nothing
/// from the clause before it, with "from 27" and no @year (sets 16 and 42); "七年级、八年级期末学业质量检测合格率分别达到92%、90%" gives each grade its whole name (set 15); "每名青年教师每学期
/// 上汇报课不少于2节" and "每名教师每学期听课不少于20节" keep their words (sets 17 and 42); "新增市级骨干教师4名" and "新立项市级课题3项" keep their verbs; "初中学生每天书面作业完成时间不超过90
/// 分钟" is le keeping 每天 (set 23); the 集体备课 and the 模拟考试 held are counts.
/// Headings: in the 细则 the notice above it (its title as the page heading, 文号, addressees, body, signature, date and "（此件主动公开）") and the 细则's own title are the document's, kept,
/// no headings and no noise (sets 12 and 14); the chapters "第一章　总则" … "第六章　附则" are depth 0 with the space removed ("第一章总则"; sets 26, 29 and 46); the articles "第N条　…", which
/// no earlier set had, numbered straight through across the chapters, are headings at depth 1 under their chapter, read as a numbered paragraph is read ("N.lead。body", set 44's
/// "第一，lead。body"): the label as written with its full-width space removed, followed by the article's first sentence standing where a lead phrase stands, less its 。 ("第四条课后服务
/// 以学业辅导和兴趣拓展为主"), an article of one sentence being the whole line less its 。 (set 12's numbered goal sentence with no lead phrase: "第一条为规范…，制定本细则", "第十四条全县…达到
/// 90%以上"), 第三条's line ending in "：" the line less its "：" ("第三条课后服务遵循以下原则", as set 42's lead phrases ending in "："); 第三条's "（一）lead。body" items are headings of their
/// label and lead phrase one level below the article (depth 2) — decided here as a reader would, no earlier block deciding articles. The 工作方案 (岍阳), in five levels, which no
/// earlier set had in one plan with ① as its fifth: 一、…三、 depth 0 ("一、工作目标" over a paragraph, no heading, set 30); 二、's （一）…（三） (titles alone) depth 1; "1.title" alone depth 2 and
/// "2.lead。body" beside it depth 2 with its lead phrase; "（1）title" alone depth 3 and "（2）lead。body" beside it depth 3 with its lead phrase; the circled "①lead。body" items under a "（1）"
/// title depth 4, the circled label and lead phrase ("①推进城区配套园建设"; set 45's circled sub-items one level below their title); 三、's "（N）lead。body" paragraphs depth 1 (set 30); the title,
/// introduction, signature and date kept. The Markdown 计划 (岍湖), which no earlier set had: the "#", "##" and "###" marks and the "**" bold marks are the export's markup, not words of
/// the plan, and a heading is read without them — its number label and text with whitespace removed, a lead phrase losing its 。 ("## 一、工作目标" → "一、工作目标", "### （一）深化课堂
/// 教学改革" → "（一）深化课堂教学改革", "**1.推进“学为中心”课堂建设。**遴选…" → "1.推进“学为中心”课堂建设", "**（一）加强经费保障。**全年…" → "（一）加强经费保障") — at the depth a reader sees, which
/// the numbering gives and the marks agree with: "## 一、…" depth 0, "### （一）…" depth 1, the bold "1." items under a "###" depth 2, the bold "（N）" items directly under "## 三、" depth 1;
/// the "# title" line is the document's title, kept, no heading and no noise (a title is no heading whatever its mark), and the lines carrying marks are the plan's and kept (a mark is
/// no whole line, as set 42's glosses); the "- " bullet lines under 一、 are body lines, no headings (their values indicators), as a goal paragraph's sentences are; the introduction, the
/// signature and date are kept. The 推进工作方案 (澥山): 一、…三、 depth 0, 一、 over a paragraph; 三、's "（N）lead。body" paragraphs depth 1; under 二、 its introductory sentence, the "表1　…"
/// title (set 18: a 表 title is no heading), the header row, the rows and their wrapped continuation lines are the document's, kept, no headings and no noise, also where a continuation
/// line stands alone as a short line ("县教育局", "办学条件⇥…", "澥口镇人民政府⇥…"; decided here as a reader would, the lines being cells of the table). The 篇 要点 (陔原): the parts
/// "第一篇　党建引领篇" … "第四篇　保障篇", which no earlier set had, are depth 0 with the space removed ("第一篇党建引领篇"; as set 17's "第一部分　…" and set 26's "第一章　…"); their items
/// "1）lead。body", numbered with a full-width closing parenthesis, which no earlier block decides, restarting under each part, are headings of the label as written and the lead phrase
/// ("1）加强党的政治建设") at depth 1, as set 45 keeps "1、" and set 46 "1．" as written (decided here as a reader would); the introduction ending "重点抓好以下四个方面工作。" is no heading and
/// no noise (set 38); the page title (the 要点's title), signature and date are kept. The school's outline (陬江二中), exported as plain text with its depth shown only by leading spaces
/// (four a level) and no number at all, which no earlier set had: the first line at column 0 is the document's title, kept, no heading; every line that has lines indented under it
/// is a heading of its text, its depth given by its indentation (column 0 depth 0, four spaces depth 1), the spaces being no part of it ("指导思想", "学业质量"; set 15's short titles),
/// "指导思想" with a single sentence under it included (set 31's single item); the leaf lines, sentences ending in 。, are body lines, no headings, and so are the month lines "二月：…"
/// under "月度安排" (set 17's month lines) — decided here as a reader would.
/// Tables: 澥山's task table "序号 | 工作任务 | 具体措施 | 责任单位 | 完成时限", tab-separated rows beginning with a bare number standing in the body under 二、 (set 42's table inside the
/// body), gives one task a row as set 42's and set 46's tables (set 17's 分解表): keyed by its 工作任务 cell, read joined across its wrap ("改善农村学校" / "办学条件…" → "改善农村学校办学条件"),
/// led by the first unit of its 责任单位 cell, whether the units are listed with "、" ("县教育局、县住房城乡建设局" → "县教育局", "县教育局、县公安局" → "县教育局") or stand one a line in the
/// wrapped cell ("县人社局" / "县教育局" → "县人社局"; "县发展改革局" / "县教育局" / "澥口镇人民政府" → "县发展改革局"; decided here as a reader would, the cell's lines being its list), due its
/// 完成时限 cell ("2053年8月底前" → "2053-08"), "持续推进" giving no due (sets 17 and 26); the body's paragraphs, with no owner and no deadline, give no task.
/// Schedules: the outline's month lines "二月：" … "七月：", in Chinese numerals without 份 (sets 25 and 33), are tasks of February to July 2053 (the term's calendar year), each keyed by its
/// first clause with no owner (set 36), one task a line.
/// Tasks: "（责任处室：…）", "（责任科室：…）" and "（责任股室：…）" name their office (sets 11, 16 and 17), also where the office is "机关党委" or "督导室", the bold items' brackets in the Markdown
/// included; "（负责人：教务处主任）" on a leaf of the outline names its post (set 37) for the deadline of that leaf; an item, a "（N）lead。body" sub-item or a "1）lead。body" item with an owner
/// bracket and no deadline gives a task under its lead phrase ("深化集团化办学", "推进“学为中心”课堂建设", "实施骨干教师研修工程", "加强党的政治建设", "推进义务教育优质均衡", "补充配强教师",
/// "加强校园安全"; sets 15, 21 and 22), with a deadline the deadline's task only (set 21); a deadline opening a sentence ("5月底前完成校级优质课评选", "年底前完成对乡镇人民政府…") or after a comma ("…85%，年底前完成…", "…
/// 入学，5月底前出台《…》", "…艺术社团，10月底前举办…", "…大赛，5月底前出台《…》", "…120学时，8月底前完成…", "…60%，年底前完成…", "…思政课教师，4月底前出台《…》", "…62%，10月底前完成…",
/// "…以内，年底前完成…", "…3次，4月底前完成…") is a task keyed by the rest of its clause
/// (sets 13 and 20), with the item's owner bracket where there is one and no lead where there is none (sets 15 and 22); a deadline with its subject after it ("8月底前岍阳市第七幼儿园建成开园",
/// "8月底前岍湖区第九小学建成招生", "8月底前陔原县第三幼儿园建成开园") is keyed by the rest of the sentence (set 13), and so is "2053年8月底前，各学校完成课后服务课程方案备案。", whose comma after the
/// deadline changes nothing, keyed with its subject "各学校" (set 33's "各市制定本地区实施方案") and led by nothing; "由县教育局牵头，2053年6月底前建成…" leads that deadline's task (set 18);
/// "年底前" gives the plan's year alone ("2053", set 28) and a deadline with a written year keeps it ("2053年6月底前" → "2053-06"; sets 15, 22 and 45). The 细则's other articles, rules with no
/// deadline and no owner bracket, give no task, nor does its 施行 date; the items and paragraphs with no owner and no deadline give none (岍阳's 2.提升保教质量, ②办好乡镇中心幼儿园, ②消除大班额,
/// （2）改善农村学校办学条件, （三）1., 2.（1）'s ① and ②, 三、; 岍湖's 一、, 2.培育教学成果 and 三、; 澥山's paragraphs; 陔原's 第一篇 3）, 第二篇 4）, 第三篇 2）, 第四篇 1）;
/// 陬江二中's other leaves, the 负责人 leaf, the 毕业年级 leaf and the month lines giving the outline's tasks).
/// Furniture: on the county government's 规范性文件 page (湑溪县人民政府) the portal's name line, the menu, the 当前位置 path, the three lines of the 索引号/发文机关, 文号/成文日期 and 有效性/发布日期
/// box (noise although the second repeats the notice's 文号, set 14), the 字体/浏览次数 row, the 打印/关闭 row, 上一篇/下一篇 (noise although they read like plan titles, set 36), the 主办/网站
/// 标识码 line and the ICP/公网安备 line are noise; the page heading (the notice's title), the notice, the 细则's title and body are kept. In the PDF paste (岍阳) the page numbers "— 1 —", "— 2 —"
/// and "— 3 —" at the foot of each page are noise (set 47's 鄠原), the first between （一）2. and （二）, the second between （三）1. and 2., the third under the date. In the Markdown export (岍湖)
/// the front matter — the "---" line above and below it and its "title:", "author:" and "updated:" lines — is the export's metadata, noise although its title line repeats the plan's
/// title (as a 文库's file name, set 12), and so is the picture line "![…](….png)" between （二） and （三） of 二、 (the document's picture, noise although it names the 中心; set 46's "▲ …效果图"
/// caption); nothing else of the export is noise. On the county government's portal (澥山县人民政府门户网站) the portal's name line, the menu, the 当前位置 path, the 发布时间/来源/浏览次数 line
/// (noise although it names the bureau), the 字体 row, the 打印/关闭 row, 上一篇/下一篇 and the 主办单位/网站标识码 and ICP/公网安备 lines are noise; the page title (the 方案's title), introduction,
/// body, table, signature "澥山县教育局" and date are kept. On the bureau's website (陔原教育网) the site's name, the menu, the 当前位置 path, the 发布时间/来源/点击 line, the 打印/关闭 row,
/// 上一篇/下一篇, the 版权所有/地址 line and the ICP line are noise; the page title, introduction, parts, items, signature "陔原县教育局" and date are kept. In the outline export (枝叶大纲) the
/// export line "—— 由 枝叶大纲 导出 · …" at its foot is noise (the app's, not the plan's); the title and every node are kept.
/// Decided for set 50 (this set): counts of 课堂教学视导 ("每学期开展…2轮", set 34; in 琚溪, 珦阳 and 樛江), 教学视导 ("每学期开展…2轮", set 34; in 珦湖), 校园安全隐患排查 ("每月开展…1次",
/// set 34; in 琚溪 and in 瑗原县实验中学), 九年级模拟考试 ("组织…3次", set 32), 阶段评估 ("每学期开展…1次", standing in a stage's body, set 48), 工作调度会 ("每季度召开…1次", set 33), 主题教研
/// 活动 ("每所学校每学期开展…不少于4次", the 不少于 changing nothing, as set 27's 思政课集体备课) and 教研工作专项督导 ("每年开展…1次", set 19's 专项督导) held are notIndicators like the counts
/// above, a count held listed once however often it appears in its document (set 21), and so are the contests named by their ordinal ("全县第11届" → "11届", "全市第15届" → "15届", set 17;
/// each also the key of a deadline task), a point change beside its value ("较上年提高2.1个百分点", set 17), a rank ("我区排名第2位" → "2位", set 19) and the threshold inside a name that
/// carries a target ("35周岁以下青年教师参加校级基本功比赛比例达到100%" → "35周岁", the indicator keeping it, set 17). Chinese numerals are no digits ("第三小学", "第十二中学", "第五中学",
/// "第八小学", "第九小学", "第三次", "三年", "三级", "新一轮", "四个方面", "“两个只增不减”", "一是"/"二是"/"三是", "第一，"…"第三，", "七年级", "八年级", "九年级"); a 《》 title gives no number
/// ("《樛江县义务教育学校教学常规管理办法》", "《樛江县义务教育学校教师“县管校聘”管理办法》", "《楀川县中小学教研员遴选管理办法》") and the plans' spans "（2055—2057年）" and "（2056—2057年）"
/// none (set 31); the furniture's figures (the status bars' times and "5G 85%"/"84%", the 阅读/赞/在看 counts, the transcript's timestamps, its 时长 and "1.6万人看过", the ❤/💬 counts and
/// "评论 58", the 征集时间, 浏览 and 参与 counts, the form's "500字以内", the file sizes, the magazine's 期 numbers, the page indicator "6-7 / 40" and the folios "·6·" … "·8·", the page
/// marks "1 / 3" … "3 / 3", the course's section numbers "3.1" … "3.3", its "20分钟", "1学时", "06:42 / 20:00" and "34%", the comments' dates and 👍 counts, the 网站标识码, ICP and 公网安备
/// numbers and the telephone numbers) are no numbers of the plan; the figures the AI panel quotes ("98%以上", "2400个", "2600个", "71.5%") are neither indicators nor notIndicators (set
/// 48's 摘要 field, set 24's news lead); the furniture's dates, the 征集时间 and the signatures' dates are no tasks.
/// Readings: in the OCR text (琚溪) every line ends where the phone's screen ends — mid-word ("平均班" / "额", "大单" / "元教学"), mid-name ("全县中小" / "学生体质健康优良率", "琚溪县第" / "三小学"),
/// inside a 其中 ("其" / "中紧缺学科教师"), inside a comparator ("不少" / "于2小时", "不低" / "于每生每年980元"), before a value ("稳定在" / "97%以上") or inside an owner bracket
/// ("（责任" / "股室：基础教育股）", "（责任股室：计划财务" / "股）", "（责任股室：" / "人事股）", "（责任股室：计划财" / "务股）") — and the paragraph runs on into the next line as set 15's and set
/// 29's PDF lines do (set 24's heading broken by a scan): the break is no heading and no noise, and the headings, indicators and tasks are read as if the paragraph were unbroken; where
/// the sentence runs on across the boundary of two screenshots ("1.推进学校建设。新建、改扩建中小学幼" / status bar / header / "儿园6所，…"), the status bar and the header between are noise
/// and the sentence stays in its item (sets 14 and 33's sentence running on after a page break), its name read whole ("新建、改扩建中小学幼儿园 eq 6所"); no character is misread, the
/// recognition being taken as exact (decided here as the text is written; only the layout is the screen's). "2056年，全县A…，B…，C…；D…。" gives 全县 to its four values past the "；" (set
/// 13), "稳定在97%以上" ge; 城区 at the head of the next sentence gives two le ("小学平均班额", "初中平均班额"; sets 15 and 18); the third sentence, headed 全县, gives 全县 to its value, "由上年
/// 的59%提高到63%" giving "from 59" with no @year (set 16); "其中琚口镇新增学位不少于700个" gives the town as the scope of that part only (set 27); "集团化办学覆盖率" borrows nothing from
/// "新组建城乡教育集团5个，" (set 33); 全县 at the head of （二）1.'s body is the scope of its value, the 视导 held after it changing nothing (set 20); "每名学生掌握1至2项艺术特长" is read round
/// the value as "ge 1-2项" (sets 19 and 29) and "学生每天校内体育活动时间" keeps 每天 with no scope (set 34); "全年招聘教师130名左右" is approx with 全年 dropped and "其中紧缺学科教师不少于
/// 45名" is named by its own noun (set 20); "每名教师年度培训" keeps 每名 and 年度 (set 17) and "县级以上骨干教师达到450名" is eq (set 16); "全年教育经费投入不低于9.2亿元" drops 全年 and
/// "不低于每生每年980元" is "生均公用经费标准 ge 980元" (set 16); "中小学幼儿园“一键报警”装置联网率、视频监控覆盖率均保持100%" gives one indicator a name, "视频监控覆盖率" borrowing nothing
/// (sets 22, 43 and 48); the 全县 inside "5月底前举办全县第11届…" and "6月底前完成全县…" reaches nothing (set 23); the introduction names no value.
/// In the transcript (珦阳) 全市 at the head of a sentence gives 全市 to the values of that sentence to its 。 (sets 20, 29, 38, 41 and 48): 一、第一's sentence to both its values ("建设市级
/// 思政课名师工作室12个" keeping its verb, set 27), 二、第一's first sentence to both ("稳定在95%以上" ge, set 13), 二、第二's first sentence to its value and to its 其中 part, which is "新增学位"
/// with 城区 for that part only (set 15), 三、第一's first sentence to its value, the 视导 held after it changing nothing (set 20), and 三、第二's first sentence to both ("新增市级数字化应用标杆校
/// 30所" keeping its verb); "珦湖区、瑗原县、楀川县分别新增普惠性学位900个、600个、450个" gives one indicator a place, each place its scope (set 15's list of places, set 48); "城区小学、初中平均
/// 班额分别控制在41人、46人以内" gives two le with 城区 (set 18); 一、第二 names no scope: "中小学生近视率较上年下降0.5个百分点", a clause with its own noun standing alone, is an indicator
/// in 个百分点, eq (sets 16, 32, 44 and 48), and "每所中小学至少建设2个艺术社团" is read round the value ("每所中小学建设艺术社团 ge 2个", set 49); 二、第三's "新组建紧密型教育集团10个" keeps its
/// verb and "义务教育集团化办学覆盖率" borrows nothing (set 33), no scope; "全年招聘中小学幼儿园教师1100名左右" is approx with 全年 dropped and "其中乡村学校教师不少于380名" is named by its own
/// noun (set 20); "全年教育经费投入不低于66亿元" drops 全年; the 全市 inside the deadline clauses ("10月底前举办全市第15届…", "年底前完成全市…", "5月底前完成全市…") reaches nothing (set 23),
/// and the introduction's 全市 names no value. The numbers as the transcript writes them in digits are read as written.
/// In the 行动计划 draft (樛江) the plan's year is 2057, its last year, except its "到2056年，" sentence (2056, to its 。; set 36): "到2057年，全县A…，B…，C…以上；…督导评估。" gives 全县 to its
/// three values, "达到15%以上" being ge and "县级以上" inside a name changing nothing (set 16), the clause after the "；", with no value, being an aim, no indicator and no task (set 31);
/// "到2056年，全县义务教育学校集团化办学覆盖率达到85%。" is an indicator of 2056 with 全县 and no task (sets 13, 19 and 48); "三年新建、改扩建中小学8所" drops 三年 (set 16) and "其中城区新增
/// 学位不少于3600个" is "新增学位" with 城区 for that part only (set 15); "三年改造农村学校运动场20片，更新计算机教室40间" drops 三年, each clause keeping its own verb (set 49's 澥山 cells);
/// "学生每天校内体育活动时间" and "初中学生每天书面作业平均完成时间" keep 每天, "不超过90分钟" being le (sets 18 and 23); "三年招聘义务教育学校教师360名左右" drops 三年 and is approx (sets 16 and
/// 18), "其中音体美教师不少于60名" being named by its own noun (set 20); "每年交流轮岗教师不少于150名" keeps 每年 (set 26); "三年累计投入义务教育经费不少于12亿元" drops 三年 and keeps 累计 (sets
/// 16 and 33); no sentence of 二、 to 四、 names a scope but the 其中 part.
/// In the school's term plan (瑗原县实验中学) no sentence names a scope (set 31): the goal line "1.教学质量目标：七年级、八年级期末学业质量检测合格率分别…" gives each grade its whole name (set
/// 15); "九年级模拟考试合格率达到96%以上" is ge, and "优秀率由上学期的30%提高到34%" after it is named by its own noun, borrowing nothing, with "from 30" and no @year (sets 16 and 49); "家长
/// 学校参训率达到95%以上" is ge; "35周岁以下青年教师参加校级基本功比赛比例" keeps its threshold (set 17) and "新立项县级以上课题4项" keeps its verb, "县级以上" changing nothing (set 16);
/// "每名教师每学期上校级公开课" (set 20) and "行政人员每周听课" (set 32) keep their words; "初中学生每天书面作业平均完成时间" keeps 每天 and "不超过90分钟" is le (set 18); "作业公示率" borrows
/// nothing (set 17); "每名教师联系学生不少于10名" and "每名教师每学期家访不少于15户" keep 每名/每学期 (set 12's "每名班主任家访不少于15户", counted in 户); "九年级体育中考满分率" after "组织九年级
/// 模拟考试3次，" borrows nothing (set 43) and "达到50%以上" is ge.
/// In the 总结和计划 (珦湖) the 总结's figures are of 2055 and the 计划's of 2056 (sets 34 to 48): "全年投入教育项目资金" drops 全年; "珦湖区第八小学建成投用", with no deadline, is a fact and no
/// task (set 26); 全区 at the head of （二） gives 全区 to its three values ("义务教育巩固率99.8%" and "普通高中本科上线率71.5%", with no verb, eq; set 48's 暾山), "较上年提高2.1个百分点" beside
/// the third being a notIndicator and the next sentence giving only "2位", its 全市 reaching nothing (sets 28 and 41); "全年招聘新教师132名" drops 全年, "其中研究生学历教师38名" is named by
/// its own noun and "区级以上骨干教师达到512名" after the "；" borrows nothing (sets 26 and 35). In the 计划 "（一）主要目标。2056年，全区A…，B…；C由2055年的71.5%提高到73%。" gives 全区 to its
/// three values past the "；" (set 13), A ge ("保持在98%以上") and C with "from 71.5@2055" (set 23's "由N年的…"); 城区 at the head of the next sentence gives two le with 城区 (sets 15 and
/// 18); "其中城区新增学位不少于1600个" is "新增学位" with 城区 for that part only (set 15); 全区 at the head of 2.'s body is the scope of its value, the 视导 held after it changing nothing
/// (set 20); "每名教师年度培训不少于80学时" keeps 每名/年度 (set 17); "新增区级名师20名、区级骨干教师90名" gives "新增区级名师" and "区级骨干教师" (set 18's Adjusted paragraph); the 保障措施
/// paragraph's "全年教育经费投入不低于11.5亿元" drops 全年 and names no scope; the introduction's 全区 names no value.
/// In the 实施方案 (楀川) the plan's year is 2057, its last year, except its "到2056年，" sentence (2056, to its 。; set 36): "到2057年，全县A…，B…，C…；县、片、校三级教研网络基本健全。" gives
/// 全县 to its three values ("专职教研员达到48名" eq, "县级以上优秀教研成果达到60项" eq, "县级以上" changing nothing), the clause after the "；", with no value, being an aim, no indicator and
/// no task (set 31); "到2056年，全县…培训覆盖率达到100%。" is an indicator of 2056 with 全县 and no task (sets 13 and 19); "新增专职教研员12名" keeps its verb and "其中学前教育教研员不少于2
/// 名" is named by its own noun (set 20); "建成片区教研中心6个" keeps its verb and "每个片区教研中心至少配备2名兼职教研员" is read round the value keeping 每个 ("每个片区教研中心配备兼职教研员
/// ge 2名"; sets 18, 48 and 49); "每名教研员每学期深入课堂听课不少于40节" keeps its words (set 17's "每名教研员每学期深入学校指导"), while "每所学校每学期开展主题教研活动不少于4次" before it
/// is a count held (set 27); "建成县级线上教研平台1个" is eq with its verb, a count of one built being a count like the others (decided here as a reader would; no earlier block decides a
/// count of one); "遴选县级教研成果培育项目30项" keeps its verb and "其中农村学校项目不少于12项" is named by its own noun (set 20); "累计安排教研专项经费不少于1200万元" keeps 累计 (set 16);
/// no sentence of 二、 or 三、 names a scope; the 督导 held is a count.
/// Years: the 工作计划, the 要点 and the school's spring term are of 2056 (a term plan of its calendar year); the 总结和计划's 总结 is of 2055 and its 计划 of 2056; the 行动计划（2055—2057年）
/// and the 实施方案（2056—2057年） are of 2057 except their "到2056年，" sentences (2056).
/// Headings: the 工作计划 (琚溪) gives "一、工作目标" at depth 0 over a paragraph, no heading (set 30), 二、's （一）…（三） (titles alone) at depth 1 over "1.lead。body" items at depth 2,
/// restarting under each (set 48's 晗溪), and "三、保障措施" at depth 0 over "（N）lead。body" paragraphs at depth 1; each heading is read from its line whole, the lines the screen's width cut
/// being no headings. The 要点 as transcribed (珦阳) gives 一、…四、 at depth 0 and the "第一，lead。body" points, restarting under each part, at depth 1, their ordinal label and lead phrase
/// as written with the comma ("第一，加强思政课建设"; set 47's speech), the 发言人 reading the 要点's points as a speech's; its introduction ending "今年重点抓好四个方面工作。" is no heading
/// and no noise (set 38). The 行动计划 draft (樛江) gives 一、…四、 at depth 0, "一、总体目标" over a paragraph with no heading under it (set 30); 二、's （一）…（三） (titles alone) at depth 1 over
/// "1.lead。body" items at depth 2, restarting under each, "2.推进“县管校聘”改革" keeping its quotation marks (set 36); 三、's stages "（一）启动部署阶段（2055年4月—6月）。body" are headings of
/// their lead phrase with its bracket at depth 1 (set 25); 四、's "（N）lead。body" paragraphs are depth 1; the title and the "（征求意见稿）" line under it, which no earlier set had, are the
/// document's, kept, no headings, no noise and no tasks (as set 48's bracketed 文号 line under a title and set 47's cover line "（2046—2048年）"), and the draft has no signature (set 13).
/// The school's term plan (瑗原县实验中学) gives 一、…三、 at depth 0, its goal lines "1.教学质量目标：…" keeping the part before the colon at depth 1 (set 24), 二、's （一）…（三） (titles alone)
/// at depth 1 over "1.lead。body" items at depth 2, restarting under each, a （N） with a single item included (set 31) and "1.推进“三段式”课堂" keeping its quotation marks (set 36); its
/// introduction is no heading and the month lines under "三、月工作安排" are no headings. The 总结和计划 (珦湖) gives "一、2055年工作总结", "二、存在的问题" and "三、2056年工作计划" at depth 0,
/// the 总结's "（N）lead。body" paragraphs at depth 1 and "一是…；二是…；三是…" no heading (set 26); under 三、 "（一）主要目标。body" is a heading of its lead phrase (set 38), "（二）重点任务"
/// and "（三）保障措施" (titles alone) are depth 1 (set 29), （二）'s "1.lead。body" items depth 2 and the paragraph under （三） no heading (sets 13 and 24). The 实施方案 (楀川) gives 一、…三、 at
/// depth 0, "一、工作目标" over a paragraph with no heading under it (set 30), 二、's （一）…（三） (titles alone) at depth 1 over "1.lead。body" items at depth 2, restarting under each, "（三）强化
/// 成果转化" with a single item included (set 31), and 三、's "（N）lead。body" paragraphs at depth 1.
/// Schedules: the school's month lines "2月：" … "7月：" are of 2056 (the term plan's calendar year), each action apart by "；" a task keyed by its first clause with no owner (sets 16 and
/// 36, set 20's Adjusted paragraph), "2月：" and "6月：" giving two each; "举办“一课多磨”展示活动" is a task of its item (with its 负责人) and again of its month line (sets 33 and 48). The
/// 行动计划's stages are tasks keyed by the first clause of their body with no owner, due the last month of the range in their bracket, of the year written there ("2055年4月—6月" →
/// 2055-06, "2055年7月—2056年12月" → 2056-12, "2057年1月—12月" → 2057-12; set 27), the second keyed with its subject "各学校按计划推进各项任务" (sets 43 and 48).
/// Tasks: "（责任股室：…）" and "（责任科室：…）" name their office (sets 11 and 16), also where the office is "规划建设科", and "（责任股室：人事股、教研室）" leads with the whole
/// list (set 18's Adjusted paragraph), also where the screen's width breaks the bracket; "（负责人：…）" names its post ("教务处主任", "德育处主任", "总务处主任", "九年级组长"; sets 17, 37 and 43);
/// "（牵头单位：A；配合单位：B）" names A also where B names two units or "各中小学" (sets 15 and 41), "（牵头单位：A）" names A alone (sets 40 and 43), also where A
/// is not the education bureau ("县财政局", "县教师发展中心"; set 41) and "（责任单位：A、B）" standing alone leads with the whole list ("县教育局、县人社局"; sets 47 and 48); an item or a "（N）lead。body" paragraph with an owner bracket and no
/// deadline gives a task under its title or lead phrase ("深化集团化办学", "深化课堂改革", "补充教师", "加大经费投入" (in 琚溪 and in 樛江), "守牢安全底线", "改善乡村学校条件", "补足配齐教师",
/// "加强组织领导", "落实全员育人导师制", "精准分析学情", "提升教学质量", "建设片区教研中心", "推进主题教研", "培育教研成果", "加强经费保障"; sets 15, 21 and 22), with a deadline the deadline's task
/// only (set 21); a deadline opening a sentence ("5月底前举办全县第11届…", "6月底前完成…", "10月底前举办全市第15届…", "年底前完成…", "5月底前完成…", "2056年6月底前
/// 出台《…》") or after a comma ("…2轮，2055年10月底前出台《…》", "…150名，2055年12月底前出台《…》", "…1次，3月底前完成…", "…1个，2056年9月底前实现…") is a task keyed by the rest of its clause (sets
/// 13 and 20), with the item's owner bracket where there is one and no lead where there is none (sets 15 and 22: 琚溪's （二）2. gives "举办全县第11届中小学生艺术展演" and 楀川's （二）2.
/// "实现全县中小学线上教研全覆盖" with no lead); the transcript's points, which carry no brackets, give their deadlines' tasks no lead (set 47's speech: "珦阳市第十二中学建成招生", "举办全市
/// 第15届中小学青年教师教学技能大赛", "完成全市中小学校园网络提速改造", "完成全市教师招聘计划申报"); a deadline with its subject after it ("8月底前琚溪县第三小学建成招生", read across its line
/// break, "8月底前珦阳市第十二中学建成招生", "2056年8月底前樛江县第五中学建成招生", "8月底前珦湖区第九小学建成招生") is keyed by the rest of the sentence (set 13); "年底前" gives the plan's year
/// alone ("2056", set 28); a month with no year is of the plan's year ("2056-08", "2056-05" in the 计划 half of the 总结和计划, "2056-03" and "2056-04" in the term plan), and in the multi-year
/// plans a deadline with a written year keeps it ("2056年8月底前" → "2056-08", "2055年10月底前" → "2055-10", "2055年12月底前" → "2055-12", "2056年6月底前" → "2056-06", "2056年9月底前" →
/// "2056-09"; sets 15 and 22). The items and paragraphs with no owner and no deadline give no task (琚溪's 一、; 珦阳's 一、第一, 一、第二, 二、第一, 二、第三 and 四、第二; 樛江's 一、 and （二）2.;
/// 瑗原县实验中学's goal lines and （一）2.; 珦湖's 总结, 二、, （一） and （三）; 楀川's 一、 and 三、（二））, and neither do the furniture's dates, the 征集时间, the course's 学习要求 nor the comments.
/// Furniture: in the text recognised from three phone screenshots of the 琚溪教育 account's article, which no earlier set had (set 16's OCR read a paper scan and set 24's a scan in a cloud
/// drive's preview), the phone's status bar ("19:42　…　5G　85%", "19:42　…　5G　85%", "19:43　…　5G　84%") and the app's header "‹　琚溪教育　···" at the top of each screenshot (three each,
/// listed where they stand: above the title, between "中小学幼" and "儿园6所" of 二、（一）1., and between （三）1. and 2.; noise although the header names the account, as a page's running
/// header), the article's byline "琚溪教育　2056年2月26日 20:15　玥州" under the title (set 12's date and place line), "— END —" (set 12), the QR hint "长按识别二维码　关注琚溪教育" and the 阅读/
/// 赞/在看 line are noise; the article's title (the plan's title, set 12), introduction, body, signature "琚溪县教育局" and date are kept, and so is every line the screen's width cut, the
/// short ones ("63%。", "股）", "人事股）", "务股）") included; the screenshots follow one another without overlap, no line being repeated.
/// On the 视频号-like 直播回放 page with its AI 文字稿, which no earlier set had (set 22's "📺 视频号直播预约" was a card inside an article), the page's row, the account's line with "＋ 关注", the
/// replay's title "【直播回放】珦阳市2056年教育工作要点新闻发布会" (the replay's, not the plan's title, as set 16's headline; the 要点 as read has no title line), the 开播/时长/看过 line, the
/// 文字稿 label line with "📋 复制全文", each speaker-and-timestamp line ("主持人　00:00:06", "发言人 2　00:00:41" above the introduction, "发言人 2　00:04:26" above 二、, "发言人 2　00:09:58"
/// above 三、, "发言人 2　00:13:40" above 四、 and "主持人　00:17:05"; noise although four stand inside the plan, as page marks do), the host's opening and closing words (the host's, not the
/// plan's: the plan's introduction follows the first "发言人 2" line; set 16's account lead-in), "— 文字稿结束 —", the ❤/💬/转发/收藏 row, "评论 58" and the two one-line comments "name：text"
/// (set 29's 观点 comments; noise although the first names the plan's school), "更多直播回放" and its two titles are noise; the introduction, parts and points as the 发言人 reads them are
/// kept; the 要点 as read has no signature and no date.
/// On the county portal's 意见征集 page (樛江县人民政府 · 政民互动), which no earlier set had (set 23's 征求意见稿 came by e-mail), the portal's name line, the menu, the 当前位置 path, the 征集
/// 主题 field (noise although it repeats the plan's title, set 18's 文件标题 field and set 48's 标题 field), the 征集单位/征集时间/状态 line, the 浏览/参与 line, the 征集说明 paragraph (the
/// 征集's words, not the plan's introduction, which follows the plan's title; set 16's account lead-in, set 48's 摘要 field), the "📄 征求意见稿全文" label, the 📎 附件 line, "我要留言" and
/// every line of its form (姓名, 联系电话, 留言内容 with its hint, 验证码, the 提交/重置 row; noise although short, with colons), the 温馨提示 line and the two footer lines are noise; the
/// plan's title, its "（征求意见稿）" line, introduction and body are kept.
/// In the flip-book viewer (卷云翻书) of the school magazine 《瑗中教苑》, which no earlier set had, the viewer's title row, its toolbar, the page indicator "第 6-7 页 / 共 40 页", the
/// magazine's running header with its folio at the top of each page the plan runs onto ("·6·　瑗中教苑　2056年第1期" above the title, "计划与展望　·7·" between 二、（一）2. and （二）,
/// "·8·　瑗中教苑　2056年第1期" between （三）1. and 三、; set 48's yearbook running header, each listed where it stands), the editor's credit "（责任编辑：龚一帆）" under the date (set 28's
/// credit), the photo caption "▲ …（摄影：校宣传中心）" of page 9 (set 46's ▲ caption) and the viewer's two footer lines are noise; the title, introduction, body, signature "瑗原县实验中学"
/// and date "2056年2月" are kept.
/// In the AI assistant's document-reading view (问知 AI), which no earlier set had (set 20's "💡 AI解读" was a line inside a 文库's text), the app's row, the file line "📄 ….docx　38.2 KB
/// ✓ 已解析" (not the document's title, which heads the text and is kept; set 12's file name), the 原文/AI 解读/思维导图 tab row, the page marks "— 1 / 3 —" above the title, "— 2 / 3 —"
/// between 一、（三） and 二、 and "— 3 / 3 —" between 三、（二）1. and 2. (each listed where it stands, as set 13's bare page headers), and every line of the AI panel after the text —
/// "✨ 全文概要" and its summary line (the AI's words, noise although it begins like prose and quotes the plan's figures; set 48's 摘要 field), the "📌 关键数据：…" line, "💬 你可以这样问
/// 我：" and its three suggested questions (noise although one names 2056年), the input line and the "内容由 AI 生成…" note — are noise; the title, introduction, body, signature "珦湖区教育局"
/// and date are kept.
/// On the teacher-training platform's course page (玥州教师研修网), which no earlier set had (set 17's "教师研修平台" was a link in a menu), the platform's row, the 当前位置 path, the section
/// label "3.2　案例研读：楀川县中小学教研提质实施方案" (the course's label of its resource, noise although it begins with a number like an item and names the plan; set 17's resource title),
/// the 学习要求 line, the 已学习/进度 line, the 我已学完/写笔记/收藏 row, "💬 研讨交流（2）" and each comment's two lines (the "unit　name：text" line and the "date　👍 N" line), the "‹ 上一节：
/// 3.1…" and "下一节：3.3… ›" lines, the 主办/技术支持 line and the ICP/客服电话 line are noise; the title, introduction, body, signature "楀川县教育局" and date are kept.
enum BlindFixtures50 {
    /// A county bureau's 2056年工作计划 (琚溪县教育局) as text recognised from three phone screenshots of the 琚溪教育 account's article: the status bar and the app's header at the top of each
    /// screenshot; the title and the byline; the introduction, "一、工作目标" over a paragraph (全县 past a "；", 城区 at the head of a sentence, 由上年的…提高到…), "二、重点任务" with （一）…（三）
    /// titles alone over "1.lead。body" items (a town in a 其中 part, 股室 brackets, a deadline with its subject after it, a deadline with no bracket, 至, rounds and an ordinal), "三、保障措施" over
    /// "（N）lead。body" paragraphs (每生每年, 均保持); every paragraph broken at the screen's width, one sentence across two screenshots; the signature and date; "— END —", the QR hint and the
    /// 阅读/赞/在看 line.
    static let countyWorkPlanOcrFromPhoneScreenshotsOfAccountArticle = """
        19:42　　　　　　　　　　5G　85%
        ‹　　　　　琚溪教育　　　　　···
        琚溪县教育局2056年工作计划
        琚溪教育　2056年2月26日 20:15　玥州
        2056年是全县教育系统推进优质均衡发
        展的关键一年。为进一步扩优提质、促进
        公平，结合我县实际，制定本计划。
        一、工作目标
        2056年，全县学前三年毛入园率稳定在
        97%以上，普惠性幼儿园覆盖率达到93%，
        义务教育巩固率达到99.6%；高中阶段毛
        入学率达到96%。城区小学、初中平均班
        额分别控制在42人、46人以内。全县中小
        学生体质健康优良率由上年的59%提高到
        63%。
        二、重点任务
        （一）扩大优质学位供给
        1.推进学校建设。新建、改扩建中小学幼
        19:42　　　　　　　　　　5G　85%
        ‹　　　　　琚溪教育　　　　　···
        儿园6所，新增学位3100个，其中琚口镇
        新增学位不少于700个。8月底前琚溪县第
        三小学建成招生。（责任股室：计划财务
        股）
        2.深化集团化办学。新组建城乡教育集团
        5个，集团化办学覆盖率达到88%。（责任
        股室：基础教育股）
        （二）提升教育教学质量
        1.深化课堂改革。全县义务教育学校大单
        元教学实践覆盖率达到80%，每学期开展
        课堂教学视导2轮。（责任股室：教研室）
        2.加强体育美育。每名学生掌握1至2项艺
        术特长，学生每天校内体育活动时间不少
        于2小时。5月底前举办全县第11届中小学
        生艺术展演。
        （三）建强教师队伍
        1.补充教师。全年招聘教师130名左右，其
        中紧缺学科教师不少于45名。（责任股室：
        人事股）
        19:43　　　　　　　　　　5G　84%
        ‹　　　　　琚溪教育　　　　　···
        2.加强培训。每名教师年度培训不少于
        72学时，县级以上骨干教师达到450名。
        6月底前完成全县中小学班主任能力提升
        培训。（责任股室：人事股、教研室）
        三、保障措施
        （一）加大经费投入。全年教育经费投入
        不低于9.2亿元，生均公用经费标准不低
        于每生每年980元。（责任股室：计划财
        务股）
        （二）守牢安全底线。中小学幼儿园“一
        键报警”装置联网率、视频监控覆盖率均
        保持100%，每月开展校园安全隐患排查
        1次。（责任股室：安全股）
        琚溪县教育局
        2056年2月24日
        — END —
        长按识别二维码　关注琚溪教育
        阅读 2836　　赞 41　　在看 12
        """

    /// A city bureau's 2056年工作要点 (珦阳市教育局) as the AI 文字稿 of a 视频号-like 直播回放 page: the page's row, the account's line, the replay's title, the 开播 line, the 文字稿 label line;
    /// the host's line and opening words; the introduction and 一、…四、 over "第一，lead。body" points (全市 at the head of sentences, a 分别 list of places, 城区 in a 其中 part and at the head of
    /// a sentence, deadlines with no brackets, rounds held, an ordinal, a standalone point fall, 左右), a "发言人 2" line above the introduction and above each of 二、, 三、 and 四、; the host's
    /// closing; "— 文字稿结束 —", the counters, two comments and "更多直播回放" with two titles.
    static let cityKeyPointsAsLivestreamReplayTranscript = """
        视频号　｜　直播回放
        珦阳教育发布　　＋ 关注
        【直播回放】珦阳市2056年教育工作要点新闻发布会
        2056-02-27 09:30 开播　·　时长 18:52　·　1.6万人看过
        📝 文字稿（AI 自动生成，仅供参考）　　📋 复制全文
        主持人　00:00:06
        各位网友，大家好！欢迎收看珦阳市2056年教育工作要点新闻发布会直播。下面请市教育局新闻发言人介绍今年全市教育工作要点。
        发言人 2　00:00:41
        2056年，全市教育工作以办好人民满意的教育为目标，坚持立德树人，聚焦扩优提质，加快建设教育强市。今年重点抓好四个方面工作。
        一、落实立德树人根本任务
        第一，加强思政课建设。全市中小学思政课专职教师配备率达到100%，建设市级思政课名师工作室12个。
        第二，促进学生全面发展。中小学生体质健康优良率达到67%，中小学生近视率较上年下降0.5个百分点。每所中小学至少建设2个艺术社团。
        发言人 2　00:04:26
        二、推进基础教育扩优提质
        第一，扩大普惠学前资源。全市学前三年毛入园率达到98.2%，普惠性幼儿园覆盖率稳定在95%以上。珦湖区、瑗原县、楀川县分别新增普惠性学位900个、600个、450个。
        第二，推动义务教育优质均衡。全市新增义务教育学位1.3万个，其中城区新增学位不少于8000个。城区小学、初中平均班额分别控制在41人、46人以内。8月底前珦阳市第十二中学建成招生。
        第三，深化集团化办学。新组建紧密型教育集团10个，义务教育集团化办学覆盖率达到90%。
        发言人 2　00:09:58
        三、深化教育综合改革
        第一，深化课堂教学改革。全市义务教育学业质量监测合格率达到94%以上，每学期开展课堂教学视导2轮。10月底前举办全市第15届中小学青年教师教学技能大赛。
        第二，推进教育数字化。全市中小学智慧校园达标率达到85%，新增市级数字化应用标杆校30所。年底前完成全市中小学校园网络提速改造。
        发言人 2　00:13:40
        四、建强教师队伍和保障体系
        第一，补充配强教师。全年招聘中小学幼儿园教师1100名左右，其中乡村学校教师不少于380名。5月底前完成全市教师招聘计划申报。
        第二，加大经费投入。全年教育经费投入不低于66亿元，确保教育经费“两个只增不减”。
        主持人　00:17:05
        感谢市教育局新闻发言人的介绍。本场发布会直播到此结束，欢迎继续关注珦阳教育发布。
        — 文字稿结束 —
        ❤ 326　　💬 58　　⤴ 转发　　☆ 收藏
        评论 58
        琚溪家长小林：学位又增加了，期待第十二中学早日建成！
        瑗原教师阿杰：青年教师教学技能大赛什么时候开始报名？
        更多直播回放
        珦阳市2056年中考招生政策解读
        珦阳市中小学课后服务工作新闻发布会
        """

    /// A county bureau's 义务教育优质均衡发展行动计划（2055—2057年）（征求意见稿） (樛江县教育局) on the county portal's 意见征集 page: the portal's name line, menu and path, the 征集主题, 征集单位/
    /// 征集时间/状态 and 浏览/参与 lines, the 征集说明 paragraph, the 全文 label; the title and the "（征求意见稿）" line; the introduction, "一、总体目标" over a paragraph (全县, an aim after a "；", a
    /// "到2056年" sentence), "二、主要任务" with （一）…（三） titles alone over "1.lead。body" items (牵头单位/配合单位 and 责任单位 brackets, written-year deadlines, 三年, 其中, 每年), "三、实施步骤"
    /// with three dated stages, "四、保障措施" over "（N）lead。body" paragraphs; no signature; the 附件 line, the "我要留言" form, the 温馨提示 and two footer lines.
    static let countyActionPlanDraftOnPortalConsultationPage = """
        樛江县人民政府　　｜　　政民互动
        首页　｜　政务公开　｜　政务服务　｜　政民互动　｜　走进樛江
        当前位置：首页 > 政民互动 > 意见征集
        征集主题：《樛江县义务教育优质均衡发展行动计划（2055—2057年）（征求意见稿）》公开征求意见
        征集单位：樛江县教育局　　征集时间：2055-03-10 至 2055-04-09　　状态：● 征集中
        浏览 1526 次　　已有 37 人参与
        征集说明：为广泛听取社会各界意见建议，现将《樛江县义务教育优质均衡发展行动计划（2055—2057年）（征求意见稿）》全文公布，公众可在征集期内通过本页“我要留言”或电子邮件（yjzj_jyj@jj.example.gov.cn）提出意见建议。
        📄 征求意见稿全文
        樛江县义务教育优质均衡发展行动计划（2055—2057年）
        （征求意见稿）
        为推动县域义务教育从基本均衡迈向优质均衡，更好满足群众“上好学”需求，结合我县实际，制定本行动计划。
        一、总体目标
        到2057年，全县义务教育学校办学条件达标率达到100%，县级以上优质学校占比达到60%，教师交流轮岗比例达到15%以上；县域义务教育通过国家优质均衡发展督导评估。到2056年，全县义务教育学校集团化办学覆盖率达到85%。
        二、主要任务
        （一）扩充优质学位
        1.推进学校建设。三年新建、改扩建中小学8所，新增学位6000个，其中城区新增学位不少于3600个。2056年8月底前樛江县第五中学建成招生。（牵头单位：县教育局；配合单位：县自然资源局、县住建局）
        2.改善乡村学校条件。三年改造农村学校运动场20片，更新计算机教室40间。（牵头单位：县教育局；配合单位：县财政局）
        （二）提升教育质量
        1.深化教学改革。每学期开展课堂教学视导2轮，2055年10月底前出台《樛江县义务教育学校教学常规管理办法》。（牵头单位：县教育局）
        2.促进学生健康成长。学生每天校内体育活动时间不少于2小时，初中学生每天书面作业平均完成时间不超过90分钟。
        （三）建强教师队伍
        1.补足配齐教师。三年招聘义务教育学校教师360名左右，其中音体美教师不少于60名。（牵头单位：县教育局；配合单位：县委编办、县人社局）
        2.推进“县管校聘”改革。每年交流轮岗教师不少于150名，2055年12月底前出台《樛江县义务教育学校教师“县管校聘”管理办法》。（责任单位：县教育局、县人社局）
        三、实施步骤
        （一）启动部署阶段（2055年4月—6月）。制定年度推进计划，分解落实各项任务。
        （二）全面推进阶段（2055年7月—2056年12月）。各学校按计划推进各项任务，每学期开展阶段评估1次。
        （三）评估验收阶段（2057年1月—12月）。全面总结实施成效，迎接优质均衡发展督导评估。
        四、保障措施
        （一）加强组织领导。成立县义务教育优质均衡发展工作领导小组，每季度召开工作调度会1次。（牵头单位：县教育局）
        （二）加大经费投入。三年累计投入义务教育经费不少于12亿元。（牵头单位：县财政局）
        📎 附件：樛江县义务教育优质均衡发展行动计划（征求意见稿）.docx（32 KB）
        我要留言
        姓　　名：
        联系电话：
        留言内容：（请输入您的意见建议，500字以内）
        验 证 码：　　　　看不清？换一张
        【提交】　　【重置】
        温馨提示：您提交的个人信息仅用于本次意见征集，我们将依法予以保护。
        主办：樛江县人民政府办公室　　网站标识码：5611250003
        玥ICP备55020417号　　玥公网安备56112502000318号
        """

    /// A middle school's 2056年春季学期学校工作计划 (瑗原县实验中学) in a flip-book viewer of the school magazine 《瑗中教苑》 (卷云翻书): the viewer's title row, toolbar and page indicator; the
    /// magazine's running header with its folio above the title and at the top of pages 7 and 8; the introduction, "一、工作目标" over goal lines "1.name：…" (分别, 由上学期的…提高到…, a threshold in
    /// a name), "二、主要措施" with （一）…（三） titles alone over "1.lead。body" items (负责人 brackets, deadlines, counts of checks and tests held), "三、月工作安排" over month lines "2月：" … "7月：";
    /// the signature and date; the editor's credit, a photo caption and the viewer's two footer lines.
    static let middleSchoolTermPlanInSchoolMagazineFlipbook = """
        卷云翻书　｜　《瑗中教苑》2056年第1期（总第37期）
        ⏮ 首页　◀ 上一页　▶ 下一页　⏭ 尾页　｜　▦ 缩略图　🔍 搜索　⛶ 全屏　⤴ 分享
        第 6-7 页 / 共 40 页
        ·6·　瑗中教苑　2056年第1期
        瑗原县实验中学2056年春季学期学校工作计划
        本学期，学校以“提质量、强队伍、保安全”为重点，深化课堂教学改革，落实“双减”要求，推动学校内涵发展。
        一、工作目标
        1.教学质量目标：七年级、八年级期末学业质量检测合格率分别达到93%、91%，九年级模拟考试合格率达到96%以上，优秀率由上学期的30%提高到34%。
        2.德育工作目标：学生行为规范达标率达到98%，家长学校参训率达到95%以上。
        3.队伍建设目标：35周岁以下青年教师参加校级基本功比赛比例达到100%，新立项县级以上课题4项。
        二、主要措施
        （一）深化课堂教学改革
        1.推进“三段式”课堂。每名教师每学期上校级公开课不少于1节，行政人员每周听课不少于2节。4月底前举办“一课多磨”展示活动。（负责人：教务处主任）
        2.规范作业管理。初中学生每天书面作业平均完成时间不超过90分钟，作业公示率达到100%。
        计划与展望　·7·
        （二）加强德育和安全工作
        1.落实全员育人导师制。每名教师联系学生不少于10名，每名教师每学期家访不少于15户。（负责人：德育处主任）
        2.强化校园安全。每月开展校园安全隐患排查1次，3月底前完成全校消防设施检修。（负责人：总务处主任）
        （三）做好毕业年级备考
        1.精准分析学情。组织九年级模拟考试3次，九年级体育中考满分率达到50%以上。（负责人：九年级组长）
        ·8·　瑗中教苑　2056年第1期
        三、月工作安排
        2月：召开开学工作会议；开展开学安全检查。
        3月：组织学雷锋志愿服务活动。
        4月：举办“一课多磨”展示活动。
        5月：组织九年级第三次模拟考试。
        6月：做好中考考务工作；开展期末复习研讨。
        7月：组织期末学业质量检测。
        瑗原县实验中学
        2056年2月
        （责任编辑：龚一帆）
        ▲ 春季开学典礼上，同学们向国旗敬礼（摄影：校宣传中心）
        本作品由卷云翻书制作　　免费创建我的电子书 ›
        © 2056 卷云翻书　　玥ICP备56002148号
        """

    /// A district bureau's 2055年工作总结和2056年工作计划 (珦湖区教育局) in an AI assistant's document-reading view (问知 AI): the app's row, the file line, the tab row, the page marks "— 1 / 3 —"
    /// above the title, "— 2 / 3 —" and "— 3 / 3 —" inside the text; the introduction, "一、2055年工作总结" over "（N）lead。body" paragraphs (achieved figures, a fact with no deadline, a point
    /// rise beside its value, a rank), "二、存在的问题" over an "一是…" paragraph, "三、2056年工作计划" over "（一）主要目标。body" (由2055年的…提高到…), "（二）重点任务" over "1.lead。body" items and
    /// "（三）保障措施" over a paragraph; the signature and date; the AI panel's nine lines.
    static let districtSummaryAndPlanInAiAssistantDocumentView = """
        问知 AI　　｜　　新对话　　历史对话　　我的文档
        📄 珦湖区教育局2055年工作总结和2056年工作计划.docx　　38.2 KB　　✓ 已解析
        原文　｜　AI 解读　｜　思维导图
        — 1 / 3 —
        珦湖区教育局2055年工作总结和2056年工作计划
        2055年，全区教育系统坚持以人民为中心的发展思想，聚焦优质均衡，各项工作取得新进展。现将2055年工作总结和2056年工作计划报告如下。
        一、2055年工作总结
        （一）学位供给持续扩大。全年投入教育项目资金3.6亿元，新建、改扩建学校5所，新增学位2600个。珦湖区第八小学建成投用。
        （二）教育质量稳步提升。全区学前三年毛入园率达到98.1%，义务教育巩固率99.8%，普通高中本科上线率71.5%，较上年提高2.1个百分点。在全市教育质量综合评价中，我区排名第2位。
        （三）教师队伍持续优化。全年招聘新教师132名，其中研究生学历教师38名；区级以上骨干教师达到512名。
        — 2 / 3 —
        二、存在的问题
        一是城区优质学位供需矛盾依然突出；二是部分学科教师结构性短缺；三是学校特色发展不够均衡。
        三、2056年工作计划
        （一）主要目标。2056年，全区学前三年毛入园率保持在98%以上，义务教育巩固率达到99.9%；普通高中本科上线率由2055年的71.5%提高到73%。城区小学、初中平均班额分别控制在40人、45人以内。
        （二）重点任务
        1.扩大优质资源。新建、改扩建中小学幼儿园4所，新增学位2400个，其中城区新增学位不少于1600个。8月底前珦湖区第九小学建成招生。（责任科室：规划建设科）
        — 3 / 3 —
        2.提升教学质量。全区义务教育学业质量监测合格率达到94%以上，每学期开展教学视导2轮。（责任科室：教研室）
        3.加强教师培训。每名教师年度培训不少于80学时，新增区级名师20名、区级骨干教师90名。5月底前完成新一轮区级骨干教师评选。（责任科室：人事科）
        （三）保障措施
        全年教育经费投入不低于11.5亿元，确保教育经费“两个只增不减”。
        珦湖区教育局
        2056年1月15日
        ✨ 全文概要
        本文总结了珦湖区2055年在学位供给、教育质量和教师队伍方面的工作成效，分析了存在的问题，并提出2056年学前三年毛入园率保持在98%以上、新增学位2400个等目标和重点任务。
        📌 关键数据：2055年新增学位2600个　｜　普通高中本科上线率71.5%　｜　2056年计划新增学位2400个
        💬 你可以这样问我：
        · 2056年计划新建哪些学校？
        · 文中提到了哪些存在的问题？
        · 帮我把重点任务整理成表格
        有问题，尽管问我…　　　⏎ 发送
        内容由 AI 生成，请仔细甄别
        """

    /// A county bureau's 中小学教研提质实施方案（2056—2057年） (楀川县教育局) as the resource of a course section on a teacher-training platform (玥州教师研修网): the platform's row, the path, the
    /// section label "3.2　案例研读：…", the 学习要求 and 进度 lines; the title, the introduction, "一、工作目标" over a paragraph (全县, an aim after a "；", a "到2056年" sentence), "二、重点任务" with
    /// （一）…（三） titles alone over "1.lead。body" items (牵头单位/配合单位 brackets, a written-year deadline opening a sentence and one after a comma with no bracket, 其中, 每个, a count held),
    /// "三、保障措施" over "（N）lead。body" paragraphs; the signature and date; the 学完/笔记/收藏 row, 研讨交流 with two comments, the 上一节/下一节 lines and two footer lines.
    static let countyImplementationPlanAsCourseResourceOnTrainingPlatform = """
        玥州教师研修网　　｜　　我的学习　　课程中心　　研修社区　　个人空间　　［退出］
        当前位置：我的学习 ＞ 2056年县域教研员能力提升研修项目 ＞ 第3单元　区域教研制度建设
        3.2　案例研读：楀川县中小学教研提质实施方案
        学习要求：本节为必修资源，阅读时长不少于20分钟，学完可获得1学时。
        ⏱ 已学习 06:42 / 20:00　　　📊 本节进度 34%
        楀川县中小学教研提质实施方案（2056—2057年）
        为健全县域教研工作体系，充分发挥教研对提高教育质量的专业支撑作用，结合我县实际，制定本方案。
        一、工作目标
        到2057年，全县专职教研员达到48名，中小学校本教研活动开展率达到100%，县级以上优秀教研成果达到60项；县、片、校三级教研网络基本健全。到2056年，全县义务教育学校学科教研组长培训覆盖率达到100%。
        二、重点任务
        （一）健全教研队伍
        1.配齐专职教研员。新增专职教研员12名，其中学前教育教研员不少于2名。2056年6月底前出台《楀川县中小学教研员遴选管理办法》。（牵头单位：县教育局；配合单位：县委编办、县人社局）
        2.建设片区教研中心。建成片区教研中心6个，每个片区教研中心至少配备2名兼职教研员。（牵头单位：县教师发展中心）
        （二）改进教研方式
        1.推进主题教研。每所学校每学期开展主题教研活动不少于4次，每名教研员每学期深入课堂听课不少于40节。（牵头单位：县教师发展中心）
        2.推广数字教研。建成县级线上教研平台1个，2056年9月底前实现全县中小学线上教研全覆盖。
        （三）强化成果转化
        1.培育教研成果。遴选县级教研成果培育项目30项，其中农村学校项目不少于12项。（牵头单位：县教师发展中心；配合单位：各中小学）
        三、保障措施
        （一）加强经费保障。累计安排教研专项经费不少于1200万元。（牵头单位：县财政局）
        （二）健全考核机制。将教研工作纳入学校年度考核，每年开展教研工作专项督导1次。
        楀川县教育局
        2056年3月20日
        ✅ 我已学完本节　　　📝 写笔记　　　⭐ 收藏资源
        💬 研讨交流（2）
        樛江县教研室　龚晓芸：片区教研中心的做法很实用，我们县也准备试点。
        2056-04-12 10:21　　👍 6
        瑗原县实验中学　简明远：想了解线上教研平台的具体建设标准。
        2056-04-13 16:05　　👍 2
        ‹ 上一节：3.1　专题讲座：县域教研体系建设的路径与方法
        下一节：3.3　研讨任务：制定本校教研工作改进计划 ›
        主办：玥州省教师发展中心　　技术支持：知行研修科技有限公司
        玥ICP备56011870号　　客服电话：400-615-2056
        """

    static let expected: [ExpectedPlan] = [
        ExpectedPlan(
            name: "county bureau's 2056年工作计划 with a 工作目标 paragraph, （一）…（三） titles over 1.lead。body items and （N）lead。body 保障措施, as text recognised from three phone screenshots of an account's article, every paragraph broken at the screen's width",
            text: BlindFixtures50.countyWorkPlanOcrFromPhoneScreenshotsOfAccountArticle,
            headings: [
                (0, "一、工作目标"), (0, "二、重点任务"), (1, "（一）扩大优质学位供给"), (2, "1.推进学校建设"), (2, "2.深化集团化办学"), (1, "（二）提升教育教学质量"),
                (2, "1.深化课堂改革"), (2, "2.加强体育美育"), (1, "（三）建强教师队伍"), (2, "1.补充教师"), (2, "2.加强培训"), (0, "三、保障措施"), (1, "（一）加大经费投入"),
                (1, "（二）守牢安全底线"),
            ],
            indicators: [
                "学前三年毛入园率 ge 97% 2056 全县", "普惠性幼儿园覆盖率 eq 93% 2056 全县", "义务教育巩固率 eq 99.6% 2056 全县", "高中阶段毛入学率 eq 96% 2056 全县",
                "小学平均班额 le 42人 2056 城区", "初中平均班额 le 46人 2056 城区", "中小学生体质健康优良率 eq 63% 2056 全县 from 59", "新建、改扩建中小学幼儿园 eq 6所 2056 -",
                "新增学位 eq 3100个 2056 -", "新增学位 ge 700个 2056 琚口镇", "新组建城乡教育集团 eq 5个 2056 -", "集团化办学覆盖率 eq 88% 2056 -",
                "义务教育学校大单元教学实践覆盖率 eq 80% 2056 全县", "每名学生掌握艺术特长 ge 1-2项 2056 -", "学生每天校内体育活动时间 ge 2小时 2056 -",
                "招聘教师 approx 130名 2056 -", "紧缺学科教师 ge 45名 2056 -", "每名教师年度培训 ge 72学时 2056 -", "县级以上骨干教师 eq 450名 2056 -",
                "教育经费投入 ge 9.2亿元 2056 -", "生均公用经费标准 ge 980元 2056 -", "中小学幼儿园“一键报警”装置联网率 eq 100% 2056 -", "视频监控覆盖率 eq 100% 2056 -",
            ],
            notIndicators: ["2轮", "11届", "1次"],
            tasks: [
                ("琚溪县第三小学建成招生", "计划财务股", "2056-08"),
                ("深化集团化办学", "基础教育股", nil),
                ("深化课堂改革", "教研室", nil),
                ("举办全县第11届中小学生艺术展演", nil, "2056-05"),
                ("补充教师", "人事股", nil),
                ("完成全县中小学班主任能力提升培训", "人事股、教研室", "2056-06"),
                ("加大经费投入", "计划财务股", nil),
                ("守牢安全底线", "安全股", nil),
            ],
            noise: [
                "19:42　　　　　　　　　　5G　85%", "‹　　　　　琚溪教育　　　　　···", "琚溪教育　2056年2月26日 20:15　玥州", "19:42　　　　　　　　　　5G　85%",
                "‹　　　　　琚溪教育　　　　　···", "19:43　　　　　　　　　　5G　84%", "‹　　　　　琚溪教育　　　　　···", "— END —", "长按识别二维码　关注琚溪教育",
                "阅读 2836　　赞 41　　在看 12",
            ]),
        ExpectedPlan(
            name: "city bureau's 2056年工作要点 in 一、…四、 over 第一，lead。body points with a 分别 list of places and 城区 in a 其中 part, as the AI 文字稿 of a 直播回放 page with speaker-and-timestamp lines and the host's words",
            text: BlindFixtures50.cityKeyPointsAsLivestreamReplayTranscript,
            headings: [
                (0, "一、落实立德树人根本任务"), (1, "第一，加强思政课建设"), (1, "第二，促进学生全面发展"), (0, "二、推进基础教育扩优提质"), (1, "第一，扩大普惠学前资源"),
                (1, "第二，推动义务教育优质均衡"), (1, "第三，深化集团化办学"), (0, "三、深化教育综合改革"), (1, "第一，深化课堂教学改革"), (1, "第二，推进教育数字化"),
                (0, "四、建强教师队伍和保障体系"), (1, "第一，补充配强教师"), (1, "第二，加大经费投入"),
            ],
            indicators: [
                "中小学思政课专职教师配备率 eq 100% 2056 全市", "建设市级思政课名师工作室 eq 12个 2056 全市", "中小学生体质健康优良率 eq 67% 2056 -",
                "中小学生近视率 eq 0.5个百分点 2056 -", "每所中小学建设艺术社团 ge 2个 2056 -", "学前三年毛入园率 eq 98.2% 2056 全市", "普惠性幼儿园覆盖率 ge 95% 2056 全市",
                "新增普惠性学位 eq 900个 2056 珦湖区", "新增普惠性学位 eq 600个 2056 瑗原县", "新增普惠性学位 eq 450个 2056 楀川县", "新增义务教育学位 eq 1.3万个 2056 全市",
                "新增学位 ge 8000个 2056 城区", "小学平均班额 le 41人 2056 城区", "初中平均班额 le 46人 2056 城区", "新组建紧密型教育集团 eq 10个 2056 -",
                "义务教育集团化办学覆盖率 eq 90% 2056 -", "义务教育学业质量监测合格率 ge 94% 2056 全市", "中小学智慧校园达标率 eq 85% 2056 全市",
                "新增市级数字化应用标杆校 eq 30所 2056 全市", "招聘中小学幼儿园教师 approx 1100名 2056 -", "乡村学校教师 ge 380名 2056 -", "教育经费投入 ge 66亿元 2056 -",
            ],
            notIndicators: ["2轮", "15届"],
            tasks: [
                ("珦阳市第十二中学建成招生", nil, "2056-08"),
                ("举办全市第15届中小学青年教师教学技能大赛", nil, "2056-10"),
                ("完成全市中小学校园网络提速改造", nil, "2056"),
                ("完成全市教师招聘计划申报", nil, "2056-05"),
            ],
            noise: [
                "视频号　｜　直播回放", "珦阳教育发布　　＋ 关注", "【直播回放】珦阳市2056年教育工作要点新闻发布会", "2056-02-27 09:30 开播　·　时长 18:52　·　1.6万人看过",
                "📝 文字稿（AI 自动生成，仅供参考）　　📋 复制全文", "主持人　00:00:06",
                "各位网友，大家好！欢迎收看珦阳市2056年教育工作要点新闻发布会直播。下面请市教育局新闻发言人介绍今年全市教育工作要点。", "发言人 2　00:00:41",
                "发言人 2　00:04:26", "发言人 2　00:09:58", "发言人 2　00:13:40", "主持人　00:17:05", "感谢市教育局新闻发言人的介绍。本场发布会直播到此结束，欢迎继续关注珦阳教育发布。",
                "— 文字稿结束 —", "❤ 326　　💬 58　　⤴ 转发　　☆ 收藏", "评论 58", "琚溪家长小林：学位又增加了，期待第十二中学早日建成！",
                "瑗原教师阿杰：青年教师教学技能大赛什么时候开始报名？", "更多直播回放", "珦阳市2056年中考招生政策解读", "珦阳市中小学课后服务工作新闻发布会",
            ]),
        ExpectedPlan(
            name: "county bureau's 义务教育优质均衡发展行动计划（2055—2057年）（征求意见稿） with titles alone over 1.lead。body items under 牵头单位/配合单位 brackets and dated stages, on the county portal's 意见征集 page with its fields, 征集说明 and 留言 form",
            text: BlindFixtures50.countyActionPlanDraftOnPortalConsultationPage,
            headings: [
                (0, "一、总体目标"), (0, "二、主要任务"), (1, "（一）扩充优质学位"), (2, "1.推进学校建设"), (2, "2.改善乡村学校条件"), (1, "（二）提升教育质量"),
                (2, "1.深化教学改革"), (2, "2.促进学生健康成长"), (1, "（三）建强教师队伍"), (2, "1.补足配齐教师"), (2, "2.推进“县管校聘”改革"), (0, "三、实施步骤"),
                (1, "（一）启动部署阶段（2055年4月—6月）"), (1, "（二）全面推进阶段（2055年7月—2056年12月）"), (1, "（三）评估验收阶段（2057年1月—12月）"), (0, "四、保障措施"),
                (1, "（一）加强组织领导"), (1, "（二）加大经费投入"),
            ],
            indicators: [
                "义务教育学校办学条件达标率 eq 100% 2057 全县", "县级以上优质学校占比 eq 60% 2057 全县", "教师交流轮岗比例 ge 15% 2057 全县",
                "义务教育学校集团化办学覆盖率 eq 85% 2056 全县", "新建、改扩建中小学 eq 8所 2057 -", "新增学位 eq 6000个 2057 -", "新增学位 ge 3600个 2057 城区",
                "改造农村学校运动场 eq 20片 2057 -", "更新计算机教室 eq 40间 2057 -", "学生每天校内体育活动时间 ge 2小时 2057 -", "初中学生每天书面作业平均完成时间 le 90分钟 2057 -",
                "招聘义务教育学校教师 approx 360名 2057 -", "音体美教师 ge 60名 2057 -", "每年交流轮岗教师 ge 150名 2057 -", "累计投入义务教育经费 ge 12亿元 2057 -",
            ],
            notIndicators: ["2轮", "1次"],
            tasks: [
                ("樛江县第五中学建成招生", "县教育局", "2056-08"),
                ("改善乡村学校条件", "县教育局", nil),
                ("出台《樛江县义务教育学校教学常规管理办法》", "县教育局", "2055-10"),
                ("补足配齐教师", "县教育局", nil),
                ("出台《樛江县义务教育学校教师“县管校聘”管理办法》", "县教育局、县人社局", "2055-12"),
                ("制定年度推进计划", nil, "2055-06"),
                ("各学校按计划推进各项任务", nil, "2056-12"),
                ("全面总结实施成效", nil, "2057-12"),
                ("加强组织领导", "县教育局", nil),
                ("加大经费投入", "县财政局", nil),
            ],
            noise: [
                "樛江县人民政府　　｜　　政民互动", "首页　｜　政务公开　｜　政务服务　｜　政民互动　｜　走进樛江", "当前位置：首页 > 政民互动 > 意见征集",
                "征集主题：《樛江县义务教育优质均衡发展行动计划（2055—2057年）（征求意见稿）》公开征求意见",
                "征集单位：樛江县教育局　　征集时间：2055-03-10 至 2055-04-09　　状态：● 征集中", "浏览 1526 次　　已有 37 人参与",
                "征集说明：为广泛听取社会各界意见建议，现将《樛江县义务教育优质均衡发展行动计划（2055—2057年）（征求意见稿）》全文公布，公众可在征集期内通过本页“我要留言”或电子邮件（yjzj_jyj@jj.example.gov.cn）提出意见建议。",
                "📄 征求意见稿全文", "📎 附件：樛江县义务教育优质均衡发展行动计划（征求意见稿）.docx（32 KB）", "我要留言", "姓　　名：", "联系电话：",
                "留言内容：（请输入您的意见建议，500字以内）", "验 证 码：　　　　看不清？换一张", "【提交】　　【重置】",
                "温馨提示：您提交的个人信息仅用于本次意见征集，我们将依法予以保护。", "主办：樛江县人民政府办公室　　网站标识码：5611250003",
                "玥ICP备55020417号　　玥公网安备56112502000318号",
            ]),
        ExpectedPlan(
            name: "middle school's 2056年春季学期学校工作计划 with goal lines, （一）…（三） titles over 1.lead。body items under 负责人 brackets and month lines, in a flip-book viewer of the school magazine with its running headers and folios",
            text: BlindFixtures50.middleSchoolTermPlanInSchoolMagazineFlipbook,
            headings: [
                (0, "一、工作目标"), (1, "1.教学质量目标"), (1, "2.德育工作目标"), (1, "3.队伍建设目标"), (0, "二、主要措施"), (1, "（一）深化课堂教学改革"),
                (2, "1.推进“三段式”课堂"), (2, "2.规范作业管理"), (1, "（二）加强德育和安全工作"), (2, "1.落实全员育人导师制"), (2, "2.强化校园安全"),
                (1, "（三）做好毕业年级备考"), (2, "1.精准分析学情"), (0, "三、月工作安排"),
            ],
            indicators: [
                "七年级期末学业质量检测合格率 eq 93% 2056 -", "八年级期末学业质量检测合格率 eq 91% 2056 -", "九年级模拟考试合格率 ge 96% 2056 -", "优秀率 eq 34% 2056 - from 30",
                "学生行为规范达标率 eq 98% 2056 -", "家长学校参训率 ge 95% 2056 -", "35周岁以下青年教师参加校级基本功比赛比例 eq 100% 2056 -", "新立项县级以上课题 eq 4项 2056 -",
                "每名教师每学期上校级公开课 ge 1节 2056 -", "行政人员每周听课 ge 2节 2056 -", "初中学生每天书面作业平均完成时间 le 90分钟 2056 -", "作业公示率 eq 100% 2056 -",
                "每名教师联系学生 ge 10名 2056 -", "每名教师每学期家访 ge 15户 2056 -", "九年级体育中考满分率 ge 50% 2056 -",
            ],
            notIndicators: ["35周岁", "1次", "3次"],
            tasks: [
                ("举办“一课多磨”展示活动", "教务处主任", "2056-04"),
                ("落实全员育人导师制", "德育处主任", nil),
                ("完成全校消防设施检修", "总务处主任", "2056-03"),
                ("精准分析学情", "九年级组长", nil),
                ("召开开学工作会议", nil, "2056-02"),
                ("开展开学安全检查", nil, "2056-02"),
                ("组织学雷锋志愿服务活动", nil, "2056-03"),
                ("举办“一课多磨”展示活动", nil, "2056-04"),
                ("组织九年级第三次模拟考试", nil, "2056-05"),
                ("做好中考考务工作", nil, "2056-06"),
                ("开展期末复习研讨", nil, "2056-06"),
                ("组织期末学业质量检测", nil, "2056-07"),
            ],
            noise: [
                "卷云翻书　｜　《瑗中教苑》2056年第1期（总第37期）", "⏮ 首页　◀ 上一页　▶ 下一页　⏭ 尾页　｜　▦ 缩略图　🔍 搜索　⛶ 全屏　⤴ 分享", "第 6-7 页 / 共 40 页",
                "·6·　瑗中教苑　2056年第1期", "计划与展望　·7·", "·8·　瑗中教苑　2056年第1期", "（责任编辑：龚一帆）", "▲ 春季开学典礼上，同学们向国旗敬礼（摄影：校宣传中心）",
                "本作品由卷云翻书制作　　免费创建我的电子书 ›", "© 2056 卷云翻书　　玥ICP备56002148号",
            ]),
        ExpectedPlan(
            name: "district bureau's 2055年工作总结和2056年工作计划 with （N）lead。body paragraphs, an 一是 problems paragraph and a 计划 of （一）主要目标。body, （二）重点任务 over 1.lead。body items and （三）保障措施, in an AI assistant's document-reading view with page marks and an AI panel",
            text: BlindFixtures50.districtSummaryAndPlanInAiAssistantDocumentView,
            headings: [
                (0, "一、2055年工作总结"), (1, "（一）学位供给持续扩大"), (1, "（二）教育质量稳步提升"), (1, "（三）教师队伍持续优化"), (0, "二、存在的问题"), (0, "三、2056年工作计划"),
                (1, "（一）主要目标"), (1, "（二）重点任务"), (2, "1.扩大优质资源"), (2, "2.提升教学质量"), (2, "3.加强教师培训"), (1, "（三）保障措施"),
            ],
            indicators: [
                "投入教育项目资金 eq 3.6亿元 2055 -", "新建、改扩建学校 eq 5所 2055 -", "新增学位 eq 2600个 2055 -", "学前三年毛入园率 eq 98.1% 2055 全区",
                "义务教育巩固率 eq 99.8% 2055 全区", "普通高中本科上线率 eq 71.5% 2055 全区", "招聘新教师 eq 132名 2055 -", "研究生学历教师 eq 38名 2055 -",
                "区级以上骨干教师 eq 512名 2055 -", "学前三年毛入园率 ge 98% 2056 全区", "义务教育巩固率 eq 99.9% 2056 全区", "普通高中本科上线率 eq 73% 2056 全区 from 71.5@2055",
                "小学平均班额 le 40人 2056 城区", "初中平均班额 le 45人 2056 城区", "新建、改扩建中小学幼儿园 eq 4所 2056 -", "新增学位 eq 2400个 2056 -", "新增学位 ge 1600个 2056 城区",
                "义务教育学业质量监测合格率 ge 94% 2056 全区", "每名教师年度培训 ge 80学时 2056 -", "新增区级名师 eq 20名 2056 -", "区级骨干教师 eq 90名 2056 -",
                "教育经费投入 ge 11.5亿元 2056 -",
            ],
            notIndicators: ["2.1个百分点", "2位", "2轮"],
            tasks: [
                ("珦湖区第九小学建成招生", "规划建设科", "2056-08"),
                ("提升教学质量", "教研室", nil),
                ("完成新一轮区级骨干教师评选", "人事科", "2056-05"),
            ],
            noise: [
                "问知 AI　　｜　　新对话　　历史对话　　我的文档", "📄 珦湖区教育局2055年工作总结和2056年工作计划.docx　　38.2 KB　　✓ 已解析", "原文　｜　AI 解读　｜　思维导图",
                "— 1 / 3 —", "— 2 / 3 —", "— 3 / 3 —", "✨ 全文概要",
                "本文总结了珦湖区2055年在学位供给、教育质量和教师队伍方面的工作成效，分析了存在的问题，并提出2056年学前三年毛入园率保持在98%以上、新增学位2400个等目标和重点任务。",
                "📌 关键数据：2055年新增学位2600个　｜　普通高中本科上线率71.5%　｜　2056年计划新增学位2400个", "💬 你可以这样问我：", "· 2056年计划新建哪些学校？",
                "· 文中提到了哪些存在的问题？", "· 帮我把重点任务整理成表格", "有问题，尽管问我…　　　⏎ 发送", "内容由 AI 生成，请仔细甄别",
            ]),
        ExpectedPlan(
            name: "county bureau's 中小学教研提质实施方案（2056—2057年） with titles alone over 1.lead。body items under 牵头单位/配合单位 brackets, as a course section's resource on a teacher-training platform with its section label, progress line and 研讨 comments",
            text: BlindFixtures50.countyImplementationPlanAsCourseResourceOnTrainingPlatform,
            headings: [
                (0, "一、工作目标"), (0, "二、重点任务"), (1, "（一）健全教研队伍"), (2, "1.配齐专职教研员"), (2, "2.建设片区教研中心"), (1, "（二）改进教研方式"),
                (2, "1.推进主题教研"), (2, "2.推广数字教研"), (1, "（三）强化成果转化"), (2, "1.培育教研成果"), (0, "三、保障措施"), (1, "（一）加强经费保障"),
                (1, "（二）健全考核机制"),
            ],
            indicators: [
                "专职教研员 eq 48名 2057 全县", "中小学校本教研活动开展率 eq 100% 2057 全县", "县级以上优秀教研成果 eq 60项 2057 全县",
                "义务教育学校学科教研组长培训覆盖率 eq 100% 2056 全县", "新增专职教研员 eq 12名 2057 -", "学前教育教研员 ge 2名 2057 -", "建成片区教研中心 eq 6个 2057 -",
                "每个片区教研中心配备兼职教研员 ge 2名 2057 -", "每名教研员每学期深入课堂听课 ge 40节 2057 -", "建成县级线上教研平台 eq 1个 2057 -",
                "遴选县级教研成果培育项目 eq 30项 2057 -", "农村学校项目 ge 12项 2057 -", "累计安排教研专项经费 ge 1200万元 2057 -",
            ],
            notIndicators: ["4次", "1次"],
            tasks: [
                ("出台《楀川县中小学教研员遴选管理办法》", "县教育局", "2056-06"),
                ("建设片区教研中心", "县教师发展中心", nil),
                ("推进主题教研", "县教师发展中心", nil),
                ("实现全县中小学线上教研全覆盖", nil, "2056-09"),
                ("培育教研成果", "县教师发展中心", nil),
                ("加强经费保障", "县财政局", nil),
            ],
            noise: [
                "玥州教师研修网　　｜　　我的学习　　课程中心　　研修社区　　个人空间　　［退出］", "当前位置：我的学习 ＞ 2056年县域教研员能力提升研修项目 ＞ 第3单元　区域教研制度建设",
                "3.2　案例研读：楀川县中小学教研提质实施方案", "学习要求：本节为必修资源，阅读时长不少于20分钟，学完可获得1学时。", "⏱ 已学习 06:42 / 20:00　　　📊 本节进度 34%",
                "✅ 我已学完本节　　　📝 写笔记　　　⭐ 收藏资源", "💬 研讨交流（2）", "樛江县教研室　龚晓芸：片区教研中心的做法很实用，我们县也准备试点。", "2056-04-12 10:21　　👍 6",
                "瑗原县实验中学　简明远：想了解线上教研平台的具体建设标准。", "2056-04-13 16:05　　👍 2", "‹ 上一节：3.1　专题讲座：县域教研体系建设的路径与方法",
                "下一节：3.3　研讨任务：制定本校教研工作改进计划 ›", "主办：玥州省教师发展中心　　技术支持：知行研修科技有限公司", "玥ICP备56011870号　　客服电话：400-615-2056",
            ]),
    ]
}
