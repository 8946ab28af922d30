import Testing
@testable import PlanImport

struct NumberingTests {
    func parse(_ text: String) -> NumberedLine? {
        let chars = Array(text)
        return Numbering.parse(original: chars, folded: TextCleaning.fold(chars))
    }

    @Test func readsEveryNumberingStyle() {
        let cases: [(String, NumberStyle, Int, String, String)] = [
            ("一、指导思想", .chineseComma, 1, "一、", "指导思想"),
            ("十二、保障", .chineseComma, 12, "十二、", "保障"),
            ("二十一、附则", .chineseComma, 21, "二十一、", "附则"),
            ("(一)落实立德树人根本任务", .chineseParen, 1, "(一)", "落实立德树人根本任务"),
            ("（十）建设教师队伍", .chineseParen, 10, "（十）", "建设教师队伍"),
            ("(三）混合括号", .chineseParen, 3, "(三）", "混合括号"),
            ("1.调整优化", .arabicDot, 1, "1.", "调整优化"),
            ("2、完善机制", .arabicDot, 2, "2、", "完善机制"),
            ("3．提高质量", .arabicDot, 3, "3．", "提高质量"),
            ("１２．全角数字", .arabicDot, 12, "１２．", "全角数字"),
            ("(1)撤并学校", .arabicParen, 1, "(1)", "撤并学校"),
            ("（2） 补充教师", .arabicParen, 2, "（2）", "补充教师"),
            ("⑴带括号的数字", .arabicParen, 1, "⑴", "带括号的数字"),
            ("1)半括号", .arabicHalfParen, 1, "1)", "半括号"),
            ("①生均经费", .circled, 1, "①", "生均经费"),
            ("⑳第二十", .circled, 20, "⑳", "第二十"),
            ("第一章 总则", .ordinalWord("章"), 1, "第一章", "总则"),
            ("第三部分 保障措施", .ordinalWord("部分"), 3, "第三部分", "保障措施"),
        ]
        for (text, style, ordinal, marker, rest) in cases {
            let line = parse(text)
            #expect(line?.style == style, "\(text)")
            #expect(line?.ordinal == ordinal, "\(text)")
            #expect(line?.marker == marker, "\(text)")
            #expect(line?.rest == rest, "\(text)")
        }
    }

    @Test func quantitiesAndEnumerationsAreNotNumbers() {
        for text in ["2025年全市学前三年毛入园率达97%", "1.5亿元用于校舍改造", "一是加强统筹，二是强化督导", "十四五期间",
                     "1-3项体育技能", "一体化发展", "第一节课前", "（试行）", "3.0版本发布"] {
            #expect(parse(text) == nil, "\(text)")
        }
    }

    @Test func chineseNumerals() {
        #expect(Numbering.chineseValue(ArraySlice(Array("十"))) == 10)
        #expect(Numbering.chineseValue(ArraySlice(Array("十四"))) == 14)
        #expect(Numbering.chineseValue(ArraySlice(Array("二十"))) == 20)
        #expect(Numbering.chineseValue(ArraySlice(Array("九十九"))) == 99)
        #expect(Numbering.chineseValue(ArraySlice(Array("一百零五"))) == 105)
        #expect(Numbering.chineseValue(ArraySlice(Array("零"))) == nil)
    }

    @Test func learnsTheDocumentsOrderOfDepth() {
        var learner = DepthLearner()
        let lines = ["一、目标", "1.学前", "（一）普及", "（二）质量", "2.义务", "二、保障", "1.领导", "（一）组织"]
        let depths = lines.map { learner.accept(parse($0)!) }
        #expect(depths == [0, 1, 2, 2, 1, 0, 1, 2])
    }

    @Test func continuedNumberingUnderANewParentKeepsItsDepth() {
        // Haicheng numbers its （一）…（十二） straight through 一、二、三、.
        var learner = DepthLearner()
        let depths = ["一、党建", "（一）政治", "（三）组织", "二、质量", "（四）学前", "（五）义务"].map { learner.accept(parse($0)!) }
        #expect(depths == [0, 1, 1, 0, 1, 1])
    }

    @Test func aNewStyleMustStartAtOne() {
        var learner = DepthLearner()
        #expect(learner.accept(parse("一、目标")!) == 0)
        #expect(learner.accept(parse("3.不是标题")!) == nil)
        #expect(learner.accept(parse("1.是标题")!) == 1)
    }

    @Test func aForgottenDotContinuesAnOpenList() {
        var learner = DepthLearner()
        _ = learner.accept(parse("（六）艺体")!)
        _ = learner.accept(parse("1.改善办学条件")!)
        _ = learner.accept(parse("5.严格执行评估标准")!)
        let bare = Numbering.parseMissingDot(original: Array("6打造足球试点区"), folded: Array("6打造足球试点区"))
        #expect(bare?.ordinal == 6)
        #expect(learner.accept(bare!, missingDot: true) == 1)
        let wrong = Numbering.parseMissingDot(original: Array("9打造"), folded: Array("9打造"))!
        #expect(learner.accept(wrong, missingDot: true) == nil)
        #expect(Numbering.parseMissingDot(original: Array("6所学校"), folded: Array("6所学校")) == nil)
    }
}
