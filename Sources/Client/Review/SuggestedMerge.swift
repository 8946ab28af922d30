/// A three-way merge of a paragraph over clauses (diff3 over the clause sequences of base, winner and loser).
///
/// Offered only when both sides changed the paragraph and no clause was changed by both in different ways: then
/// keeping both edits is very likely what the two writers meant, and the reviewer just has to confirm it. When the
/// two edits touch the same clause, there is nothing to suggest and a person has to choose or edit.
public enum SuggestedMerge {
    public static func merge(base: String, winner: String, loser: String) -> String? {
        let o = ClauseDiff.clauses(base), a = ClauseDiff.clauses(winner), b = ClauseDiff.clauses(loser)
        let matchA = matches(o, a), matchB = matches(o, b)
        var merged: [String] = []
        var i = 0, ia = 0, ib = 0
        func resolveChunk(_ oc: ArraySlice<String>, _ ac: ArraySlice<String>, _ bc: ArraySlice<String>) -> Bool {
            if Array(ac) == Array(oc) { merged += bc; return true }
            if Array(bc) == Array(oc) { merged += ac; return true }
            if Array(ac) == Array(bc) { merged += ac; return true }
            // Clauses added right before or after base clauses that the other side reworded: keep both edits.
            let o = Array(oc), a = Array(ac), b = Array(bc)
            if !o.isEmpty {
                if b.starts(with: o) { merged += a + b.dropFirst(o.count); return true }
                if a.starts(with: o) { merged += b + a.dropFirst(o.count); return true }
                if b.reversed().starts(with: o.reversed()) { merged += b.dropLast(o.count) + a; return true }
                if a.reversed().starts(with: o.reversed()) { merged += a.dropLast(o.count) + b; return true }
            }
            // Neighbouring clauses reworded one for one (one side the first, the other the next): merge clause by
            // clause, as long as no clause was reworded by both sides differently.
            if o.count == a.count && o.count == b.count && !o.isEmpty {
                var pairwise: [String] = []
                for k in o.indices {
                    if a[k] == o[k] { pairwise.append(b[k]) }
                    else if b[k] == o[k] || a[k] == b[k] { pairwise.append(a[k]) }
                    else { return false }
                }
                merged += pairwise
                return true
            }
            return false
        }
        while true {
            // The next base clause that both sides kept, at or after the current positions.
            var j = i
            while j < o.count {
                if let ja = matchA[j], let jb = matchB[j], ja >= ia, jb >= ib { break }
                j += 1
            }
            if j == o.count {
                guard resolveChunk(o[i...], a[ia...], b[ib...]) else { return nil }
                break
            }
            guard resolveChunk(o[i..<j], a[ia..<matchA[j]!], b[ib..<matchB[j]!]) else { return nil }
            merged.append(o[j])
            ia = matchA[j]! + 1
            ib = matchB[j]! + 1
            i = j + 1
        }
        let result = merged.joined()
        // Nothing to suggest when the merge is simply one side's text.
        if result == winner || result == loser { return nil }
        return result
    }

    /// For each base clause kept by the other side, its index there (from the LCS alignment).
    static func matches(_ base: [String], _ other: [String]) -> [Int: Int] {
        var result: [Int: Int] = [:]
        var i = 0, j = 0
        for op in LCS.align(base, other) {
            switch op {
            case .same:
                result[i] = j
                i += 1
                j += 1
            case .removed: i += 1
            case .added: j += 1
            }
        }
        return result
    }
}
