import Foundation
import GRDB
import Shared
import SharedStore

/// The write policy a replica applies to its own edits: the server's (`ChangeVetting`, `AccessPolicy`,
/// `SubmissionWorkflow`), run with the person the replica was attached as, so that an edit the server would refuse
/// is refused now, offline, with the same reason, instead of days later at sync.
extension Replica {
    /// Who edits through this replica: its user and office, with the role the server reported at attach; before
    /// attaching, the role the office implies (a county's staff edit, a city's staff review).
    func principal(_ db: Database) throws -> Principal {
        let recorded = try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = ?", arguments: [MetaKey.role.rawValue])
        let role = recorded.flatMap(Role.init(rawValue:)) ?? (office.level == .city ? .cityReviewer : .countyEditor)
        return Principal(user: user, role: role, office: office)
    }

    public func principal() throws -> Principal { try pool.read { try principal($0) } }

    /// The offices this replica knows (its own, and the visible ones once attached): the policy's registry.
    static func registry(_ db: Database) throws -> [Office] {
        try Row.fetchAll(db, sql: "SELECT id, name, level, parent FROM office ORDER BY id").compactMap {
            guard let level = Office.Level(rawValue: $0[2]) else { return nil }
            return Office(id: $0[0], name: $0[1], level: level, parent: $0[3])
        }
    }

    /// Whether this replica's user may settle a conflict: the resolution is an ordinary write of the field, so the
    /// same policy decides (a city reviewer cannot resolve a conflict in a county's text; only the county can).
    public func mayResolve(_ conflict: ConflictRecord) throws -> Bool {
        try pool.read { db in Self.mayResolve(conflict, by: try principal(db), registry: try Self.registry(db)) }
    }

    static func mayResolve(_ conflict: ConflictRecord, by principal: Principal, registry: [Office]) -> Bool {
        AccessPolicy.writeProblem(kind: conflict.kind, field: conflict.field, value: conflict.winner.value, office: conflict.office,
                                  by: principal, officeOfChange: registry.first { $0.id == conflict.office }) == nil
    }

    /// Open conflicts this replica's user may resolve, and those only another office can.
    public func conflictsByResolver(plan: String? = nil) throws -> (mine: [ConflictRecord], others: [ConflictRecord]) {
        let principal = try self.principal()
        let registry = try offices()
        let all = try conflicts(plan: plan)
        return (all.filter { Self.mayResolve($0, by: principal, registry: registry) },
                all.filter { !Self.mayResolve($0, by: principal, registry: registry) })
    }
}

extension Replica {
    /// Checks changes copied from another replica's file (`exchange`) against the model before any is applied: a
    /// forged or corrupt file is refused whole, with the first reason and how many changes break the rules.
    func vetExchanged(_ changes: [Change]) throws {
        try pool.read { db in
            let log = SQLiteChangeLog(db)
            var vetting = ChangeVetting(log: log, writer: .exchange, registry: try Self.registry(db),
                                        nowMs: wallClock.nowMs(), drift: nil)
            let known = try log.changes(changes.map(\.stamp))
            try vetting.prefetchReferences(changes)
            var first: RuleViolation?
            var count = 0
            for change in changes where known[change.stamp] == nil {
                if let violation = try vetting.violation(for: change) {
                    count += 1
                    first = first ?? violation
                }
            }
            if let first {
                throw ReplicaError.refused(RuleViolation(first.code,
                    zh: "另一副本中有 \(count) 条修改不符合规则，未导入任何修改。第一条：\(first.chinese)",
                    en: "\(count) changes of the other replica break the model's rules; nothing was imported. First: \(first.english)"))
            }
        }
    }
}

extension Replica {
    /// The fields of an entity that have any history, in name order.
    public func fieldsWithHistory(entity: String) throws -> [String] {
        try pool.read { db in
            try String.fetchAll(db, sql: "SELECT DISTINCT field FROM change WHERE entity = ? ORDER BY field", arguments: [entity])
        }
    }
}
