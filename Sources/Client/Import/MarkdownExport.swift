import Foundation

/// A plan exported as Markdown from an online document app ("## 一、工作目标", "**1.推进…建设。**遴选…", "- 完成率达到100%；"):
/// the marks are the export's, not the document's, and every numbering and lead-phrase rule reads the text under them.
/// So a Markdown document's lines lose their heading marks, list bullets and emphasis before anything else reads them
/// (none of those characters is content), and the export's own lines — the front matter block above the text
/// ("---", "title: …", "author: …", "---") and a picture's line ("![alt](path.png)"), a picture that did not come with
/// the copy — are the export's furniture. Written by hand: no Markdown parser is among the project's dependencies,
/// and the importer needs only these marks taken off a line, not a document tree.
enum MarkdownExport {
    /// Whether the text is a Markdown export: two heading lines ("# …", "## …") at least, or a front matter block at its
    /// top with a heading line after it. A plan's own text has no line opening with "#" and a space.
    static func isMarkdown(_ lines: [String]) -> Bool {
        let headings = lines.lazy.filter { headingLevel($0) != nil }.count
        return headings >= 2 || headings >= 1 && frontMatter(lines) != nil
    }

    /// The line without the export's marks: "## 一、工作目标" → "一、工作目标", "- 完成率…" → "完成率…",
    /// "**1.推进…。**遴选…" → "1.推进…。遴选…", "> …" → "…".
    static func plain(_ line: String) -> String {
        var text = Substring(line)
        if let level = headingLevel(line) {
            text = text.dropFirst(level).drop(while: { $0 == " " })
            while text.hasSuffix("#") { text = text.dropLast() }   // a closing run of "#"s
        } else if let bullet = text.first, "-*+>".contains(bullet), text.dropFirst().first == " " {
            text = text.dropFirst(2)
        }
        var out = String(text)
        for mark in ["**", "__"] where out.contains(mark) { out = out.replacingOccurrences(of: mark, with: "") }
        return TextCleaning.trimmed(out)
    }

    /// "## 一、工作目标" → 2: one to six "#" then a space.
    static func headingLevel(_ line: String) -> Int? {
        let hashes = line.prefix(while: { $0 == "#" }).count
        guard (1...6).contains(hashes), line.dropFirst(hashes).first == " " else { return nil }
        return hashes
    }

    /// "![研训基地效果图](assets/img-01.png)": a picture's line, alone.
    static func isPicture(_ line: String) -> Bool {
        line.hasPrefix("![") && line.hasSuffix(")") && line.contains("](")
    }

    /// The front matter block at the top: a "---" line, "key: value" lines with ASCII keys, a "---" line. The indexes
    /// of its lines, both rules included.
    static func frontMatter(_ lines: [String]) -> ClosedRange<Int>? {
        guard lines.first == "---" else { return nil }
        for end in lines.indices.dropFirst().prefix(20) {
            if lines[end] == "---" { return end > 1 ? 0...end : nil }
            guard let colon = lines[end].firstIndex(of: ":"), colon > lines[end].startIndex,
                  lines[end][..<colon].allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "_-".contains($0)) }) else { return nil }
        }
        return nil
    }
}
