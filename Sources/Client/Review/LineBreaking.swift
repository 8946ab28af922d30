/// Where a text breaks into screen lines, by display width and by the Chinese line-breaking rules (禁则).
///
/// Chinese has no spaces, so a line may break between any two characters, except that a closing mark (，。、）」…)
/// never begins a line and an opening mark (（《「“) never ends one; a reader takes a line that starts with a comma
/// for a typesetting error. Typesetters either let the mark hang into the margin or pull the character before it
/// down to the next line. The review panes have no margin to hang into (every row is exactly the pane's width), so
/// here the break always moves back: the characters before the mark go down with it. Short numbers and dates
/// ("2026-11-18", "97%") are kept whole the same way.
///
/// Line breaks in the text ("\n", and the Unicode line and paragraph separators) end a paragraph: the next one
/// starts on a line of its own. Pure: the screen code and the command-line board both lay text out through here.
public enum LineBreaking {
    /// Marks that must not begin a line (行首禁则): closing punctuation, full- and half-width.
    public static let closing: Set<Character> = [
        "，", "。", "、", "；", "：", "？", "！", "）", "》", "」", "』", "】", "〕", "〉", "〗", "〙", "］", "｝",
        "”", "’", "…", "‥", "·", "・", "％", "‰", "℃",
        ",", ".", ";", ":", "?", "!", ")", "]", "}", "%",
    ]

    /// Marks that must not end a line (行尾禁则): opening punctuation, full- and half-width.
    public static let opening: Set<Character> = [
        "（", "《", "「", "『", "【", "〔", "〈", "〖", "〘", "［", "｛", "“", "‘", "(", "[", "{",
    ]

    /// A run of ASCII letters and digits (with the marks inside numbers and dates) longer than this may be broken
    /// anywhere: moving all of it down would leave a line nearly empty.
    static let longestWholeWord = 16

    /// Characters that end a paragraph.
    public static func isBreak(_ ch: Character) -> Bool {
        ch == "\n" || ch == "\r\n" || ch == "\r" || ch == "\u{2028}" || ch == "\u{2029}"
    }

    static func isWordCharacter(_ ch: Character) -> Bool {
        ch.isASCII && (ch.isLetter || ch.isNumber || ch == "-" || ch == ":" || ch == "." || ch == "%")
    }

    /// One screen line: the characters it shows, as positions in the text (the break characters themselves are on
    /// no line, nor is a space where a line was broken).
    public struct Line: Sendable, Equatable {
        public var range: Range<Int>
        /// The first line of a paragraph after a line break (not of the text's first paragraph).
        public var startsParagraph: Bool
        /// Every line but the text's first leaves `indent` columns free at its start.
        public var indented: Bool
    }

    /// The lines of `text` in at most `columns` columns each, lines after the first `indent` columns narrower.
    /// A single character wider than a whole line is the only thing that can overflow (it gets a line of its own).
    public static func lines(_ text: [Character], columns: Int, indent: Int = 0) -> [Line] {
        guard columns > 0 else { return [] }
        let pad = indent > 0 && indent < columns ? indent : 0
        let widths = text.map(DisplayWidth.of)
        var out: [Line] = []
        var start = 0
        for end in 0...text.count where end == text.count || isBreak(text[end]) {
            var lineStart = start
            var used = out.isEmpty ? 0 : pad
            var i = start
            while i < end {
                if used + widths[i] > columns, i > lineStart {
                    let cut = breakPoint(text, widths, lineStart: lineStart, overflow: i, room: columns - pad)
                    out.append(Line(range: lineStart..<cut, startsParagraph: lineStart == start && start > 0, indented: !out.isEmpty))
                    // A space where the line breaks is dropped, as in any word wrap: a line never starts with one.
                    lineStart = text[cut] == " " ? cut + 1 : cut
                    if lineStart > i {
                        used = pad
                        i += 1
                        continue
                    }
                    used = pad + widths[lineStart..<i].reduce(0, +)
                }
                used += widths[i]
                i += 1
            }
            out.append(Line(range: lineStart..<end, startsParagraph: lineStart == start && start > 0, indented: !out.isEmpty))
            start = end + 1
        }
        return out
    }

    /// Where to end the line that began at `lineStart` when the character at `overflow` does not fit: at `overflow`
    /// itself when the rules allow, else as little earlier as the rules need, provided what moves down (with the
    /// overflowing character) fits in `room`. Without such a place the rules give way and the line ends at
    /// `overflow`: the width is never exceeded.
    static func breakPoint(_ text: [Character], _ widths: [Int], lineStart: Int, overflow: Int, room: Int) -> Int {
        // A space at the break is dropped, so what must not be a closing mark is the character after it.
        func allowed(_ j: Int) -> Bool {
            let next = text[j] == " " && j + 1 < text.count ? text[j + 1] : text[j]
            return !closing.contains(next) && !opening.contains(text[j - 1])
        }
        func insideWord(_ j: Int) -> Bool { isWordCharacter(text[j - 1]) && isWordCharacter(text[j]) }
        var candidates: [Int] = []
        var moved = widths[overflow]
        for j in stride(from: overflow, to: lineStart, by: -1) {
            if j < overflow { moved += widths[j] }
            if j < overflow, moved > room { break }
            if allowed(j) { candidates.append(j) }
        }
        if let whole = candidates.first(where: { !insideWord($0) && overflow - $0 <= longestWholeWord }) { return whole }
        return candidates.first ?? overflow
    }
}
