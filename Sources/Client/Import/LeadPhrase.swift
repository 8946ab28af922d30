import Foundation

/// Headings some plans put at the start of a paragraph instead of numbering them: "实施质量提升行动。" followed by the
/// paragraph, or "——学前教育。到2025年…". A paragraph that merely starts with a short sentence is not a heading;
/// the document marks its sections this way only when most paragraphs of a run do it (`isHeadingRun`).
struct LeadPhrase: Equatable {
    /// A bullet before the phrase ("——", "●"), kept as the section's number; empty if none.
    var marker: String
    var heading: String
    /// The rest of the paragraph (may be empty when the phrase ends with a colon).
    var rest: String

    static let maxLength = 30
    static let bullets: Set<Character> = ["—", "-", "●", "■", "◆", "▲", "★", "☆", "○", "□", "•", "·", "▪", "►", "√", "◇", "◎"]
    /// Openings of inline enumerations (一是…二是…, 首先…其次…): text, never headings.
    static let enumerationOpenings = ["首先", "其次", "再次", "最后", "一方面", "另一方面", "第一", "第二", "第三", "第四", "第五"]

    init?(_ paragraph: String) {
        let o = Array(paragraph)
        let f = TextCleaning.fold(o)
        var start = 0
        while start < f.count, LeadPhrase.bullets.contains(f[start]) { start += 1 }
        let markerEnd = start
        while start < f.count, TextCleaning.isSpace(f[start]) { start += 1 }
        guard start < f.count,
              let end = f[start...].firstIndex(where: { "。:,;!?".contains($0) }),
              f[end] == "。" || f[end] == ":" else { return nil }
        // 12:30 is a time, not a heading's colon.
        if f[end] == ":", end + 1 < f.count, TextCleaning.isDigit(f[end + 1]), TextCleaning.isDigit(f[end - 1 < 0 ? 0 : end - 1]) { return nil }
        let phrase = String(f[start..<end])
        guard (2...LeadPhrase.maxLength).contains(phrase.count), !phrase.contains("、") || phrase.count <= 20 else { return nil }
        // "加强经费保障（牵头单位：" is not a phrase: the colon sits inside an open bracket.
        if phrase.filter({ $0 == "(" }).count != phrase.filter({ $0 == ")" }).count { return nil }
        // "牵头单位：县教育局" labels a task; it heads nothing.
        if (TaskExtractor.leadLabels + TaskExtractor.partnerLabels + TaskExtractor.dueLabels).contains(phrase) { return nil }
        // "抄送：县委办公室，…": a document's distribution lines close it; they head nothing.
        if ["抄送", "主送", "印发", "附件", "发送"].contains(phrase) { return nil }
        if LeadPhrase.enumerationOpenings.contains(where: { phrase.hasPrefix($0) }) { return nil }
        // "会议同意全年安排教育经费不低于5.2亿元。", "会议要求：一要…": a minutes' report of what the meeting said or
        // agreed is its text, not a heading.
        if phrase.hasPrefix("会议"), phrase.count > 2 { return nil }
        // "学前三年毛入园率：96%": an indicator stated as name and value heads nothing.
        if f[end] == ":", IndicatorExtractor.statedValue(paragraph, defaultYear: nil) != nil { return nil }
        // "[1] 数据来源：…": a footnote under its mark heads nothing (`Footnotes`).
        if Footnotes.mark(paragraph) != nil { return nil }
        // "三月：完成…" is a line of a schedule, not a heading.
        if Schedule.label(paragraph) != nil { return nil }
        // "一是抓项目建设。…" on a line of its own heads what follows when it is short; inside a paragraph it is text.
        if let first = phrase.first, Numbering.isChineseNumeral(first), phrase.dropFirst().first == "是", phrase.count > 16 { return nil }
        let rest = TextCleaning.trimmed(o[(end + 1)...])
        if f[end] == "。" && rest.isEmpty { return nil }
        self.marker = String(o[0..<markerEnd])
        self.heading = TextCleaning.trimmed(o[start..<end])
        self.rest = rest
    }

    /// Whether a run of paragraphs is sectioned by lead phrases: at least two, and at least half of them.
    static func isHeadingRun(_ paragraphs: [String]) -> Bool {
        let count = paragraphs.filter { LeadPhrase($0) != nil }.count
        // "措施：" over "●…" lines: the bullets are the label's items, not paragraphs of the run (set 53).
        var items = 0
        var underLabel = false
        for paragraph in paragraphs {
            if let lead = LeadPhrase(paragraph) { underLabel = lead.rest.isEmpty; continue }
            if underLabel, let first = paragraph.first, bullets.contains(first) { items += 1 } else { underLabel = false }
        }
        return count >= 2 && count * 2 >= paragraphs.count - items
    }
}
