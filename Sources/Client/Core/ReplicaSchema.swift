import Foundation
import GRDB
import SharedStore

/// Migrations of a replica file: the shared change log, then the replica's own bookkeeping. Never edit a shipped
/// migration; add a new one.
enum ReplicaSchema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        ChangeLogSchema.register(in: &migrator)
        migrator.registerMigration("replica.v1") { db in
            try db.execute(sql: """
                CREATE TABLE meta (
                    key TEXT PRIMARY KEY NOT NULL,
                    value TEXT NOT NULL
                ) WITHOUT ROWID;
                -- Local changes no server has acknowledged yet, pushed in stamp order.
                CREATE TABLE outbox (
                    stamp TEXT PRIMARY KEY NOT NULL REFERENCES change(stamp)
                ) WITHOUT ROWID;
                -- Offices this replica knows: its own at creation, the visible ones after attaching.
                CREATE TABLE office (
                    id TEXT PRIMARY KEY NOT NULL,
                    name TEXT NOT NULL,
                    level TEXT NOT NULL CHECK (level IN ('city', 'county')),
                    parent TEXT
                ) WITHOUT ROWID;
                """)
        }
        migrator.registerMigration("replica.v2") { db in
            // When each office last completed a sync, as the server last told us (the city's board).
            try db.execute(sql: "ALTER TABLE office ADD COLUMN last_sync_ms INTEGER")
        }
        migrator.registerMigration("replica.v3") { db in
            // Local changes the server refused (with its reason): out of the outbox so that the rest still syncs,
            // kept here (and in the change log) until a person retries them.
            try db.execute(sql: """
                CREATE TABLE refused (
                    stamp TEXT PRIMARY KEY NOT NULL REFERENCES change(stamp),
                    reason TEXT NOT NULL,
                    refused_ms INTEGER NOT NULL
                ) WITHOUT ROWID;
                """)
        }
        migrator.registerMigration("replica.v4") { db in
            // Refused changes a person chose to discard (`tributary outbox discard`), and the local changes built on
            // them: out of the change log, so the replica shows what the server holds, but kept here in full with
            // the server's reason. `because` names the refused change a dependent change was discarded with.
            try db.execute(sql: """
                CREATE TABLE discarded (
                    stamp TEXT PRIMARY KEY NOT NULL,
                    change TEXT NOT NULL,
                    reason TEXT,
                    refused_ms INTEGER,
                    discarded_ms INTEGER NOT NULL,
                    because TEXT
                ) WITHOUT ROWID;
                """)
        }
        migrator.registerMigration("replica.v5") { db in
            // The server's reason in Chinese beside the English one (protocol `ChangeResult.reasonZh`), so that a
            // refusal is shown in the user's language. NULL for refusals kept before, or from an older server.
            try db.execute(sql: "ALTER TABLE refused ADD COLUMN reason_zh TEXT")
        }
        migrator.registerMigration("replica.v6") { db in
            // Each section's numbered title and parent, kept per plan (`Replica+OutlineTitles`): `conflicts` and
            // `review` name every conflict's section path ("二、… › （三）…"), and deriving it numbered the whole
            // outline of every plan with a conflict on every run (25 plans: three quarters of the command). Derived
            // data, never synced: a plan whose titles may be out of date is listed in outline_stale, by triggers on
            // what a title depends on (a section's place, deletion, numbering, own label or heading), so that no
            // write path — pulled pages, edits, resolutions, discards, exchange — can leave a stale title unmarked.
            // Every plan of an upgraded file starts stale. (The triggers test for the row rather than saying INSERT OR
            // IGNORE: a statement's conflict clause inside a trigger gives way to that of the statement firing it.)
            try db.execute(sql: """
                CREATE TABLE outline_title (
                    plan TEXT NOT NULL,
                    section TEXT NOT NULL,
                    parent TEXT,
                    title TEXT NOT NULL,
                    PRIMARY KEY (plan, section)
                ) WITHOUT ROWID;
                CREATE TABLE outline_stale (plan TEXT PRIMARY KEY NOT NULL) WITHOUT ROWID;
                INSERT INTO outline_stale (plan) SELECT DISTINCT plan FROM entity;
                """)
            let fields = OutlineTitleStore.fields.sorted().map { "'\($0)'" }.joined(separator: ", ")
            for (event, row) in [("INSERT", "new"), ("UPDATE", "new"), ("DELETE", "old")] {
                try db.execute(sql: """
                    CREATE TRIGGER outline_stale_on_\(event.lowercased()) AFTER \(event) ON field_value
                    WHEN \(row).field IN (\(fields))
                    BEGIN
                        INSERT INTO outline_stale (plan)
                            SELECT plan FROM entity WHERE id = \(row).entity AND kind = 'section'
                            AND NOT EXISTS (SELECT 1 FROM outline_stale s WHERE s.plan = entity.plan);
                    END;
                    """)
            }
            // An entity taken back out whole (a discarded change was all it had) may go before its field values.
            try db.execute(sql: """
                CREATE TRIGGER outline_stale_on_entity_delete AFTER DELETE ON entity WHEN old.kind = 'section'
                BEGIN
                    INSERT INTO outline_stale (plan) SELECT old.plan WHERE NOT EXISTS (SELECT 1 FROM outline_stale WHERE plan = old.plan);
                END;
                """)
        }
        migrator.registerMigration("replica.v7") { db in
            // Two indexes of the shared change log serve only the server: (office, seq) is its pull cursor by office,
            // and `replaced(by)` finds a compacted change's edges. A replica never reads by either (its pulls come
            // from the server; its outbox, history and withdrawals go by stamp, entity and field), yet every applied
            // change paid an insert into each: two b-trees of the apply path's ten. (Deleting a change — a withdrawal —
            // now checks the `replaced` foreign key by a scan, as it already did for `head` and `field_value`.)
            try db.execute(sql: "DROP INDEX change_office_seq; DROP INDEX replaced_by")
        }
        return migrator
    }
}

/// Keys of the replica's meta table.
enum MetaKey: String {
    case replicaID, office, user, clock, serverURL, token, cursor, lastSyncMs, role, logGeneration
    /// The last update notice shown to this replica's user (`UpdateNotice`): each is shown once.
    case updateNotice
}
