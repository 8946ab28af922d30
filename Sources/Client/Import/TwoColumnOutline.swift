import Foundation

/// A plan set as a two-column table ("项目⇥内容": "指导思想⇥坚持…", "工作目标⇥全镇…"), each row a part's name and its
/// text, a cell that runs over several lines going on below its row without a tab. Each row's name heads its text.
/// Read only when the numbering rules found no outline (the text would be refused otherwise), like `IndentedOutline`.
enum TwoColumnOutline {
    /// A row: a short name without punctuation, one tab, the text.
    static func row(_ line: String) -> (name: String, text: String)? {
        let cells = line.split(separator: "\t", omittingEmptySubsequences: false)
        guard cells.count == 2 else { return nil }
        let name = TextCleaning.trimmed(String(cells[0])), text = TextCleaning.trimmed(String(cells[1]))
        guard (2...12).contains(name.count), !text.isEmpty, name.allSatisfy({ TextCleaning.isHan($0) || $0 == " " }) else { return nil }
        return (name, text)
    }

    /// The outline the rows give, the lines above the first as the preamble (the table's own header "项目⇥内容", its
    /// second cell a word and no text, among them); nil unless three rows at least.
    static func read(_ lines: [String]) -> (preamble: [String], roots: [Node])? {
        var roots: [Node] = []
        var preamble: [String] = []
        for line in lines {
            if let (name, text) = row(line), !(roots.isEmpty && isHeader(text)) {
                roots.append(Node(number: "", heading: name, paragraphs: [text]))
            } else if roots.isEmpty {
                preamble.append(line)
            } else {
                roots[roots.count - 1].paragraphs.append(line)
            }
        }
        return roots.count >= 3 ? (preamble, roots) : nil
    }

    /// "内容", "具体内容", "工作内容": a header's second cell, a word naming the column.
    static func isHeader(_ cell: String) -> Bool {
        cell.count <= 6 && cell.allSatisfy(TextCleaning.isHan) && (cell.hasSuffix("内容") || cell.hasSuffix("要求") || cell.hasSuffix("安排") || cell.hasSuffix("措施"))
    }
}
