import Foundation

/// Reads quantitative targets out of plan sentences: "到2025年,全市学前三年毛入园率达97%以上" → 学前三年毛入园率 ≥ 97 %,
/// 2025, 全市. Two sentence shapes carry them: a name, a verb and a value (覆盖率达到96%以上, 比例应达到交流对象的7%左右)
/// and an action with a count (新建公办园6所, 补充教师1000人以上, 撤并学校XX所). The value must end its clause (or be
/// followed by 、/和/及 and the next target): a number in the middle of a clause (56人以上大班额) describes something else.
enum IndicatorExtractor {
    static func extract(from paragraph: String, defaultYear: String?) -> [ImportedIndicator] {
        let o = Array(paragraph)
        let f = TextCleaning.fold(o)
        var out: [ImportedIndicator] = []
        for sentence in Sentences.ranges(f) {
            out += extract(o: o, f: f, sentence: sentence, defaultYear: defaultYear)
        }
        return out
    }

    // MARK: Vocabulary (folded: simplified, half-width)

    /// Verbs before a value, longest first so that 达到 wins over 达.
    static let verbs: [String] = [
        "保持在", "稳定在", "控制在", "维持在", "提高到", "提高至", "提升到", "提升至", "增加到", "增加至", "增长到", "增长至",
        "扩大到", "扩大至", "降低到", "降低至", "下降到", "下降至", "减少到", "减少至", "缩小到", "缩小至", "不低于", "不少于",
        "不超过", "不高于", "不多于", "达到", "高于", "低于", "超过", "少于", "多于", "增至", "降至", "不足", "达", "为",
    ].sorted { $0.count > $1.count }
    static let atLeastVerbs: Set<String> = ["不低于", "不少于", "高于", "超过", "多于"]
    static let atMostVerbs: Set<String> = ["不超过", "不高于", "不多于", "低于", "少于", "控制在", "不足"]

    static let units: [String] = [
        "个百分点", "万人次", "万平方米", "平方公里", "平方米", "万人", "万元", "亿元", "千元", "万册", "万套", "万台", "万个",
        "人次", "课时", "学时", "学分", "小时", "分钟", "公顷", "公里", "元", "%", "‰", "所", "人", "个", "名", "家", "项",
        "间", "座", "套", "台", "辆", "张", "册", "本", "门", "天", "次", "篇", "期", "批", "场", "处", "班", "支", "组", "户",
        "条", "件", "类", "种", "亩", "倍", "届", "轮", "位",
    ].sorted { $0.count > $1.count }

    /// After the unit: 以上 → ≥, 以下/以内 → ≤, 左右 → ≈.
    static let qualifiers: [(String, String)] = [
        ("及以上", "ge"), ("以上", "ge"), ("及以下", "le"), ("以下", "le"), ("以内", "le"), ("之内", "le"), ("左右", "approx"),
    ]

    /// Actions whose object is counted: 新建公办园6所.
    static let countActions = [
        "新建", "新增", "改扩建", "扩建", "改建", "建设", "建成", "创建", "补充", "招录", "招聘", "引进", "培训", "培养", "遴选",
        "撤并", "撤销", "合并", "增加", "新开", "开设", "培育", "认定", "选树", "打造", "资助", "接收", "安置", "减少", "招收",
        "录取", "评选", "命名", "举办", "配备", "购置", "投入", "安排", "新招", "聘用", "选派", "交流", "轮岗", "支教", "建立",
        "完成", "建好", "召开", "新办", "开办", "提供", "发放", "惠及", "覆盖", "组建", "创办", "扶持", "表彰", "奖励", "救助", "培树", "推出",
    ]
    /// Frequencies that may stand before a counted action and stay in its name: 每年培训校长、教师2万人次以上.
    static let frequencies = ["每年", "年均", "每学期", "每学年", "累计", "五年"]

    static let leadingFillers = [
        "其中", "同时", "并且", "并", "且", "使", "让", "确保", "力争", "争取", "保证", "保障", "实现", "推动", "促进", "努力",
        "原则上", "要", "应", "全面", "基本", "逐步", "进一步", "持续", "继续", "总计", "共", "在", "区域范围内", "范围内",
        "区域内", "年底前", "年底", "底前", "今年", "年内", "届时", "五年内", "三年内", "五年",
    ].sorted { $0.count > $1.count }
    static let trailingAdverbs = [
        "持续", "逐步", "稳定", "继续", "始终", "基本", "力争", "进一步", "全面", "均", "都", "要", "应", "须", "必须", "将",
        "确保", "大幅", "明显", "不断", "仍", "还", "也", "可", "能", "应当", "需", "要求", "总体",
    ].sorted { $0.count > $1.count }

    static let scopeWords = ["全市", "全省", "全县", "全区", "全镇", "全旗", "我市", "本市", "我县", "本县", "我区", "本区", "各县区", "各县(市、区)"]

    // MARK: One sentence

    static func extract(o: [Character], f: [Character], sentence: Range<Int>, defaultYear: String?) -> [ImportedIndicator] {
        let source = TextCleaning.trimmed(o[sentence])
        let year = Sentences.targetYear(f, in: sentence).map(String.init) ?? defaultYear
        var scope: String?
        var out: [ImportedIndicator] = []
        for clause in Sentences.clauses(f, in: sentence) {
            let text = String(f[clause])
            if text.contains("分别") { continue }
            var segmentStart = clause.lowerBound
            var j = clause.lowerBound
            while j < clause.upperBound {
                guard let match = value(at: j, f, clause: clause) else { j += 1; continue }
                defer { j = match.end }
                // The value must close its clause, or hand over to the next target with 、/和/及/与.
                var connectorEnd = match.end
                if match.end < clause.upperBound {
                    guard "、和及与".contains(f[match.end]) else { segmentStart = match.end; continue }
                    connectorEnd = match.end + 1
                }
                defer { segmentStart = connectorEnd }
                guard var found = indicator(o: o, f: f, segment: segmentStart..<match.valueStart, match: match) else { continue }
                if let s = found.scope { scope = s }
                found.scope = found.scope ?? scope
                found.year = year
                found.source = source
                out.append(found)
            }
        }
        return out
    }

    struct ValueMatch {
        var valueStart: Int
        var value: String
        var unitRange: Range<Int>
        var comparator: String?
        var approximate: Bool
        var end: Int
    }

    static let placeholderChars: Set<Character> = ["X", "x", "×", "✕", "╳", "Ⅹ"]

    /// A value with its unit (and 以上/左右 …) starting at `j`.
    static func value(at j: Int, _ f: [Character], clause: Range<Int>) -> ValueMatch? {
        let c = f[j]
        var k = j
        var value: String
        if TextCleaning.isDigit(c) {
            if j > clause.lowerBound, TextCleaning.isDigit(f[j - 1]) || f[j - 1] == "." || f[j - 1].isLetter && f[j - 1].isASCII { return nil }
            // A range (1-2所, 2-3家) is not a target value.
            if j >= clause.lowerBound + 2, "-~—至到".contains(f[j - 1]), TextCleaning.isDigit(f[j - 2]) { return nil }
            while k < clause.upperBound, TextCleaning.isDigit(f[k]) { k += 1 }
            if k + 1 < clause.upperBound, f[k] == ".", TextCleaning.isDigit(f[k + 1]) {
                k += 1
                while k < clause.upperBound, TextCleaning.isDigit(f[k]) { k += 1 }
            }
            value = String(f[j..<k])
            if k + 1 < clause.upperBound, "-~—".contains(f[k]), TextCleaning.isDigit(f[k + 1]) { return nil }
        } else if placeholderChars.contains(c) || c == "_" || c == "○" || c == "*" || c == "〇" {
            if j > clause.lowerBound, f[j - 1].isASCII, f[j - 1].isLetter || f[j - 1] == "+" { return nil }
            let isX = placeholderChars.contains(c)
            while k < clause.upperBound, k - j < 6, isX ? placeholderChars.contains(f[k]) : f[k] == c { k += 1 }
            if !isX && k - j < 2 { return nil }
            if k < clause.upperBound, f[k].isASCII, f[k].isLetter { return nil }
            value = "XX"
        } else {
            return nil
        }
        while k < clause.upperBound, f[k] == " " { k += 1 }
        let rest = String(f[k..<clause.upperBound])
        guard let unit = units.first(where: { rest.hasPrefix($0) }) else { return nil }
        let unitRange = k..<(k + unit.count)
        k += unit.count
        var comparator: String?
        let after = String(f[k..<clause.upperBound])
        if let (word, cmp) = qualifiers.first(where: { after.hasPrefix($0.0) }) {
            comparator = cmp
            k += word.count
        }
        var approximate = false
        var valueStart = j
        for prefix in ["大约", "约", "近"] where j - prefix.count >= clause.lowerBound && String(f[(j - prefix.count)..<j]) == prefix {
            approximate = true
            valueStart = j - prefix.count
            break
        }
        return ValueMatch(valueStart: valueStart, value: value, unitRange: unitRange, comparator: comparator,
                          approximate: approximate, end: k)
    }

    /// Reads the name (and scope) in front of a value.
    static func indicator(o: [Character], f: [Character], segment: Range<Int>, match: ValueMatch) -> ImportedIndicator? {
        guard segment.lowerBound < segment.upperBound else { return nil }
        let seg = String(f[segment])
        var nameRange: Range<Int>
        var comparator = "eq"
        if let (verb, at) = verbBefore(seg) {
            nameRange = segment.lowerBound..<(segment.lowerBound + at)
            if atLeastVerbs.contains(verb) { comparator = "ge" }
            if atMostVerbs.contains(verb) { comparator = "le" }
            nameRange = stripTrailing(f, nameRange)
            let (scope, stripped) = stripLeading(f, nameRange)
            let cleaned = stripTrailing(f, stripped)
            return make(o: o, f: f, name: cleaned, scope: scope, comparator: comparator, match: match)
        }
        // Counted action: 新建公办园6所.
        let (scope, cleaned) = stripLeading(f, segment)
        var probe = String(f[cleaned])
        for frequency in frequencies where probe.hasPrefix(frequency) { probe.removeFirst(frequency.count) }
        guard countActions.contains(where: { probe.hasPrefix($0) }) else { return nil }
        return make(o: o, f: f, name: cleaned, scope: scope, comparator: comparator, match: match)
    }

    static func make(o: [Character], f: [Character], name: Range<Int>, scope: String?, comparator: String,
                     match: ValueMatch) -> ImportedIndicator? {
        var name = TextCleaning.trimmed(o[name])
        while let last = name.last, "“\"'‘（(".contains(last) { name.removeLast() }
        // "普通话在全市普及率": the scope sits inside the name.
        var scope = scope
        if scope == nil {
            let folded = TextCleaning.fold(name)
            for word in scopeWords {
                guard let range = folded.range(of: "在" + word) else { continue }
                let start = folded.distance(from: folded.startIndex, to: range.lowerBound)
                let chars = Array(name)
                let rest = String(chars[..<start]) + String(chars[(start + word.count + 1)...])
                if rest.count >= 2 {
                    scope = String(chars[(start + 1)..<(start + 1 + word.count)])
                    name = rest
                }
                break
            }
        }
        guard name.count >= 2, name.count <= 200, name.contains(where: TextCleaning.isHan), !name.contains("\n") else { return nil }
        var cmp = match.comparator ?? comparator
        if match.approximate { cmp = "approx" }
        return ImportedIndicator(name: name, comparator: cmp, value: match.value,
                                 unit: String(o[match.unitRange]).halfWidth, year: nil, scope: scope, source: "")
    }

    /// The verb closest to the value, with only "…的" (交流对象的) allowed between them.
    static func verbBefore(_ seg: String) -> (String, Int)? {
        let chars = Array(seg)
        var best: (String, Int)?
        for verb in verbs {
            var searchEnd = chars.count
            while let at = lastIndex(of: Array(verb), in: chars, before: searchEnd) {
                let between = chars[(at + verb.count)...]
                let ok = between.isEmpty
                    || (between.last == "的" && between.count <= 12 && !between.contains(where: TextCleaning.isDigit))
                if ok, at > 0 {
                    if best == nil || at + verb.count > best!.1 + best!.0.count { best = (verb, at) }
                    break
                }
                searchEnd = at
            }
        }
        return best
    }

    static func lastIndex(of needle: [Character], in hay: [Character], before end: Int) -> Int? {
        guard needle.count <= end else { return nil }
        var i = end - needle.count
        while i >= 0 {
            if Array(hay[i..<(i + needle.count)]) == needle { return i }
            i -= 1
        }
        return nil
    }

    static func stripTrailing(_ f: [Character], _ range: Range<Int>) -> Range<Int> {
        var r = range
        var changed = true
        while changed {
            changed = false
            while r.upperBound > r.lowerBound, f[r.upperBound - 1] == " " { r = r.lowerBound..<(r.upperBound - 1) }
            let text = String(f[r])
            for adverb in trailingAdverbs where text.hasSuffix(adverb) && text.count > adverb.count + 1 {
                r = r.lowerBound..<(r.upperBound - adverb.count)
                changed = true
                break
            }
        }
        return r
    }

    /// Removes lead-ins (确保, 到2025年, 原则上 …) and reads a scope (全市, 肇州县, 龙凤区、让胡路区) off the front.
    static func stripLeadingFillers(_ f: [Character], _ range: Range<Int>) -> (String?, Range<Int>) {
        stripLeading(f, range, readScope: false)
    }

    static func stripLeading(_ f: [Character], _ range: Range<Int>, readScope: Bool = true) -> (String?, Range<Int>) {
        var r = range
        var scope: String?
        var changed = true
        while changed && r.lowerBound < r.upperBound {
            changed = false
            while r.lowerBound < r.upperBound, f[r.lowerBound] == " " {
                r = (r.lowerBound + 1)..<r.upperBound
            }
            let text = String(f[r])
            if let yearLength = Sentences.leadingYearLength(Array(text)), yearLength < text.count {
                r = (r.lowerBound + yearLength)..<r.upperBound
                changed = true
                continue
            }
            for filler in leadingFillers where text.hasPrefix(filler) && (text.count > filler.count + 1 || !readScope) {
                r = (r.lowerBound + filler.count)..<r.upperBound
                changed = true
                break
            }
            if changed { continue }
            if scope == nil, readScope {
                if let word = scopeWords.first(where: { text.hasPrefix($0) && text.count > $0.count + 1 }) {
                    scope = word
                    r = (r.lowerBound + word.count)..<r.upperBound
                    changed = true
                } else if let places = Places.leadingList(Array(text)), places.length < text.count - 1 {
                    scope = places.names.joined(separator: "、")
                    r = (r.lowerBound + places.length)..<r.upperBound
                    changed = true
                }
            }
        }
        return (scope, r)
    }
}

extension String {
    /// Full-width ASCII forms (％, ２) as ASCII; everything else unchanged.
    var halfWidth: String {
        String(map { c -> Character in
            guard c.unicodeScalars.count == 1, let v = c.unicodeScalars.first?.value, v >= 0xFF01, v <= 0xFF5E,
                  let half = Unicode.Scalar(v - 0xFEE0) else { return c }
            return Character(half)
        })
    }
}
