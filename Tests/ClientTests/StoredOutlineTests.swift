import Foundation
import GRDB
import Shared
import SharedStore
import Testing
@testable import ClientCore
@testable import Review

/// A replica's stored section titles (`Replica+OutlineTitles`) name a conflict's path exactly as the plan read whole
/// does, after any mix of edits, and no write leaves a plan's titles out of date without marking it.
struct StoredOutlineTests {
    let office = Office(id: "zhaozhou", name: "肇州县教育局", level: .county, parent: "daqing")

    func scratchPath() -> String {
        let base = FileManager.default.fileExists(atPath: "/dev/shm") ? "/dev/shm" : NSTemporaryDirectory()
        return base + "/tributary-outline-\(UUID().uuidString).db"
    }

    /// A plan of random nested sections with items, then random edits of what titles depend on: headings, moves
    /// (under other sections, or to the top), deletions and restores, the document's own labels, unnumbered parts.
    func randomReplica(seed: UInt64, path: String) throws -> (Replica, plan: String, entities: [String]) {
        var random = SeededRandom(seed: seed)
        let replica = try Replica.create(at: path, office: office, user: "王芳", ids: SequentialIDSource(prefix: "s\(seed)x"),
                                         credentials: CredentialStore(directory: path + "-credentials"))
        var sections: [String] = []
        var items: [String] = []
        let plan = try replica.edit { session -> String in
            let plan = try session.createPlan(title: "肇州县2026年教育工作计划", period: "2026", kind: "annual")
            for n in 0..<Int.random(in: 8...30, using: &random) {
                let parent = sections.isEmpty || Bool.random(using: &random) ? nil : sections.randomElement(using: &random)
                sections.append(try session.addSection(plan: plan, parent: parent, heading: "第\(n)节", body: nil))
                if Int.random(in: 0..<3, using: &random) == 0 {
                    items.append(try session.addIndicator(plan: plan, section: sections.last, fields: ["name": "指标\(n)", "value": "9"]))
                }
            }
            return plan
        }
        for _ in 0..<Int.random(in: 5...25, using: &random) {
            let section = sections.randomElement(using: &random)!
            try replica.edit { session in
                switch Int.random(in: 0..<6, using: &random) {
                case 0: try? session.set(section, "heading", "改\(Int.random(in: 0..<99, using: &random))")
                case 1:
                    let parent = Bool.random(using: &random) ? nil : sections.randomElement(using: &random)
                    if parent != section { try? session.move(section, parent: parent, after: nil) }
                case 2: try? session.delete(section)
                case 3: try? session.restore(section)
                case 4: try? session.set(section, Fields.label, Bool.random(using: &random) ? "第\(Int.random(in: 1..<9, using: &random))部分" : nil)
                default: try? session.set(section, Fields.unnumbered, Bool.random(using: &random) ? Fields.yes : Fields.no)
                }
            }
        }
        return (replica, plan, sections + items)
    }

    @Test(arguments: 0..<16 as Range<UInt64>)
    func storedTitlesNameEveryPathAsThePlanReadWholeDoes(seed: UInt64) throws {
        let path = scratchPath()
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        let (replica, plan, entities) = try randomReplica(seed: seed, path: path)
        #expect(try replica.staleOutlinePlans() == [plan], "the edits marked the plan")
        #expect(try replica.storedOutline(plan: plan, entities: Set(entities)) == nil, "stale titles are never read")
        #expect(try replica.refreshOutlineTitles() == 1)
        #expect(try replica.staleOutlinePlans().isEmpty)
        #expect(try replica.check().healthy)

        let wanted = Set(entities + [plan])
        let document = try #require(try replica.outlineDocument(plan: plan, whole: wanted, items: false))
        let whole = ConflictContext.PlanFacts(document, keeping: wanted, siblings: false)
        let stored = try #require(try replica.storedOutline(plan: plan, entities: wanted))
        let fromStore = ConflictContext.PlanFacts(planTitle: stored.planTitle, sectionCount: stored.sectionCount,
                                                  titles: stored.titles, parents: stored.parents, entities: stored.entities)
        for entity in wanted.sorted() {
            let state = try #require(try replica.read { try $0.state(of: entity) })
            let version = Version(stamp: Stamp(ms: 1, counter: 0, replica: "r"), field: "heading", value: "x", author: "王芳",
                                  replaces: [], observed: [])
            let record = ConflictRecord(kind: state.kind, entity: entity, plan: plan, office: office.id, field: "heading",
                                        base: nil, contenders: [version, version])
            let a = ConflictContext.make(record: record, facts: whole, officeName: office.name)
            let b = ConflictContext.make(record: record, facts: fromStore, officeName: office.name)
            #expect(a.sections == b.sections, "seed \(seed), \(entity)")
            #expect(a.planTitle == b.planTitle && a.entityLabel == b.entityLabel)
            #expect(a.fields.filter { StoredOutline.contextFields.contains($0.key) } == b.fields)
        }
    }

    @Test func everyWriteThatChangesATitleMarksItsPlanAndCheckCatchesAnUnmarkedOne() throws {
        let path = scratchPath()
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        let replica = try Replica.create(at: path, office: office, user: "王芳", credentials: CredentialStore(directory: path + "-credentials"))
        let (plan, a, b) = try replica.edit { session in
            let plan = try session.createPlan(title: "计划", period: "2026", kind: "annual")
            let a = try session.addSection(plan: plan, parent: nil, heading: "主要目标", body: nil)
            let b = try session.addSection(plan: plan, parent: nil, heading: "重点任务", body: nil)
            return (plan, a, b)
        }
        try replica.refreshOutlineTitles()
        // A paragraph or an item's name changes no title: the plan stays up to date.
        try replica.edit { try $0.set(a, "body", "正文") }
        #expect(try replica.staleOutlinePlans().isEmpty)
        for edit in [{ (s: inout EditSession) in try s.set(a, "heading", "目标") },
                     { (s: inout EditSession) in try s.move(b, parent: a, after: nil) },
                     { (s: inout EditSession) in try s.set(b, Fields.unnumbered, Fields.yes) },
                     { (s: inout EditSession) in try s.set(b, Fields.label, "第一部分") },
                     { (s: inout EditSession) in try s.delete(a) }] {
            try replica.edit(edit)
            #expect(try replica.staleOutlinePlans() == [plan])
            try replica.refreshOutlineTitles()
            #expect(try replica.check().healthy)
        }
        // A stored title changed behind the triggers' back is a problem `check` names.
        try replica.pool.write { try $0.execute(sql: "UPDATE outline_title SET title = '错' WHERE section = ?", arguments: [b]) }
        let report = try replica.check()
        #expect(report.problems.contains { $0.examples.contains("outline_title \(plan)") })
    }
}
