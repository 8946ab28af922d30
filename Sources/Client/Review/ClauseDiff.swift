/// A paragraph's difference clause by clause: which clauses stayed, which went, which came, and, inside a clause that
/// was reworded, which characters changed.
public enum ClausePiece: Sendable, Equatable {
    case same(String)
    case removed(String)
    case added(String)
    /// A clause reworded: the character difference from its old to its new form.
    case changed([DiffPiece])

    /// The piece as character-level pieces, for display.
    public var pieces: [DiffPiece] {
        switch self {
        case .same(let t): return [.same(t)]
        case .removed(let t): return [.removed(t)]
        case .added(let t): return [.added(t)]
        case .changed(let p): return p
        }
    }
}

/// Paragraph diffs by clause. Chinese policy prose is long runs of clauses separated by ，、；。 (and, in text pasted
/// from the web, their half-width forms); people edit a clause at a time, so the clause is the unit a reviewer thinks
/// in. A character diff over a whole paragraph scatters matches across unrelated clauses.
public enum ClauseDiff {
    /// Where a clause ends (the mark stays with its clause).
    public static let terminators: Set<Character> = ["。", "；", "！", "？", "，", "、", ";", "!", "?", ",", "\n"]
    /// Closing marks that belong to the clause before them: 。” stays one clause end.
    static let closers: Set<Character> = ["”", "’", "」", "』", "）", ")", "】", "》", "\""]

    /// The clauses of a text, each with its ending mark; joined they give the text back exactly.
    public static func clauses(_ text: String) -> [String] {
        var out: [String] = []
        var current = ""
        var ended = false
        for ch in text {
            if ended, !closers.contains(ch) {
                out.append(current)
                current = ""
                ended = false
            }
            current.append(ch)
            if terminators.contains(ch) { ended = true }
        }
        if !current.isEmpty { out.append(current) }
        return out
    }

    public static func diff(_ old: String, _ new: String) -> [ClausePiece] {
        let ops = LCS.align(clauses(old), clauses(new))
        var out: [ClausePiece] = []
        var removed: [String] = [], added: [String] = []
        // Within a run of differing clauses, a removed clause and an added one in the same order are one reworded
        // clause when they still share most of their characters; otherwise one went and the other came.
        func flush() {
            var i = 0, j = 0
            while i < removed.count || j < added.count {
                if i < removed.count, j < added.count, similar(removed[i], added[j]) {
                    out.append(.changed(CharDiff.diff(removed[i], added[j])))
                    i += 1
                    j += 1
                } else if i < removed.count {
                    out.append(.removed(removed[i]))
                    i += 1
                } else {
                    out.append(.added(added[j]))
                    j += 1
                }
            }
            removed = []
            added = []
        }
        for op in ops {
            switch op {
            case .same(let clause):
                flush()
                out.append(.same(clause))
            case .removed(let clause): removed.append(clause)
            case .added(let clause): added.append(clause)
            }
        }
        flush()
        return out
    }

    /// At least half of the two clauses' characters are common (Dice coefficient over the LCS).
    static func similar(_ a: String, _ b: String) -> Bool {
        let common = LCS.align(Array(a), Array(b)).filter { if case .same = $0 { return true } else { return false } }.count
        return common * 2 >= (a.count + b.count) / 2
    }

    /// How many clauses differ (reworded, removed or added).
    public static func changedCount(_ pieces: [ClausePiece]) -> Int {
        pieces.filter { if case .same = $0 { return false } else { return true } }.count
    }

    /// A text is a paragraph (diffed by clause) when it has more than one clause or is long; a short value (a name,
    /// a number, a heading) is diffed by character.
    public static func isParagraph(_ text: String) -> Bool {
        // Length first, and only as far as the 41st character: a 2,000-byte paragraph was split into clauses and
        // counted whole for every conflict `conflicts list` names.
        !text.dropFirst(40).isEmpty || clauses(text).count > 1
    }
}
