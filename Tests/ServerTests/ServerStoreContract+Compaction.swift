import Foundation
import GRDB
import Testing
import Shared
import SharedStore
@testable import ServerApp

/// The contract suite, continued for the offline horizon on every store: what `compact` removes and keeps, the
/// horizon a pull is refused below, and a sleeper's late push after a compaction.
/// Every store compacts (the PostgreSQL store when its test cluster is there).
let compactingStores = storeKinds

extension ServerStoreContract {
    /// A change of zhaozhou-editor made on its replica `replica` (the fixture's `change` uses `<user>-r`), a millisecond
    /// after the fixture's changes of the same moment.
    func change(on replica: String, _ f: ServerFixture, _ kind: EntityKind, _ entity: String, plan: String, _ field: String,
                _ value: String?, counter: Int32, replaces: [Stamp] = [], observed: [Stamp] = []) -> Change {
        Change(stamp: Stamp(ms: f.clock.nowMs() + 1, counter: counter, replica: replica), kind: kind, entity: entity, plan: plan,
               office: "zhaozhou", field: field, value: value, replaces: replaces, observed: observed, author: "zhaozhou-editor")
    }

    func push(on replica: String, _ f: ServerFixture, _ changes: [Change]) async throws -> PushOutcome {
        try await f.store.push(PushRequest(replica: replica, changes: changes), by: f.principals["zhaozhou-editor"]!,
                         nowMs: f.clock.nowMs(), drift: .default)
    }

    /// The model's invariants (heads, values, conflicts decided afresh from what history is left) hold after a
    /// compaction: removing versions must never make an older one look current. For SQLite also its integrity and
    /// foreign-key checks (compaction deletes with foreign-key checks off).
    func modelProblems(_ store: any ServerStore) async throws -> [StoreProblem] {
        if let sqlite = store as? SQLiteServerStore {
            return try await sqlite.pool.read { db in
                try ChangeLogCheck.sqlite(db) + ChangeLogCheck.model(SQLiteChangeLog(db), fields: try ChangeLogCheck.fields(db))
            }
        }
        let log: MemoryChangeLog
        if let postgres = store as? PostgresServerStore {
            // The node's view, loaded afresh from the database after the compaction: what the database now holds.
            log = try await postgres.currentLog()
        } else {
            let memory = try #require(store as? MemoryServerStore)
            log = memory.lock.withLock { memory.state.log }
        }
        let fields = Set(log.allChanges.map { HeldField(entity: $0.entity, field: $0.field) }).map { ($0.entity, $0.field) }
        return try ChangeLogCheck.model(log, fields: fields)
    }

    struct HeldField: Hashable { var entity: String; var field: String }

    /// A plan whose title was edited twice, a task created and deleted, all long ago; then a recent edit of the
    /// period. A window that reaches past the old work removes the superseded titles, the old period and the deleted
    /// task's whole history, keeps every head, and moves the horizon; a dry run reports the same and changes nothing.
    @Test(arguments: compactingStores) func compactionRemovesSupersededAndDeletedAndKeepsHeads(_ name: String) async throws {
        let f = try await fixture(name)
        let plan = f.planChanges("zhaozhou-editor", office: "zhaozhou", plan: "p1", section: "s1")
        #expect(try await f.push("zhaozhou-editor", plan).refusal == nil)
        let title2 = f.change("zhaozhou-editor", .plan, "p1", plan: "p1", office: "zhaozhou", "title", "二稿", counter: 10, replaces: [plan[0].stamp])
        let title3 = f.change("zhaozhou-editor", .plan, "p1", plan: "p1", office: "zhaozhou", "title", "三稿", counter: 11, replaces: [title2.stamp])
        let taskPlace = f.change("zhaozhou-editor", .task, "t1", plan: "p1", office: "zhaozhou", Fields.place, "s1/m", counter: 12)
        let taskTitle = f.change("zhaozhou-editor", .task, "t1", plan: "p1", office: "zhaozhou", "title", "撤并学校", counter: 13)
        let taskDelete = Change(stamp: Stamp(ms: f.clock.nowMs(), counter: 14, replica: "zhaozhou-editor-r"), kind: .task, entity: "t1",
                                plan: "p1", office: "zhaozhou", field: Fields.deleted, value: Fields.yes,
                                observed: [taskPlace.stamp, taskTitle.stamp], author: "zhaozhou-editor")
        #expect(try await f.push("zhaozhou-editor", [title2, title3, taskPlace, taskTitle, taskDelete]).refusal == nil)
        f.clock.advance(by: 30 * Self.day)
        let period2 = f.change("zhaozhou-editor", .plan, "p1", plan: "p1", office: "zhaozhou", "period", "2026", counter: 0, replaces: [plan[1].stamp])
        #expect(try await f.push("zhaozhou-editor", [period2]).refusal == nil)
        let before = try await f.store.bootstrap(offices: ["zhaozhou"])

        let cutoff = f.clock.nowMs() - 10 * Self.day
        let dry = try await f.store.compact(olderThanMs: cutoff, dryRun: true)
        #expect(dry == CompactionReport(dryRun: true, cutoffMs: cutoff, changesRemoved: 6, entitiesPurged: 1, previousHorizon: 0, horizon: 9))
        let pulledAfterDryRun = try await f.store.pull(after: 0, limit: 100, offices: ["zhaozhou"]).changes.count
        #expect(try await f.store.horizon() == 0 && pulledAfterDryRun == 10, "a dry run changes nothing")

        let report = try await f.store.compact(olderThanMs: cutoff, dryRun: false)
        #expect(report == CompactionReport(dryRun: false, cutoffMs: cutoff, changesRemoved: 6, entitiesPurged: 1, previousHorizon: 0, horizon: 9))
        #expect(try await f.store.horizon() == 9)
        await #expect(throws: HorizonPassed(after: 0, horizon: 9)) { _ = try await f.store.pull(after: 0, limit: 100, offices: ["zhaozhou"]) }
        await #expect(throws: HorizonPassed(after: 8, horizon: 9)) { _ = try await f.store.pull(after: 8, limit: 100, offices: ["zhaozhou"]) }
        let rest = try await f.store.pull(after: 9, limit: 100, offices: ["zhaozhou"])
        #expect(rest.changes == [period2] && rest.cursor == 10)
        // A fresh replica gets the same current state as before: every head stays.
        let after = try await f.store.bootstrap(offices: ["zhaozhou"])
        #expect(Set(after.changes.map(\.stamp)) == Set(before.changes.map(\.stamp)).subtracting([taskPlace.stamp, taskTitle.stamp, taskDelete.stamp]))
        #expect(Set(after.changes.map(\.stamp)) == [title3.stamp, period2.stamp, plan[2].stamp, plan[3].stamp])
        #expect(after.cursor == 10)
        #expect(try await modelProblems(f.store).isEmpty)
        // Nothing more to do: the same run again removes nothing and leaves the horizon.
        let again = try await f.store.compact(olderThanMs: cutoff, dryRun: false)
        #expect(again.changesRemoved == 0 && again.entitiesPurged == 0 && again.horizon == 9 && again.previousHorizon == 9)
    }

    /// An entity in conflict keeps its whole history (a reviewer needs the base), and a window that reaches nothing
    /// removes nothing.
    @Test(arguments: compactingStores) func conflictsKeepTheirHistoryAndRecentWorkStays(_ name: String) async throws {
        let f = try await fixture(name)
        let plan = f.planChanges("zhaozhou-editor", office: "zhaozhou", plan: "p1", section: "s1")
        _ = try await f.push("zhaozhou-editor", plan)
        let a = change(on: "laptop-a", f, .section, "s1", plan: "p1", "heading", "甲", counter: 1, replaces: [plan[3].stamp])
        let b = change(on: "laptop-b", f, .section, "s1", plan: "p1", "heading", "乙", counter: 2, replaces: [plan[3].stamp])
        #expect(try await push(on: "laptop-a", f, [a]).refusal == nil)
        #expect(try await push(on: "laptop-b", f, [b]).refusal == nil)
        let title2 = f.change("zhaozhou-editor", .plan, "p1", plan: "p1", office: "zhaozhou", "title", "二稿", counter: 10, replaces: [plan[0].stamp])
        _ = try await f.push("zhaozhou-editor", [title2])
        #expect(try await f.store.compact(olderThanMs: f.clock.nowMs() - 1, dryRun: false).changesRemoved == 0, "nothing arrived before the window")
        f.clock.advance(by: 500 * Self.day)
        let report = try await f.store.compact(olderThanMs: f.clock.nowMs() - 400 * Self.day, dryRun: false)
        #expect(report.changesRemoved == 1 && report.entitiesPurged == 0, "only the plan's first title; the section in conflict keeps all")
        #expect(try await f.store.openConflictCount() == 1)
        let history = try await f.store.bootstrap(offices: ["zhaozhou"]).changes.filter { $0.entity == "s1" && $0.field == "heading" }
        #expect(Set(history.map(\.stamp)) == [plan[3].stamp, a.stamp, b.stamp])
        #expect(try await modelProblems(f.store).isEmpty)
    }

    /// A deleted section is purged only once nothing kept sits under it: with a live task under it, it stays; a
    /// deleted task under it is purged first, and then the section with it in the same run.
    @Test(arguments: compactingStores) func aDeletedSectionGoesOnlyWithWhatSitsUnderIt(_ name: String) async throws {
        let f = try await fixture(name)
        let plan = f.planChanges("zhaozhou-editor", office: "zhaozhou", plan: "p1", section: "s1")
        let live = f.change("zhaozhou-editor", .task, "t-live", plan: "p1", office: "zhaozhou", Fields.place, "s1/m", counter: 5)
        let gone = f.change("zhaozhou-editor", .task, "t-gone", plan: "p1", office: "zhaozhou", Fields.place, "s2/m", counter: 6)
        let s2 = f.change("zhaozhou-editor", .section, "s2", plan: "p1", office: "zhaozhou", Fields.place, "/n", counter: 7)
        func delete(_ entity: String, _ kind: EntityKind, _ counter: Int32, observed: [Stamp]) -> Change {
            Change(stamp: Stamp(ms: f.clock.nowMs(), counter: counter, replica: "zhaozhou-editor-r"), kind: kind, entity: entity,
                   plan: "p1", office: "zhaozhou", field: Fields.deleted, value: Fields.yes, observed: observed, author: "zhaozhou-editor")
        }
        let deletes = [delete("s1", .section, 8, observed: [plan[2].stamp, plan[3].stamp]), delete("t-gone", .task, 9, observed: [gone.stamp]),
                       delete("s2", .section, 10, observed: [s2.stamp])]
        #expect(try await f.push("zhaozhou-editor", plan + [live, s2, gone] + deletes).refusal == nil)
        f.clock.advance(by: 1)
        let report = try await f.store.compact(olderThanMs: f.clock.nowMs(), dryRun: false)
        #expect(report.entitiesPurged == 2 && report.changesRemoved == 4)
        let kept = Set(try await f.store.bootstrap(offices: ["zhaozhou"]).changes.map(\.entity))
        #expect(kept == ["p1", "s1", "t-live"])
        #expect(try await modelProblems(f.store).isEmpty)
    }

    /// A replica that slept past a compaction pushes its offline work: a change replacing a removed version is
    /// accepted and meets the newer value as a conflict; a retried change the compaction removed is a duplicate; a
    /// change that names a removed version of another field is still refused.
    @Test(arguments: compactingStores) func aSleepersPushAfterCompactionIsKept(_ name: String) async throws {
        let f = try await fixture(name)
        let plan = f.planChanges("zhaozhou-editor", office: "zhaozhou", plan: "p1", section: "s1")
        #expect(try await f.push("zhaozhou-editor", plan).refusal == nil)
        // The sleeper (laptop-a) pulled this and went offline. It edited the title, and its earlier push of a
        // heading edit reached the server but the answer never came back.
        let asleep = change(on: "laptop-a", f, .plan, "p1", plan: "p1", "title", "离线修改的标题", counter: 1, replaces: [plan[0].stamp])
        let lostAck = change(on: "laptop-a", f, .section, "s1", plan: "p1", "heading", "主要目标（修订）", counter: 2, replaces: [plan[3].stamp])
        #expect(try await push(on: "laptop-a", f, [lostAck]).refusal == nil)
        // Meanwhile laptop-b edits the title twice and the heading once.
        let b1 = change(on: "laptop-b", f, .plan, "p1", plan: "p1", "title", "乙一稿", counter: 3, replaces: [plan[0].stamp])
        let b2 = change(on: "laptop-b", f, .plan, "p1", plan: "p1", "title", "乙二稿", counter: 4, replaces: [b1.stamp])
        let b3 = change(on: "laptop-b", f, .section, "s1", plan: "p1", "heading", "目标", counter: 5, replaces: [lostAck.stamp])
        #expect(try await push(on: "laptop-b", f, [b1, b2, b3]).refusal == nil)
        f.clock.advance(by: 401 * Self.day)
        let report = try await f.store.compact(olderThanMs: f.clock.nowMs() - 400 * Self.day, dryRun: false)
        #expect(report.changesRemoved == 4, "the first title and heading, b1, and the lost-ack heading edit")
        #expect(try await f.store.horizon() > 0)

        // Another field's removed version is no licence to replace it.
        let forged = change(on: "laptop-a", f, .plan, "p1", plan: "p1", "period", "2030", counter: 6, replaces: [plan[0].stamp])
        let refused = try await push(on: "laptop-a", f, [forged])
        #expect(refused.refusal?.code == .invalidChange)

        let outcome = try await push(on: "laptop-a", f, [asleep, lostAck])
        #expect(outcome.refusal == nil)
        #expect(outcome.results.map(\.status) == [.accepted, .duplicate])
        let conflicts = try await f.store.bootstrap(offices: ["zhaozhou"]).changes.filter { $0.entity == "p1" && $0.field == "title" }
        #expect(Set(conflicts.map(\.stamp)) == [asleep.stamp, b2.stamp], "the offline title meets the newer one")
        #expect(try await f.store.openConflictCount() == 1)
        // The lost-ack edit stays replaced: its retry did not bring it back as a head.
        let headings = try await f.store.bootstrap(offices: ["zhaozhou"]).changes.filter { $0.entity == "s1" && $0.field == "heading" }
        #expect(headings.map(\.stamp) == [b3.stamp])
        #expect(try await modelProblems(f.store).isEmpty)
        // Arrival, not stamps, decides age: the sleeper's change (stamped 401 days ago) arrived just now.
        #expect(try await f.store.compact(olderThanMs: f.clock.nowMs() - 1, dryRun: true).changesRemoved == 0)
    }
}

extension ServerStoreContract {
    /// A task deleted long ago is purged; a sleeper's late edit of it brings its tombstone back and meets it as a
    /// delete-against-edit conflict (not a fragment of a deleted entry come back to life), on every replica that
    /// pulls or bootstraps afterwards.
    @Test(arguments: compactingStores) func aLateEditOfAPurgedEntityMeetsItsDelete(_ name: String) async throws {
        let f = try await fixture(name)
        let plan = f.planChanges("zhaozhou-editor", office: "zhaozhou", plan: "p1", section: "s1")
        let place = change(on: "laptop-b", f, .task, "t1", plan: "p1", Fields.place, "s1/m", counter: 1)
        let title = change(on: "laptop-b", f, .task, "t1", plan: "p1", "title", "撤并学校XX所", counter: 2)
        let delete = change(on: "laptop-b", f, .task, "t1", plan: "p1", Fields.deleted, Fields.yes, counter: 3,
                            observed: [place.stamp, title.stamp])
        _ = try await f.push("zhaozhou-editor", plan)
        #expect(try await push(on: "laptop-b", f, [place, title, delete]).refusal == nil)
        f.clock.advance(by: 401 * Self.day)
        let report = try await f.store.compact(olderThanMs: f.clock.nowMs() - 400 * Self.day, dryRun: false)
        #expect(report.entitiesPurged == 1 && report.changesRemoved == 3)
        let cursor = try await f.store.bootstrap(offices: ["zhaozhou"]).cursor
        #expect(try await !f.store.bootstrap(offices: ["zhaozhou"]).changes.contains { $0.entity == "t1" })

        let late = change(on: "laptop-a", f, .task, "t1", plan: "p1", "title", "撤并学校3所", counter: 4, replaces: [title.stamp])
        let outcome = try await push(on: "laptop-a", f, [late])
        #expect(outcome.refusal == nil && outcome.results.map(\.status) == [.accepted])
        #expect(outcome.revived == [delete.stamp])
        #expect(try await f.store.openConflictCount() == 1)
        // Who pulls on from before the push receives the tombstone and the edit; a retry of the delete is known.
        let page = try await f.store.pull(after: cursor, limit: 100, offices: ["zhaozhou"])
        #expect(Set(page.changes.map(\.stamp)) == [delete.stamp, late.stamp])
        #expect(try await push(on: "laptop-b", f, [delete]).results.map(\.status) == [.duplicate])
        #expect(try await modelProblems(f.store).isEmpty)
    }
}

extension ServerStoreContract {
    /// `server.v5` on a store of the previous version: the changes it already holds count as arrived at the
    /// migration (nothing is old enough for a window yet), the horizon starts at 0, and the next compaction whose
    /// window ends after the migration removes their superseded versions.
    @Test func theMigrationCountsHeldChangesAsArrivedNow() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tributary-horizon-" + UUID().uuidString).path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let path = (folder as NSString).appendingPathComponent(SQLiteServerStore.fileName)
        let queue = try DatabaseQueue(path: path)
        try await queue.writeWithoutTransaction { try $0.execute(sql: "PRAGMA application_id = \(StoreFile.Kind.server.applicationID)") }
        try SQLiteServerStore.migrator.migrate(queue, upTo: "server.v4")
        let memory = try await ServerFixture(store: MemoryServerStore())
        let plan = memory.planChanges("zhaozhou-editor", office: "zhaozhou", plan: "p1", section: "s1")
        let title2 = memory.change("zhaozhou-editor", .plan, "p1", plan: "p1", office: "zhaozhou", "title", "二稿", counter: 10,
                                   replaces: [plan[0].stamp])
        try await queue.write { db in
            var log = SQLiteChangeLog(db)
            _ = try log.apply(plan + [title2])
        }
        try queue.close()

        let store = try SQLiteServerStore(folder: folder)
        let now = Int64(Date().timeIntervalSince1970 * 1000)
        #expect(try await store.horizon() == 0)
        #expect(try await store.compact(olderThanMs: now - Self.day, dryRun: false).changesRemoved == 0)
        let report = try await store.compact(olderThanMs: now + 60_000, dryRun: false)
        #expect(report.changesRemoved == 1 && report.horizon == 1)
        await #expect(throws: HorizonPassed(after: 0, horizon: 1)) { _ = try await store.pull(after: 0, limit: 10, offices: ["zhaozhou"]) }
        #expect(try await store.pull(after: 1, limit: 10, offices: ["zhaozhou"]).changes.count == 4)
    }
}
