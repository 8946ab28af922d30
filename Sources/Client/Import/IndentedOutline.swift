import Foundation

/// An outline app's plain-text export (or a list typed with indents): no numbers and no lead phrases, each node's depth
/// shown only by how far its line is indented. A line with lines indented further below it heads them; a line with
/// none is a paragraph of the heading above it. Read only when the numbering rules found no outline at all (the text
/// would be refused), so that a document whose paragraphs merely start with the customary two full-width spaces under
/// flush headings is never read this way.
enum IndentedOutline {
    /// How far a line is indented, in columns: a space one, a full-width space two, a tab four.
    static func indent(_ line: String) -> Int {
        var columns = 0
        for c in line {
            switch c {
            case " ": columns += 1
            case "\u{3000}": columns += 2
            case "\t": columns += 4
            default: return columns
            }
        }
        return columns
    }

    /// The indentation of each line, matched to the document's lines by their trimmed text in order (a line the
    /// importer joined or changed has none).
    static func indents(of text: String, for lines: [String]) -> [Int?] {
        var queue: [String: [Int]] = [:]
        for line in TextCleaning.lines(text) {
            let trimmed = TextCleaning.trimmed(line)
            if !trimmed.isEmpty { queue[trimmed, default: []].append(indent(line)) }
        }
        return lines.map { line in
            guard var found = queue[line], !found.isEmpty else { return nil }
            let first = found.removeFirst()
            queue[line] = found
            return first
        }
    }

    /// A heading of an indented outline: short, no sentence in it.
    static func isHeading(_ line: String) -> Bool {
        line.count <= 30 && !TextCleaning.fold(line).contains(where: { "。,;!?".contains($0) })
    }

    /// The outline the indents show, with the lines above its first heading as the preamble; nil unless two headings
    /// at least head indented lines.
    static func read(_ lines: [String], indents: [Int?]) -> (preamble: [String], roots: [Node])? {
        // The open headings: their indent and their path in the tree.
        var open: [(indent: Int, path: [Int])] = []
        var roots: [Node] = []
        var preamble: [String] = []
        var headings = 0
        func update(_ path: [Int], _ change: (inout Node) -> Void) {
            func walk(_ nodes: inout [Node], _ rest: ArraySlice<Int>) {
                guard let first = rest.first else { return }
                if rest.count == 1 { change(&nodes[first]) } else { walk(&nodes[first].children, rest.dropFirst()) }
            }
            walk(&roots, path[...])
        }
        for (i, line) in lines.enumerated() {
            // A line the importer changed keeps the depth of the line above it: it is read as a paragraph there.
            let here = indents[i] ?? (open.last.map { $0.indent + 1 } ?? 0)
            let next = lines.indices.dropFirst(i + 1).first.flatMap { indents[$0] }
            if let next, next > here, isHeading(line) {
                while let last = open.last, last.indent >= here { open.removeLast() }
                let node = Node(number: "", heading: line, paragraphs: [])
                var path: [Int]
                if let parent = open.last {
                    var index = 0
                    update(parent.path) { $0.children.append(node); index = $0.children.count - 1 }
                    path = parent.path + [index]
                } else {
                    roots.append(node)
                    path = [roots.count - 1]
                }
                open.append((here, path))
                headings += 1
                continue
            }
            while let last = open.last, last.indent >= here { open.removeLast() }
            if let parent = open.last {
                update(parent.path) { $0.paragraphs.append(line) }
            } else if roots.isEmpty {
                preamble.append(line)
            } else {
                update([roots.count - 1]) { $0.paragraphs.append(line) }
            }
        }
        return headings >= 2 ? (preamble, roots) : nil
    }
}
