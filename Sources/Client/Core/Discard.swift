import Foundation
import GRDB
import Shared
import SharedStore

/// A local change taken back out of the replica (`tributary outbox discard`), kept in full with the server's reason.
public struct DiscardedChange: Codable, Sendable, Equatable {
    public var change: Change
    /// The server's reason; nil for a change discarded only because it was built on a refused one.
    public var reason: String?
    public var refusedMs: Int64?
    public var discardedMs: Int64
    /// The refused change this one was built on (and discarded with); nil for a refused change discarded itself.
    public var because: Stamp?
}

/// What one discard did.
public struct DiscardReport: Codable, Sendable, Equatable {
    /// The refused changes asked for.
    public var refused: [DiscardedChange] = []
    /// Later local changes built on a discarded one (replacing it, or in a plan it created): their push would be
    /// refused, so they went with it.
    public var dependents: [DiscardedChange] = []
    public var openConflicts = 0
    public init() {}
}

public enum DiscardError: Error, Equatable, Sendable, CustomStringConvertible, LocalizedError, LocalizedMessage {
    /// Only refused changes are discarded; anything else may still reach the server.
    case notRefused([Stamp])

    public var description: String { message(.english) }

    public func message(_ tr: Localizer) -> String {
        switch self {
        case .notRefused(let stamps):
            let list = stamps.map(\.description).joined(separator: ", ")
            return tr("以下修改不在被拒绝列表中，未做任何改动：\(list)（见 tributary outbox list）",
                      "Not among the refused changes, nothing was changed: \(list) (see tributary outbox list)")
        }
    }

    public var errorDescription: String? { description }
}

extension Replica {
    /// Withdraws refused changes (all of them when `stamps` is nil) from the local merge, so that this replica shows
    /// what the server holds again: the versions they replaced come back, conflicts are decided afresh, and local
    /// changes built on them are withdrawn with them (their push would be refused too). Nothing is lost: every
    /// withdrawn change moves to the discarded list with its content and the reason. All or nothing.
    public func discardRefused(_ stamps: [Stamp]? = nil) throws -> DiscardReport {
        let now = wallClock.nowMs()
        return try pool.write { db in
            var refused: [Stamp: (reason: String, ms: Int64)] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT stamp, reason, refused_ms FROM refused") {
                if let stamp = Stamp(row[0] as String) { refused[stamp] = (reason: row[1] as String, ms: row[2] as Int64) }
            }
            let chosen = stamps ?? refused.keys.sorted()
            let unknown = chosen.filter { refused[$0] == nil }
            guard unknown.isEmpty else { throw DiscardError.notRefused(unknown) }
            guard !chosen.isEmpty else { return DiscardReport() }
            // The outbox and refused rows point at the changes being removed: check those references at commit.
            try db.execute(sql: "PRAGMA defer_foreign_keys = ON")
            var log = SQLiteChangeLog(db)
            var removed = try log.withdraw(chosen)
            // Local changes still waiting (or refused) in a plan that is now gone would be refused too ("names a plan
            // the server does not know"): they were built on the discarded plan, and go with it.
            while true {
                let orphans = try String.fetchAll(db, sql: """
                    SELECT c.stamp FROM change c
                    WHERE c.stamp IN (SELECT stamp FROM outbox UNION SELECT stamp FROM refused)
                    AND NOT EXISTS (SELECT 1 FROM entity e WHERE e.id = c.plan)
                    """).compactMap(Stamp.init)
                if orphans.isEmpty { break }
                removed += try log.withdraw(orphans)
            }
            removed.sort { $0.stamp < $1.stamp }
            let asked = Set(chosen)
            var report = DiscardReport()
            let insert = try db.cachedStatement(sql: """
                INSERT OR REPLACE INTO discarded (stamp, change, reason, refused_ms, discarded_ms, because)
                VALUES (?, ?, ?, ?, ?, ?)
                """)
            for change in removed {
                let own = refused[change.stamp]
                let because = asked.contains(change.stamp) ? nil
                    : Self.root(of: change, among: removed, asked: asked)
                        ?? removed.first { asked.contains($0.stamp) && $0.entity == change.plan }?.stamp
                let entry = DiscardedChange(change: change, reason: own?.reason, refusedMs: own?.ms, discardedMs: now,
                                            because: because)
                let json = String(decoding: try WireJSON.encoder().encode(change), as: UTF8.self)
                try insert.execute(arguments: [change.stamp.description, json, entry.reason, entry.refusedMs, now,
                                               because?.description])
                try db.execute(sql: "DELETE FROM refused WHERE stamp = ?", arguments: [change.stamp.description])
                try db.execute(sql: "DELETE FROM outbox WHERE stamp = ?", arguments: [change.stamp.description])
                if asked.contains(change.stamp) { report.refused.append(entry) } else { report.dependents.append(entry) }
            }
            report.openConflicts = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM conflict") ?? 0
            return report
        }
    }

    /// The asked-for change a dependent was (eventually) built on.
    static func root(of change: Change, among removed: [Change], asked: Set<Stamp>) -> Stamp? {
        let byStamp = Dictionary(removed.map { ($0.stamp, $0) }, uniquingKeysWith: { a, _ in a })
        var stack = change.replaces
        var seen = Set<Stamp>()
        while let stamp = stack.popLast() {
            if asked.contains(stamp) { return stamp }
            guard seen.insert(stamp).inserted, let parent = byStamp[stamp] else { continue }
            stack += parent.replaces
        }
        return nil
    }

    /// Every change discarded so far, oldest discard first.
    public func discardedChanges() throws -> [DiscardedChange] {
        try pool.read { db in
            try Row.fetchAll(db, sql: """
                SELECT change, reason, refused_ms, discarded_ms, because FROM discarded ORDER BY discarded_ms, stamp
                """).map { row in
                let change = try WireJSON.decoder().decode(Change.self, from: Data((row[0] as String).utf8))
                return DiscardedChange(change: change, reason: row[1], refusedMs: row[2], discardedMs: row[3],
                                       because: (row[4] as String?).flatMap(Stamp.init))
            }
        }
    }
}
