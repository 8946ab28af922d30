import Foundation
import Shared
import SharedStore

/// Compaction of the memory store: the reference the SQLite store's queries are checked against (`CompactionReport`
/// says what is removed and why).
extension MemoryServerStore {
    public func horizon() async throws -> Int64 { lock.withLock { state.horizon } }

    public func compact(olderThanMs: Int64, dryRun: Bool) async throws -> CompactionReport {
        try lock.withLock {
            let log = state.log
            // Arrival positions (1-based, the pull cursor) of what arrived at or before the cutoff.
            var seqOf: [Stamp: Int64] = [:]
            var old: Set<Stamp> = []
            for (index, arrival) in state.arrivals.enumerated() {
                guard let change = arrival else { continue }
                seqOf[change.stamp] = Int64(index + 1)
                if state.arrivalMs[index] <= olderThanMs { old.insert(change.stamp) }
            }
            let held = state.arrivals.compactMap { $0 }
            let byEntity = Dictionary(grouping: held, by: \.entity)
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

            // Superseded versions of entities without conflicts, then back out any that replaced a version that
            // stays, until none does.
            var doomed: Set<Stamp> = []
            for change in held {
                if purged.contains(change.entity) { doomed.insert(change.stamp); continue }
                guard old.contains(change.stamp), states[change.entity]?.kind != .submission,
                      !conflicted.contains(change.entity) else { continue }
                if try !log.heads(entity: change.entity, field: change.field).contains(where: { $0.stamp == change.stamp }) {
                    doomed.insert(change.stamp)
                }
            }
            while true {
                let keep = held.filter { doomed.contains($0.stamp) && !purged.contains($0.entity)
                    && $0.replaces.contains { seqOf[$0] != nil && !doomed.contains($0) } }
                if keep.isEmpty { break }
                doomed.subtract(keep.map(\.stamp))
            }

            let horizon = max(state.horizon, doomed.compactMap { seqOf[$0] }.max() ?? 0)
            let report = CompactionReport(dryRun: dryRun, cutoffMs: olderThanMs, changesRemoved: doomed.count,
                                          entitiesPurged: purged.count, previousHorizon: state.horizon, horizon: horizon)
            guard !dryRun, !doomed.isEmpty else { return report }
            for entity in purged {
                if let stamp = states[entity]?.stamps[Fields.deleted], let tombstone = try log.change(stamp) {
                    state.tombstones[entity] = tombstone
                }
            }
            for change in held where doomed.contains(change.stamp) {
                state.retired[change.stamp] = RetiredVersion(entity: change.entity, field: change.field)
                state.arrivals[Int(seqOf[change.stamp]! - 1)] = nil
            }
            state.log.retire(doomed)
            state.horizon = horizon
            return report
        }
    }
}
