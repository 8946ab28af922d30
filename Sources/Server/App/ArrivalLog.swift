import Foundation
import Shared
import SharedStore

/// The change log held in memory together with its server order: each PostgreSQL node's view of the shared log,
/// rebuilt from the database's `change` table and caught up by position before it is used. The bootstrap's selection
/// is written here once for it and the memory store.
///
/// Positions are those of the server order (the SQLite store's `seq`, the PostgreSQL store's `position`), so a cursor
/// means the same whichever store answered it. They are gap-free except below the horizon, where compaction removed
/// changes.
struct ArrivalLog: Sendable {
    private(set) var log = MemoryChangeLog()
    /// The changes held, in position order, with when each arrived (compaction's window).
    private(set) var held: [HeldChange] = []
    /// The highest position taken in (at least the horizon: a log loaded after a compaction starts there).
    private(set) var position: Int64
    /// The lowest cursor still complete when this view was loaded.
    let horizon: Int64

    init(horizon: Int64 = 0) {
        self.horizon = horizon
        position = horizon
    }

    /// Takes in changes stored (by a push here, or on another node) at positions above the last one, in order.
    mutating func append(_ entries: [HeldChange]) throws {
        guard !entries.isEmpty else { return }
        _ = try log.apply(entries.map(\.change))
        held += entries
        position = max(position, entries.last!.position)
    }

    /// Runs a push against this log: the merged log with the new arrivals (numbered from the next position, arrived
    /// at `nowMs`), which replaces this one only once the push has committed (a failed commit leaves the log as it
    /// was, like a rolled-back transaction).
    func pushing(_ request: PushRequest, by principal: Principal, registry: [Office], nowMs: Int64, drift: DriftBound,
                 retired: RetiredLookup?) throws -> (outcome: PushOutcome, after: ArrivalLog, fresh: [HeldChange]) {
        var next = self
        let outcome = try PushProcessor.process(request, by: principal, registry: registry, nowMs: nowMs, drift: drift,
                                                log: &next.log, retired: retired)
        let fresh = try outcome.applied.applied.compactMap { try next.log.change($0) }.enumerated().map { offset, change in
            HeldChange(position: position + 1 + Int64(offset), change: change, arrivedMs: nowMs)
        }
        next.held += fresh
        next.position = fresh.last?.position ?? position
        return (outcome, next, fresh)
    }

    /// The current version of every field of `offices`, and the whole history of every field in conflict (and of
    /// every field of an entity whose delete is in conflict): what a new replica needs, as the SQLite store selects it;
    /// the part of it between positions `after` and `end`, at most `limit` changes.
    func bootstrap(offices: Set<String>, after: Int64, end: Int64?, limit: Int?) throws -> BootstrapPage {
        let end = end ?? position
        guard end <= position else { throw BootstrapPage.endPassed(end, logEnd: position) }
        // `held` is in position order: the first change after `after` by bisection.
        var low = 0, high = held.count
        while low < high {
            let middle = (low + high) / 2
            if held[middle].position <= after { low = middle + 1 } else { high = middle }
        }
        let candidates = held[low...].lazy.prefix { $0.position <= end }.map { ($0.position, $0.change) }
        let page = try Self.bootstrapPage(candidates, log: log, offices: offices, limit: limit)
        return BootstrapPage(changes: page.changes, cursor: end, next: page.next)
    }

    /// One page of the bootstrap's selection among `candidates` (changes with their positions, in server order), for
    /// the memory and PostgreSQL stores alike (the SQLite store says the same in SQL): at most `limit` changes, and
    /// the position of the last one when more would follow.
    static func bootstrapPage(_ candidates: some Sequence<(Int64, Change)>, log: MemoryChangeLog, offices: Set<String>,
                              limit: Int?) throws -> (changes: [Change], next: Int64?) {
        var conflictedFields: Set<String> = []
        var conflictedEntities: Set<String> = []
        for record in try log.conflicts(plan: nil) where offices.contains(record.office) {
            if record.field == Fields.deleted { conflictedEntities.insert(record.entity) }
            conflictedFields.insert(record.entity + "\u{0}" + record.field)
        }
        var changes: [Change] = []
        var last: Int64 = 0
        for (position, change) in candidates where offices.contains(change.office) {
            let wanted = try conflictedEntities.contains(change.entity)
                || conflictedFields.contains(change.entity + "\u{0}" + change.field)
                || log.heads(entity: change.entity, field: change.field).contains { $0.stamp == change.stamp }
            guard wanted else { continue }
            if let limit, changes.count == limit { return (changes, last) }
            changes.append(change)
            last = position
        }
        return (changes, nil)
    }

    func openConflictCount() throws -> Int { try log.conflicts(plan: nil).count }
}
