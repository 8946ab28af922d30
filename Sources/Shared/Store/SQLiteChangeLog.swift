import Foundation
import GRDB
import Shared

/// The change store over SQLite, used inside a write transaction of its owner (a `Replica`, the server's store), so
/// that applying changes and the owner's own bookkeeping (outbox, cursor) commit together or not at all.
///
/// `apply` is set-based: one pass inserts the batch, two statements move the heads, one query reads the heads of
/// every touched field, and `MergeRule` decides them in memory.
public struct SQLiteChangeLog: ChangeLog {
    public let db: Database

    public init(_ db: Database) { self.db = db }

    public mutating func apply(_ changes: [Change]) throws -> ApplySummary {
        var summary = ApplySummary()
        guard !changes.isEmpty else { return summary }
        try db.execute(sql: """
            CREATE TEMP TABLE IF NOT EXISTS incoming (stamp TEXT PRIMARY KEY NOT NULL) WITHOUT ROWID;
            CREATE TEMP TABLE IF NOT EXISTS touched (entity TEXT NOT NULL, field TEXT NOT NULL,
                PRIMARY KEY (entity, field)) WITHOUT ROWID;
            DELETE FROM temp.incoming; DELETE FROM temp.touched;
            """)

        // Known stamps: duplicates if identical, a replay error otherwise.
        let known = try self.changes(changes.map(\.stamp))
        var keys: [String: EntityKey] = [:]
        var fresh: [Change] = []
        var inBatch: [Stamp: Change] = [:]
        for change in changes {
            if let existing = known[change.stamp] ?? inBatch[change.stamp] {
                guard existing == change else { throw ChangeLogError.replay(change.stamp) }
                summary.duplicates.append(change.stamp)
                continue
            }
            inBatch[change.stamp] = change
            fresh.append(change)
            keys[change.entity] = keys[change.entity] ?? EntityKey(id: change.entity, kind: change.kind,
                                                                   plan: change.plan, office: change.office)
        }
        guard !fresh.isEmpty else { return summary }
        try checkEntities(fresh, keys: keys)

        let insertEntity = try db.cachedStatement(sql: "INSERT OR IGNORE INTO entity (id, kind, plan, office) VALUES (?, ?, ?, ?)")
        for key in keys.values {
            try insertEntity.execute(arguments: [key.id, key.kind.rawValue, key.plan, key.office])
        }
        let insertChange = try db.cachedStatement(sql: """
            INSERT INTO change (stamp, replica, entity, kind, plan, office, field, value, replaces, observed, author, resolution)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let insertEdge = try db.cachedStatement(sql: "INSERT OR IGNORE INTO replaced (stamp, by) VALUES (?, ?)")
        let insertIncoming = try db.cachedStatement(sql: "INSERT INTO temp.incoming (stamp) VALUES (?)")
        let insertTouched = try db.cachedStatement(sql: "INSERT OR IGNORE INTO temp.touched (entity, field) VALUES (?, ?)")
        for change in fresh {
            let stamp = change.stamp.description
            try insertChange.execute(arguments: [
                stamp, change.stamp.replica, change.entity, change.kind.rawValue, change.plan, change.office,
                change.field, change.value, StampList.encode(change.replaces), StampList.encode(change.observed),
                change.author, change.resolution?.rawValue,
            ])
            for replaced in change.replaces {
                try insertEdge.execute(arguments: [replaced.description, stamp])
            }
            try insertIncoming.execute(arguments: [stamp])
            try insertTouched.execute(arguments: [change.entity, change.field])
            summary.applied.append(change.stamp)
        }

        // Heads: the new versions nothing replaces join; the versions they replace leave. Order within the batch
        // does not matter because both statements see every edge of the batch.
        try db.execute(sql: """
            INSERT OR IGNORE INTO head (entity, field, stamp)
            SELECT c.entity, c.field, c.stamp FROM change c JOIN temp.incoming i ON i.stamp = c.stamp
            WHERE NOT EXISTS (SELECT 1 FROM replaced r WHERE r.stamp = c.stamp);
            DELETE FROM head WHERE (entity, field, stamp) IN (
                SELECT c.entity, c.field, r.stamp FROM temp.incoming i
                JOIN change c ON c.stamp = i.stamp JOIN replaced r ON r.by = i.stamp);
            """)

        // Conflicts are per entity (delete-against-edit spans fields): recompute them for every touched entity.
        let touchedEntities = Set(fresh.map(\.entity))
        let before = try Int.fetchOne(db, sql: """
            SELECT COUNT(*) FROM (SELECT DISTINCT entity FROM temp.touched) t JOIN conflict c ON c.entity = t.entity
            """) ?? 0
        try refreshValues()
        try refreshConflicts(entities: touchedEntities)
        let after = try Int.fetchOne(db, sql: """
            SELECT COUNT(*) FROM (SELECT DISTINCT entity FROM temp.touched) t JOIN conflict c ON c.entity = t.entity
            """) ?? 0
        summary.conflictsOpened = max(0, after - before)
        summary.conflictsClosed = max(0, before - after)
        return summary
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
        let deleteHead = try db.cachedStatement(sql: "DELETE FROM head WHERE entity = ? AND field = ? AND stamp = ?")
        let deleteEdges = try db.cachedStatement(sql: "DELETE FROM replaced WHERE by = ?")
        for change in removed {
            try insertTouched.execute(arguments: [change.entity, change.field])
            try deleteHead.execute(arguments: [change.entity, change.field, change.stamp.description])
            try deleteEdges.execute(arguments: [change.stamp.description])
        }
        // What the withdrawn changes replaced is a head again, unless a change still held replaces it too.
        let gone = Set(removed.map(\.stamp))
        let restoreHead = try db.cachedStatement(sql: """
            INSERT OR IGNORE INTO head (entity, field, stamp)
            SELECT c.entity, c.field, c.stamp FROM change c WHERE c.stamp = ?
            AND NOT EXISTS (SELECT 1 FROM replaced r WHERE r.stamp = c.stamp)
            """)
        for stamp in Set(removed.flatMap(\.replaces)).subtracting(gone) {
            try restoreHead.execute(arguments: [stamp.description])
        }
        // Values: a field left without heads shows nothing; the others are decided afresh.
        try db.execute(sql: """
            DELETE FROM field_value WHERE (entity, field) IN (SELECT entity, field FROM temp.touched)
            AND NOT EXISTS (SELECT 1 FROM head h WHERE h.entity = field_value.entity AND h.field = field_value.field)
            """)
        try refreshValues()
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

    public func changes(_ stamps: [Stamp]) throws -> [Stamp: Change] {
        var result: [Stamp: Change] = [:]
        for chunk in stride(from: 0, to: stamps.count, by: 500) {
            let slice = stamps[chunk..<min(chunk + 500, stamps.count)].map(\.description)
            let marks = databaseQuestionMarks(count: slice.count)
            for row in try Row.fetchAll(db, sql: "SELECT \(Change.columns) FROM change WHERE stamp IN (\(marks))",
                                        arguments: StatementArguments(slice)) {
                let change = try Change(row: row)
                result[change.stamp] = change
            }
        }
        return result
    }

    private func checkEntities(_ changes: [Change], keys: [String: EntityKey]) throws {
        for change in changes {
            let key = keys[change.entity]!
            if key.kind != change.kind || key.plan != change.plan || key.office != change.office {
                throw ChangeLogError.entityMismatch(entity: change.entity, expected: "\(key.kind.rawValue) of plan \(key.plan)")
            }
        }
        let ids = Array(keys.keys)
        for chunk in stride(from: 0, to: ids.count, by: 500) {
            let slice = Array(ids[chunk..<min(chunk + 500, ids.count)])
            let rows = try Row.fetchAll(db, sql: "SELECT id, kind, plan, office FROM entity WHERE id IN (\(databaseQuestionMarks(count: slice.count)))",
                                        arguments: StatementArguments(slice))
            for row in rows {
                let id: String = row[0]
                let expected = keys[id]!
                if row[1] != expected.kind.rawValue || row[2] != expected.plan || row[3] != expected.office {
                    throw ChangeLogError.entityMismatch(entity: id, expected: "\(row[1] as String) of plan \(row[2] as String)")
                }
            }
        }
    }

    /// Decides every touched field from its heads and stores the winner.
    private func refreshValues() throws {
        let rows = try Row.fetchAll(db, sql: """
            SELECT h.entity, h.field, c.stamp, c.value, c.author FROM temp.touched t
            JOIN head h ON h.entity = t.entity AND h.field = t.field
            JOIN change c ON c.stamp = h.stamp
            """)
        var heads: [String: [String: [Version]]] = [:]
        for row in rows {
            let entity: String = row[0], field: String = row[1]
            guard let stamp = Stamp(row[2] as String) else { continue }
            heads[entity, default: [:]][field, default: []].append(
                Version(stamp: stamp, field: field, value: row[3], author: row[4]))
        }
        let upsert = try db.cachedStatement(sql: """
            INSERT INTO field_value (entity, field, value, stamp) VALUES (?, ?, ?, ?)
            ON CONFLICT (entity, field) DO UPDATE SET value = excluded.value, stamp = excluded.stamp
            """)
        for (entity, fields) in heads {
            for (field, versions) in fields {
                guard let winner = MergeRule.decide(heads: versions)?.winner else { continue }
                try upsert.execute(arguments: [entity, field, winner.value, winner.stamp.description])
            }
        }
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
        let rows = try Row.fetchAll(db, sql: """
            SELECT \(Change.columns(qualifiedBy: "c"))
            FROM head h JOIN change c ON c.stamp = h.stamp WHERE h.entity = ?
            """, arguments: [entity])
        var headsByField: [String: [Version]] = [:]
        for row in rows {
            let change = try Change(row: row)
            headsByField[change.field, default: []].append(change.version)
        }
        var history: [Stamp: Version] = [:]
        if withBase {
            let fields = field == Fields.deleted || field == nil ? Array(headsByField.keys) : [field!]
            for f in fields {
                for change in try self.history(entity: entity, field: f) { history[change.stamp] = change.version }
            }
        }
        return ConflictRecord.all(key: (key.kind, key.id, key.plan, key.office), headsByField: headsByField,
                                  history: history)
    }

    public func change(_ stamp: Stamp) throws -> Change? {
        try Row.fetchOne(db, sql: "SELECT \(Change.columns) FROM change WHERE stamp = ?", arguments: [stamp.description])
            .map(Change.init(row:))
    }

    public func heads(entity: String, field: String) throws -> [Version] {
        try Row.fetchAll(db, sql: """
            SELECT \(Change.columns(qualifiedBy: "c"))
            FROM head h JOIN change c ON c.stamp = h.stamp WHERE h.entity = ? AND h.field = ?
            """, arguments: [entity, field]).map { try Change(row: $0).version }
    }

    public func history(entity: String, field: String) throws -> [Change] {
        try Row.fetchAll(db, sql: "SELECT \(Change.columns) FROM change WHERE entity = ? AND field = ? ORDER BY stamp",
                         arguments: [entity, field]).map(Change.init(row:))
    }

    public func entityKey(_ id: String) throws -> EntityKey? {
        try Row.fetchOne(db, sql: "SELECT id, kind, plan, office FROM entity WHERE id = ?", arguments: [id]).flatMap {
            guard let kind = EntityKind(rawValue: $0[1]) else { return nil }
            return EntityKey(id: $0[0], kind: kind, plan: $0[2], office: $0[3])
        }
    }

    public func state(of entity: String) throws -> EntityState? {
        try states(where: "e.id = ?", arguments: [entity]).first
    }

    public func states(plan: String) throws -> [EntityState] {
        try states(where: "e.plan = ?", arguments: [plan])
    }

    public func plans() throws -> [EntityState] {
        try states(where: "e.kind = 'plan'", arguments: [])
    }

    private func states(where condition: String, arguments: StatementArguments) throws -> [EntityState] {
        let rows = try Row.fetchAll(db, sql: """
            SELECT e.id, e.kind, e.plan, e.office, f.field, f.value, f.stamp FROM entity e
            LEFT JOIN field_value f ON f.entity = e.id WHERE \(condition) ORDER BY e.id
            """, arguments: arguments)
        var result: [EntityState] = []
        for row in rows {
            let id: String = row[0]
            if result.last?.id != id {
                guard let kind = EntityKind(rawValue: row[1]) else { continue }
                result.append(EntityState(id: id, kind: kind, plan: row[2], office: row[3]))
            }
            guard let field: String = row[4] else { continue }
            if let value: String = row[5] { result[result.count - 1].fields[field] = value }
            if let stamp = (row[6] as String?).flatMap(Stamp.init) { result[result.count - 1].stamps[field] = stamp }
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
