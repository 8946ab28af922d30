import Foundation

/// A schedule: a run of lines that each open with a time label and a colon, what is to be done then after it —
/// "三月：…", "9月份：…", "二月（开学月）：…", "第一季度（1—3月）：…", "第1—2周（2月15日—2月26日）：…", "第3周：…",
/// "9月第2—3周：…", "动员部署阶段（3月）：…", "第一阶段（1月—3月）：…", a span of months or of 旬 ("5—6月：…",
/// "4—5月份：…", "3月上旬—中旬：…", "6月下旬—7月上旬：…"), the label in brackets or not ("【三月】：…"). A reader takes
/// such a run as the plan's calendar, whatever unit it counts in: its lines are no headings (each names a time, not a
/// part of the plan), and each action of a line is a task due when the label says — the month named, the quarter's
/// last month, the month in which a range of days, months, 旬 or a month's weeks ends (the work is done by then); a
/// term's week with no dates says no month. The run ends at the first line that opens with no time label, so the
/// signature and date under the calendar are the plan's, no tasks of it. A school year runs on past December (九月 …
/// 次年一月): a month earlier than the one before it in the run is in the next year.
struct Schedule {
    var year: Int?
    private var lastMonth = 0

    init(year: Int?) { self.year = year }

    /// "三月", "3月", "十一月份", "3月上旬" (folded): the month; "第一季度", "二季度": the quarter's last month.
    static func month(_ head: String) -> Int? {
        var head = head
        if head.hasSuffix("季度") {
            var quarter = String(head.dropLast(2))
            if quarter.hasPrefix("第") { quarter.removeFirst() }
            return number(quarter).flatMap { (1...4).contains($0) ? $0 * 3 : nil }
        }
        for part in ["上旬", "中旬", "下旬"] where head.hasSuffix(part) { head.removeLast(2) }
        if head.hasSuffix("份") { head.removeLast() }
        guard head.hasSuffix("月") else { return nil }
        head.removeLast()
        guard let month = number(head), (1...12).contains(month) else { return nil }
        return month
    }

    /// "3" or "三", "十二": the numbering's reading of Chinese numerals, so that a month or a quarter counts as items do.
    private static func number(_ text: String) -> Int? { Int(text) ?? Numbering.chineseValue(Array(text)[...]) }

    /// A span of months or of 旬 written as the label itself: "5—6月", "4—5月份", "3月—4月", "3月上旬—中旬", "6月下旬—
    /// 7月上旬" — the month in which it ends (an end without its month, "中旬", is in the month the span starts). Nil for
    /// anything else.
    static func spanMonth(_ head: String) -> Int? {
        let ends = head.split(whereSeparator: { "—-–~至到".contains($0) }).map(String.init)
        guard ends.count == 2 else { return nil }
        let tenDays = ["上旬", "中旬", "下旬"]
        // The start: a month ("3月", "6月下旬") or, before a month, its bare number ("5—6月").
        let start = month(ends[0]) ?? (month(ends[1]) != nil ? Int(ends[0]).flatMap { (1...12).contains($0) ? $0 : nil } : nil)
        guard let start else { return nil }
        return tenDays.contains(ends[1]) ? start : month(ends[1])
    }

    /// A month on a line of its own ("九月份", "10月："), heading the items of that month.
    static func heading(_ line: String) -> Int? {
        var f = TextCleaning.fold(line).trimmingCharacters(in: .whitespaces)
        if f.hasSuffix(":") { f.removeLast() }
        return f.count <= 4 ? month(f) : nil
    }

    /// The month in which a range of days ends ("3月30日—4月3日" → 4, a week table's 起止日期 or a week line's bracket):
    /// the work is done by then. A range whose end has no month ("3月2日—13日") ends in the month it starts.
    static func rangeEnd(_ text: String) -> Int? {
        let ends = text.split(whereSeparator: { "—-–~至到".contains($0) }).map(String.init)
        guard ends.count == 2, ends.allSatisfy({ $0.hasSuffix("日") }) else { return nil }
        for end in ends.reversed() {
            if let m = end.firstIndex(of: "月"), end[end.index(after: m)...].dropLast().allSatisfy(TextCleaning.isDigit) {
                return month(String(end[...m]))
            }
        }
        return nil
    }

    /// What a bracket after a label dates: a range of days, a range of months ("1—3月", "3月—4月"), one month; nil for
    /// a month's theme ("开学月").
    static func bracketMonth(_ inside: String) -> Int? {
        if let end = rangeEnd(inside) { return end }
        let last = inside.split(whereSeparator: { "—-–~至到".contains($0) }).last.map(String.init) ?? ""
        return month(last)
    }

    /// "第1周", "第1—2周", "第三至四周", "第1周—第2周": a term's week or run of weeks; "9月第1周", "9月第2—3周",
    /// "9月第4周—10月第1周": the same counted within a month (a 周历 written by the month's week).
    static func isWeek(_ head: String) -> Bool {
        let n = "[0-9一二三四五六七八九十]+"
        return head.range(of: "^(\(n)月)?第\(n)周?([—\\-–~至到](\(n)月)?第?\(n))?周$", options: .regularExpression) != nil
    }

    /// The month a week label counted within a month ends in: "9月第2—3周" → 9, "9月第4周—10月第1周" → 10 (the work is
    /// done by then); nil for a term's week ("第3周"), which names no month.
    static func weekMonth(_ head: String) -> Int? {
        let named = head.split(whereSeparator: { "—-–~至到".contains($0) }).compactMap { end in
            end.firstIndex(of: "月").flatMap { month(String(end[...$0])) }
        }
        return named.last
    }

    /// "三月：…", "第一季度（1—3月）：…", "第1—2周（2月15日—2月26日）：…", "【第3周】：…": the line's time label read — the
    /// month it is due (nil for a week without dates) — and what is scheduled after the colon; nil for a line that opens
    /// with no time label.
    static func label(_ paragraph: String) -> (month: Int?, rest: String)? {
        labelWithYear(paragraph).map { ($0.month, $0.rest) }
    }

    /// `label`, with the year the label writes before its month ("2032年9月：…", "2033年1—2月：…", "2032年12月—2033年
    /// 1月：…" → the last year written), nil when it writes none. A 学年 calendar may date every line so: the year
    /// written is the line's, whatever the lines before it said.
    static func labelWithYear(_ paragraph: String) -> (month: Int?, rest: String, year: Int?)? {
        let o = Array(paragraph)
        let f = TextCleaning.fold(o)
        guard let colon = f.firstIndex(of: ":"), (2...30).contains(colon) else { return nil }
        var head = String(f[..<colon]).trimmingCharacters(in: .whitespaces)
        // "【三月】", "［第1周］": the label set in brackets of its own.
        if let first = head.first, let last = head.last, ["【": "】", "[": "]"][first] == last {
            head = String(head.dropFirst().dropLast()).trimmingCharacters(in: .whitespaces)
        }
        // "2032年9月", "2033年1—2月": a month (or a span of months) with its year written before it. Only a year
        // followed by a month: "2032年：…" or "2032年底前：…" is no time label of a calendar.
        var written: Int?
        while let year = head.range(of: #"20[0-9]{2}年(?=[0-9一二三四五六七八九十]{1,2}(月|[—\-–~至到]))"#, options: .regularExpression) {
            written = Int(head[year].prefix(4))
            head.removeSubrange(year)
        }
        // "二月（开学月）", "第一季度（1—3月）", "第1—2周（2月15日—2月26日）": a theme or the dates in brackets after it.
        var dates: Int?
        if head.hasSuffix(")"), let open = head.firstIndex(of: "("), !head[..<open].contains(")") {
            dates = bracketMonth(String(head[head.index(after: open)..<head.index(before: head.endIndex)]))
            head = String(head[..<open]).trimmingCharacters(in: .whitespaces)
        }
        let month: Int?
        if let named = Self.month(head), head.count <= 5 {
            month = dates ?? named
        } else if let end = spanMonth(head) {
            month = dates ?? end
        } else if isWeek(head) {
            month = dates ?? weekMonth(head)
        } else if head.hasSuffix("阶段"), (4...10).contains(head.count), head.allSatisfy(TextCleaning.isHan), let dates {
            // "动员部署阶段（3月）", "第一阶段（1月—3月）": a stage is a time only with its dates.
            month = dates
        } else {
            return nil
        }
        // A written year dates a month: a label with a year and no month is none.
        if written != nil, month == nil { return nil }
        let rest = TextCleaning.trimmed(o[(colon + 1)...])
        return rest.contains(where: TextCleaning.isHan) ? (month, rest, written) : nil
    }

    /// Whether a numbered line is a line of a schedule rather than a heading: its number is part of its time label
    /// ("第一阶段（1月—3月）：制定…" — the stage's months and its work on the same line), so it names a time, not a part
    /// of the plan. A stage title standing alone ("第一阶段  动员部署（…）") or numbered apart ("（一）…阶段（…）") is
    /// a heading as before.
    static func isScheduleLine(_ line: String) -> Bool { label(line) != nil }

    /// The due date of the schedule's next month ("2025-09"), the year moving on when the months start over.
    mutating func due(_ month: Int) -> String? {
        guard let year else { return nil }
        if month < lastMonth { self.year = year + 1 }
        lastMonth = month
        return String(self.year!) + "-" + (month < 10 ? "0" : "") + String(month)
    }

    /// "动员部署（2月）", "排查整治（3—6月）": a stage of a schedule, due in its last month. A stage dated by days
    /// ("动员部署阶段（4月1日—4月15日）") is due in the month its range ends. A stage running into another year writes
    /// the year at its end ("（2030年7月—2032年6月）"): the month is still the one after it (`stageYear` reads the year).
    static func stage(_ heading: String) -> Int? {
        guard let ends = rangeEnds(heading), let end = ends.last, end.hasSuffix("月") || end.hasSuffix("日") else { return nil }
        var last = String(end)
        if let year = last.range(of: #"^20[0-9]{2}年"#, options: .regularExpression) { last.removeSubrange(year) }
        if last.hasSuffix("日") {
            // "4月15日": the day goes, the month stays; a range of days with no month ("4月1日—15日") is no stage.
            guard let m = last.firstIndex(of: "月"), last[last.index(after: m)...].dropLast().allSatisfy(TextCleaning.isDigit) else { return nil }
            last = String(last[...m])
        }
        return month(last)
    }

    /// Whether a stage's range ends in a year written of its own ("（2030年7月—2032年6月）"): a stage running on into a
    /// later year.
    static func endsInLaterYear(_ heading: String) -> Bool {
        guard let ends = rangeEnds(heading), ends.count >= 2, let last = ends.last else { return false }
        return last.range(of: #"^20[0-9]{2}年"#, options: .regularExpression) != nil
    }

    /// The pieces of the range a heading's closing bracket holds, folded ("…（2030年7月—2032年6月）" → "2030年7月",
    /// "2032年6月"); nil when the heading ends in no bracket. What `stage`, `stageYear` and `endsInLaterYear` read.
    static func rangeEnds(_ heading: String) -> [Substring]? {
        let f = TextCleaning.fold(heading).trimmingCharacters(in: .whitespaces)
        guard f.hasSuffix(")"), let open = f.lastIndex(of: "(") else { return nil }
        return f[f.index(after: open)..<f.index(before: f.endIndex)].split(whereSeparator: { "—-–~至到".contains($0) })
    }

    /// The year a stage's bracket writes for its end ("（2027年3月—12月）" → 2027, "（2026年6月—2028年6月）" → 2028): the
    /// last year written in it, the end without a year of its own being in the year the range starts. Nil when the
    /// bracket writes no year (the stage is of the schedule's year).
    static func stageYear(_ heading: String) -> Int? {
        rangeEnds(heading).flatMap { ends in PlanPeriodGuess.years(Array(ends.joined(separator: "-"))).last }
    }

    /// The due date of a stage heading ("（一）自查整改阶段（2027年3月—12月）" → "2027-12"): its last month, in the year its
    /// bracket writes, else in the schedule's year. Nil for a heading that is no stage.
    mutating func stageDue(_ heading: String) -> String? {
        guard let month = Self.stage(heading) else { return nil }
        if let written = Self.stageYear(heading) {
            year = written
            lastMonth = 0
        }
        return due(month)
    }

    /// The tasks of a run of schedule lines starting at `start`, and where the run ends (the first line with no time
    /// label). Nil when `start` opens no run.
    static func run(_ paragraphs: [String], from start: Int, year: Int?) -> (tasks: [ImportedTask], end: Int)? {
        var schedule = Schedule(year: year)
        var tasks: [ImportedTask] = []
        var end = start
        while end < paragraphs.count, let (month, rest, written) = labelWithYear(paragraphs[end]) {
            if let written {
                schedule.year = written
                schedule.lastMonth = 0
            }
            tasks += Self.tasks(rest, due: month.flatMap { schedule.due($0) }, source: TextCleaning.trimmed(paragraphs[end]))
            end += 1
        }
        return end > start ? (tasks, end) : nil
    }

    /// Each sentence of what a time (or a stage) schedules is a task due then.
    static func tasks(_ rest: String, due: String?, source: String) -> [ImportedTask] {
        rest.split(whereSeparator: { "。；;".contains($0) }).compactMap { piece in
            var title = TextCleaning.trimmed(String(piece))
            while let last = title.last, "，,、 ".contains(last) { title.removeLast() }
            guard title.contains(where: TextCleaning.isHan) else { return nil }
            return ImportedTask(title: String(title.prefix(500)), due: due, source: source)
        }
    }
}
