import Foundation
import GRDB
import Testing
@testable import ServerApp

/// Group commit on its own: pushes queued behind the writer share a transaction, and one that fails rolls back alone.
struct PushGroupTests {
    @Test func queuedWorkSharesATransactionAndAFailureRollsBackAlone() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tributary-group-" + UUID().uuidString).path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let pool = try DatabasePool(path: folder + "/g.sqlite")
        try await pool.write { db in try db.execute(sql: "CREATE TABLE t (n INTEGER PRIMARY KEY)") }
        struct Refused: Error {}
        let group = PushGroup<Int>(writer: pool)
        let results = await withTaskGroup(of: (Int, Bool).self) { tasks in
            for n in 0..<60 {
                tasks.addTask {
                    do {
                        return (n, try await group.submit { db in
                            try db.execute(sql: "INSERT INTO t (n) VALUES (?)", arguments: [n])
                            usleep(500)
                            if n % 7 == 0 { throw Refused() }
                            return n
                        } == n)
                    } catch {
                        return (n, false)
                    }
                }
            }
            return await tasks.reduce(into: [:]) { $0[$1.0] = $1.1 }
        }
        #expect(results.count == 60)
        for (n, ok) in results { #expect(ok == (n % 7 != 0), "job \(n)") }
        let stored = try await pool.read { db in try Int.fetchAll(db, sql: "SELECT n FROM t ORDER BY n") }
        #expect(stored == (0..<60).filter { $0 % 7 != 0 })
        #expect(group.transactions < 60, "queued work shared transactions: \(group.transactions)")
    }
}
