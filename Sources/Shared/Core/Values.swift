import Foundation

/// A plan's period: one year or a span of years.
public struct Period: Hashable, Sendable, CustomStringConvertible {
    public var from: Int
    public var to: Int
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), parts.allSatisfy({ $0.count == 4 }),
              let from = Int(parts[0]), let to = Int(parts.last!), from <= to, from >= 1900, to <= 2200
        else { return nil }
        self.from = from
        self.to = to
    }
    public var description: String { from == to ? "\(from)" : "\(from)-\(to)" }
}

/// A deadline at the precision the plan gives it.
public struct Due: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int?
    public var day: Int?

    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        guard (1...3).contains(parts.count), parts[0].count == 4, let year = Int(parts[0]), (1900...2200).contains(year)
        else { return nil }
        self.year = year
        if parts.count >= 2 {
            guard parts[1].count == 2, let month = Int(parts[1]), (1...12).contains(month) else { return nil }
            self.month = month
        }
        if parts.count == 3 {
            guard parts[2].count == 2, let day = Int(parts[2]), (1...31).contains(day) else { return nil }
            self.day = day
        }
    }

    public var description: String {
        var text = String(year)
        if let month { text += "-" + (month < 10 ? "0" : "") + String(month) }
        if let day { text += "-" + (day < 10 ? "0" : "") + String(day) }
        return text
    }

    /// The last day the deadline allows, as (year, month, day): a year-only deadline runs to 31 December.
    public var lastDay: (Int, Int, Int) {
        let m = month ?? 12
        let d = day ?? [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
        return (year, m, d)
    }

    public static func < (a: Due, b: Due) -> Bool {
        let (ay, am, ad) = a.lastDay
        let (by, bm, bd) = b.lastDay
        return (ay, am, ad) < (by, bm, bd)
    }
}

/// An indicator's value: an exact decimal, or a placeholder that a draft still has to fill in (XX, ××, ＿＿).
public enum Amount: Hashable, Sendable, CustomStringConvertible {
    case exact(Decimal, text: String)
    case placeholder(String)

    public init?(_ text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty, trimmed.count <= 40 else { return nil }
        if Amount.isDecimalText(trimmed), let decimal = Decimal(string: trimmed, locale: Locale(identifier: "en_US_POSIX")) {
            self = .exact(decimal, text: trimmed)
        } else if trimmed.count <= 8, trimmed.allSatisfy(Amount.placeholderCharacters.contains) {
            self = .placeholder(trimmed)
        } else {
            return nil
        }
    }

    /// What drafts write for a figure still to be filled in (XX所, ××%, ＿＿个): anything else that is not a number
    /// (很多, 若干) is refused rather than taken for a placeholder.
    public static let placeholderCharacters: Set<Character> = [
        "X", "x", "Ｘ", "ｘ", "×", "✕", "╳", "Ⅹ", "_", "＿", "*", "＊", "○", "〇", "?", "？", "△",
    ]

    private static func isDecimalText(_ text: String) -> Bool {
        var digitsSeen = false
        var dotSeen = false
        for (i, ch) in text.enumerated() {
            if ch == "-" && i == 0 { continue }
            if ch == "." && !dotSeen && digitsSeen { dotSeen = true; continue }
            guard ch.isASCII, ch.isNumber else { return false }
            digitsSeen = true
        }
        return digitsSeen && text.last != "."
    }

    public var decimal: Decimal? {
        if case .exact(let d, _) = self { return d }
        return nil
    }

    public var isPlaceholder: Bool {
        if case .placeholder = self { return true }
        return false
    }

    public var description: String {
        switch self {
        case .exact(_, let text): return text
        case .placeholder(let text): return text
        }
    }
}

/// Where an outline item sits: its parent (nil at the top level, or for an indicator or task outside any section)
/// and a fractional position among its siblings.
public struct Place: Hashable, Sendable, CustomStringConvertible {
    public var parent: String?
    public var position: String

    public init(parent: String?, position: String) {
        self.parent = parent
        self.position = position
    }

    public init?(_ text: String) {
        guard let slash = text.lastIndex(of: "/") else { return nil }
        let parent = String(text[..<slash])
        let position = String(text[text.index(after: slash)...])
        guard FractionalIndex.isValid(position), parent.count <= Limits.maxIDLength, !parent.contains("/") else {
            return nil
        }
        self.parent = parent.isEmpty ? nil : parent
        self.position = position
    }

    public var description: String { (parent ?? "") + "/" + position }
}
