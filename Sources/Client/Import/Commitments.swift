import Foundation

/// Sentences that commit someone to an action by a deadline, to a named document or under a named owner, read as
/// tasks: "到2019年9月，全市小学高年级实行语数分科教学" (due 2019-09), "3月底前制定…" (the plan's year), "编制《…规划》，
/// 2021年6月底前报区政府审定" (due 2021-06), "…，由县教育局牵头，县财政局配合" (lead, partners), "完成40所B级学校提档升级
/// 任务". A target with a value (到2025年，入园率达97%) is an indicator, not a task; a year that only says when something
/// happened (2019年撤并学校XX所) is no deadline.
enum Commitments {
    /// Verbs of a commitment that a deadline turns into a task.
    static let verbs = [
        "建成", "完成", "实现", "实行", "建立", "编制", "制定", "出台", "启动", "投入使用", "达到", "覆盖", "消除", "取消", "组建",
        "成立", "开通", "竣工", "交付", "印发", "修订", "推行", "推开", "开工", "报送", "审定", "验收", "挂牌", "落地", "配齐", "配足",
        "移交", "办成", "发布",
    ]
    /// Verbs that commit to an action only where the item names its owner ("2023年开展中期评估（责任单位：县教育局）").
    /// A school or class opening its enrolment by a month ("9月底前…职业高中部开班招生") commits as firmly.
    /// A meeting called by a date where the item names its owner ("4月底前召开全校家长会。（负责部门：德育处…）") is that
    /// owner's task as firmly as an event held, and so is work deployed by a date ("6月底前部署暑期校外培训专项治理").
    /// An event hosted for a higher level by a date ("10月底前承办全市…篮球比赛") is held as firmly as one's own, and
    /// something founded with a partner by a date ("9月底前与…集团共建汽车产业学院") is built as firmly as alone: the
    /// dated action is the task, not the item's lead phrase.
    static let ownedVerbs = ["开展", "上线", "举办", "推进", "组织", "开班", "招生", "召开", "部署", "承办", "共建"]
    /// Aims, not tasks: "到2026年，基本建成覆盖城乡的数字教育体系".
    static let aimWords = ["基本建成", "基本实现", "基本形成", "全面建成", "全面实现", "全面达到", "初步建成", "初步形成", "全面形成"]
    /// Verbs that carry a deadline on to the next clause: "8月底前建成…，完成…改扩建".
    static let followVerbs = ["完成", "建成", "实现", "出台", "制定", "启动", "开工", "投入使用", "竣工"]

    /// Verbs that produce a named document: 编制《…》; 汇编《…案例集》 compiles one.
    static let documentVerbs = ["编制", "制定", "出台", "修订", "研制", "印发", "制订", "汇编"]

    /// `owned`: the item names its owner, so a bare year that opens a clause (2023年开展…) is a deadline and a few more
    /// verbs commit.
    static func tasks(o: [Character], f: [Character], sentence: Range<Int>, year: String? = nil, owned: Bool = false) -> [ImportedTask] {
        let source = TextCleaning.trimmed(o[sentence])
        let clauses = Sentences.clauses(f, in: sentence)
        let sentenceDue = deadlines(f, in: sentence, year: year).first?.due
        let commitVerbs = owned ? verbs + ownedVerbs : verbs
        var out: [ImportedTask] = []
        var used = Set<Int>()
        // "由县教育局牵头，县财政局配合": who owns what the sentence commits to.
        var lead: String?
        var partners: [String] = []
        for (index, clause) in clauses.enumerated() {
            guard let who = owner(TextCleaning.trimmed(o[clause])) else { continue }
            if let l = who.lead, lead == nil { lead = l }
            if let p = who.partner { partners.append(p) }
            used.insert(index)
        }
        // "…1所（县教育局负责）": an owner in brackets after the action.
        var bracketed: [Range<Int>] = []
        var i = sentence.lowerBound
        while i < sentence.upperBound {
            guard f[i] == "(", let close = f[i..<sentence.upperBound].firstIndex(of: ")") else { i += 1; continue }
            // "（各县市区政府负责，长期坚持）": the owner may share the bracket with a note.
            var found = false
            var pieceStart = i + 1
            for k in (i + 1)...close where k == close || ",;".contains(f[k]) {
                if let who = owner(TextCleaning.trimmed(o[pieceStart..<k])) {
                    if let l = who.lead, lead == nil { lead = l }
                    if let p = who.partner { partners.append(p) }
                    found = true
                }
                pieceStart = k + 1
            }
            if found { bracketed.append(i..<(close + 1)) }
            i = close + 1
        }
        /// The document's text of a range without the bracketed owners.
        func original(_ range: Range<Int>) -> String {
            var chars: [Character] = []
            for k in range where !bracketed.contains(where: { $0.contains(k) }) { chars.append(o[k]) }
            return TextCleaning.trimmed(String(chars))
        }
        let owners = used
        // 编制《…》: the document is the task; a deadline anywhere in the sentence is its due date.
        for (index, clause) in clauses.enumerated() {
            let text = String(f[clause])
            guard let verb = documentVerbs.first(where: { text.contains($0 + "《") }),
                  let at = text.range(of: verb + "《") else { continue }
            let start = clause.lowerBound + text.distance(from: text.startIndex, to: at.lowerBound)
            guard let close = f[start..<clause.upperBound].firstIndex(of: "》") else { continue }
            // "关于印发《…》的通知" names the notice that carries the plan, not a task.
            if text.contains("关于") || String(f[close..<clause.upperBound]).contains("通知") { continue }
            out.append(ImportedTask(title: TextCleaning.trimmed(o[start...close]), due: sentenceDue, source: source))
            used.insert(index)
        }
        // A clause that opens with a deadline: the action after it (in the clause, or the next one) is the task. Where
        // the sentence names a document, its deadline is the document's ("编制《…》，2021年6月底前报区政府审定").
        let namesADocument = !out.isEmpty
        var carried: String?
        // A sentence that only sets targets for a year ("到2028年，…覆盖率达到100%") commits its owner to no action.
        var setsTargets = false
        for (index, clause) in clauses.enumerated() where !used.contains(index) && !namesADocument {
            // "确保澄溪区第二实验小学8月底前投入使用": a subject, its deadline, then the action.
            if let found = deadlines(f, in: clause, year: year).first, found.range.lowerBound > firstContent(f, clause),
               let task = subjectThenDeadline(o: o, f: f, clause: clause, deadline: found, original: original) {
                out.append(ImportedTask(title: task, due: found.due, source: source))
                used.insert(index)
                carried = found.due
                continue
            }
            guard let found = deadlines(f, in: clause, year: year, bareYears: owned).first, found.range.lowerBound == firstContent(f, clause) else {
                // "8月底前建成东坪区第六小学，完成青石街道中心幼儿园改扩建": the deadline holds for the next action too.
                let text = String(f[firstContent(f, clause)..<clause.upperBound])
                if let due = carried, followVerbs.contains(where: { text.hasPrefix($0) }),
                   IndicatorExtractor.extract(from: String(o[clause]), defaultYear: nil).isEmpty {
                    out.append(ImportedTask(title: String(original(clause).prefix(500)), due: due, source: source))
                    used.insert(index)
                } else {
                    carried = nil
                }
                continue
            }
            var titleRange = found.range.upperBound..<clause.upperBound
            var titleIndex = index
            if String(f[titleRange]).allSatisfy({ $0 == " " }) {
                guard index + 1 < clauses.count, !used.contains(index + 1) else { continue }
                titleRange = clauses[index + 1]
                titleIndex = index + 1
            }
            var title = original(titleRange)
            let folded = TextCleaning.fold(title)
            // "12月底前开展专项督查": a month's deadline commits to the action as firmly as an owner does.
            let verbsHere = found.due.contains("-") ? verbs + ownedVerbs : commitVerbs
            // A figure makes the clause a target, not a task, unless an owner answers for it by a date
            // ("2026年6月底前建成校级名师工作室3个（责任部门：教师发展中心）" is both).
            // "所有县区通过国家义务教育优质均衡发展督导评估": passing an assessment by a date is a commitment too.
            let passes = folded.contains("通过") && ["评估", "验收", "认定", "复核", "督导"].contains(where: { folded.hasSuffix($0) })
            // "到2028年，全县…覆盖率达到100%": a year a target is set for, not a date someone answers for, so its figure
            // stays a target even in an item that names an owner.
            if owned, isTargetYear(f, found), !IndicatorExtractor.extract(from: title, defaultYear: nil).isEmpty {
                setsTargets = true
                continue
            }
            guard verbsHere.contains(where: { folded.contains($0) }) || passes, !aimWords.contains(where: { folded.contains($0) }),
                  owned || IndicatorExtractor.extract(from: title, defaultYear: nil).isEmpty,
                  // "…达到3个，到2025年达到6个": a target per stage is an indicator; "基本实现教育现代化" is an aim.
                  !folded.hasSuffix("现代化"), !(title.count < 6 && folded.contains(where: TextCleaning.isDigit)) else { continue }
            // "全部完成", "投入使用" say little alone: the clause before says what.
            if title.count < 6, let before = (0..<index).last(where: { !owners.contains($0) }) {
                title = original(clauses[before]) + "，" + title
            }
            out.append(ImportedTask(title: String(title.prefix(500)), due: found.due, source: source))
            used.insert(titleIndex)
            carried = found.due
        }
        // 完成40所学校提档升级任务: a counted commitment that is not a target value.
        for (index, clause) in clauses.enumerated() where !used.contains(index) {
            let (_, stripped) = IndicatorExtractor.stripLeadingFillers(f, clause)
            let text = String(f[stripped])
            guard text.hasPrefix("完成") || text.hasPrefix("建成"), text.contains(where: TextCleaning.isDigit),
                  IndicatorExtractor.extract(from: text, defaultYear: nil).isEmpty else { continue }
            out.append(ImportedTask(title: original(stripped), due: sentenceDue, source: source))
        }
        // An owner named without a deadline still makes the sentence's action a task.
        if out.isEmpty, lead != nil, !setsTargets, let first = clauses.indices.first(where: { !owners.contains($0) }) {
            out.append(ImportedTask(title: original(clauses[first]), due: sentenceDue, source: source))
        }
        for i in out.indices {
            if out[i].lead == nil { out[i].lead = lead }
            if out[i].partners == nil, !partners.isEmpty { out[i].partners = partners.joined(separator: "、") }
        }
        return out
    }

    /// The task of a clause whose deadline stands between its subject and a commitment ("澄溪区第二实验小学8月底前投入使用"):
    /// the subject and the action, without the deadline. The subject is a short name, not a clause of its own.
    static func subjectThenDeadline(o: [Character], f: [Character], clause: Range<Int>, deadline: (due: String, range: Range<Int>),
                                    original: (Range<Int>) -> String) -> String? {
        let subject = firstContent(f, clause)..<deadline.range.lowerBound
        let action = deadline.range.upperBound..<clause.upperBound
        var subjectText = String(f[subject])
        let actionText = String(f[action])
        // "各乡镇中心学校、县直各学校要于12月20日前报送…": the units (a list of them) answer by a day, and the clause
        // whole, its date included, is what a reader lists (sets 18, 25 and 47).
        let byDay = subjectText.hasSuffix("于")
        if byDay {
            subjectText.removeLast()
            if subjectText.hasSuffix("要") { subjectText.removeLast() }
        }
        guard (2...20).contains(subjectText.count),
              subjectText.allSatisfy({ TextCleaning.isHan($0) || "()“”\"".contains($0) || byDay && $0 == "、" }),
              !verbs.contains(where: { subjectText.contains($0) }), !aimWords.contains(where: { actionText.contains($0) }),
              verbs.contains(where: { actionText.hasPrefix($0) }),
              IndicatorExtractor.extract(from: String(o[clause]), defaultYear: nil).isEmpty else { return nil }
        return String((byDay ? original(clause) : original(subject) + original(action)).prefix(500))
    }

    /// "由县教育局牵头" → lead 县教育局; "县财政局配合" → partner 县财政局. Short clauses only.
    static func owner(_ clause: String) -> (lead: String?, partner: String?)? {
        let f = TextCleaning.fold(clause)
        guard (3...24).contains(f.count) else { return nil }
        var body = clause
        if f.hasPrefix("由") { body = String(body.dropFirst()) }
        let folded = TextCleaning.fold(body)
        for suffix in ["牵头负责", "牵头", "负责"] where folded.hasSuffix(suffix) && folded.count > suffix.count + 1 {
            let who = String(body.dropLast(suffix.count))
            // "由业务园长牵头": in a school's plan a post leads; after 由 a post is as clear an owner as an office.
            let post = f.hasPrefix("由") && ["长", "主任", "书记", "小组", "组"].contains(where: { TextCleaning.fold(who).hasSuffix($0) })
            return looksLikeUnit(who) || post ? (who, nil) : nil
        }
        for suffix in ["配合", "协助", "参与"] where folded.hasSuffix(suffix) && folded.count > suffix.count + 1 {
            let who = String(body.dropLast(suffix.count))
            return looksLikeUnit(who) ? (nil, who) : nil
        }
        return nil
    }

    /// Offices and schools end so: 县教育局, 县财政局, 各学校, 区政府, 教研室, 机关党委.
    static func looksLikeUnit(_ name: String) -> Bool {
        let f = TextCleaning.fold(name)
        let ends = ["局", "委", "办", "室", "处", "科", "股", "中心", "学校", "政府", "部门", "单位", "院", "校", "园", "会", "部", "厅", "站", "馆"]
        return ends.contains(where: { f.hasSuffix($0) }) && !f.contains(where: { "的是把将".contains($0) })
    }

    /// Where a clause's content starts, past spaces and lead-ins (力争到2023年 opens with its deadline).
    static func firstContent(_ f: [Character], _ range: Range<Int>) -> Int {
        var i = range.lowerBound
        // "●2065年8月底前完成…": a bullet before the item.
        while i < range.upperBound, f[i] == " " || LeadPhrase.bullets.contains(f[i]) && f[i] != "-" && f[i] != "—" { i += 1 }
        for lead in ["力争", "争取", "确保", "计划", "预计", "要"] where String(f[i..<min(range.upperBound, i + lead.count)]) == lead {
            return i + lead.count
        }
        return i
    }

    /// "3月底前" / "9月前" / "6月底" (not after a year or a digit), "年底前" / "年内": a deadline in the plan's year.
    static func monthOrYearEnd(_ f: [Character], at i: Int, in range: Range<Int>, year: String) -> (due: String, range: Range<Int>)? {
        if i > range.lowerBound, TextCleaning.isDigit(f[i - 1]) || f[i - 1] == "年" { return nil }
        func has(_ word: String, at k: Int) -> Bool { k + word.count <= range.upperBound && String(f[k..<(k + word.count)]) == word }
        if !TextCleaning.isDigit(f[i]) {
            for word in ["年底前", "年内"] where has(word, at: i) { return (year, i..<(i + word.count)) }
            // "次年5月底前", "翌年底前": the year after the plan's (a 学年度 plan's second calendar year), counted from it.
            for next in ["次年", "翌年"] where has(next, at: i) {
                guard let value = Int(year).map({ String($0 + 1) }) else { return nil }
                if has("底前", at: i + next.count) { return (value, i..<(i + next.count + 2)) }
                guard i + next.count < range.upperBound,
                      let found = monthOrYearEnd(f, at: i + next.count, in: (i + next.count)..<range.upperBound, year: value) else { return nil }
                return (found.due, i..<found.range.upperBound)
            }
            return nil
        }
        var m = i
        while m < range.upperBound, TextCleaning.isDigit(f[m]) { m += 1 }
        guard m - i <= 2, m < range.upperBound, f[m] == "月", let month = Int(String(f[i..<m])), (1...12).contains(month) else { return nil }
        let due = year + "-" + (month < 10 ? "0" : "") + String(month)
        var end = m + 1
        var marked = false
        // "3月15日前召开…": a day of the month before 前 is due that month ("3月5日前后" is about then, no deadline; "各学校
        // 于11月20日前报送…" is read whole as its subject's commitment, `subjectThenDeadline`).
        var d = end
        while d < range.upperBound, d - end < 2, TextCleaning.isDigit(f[d]) { d += 1 }
        if d > end, let day = Int(String(f[end..<d])), (1...31).contains(day), has("日", at: d),
           let before = ["前", "之前", "以前"].first(where: { has($0, at: d + 1) }), !has("后", at: d + 1 + before.count) {
            return (due, i..<(d + 1 + before.count))
        }
        for suffix in ["底前", "底", "前", "份前", "中旬前", "上旬前", "下旬前", "上旬", "中旬", "下旬", "末前", "末"] where has(suffix, at: end) {
            end += suffix.count
            marked = true
            break
        }
        // "3月开工建设…": a month without 底/前 is a deadline when an action follows it at once.
        if !marked, !verbs.contains(where: { has($0, at: end) }) { return nil }
        return (due, i..<end)
    }

    /// "到2028年", "至2030年": the year a target is set for (no month, no 前), not a date an owner answers for. So is a
    /// bare year opening an owned item's clause ("2048年，全县学前三年毛入园率达到96%", a plan's sentence after its
    /// summary's "2047年，…"): it says for when the figure is set, and only an action makes it a task.
    static func isTargetYear(_ f: [Character], _ found: (due: String, range: Range<Int>)) -> Bool {
        let text = String(f[found.range])
        let bare = text.count == 5 && text.hasSuffix("年")
        return (bare || text.hasPrefix("到") || text.hasPrefix("至")) && !found.due.contains("-") && !text.hasSuffix("前")
    }

    /// "二〇六四" → 2064: a year written digit by digit in Chinese numerals.
    static func chineseYear(_ f: [Character], at i: Int) -> Int? {
        guard i + 4 <= f.count else { return nil }
        var value = 0
        for c in f[i..<(i + 4)] {
            guard let d = Numbering.chineseDigits[c] else { return nil }
            value = value * 10 + d
        }
        return (1990...2100).contains(value) ? value : nil
    }

    /// What may close a deadline after its year or month: "2025年底前", "2021年6月底前", "2025年前".
    static let yearSuffixes = ["底前", "末前", "以前", "之前", "底", "末", "前"]

    /// Deadlines in a range: 到2025年, 2025年底前, 2025年9月前, 2021年6月底前, 于2024年12月. A bare "2019年" is not one,
    /// nor a year inside a range (2021-2035年) or a book title (《…（2021-2035年）》).
    static func deadlines(_ f: [Character], in range: Range<Int>, year planYear: String? = nil,
                          bareYears: Bool = false) -> [(due: String, range: Range<Int>)] {
        var out: [(due: String, range: Range<Int>)] = []
        var depth = 0
        var i = range.lowerBound
        while i < range.upperBound {
            let c = f[i]
            if c == "《" { depth += 1 }
            if c == "》" { depth = max(0, depth - 1) }
            // "3月底前", "年底前": the plan's own year.
            if depth == 0, let planYear, let found = monthOrYearEnd(f, at: i, in: range, year: planYear) {
                out.append(found)
                i = found.range.upperBound
                continue
            }
            // "二〇六四年九月底前": a date in Chinese numerals reads as one in digits.
            if depth == 0, i + 4 < range.upperBound, let year = chineseYear(f, at: i), f[i + 4] == "年",
               i == range.lowerBound || !Numbering.isChineseNumeral(f[i - 1]) {
                var end = i + 5
                var due = String(year)
                var m = end
                while m < range.upperBound, m - end < 3, Numbering.isChineseNumeral(f[m]) { m += 1 }
                if m > end, m < range.upperBound, f[m] == "月", let month = Numbering.chineseValue(f[end..<m]), (1...12).contains(month) {
                    due += "-" + (month < 10 ? "0" : "") + String(month)
                    end = m + 1
                }
                for suffix in yearSuffixes where String(f[end..<min(range.upperBound, end + suffix.count)]) == suffix {
                    end += suffix.count
                    break
                }
                out.append((due, i..<end))
                i = end
                continue
            }
            guard depth == 0, TextCleaning.isDigit(c), i + 4 < range.upperBound,
                  i == range.lowerBound || !TextCleaning.isDigit(f[i - 1]) && !"-~—.".contains(f[i - 1]),
                  f[(i + 1)..<(i + 4)].allSatisfy(TextCleaning.isDigit), f[i + 4] == "年",
                  let year = Int(String(f[i..<(i + 4)])), (1990...2100).contains(year) else { i += 1; continue }
            var start = i
            var marked = false
            for prefix in ["截至", "截止", "到", "至", "于", "在"] where start - prefix.count >= range.lowerBound
                && String(f[(start - prefix.count)..<start]) == prefix {
                start -= prefix.count
                marked = prefix != "在"
                break
            }
            var end = i + 5
            var due = String(year)
            var m = end
            while m < range.upperBound, TextCleaning.isDigit(f[m]) { m += 1 }
            if m > end, m - end <= 2, m < range.upperBound, f[m] == "月", let month = Int(String(f[end..<m])), (1...12).contains(month) {
                due += "-" + (month < 10 ? "0" : "") + String(month)
                end = m + 1
                marked = true
            }
            for suffix in yearSuffixes where String(f[end..<min(range.upperBound, end + suffix.count)]) == suffix {
                end += suffix.count
                marked = true
                break
            }
            // "2023年开展中期评估": in an item with a named owner, a year that opens its clause is when it is due.
            if !marked, bareYears, start == firstContent(f, range) { marked = true }
            if marked { out.append((due, start..<end)) }
            i = end
        }
        return out
    }
}
