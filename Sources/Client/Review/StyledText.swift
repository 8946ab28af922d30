/// What a piece of text means on screen. Colour is one way to show it; without colour, `removed` and `added` get
/// visible markers instead (see `Span.plain`), so the screen stays readable under NO_COLOR or in a pipe.
public enum Style: Sendable, Equatable {
    case normal, dim, bold, heading, removed, added, selected, warning, inverse
}

/// A run of text in one style.
public struct Span: Sendable, Equatable {
    public var text: String
    public var style: Style
    public init(_ text: String, _ style: Style = .normal) {
        self.text = text
        self.style = style
    }

    /// Markers that show a removal or an insertion without colour, wdiff style: [-删去的-] {+加上的+}.
    public static let removedMarks = ("[-", "-]")
    public static let addedMarks = ("{+", "+}")
}

/// One logical line of styled text; wrapping turns it into screen lines.
public struct StyledLine: Sendable, Equatable {
    public var spans: [Span]
    public init(_ spans: [Span] = []) { self.spans = spans }
    public init(_ text: String, _ style: Style = .normal) { self.spans = [Span(text, style)] }

    public var text: String { spans.map(\.text).joined() }
    public var width: Int { DisplayWidth.of(text) }

    public static func + (a: StyledLine, b: StyledLine) -> StyledLine { StyledLine(a.spans + b.spans) }

    /// The line as it must look without colour: removals and insertions wrapped in markers, one pair around each
    /// run of them (a diff that adds three clauses in a row reads {+…+}, not {+…+}{+…+}{+…+}).
    public func plain() -> StyledLine {
        var runs: [Span] = []
        for span in spans {
            if let last = runs.last, last.style == span.style, span.style == .removed || span.style == .added {
                runs[runs.count - 1].text += span.text
            } else {
                runs.append(span)
            }
        }
        return StyledLine(runs.flatMap { span -> [Span] in
            switch span.style {
            case .removed: return [Span(Span.removedMarks.0, .removed), span, Span(Span.removedMarks.1, .removed)]
            case .added: return [Span(Span.addedMarks.0, .added), span, Span(Span.addedMarks.1, .added)]
            default: return [span]
            }
        })
    }

    /// Screen lines of at most `columns`, broken by `LineBreaking` (between characters, never before a closing
    /// mark or after an opening one); `indent` columns of space start every continuation line. Tabs are flattened.
    ///
    /// A line break in the text ends a paragraph, and the next paragraph starts after one blank line: continuation
    /// lines share the paragraph's indent, so only a blank line tells the reader a new paragraph starts there. Runs
    /// of breaks and blank paragraphs collapse into that one blank line. A break that a difference adds or removes
    /// shows as "↵" in the difference's style, so that splitting or joining paragraphs is visible in colour too.
    public func wrapped(columns: Int, indent: Int = 0) -> [StyledLine] {
        guard columns > 0 else { return [] }
        var characters: [(Character, Style)] = []
        for span in spans {
            for ch in DisplayWidth.clean(span.text, keepingBreaks: true) {
                if ch == "\n", span.style == .removed || span.style == .added { characters.append(("↵", span.style)) }
                characters.append((ch, span.style))
            }
        }
        let pad = indent > 0 && indent < columns ? indent : 0
        var paragraphs: [[StyledLine]] = []
        for line in LineBreaking.lines(characters.map(\.0), columns: columns, indent: indent) {
            let shown = Array(characters[line.range])
            let styled = StyledLine.runs(shown, indent: line.indented ? pad : 0)
            if line.startsParagraph || paragraphs.isEmpty { paragraphs.append([]) }
            paragraphs[paragraphs.count - 1].append(styled)
        }
        let kept = paragraphs.filter { lines in lines.contains { !$0.text.allSatisfy(\.isWhitespace) } }
        guard let first = kept.first else { return [paragraphs.first?.first ?? StyledLine()] }
        return kept.dropFirst().reduce(first) { $0 + [StyledLine()] + $1 }
    }

    private static func runs(_ characters: [(Character, Style)], indent: Int) -> StyledLine {
        var spans: [Span] = indent > 0 ? [Span(String(repeating: " ", count: indent))] : []
        for (ch, style) in characters {
            if let last = spans.last, last.style == style, !(spans.count == 1 && indent > 0) {
                spans[spans.count - 1].text.append(ch)
            } else {
                spans.append(Span(String(ch), style))
            }
        }
        return StyledLine(spans)
    }

    /// Exactly `columns` wide: cut (with an ellipsis, never halving a character) or filled with spaces.
    public func fitted(_ columns: Int, fill: Style = .normal) -> StyledLine {
        var out: [Span] = []
        var used = 0
        let total = width
        let room = total > columns ? columns - 1 : columns
        outer: for span in spans {
            var piece = ""
            for ch in DisplayWidth.clean(span.text) {
                let w = DisplayWidth.of(ch)
                if used + w > room { 
                    if !piece.isEmpty { out.append(Span(piece, span.style)) }
                    piece = ""
                    if total > columns, columns > 0 {
                        out.append(Span("…", span.style))
                        used += 1
                    }
                    break outer
                }
                piece.append(ch)
                used += w
            }
            if !piece.isEmpty { out.append(Span(piece, span.style)) }
        }
        if used < columns { out.append(Span(String(repeating: " ", count: columns - used), fill)) }
        return StyledLine(out)
    }

    /// The line for the terminal: ANSI SGR colours when `colour`, the bare text otherwise.
    public func encoded(colour: Bool) -> String {
        guard colour else { return text }
        var out = ""
        for span in spans where !span.text.isEmpty {
            let code = StyledLine.sgr(span.style)
            if code.isEmpty { out += span.text } else { out += "\u{1B}[" + code + "m" + span.text + "\u{1B}[0m" }
        }
        return out
    }

    static func sgr(_ style: Style) -> String {
        switch style {
        case .normal: return ""
        case .dim: return "2"
        case .bold: return "1"
        case .heading: return "1;36"
        case .removed: return "31;9"
        case .added: return "32;4"
        case .selected: return "7"
        case .warning: return "1;33"
        case .inverse: return "7"
        }
    }
}
