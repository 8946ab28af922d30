/// Escaping for the report's HTML and SVG. Every piece of text that came from a plan (names, titles, bodies, values)
/// goes through `escape`: a county could otherwise write markup, or a script, into the city's report.
public enum HTMLText {
    /// Text safe inside an element or a double- or single-quoted attribute.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for ch in text.unicodeScalars {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(ch)
            }
        }
        return out
    }

    /// A rough width of `text` in em at the report's font: Han and full-width characters take one em, ASCII about half.
    /// Enough to shorten a long county name in a chart's label column, where SVG text does not wrap.
    public static func ems(_ text: String) -> Double {
        text.unicodeScalars.reduce(0) { $0 + ($1.isASCII ? 0.55 : 1) }
    }

    /// `text` shortened with … to at most `limit` em.
    public static func shorten(_ text: String, toEms limit: Double) -> String {
        guard ems(text) > limit else { return text }
        var out = ""
        var used = 0.0
        for ch in text {
            let w = ems(String(ch))
            if used + w > limit - 1 { break }
            used += w
            out.append(ch)
        }
        return out + "…"
    }
}
