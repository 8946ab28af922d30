import Foundation

/// Reads quantitative targets out of plan sentences: "到2025年,全市学前三年毛入园率达97%以上" → 学前三年毛入园率 ≥ 97 %,
/// 2025, 全市. Two sentence shapes carry them: a name, a verb and a value (覆盖率达到96%以上, 比例应达到交流对象的7%左右)
/// and an action with a count (新建公办园6所, 补充教师1000人以上, 撤并学校XX所). The value must end its clause (or be
/// followed by 、/和/及 and the next target): a number in the middle of a clause (56人以上大班额) describes something else.
enum IndicatorExtractor {
    static func extract(from paragraph: String, defaultYear: String?) -> [ImportedIndicator] {
        if let stated = statedValue(paragraph, defaultYear: defaultYear) { return [stated] }
        let o = Array(paragraph)
        let f = TextCleaning.fold(o)
        var out: [ImportedIndicator] = []
        for sentence in Sentences.ranges(f) {
            out += extract(o: o, f: f, sentence: sentence, defaultYear: defaultYear)
        }
        return out
    }

    /// "学前三年毛入园率：96%", "教育经费投入：不低于4.6亿元": a list of indicators set out as name and value, one a line
    /// (under a 主要指标 heading, set 53). The name is the measure's, the value alone after the colon.
    static func statedValue(_ line: String, defaultYear: String?) -> ImportedIndicator? {
        let text = TextCleaning.trimmed(line)
        guard text.count <= 50, let colon = text.firstIndex(where: { $0 == "：" || $0 == ":" }) else { return nil }
        let name = TextCleaning.trimmed(String(text[..<colon]))
        var value = TextCleaning.fold(TextCleaning.trimmed(String(text[text.index(after: colon)...])))
        guard (2...30).contains(name.count), name.allSatisfy({ TextCleaning.isHan($0) || "“”".contains($0) }), !value.isEmpty else { return nil }
        var comparator: String?
        for (word, cmp) in [("不低于", "ge"), ("不少于", "ge"), ("不超过", "le"), ("不高于", "le"), ("达到", "eq"), ("保持", "eq")]
            where value.hasPrefix(word) {
            comparator = cmp
            value.removeFirst(word.count)
            break
        }
        guard let amount = IndicatorTable.amount(value), !amount.unit.contains(where: { "年月日".contains($0) }) else { return nil }
        return ImportedIndicator(name: name, comparator: comparator ?? amount.comparator, value: amount.value, unit: amount.unit,
                                 year: defaultYear, scope: nil, source: text)
    }

    // MARK: Vocabulary (folded: simplified, half-width)

    /// Verbs before a value, longest first so that 达到 wins over 达.
    static let verbs: [String] = [
        "保持在", "稳定在", "保持", "控制在", "维持在", "提高到", "提高至", "提升到", "提升至", "增加到", "增加至", "增长到", "增长至",
        "扩大到", "扩大至", "降低到", "降低至", "下降到", "下降至", "减少到", "减少至", "缩小到", "缩小至", "不低于", "不少于",
        "不超过", "不高于", "不多于", "达到", "高于", "低于", "超过", "少于", "多于", "增至", "降至", "不足", "突破", "达", "为", "占",
    ].sorted { $0.count > $1.count }
    static let atLeastVerbs: Set<String> = ["不低于", "不少于", "高于", "超过", "多于", "突破"]
    static let atMostVerbs: Set<String> = ["不超过", "不高于", "不多于", "低于", "少于", "控制在", "不足"]

    static let units: [String] = [
        "个百分点", "万人次", "万平方米", "平方公里", "平方米", "万人", "万元", "亿元", "千元", "万册", "万套", "万台", "万个",
        "人次", "课时", "学时", "学分", "小时", "分钟", "公顷", "公里", "元", "%", "‰", "所", "人", "个", "名", "家", "项",
        "间", "座", "套", "台", "辆", "张", "册", "本", "门", "天", "次", "篇", "期", "批", "场", "处", "班", "支", "组", "户",
        "条", "件", "类", "种", "亩", "倍", "届", "轮", "位", "节", "个月", "片", "块", "对",
        // A bank of test items: "题库新增试题不少于3000道".
        "道",
        // A reading target: "课外阅读量不少于10万字".
        "万字",
        // A stock of resources ("优质数字教育资源总量达到1.2万件"), a line's bandwidth ("互联网出口带宽不低于1000兆").
        "万件", "兆",
        // The same stock counted in items or lessons ("市级优质数字教育资源总量达到3.5万条", "微课资源2万节").
        "万条", "万节", "万张", "万篇",
        // A daily amount per child ("幼儿每日饮水量不少于800毫升"), a canteen's sample of each dish ("每样留样量不少于125克").
        "毫升", "克", "千克", "公斤",
    ].sorted { $0.count > $1.count }

    /// After the unit: 以上 → ≥, 以下/以内 → ≤, 左右 → ≈.
    static let qualifiers: [(String, String)] = [
        ("及以上", "ge"), ("以上", "ge"), ("及以下", "le"), ("以下", "le"), ("以内", "le"), ("之内", "le"), ("左右", "approx"),
    ]

    /// Actions whose object is counted: 新建公办园6所.
    static let countActions = [
        "新建", "新增", "改扩建", "扩建", "改建", "建设", "建成", "创建", "补充", "招录", "招聘", "引进", "培训", "培养", "遴选",
        "撤并", "撤销", "合并", "增加", "新开", "开设", "培育", "认定", "选树", "打造", "资助", "接收", "安置", "减少", "招收",
        "录取", "评选", "命名", "举办", "配备", "购置", "投入", "安排", "新招", "聘用", "选派", "交流", "轮岗", "支教", "建立",
        "完成", "建好", "召开", "新办", "开办", "提供", "发放", "惠及", "覆盖", "组建", "创办", "扶持", "表彰", "奖励", "救助", "培树", "推出", "新组建", "新招聘", "新认定", "扩招", "招生", "改造", "维修改造", "提升改造", "新改扩建", "争创", "创成",
        "公开招聘", "改造提升", "汇聚", "组织", "更新", "结对培养", "结对帮扶", "共建", "托管", "帮扶", "更换", "新创建",
        "新评选", "新培育", "新打造", "开辟", "开展", "拥有", "新培养", "新遴选", "新选树", "新引进", "新补充", "新结对",
        "聘请", "新聘", "选聘",
        // "实施校舍安全隐患整治项目15个": projects carried out, counted; "升级改造农村学校校园网28所".
        "实施", "升级改造",
        // "每个乡镇至少办好1所公办中心幼儿园": schools run, counted; "每个集团至少吸纳2所乡村学校": members a group
        // takes in, counted as any other school it is to have.
        "办好", "吸纳",
        // "开发校本教材30本", "开发特色选修课程不少于30门": teaching materials and courses developed, counted as any
        // other thing a plan builds.
        "开发",
        // "每年定向培养师范生150名": students trained (or recruited) for the places that will employ them, counted as
        // 培养 is.
        "定向培养", "定向招聘", "定向招生",
        // "立项市级规划课题150项左右": research projects approved, counted as any other thing a plan sets up.
        "立项",
        // "维修教学点校舍2所": buildings repaired, counted as 改造 is; "联系薄弱学校12所": schools a research office takes
        // on, counted as 结对帮扶 is.
        "维修", "联系",
        // "每所乡村学校至少开通1个“专递课堂”": classrooms and platforms opened, counted as any other thing a plan sets up.
        "开通",
    ]
    /// Frequencies that may stand before a counted action and stay in its name: 每年培训校长、教师2万人次以上.
    static let frequencies = ["每年", "年均", "每学期", "每学年", "累计", "五年", "每校", "每所学校", "每个学校", "每县", "每个乡镇", "每乡镇",
                              "每班"]

    static let leadingFillers = [
        "其中", "同时", "并且", "并", "且", "使", "让", "确保", "力争", "争取", "保证", "保障", "实现", "推动", "促进", "努力",
        "原则上", "要", "应", "各", "全面", "基本", "逐步", "进一步", "持续", "继续", "总计", "共", "区域范围内", "范围内",
        "区域内", "到年底", "年底前", "年底", "底前", "今年", "全年", "年内", "届时", "五年内", "三年内", "五年", "三年", "到期末", "到年末",
        "全学期", "本学期", "全学年", "本学年", "计划", "预计", "拟", "确定", "规划期内", "规划期末", "两年内", "两年", "四年",
        // A meeting's minutes: "会议同意全年招聘教师85名左右", "会议要求…联网率保持100%" — what the meeting agreed is the target.
        "会议同意", "会议要求", "会议决定", "会议明确", "会议议定",
    ].sorted { $0.count > $1.count }
    static let trailingAdverbs = [
        "每年", "逐年", "年均", "全部", "持续", "逐步", "稳定", "继续", "始终", "基本", "力争", "进一步", "全面", "均", "都", "要", "应", "须", "必须", "将",
        "确保", "大幅", "明显", "平均", "一般", "不断", "仍", "还", "也", "可", "能", "应当", "需", "要求", "总体", "累计",
    ].sorted { $0.count > $1.count }

    /// Scopes that name a part of the area (the town's centre), not the whole.
    static let partAreas: Set<String> = ["城区", "市区", "县城", "主城区", "中心城区"]
    static let scopeWords = ["全市", "全省", "全县", "全区", "全镇", "全旗", "全州", "全盟", "我市", "本市", "我县", "本县", "我区", "本区",
                             "各县区", "各县(市、区)", "城区", "市区", "县城", "主城区", "中心城区"]
    /// Words a filler starts that are names, not fillers: 在职教师, 应届毕业生, 使用率, 共享率; a grade (四年级学生参测率)
    /// is no period of 四年.
    static let protectedStarts = ["在职", "在校", "在园", "在读", "在岗", "在编", "在线", "在籍", "应届", "使用", "共享", "共建",
                                  "要素", "基本公共", "基本办学", "持续发展", "实现率", "三年级", "四年级", "五年级"]

    // MARK: One sentence

    /// Verbs that move a value from a baseline to a target: 由85%提高到90%.
    static let changeVerbs = ["提高到", "提高至", "提升到", "提升至", "增加到", "增加至", "增长到", "增长至", "扩大到", "扩大至",
                              "降低到", "降低至", "下降到", "下降至", "减少到", "减少至", "缩小到", "缩小至", "降至", "增至"]

    static func extract(o: [Character], f: [Character], sentence: Range<Int>, defaultYear: String?) -> [ImportedIndicator] {
        let source = TextCleaning.trimmed(o[sentence])
        // "目前，全市412所中小学已全部接入…，建成市级智慧校园示范校36所。": a sentence opening on the present states what
        // there is (a stock count in the introduction), no target.
        let opening = String(f[sentence]).trimmingCharacters(in: .whitespaces)
        if ["目前,", "截至目前,", "当前,", "截至目前"].contains(where: { opening.hasPrefix($0) }) { return [] }
        let clauses = Sentences.clauses(f, in: sentence)
        // A clause's own year (到2025年, 2020年底前) holds for it and the clauses after it; before any, the sentence's.
        var year = Sentences.targetYear(f, in: sentence).map(String.init) ?? defaultYear
        // "作业公示率达到100%，2026年9月底前修订《…》": a year written in a later clause's deadline dates that task, not the
        // targets before it, which keep the plan's year.
        if let dated = clauses.first(where: { Sentences.targetYear(f, in: $0) != nil }), dated != clauses.first,
           String(f[dated]).range(of: #"[0-9]{4}年([0-9]{1,2}月)?(底|末|中旬|上旬|下旬)?前"#, options: .regularExpression) != nil {
            year = defaultYear
        }
        // "2049年12月底前出台《…办法》，每年交流轮岗教师不少于300名": a deadline for a document to be issued dates that
        // task alone; the targets around it keep the plan's year.
        func datesADocument(_ clause: Range<Int>) -> Bool {
            let text = String(f[clause])
            return text.contains("《") && Commitments.documentVerbs.contains(where: { text.contains($0 + "《") })
                && text.range(of: #"[0-9]{4}年([0-9]{1,2}月)?(底|末|中旬|上旬|下旬)?前"#, options: .regularExpression) != nil
        }
        let datedClauses = clauses.filter { Sentences.targetYear(f, in: $0) != nil }
        if !datedClauses.isEmpty, datedClauses.allSatisfy(datesADocument) { year = defaultYear }
        let sentenceYear = year
        var yearSeen = false
        var scope: String?
        var lastName: String?
        var out: [ImportedIndicator] = []
        // Whether the last target read was a measure (…率, …占比): a goal list goes on with counts without a verb.
        var afterMeasure = false
        func add(_ found: ImportedIndicator) {
            var found = found
            afterMeasure = measureEnds.contains(where: { found.name.hasSuffix($0) }) || afterMeasure && !["%", "‰"].contains(found.unit)
            if let s = found.scope { scope = s }
            found.scope = found.scope ?? scope
            // A list of years distributes its own (see `yearList`); every other target takes the clause's.
            found.year = found.year ?? year
            found.source = source
            lastName = found.name
            out.append(found)
        }
        for clause in clauses {
            // "一是…全县…达到70%；二是…": a semicolon before the next item of a count starts another item, with a scope
            // of its own; "全县学前三年毛入园率达到95.6%；普通高中本科上线率63.8%" goes on with the sentence's scope.
            if clause.lowerBound > sentence.lowerBound, f[clause.lowerBound - 1] == ";", opensCountedItem(f, at: clause.lowerBound) {
                scope = nil
                lastName = nil
            }
            if let own = Sentences.targetYear(f, in: clause), !datesADocument(clause) {
                year = String(own)
                yearSeen = true
            } else if !yearSeen {
                year = sentenceYear
            }
            let text = String(f[clause])
            // "全县现有中小学86所，…，体育、美育专任教师分别为612名、438名": what a background sentence says there is now
            // is a stock count, no target, also where a 分别 list gives it.
            if text.contains("分别"), String(f[sentence.lowerBound..<clause.lowerBound]).contains("现有") { continue }
            if text.contains("分别") {
                let carried = scope
                for found in distributed(o: o, f: f, clause: clause) { add(found) }
                // "城区小学、初中平均班额分别控制在40人、45人以内，义务教育学校集团化办学覆盖率…提高到90%": a part of the
                // area heading the list (城区) is the list's, not the sentence's; the clauses after it keep the scope
                // they had.
                if let s = scope, partAreas.contains(s) { scope = carried }
                continue
            }
            // "到2028年，全省县中办学条件全面达标，…": a scope that opens a clause holds for the targets after it.
            let opening = stripLeadingFillers(f, clause).1
            // "…达到96%，在全县排名第4位；初中…优秀率达到31%": a rank is placed among a wider whole; that whole is no scope of
            // the targets after it, which keep the sentence's (全镇).
            let ranks = rankWords.contains(where: { text.contains($0) })
            if !ranks, let word = scopeWords.first(where: { String(f[opening]).hasPrefix($0) }) {
                scope = String(o[opening.lowerBound..<(opening.lowerBound + word.count)])
            }
            var segmentStart = clause.lowerBound
            var baseline: (value: String, year: String?, marker: Int)?
            var countedBefore = false
            var j = clause.lowerBound
            while j < clause.upperBound {
                guard let match = value(at: j, f, clause: clause, original: o) else { j += 1; continue }
                defer { j = match.end }
                // The value must close its clause, or hand over to the next target with 、/和/及/与.
                var connectorEnd = match.end
                // "1所（县教育局负责）": a bracket after the value that closes the clause is a note on it.
                let closesWithNote = match.end < clause.upperBound && f[match.end] == "("
                    && f[match.end..<clause.upperBound].firstIndex(of: ")") == clause.upperBound - 1
                if match.end < clause.upperBound, !closesWithNote {
                    let after = String(f[match.end..<clause.upperBound])
                    if changeVerbs.contains(where: { after.hasPrefix($0) }), let marker = baselineMarker(f, before: match.valueStart, from: segmentStart) {
                        baseline = (match.value, marker.year, marker.at)
                        continue
                    }
                    // "新建3所幼儿园", "每年撤并1-2所农村小规模学校": the counted object follows its value.
                    if baseline == nil, let found = countedObject(o: o, f: f, segment: segmentStart..<match.valueStart, match: match, clause: clause) {
                        add(found)
                        segmentStart = match.end
                        continue
                    }
                    // "每所农村学校至少与1所城区学校结对": how many partners each is paired with, the partners and the
                    // pairing after the value.
                    if baseline == nil, let found = countedPartners(o: o, f: f, segment: segmentStart..<match.valueStart, match: match, clause: clause) {
                        add(found)
                        segmentStart = clause.upperBound
                        continue
                    }
                    // "每年选派骨干教师120名赴乡村学校支教": a count of people sent, where they go after the value; the
                    // name is the whole action with the value taken out.
                    if baseline == nil, let found = countedTrip(o: o, f: f, segment: segmentStart..<match.valueStart, match: match, clause: clause) {
                        add(found)
                        segmentStart = clause.upperBound
                        continue
                    }
                    // "随班就读学生5人以上的普通学校资源教室建设率": a threshold before 的 qualifies the name that goes on; so
                    // does a time limit before 内 ("一般报修24小时内响应率", "3个工作日内办结率").
                    if f[match.end] == "的" { continue }
                    if f[match.end] == "内", timeUnits.contains(String(f[match.unitRange])) { continue }
                    guard "、和及与".contains(f[match.end]) else { segmentStart = match.end; baseline = nil; continue }
                    connectorEnd = match.end + 1
                }
                defer { segmentStart = connectorEnd; baseline = nil }
                let nameEnd = baseline?.marker
                let partOfPrevious = String(f[clause]).trimmingCharacters(in: .whitespaces).hasPrefix("其中") && lastName != nil
                // "为4所完小更新多媒体设备26套": what follows a count that was no target may name who benefits.
                let followsValue = segmentStart > clause.lowerBound && !"、和及与".contains(f[segmentStart - 1])
                let listedAfterCount = countedBefore && segmentStart > clause.lowerBound && "、和及与".contains(f[segmentStart - 1])
                guard var found = indicator(o: o, f: f, segment: segmentStart..<match.valueStart, match: match,
                                            nameEnd: nameEnd, inherit: lastName, partOfPrevious: partOfPrevious,
                                            followsValue: followsValue, listedAfterCount: listedAfterCount,
                                            listedAfterMeasure: afterMeasure && segmentStart == clause.lowerBound && baseline == nil)
                else { continue }
                countedBefore = listedAfterCount || isCountedAction(found.name)
                if let baseline {
                    found.baselineValue = baseline.value
                    found.baselineYear = baseline.year
                }
                // "城关镇、新华镇各新建公办幼儿园1所": the value holds for each place.
                if let places = found.scope, places.contains("、"), !places.contains("("), !places.contains("（"),
                   String(f[segmentStart..<match.valueStart]).contains("各") {
                    for place in places.split(separator: "、") {
                        var each = found
                        each.scope = String(place)
                        add(each)
                    }
                    continue
                }
                // "小学、初中适龄儿童入学率均达到100%": one value for each name of the list.
                if String(f[segmentStart..<match.valueStart]).contains("均"), let names = sharedNames(found.name) {
                    for name in names {
                        var each = found
                        each.name = name
                        add(each)
                    }
                    continue
                }
                add(found)
            }
        }
        return out
    }

    /// Whether a name is a counted action (新建社区健身路径, 每年培训教师), whose list may go on with bare objects.
    static func isCountedAction(_ name: String) -> Bool {
        var probe = TextCleaning.fold(name)
        for frequency in frequencies where probe.hasPrefix(frequency) { probe.removeFirst(frequency.count) }
        return opensWithCountAction(probe)
    }

    /// Whether a name opens with a counted action, "新" before it changing nothing ("新立项市级以上课题3项" as "立项…",
    /// "新组建…" as "组建…"): what is newly done is counted as what is done.
    static func opensWithCountAction(_ probe: String) -> Bool {
        let action = probe.hasPrefix("新") ? String(probe.dropFirst()) : probe
        return countActions.contains(where: { probe.hasPrefix($0) || action.hasPrefix($0) })
    }

    /// "小学、初中适龄儿童入学率" → 小学适龄儿童入学率, 初中适龄儿童入学率: the last name holds the words the others share.
    static func sharedNames(_ name: String) -> [String]? {
        let parts = name.split(separator: "、").map(String.init)
        // "中小学幼儿园专职保安配备率、“一键报警”装置联网率均保持100%", "幼儿体检率、预防接种查验率均保持100%", "…封闭化管理
        // 达标率、护学岗设置率均达到100%": names each ending in the head word of the last (率) are whole names, short or
        // long; none borrows from another. (A part that is only a grade or a school kind, "小学、初中…入学率", ends in
        // no head word.)
        if parts.count >= 2, let head = parts.last?.last, parts.allSatisfy({ $0.count >= 3 && $0.last == head }) { return parts }
        guard parts.count >= 2, parts.dropLast().allSatisfy({ (1...6).contains($0.count) }), let last = parts.last,
              last.count > parts[0].count + 1 else { return nil }
        let suffix = sharedWords(first: parts[0], last: last)
        return parts.dropLast().map { $0 + suffix } + [last]
    }

    /// The words the last of a list's names shares with the others ("小学、初中适龄儿童入学率" → 适龄儿童入学率). When the
    /// first ends with a word the last has too ("公办幼儿园、普惠性民办幼儿园平均班额": 幼儿园), the shared words are what
    /// follows it there; otherwise the last's own first words are as long as the first name.
    static func sharedWords(first: String, last: String) -> String {
        let head = Array(first)
        for length in stride(from: head.count - 1, through: 2, by: -1) {
            let tail = String(head[(head.count - length)...])
            if let range = last.range(of: tail), range.upperBound < last.endIndex { return String(last[range.upperBound...]) }
        }
        return last.count > first.count ? String(last.dropFirst(first.count)) : ""
    }

    /// "由2020年的85%" / "从85%": where the baseline phrase starts (the 由), and its year.
    static func baselineMarker(_ f: [Character], before valueStart: Int, from lower: Int) -> (at: Int, year: String?)? {
        var i = valueStart
        // "由每人每月400元": who and how often the baseline is counted stands between 由 and its value.
        var rate = i
        while rate > lower, rate > i - 5, TextCleaning.isHan(f[rate - 1]), f[rate - 1] != "由" { rate -= 1 }
        if rate > lower, rate < i, f[rate - 1] == "由", f[rate] == "每" { i = rate }
        if i > lower, f[i - 1] == "的" { i -= 1 }
        // "由上学年的26%", "由去年的85%": a baseline named by its period rather than its year.
        for period in ["上学年", "上学期", "上年", "去年", "上一年", "目前", "现在", "当前"] where i - period.count > lower
            && String(f[(i - period.count)..<i]) == period && f[i - period.count - 1] == "由" {
            i -= period.count
            break
        }
        var year: String?
        if i - 5 >= lower, f[i - 1] == "年", f[(i - 5)..<(i - 1)].allSatisfy(TextCleaning.isDigit) {
            year = String(f[(i - 5)..<(i - 1)])
            i -= 5
        }
        guard i > lower, f[i - 1] == "由" || f[i - 1] == "从" else { return nil }
        return (i - 1, year)
    }

    struct ValueMatch {
        var valueStart: Int
        var value: String
        var valueMax: String?
        var unitRange: Range<Int>
        /// The unit when the text splits it (3万余人 → 万人).
        var unitText: String?
        var comparator: String?
        var approximate: Bool
        var end: Int
    }

    static let placeholderChars: Set<Character> = ["X", "x", "×", "✕", "╳", "Ⅹ"]

    /// A value with its unit (and 以上/左右 …) starting at `j`.
    static func value(at j: Int, _ f: [Character], clause: Range<Int>, original: [Character]? = nil) -> ValueMatch? {
        let o = original ?? f
        let c = f[j]
        var k = j
        var value: String
        var rangeMax: String?
        if TextCleaning.isDigit(c) {
            if j > clause.lowerBound, TextCleaning.isDigit(f[j - 1]) || f[j - 1] == "." || f[j - 1].isLetter && f[j - 1].isASCII { return nil }
            // The high end of a range is read with its low end.
            if j >= clause.lowerBound + 2, "-~—至到".contains(f[j - 1]), TextCleaning.isDigit(f[j - 2]) { return nil }
            // A rank (第3名, 前3位) is not a target.
            if j > clause.lowerBound, "第前".contains(f[j - 1]) { return nil }
            func number(_ start: Int) -> Int {
                var e = start
                while e < clause.upperBound, TextCleaning.isDigit(f[e]) { e += 1 }
                if e + 1 < clause.upperBound, f[e] == ".", TextCleaning.isDigit(f[e + 1]) {
                    e += 1
                    while e < clause.upperBound, TextCleaning.isDigit(f[e]) { e += 1 }
                }
                return e
            }
            k = number(j)
            value = String(f[j..<k])
            // A range: 1-2所, 3至5人.
            if k + 1 < clause.upperBound, "-~—至到".contains(f[k]), TextCleaning.isDigit(f[k + 1]) {
                let end = number(k + 1)
                rangeMax = String(f[(k + 1)..<end])
                k = end
            }
        } else if placeholderChars.contains(c) || c == "_" || c == "○" || c == "*" || c == "〇" {
            if j > clause.lowerBound, f[j - 1].isASCII, f[j - 1].isLetter || f[j - 1] == "+" { return nil }
            let isX = placeholderChars.contains(c)
            while k < clause.upperBound, k - j < 6, isX ? placeholderChars.contains(f[k]) : f[k] == c { k += 1 }
            if !isX && k - j < 2 { return nil }
            if k < clause.upperBound, f[k].isASCII, f[k].isLetter { return nil }
            value = "XX"
        } else {
            return nil
        }
        while k < clause.upperBound, f[k] == " " { k += 1 }
        var comparator: String?
        var unitText: String?
        // "80余场", "3万余人": 余 says "more than".
        if k < clause.upperBound, f[k] == "余" {
            k += 1
            comparator = "ge"
        } else if k + 1 < clause.upperBound, "万千".contains(f[k]), f[k + 1] == "余",
                  let unit = units.first(where: { String(f[(k + 2)..<clause.upperBound]).hasPrefix($0) }),
                  units.contains(String(f[k]) + unit) {
            unitText = String(o[k]) + String(o[(k + 2)..<(k + 2 + unit.count)])
            k += 2
            comparator = "ge"
        }
        let rest = String(f[k..<clause.upperBound])
        let unitRange: Range<Int>
        if let unit = units.first(where: { rest.hasPrefix($0) }) {
            unitRange = k..<(k + unit.count)
            k += unit.count
            // "500元至800元": a range whose ends both carry the unit.
            if rangeMax == nil, k + 1 < clause.upperBound, "-~—至到".contains(f[k]), TextCleaning.isDigit(f[k + 1]) {
                var e = k + 1
                while e < clause.upperBound, TextCleaning.isDigit(f[e]) || (f[e] == "." && e + 1 < clause.upperBound && TextCleaning.isDigit(f[e + 1])) { e += 1 }
                if String(f[e..<clause.upperBound]).hasPrefix(unit) {
                    rangeMax = String(f[(k + 1)..<e])
                    k = e + unit.count
                }
            }
        } else if !(rest.first.map { TextCleaning.isDigit($0) || $0.isLetter && $0.isASCII || $0 == "." } ?? false),
                  value != "XX", ["系数", "指数"].contains(where: { String(f[max(clause.lowerBound, j - 16)..<j]).contains($0) }) {
            // A coefficient has no unit: 校际综合差异系数分别控制在0.45、0.38以内.
            unitRange = k..<k
        } else {
            return nil
        }
        let after = String(f[k..<clause.upperBound])
        if let (word, cmp) = qualifiers.first(where: { after.hasPrefix($0.0) }) {
            comparator = cmp
            k += word.count
        }
        var approximate = false
        var valueStart = j
        for prefix in ["大约", "约", "近"] where j - prefix.count >= clause.lowerBound && String(f[(j - prefix.count)..<j]) == prefix {
            approximate = true
            valueStart = j - prefix.count
            break
        }
        return ValueMatch(valueStart: valueStart, value: value, valueMax: rangeMax, unitRange: unitRange, unitText: unitText,
                          comparator: comparator, approximate: approximate, end: k)
    }

    /// Verbs of a change by an amount (提高2个百分点), as opposed to a change to a value (提高到90%).
    static let relativeVerbs = ["提高", "提升", "增加", "增长", "下降", "降低", "减少", "缩小"]

    /// Where "较上年" / "比2020年" / "同比" starts in a segment: the name ends there.
    static func comparisonStart(_ seg: [Character]) -> Int? {
        let text = String(seg)
        for marker in ["较上年", "较去年", "较上一年", "比上年", "比去年", "比上一年", "同比", "较上学期", "比上学期", "较上学年", "比上学年"] {
            if let r = text.range(of: marker) { return text.distance(from: text.startIndex, to: r.lowerBound) }
        }
        for i in seg.indices where (seg[i] == "较" || seg[i] == "比") && i + 5 < seg.count
            && seg[(i + 1)...(i + 4)].allSatisfy(TextCleaning.isDigit) && seg[i + 5] == "年" {
            return i
        }
        return nil
    }

    /// Units of a span of time, which before 内 set a limit inside a name ("24小时内响应率").
    static let timeUnits: Set<String> = ["小时", "分钟", "天", "日", "个月", "周", "个工作日", "工作日"]

    /// Names that end so are measures and need no verb before their value: 本科以上学历教师占比75%.
    static let measureEnds = ["率", "比例", "占比", "比重", "覆盖面"]
    /// Counts of meetings and events (召开推进会2次) are how a plan works, not what it targets.
    static let eventWords = ["会", "活动", "讲座", "论坛", "座谈", "开放周", "开放日", "培训班", "比赛", "竞赛", "大赛", "联赛", "检查", "督导",
                             "督查", "演练", "调研", "视导", "学习", "研讨", "教研", "备课", "展示"]
    /// Contests, counted in 项 when a plan lists how many it holds ("组织全县学科竞赛9项", "组织市级中小学生体育联赛12项").
    static let contestWords = ["竞赛", "比赛", "大赛", "联赛", "评比"]
    /// Words of a prize won at a contest: with them a count in 项 is of results reached, not of contests held.
    static let awardWords = ["获奖", "奖项", "获得"]
    static let eventUnits: Set<String> = ["次", "场", "期", "届", "轮", "场次", "节"]
    /// Verbs of holding an activity: with a count of times (次, 场 …) they state a frequency of work.
    static let eventVerbs = ["开展", "组织", "举办", "召开", "举行"]
    /// Names of sums of money that need no verb before their amount: 全区教育经费投入11.6亿元.
    /// "总投资2600万元": a project's cost, stated as a sum after its name (set 53).
    static let moneyEnds = ["经费投入", "资金投入", "总投入", "经费支出", "教育支出", "资助资金", "总投资"]
    /// Words of a rank among others ("在全县排名第4位", "位居全市前列").
    static let rankWords = ["排名", "名次", "位居", "位列"]

    /// Names of scores and ranks.
    static let scoreWords = ["分值", "总分", "得分", "排名", "名次", "位居", "位列"]

    /// Reads the name (and scope) in front of a value. `nameEnd` cuts the name before a baseline (由85%); `inherit`
    /// names a value whose clause gives only a scope (其中城区达到90%以上).
    static func indicator(o: [Character], f: [Character], segment: Range<Int>, match: ValueMatch, nameEnd: Int? = nil,
                          inherit: String? = nil, partOfPrevious: Bool = false, followsValue: Bool = false,
                          listedAfterCount: Bool = false, listedAfterMeasure: Bool = false) -> ImportedIndicator? {
        guard segment.lowerBound < segment.upperBound else { return nil }
        let seg = String(f[segment])
        var comparator = "eq"
        if match.valueMax != nil { comparator = "ge" }
        let unit = match.unitText.map(TextCleaning.fold) ?? String(f[match.unitRange])
        func finish(_ name: Range<Int>) -> ImportedIndicator? {
            var (scope, cleaned) = stripLeading(f, name, original: o)
            cleaned = stripTrailing(f, cleaned)
            var text = String(f[cleaned])
            // Only a scope before the verb: the name is the one before it in the sentence.
            if scope == nil, !text.isEmpty, scopeWords.contains(text) || Places.leadingList(Array(text))?.length == text.count {
                scope = TextCleaning.trimmed(o[cleaned])
                text = ""
            }
            // "到2025年达到95%": only a year before the verb.
            var onlyYear = false
            if !text.isEmpty, Sentences.leadingYearLength(Array(text)) == text.count {
                text = ""
                onlyYear = true
            }
            if text.isEmpty || cleaned.isEmpty || text.allSatisfy({ $0 == " " }) {
                guard let inherit, scope != nil || onlyYear else { return nil }
                return make(name: inherit, scope: scope, comparator: comparator, match: match, o: o)
            }
            if scoreWords.contains(where: { text.contains($0) }) { return nil }
            // "每学期不少于1次": how often, of nothing named.
            if frequencies.contains(text) || ["每月", "每周", "每季度", "每半年"].contains(text) { return nil }
            // "每名教师每学期听课不少于18节", "每名教研组长每学期上示范课不少于2节": lessons each teacher or class must
            // reach, whatever words of events the name holds.
            let perHead = unit == "节" && ["每名", "每位", "每个", "每班", "每人", "每校"].contains(where: { text.hasPrefix($0) })
            if eventUnits.contains(unit), !perHead, eventWords.contains(where: { text.contains($0) }) { return nil }
            // "组织全县学科竞赛9项": how many contests are held, counted in 项. Awards won at them ("省级以上职业院校技能
            // 大赛获奖不少于40项") are results the plan aims at, not contests it holds.
            if unit == "项", contestWords.contains(where: { text.contains($0) }), !awardWords.contains(where: { text.contains($0) }) {
                return nil
            }
            // "每学期开展集体备课不少于4次": how often an activity is held is how the plan works, not a target.
            if eventUnits.contains(unit), eventVerbs.contains(where: { text.contains($0) }) { return nil }
            // "每月评选文明班级1次": a count of times after "每…" says how often, not what is reached (a per-head count of
            // lessons is the exception above).
            if eventUnits.contains(unit), text.hasPrefix("每"), !perHead { return nil }
            return make(o: o, f: f, name: cleaned, scope: scope, comparator: comparator, match: match)
        }
        // "每名教师每学期执教校级研讨课至少1节": a floor written straight before the value, after what is counted, is ≥ as
        // 不少于 is; the name is what stands before it.
        if nameEnd == nil, let least = ["至少", "最少"].first(where: { seg.hasSuffix($0) }), seg.count > least.count + 1 {
            comparator = "ge"
            return finish(segment.lowerBound..<(segment.upperBound - least.count))
        }
        if let nameEnd, let (verb, _) = verbBefore(seg) {
            if atLeastVerbs.contains(verb) { comparator = "ge" }
            if atMostVerbs.contains(verb) { comparator = "le" }
            return finish(segment.lowerBound..<max(segment.lowerBound, nameEnd))
        }
        if let (verb, at) = verbBefore(seg) {
            if atLeastVerbs.contains(verb) { comparator = "ge" }
            if atMostVerbs.contains(verb) { comparator = "le" }
            // "教师培训经费占公用经费的5%": the share is named with what it is a share of.
            if verb == "占" {
                let end = seg.hasSuffix("的") ? segment.upperBound - 1 : segment.upperBound
                return finish(segment.lowerBound..<end)
            }
            return finish(segment.lowerBound..<(segment.lowerBound + at))
        }
        // A change against a baseline: 本科上线率较上年提高2个百分点.
        if let verb = relativeVerbs.first(where: { seg.hasSuffix($0) }),
           unit == "个百分点" || comparisonStart(Array(seg)) != nil {
            let verbAt = seg.count - verb.count
            let end = comparisonStart(Array(seg)) ?? verbAt
            if ["下降", "降低", "减少", "缩小"].contains(verb), match.comparator == nil { comparator = "eq" }
            return finish(segment.lowerBound..<(segment.lowerBound + min(end, verbAt)))
        }
        // Counted action: 新建公办园6所.
        let (_, cleaned) = stripLeading(f, segment)
        var probe = String(f[cleaned])
        for frequency in frequencies where probe.hasPrefix(frequency) { probe.removeFirst(frequency.count) }
        // "每所省级示范性高中托管帮扶县中1-2所": "each X" before the action is how the count is shared out.
        if probe.hasPrefix("每"), let at = countActions.filter({ $0.count >= 2 }).compactMap({ probe.range(of: $0)?.lowerBound }).min(),
           probe.distance(from: probe.startIndex, to: at) <= 12 {
            probe = String(probe[at...])
        }
        if opensWithCountAction(probe) {
            // "组织集体学习12次", "组织各类培训86期": how often something is organised is how the plan works.
            let action = probe.hasPrefix("新") ? String(probe.dropFirst()) : probe
            if eventVerbs.contains(where: { action.hasPrefix($0) }), eventUnits.contains(unit) { return nil }
            return finish(segment)
        }
        // "其中小学学位1350个、学前学位630个": the parts of a figure just given need no verb.
        if partOfPrevious {
            let name = String(f[stripTrailing(f, cleaned)])
            if (2...16).contains(name.count), name.allSatisfy({ TextCleaning.isHan($0) || "、“”".contains($0) }),
               !verbs.contains(where: { name.contains($0) }) { return finish(segment) }
        }
        // "区财政安排教育专项资金8500万元": an office as subject before the counted action; the name starts at the action.
        for action in countActions where action.count >= 2 {
            guard let r = probe.range(of: action), r.lowerBound > probe.startIndex else { continue }
            var subject = String(probe[..<r.lowerBound])
            // "市财政每年安排…": how often belongs to the name, the office before it does not.
            var nameStart = r.lowerBound
            if let frequency = frequencies.first(where: { subject.hasSuffix($0) && subject.count > $0.count }) {
                subject.removeLast(frequency.count)
                nameStart = probe.index(r.lowerBound, offsetBy: -frequency.count)
            }
            // "县职业中专新增专业2个": a school as subject is part of what is counted.
            if subject.count <= 8, ["中专", "学校", "中学", "小学", "幼儿园", "学院", "职教中心"].contains(where: { subject.hasSuffix($0) }) {
                return finish(segment)
            }
            let office = ["局", "委", "办", "政府", "财政", "中心"].contains(where: { subject.hasSuffix($0) })
            // "与县关工委、派出所等单位共建校外教育基地4个": with whom the action is done is no part of what is counted.
            let partners = subject.hasPrefix("与") && subject.count <= 24 && !subject.contains(where: TextCleaning.isDigit)
                && ["单位", "部门", "机构", "企业", "学校", "高校"].contains(where: { subject.hasSuffix($0) })
            guard subject.count <= 8 || partners, office || partners || followsValue && subject.count <= 4 && subject.allSatisfy(TextCleaning.isHan),
                  !countActions.contains(where: { subject.contains($0) }) else { continue }
            let offset = cleaned.upperBound - cleaned.lowerBound - probe.count + probe.distance(from: probe.startIndex, to: nameStart)
            return finish((cleaned.lowerBound + offset)..<segment.upperBound)
        }
        // A measure right before its value: 课后服务覆盖率100%.
        let trimmed = stripTrailing(f, cleaned)
        let name = String(f[trimmed])
        // "新建社区健身路径38条、多功能运动场9片": the next object of the same counted action.
        if listedAfterCount, (2...12).contains(name.count), name.allSatisfy(TextCleaning.isHan),
           !verbs.contains(where: { name.contains($0) }), !countActions.contains(where: { name.contains($0) }), !["%", "‰"].contains(unit) {
            return finish(segment)
        }
        if trimmed.upperBound == segment.upperBound, unit.hasSuffix("元"), moneyEnds.contains(where: { name.hasSuffix($0) }) {
            return finish(segment)
        }
        if trimmed.upperBound == segment.upperBound, ["%", "‰", "个百分点"].contains(unit),
           measureEnds.contains(where: { name.hasSuffix($0) }) {
            return finish(segment)
        }
        // "（三）教师队伍：本科以上学历教师占比75%，县级以上骨干教师300名，教师年度培训72学时以上": a goal list that states
        // its measures without a verb states its counts so too, each a clause of its own after a measure.
        if listedAfterMeasure, trimmed.upperBound == segment.upperBound, (3...14).contains(name.count), name.allSatisfy(TextCleaning.isHan),
           !verbs.contains(where: { name.contains($0) }),
           // (Hours of training, "教师年度培训72学时", measure what the name's action amounts to.)
           !countActions.contains(where: { name.contains($0) }) || ["学时", "课时", "小时"].contains(unit),
           !["%", "‰", "个百分点"].contains(unit), !eventUnits.contains(unit), !eventWords.contains(where: { name.contains($0) }) {
            return finish(segment)
        }
        return nil
    }

    /// Counted actions whose count is a commitment of work rather than a target (完成10所学校运动场改造 is a task), or a
    /// count of events (召开3次会议).
    static let objectFirstExcluded: Set<String> = ["完成", "召开", "举办", "投入", "安排", "提供", "发放", "建立", "开展", "拥有"]

    /// Excluded verbs that state a target after a floor: "每所中职学校至少建立2个校企共建实训基地" sets how many each school is
    /// to have (≥ 2), where "建立2个…" alone may be the work of the plan.
    static let floorVerbs: Set<String> = ["建立", "拥有"]

    /// What each pupil is to master ("每名学生熟练掌握1至2项运动技能"): counted like an action's object, but only where the
    /// name says whom it is for (每名学生…), since "掌握3项技术" alone is no target.
    static let masteryVerbs = ["掌握", "学会"]

    /// "新建3所幼儿园" → 新建幼儿园 = 3 所; "每年撤并1-2所农村小规模学校" → 每年撤并农村小规模学校 ≥ 1–2 所: a counted action,
    /// its value, then what is counted, up to the end of the clause. Only a scope, a frequency or a lead-in may stand
    /// before the action, and the object must be a plain noun phrase (no value, no verb of a target).
    static func countedObject(o: [Character], f: [Character], segment: Range<Int>, match: ValueMatch,
                              clause: Range<Int>) -> ImportedIndicator? {
        guard match.value != "XX" else { return nil }
        var end = clause.upperBound
        while end > match.end, " 。".contains(f[end - 1]) { end -= 1 }
        if let and = f[match.end..<end].firstIndex(of: "并"), and > match.end + 1 { end = and }
        let object = String(f[match.end..<end])
        guard (1...20).contains(object.count), object.contains(where: TextCleaning.isHan), !object.contains(where: TextCleaning.isDigit),
              !"的以之内".contains(object.first!), !object.contains("(") && !object.contains(")"),
              !verbs.contains(where: { object.contains($0) }), !["实现", "完成", "建成", "达标"].contains(where: { object.contains($0) }),
              // "遴选5所学校创建市党建示范校": a second action makes the rest a clause, not what is counted.
              // "校企共建实训基地": a partnership word (校企共建, 家校共建) modifies the noun; it is no second action.
              !countActions.contains(where: { $0.count >= 2 && object.replacingOccurrences(
                  of: #"(校企|家校|校地|院企|园企|校社|政校)共建"#, with: "", options: .regularExpression).contains($0) }) else { return nil }
        let seg = String(f[segment])
        // "每名教师每学期至少上1节校级研讨课": after 至少 the bare verb 上 counts its object too (alone it is too common a
        // character to count anything).
        let lessonVerb = ["至少上", "最少上"].contains(where: { seg.hasSuffix($0) }) ? "上" : nil
        guard let action = (countActions + masteryVerbs).filter({ seg.hasSuffix($0) }).max(by: { $0.count < $1.count }) ?? lessonVerb,
              !objectFirstExcluded.contains(action) || floorVerbs.contains(action)
                && ["至少", "最少"].contains(where: { seg.dropLast(action.count).hasSuffix($0) }) else { return nil }
        let mastery = masteryVerbs.contains(action)
        let actionStart = segment.upperBound - action.count
        let (scope, cleaned) = stripLeading(f, segment.lowerBound..<actionStart, original: o)
        var before = String(f[cleaned]).trimmingCharacters(in: .whitespaces)
        for lead in ["年内", "内"] where before.hasSuffix(lead) { before.removeLast(lead.count) }
        // "每所学校至少组建1支科技类社团": 至少 is ≥.
        var comparator = match.valueMax != nil ? "ge" : "eq"
        for least in ["至少", "最少"] where before.hasSuffix(least) {
            before.removeLast(least.count)
            comparator = "ge"
        }
        var frequency = ""
        if let word = frequencies.first(where: { before == $0 }) {
            frequency = TextCleaning.trimmed(o[cleaned].prefix(word.count))
        } else if before.range(of: #"^每(所|个|名|位|班|校)[\p{Han}]{1,8}(\([\p{Han}、]{1,8}\))?$"#, options: .regularExpression) != nil {
            // "每所中小学至少配备1名专职心理健康教师": who each count is for stays in the name, as 每年 does. So does
            // "每个县（市、区）", the kinds of place in brackets after the first.
            frequency = TextCleaning.trimmed(o[cleaned].prefix(before.count))
        } else if mastery {
            return nil
        } else if !before.isEmpty, Sentences.leadingYearLength(Array(before)) != before.count,
                  before.range(of: #"^[0-9]+([至到~-][0-9]+)?年$"#, options: .regularExpression) == nil {
            return nil
        }
        let unit = match.unitText.map(TextCleaning.fold) ?? String(f[match.unitRange])
        // (A lesson a teacher gives, "上1节校级研讨课", is teaching done, not an event held.)
        if eventUnits.contains(unit), action != "上", eventWords.contains(where: { object.contains($0) }) || action == "组织" { return nil }
        let name = frequency + String(o[actionStart..<segment.upperBound]) + String(o[match.end..<end])
        return make(name: name, scope: scope, comparator: comparator, match: match, o: o)
    }

    /// "选派骨干教师120名赴乡村学校支教", "组织学生500人次赴基地研学": people counted in the middle of the action that sends
    /// them, the place they go (赴…) and what they do there after the value. The action must be a counted one and the
    /// rest of the clause hold no other value.
    static func countedTrip(o: [Character], f: [Character], segment: Range<Int>, match: ValueMatch,
                            clause: Range<Int>) -> ImportedIndicator? {
        guard match.end < clause.upperBound, f[match.end] == "赴", ["名", "人", "人次"].contains(String(f[match.unitRange])) else { return nil }
        var end = clause.upperBound
        while end > match.end, " 。".contains(f[end - 1]) { end -= 1 }
        let rest = f[match.end..<end]
        guard (3...20).contains(rest.count), !rest.contains(where: TextCleaning.isDigit), rest.allSatisfy(TextCleaning.isHan) else { return nil }
        let (scope, cleaned) = stripLeading(f, segment, original: o)
        guard !cleaned.isEmpty, isCountedAction(String(f[cleaned])) else { return nil }
        let name = String(o[cleaned]) + String(o[match.end..<end])
        return make(name: name, scope: scope, comparator: match.valueMax != nil ? "ge" : "eq", match: match, o: o)
    }

    /// "每所农村学校至少与1所城区学校结对" → 每所农村学校与城区学校结对 ≥ 1 所: who is paired (每所…, or a scope), 与 and
    /// the count of partners, the partners and a pairing verb closing the clause.
    static func countedPartners(o: [Character], f: [Character], segment: Range<Int>, match: ValueMatch,
                                clause: Range<Int>) -> ImportedIndicator? {
        let seg = String(f[segment])
        guard seg.hasSuffix("与"), match.end < clause.upperBound else { return nil }
        var end = clause.upperBound
        while end > match.end, " 。".contains(f[end - 1]) { end -= 1 }
        let rest = String(f[match.end..<end])
        guard (3...20).contains(rest.count), rest.allSatisfy(TextCleaning.isHan),
              ["结对", "结对帮扶", "结成帮扶对子", "结成对子", "建立帮扶关系", "建立结对关系", "共建"].contains(where: { rest.hasSuffix($0) })
        else { return nil }
        let (scope, cleaned) = stripLeading(f, segment.lowerBound..<(segment.upperBound - 1), original: o)
        var who = String(o[cleaned])
        var comparator = match.valueMax != nil ? "ge" : "eq"
        for least in ["至少", "最少"] where TextCleaning.fold(who).hasSuffix(least) {
            who.removeLast(least.count)
            comparator = "ge"
        }
        guard who.range(of: #"^每(所|个|名|位|校)\p{Han}{1,10}$"#, options: .regularExpression) != nil else { return nil }
        return make(name: who + String(o[segment.upperBound - 1]) + String(o[match.end..<end]), scope: scope,
                    comparator: comparator, match: match, o: o)
    }

    /// "二是", "（3）", "4.": the next item of a counted list starts at `i`.
    static func opensCountedItem(_ f: [Character], at i: Int) -> Bool {
        var k = i
        while k < f.count, f[k] == " " { k += 1 }
        guard k < f.count else { return false }
        if k + 1 < f.count, "一二三四五六七八九十".contains(f[k]), f[k + 1] == "是" { return true }
        return Numbering.parse(original: Array(f[k...]), folded: Array(f[k...])) != nil
    }

    static func make(name: String, scope: String?, comparator: String, match: ValueMatch, o: [Character]) -> ImportedIndicator {
        var cmp = match.comparator ?? comparator
        if match.approximate { cmp = "approx" }
        return ImportedIndicator(name: name, comparator: cmp, value: match.value, unit: (match.unitText ?? String(o[match.unitRange])).halfWidth,
                                 year: nil, scope: scope, source: "", valueMax: match.valueMax)
    }

    static func make(o: [Character], f: [Character], name: Range<Int>, scope: String?, comparator: String,
                     match: ValueMatch) -> ImportedIndicator? {
        var name = TextCleaning.trimmed(o[name])
        while let last = name.last, "“\"'‘（(".contains(last) { name.removeLast() }
        // "普通话在全市普及率": the scope sits inside the name.
        var scope = scope
        if scope == nil {
            let folded = TextCleaning.fold(name)
            for word in scopeWords {
                guard let range = folded.range(of: "在" + word) else { continue }
                let start = folded.distance(from: folded.startIndex, to: range.lowerBound)
                let chars = Array(name)
                let rest = String(chars[..<start]) + String(chars[(start + word.count + 1)...])
                if rest.count >= 2 {
                    scope = String(chars[(start + 1)..<(start + 1 + word.count)])
                    name = rest
                }
                break
            }
        }
        guard name.count >= 2, name.count <= 200, name.contains(where: TextCleaning.isHan), !name.contains("\n") else { return nil }
        var cmp = match.comparator ?? comparator
        if match.approximate { cmp = "approx" }
        return ImportedIndicator(name: name, comparator: cmp, value: match.value,
                                 unit: (match.unitText ?? String(o[match.unitRange])).halfWidth, year: nil, scope: scope, source: "",
                                 valueMax: match.valueMax)
    }

    /// The verb closest to the value, with only "…的" (交流对象的) allowed between them.
    static func verbBefore(_ seg: String) -> (String, Int)? {
        let chars = Array(seg)
        var best: (String, Int)?
        for verb in verbs {
            var searchEnd = chars.count
            while let at = lastIndex(of: Array(verb), in: chars, before: searchEnd) {
                let between = chars[(at + verb.count)...]
                let yearOf = between.count == 6 && between.prefix(4).allSatisfy(TextCleaning.isDigit) && String(between).hasSuffix("年的")
                // "提高到每人每月500元": who and how often the value is counted stands between verb and value.
                let rate = between.first == "每" && (2...5).contains(between.count) && between.allSatisfy(TextCleaning.isHan)
                let ok = between.isEmpty || yearOf || rate
                    || (between.last == "的" && between.count <= 12 && !between.contains(where: TextCleaning.isDigit))
                if ok, at > 0 {
                    if best == nil || at + verb.count > best!.1 + best!.0.count { best = (verb, at) }
                    break
                }
                searchEnd = at
            }
        }
        return best
    }

    static func lastIndex(of needle: [Character], in hay: [Character], before end: Int) -> Int? {
        guard needle.count <= end else { return nil }
        var i = end - needle.count
        while i >= 0 {
            if Array(hay[i..<(i + needle.count)]) == needle { return i }
            i -= 1
        }
        return nil
    }

    static func stripTrailing(_ f: [Character], _ range: Range<Int>) -> Range<Int> {
        var r = range
        var changed = true
        while changed {
            changed = false
            while r.upperBound > r.lowerBound, f[r.upperBound - 1] == " " { r = r.lowerBound..<(r.upperBound - 1) }
            let text = String(f[r])
            for adverb in trailingAdverbs where text.hasSuffix(adverb) && text.count > adverb.count + 1 {
                // 技能, 功能, 体能: the 能 of a noun is no "can" (每名学生掌握运动技能不少于2项).
                if adverb == "能", let before = text.dropLast().last, "技功性智效体职才潜动产节储".contains(before) { continue }
                r = r.lowerBound..<(r.upperBound - adverb.count)
                changed = true
                break
            }
        }
        return r
    }

    /// Removes lead-ins (确保, 到2025年, 原则上 …) and reads a scope (全市, 肇州县, 龙凤区、让胡路区) off the front.
    static func stripLeadingFillers(_ f: [Character], _ range: Range<Int>) -> (String?, Range<Int>) {
        stripLeading(f, range, readScope: false)
    }

    /// The scope is given in the document's characters when `original` is passed (全縣 stays 全縣), else folded.
    static func stripLeading(_ f: [Character], _ range: Range<Int>, readScope: Bool = true,
                             original: [Character]? = nil) -> (String?, Range<Int>) {
        func originalText(_ start: Int, _ length: Int) -> String { String((original ?? f)[start..<(start + length)]) }
        var r = range
        var scope: String?
        var changed = true
        while changed && r.lowerBound < r.upperBound {
            changed = false
            while r.lowerBound < r.upperBound, f[r.lowerBound] == " " {
                r = (r.lowerBound + 1)..<r.upperBound
            }
            let text = String(f[r])
            // "●三年改造乡村学校校舍12所": a bullet before the item.
            if LeadPhrase.bullets.contains(f[r.lowerBound]) {
                r = (r.lowerBound + 1)..<r.upperBound
                changed = true
                continue
            }
            // "②评选…": an inline item number.
            if let v = f[r.lowerBound].unicodeScalars.first?.value, f[r.lowerBound].unicodeScalars.count == 1,
               (0x2460...0x249B).contains(v) || (0x2776...0x2793).contains(v) {
                r = (r.lowerBound + 1)..<r.upperBound
                changed = true
                continue
            }
            // "通过“特岗计划”等渠道补充…": how it is done is not part of what is counted.
            if text.hasPrefix("通过"), let way = ["渠道", "方式", "途径", "形式"].compactMap({ text.range(of: $0) }).min(by: { $0.lowerBound < $1.lowerBound }),
               text.distance(from: text.startIndex, to: way.upperBound) <= 30, way.upperBound < text.endIndex {
                r = (r.lowerBound + text.distance(from: text.startIndex, to: way.upperBound))..<r.upperBound
                changed = true
                continue
            }
            // "“十五五”期间" / "十四五时期" / "“十五五”末": the plan's period is a lead-in.
            if let period = text.range(of: #"^[“"]?十[一二三四五六七八九]五[”"]?(期间|时期|末)"#, options: .regularExpression),
               period.upperBound < text.endIndex {
                r = (r.lowerBound + text.distance(from: text.startIndex, to: period.upperBound))..<r.upperBound
                changed = true
                continue
            }
            if let yearLength = Sentences.leadingYearLength(Array(text)), yearLength < text.count {
                r = (r.lowerBound + yearLength)..<r.upperBound
                changed = true
                continue
            }
            // 在全县范围内 / 在龙凤区: 在 before a scope; 在职教师 keeps its 在.
            if text.hasPrefix("在"), text.count > 3, !protectedStarts.contains(where: { text.hasPrefix($0) }) {
                let after = String(text.dropFirst())
                if scopeWords.contains(where: { after.hasPrefix($0) }) || Places.leadingList(Array(after)) != nil {
                    r = (r.lowerBound + 1)..<r.upperBound
                    changed = true
                    continue
                }
            }
            if protectedStarts.contains(where: { text.hasPrefix($0) }) { break }
            // 各县区 is a scope, not 各 + 县区.
            let scopeFirst = scopeWords.contains(where: { text.hasPrefix($0) })
            // 让胡路区 is a place, not 让 + 胡路区.
            let placeFirst = Places.leading(ArraySlice(Array(text))) != nil
            for filler in leadingFillers where text.hasPrefix(filler) && (text.count > filler.count + 1 || !readScope)
                && !(placeFirst && filler.count == 1) && !scopeFirst {
                r = (r.lowerBound + filler.count)..<r.upperBound
                changed = true
                break
            }
            if changed { continue }
            if scope == nil, readScope {
                // 城关镇中心小学 is a school, not 城关镇 + 中心小学.
                let schoolWords = ["中心小学", "中心校", "小学", "中学", "初中", "高中", "幼儿园", "学校", "职业", "实验", "第"]
                func namesASchool(_ length: Int) -> Bool {
                    let after = String(text.dropFirst(length))
                    return schoolWords.contains(where: { after.hasPrefix($0) })
                }
                if let word = scopeWords.first(where: { text.hasPrefix($0) && text.count > $0.count + 1 }) {
                    scope = originalText(r.lowerBound, word.count)
                    r = (r.lowerBound + word.count)..<r.upperBound
                    changed = true
                } else if let places = Places.leadingList(Array(text)), places.length < text.count - 1, !namesASchool(places.length) {
                    var position = r.lowerBound
                    scope = places.names.map { name -> String in
                        defer { position += name.count + 1 }
                        return originalText(position, name.count)
                    }.joined(separator: "、")
                    r = (r.lowerBound + places.length)..<r.upperBound
                    changed = true
                }
            }
        }
        return (scope, r)
    }
}

extension String {
    /// Full-width ASCII forms (％, ２) as ASCII; everything else unchanged.
    var halfWidth: String {
        String(map { c -> Character in
            guard c.unicodeScalars.count == 1, let v = c.unicodeScalars.first?.value, v >= 0xFF01, v <= 0xFF5E,
                  let half = Unicode.Scalar(v - 0xFEE0) else { return c }
            return Character(half)
        })
    }
}
