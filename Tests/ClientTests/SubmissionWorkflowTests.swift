import Foundation
import Testing
import Shared
@testable import ClientCore

/// The submission cycle between a county and the city, exchanged here by file (the end-to-end tests run it through
/// the server).
struct SubmissionWorkflowTests {
    let cityOffice = Office(id: "daqing", name: "大庆市教育局", level: .city, parent: nil)

    @Test func submitReturnReviseResubmitAccept() throws {
        let scratch = Scratch()
        let clock = ManualWallClock(1_735_689_600_000)
        let countyReplica = try Replica.create(at: scratch.path("county.db"), office: county, user: "王芳", wallClock: clock)
        let city = try Replica.create(at: scratch.path("city.db"), office: cityOffice, user: "规划科", wallClock: clock)
        try city.saveOffices([county])  // what attach records: the counties the city reviews
        let (plan, indicator) = try countyReplica.edit { s -> (String, String) in
            let plan = try s.createPlan(title: "肇州县2025年教育工作计划", period: "2025", kind: "annual")
            let section = try s.addSection(plan: plan, parent: nil, heading: "主要目标", body: nil)
            return (plan, try s.addIndicator(plan: plan, section: section, fields: ["name": "学前三年毛入园率", "value": "95", "unit": "%"]))
        }
        let first = try countyReplica.submit(plan: plan, note: "初稿")
        _ = try city.importChanges(from: countyReplica)
        #expect(try city.submissions().map(\.status) == ["submitted"])
        clock.advance(by: 1000)
        try city.review(submission: first, status: "returned", note: "目标偏低", comments: [(indicator, "应不低于97%")])
        _ = try countyReplica.importChanges(from: city)
        let returned = try #require(try countyReplica.submissions().first)
        #expect(returned.status == "returned" && returned.reviewNote == "目标偏低")
        #expect(returned.comments.map(\.body) == ["应不低于97%"] && returned.comments.first?.target == indicator)
        clock.advance(by: 1000)
        try countyReplica.edit { try $0.set(indicator, "value", "97") }
        let second = try countyReplica.submit(plan: plan, note: "已按意见修改")
        _ = try city.importChanges(from: countyReplica)
        let diff = SubmissionDiff.compare(try #require(try city.snapshot(of: first)), try #require(try city.snapshot(of: second)), in: .chinese)
        #expect(diff == [SubmissionDiff.Line(kind: .changed, what: "指标「学前三年毛入园率」·目标值", before: "95", after: "97")])
        // The first snapshot is frozen: it still says 95.
        #expect(try city.snapshot(of: first)?.indicators.first?["value"] == "95")
        try city.review(submission: second, status: "accepted", note: nil)
        _ = try countyReplica.importChanges(from: city)
        #expect(try countyReplica.submissions().map(\.status) == ["returned", "accepted"])
    }

    @Test func rollUpWithAMissingCountyAndAPlaceholder() throws {
        let scratch = Scratch()
        let city = try Replica.create(at: scratch.path("city.db"), office: cityOffice, user: "规划科")
        let counties = [("zhaozhou", "肇州县", "3000"), ("zhaoyuan", "肇源县", "XX"), ("lindian", "林甸县", nil)]
        for (id, name, value) in counties {
            let office = Office(id: id, name: name, level: .county, parent: "daqing")
            let replica = try Replica.create(at: scratch.path(id + ".db"), office: office, user: name + "科员")
            try replica.edit { s in
                let plan = try s.createPlan(title: name + "计划", period: "2025", kind: "annual")
                if let value { _ = try s.addIndicator(plan: plan, section: nil, fields: ["name": "新增幼儿园学位", "value": value, "unit": "个"]) }
            }
            _ = try city.importChanges(from: replica)
            try city.saveOffices([office])
        }
        let cityPlan = try city.edit { s -> String in
            let plan = try s.createPlan(title: "大庆市2025年教育工作要点", period: "2025", kind: "annual")
            _ = try s.addIndicator(plan: plan, section: nil, fields: ["name": "新增幼儿园学位", "value": "5000", "unit": "个", "comparator": "ge", "rollup": "sum"])
            _ = try s.addTask(plan: plan, section: nil, fields: ["title": "义务教育优质均衡达标迎检", "county": "肇州县", "due": "2023", "lead": "市教育局"])
            return plan
        }
        let consolidation = try Consolidation.gather(replica: city, cityPlan: cityPlan, mode: .draft)
        let rollup = try #require(consolidation.rollups.first)
        #expect(rollup.rolledUp == "3000" && rollup.verdict == .incomplete)
        #expect(rollup.entries.allSatisfy { $0.source?.kind == .draft })
        #expect(rollup.missing.map(\.name) == ["林甸县"] && rollup.placeholders.map(\.name) == ["肇源县"])
        let rows = consolidation.taskRows(today: Due("2024-01-01")!)
        #expect(rows.map(\.overdue) == [true] && rows.first?.responsible == "肇州县")
        let csv = Exports.rollupCSV(consolidation.rollups)
        #expect(csv.hasPrefix("\u{FEFF}指标,填报单位,数值,计量单位,") && csv.contains("林甸县,,个,,,,缺,") && csv.contains("肇源县,,个,,,,待填（XX）,"), "\(csv)")
        #expect(csv.contains("新增幼儿园学位,汇总（合计）,3000,个,不低于（≥）,5000,数据不全,林甸县缺、肇源县待填,"), "\(csv)")
        #expect(csv.contains("数据不全") && csv.contains("工作稿（未经审核）"))
        let markdown = Exports.markdown(consolidation)
        #expect(markdown.contains("# 大庆市2025年教育工作要点") && markdown.contains("| 新增幼儿园学位 | 3000个（合计）"))
    }
}
