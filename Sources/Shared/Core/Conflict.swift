import Foundation

/// An open conflict on one field of one entity: what a reviewer sees, identically on every replica that holds the
/// same changes. For a delete-against-edit conflict the field is `deleted`, the first contender is the delete, and
/// the others are the edits it had not seen (each naming its own field).
public struct ConflictRecord: Codable, Sendable, Equatable {
    public var kind: EntityKind
    public var entity: String
    public var plan: String
    public var office: String
    public var field: String
    /// The version the contenders diverged from, if known.
    public var base: Version?
    /// Highest stamp first: the first one is what the field shows now.
    public var contenders: [Version]

    public init(kind: EntityKind, entity: String, plan: String, office: String, field: String, base: Version?,
                contenders: [Version]) {
        self.kind = kind
        self.entity = entity
        self.plan = plan
        self.office = office
        self.field = field
        self.base = base
        self.contenders = contenders
    }

    public var isDeleteConflict: Bool { field == Fields.deleted && contenders.first?.value == Fields.yes && contenders.contains { $0.field != Fields.deleted } }
    public var winner: Version { contenders[0] }
    public var losers: [Version] { Array(contenders.dropFirst()) }
    /// When the conflict arose: the time of its latest contender, the write that made it a conflict.
    public var openedMs: Int64 { contenders.map(\.stamp.ms).max() ?? 0 }

    /// Why the first contender shows: a later clock, or (same milliseconds and counter) the replica-id tie-break.
    public func winReason(over loser: Version) -> WinReason {
        if winner.stamp.ms != loser.stamp.ms || winner.stamp.counter != loser.stamp.counter { return .laterClock }
        return .replicaTieBreak
    }

    public enum WinReason: String, Codable, Sendable { case laterClock, replicaTieBreak }

    /// Builds the record for a field from its heads and history; nil when the heads hold one value only.
    public static func field(
        kind: EntityKind, entity: String, plan: String, office: String, field: String, heads: [Version],
        history: [Stamp: Version]
    ) -> ConflictRecord? {
        guard let decision = MergeRule.decide(heads: heads), decision.isConflict else { return nil }
        return ConflictRecord(kind: kind, entity: entity, plan: plan, office: office, field: field,
                              base: MergeRule.base(heads: heads, history: history), contenders: decision.contenders)
    }

    /// Builds the delete-against-edit record of an entity; nil when its delete saw every current edit.
    public static func deletion(
        kind: EntityKind, entity: String, plan: String, office: String, deletedHeads: [Version], otherHeads: [Version],
        history: [Stamp: Version]
    ) -> ConflictRecord? {
        let unseen = MergeRule.unseenEdits(deletedHeads: deletedHeads, otherHeads: otherHeads)
        guard !unseen.isEmpty, let decision = MergeRule.decide(heads: deletedHeads) else { return nil }
        return ConflictRecord(kind: kind, entity: entity, plan: plan, office: office, field: Fields.deleted,
                              base: MergeRule.base(heads: deletedHeads, history: history),
                              contenders: decision.contenders + unseen)
    }
}

extension ConflictRecord {
    /// Every open conflict of one entity, from the heads of all its fields: one record per conflicted field, and the
    /// delete-against-edit record (on `deleted`) when the entity's delete had not seen a current edit.
    public static func all(
        key: (kind: EntityKind, entity: String, plan: String, office: String), headsByField: [String: [Version]],
        history: [Stamp: Version]
    ) -> [ConflictRecord] {
        var records: [ConflictRecord] = []
        for field in headsByField.keys.sorted() {
            let heads = headsByField[field]!
            if field == Fields.deleted {
                let others = headsByField.filter { $0.key != Fields.deleted }.flatMap(\.value)
                if let record = deletion(kind: key.kind, entity: key.entity, plan: key.plan, office: key.office,
                                         deletedHeads: heads, otherHeads: others, history: history) {
                    records.append(record)
                    continue
                }
            }
            if let record = ConflictRecord.field(kind: key.kind, entity: key.entity, plan: key.plan, office: key.office,
                                                 field: field, heads: heads, history: history) {
                records.append(record)
            }
        }
        return records
    }
}
