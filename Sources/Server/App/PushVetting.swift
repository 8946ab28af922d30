import Foundation
import Shared
import SharedStore

/// One refused change: the protocol error class it belongs to and a reason a person can read.
public struct Refusal: Sendable, Equatable {
    public var code: APIError.Code
    public var reason: String
    public init(_ code: APIError.Code, _ reason: String) {
        self.code = code
        self.reason = reason
    }
}

/// The checks every pushed change passes before the server stores it: identity (its replica and author are the
/// caller's), shape (ids, field, value type and size), clock (not beyond the drift bound), structure (it belongs to
/// a plan of the office it names), access (`AccessPolicy`) and the submission workflow (a snapshot is written once).
///
/// Reads go through the change log inside the push transaction, so the checks see exactly what the apply will see.
public struct PushVetting<Log: ChangeLog> {
    let log: Log
    let principal: Principal
    let replica: String
    let registry: [String: Office]
    let nowMs: Int64
    let drift: DriftBound
    private var keys: [String: EntityKey?] = [:]
    /// Entities of this batch, keyed by id, as their first change names them.
    private var batchKeys: [String: EntityKey] = [:]
    private var batchSnapshots: Set<String> = []

    public init(log: Log, principal: Principal, replica: String, registry: [Office], nowMs: Int64, drift: DriftBound) {
        self.log = log
        self.principal = principal
        self.replica = replica
        self.registry = Dictionary(registry.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        self.nowMs = nowMs
        self.drift = drift
    }

    /// Checks one change of the batch (in batch order, so that a plan created earlier in the batch counts).
    public mutating func refusal(for change: Change) throws -> Refusal? {
        if change.stamp.replica != replica {
            return Refusal(.forbidden, "change \(change.stamp) was made by replica \(change.stamp.replica), not by the pushing replica \(replica)")
        }
        if change.author != principal.user {
            return Refusal(.forbidden, "change \(change.stamp) is signed by \(change.author), but the token belongs to \(principal.user)")
        }
        for (name, id) in [("entity", change.entity), ("plan", change.plan), ("office", change.office)]
        where id.isEmpty || id.count > Limits.maxIDLength || id.contains(",") {
            return Refusal(.invalidChange, "\(name) id must be 1 to \(Limits.maxIDLength) characters without commas")
        }
        do {
            try HybridClock.checkDrift(change.stamp, physicalMs: nowMs, bound: drift)
        } catch {
            return Refusal(.clockDrift, "change \(change.stamp) is stamped \(error.aheadMs / 1000) s ahead of the server clock (bound \(drift.ms / 1000) s); fix the computer's clock and sync again")
        }
        if let problem = Schema.problem(kind: change.kind, field: change.field, value: change.value) {
            return Refusal(.invalidChange, problem)
        }
        if change.field == Fields.deleted && !change.observed.isEmpty && change.value != Fields.yes {
            return Refusal(.invalidChange, "only a delete lists the versions it observed")
        }
        if let refusal = try structureRefusal(change) { return refusal }
        if let problem = AccessPolicy.writeProblem(change, by: principal, officeOfChange: registry[change.office]) {
            return Refusal(.forbidden, problem)
        }
        if change.kind == .submission && change.field == "snapshot" {
            if try batchSnapshots.contains(change.entity) || !log.history(entity: change.entity, field: "snapshot").isEmpty {
                return Refusal(.forbidden, "submission \(change.entity) already has its snapshot; a submitted snapshot cannot be changed")
            }
            batchSnapshots.insert(change.entity)
        }
        return nil
    }

    /// An entity keeps the kind, plan and office of its first change, and every entity but a plan belongs to a plan
    /// of the same office.
    private mutating func structureRefusal(_ change: Change) throws -> Refusal? {
        let key = EntityKey(id: change.entity, kind: change.kind, plan: change.plan, office: change.office)
        if let known = try storedKey(change.entity) ?? batchKeys[change.entity] {
            if known != key {
                return Refusal(.invalidChange, "entity \(change.entity) is a \(known.kind.rawValue) of plan \(known.plan) in \(known.office)")
            }
        } else if change.kind == .plan {
            if change.plan != change.entity { return Refusal(.invalidChange, "a plan's plan id must be its own id") }
        } else {
            guard let plan = try storedKey(change.plan) ?? batchKeys[change.plan], plan.kind == .plan else {
                return Refusal(.invalidChange, "\(change.kind.rawValue) \(change.entity) names plan \(change.plan), which the server does not know")
            }
            if plan.office != change.office {
                return Refusal(.invalidChange, "plan \(change.plan) belongs to \(plan.office), not \(change.office)")
            }
        }
        batchKeys[change.entity] = batchKeys[change.entity] ?? key
        return nil
    }

    private mutating func storedKey(_ id: String) throws -> EntityKey? {
        if let cached = keys[id] { return cached }
        let key = try log.entityKey(id)
        keys[id] = key
        return key
    }
}
