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

    /// The line as it must look without colour: removals and insertions wrapped in markers.
    public func plain() -> StyledLine {
        StyledLine(spans.flatMap { span -> [Span] in
            switch span.style {
            case .removed: return [Span(Span.removedMarks.0, .removed), span, Span(Span.removedMarks.1, .removed)]
            case .added: return [Span(Span.addedMarks.0, .added), span, Span(Span.addedMarks.1, .added)]
            default: return [span]
            }
        })
    }

    /// Screen lines of at most `columns`, broken between characters; `indent` columns of space start every
    /// continuation line. Tabs and line breaks inside spans are flattened first. A closing mark (，。、）…) never
    /// starts a line: the character before it moves down with it, as Chinese typesetting does.
    public func wrapped(columns: Int, indent: Int = 0) -> [StyledLine] {
        guard columns > 0 else { return [] }
        let pad = indent > 0 && indent < columns ? indent : 0
        var lines: [StyledLine] = []
        var current: [(Character, Style)] = []
        var used = 0
        for span in spans {
            for ch in DisplayWidth.clean(span.text) {
                let w = DisplayWidth.of(ch)
                if used + w > columns, !current.isEmpty {
                    var carry: [(Character, Style)] = []
                    if StyledLine.noLineStart.contains(ch), current.count >= 2,
                       DisplayWidth.of(current[current.count - 1].0) + w <= columns - pad {
                        carry = [current.removeLast()]
                    } else if StyledLine.isWordCharacter(ch) {
                        // Keep a number or a date ("2026-11-18", "97%") whole when it is short enough to move down.
                        var run = 0
                        while run < current.count, StyledLine.isWordCharacter(current[current.count - 1 - run].0) { run += 1 }
                        if run > 0, run < current.count, run <= 16, run + 1 + pad <= columns {
                            carry = Array(current.suffix(run))
                            current.removeLast(run)
                        }
                    }
                    lines.append(StyledLine.runs(current, indent: lines.isEmpty ? 0 : pad))
                    current = carry
                    used = pad + carry.reduce(0) { $0 + DisplayWidth.of($1.0) }
                }
                current.append((ch, span.style))
                used += w
            }
        }
        lines.append(StyledLine.runs(current, indent: lines.isEmpty ? 0 : pad))
        return lines
    }

    static func isWordCharacter(_ ch: Character) -> Bool {
        ch.isASCII && (ch.isLetter || ch.isNumber || ch == "-" || ch == ":" || ch == "." || ch == "%")
    }

    /// Marks that must not begin a line.
    static let noLineStart: Set<Character> = ["，", "。", "、", "；", "：", "！", "？", "）", "」", "』", "”", "’", "》", "】",
                                              ",", ".", ";", ":", "!", "?", ")", "%", "…"]

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
