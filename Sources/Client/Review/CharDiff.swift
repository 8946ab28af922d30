/// One piece of a difference between an old and a new text.
public enum DiffPiece: Sendable, Equatable {
    case same(String)
    case removed(String)
    case added(String)

    public var oldText: String {
        switch self {
        case .same(let t), .removed(let t): return t
        case .added: return ""
        }
    }

    public var newText: String {
        switch self {
        case .same(let t), .added(let t): return t
        case .removed: return ""
        }
    }
}

/// Character-level difference (longest common subsequence over `Character`s, so a Han character or an emoji with its
/// modifiers is one unit). Chinese has no spaces between words, so a word diff would see whole sentences as one word.
public enum CharDiff {
    /// Beyond this many cells the table would be too big; the middle is then shown as one replacement.
    static let maxCells = 4_000_000

    public static func diff(_ old: String, _ new: String) -> [DiffPiece] {
        let ops = LCS.align(Array(old), Array(new), maxCells: maxCells)
        return coalesce(ops.map { op -> DiffPiece in
            switch op {
            case .same(let c): return .same(String(c))
            case .removed(let c): return .removed(String(c))
            case .added(let c): return .added(String(c))
            }
        })
    }

    /// Joins neighbouring pieces of one kind; inside each run of changes, the removal comes before the insertion so
    /// a replacement reads old, then new.
    static func coalesce(_ pieces: [DiffPiece]) -> [DiffPiece] {
        var out: [DiffPiece] = []
        var removed = "", added = ""
        func flushChanges() {
            if !removed.isEmpty { out.append(.removed(removed)) }
            if !added.isEmpty { out.append(.added(added)) }
            removed = ""
            added = ""
        }
        for piece in pieces {
            switch piece {
            case .removed(let t): removed += t
            case .added(let t): added += t
            case .same(let t):
                flushChanges()
                if case .same(let before)? = out.last { out[out.count - 1] = .same(before + t) } else { out.append(.same(t)) }
            }
        }
        flushChanges()
        return out
    }
}

/// Longest-common-subsequence alignment of two sequences, after trimming their common prefix and suffix (which is
/// most of a paragraph that two people edited in one place each).
enum LCS {
    enum Op<T> {
        case same(T), removed(T), added(T)
    }

    static func align<T: Equatable>(_ a: [T], _ b: [T], maxCells: Int = 4_000_000) -> [Op<T>] {
        var start = 0
        while start < a.count, start < b.count, a[start] == b[start] { start += 1 }
        var endA = a.count, endB = b.count
        while endA > start, endB > start, a[endA - 1] == b[endB - 1] {
            endA -= 1
            endB -= 1
        }
        let midA = Array(a[start..<endA]), midB = Array(b[start..<endB])
        var ops: [Op<T>] = a[0..<start].map { .same($0) }
        if midA.isEmpty || midB.isEmpty || midA.count * midB.count > maxCells {
            ops += midA.map { .removed($0) } + midB.map { .added($0) }
        } else {
            ops += table(midA, midB)
        }
        ops += a[endA...].map { .same($0) }
        return ops
    }

    /// The classic dynamic-programming table, walked from the start so that equal runs come out as early as possible.
    private static func table<T: Equatable>(_ a: [T], _ b: [T]) -> [Op<T>] {
        let n = a.count, m = b.count
        // lengths[i][j] = LCS length of a[i...] and b[j...]
        var lengths = [[Int32]](repeating: [Int32](repeating: 0, count: m + 1), count: n + 1)
        for i in stride(from: n - 1, through: 0, by: -1) {
            for j in stride(from: m - 1, through: 0, by: -1) {
                lengths[i][j] = a[i] == b[j] ? lengths[i + 1][j + 1] + 1 : max(lengths[i + 1][j], lengths[i][j + 1])
            }
        }
        var ops: [Op<T>] = []
        var i = 0, j = 0
        while i < n, j < m {
            if a[i] == b[j] {
                ops.append(.same(a[i]))
                i += 1
                j += 1
            } else if lengths[i + 1][j] >= lengths[i][j + 1] {
                ops.append(.removed(a[i]))
                i += 1
            } else {
                ops.append(.added(b[j]))
                j += 1
            }
        }
        while i < n { ops.append(.removed(a[i])); i += 1 }
        while j < m { ops.append(.added(b[j])); j += 1 }
        return ops
    }
}
