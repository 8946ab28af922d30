import Foundation
import GRDB
import Shared
import SharedStore
import Testing
@testable import ClientCore

/// Replica files made by every released schema (`Tests/Fixtures/replicas/replica.vN.sqlite`, N = the last replica
/// migration that release had) open in today's client after its named migrations, losing nothing, and pass
/// `check`. A file from a newer client is refused and left as it was.
///
/// The fixtures are committed files. `TRIBUTARY_WRITE_FIXTURES=1 swift test --filter writeFixtures` rewrote them once:
/// a replica with plans, a conflict, queued, refused and discarded changes is made by the client of the newest
/// schema, then copied into files migrated only up to each older schema (the migrations are frozen, so such a file
/// is byte for byte what that release wrote), keeping the columns that release had. Files of releases before tokens
/// left the replica file keep a token in `meta`, as those releases did. A later schema adds its fixture the same way.
struct ReplicaFileFixtureTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/replicas")
    static let released = ["replica.v1", "replica.v2", "replica.v3", "replica.v4", "replica.v5"]
    static let legacyToken = "tok-legacy-0123456789abcdef"

    /// What every fixture holds, written beside them (`manifest.json`).
    struct Manifest: Codable {
        var replicaID: String
        var changes: Int
        var entities: Int
        var plans: Int
        var outbox: Int
        var conflicts: Int
        var refused: Int
        var discarded: Int
    }

    @Test(.enabled(if: ProcessInfo.processInfo.environment["TRIBUTARY_WRITE_FIXTURES"] != nil))
    func writeFixtures() throws {
        let scratch = Scratch()
        let credentials = CredentialStore(directory: scratch.path("credentials"))
        let a = try Replica.create(at: scratch.path("a.db"), office: county, user: "zhaozhou-editor", credentials: credentials)
        let b = try Replica.create(at: scratch.path("b.db"), office: county, user: "zhaozhou-editor", credentials: credentials)
        let (plan, indicator, task) = try a.edit { s -> (String, String, String) in
            let plan = try s.createPlan(title: "肇州县2025年教育工作计划", period: "2025", kind: "annual")
            let goals = try s.addSection(plan: plan, parent: nil, heading: "主要目标", body: "到2025年，全县学前三年毛入园率达到97%。\n第二段。")
            let indicator = try s.addIndicator(plan: plan, section: goals, fields: ["name": "学前三年毛入园率", "value": "97", "unit": "%",
                                                                                   "comparator": "ge", "year": "2025"])
            let task = try s.addTask(plan: plan, section: goals, fields: ["title": "义务教育优质均衡达标迎检", "due": "2025-06", "lead": "县教育局"])
            let extra = try s.addTask(plan: plan, section: goals, fields: ["title": "临时任务"])
            try s.delete(extra)
            return (plan, indicator, task)
        }
        _ = try b.importChanges(from: a)
        // Concurrent edits of one field: a conflict on both replicas.
        try a.edit { try $0.set(indicator, "value", "98") }
        try b.edit { try $0.set(indicator, "value", "96") }
        _ = try a.importChanges(from: b)
        // One change the server refused (set aside, with its reason in both languages), one discarded.
        try a.edit { try $0.set(task, "status", "inProgress") }
        let refused = try #require(try a.outbox(limit: 1000).last)
        try a.setAside([ChangeResult(id: refused.stamp, status: .rejected, reason: "change \(refused.stamp) is refused by the test",
                                     reasonZh: "修改 \(refused.stamp) 被测试拒绝")], atMs: 1_767_225_600_000)
        try a.edit { try $0.set(task, "detail", "待撤回的修改") }
        let toDiscard = try #require(try a.outbox(limit: 1000).last)
        try a.setAside([ChangeResult(id: toDiscard.stamp, status: .rejected, reason: "refused", reasonZh: "被拒绝")], atMs: 1_767_225_600_000)
        _ = try a.discardRefused([toDiscard.stamp])
        try a.pool.write { db in
            try db.execute(sql: "INSERT OR REPLACE INTO meta (key, value) VALUES ('serverURL', 'http://127.0.0.1:8080'), ('cursor', '42')")
        }
        _ = plan
        let report = try a.check()
        #expect(report.healthy, "\(report.problems)")
        let status = try a.status()
        let manifest = Manifest(replicaID: a.replicaID, changes: report.changes, entities: report.entities, plans: status.plans,
                                outbox: status.unsyncedChanges, conflicts: status.openConflicts, refused: status.refusedChanges,
                                discarded: try a.discardedChanges().count)
        try a.pool.writeWithoutTransaction { try $0.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }

        try FileManager.default.createDirectory(at: Self.folder, withIntermediateDirectories: true)
        for (index, last) in Self.released.enumerated() {
            let target = Self.folder.appendingPathComponent("\(last).sqlite").path
            try? FileManager.default.removeItem(atPath: target)
            let queue = try DatabaseQueue(path: target)
            try queue.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA application_id = \(StoreFile.Kind.replica.applicationID)")
            }
            try ReplicaSchema.migrator.migrate(queue, upTo: last)
            try queue.writeWithoutTransaction { db in
                try db.execute(sql: "ATTACH DATABASE ? AS source", arguments: [scratch.path("a.db")])
                try db.inTransaction {
                    for table in try String.fetchAll(db, sql: "SELECT name FROM main.sqlite_master WHERE type = 'table' AND name NOT LIKE 'grdb_%' AND name NOT LIKE 'sqlite_%'") {
                        let columns = try Row.fetchAll(db, sql: "PRAGMA main.table_info(\(table))").map { $0["name"] as String }
                        let list = columns.joined(separator: ", ")
                        try db.execute(sql: "INSERT INTO main.\(table) (\(list)) SELECT \(list) FROM source.\(table)")
                    }
                    // Before refusals were set aside (replica.v3), a refused change simply stayed in the outbox.
                    if index < 2 { try db.execute(sql: "INSERT INTO main.outbox (stamp) SELECT stamp FROM source.refused") }
                    // Before tokens moved out of the file, the replica kept its token in meta.
                    if index < Self.released.count - 1 {
                        try db.execute(sql: "INSERT INTO meta (key, value) VALUES ('token', ?)", arguments: [Self.legacyToken])
                    }
                    return .commit
                }
                try db.execute(sql: "DETACH DATABASE source")
                try db.execute(sql: "VACUUM")
            }
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        try encoder.encode(manifest).write(to: Self.folder.appendingPathComponent("manifest.json"))
    }

    static func manifest() throws -> Manifest {
        try JSONDecoder().decode(Manifest.self, from: Data(contentsOf: folder.appendingPathComponent("manifest.json")))
    }

    @Test(arguments: released)
    func aFileOfAnEarlierReleaseOpensAfterItsMigrationsLosingNothing(schema: String) throws {
        let expected = try Self.manifest()
        let scratch = Scratch()
        let path = scratch.path("old.sqlite")
        try FileManager.default.copyItem(atPath: Self.folder.appendingPathComponent("\(schema).sqlite").path, toPath: path)
        let credentials = CredentialStore(directory: scratch.path("credentials"))
        let replica = try Replica.open(at: path, credentials: credentials)
        let applied = try replica.pool.read { try String.fetchAll($0, sql: "SELECT identifier FROM grdb_migrations") }
        #expect(Set(applied).isSuperset(of: Self.released), "every named migration ran: \(applied)")
        #expect(replica.replicaID == expected.replicaID)
        let report = try replica.check()
        #expect(report.healthy, "\(report.problems)")
        #expect(report.changes == expected.changes && report.entities == expected.entities)
        let status = try replica.status()
        let release = Self.released.firstIndex(of: schema)!
        #expect(status.plans == expected.plans && status.openConflicts == expected.conflicts)
        #expect(status.unsyncedChanges == expected.outbox + (release < 2 ? expected.refused : 0), "\(status)")
        #expect(try replica.cursor() == 42 && (try replica.serverURL()) == "http://127.0.0.1:8080")
        // Refused changes were kept from replica.v3 on, discarded ones from v4; v5 added the Chinese reason.
        #expect(status.refusedChanges == (release >= 2 ? expected.refused : 0))
        #expect(try replica.discardedChanges().count == (release >= 3 ? expected.discarded : 0))
        if release >= 4 { #expect(try replica.refusedChanges().first?.reasonZh?.contains("被测试拒绝") == true) }
        // A token an older release kept in the file is now in the credentials folder, and gone from the file.
        if release < Self.released.count - 1 {
            #expect(try credentials.token(for: replica.replicaID) == Self.legacyToken)
            #expect(try replica.pool.read { try String.fetchOne($0, sql: "SELECT value FROM meta WHERE key = 'token'") } == nil)
        }
        // replica.v6: an upgraded file's plans start with their stored section titles marked out of date; brought
        // up to date they agree with the outline (`check`, below).
        #expect(try replica.staleOutlinePlans().isSuperset(of: try replica.plans().map(\.id)))
        try replica.refreshOutlineTitles()
        #expect(try replica.staleOutlinePlans().isEmpty)
        // replica.v7: the server's (office, seq) and replaced(by) indexes are gone from the replica; the others stay.
        let indexes = try replica.pool.read {
            try Set(String.fetchAll($0, sql: "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name IN ('change', 'replaced') AND sql IS NOT NULL"))
        }
        #expect(indexes == ["change_field"], "\(indexes)")
        // The outline reads as before, and the replica keeps working: an edit, then a second open.
        let plan = try #require(try replica.plans().first)
        let document = try #require(try replica.document(plan: plan.id))
        #expect(document.indicators.contains { $0["name"] == "学前三年毛入园率" })
        try replica.edit { try $0.set(plan.id, "title", "肇州县2025年教育工作计划（修订）") }
        #expect(try Replica.open(at: path, credentials: credentials).check().healthy)
    }

    @Test func aFileOfANewerClientIsRefusedAndLeftAlone() throws {
        let scratch = Scratch()
        let path = scratch.path("newer.sqlite")
        try FileManager.default.copyItem(atPath: Self.folder.appendingPathComponent("\(Self.released.last!).sqlite").path, toPath: path)
        try DatabaseQueue(path: path).write { try $0.execute(sql: "INSERT INTO grdb_migrations VALUES ('replica.v99')") }
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect {
            try Replica.open(at: path, credentials: CredentialStore(directory: scratch.path("credentials")))
        } throws: { error in
            guard case ReplicaError.file(.newerSchema(_, let unknown))? = error as? ReplicaError else { return false }
            return unknown == ["replica.v99"] && (error as? ReplicaError)?.message(.chinese).contains("更新版本") == true
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }
}
