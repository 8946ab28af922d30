import Foundation
import Testing
import Shared
import SharedStore
@testable import ClientCore

/// `Replica.discardRefused`: a refused change leaves the replica, which then shows what the server holds. The
/// "server" here is a replica that received exactly what the server accepted (the end-to-end test runs the real one).
struct DiscardTests {
    let cityOffice = Office(id: "daqing", name: "大庆市教育局", level: .city, parent: nil)

    func refuse(_ replica: Replica, reason: String) throws -> [Change] {
        let pending = try replica.outbox(limit: 100)
        try replica.setAside(pending.map { ChangeResult(id: $0.stamp, status: .rejected, reason: reason) }, atMs: 5)
        return pending
    }

    @Test func aCountyThatAcceptedItsOwnSubmissionOfflineSeesItSubmittedAgain() throws {
        let scratch = Scratch()
        let clock = ManualWallClock(1_735_689_600_000)
        let local = try Replica.create(at: scratch.path("county.db"), office: county, user: "王芳", wallClock: clock)
        let server = try Replica.create(at: scratch.path("server.db"), office: cityOffice, user: "server", wallClock: clock)
        let (plan, section) = try local.edit { s -> (String, String) in
            let plan = try s.createPlan(title: "肇州县2025年教育工作计划", period: "2025", kind: "annual")
            return (plan, try s.addSection(plan: plan, parent: nil, heading: "主要目标", body: nil))
        }
        let submission = try local.submit(plan: plan, note: "初稿")
        // Synced: the server holds all of it.
        _ = try server.importChanges(from: local)
        try local.acknowledge(try local.outbox(limit: 100).map(\.stamp))

        // Offline, the county accepts its own submission (written directly: the client is to refuse this at edit
        // time), the server refuses both changes, and a later edit builds on the refused status.
        clock.advance(by: 1000)
        try local.writeUnchecked(submission, "status", "accepted")
        try local.writeUnchecked(submission, "reviewNote", "自己通过")
        let refused = try refuse(local, reason: "only the city reviews submissions (change 000001735689601000-000000-rX)")
        #expect(refused.count == 2)
        clock.advance(by: 1000)
        try local.writeUnchecked(submission, "status", "accepted")
        try local.edit { try $0.set(section, "heading", "主要目标（修订）") }
        #expect(try local.submissions().first?.status == "accepted")
        #expect(try local.status().refusedChanges == 2)
        #expect(try local.status().refusalReasons.map(\.count) == [2])

        // Asking for a change that is not refused changes nothing.
        let heading = try #require(try local.history(entity: section, field: "heading").last?.stamp)
        #expect(throws: DiscardError.notRefused([heading])) { try local.discardRefused([heading]) }
        #expect(try local.submissions().first?.status == "accepted")

        let report = try local.discardRefused()
        #expect(Set(report.refused.map(\.change.stamp)) == Set(refused.map(\.stamp)))
        #expect(report.refused.allSatisfy { $0.reason?.hasPrefix("only the city") == true && $0.because == nil })
        #expect(report.dependents.map(\.change.field) == ["status"])
        #expect(report.dependents.first?.because == refused.first { $0.field == "status" }?.stamp)
        #expect(try local.submissions().first?.status == "submitted")
        #expect(try local.status().refusedChanges == 0 && local.status().discardedChanges == 3)
        // The unrelated edit is still queued; nothing else is.
        #expect(try local.outbox(limit: 100).map(\.field) == ["heading"])
        // Nothing is lost: every withdrawn change is listed in full with its reason.
        let discarded = try local.discardedChanges()
        #expect(Set(discarded.map(\.change)) == Set(refused + report.dependents.map(\.change)))

        // Once the pending edit is synced too, the county shows exactly what the server shows.
        _ = try server.importChanges(from: local)
        #expect(try local.document(plan: plan) == server.document(plan: plan))
        #expect(try local.conflicts() == server.conflicts())
        #expect(try local.submissions() == server.submissions())
        #expect(try local.discardRefused().refused.isEmpty)
    }

    @Test func discardingAnEditInConflictClosesTheConflictTheServerNeverSaw() throws {
        let scratch = Scratch()
        let clock = ManualWallClock(1_700_000_000_000)
        let mine = try Replica.create(at: scratch.path("mine.db"), office: county, user: "王芳", wallClock: clock)
        let theirs = try Replica.create(at: scratch.path("theirs.db"), office: county, user: "李明", wallClock: clock)
        let section = try mine.edit { s -> String in
            let plan = try s.createPlan(title: "计划", period: "2025", kind: "annual")
            return try s.addSection(plan: plan, parent: nil, heading: "主要目标", body: "原文。")
        }
        try mine.acknowledge(try mine.outbox(limit: 100).map(\.stamp))
        _ = try theirs.importChanges(from: mine)
        clock.advance(by: 10)
        try theirs.edit { try $0.set(section, "body", "乙改。") }
        try mine.edit { try $0.set(section, "body", "甲改。") }
        _ = try mine.importChanges(from: theirs)
        #expect(try mine.conflicts().count == 1)
        _ = try refuse(mine, reason: "plan p belongs to lindian, not zhaozhou")
        _ = try mine.discardRefused()
        #expect(try mine.conflicts().isEmpty)
        #expect(try mine.state(of: section)?["body"] == "乙改。")
        #expect(try mine.heads(entity: section, field: "body").map(\.value) == ["乙改。"])
    }

    @Test func discardingARefusedPlanTakesTheLocalWorkInItAlong() throws {
        let scratch = Scratch()
        let clock = ManualWallClock(1_700_000_000_000)
        let replica = try Replica.create(at: scratch.path("county.db"), office: county, user: "王芳", wallClock: clock)
        let plan = try replica.edit { try $0.createPlan(title: "计划", period: "2025", kind: "annual") }
        let planChanges = try replica.outbox(limit: 100)
        let section = try replica.edit { try $0.addSection(plan: plan, parent: nil, heading: "主要目标", body: nil) }
        try replica.setAside(planChanges.map { ChangeResult(id: $0.stamp, status: .rejected, reason: "no") }, atMs: 1)
        let report = try replica.discardRefused()
        #expect(report.refused.count == 3 && report.dependents.map(\.change.entity) == [section, section])
        #expect(report.dependents.allSatisfy { $0.because != nil && $0.reason == nil })
        #expect(try replica.plans().isEmpty && replica.state(of: section) == nil && replica.outboxCount() == 0)
        #expect(try replica.discardedChanges().count == 5)
    }
}
