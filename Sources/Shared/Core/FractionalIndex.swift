import Foundation

/// Positions between siblings as base-62 fractions ("V" is ½, "VV" a little more), so an item can always be placed
/// between two others without renumbering them. The digit scheme is rocicorp's `fractional-indexing` midpoint,
/// written out here because no package in our mirror provides it. Two replicas that insert between the same
/// neighbours may pick the same key; readers order siblings by (position, id), which keeps both, stably.
public enum FractionalIndex {
    static let digits: [Character] = Array("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
    static let digitValue: [Character: Int] = Dictionary(uniqueKeysWithValues: digits.enumerated().map { ($1, $0) })

    public static func isValid(_ key: String) -> Bool {
        !key.isEmpty && key.count <= 200 && key.last != "0" && key.allSatisfy { digitValue[$0] != nil }
    }

    /// A key strictly between `a` and `b` (nil meaning the start or the end of the list).
    public static func between(_ a: String?, _ b: String?) -> String {
        let lower = a ?? ""
        if let b, !b.isEmpty, lower >= b {
            // Equal neighbours happen after concurrent inserts; the caller's order then rests on ids, and a key just
            // after `a` keeps the new item right behind it.
            return midpoint(Array(lower), nil)
        }
        return midpoint(Array(lower), b.map(Array.init))
    }

    private static func midpoint(_ a: [Character], _ b: [Character]?) -> String {
        if let b {
            var n = 0
            while n < b.count, (n < a.count ? a[n] : "0") == b[n] { n += 1 }
            if n > 0 {
                return String(b[0..<n]) + midpoint(Array(a.dropFirst(n)), Array(b.dropFirst(n)))
            }
        }
        let digitA = a.first.map { digitValue[$0]! } ?? 0
        let digitB = b.flatMap { $0.first }.map { digitValue[$0]! } ?? digits.count
        if digitB - digitA > 1 {
            return String(digits[(digitA + digitB + 1) / 2])
        }
        if let b, b.count > 1 {
            return String(b[0])
        }
        return String(digits[digitA]) + midpoint(Array(a.dropFirst()), nil)
    }

    /// `count` evenly spread keys in ascending order, for bulk inserts (an import) where appending one by one would
    /// make keys grow.
    public static func spread(_ count: Int) -> [String] {
        guard count > 0 else { return [] }
        var width = 1
        var capacity = 62
        while capacity <= count { width += 1; capacity *= 62 }
        return (1...count).map { i in
            var n = i * capacity / (count + 1)
            var chars = [Character](repeating: "0", count: width)
            for k in stride(from: width - 1, through: 0, by: -1) {
                chars[k] = digits[n % 62]
                n /= 62
            }
            while chars.last == "0" { chars.removeLast() }
            return String(chars)
        }
    }
}
