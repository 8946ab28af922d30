import Foundation

/// The numbering forms of Chinese official documents. Which form sits at which depth is not fixed: each document
/// has its own order, learned as it is read (`DepthLearner`).
enum NumberStyle: Hashable, Sendable {
    /// 一、 二、
    case chineseComma
    /// （一） (一)
    case chineseParen
    /// 1. 1、 1． ⒈
    case arabicDot
    /// （1） (1) ⑴
    case arabicParen
    /// 1) 1）
    case arabicHalfParen
    /// ① ❶
    case circled
    /// 第一章, 第二节, 第三部分: one style per word.
    case ordinalWord(String)
    /// 1.1, 2.3.1: one style per number of parts.
    case decimal(Int)
    /// ■总体目标, ◆扩大普惠资源: a heading marked by a symbol, one style per symbol; every one counts as the first.
    case symbol(Character)
    /// 1-1, 2-3: a task list's items by part and place.
    case hyphenated
    /// Ⅰ、 Ⅱ、: Roman numerals (the single characters of the number forms block).
    case roman
    /// A、 B. : capital letters.
    case latin
}

/// A paragraph that opens with a number.
struct NumberedLine: Equatable {
    var style: NumberStyle
    var ordinal: Int
    /// The number exactly as written, separator included ("（一）", "1、").
    var marker: String
    /// What follows the number, in the document's characters.
    var rest: String
}

enum Numbering {
    static let chineseDigits: [Character: Int] = [
        "零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
    ]

    /// 一 → 1, 十二 → 12, 二十 → 20, 一百零五 → 105.
    static func chineseValue(_ chars: ArraySlice<Character>) -> Int? {
        guard !chars.isEmpty, chars.count <= 6 else { return nil }
        var total = 0, current = 0, sawUnit = false
        for c in chars {
            if let d = chineseDigits[c] { current = d; continue }
            switch c {
            case "十": total += (current == 0 && !sawUnit && total == 0 ? 1 : current) * 10; current = 0; sawUnit = true
            case "百": total += max(current, 1) * 100; current = 0; sawUnit = true
            default: return nil
            }
        }
        let value = total + current
        return value > 0 ? value : nil
    }

    static func isChineseNumeral(_ c: Character) -> Bool { chineseDigits[c] != nil || c == "十" || c == "百" }

    /// Reads the number a paragraph opens with. `folded` is the paragraph folded for matching, same length as
    /// `original`.
    static func parse(original: [Character], folded f: [Character]) -> NumberedLine? {
        guard let first = f.first else { return nil }
        func line(_ style: NumberStyle, _ ordinal: Int, _ markerEnd: Int) -> NumberedLine? {
            var restStart = markerEnd
            while restStart < original.count, TextCleaning.isSpace(original[restStart]) { restStart += 1 }
            return NumberedLine(style: style, ordinal: ordinal, marker: String(original[0..<markerEnd]),
                                rest: String(original[restStart...]))
        }
        // 一、
        if isChineseNumeral(first) {
            var end = 0
            while end < f.count, isChineseNumeral(f[end]) { end += 1 }
            guard end < f.count, let value = chineseValue(f[0..<end]) else { return nil }
            var sep = end
            while sep < f.count, f[sep] == " " { sep += 1 }
            if sep < f.count, f[sep] == "、" || f[sep] == "." {
                return line(.chineseComma, value, sep + 1)
            }
            // "一是扩充学前教育资源" alone on its line, a short title without punctuation over its paragraph (set 53); inside
            // a paragraph "一是…，二是…" is text.
            if sep == end, sep + 2 < f.count, f[sep] == "是", value <= 20, f.count <= 24,
               !f.contains(where: { "。,;:!?、".contains($0) }), f[(sep + 1)...].allSatisfy(TextCleaning.isHan) {
                return line(.ordinalWord("是"), value, sep + 1)
            }
            return nil
        }
        // "A、工作目标", "B.用好红色资源。…": parts or sub-items lettered in capitals, a Chinese title after the mark.
        if first.isASCII, first.isUppercase, let letter = first.asciiValue, f.count > 3, "、.".contains(f[1]), TextCleaning.isHan(f[2]) {
            return line(.latin, Int(letter) - 64, 2)
        }
        // "■总体目标", "◆扩大普惠资源": a short title marked by a filled square or diamond (a ▲ marks a photo's caption).
        if "■◆◇□".contains(first), f.count >= 3, f.count <= 31, TextCleaning.isHan(f[1]), !f.contains(where: { "。,;:!?".contains($0) }) {
            return line(.symbol(first), 1, 1)
        }
        // 项目一 / 任务二 / 行动三, followed by a space, a colon or 、: one style per word.
        for word in ["项目", "任务", "行动", "专题", "板块", "模块"] where f.count > word.count + 1 && String(f[0..<word.count]) == word {
            var end = word.count
            while end < f.count, isChineseNumeral(f[end]) { end += 1 }
            guard end > word.count, end < f.count, let value = chineseValue(f[word.count..<end]),
                  f[end] == " " || ":、".contains(f[end]) else { break }
            return line(.ordinalWord(word), value, f[end] == " " ? end : end + 1)
        }
        // 第一章 / 第3部分
        if first == "第" {
            var end = 1
            while end < f.count, isChineseNumeral(f[end]) || TextCleaning.isDigit(f[end]) { end += 1 }
            guard end > 1, end < f.count else { return nil }
            let digits = f[1..<end]
            let value = digits.allSatisfy(TextCleaning.isDigit) ? Int(String(digits)) : chineseValue(digits)
            guard let value else { return nil }
            // "第一，扩大优质学位供给。…": a speech's or a plan's points counted in words, each opening its paragraph.
            if f[end] == ",", !digits.contains(where: TextCleaning.isDigit), value <= 20 {
                return line(.ordinalWord(","), value, end + 1)
            }
            // "第一条　为规范…": a 细则's or 办法's articles, numbered straight through its chapters.
            // "第一项　新建…幼儿园": a list of projects, one per item (set 53).
            for word in ["部分", "阶段", "章", "节", "篇", "编", "条", "项"] where String(f[end...]).hasPrefix(word) {
                let markerEnd = end + word.count
                // "第一节课", "第一条道路" are no headings: 节 and 条 must be followed by a space, a mark or the end (章,
                // 部分 … need not).
                if markerEnd == f.count || f[markerEnd] == " " || "、:.,".contains(f[markerEnd]) || !["节", "条", "项"].contains(word) {
                    var sepEnd = markerEnd
                    if sepEnd < f.count, "、:.".contains(f[sepEnd]) { sepEnd += 1 }
                    return line(.ordinalWord(word), value, sepEnd)
                }
            }
            return nil
        }
        // （一） (1)
        if first == "(" {
            var end = 1
            while end < f.count, f[end] == " " { end += 1 }
            let start = end
            while end < f.count, isChineseNumeral(f[end]) || TextCleaning.isDigit(f[end]) { end += 1 }
            let inner = f[start..<end]
            while end < f.count, f[end] == " " { end += 1 }
            guard !inner.isEmpty, end < f.count, f[end] == ")" else { return nil }
            var markerEnd = end + 1
            if markerEnd < f.count, f[markerEnd] == "、" { markerEnd += 1 }
            if inner.allSatisfy(TextCleaning.isDigit) {
                guard inner.count <= 3, let value = Int(String(inner)), value > 0 else { return nil }
                return line(.arabicParen, value, markerEnd)
            }
            guard let value = chineseValue(inner) else { return nil }
            return line(.chineseParen, value, markerEnd)
        }
        if let v = first.unicodeScalars.first?.value, first.unicodeScalars.count == 1 {
            switch v {
            // "Ⅰ、坚持立德树人": a Roman numeral (Ⅰ…Ⅻ) with its mark.
            case 0x2160...0x216B where f.count > 2 && "、.".contains(f[1]):
                return line(.roman, Int(v - 0x2160) + 1, 2)
            case 0x2460...0x2473: return line(.circled, Int(v - 0x2460) + 1, 1)
            case 0x2776...0x277F: return line(.circled, Int(v - 0x2776) + 1, 1)
            case 0x2474...0x2487: return line(.arabicParen, Int(v - 0x2474) + 1, 1)
            case 0x2488...0x249B: return line(.arabicDot, Int(v - 0x2488) + 1, 1)
            default: break
            }
        }
        // 1. 1、 1) — but not 1.5, 2025年 or 1-3项.
        if TextCleaning.isDigit(first) {
            var end = 0
            while end < f.count, TextCleaning.isDigit(f[end]) { end += 1 }
            guard end <= 3, end < f.count, let value = Int(String(f[0..<end])), value > 0 else { return nil }
            var sep = end
            while sep < f.count, f[sep] == " " { sep += 1 }
            guard sep < f.count else { return nil }
            let next = sep + 1 < f.count ? f[sep + 1] : " "
            switch f[sep] {
            case "." where TextCleaning.isDigit(next):
                return decimal(original: original, folded: f)
            // "02-25　某州　回复": a date, no item (an item's number has no leading zero).
            case "-" where TextCleaning.isDigit(next) && sep == end && first != "0" && next != "0" && end <= 2:
                return hyphenated(original: original, folded: f, part: end)
            case ".", "、", "．":
                if TextCleaning.isDigit(next) {
                    // "2、9月20日前完成…": an item may open with a date; "1、2、3" is no item.
                    var d = sep + 1
                    while d < f.count, TextCleaning.isDigit(f[d]) { d += 1 }
                    guard f[sep] == "、", d < f.count, d - sep - 1 <= 4, "月年".contains(f[d]) else { return nil }
                }
                return line(.arabicDot, value, sep + 1)
            case ")":
                return line(.arabicHalfParen, value, sep + 1)
            default:
                return nil
            }
        }
        return nil
    }

    /// "1.1 学前教育", "2.3.1 …": numbered by parts. A decimal quantity (1.5亿元, 2.5%) is not: the number must be
    /// followed by a space, a mark, or a character that is not a unit.
    static func decimal(original: [Character], folded f: [Character]) -> NumberedLine? {
        var parts: [Int] = []
        var i = 0
        while i < f.count {
            var j = i
            while j < f.count, TextCleaning.isDigit(f[j]) { j += 1 }
            guard j > i, j - i <= 3, let part = Int(String(f[i..<j])) else { return nil }
            parts.append(part)
            i = j
            if i + 1 < f.count, f[i] == ".", TextCleaning.isDigit(f[i + 1]) { i += 1 } else { break }
        }
        guard parts.count >= 2, parts.count <= 5, let last = parts.last, last > 0, i < f.count else { return nil }
        var markerEnd = i
        if f[i] == "." || f[i] == "、" { markerEnd += 1 }
        guard markerEnd < f.count else { return nil }
        let next = f[markerEnd]
        // "2.1.1⇥升级校园网络": Word's list numbers come through with a tab after them.
        if next != " ", next != "\t", !TextCleaning.isHan(next) || quantityFollowers.contains(next) { return nil }
        var restStart = markerEnd
        while restStart < original.count, TextCleaning.isSpace(original[restStart]) { restStart += 1 }
        guard restStart < original.count else { return nil }
        return NumberedLine(style: .decimal(parts.count), ordinal: last, marker: String(original[0..<markerEnd]),
                            rest: String(original[restStart...]))
    }

    /// "1-1　建设城东幼儿园", "2-3　加强体育美育": a task list's items numbered by their part and their place in it, a
    /// space (or a tab) and a title after the number. "1-2所学校" is a range, no item: a space must part the number from
    /// the text, and the text must not open with a unit.
    static func hyphenated(original: [Character], folded f: [Character], part: Int) -> NumberedLine? {
        var j = part + 1
        while j < f.count, TextCleaning.isDigit(f[j]) { j += 1 }
        guard j - part - 1 <= 2, j < f.count, let item = Int(String(f[(part + 1)..<j])), item > 0, f[j] == " " || f[j] == "\t" else { return nil }
        var restStart = j
        while restStart < original.count, TextCleaning.isSpace(original[restStart]) || original[restStart] == "\t" { restStart += 1 }
        guard restStart < f.count, TextCleaning.isHan(f[restStart]), !quantityFollowers.contains(f[restStart]) else { return nil }
        return NumberedLine(style: .hyphenated, ordinal: item, marker: String(original[0..<j]), rest: String(original[restStart...]))
    }

    /// Units and words after which a leading number is a quantity, not a list number missing its dot.
    static let quantityFollowers: Set<Character> = [
        "年", "月", "日", "号", "个", "所", "人", "名", "项", "家", "次", "%", "万", "亿", "元", "千", "百", "十", "余", "多",
        "岁", "天", "周", "期", "批", "届", "轮", "级", "类", "种", "条", "点", "分", "倍", "间", "座", "台", "套", "区", "县",
        "市", "乡", "镇", "村", "校", "园", "班", "门", "节", "课", "本", "册", "部", "张", "亩", "米", "时", "小", "位", "支",
        "组", "户", "件", "篇", "场", "处", "章",
    ]

    /// "1　总体要求", "3 重点工作": the top level of a decimal outline (1 / 3.1 / 3.1.1), a bare number set off by a space
    /// from a short title. Only believed in a document whose decimal headings it tops (`PlanTextParser` checks that);
    /// on its own a bare number before a word is a count or a ranked list's place.
    static func bareNumber(original: [Character], folded f: [Character]) -> NumberedLine? {
        var end = 0
        while end < f.count, TextCleaning.isDigit(f[end]) { end += 1 }
        guard end > 0, end <= 2, let value = Int(String(f[0..<end])), value > 0 else { return nil }
        var restStart = end
        while restStart < f.count, f[restStart] == " " { restStart += 1 }
        guard restStart > end, restStart < f.count, TextCleaning.isHan(f[restStart]), !quantityFollowers.contains(f[restStart]) else { return nil }
        let rest = f[restStart...]
        guard (2...20).contains(rest.count), !rest.contains(where: { TextCleaning.isSpace($0) || $0 == "\t" || "。,;:!?、".contains($0) })
        else { return nil }
        return NumberedLine(style: .decimal(1), ordinal: value, marker: String(original[0..<end]), rest: String(original[restStart...]))
    }

    /// "6打造足球试点区": a list number whose dot was forgotten. Only believed where the list it continues is open
    /// (the caller checks that the previous item of `arabicDot` was `ordinal - 1`).
    static func parseMissingDot(original: [Character], folded f: [Character]) -> NumberedLine? {
        var end = 0
        while end < f.count, TextCleaning.isDigit(f[end]) { end += 1 }
        guard end > 0, end <= 2, end < f.count, let value = Int(String(f[0..<end])) else { return nil }
        let next = f[end]
        guard TextCleaning.isHan(next), !quantityFollowers.contains(next) else { return nil }
        return NumberedLine(style: .arabicDot, ordinal: value, marker: String(original[0..<end]),
                            rest: String(original[end...]))
    }
}

/// Learns the document's order of numbering styles while reading it: a style first met under another sits one
/// level below it; a style already known closes every deeper level. Continuing numbering across parents (（四）
/// under 二、 after （三） under 一、) is accepted because the style is already known.
struct DepthLearner {
    /// Styles from the outermost to the innermost, as learned so far.
    private(set) var order: [NumberStyle] = []
    /// The open levels: a style and the last ordinal read at that level.
    private(set) var stack: [(style: NumberStyle, ordinal: Int)] = []

    /// The depth of a numbered paragraph, or nil when it does not read as a heading (a new style that does not start
    /// at 1, or a missing-dot number that continues no open list).
    mutating func accept(_ line: NumberedLine, missingDot: Bool = false) -> Int? {
        if missingDot {
            guard let open = stack.last(where: { $0.style == line.style }), open.ordinal + 1 == line.ordinal else { return nil }
        }
        if let rank = order.firstIndex(of: line.style) {
            // Close every open level at or below this style's rank.
            while let top = stack.last, let topRank = order.firstIndex(of: top.style), topRank >= rank {
                stack.removeLast()
            }
        } else {
            // A new style: one level below the innermost open one. A real list starts at 1 (the very first heading
            // of an excerpt may start anywhere).
            guard line.ordinal == 1 || order.isEmpty else { return nil }
            if let top = stack.last, let topRank = order.firstIndex(of: top.style) {
                order.insert(line.style, at: topRank + 1)
            } else {
                order.insert(line.style, at: 0)
            }
        }
        stack.append((line.style, line.ordinal))
        return stack.count - 1
    }
}
