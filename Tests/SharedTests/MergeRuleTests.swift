import Testing
@testable import Shared

/// Table-driven cases of the sync rule. Each case lists versions of one field (stamp, value, what it replaces) and
/// the expected outcome: the value shown, the contenders of an open conflict, and the base.
struct MergeRuleTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var versions: [(String, String?, [String])]
        var shown: String?
        var contenders: [String?]
        var base: String?
        var testDescription: String { name }
    }

    static func stamp(_ label: String) -> Stamp {
        // "a3" = replica a at ms 3; "b3'" = same ms, counter 1.
        let replica = String(label.prefix(1))
        let counter: Int32 = label.hasSuffix("'") ? 1 : 0
        let ms = Int64(label.dropFirst().filter(\.isNumber))!
        return Stamp(ms: ms, counter: counter, replica: replica)
    }

    static let cases: [Case] = [
        Case(name: "single write", versions: [("a1", "x", [])], shown: "x", contenders: ["x"], base: nil),
        Case(name: "edit replaces its base", versions: [("a1", "x", []), ("b2", "y", ["a1"])],
             shown: "y", contenders: ["y"], base: nil),
        Case(name: "concurrent edits: later clock wins, loser kept",
             versions: [("a1", "x", []), ("a2", "y", ["a1"]), ("b3", "z", ["a1"])],
             shown: "z", contenders: ["z", "y"], base: "x"),
        Case(name: "same ms and counter: replica id breaks the tie",
             versions: [("a1", "x", []), ("a5", "y", ["a1"]), ("b5", "z", ["a1"])],
             shown: "z", contenders: ["z", "y"], base: "x"),
        Case(name: "counter orders within one ms",
             versions: [("a1", "x", []), ("b5'", "y", ["a1"]), ("c5", "z", ["a1"])],
             shown: "y", contenders: ["y", "z"], base: "x"),
        Case(name: "equal concurrent values are no conflict",
             versions: [("a1", "x", []), ("a2", "same", ["a1"]), ("b3", "same", ["a1"])],
             shown: "same", contenders: ["same"], base: nil),
        Case(name: "second edit by one side replaces its own contender",
             versions: [("a1", "x", []), ("a2", "y", ["a1"]), ("b3", "z", ["a1"]), ("a4", "y2", ["a2"])],
             shown: "y2", contenders: ["y2", "z"], base: "x"),
        Case(name: "resolution replaces every contender",
             versions: [("a1", "x", []), ("a2", "y", ["a1"]), ("b3", "z", ["a1"]), ("c4", "z", ["a2", "b3"])],
             shown: "z", contenders: ["z"], base: nil),
        Case(name: "resolution by an older clock still closes the conflict",
             versions: [("a1", "x", []), ("a2", "y", ["a1"]), ("b9", "z", ["a1"]), ("c3", "y", ["a2", "b9"])],
             shown: "y", contenders: ["y"], base: nil),
        Case(name: "a late edit against a resolved base reopens a conflict with the resolution",
             versions: [("a1", "x", []), ("a2", "y", ["a1"]), ("b3", "z", ["a1"]), ("c4", "m", ["a2", "b3"]),
                        ("d5", "w", ["a2"])],
             shown: "w", contenders: ["w", "m"], base: "y"),
        Case(name: "clearing is a value like any other",
             versions: [("a1", "x", []), ("a2", nil, ["a1"]), ("b3", "z", ["a1"])],
             shown: "z", contenders: ["z", nil], base: "x"),
        Case(name: "two first writes conflict with no base",
             versions: [("a1", "x", []), ("b1", "y", [])], shown: "y", contenders: ["y", "x"], base: nil),
        Case(name: "replacing an unknown version (compacted history)",
             versions: [("b3", "z", ["a1"])], shown: "z", contenders: ["z"], base: nil),
    ]

    @Test(arguments: cases)
    func rule(_ c: Case) throws {
        let versions = c.versions.map { label, value, replaces in
            Version(stamp: Self.stamp(label), field: "f", value: value, author: label, replaces: replaces.map(Self.stamp))
        }
        // The outcome must not depend on the order the versions arrived in.
        for order in [versions, versions.reversed(), versions.shuffled()] {
            let heads = MergeRule.heads(order)
            let decision = try #require(MergeRule.decide(heads: heads))
            #expect(decision.winner.value == c.shown)
            #expect(decision.contenders.map(\.value) == c.contenders)
            let history = Dictionary(uniqueKeysWithValues: order.map { ($0.stamp, $0) })
            let base = decision.isConflict ? MergeRule.base(heads: heads, history: history) : nil
            #expect(base?.value == c.base)
        }
    }

    @Test func editReplacesOwnContenderOrTheShownValue() {
        let x = Version(stamp: Self.stamp("a1"), field: "f", value: "x", author: "a")
        let y = Version(stamp: Self.stamp("b2"), field: "f", value: "y", author: "b")
        let y2 = Version(stamp: Self.stamp("c1"), field: "f", value: "y", author: "c")
        #expect(MergeRule.replacesForEdit(heads: [x, y], replica: "a") == [x.stamp])
        #expect(MergeRule.replacesForEdit(heads: [x, y], replica: "b") == [y.stamp])
        // A third replica edits what it sees (the winner), together with any head of the same value.
        #expect(MergeRule.replacesForEdit(heads: [x, y, y2], replica: "z") == [y2.stamp, y.stamp].sorted())
        #expect(MergeRule.replacesForEdit(heads: [], replica: "a") == [])
    }

    @Test func deleteAgainstEditIsAConflict() {
        let heading = Version(stamp: Self.stamp("a1"), field: "heading", value: "旧", author: "a")
        let edit = Version(stamp: Self.stamp("b3"), field: "heading", value: "新", author: "b", replaces: [heading.stamp])
        let tombstone = Version(stamp: Self.stamp("a2"), field: Fields.deleted, value: Fields.yes, author: "a",
                                observed: [heading.stamp])
        // The delete saw "旧" but not the concurrent "新": conflict.
        #expect(MergeRule.unseenEdits(deletedHeads: [tombstone], otherHeads: [edit]) == [edit])
        // Had the delete seen the edit, nothing to review.
        var informed = tombstone
        informed.observed = [edit.stamp]
        #expect(MergeRule.unseenEdits(deletedHeads: [informed], otherHeads: [edit]).isEmpty)
        // A restored entity is not in conflict.
        let restore = Version(stamp: Self.stamp("c4"), field: Fields.deleted, value: Fields.no, author: "c",
                              replaces: [tombstone.stamp])
        #expect(MergeRule.unseenEdits(deletedHeads: [restore], otherHeads: [edit]).isEmpty)
    }
}
