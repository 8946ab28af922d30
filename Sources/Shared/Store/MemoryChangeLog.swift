import Foundation
import Shared

/// The change store kept in memory: the reference for the contract tests and the fast store of the random-schedule
/// property tests. It applies `MergeRule` directly to all the versions it holds.
public struct MemoryChangeLog: ChangeLog, Sendable {
    private var byStamp: [Stamp: Change] = [:]
    private var byField: [String: [String: [Stamp]]] = [:]
    private var keys: [String: EntityKey] = [:]
    private var replaced: Set<Stamp> = []
    /// The open conflicts of each entity that has any, kept as each change to the entity's versions leaves them (as
    /// the SQLite store keeps its `conflict` table): listing every conflict of a server's log — each bootstrap page
    /// does — used to decide every entity afresh, the whole log's heads per page.
    private var openConflicts: [String: [ConflictRecord]] = [:]

    public init() {}

    public var count: Int { byStamp.count }
    public var allChanges: [Change] { byStamp.values.sorted { $0.stamp < $1.stamp } }

    public mutating func apply(_ changes: [Change]) throws -> ApplySummary {
        var pendingKeys: [String: EntityKey] = [:]
        var fresh: [Change] = []
        var summary = ApplySummary()
        var seenInBatch: [Stamp: Change] = [:]
        for change in changes {
            if let known = byStamp[change.stamp] ?? seenInBatch[change.stamp] {
                guard known == change else { throw ChangeLogError.replay(change.stamp) }
                summary.duplicates.append(change.stamp)
                continue
            }
            let key = EntityKey(id: change.entity, kind: change.kind, plan: change.plan, office: change.office)
            if let existing = keys[change.entity] ?? pendingKeys[change.entity], existing != key {
                throw ChangeLogError.entityMismatch(entity: change.entity, expected: "\(existing.kind.rawValue) of plan \(existing.plan)")
            }
            pendingKeys[change.entity] = key
            seenInBatch[change.stamp] = change
            fresh.append(change)
        }
        let touched = Set(fresh.map(\.entity))
        let before = touched.reduce(0) { $0 + (openConflicts[$1]?.count ?? 0) }
        for change in fresh {
            byStamp[change.stamp] = change
            byField[change.entity, default: [:]][change.field, default: []].append(change.stamp)
            replaced.formUnion(change.replaces)
            summary.applied.append(change.stamp)
        }
        keys.merge(pendingKeys) { old, _ in old }
        refreshConflicts(of: touched)
        let after = touched.reduce(0) { $0 + (openConflicts[$1]?.count ?? 0) }
        summary.conflictsOpened = max(0, after - before)
        summary.conflictsClosed = max(0, before - after)
        return summary
    }

    public mutating func withdraw(_ stamps: [Stamp]) throws -> [Change] {
        // The named changes, then whatever replaces a withdrawn one, until nothing more is found.
        var withdrawn = Set(stamps.filter { byStamp[$0] != nil })
        var frontier = withdrawn
        while !frontier.isEmpty {
            let next = Set(byStamp.values.filter { change in
                !withdrawn.contains(change.stamp) && change.replaces.contains(where: frontier.contains)
            }.map(\.stamp))
            withdrawn.formUnion(next)
            frontier = next
        }
        let removed = withdrawn.compactMap { byStamp[$0] }.sorted { $0.stamp < $1.stamp }
        for change in removed {
            byStamp[change.stamp] = nil
            byField[change.entity]?[change.field]?.removeAll { $0 == change.stamp }
            if byField[change.entity]?[change.field]?.isEmpty == true { byField[change.entity]?[change.field] = nil }
            if byField[change.entity]?.isEmpty == true {
                byField[change.entity] = nil
                keys[change.entity] = nil
            }
        }
        // Every replaced edge comes from a held change: rebuild the set from those left.
        replaced = Set(byStamp.values.flatMap(\.replaces))
        refreshConflicts(of: Set(removed.map(\.entity)))
        return removed
    }

    /// Drops changes a server compacts away (`tributary-server compact`), unlike `withdraw` keeping what they
    /// replaced replaced: an older version must not look current again because its successor was removed. An entity
    /// left without changes is forgotten.
    public mutating func retire(_ stamps: Set<Stamp>) {
        var touched: Set<String> = []
        defer { refreshConflicts(of: touched) }
        for stamp in stamps {
            guard let change = byStamp.removeValue(forKey: stamp) else { continue }
            touched.insert(change.entity)
            byField[change.entity]?[change.field]?.removeAll { $0 == stamp }
            if byField[change.entity]?[change.field]?.isEmpty == true { byField[change.entity]?[change.field] = nil }
            if byField[change.entity]?.isEmpty == true {
                byField[change.entity] = nil
                keys[change.entity] = nil
            }
        }
    }

    public func change(_ stamp: Stamp) throws -> Change? { byStamp[stamp] }

    public func changes(_ stamps: [Stamp]) throws -> [Stamp: Change] {
        Dictionary(stamps.compactMap { stamp in byStamp[stamp].map { (stamp, $0) } }, uniquingKeysWith: { a, _ in a })
    }

    public func heads(entity: String, field: String) throws -> [Version] { headVersions(entity: entity, field: field) }

    /// `heads`, which cannot fail here (`throws` is the protocol's, for the SQLite store).
    private func headVersions(entity: String, field: String) -> [Version] {
        (byField[entity]?[field] ?? []).filter { !replaced.contains($0) }.compactMap { byStamp[$0]?.version }
    }

    public func history(entity: String, field: String) throws -> [Change] {
        (byField[entity]?[field] ?? []).compactMap { byStamp[$0] }.sorted { $0.stamp < $1.stamp }
    }

    public func entityKey(_ id: String) throws -> EntityKey? { keys[id] }

    public func state(of entity: String) throws -> EntityState? {
        guard let key = keys[entity] else { return nil }
        var state = EntityState(id: key.id, kind: key.kind, plan: key.plan, office: key.office)
        for field in (byField[entity] ?? [:]).keys {
            guard let winner = MergeRule.decide(heads: try heads(entity: entity, field: field))?.winner else { continue }
            if let value = winner.value { state.fields[field] = value }
            state.stamps[field] = winner.stamp
        }
        return state
    }

    public func states(plan: String) throws -> [EntityState] {
        try keys.values.filter { $0.plan == plan }.map(\.id).sorted().compactMap { try state(of: $0) }
    }

    public func states(plan: String, kinds: Set<EntityKind>) throws -> [EntityState] {
        try keys.values.filter { $0.plan == plan && kinds.contains($0.kind) }.map(\.id).sorted().compactMap { try state(of: $0) }
    }

    public func states(plan: String, kinds: Set<EntityKind>, fields: Set<String>) throws -> [EntityState] {
        try states(plan: plan, kinds: kinds).map { state in
            var state = state
            state.fields = state.fields.filter { fields.contains($0.key) }
            state.stamps = state.stamps.filter { fields.contains($0.key) }
            return state
        }
    }

    public func plans() throws -> [EntityState] {
        try keys.values.filter { $0.kind == .plan }.map(\.id).sorted().compactMap { try state(of: $0) }
    }

    private func conflicts(entity: String) -> [ConflictRecord] {
        guard let key = keys[entity] else { return [] }
        var headsByField: [String: [Version]] = [:]
        var history: [Stamp: Version] = [:]
        for (field, stamps) in byField[entity] ?? [:] {
            headsByField[field] = headVersions(entity: entity, field: field)
            for stamp in stamps { history[stamp] = byStamp[stamp]?.version }
        }
        return ConflictRecord.all(key: (key.kind, key.id, key.plan, key.office), headsByField: headsByField,
                                  history: history)
    }

    /// Decides the conflicts of `entities` afresh from their versions.
    private mutating func refreshConflicts(of entities: Set<String>) {
        for entity in entities {
            let records = conflicts(entity: entity)
            openConflicts[entity] = records.isEmpty ? nil : records
        }
    }

    public func conflicts(plan: String?) throws -> [ConflictRecord] {
        openConflicts.filter { entity, _ in plan == nil || keys[entity]?.plan == plan }
            .sorted { $0.key < $1.key }.flatMap(\.value)
    }

    public func conflict(entity: String, field: String) throws -> ConflictRecord? {
        openConflicts[entity]?.first { $0.field == field }
    }
}
