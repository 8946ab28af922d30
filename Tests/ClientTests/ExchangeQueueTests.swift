import Foundation
import Testing
import Shared
import SharedStore
@testable import ClientCore

/// `exchange` queues what the server will take from this replica: the same person's unsent changes from their
/// other laptop, never another person's.
struct ExchangeQueueTests {
    @Test func theSameUsersUnsentChangesAreQueuedOthersAreNot() throws {
        let scratch = Scratch()
        let clock = ManualWallClock(1_700_000_000_000)
        let office = county
        let laptop = try Replica.create(at: scratch.path("a.db"), office: office, user: "王芳", wallClock: clock)
        let second = try Replica.create(at: scratch.path("b.db"), office: office, user: "王芳", wallClock: clock)
        let colleague = try Replica.create(at: scratch.path("c.db"), office: office, user: "李明", wallClock: clock)
        let otherOffice = try Replica.create(at: scratch.path("d.db"), office: Office(id: "zhaoyuan", name: "肇源县教育局", level: .county, parent: "daqing"),
                                             user: "王芳", wallClock: clock)

        // The second laptop: one change already sent, three not yet.
        let plan = try second.edit { try $0.createPlan(title: "肇州县计划", period: "2025", kind: "annual") }
        let sent = try second.outbox(limit: 1).map(\.stamp)
        try second.acknowledge(sent)
        let unsent = try second.outbox(limit: 100).map(\.stamp)
        _ = try colleague.importChanges(from: second)
        try colleague.edit { try $0.set(plan, "title", "肇州县2025年计划") }
        _ = try otherOffice.edit { try $0.createPlan(title: "肇源县计划", period: "2025", kind: "annual") }

        let fromSecond = try laptop.importChanges(from: second)
        #expect(fromSecond.applied.applied.count == 3 && fromSecond.queued.sorted() == unsent.sorted() && fromSecond.notQueued == 1)
        #expect(try laptop.outbox(limit: 100).map(\.stamp) == unsent.sorted())

        // A colleague's change (and the second laptop's changes it carries, already known here) is not queued.
        let fromColleague = try laptop.importChanges(from: colleague)
        #expect(fromColleague.queued.isEmpty && fromColleague.notQueued == 1)
        // Nor is anything from the same name in another office.
        let fromOtherOffice = try laptop.importChanges(from: otherOffice)
        #expect(fromOtherOffice.queued.isEmpty && fromOtherOffice.notQueued == 3)
        #expect(try laptop.outboxCount() == unsent.count)
    }

    @Test func pushRunsFollowTheReplicaThatMadeEachChange() {
        func change(_ ms: Int64, _ replica: String) -> Change {
            Change(stamp: Stamp(ms: ms, counter: 0, replica: replica), kind: .plan, entity: "p", plan: "p", office: "o",
                   field: "title", value: "x", author: "王芳")
        }
        let changes = [change(1, "ra"), change(2, "ra"), change(3, "rb"), change(4, "ra")]
        let runs = Syncer.runsByReplica(changes)
        #expect(runs.map(\.replica) == ["ra", "rb", "ra"] && runs.map(\.changes.count) == [2, 1, 1])
        #expect(Syncer.runsByReplica([]).isEmpty)
    }
}
