import Testing
@testable import Shared

struct OutlineTests {
    @Test func labelsFollowTheOfficialNumbering() {
        #expect(NumberLabel.label(depth: 0, index: 0) == "一、")
        #expect(NumberLabel.label(depth: 0, index: 10) == "十一、")
        #expect(NumberLabel.label(depth: 1, index: 1) == "（二）")
        #expect(NumberLabel.label(depth: 2, index: 2) == "3.")
        #expect(NumberLabel.label(depth: 3, index: 0) == "（1）")
        #expect(NumberLabel.label(depth: 4, index: 0) == "①")
        #expect(NumberLabel.chineseNumeral(20) == "二十")
        #expect(NumberLabel.chineseNumeral(35) == "三十五")
        #expect(NumberLabel.chineseNumeral(105) == "一百零五")
    }

    @Test func fractionalKeysAlwaysFitBetween() {
        var random = SeededRandom(seed: 3)
        var keys: [String] = [FractionalIndex.between(nil, nil)]
        for _ in 0..<400 {
            let i = Int.random(in: 0...keys.count, using: &random)
            let key = FractionalIndex.between(i == 0 ? nil : keys[i - 1], i == keys.count ? nil : keys[i])
            #expect(FractionalIndex.isValid(key))
            if i > 0 { #expect(keys[i - 1] < key) }
            if i < keys.count { #expect(key < keys[i]) }
            keys.insert(key, at: i)
        }
        let spread = FractionalIndex.spread(1000)
        #expect(spread == spread.sorted() && Set(spread).count == 1000 && spread.allSatisfy(FractionalIndex.isValid))
    }

    func item(_ id: String, _ parent: String?, _ position: String = "V", ms: Int64 = 1, deleted: Bool = false) -> OutlineItem {
        OutlineItem(id: id, place: Place(parent: parent, position: position), placeStamp: Stamp(ms: ms, counter: 0, replica: "r"),
                    deleted: deleted)
    }

    @Test func anUnnumberedSectionTakesNoNumber() {
        var preface = item("P", nil, "1")
        preface.numbered = false
        var lead = item("L", "A", "1")
        lead.numbered = false
        let tree = Outline.build([preface, item("A", nil, "2"), item("B", nil, "3"), lead, item("A1", "A", "2")])
        #expect(tree.map(\.label) == ["", "一、", "二、"])
        #expect(tree[1].children.map(\.label) == ["", "（一）"])
    }

    @Test func concurrentMovesIntoACycleAreBrokenTheSameWayEverywhere() {
        // A moved under B on one replica, B under A on another: the later move gives way.
        let items = [item("A", "B", ms: 5), item("B", "A", ms: 7), item("C", "A", ms: 1)]
        let tree = Outline.build(items)
        let again = Outline.build(items.reversed())
        #expect(tree == again)
        #expect(tree.map(\.id) == ["B"])
        #expect(tree[0].children.map(\.id) == ["A"])
        #expect(tree[0].children[0].children.map(\.id) == ["C"])
    }

    @Test func itemsUnderADeletedSectionAreNeverDropped() {
        let items = [item("A", nil, "V"), item("B", "A", deleted: true), item("C", "B"), item("D", "Z")]
        let flat = Outline.flatten(Outline.build(items)).map(\.id)
        #expect(Set(flat) == ["A", "C", "D"])
        #expect(Outline.effectiveParents(items)["C"] == .some("A"))
        #expect(Outline.effectiveParents(items)["D"] == .some(nil))
    }

    @Test func siblingsWithEqualPositionsKeepAStableOrder() {
        let items = [item("b", nil, "V"), item("a", nil, "V"), item("c", nil, "G")]
        #expect(Outline.build(items).map(\.id) == ["c", "a", "b"])
        #expect(Outline.build(items).map(\.label) == ["一、", "二、", "三、"])
    }

    @Test func amountsAreExactOrPlaceholders() {
        #expect(Amount("97")?.decimal == 97)
        #expect(Amount("52.5")?.description == "52.5")
        #expect(Amount("XX")?.isPlaceholder == true)
        #expect(Amount("××")?.isPlaceholder == true)
        #expect(Amount("12abc") == nil)
        #expect(Amount("很多") == nil && Amount("若干") == nil)
        #expect(Amount("＿＿")?.isPlaceholder == true)
        #expect(Amount("") == nil)
        #expect(Due("2025-06")! < Due("2025")!)
        #expect(Due("2025-13") == nil)
        #expect(Period("2021-2025")?.from == 2021)
        #expect(Period("2025-2021") == nil)
    }
}
