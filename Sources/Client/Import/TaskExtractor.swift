import Foundation
import Shared

/// Finds tasks with a responsible unit and a deadline. Three shapes are common in plans:
/// - a breakdown by county, "确保肇州县2023年,龙凤区、大同区2024年达标迎检": one task per county, each with its year;
/// - labels after a task, "…（牵头单位：市教育局；责任单位：各县区；完成时限：2025年底）", inline or on lines of their own;
/// - a task-breakdown table pasted from Excel (序号, 重点任务, 牵头单位, 责任单位, 完成时限), one row per line.
enum TaskExtractor {
    /// The tasks of a section: its heading and paragraphs, in order.
    /// `year` is the plan's (or the section's) year: the year of a deadline by month alone (3月底前).
    /// `rows`: the paragraphs that are rows of a task table, with its columns (`TaskTable.scan`).
    static func extract(heading: String, paragraphs: [String], year: String? = nil,
                        rows: [Int: TaskTable.Columns]? = nil) -> [ImportedTask] {
        let rows = rows ?? TaskTable.scan(paragraphs, open: nil).columns
        var out: [ImportedTask] = []
        var index = 0
        // A month table's months and a schedule's times run on in one calendar through the section.
        var schedule = Schedule(year: year.flatMap(Int.init))
        while index < paragraphs.count {
            if let columns = rows[index] {
                if var task = TaskTable.task(paragraphs[index], columns: columns) {
                    // A month table's row ("2月\t开学典礼…\t德育处"): a month without a year is of the schedule's year.
                    if task.due == nil, let month = TaskTable.month(paragraphs[index], columns: columns) { task.due = schedule.due(month) }
                    out.append(task)
                }
                index += 1
                continue
            }
            if TaskTable.header(paragraphs[index]) != nil {
                index += 1
                continue
            }
            // "三月：完成春季学生资助申报。", "第1—2周（2月15日—2月26日）：…": a run of schedule lines commits to each line's
            // actions by its time, up to the first line with no time label.
            if let (tasks, end) = Schedule.run(paragraphs, from: index, year: year.flatMap(Int.init)) {
                out += tasks
                index = end
                continue
            }
            // Labels on lines of their own ("牵头单位：…" / "完成时限：…") describe the section's task together.
            if startsWithLabel(paragraphs[index]) {
                var end = index
                while end + 1 < paragraphs.count, startsWithLabel(paragraphs[end + 1]) { end += 1 }
                let joined = paragraphs[index...end].joined(separator: "；")
                out += extract(from: joined, heading: heading, year: year)
                index = end + 1
                continue
            }
            out += extract(from: paragraphs[index], heading: heading, year: year)
            index += 1
        }
        return out
    }

    static func startsWithLabel(_ paragraph: String) -> Bool {
        let f = TextCleaning.fold(paragraph).replacingOccurrences(of: " ", with: "")
        return (leadLabels + partnerLabels + dueLabels).contains { f.hasPrefix($0 + ":") }
    }

    static func extract(from paragraph: String, heading: String, year: String? = nil) -> [ImportedTask] {
        let o = Array(paragraph)
        let f = TextCleaning.fold(o)
        // "…6月底前提请县政府印发。（督导室负责）": an owner in brackets after the item's last sentence owns the item.
        if !heading.isEmpty, let (who, end) = closingOwner(o: o, f: f) {
            let labels = ImportedTask(title: heading, lead: who.lead ?? who.partner, partners: who.lead != nil ? who.partner : nil,
                                      due: nil, source: TextCleaning.trimmed(String(o)))
            return itemTasks(o: Array(o[..<end]), f: Array(f[..<end]), labels: labels, year: year)
        }
        if let (task, closesItem, sentence) = labelled(o: o, f: f, heading: heading, year: year) {
            guard closesItem else {
                // "3月底前完成…审核（责任人：教导处）": the sentence the labels close gives the deadline and the action.
                let dated = Commitments.tasks(o: o, f: f, sentence: sentence, year: year, owned: true).filter { $0.due != nil }
                guard !dated.isEmpty else { return [task] }
                return dated.map { found in
                    var each = found
                    each.lead = task.lead
                    each.partners = task.partners
                    each.due = task.due ?? found.due
                    return each
                }
            }
            return itemTasks(o: o, f: f, labels: task, year: year)
        }
        var out: [ImportedTask] = []
        for sentence in Sentences.ranges(f) {
            let byCounty = countyBreakdown(o: o, f: f, sentence: sentence)
            out += byCounty.isEmpty ? Commitments.tasks(o: o, f: f, sentence: sentence, year: year) : byCounty
        }
        return out
    }

    /// An owner in brackets standing as the paragraph's last sentence ("（督导室、基教股负责）"), and where it starts.
    static func closingOwner(o: [Character], f: [Character]) -> ((lead: String?, partner: String?), Int)? {
        guard let last = Sentences.ranges(f).last, last.lowerBound > 0 else { return nil }
        var text = TextCleaning.trimmed(o[last])
        while let end = text.last, "。.".contains(end) { text.removeLast() }
        let folded = TextCleaning.fold(text)
        guard folded.hasPrefix("("), folded.hasSuffix(")"), folded.dropFirst().dropLast().allSatisfy({ $0 != "(" && $0 != ")" }),
              let who = Commitments.owner(String(text.dropFirst().dropLast())) else { return nil }
        return (who, last.lowerBound)
    }

    // MARK: County breakdown

    struct Group {
        var places: [String]
        var year: Int
        var start: Int
        var end: Int
    }

    static func countyBreakdown(o: [Character], f: [Character], sentence: Range<Int>) -> [ImportedTask] {
        var groups: [Group] = []
        var i = sentence.lowerBound
        while i < sentence.upperBound {
            // A year "2023年" right after a list of places.
            guard TextCleaning.isDigit(f[i]), i + 4 < sentence.upperBound, (i == sentence.lowerBound || !TextCleaning.isDigit(f[i - 1])),
                  f[(i + 1)..<(i + 4)].allSatisfy(TextCleaning.isDigit), f[i + 4] == "年",
                  let year = Int(String(f[i..<(i + 4)])), (1990...2100).contains(year)
            else { i += 1; continue }
            // The place list starts after the last clause break or lead-in before the year.
            var start = i
            while start > sentence.lowerBound, !",;:。 ".contains(f[start - 1]) { start -= 1 }
            let (_, stripped) = IndicatorExtractor.stripLeadingFillers(f, start..<i)
            let candidate = Array(f[stripped])
            if let list = Places.leadingList(candidate), list.length == candidate.count {
                groups.append(Group(places: list.names.map { name in
                    let at = stripped.lowerBound + (String(candidate).range(of: name).map { String(candidate)[..<$0.lowerBound].count } ?? 0)
                    return String(o[at..<(at + name.count)])
                }, year: year, start: start, end: i + 5))
            }
            i += 5
        }
        guard !groups.isEmpty else { return [] }
        let source = TextCleaning.trimmed(o[sentence])
        // The action follows the last year; a group may carry its own action before the next group.
        func action(_ range: Range<Int>) -> String {
            var text = TextCleaning.trimmed(o[range])
            while let first = text.first, ",，;；:：、 ".contains(first) { text.removeFirst() }
            while let last = text.last, "。,，;；!！?？ ".contains(last) { text.removeLast() }
            return text
        }
        let finalAction = action(groups.last!.end..<sentence.upperBound)
        guard finalAction.contains(where: TextCleaning.isHan) else { return [] }
        // "某县2025年教育工作要点" names a plan, not a county's task.
        var foldedAction = TextCleaning.fold(finalAction)
        // "附件：芷州市2027年…分解表" joined with the "附件" label over the table: the label names no task either.
        if foldedAction.hasSuffix("附件") { foldedAction.removeLast(2) }
        // "樗山县2026年教育督导重点工作任务清单" titles the table under it, as a plan's title names the plan.
        if TitleFinder.planWords.contains(where: { foldedAction.hasSuffix($0) }) || foldedAction.contains(".doc")
            || ["清单", "一览表", "分解表", "安排表", "汇总表"].contains(where: { foldedAction.hasSuffix($0) })
            || foldedAction.contains(".pdf") { return [] }
        // A short action ("达标迎检") reads better with what comes before it in the sentence.
        var leadStart = max(sentence.lowerBound, groups[0].start - 1)
        while leadStart > sentence.lowerBound, !",;:".contains(f[leadStart - 1]) { leadStart -= 1 }
        let lead = action(leadStart..<groups[0].start)
        var out: [ImportedTask] = []
        for (index, group) in groups.enumerated() {
            let next = index + 1 < groups.count ? groups[index + 1].start : sentence.upperBound
            let own = action(group.end..<next)
            var title = own.contains(where: TextCleaning.isHan) ? own : finalAction
            if title.count < 8, !lead.isEmpty { title = lead + "，" + title }
            if title.count > 500 { title = String(title.prefix(500)) }
            for place in group.places {
                out.append(ImportedTask(title: title, county: place, due: String(group.year), source: source))
            }
        }
        return out
    }

    // MARK: Task-table lines

    /// "负责部门" is a school's 负责单位: "（负责部门：德育处）" after an item names the office that answers for it.
    static let leadLabels = ["牵头单位", "牵头部门", "主责单位", "负责单位", "负责部门", "牵头处室", "牵头科室", "牵头股室", "责任人", "负责人"]
    static let partnerLabels = ["责任单位", "配合单位", "参与单位", "协办单位", "责任部门", "配合部门", "责任处室", "责任科室",
                                "责任股室", "配合处室"]
    static let dueLabels = ["完成时限", "完成时间", "时间节点", "完成期限", "时间安排", "进度安排", "时间要求", "时限"]

    /// Labels that close an item ("…。（责任科室：宣传科）") name the owner of everything the item commits to: each dated
    /// commitment in its sentences is a task of that owner ("3月底前制定…清单"). An item without one is one task, its
    /// heading, due at the first deadline that opens a clause and states no target ("2025年6月底前上线运行"); the year a
    /// target is set for ("到2027年，…覆盖率达到100%") dates none of the item's work.
    static func itemTasks(o: [Character], f: [Character], labels: ImportedTask, year: String?) -> [ImportedTask] {
        var dated: [ImportedTask] = []
        for sentence in Sentences.ranges(f) {
            dated += Commitments.tasks(o: o, f: f, sentence: sentence, year: year, owned: true).filter { $0.due != nil }
        }
        guard !dated.isEmpty else {
            var task = labels
            if task.due == nil {
                search: for sentence in Sentences.ranges(f) {
                    for clause in Sentences.clauses(f, in: sentence) {
                        guard let found = Commitments.deadlines(f, in: clause, year: year).first,
                              found.range.lowerBound == Commitments.firstContent(f, clause), !Commitments.isTargetYear(f, found),
                              IndicatorExtractor.extract(from: String(o[clause]), defaultYear: nil).isEmpty else { continue }
                        task.due = found.due
                        break search
                    }
                }
            }
            return [task]
        }
        return dated.map { found in
            var task = found
            // "2025年6月底前上线运行" says little alone: the item's heading says what goes online.
            if task.title.count < 6, !labels.title.isEmpty { task.title = labels.title + "，" + task.title }
            task.lead = task.lead ?? labels.lead
            task.partners = task.partners ?? labels.partners
            return task
        }
    }

    /// The task named by owner labels; `sentence` is the text the labels close (empty when they close the item).
    /// A due label without a year ("完成时间：3月15日前", "完成时限：6月底前") is of the plan's `year`, as a deadline in
    /// the text is.
    static func labelled(o: [Character], f: [Character], heading: String,
                         year: String? = nil) -> (ImportedTask, closesItem: Bool, sentence: Range<Int>)? {
        guard f.contains(":") else { return nil }
        let text = String(f)
        func value(after labels: [String]) -> (String, Int)? {
            for label in labels {
                guard let range = text.range(of: label + ":") else { continue }
                let start = text.distance(from: text.startIndex, to: range.upperBound)
                var end = start
                // "各县（市、区）教育局": a bracket inside the value is part of it; an unmatched ) closes the label.
                var depth = 0
                while end < f.count {
                    if f[end] == "(" { depth += 1 } else if f[end] == ")" {
                        if depth == 0 { break }
                        depth -= 1
                    } else if depth == 0, ";,。】\n".contains(f[end]) { break }
                    // Stop at the next label.
                    if (leadLabels + partnerLabels + dueLabels).contains(where: { String(f[end...]).hasPrefix($0) }) { break }
                    end += 1
                }
                let labelStart = text.distance(from: text.startIndex, to: range.lowerBound)
                let v = TextCleaning.trimmed(o[start..<end])
                return v.isEmpty ? nil : (v, labelStart)
            }
            return nil
        }
        var lead = value(after: leadLabels)
        let partners = value(after: partnerLabels)
        if lead == nil, let partners { lead = partners }
        guard let lead else { return nil }
        let due = value(after: dueLabels).flatMap { parseDue(TextCleaning.fold($0.0)) ?? monthDue(TextCleaning.fold($0.0), year: year) }
        let firstLabel = [lead.1, partners?.1 ?? Int.max].min()!
        // The labels name the owner of the sentence they close ("加强经费保障（牵头单位：…）。"), or of the whole item when
        // they stand after its last sentence ("…教育。（牵头处室：机关党委）").
        var q = firstLabel
        while q > 0, "([【 ".contains(f[q - 1]) { q -= 1 }
        var start = q
        while start > 0, !"。!?;".contains(f[start - 1]) { start -= 1 }
        var title = TextCleaning.trimmed(o[start..<q])
        while let last = title.last, "（(【[:：;；,， ".contains(last) { title.removeLast() }
        let closesItem = title.isEmpty
        if title.isEmpty {
            title = heading
            if title.isEmpty, q > 0 {
                var previous = q - 1
                while previous > 0, !"。!?;".contains(f[previous - 1]) { previous -= 1 }
                title = TextCleaning.trimmed(o[previous..<(q - 1)])
            }
        }
        guard !title.isEmpty else { return nil }
        if title.count > 500 { title = String(title.prefix(500)) }
        return (ImportedTask(title: title, lead: lead.0.count <= 200 ? lead.0 : nil,
                             partners: partners.flatMap { $0.0 != lead.0 && $0.0.count <= 500 ? $0.0 : nil },
                             due: due, source: TextCleaning.trimmed(String(o))), closesItem, start..<q)
    }

    /// A due label's month without a year ("3月15日前", "6月底前", "12月"), of the plan's `year`: "2027-03". Nil for
    /// "每月", "长期坚持" or without a year to place it in.
    static func monthDue(_ text: String, year: String?) -> String? {
        let f = Array(text.trimmingCharacters(in: .whitespaces))
        // "完成时限：年底前", "年内": the plan's year.
        if let year, ["年底前", "年底", "年内", "年末"].contains(String(f)) { return year }
        let digits = f.prefix(while: TextCleaning.isDigit)
        guard let year, (1...2).contains(digits.count), digits.count < f.count, f[digits.count] == "月",
              let month = Int(String(digits)), (1...12).contains(month) else { return nil }
        return year + "-" + (month < 10 ? "0" : "") + String(month)
    }

    /// "2025年底前" → 2025, "2025年6月" → 2025-06, "2025年6月30日" → 2025-06-30; nil for 长期坚持.
    static func parseDue(_ text: String) -> String? {
        let f = Array(text)
        // "二〇六四年八月底前": a cell dated in Chinese numerals, read as the sentences' deadlines are.
        if Commitments.chineseYear(f, at: 0) != nil { return Commitments.deadlines(f, in: 0..<f.count).first?.due }
        guard let yearStart = f.firstIndex(where: TextCleaning.isDigit), yearStart + 4 <= f.count,
              f[yearStart..<(yearStart + 4)].allSatisfy(TextCleaning.isDigit) else { return nil }
        var due = String(f[yearStart..<(yearStart + 4)])
        var i = yearStart + 4
        guard i < f.count, f[i] == "年" || f[i] == "-" || f[i] == "." else { return Due(due) != nil ? due : nil }
        i += 1
        var m = i
        while m < f.count, TextCleaning.isDigit(f[m]) { m += 1 }
        if m > i, m - i <= 2, let month = Int(String(f[i..<m])), (1...12).contains(month), m < f.count, "月-.".contains(f[m]) || f[m] == "月" {
            due += "-" + (month < 10 ? "0" : "") + String(month)
            var d = m + 1
            let dayStart = d
            while d < f.count, TextCleaning.isDigit(f[d]) { d += 1 }
            if d > dayStart, d - dayStart <= 2, let day = Int(String(f[dayStart..<d])), (1...31).contains(day) {
                due += "-" + (day < 10 ? "0" : "") + String(day)
            }
        }
        return Due(due) != nil ? due : String(due.prefix(4))
    }
}
