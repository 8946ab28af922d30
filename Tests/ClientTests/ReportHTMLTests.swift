import Foundation
import Testing
@testable import ClientCore
@testable import Shared

/// The report as a pure function of its data: every county and indicator present, placeholders and missing counties
/// marked and never drawn as bars, the verdicts in words, user text escaped, nothing that could fetch.
struct ReportHTMLTests {
    static func county(_ id: String, _ name: String) -> Office { Office(id: id, name: name, level: .county, parent: "daqing") }
    static let zhaozhou = county("zhaozhou", "肇州县教育局"), zhaoyuan = county("zhaoyuan", "肇源县教育局")
    static let lindian = county("lindian", "林甸县<script>alert(1)</script>")

    static func plan(_ office: Office, _ indicators: [String: String]) -> PlanDocument {
        let plan = EntityState(id: "p-" + office.id, kind: .plan, plan: "p-" + office.id, office: office.id, fields: ["title": office.name])
        let states = indicators.map { name, value in
            EntityState(id: office.id + name, kind: .indicator, plan: plan.id, office: office.id, fields: ["name": name, "value": value])
        }
        return PlanDocument(plan: plan, sections: [], indicators: states, tasks: [])
    }

    static func rollup(_ fields: [String: String]) -> RollupResult {
        Rollup.compute(cityIndicator: EntityState(id: "ci-" + (fields["name"] ?? ""), kind: .indicator, plan: "pc", office: "daqing", fields: fields),
                       counties: [(zhaozhou, plan(zhaozhou, ["学前三年毛入园率": "95", "新增幼儿园学位": "600"])),
                                  (zhaoyuan, plan(zhaoyuan, ["学前三年毛入园率": "XX", "新增幼儿园学位": "400"])),
                                  (lindian, plan(lindian, ["新增幼儿园学位": "500"]))])
    }

    static var report: CityReport {
        let rate = rollup(["name": "学前三年毛入园率", "rollup": "min", "comparator": "ge", "value": "97", "unit": "%"])
        let seats = rollup(["name": "新增幼儿园学位", "rollup": "sum", "comparator": "ge", "value": "1500", "unit": "个"])
        let board = [
            BoardRow(office: zhaozhou, plan: "p-zhaozhou", lastSyncMs: 1_764_000_000_000, lastActivityMs: nil, submission: "accepted",
                     latestSubmission: "s1", figures: FigureSource(kind: .accepted, submission: "s1", acceptedMs: 1_764_000_000_000, changedSinceAcceptance: 2),
                     openConflicts: 1, missingIndicators: [], placeholderIndicators: [], overdueTasks: ["义务教育优质均衡达标迎检"]),
            BoardRow(office: lindian, plan: nil, lastSyncMs: nil, lastActivityMs: nil, submission: "draft", latestSubmission: nil,
                     figures: FigureSource(kind: .none), openConflicts: 0, missingIndicators: ["学前三年毛入园率"],
                     placeholderIndicators: [], overdueTasks: []),
        ]
        let outline: [ReportOutlineItem] = [
            .section(depth: 0, label: "一、", heading: "主要目标", body: "到2025年，全市学前三年毛入园率达97%以上。"),
            .indicator(depth: 1, text: "学前三年毛入园率 ≥ 97%（2025年）", placeholder: false),
            .section(depth: 1, label: "（一）", heading: "学前教育 & <b>普惠</b>", body: ""),
            .task(depth: 2, title: "义务教育优质均衡达标迎检", lead: "市教育局", responsible: "肇州县教育局", due: "2023", status: "planned"),
        ]
        let tasks = [TaskRow(number: 1, task: "义务教育优质均衡达标迎检", lead: "市教育局", responsible: "肇州县教育局", due: "2023",
                             status: "planned", overdue: true, county: "肇州县教育局")]
        return CityReport(title: "大庆市2025年教育工作要点", period: "2025", mode: .accepted, generatedMs: 1_764_000_000_000,
                          rollups: [rate, seats], board: board, outline: outline, tasks: tasks)
    }

    @Test func theFrameIsSelfContainedAndForbidsTheNetwork() {
        let html = ReportHTML.render(Self.report)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'"))
        #expect(!html.contains("<script") && !html.contains("<link") && !html.contains("@import") && !html.contains("url(http"))
        #expect(html.range(of: "(src|href)=\"?(https?:)?//", options: .regularExpression) == nil)
        #expect(html.contains("\"Microsoft YaHei\", \"SimSun\", \"Noto Sans CJK SC\", \"PingFang SC\", sans-serif"))
        #expect(html.contains("@page { size: A4") && html.contains("break-before: page"))
    }

    @Test func userTextIsEscapedEverywhere() {
        let html = ReportHTML.render(Self.report)
        #expect(!html.contains("<script>alert(1)</script>"))
        #expect(html.contains("林甸县&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("学前教育 &amp; &lt;b&gt;普惠&lt;/b&gt;"))
        #expect(HTMLText.escape("a\"b'c<d>&") == "a&quot;b&#39;c&lt;d&gt;&amp;")
    }

    @Test func everyCountyAndIndicatorIsChartedAndGapsAreNeverBars() throws {
        let report = Self.report
        let svg = BarChartSVG.render(report.rollups[0], id: "c1")
        // 95 is below ≥ 97 (a minimum compares county by county): hatched, and said in words.
        #expect(svg.contains("data-office=\"zhaozhou\"") && svg.contains("class=\"bar below\"") && svg.contains("95% ✗ 低于目标"))
        // The placeholder and the missing county: a dashed empty box with the reason, no bar.
        #expect(svg.contains("class=\"gap placeholder\"") && svg.contains("XX 待填（占位符）"))
        #expect(svg.contains("class=\"gap missing\"") && svg.contains("缺：未报该指标"))
        #expect(svg.components(separatedBy: "class=\"bar ").count - 1 == 2, "one county bar and the total")
        #expect(svg.contains("class=\"target\"") && svg.contains("目标 ≥ 97%"))
        // A summed count: the counties are plain bars, only the total meets the target line.
        let seats = BarChartSVG.render(report.rollups[1], id: "c2")
        #expect(seats.components(separatedBy: "class=\"bar plain\"").count - 1 == 3)
        #expect(seats.contains("1500个") && !seats.contains("低于目标"))
        let html = ReportHTML.render(report)
        for name in ["学前三年毛入园率", "新增幼儿园学位"] { #expect(html.contains("data-indicator=\"\(name)\"")) }
        for id in ["zhaozhou", "zhaoyuan", "lindian"] { #expect(html.contains("data-office=\"\(id)\"")) }
        #expect(html.contains("<span class=\"verdict incomplete\">？数据不全</span>"))
    }

    @Test func theBoardAndTheOutlineCarryWhatTheCityChecks() {
        let html = ReportHTML.render(Self.report)
        #expect(html.contains("已通过的报送 s1") && html.contains("工作稿在通过后已修改"))
        #expect(html.contains("义务教育优质均衡达标迎检") && html.contains("（逾期）"))
        #expect(html.contains("<p class=\"section d0\">一、主要目标</p>") && html.contains("（一）"))
        #expect(html.contains("牵头：市教育局；责任：肇州县教育局；时限：2023"))
        #expect(html.contains("从未"), "a county that never synced says so")
    }

    @Test func renderingIsDeterministic() {
        #expect(ReportHTML.render(Self.report) == ReportHTML.render(Self.report))
    }
}

/// One chart exactly as drawn, compared with Snapshots/rate-chart.svg (RECORD_SNAPSHOTS=1 rewrites it; open it in a
/// browser to look at it).
struct BarChartSnapshotTests {
    @Test func rateChart() throws {
        let svg = BarChartSVG.render(ReportHTMLTests.report.rollups[0], id: "chart-1") + "\n"
        let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots/rate-chart.svg")
        if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
            try svg.write(to: file, atomically: true, encoding: .utf8)
            return
        }
        #expect(svg == (try String(contentsOf: file, encoding: .utf8)), "chart differs:\n\(svg)")
    }
}
