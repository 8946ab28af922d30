import Foundation
import SharedStore
import Testing
import Shared
@testable import ClientCore

/// A scratch folder for replica files: in /dev/shm when the machine has it (no fsync cost), else the temp dir.
final class Scratch: @unchecked Sendable {
    let url: URL
    init() {
        let base = FileManager.default.fileExists(atPath: "/dev/shm") ? URL(fileURLWithPath: "/dev/shm")
            : FileManager.default.temporaryDirectory
        url = base.appendingPathComponent("tributary-test-" + UUID().uuidString)
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }
    func path(_ name: String) -> String { url.appendingPathComponent(name).path }
    deinit { try? FileManager.default.removeItem(at: url) }
}

let county = Office(id: "zhaozhou", name: "肇州县教育局", level: .county, parent: "daqing")

extension Replica {
    /// Writes a field as a client of an earlier version (or a tampered one) could have, past today's edit-time
    /// checks: stamped by this replica's clock, replacing the field's heads, applied, and queued for upload. For
    /// tests of what happens when the server refuses such a change, or when old data breaks today's rules.
    func writeUnchecked(_ key: EntityKey, _ field: String, _ value: String?) throws {
        try pool.write { db in
            var clock = try Replica.loadClock(db, replica: replicaID)
            var log = SQLiteChangeLog(db)
            let stamp = clock.tick(physicalMs: wallClock.nowMs())
            let heads = try log.heads(entity: key.id, field: field)
            let change = Change(stamp: stamp, kind: key.kind, entity: key.id, plan: key.plan, office: key.office, field: field,
                                value: value, replaces: MergeRule.replacesForEdit(heads: heads, replica: replicaID), author: user)
            _ = try log.apply([change])
            try db.execute(sql: "INSERT INTO outbox (stamp) VALUES (?)", arguments: [stamp.description])
            try Replica.saveClock(db, clock)
        }
    }

    func writeUnchecked(_ entity: String, _ field: String, _ value: String?) throws {
        let key = try #require(try read { try $0.entityKey(entity) })
        try writeUnchecked(key, field, value)
    }
}
