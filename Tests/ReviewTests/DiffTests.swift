import Testing
@testable import Review

/// Paragraphs from the corpus (大庆教育事业十四五发展规划, 2019年海城市教育工作安排意见), edited the way two county
/// staff would.
enum Corpus {
    static let preschool = "到2025年,全市学前三年毛入园率达97%以上,普惠性幼儿园覆盖率达96%以上,公办园在园幼儿占比保持在52%以上。"
    static let homeSchool = "开创家校共育新局面。要高度重视家庭教育,要加强对家庭教育工作的支持,通过家长委员会、家长学校、家长课堂、编制教育手册等形式,形成政府、家庭、学校、社会联动的家校共育工作体系。要形成学生健康成长,家长是第一责任人,家庭是人生的第一所学校,家庭教育是立德树人的第一个环节的共识。"
    /// Full-width punctuation, as text pasted from a word processor has it.
    static let compulsory = "推动县域义务教育一体化发展。进一步完善城乡义务教育经费保障机制，在财政拨款、教师配置、学校建设等方面向农村学校、薄弱学校倾斜；九年义务教育巩固率持续保持在95%以上。"
    static let closing = "规范中小学办学行为，确保“双减”工作取得明显成效。"
    static let schools = "推进学校管理提档升级。推进《海城市标准化学校和标杆学校创建实施方案及评估细则》的实施,推进义务教育学校标准化管理,强力推进“双标学校”建设,完成40所B级学校提档升级任务。"
}

struct CharDiffTests {
    @Test func aChangedNumberIsOneReplacement() {
        #expect(CharDiff.diff("毛入园率达97%以上", "毛入园率达98%以上") == [.same("毛入园率达9"), .removed("7"), .added("8"), .same("%以上")])
    }

    @Test func insertionsAndDeletionsOfHanCharacters() {
        let pieces = CharDiff.diff("新建公办园6所", "新建和改扩建公办园8所")
        #expect(pieces == [.same("新建"), .added("和改扩建"), .same("公办园"), .removed("6"), .added("8"), .same("所")])
        #expect(pieces.map(\.oldText).joined() == "新建公办园6所")
        #expect(pieces.map(\.newText).joined() == "新建和改扩建公办园8所")
    }

    @Test func identicalAndEmptyTexts() {
        #expect(CharDiff.diff("相同", "相同") == [.same("相同")])
        #expect(CharDiff.diff("", "新") == [.added("新")])
        #expect(CharDiff.diff("旧", "") == [.removed("旧")])
    }
}

struct ClauseDiffTests {
    @Test func clausesKeepTheirMarksAndJoinBackExactly() {
        let clauses = ClauseDiff.clauses(Corpus.preschool)
        #expect(clauses == ["到2025年,", "全市学前三年毛入园率达97%以上,", "普惠性幼儿园覆盖率达96%以上,", "公办园在园幼儿占比保持在52%以上。"])
        #expect(clauses.joined() == Corpus.preschool)
        #expect(ClauseDiff.clauses("他说：“好。”然后走了；完。") == ["他说：“好。”", "然后走了；", "完。"])
        #expect(ClauseDiff.clauses(Corpus.homeSchool).joined() == Corpus.homeSchool)
    }

    @Test func aRewordedClauseShowsItsChangedCharactersAndTheRestStaysWhole() {
        let edited = Corpus.preschool.replacingOccurrences(of: "96%", with: "98%")
        let diff = ClauseDiff.diff(Corpus.preschool, edited)
        #expect(diff == [
            .same("到2025年,"), .same("全市学前三年毛入园率达97%以上,"),
            .changed([.same("普惠性幼儿园覆盖率达9"), .removed("6"), .added("8"), .same("%以上,")]),
            .same("公办园在园幼儿占比保持在52%以上。"),
        ])
        #expect(ClauseDiff.changedCount(diff) == 1)
    }

    @Test func addedAndRemovedSentencesInARealParagraph() {
        // One reviewer drops a sentence and adds another at the end.
        let edited = Corpus.homeSchool
            .replacingOccurrences(of: "要形成学生健康成长,家长是第一责任人,家庭是人生的第一所学校,家庭教育是立德树人的第一个环节的共识。", with: "")
            + "家长见面率达到100%。"
        let diff = ClauseDiff.diff(Corpus.homeSchool, edited)
        let removed = diff.compactMap { if case .removed(let t) = $0 { return t } else { return nil } }
        let added = diff.compactMap { if case .added(let t) = $0 { return t } else { return nil } }
        #expect(removed == ["要形成学生健康成长,", "家长是第一责任人,", "家庭是人生的第一所学校,", "家庭教育是立德树人的第一个环节的共识。"])
        #expect(added == ["家长见面率达到100%。"])
        #expect(diff.flatMap(\.pieces).map(\.oldText).joined() == Corpus.homeSchool)
        #expect(diff.flatMap(\.pieces).map(\.newText).joined() == edited)
        #expect(diff.prefix(5).allSatisfy { if case .same = $0 { return true } else { return false } })
    }
}

struct SuggestedMergeTests {
    @Test func editsToDifferentClausesMerge() {
        let winner = Corpus.preschool.replacingOccurrences(of: "97%", with: "98%")
        let loser = Corpus.preschool.replacingOccurrences(of: "52%", with: "55%")
        #expect(SuggestedMerge.merge(base: Corpus.preschool, winner: winner, loser: loser)
                == "到2025年,全市学前三年毛入园率达98%以上,普惠性幼儿园覆盖率达96%以上,公办园在园幼儿占比保持在55%以上。")
    }

    @Test func neighbouringClausesRewordedBySidesMerge() {
        // Each side reworded a different clause, and the two clauses are next to each other.
        let winner = Corpus.preschool.replacingOccurrences(of: "96%", with: "97%")
        let loser = Corpus.preschool.replacingOccurrences(of: "毛入园率达97%", with: "毛入园率达98%")
        #expect(SuggestedMerge.merge(base: Corpus.preschool, winner: winner, loser: loser)
                == "到2025年,全市学前三年毛入园率达98%以上,普惠性幼儿园覆盖率达97%以上,公办园在园幼儿占比保持在52%以上。")
    }

    @Test func anAddedSentenceAndARewordedOneMerge() {
        let winner = Corpus.schools.replacingOccurrences(of: "完成40所", with: "完成45所")
        let loser = Corpus.schools + "选树城区初中、小学“双标学校”各一所。"
        let merged = SuggestedMerge.merge(base: Corpus.schools, winner: winner, loser: loser)
        #expect(merged == Corpus.schools.replacingOccurrences(of: "完成40所", with: "完成45所") + "选树城区初中、小学“双标学校”各一所。")
    }

    @Test func editsToTheSameClauseDoNotMerge() {
        let winner = Corpus.preschool.replacingOccurrences(of: "97%", with: "98%")
        let loser = Corpus.preschool.replacingOccurrences(of: "97%", with: "99%")
        #expect(SuggestedMerge.merge(base: Corpus.preschool, winner: winner, loser: loser) == nil)
    }

    @Test func nothingToSuggestWhenOneSideKeptTheBase() {
        let winner = Corpus.preschool.replacingOccurrences(of: "97%", with: "98%")
        #expect(SuggestedMerge.merge(base: Corpus.preschool, winner: winner, loser: Corpus.preschool) == nil)
    }

    @Test func bothDeletingTheSameClauseMerges() {
        let base = "甲，乙，丙，丁。"
        #expect(SuggestedMerge.merge(base: base, winner: "甲，丙，丁。", loser: "甲，乙，丙，戊。") == "甲，丙，戊。")
    }
}
