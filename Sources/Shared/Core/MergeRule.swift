import Foundation

/// One known version of one field: what the merge rule needs of a change.
public struct Version: Sendable, Hashable, Codable {
    public var stamp: Stamp
    public var field: String
    public var value: String?
    public var author: String
    public var replaces: [Stamp]
    public var observed: [Stamp]
    public var resolution: ResolutionKind?

    public init(
        stamp: Stamp, field: String, value: String?, author: String, replaces: [Stamp] = [], observed: [Stamp] = [],
        resolution: ResolutionKind? = nil
    ) {
        self.stamp = stamp
        self.field = field
        self.value = value
        self.author = author
        self.replaces = replaces
        self.observed = observed
        self.resolution = resolution
    }
}

extension Change {
    public var version: Version {
        Version(stamp: stamp, field: field, value: value, author: author, replaces: replaces, observed: observed,
                resolution: resolution)
    }
}

/// What a field shows, and whether it is in conflict.
public struct FieldDecision: Sendable, Equatable {
    /// The head with the highest stamp: the value every replica shows (last writer wins).
    public var winner: Version
    /// One version per distinct value among the heads, the highest stamp of each, highest first (the winner first).
    /// More than one means the field has an open conflict.
    public var contenders: [Version]
    public var isConflict: Bool { contenders.count > 1 }
}

/// The sync rule, as pure functions of the set of changes a replica holds. The order in which changes arrived never
/// enters, so every replica that holds the same changes shows the same values and the same conflicts.
///
/// Like CouchDB's leaf revisions: a field's *heads* are its versions that no known change replaces. One head, or
/// several with one value: settled. Several values: a conflict, shown as last-writer-wins until someone resolves it
/// with a change that replaces every contender. No version is ever discarded: losers stay heads until replaced.
public enum MergeRule {
    /// The versions that no version in the set replaces.
    public static func heads(_ versions: [Version]) -> [Version] {
        let replaced = Set(versions.lazy.flatMap(\.replaces))
        return versions.filter { !replaced.contains($0.stamp) }
    }

    /// The winner and the contenders among a field's heads; nil for a field with no heads.
    public static func decide(heads: [Version]) -> FieldDecision? {
        let ordered = heads.sorted { $0.stamp > $1.stamp }
        guard let winner = ordered.first else { return nil }
        var seen = Set<String?>()
        var contenders: [Version] = []
        for version in ordered where seen.insert(version.value).inserted {
            contenders.append(version)
        }
        return FieldDecision(winner: winner, contenders: contenders)
    }

    /// The versions a local edit replaces. The writer's own contender if it has one (so a second edit by one side
    /// of a conflict replaces that side instead of opening another conflict), otherwise the shown value; and with it
    /// every head that holds the same value, since those are one and the same text.
    public static func replacesForEdit(heads: [Version], replica: String) -> [Stamp] {
        let own = heads.filter { $0.stamp.replica == replica }.max { $0.stamp < $1.stamp }
        guard let target = own ?? heads.max(by: { $0.stamp < $1.stamp }) else { return [] }
        return heads.filter { $0.value == target.value }.map(\.stamp).sorted()
    }

    /// The value the contenders diverged from: the latest version that every head descends from, following
    /// `replaces` through the field's known history. Nil when they share no known ancestor (two first writes).
    public static func base(heads: [Version], history: [Stamp: Version]) -> Version? {
        var common: Set<Stamp>?
        for head in heads {
            let ancestors = self.ancestors(of: head, history: history)
            common = common.map { $0.intersection(ancestors) } ?? ancestors
        }
        guard let latest = common?.max() else { return nil }
        return history[latest]
    }

    static func ancestors(of version: Version, history: [Stamp: Version]) -> Set<Stamp> {
        var result = Set<Stamp>()
        var stack = version.replaces
        while let stamp = stack.popLast() {
            guard result.insert(stamp).inserted, let known = history[stamp] else { continue }
            stack.append(contentsOf: known.replaces)
        }
        return result.filter { history[$0] != nil }
    }

    /// Delete against edit: the current versions of an entity's other fields that no tombstone among the heads of
    /// `deleted` had seen. Non-empty means someone edited what someone else deleted, concurrently: a conflict.
    /// Nothing when the entity is not deleted (the winning head of `deleted` is not a tombstone).
    public static func unseenEdits(deletedHeads: [Version], otherHeads: [Version]) -> [Version] {
        guard let decision = decide(heads: deletedHeads), decision.winner.value == Fields.yes else { return [] }
        let seen = Set(deletedHeads.filter { $0.value == Fields.yes }.flatMap(\.observed))
        return otherHeads.filter { !seen.contains($0.stamp) }.sorted { $0.stamp > $1.stamp }
    }
}
