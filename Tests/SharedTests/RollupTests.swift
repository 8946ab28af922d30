import Foundation
import Testing
@testable import Shared

struct RollupTests {
    static let city = Office(id: "daqing", name: "大庆市", level: .city, parent: nil)
    static func county(_ id: String, _ name: String) -> Office { Office(id: id, name: name, level: .county, parent: "daqing") }

    static func plan(_ office: Office, _ indicators: [String: String]) -> PlanDocument {
        let plan = EntityState(id: "p-" + office.id, kind: .plan, plan: "p-" + office.id, office: office.id, fields: ["title": office.name])
        let states = indicators.map { name, value in
            EntityState(id: office.id + name, kind: .indicator, plan: plan.id, office: office.id, fields: ["name": name, "value": value])
        }
        return PlanDocument(plan: plan, sections: [], indicators: states, tasks: [])
    }

    static func cityIndicator(_ fields: [String: String]) -> EntityState {
        EntityState(id: "ci", kind: .indicator, plan: "pc", office: "daqing", fields: fields)
    }

    let zhaozhou = county("zhaozhou", "肇州县"), zhaoyuan = county("zhaoyuan", "肇源县"), lindian = county("lindian", "林甸县")

    @Test func sumsCountsAndReportsMissingAndPlaceholders() {
        let result = Rollup.compute(
            cityIndicator: Self.cityIndicator(["name": "新增幼儿园学位", "rollup": "sum", "comparator": "ge", "value": "5000", "unit": "个"]),
            counties: [(zhaozhou, Self.plan(zhaozhou, ["新增幼儿园学位": "3000"])),
                       (zhaoyuan, Self.plan(zhaoyuan, ["新增幼儿园学位": "XX"])),
                       (lindian, Self.plan(lindian, [:]))])
        #expect(result.rolledUp == "3000")
        // 3000 is below 5000, but two counties have no figure yet: the verdict waits for them.
        #expect(result.verdict == .incomplete && result.met == nil)
        #expect(result.missing.map(\.id) == ["lindian"])
        #expect(result.placeholders.map(\.id) == ["zhaoyuan"])
    }

    @Test func ratesTakeMinimumMeanOrWeightedMean() {
        let counties = [(zhaozhou, Self.plan(zhaozhou, ["毛入园率": "98", "适龄人口": "3000"])),
                        (zhaoyuan, Self.plan(zhaoyuan, ["毛入园率": "95", "适龄人口": "1000"]))]
        func rolled(_ method: String) -> RollupResult {
            Rollup.compute(cityIndicator: Self.cityIndicator(["name": "毛入园率", "rollup": method, "rollupWeight": "适龄人口",
                                                              "comparator": "ge", "value": "97"]), counties: counties)
        }
        #expect(rolled("min").rolledUp == "95" && rolled("min").met == false)
        #expect(rolled("mean").rolledUp == "96.5")
        #expect(rolled("weighted").rolledUp == "97.25" && rolled("weighted").met == true)
        #expect(rolled("max").rolledUp == "98")
    }

    @Test(arguments: [
        // rolled up, comparator, target, complete → verdict
        ("98", "ge", "97", true, RollupVerdict.met),
        ("96", "ge", "97", true, .notMet),
        ("96", "ge", "97", false, .incomplete),
        ("98", "ge", "97", false, .incomplete),
        (nil, "ge", "97", true, .incomplete),
        (nil, "ge", "97", false, .incomplete),
        ("98", "ge", nil, true, .noTarget),
        ("98", "ge", nil, false, .noTarget),
        ("7.3", "approx", "7", true, .met),
        ("3", "le", "5", true, .met),
        ("6", "le", "5", true, .notMet),
        ("5", nil, "5", true, .met),
    ] as [(String?, String?, String?, Bool, RollupVerdict)])
    func verdict(rolled: String?, comparator: String?, target: String?, complete: Bool, expected: RollupVerdict) {
        #expect(Rollup.verdict(rolledUp: rolled.flatMap { Decimal(string: $0) }, comparator: comparator,
                               target: target.flatMap { Decimal(string: $0) }, complete: complete) == expected)
    }

    @Test func completeDataGivesAVerdictAndEachEntryItsSource() {
        let source = FigureSource(kind: .accepted, submission: "s1", acceptedMs: 1, plan: "p-zhaozhou", changedSinceAcceptance: 2)
        let result = Rollup.compute(
            cityIndicator: Self.cityIndicator(["name": "新增幼儿园学位", "rollup": "sum", "comparator": "ge", "value": "5000"]),
            counties: [(zhaozhou, Self.plan(zhaozhou, ["新增幼儿园学位": "3000"])), (zhaoyuan, Self.plan(zhaoyuan, ["新增幼儿园学位": "2500"]))],
            sources: ["zhaozhou": source])
        #expect(result.rolledUp == "5500" && result.verdict == .met && result.met == true)
        #expect(result.entries.map(\.office.id) == ["zhaoyuan", "zhaozhou"] && result.entries.map(\.source) == [nil, source])
        #expect(source.isStale)
        // A weighted mean with a county's weight missing is incomplete too.
        let weighted = Rollup.compute(
            cityIndicator: Self.cityIndicator(["name": "毛入园率", "rollup": "weighted", "rollupWeight": "适龄人口", "comparator": "ge", "value": "90"]),
            counties: [(zhaozhou, Self.plan(zhaozhou, ["毛入园率": "98", "适龄人口": "3000"])), (zhaoyuan, Self.plan(zhaoyuan, ["毛入园率": "95"]))])
        #expect(weighted.rolledUp == "98" && weighted.verdict == .incomplete)
    }

    @Test func approximateTargetsAllowFivePercent() {
        #expect(Rollup.satisfies(7.3, "approx", 7))
        #expect(!Rollup.satisfies(8, "approx", 7))
        #expect(Rollup.satisfies(52, "ge", 52) && !Rollup.satisfies(51.9, "ge", 52))
    }
}
