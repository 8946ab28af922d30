import Foundation
import GRDB
import Shared
import SharedStore

/// Compaction of the SQLite store (what is removed and why: `CompactionReport`), its migration, and the bookkeeping
/// the push and pull paths do for it: arrival marks, the horizon, retired stamps.
extension SQLiteServerStore {
    static func registerCompaction(in migrator: inout DatabaseMigrator) {
        migrator.registerMigration("server.v5") { db in
            try db.execute(sql: """
                -- When changes arrived: one row per push that stored anything, its highest seq and the server's time.
                -- A change arrived at the time of the first mark at or after its seq. Changes already held count as
                -- arrived now (the most cautious guess: a compaction may only remove them a whole window later).
                CREATE TABLE arrival (
                    seq INTEGER PRIMARY KEY NOT NULL,
                    ms INTEGER NOT NULL
                );
                INSERT INTO arrival (seq, ms)
                    SELECT MAX(seq), CAST(strftime('%s', 'now') AS INTEGER) * 1000 FROM change HAVING MAX(seq) IS NOT NULL;
                -- Stamps compaction removed, with the field they were versions of (no value): a late change may still
                -- replace them, and a retried push of one is a duplicate.
                -- For the winning delete of a purged entity, the whole change (JSON): a late edit brings it back.
                CREATE TABLE retired (
                    stamp TEXT PRIMARY KEY NOT NULL,
                    entity TEXT NOT NULL,
                    field TEXT NOT NULL,
                    tombstone TEXT
                ) WITHOUT ROWID;
                CREATE INDEX retired_tombstone ON retired(entity) WHERE tombstone IS NOT NULL;
                -- The lowest pull cursor still complete: the highest seq compaction removed.
                INSERT INTO store_meta (key, value) VALUES ('horizon', '0');
                """)
        }
    }

    public func horizon() async throws -> Int64 { try await StoreWork.run { [self] in try pool.read(Self.horizon) } }

    static func horizon(_ db: Database) throws -> Int64 {
        Int64(try String.fetchOne(db, sql: "SELECT value FROM store_meta WHERE key = 'horizon'") ?? "0") ?? 0
    }

    /// The end of the log as a cursor: the highest seq held, but never below the horizon (compaction may remove the
    /// last changes; a bootstrap or a last page must not hand out a cursor that the next pull would refuse).
    static func logEnd(_ db: Database) throws -> Int64 {
        max(try Int64.fetchOne(db, sql: "SELECT COALESCE(MAX(seq), 0) FROM change") ?? 0, try horizon(db))
    }

    /// Notes that the changes up to the highest seq now held arrived at `nowMs` (nothing when the push stored none).
    ///
    /// The highest seq is read as the last row in rowid order: `MAX(seq) … HAVING` (as this was written first) is no
    /// query SQLite answers from the end of the b-tree, and it read every change held, once per push transaction —
    /// under the push load, most of the writer thread's time.
    static func markArrival(_ db: Database, nowMs: Int64) throws {
        try db.execute(sql: "INSERT OR IGNORE INTO arrival (seq, ms) SELECT seq, ? FROM change ORDER BY seq DESC LIMIT 1",
                       arguments: [nowMs])
    }

    static func retiredLookup(_ db: Database) -> RetiredLookup {
        // The lookups run inside the push's write transaction, on its connection, and only during it.
        nonisolated(unsafe) let db = db
        return RetiredLookup(versions: { stamps in try retiredVersions(stamps, db) }, tombstones: { ids in try tombstones(ids, db) })
    }

    /// Both lookups run for every push (most find nothing): one cached statement probed per key. An `IN (?, ?, …)`
    /// list was a statement of a new length for nearly every push, prepared afresh each time.
    static func retiredVersions(_ stamps: [Stamp], _ db: Database) throws -> [Stamp: RetiredVersion] {
        guard !stamps.isEmpty else { return [:] }
        let lookup = try RawStatement(db, "SELECT entity, field FROM retired WHERE stamp = ?")
        var found: [Stamp: RetiredVersion] = [:]
        for stamp in stamps {
            lookup.bind(1, stamp.description)
            if try lookup.step() { found[stamp] = RetiredVersion(entity: lookup.text(0), field: lookup.text(1)) }
            lookup.clear()
        }
        return found
    }

    static func tombstones(_ ids: [String], _ db: Database) throws -> [String: Change] {
        guard !ids.isEmpty else { return [:] }
        let lookup = try RawStatement(db, "SELECT tombstone FROM retired WHERE tombstone IS NOT NULL AND entity = ?")
        var found: [String: Change] = [:]
        for id in ids {
            lookup.bind(1, id)
            var texts: [String] = []
            while try lookup.step() { texts.append(lookup.text(0)) }
            lookup.clear()
            for text in texts { found[id] = try WireJSON.decoder().decode(Change.self, from: Data(text.utf8)) }
        }
        return found
    }

    /// After a push: tombstones it brought back are held changes again, no longer retired.
    static func unretire(_ stamps: [Stamp], _ db: Database) throws {
        for stamp in stamps { try db.execute(sql: "DELETE FROM retired WHERE stamp = ?", arguments: [stamp.description]) }
    }

    /// One immediate transaction with foreign-key checks off on this connection: SQLite checks them per deleted
    /// change by scanning `head` and `field_value`, which have no index on `stamp` (the apply path is faster without
    /// one), so a large compaction would take quadratic time. The deletes keep every reference whole by construction
    /// (heads and values go only with purged entities, edges from removed changes go with them), and the contract
    /// tests run SQLite's `foreign_key_check` after each compaction.
    public func compact(olderThanMs: Int64, dryRun: Bool) async throws -> CompactionReport {
        try await StoreWork.run { [self] in try compactNow(olderThanMs: olderThanMs, dryRun: dryRun) }
    }

    private func compactNow(olderThanMs: Int64, dryRun: Bool) throws -> CompactionReport {
        try pool.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA foreign_keys = OFF")
            defer { try? db.execute(sql: "PRAGMA foreign_keys = ON") }
            var report: CompactionReport?
            try db.inTransaction(.immediate) {
                report = try Self.compact(db, olderThanMs: olderThanMs, dryRun: dryRun)
                return .commit
            }
            return report!
        }
    }

    static func compact(_ db: Database, olderThanMs: Int64, dryRun: Bool) throws -> CompactionReport {
        let previous = try Self.horizon(db)
        // Changes up to this seq arrived at or before the cutoff.
        let cutoffSeq = try Int64.fetchOne(db, sql: "SELECT COALESCE(MAX(seq), 0) FROM arrival WHERE ms <= ?",
                                           arguments: [olderThanMs]) ?? 0
        try db.execute(sql: """
            DROP TABLE IF EXISTS temp.purged;
            DROP TABLE IF EXISTS temp.doomed;
            DROP TABLE IF EXISTS temp.parents;
            CREATE TEMP TABLE purged (id TEXT PRIMARY KEY NOT NULL) WITHOUT ROWID;
            CREATE TEMP TABLE parents (id TEXT PRIMARY KEY NOT NULL) WITHOUT ROWID;
            CREATE TEMP TABLE doomed (stamp TEXT PRIMARY KEY NOT NULL, seq INTEGER NOT NULL, entity TEXT NOT NULL,
                field TEXT NOT NULL, purge INTEGER NOT NULL) WITHOUT ROWID;
            """)
        // Deleted entities, repeated until no more: an item leaves only once nothing kept sits under it.
        repeat {
            // The items a kept item sits under (its `place` names them), once per round rather than per entity.
            try db.execute(sql: """
                DELETE FROM temp.parents;
                INSERT OR IGNORE INTO temp.parents (id)
                SELECT substr(value, 1, instr(value, '/') - 1) FROM field_value
                WHERE field = '\(Fields.place)' AND instr(value, '/') > 1 AND entity NOT IN (SELECT id FROM temp.purged);
                """)
            try db.execute(sql: """
                INSERT INTO temp.purged (id)
                SELECT e.id FROM entity e
                JOIN field_value d ON d.entity = e.id AND d.field = '\(Fields.deleted)' AND d.value = '\(Fields.yes)'
                WHERE e.kind NOT IN ('\(EntityKind.plan.rawValue)', '\(EntityKind.submission.rawValue)', '\(EntityKind.comment.rawValue)')
                AND e.id NOT IN (SELECT id FROM temp.purged)
                AND NOT EXISTS (SELECT 1 FROM conflict k WHERE k.entity = e.id)
                AND NOT EXISTS (SELECT 1 FROM change c WHERE c.entity = e.id AND c.seq > ?1)
                AND e.id NOT IN (SELECT id FROM temp.parents)
                """, arguments: [cutoffSeq])
        } while db.changesCount > 0
        try db.execute(sql: """
            INSERT INTO temp.doomed (stamp, seq, entity, field, purge)
            SELECT stamp, seq, entity, field, 1 FROM change WHERE entity IN (SELECT id FROM temp.purged);
            INSERT OR IGNORE INTO temp.doomed (stamp, seq, entity, field, purge)
            SELECT c.stamp, c.seq, c.entity, c.field, 0 FROM change c JOIN entity e ON e.id = c.entity
            WHERE c.seq <= ?1 AND e.kind <> '\(EntityKind.submission.rawValue)'
            AND NOT EXISTS (SELECT 1 FROM field_head h WHERE h.entity = c.entity AND h.field = c.field AND h.stamp = c.stamp)
            AND NOT EXISTS (SELECT 1 FROM conflict k WHERE k.entity = c.entity);
            """, arguments: [cutoffSeq])
        // A superseded version that replaced a version which stays is kept too, until none does.
        repeat {
            try db.execute(sql: """
                DELETE FROM temp.doomed WHERE purge = 0 AND EXISTS (
                    SELECT 1 FROM replaced r JOIN change s ON s.stamp = r.stamp
                    WHERE r.by = doomed.stamp AND s.stamp NOT IN (SELECT stamp FROM temp.doomed))
                """)
        } while db.changesCount > 0
        let removed = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM temp.doomed") ?? 0
        let purged = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM temp.purged") ?? 0
        let horizon = max(previous, try Int64.fetchOne(db, sql: "SELECT COALESCE(MAX(seq), 0) FROM temp.doomed") ?? 0)
        defer { try? db.execute(sql: "DROP TABLE IF EXISTS temp.purged; DROP TABLE IF EXISTS temp.doomed; DROP TABLE IF EXISTS temp.parents;") }
        let report = CompactionReport(dryRun: dryRun, cutoffMs: olderThanMs, changesRemoved: removed,
                                      entitiesPurged: purged, previousHorizon: previous, horizon: horizon)
        guard !dryRun, removed > 0 else { return report }
        // Edges from a removed change go (the `by` column must name a held change); edges to one stay: they
        // record that a held change replaced it. Heads and values go only with purged entities (a superseded
        // version is neither).
        let winningDeletes = try Row.fetchAll(db, sql: """
            SELECT \(Change.columns(qualifiedBy: "c")) FROM temp.purged p
            JOIN field_value v ON v.entity = p.id AND v.field = '\(Fields.deleted)' JOIN change c ON c.stamp = v.stamp
            """).map(Change.init(row:))
        try db.execute(sql: """
            INSERT OR IGNORE INTO retired (stamp, entity, field) SELECT stamp, entity, field FROM temp.doomed;
            DELETE FROM replaced WHERE by IN (SELECT stamp FROM temp.doomed);
            DELETE FROM head WHERE entity IN (SELECT id FROM temp.purged);
            DELETE FROM field_value WHERE entity IN (SELECT id FROM temp.purged);
            DELETE FROM change WHERE stamp IN (SELECT stamp FROM temp.doomed);
            DELETE FROM entity WHERE id IN (SELECT id FROM temp.purged);
            """)
        for tombstone in winningDeletes {
            try db.execute(sql: "UPDATE retired SET tombstone = ? WHERE stamp = ?",
                           arguments: [String(decoding: try WireJSON.encoder().encode(tombstone), as: UTF8.self), tombstone.stamp.description])
        }
        try db.execute(sql: "UPDATE store_meta SET value = ? WHERE key = 'horizon'", arguments: [String(horizon)])
        return report
    }
}
