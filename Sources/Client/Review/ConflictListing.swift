import Shared

/// One conflict as `tributary conflicts --json` prints it. Only facts every replica holding the same changes agrees
/// on: no local time zone, no age relative to now, no translated words (scripts compare it across replicas).
public struct ConflictListing: Codable, Sendable, Equatable {
    public var id: String
    public var kind: EntityKind
    public var entity: String
    public var field: String
    public var plan: String
    public var office: String
    public var shape: String
    /// The entity's own words (heading, name or title).
    public var label: String
    /// Section ids from the top down to the one holding the entity.
    public var sections: [String]
    public var base: Version?
    /// Highest stamp first: the winner, then the losers.
    public var contenders: [Version]
    /// Why the winner shows (later clock, or the replica tie-break); nil for a delete-against-edit.
    public var winReason: ConflictRecord.WinReason?
    public var openedMs: Int64
    /// The suggested merge of a paragraph whose two sides changed different clauses.
    public var suggestedMerge: String?

    public init(record: ConflictRecord, context: ConflictContext) {
        id = ConflictID.of(record)
        kind = record.kind
        entity = record.entity
        field = record.field
        plan = record.plan
        office = record.office
        shape = ConflictShape.of(record).rawValue
        label = context.entityLabel
        sections = context.sections.map(\.id)
        base = record.base
        contenders = record.contenders
        // A delete against an edit is not decided by the clock, so it has no win reason.
        winReason = record.isDeleteConflict ? nil : record.losers.first.map { record.winReason(over: $0) }
        openedMs = record.openedMs
        if ConflictShape.of(record) == .paragraph, record.losers.count == 1, let b = record.base?.value,
           let w = record.winner.value, let l = record.losers[0].value {
            suggestedMerge = SuggestedMerge.merge(base: b, winner: w, loser: l)
        }
    }

    /// The order every replica lists conflicts in: by plan, then entity, then field.
    public static func sorted(_ listings: [ConflictListing]) -> [ConflictListing] {
        listings.sorted { ($0.plan, $0.entity, $0.field) < ($1.plan, $1.entity, $1.field) }
    }
}
