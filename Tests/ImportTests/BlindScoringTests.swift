import Foundation
import Testing
@testable import PlanImport

/// The blind sets, each scored on its own: plans written, with their expectations, by someone who had not read the
/// importer and before it had ever run on them. A set's first score is the honest measure of how the importer does on
/// documents it has never seen (the README and the closing notes report them). The importer was then fixed on what
/// each set showed; the bounds below keep it from sliding back.
struct BlindScoringTests {
    /// Six plans; first, blind score: headings 85/86, indicators 79/105, tasks 14/26.
    @Test func theFirstBlindSet() throws {
        let total = try ScoringTests.run(BlindFixtures.expected, tag: "blind score")
        #expect(total.headings.recall >= 0.95)
        #expect(total.indicators.recall >= 0.9)
        #expect(total.indicators.precision >= 0.9)
        #expect(total.tasks.recall >= 0.9)
    }

    /// Four plans; first, blind score: headings 63/65, indicators 50/63, tasks 7/18.
    @Test func theSecondBlindSet() throws {
        let total = try ScoringTests.run(BlindFixtures2.expected, tag: "blind2 score")
        #expect(total.headings.recall >= 0.95)
        #expect(total.indicators.recall >= 0.9)
        #expect(total.indicators.precision >= 0.9)
        #expect(total.tasks.recall >= 0.9)
    }

    /// Six typical plans, each copied with the furniture of a different kind of site; first, blind score: headings
    /// 106/106, indicators 116/116, tasks 28/31, noise 55 of 76 lines dropped and nothing else.
    @Test func theSeventhBlindSet() throws {
        let total = try ScoringTests.run(BlindFixtures7.expected, tag: "blind7 score")
        #expect(total.headings.recall >= 0.95)
        #expect(total.indicators.recall >= 0.9)
        #expect(total.indicators.precision >= 0.9)
        #expect(total.tasks.recall >= 0.9)
    }

    /// Six more typical plans; first, blind score: headings 96/96, indicators 123/123 (one extra), tasks 33/33, noise 42 of
    /// 48 lines dropped and nothing else.
    @Test func theSixthBlindSet() throws {
        let total = try ScoringTests.run(BlindFixtures6.expected, tag: "blind6 score")
        #expect(total.headings.recall >= 0.95)
        #expect(total.indicators.recall >= 0.9)
        #expect(total.indicators.precision >= 0.9)
        #expect(total.tasks.recall >= 0.9)
    }

    /// Six typical plans (not chosen for new shapes); first, blind score: headings 112/112, indicators 112/117, tasks
    /// 31/31, noise 27 of 31 lines dropped and nothing else.
    @Test func theFifthBlindSet() throws {
        let total = try ScoringTests.run(BlindFixtures5.expected, tag: "blind5 score")
        #expect(total.headings.recall >= 0.95)
        #expect(total.indicators.recall >= 0.9)
        #expect(total.indicators.precision >= 0.9)
        #expect(total.tasks.recall >= 0.9)
    }

    /// Six plans; first, blind score: headings 79/117, indicators 84/122, tasks 11/36.
    @Test func theFourthBlindSet() throws {
        let total = try ScoringTests.run(BlindFixtures4.expected, tag: "blind4 score")
        #expect(total.headings.recall >= 0.95)
        #expect(total.indicators.recall >= 0.9)
        #expect(total.indicators.precision >= 0.9)
        #expect(total.tasks.recall >= 0.9)
    }

    /// Five plans; first, blind score: headings 70/77, indicators 93/116, tasks 18/32.
    @Test func theThirdBlindSet() throws {
        let total = try ScoringTests.run(BlindFixtures3.expected, tag: "blind3 score")
        #expect(total.headings.recall >= 0.95)
        #expect(total.indicators.recall >= 0.9)
        #expect(total.indicators.precision >= 0.9)
        #expect(total.tasks.recall >= 0.9)
    }
}

/// The two copy artefacts `LineRepair` undoes, on their own.
struct LineRepairTests {
    @Test func aTablePastedOneCellPerLineBecomesRows() {
        let lines = ["指标", "2020年", "2025年", "属性", "学前三年毛入园率（%）", "90", "≥95", "预期性", "二、主要任务"]
        #expect(LineRepair.repair(lines) == ["指标\t2020年\t2025年\t属性", "学前三年毛入园率（%）\t90\t≥95\t预期性", "二、主要任务"])
        // A run of short lines that is no table stays as it is.
        let plain = ["指标", "学前教育", "义务教育"]
        #expect(LineRepair.repair(plain) == plain)
    }

    @Test func hardWrappedLinesAreJoinedOnlyWhereTheDocumentIsWrapped() {
        let wrapped = [
            "全县学前三年毛入园率达到96%以上，普惠性幼儿园覆盖率达到9",
            "2%，义务教育巩固率保持在99.5%以上，高中阶段毛入学率达",
            "到95%。",
            "（一）扩大优质教育资源。2025年9月底前建成城东幼儿园并投",
            "入使用，新增学位540个。",
        ]
        #expect(LineRepair.repair(wrapped) == [wrapped[0] + wrapped[1] + wrapped[2], wrapped[3] + wrapped[4]])
        // Whole paragraphs and short headings: nothing is joined.
        let whole = ["一、工作目标", "学前教育", "全县学前三年毛入园率达到96%以上。", "二、主要任务"]
        #expect(LineRepair.repair(whole) == whole)
    }
}
