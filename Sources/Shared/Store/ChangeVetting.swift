import Foundation
import Shared

/// The checks every change passes before a store takes it, written once and run in three places: the server on
/// every pushed change, a replica on every local edit (so that a county working offline is told at once what the
/// server would refuse), and a replica on the changes `exchange` copies in from another replica's file.
///
/// In order: identity (its replica and author are the writer's), shape (ids, author, field, value type, size and
/// characters, the stamp floor), clock (not beyond the drift bound), references (`replaces` names earlier versions
/// of the same field, `observed` earlier versions of the same entity's other fields, only on a tombstone, both
/// bounded; a resolution replaces several contenders), structure (an entity keeps the kind, plan and office of its
/// first change and belongs to a plan of that office), access (`AccessPolicy`), the submission workflow
/// (`SubmissionWorkflow`), and comment ownership.
///
/// Reads go through the change log (inside the push transaction on the server, inside the edit transaction on a
/// replica), and the changes already vetted in the same batch count as written, so a batch is judged exactly as the
/// apply will see it.
public struct ChangeVetting<Log: ChangeLog> {
    /// Who is writing. `exchange` checks what the model requires of any change, but neither identity nor access:
    /// the writer of a copied change is not the person running `exchange`.
    public enum Writer: Sendable {
        case principal(Principal, replica: String)
        case exchange
    }

    let log: Log
    let writer: Writer
    let registry: [String: Office]
    let nowMs: Int64
    /// Nil: no drift check (a replica judging its own edits: its clock is the reference).
    let drift: DriftBound?
    private var keys: [String: EntityKey?] = [:]
    /// Entities first seen in this batch, keyed by id, as their first change names them.
    private var batchKeys: [String: EntityKey] = [:]
    /// Changes of this batch vetted so far, by stamp: references to them count as known.
    private var batchChanges: [Stamp: Change] = [:]
    /// Field values written by this batch so far, per entity.
    private var batchFields: [String: [String: (value: String?, stamp: Stamp)]] = [:]
    /// Stored changes that this batch refers to, fetched once (`prefetchReferences`) or on demand.
    private var references: [Stamp: Change] = [:]
    private var referenceTotal = 0
    /// Versions the store compacted away (see `RetiredVersion`): still valid references for late changes.
    let retired: RetiredLookup?
    private var retiredReferences: [Stamp: RetiredVersion] = [:]

    public init(log: Log, writer: Writer, registry: [Office], nowMs: Int64, drift: DriftBound?, retired: RetiredLookup? = nil) {
        self.retired = retired
        self.log = log
        self.writer = writer
        self.registry = Dictionary(registry.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        self.nowMs = nowMs
        self.drift = drift
    }

    /// Reads in one go the stored changes a batch's `replaces` and `observed` name (bounded first: a batch that
    /// names too many is refused without reading them).
    public mutating func prefetchReferences(_ changes: [Change]) throws {
        let stamps = changes.flatMap { $0.replaces.prefix(Limits.maxReplaces) + $0.observed.prefix(Limits.maxObserved) }
        guard stamps.count <= Limits.maxReferencesPerBatch else { return }
        let missing = Array(Set(stamps).subtracting(references.keys))
        for (stamp, change) in try log.changes(missing) { references[stamp] = change }
    }

    /// Checks one change of the batch, in batch order; a change that passes counts as written for the ones after it.
    public mutating func violation(for change: Change) throws -> RuleViolation? {
        if let violation = try check(change) { return violation }
        record(change)
        return nil
    }

    private mutating func check(_ change: Change) throws -> RuleViolation? {
        if let violation = identityViolation(change) { return violation }
        if let violation = ChangeRules.shapeViolation(change) { return violation }
        if let drift {
            do {
                try HybridClock.checkDrift(change.stamp, physicalMs: nowMs, bound: drift)
            } catch {
                return RuleViolation(.clockDrift,
                    zh: "修改 \(change.stamp) 的时间比服务器时钟快 \(error.aheadMs / 1000) 秒（上限 \(drift.ms / 1000) 秒）；请校准电脑时间后再同步",
                    en: "change \(change.stamp) is stamped \(error.aheadMs / 1000) s ahead of the server clock (bound \(drift.ms / 1000) s); fix the computer's clock and sync again")
            }
        }
        if let violation = try referenceViolation(change) { return violation }
        if let violation = try structureViolation(change) { return violation }
        guard case .principal(let principal, _) = writer else {
            if change.kind == .submission, change.field == "snapshot", let value = change.value {
                return SubmissionWorkflow.snapshotViolation(value, plan: change.plan, office: change.office)
            }
            return nil
        }
        let office = registry[change.office]
        if let violation = AccessPolicy.writeProblem(change, by: principal, officeOfChange: office) { return violation }
        switch change.kind {
        case .submission: return try submissionViolation(change, by: principal, office: office)
        case .comment: return try commentViolation(change, by: principal)
        default: return nil
        }
    }

    private func identityViolation(_ change: Change) -> RuleViolation? {
        guard case .principal(let principal, let replica) = writer else { return nil }
        if change.stamp.replica != replica {
            return RuleViolation(.forbidden, zh: "修改 \(change.stamp) 由副本 \(change.stamp.replica) 做出，不是上传它的副本 \(replica)",
                                 en: "change \(change.stamp) was made by replica \(change.stamp.replica), not by the pushing replica \(replica)")
        }
        if change.author != principal.user {
            return RuleViolation(.forbidden, zh: "修改 \(change.stamp) 署名 \(change.author)，但令牌属于 \(principal.user)",
                                 en: "change \(change.stamp) is signed by \(change.author), but the token belongs to \(principal.user)")
        }
        return nil
    }

    /// `replaces` and `observed` may only name versions the change's writer could have seen: earlier versions of the
    /// same field (the same entity's other fields for `observed`). Anything else would let one write erase another
    /// office's values or suppress a future edit (a replaced stamp is never a head again).
    private mutating func referenceViolation(_ change: Change) throws -> RuleViolation? {
        func bad(_ zh: String, _ en: String) -> RuleViolation { RuleViolation(.invalidChange, zh: zh, en: en) }
        referenceTotal += change.replaces.count + change.observed.count
        if referenceTotal > Limits.maxReferencesPerBatch {
            return bad("一批修改引用的版本超过 \(Limits.maxReferencesPerBatch) 个", "a batch may name at most \(Limits.maxReferencesPerBatch) replaced or observed versions")
        }
        if !change.observed.isEmpty && !change.isTombstone {
            return bad("只有删除才记录它看到的版本（observed）", "only a delete lists the versions it observed")
        }
        let missing = (change.replaces + change.observed).filter { references[$0] == nil && batchChanges[$0] == nil }
        if !missing.isEmpty {
            for (stamp, found) in try log.changes(missing) { references[stamp] = found }
            let unknown = missing.filter { references[$0] == nil && retiredReferences[$0] == nil }
            if let retired, !unknown.isEmpty {
                for (stamp, version) in try retired.versions(unknown) { retiredReferences[stamp] = version }
            }
        }
        for stamp in change.replaces {
            if stamp >= change.stamp {
                return bad("修改 \(change.stamp) 不能取代比它晚的版本 \(stamp)", "change \(change.stamp) cannot replace the later version \(stamp)")
            }
            guard let known = batchChanges[stamp] ?? references[stamp] else {
                if let version = retiredReferences[stamp] {
                    if version.entity != change.entity || version.field != change.field {
                        return bad("修改 \(change.stamp) 只能取代同一字段的版本，\(stamp) 属于 \(version.entity).\(version.field)",
                                   "change \(change.stamp) may only replace versions of \(change.entity).\(change.field); \(stamp) is of \(version.entity).\(version.field)")
                    }
                    continue
                }
                if case .exchange = writer { continue }  // a compacted replica may not hold what its changes replaced
                return bad("修改 \(change.stamp) 取代的版本 \(stamp) 服务器没有（若它来自 U 盘交换，请先让那台电脑同步，再 tributary outbox retry）",
                           "change \(change.stamp) replaces \(stamp), which the server does not have (if it came by exchange, sync that replica first, then retry)")
            }
            if known.entity != change.entity || known.field != change.field {
                return bad("修改 \(change.stamp) 只能取代同一字段的版本，\(stamp) 属于 \(known.entity).\(known.field)",
                           "change \(change.stamp) may only replace versions of \(change.entity).\(change.field); \(stamp) is of \(known.entity).\(known.field)")
            }
        }
        for stamp in change.observed {
            if stamp >= change.stamp {
                return bad("删除 \(change.stamp) 不能记录比它晚的版本 \(stamp)", "delete \(change.stamp) cannot have observed the later version \(stamp)")
            }
            guard let known = batchChanges[stamp] ?? references[stamp] else {
                if let version = retiredReferences[stamp] {
                    if version.entity != change.entity || version.field == Fields.deleted {
                        return bad("删除 \(change.stamp) 只能记录同一条目其他字段的版本", "delete \(change.stamp) may only list versions of the other fields of \(change.entity)")
                    }
                    continue
                }
                if case .exchange = writer { continue }
                return bad("删除 \(change.stamp) 记录的版本 \(stamp) 服务器没有", "delete \(change.stamp) lists \(stamp) as observed, which the server does not have")
            }
            if known.entity != change.entity || known.field == Fields.deleted {
                return bad("删除 \(change.stamp) 只能记录同一条目其他字段的版本", "delete \(change.stamp) may only list versions of the other fields of \(change.entity)")
            }
        }
        if let resolution = change.resolution {
            let deleteDecision = change.field == Fields.deleted && (resolution == .keepDelete || resolution == .restore)
            if change.replaces.count < (deleteDecision ? 1 : 2) {
                return bad("只有取代多个冲突版本的修改才是冲突处理（resolution）",
                           "only a change that replaces several contenders is a resolution")
            }
        }
        return nil
    }

    /// An entity keeps the kind, plan and office of its first change, and every entity but a plan belongs to a plan
    /// of the same office.
    private mutating func structureViolation(_ change: Change) throws -> RuleViolation? {
        func bad(_ zh: String, _ en: String) -> RuleViolation { RuleViolation(.invalidChange, zh: zh, en: en) }
        let key = EntityKey(id: change.entity, kind: change.kind, plan: change.plan, office: change.office)
        if let known = try storedKey(change.entity) ?? batchKeys[change.entity] {
            if known != key {
                return bad("条目 \(change.entity) 是 \(known.office) 规划 \(known.plan) 的 \(known.kind.rawValue)",
                           "entity \(change.entity) is a \(known.kind.rawValue) of plan \(known.plan) in \(known.office)")
            }
        } else if change.kind == .plan {
            if change.plan != change.entity { return bad("规划的 plan 编号须为其自身编号", "a plan's plan id must be its own id") }
        } else {
            guard let plan = try storedKey(change.plan) ?? batchKeys[change.plan], plan.kind == .plan else {
                return bad("\(change.kind.rawValue) \(change.entity) 所属的规划 \(change.plan) 不存在",
                           "\(change.kind.rawValue) \(change.entity) names plan \(change.plan), which the server does not know")
            }
            if plan.office != change.office {
                return bad("规划 \(change.plan) 属于 \(plan.office)，不属于 \(change.office)", "plan \(change.plan) belongs to \(plan.office), not \(change.office)")
            }
        }
        return nil
    }

    private mutating func submissionViolation(_ change: Change, by principal: Principal, office: Office?) throws -> RuleViolation? {
        guard let office, let party = SubmissionParty.of(principal, planOffice: office) else {
            return RuleViolation(.forbidden, zh: "\(principal.user) 不参与这份报送", en: "\(principal.user) is not a party to this submission")
        }
        let facts = try submissionFacts(change.entity, plan: change.plan)
        if let violation = SubmissionWorkflow.violation(field: change.field, value: change.value, party: party, facts: facts) {
            return violation
        }
        if change.field == "snapshot", let value = change.value {
            return SubmissionWorkflow.snapshotViolation(value, plan: change.plan, office: change.office)
        }
        return nil
    }

    mutating func submissionFacts(_ entity: String, plan: String) throws -> SubmissionFacts {
        let stored = try log.state(of: entity)
        let written = batchFields[entity] ?? [:]
        func value(_ field: String) -> String? { written[field].map { $0.value } ?? stored?[field] }
        let status = value("status").flatMap(SubmissionStatus.init(rawValue:)) ?? .draft
        let snapshotStamp = written["snapshot"]?.stamp ?? stored?.stamps["snapshot"]
        // The latest submission of a plan is the one snapshotted last (stamps are the one order every node agrees on).
        var latest = true
        if let snapshotStamp {
            let storedOthers = try log.states(plan: plan).filter { $0.kind == .submission && $0.id != entity }
                .compactMap { $0.stamps["snapshot"] }
            let batchOthers = batchFields.filter { $0.key != entity }.compactMap { $0.value["snapshot"]?.stamp }
            latest = !(storedOthers + batchOthers).contains { $0 > snapshotStamp }
        }
        let verdict = written["status"].flatMap { $0.value }.flatMap(SubmissionStatus.init(rawValue:))?.isVerdict ?? false
        return SubmissionFacts(status: status, hasSnapshot: snapshotStamp != nil, isLatest: latest,
                               createdNow: try storedKey(entity) == nil, verdictNow: verdict)
    }

    /// A comment belongs to the office that wrote it: its first change names that office (`byOffice`), and only that
    /// office edits or deletes it afterwards (a county cannot rewrite the city's review comments). Comments written
    /// before `byOffice` existed came from the city's review: they belong to the plan's city.
    private mutating func commentViolation(_ change: Change, by principal: Principal) throws -> RuleViolation? {
        func no(_ zh: String, _ en: String) -> RuleViolation { RuleViolation(.forbidden, zh: zh, en: en) }
        let written = batchFields[change.entity]?[Comments.byOffice].map { $0.value }
        if try storedKey(change.entity) == nil && written == nil {
            guard change.field == Comments.byOffice else {
                return no("新批注的第一条修改须写明所属单位（byOffice）", "a new comment's first change must name its office (byOffice)")
            }
            return change.value == principal.office.id
                ? nil : no("批注须以自己的单位 \(principal.office.id) 署名", "a comment must name the writer's own office \(principal.office.id)")
        }
        if change.field == Comments.byOffice {
            return no("批注的所属单位不能更改", "a comment's office cannot be changed")
        }
        let stored = try log.state(of: change.entity)?[Comments.byOffice]
        let owner = written ?? stored ?? registry[change.office]?.parent ?? change.office
        return owner == principal.office.id
            ? nil : no("这条批注属于 \(owner)，\(principal.office.id) 不能修改或删除", "the comment belongs to \(owner); \(principal.office.id) may not change or delete it")
    }

    private mutating func record(_ change: Change) {
        batchChanges[change.stamp] = change
        if batchKeys[change.entity] == nil, keys[change.entity] ?? nil == nil {
            batchKeys[change.entity] = EntityKey(id: change.entity, kind: change.kind, plan: change.plan, office: change.office)
        }
        let previous = batchFields[change.entity]?[change.field]
        if previous == nil || previous!.stamp < change.stamp {
            batchFields[change.entity, default: [:]][change.field] = (change.value, change.stamp)
        }
    }

    private mutating func storedKey(_ id: String) throws -> EntityKey? {
        if let cached = keys[id] { return cached }
        let key = try log.entityKey(id)
        keys[id] = key
        return key
    }
}
