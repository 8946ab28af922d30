import Foundation
import Shared
import SharedStore

/// The change log held in memory together with its server order: the memory store's log, and each PostgreSQL
/// node's view of the shared log (rebuilt from the database's `change` table and caught up by position before it is
/// used). Pull pages and the bootstrap selection are written here once for both.
///
/// Positions are those of the server order: the n-th change to arrive has position n (the SQLite store's `seq`, the
/// PostgreSQL store's `position`), so a cursor means the same whichever store answered it.
struct ArrivalLog: Sendable {
    private(set) var log = MemoryChangeLog()
    /// Changes in server order; `arrivals[i]` has position i + 1.
    private(set) var arrivals: [Change] = []

    var position: Int64 { Int64(arrivals.count) }

    /// Takes in changes that were stored (by a push, or by another node) at the next positions, in order.
    mutating func append(_ changes: [Change]) throws {
        guard !changes.isEmpty else { return }
        _ = try log.apply(changes)
        arrivals += changes
    }

    /// Runs a push against this log: the merged log and the new arrivals replace this one's only when `commit`
    /// returns (a failed commit leaves the log as it was, like a rolled-back transaction).
    func pushing(_ request: PushRequest, by principal: Principal, registry: [Office], nowMs: Int64, drift: DriftBound)
        throws -> (outcome: PushOutcome, after: ArrivalLog, fresh: [Change]) {
        var next = self
        let outcome = try PushProcessor.process(request, by: principal, registry: registry, nowMs: nowMs, drift: drift,
                                                log: &next.log)
        let fresh = try outcome.applied.applied.compactMap { try next.log.change($0) }
        next.arrivals += fresh
        return (outcome, next, fresh)
    }

    func pull(after cursor: Int64, limit: Int, offices: Set<String>) -> PullPage {
        var changes: [Change] = []
        var last = cursor
        var index = Int(max(0, cursor))
        while index < arrivals.count {
            let change = arrivals[index]
            index += 1
            guard offices.contains(change.office) else { continue }
            if changes.count == limit {
                return PullPage(changes: changes, cursor: last, more: true, end: position)
            }
            changes.append(change)
            last = Int64(index)
        }
        return PullPage(changes: changes, cursor: max(last, position), more: false, end: position)
    }

    /// The current version of every field of `offices`, and the whole history of every field in conflict (and of
    /// every field of an entity whose delete is in conflict): what a new replica needs, as the SQLite store selects it.
    func bootstrap(offices: Set<String>) throws -> BootstrapPage {
        BootstrapPage(changes: try Self.bootstrapSelection(arrivals.filter { offices.contains($0.office) }, log: log, offices: offices),
                      cursor: position)
    }

    /// The bootstrap's selection among `visible` (the offices' changes in server order), for the memory and
    /// PostgreSQL stores alike (the SQLite store says the same in SQL).
    static func bootstrapSelection(_ visible: [Change], log: MemoryChangeLog, offices: Set<String>) throws -> [Change] {
        var fields: Set<String> = []
        var wanted: Set<Stamp> = []
        for change in visible where fields.insert(change.entity + "\u{0}" + change.field).inserted {
            wanted.formUnion(try log.heads(entity: change.entity, field: change.field).map(\.stamp))
        }
        let conflicted = try log.conflicts(plan: nil).filter { offices.contains($0.office) }
        var conflictedFields: Set<String> = []
        var conflictedEntities: Set<String> = []
        for record in conflicted {
            if record.field == Fields.deleted { conflictedEntities.insert(record.entity) }
            conflictedFields.insert(record.entity + "\u{0}" + record.field)
        }
        for change in visible where conflictedEntities.contains(change.entity)
            || conflictedFields.contains(change.entity + "\u{0}" + change.field) {
            wanted.insert(change.stamp)
        }
        return visible.filter { wanted.contains($0.stamp) }
    }

    func openConflictCount() throws -> Int { try log.conflicts(plan: nil).count }
}
