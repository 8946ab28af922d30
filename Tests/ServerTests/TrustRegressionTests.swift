import Foundation
import Testing
import Shared
import SharedStore
@testable import ServerApp

/// The attacks of the trust review, one by one, against both stores: each is refused with its 4xx class and a
/// reason, nothing of the batch is stored, and nothing any replica shows changes.
struct TrustRegressionTests {
    static let stores = storeKinds

    func fixture(_ name: String) async throws -> ServerFixture {
        try await ServerFixture(store: try await makeStore(name))
    }

    /// A county plan with a task and a submission, and a city plan with an indicator and a review comment on the
    /// county plan.
    func seeded(_ name: String) async throws -> (ServerFixture, cityIndicator: Change) {
        let f = try await fixture(name)
        var county = f.planChanges("zhaozhou-editor", office: "zhaozhou", plan: "cp", section: "cs")
        county.append(f.change("zhaozhou-editor", .task, "ct", plan: "cp", office: "zhaozhou", Fields.place, "cs/m", counter: 5))
        county.append(f.change("zhaozhou-editor", .task, "ct", plan: "cp", office: "zhaozhou", "title", "迎检", counter: 6))
        county.append(f.change("zhaozhou-editor", .submission, "sub1", plan: "cp", office: "zhaozhou", "snapshot",
                               ServerFixture.snapshot(plan: "cp", office: "zhaozhou"), counter: 7))
        county.append(f.change("zhaozhou-editor", .submission, "sub1", plan: "cp", office: "zhaozhou", "status", "submitted", counter: 8))
        #expect(try await f.push("zhaozhou-editor", county).refusal == nil)
        let indicator = f.change("daqing-reviewer", .indicator, "ci", plan: "dp", office: "daqing", "value", "97", counter: 2)
        let city = [
            f.change("daqing-reviewer", .plan, "dp", plan: "dp", office: "daqing", "title", "大庆市规划"),
            f.change("daqing-reviewer", .indicator, "ci", plan: "dp", office: "daqing", Fields.place, "/m", counter: 1),
            indicator,
            f.change("daqing-reviewer", .comment, "cc", plan: "cp", office: "zhaozhou", Comments.byOffice, "daqing", counter: 3),
            f.change("daqing-reviewer", .comment, "cc", plan: "cp", office: "zhaozhou", "body", "指标偏低", counter: 4),
        ]
        #expect(try await f.push("daqing-reviewer", city).refusal == nil)
        f.clock.advance(by: 1_000)
        return (f, indicator)
    }

    func everything(_ f: ServerFixture) async throws -> [Change] {
        try await f.store.pull(after: 0, limit: 5_000, offices: ["daqing", "zhaozhou", "zhaoyuan", "harbin"]).changes
    }

    /// Pushes, expects a refusal of `code`, and checks that the store holds exactly what it held before.
    func expectRefused(_ f: ServerFixture, _ user: String, _ changes: [Change], _ code: APIError.Code,
                       _ comment: Comment? = nil, sourceLocation: SourceLocation = #_sourceLocation) async throws {
        let before = try await everything(f)
        let boot = try await f.store.bootstrap(offices: ["daqing", "zhaozhou"]).changes
        let outcome = try await f.push(user, changes)
        #expect(outcome.refusal?.code == code, "\(outcome.refusal?.message ?? "accepted")", sourceLocation: sourceLocation)
        #expect(outcome.results.contains { $0.status == .rejected && $0.reason?.isEmpty == false && $0.reasonZh?.isEmpty == false },
                sourceLocation: sourceLocation)
        #expect(try await everything(f) == before, "nothing stored", sourceLocation: sourceLocation)
        #expect(try await f.store.bootstrap(offices: ["daqing", "zhaozhou"]).changes == boot, sourceLocation: sourceLocation)
    }

    @Test(arguments: stores) func aCountyCannotEraseTheCitysIndicatorThroughReplaces(_ name: String) async throws {
        let (f, indicator) = try await seeded(name)
        let erase = f.change("zhaozhou-editor", .task, "ct", plan: "cp", office: "zhaozhou", "title", "改", replaces: [indicator.stamp])
        try await expectRefused(f, "zhaozhou-editor", [erase], .invalidChange)
        let boot = try await f.store.bootstrap(offices: ["daqing"]).changes
        #expect(boot.contains(indicator), "the city's indicator is still a head")
    }

    @Test(arguments: stores) func futureStampsCannotBeReplacedInAdvance(_ name: String) async throws {
        let (f, _) = try await seeded(name)
        let future = Stamp(ms: f.clock.nowMs() + 60_000, counter: 0, replica: "daqing-reviewer-r")
        let ambush = f.change("zhaozhou-editor", .task, "ct", plan: "cp", office: "zhaozhou", "title", "改", replaces: [future])
        try await expectRefused(f, "zhaozhou-editor", [ambush], .invalidChange)
        // Even a stamp of its own field from the past that the server never saw.
        let unknown = Stamp(ms: f.clock.nowMs() - 60_000, counter: 9, replica: "zhaozhou-editor-r")
        try await expectRefused(f, "zhaozhou-editor", [f.change("zhaozhou-editor", .task, "ct", plan: "cp", office: "zhaozhou", "title", "改",
                                                          replaces: [unknown])], .invalidChange)
    }

    @Test(arguments: stores) func hugeReplaceListsAreRefusedCheaply(_ name: String) async throws {
        let (f, _) = try await seeded(name)
        let many = (0..<10_000).map { Stamp(ms: f.clock.nowMs() - 10, counter: Int32($0 % 999_999), replica: "x\($0)") }
        let bloated = f.change("zhaozhou-editor", .task, "ct", plan: "cp", office: "zhaozhou", "title", "改", replaces: many)
        try await expectRefused(f, "zhaozhou-editor", [bloated], .invalidChange)
        // Many changes each under the per-change bound still count against the batch's.
        let batch = (0..<250).map { i in
            f.change("zhaozhou-editor", .task, "ct", plan: "cp", office: "zhaozhou", "title", "改\(i)", counter: Int32(i),
                     replaces: many[(i * 39)..<(i * 39 + 250)].map { $0 })
        }
        try await expectRefused(f, "zhaozhou-editor", batch, .invalidChange)
    }

    @Test(arguments: stores) func replacesAndObservedStayWithinTheirEntity(_ name: String) async throws {
        let (f, _) = try await seeded(name)
        let title = try await f.store.bootstrap(offices: ["zhaozhou"]).changes.first { $0.entity == "ct" && $0.field == "title" }!
        let place = try await f.store.bootstrap(offices: ["zhaozhou"]).changes.first { $0.entity == "ct" && $0.field == Fields.place }!
        // replaces across fields of one entity
        try await expectRefused(f, "zhaozhou-editor", [f.change("zhaozhou-editor", .task, "ct", plan: "cp", office: "zhaozhou", "lead", "县局",
                                                          replaces: [title.stamp])], .invalidChange)
        // observed on an edit
        var edit = f.change("zhaozhou-editor", .task, "ct", plan: "cp", office: "zhaozhou", "title", "改", replaces: [title.stamp])
        edit.observed = [place.stamp]
        try await expectRefused(f, "zhaozhou-editor", [edit], .invalidChange)
        // observed naming another entity's versions
        var tombstone = f.change("zhaozhou-editor", .section, "cs", plan: "cp", office: "zhaozhou", Fields.deleted, Fields.yes)
        tombstone.observed = [title.stamp]
        try await expectRefused(f, "zhaozhou-editor", [tombstone], .invalidChange)
        // a resolution that replaces one version
        var lone = f.change("zhaozhou-editor", .task, "ct", plan: "cp", office: "zhaozhou", "title", "改", replaces: [title.stamp])
        lone.resolution = .keepWinner
        try await expectRefused(f, "zhaozhou-editor", [lone], .invalidChange)
        // and the honest versions of the same changes pass
        var honest = f.change("zhaozhou-editor", .task, "ct", plan: "cp", office: "zhaozhou", Fields.deleted, Fields.yes)
        honest.observed = [title.stamp, place.stamp]
        #expect(try await f.push("zhaozhou-editor", [honest]).refusal == nil)
    }

    @Test(arguments: stores) func theWorkflowCannotBeReversed(_ name: String) async throws {
        let (f, _) = try await seeded(name)
        let accept = f.change("daqing-reviewer", .submission, "sub1", plan: "cp", office: "zhaozhou", "status", "accepted",
                              replaces: try await currentStatus(f, "sub1"))
        #expect(try await f.push("daqing-reviewer", [accept]).refusal == nil)
        f.clock.advance(by: 1_000)
        let back = f.change("zhaozhou-editor", .submission, "sub1", plan: "cp", office: "zhaozhou", "status", "submitted",
                            replaces: try await currentStatus(f, "sub1"))
        try await expectRefused(f, "zhaozhou-editor", [back], .forbidden)
        let again = f.change("daqing-reviewer", .submission, "sub1", plan: "cp", office: "zhaozhou", "status", "returned",
                             replaces: try await currentStatus(f, "sub1"))
        try await expectRefused(f, "daqing-reviewer", [again], .forbidden)
    }

    @Test(arguments: stores) func onlyTheLatestSubmissionIsReviewed(_ name: String) async throws {
        let (f, _) = try await seeded(name)
        let newer = [
            f.change("zhaozhou-editor", .submission, "sub2", plan: "cp", office: "zhaozhou", "snapshot",
                     ServerFixture.snapshot(plan: "cp", office: "zhaozhou", title: "二稿")),
            f.change("zhaozhou-editor", .submission, "sub2", plan: "cp", office: "zhaozhou", "status", "submitted", counter: 1),
        ]
        #expect(try await f.push("zhaozhou-editor", newer).refusal == nil)
        f.clock.advance(by: 1_000)
        let stale = f.change("daqing-reviewer", .submission, "sub1", plan: "cp", office: "zhaozhou", "status", "accepted",
                             replaces: try await currentStatus(f, "sub1"))
        try await expectRefused(f, "daqing-reviewer", [stale], .forbidden)
        let latest = f.change("daqing-reviewer", .submission, "sub2", plan: "cp", office: "zhaozhou", "status", "accepted",
                              replaces: try await currentStatus(f, "sub2"))
        #expect(try await f.push("daqing-reviewer", [latest]).refusal == nil)
    }

    @Test(arguments: stores) func noVerdictWithoutASnapshot(_ name: String) async throws {
        let (f, _) = try await seeded(name)
        let forged = f.change("daqing-reviewer", .submission, "ghost", plan: "cp", office: "zhaozhou", "status", "accepted")
        try await expectRefused(f, "daqing-reviewer", [forged], .forbidden)
        let bare = f.change("zhaozhou-editor", .submission, "bare", plan: "cp", office: "zhaozhou", "status", "submitted")
        try await expectRefused(f, "zhaozhou-editor", [bare], .forbidden)
    }

    @Test(arguments: stores) func garbageSnapshotsAreRefused(_ name: String) async throws {
        let (f, _) = try await seeded(name)
        for garbage in ["{}", "not json", ServerFixture.snapshot(plan: "dp", office: "daqing")] {
            let change = f.change("zhaozhou-editor", .submission, "sub9", plan: "cp", office: "zhaozhou", "snapshot", garbage)
            try await expectRefused(f, "zhaozhou-editor", [change], .invalidChange)
        }
    }

    @Test(arguments: stores) func commentsBelongToTheirOffice(_ name: String) async throws {
        let (f, _) = try await seeded(name)
        let body = try await f.store.bootstrap(offices: ["zhaozhou"]).changes.first { $0.entity == "cc" && $0.field == "body" }!
        try await expectRefused(f, "zhaozhou-editor", [f.change("zhaozhou-editor", .comment, "cc", plan: "cp", office: "zhaozhou", "body", "已改",
                                                          replaces: [body.stamp])], .forbidden)
        try await expectRefused(f, "zhaozhou-editor", [f.change("zhaozhou-editor", .comment, "cc", plan: "cp", office: "zhaozhou",
                                                          Fields.deleted, Fields.yes)], .forbidden)
        // A comment that claims another office, or skips naming one.
        try await expectRefused(f, "zhaozhou-editor", [f.change("zhaozhou-editor", .comment, "c2", plan: "cp", office: "zhaozhou",
                                                          Comments.byOffice, "daqing")], .forbidden)
        try await expectRefused(f, "zhaozhou-editor", [f.change("zhaozhou-editor", .comment, "c3", plan: "cp", office: "zhaozhou",
                                                          "body", "无署名")], .forbidden)
        // The city edits its own comment.
        #expect(try await f.push("daqing-reviewer", [f.change("daqing-reviewer", .comment, "cc", plan: "cp", office: "zhaozhou", "body",
                                                        "指标偏低，请调整", replaces: [body.stamp])]).refusal == nil)
    }

    @Test(arguments: stores) func textIsKeptExactlyOrRefused(_ name: String) async throws {
        let (f, _) = try await seeded(name)
        try await expectRefused(f, "zhaozhou-editor", [f.change("zhaozhou-editor", .task, "ct", plan: "cp", office: "zhaozhou", "detail",
                                                          "ab\u{0}cd")], .invalidChange)
        try await expectRefused(f, "zhaozhou-editor", [f.change("zhaozhou-editor", .task, "ab\u{0}cd", plan: "cp", office: "zhaozhou",
                                                          "title", "x")], .invalidChange)
        try await expectRefused(f, "zhaozhou-editor", [f.change("zhaozhou-editor", .task, "ct", plan: "cp", office: "zhaozhou", "title",
                                                          "\u{202E}检迎")], .invalidChange)
        var forged = f.change("zhaozhou-editor", .task, "ct", plan: "cp", office: "zhaozhou", "detail", "x")
        forged.author = "zhaozhou-editor\n2026-12-01 INFO forged line"
        try await expectRefused(f, "zhaozhou-editor", [forged], .forbidden)
        // What is accepted is stored byte for byte.
        let text = "第一段\t（含制表符）\n第二段"
        let kept = f.change("zhaozhou-editor", .task, "ct", plan: "cp", office: "zhaozhou", "detail", text)
        #expect(try await f.push("zhaozhou-editor", [kept]).refusal == nil)
        #expect(try await everything(f).first { $0.stamp == kept.stamp }?.value == text)
    }

    @Test(arguments: stores) func stampsBeforeTheFloorAreRefused(_ name: String) async throws {
        let (f, _) = try await seeded(name)
        let ancient = Change(stamp: Stamp(ms: 86_400_000, counter: 0, replica: "zhaozhou-editor-r"), kind: .task, entity: "ct",
                             plan: "cp", office: "zhaozhou", field: "detail", value: "x", author: "zhaozhou-editor")
        try await expectRefused(f, "zhaozhou-editor", [ancient], .invalidChange)
    }

    func currentStatus(_ f: ServerFixture, _ submission: String) async throws -> [Stamp] {
        var log = MemoryChangeLog()
        _ = try await log.apply(try await everything(f))
        return try log.heads(entity: submission, field: "status").map(\.stamp)
    }
}
