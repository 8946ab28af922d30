import Foundation
import Shared
import SharedStore

/// What `tributary-server compact` removed (or, with `--dry-run`, would remove).
///
/// What compaction may remove, and why (the same rules in every store; `ServerStoreContract` holds them to it):
/// - **Time is the server's arrival time**, not the change's stamp. The window is a promise to replicas about how long
///   they may stay away: a replica that last synced at T has seen what arrived before T. A change stamped months ago
///   that a laptop pushed yesterday has been seen by almost no one yet; measured by its stamp it would be compacted
///   at once. Stores note arrival per push (one mark per push, not per change).
/// - **Superseded versions**: a change that is no longer a head of its field, that arrived before the cutoff, in an
///   entity without an open conflict (a reviewer needs the whole history of a conflicted entity: its base).
/// - **Purged entities**: a deleted entity (its tombstone is the winning value of `deleted`) with no open conflict,
///   every change of which arrived before the cutoff, loses its whole history but its winning delete, which is kept
///   whole beside the retired stamps: a sleeper's late edit of the entity brings that tombstone back and meets it as
///   a delete-against-edit conflict, as it would have before the purge. Plans, submissions and comments are never
///   purged (an entity names its plan, a submission is the city's record, a comment's first change names its owner),
///   and neither is an outline item that a kept item still sits under (`place` names it), since nothing under a
///   deleted section is ever dropped.
/// - **Never**: a head of any field of a kept entity, anything of an entity in conflict, and a superseded version
///   that replaced a version which stays (removing it would make that older version look current again).
///
/// The stamps removed are kept as `RetiredVersion`s (stamp, entity, field; no value), so that a late push naming
/// them is vetted as before and a retried push of one of them is a duplicate. The horizon becomes the highest
/// arrival position (pull cursor) removed: a reader whose cursor is below it would miss changes, and is told so.
public struct CompactionReport: Codable, Sendable, Equatable {
    public var dryRun: Bool
    /// Changes that arrived at or before this time (ms since 1970) were old enough.
    public var cutoffMs: Int64
    /// Changes removed, those of purged entities included.
    public var changesRemoved: Int
    /// Deleted entities whose whole history was removed.
    public var entitiesPurged: Int
    public var previousHorizon: Int64
    /// The lowest pull cursor still complete after this run: pulls after less are refused (410).
    public var horizon: Int64

    public init(dryRun: Bool, cutoffMs: Int64, changesRemoved: Int, entitiesPurged: Int, previousHorizon: Int64, horizon: Int64) {
        self.dryRun = dryRun
        self.cutoffMs = cutoffMs
        self.changesRemoved = changesRemoved
        self.entitiesPurged = entitiesPurged
        self.previousHorizon = previousHorizon
        self.horizon = horizon
    }
}

/// A pull after a cursor below the horizon: the changes between were compacted, so a page would skip them.
public struct HorizonPassed: Error, Sendable, Equatable, CustomStringConvertible {
    public var after: Int64
    public var horizon: Int64
    public init(after: Int64, horizon: Int64) {
        self.after = after
        self.horizon = horizon
    }

    public var description: String {
        """
        this replica last synced at position \(after), before the server's offline horizon (\(horizon)): history older \
        than the server keeps was compacted. Push your changes, then bootstrap again (tributary sync does both); \
        nothing made offline is lost
        """
    }

    public var apiError: APIError { APIError(.horizonPassed, description) }
}

/// The compaction rules that need no store: which outline items a live item sits under.
enum CompactionRules {
    /// The parent named by a `place` value ("<parent id>/<position>", parent empty at the top level).
    static func parent(ofPlace value: String) -> String? {
        guard let slash = value.firstIndex(of: "/"), slash != value.startIndex else { return nil }
        return String(value[..<slash])
    }
}

/// A change a store holds, with its place in the server order and when it arrived.
struct HeldChange: Sendable {
    var position: Int64
    var change: Change
    var arrivedMs: Int64
}

/// What a compaction removes, decided once for the memory and PostgreSQL stores (over the merge state they both keep
/// in a `MemoryChangeLog`; the SQLite store says the same in SQL, and the contract suite holds all three to it). The
/// rules are `CompactionReport`'s.
struct CompactionPlan {
    var report: CompactionReport
    /// Every stamp to remove, those of purged entities included.
    var doomed: Set<Stamp>
    /// The winning delete of each purged entity, kept whole (a late edit brings it back).
    var tombstones: [String: Change]
    /// What each removed stamp was a version of.
    var retired: [Stamp: RetiredVersion]

    init(held: [HeldChange], log: MemoryChangeLog, previousHorizon: Int64, olderThanMs: Int64, dryRun: Bool) throws {
        var positionOf: [Stamp: Int64] = [:]
        var old: Set<Stamp> = []
        for entry in held {
            positionOf[entry.change.stamp] = entry.position
            if entry.arrivedMs <= olderThanMs { old.insert(entry.change.stamp) }
        }
        let changes = held.map(\.change)
        let byEntity = Dictionary(grouping: changes, by: \.entity)
        let conflicted = Set(try log.conflicts(plan: nil).map(\.entity))
        var states: [String: EntityState] = [:]
        for entity in byEntity.keys { states[entity] = try log.state(of: entity) }

        // Purged entities, repeated until no more: an item leaves only once nothing kept sits under it.
        var purged: Set<String> = []
        while true {
            let parents = Set(states.values.filter { !purged.contains($0.id) }
                .compactMap { $0.fields[Fields.place].flatMap(CompactionRules.parent(ofPlace:)) })
            let more = states.values.filter { state in
                !purged.contains(state.id) && ![.plan, .submission, .comment].contains(state.kind)
                    && state.fields[Fields.deleted] == Fields.yes && !conflicted.contains(state.id)
                    && !parents.contains(state.id) && (byEntity[state.id] ?? []).allSatisfy { old.contains($0.stamp) }
            }.map(\.id)
            if more.isEmpty { break }
            purged.formUnion(more)
        }

        // Superseded versions of entities without conflicts, then back out any that replaced a version that stays,
        // until none does.
        var doomed: Set<Stamp> = []
        for change in changes {
            if purged.contains(change.entity) { doomed.insert(change.stamp); continue }
            guard old.contains(change.stamp), states[change.entity]?.kind != .submission,
                  !conflicted.contains(change.entity) else { continue }
            if try !log.heads(entity: change.entity, field: change.field).contains(where: { $0.stamp == change.stamp }) {
                doomed.insert(change.stamp)
            }
        }
        while true {
            let keep = changes.filter { doomed.contains($0.stamp) && !purged.contains($0.entity)
                && $0.replaces.contains { positionOf[$0] != nil && !doomed.contains($0) } }
            if keep.isEmpty { break }
            doomed.subtract(keep.map(\.stamp))
        }

        let horizon = max(previousHorizon, doomed.compactMap { positionOf[$0] }.max() ?? 0)
        report = CompactionReport(dryRun: dryRun, cutoffMs: olderThanMs, changesRemoved: doomed.count,
                                  entitiesPurged: purged.count, previousHorizon: previousHorizon, horizon: horizon)
        self.doomed = doomed
        var tombstones: [String: Change] = [:]
        for entity in purged {
            if let stamp = states[entity]?.stamps[Fields.deleted], let tombstone = try log.change(stamp) { tombstones[entity] = tombstone }
        }
        self.tombstones = tombstones
        var retired: [Stamp: RetiredVersion] = [:]
        for change in changes where doomed.contains(change.stamp) {
            retired[change.stamp] = RetiredVersion(entity: change.entity, field: change.field)
        }
        self.retired = retired
    }
}
