import Foundation
import Shared
import SharedStore

/// What a push did: the verdict on every change, and when the batch was refused, the protocol error that answers it.
public struct PushOutcome: Sendable, Equatable {
    public var results: [ChangeResult]
    public var applied: ApplySummary
    /// Set when the batch was refused as a whole; nothing of it was stored.
    public var refusal: APIError?
}

/// The push transaction, written once over `ChangeLog` so that the SQLite and memory stores share it: sort retried
/// changes from new ones, vet every new one, and store the batch only if every change passes (all or nothing).
public enum PushProcessor {
    public static func process<Log: ChangeLog>(
        _ request: PushRequest, by principal: Principal, registry: [Office], nowMs: Int64, drift: DriftBound,
        log: inout Log
    ) throws -> PushOutcome {
        var vetting = ChangeVetting(log: log, writer: .principal(principal, replica: request.replica), registry: registry,
                                    nowMs: nowMs, drift: drift)
        var results: [ChangeResult] = []
        var fresh: [Change] = []
        var refusals: [RuleViolation] = []
        var inBatch: [Stamp: Change] = [:]
        let stored = try log.changes(request.changes.map(\.stamp))
        try vetting.prefetchReferences(request.changes.filter { stored[$0.stamp] == nil })
        for change in request.changes {
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
        let summary = try log.apply(fresh)
        return PushOutcome(results: results, applied: summary, refusal: nil)
    }
}
