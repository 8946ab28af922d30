import Foundation
import Testing
import Shared
import SharedStore
@testable import ServerApp

/// Two PostgreSQL store nodes on one database, as two servers hold them: what one does, the other sees at once.
struct PostgresNodesTests {
    /// A compaction run through one node: the other loads the log afresh (the removed versions leave its view too),
    /// refuses pulls below the new horizon, bootstraps exactly as the first, and vets a sleeper's late change that
    /// names a removed version as before.
    @Test func aCompactionOnOneNodeIsSeenByTheOther() async throws {
        guard TestPostgres.url != nil || TestPostgres.required else {
            print("PostgresNodesTests SKIPPED: TRIBUTARY_TEST_DATABASE_URL is not set")
            return
        }
        let location = try await TestPostgres.freshDatabase()
        let f = try await ServerFixture(store: try await PostgresServerStore.open(location))
        let other = try await PostgresServerStore.open(location)
        let plan = f.planChanges("zhaozhou-editor", office: "zhaozhou", plan: "p1", section: "s1")
        #expect(try await f.push("zhaozhou-editor", plan).refusal == nil)
        let second = f.change("zhaozhou-editor", .plan, "p1", plan: "p1", office: "zhaozhou", "title", "第二稿", counter: 10,
                              replaces: [plan[0].stamp])
        #expect(try await f.push("zhaozhou-editor", [second]).refusal == nil)
        _ = try await other.bootstrap(offices: ["zhaozhou"])   // the other node has loaded the log before the compaction

        f.clock.advance(by: 2 * 86_400_000)
        let report = try await f.store.compact(olderThanMs: f.clock.nowMs() - 86_400_000, dryRun: false)
        #expect(report.changesRemoved == 1 && report.horizon == 1, "\(report)")

        await #expect(throws: HorizonPassed(after: 0, horizon: 1)) { _ = try await other.pull(after: 0, limit: 100, offices: ["zhaozhou"]) }
        let mine = try await f.store.bootstrap(offices: ["zhaozhou"]), theirs = try await other.bootstrap(offices: ["zhaozhou"])
        #expect(mine == theirs && !theirs.changes.contains { $0.stamp == plan[0].stamp })
        #expect(try await other.horizon() == 1)

        // A sleeper's edit made on the first title, pushed through the other node: a conflict with the second, not a
        // refusal for naming a version the server no longer holds.
        let late = Change(stamp: Stamp(ms: f.clock.nowMs() - 100, counter: 0, replica: "zhaozhou-editor-r"), kind: .plan, entity: "p1",
                          plan: "p1", office: "zhaozhou", field: "title", value: "另一稿", replaces: [plan[0].stamp], author: "zhaozhou-editor")
        let outcome = try await other.push(PushRequest(replica: "zhaozhou-editor-r", changes: [late]),
                                           by: f.principals["zhaozhou-editor"]!, nowMs: f.clock.nowMs(), drift: .default)
        #expect(outcome.refusal == nil && outcome.applied.conflictsOpened == 1, "\(String(describing: outcome.refusal))")
        #expect(try await f.store.openConflictCount() == 1, "the first node sees the push of the other")
    }
}
