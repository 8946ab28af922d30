import Foundation
import Shared
import Testing
@testable import ClientCore
@testable import PlanImport

/// Writing an imported plan into a replica: ordinary changes, in one transaction, read back as the same outline.
struct PlanImporterTests {
    final class Folder: @unchecked Sendable {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("tributary-import-" + UUID().uuidString)
        init() { try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true) }
        func path(_ name: String) -> String { url.appendingPathComponent(name).path }
        deinit { try? FileManager.default.removeItem(at: url) }
    }

    static let office = Office(id: "zhaozhou", name: "肇州县教育局", level: .county, parent: "daqing")

    @Test func writesTheOutlineIndicatorsAndTasks() throws {
        let folder = Folder()
        let replica = try Replica.create(at: folder.path("r.db"), office: Self.office, user: "规划股")
        let imported = try PlanTextParser.parse(Fixtures.countyWebPage)
        let summary = try PlanImporter.write(imported, title: imported.title, period: "2025", kind: "annual", into: replica)
        #expect(summary.sections == imported.sectionCount)
        #expect(summary.indicators == 12)
        #expect(summary.tasks == 4)
        #expect(summary.dropped == 7)
        #expect(summary.skipped.isEmpty)

        let document = try #require(try replica.document(plan: summary.plan))
        #expect(document.plan["title"] == "肇州县2025年教育工作要点")
        #expect(document.plan["period"] == "2025")
        let sections = Dictionary(uniqueKeysWithValues: document.sections.map { ($0.id, $0) })
        let headings = Outline.flatten(document.outline).map { String(repeating: "  ", count: $0.depth) + (sections[$0.id]?["heading"] ?? "") }
        // The replica numbers sections itself (一、 （一） 1. …); the tree and the headings are the import's.
        #expect(headings == imported.allSections.map { String(repeating: "  ", count: $0.depth) + $0.heading })
        let draft = try #require(document.indicators.first { $0["name"] == "撤并学校" })
        #expect(draft["value"] == "XX")
        #expect(draft["unit"] == "所")
        #expect(draft["year"] == "2025")
        #expect(draft["source"] == "撤并学校XX所")
        let lines = OutlinePrinter.lines(document, withIDs: false, in: .chinese)
        #expect(lines.contains { $0.hasSuffix("◆ 指标：撤并学校 = XX所 ［待填］（2025年）") })
        #expect(lines.contains { $0.contains("▸ 任务：加强经费保障（牵头：县教育局；责任：县财政局；时限：2025-06；未开始）") })
        // A task without a lead unit in the document is the importing office's.
        #expect(lines.contains { $0.contains("▸ 任务：达标迎检（牵头：肇州县教育局；肇州县；时限：2023；未开始）") })
        // Every write is a change waiting to sync.
        #expect(try replica.status().unsyncedChanges > 100)
    }

    @Test func invalidPlanValuesChangeNothing() throws {
        let folder = Folder()
        let replica = try Replica.create(at: folder.path("r.db"), office: Self.office, user: "规划股")
        let imported = try PlanTextParser.parse(Fixtures.countyWebPage)
        #expect(throws: ReplicaError.self) {
            try PlanImporter.write(imported, title: imported.title, period: "2025年", kind: "annual", into: replica)
        }
        #expect(throws: ReplicaError.self) { try PlanImporter.write(imported, title: "", period: "2025", kind: "annual", into: replica) }
        #expect(try replica.plans().isEmpty)
    }

    @Test func overlongHeadingsMoveIntoTheBody() throws {
        let folder = Folder()
        let replica = try Replica.create(at: folder.path("r.db"), office: Self.office, user: "规划股")
        let heading = String(repeating: "长", count: 501)
        let plan = ImportedPlan(title: "测试", sections: [ImportedSection(number: "一、", heading: heading, depth: 0, body: "正文")], dropped: [])
        let summary = try PlanImporter.write(plan, title: "测试", period: "2025", kind: "annual", into: replica)
        let document = try #require(try replica.document(plan: summary.plan))
        #expect(document.sections.first?["heading"] == "")
        #expect(document.sections.first?["body"] == heading + "\n正文")
    }

    /// Text a replica would refuse (an escape, a direction override, a carriage return inside a line) is cleaned on import,
    /// said in the dry run, and the plan passes the same checks the server applies.
    @Test func refusedCharactersAreCleanedAndSaid() throws {
        let folder = Folder()
        let replica = try Replica.create(at: folder.path("r.db"), office: Self.office, user: "规划股")
        let text = "2025年工作要点\r\n一、目标\u{1B}\r\n入园率达到90%\u{202E}。\r\n二、措施\r\n加强保障。"
        let imported = try PlanTextParser.parse(text)
        #expect(imported.removedCharacters == 2)
        #expect(imported.sections.map(\.heading) == ["目标", "措施"])
        #expect(ImportPreview.lines(imported, period: "2025", kind: "annual", in: .chinese).contains { $0.contains("另去掉 2 个控制字符") || $0.contains("removed 2 control") })
        let summary = try PlanImporter.write(imported, title: imported.title, period: "2025", kind: "annual", into: replica)
        #expect(summary.sections == 2)
        #expect(summary.indicators == 1)
    }

    /// A newer version of the document is written as edits: only the differences.
    @Test func aNewerVersionUpdatesThePlan() throws {
        let folder = Folder()
        let replica = try Replica.create(at: folder.path("r.db"), office: Self.office, user: "规划股")
        let first = try PlanTextParser.parse(GenreFixtures.cityKeyPointsStraightThrough)
        let written = try PlanImporter.write(first, title: first.title, period: "2025", kind: "annual", into: replica)
        #expect(try PlanImporter.existing(title: first.title, period: "2025", in: replica).map(\.id) == [written.plan])
        let before = try replica.status().unsyncedChanges
        let newer = try PlanTextParser.parse(GenreFixtures.cityKeyPointsStraightThrough
            .replacingOccurrences(of: "认定新优质学校15所。", with: "认定新优质学校18所。")
            .replacingOccurrences(of: "6.加强师德师风建设。", with: "6.加强师德师风建设。开展师德标兵评选。\n6a附加段落。"))
        let result = try PlanImporter.update(newer, plan: written.plan, title: newer.title, period: "2025", kind: "annual", into: replica)
        #expect(result.changed >= 2)
        #expect(result.deleted == 0)
        let after = try replica.status().unsyncedChanges
        #expect(after > before && after - before < 20, "only the differences are written")
        let document = try #require(try replica.document(plan: written.plan))
        #expect(document.indicators.contains { $0["name"] == "认定新优质学校" && $0["value"] == "18" })
        // The document's own numbers: 3. under 二、, and 1. where the computed form would be （一）.
        let labels = Outline.flatten(document.outline).map(\.label)
        #expect(labels.contains("3."))
        #expect(Array(labels.dropFirst().prefix(2)) == ["一、", "1."], "the introduction first, unnumbered")
    }
}
