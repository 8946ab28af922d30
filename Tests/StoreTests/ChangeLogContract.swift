import Foundation
import GRDB
import Testing
import Shared
@testable import SharedStore

/// One contract for both change stores: the SQLite one (what replicas and the server run) and the in-memory one.
struct ChangeLogContract {
    /// Runs `body` against a fresh store of each implementation.
    static func withEachStore(_ body: (inout any ChangeLog) throws -> Void) throws {
        var memory: any ChangeLog = MemoryChangeLog()
        try body(&memory)
        let queue = try DatabaseQueue()
        var migrator = DatabaseMigrator()
        ChangeLogSchema.register(in: &migrator)
        try migrator.migrate(queue)
        try queue.write { db in
            var sqlite: any ChangeLog = SQLiteChangeLog(db)
            try body(&sqlite)
        }
    }

    static func change(_ ms: Int64, _ replica: String, entity: String = "s1", kind: EntityKind = .section,
                       field: String = "heading", value: String?, replaces: [Stamp] = [], observed: [Stamp] = [],
                       resolution: ResolutionKind? = nil) -> Change {
        Change(stamp: Stamp(ms: ms, counter: 0, replica: replica), kind: kind, entity: entity, plan: "p1",
               office: "zhaozhou", field: field, value: value, replaces: replaces, observed: observed,
               author: "user-" + replica, resolution: resolution)
    }

    @Test func aPlansEntitiesOfSomeKindsOnly() throws {
        try Self.withEachStore { log in
            _ = try log.apply([
                Self.change(1, "a", entity: "p1", kind: .plan, field: "title", value: "计划"),
                Self.change(2, "a", entity: "s1", value: "主要目标"),
                Self.change(3, "a", entity: "c1", kind: .comment, field: "body", value: "请补充指标"),
                Self.change(4, "a", entity: "c2", kind: .comment, field: "body", value: "已补充"),
            ])
            let comments = try log.states(plan: "p1", kinds: [.comment])
            #expect(comments.map(\.id) == ["c1", "c2"])
            #expect(comments.map { $0["body"] } == ["请补充指标", "已补充"])
            #expect(try log.states(plan: "p1", kinds: [.comment, .section]).map(\.id) == ["c1", "c2", "s1"])
            #expect(try log.states(plan: "p1", kinds: []).isEmpty)
            #expect(try log.states(plan: "other", kinds: [.comment]).isEmpty)
        }
    }

    /// An outline read: only the named fields, with their stamps, of every entity of the kinds asked for (one with
    /// none of the fields is listed with none); the same as filtering the whole states.
    @Test func aPlansEntitiesWithSomeFieldsOnly() throws {
        try Self.withEachStore { log in
            _ = try log.apply([
                Self.change(1, "a", entity: "p1", kind: .plan, field: "title", value: "计划"),
                Self.change(2, "a", entity: "s1", value: "主要目标"),
                Self.change(3, "a", entity: "s1", field: "body", value: "到2025年，学前三年毛入园率达到97%。"),
                Self.change(4, "a", entity: "s1", field: Fields.place, value: "|a0"),
                Self.change(5, "a", entity: "s2", field: "body", value: "只有正文"),
                Self.change(6, "a", entity: "i1", kind: .indicator, field: "name", value: "入园率"),
            ])
            let outline = try log.states(plan: "p1", kinds: [.section], fields: ["heading", Fields.place])
            #expect(outline.map(\.id) == ["s1", "s2"])
            #expect(outline[0].fields == ["heading": "主要目标", Fields.place: "|a0"])
            #expect(outline[0].stamps[Fields.place] == Stamp(ms: 4, counter: 0, replica: "a"))
            #expect(outline[1].fields.isEmpty && outline[1].kind == .section)
            let whole = try log.states(plan: "p1", kinds: [.section, .indicator])
            let filtered = whole.map { state -> EntityState in
                var state = state
                state.fields = state.fields.filter { ["name", "body"].contains($0.key) }
                state.stamps = state.stamps.filter { ["name", "body"].contains($0.key) }
                return state
            }
            #expect(try log.states(plan: "p1", kinds: [.section, .indicator], fields: ["name", "body"]) == filtered)
            #expect(try log.states(plan: "p1", kinds: [.section], fields: []).map(\.fields) == [[:], [:]])
        }
    }

    @Test func concurrentEditsOpenOneConflictWithBaseAndBothSides() throws {
        try Self.withEachStore { log in
            let base = Self.change(1, "a", value: "主要目标")
            let mine = Self.change(2, "a", value: "主要目标与任务", replaces: [base.stamp])
            let theirs = Self.change(3, "b", value: "发展目标", replaces: [base.stamp])
            _ = try log.apply([base])
            let summary = try log.apply([theirs, mine])
            #expect(summary.applied.count == 2 && summary.conflictsOpened == 1)
            #expect(try log.state(of: "s1")?["heading"] == "发展目标")
            let conflict = try #require(try log.conflict(entity: "s1", field: "heading"))
            #expect(conflict.base?.value == "主要目标")
            #expect(conflict.contenders.map(\.value) == ["发展目标", "主要目标与任务"])
            #expect(conflict.contenders.map(\.author) == ["user-b", "user-a"])
            #expect(try log.conflicts(plan: "p1").count == 1)
            // A resolution replacing both closes it, everywhere it is applied.
            let resolution = Self.change(4, "c", value: "主要目标与任务", replaces: [mine.stamp, theirs.stamp], resolution: .takeLoser)
            let closed = try log.apply([resolution])
            #expect(closed.conflictsClosed == 1)
            #expect(try log.conflicts(plan: nil).isEmpty)
            #expect(try log.history(entity: "s1", field: "heading").map(\.value) == ["主要目标", "主要目标与任务", "发展目标", "主要目标与任务"])
            #expect(try log.history(entity: "s1", field: "heading").last?.resolution == .takeLoser)
        }
    }

    @Test func applyingTwiceDoesNothingAndAReplayWithOtherContentIsRefused() throws {
        try Self.withEachStore { log in
            let first = Self.change(1, "a", value: "一")
            _ = try log.apply([first])
            let again = try log.apply([first, first])
            #expect(again.applied.isEmpty && again.duplicates.count == 2)
            var forged = first
            forged.value = "二"
            #expect(throws: ChangeLogError.replay(first.stamp)) { try log.apply([forged]) }
            #expect(try log.state(of: "s1")?["heading"] == "一")
            let unknown = Self.change(9, "z", value: "无")
            #expect(try log.changes([first.stamp, unknown.stamp, first.stamp]) == [first.stamp: first])
        }
    }

    @Test func aBatchWithAMismatchedEntityStoresNothing() throws {
        try Self.withEachStore { log in
            _ = try log.apply([Self.change(1, "a", value: "一")])
            let good = Self.change(2, "a", entity: "s2", value: "二")
            let bad = Self.change(3, "a", kind: .task, field: "title", value: "冒充")
            #expect(throws: ChangeLogError.self) { try log.apply([good, bad]) }
            #expect(try log.state(of: "s2") == nil)
            #expect(try log.change(good.stamp) == nil)
        }
    }

    @Test func deleteAgainstConcurrentEditIsAConflictAndRestoreClosesIt() throws {
        try Self.withEachStore { log in
            let heading = Self.change(1, "a", value: "学前教育")
            _ = try log.apply([heading])
            let tombstone = Self.change(2, "a", field: Fields.deleted, value: Fields.yes, observed: [heading.stamp])
            let edit = Self.change(3, "b", value: "学前教育普及普惠", replaces: [heading.stamp])
            _ = try log.apply([edit, tombstone])
            let conflict = try #require(try log.conflict(entity: "s1", field: Fields.deleted))
            #expect(conflict.isDeleteConflict)
            #expect(conflict.contenders.map(\.value) == [Fields.yes, "学前教育普及普惠"])
            let restore = Self.change(4, "c", field: Fields.deleted, value: Fields.no, replaces: [tombstone.stamp], resolution: .restore)
            _ = try log.apply([restore])
            #expect(try log.conflicts(plan: nil).isEmpty)
            #expect(try log.state(of: "s1")?.isDeleted == false)
            #expect(try log.state(of: "s1")?["heading"] == "学前教育普及普惠")
        }
    }

    @Test func headsDoNotDependOnArrivalOrder() throws {
        let a = Self.change(1, "a", value: "x")
        let b = Self.change(2, "b", value: "y", replaces: [a.stamp])
        let c = Self.change(3, "c", value: "z", replaces: [a.stamp])
        let d = Self.change(4, "a", value: "z2", replaces: [c.stamp])
        var outcomes: [[String?]] = []
        for order in [[a, b, c, d], [d, c, b, a], [b, d, a, c]] {
            try Self.withEachStore { log in
                for change in order { _ = try log.apply([change]) }
                outcomes.append(try log.heads(entity: "s1", field: "heading").sorted { $0.stamp < $1.stamp }.map(\.value))
            }
        }
        #expect(Set(outcomes.map { $0.compactMap { $0 } }) == [["y", "z2"]])
    }
}
