import Foundation
import GRDB
import Shared

/// The tables of the change store, shared by replica and server files. Migrations are named and never edited once
/// shipped: a new need is a new migration.
public enum ChangeLogSchema {
    public static func register(in migrator: inout DatabaseMigrator) {
        migrator.registerMigration("changeLog.v1") { db in
            let kinds = EntityKind.allCases.map { "'\($0.rawValue)'" }.joined(separator: ",")
            let resolutions = ResolutionKind.allCases.map { "'\($0.rawValue)'" }.joined(separator: ",")
            try db.execute(sql: """
                CREATE TABLE entity (
                    id TEXT PRIMARY KEY NOT NULL CHECK (length(id) BETWEEN 1 AND 100),
                    kind TEXT NOT NULL CHECK (kind IN (\(kinds))),
                    plan TEXT NOT NULL,
                    office TEXT NOT NULL
                ) WITHOUT ROWID;
                CREATE INDEX entity_plan ON entity(plan);

                -- Every change ever received. seq is this store's arrival order: the server's pull cursor.
                CREATE TABLE change (
                    seq INTEGER PRIMARY KEY AUTOINCREMENT,
                    stamp TEXT NOT NULL UNIQUE,
                    replica TEXT NOT NULL,
                    entity TEXT NOT NULL REFERENCES entity(id),
                    kind TEXT NOT NULL CHECK (kind IN (\(kinds))),
                    plan TEXT NOT NULL,
                    office TEXT NOT NULL,
                    field TEXT NOT NULL,
                    value TEXT,
                    replaces TEXT NOT NULL DEFAULT '',
                    observed TEXT NOT NULL DEFAULT '',
                    author TEXT NOT NULL,
                    resolution TEXT CHECK (resolution IS NULL OR resolution IN (\(resolutions)))
                );
                CREATE INDEX change_field ON change(entity, field);
                CREATE INDEX change_office_seq ON change(office, seq);

                -- Which version replaces which. A replaced stamp may not be known here (a compacted bootstrap).
                CREATE TABLE replaced (
                    stamp TEXT NOT NULL,
                    by TEXT NOT NULL REFERENCES change(stamp),
                    PRIMARY KEY (stamp, by)
                ) WITHOUT ROWID;
                CREATE INDEX replaced_by ON replaced(by);

                -- The versions no known change replaces, per field.
                CREATE TABLE head (
                    entity TEXT NOT NULL REFERENCES entity(id),
                    field TEXT NOT NULL,
                    stamp TEXT NOT NULL REFERENCES change(stamp),
                    PRIMARY KEY (entity, field, stamp)
                ) WITHOUT ROWID;

                -- What each field shows: the winning head.
                CREATE TABLE field_value (
                    entity TEXT NOT NULL REFERENCES entity(id),
                    field TEXT NOT NULL,
                    value TEXT,
                    stamp TEXT NOT NULL REFERENCES change(stamp),
                    PRIMARY KEY (entity, field)
                ) WITHOUT ROWID;

                -- Open conflicts (details are derived from heads and history when read).
                CREATE TABLE conflict (
                    entity TEXT NOT NULL REFERENCES entity(id),
                    field TEXT NOT NULL,
                    opened_ms INTEGER NOT NULL,
                    PRIMARY KEY (entity, field)
                ) WITHOUT ROWID;
                """)
        }
        migrator.registerMigration("changeLog.v2") { db in
            // What each field shows moves from a WITHOUT ROWID table to a rowid table keyed by a unique index. A
            // WITHOUT ROWID table is an index b-tree: a row longer than about 1,000 bytes (a Chinese paragraph) spills
            // into overflow pages, and every page split moves whole values; in a rowid table values up to ~4,000
            // bytes stay in the leaf and the (entity, field) index holds only the key. Same columns, same rows: the
            // apply path measured about a third faster on the sync benchmark's rows. Copied in key order, then
            // swapped in under the old name.
            try db.execute(sql: """
                CREATE TABLE field_value_v2 (
                    entity TEXT NOT NULL REFERENCES entity(id),
                    field TEXT NOT NULL,
                    value TEXT,
                    stamp TEXT NOT NULL REFERENCES change(stamp),
                    UNIQUE (entity, field)
                );
                INSERT INTO field_value_v2 (entity, field, value, stamp)
                    SELECT entity, field, value, stamp FROM field_value ORDER BY entity, field;
                DROP TABLE field_value;
                ALTER TABLE field_value_v2 RENAME TO field_value;
                """)
        }
        migrator.registerMigration("changeLog.v3") { db in
            // A plan's entities of some kinds (its submissions for `status`, its sections for a conflict's outline)
            // without visiting its thousands of others: with the plan index alone, every entity of the plan was read
            // to test its kind, and `status` on a 100,000-field replica spent half its time there. It replaces the plan
            // index (its leading column serves every plan-only read), so applying a new entity updates no more indexes
            // than before.
            try db.execute(sql: """
                CREATE INDEX entity_plan_kind ON entity(plan, kind);
                DROP INDEX entity_plan;
                """)
        }
        migrator.registerMigration("changeLog.v4") { db in
            // A field's single head is the version its `field_value` row names; `head` keeps rows only for fields
            // with several heads (the ones that can be in conflict), all of them there. Almost every field has one
            // head, and each applied change paid an insert into `head` and a delete of the version it replaced: two
            // random b-tree writes of the apply path's few, for a row that repeated `field_value`'s key and stamp
            // (issue 11: measured beside the ceiling, `bench/prototypes/apply-schemas.py`). Reads see every head
            // through the `field_head` view. The rows that go are exactly the single heads, which `field_value`
            // already names (it shows a field's highest head).
            try db.execute(sql: """
                DELETE FROM head WHERE (entity, field) IN (
                    SELECT entity, field FROM head GROUP BY entity, field HAVING count(*) = 1);
                CREATE VIEW field_head (entity, field, stamp) AS
                    SELECT entity, field, stamp FROM head
                    UNION ALL
                    SELECT f.entity, f.field, f.stamp FROM field_value f
                    WHERE NOT EXISTS (SELECT 1 FROM head h WHERE h.entity = f.entity AND h.field = f.field);
                """)
        }
    }
}

/// Stamp lists are stored as comma-separated text: stamps never contain commas, and this keeps the apply path free
/// of JSON work.
public enum StampList {
    public static func encode(_ stamps: [Stamp]) -> String { stamps.map(\.description).joined(separator: ",") }
    public static func decode(_ text: String) -> [Stamp] {
        text.isEmpty ? [] : text.split(separator: ",").compactMap { Stamp(String($0)) }
    }
}

extension Change {
    static let columnNames = ["stamp", "kind", "entity", "plan", "office", "field", "value", "replaces", "observed", "author", "resolution"]
    public static let columns = columnNames.joined(separator: ", ")

    /// `columns` prefixed with a table alias (`c.stamp, c.kind, …`), for queries that join the change table. From the
    /// names, not by splitting and trimming `columns`: `conflicts list` asks for it per conflicted entity, and
    /// Foundation's trimming was a seventh of the command.
    public static func columns(qualifiedBy alias: String) -> String {
        columnNames.map { alias + "." + $0 }.joined(separator: ", ")
    }

    /// Decodes the current row of a raw statement selecting `Change.columns` (optionally table-qualified, in order).
    public init(_ statement: RawStatement) throws {
        guard let stamp = Stamp(statement.text(0)), let kind = EntityKind(rawValue: statement.text(1)) else {
            throw DatabaseError(message: "corrupt change row \(statement.text(0))")
        }
        self.init(stamp: stamp, kind: kind, entity: statement.text(2), plan: statement.text(3), office: statement.text(4),
                  field: statement.text(5), value: statement.optionalText(6), replaces: StampList.decode(statement.text(7)),
                  observed: StampList.decode(statement.text(8)), author: statement.text(9),
                  resolution: statement.optionalText(10).flatMap(ResolutionKind.init(rawValue:)))
    }

    /// Decodes a row selected with `Change.columns` (optionally table-qualified, in that order).
    public init(row: Row) throws {
        guard let stamp = Stamp(row[0] as String), let kind = EntityKind(rawValue: row[1]) else {
            throw DatabaseError(message: "corrupt change row \(row)")
        }
        let resolution: String? = row[10]
        self.init(stamp: stamp, kind: kind, entity: row[2], plan: row[3], office: row[4], field: row[5], value: row[6],
                  replaces: StampList.decode(row[7]), observed: StampList.decode(row[8]), author: row[9],
                  resolution: resolution.flatMap(ResolutionKind.init(rawValue:)))
    }
}
