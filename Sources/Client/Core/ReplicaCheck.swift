import Foundation
import GRDB
import Shared
import SharedStore

/// What `tributary check` reports: the file, what it holds, and every problem found.
public struct ReplicaCheckReport: Codable, Sendable {
    public var path: String
    public var changes: Int
    public var entities: Int
    public var problems: [StoreProblem]
    public var healthy: Bool { problems.isEmpty }
}

extension Replica {
    /// SQLite's integrity and foreign-key checks, the change store's invariants (`ChangeLogCheck`) and the replica's
    /// own bookkeeping: every queued, refused or set-aside change is in the log, and the meta table names the replica.
    /// Read-only: a damaged file is reported, never repaired behind the person's back.
    public func check() throws -> ReplicaCheckReport {
        try pool.read { db in
            var problems = try ChangeLogCheck.sqlite(db)
            // The model checks read every table; on a file SQLite already calls damaged they could fail midway, so
            // they run only when the pages are sound.
            if !problems.contains(where: { $0.kind == .integrity }) {
                problems += try ChangeLogCheck.model(SQLiteChangeLog(db), fields: try ChangeLogCheck.fields(db))
                var orphans: [String] = []
                for table in ["outbox", "refused"] {
                    orphans += try String.fetchAll(db, sql: """
                        SELECT t.stamp FROM \(table) t WHERE NOT EXISTS (SELECT 1 FROM change c WHERE c.stamp = t.stamp)
                        """).map { "\(table) \($0)" }
                }
                orphans += try Self.outlineTitleProblems(db)
                let meta = Set(try String.fetchAll(db, sql: "SELECT key FROM meta"))
                for key in [MetaKey.replicaID, .office, .user, .cursor] where !meta.contains(key.rawValue) {
                    orphans.append("meta \(key.rawValue)")
                }
                if !orphans.isEmpty {
                    problems.append(StoreProblem(.bookkeeping, zh: "待上传、被拒绝的修改或副本信息不完整",
                                                 en: "queued or refused changes, or the replica's own details, are incomplete",
                                                 count: orphans.count, examples: orphans))
                }
            }
            return ReplicaCheckReport(path: path, changes: try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM change") ?? 0,
                                      entities: try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM entity") ?? 0, problems: problems)
        }
    }
}

/// A read that failed because the file is damaged (SQLite reports it corrupt, or no longer a database): worded so
/// that a person knows to run `tributary check` and restore a copy, instead of seeing an SQLite error code.
public enum DamagedFile {
    public static func phrase(for error: Error) -> Phrase? {
        guard let error = error as? DatabaseError,
              error.resultCode == .SQLITE_CORRUPT || error.resultCode == .SQLITE_NOTADB else { return nil }
        return Phrase("副本文件已损坏（\(error.message ?? "SQLite 报告损坏")），读不出可信的内容。运行 tributary check 查看详情；请用备份或从服务器重新连接（tributary init + attach）恢复，损坏的文件未做任何改动。",
                      "The replica file is damaged (\(error.message ?? "SQLite reports corruption")); nothing it says can be trusted. Run tributary check for details; restore a copy, or attach a new replica to the server (tributary init + attach). The damaged file was not changed.")
    }
}

extension Replica {
    /// The stored section titles of every plan not marked stale, against the same titles computed afresh: a
    /// difference means a write changed a title without marking its plan (`Replica+OutlineTitles`).
    static func outlineTitleProblems(_ db: Database) throws -> [String] {
        let stale = Set(try String.fetchAll(db, sql: "SELECT plan FROM outline_stale"))
        var problems: [String] = []
        for plan in try String.fetchAll(db, sql: "SELECT DISTINCT plan FROM entity ORDER BY plan") where !stale.contains(plan) {
            let expected = try OutlineTitleStore.computed(plan: plan, db), stored = try OutlineTitleStore.stored(plan: plan, db)
            let same = expected.count == stored.count && expected.allSatisfy { key, row in
                stored[key].map { $0.parent == row.parent && $0.title == row.title } ?? false
            }
            if !same { problems.append("outline_title \(plan)") }
        }
        return problems
    }
}
