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

    static func time(_ ms: Int64) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone.current
        formatter.dateFormat = "yyyy-MM-dd HH:mm:ss"
        return formatter.string(from: Date(timeIntervalSince1970: Double(ms) / 1000))
    }
}
