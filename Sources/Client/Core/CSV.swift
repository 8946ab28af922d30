import Foundation

/// CSV that Excel opens with Chinese intact: UTF-8 with a byte-order mark (without it Excel guesses the local ANSI
/// code page and shows mojibake), CRLF line ends, RFC 4180 quoting.
public enum CSV {
    public static let byteOrderMark = "\u{FEFF}"

    public static func render(header: [String], rows: [[String]]) -> String {
        byteOrderMark + ([header] + rows).map { $0.map(quote).joined(separator: ",") + "\r\n" }.joined()
    }

    static func quote(_ field: String) -> String {
        // A leading = + - @ would be run as a formula by Excel: prefix it with an apostrophe (OWASP's advice).
        var text = field
        if let first = text.first, "=+-@".contains(first), Double(text) == nil { text = "'" + text }
        if text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
            return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return text
    }
}
