import Foundation
import Testing
@testable import PlanImport

/// One blind set: plans written, with their expectations, by someone who had not read the importer and before it had
/// ever run on them, and the score it got then.
struct BlindSet: CustomStringConvertible, Sendable {
    var number: Int
    var fixtures: [ExpectedPlan]
    /// The first, blind score (the honest measure of how the importer does on documents it has never seen; the README
    /// and the closing notes report them).
    var firstScore: String
    var description: String { "blind set \(number) (first score: \(firstScore))" }
}

/// The blind sets, each scored on its own. The importer was fixed on what each set showed after its first score; the
/// issue's bounds keep it from sliding back, and every set's noise must be dropped exactly (`ScoringTests.run`).
struct BlindScoringTests {
    static let sets: [BlindSet] = [
        BlindSet(number: 1, fixtures: BlindFixtures.expected, firstScore: "headings 85/86, indicators 79/105, tasks 14/26"),
        BlindSet(number: 2, fixtures: BlindFixtures2.expected, firstScore: "headings 63/65, indicators 50/63, tasks 7/18"),
        BlindSet(number: 3, fixtures: BlindFixtures3.expected, firstScore: "headings 70/77, indicators 93/116, tasks 18/32"),
        BlindSet(number: 4, fixtures: BlindFixtures4.expected, firstScore: "headings 79/117, indicators 84/122, tasks 11/36"),
        BlindSet(number: 5, fixtures: BlindFixtures5.expected,
                 firstScore: "typical plans: headings 112/112, indicators 112/117, tasks 31/31, noise 27 of 31 lines"),
        BlindSet(number: 6, fixtures: BlindFixtures6.expected,
                 firstScore: "typical plans: headings 96/96, indicators 123/123 (one extra), tasks 33/33, noise 42 of 48 lines"),
        BlindSet(number: 7, fixtures: BlindFixtures7.expected,
                 firstScore: "typical plans with six sites' furniture: headings 106/106, indicators 116/116, tasks 28/31, noise 55 of 76 lines"),
        BlindSet(number: 8, fixtures: BlindFixtures8.expected,
                 firstScore: "typical plans from six more kinds of site: headings 104/104, indicators 110/111, tasks 31/31, noise 58 of 78 lines"),
        BlindSet(number: 9, fixtures: BlindFixtures9.expected,
                 firstScore: "typical plans, furniture of six more layouts: headings 99/99, indicators 116/116, tasks 28/31, noise 58 of 72 lines"),
        BlindSet(number: 10, fixtures: BlindFixtures10.expected,
                 firstScore: "typical plans on six new kinds of site, after the page-layout rules: headings 105/105 (4 extra), indicators 109/114, tasks 33/33 (1 extra), noise 100 of 128 lines"),
        BlindSet(number: 11, fixtures: BlindFixtures11.expected,
                 firstScore: "typical plans as a column, a blog, an office announcement, a forwarded mail, an office system's print view and a gazette PDF: headings 104/104, indicators 90/109, tasks 31/31 (1 extra), noise about 96 of 156 lines"),
        BlindSet(number: 12, fixtures: BlindFixtures12.expected,
                 firstScore: "typical plans from the six most common sources: headings 94/94 (2 extra), indicators 91/93, tasks 29/30 (1 extra), noise 113 of 118 lines, and two lines of a document's red head and 版记 dropped"),
        BlindSet(number: 13, fixtures: BlindFixtures13.expected,
                 firstScore: "typical plans from the six most common sources, other designs: headings 99/99, indicators 100/105, tasks 31/31, noise 104 of 109 lines, nothing of a plan dropped"),
        BlindSet(number: 14, fixtures: BlindFixtures14.expected,
                 firstScore: "typical plans from the same six kinds of source, third designs: headings 92/92, indicators 85/86 (1 extra), tasks 31/32 (1 extra), noise 89 of 105 lines, and a school's signature dropped"),
        BlindSet(number: 15, fixtures: BlindFixtures15.expected,
                 firstScore: "typical plans from the same six kinds of source, fourth designs: headings 97/97 (3 extra), indicators 115/122 (4 extra), tasks 41/42, noise 101 of 118 lines, nothing of a plan dropped"),
        BlindSet(number: 16, fixtures: BlindFixtures16.expected,
                 firstScore: "typical plans from the same six kinds of source, fifth designs, with kinds of furniture no set had used: headings 110/113 (5 extra), indicators 136/139, tasks 44/48 (4 extra), noise 93 of 126 lines, nothing of a plan dropped"),
        BlindSet(number: 17, fixtures: BlindFixtures17.expected,
                 firstScore: "typical plans from the same six kinds of source, sixth designs: headings 123/123, indicators 140/147 (3 extra), tasks 35/49 (6 extra), noise 94 of 122 lines, and a notice's own 文号 dropped (the same line is the page header of its later pages)"),
        BlindSet(number: 18, fixtures: BlindFixtures18.expected,
                 firstScore: "typical plans from the same six kinds of source, seventh designs: headings 130/130, indicators 116/120 (1 extra), tasks 42/57 (5 extra), noise 101 of 120 lines, nothing of a plan dropped"),
        BlindSet(number: 19, fixtures: BlindFixtures19.expected,
                 firstScore: "typical plans from the same six kinds of source, eighth designs: headings 117/117, indicators 97/109 (5 extra), tasks 29/39 (3 extra), noise 104 of 117 lines, nothing of a plan dropped"),
        BlindSet(number: 20, fixtures: BlindFixtures20.expected,
                 firstScore: "typical plans from the same six kinds of source, ninth designs: headings 112/112 (6 extra), indicators 116/120 (2 extra), tasks 35/46, noise 105 of 117 lines, nothing of a plan dropped"),
        BlindSet(number: 21, fixtures: BlindFixtures21.expected,
                 firstScore: "typical plans from the same six kinds of source, tenth designs: headings 75/75, indicators 80/81, tasks 36/37 (2 extra), noise 66 of 76 lines, nothing of a plan dropped"),
        BlindSet(number: 22, fixtures: BlindFixtures22.expected,
                 firstScore: "typical plans from the same six kinds of source, eleventh designs: headings 88/88 (6 extra), indicators 76/81 (2 extra), tasks 45/45 (2 extra), noise 73 of 87 lines (two more dropped as one line the line repair had joined), nothing of a plan dropped"),
        BlindSet(number: 23, fixtures: BlindFixtures23.expected,
                 firstScore: "typical plans from the same six kinds of source, twelfth designs: headings 113/113 (3 extra), indicators 94/97 (2 extra), tasks 49/58 (1 extra; 48/57 with 2 extra as written), noise 90 of 95 lines, one line of a plan dropped (a date line)"),
        BlindSet(number: 24, fixtures: BlindFixtures24.expected,
                 firstScore: "typical plans from six kinds of source, thirteenth designs: headings 113/114 (13 extra), indicators 118/122 (1 extra), tasks 41/56 (3 extra), noise 83 of 93 lines, nothing of a plan dropped"),
        BlindSet(number: 25, fixtures: BlindFixtures25.expected,
                 firstScore: "the most ordinary plans from six common sources, fourteenth designs: headings 134/134, indicators 119/121, tasks 48/48, noise 85 of 90 lines, nothing of a plan dropped"),
        BlindSet(number: 26, fixtures: BlindFixtures26.expected,
                 firstScore: "ordinary plans in structures the earlier sets used less from six kinds of source, fifteenth designs: headings 146/152 (2 extra), indicators 94/153 (55 extra: two multi-year plans read for the wrong year), tasks 46/57 (11 extra), noise 103 of 115 lines, one line of a plan dropped (a decimal outline's first heading)"),
        BlindSet(number: 27, fixtures: BlindFixtures27.expected,
                 firstScore: "the most ordinary plans from six kinds of source, sixteenth designs: headings 165/165 (1 extra: a 专栏 title the expectation left out against sets 1, 3 and 6, corrected to 166/166), indicators 166/185 (19 extra: a 学年度 plan read for the wrong year), tasks 59/82 (24 extra), noise 85 of 100 lines, nothing of a plan dropped"),
        BlindSet(number: 28, fixtures: BlindFixtures28.expected,
                 firstScore: "ordinary plans in structures the earlier sets used less from six kinds of source, seventeenth designs: headings 131/131, indicators 152/155 (2 extra: two lists of names sharing one value read as one name), tasks 67/79 (13 extra: eleven of a 学年度 plan's second-term months read for the year the 学年 begins), noise 94 of 105 lines, nothing of a plan dropped"),
        BlindSet(number: 29, fixtures: BlindFixtures29.expected,
                 firstScore: "plans in structures the earlier sets used less from six kinds of source, eighteenth designs: headings 92/92 (9 extra: a Word 目录's entries), indicators 118/122, tasks 35/36 (2 extra: an owner bracket the PDF set on its own line), noise 53 of 77 lines, one line of a plan dropped (a PDF's first line of the opening paragraph)"),
        BlindSet(number: 30, fixtures: BlindFixtures30.expected,
                 firstScore: "the most ordinary plans from six common sources, nineteenth designs: headings 105/105, indicators 120/120, tasks 48/49, noise 69 of 78 lines, nothing of a plan dropped"),
        BlindSet(number: 31, fixtures: BlindFixtures31.expected,
                 firstScore: "the most ordinary plans from six common sources, twentieth designs: headings 102/102, indicators 122/122, tasks 52/52 (1 extra: a deadline in the author's reply to a comment), noise 76 of 84 lines, one line of a plan dropped (a document's title under its file's star rating)"),
        BlindSet(number: 32, fixtures: BlindFixtures32.expected,
                 firstScore: "the most ordinary plans from six common sources, twenty-first designs: headings 109/110 (11 extra: a 学年 schedule's dated lines and a Word paste's footnotes), indicators 119/120 (1 extra: a footnote's threshold), tasks 58/68 (a 学年 schedule whose lines write their years), noise 79 of 89 lines, two lines of a plan dropped (a task-table row, a signature under a forum post)"),
        BlindSet(number: 33, fixtures: BlindFixtures33.expected,
                 firstScore: "the most ordinary plans from six common sources, twenty-second designs: headings 100/100, indicators 120/122, tasks 58/60 (3 extra: two items' lead phrases in place of their dated actions, a target with 至少 before its verb), noise 98 of 104 lines, one line of a plan dropped (a county plan's signature date)"),
        BlindSet(number: 34, fixtures: BlindFixtures34.expected,
                 firstScore: "the most ordinary plans from six common sources, twenty-third designs: headings 89/89, indicators 106/106, tasks 46/46 (1 extra: a news app's lead naming the plan's issue), noise 78 of 82 lines, nothing of a plan dropped"),
        BlindSet(number: 35, fixtures: BlindFixtures35.expected,
                 firstScore: "the most ordinary plans from six common sources, twenty-fourth designs: headings 88/88, indicators 98/99 (a value a PDF's page break cut from its name), tasks 42/42, noise 74 of 77 lines, one line of a plan dropped (a teaching group's signature under a forum post)"),
        BlindSet(number: 36, fixtures: BlindFixtures36.expected,
                 firstScore: "the most ordinary plans from six common sources, twenty-fifth designs: headings 93/93, indicators 99/100 (1 extra: 城区 of a list carried to the clause after it), tasks 47/47, noise 64 of 68 lines, nothing of a plan dropped"),
        BlindSet(number: 37, fixtures: BlindFixtures37.expected,
                 firstScore: "the most ordinary plans from six common sources, twenty-sixth designs: headings 82/82, indicators 87/87, tasks 36/36, noise 61 of 72 lines, nothing of a plan dropped (after one expectation was brought back to set 28's reading)"),
        BlindSet(number: 38, fixtures: BlindFixtures38.expected,
                 firstScore: "the most ordinary plans from six common sources, twenty-seventh designs: headings 78/78, indicators 86/88 (counts after 维修 and 联系), tasks 34/34, noise 73 of 80 lines, nothing of a plan dropped"),
        BlindSet(number: 39, fixtures: BlindFixtures39.expected,
                 firstScore: "the most ordinary plans from six common sources, twenty-eighth designs: headings 77/77, indicators 73/73, tasks 33/33, noise 82 of 83 lines, nothing of a plan dropped"),
        BlindSet(number: 40, fixtures: BlindFixtures40.expected,
                 firstScore: "the most ordinary plans from six common sources, twenty-ninth designs: headings 81/81 (2 extra: a reader's note line and the sentence above it), indicators 104/104, tasks 46/46, noise 79 of 91 lines (print margins, chat senders, a reply's thanks, a reader's note), nothing of a plan dropped"),
        BlindSet(number: 41, fixtures: BlindFixtures41.expected,
                 firstScore: "the most ordinary plans from six common sources, thirtieth designs: headings 97/97, indicators 106/106, tasks 43/43, noise 95 of 99 lines (a viewer's toolbar, two 【推荐】 links, a 【评论】 bubble), nothing of a plan dropped"),
        BlindSet(number: 42, fixtures: BlindFixtures42.expected,
                 firstScore: "ordinary plans in the structures the earlier sets used less (a 总结 with the next year's 计划 numbered straight through, a five-year plan with indicator and project boxes, traditional characters with pinyin and English glosses, lead lines ending in a colon over title lines, a decimal outline with tabs, task and month tables): one plan refused (no numbered heading: the colon lines were not read as its parts); headings 65/104, indicators 93/120, tasks 31/49 with that plan counted as nothing; 3 furniture lines kept and a title line under the contents dropped"),
        BlindSet(number: 43, fixtures: BlindFixtures43.expected,
                 firstScore: "the most ordinary plans from six common sources, thirty-first designs: headings 92/92, indicators 104/106 (a stock in 万条, a count after 开通), tasks 48/48, noise 77 of 88 lines (a Q&A question taken for the title, an office app's log fields, a running header taken for the title, preview marks, a hotline strip), nothing of a plan dropped"),
        BlindSet(number: 44, fixtures: BlindFixtures44.expected,
                 firstScore: "ordinary plans in more structures the ordinary sets used less (a 总结 and 打算 under part titles, 第一部分 parts, 【】 section labels with 一是… and ① items, an indicator table by year, a director's speech with 第一，… points, ■ over ◆ headings): one plan refused (the ■/◆ headings were no numbering); headings 72/98, indicators 84/98, tasks 31/35 with that plan counted as nothing; no furniture kept in the five read, a speech's speaker line dropped"),
        BlindSet(number: 45, fixtures: BlindFixtures45.expected,
                 firstScore: "the most ordinary plans from six common sources, thirty-second designs: headings 87/87, indicators 91/92 (a count of partners each school pairs with), tasks 41/41, noise 68 of 70 lines (a spaced running header taken for the title, a trial-reading prompt), a news app's headline (the plan's only title) dropped"),
        BlindSet(number: 46, fixtures: BlindFixtures46.expected,
                 firstScore: "ordinary plans in six more structures the ordinary sets used less (一是… paragraphs only, full-width dots and a title over two lines, 任务一： lines with an 附件 table, a dotted 目录 over 第一章 levels, a summary run into the plan, items numbered straight through): headings 72/72, indicators 74/88 (one plan's year: its period on a line under its title), tasks 28/28 (1 extra), noise 55 of 56 lines, nothing of a plan dropped"),
        BlindSet(number: 47, fixtures: BlindFixtures47.expected,
                 firstScore: "plans a county would import, in common but varied statements (verbless indicators and ranges, districts listed with 分别, 逐步达到/力争/不低于/以内, counts that are no indicators, tasks committed in sentences, a 总结和计划): headings 67/67, indicators 96/99 (three counts without a verb in a goal list), tasks 29/31 (deadlines by the day), noise 52 of 52 lines, nothing of a plan dropped"),
        BlindSet(number: 48, fixtures: BlindFixtures48.expected,
                 firstScore: "ordinary plans from six sources no set had shown, thirty-third designs (an RSS reader's article view, a search engine's 网页快照, a mobile browser's 阅读模式, a slide deck's outline, a 年鉴 database entry, a CMS's 编辑稿件 page): headings 78/78 (1 extra: a slide's 续 title), indicators 111/112 (4 extra), tasks 40/40 (1 extra), noise 57 of 73 lines (slide labels, a snapshot's highlight and disclaimer lines, a CMS's fields and 摘要, a yearbook's running heads, a picture line), nothing of a plan dropped"),
        BlindSet(number: 49, fixtures: BlindFixtures49.expected,
                 firstScore: "plans in six more structures of the long tail (第一章 chapters over 第一条 articles, five levels down to ①, a Markdown export, a task table whose cells wrap onto the next line, 第一篇 parts over 1） items, an outline app's export indented by spaces): two plans refused (the Markdown export and the indented outline); headings 57/100, indicators 58/88, tasks 17/36 with those counted as nothing; the articles read as text, the wrapped table's six tasks lost; noise exact in the four read"),
        BlindSet(number: 50, fixtures: BlindFixtures50.expected,
                 firstScore: "ordinary plans from six sources no set had shown, thirty-fourth designs (text recognised from phone screenshots, a livestream replay's AI transcript, a portal's 意见征集 page, a school magazine's flip-book, an AI assistant's reading view, a teacher-training course page): headings 71/84 (a course's section label taken for a heading above the plan), indicators 91/110 and tasks 37/43 (the screenshots' lines cut at the screen's width), noise 55 of 89 lines (a phone's bars, a transcript's speakers and host, a consultation's fields and form, an assistant's panel, a course's buttons and discussion, a folio), a screenshot's cut line dropped"),
        BlindSet(number: 51, fixtures: BlindFixtures51.expected,
                 firstScore: "plans in six more structures of the long tail (1-1 task numbers under 一、 parts, Ⅰ、 Roman parts, a 局务会议纪要 with 一要… requirements, A./B. sub-items, a 项目|内容 two-column table, 目标任务：/工作措施：/责任分工： paragraphs): one plan refused (the two-column table); headings 50/78, indicators 70/82, tasks 28/40 with it counted as nothing; no furniture kept, but the minutes' 出席/列席/记录 lines dropped"),
        BlindSet(number: 52, fixtures: BlindFixtures52.expected,
                 firstScore: "ordinary plans from six sources no set had shown, thirty-fifth designs (a 政务微博 长文, a 贴吧 thread's first post, an e-book reader's chapter, a 政协提案答复 page with the plan attached, a PDF from an online converter with a watermark on each page, a local TV station's news page with its 视频文稿): headings 75/75, indicators 80/80 (1 extra), tasks 41/41, noise 58 of 68 lines (a converter's stamp, a TV report's headline, anchor and reporter lines above the full text, an e-book reader's toolbar, thoughts counter, chapter end and next-chapter link), the 答复's salutation and body dropped"),
        BlindSet(number: 53, fixtures: BlindFixtures53.expected,
                 firstScore: "plans in six more structures of the long tail (（1） items straight through under 一、, 一是 lines as headings, 第一项 sections, A、B、C、 parts, 目标：/措施： lines over ● bullets, 指标名称：值 lines with an 附件 task table dated in Chinese numerals): one plan refused (the 第一项 sections); headings 33/51, indicators 42/61, tasks 15/28 with it counted as nothing; no furniture kept, a repeated 措施： label dropped"),
    ]

    @Test(arguments: sets) func aBlindSetHoldsTheIssuesBounds(_ set: BlindSet) throws {
        let total = try ScoringTests.run(set.fixtures, tag: "blind\(set.number) score")
        #expect(total.headings.recall >= 0.95)
        #expect(total.indicators.recall >= 0.9)
        #expect(total.indicators.precision >= 0.9)
        #expect(total.tasks.recall >= 0.9)
    }
}

/// The two copy artefacts `LineRepair` undoes, on their own.
struct LineRepairTests {
    /// Set 49: a task table whose cells wrapped onto the next line is put back together row by row, two units listed
    /// one per line in the owner cell with "、"; a numbered heading ends it; the measures column's figures are targets.
    @Test func aTaskTableWhoseCellsWrapIsJoinedRowByRow() throws {
        let lines = [
            "序号\t工作任务\t具体措施\t责任单位\t完成时限", "1\t改善农村学校", "办学条件\t改造农村学校运动场10片。\t县教育局\t2053年11月底前",
            "2\t补充配强教师队伍\t招聘教师120名；", "交流轮岗教师比例达到15%。\t县人社局", "县教育局\t2053年7月底前", "三、保障措施",
        ]
        #expect(LineRepair.joinWrappedRows(lines) == [
            "序号\t工作任务\t具体措施\t责任单位\t完成时限", "1\t改善农村学校办学条件\t改造农村学校运动场10片。\t县教育局\t2053年11月底前",
            "2\t补充配强教师队伍\t招聘教师120名；交流轮岗教师比例达到15%。\t县人社局、县教育局\t2053年7月底前", "三、保障措施",
        ])
        // A last row without its date cell keeps the paragraph after the table apart.
        let short = ["序号\t工作任务\t具体措施\t责任单位\t完成时限", "1\t加强学校安全管理\t每月开展隐患排查。\t县教育局", "全年安排专项资金不低于2亿元。"]
        #expect(LineRepair.joinWrappedRows(short) == short)
        let plan = try PlanTextParser.parse("某县2053年工作方案\n一、重点任务\n" + lines.joined(separator: "\n"))
        #expect(plan.allSections.flatMap(\.tasks).map { "\($0.title)|\($0.lead ?? "-")|\($0.due ?? "-")" }
                == ["改善农村学校办学条件|县教育局|2053-11", "补充配强教师队伍|县人社局|2053-07"])
        #expect(plan.allSections.flatMap(\.indicators).map { "\($0.name) \($0.value)\($0.unit)" }
                == ["改造农村学校运动场 10片", "招聘教师 120名", "交流轮岗教师比例 15%"])
    }

    @Test func aTablePastedOneCellPerLineBecomesRows() {
        let lines = ["指标", "2020年", "2025年", "属性", "学前三年毛入园率（%）", "90", "≥95", "预期性", "二、主要任务"]
        #expect(LineRepair.repair(lines) == ["指标\t2020年\t2025年\t属性", "学前三年毛入园率（%）\t90\t≥95\t预期性", "二、主要任务"])
        // A run of short lines that is no table stays as it is.
        let plain = ["指标", "学前教育", "义务教育"]
        #expect(LineRepair.repair(plain) == plain)
    }

    @Test func hardWrappedLinesAreJoinedOnlyWhereTheDocumentIsWrapped() {
        let wrapped = [
            "全县学前三年毛入园率达到96%以上，普惠性幼儿园覆盖率达到9",
            "2%，义务教育巩固率保持在99.5%以上，高中阶段毛入学率达",
            "到95%。",
            "（一）扩大优质教育资源。2025年9月底前建成城东幼儿园并投",
            "入使用，新增学位540个。",
        ]
        #expect(LineRepair.repair(wrapped) == [wrapped[0] + wrapped[1] + wrapped[2], wrapped[3] + wrapped[4]])
        // Whole paragraphs and short headings: nothing is joined.
        let whole = ["一、工作目标", "学前教育", "全县学前三年毛入园率达到96%以上。", "二、主要任务"]
        #expect(LineRepair.repair(whole) == whole)
        // A viewer's watermark at the foot of every page, the same width each time, is no wrapped text: it is not joined
        // to the line after it (set 22).
        let mark = "某某文库 · 仅供用户 138****5621 阅读 · 禁止转载"
        let pages = ["一、工作目标", "全县课堂达标率达到80%以上。", mark, "二、主要工作", "加强教研。", mark, "三、保障措施", mark, "📖 您已阅读完本文档全部 3 页"]
        #expect(LineRepair.repair(pages) == pages)
    }

    /// Set 29: a PDF's goal line "（一）名称：…，…" is a sentence the page may cut; a wide line with a clause behind a comma
    /// is cut however its digits narrowed it; an owner bracket on a line of its own closes the item above. A numbered
    /// heading with a comma, and an owner bracket after a heading, stay on their lines.
    @Test func aPdfsGoalLinesOpeningLinesAndOwnerBracketsAreJoined() {
        let wrapped = [
            "本学期，我园以《3-6岁儿童学习与发展指南》为引领，坚持保教并重，扎实推进",
            "课程游戏化建设，努力办好人民满意的学前教育。全园现有教学班12个，在园幼儿386名，",
            "教职工52名。",
            "（一）保育目标：幼儿体检率、预防接种查验率均达到100%，幼儿肥胖率控制在5%以",
            "内，幼儿每天户外活动时间不少于2小时。",
            "1.规范卫生保健。严格落实晨午检和全日观察制度，每月开展卫生消毒专项检查1次，传染",
            "病报告及时率达到100%。",
            "2.促进专业成长。每名教师每学期观摩学习不少于15节，11月底前举办青年教师讲故事比赛。",
            "（负责人：业务园长、教研组长）",
            "（二）立德树人，加强德育工作",
            "（负责人：德育主任）",
        ]
        #expect(LineRepair.repair(wrapped) == [
            wrapped[0] + wrapped[1] + wrapped[2], wrapped[3] + wrapped[4], wrapped[5] + wrapped[6], wrapped[7] + wrapped[8],
            wrapped[9], wrapped[10],
        ])
        #expect(LineRepair.isNumberedHeading("（一）目标：扩优提质"))
        #expect(!LineRepair.isNumberedHeading("（一）保育目标：幼儿体检率达到100%，肥胖率控制在5%以"))
    }
}
