import Foundation
import GRDB
import Testing
import Shared
@testable import SharedStore

/// `ChangeLog.withdraw`, for both stores: after withdrawing a change, a log equals a log of the same kind that never
/// received it (nor the changes built on it), in values, heads, history, conflicts and entities.
struct ChangeLogWithdrawContract {
    typealias C = ChangeLogContract

    /// Runs `body` with two fresh stores of each implementation: the one that withdraws and the one that never knew.
    static func withEachStorePair(_ body: (inout any ChangeLog, inout any ChangeLog) throws -> Void) throws {
        var a: any ChangeLog = MemoryChangeLog(), b: any ChangeLog = MemoryChangeLog()
        try body(&a, &b)
        func queue() throws -> DatabaseQueue {
            let queue = try DatabaseQueue()
            var migrator = DatabaseMigrator()
            ChangeLogSchema.register(in: &migrator)
            try migrator.migrate(queue)
            return queue
        }
        let first = try queue(), second = try queue()
        try first.write { dbA in
            try second.write { dbB in
                var a: any ChangeLog = SQLiteChangeLog(dbA), b: any ChangeLog = SQLiteChangeLog(dbB)
                try body(&a, &b)
            }
        }
    }

    /// Everything a reader can see of plan p1 and of the named entities' fields.
    struct View: Equatable {
        var states: [EntityState]
        var conflicts: [ConflictRecord]
        var plans: [EntityState]
        var fields: [String: [String?]]
        var keys: [String: String]
    }

    static func view(_ log: any ChangeLog, entities: [String] = ["s1", "s2", "i1"],
                     fields: [String] = ["heading", "body", Fields.deleted, "value", "status"]) throws -> View {
        var perField: [String: [String?]] = [:]
        var keys: [String: String] = [:]
        for entity in entities {
            keys[entity] = try log.entityKey(entity).map { "\($0.kind.rawValue)/\($0.plan)/\($0.office)" } ?? "none"
            for field in fields {
                let heads = try log.heads(entity: entity, field: field).sorted { $0.stamp < $1.stamp }
                let history = try log.history(entity: entity, field: field)
                perField[entity + "." + field] = heads.map { "head " + $0.stamp.description + "=" + ($0.value ?? "∅") }
                    + history.map { "seen " + $0.stamp.description }
            }
        }
        return View(states: try log.states(plan: "p1"), conflicts: try log.conflicts(plan: nil), plans: try log.plans(),
                    fields: perField, keys: keys)
    }

    /// Applies `all` to one store and withdraws `withdraw` from it; applies `all` minus `expectGone` to the other;
    /// both must look the same, and the withdrawn changes are returned in stamp order.
    static func check(all: [Change], withdraw: [Stamp], expectGone: [Change]) throws {
        try Self.withEachStorePair { log, never in
            for change in all { _ = try log.apply([change]) }
            let gone = Set(expectGone.map(\.stamp))
            for change in all where !gone.contains(change.stamp) { _ = try never.apply([change]) }
            let removed = try log.withdraw(withdraw)
            #expect(removed == expectGone.sorted { $0.stamp < $1.stamp })
            #expect(try view(log) == view(never))
            for change in expectGone { #expect(try log.change(change.stamp) == nil) }
            // The withdrawn changes can be received again: everything comes back as it was.
            _ = try log.apply(expectGone)
            for change in expectGone { _ = try never.apply([change]) }
            #expect(try view(log) == view(never))
        }
    }

    @Test func aWithdrawnEditGivesBackTheValueItReplaced() throws {
        let base = C.change(1, "a", value: "主要目标")
        let refused = C.change(2, "a", value: "主要目标（已通过）", replaces: [base.stamp])
        let other = C.change(3, "b", entity: "s2", value: "保障措施")
        try Self.check(all: [base, refused, other], withdraw: [refused.stamp], expectGone: [refused])
    }

    @Test func changesBuiltOnAWithdrawnChangeGoWithIt() throws {
        let base = C.change(1, "a", value: "一")
        let refused = C.change(2, "a", value: "二", replaces: [base.stamp])
        let later = C.change(3, "a", value: "三", replaces: [refused.stamp])
        let latest = C.change(4, "a", value: "四", replaces: [later.stamp])
        let body = C.change(5, "a", field: "body", value: "正文")
        try Self.check(all: [base, refused, later, latest, body], withdraw: [refused.stamp], expectGone: [refused, later, latest])
    }

    @Test func withdrawingOneSideOfAConflictClosesIt() throws {
        let base = C.change(1, "a", value: "主要目标")
        let mine = C.change(2, "a", value: "主要目标与任务", replaces: [base.stamp])
        let theirs = C.change(3, "b", value: "发展目标", replaces: [base.stamp])
        try Self.check(all: [base, mine, theirs], withdraw: [mine.stamp], expectGone: [mine])
        try Self.withEachStorePair { log, _ in
            _ = try log.apply([base, mine, theirs])
            #expect(try log.conflicts(plan: nil).count == 1)
            _ = try log.withdraw([mine.stamp])
            #expect(try log.conflicts(plan: nil).isEmpty)
            #expect(try log.state(of: "s1")?["heading"] == "发展目标")
        }
    }

    @Test func withdrawingAResolutionReopensTheConflict() throws {
        let base = C.change(1, "a", value: "主要目标")
        let mine = C.change(2, "a", value: "主要目标与任务", replaces: [base.stamp])
        let theirs = C.change(3, "b", value: "发展目标", replaces: [base.stamp])
        let resolution = C.change(4, "a", value: "发展目标", replaces: [mine.stamp, theirs.stamp], resolution: .takeLoser)
        try Self.check(all: [base, mine, theirs, resolution], withdraw: [resolution.stamp], expectGone: [resolution])
        try Self.withEachStorePair { log, _ in
            _ = try log.apply([base, mine, theirs, resolution])
            _ = try log.withdraw([resolution.stamp])
            #expect(try log.conflict(entity: "s1", field: "heading")?.contenders.map(\.value) == ["发展目标", "主要目标与任务"])
        }
    }

    @Test func aVersionStillReplacedByAnotherChangeStaysReplaced() throws {
        let base = C.change(1, "a", value: "一")
        let refused = C.change(2, "a", value: "二", replaces: [base.stamp])
        let theirs = C.change(3, "b", value: "三", replaces: [base.stamp])
        try Self.check(all: [base, refused, theirs], withdraw: [refused.stamp], expectGone: [refused])
    }

    @Test func aWithdrawnDeleteTakesItsConflictAway() throws {
        let heading = C.change(1, "a", value: "学前教育")
        let tombstone = C.change(2, "a", field: Fields.deleted, value: Fields.yes, observed: [heading.stamp])
        let edit = C.change(3, "b", value: "学前教育普及普惠", replaces: [heading.stamp])
        try Self.check(all: [heading, tombstone, edit], withdraw: [tombstone.stamp], expectGone: [tombstone])
        try Self.withEachStorePair { log, _ in
            _ = try log.apply([heading, tombstone, edit])
            #expect(try log.conflicts(plan: nil).count == 1)
            _ = try log.withdraw([tombstone.stamp])
            #expect(try log.conflicts(plan: nil).isEmpty && log.state(of: "s1")?.isDeleted == false)
        }
    }

    @Test func anEntityLeftWithoutChangesIsDropped() throws {
        let plan = C.change(1, "a", entity: "p1", kind: .plan, field: "title", value: "计划")
        let status = C.change(2, "a", entity: "i1", kind: .indicator, field: "value", value: "97")
        let name = C.change(3, "a", entity: "i1", kind: .indicator, field: "status", value: "x")
        try Self.check(all: [plan, status, name], withdraw: [status.stamp, name.stamp], expectGone: [status, name])
        try Self.withEachStorePair { log, _ in
            _ = try log.apply([plan, status, name])
            _ = try log.withdraw([status.stamp, name.stamp])
            #expect(try log.entityKey("i1") == nil && log.state(of: "i1") == nil)
            #expect(try log.states(plan: "p1").map(\.id) == ["p1"])
        }
    }

    @Test func withdrawingWhatIsNotHeldChangesNothing() throws {
        let base = C.change(1, "a", value: "一")
        let unknown = C.change(9, "z", value: "无")
        try Self.check(all: [base], withdraw: [unknown.stamp], expectGone: [])
    }
}

/// Random histories: whatever is withdrawn, the log equals one that never received it nor what was built on it.
struct ChangeLogWithdrawProperties {
    /// A small deterministic generator (xorshift), so a failing seed can be replayed.
    struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            return Int(state % UInt64(bound))
        }
    }

    /// Changes by three replicas over two entities and two fields plus deletes; each replaces some of the heads its
    /// writer could see (a random subset of the changes of that field made so far, as concurrent writers would).
    static func history(seed: UInt64, count: Int = 24) -> [Change] {
        var random = Generator(state: seed)
        var changes: [Change] = []
        for index in 0..<count {
            let entity = ["s1", "s2"][random.next(2)]
            let replica = ["a", "b", "c"][random.next(3)]
            let field = random.next(6) == 0 ? Fields.deleted : ["heading", "body"][random.next(2)]
            let sameField = changes.filter { $0.entity == entity && $0.field == field }
            let replaces = sameField.isEmpty ? [] : Array(Set((0..<random.next(3)).map { _ in sameField[random.next(sameField.count)].stamp })).sorted()
            let value: String = field == Fields.deleted ? (random.next(2) == 0 ? Fields.yes : Fields.no) : ["甲", "乙", "丙"][random.next(3)]
            let observed = field == Fields.deleted && value == Fields.yes
                ? changes.filter { $0.entity == entity && $0.field != Fields.deleted }.suffix(2).map(\.stamp) : []
            changes.append(Change(stamp: Stamp(ms: Int64(index + 1), counter: 0, replica: replica), kind: .section, entity: entity,
                                  plan: "p1", office: "zhaozhou", field: field, value: value, replaces: replaces,
                                  observed: observed, author: "user-" + replica))
        }
        return changes
    }

    /// The changes that (transitively) replace any of `roots`, and the roots: computed here independently.
    static func closure(of roots: Set<Stamp>, in changes: [Change]) -> Set<Stamp> {
        var result = roots
        var grew = true
        while grew {
            grew = false
            for change in changes where !result.contains(change.stamp) && change.replaces.contains(where: result.contains) {
                result.insert(change.stamp)
                grew = true
            }
        }
        return result
    }

    @Test(arguments: 1...25)
    func withdrawingAnythingEqualsNeverReceivingIt(seed: Int) throws {
        let changes = Self.history(seed: UInt64(seed) &* 0x9E37_79B9_7F4A_7C15 | 1)
        var random = Generator(state: UInt64(seed) &* 31 | 1)
        let roots = Set((0..<(1 + random.next(2))).map { _ in changes[random.next(changes.count)].stamp })
        let gone = Self.closure(of: roots, in: changes)
        try ChangeLogWithdrawContract.withEachStorePair { log, never in
            _ = try log.apply(changes)
            _ = try never.apply(changes.filter { !gone.contains($0.stamp) })
            let removed = try log.withdraw(Array(roots))
            #expect(Set(removed.map(\.stamp)) == gone)
            #expect(try ChangeLogWithdrawContract.view(log) == ChangeLogWithdrawContract.view(never), "seed \(seed)")
        }
    }
}
