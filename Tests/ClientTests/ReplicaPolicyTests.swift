import Foundation
import GRDB
import Testing
import Shared
import SharedStore
@testable import ClientCore

/// A replica applies the server's rules to its own edits (told at once, offline) and to what `exchange` copies in.
struct ReplicaPolicyTests {
    let city = Office(id: "daqing", name: "大庆市教育局", level: .city, parent: nil)
    let clock = ManualWallClock(1_800_000_000_000)

    func countyWithSubmission(_ scratch: Scratch) throws -> (Replica, plan: String, submission: String) {
        let replica = try Replica.create(at: scratch.path("county.db"), office: county, user: "zhaozhou-editor", wallClock: clock)
        let plan = try replica.edit { try $0.createPlan(title: "肇州县计划", period: "2025", kind: "annual") }
        let submission = try replica.submit(plan: plan, note: "初稿")
        return (replica, plan, submission)
    }

    /// The city's replica as attach leaves it (it knows its counties), holding what the county wrote.
    func reviewing(_ county: Replica, _ scratch: Scratch) throws -> Replica {
        let cityReplica = try Replica.create(at: scratch.path("city.db"), office: city, user: "daqing-reviewer", wallClock: clock)
        try cityReplica.saveOffices([ClientTests.county])
        _ = try cityReplica.importChanges(from: county)
        return cityReplica
    }

    @Test func aCountyIsToldAtOnceThatOnlyTheCityAccepts() throws {
        let scratch = Scratch()
        let (replica, _, submission) = try countyWithSubmission(scratch)
        let before = try replica.outboxCount()
        #expect(throws: ReplicaError.self) { try replica.review(submission: submission, status: "accepted", note: nil) }
        do {
            try replica.review(submission: submission, status: "accepted", note: nil)
        } catch let error as ReplicaError {
            guard case .refused(let violation) = error else { Issue.record("expected a refusal, got \(error)"); return }
            #expect(violation.code == .forbidden && violation.chinese.contains("市局"))
        }
        #expect(try replica.outboxCount() == before, "nothing was written")
        #expect(try replica.submissions().map(\.status) == ["submitted"])
    }

    @Test func aCityReplicaCannotEditACountysText() throws {
        let scratch = Scratch()
        let (county, plan, _) = try countyWithSubmission(scratch)
        let cityReplica = try reviewing(county, scratch)
        let section = try county.edit { try $0.addSection(plan: plan, parent: nil, heading: "主要目标", body: "原文。") }
        _ = try cityReplica.importChanges(from: county)
        #expect(throws: ReplicaError.self) { try cityReplica.edit { try $0.setAny(section, "body", "市局改写") } }
        #expect(try cityReplica.state(of: section)?["body"] == "原文。")
    }

    @Test func aSecondVerdictIsRefused() throws {
        let scratch = Scratch()
        let (county, _, submission) = try countyWithSubmission(scratch)
        let cityReplica = try reviewing(county, scratch)
        clock.advance(by: 1_000)
        try cityReplica.review(submission: submission, status: "accepted", note: "同意")
        clock.advance(by: 1_000)
        #expect(throws: ReplicaError.self) { try cityReplica.review(submission: submission, status: "returned", note: "改") }
        #expect(try cityReplica.submissions().first?.status == "accepted")
    }

    /// A replica file on a USB stick carrying a change that erases the city's indicator through `replaces`: the
    /// import is refused whole and changes nothing.
    @Test func exchangeRefusesAForgedFile() throws {
        let scratch = Scratch()
        let cityReplica = try Replica.create(at: scratch.path("city.db"), office: city, user: "daqing-reviewer", wallClock: clock)
        let (cityPlan, indicator) = try cityReplica.edit { s -> (String, String) in
            let plan = try s.createPlan(title: "大庆市规划", period: "2025", kind: "annual")
            return (plan, try s.addIndicator(plan: plan, section: nil, fields: ["name": "学前三年毛入园率", "value": "97"]))
        }
        _ = cityPlan
        let (county, plan, _) = try countyWithSubmission(scratch)
        _ = try county.importChanges(from: cityReplica)
        let heads = try county.heads(entity: indicator, field: "value").map(\.stamp)
        let task = try county.edit { try $0.addTask(plan: plan, section: nil, fields: ["title": "迎检"]) }
        // Forge: write straight into the county file, past its own checks.
        let forged = Change(stamp: Stamp(ms: clock.nowMs() + 10, counter: 0, replica: county.replicaID), kind: .task, entity: task,
                            plan: plan, office: "zhaozhou", field: "title", value: "改", replaces: heads, author: "zhaozhou-editor")
        try county.pool.write { db in var log = SQLiteChangeLog(db); _ = try log.apply([forged]) }
        let victim = try Replica.create(at: scratch.path("victim.db"), office: city, user: "daqing-reviewer", wallClock: clock)
        _ = try victim.importChanges(from: cityReplica)
        let before = try victim.allChanges()
        do {
            _ = try victim.importChanges(from: county)
            Issue.record("the forged file was imported")
        } catch let error as ReplicaError {
            #expect(error.description.contains("1"), "\(error)")
        }
        #expect(try victim.allChanges() == before)
        #expect(try victim.state(of: indicator)?["value"] == "97")
    }
}
