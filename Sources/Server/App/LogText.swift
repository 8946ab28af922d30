import Logging

/// Text that came in a request, made safe for a log line. The log is one event per line, so a newline, carriage
/// return or other control character in a user name, replica id, path, reason or error message could otherwise
/// forge a whole log entry; each becomes a visible escape (`\n`, `\u{1B}`) instead, and a backslash doubles so that
/// an escape written by the client cannot pass for one made here. Very long values are cut.
public enum LogText {
    public static let maxLength = 500

    public static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(min(text.utf8.count, maxLength) + 8)
        var count = 0
        for scalar in text.unicodeScalars {
            if count >= maxLength {
                result += "…"
                break
            }
            count += 1
            switch scalar {
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            default:
                // C0, DEL, C1, and the Unicode line and paragraph separators.
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.value == 0x2028 || scalar.value == 0x2029 {
                    result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result
    }
}

extension Logger.MetadataValue {
    /// A metadata value from a request (or from an error that may quote one), escaped by `LogText`.
    public static func untrusted(_ text: String) -> Logger.MetadataValue { .string(LogText.escape(text)) }
    public static func untrusted(_ value: some CustomStringConvertible) -> Logger.MetadataValue { .untrusted(value.description) }
}
