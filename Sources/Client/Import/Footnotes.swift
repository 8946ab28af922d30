import Foundation

/// A document's notes at its foot, as Word's plain copy gives them: "[1] 数据来源：…", "[3] 大班额：指…", each opened by the
/// mark that stands in the text it explains ("…教职工8.7万人[1]。"). A note is the document's own text, kept with the
/// section it follows; it heads nothing, and what it defines or cites ("超过45人", "统计口径为2030年底") is no target and
/// no task of the plan.
enum Footnotes {
    /// The note's mark ("[1]", "［2］" folded) when the paragraph opens with one followed by its text; nil otherwise.
    static func mark(_ paragraph: String) -> String? {
        let f = TextCleaning.fold(Array(paragraph))
        guard f.first == "[" else { return nil }
        var end = 1
        while end < f.count, TextCleaning.isDigit(f[end]) { end += 1 }
        guard (2...4).contains(end), end < f.count, f[end] == "]", end + 1 < f.count else { return nil }
        var text = end + 1
        while text < f.count, TextCleaning.isSpace(f[text]) { text += 1 }
        guard text < f.count, TextCleaning.isHan(f[text]) else { return nil }
        return String(f[0...end])
    }

    /// The notes of a document: lines opening with a mark that an earlier line of the text carries after some of its
    /// words (the mark's place in the sentence it annotates). Returns the notes' texts.
    static func notes(_ lines: [Line]) -> Set<String> {
        var found: Set<String> = []
        for i in lines.indices where lines[i].noise == nil {
            guard let mark = mark(lines[i].text) else { continue }
            let cited = lines[..<i].contains { line in
                guard line.noise == nil, let at = line.foldedText.range(of: mark) else { return false }
                return at.lowerBound > line.foldedText.startIndex
            }
            if cited { found.insert(lines[i].text) }
        }
        return found
    }
}
