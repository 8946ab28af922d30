import Foundation
import Shared

/// Which conflicts a reviewer wants to see or resolve at once. Every criterion is optional; all given ones must hold.
/// Age compares the conflict's opening time (`openedMs`) with a `nowMs` the caller passes in.
public struct ConflictFilter: Sendable, Equatable {
    public var plan: String?
    public var office: String?
    /// A section id: conflicts on that section or anything inside it.
    public var section: String?
    /// Any contender (or the base) written by this person.
    public var author: String?
    /// Opened at least this long ago.
    public var olderThanMs: Int64?
    /// Opened at most this long ago.
    public var newerThanMs: Int64?

    public init(plan: String? = nil, office: String? = nil, section: String? = nil, author: String? = nil,
                olderThanMs: Int64? = nil, newerThanMs: Int64? = nil) {
        self.plan = plan
        self.office = office
        self.section = section
        self.author = author
        self.olderThanMs = olderThanMs
        self.newerThanMs = newerThanMs
    }

    public var isEmpty: Bool { self == ConflictFilter() }

    public func matches(_ record: ConflictRecord, context: ConflictContext?, nowMs: Int64) -> Bool {
        if let plan, record.plan != plan { return false }
        if let office, record.office != office { return false }
        if let section {
            guard record.entity == section || context?.sections.contains(where: { $0.id == section }) == true else { return false }
        }
        if let author, !record.contenders.contains(where: { $0.author == author }) { return false }
        let age = nowMs - record.openedMs
        if let olderThanMs, age < olderThanMs { return false }
        if let newerThanMs, age > newerThanMs { return false }
        return true
    }

    /// "30m", "12h", "3d", "2w" (minutes, hours, days, weeks) as milliseconds; nil for anything else.
    public static func duration(_ text: String) -> Int64? {
        let trimmed = text.trimmingCharacters(in: .whitespaces).lowercased()
        guard let unit = trimmed.last, let amount = Int64(trimmed.dropLast()), amount >= 0, amount < 100_000 else { return nil }
        let minute: Int64 = 60_000
        switch unit {
        case "m": return amount * minute
        case "h": return amount * 60 * minute
        case "d": return amount * 24 * 60 * minute
        case "w": return amount * 7 * 24 * 60 * minute
        default: return nil
        }
    }
}
