import CWidth

/// Terminal columns, as the terminal draws them: Han characters and full-width punctuation take two columns, combining
/// marks none. `String.count` counts characters, which misaligns every Chinese screen, so all layout goes through here.
public enum DisplayWidth {
    /// Columns of one character (a grapheme cluster): its widest scalar, at most two. Control characters count as
    /// zero because the layout code never emits them (`clean` turns tabs and newlines into something printable).
    public static func of(_ character: Character) -> Int {
        if character.isASCII {
            let v = character.asciiValue ?? 0
            return v >= 0x20 && v < 0x7f ? 1 : 0
        }
        var width = 0
        for scalar in character.unicodeScalars {
            width = max(width, Int(tributary_wcwidth(scalar.value)))
        }
        return min(width, 2)
    }

    public static func of(_ text: String) -> Int {
        text.reduce(0) { $0 + of($1) }
    }

    /// One line fit for a cell: tabs become spaces, line breaks one space, other control characters vanish.
    public static func clean(_ text: String) -> String { clean(text, keepingBreaks: false) }

    /// Text fit for the screen: tabs become spaces, other control characters vanish; line breaks (any of "\n",
    /// "\r\n", "\r", U+2028, U+2029) become "\n" when `keepingBreaks` (wrapping shows them as breaks), else a space.
    public static func clean(_ text: String, keepingBreaks: Bool) -> String {
        var out = ""
        for ch in text {
            if ch == "\t" { out += "    "; continue }
            if LineBreaking.isBreak(ch) { out += keepingBreaks ? "\n" : " "; continue }
            if ch.isASCII, of(ch) == 0 { continue }
            if !ch.isASCII, of(ch) == 0, ch.unicodeScalars.first.map({ $0.properties.generalCategory == .control }) == true {
                continue
            }
            out.append(ch)
        }
        return out
    }

    /// The longest prefix that fits in `columns`, with `ellipsis` at the end when something was cut. A two-column
    /// character that does not fit is left out whole, never halved.
    public static func truncate(_ text: String, to columns: Int, ellipsis: String = "…") -> String {
        guard columns > 0 else { return "" }
        if of(text) <= columns { return text }
        let room = columns - of(ellipsis)
        guard room >= 0 else { return prefix(text, columns: columns) }
        return prefix(text, columns: room) + ellipsis
    }

    /// The longest prefix whose width is at most `columns`.
    public static func prefix(_ text: String, columns: Int) -> String {
        var used = 0
        var out = ""
        for ch in text {
            let w = of(ch)
            if used + w > columns { break }
            used += w
            out.append(ch)
        }
        return out
    }

    /// `text` cut to `columns` and filled with spaces to exactly `columns`.
    public static func pad(_ text: String, to columns: Int) -> String {
        let cut = truncate(text, to: columns)
        return cut + String(repeating: " ", count: max(0, columns - of(cut)))
    }

    /// Breaks a text into lines of at most `columns`, at character boundaries (Chinese has no spaces to break at)
    /// and by the line-breaking rules (`LineBreaking`: no line starts with a closing mark); explicit newlines are
    /// kept, an empty paragraph is an empty line. An empty text is one empty line.
    public static func wrap(_ text: String, columns: Int) -> [String] {
        let characters = Array(clean(text, keepingBreaks: true))
        return LineBreaking.lines(characters, columns: columns).map { String(characters[$0.range]) }
    }
}
