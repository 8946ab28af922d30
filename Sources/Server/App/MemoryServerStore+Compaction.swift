import Foundation
import Shared
import SharedStore

/// Compaction of the memory store: the reference the SQLite store's queries are checked against (`CompactionReport`
/// says what is removed and why).
extension MemoryServerStore {
    public func horizon() async throws -> Int64 { lock.withLock { state.horizon } }

    public func compact(olderThanMs: Int64, dryRun: Bool) async throws -> CompactionReport {
        try lock.withLock {
            let held = state.arrivals.enumerated().compactMap { index, arrival in
                arrival.map { HeldChange(position: Int64(index + 1), change: $0, arrivedMs: state.arrivalMs[index]) }
            }
            let plan = try CompactionPlan(held: held, log: state.log, previousHorizon: state.horizon, olderThanMs: olderThanMs,
                                          dryRun: dryRun)
            guard !dryRun, !plan.doomed.isEmpty else { return plan.report }
            state.tombstones.merge(plan.tombstones) { _, new in new }
            state.retired.merge(plan.retired) { _, new in new }
            for entry in held where plan.doomed.contains(entry.change.stamp) { state.arrivals[Int(entry.position - 1)] = nil }
            state.log.retire(plan.doomed)
            state.horizon = plan.report.horizon
            return plan.report
        }
    }
}
