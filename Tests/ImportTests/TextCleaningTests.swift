import Testing
@testable import PlanImport

struct TextCleaningTests {
    @Test func removesPinyinGlosses() {
        let (text, count) = TextCleaning.removeGlosses("召開現(xiàn)場(chǎng)會(huì)議", plainSyllablesToo: false)
        #expect(text == "召開現場會議")
        #expect(count == 3)
        #expect(TextCleaning.removeGlosses("现（xian4）场", plainSyllablesToo: false).0 == "现场")
    }

    @Test func plainSyllablesGoOnlyWhereTheDocumentGlosses() {
        #expect(TextCleaning.removeGlosses("的(de)教育", plainSyllablesToo: true).0 == "的教育")
        #expect(TextCleaning.removeGlosses("的(de)教育", plainSyllablesToo: false).0 == "的(de)教育")
    }

    @Test func keepsParenthesesThatAreContent() {
        for text in ["大中小学劳动教育指导纲要(试行)", "举办PPT大赛(PPT)", "居委会(村委会)", "中高职“3+2”(试点)", "体卫艺(abc123)"] {
            #expect(TextCleaning.removeGlosses(text, plainSyllablesToo: true).0 == text, "\(text)")
        }
    }

    @Test func foldsWidthAndTraditionalCharactersForMatchingOnly() {
        #expect(TextCleaning.fold("（１）達到９７％") == "(1)达到97%")
        #expect(TextCleaning.fold("萬人次") == "万人次")
        #expect(TextCleaning.fold("学前教育") == "学前教育")
        #expect(Array("（１）達到").count == Array(TextCleaning.fold("（１）達到")).count)
    }

    @Test func splitsEveryKindOfLineBreak() {
        #expect(TextCleaning.lines("a\r\nb\rc\nd\u{2028}e") == ["a", "b", "c", "d", "e"])
        #expect(TextCleaning.trimmed("\u{3000}\u{00A0} 正文 \u{200B}") == "正文")
    }

    /// A heading spaced letter by letter (a centred Word title, an OCR'd scan) reads as its words; a line of words stays.
    @Test func letterSpacedHeadingsCloseUp() {
        #expect(TextCleaning.closingLetterSpacing("一、 工 作 目 标") == "一、工作目标")
        #expect(TextCleaning.closingLetterSpacing("通 知") == "通 知")
        #expect(TextCleaning.closingLetterSpacing("某 县 教 育 局") == "某县教育局")
        #expect(TextCleaning.closingLetterSpacing("首页  工作总结  工作计划  心得体会") == "首页  工作总结  工作计划  心得体会")
        #expect(TextCleaning.closingLetterSpacing("局 ★ 育 山 教") == "局 ★ 育 山 教")
    }

    /// A decimal label read by OCR with spaces round its dots is the label; an item opening with a count keeps its space
    /// (set 26).
    @Test func spacedDecimalLabelsCloseUp() {
        #expect(TextCleaning.closingLabelSpacing("3 . 3　评估监测") == "3.3　评估监测")
        #expect(TextCleaning.closingLabelSpacing("2. 1 学前教育") == "2.1 学前教育")
        #expect(TextCleaning.closingLabelSpacing("3.3　评估监测") == "3.3　评估监测")
        #expect(TextCleaning.closingLabelSpacing("1. 3 所学校完成改造") == "1. 3 所学校完成改造")
        #expect(TextCleaning.closingLabelSpacing("1. 2026年完成") == "1. 2026年完成")
    }
}
