import Testing
@testable import PlanImport

struct IndicatorExtractorTests {
    func extract(_ text: String, year: String? = nil) -> [ImportedIndicator] {
        IndicatorExtractor.extract(from: text, defaultYear: year)
    }

    func summary(_ list: [ImportedIndicator]) -> [String] {
        list.map { "\($0.name) \($0.comparator) \($0.value)\($0.valueMax.map { "-" + $0 } ?? "")\($0.unit) \($0.year ?? "-") \($0.scope ?? "-")" }
    }

    @Test func severalTargetsInOneSentenceShareItsYearAndScope() {
        let found = extract("到2025年,全市学前三年毛入园率达97%以上,普惠性幼儿园覆盖率达96%以上,公办园在园幼儿占比保持在52%以上。")
        #expect(summary(found) == [
            "学前三年毛入园率 ge 97% 2025 全市",
            "普惠性幼儿园覆盖率 ge 96% 2025 全市",
            "公办园在园幼儿占比 ge 52% 2025 全市",
        ])
        #expect(found.allSatisfy { $0.source == "到2025年,全市学前三年毛入园率达97%以上,普惠性幼儿园覆盖率达96%以上,公办园在园幼儿占比保持在52%以上。" })
    }

    /// Readings the blind sets 15–17 asked for: a target for each year of a list, a scope across a semicolon, a
    /// baseline named by its period, per-head lessons, names that keep their 能 and their shared words.
    @Test func readingsOfTheLaterBlindSets() {
        #expect(summary(extract("全县普通高中本科上线率2026年、2027年、2028年分别达到60%、63%、66%。", year: "2028")) == [
            "普通高中本科上线率 eq 60% 2026 全县", "普通高中本科上线率 eq 63% 2027 全县", "普通高中本科上线率 eq 66% 2028 全县",
        ])
        #expect(summary(extract("全县学前三年毛入园率达到95.6%；普通高中本科上线率63.8%。", year: "2025")) == [
            "学前三年毛入园率 eq 95.6% 2025 全县", "普通高中本科上线率 eq 63.8% 2025 全县",
        ])
        #expect(summary(extract("九年级学业水平考试优秀率由上学年的26%提高到30%。", year: "2026")).first == "九年级学业水平考试优秀率 eq 30% 2026 -")
        #expect(extract("九年级学业水平考试优秀率由上学年的26%提高到30%。").first?.baselineValue == "26")
        #expect(summary(extract("每名教研组长每学期上示范课不少于2节。", year: "2026")) == ["每名教研组长每学期上示范课 ge 2节 2026 -"])
        #expect(summary(extract("每名学生掌握运动技能不少于2项。", year: "2026")) == ["每名学生掌握运动技能 ge 2项 2026 -"])
        #expect(summary(extract("城区公办幼儿园、普惠性民办幼儿园平均班额分别控制在30人、32人以内。", year: "2028")) == [
            "公办幼儿园平均班额 le 30人 2028 城区", "普惠性民办幼儿园平均班额 le 32人 2028 城区",
        ])
        #expect(extract("组织全县学科竞赛9项。").isEmpty)
        // Set 28: names of a 均 list that each end in the last one's head word are whole names, however short.
        #expect(summary(extract("幼儿体检率、预防接种查验率均保持100%。", year: "2028")) == [
            "幼儿体检率 eq 100% 2028 -", "预防接种查验率 eq 100% 2028 -",
        ])
        #expect(summary(extract("中小学幼儿园封闭化管理达标率、护学岗设置率均达到100%。", year: "2028")) == [
            "中小学幼儿园封闭化管理达标率 eq 100% 2028 -", "护学岗设置率 eq 100% 2028 -",
        ])
    }

    /// Readings set 18 asked for: 市级 is a level, not a place; 聘请 counts; with whom an action is done is no part of
    /// its name; "每所…至少配备1名…" keeps who each count is for.
    @Test func readingsOfTheEighteenthSet() {
        #expect(summary(extract("推选市级优质课参赛教师不少于30名。", year: "2026")) == ["推选市级优质课参赛教师 ge 30名 2026 -"])
        #expect(summary(extract("聘请兼职教研员120名左右。", year: "2026")) == ["聘请兼职教研员 approx 120名 2026 -"])
        #expect(summary(extract("与县关工委、派出所等单位共建校外教育基地4个。", year: "2026")) == ["共建校外教育基地 eq 4个 2026 -"])
        #expect(summary(extract("每所中小学至少配备1名专职心理健康教师。", year: "2026")) == ["每所中小学配备专职心理健康教师 ge 1名 2026 -"])
    }

    @Test func readingsOfTheNineteenthSet() {
        #expect(summary(extract("低、中、高年级学生每学期课外阅读量分别不少于10万字、30万字、50万字。", year: "2026")) == [
            "低年级学生每学期课外阅读量 ge 10万字 2026 -", "中年级学生每学期课外阅读量 ge 30万字 2026 -",
            "高年级学生每学期课外阅读量 ge 50万字 2026 -",
        ])
        let moved = extract("全市学前三年毛入园率、普惠性幼儿园覆盖率分别由2025年的93.5%、91%提高到95%、93%，义务教育巩固率保持在99.6%以上。", year: "2026")
        #expect(summary(moved) == ["学前三年毛入园率 eq 95% 2026 全市", "普惠性幼儿园覆盖率 eq 93% 2026 全市", "义务教育巩固率 ge 99.6% 2026 全市"])
        #expect(moved.map { "\($0.baselineValue ?? "-")@\($0.baselineYear ?? "-")" } == ["93.5@2025", "91@2025", "-@-"])
        let stages = extract("小学、初中课后服务学生参与率分别由88%、82%提高到95%、90%。", year: "2026")
        #expect(summary(stages) == ["小学课后服务学生参与率 eq 95% 2026 -", "初中课后服务学生参与率 eq 90% 2026 -"])
        #expect(stages.map { "\($0.baselineValue ?? "-")@\($0.baselineYear ?? "-")" } == ["88@-", "82@-"])
        #expect(summary(extract("每名学生熟练掌握1至2项运动技能。", year: "2028")) == ["每名学生熟练掌握运动技能 ge 1-2项 2028 -"])
        #expect(extract("掌握2项技术。").isEmpty)
        #expect(summary(extract("随班就读学生5人以上的普通学校资源教室建设率达到100%。", year: "2026"))
                == ["随班就读学生5人以上的普通学校资源教室建设率 eq 100% 2026 -"])
        #expect(extract("全县现有中小学86所，在校学生5.4万人，体育、美育专任教师分别为612名、438名。", year: "2028").isEmpty)
    }

    @Test func readingsOfTheTwentiethSet() {
        #expect(summary(extract("全面推行一体化教学，每名教师每学期至少上1节校级研讨课。", year: "2028")) == ["每名教师每学期上校级研讨课 ge 1节 2028 -"])
        #expect(summary(extract("作业公示率达到100%，2026年9月底前修订《作业管理细则》。", year: "2028")) == ["作业公示率 eq 100% 2028 -"])
        #expect(summary(extract("市级以上优质数字教育资源总量达到1.2万件。", year: "2026")) == ["市级以上优质数字教育资源总量 eq 1.2万件 2026 -"])
        #expect(summary(extract("每所中小学互联网出口带宽不低于1000兆。", year: "2026")) == ["每所中小学互联网出口带宽 ge 1000兆 2026 -"])
        #expect(extract("目前，全市412所中小学已全部接入教育城域网，建成市级智慧校园示范校36所。", year: "2026").isEmpty)
    }

    @Test func everyFormOfTheIssue() {
        #expect(summary(extract("普惠性幼儿园覆盖率达到96%以上。")) == ["普惠性幼儿园覆盖率 ge 96% - -"])
        #expect(summary(extract("九年义务教育巩固率持续保持在99%以上。", year: "2025")) == ["九年义务教育巩固率 ge 99% 2025 -"])
        #expect(summary(extract("新建公办园6所。")) == ["新建公办园 eq 6所 - -"])
        #expect(summary(extract("全市补充教师1000人以上。")) == ["补充教师 ge 1000人 - 全市"])
        #expect(summary(extract("原则上交流教师的比例应达到交流对象的7%左右。")) == ["交流教师的比例 approx 7% - -"])
        #expect(summary(extract("2019年撤并学校XX所,完成义务教育学校撤并工作。")) == ["撤并学校 eq XX所 2019 -"])
    }

    @Test func placeholdersInEveryWriting() {
        for text in ["撤并学校XX所。", "撤并学校××所。", "撤并学校ＸＸ所。", "撤并学校xx所。", "撤并学校＿＿所。"] {
            let found = extract(text)
            #expect(found.count == 1 && found[0].value == "XX" && found[0].unit == "所", "\(text)")
        }
    }

    @Test func comparators() {
        #expect(extract("生均公用经费不低于600元。").first?.comparator == "ge")
        #expect(extract("每位教师每年校本培训不少于24学分。").first?.comparator == "ge")
        #expect(extract("大班额比例不超过5%。").first?.comparator == "le")
        #expect(extract("大班额比例控制在5%以内。").first?.comparator == "le")
        #expect(extract("近视率下降到30%以下。").first?.comparator == "le")
        #expect(extract("交流比例达到7%左右。").first?.comparator == "approx")
        #expect(extract("家长见面率达到100%。").first?.comparator == "eq")
    }

    @Test func decimalsAndUnits() {
        #expect(summary(extract("财政性教育经费占比达到4.5%。")) == ["财政性教育经费占比 eq 4.5% - -"])
        #expect(summary(extract("保证每年培训校长、教师2万人次以上。")) == ["每年培训校长、教师 ge 2万人次 - -"])
        #expect(summary(extract("新增幼儿园学位5000个。")) == ["新增幼儿园学位 eq 5000个 - -"])
        #expect(summary(extract("投入资金3.2亿元。")) == ["投入资金 eq 3.2亿元 - -"])
        #expect(summary(extract("普及率达到９８％以上。")) == ["普及率 ge 98% - -"])
    }

    @Test func severalCountsJoinedByEnumerationComma() {
        #expect(summary(extract("新建公办园6所、改扩建公办园10所。")) == ["新建公办园 eq 6所 - -", "改扩建公办园 eq 10所 - -"])
    }

    @Test func countiesAsScope() {
        let found = extract("力争实现龙凤区、让胡路区区域范围内全国校园足球特色学校占比达到60%。")
        #expect(summary(found) == ["全国校园足球特色学校占比 eq 60% - 龙凤区、让胡路区"])
        #expect(extract("肇州县入园率达到90%。").first?.scope == "肇州县")
    }

    @Test func numbersThatAreNotTargets() {
        for text in ["基本消除56人以上大班额。", "落实公办园年生均600元的公用经费财政拨款。", "研究撤并1-2所办学困难的一般高中。",
                     "使学生掌握1-3项体育技能。", "至少“1区1县”达优质均衡标准。", "完成40所B级学校提档升级任务。",
                     "继续执行中考体育100分。", "各县区至少自带1G互联网带宽流量并网。", "全县中考平均分位居全市第3名。",
                     "召开全县教育工作会议3次。", "举办教学开放周活动1次。", "区级骨干教师评选分值满分为100分。", "进入全省前10名。",
                     "全区共有各级各类学校86所，在校学生5.2万人。"] {
            #expect(extract(text).isEmpty, "\(text)")
        }
    }

    /// The shapes of issue 13, each as the text states it.
    @Test func indicatorsAsTheTextStatesThem() {
        let cases: [(String, [String])] = [
            ("小学、初中巩固率分别达到99%和98%。", ["小学巩固率 eq 99% - -", "初中巩固率 eq 98% - -"]),
            ("小学、初中、高中巩固率分别达86%、80%、41.1%。", ["小学巩固率 eq 86% - -", "初中巩固率 eq 80% - -", "高中巩固率 eq 41.1% - -"]),
            ("城区小学、初中大班额比例分别控制在3%、5%以内。", ["小学大班额比例 le 3% - 城区", "初中大班额比例 le 5% - 城区"]),
            ("龙湖区、东山县分别建成特色高中1所、2所。", ["建成特色高中 eq 1所 - 龙湖区", "建成特色高中 eq 2所 - 东山县"]),
            ("本科以上学历教师占比75%。", ["本科以上学历教师占比 eq 75% - -"]),
            ("校外培训机构压减率达到80%以上，课后服务覆盖率100%。", ["校外培训机构压减率 ge 80% - -", "课后服务覆盖率 eq 100% - -"]),
            ("每校配备心理健康教师1-2名。", ["每校配备心理健康教师 ge 1-2名 - -"]),
            ("公办园在园幼儿占比逐步达到55%。", ["公办园在园幼儿占比 eq 55% - -"]),
            ("高中阶段毛入学率力争达到96%。", ["高中阶段毛入学率 eq 96% - -"]),
            ("在职教师参赛率达到60%以上。", ["在职教师参赛率 ge 60% - -"]),
            ("应届毕业生就业率不低于95%。", ["应届毕业生就业率 ge 95% - -"]),
            ("2020年底前，全县学前三年毛入园率达到85%。", ["学前三年毛入园率 eq 85% 2020 全县"]),
            ("到2023年全市入园率达到90%，到2025年达到95%。", ["入园率 eq 90% 2023 全市", "入园率 eq 95% 2025 全市"]),
            ("到年底全市普惠性幼儿园覆盖率达到92%以上，其中城区达到90%以上。", ["普惠性幼儿园覆盖率 ge 92% - 全市", "普惠性幼儿园覆盖率 ge 90% - 城区"]),
            ("让胡路区学前三年毛入园率达到98%。", ["学前三年毛入园率 eq 98% - 让胡路区"]),
            ("普通高中本科上线率较上年提高2个百分点以上。", ["普通高中本科上线率 ge 2个百分点 - -"]),
            ("全市高中阶段教育毛入学率比2020年提高3个百分点。", ["高中阶段教育毛入学率 eq 3个百分点 - 全市"]),
            ("改造校舍12所。", ["改造校舍 eq 12所 - -"]),
            ("小学、初中适龄儿童入学率均达到100%。", ["小学适龄儿童入学率 eq 100% - -", "初中适龄儿童入学率 eq 100% - -"]),
            ("争创省级示范学校2所。", ["争创省级示范学校 eq 2所 - -"]),
            ("学生近视率每年降低0.5个百分点以上。", ["学生近视率 ge 0.5个百分点 - -"]),
            ("教师培训经费占公用经费的5%以上。", ["教师培训经费占公用经费 ge 5% - -"]),
            ("资助项目惠及学生3万余人。", ["资助项目惠及学生 ge 3万人 - -"]),
            ("高考本科上线人数力争突破1500人。", ["高考本科上线人数 ge 1500人 - -"]),
        ]
        for (text, expected) in cases {
            #expect(summary(extract(text)) == expected, "\(text)")
        }
    }

    @Test func baselinesAndTargets() {
        let found = extract("全县学前三年毛入园率由2020年的88.5%提高到95.2%。", year: "2024")
        #expect(summary(found) == ["学前三年毛入园率 eq 95.2% 2024 全县"])
        #expect(found.first?.baselineValue == "88.5")
        #expect(found.first?.baselineYear == "2020")
        let named = extract("学前三年毛入园率由2015年的82%提高到2020年的91.6%。", year: "2025")
        #expect(summary(named) == ["学前三年毛入园率 eq 91.6% 2020 -"])
        #expect(named.first?.baselineValue == "82")
        let bare = extract("专任教师中硕士研究生学历教师占比由8%提高到15%。")
        #expect(summary(bare) == ["专任教师中硕士研究生学历教师占比 eq 15% - -"])
        #expect(bare.first?.baselineValue == "8" && bare.first?.baselineYear == nil)
        let range = extract("每校配备心理健康教师1-2名。")
        #expect(range.first?.value == "1" && range.first?.valueMax == "2")
    }

    /// Set 29: people counted in the middle of the action that sends them, and projects approved (立项) counted as any
    /// other thing a plan sets up.
    @Test func peopleSentSomewhereAndProjectsApprovedAreCounted() {
        #expect(summary(extract("每年选派骨干教师120名赴乡村学校支教，送教下乡活动不少于30场次。")).first == "每年选派骨干教师赴乡村学校支教 eq 120名 - -")
        #expect(summary(extract("组织学生500人赴研学基地研学。")) == ["组织学生赴研学基地研学 eq 500人 - -"])
        #expect(summary(extract("立项市级规划课题150项左右，课题结题率不低于85%。")) == ["立项市级规划课题 approx 150项 - -", "课题结题率 ge 85% - -"])
        // A value after 赴 with more figures, or no counted action before it, is no such count.
        #expect(extract("骨干教师120名赴乡村学校支教。").isEmpty)
    }

    @Test func traditionalCharactersKeepTheirOwnText() {
        let found = extract("督導覆蓋率達到100%。培訓教師2萬人次以上。")
        #expect(summary(found) == ["督導覆蓋率 eq 100% - -", "培訓教師 ge 2萬人次 - -"])
    }

    /// Set 33: a floor written straight before the value after what is counted ("…研讨课至少1节") is ≥ like 不少于; "每个县（市、区）"
    /// keeps its bracket in the name of what each place is to have, and a target so read is no task; an event hosted
    /// for a higher level and a body founded with a partner by a month are the item's dated tasks, not its lead phrase.
    @Test func set33FloorsBeforeTheValueBracketedPlacesAndHostedOrJointWork() {
        #expect(summary(extract("每名教师每学期执教校级研讨课至少1节。", year: "2033")) == ["每名教师每学期执教校级研讨课 ge 1节 2033 -"])
        #expect(extract("每学期至少1次。", year: "2033").isEmpty)
        #expect(summary(extract("到2034年，全省每个县（市、区）至少建成1个特殊教育资源中心。", year: "2035"))
                == ["每个县（市、区）建成特殊教育资源中心 ge 1个 2034 全省"])
        #expect(TaskExtractor.extract(from: "到2034年，全省每个县（市、区）至少建成1个特殊教育资源中心。", heading: "", year: "2035").isEmpty)
        func tasks(_ text: String, _ heading: String) -> [String] {
            TaskExtractor.extract(from: text, heading: heading, year: "2033").map { "\($0.title)|\($0.lead ?? "-")|\($0.due ?? "-")" }
        }
        #expect(tasks("新建全民健身路径25条，10月底前承办全市第六届全民运动会篮球比赛。（责任股室：体育股）", "完善健身设施")
                == ["承办全市第六届全民运动会篮球比赛|体育股|2033-10"])
        #expect(tasks("新增合作企业15家，9月底前与某州汽车集团共建汽车产业学院。（责任部门：校企合作处）", "拓展校企合作")
                == ["与某州汽车集团共建汽车产业学院|校企合作处|2033-09"])
    }

    /// Set 46: in an owned item, a bare year opening a clause dates an action ("2048年开展中期评估") but only sets the
    /// year of a figure ("2048年，全县学前三年毛入园率达到96%", after a run-in summary's "2047年，…"): that is no task.
    @Test func set46ABareYearOverAFigureSetsATargetNotATask() {
        func tasks(_ text: String) -> [String] {
            TaskExtractor.extract(from: text, heading: "", year: "2048").map { "\($0.title)|\($0.lead ?? "-")|\($0.due ?? "-")" }
        }
        #expect(tasks("2047年，全县新建公办幼儿园2所，学前三年毛入园率达到94.6%。2048年，全县学前三年毛入园率达到96%。"
                      + "新建公办幼儿园3所，8月底前某县第四幼儿园建成开园。（责任股室：学前教育股）")
                == ["某县第四幼儿园建成开园|学前教育股|2048-08"])
        #expect(tasks("2048年开展义务教育质量监测结果运用试点。（责任股室：基础教育股）")
                == ["开展义务教育质量监测结果运用试点|基础教育股|2048"])
    }

    /// Set 47: units (a list of them) that are to report by a day ("…要于12月20日前报送…") commit to it; the clause whole,
    /// its date included, is the task (as sets 18 and 25 listed theirs), due that month. A day "前后" is no deadline.
    @Test func set47UnitsReportingByADay() {
        func tasks(_ text: String) -> [String] {
            TaskExtractor.extract(from: text, heading: "", year: "2049").map { "\($0.title)|\($0.lead ?? "-")|\($0.due ?? "-")" }
        }
        #expect(tasks("各乡镇中心学校、县直各学校要于12月20日前报送年度督导工作总结。")
                == ["各乡镇中心学校、县直各学校要于12月20日前报送年度督导工作总结|-|2049-12"])
        #expect(tasks("各县（市、区）于12月10日前报送工作总结。") == ["各县（市、区）于12月10日前报送工作总结|-|2049-12"])
        #expect(tasks("各学校于3月5日前后报送开学工作情况。").isEmpty)
    }

    /// Set 48: a deadline for issuing a document dates that task alone; a target after it keeps the plan's year.
    @Test func set48ADocumentsDeadlineDatesNoTarget() {
        #expect(summary(extract("2049年12月底前出台《某区中小学教师“区管校聘”管理办法》，每年交流轮岗教师不少于300名。", year: "2051"))
                == ["每年交流轮岗教师 ge 300名 2051 -"])
        #expect(summary(extract("2049年底前，全区教师交流轮岗比例达到15%。", year: "2051")) == ["教师交流轮岗比例 eq 15% 2049 全区"])
    }

    /// Set 49: the schools a group is to take in are counted as any other school it is to have.
    @Test func set49MembersAGroupTakesIn() {
        #expect(summary(extract("新组建紧密型教育集团8个，每个集团至少吸纳2所乡村学校。", year: "2053"))
                == ["新组建紧密型教育集团 eq 8个 2053 -", "每个集团吸纳乡村学校 ge 2所 2053 -"])
    }
}

struct IndicatorTableTests {
    @Test func headerRowsAndCells() throws {
        let columns = try #require(IndicatorTable.header("指标\t2020年\t2025年\t属性"))
        #expect(columns == IndicatorTable.Columns(name: 0, baseline: 1, baselineYear: "2020", target: 2, targetYear: "2025", count: 4))
        #expect(IndicatorTable.header("序号\t重点任务\t牵头单位") == nil)
        #expect(IndicatorTable.amount("95以上")! == ("95", "ge", ""))
        #expect(IndicatorTable.amount("≤5%")! == ("5", "le", "%"))
        #expect(IndicatorTable.amount("11.4年")! == ("11.4", "eq", "年"))
        #expect(IndicatorTable.amount("—") == nil)
        let row = try #require(IndicatorTable.indicator("1.学前三年毛入园率(%)\t90.5\t95以上\t预期性", columns: columns))
        #expect("\(row.name) \(row.comparator) \(row.value)\(row.unit) \(row.year ?? "-") \(row.baselineValue ?? "-")@\(row.baselineYear ?? "-")"
                == "学前三年毛入园率 ge 95% 2025 90.5@2020")
        #expect(IndicatorTable.indicator("一、普及水平", columns: columns) == nil)
    }
}

struct TaskExtractorTests {
    @Test func aTaskBrokenDownByCountyAndYear() {
        let tasks = TaskExtractor.extract(from: "有力推动县域义务教育优质均衡创建,确保肇州县2023年,龙凤区、大同区2024年达标迎检。", heading: "推动县域义务教育一体化发展")
        #expect(tasks.map { "\($0.county ?? "-") \($0.due ?? "-")" } == ["肇州县 2023", "龙凤区 2024", "大同区 2024"])
        #expect(tasks.allSatisfy { $0.title == "有力推动县域义务教育优质均衡创建，达标迎检" })
    }

    @Test func aTaskTableLine() {
        let tasks = TaskExtractor.extract(from: "加强经费保障（牵头单位：县教育局；责任单位：县财政局、县人社局；完成时限：2025年6月）。", heading: "保障措施")
        #expect(tasks == [ImportedTask(title: "加强经费保障", lead: "县教育局", partners: "县财政局、县人社局", due: "2025-06",
                                       source: "加强经费保障（牵头单位：县教育局；责任单位：县财政局、县人社局；完成时限：2025年6月）。")])
    }

    @Test func yearsWithoutCountiesAreNotTasks() {
        #expect(TaskExtractor.extract(from: "到2025年,全市学前三年毛入园率达97%以上。", heading: "").isEmpty)
        #expect(TaskExtractor.extract(from: "市委教工委、教育局党组把2019-2020年作为教育系统党建工作建设年。", heading: "").isEmpty)
        #expect(TaskExtractor.extract(from: "2019年海城市委把教育系统作为全市党建工作三大工程之一。", heading: "").isEmpty)
    }

    @Test func commitmentsWithADeadlineOrADocument() {
        let cases: [(String, [String])] = [
            ("到2019年9月，全市小学高年级实行语数分科教学。", ["全市小学高年级实行语数分科教学|2019-09"]),
            ("2025年9月前建成城东幼儿园并投入使用，新增学位360个。", ["建成城东幼儿园并投入使用|2025-09"]),
            ("编制《某区中小学布局专项规划（2021-2035年）》，2021年6月底前报区政府审定。", ["编制《某区中小学布局专项规划（2021-2035年）》|2021-06"]),
            ("实施幼小衔接攻坚行动，到2023年，实现幼小衔接实验园全覆盖。", ["实现幼小衔接实验园全覆盖|2023"]),
            ("完成40所B级学校提档升级任务。", ["完成40所B级学校提档升级任务|-"]),
            ("推进校舍改造，2025年底前全部完成。", ["推进校舍改造，全部完成|2025"]),
            ("建立教师培训经费保障机制，由县教育局牵头，县财政局配合，年底前完成。", ["建立教师培训经费保障机制，完成|2024"]),
            ("到2025年，全市学前三年毛入园率达97%以上。", []),
            ("2019年撤并学校XX所。", []),
            ("到2025年，现代职教体系更加完善。", []),
            ("依据《某市教育改革实施方案》，稳步开展工作。", []),
            ("作业设计案例征集参与率达到100%，5月底前汇编《某县优秀作业设计案例集》。", ["汇编《某县优秀作业设计案例集》|2024-05"]),
        ]
        for (text, expected) in cases {
            let tasks = TaskExtractor.extract(from: text, heading: "", year: "2024")
            #expect(tasks.map { "\($0.title)|\($0.due ?? "-")" } == expected, "\(text)")
        }
    }

    @Test func aWeekTableOfATerm() {
        let header = "周次\t起止日期\t主要工作\t负责部门"
        let rows = ["第2—3周\t3月2日—13日\t学生课外阅读启动；推门听课\t教导处、语文教研组", "第6周\t3月30日—4月3日\t青年教师优质课比赛\t教科室"]
        let tasks = TaskExtractor.extract(heading: "三、周次安排", paragraphs: [header] + rows, year: "2026")
        #expect(tasks.map { "\($0.title)|\($0.lead ?? "-")|\($0.due ?? "-")" }
                == ["学生课外阅读启动；推门听课|教导处|2026-03", "青年教师优质课比赛|教科室|2026-04"])
        #expect(TaskTable.rangeEnd("5月18日—6月5日") == 6)
        #expect(TaskTable.rangeEnd("2月") == nil)
    }

    @Test func aSummaryCommitsToNothing() {
        #expect(PlanTextParser.isSummaryHeading("一、2025年工作总结"))
        #expect(!PlanTextParser.isSummaryHeading("枞口镇中心学校2025年工作总结和2026年工作计划"))
        #expect(TaskExtractor.extract(from: "樗山县2026年教育督导重点工作任务清单", heading: "").isEmpty)
        let enrolment = TaskExtractor.extract(from: "新增学前特教学位30个。9月底前区特殊教育学校职业高中部开班招生。（责任单位：区教育局、区残联）",
                                              heading: "发展学前和高中段特殊教育", year: "2026")
        #expect(enrolment.map { "\($0.title)|\($0.lead ?? "-")|\($0.due ?? "-")" } == ["区特殊教育学校职业高中部开班招生|区教育局、区残联|2026-09"])
    }

    @Test func ownersNamedInTheSentence() {
        let tasks = TaskExtractor.extract(from: "建立教师培训经费保障机制，由县教育局牵头，县财政局配合，年底前完成。", heading: "", year: "2025")
        #expect(tasks.map { "\($0.lead ?? "-")|\($0.partners ?? "-")|\($0.due ?? "-")" } == ["县教育局|县财政局|2025"])
        #expect(Commitments.owner("由区政府分管领导任组长") == nil)
        #expect(Commitments.owner("学校党组织书记是第一责任人") == nil)
    }

    @Test func labelsOwnTheSentenceTheyCloseOrTheItem() {
        let inSentence = TaskExtractor.extract(from: "招聘教师150人。编制《某县教师队伍建设规划》（责任单位：县教育局人事股；完成时限：2025年6月）。", heading: "加强教师队伍建设")
        #expect(inSentence.map { "\($0.title)|\($0.lead ?? "-")|\($0.due ?? "-")" } == ["编制《某县教师队伍建设规划》|县教育局人事股|2025-06"])
        let afterItem = TaskExtractor.extract(from: "严格落实第一议题制度，深入开展党纪学习教育。（牵头处室：机关党委）", heading: "加强党的政治建设")
        #expect(afterItem.map { "\($0.title)|\($0.lead ?? "-")" } == ["加强党的政治建设|机关党委"])
    }

    @Test func dueDates() {
        #expect(TaskExtractor.parseDue("2025年底前") == "2025")
        #expect(TaskExtractor.parseDue("2025年6月30日") == "2025-06-30")
        #expect(TaskExtractor.parseDue("长期坚持") == nil)
    }
}

struct TaskTableTests {
    @Test func aPastedTaskBreakdownTable() throws {
        let text = """
            2025年工作要点
            一、重点任务分解
            任务分解表如下。
            序号\t重点任务\t牵头单位\t责任单位\t完成时限
            1\t新建城区幼儿园\t县教育局\t县住建局、县财政局\t2025年9月
            2\t推进县管校聘改革\t县教育局\t县人社局\t2025年底
            3\t开展教师全员培训\t县教师进修学校\t\t长期坚持
            二、保障措施
            加强领导。
            """
        let plan = try PlanTextParser.parse(text)
        let tasks = try #require(section(plan, "重点任务分解")?.tasks)
        #expect(tasks.map { "\($0.title)|\($0.lead ?? "-")|\($0.partners ?? "-")|\($0.due ?? "-")" } == [
            "新建城区幼儿园|县教育局|县住建局、县财政局|2025-09",
            "推进县管校聘改革|县教育局|县人社局|2025",
            "开展教师全员培训|县教师进修学校|-|-",
        ])
        #expect(section(plan, "重点任务分解")?.body.contains("1\t新建城区幼儿园") == true)
    }

    @Test func columnsLinedUpWithSpaces() {
        let columns = TaskTable.header("序号  重点任务        牵头单位    完成时限")
        #expect(columns?.task == 1)
        #expect(columns?.lead == 2)
        #expect(columns?.due == 3)
        let task = TaskTable.task("1     扩充学前资源    市教育局    2025年底", columns: columns!)
        #expect(task?.title == "扩充学前资源")
        #expect(task?.lead == "市教育局")
        #expect(task?.due == "2025")
    }

    /// A school's month table (月份, 主要活动, 负责部门): one task a row, due that month of the plan's year, the first office
    /// of the cell leading; a 牵头单位 cell naming two units is led by the first.
    @Test func aMonthTableAndATwoUnitLeadCell() throws {
        let text = """
            2026年春季学期德育工作计划
            一、每月工作安排
            月份\t主要活动\t负责部门
            2月\t开学典礼；返校安全教育\t德育处、团委
            3月\t学雷锋主题活动\t团委
            二、任务分工
            序号\t重点任务\t牵头单位\t配合单位\t完成时限
            1\t出台乡村教师生活补助办法\t县教育局、县财政局\t—\t2026年9月底前
            """
        let plan = try PlanTextParser.parse(text)
        #expect(plan.allSections.flatMap(\.tasks).map { "\($0.title)|\($0.lead ?? "-")|\($0.partners ?? "-")|\($0.due ?? "-")" } == [
            "开学典礼；返校安全教育|德育处|团委|2026-02", "学雷锋主题活动|团委|-|2026-03",
            "出台乡村教师生活补助办法|县教育局|县财政局|2026-09",
        ])
    }

    @Test func aStageDatedByDaysIsDueInItsLastMonth() {
        #expect(Schedule.stage("（一）动员部署阶段（4月1日—4月15日）") == 4)
        #expect(Schedule.stage("（三）巩固提升阶段（10月1日—11月30日）") == 11)
        #expect(Schedule.stage("2.排查整治（3—6月）") == 6)
        #expect(Schedule.stage("（二）会议（4月1日—15日）") == nil)
        #expect(TaskTable.units("各县（市、区）教育局、市教育局") == ["各县（市、区）教育局", "市教育局"])
    }

    /// A stage running into a later year writes the year at its end: due the month after it, in that year. Among stages
    /// whose sentences name their own deadlines, such a long stage naming none is ongoing work and no task.
    @Test func aStageRunningIntoALaterYearIsDueAtItsEnd() throws {
        #expect(Schedule.stage("（二）全面实施阶段（2030年7月—2032年6月）") == 6)
        #expect(Schedule.stageYear("（二）全面实施阶段（2030年7月—2032年6月）") == 2032)
        #expect(Schedule.endsInLaterYear("（二）全面实施阶段（2030年7月—2032年6月）"))
        #expect(!Schedule.endsInLaterYear("（三）总结评估阶段（2032年7月—12月）"))
        let bare = """
            某市实施方案（2030—2032年）
            一、实施步骤
            （一）部署启动阶段（2030年3月—6月）。制定实施方案，建立整改台账。
            （二）全面实施阶段（2030年7月—2032年6月）。对照评估指标逐项整改。
            （三）总结评估阶段（2032年7月—12月）。组织评估验收。
            """
        #expect(try PlanTextParser.parse(bare).allSections.flatMap(\.tasks).map { "\($0.title)|\($0.due ?? "-")" } == [
            "制定实施方案，建立整改台账|2030-06", "对照评估指标逐项整改|2032-06", "组织评估验收|2032-12",
        ])
        let selfDated = """
            某区三年行动方案（2026—2028年）
            一、实施步骤
            （一）启动部署阶段（2026年3月—6月）。2026年6月底前完成现状调查。
            （二）全面推进阶段（2026年7月—2027年12月）。按年度推进各项重点任务。
            （三）总结评估阶段（2028年1月—12月）。2028年11月底前完成终期评估。
            """
        #expect(try PlanTextParser.parse(selfDated).allSections.flatMap(\.tasks).map { "\($0.title)|\($0.due ?? "-")" } == [
            "完成现状调查|2026-06", "完成终期评估|2028-11",
        ])
    }

    @Test func labelsOnLinesOfTheirOwnDescribeOneTask() throws {
        let text = "2025年工作要点\n一、任务\n1.扩充学前教育资源。新建幼儿园3所。\n牵头单位：县教育局\n责任单位：县财政局\n完成时限：2025年底\n2.加强师资"
        let plan = try PlanTextParser.parse(text)
        let tasks = try #require(section(plan, "扩充学前教育资源")?.tasks)
        #expect(tasks.count == 1)
        #expect(tasks.first?.title == "扩充学前教育资源")
        #expect(tasks.first?.lead == "县教育局")
        #expect(tasks.first?.partners == "县财政局")
        #expect(tasks.first?.due == "2025")
    }

    /// Set 47: a goal list that states its measures without a verb states its counts so too; a count after a rate that
    /// names an event, or a clause that is no bare count, is no target.
    @Test func countsWithoutAVerbAfterAMeasureInAGoalList() {
        let helpers = IndicatorExtractorTests()
        func extract(_ text: String, year: String) -> [ImportedIndicator] { helpers.extract(text, year: year) }
        func summary(_ list: [ImportedIndicator]) -> [String] { helpers.summary(list) }
        #expect(summary(extract("全县义务教育巩固率99.7%，生均公用经费800元。", year: "2049")) == [
            "义务教育巩固率 eq 99.7% 2049 全县", "生均公用经费 eq 800元 2049 全县",
        ])
        #expect(summary(extract("本科以上学历教师占比75%，县级以上骨干教师300名，教师年度培训72学时以上。", year: "2049")) == [
            "本科以上学历教师占比 eq 75% 2049 -", "县级以上骨干教师 eq 300名 2049 -", "教师年度培训 ge 72学时 2049 -",
        ])
        #expect(summary(extract("学业质量监测合格率92%，全年召开推进会3次。", year: "2049")) == ["学业质量监测合格率 eq 92% 2049 -"])
        #expect(summary(extract("学业质量监测合格率92%，教研活动4次。", year: "2049")) == ["学业质量监测合格率 eq 92% 2049 -"])
    }
}
