import Foundation
import GRDB
import Shared
import SharedStore

/// The writes of one `Replica.edit` transaction. Each write becomes one stamped `Change` that replaces the versions
/// the writer sees (per `MergeRule.replacesForEdit`), is applied by the shared change log, and enters the outbox.
public struct EditSession {
    let db: Database
    let replica: Replica
    var clock: HybridClock
    var log: SQLiteChangeLog
    /// The server's checks, run on each write before it is applied (no drift check: this clock is the reference).
    var vetting: ChangeVetting<SQLiteChangeLog>
    public private(set) var written: [Change] = []

    init(db: Database, replica: Replica) throws {
        self.db = db
        self.replica = replica
        self.clock = try Replica.loadClock(db, replica: replica.replicaID)
        self.log = SQLiteChangeLog(db)
        self.vetting = ChangeVetting(log: log, writer: .principal(try replica.principal(db), replica: replica.replicaID),
                                     registry: try Replica.registry(db), nowMs: replica.wallClock.nowMs(), drift: nil)
    }

    mutating func finish() throws {
        try Replica.saveClock(db, clock)
    }

    // MARK: Creating

    public mutating func createPlan(title: String, period: String, kind: String) throws -> String {
        let id = replica.ids.newID()
        let key = EntityKey(id: id, kind: .plan, plan: id, office: replica.office.id)
        try write(key, "title", title)
        try write(key, "period", period)
        try write(key, "planKind", kind)
        return id
    }

    public mutating func addSection(plan: String, parent: String?, position: String? = nil, heading: String,
                                    body: String?) throws -> String {
        let key = try newItem(.section, plan: plan, parent: parent, position: position)
        try write(key, "heading", heading)
        if let body, !body.isEmpty { try write(key, "body", body) }
        return key.id
    }

    public mutating func addIndicator(plan: String, section: String?, position: String? = nil,
                                      fields: [String: String]) throws -> String {
        let key = try newItem(.indicator, plan: plan, parent: section, position: position)
        for (field, value) in fields.sorted(by: { $0.key < $1.key }) { try write(key, field, value) }
        return key.id
    }

    public mutating func addTask(plan: String, section: String?, position: String? = nil,
                                 fields: [String: String]) throws -> String {
        let key = try newItem(.task, plan: plan, parent: section, position: position)
        for (field, value) in fields.sorted(by: { $0.key < $1.key }) { try write(key, field, value) }
        return key.id
    }

    private mutating func newItem(_ kind: EntityKind, plan: String, parent: String?, position: String?) throws -> EntityKey {
        let planKey = try editableKey(plan)
        guard planKey.kind == .plan else { throw ReplicaError.invalidValue(Phrase("\(plan) 不是规划", "\(plan) is not a plan")) }
        if let parent { try checkParent(parent, plan: plan, moving: nil) }
        let id = replica.ids.newID()
        let key = EntityKey(id: id, kind: kind, plan: plan, office: planKey.office)
        let place = Place(parent: parent, position: try position ?? appendPosition(plan: plan, parent: parent))
        try write(key, Fields.place, place.description)
        return key
    }

    // MARK: Editing

    public mutating func set(_ entity: String, _ field: String, _ value: String?) throws {
        let key = try editableKey(entity)
        if field == Fields.deleted { throw ReplicaError.invalidValue(Phrase("请用 delete / restore 删除或恢复", "use delete / restore")) }
        if field == Fields.place { throw ReplicaError.invalidValue(Phrase("请用 move 移动", "use move")) }
        try requireLive(key)
        try write(key, field, value)
    }

    /// Moves an outline item under `parent` (nil: the top level), right after `sibling` (nil: first).
    public mutating func move(_ entity: String, parent: String?, after sibling: String?) throws {
        let key = try editableKey(entity)
        guard key.kind != .plan, key.kind != .comment else { throw ReplicaError.invalidMove(Phrase("规划不能移动", "a plan has no place")) }
        try requireLive(key)
        if let parent { try checkParent(parent, plan: key.plan, moving: key.kind == .section ? entity : nil) }
        let siblings = try orderedSiblings(plan: key.plan, parent: parent, kind: key.kind).filter { $0.id != entity }
        let position: String
        if let sibling {
            guard let index = siblings.firstIndex(where: { $0.id == sibling }) else {
                throw ReplicaError.invalidMove(Phrase("\(sibling) 不在目标位置之下", "\(sibling) is not a sibling there"))
            }
            let next = index + 1 < siblings.count ? siblings[index + 1].place?.position : nil
            position = FractionalIndex.between(siblings[index].place?.position, next)
        } else {
            position = FractionalIndex.between(nil, siblings.first?.place?.position)
        }
        try write(key, Fields.place, Place(parent: parent, position: position).description)
    }

    /// Deletes an entity by writing a tombstone; a section takes its live contents with it. Each tombstone records
    /// which edits it saw, so that an edit made concurrently elsewhere surfaces as a conflict instead of vanishing.
    public mutating func delete(_ entity: String) throws {
        let key = try editableKey(entity)
        try requireLive(key)
        for target in [key] + (try descendants(of: key)) {
            let state = try log.state(of: target.id)
            if state?.isDeleted == true { continue }
            try writeTombstone(target)
        }
    }

    /// Restores a deleted entity and, for a section, its deleted contents.
    public mutating func restore(_ entity: String) throws {
        let key = try editableKey(entity)
        guard try log.state(of: entity)?.isDeleted == true else { return }
        for target in [key] + (try descendants(of: key)) where try log.state(of: target.id)?.isDeleted == true {
            try write(target, Fields.deleted, Fields.no)
        }
    }

    /// One change replacing every current contender of the conflicted field.
    public mutating func resolve(_ conflict: ConflictRecord, value: String?, how: ResolutionKind) throws {
        let key = try editableKey(conflict.entity)
        let heads = try log.heads(entity: conflict.entity, field: conflict.field)
        guard heads.count > 1 || conflict.isDeleteConflict else { throw ReplicaError.conflictGone }
        let replaces = heads.map(\.stamp).sorted()
        if conflict.field == Fields.deleted && (how == .keepDelete || value == Fields.yes) {
            try writeTombstone(key, replaces: replaces, resolution: .keepDelete)
        } else {
            try write(key, conflict.field, value, replaces: replaces, resolution: how)
            if conflict.field == Fields.deleted && value == Fields.no { try restoreContents(of: key) }
        }
    }

    /// A section brought back by a resolution brings back its deleted contents, as `restore` does: each one with a
    /// change that replaces every current version of its tombstone (closing its own delete conflict, if any).
    private mutating func restoreContents(of key: EntityKey) throws {
        for target in try descendants(of: key) where try log.state(of: target.id)?.isDeleted == true {
            let heads = try log.heads(entity: target.id, field: Fields.deleted).map(\.stamp).sorted()
            try write(target, Fields.deleted, Fields.no, replaces: heads, resolution: heads.count > 1 ? .restore : nil)
        }
    }

    // MARK: Internals

    mutating func write(_ key: EntityKey, _ field: String, _ value: String?, replaces: [Stamp]? = nil,
                        observed: [Stamp] = [], resolution: ResolutionKind? = nil) throws {
        let stamp = clock.tick(physicalMs: replica.wallClock.nowMs())
        let base = try replaces ?? MergeRule.replacesForEdit(heads: log.heads(entity: key.id, field: field),
                                                             replica: replica.replicaID)
        let change = Change(stamp: stamp, kind: key.kind, entity: key.id, plan: key.plan, office: key.office,
                            field: field, value: value, replaces: base, observed: observed, author: replica.user,
                            resolution: resolution)
        if let violation = try vetting.violation(for: change) {
            throw violation.code == .invalidChange ? ReplicaError.invalidValue(violation.phrase) : ReplicaError.refused(violation)
        }
        _ = try log.apply([change])
        try db.execute(sql: "INSERT INTO outbox (stamp) VALUES (?)", arguments: [stamp.description])
        written.append(change)
    }

    private mutating func writeTombstone(_ key: EntityKey, replaces: [Stamp]? = nil,
                                         resolution: ResolutionKind? = nil) throws {
        let observed = try Stamp.fetchHeads(db, entity: key.id, excludingField: Fields.deleted)
        try write(key, Fields.deleted, Fields.yes, replaces: replaces, observed: observed, resolution: resolution)
    }

    private func editableKey(_ id: String) throws -> EntityKey {
        guard let key = try log.entityKey(id) else { throw ReplicaError.unknownEntity(id) }
        if key.office != replica.office.id && key.kind != .comment && key.kind != .submission {
            throw ReplicaError.notYourOffice(plan: key.plan, office: key.office)
        }
        return key
    }

    private func requireLive(_ key: EntityKey) throws {
        if try log.state(of: key.id)?.isDeleted == true { throw ReplicaError.deleted(key.id) }
        if key.kind != .plan, try log.state(of: key.plan)?.isDeleted == true { throw ReplicaError.deleted(key.plan) }
    }

    private func checkParent(_ parent: String, plan: String, moving: String?) throws {
        guard let parentKey = try log.entityKey(parent), parentKey.kind == .section, parentKey.plan == plan else {
            throw ReplicaError.invalidMove(Phrase("\(parent) 不是本规划的章节", "\(parent) is not a section of this plan"))
        }
        if try log.state(of: parent)?.isDeleted == true { throw ReplicaError.deleted(parent) }
        guard let moving else { return }
        // Refuse to move a section under itself or its own descendant.
        var current: String? = parent
        var steps = 0
        while let c = current, steps < 10_000 {
            if c == moving { throw ReplicaError.invalidMove(Phrase("不能移到自己的下级", "cannot move a section under itself")) }
            current = try log.state(of: c)?.place?.parent
            steps += 1
        }
    }

    private func orderedSiblings(plan: String, parent: String?, kind: EntityKind) throws -> [EntityState] {
        try log.states(plan: plan)
            .filter { $0.kind == kind && !$0.isDeleted && $0.place?.parent == parent }
            .sorted { a, b in
                let pa = a.place?.position ?? "", pb = b.place?.position ?? ""
                return pa != pb ? pa < pb : a.id < b.id
            }
    }

    private func appendPosition(plan: String, parent: String?) throws -> String {
        let last = try log.states(plan: plan)
            .filter { $0.kind != .plan && $0.place?.parent == parent }
            .compactMap { $0.place?.position }.max()
        return FractionalIndex.between(last, nil)
    }

    /// Everything inside a section: sub-sections and the indicators and tasks under any of them.
    private func descendants(of key: EntityKey) throws -> [EntityKey] {
        guard key.kind == .section || key.kind == .plan else { return [] }
        let states = try log.states(plan: key.plan)
        if key.kind == .plan { return states.filter { $0.kind != .plan }.map { EntityKey(id: $0.id, kind: $0.kind, plan: $0.plan, office: $0.office) } }
        var inside: Set<String> = [key.id]
        var result: [EntityKey] = []
        var grew = true
        while grew {
            grew = false
            for state in states where !inside.contains(state.id) {
                if let parent = state.place?.parent, inside.contains(parent) {
                    inside.insert(state.id)
                    result.append(EntityKey(id: state.id, kind: state.kind, plan: state.plan, office: state.office))
                    grew = true
                }
            }
        }
        return result
    }
}

extension Stamp {
    /// The heads of every field of an entity but one: what a tombstone has seen.
    static func fetchHeads(_ db: Database, entity: String, excludingField: String) throws -> [Stamp] {
        try String.fetchAll(db, sql: "SELECT stamp FROM field_head WHERE entity = ? AND field <> ? ORDER BY stamp",
                            arguments: [entity, excludingField]).compactMap(Stamp.init)
    }
}
