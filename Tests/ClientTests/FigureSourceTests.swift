import Foundation
import Testing
import Shared
import SharedStore
@testable import ClientCore

/// The city's figures come from each county's latest accepted submission unless it asks for the drafts; a working
/// plan edited after acceptance is flagged, and an unreadable snapshot is said in words.
struct FigureSourceTests {
    let cityOffice = Office(id: "daqing", name: "大庆市教育局", level: .city, parent: nil)
    let zhaoyuan = Office(id: "zhaoyuan", name: "肇源县教育局", level: .county, parent: "daqing")

    @Test func acceptedSnapshotsNotLaterEditsMakeTheFigures() throws {
        let scratch = Scratch()
        let clock = ManualWallClock(1_735_689_600_000)
        let city = try Replica.create(at: scratch.path("city.db"), office: cityOffice, user: "规划科", wallClock: clock)
        let countyReplica = try Replica.create(at: scratch.path("county.db"), office: county, user: "王芳", wallClock: clock)
        let other = try Replica.create(at: scratch.path("other.db"), office: zhaoyuan, user: "李明", wallClock: clock)
        try city.saveOffices([county, zhaoyuan])
        let (plan, seats) = try countyReplica.edit { s -> (String, String) in
            let plan = try s.createPlan(title: "肇州县2025年教育工作计划", period: "2025", kind: "annual")
            return (plan, try s.addIndicator(plan: plan, section: nil, fields: ["name": "新增幼儿园学位", "value": "600", "unit": "个"]))
        }
        _ = try other.edit { s in
            let plan = try s.createPlan(title: "肇源县2025年教育工作计划", period: "2025", kind: "annual")
            _ = try s.addIndicator(plan: plan, section: nil, fields: ["name": "新增幼儿园学位", "value": "400", "unit": "个"])
        }
        let submission = try countyReplica.submit(plan: plan, note: nil)
        _ = try city.importChanges(from: countyReplica)
        _ = try city.importChanges(from: other)
        clock.advance(by: 60_000)
        let acceptedAt = clock.nowMs()
        try city.review(submission: submission, status: "accepted", note: nil)
        let cityPlan = try city.edit { s -> String in
            let plan = try s.createPlan(title: "大庆市2025年教育工作要点", period: "2025", kind: "annual")
            _ = try s.addIndicator(plan: plan, section: nil, fields: ["name": "新增幼儿园学位", "value": "900", "comparator": "ge", "rollup": "sum"])
            return plan
        }

        // Accepted: 肇州县 from its accepted snapshot, 肇源县 has nothing accepted, so the verdict waits.
        var accepted = try Consolidation.gather(replica: city, cityPlan: cityPlan, mode: .accepted)
        var result = try #require(accepted.rollups.first)
        // Entries are in office order: 肇源县 (zhaoyuan) before 肇州县 (zhaozhou).
        #expect(result.entries.map(\.value) == [nil, "600"] && result.verdict == .incomplete && result.rolledUp == "600")
        let source = try #require(accepted.sources["zhaozhou"])
        #expect(source.kind == .accepted && source.submission == submission && source.acceptedMs == acceptedAt)
        #expect(source.plan == plan && source.changedSinceAcceptance == 0 && !source.isStale)
        #expect(accepted.sources["zhaoyuan"]?.kind == FigureSource.Kind.none)

        // The county edits after acceptance: the figures stay, the change is flagged.
        clock.advance(by: 1000)
        try countyReplica.edit { try $0.set(seats, "value", "300") }
        _ = try city.importChanges(from: countyReplica)
        accepted = try Consolidation.gather(replica: city, cityPlan: cityPlan, mode: .accepted)
        result = try #require(accepted.rollups.first)
        #expect(result.entries.last?.value == "600" && accepted.sources["zhaozhou"]?.changedSinceAcceptance == 1)
        #expect(Exports.rollupCSV(accepted.rollups).contains("工作稿在通过后已修改 1 处"))

        // Drafts: the working plans, both counties, a verdict over complete data.
        let draft = try Consolidation.gather(replica: city, cityPlan: cityPlan, mode: .draft)
        let drafted = try #require(draft.rollups.first)
        #expect(drafted.entries.map(\.value) == ["400", "300"] && drafted.rolledUp == "700" && drafted.verdict == .notMet)
        #expect(draft.sources.values.allSatisfy { $0.kind == .draft })
    }

    @Test func anUndecodableSnapshotIsSaidInWords() throws {
        let scratch = Scratch()
        let city = try Replica.create(at: scratch.path("city.db"), office: cityOffice, user: "规划科")
        let countyReplica = try Replica.create(at: scratch.path("county.db"), office: county, user: "王芳")
        try city.saveOffices([county])
        // Only an older server could have let such a snapshot through: today both sides refuse it.
        let plan = try countyReplica.edit { s in try s.createPlan(title: "肇州县计划", period: "2025", kind: "annual") }
        let submission = "sub-garbled"
        let key = EntityKey(id: submission, kind: .submission, plan: plan, office: county.id)
        try countyReplica.writeUnchecked(key, "snapshot", "{\"plan\": 42")
        try countyReplica.writeUnchecked(key, "status", "submitted")
        _ = try city.applyRemote(try countyReplica.allChanges())  // as pulled from that older server
        try city.review(submission: submission, status: "accepted", note: nil)
        #expect(throws: SnapshotUnreadable.self) { try city.readableSnapshot(of: submission) }
        do {
            _ = try city.readableSnapshot(of: submission)
        } catch let error as SnapshotUnreadable {
            #expect(error.description.contains(String(submission.prefix(8))))
            #expect(!error.description.contains("DecodingError") && !error.description.contains("Swift."))
        }
        let cityPlan = try city.edit { try $0.createPlan(title: "大庆市要点", period: "2025", kind: "annual") }
        let consolidation = try Consolidation.gather(replica: city, cityPlan: cityPlan, mode: .accepted)
        let source = try #require(consolidation.sources["zhaozhou"])
        #expect(source.kind == .unreadable && source.submission == submission && source.problem?.zh.isEmpty == false && source.problem?.en.isEmpty == false)
        #expect(consolidation.counties.first?.1 == nil)
    }

    @Test(arguments: [
        ("{", "JSON"), ("{\"plan\": 1}", "plan"), ("[]", ""),
    ])
    func decodingProblemsNameWhereTheyAre(text: String, mentions: String) {
        do {
            _ = try WireJSON.decoder().decode(PlanDocument.self, from: Data(text.utf8))
            Issue.record("decoded \(text)")
        } catch {
            let detail = SnapshotUnreadable.detail(error)
            for text in [detail.zh, detail.en] {
                #expect(!text.isEmpty && (mentions.isEmpty || text.contains(mentions)))
            }
        }
    }
}
