import Foundation
import GRDB
import Shared

/// The change store over SQLite, used inside a write transaction of its owner (a `Replica`, the server's store), so
/// that applying changes and the owner's own bookkeeping (outbox, cursor) commit together or not at all.
///
/// `apply` runs a few prepared statements per change through the C API and keeps the batch's bookkeeping in memory:
/// insert the change and its edges, move the heads, store each touched field's highest head, and decide conflicts
/// afresh only for the entities that can have one.
public struct SQLiteChangeLog: ChangeLog {
    public let db: Database

    public init(_ db: Database) { self.db = db }

    public mutating func apply(_ changes: [Change]) throws -> ApplySummary {
        guard !changes.isEmpty else { return ApplySummary() }
        // Who holds each entity is fixed by its first change: check the batch against itself and the store before
        // anything is written.
        var keys: [String: EntityKey] = [:]
        var entityOrder: [String] = []
        for change in changes {
            if let key = keys[change.entity] {
                if key.kind != change.kind || key.plan != change.plan || key.office != change.office {
                    try throwReplayFirst(changes)
                    throw ChangeLogError.entityMismatch(entity: change.entity, expected: "\(key.kind.rawValue) of plan \(key.plan)")
                }
            } else {
                keys[change.entity] = EntityKey(id: change.entity, kind: change.kind, plan: change.plan, office: change.office)
                entityOrder.append(change.entity)
            }
        }
        let missing = try checkEntities(entityOrder, keys: keys, batch: changes)

        // One savepoint: a replay found while inserting undoes everything this call wrote.
        var summary = ApplySummary()
        try db.inSavepoint {
            summary = try applyChecked(changes, newEntities: missing.map { keys[$0]! })
            return .commit
        }
        return summary
    }

    /// The apply path proper, statement by statement through the C API (`RawStatement`): SQLite's own work per
    /// change is a handful of index probes and inserts, and binding through GRDB's argument arrays cost more than
    /// that. No temporary tables: the batch's fields and entities are tracked in memory.
    private func applyChecked(_ changes: [Change], newEntities: [EntityKey]) throws -> ApplySummary {
        var summary = ApplySummary()
        let insertEntity = try RawStatement(db, "INSERT INTO entity (id, kind, plan, office) VALUES (?, ?, ?, ?)")
        for key in newEntities {
            insertEntity.bind(1, key.id)
            insertEntity.bind(2, key.kind.rawValue)
            insertEntity.bind(3, key.plan)
            insertEntity.bind(4, key.office)
            try insertEntity.run()
        }

        // Changes and their edges. A known stamp inserts nothing: the same change again is a duplicate, other
        // content a replay (which throws, and the savepoint takes back what was written).
        let insertChange = try RawStatement(db, """
            INSERT INTO change (stamp, replica, entity, kind, plan, office, field, value, replaces, observed, author, resolution)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (stamp) DO NOTHING
            """)
        let insertEdge = try RawStatement(db, "INSERT OR IGNORE INTO replaced (stamp, by) VALUES (?, ?)")
        var fresh: [(change: Change, stamp: String)] = []
        fresh.reserveCapacity(changes.count)
        var freshIndex: [String: Int] = [:]
        freshIndex.reserveCapacity(changes.count)
        for change in changes {
            let stamp = change.stamp.description
            insertChange.bind(1, stamp)
            insertChange.bind(2, change.stamp.replica)
            insertChange.bind(3, change.entity)
            insertChange.bind(4, change.kind.rawValue)
            insertChange.bind(5, change.plan)
            insertChange.bind(6, change.office)
            insertChange.bind(7, change.field)
            insertChange.bind(8, change.value)
            insertChange.bind(9, StampList.encode(change.replaces))
            insertChange.bind(10, StampList.encode(change.observed))
            insertChange.bind(11, change.author)
            insertChange.bind(12, change.resolution?.rawValue)
            if try insertChange.run() == 0 {
                guard try self.change(change.stamp) == change else { throw ChangeLogError.replay(change.stamp) }
                summary.duplicates.append(change.stamp)
                continue
            }
            for replaced in change.replaces {
                insertEdge.bind(1, replaced.description)
                insertEdge.bind(2, stamp)
                try insertEdge.run()
            }
            freshIndex[stamp] = fresh.count
            fresh.append((change, stamp))
            summary.applied.append(change.stamp)
        }
        guard !fresh.isEmpty else { return summary }

        // Heads and values, field by field (`changeLog.v4`): a field's heads are the versions no known change
        // replaces; `field_value` names the highest, and `head` holds rows only for a field with several. The new heads
        // are the old ones, less those the batch replaces, plus the batch's versions no known change (of this batch or
        // before: every edge is in by now, so order within the batch does not matter) replaces. The usual edit — one
        // version replacing the field's single head — reads the field's row and writes it, and touches `head` not at
        // all.
        var byField: [FieldKey: [Int]] = [:]
        var fields: [FieldKey] = []
        var entities: [String] = []
        var seenEntities: Set<String> = []
        for (index, (change, _)) in fresh.enumerated() {
            let field = FieldKey(entity: change.entity, field: change.field)
            if byField[field] == nil { fields.append(field) }
            byField[field, default: []].append(index)
            if seenEntities.insert(change.entity).inserted { entities.append(change.entity) }
        }
        let isReplaced = try RawStatement(db, "SELECT 1 FROM replaced WHERE stamp = ?")
        let headRows = try RawStatement(db, "SELECT stamp FROM head WHERE entity = ? AND field = ?")
        let shownStamp = try RawStatement(db, "SELECT stamp FROM field_value WHERE entity = ? AND field = ?")
        let insertHead = try RawStatement(db, "INSERT OR IGNORE INTO head (entity, field, stamp) VALUES (?, ?, ?)")
        let deleteHead = try RawStatement(db, "DELETE FROM head WHERE entity = ? AND field = ? AND stamp = ?")
        let valueOf = try RawStatement(db, "SELECT value FROM change WHERE stamp = ?")
        let upsert = try RawStatement(db, """
            INSERT INTO field_value (entity, field, value, stamp) VALUES (?, ?, ?, ?)
            ON CONFLICT (entity, field) DO UPDATE SET value = excluded.value, stamp = excluded.stamp
            """)
        let deleteValue = try RawStatement(db, "DELETE FROM field_value WHERE entity = ? AND field = ?")
        // An entity this batch brings has no rows anywhere yet (foreign keys hold every row to a known entity): its
        // fields are not looked up, and whether it can be in conflict is known here (`severalHeads`, `deletedNow`)
        // instead of probed. A bootstrap, a pulled new plan and an import are mostly such entities.
        let brandNew = Set(newEntities.map(\.id))
        var severalHeads: Set<String> = []
        var deletedNow: Set<String> = []
        for field in fields {
            var rows: [String] = []
            var shown: String?
            if !brandNew.contains(field.entity) {
                headRows.bind(1, field.entity)
                headRows.bind(2, field.field)
                while try headRows.step() { rows.append(headRows.text(0)) }
                headRows.clear()
                shownStamp.bind(1, field.entity)
                shownStamp.bind(2, field.field)
                shown = try shownStamp.step() ? shownStamp.text(0) : nil
                shownStamp.clear()
            }
            var heads = rows.isEmpty ? (shown.map { [$0] } ?? []) : rows
            var removed: Set<String> = []
            for index in byField[field]! {
                for replaced in fresh[index].change.replaces { removed.insert(replaced.description) }
            }
            heads.removeAll { removed.contains($0) }
            for index in byField[field]! {
                isReplaced.bind(1, fresh[index].stamp)
                let replaced = try isReplaced.step()
                isReplaced.clear()
                if !replaced && !heads.contains(fresh[index].stamp) { heads.append(fresh[index].stamp) }
            }

            // The rows of `head`: every head when there are several, none otherwise.
            let wanted = heads.count > 1 ? Set(heads) : []
            for stamp in rows where !wanted.contains(stamp) {
                deleteHead.bind(1, field.entity)
                deleteHead.bind(2, field.field)
                deleteHead.bind(3, stamp)
                try deleteHead.run()
            }
            let had = Set(rows)
            for stamp in heads where !wanted.isEmpty && !had.contains(stamp) {
                insertHead.bind(1, field.entity)
                insertHead.bind(2, field.field)
                insertHead.bind(3, stamp)
                try insertHead.run()
            }

            if heads.count > 1 { severalHeads.insert(field.entity) }
            // The value: the highest head (the order of stamp texts is the stamp order).
            guard let top = heads.max() else {
                if shown != nil {
                    deleteValue.bind(1, field.entity)
                    deleteValue.bind(2, field.field)
                    try deleteValue.run()
                }
                continue
            }
            if top == shown { continue }
            let value: String?
            if let index = freshIndex[top] {
                value = fresh[index].change.value
            } else {
                valueOf.bind(1, top)
                value = try valueOf.step() ? valueOf.optionalText(0) : nil
                valueOf.clear()
            }
            if field.field == Fields.deleted && value == Fields.yes { deletedNow.insert(field.entity) }
            upsert.bind(1, field.entity)
            upsert.bind(2, field.field)
            upsert.bind(3, value)
            upsert.bind(4, top)
            try upsert.run()
        }

        // Conflicts are per entity (delete-against-edit spans fields). An entity can be in conflict only with a
        // field of several heads (a row in `head`) or when deleted; one that is neither and had no conflict record has none now
        // either. The others are decided afresh from their heads.
        let probe = try RawStatement(db, """
            SELECT (SELECT COUNT(*) FROM conflict WHERE entity = ?1),
                EXISTS (SELECT 1 FROM field_value WHERE entity = ?1 AND field = '\(Fields.deleted)' AND value = '\(Fields.yes)'),
                EXISTS (SELECT 1 FROM head WHERE entity = ?1)
            """)
        let deleteConflicts = try RawStatement(db, "DELETE FROM conflict WHERE entity = ?")
        let insertConflict = try RawStatement(db, "INSERT INTO conflict (entity, field, opened_ms) VALUES (?, ?, ?)")
        var before = 0
        var after = 0
        for entity in entities {
            let had: Int, deleted: Bool, several: Bool
            if brandNew.contains(entity) {
                (had, deleted, several) = (0, deletedNow.contains(entity), severalHeads.contains(entity))
            } else {
                probe.bind(1, entity)
                guard try probe.step() else { probe.clear(); continue }
                (had, deleted, several) = (Int(probe.int64(0)), probe.int64(1) != 0, probe.int64(2) != 0)
                probe.clear()
            }
            before += had
            guard had > 0 || deleted || several else { continue }
            deleteConflicts.bind(1, entity)
            try deleteConflicts.run()
            let records = try conflictRecords(entity: entity, withBase: false)
            for record in records {
                insertConflict.bind(1, entity)
                insertConflict.bind(2, record.field)
                insertConflict.bind(3, record.openedMs)
                try insertConflict.run()
            }
            after += records.count
        }
        summary.conflictsOpened = max(0, after - before)
        summary.conflictsClosed = max(0, before - after)
        return summary
    }

    /// On a refused batch, a replayed stamp is the error to report, as the check order was before the apply path
    /// checked entities first.
    private func throwReplayFirst(_ changes: [Change]) throws {
        let known = try self.changes(changes.map(\.stamp))
        var inBatch: [Stamp: Change] = [:]
        for change in changes {
            if let existing = known[change.stamp] ?? inBatch[change.stamp], existing != change {
                throw ChangeLogError.replay(change.stamp)
            }
            inBatch[change.stamp] = change
        }
    }

    public mutating func withdraw(_ stamps: [Stamp]) throws -> [Change] {
        // The named changes that are held, then every change replacing a withdrawn one, until nothing more is found.
        var withdrawn = try self.changes(stamps)
        var frontier = Array(withdrawn.keys)
        while !frontier.isEmpty {
            var next: [Stamp] = []
            for chunk in stride(from: 0, to: frontier.count, by: 500) {
                let slice = frontier[chunk..<min(chunk + 500, frontier.count)].map(\.description)
                let found = try String.fetchAll(db, sql: """
                    SELECT DISTINCT by FROM replaced WHERE stamp IN (\(databaseQuestionMarks(count: slice.count)))
                    """, arguments: StatementArguments(slice)).compactMap(Stamp.init)
                next += found.filter { withdrawn[$0] == nil }
            }
            let fresh = try self.changes(Array(Set(next)))
            withdrawn.merge(fresh) { a, _ in a }
            frontier = Array(fresh.keys)
        }
        let removed = withdrawn.values.sorted { $0.stamp < $1.stamp }
        guard !removed.isEmpty else { return [] }
        try db.execute(sql: """
            CREATE TEMP TABLE IF NOT EXISTS touched (entity TEXT NOT NULL, field TEXT NOT NULL,
                PRIMARY KEY (entity, field)) WITHOUT ROWID;
            DELETE FROM temp.touched;
            """)
        let insertTouched = try db.cachedStatement(sql: "INSERT OR IGNORE INTO temp.touched (entity, field) VALUES (?, ?)")
        // A change's edges are the versions it names as replaced: deleted by their key, so that no index on `by` is
        // needed (a replica keeps none; `replica.v7`).
        let deleteEdge = try db.cachedStatement(sql: "DELETE FROM replaced WHERE stamp = ? AND by = ?")
        var touched: [FieldKey] = []
        var seen: Set<FieldKey> = []
        for change in removed {
            try insertTouched.execute(arguments: [change.entity, change.field])
            let field = FieldKey(entity: change.entity, field: change.field)
            if seen.insert(field).inserted { touched.append(field) }
            for replaced in change.replaces {
                try deleteEdge.execute(arguments: [replaced.description, change.stamp.description])
            }
        }
        // Each touched field's heads afresh from its history: what the withdrawn changes replaced is a head again,
        // unless a change still held replaces it too; a field left without heads shows nothing.
        let gone = Set(removed.map(\.stamp))
        for field in touched { try rebuild(field, without: gone) }
        let deleteChange = try db.cachedStatement(sql: "DELETE FROM change WHERE stamp = ?")
        for change in removed { try deleteChange.execute(arguments: [change.stamp.description]) }
        let entities = Set(removed.map(\.entity))
        try refreshConflicts(entities: entities)
        let deleteEntity = try db.cachedStatement(sql: """
            DELETE FROM entity WHERE id = ? AND NOT EXISTS (SELECT 1 FROM change WHERE entity = ?)
            """)
        for entity in entities { try deleteEntity.execute(arguments: [entity, entity]) }
        return removed
    }

    /// One cached statement probed per stamp, read through the C API. An `IN (?, ?, …)` list was a statement of a new
    /// length for nearly every push (prepared afresh each time, with GRDB's authorizer and row conversion): about a
    /// tenth of the server's writer thread under the push load, for the same index seeks.
    public func changes(_ stamps: [Stamp]) throws -> [Stamp: Change] {
        guard !stamps.isEmpty else { return [:] }
        let statement = try RawStatement(db, "SELECT \(Change.columns) FROM change WHERE stamp = ?")
        var result: [Stamp: Change] = [:]
        result.reserveCapacity(stamps.count)
        for stamp in stamps where result[stamp] == nil {
            statement.bind(1, stamp.description)
            let found = try statement.step() ? try Change(statement) : nil
            statement.clear()
            if let found { result[found.stamp] = found }
        }
        return result
    }

    /// Checks the batch's entities against the store; returns the ones not known yet, in batch order.
    private func checkEntities(_ ids: [String], keys: [String: EntityKey], batch: [Change]) throws -> [String] {
        let lookup = try RawStatement(db, "SELECT kind, plan, office FROM entity WHERE id = ?")
        var missing: [String] = []
        for id in ids {
            lookup.bind(1, id)
            guard try lookup.step() else {
                lookup.clear()
                missing.append(id)
                continue
            }
            let kind = lookup.text(0), plan = lookup.text(1), office = lookup.text(2)
            lookup.clear()
            let expected = keys[id]!
            if kind != expected.kind.rawValue || plan != expected.plan || office != expected.office {
                try throwReplayFirst(batch)
                throw ChangeLogError.entityMismatch(entity: id, expected: "\(kind) of plan \(plan)")
            }
        }
        return missing
    }

    /// Stores a field's heads and value afresh from its history (a withdrawal's rare path; the apply path moves them
    /// incrementally): its heads are the versions held (less `gone`, about to be deleted) that no held change
    /// replaces; `head` holds them all when there are several (`changeLog.v4`), `field_value` the winner.
    private func rebuild(_ field: FieldKey, without gone: Set<Stamp>) throws {
        let versions = try fetchChanges("""
            SELECT \(Change.columns) FROM change c WHERE entity = ? AND field = ?
            AND NOT EXISTS (SELECT 1 FROM replaced r WHERE r.stamp = c.stamp)
            """, [field.entity, field.field]).filter { !gone.contains($0.stamp) }.map(\.version)
        try db.execute(sql: "DELETE FROM head WHERE entity = ? AND field = ?", arguments: [field.entity, field.field])
        if versions.count > 1 {
            let insert = try db.cachedStatement(sql: "INSERT INTO head (entity, field, stamp) VALUES (?, ?, ?)")
            for version in versions { try insert.execute(arguments: [field.entity, field.field, version.stamp.description]) }
        }
        guard let winner = MergeRule.decide(heads: versions)?.winner else {
            try db.execute(sql: "DELETE FROM field_value WHERE entity = ? AND field = ?", arguments: [field.entity, field.field])
            return
        }
        try db.execute(sql: """
            INSERT INTO field_value (entity, field, value, stamp) VALUES (?, ?, ?, ?)
            ON CONFLICT (entity, field) DO UPDATE SET value = excluded.value, stamp = excluded.stamp
            """, arguments: [field.entity, field.field, winner.value, winner.stamp.description])
    }

    private func refreshConflicts(entities: Set<String>) throws {
        let delete = try db.cachedStatement(sql: "DELETE FROM conflict WHERE entity = ?")
        let insert = try db.cachedStatement(sql: "INSERT INTO conflict (entity, field, opened_ms) VALUES (?, ?, ?)")
        // Only entities with a field of several distinct head values, or a deleted entity, can be in conflict: find
        // them with one query and look closer at those alone.
        let candidates = try String.fetchSet(db, sql: """
            SELECT h.entity FROM (SELECT DISTINCT entity FROM temp.touched) t
            JOIN head h ON h.entity = t.entity JOIN change c ON c.stamp = h.stamp
            GROUP BY h.entity, h.field HAVING COUNT(DISTINCT ifnull(c.value, char(0))) > 1
            UNION
            SELECT t.entity FROM (SELECT DISTINCT entity FROM temp.touched) t
            JOIN field_value f ON f.entity = t.entity AND f.field = 'deleted' AND f.value = 'true'
            """)
        for entity in entities {
            try delete.execute(arguments: [entity])
            guard candidates.contains(entity) else { continue }
            for record in try conflictRecords(entity: entity, withBase: false) {
                try insert.execute(arguments: [entity, record.field, record.openedMs])
            }
        }
    }

    private func conflictRecords(entity: String, withBase: Bool, field: String? = nil) throws -> [ConflictRecord] {
        guard let key = try entityKey(entity) else { return [] }
        // Which fields hold more than one head, from the head table's key alone: a field with one head has no record
        // unless the entity's delete is contested, so only then are every field's head versions read (a delete's
        // record lists the edits it did not see); otherwise only the contested fields' are. Reading every head of a
        // conflicted section read its paragraph too, and that was most of `conflicts list`'s reads.
        var headCounts: [String: Int] = [:]
        let counting = try RawStatement(db, "SELECT field, count(*) FROM field_head WHERE entity = ? GROUP BY field")
        counting.bind(1, entity)
        while try counting.step() { headCounts[counting.text(0)] = Int(counting.int64(1)) }
        counting.clear()
        let heads: [Change]
        if headCounts[Fields.deleted] != nil {
            heads = try fetchChanges("""
                SELECT \(Change.columns(qualifiedBy: "c"))
                FROM field_head h JOIN change c ON c.stamp = h.stamp WHERE h.entity = ?
                """, [entity])
        } else {
            var contested: [Change] = []
            for (f, count) in headCounts.sorted(by: { $0.key < $1.key }) where count > 1 && (field == nil || field == f) {
                contested += try fetchChanges("""
                    SELECT \(Change.columns(qualifiedBy: "c"))
                    FROM field_head h JOIN change c ON c.stamp = h.stamp WHERE h.entity = ? AND h.field = ?
                    """, [entity, f])
            }
            heads = contested
        }
        var headsByField: [String: [Version]] = [:]
        for change in heads { headsByField[change.field, default: []].append(change.version) }
        var history: [Stamp: Version] = [:]
        if withBase {
            // A record's base comes from the history of its own field (a delete's from `deleted`): only a field with
            // more than one head, or `deleted`, can have a record, so only their histories are read.
            let recordFields = headsByField.filter { $0.value.count > 1 || $0.key == Fields.deleted }.keys
            let fields = field.map { [$0] } ?? Array(recordFields)
            for f in fields {
                for change in try self.history(entity: entity, field: f) { history[change.stamp] = change.version }
            }
        }
        return ConflictRecord.all(key: (key.kind, key.id, key.plan, key.office), headsByField: headsByField,
                                  history: history)
    }

    public func change(_ stamp: Stamp) throws -> Change? {
        try changes([stamp])[stamp]
    }

    public func heads(entity: String, field: String) throws -> [Version] {
        try fetchChanges("""
            SELECT \(Change.columns(qualifiedBy: "c"))
            FROM field_head h JOIN change c ON c.stamp = h.stamp WHERE h.entity = ? AND h.field = ?
            """, [entity, field]).map(\.version)
    }

    public func history(entity: String, field: String) throws -> [Change] {
        // Cached: reading conflicts asks this for every conflicted field, and preparing it afresh each time (GRDB's
        // authorizer runs on every prepare) cost more than the read.
        try fetchChanges("SELECT \(Change.columns) FROM change WHERE entity = ? AND field = ? ORDER BY stamp", [entity, field])
    }

    /// Changes selected with `Change.columns`, read through the C API: `conflicts list` and `review` read heads and
    /// histories for every open conflict, and GRDB's row conversion cost more than SQLite's reads.
    private func fetchChanges(_ sql: String, _ arguments: [String]) throws -> [Change] {
        let statement = try RawStatement(db, sql)
        statement.bind(arguments)
        defer { statement.clear() }
        var changes: [Change] = []
        while try statement.step() { changes.append(try Change(statement)) }
        return changes
    }

    public func entityKey(_ id: String) throws -> EntityKey? {
        let statement = try RawStatement(db, "SELECT id, kind, plan, office FROM entity WHERE id = ?")
        statement.bind(1, id)
        defer { statement.clear() }
        guard try statement.step(), let kind = EntityKind(rawValue: statement.text(1)) else { return nil }
        return EntityKey(id: statement.text(0), kind: kind, plan: statement.text(2), office: statement.text(3))
    }

    public func state(of entity: String) throws -> EntityState? {
        try states(where: "e.id = ?", arguments: [entity]).first
    }

    /// An entity with only the named fields (and their stamps): a conflict's context names it and shows an indicator's
    /// unit, and reading a conflicted section whole read its paragraph too.
    public func state(of entity: String, fields: Set<String>) throws -> EntityState? {
        let names = fields.sorted()
        let fieldFilter = names.isEmpty ? " AND 0" : " AND +f.field IN (\(databaseQuestionMarks(count: names.count)))"
        return try states(where: "e.id = ?", arguments: names + [entity], joinFilter: fieldFilter).first
    }

    public func states(plan: String) throws -> [EntityState] {
        try states(where: "e.plan = ?", arguments: [plan])
    }

    public func states(plan: String, kinds: Set<EntityKind>) throws -> [EntityState] {
        guard !kinds.isEmpty else { return [] }
        let list = kinds.map(\.rawValue).sorted()
        return try states(where: "e.plan = ? AND e.kind IN (\(databaseQuestionMarks(count: list.count)))", arguments: [plan] + list)
    }

    public func states(plan: String, kinds: Set<EntityKind>, fields: Set<String>) throws -> [EntityState] {
        guard !kinds.isEmpty else { return [] }
        let list = kinds.map(\.rawValue).sorted()
        let names = fields.sorted()
        // The field filter sits in the join, so that an entity without any of the fields is still listed; the
        // paragraphs of the plan are never read. `+f.field` keeps SQLite from probing the (entity, field) index once
        // per named field (seven seeks per entity, most for fields a section does not have): it walks the entity's
        // few index entries instead, tests the field on the index, and reads the table row only for a match.
        // Measured on the benchmark's 100,000-field replica: 25 plans' outlines in 130 ms instead of 220 ms.
        let fieldFilter = names.isEmpty ? " AND 0" : " AND +f.field IN (\(databaseQuestionMarks(count: names.count)))"
        return try states(where: "e.plan = ? AND e.kind IN (\(databaseQuestionMarks(count: list.count)))",
                          arguments: names + [plan] + list, joinFilter: fieldFilter)
    }

    public func plans() throws -> [EntityState] {
        try states(where: "e.kind = 'plan'", arguments: [])
    }

    /// Every read of whole entities goes through here: `show`, `status`, an outline for conflicts, a plan's export.
    /// Driven through the C API (`RawStatement`): GRDB's row cursor converted every column through its generic
    /// value machinery, and that, not SQLite, was most of reading a plan; an entity's id is compared as bytes with
    /// the previous row's instead of being made a String per row.
    private func states(where condition: String, arguments: [String], joinFilter: String = "") throws -> [EntityState] {
        let statement = try RawStatement(db, """
            SELECT e.id, e.kind, e.plan, e.office, f.field, f.value, f.stamp FROM entity e
            LEFT JOIN field_value f ON f.entity = e.id\(joinFilter) WHERE \(condition) ORDER BY e.id
            """)
        statement.bind(arguments)
        defer { statement.clear() }
        var result: [EntityState] = []
        var lastID: [UInt8] = []
        var skipping = false
        while try statement.step() {
            let same = statement.withBytes(0) { $0.elementsEqual(lastID) }
            if !same {
                lastID = statement.withBytes(0) { Array($0) }
                guard let kind = EntityKind(rawValue: statement.text(1)) else { skipping = true; continue }
                skipping = false
                result.append(EntityState(id: statement.text(0), kind: kind, plan: statement.text(2), office: statement.text(3)))
            }
            guard !skipping, !statement.isNull(4) else { continue }
            let field = statement.text(4)
            if let value = statement.optionalText(5) { result[result.count - 1].fields[field] = value }
            if let stamp = statement.optionalText(6).flatMap(Stamp.init) { result[result.count - 1].stamps[field] = stamp }
        }
        return result
    }

    public func conflicts(plan: String?) throws -> [ConflictRecord] {
        let entities = try String.fetchAll(db, sql: """
            SELECT DISTINCT c.entity FROM conflict c JOIN entity e ON e.id = c.entity
            WHERE ? IS NULL OR e.plan = ? ORDER BY c.entity
            """, arguments: [plan, plan])
        return try entities.flatMap { try conflictRecords(entity: $0, withBase: true) }
    }

    public func conflict(entity: String, field: String) throws -> ConflictRecord? {
        try conflictRecords(entity: entity, withBase: true, field: field).first { $0.field == field }
    }
}

/// One field of one entity.
struct FieldKey: Hashable {
    var entity: String
    var field: String
}
