import ClientCore
import Foundation
import Shared

/// Exit codes scripts can rely on.
enum ExitCodes {
    static let success: Int32 = 0
    static let failure: Int32 = 1
    /// A sync finished but left something for a person: rejected changes or open conflicts.
    static let attention: Int32 = 3
    /// The server could not be reached; local work is safe.
    static let unreachable: Int32 = 4
}

/// A failure with a message already worded for the user.
struct CommandFailure: Error {
    var message: String
    var code: Int32 = ExitCodes.failure
}

enum Console {
    static func error(_ message: String) {
        FileHandle.standardError.write(Data((tr("错误：", "Error: ") + message + "\n").utf8))
    }

    static func note(_ message: String) {
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }

    static func printJSON<T: Encodable>(_ value: T) throws {
        let encoder = WireJSON.encoder()
        encoder.outputFormatting.insert(.prettyPrinted)
        print(String(decoding: try encoder.encode(value), as: UTF8.self))
    }

    /// "2026-03-05 15:42:07" in the local time zone. Written with the C library's `localtime_r` rather than a
    /// `DateFormatter`: making a formatter opens an ICU date format, and `conflicts list` formats a few times per
    /// conflict — with 500 conflicts that was a tenth of the command's time. The format is fixed, so nothing of
    /// ICU's locale handling is needed.
    static func time(_ ms: Int64) -> String {
        var seconds = time_t(ms >= 0 ? ms / 1000 : (ms - 999) / 1000)
        var parts = tm()
        guard localtime_r(&seconds, &parts) != nil else { return String(ms) }
        func two(_ n: Int32) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(parts.tm_year + 1900)-\(two(parts.tm_mon + 1))-\(two(parts.tm_mday)) "
            + "\(two(parts.tm_hour)):\(two(parts.tm_min)):\(two(parts.tm_sec))"
    }
}
