import Foundation

/// Sentence and clause boundaries in folded Chinese text, and the years a sentence names.
enum Sentences {
    /// Sentences of a paragraph, each with its closing mark. Chinese text has no spaces between words: sentences end at
    /// 。!? (a semicolon separates parts of one sentence).
    static func ranges(_ f: [Character]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var start = 0
        var i = 0
        while i < f.count {
            if "。!?".contains(f[i]) {
                var end = i + 1
                while end < f.count, "。!?”\"’)".contains(f[end]) { end += 1 }
                out.append(start..<end)
                start = end
                i = end
                continue
            }
            i += 1
        }
        if start < f.count, f[start...].contains(where: { !TextCleaning.isSpace($0) }) { out.append(start..<f.count) }
        return out
    }

    /// Clauses of a sentence, split at , ; : and the sentence's own end (not at 、, which joins the parts of a name).
    static func clauses(_ f: [Character], in sentence: Range<Int>) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var start = sentence.lowerBound
        // A bracket is one piece ("3个（责任部门：教师发展中心）"): its commas and colons split nothing.
        var depth = 0
        for i in sentence {
            if f[i] == "(" { depth += 1 } else if f[i] == ")" { depth = max(0, depth - 1) }
            guard depth == 0, ",;:。!?".contains(f[i]) else { continue }
            // 12:30 and 1:1 are not clause breaks.
            if f[i] == ":", i > sentence.lowerBound, i + 1 < sentence.upperBound, TextCleaning.isDigit(f[i - 1]),
               TextCleaning.isDigit(f[i + 1]) { continue }
            if i > start { out.append(start..<i) }
            start = i + 1
        }
        if start < sentence.upperBound { out.append(start..<sentence.upperBound) }
        return out
    }

    /// The year a sentence sets a target for: 到2025年 / 至2025年 first, else the first year it names. Ranges
    /// (2019-2020年) give no single target year.
    static func targetYear(_ f: [Character], in range: Range<Int>) -> Int? {
        var first: Int?
        var i = range.lowerBound
        while i < range.upperBound {
            guard TextCleaning.isDigit(f[i]) else { i += 1; continue }
            var j = i
            while j < range.upperBound, TextCleaning.isDigit(f[j]) { j += 1 }
            defer { i = j }
            guard j - i == 4, j < range.upperBound, f[j] == "年", let year = Int(String(f[i..<j])),
                  (1950...2100).contains(year) else { continue }
            if i > range.lowerBound, "-~—至到".contains(f[i - 1]), i >= range.lowerBound + 2, TextCleaning.isDigit(f[i - 2]) { continue }
            // 由2020年的85%, 比2020年: a baseline's year, not the target's.
            if i > range.lowerBound, "由从比较".contains(f[i - 1]) { continue }
            if i > range.lowerBound, "到至".contains(f[i - 1]) { return year }
            if first == nil { first = year }
        }
        return first
    }

    /// Length of a leading "到2025年底," / "2019年" / "至2025年前" (nil when the text does not open with a year).
    static func leadingYearLength(_ f: [Character]) -> Int? {
        var i = 0
        for prefix in ["截至", "截止", "到", "至", "在"] where String(f.prefix(prefix.count)) == prefix {
            i = prefix.count
            break
        }
        let digitsStart = i
        while i < f.count, TextCleaning.isDigit(f[i]) { i += 1 }
        guard i - digitsStart == 4, i < f.count, f[i] == "年" else { return nil }
        i += 1
        // 2019年9月
        var m = i
        while m < f.count, TextCleaning.isDigit(f[m]) { m += 1 }
        if m > i, m < f.count, f[m] == "月" { i = m + 1 }
        for suffix in ["年底前", "年底", "年末", "底前", "以前", "之前", "底", "末", "前"] where String(f[i...].prefix(suffix.count)) == suffix {
            i += suffix.count
            break
        }
        while i < f.count, f[i] == " " { i += 1 }
        return i
    }
}

/// County and district names at the front of a phrase: "龙凤区、大同区2024年", "肇州县2023年". Without a gazetteer
/// a place is a short run of characters ending in 县, 区, 市 or 旗 that is not one of the common words that end so.
enum Places {
    static let suffixes: Set<Character> = ["县", "区", "市", "旗", "镇", "乡"]
    static let notPlaces: Set<String> = [
        "市区", "城区", "县区", "社区", "园区", "校区", "学区", "片区", "辖区", "地区", "景区", "山区", "牧区", "林区", "矿区",
        "老区", "边区", "湾区", "城市", "都市", "超市", "城镇", "乡镇", "村镇", "集镇", "城乡", "家乡", "故乡", "下乡", "返乡", "全镇", "全乡", "全市", "全县", "全区", "我市", "本市", "我县", "本县", "我区", "本区",
        "各县", "各区", "各市", "该市", "该县", "该区", "城乡市", "示范区", "试验区", "实验区", "开发区域", "省市", "市县",
        "省市县", "县市", "市县区", "盟市", "农村地区", "贫困地区", "民族地区", "偏远地区", "边远地区", "少数民族地区",
    ]

    /// Words no place name holds: "青年教师参加县级以上培训" names no 县.
    static let nonPlaceWords = ["教师", "学生", "学校", "幼儿", "儿童", "家长", "参加", "参与", "开展", "组织", "培训", "工作",
                                // "班级区域活动材料更新率": a class's corner is no district.
                                "班级", "年级"]

    /// One place name at the start of `f`, of at most `maxLength` characters.
    static func leading(_ f: ArraySlice<Character>, maxLength: Int = 12) -> Int? {
        var i = f.startIndex
        while i < f.endIndex, i - f.startIndex < maxLength {
            guard TextCleaning.isHan(f[i]) else { return nil }
            // 青石街道: a street office is a town of the city.
            let street = f[i] == "道" && i - f.startIndex >= 2 && f[i - 1] == "街"
            // "推选市级优质课参赛教师": 市级, 县级, 区级 name a level, not a place ending in 市, 县 or 区.
            let level = i + 1 < f.endIndex && f[i + 1] == "级"
            if suffixes.contains(f[i]) || street, i - f.startIndex >= 1, !level {
                let name = String(f[f.startIndex...i])
                // "每年招聘乡村教师": a frequency and an action are no place.
                if name.hasPrefix("每") || IndicatorExtractor.countActions.contains(where: { $0.count >= 2 && name.contains($0) }) { return nil }
                if notPlaces.contains(name) || "全各本我该".contains(name.first!) || "全各本我该省城".contains(f[i - 1])
                    || IndicatorExtractor.countActions.contains(where: { name.hasPrefix($0) })
                    || name.contains(where: { "在的和与及是为将把对从向等".contains($0) })
                    || nonPlaceWords.contains(where: { name.contains($0) }) { return nil }
                if name.count >= 2 { return i - f.startIndex + 1 }
            }
            i += 1
        }
        return nil
    }

    /// Places joined by 、 at the start of `f`, with the total length they take.
    static func leadingList(_ f: [Character]) -> (names: [String], length: Int)? {
        var names: [String] = []
        var i = 0
        while let length = leading(f[i...]) {
            names.append(String(f[i..<(i + length)]))
            i += length
            if i < f.count, f[i] == "、" || f[i] == "和", let _ = leading(f[(i + 1)...]) { i += 1 } else { break }
        }
        return names.isEmpty ? nil : (names, i)
    }
}
