import Foundation
import Shared

/// How long a token lives: for ever, a number of days from issue (`90d`), or until the end of a date (`2027-06-30`,
/// UTC: the token works through that whole day). A duration is kept with the token so that a rotation renews it.
public enum TokenExpiry: Sendable, Equatable {
    case never
    case days(Int)
    /// Expires at this instant (the midnight after the given date).
    case at(ms: Int64)

    static let dayMs: Int64 = 86_400_000

    /// Parses `90d` or `2027-06-30`; anything else is a `RegistryError.invalid` that shows both forms.
    public init(parsing text: String) throws {
        let usage = "--expires takes a number of days such as 90d, or a date such as 2027-06-30"
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.hasSuffix("d"), let days = Int(trimmed.dropLast()) {
            guard (1...36_500).contains(days) else { throw RegistryError.invalid("\(usage); \(text) is out of range") }
            self = .days(days)
            return
        }
        let parts = trimmed.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]) else {
            throw RegistryError.invalid("\(usage), not \(text)")
        }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let components = DateComponents(year: year, month: month, day: day)
        guard components.isValidDate(in: calendar), let start = calendar.date(from: components) else {
            throw RegistryError.invalid("\(text) is not a date (\(usage))")
        }
        self = .at(ms: Int64((start.timeIntervalSince1970 * 1000).rounded()) + Self.dayMs)
    }

    public func expiresMs(issuedAtMs nowMs: Int64) -> Int64? {
        switch self {
        case .never: return nil
        case .days(let days): return nowMs + Int64(days) * Self.dayMs
        case .at(let ms): return ms
        }
    }

    /// The span a rotation renews (nil for a fixed date or no expiry).
    public var lifetimeMs: Int64? {
        if case .days(let days) = self { return Int64(days) * Self.dayMs }
        return nil
    }

    /// The policy a token was issued with, for its rotation: the same span again, or the same end date.
    init(of record: TokenRecord) {
        if let lifetime = record.lifetimeMs {
            self = .days(Int(lifetime / Self.dayMs))
        } else if let expires = record.expiresMs {
            self = .at(ms: expires)
        } else {
            self = .never
        }
    }
}

/// What an operator sees of a token: never the secret or its hash.
public struct TokenSummary: Codable, Sendable, Equatable {
    public var id: String
    public var user: String
    public var office: String
    public var createdMs: Int64
    public var expiresMs: Int64?
    public var revoked: Bool
    public var expired: Bool

    public var state: String { revoked ? "revoked" : expired ? "expired" : "active" }
}

/// Times for operator output: `2027-06-30 00:00 UTC`.
public enum OperatorTime {
    public static func format(_ ms: Int64) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd HH:mm 'UTC'"
        return formatter.string(from: Date(timeIntervalSince1970: Double(ms) / 1000))
    }
}
