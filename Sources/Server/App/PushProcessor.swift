import Foundation
import Shared
import SharedStore

/// What a push did: the verdict on every change, and when the batch was refused, the protocol error that answers it.
public struct PushOutcome: Sendable, Equatable {
    public var results: [ChangeResult]
    public var applied: ApplySummary
    /// Set when the batch was refused as a whole; nothing of it was stored.
    public var refusal: APIError?
    /// Tombstones of purged entities that this batch's late edits brought back (stored with it): the store no longer
    /// counts them as retired.
    public var revived: [Stamp] = []
}

/// The push transaction, written once over `ChangeLog` so that the SQLite and memory stores share it: sort retried
/// changes from new ones, vet every new one, and store the batch only if every change passes (all or nothing).
///
/// `retired` names the versions the store compacted away (`RetiredVersion`): a change that replaces one is vetted as
/// if it were still held, and a retried change that was itself retired is answered `duplicate` (its content can no
/// longer be compared: the stamp is what identifies it, as everywhere else in the protocol).
public enum PushProcessor {
    public static func process<Log: ChangeLog>(
        _ request: PushRequest, by principal: Principal, registry: [Office], nowMs: Int64, drift: DriftBound,
        log: inout Log, retired: RetiredLookup? = nil
    ) throws -> PushOutcome {
        var vetting = ChangeVetting(log: log, writer: .principal(principal, replica: request.replica), registry: registry,
                                    nowMs: nowMs, drift: drift, retired: retired)
        var results: [ChangeResult] = []
        var fresh: [Change] = []
        var refusals: [RuleViolation] = []
        var inBatch: [Stamp: Change] = [:]
        let stored = try log.changes(request.changes.map(\.stamp))
        let unknown = request.changes.map(\.stamp).filter { stored[$0] == nil }
        let retiredHere = unknown.isEmpty ? [:] : try retired?.versions(unknown) ?? [:]
        try vetting.prefetchReferences(request.changes.filter { stored[$0.stamp] == nil && retiredHere[$0.stamp] == nil })
        for change in request.changes {
            if inBatch[change.stamp] == nil, retiredHere[change.stamp] != nil {
                results.append(ChangeResult(id: change.stamp, status: .duplicate))
                continue
            }
            if let known = inBatch[change.stamp] ?? stored[change.stamp] {
                if known == change {
                    results.append(ChangeResult(id: change.stamp, status: .duplicate))
                } else {
                    let refusal = RuleViolation(.replayConflict, zh: "修改 \(change.stamp) 已以不同内容收到过",
                                                en: "change id \(change.stamp) was already received with different content")
                    refusals.append(refusal)
                    results.append(ChangeResult(id: change.stamp, rejectedFor: refusal))
                }
                continue
            }
            inBatch[change.stamp] = change
            if let refusal = try vetting.violation(for: change) {
                refusals.append(refusal)
                results.append(ChangeResult(id: change.stamp, rejectedFor: refusal))
            } else {
                fresh.append(change)
                results.append(ChangeResult(id: change.stamp, status: .accepted))
            }
        }
        if let first = refusals.first {
            for index in results.indices where results[index].status == .accepted { results[index].status = .withheld }
            let code = [.replayConflict, .forbidden, .clockDrift].first { code in refusals.contains { $0.code == code } } ?? first.code
            let message = refusals.count == 1
                ? "the batch was refused: \(first.english)"
                : "the batch was refused: \(refusals.count) changes were rejected; first: \(first.english)"
            return PushOutcome(results: results, applied: ApplySummary(), refusal: APIError(code, message, results: results))
        }
        // A late edit of an entity the store purged brings the entity's tombstone back first (see `RetiredLookup`).
        // Only purged entities have a kept tombstone (a revived one is no longer retired): one lookup for the batch.
        let entities = Set(fresh.map(\.entity)).sorted()
        let tombstones = entities.isEmpty ? [] : try retired?.tombstones(entities).values.sorted { $0.stamp < $1.stamp } ?? []
        let summary = try log.apply(tombstones + fresh)
        return PushOutcome(results: results, applied: summary, refusal: nil, revived: tombstones.map(\.stamp))
    }
}
