import Foundation
import GRDB
import Shared
import SharedStore

extension Replica {
    /// Starts this replica again from a bootstrap after it slept past the server's horizon (a compaction removed
    /// history it had not pulled yet, so pulling on from its cursor would skip changes).
    ///
    /// Everything the replica holds from the server is replaced by the bootstrap: the bootstrap's current versions
    /// name versions the compaction removed, and applied on top of the old history they would leave older versions
    /// looking current (false conflicts) and purged entities behind. What the server does not hold is kept: every
    /// change still in the outbox (the caller pushed it first, so normally nothing) and every change set aside as
    /// refused, with its reason, so that nothing made offline is lost. They are applied after the bootstrap, so they
    /// meet the newer values the way they will on the server: as conflicts where they compete with them.
    ///
    /// `changes` is the bootstrap's first page; later pages are applied as pulled changes. The cursor moves only with
    /// the last page (`cursor` is nil before it): an interrupted start leaves the cursor below the horizon, so the next
    /// sync starts again from a bootstrap, and the outbox and the refused changes were kept in this transaction.
    func rebootstrap(_ changes: [Change], cursor: Int64?, offices: [Office]) throws {
        try pool.write { db in
            let kept = try Row.fetchAll(db, sql: """
                SELECT \(Change.columns(qualifiedBy: "c")) FROM change c
                WHERE c.stamp IN (SELECT stamp FROM outbox UNION SELECT stamp FROM refused) ORDER BY c.stamp
                """).map(Change.init(row:))
            let outbox = try String.fetchAll(db, sql: "SELECT stamp FROM outbox")
            let refused = try Row.fetchAll(db, sql: "SELECT stamp, reason, refused_ms, reason_zh FROM refused")
            try db.execute(sql: """
                DELETE FROM outbox; DELETE FROM refused;
                DELETE FROM conflict; DELETE FROM field_value; DELETE FROM head; DELETE FROM replaced;
                DELETE FROM change; DELETE FROM entity;
                """)
            var log = SQLiteChangeLog(db)
            _ = try log.apply(changes)
            _ = try log.apply(kept)
            for stamp in outbox { try db.execute(sql: "INSERT INTO outbox (stamp) VALUES (?)", arguments: [stamp]) }
            for row in refused {
                try db.execute(sql: "INSERT INTO refused (stamp, reason, refused_ms, reason_zh) VALUES (?, ?, ?, ?)",
                               arguments: [row[0] as String, row[1] as String, row[2] as Int64, row[3] as String?])
            }
            if let latest = (changes + kept).map(\.stamp).max() {
                var clock = try Self.loadClock(db, replica: replicaID)
                clock.observe(latest)
                try Self.saveClock(db, clock)
            }
            if let cursor { try Self.setMeta(db, .cursor, String(cursor)) }
        }
        try saveOffices(offices)
    }
}
