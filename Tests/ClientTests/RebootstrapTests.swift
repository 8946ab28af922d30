import Foundation
import Testing
import Shared
import SharedStore
@testable import ClientCore

/// `Replica.rebootstrap`: a replica that slept past the server's horizon starts again from a bootstrap. What it held
/// from the server is replaced (so the bootstrap's versions, which name versions the compaction removed, do not
/// leave older ones looking current), and every change the server does not hold stays, with its queue or its
/// refusal, meeting the newer values as conflicts.
struct RebootstrapTests {
    @Test func theServersStateIsReplacedAndWhatItLacksIsKept() throws {
        let scratch = Scratch()
        let clock = ManualWallClock(1_735_689_600_000)
        let local = try Replica.create(at: scratch.path("county.db"), office: county, user: "王芳", wallClock: clock)
        let (plan, section) = try local.edit { s -> (String, String) in
            let plan = try s.createPlan(title: "肇州县2025年教育工作计划", period: "2025", kind: "annual")
            return (plan, try s.addSection(plan: plan, parent: nil, heading: "主要目标", body: nil))
        }
        let synced = try local.outbox(limit: 100)
        try local.acknowledge(synced.map(\.stamp))
        let originalTitle = try #require(synced.first { $0.entity == plan && $0.field == "title" })

        // Offline: a title edit and a heading edit wait in the outbox; an earlier edit was refused and set aside.
        clock.advance(by: 1000)
        try local.writeUnchecked(plan, "kind", "fiveYear")
        let refused = try local.outbox(limit: 100)
        try local.setAside(refused.map { ChangeResult(id: $0.stamp, status: .rejected, reason: "a test refusal") }, atMs: 5)
        try local.edit { s in
            try s.set(plan, "title", "肇州县2025年教育工作计划（乡镇版）")
            try s.set(section, "heading", "主要目标（离线）")
        }
        let waiting = try local.outbox(limit: 100)
        #expect(waiting.count == 2)

        // The server meanwhile: another replica's title v2 then v3; compaction removed v2 and the original, so the
        // bootstrap's v3 names a version this replica never saw.
        let v2Stamp = Stamp(ms: clock.nowMs() + 10, counter: 0, replica: "other-r")
        let v3 = Change(stamp: Stamp(ms: clock.nowMs() + 20, counter: 0, replica: "other-r"), kind: .plan, entity: plan, plan: plan,
                        office: county.id, field: "title", value: "第三稿", replaces: [v2Stamp], author: "李明")
        let bootstrap = synced.filter { $0.stamp != originalTitle.stamp } + [v3]
        // In two pages, as `readStart` hands them over: the cursor moves with the last one only.
        let half = bootstrap.count / 2
        try local.rebootstrap(Array(bootstrap[..<half]), cursor: nil, offices: [county])
        #expect(try local.cursor() != 42, "an interrupted start leaves the cursor where it was")
        #expect(Set(try local.outbox(limit: 100).map(\.stamp)) == Set(waiting.map(\.stamp)), "the outbox is kept with the first page")
        _ = try local.applyRemote(Array(bootstrap[half...]), cursor: 42)
        #expect(try local.cursor() == 42)
        #expect(try local.history(entity: plan, field: "title").map(\.stamp).contains(originalTitle.stamp) == false,
                "what the server no longer holds is gone")
        // The offline title meets the newer one as a conflict; nothing else conflicts (the original is not a head).
        let conflicts = try local.conflicts()
        #expect(conflicts.count == 1 && conflicts.first?.field == "title")
        #expect(Set(conflicts.first?.contenders.compactMap(\.value) ?? []) == ["第三稿", "肇州县2025年教育工作计划（乡镇版）"])
        #expect(try local.state(of: section)?["heading"] == "主要目标（离线）")
        // The queue and the refusals are as they were.
        #expect(Set(try local.outbox(limit: 100).map(\.stamp)) == Set(waiting.map(\.stamp)))
        let stillRefused = try local.refusedChanges()
        #expect(stillRefused.map(\.change.stamp) == refused.map(\.stamp) && stillRefused.first?.reason == "a test refusal")
        #expect(try local.state(of: plan)?["kind"] == "fiveYear")
        #expect(try local.check().healthy)
        // The clock moved past what the bootstrap brought: the next edit wins over v3 locally as it will everywhere.
        try local.edit { try $0.set(section, "heading", "主要目标（再改）") }
        #expect(try local.outbox(limit: 100).map(\.stamp).max()! > v3.stamp)
    }
}
