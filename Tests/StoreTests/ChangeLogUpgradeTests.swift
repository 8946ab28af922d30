import Foundation
import GRDB
import Testing
import Shared
@testable import SharedStore

/// `changeLog.v2` rebuilds `field_value` as a rowid table (and `changeLog.v3` indexes entities by plan and kind). Every replica and server file made before it has the
/// `changeLog.v1` schema: such a file upgrades in place, through `StoreFile.open` as replicas and servers open it,
/// and keeps every row of every change-log table.
struct ChangeLogUpgradeTests {
    static let tables = [
        "entity": "SELECT * FROM entity ORDER BY id",
        "change": "SELECT * FROM change ORDER BY seq",
        "replaced": "SELECT * FROM replaced ORDER BY stamp, by",
        "head": "SELECT entity, field, stamp FROM head ORDER BY entity, field, stamp",
        "field_value": "SELECT entity, field, value, stamp FROM field_value ORDER BY entity, field",
        "conflict": "SELECT * FROM conflict ORDER BY entity, field",
    ]

    /// Every table's rows; with `viewOfHeads`, the heads through `changeLog.v4`'s view (which keeps a field's single
    /// head in `field_value` alone) instead of the `head` table.
    static func dump(_ db: Database, viewOfHeads: Bool = false) throws -> [String: [[DatabaseValue]]] {
        var tables = Self.tables
        if viewOfHeads { tables["head"] = "SELECT entity, field, stamp FROM field_head ORDER BY entity, field, stamp" }
        return try tables.mapValues { sql in try Row.fetchAll(db, sql: sql).map { Array($0.databaseValues) } }
    }

    @Test func aVersionOneFileUpgradesInPlaceLosingNothing() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("tributary-upgrade-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("replica.db").path
        var migrator = DatabaseMigrator()
        ChangeLogSchema.register(in: &migrator)

        // A changeLog.v1 file with what a replica holds: a field conflict with a paragraph longer than a WITHOUT
        // ROWID cell, a delete-against-edit conflict, a cleared field.
        let c = ChangeLogContract.change
        let base = c(1, "a", "s1", .section, "heading", "主要目标", [], [], nil)
        let mine = c(2, "a", "s1", .section, "heading", "主要目标与任务", [base.stamp], [], nil)
        let paragraph = String(repeating: "推进学前教育普及普惠，巩固义务教育优质均衡。", count: 40)
        let theirs = c(3, "b", "s1", .section, "heading", paragraph, [base.stamp], [], nil)
        let kept = c(4, "a", "s2", .section, "heading", "加强教师队伍建设", [], [], nil)
        let tombstone = c(5, "b", "s2", .section, Fields.deleted, Fields.yes, [], [kept.stamp], nil)
        let edit = c(6, "a", "s2", .section, "heading", "加强教师队伍建设（修订）", [kept.stamp], [], nil)
        let cleared = c(7, "a", "s3", .section, "body", nil, [], [], nil)
        var before: [String: [[DatabaseValue]]] = [:]
        do {
            let queue = try DatabaseQueue(path: path)
            try queue.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA application_id = \(StoreFile.Kind.replica.applicationID)")
            }
            try migrator.migrate(queue, upTo: "changeLog.v1")
            try queue.write { db in
                // Today's apply path keeps a field's single head in `field_value` alone (`changeLog.v4`) and reads
                // heads through a view: a temporary one stands in while it writes, then every single head is put
                // back into `head`, as version 1 kept it.
                try db.execute(sql: """
                    CREATE TEMP VIEW field_head (entity, field, stamp) AS
                        SELECT entity, field, stamp FROM head UNION ALL
                        SELECT f.entity, f.field, f.stamp FROM field_value f
                        WHERE NOT EXISTS (SELECT 1 FROM head h WHERE h.entity = f.entity AND h.field = f.field)
                    """)
                var log = SQLiteChangeLog(db)
                _ = try log.apply([base, mine, kept, cleared])
                _ = try log.apply([theirs, tombstone, edit])
                #expect(try log.conflicts(plan: "p1").count == 2)
                try db.execute(sql: """
                    INSERT INTO head (entity, field, stamp) SELECT entity, field, stamp FROM field_value f
                    WHERE NOT EXISTS (SELECT 1 FROM head h WHERE h.entity = f.entity AND h.field = f.field);
                    DROP VIEW temp.field_head;
                    """)
                before = try Self.dump(db)
            }
            try queue.close()
        }
        #expect(before["field_value"]?.count == 4 && before["conflict"]?.count == 2)

        let pool = try StoreFile.open(path: path, kind: .replica, migrator: migrator, create: false)
        try pool.write { db in
            #expect(try migrator.appliedIdentifiers(db).contains("changeLog.v2"))
            #expect(try Self.dump(db, viewOfHeads: true) == before)
            // changeLog.v4: `head` keeps only the field with several heads (s1's heading), both of its heads.
            #expect(try migrator.appliedIdentifiers(db).contains("changeLog.v4"))
            #expect(try Row.fetchAll(db, sql: "SELECT entity, field FROM head").map { "\($0[0] as String) \($0[1] as String)" }
                    == ["s1 heading", "s1 heading"])
            #expect(try ChangeLogCheck.sqlite(db).isEmpty)
            // changeLog.v3: a plan's entities of one kind are found by index.
            #expect(try migrator.appliedIdentifiers(db).contains("changeLog.v3"))
            let plan = try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN SELECT id FROM entity WHERE plan = 'p1' AND kind = 'section'")
                .map { $0["detail"] as String }
            #expect(plan.contains { $0.contains("entity_plan_kind") }, "\(plan)")
            // It replaced the plan index, and serves a plan's reads without a kind as well.
            let planOnly = try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN SELECT id FROM entity WHERE plan = 'p1'").map { $0["detail"] as String }
            #expect(planOnly.contains { $0.contains("entity_plan_kind") }, "\(planOnly)")
            #expect(try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'entity'")
                .contains("entity_plan") == false)
            // A rowid table now (a WITHOUT ROWID table has no rowid to select).
            #expect(try Int.fetchAll(db, sql: "SELECT rowid FROM field_value").count == 4)
            #expect(try db.foreignKeyViolations().next() == nil)
            var log = SQLiteChangeLog(db)
            #expect(try log.state(of: "s1")?["heading"] == paragraph)
            #expect(try log.conflict(entity: "s1", field: "heading")?.base?.value == "主要目标")
            // The upgraded file goes on applying: a resolution closes the field conflict.
            let merged = c(8, "c", "s1", .section, "heading", "主要目标与任务（合并）", [mine.stamp, theirs.stamp], [], .merged)
            let summary = try log.apply([merged])
            #expect(summary.conflictsClosed == 1)
            #expect(try log.state(of: "s1")?["heading"] == "主要目标与任务（合并）")
            #expect(try log.conflicts(plan: "p1").map(\.entity) == ["s2"])
        }
    }
}
