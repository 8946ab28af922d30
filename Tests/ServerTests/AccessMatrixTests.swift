import Foundation
import Testing
import Shared
import SharedStore
@testable import ServerApp

/// The role × office × action matrix, through the real push path of a store holding a county plan with a section
/// and a submission, and a city plan.
struct AccessMatrixTests {
    struct Row: CustomTestStringConvertible, Sendable {
        var actor: String
        var action: String
        var allowed: Bool
        var make: @Sendable (ServerFixture, String) -> Change
        var testDescription: String { "\(actor) \(action) → \(allowed ? "allowed" : "forbidden")" }
    }

    static let county = "zhaozhou", plan = "county-plan", section = "county-section", submission = "county-sub"
    static let cityPlan = "city-plan"

    static func edit(_ actor: String, _ action: String, _ allowed: Bool, _ make: @escaping @Sendable (ServerFixture, String) -> Change) -> Row {
        Row(actor: actor, action: action, allowed: allowed, make: make)
    }

    static let sectionBody: @Sendable (ServerFixture, String) -> Change = { f, user in
        f.change(user, .section, section, plan: plan, office: county, "body", "改写。", offset: 100)
    }
    static let newCountyPlan: @Sendable (ServerFixture, String) -> Change = { f, user in
        f.change(user, .plan, "new-\(user)", plan: "new-\(user)", office: county, "title", "新计划", offset: 100)
    }
    static let newCityPlan: @Sendable (ServerFixture, String) -> Change = { f, user in
        f.change(user, .plan, "newcity-\(user)", plan: "newcity-\(user)", office: "daqing", "title", "市计划", offset: 100)
    }
    static let cityPlanTitle: @Sendable (ServerFixture, String) -> Change = { f, user in
        f.change(user, .plan, cityPlan, plan: cityPlan, office: "daqing", "title", "改名", offset: 100)
    }
    static func status(_ value: String) -> @Sendable (ServerFixture, String) -> Change {
        { f, user in f.change(user, .submission, submission, plan: plan, office: county, "status", value, offset: 100) }
    }
    static let reviewNote: @Sendable (ServerFixture, String) -> Change = { f, user in
        f.change(user, .submission, submission, plan: plan, office: county, "reviewNote", "请修改", offset: 100)
    }
    /// A new comment's first change names the writer's office.
    static let comment: @Sendable (ServerFixture, String) -> Change = { f, user in
        f.change(user, .comment, "c-\(user)", plan: plan, office: county, Comments.byOffice, f.principals[user]!.office.id, offset: 100)
    }
    static let cityComment = "city-comment"
    static let editCityComment: @Sendable (ServerFixture, String) -> Change = { f, user in
        f.change(user, .comment, cityComment, plan: plan, office: county, "body", "改掉市局意见", offset: 100)
    }
    static let deleteCityComment: @Sendable (ServerFixture, String) -> Change = { f, user in
        f.change(user, .comment, cityComment, plan: plan, office: county, Fields.deleted, Fields.yes, offset: 100)
    }
    static let newSubmission: @Sendable (ServerFixture, String) -> Change = { f, user in
        f.change(user, .submission, "sub-new", plan: plan, office: county, "snapshot",
                 ServerFixture.snapshot(plan: plan, office: county), offset: 100)
    }

    static let rows: [Row] = [
        edit("zhaozhou-editor", "edits its own plan", true, sectionBody),
        edit("zhaozhou-editor", "creates a plan in its office", true, newCountyPlan),
        edit("zhaozhou-editor", "creates a city plan", false, newCityPlan),
        edit("zhaozhou-editor", "edits the city plan", false, cityPlanTitle),
        edit("zhaozhou-editor", "starts a new submission (its snapshot)", true, newSubmission),
        edit("zhaozhou-editor", "sets its submitted submission to submitted again", false, status("submitted")),
        edit("zhaozhou-editor", "rewrites the city's comment", false, editCityComment),
        edit("zhaozhou-editor", "deletes the city's comment", false, deleteCityComment),
        edit("daqing-reviewer", "edits its own comment", true, editCityComment),
        edit("zhaozhou-editor", "accepts its own submission", false, status("accepted")),
        edit("zhaozhou-editor", "returns its own submission", false, status("returned")),
        edit("zhaozhou-editor", "writes the review note", false, reviewNote),
        edit("zhaozhou-editor", "comments on its plan", true, comment),
        edit("zhaoyuan-editor", "edits another county's plan", false, sectionBody),
        edit("zhaoyuan-editor", "creates a plan in another county", false, newCountyPlan),
        edit("zhaoyuan-editor", "accepts another county's submission", false, status("accepted")),
        edit("daqing-reviewer", "edits a county plan's text", false, sectionBody),
        edit("daqing-reviewer", "creates a plan in a county", false, newCountyPlan),
        edit("daqing-reviewer", "creates a city plan", true, newCityPlan),
        edit("daqing-reviewer", "edits the city plan", true, cityPlanTitle),
        edit("daqing-reviewer", "accepts a submission", true, status("accepted")),
        edit("daqing-reviewer", "returns a submission", true, status("returned")),
        edit("daqing-reviewer", "sets a submission back to submitted", false, status("submitted")),
        edit("daqing-reviewer", "writes the review note", true, reviewNote),
        edit("daqing-reviewer", "comments on a county plan", true, comment),
        edit("harbin-reviewer", "accepts another city's county submission", false, status("accepted")),
        edit("harbin-reviewer", "comments on another city's county plan", false, comment),
        edit("harbin-reviewer", "edits another city's plan", false, cityPlanTitle),
        edit("admin", "edits a county plan", false, sectionBody),
        edit("admin", "creates a city plan", false, newCityPlan),
    ]

    func seeded() async throws -> ServerFixture {
        let f = try await ServerFixture(store: MemoryServerStore())
        var county = f.planChanges("zhaozhou-editor", office: Self.county, plan: Self.plan, section: Self.section)
        county.append(f.change("zhaozhou-editor", .submission, Self.submission, plan: Self.plan, office: Self.county, "snapshot",
                               ServerFixture.snapshot(plan: Self.plan, office: Self.county), counter: 10))
        county.append(f.change("zhaozhou-editor", .submission, Self.submission, plan: Self.plan, office: Self.county, "status", "submitted", counter: 11))
        #expect(try await f.push("zhaozhou-editor", county).refusal == nil)
        let city = [
            f.change("daqing-reviewer", .plan, Self.cityPlan, plan: Self.cityPlan, office: "daqing", "title", "大庆市工作要点"),
            f.change("daqing-reviewer", .comment, Self.cityComment, plan: Self.plan, office: Self.county, Comments.byOffice, "daqing", counter: 1),
            f.change("daqing-reviewer", .comment, Self.cityComment, plan: Self.plan, office: Self.county, "body", "指标偏低", counter: 2),
        ]
        #expect(try await f.push("daqing-reviewer", city).refusal == nil)
        return f
    }

    @Test(arguments: rows) func writeMatrix(_ row: Row) async throws {
        let f = try await seeded()
        let outcome = try await f.push(row.actor, [row.make(f, row.actor)])
        if row.allowed {
            #expect(outcome.refusal == nil, "\(outcome.refusal?.message ?? "")")
            #expect(outcome.results.map(\.status) == [.accepted])
        } else {
            #expect(outcome.refusal?.code == .forbidden, "\(outcome.refusal?.message ?? "allowed")")
            #expect(outcome.results.first?.status == .rejected)
            #expect(outcome.results.first?.reason?.isEmpty == false)
        }
    }

    @Test func readMatrix() async throws {
        let f = try await seeded()
        func visible(_ user: String) -> [String] {
            AccessPolicy.visibleOffices(of: f.principals[user]!, in: ServerFixture.offices).map(\.id).sorted()
        }
        #expect(visible("zhaozhou-editor") == ["daqing", "zhaozhou"])
        #expect(visible("zhaoyuan-editor") == ["daqing", "zhaoyuan"])
        #expect(visible("daqing-reviewer") == ["daqing", "zhaoyuan", "zhaozhou"])
        #expect(visible("harbin-reviewer") == ["harbin"])
        #expect(visible("admin") == [])
        let other = try await f.store.pull(after: 0, limit: 100, offices: Set(visible("zhaoyuan-editor")))
        #expect(other.changes.allSatisfy { $0.office == "daqing" } && other.changes.count == 1)
    }

    @Test func identityIsTheTokensOwn() async throws {
        let f = try await seeded()
        var forged = Self.sectionBody(f, "zhaozhou-editor")
        forged.author = "zhaoyuan-editor"
        #expect(try await f.push("zhaozhou-editor", [forged]).refusal?.code == .forbidden)
        let otherReplica = Self.sectionBody(f, "zhaozhou-editor")
        let outcome = try await f.store.push(PushRequest(replica: "somebody-else", changes: [otherReplica]),
                                       by: f.principals["zhaozhou-editor"]!, nowMs: f.clock.nowMs(), drift: .default)
        #expect(outcome.refusal?.code == .forbidden)
    }

    @Test func structureIsChecked() async throws {
        let f = try await seeded()
        // A section that claims a plan the server does not know, or a plan of another office.
        let orphan = f.change("zhaozhou-editor", .section, "x1", plan: "missing", office: Self.county, "heading", "x", offset: 100)
        #expect(try await f.push("zhaozhou-editor", [orphan]).refusal?.code == .invalidChange)
        let smuggled = f.change("zhaozhou-editor", .section, "x2", plan: Self.cityPlan, office: Self.county, "heading", "x", offset: 100)
        #expect(try await f.push("zhaozhou-editor", [smuggled]).refusal?.code == .invalidChange)
        let retyped = f.change("zhaozhou-editor", .task, Self.section, plan: Self.plan, office: Self.county, "title", "x", offset: 100)
        #expect(try await f.push("zhaozhou-editor", [retyped]).refusal?.code == .invalidChange)
        let future = f.change("zhaozhou-editor", .section, Self.section, plan: Self.plan, office: Self.county, "body", "x", offset: 16 * 60 * 1000)
        #expect(try await f.push("zhaozhou-editor", [future]).refusal?.code == .clockDrift)
    }
}
