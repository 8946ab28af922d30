import Shared
import Testing
@testable import Review

struct ConflictViewTests {
    func context(_ record: ConflictRecord) -> ConflictContext {
        ConflictContext.make(record: record, document: Fixtures.document, officeName: "肇州县教育局")
    }

    @Test func idsAreShortStableAndAcceptUniquePrefixes() {
        let records = Fixtures.records
        #expect(records.map(ConflictID.of) == ["s1000000.body", "i1000000.value", "t1000000.deleted", "s2000000.place"])
        #expect(ConflictID.find("s1000000.body", in: records) == .one(0))
        #expect(ConflictID.find("i1", in: records) == .one(1))
        #expect(ConflictID.find("s", in: records) == .ambiguous(["s1000000.body", "s2000000.place"]))
        #expect(ConflictID.find("s2000000-com.place", in: records) == .one(3))
        #expect(ConflictID.find("x", in: records) == .none)
    }

    @Test func contextNamesThePlanTheSectionsAndTheEntity() {
        let c = context(Fixtures.indicator)
        #expect(c.planTitle == "肇州县2025年教育工作计划")
        #expect(c.entityLabel == "学前三年毛入园率")
        #expect(c.sections.map(\.title) == ["一、学前教育"])
        #expect(context(Fixtures.move).sections.map(\.title) == ["一、学前教育", "（一）义务教育"])
    }

    @Test func filtersBySectionAuthorAndAge() {
        let now = Fixtures.t0 + 3_600_000
        let bySection = ConflictFilter(section: "s1000000-pre")
        #expect(Fixtures.records.filter { bySection.matches($0, context: context($0), nowMs: now) }.map(ConflictID.of)
                == ["s1000000.body", "i1000000.value", "s2000000.place"])
        #expect(Fixtures.records.filter { ConflictFilter(author: "王芳").matches($0, context: nil, nowMs: now) }.count == 4)
        #expect(Fixtures.records.filter { ConflictFilter(author: "张三").matches($0, context: nil, nowMs: now) }.isEmpty)
        // Opened 2 to 5 minutes after t0; an hour later they are older than 30m and none is newer than 30m.
        #expect(Fixtures.records.allSatisfy { ConflictFilter(olderThanMs: ConflictFilter.duration("30m")).matches($0, context: nil, nowMs: now) })
        #expect(!Fixtures.records.contains { ConflictFilter(newerThanMs: ConflictFilter.duration("30m")).matches($0, context: nil, nowMs: now) })
        #expect(ConflictFilter.duration("2w") == Int64(14 * 24 * 3_600_000))
        #expect(ConflictFilter.duration("3 days") == nil && ConflictFilter.duration("d") == nil)
    }

    @Test func eachShapeGetsItsOwnView() {
        let views = Fixtures.items().map(\.view)
        #expect(views.map(\.shape) == [.paragraph, .indicator, .deletion, .move])
        // Indicator: old → new with the unit on both sides.
        #expect(views[1].blocks[1].lines[0].text == "学前三年毛入园率  ≥ 97% → ≥ 99%")
        // Move: places in words.
        #expect(views[3].blocks.map { $0.lines.first?.text ?? "" } == ["在顶层，排在最前", "在「一、学前教育」下，排在最前", "在顶层，「二、普高教育」之后"])
        // Delete against edit: what the deleter had not seen.
        #expect(views[2].blocks[1].lines[0].text == "标题：新建公办园8所")
        // Tie-break explained.
        #expect(views[1].notes[0].text == "为何显示胜者：时钟相同，按副本编号决胜（rB > rA）")
    }

    @Test func listingsAreTheSameWhateverOrderTheRecordsCameIn() {
        let listings = Fixtures.records.map { ConflictListing(record: $0, context: context($0)) }
        #expect(ConflictListing.sorted(listings) == ConflictListing.sorted(listings.reversed()))
        #expect(ConflictListing.sorted(listings).map(\.id) == ["i1000000.value", "s1000000.body", "s2000000.place", "t1000000.deleted"])
        #expect(listings[0].suggestedMerge != nil && listings[1].suggestedMerge == nil)
    }

    @Test func theEditBufferShowsEverySideInCommentsAndReadsBackTheText() {
        let buffer = EditBuffer.compose(Fixtures.paragraph, proposal: "第一行\n第二行", words: .chinese)
        #expect(buffer.hasPrefix("# 编辑下面的合并结果"))
        #expect(buffer.contains("# 胜者（王芳）：\n#   到2025年"))
        #expect(EditBuffer.parse(buffer) == "第一行\n第二行")
        #expect(EditBuffer.parse("# 只有注释\n\n  \n") == nil)
    }
}
