import Foundation
import Shared

/// The period and kind a plan's title implies: "2021-2025" or 十四五 → a five-year plan 2021-2025, "2025年工作要点"
/// → an annual plan 2025, "…工作总结" → a year summary.
public struct PlanPeriodGuess: Equatable, Sendable {
    public var period: String
    public var kind: String
    /// The year a target without a year of its own is meant for: the period's last year.
    public var targetYear: Int
    /// Where the period was read. The year of the plan decides the year of every indicator and task that names none,
    /// and a wrong one is the largest single cause of a wrong reading: the dry run names its source, so that a person
    /// sees it before anything is written.
    public var source: Source
    /// The words it was read from, as the document writes them: "2027—2028学年度", "十五五", "2027年" in the title; for
    /// `documentYear` the line of the opening that names the year.
    public var evidence: String

    public enum Source: String, Codable, Sendable {
        /// Two years in the title ("（2026—2030年）", "2027—2028学年度").
        case titleRange
        /// A five-year plan's number in the title (十四五).
        case fiveYearNumber
        /// One year in the title.
        case titleYear
        /// The title names no year: the first year of the document's opening (and its goal's "到…年" for targets).
        case documentYear
        /// Nothing names a year: this year.
        case currentYear
        /// The person gave the period (`tributary import --period`).
        case period
    }

    /// A school year's plan ("2028—2029学年度工作计划") is of the year its 学年 begins; its second term (第二学期, from
    /// February) falls in the year the 学年 ends. That year, for such a plan; nil for any other.
    public var secondTermYear: Int? {
        guard source == .titleRange || source == .period, kind == "annual" else { return nil }
        let ends = period.split(separator: "-").compactMap { Int($0) }
        guard ends.count == 2, ends[0] == targetYear, ends[1] == targetYear + 1 else { return nil }
        return ends[1]
    }

    public init(period: String, kind: String, targetYear: Int, source: Source, evidence: String) {
        self.period = period
        self.kind = kind
        self.targetYear = targetYear
        self.source = source
        self.evidence = evidence
    }

    /// The period the person gave (`--period`), read by the same rules as one in the title: a school year's plan
    /// given as "2027-2028" is still of 2027 and its second term of 2028; any other plan's targets are for the period's
    /// last year.
    public func given(_ given: Period) -> PlanPeriodGuess {
        let schoolYear = secondTermYear != nil && given.to == given.from + 1
        return PlanPeriodGuess(period: given.description, kind: kind, targetYear: schoolYear ? given.from : given.to,
                               source: .period, evidence: given.description)
    }

    /// `text` is the document (its first years are a fallback when the title has none); `currentYear` the last
    /// resort, injected so that tests do not depend on the clock.
    public static func guess(title: String, text: String = "", currentYear: Int) -> PlanPeriodGuess {
        let folded = Array(TextCleaning.fold(title))
        let summary = title.contains("总结") || title.contains("總結")
        if let (from, to) = yearRange(folded) {
            // "2025—2026学年第二学期工作计划" spans two calendar years and is still one year's plan.
            let schoolYear = title.contains("学年") || title.contains("學年") || title.contains("学期") || title.contains("學期")
            // A school year's plan ("2027—2028学年度教学工作计划", "…学年第一学期…") is of the calendar year in which the
            // school year begins, as an autumn term plan is of its calendar year; its second term ("…学年第二学期…",
            // 下学期, 春季) falls in the year it ends.
            let secondTerm = ["第二学期", "第二學期", "下学期", "下學期", "春季"].contains { title.contains($0) }
            let ofSchoolYear = (title.contains("学年") || title.contains("學年")) && !secondTerm && !summary
            return PlanPeriodGuess(period: "\(from)-\(to)", kind: summary ? "summary" : schoolYear ? "annual" : "fiveYear",
                                   targetYear: ofSchoolYear ? from : to, source: .titleRange,
                                   evidence: words(of: title, folded: folded, from: "\(from)", through: "\(to)"))
        }
        if let (n, at) = fiveYearPlan(folded) {
            let from = 1966 + 5 * (n - 3)
            let original = Array(title)
            return PlanPeriodGuess(period: "\(from)-\(from + 4)", kind: summary ? "summary" : "fiveYear", targetYear: from + 4,
                                   source: .fiveYearNumber, evidence: String(original.count == folded.count ? original[at] : folded[at]))
        }
        if let year = years(folded).first {
            return PlanPeriodGuess(period: "\(year)", kind: summary ? "summary" : "annual", targetYear: year, source: .titleYear,
                                   evidence: words(of: title, folded: folded, from: "\(year)", through: "\(year)"))
        }
        // "某县基础教育高质量发展三年规划" / "（2047—2049年）": a title whose period went to a line of its own under it
        // reads as one with the period.
        if !title.isEmpty, let period = text.prefix(600).split(whereSeparator: \.isNewline).prefix(12).first(where: { line in
            // The line holds the range and nothing else but its brackets, 年 and spaces.
            let f = Array(TextCleaning.fold(TextCleaning.trimmed(String(line))))
            return f.count <= 16 && yearRange(f) != nil && f.allSatisfy { TextCleaning.isDigit($0) || "()年 -—–~至到－".contains($0) }
        }) {
            return guess(title: title + TextCleaning.trimmed(String(period)), currentYear: currentYear)
        }
        let start = Array(TextCleaning.fold(String(text.prefix(600))))
        let found = years(start).first
        let year = found ?? currentYear
        // An 意见 or 方案 without a year in its title sets its horizon in its goals ("到2028年，…"): later targets without
        // a year of their own are for it.
        let opening = Array(TextCleaning.fold(String(text.prefix(1500))))
        let horizon = Sentences.targetYear(opening, in: 0..<opening.count).flatMap { target in
            String(opening).contains("到\(target)年") || String(opening).contains("至\(target)年") ? target : nil
        }
        let line = found.flatMap { found in
            text.prefix(600).split(whereSeparator: \.isNewline).first { TextCleaning.fold(String($0)).contains(String(found)) }
        }
        return PlanPeriodGuess(period: "\(year)", kind: summary ? "summary" : "annual", targetYear: max(year, horizon ?? year),
                               source: found == nil ? .currentYear : .documentYear,
                               evidence: line.map { String($0.trimmingCharacters(in: .whitespaces).prefix(40)) } ?? "")
    }

    /// The title's words from one year through another and what qualifies them ("2027—2028学年度", "2027年春季学期"),
    /// as the title writes them. `folded` is the title folded character by character, so indices carry over.
    static func words(of title: String, folded: [Character], from: String, through: String) -> String {
        let original = Array(title)
        let text = String(folded)
        guard original.count == folded.count, let start = text.range(of: from),
              let end = text.range(of: through, range: start.lowerBound..<text.endIndex) else { return from }
        let lower = text.distance(from: text.startIndex, to: start.lowerBound)
        let through = text.distance(from: text.startIndex, to: end.upperBound)
        let qualifiers: Set<Character> = ["年", "学", "學", "度", "第", "一", "二", "期", "上", "下", "春", "秋", "季"]
        // At most six characters of qualifiers: "学年度", "年春季学期".
        let upper = original[through...].prefix(6).prefix(while: qualifiers.contains).count + through
        return String(original[lower..<upper])
    }

    /// Four-digit years from 1950 to 2100 standing alone (not inside a longer number).
    static func years(_ f: [Character]) -> [Int] {
        var out: [Int] = []
        var i = 0
        while i < f.count {
            guard TextCleaning.isDigit(f[i]) else { i += 1; continue }
            var j = i
            while j < f.count, TextCleaning.isDigit(f[j]) { j += 1 }
            if j - i == 4, let year = Int(String(f[i..<j])), (1950...2100).contains(year) { out.append(year) }
            i = j
        }
        return out
    }

    /// "2021-2025", "2021—2025年", "2019至2024".
    static func yearRange(_ f: [Character]) -> (Int, Int)? {
        let text = String(f)
        let all = years(f)
        guard all.count >= 2 else { return nil }
        for (a, b) in zip(all, all.dropFirst()) where b > a && b - a <= 10 {
            for sep in ["-", "—", "–", "~", "至", "到", "－", "——"] where text.contains("\(a)\(sep)\(b)") || text.contains("\(a)年\(sep)\(b)") {
                return (a, b)
            }
        }
        return nil
    }

    /// 十四五 → 14 (the 14th five-year plan), and where the title writes it (the evidence the dry run shows).
    static func fiveYearPlan(_ f: [Character]) -> (number: Int, at: ClosedRange<Int>)? {
        for i in 0..<max(0, f.count - 2) where f[i] == "十" && f[i + 2] == "五" {
            if let d = Numbering.chineseDigits[f[i + 1]], d > 0 { return (10 + d, i...(i + 2)) }
        }
        return nil
    }
}
