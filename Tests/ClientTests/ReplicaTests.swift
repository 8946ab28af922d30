import Foundation
import Testing
import Shared
import SharedStore
@testable import ClientCore

struct ReplicaTests {
    func pair(_ scratch: Scratch, clock: ManualWallClock) throws -> (Replica, Replica) {
        (try Replica.create(at: scratch.path("a.db"), office: county, user: "王芳", wallClock: clock, ids: SequentialIDSource(prefix: "a")),
         try Replica.create(at: scratch.path("b.db"), office: county, user: "李明", wallClock: clock, ids: SequentialIDSource(prefix: "b")))
    }

    @Test func aSecondEditBySideReplacesItsOwnContender() throws {
        let scratch = Scratch()
        let clock = ManualWallClock(1_700_000_000_000)
        let (a, b) = try pair(scratch, clock: clock)
        let (plan, section) = try a.edit { s -> (String, String) in
            let plan = try s.createPlan(title: "计划", period: "2025", kind: "annual")
            return (plan, try s.addSection(plan: plan, parent: nil, heading: "主要目标", body: "原文。"))
        }
        _ = try b.importChanges(from: a)
        clock.advance(by: 10)
        try a.edit { try $0.set(section, "body", "甲改。") }
        try b.edit { try $0.set(section, "body", "乙改。") }
        _ = try a.importChanges(from: b)
        _ = try b.importChanges(from: a)
        #expect(try a.conflicts().count == 1)
        clock.advance(by: 10)
        try a.edit { try $0.set(section, "body", "甲再改。") }
        _ = try b.importChanges(from: a)
        for replica in [a, b] {
            let conflicts = try replica.conflicts(plan: plan)
            #expect(conflicts.count == 1)
            #expect(Set(conflicts[0].contenders.map(\.value)) == ["甲再改。", "乙改。"])
            #expect(conflicts[0].base?.value == "原文。")
        }
        // Resolving on one replica closes it on the other once the resolution arrives.
        try b.resolve(try #require(try b.conflicts().first), value: "甲再改。乙改。", how: .merged)
        _ = try a.importChanges(from: b)
        #expect(try a.conflicts().isEmpty && b.conflicts().isEmpty)
        #expect(try a.state(of: section)?["body"] == "甲再改。乙改。")
        #expect(try a.history(entity: section, field: "body").last?.resolution == .merged)
    }

    @Test func bulkEditsCommitTogether() throws {
        let scratch = Scratch()
        let replica = try Replica.create(at: scratch.path("bulk.db"), office: county, user: "王芳")
        try replica.edit { s in
            let plan = try s.createPlan(title: "大计划", period: "2021-2025", kind: "fiveYear")
            let positions = FractionalIndex.spread(400)
            for i in 0..<400 {
                _ = try s.addSection(plan: plan, parent: nil, position: positions[i], heading: "第\(i)节", body: String(repeating: "教育", count: 100))
            }
        }
        let status = try replica.status()
        #expect(status.unsyncedChanges == 3 + 400 * 3)
        let plan = try #require(try replica.plans().first)
        #expect(try replica.document(plan: plan.id)?.outline.map(\.label).prefix(3) == ["一、", "二、", "三、"])
        // A failing edit session leaves nothing behind.
        #expect(throws: ReplicaError.self) {
            try replica.edit { s in
                _ = try s.addSection(plan: plan.id, parent: nil, heading: "不会留下", body: nil)
                try s.set(plan.id, "period", "not a period")
            }
        }
        #expect(try replica.status().unsyncedChanges == status.unsyncedChanges)
    }

    @Test func restoringADeletedSectionByResolutionBringsBackItsContents() throws {
        let scratch = Scratch()
        let clock = ManualWallClock(1_700_000_000_000)
        let (a, b) = try pair(scratch, clock: clock)
        let (plan, section, task) = try a.edit { s -> (String, String, String) in
            let plan = try s.createPlan(title: "计划", period: "2025", kind: "annual")
            let section = try s.addSection(plan: plan, parent: nil, heading: "重点任务", body: nil)
            return (plan, section, try s.addTask(plan: plan, section: section, fields: ["title": "达标迎检"]))
        }
        _ = try b.importChanges(from: a)
        clock.advance(by: 10)
        try a.edit { try $0.delete(section) }
        try b.edit { try $0.set(section, "heading", "重点任务（修订）") }
        _ = try a.importChanges(from: b)
        _ = try b.importChanges(from: a)
        let conflict = try #require(try a.conflicts(plan: plan).first)
        #expect(conflict.isDeleteConflict)
        #expect(try a.state(of: task)?.isDeleted == true)
        try a.resolve(conflict, value: Fields.no, how: .restore)
        _ = try b.importChanges(from: a)
        for replica in [a, b] {
            #expect(try replica.conflicts(plan: plan).isEmpty)
            #expect(try replica.state(of: section)?.isDeleted == false)
            #expect(try replica.state(of: task)?.isDeleted == false, "the task deleted with its section comes back")
            #expect(try replica.state(of: section)?["heading"] == "重点任务（修订）")
        }
    }
}
