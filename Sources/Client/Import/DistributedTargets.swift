import Foundation

/// Targets distributed over a list with 分别: one name or place per value, in order.
extension IndicatorExtractor {
    /// "小学、初中、高中巩固率分别达99.5%、99%、95%" → one indicator per name; "龙湖区、东山县分别建成特色高中1所、2所" →
    /// one per place. Nothing when the names and values do not pair up.
    static func distributed(o: [Character], f: [Character], clause: Range<Int>) -> [ImportedIndicator] {
        let text = String(f[clause])
        guard let r = text.range(of: "分别") else { return [] }
        let at = clause.lowerBound + text.distance(from: text.startIndex, to: r.lowerBound)
        var k = at + 2
        var comparator = "eq"
        let afterText = String(f[k..<clause.upperBound])
        var action: Range<Int>?
        // "…分别由2025年的93.5%、91%提高到95%、93%": the baselines, in the same order, between 分别 and the verb.
        var leadingBaselines: [ValueMatch] = []
        var leadingBaselineYear: String?
        if afterText.hasPrefix("由") || afterText.hasPrefix("从") {
            var b = k + 1
            if b + 5 <= clause.upperBound, f[b..<(b + 4)].allSatisfy(TextCleaning.isDigit), f[b + 4] == "年" {
                leadingBaselineYear = String(f[b..<(b + 4)])
                b += 5
                if b < clause.upperBound, f[b] == "的" { b += 1 }
            }
            var found: [ValueMatch] = []
            while b < clause.upperBound, let m = value(at: b, f, clause: clause, original: o) {
                found.append(m)
                b = m.end
                if b < clause.upperBound, "、和及与".contains(f[b]) { b += 1 } else { break }
            }
            let rest = String(f[b..<clause.upperBound])
            guard found.count >= 2, let verb = changeVerbs.first(where: { rest.hasPrefix($0) }) else { return [] }
            leadingBaselines = found
            k = b + verb.count
        } else if let verb = verbs.first(where: { afterText.hasPrefix($0) }) {
            if atLeastVerbs.contains(verb) { comparator = "ge" }
            if atMostVerbs.contains(verb) { comparator = "le" }
            k += verb.count
        } else {
            var v = k
            while v < clause.upperBound, value(at: v, f, clause: clause, original: o) == nil { v += 1 }
            guard v > k, v < clause.upperBound else { return [] }
            action = k..<v
            k = v
        }
        var values: [ValueMatch] = []
        var j = k
        while j < clause.upperBound, let m = value(at: j, f, clause: clause, original: o) {
            values.append(m)
            j = m.end
            if j < clause.upperBound, "、和及与".contains(f[j]) { j += 1 } else { break }
        }
        guard values.count >= 2, j >= clause.upperBound, leadingBaselines.isEmpty || leadingBaselines.count == values.count else { return [] }
        // 以上/以内 after the last value holds for every value.
        let shared = values.last?.comparator
        // "平均班额由48人、53人分别降低到45人、50人以内": baselines, one per name, before 分别.
        var nameEnd = at
        var baselines: [ValueMatch] = leadingBaselines
        if leadingBaselines.isEmpty, let from = (clause.lowerBound..<at).last(where: { f[$0] == "由" || f[$0] == "从" }) {
            var b = from + 1
            var found: [ValueMatch] = []
            while b < at, let m = value(at: b, f, clause: clause.lowerBound..<at, original: o) {
                found.append(m)
                b = m.end
                if b < at, "、和及与".contains(f[b]) { b += 1 } else { break }
            }
            if found.count == values.count, b == at {
                baselines = found
                nameEnd = from
            }
        }
        var (scope, stripped) = stripLeading(f, clause.lowerBound..<nameEnd, original: o)
        // "城区、砾坪镇、碛头乡公办园在园幼儿占比分别…": 城区 heading a list of places is the list's first place, not the
        // sentence's scope.
        if let word = scope, stripped.lowerBound < stripped.upperBound, f[stripped.lowerBound] == "、",
           !word.hasPrefix("全"), stripped.lowerBound - word.count >= clause.lowerBound {
            stripped = (stripped.lowerBound - word.count)..<stripped.upperBound
            scope = nil
        }
        let stripped2 = stripTrailing(f, stripped)
        // The parts of the name list, in the document's characters: split on 、 first, since a name may hold 及 or 和
        // (生均教学及辅助用房面积).
        func split(_ separators: String) -> [String] {
            var parts: [String] = []
            var partStart = stripped2.lowerBound
            for i in stripped2 where separators.contains(f[i]) {
                parts.append(TextCleaning.trimmed(o[partStart..<i]))
                partStart = i + 1
            }
            parts.append(TextCleaning.trimmed(o[partStart..<stripped2.upperBound]))
            return parts
        }
        var parts = split("、")
        if parts.count != values.count { parts = split("、和及与") }
        var names: [String] = []
        var scopes: [String?] = []
        var years: [String?] = values.map { _ in nil }
        // "普通高中本科上线率2026年、2027年、2028年分别达到60%、63%、66%": one name, a target for each year.
        if let yearly = yearList(parts), yearly.years.count == values.count {
            names = values.map { _ in yearly.name }
            scopes = values.map { _ in scope }
            years = yearly.years
        } else if parts.count == 1, values.count >= 2, let scope, let list = Places.leadingList(Array(TextCleaning.fold(scope))),
           list.names.count == values.count, list.length == scope.count {
            var start = 0
            let chars = Array(scope)
            for name in list.names {
                scopes.append(String(chars[start..<(start + name.count)]))
                start += name.count + 1
            }
            names = values.map { _ in parts[0] }
        } else {
            guard parts.count == values.count, parts.allSatisfy({ !$0.isEmpty }) else { return [] }
            func placeLength(_ part: String) -> Int? {
                let folded = TextCleaning.fold(Array(part))
                // 城区, 主城区 in a list of towns: a place of the list.
                if let area = ["城区", "主城区", "中心城区", "市区", "县城"].first(where: { folded.starts(with: $0) }) { return area.count }
                return Places.leading(ArraySlice(folded))
            }
            var places = parts.allSatisfy { placeLength($0) == $0.count }
            var sharedName: String?
            // "柳林镇、白沙镇、青石街道学前三年毛入园率分别达到…": places, then the name they share after the last one.
            if !places, action == nil, parts.dropLast().allSatisfy({ placeLength($0) == $0.count }), let last = parts.last,
               let length = placeLength(last), length < last.count {
                sharedName = TextCleaning.trimmed(String(Array(last).dropFirst(length)))
                parts[parts.count - 1] = String(Array(last).prefix(length))
                places = true
            }
            if let sharedName, sharedName.count >= 2 {
                names = parts.map { _ in sharedName }
                scopes = parts.map { Optional($0) }
            } else if places {
                guard let action else { return [] }
                let name = TextCleaning.trimmed(o[action])
                guard name.count >= 2 else { return [] }
                names = parts.map { _ in name }
                scopes = parts.map { Optional($0) }
            } else {
                // 小学、初中大班额比例: the last name holds the words the others share.
                let last = parts[parts.count - 1]
                // "学前三年毛入园率、普惠性幼儿园覆盖率": names whole in themselves share nothing.
                let whole = parts.dropLast().allSatisfy { part in measureEnds.contains(where: { TextCleaning.fold(part).hasSuffix($0) }) }
                let suffix = whole ? "" : IndicatorExtractor.sharedWords(first: parts[0], last: last)
                names = parts.dropLast().map { $0 + suffix } + [last]
                if let action { names = names.map { TextCleaning.trimmed(o[action]) + $0 } }
                scopes = parts.map { _ in scope }
            }
        }
        var out: [ImportedIndicator] = []
        for (index, match) in values.enumerated() {
            var cmp = match.comparator ?? shared ?? comparator
            if match.approximate { cmp = "approx" }
            if match.valueMax != nil && match.comparator == nil && shared == nil && comparator == "eq" { cmp = "ge" }
            var indicator = ImportedIndicator(name: names[index], comparator: cmp, value: match.value,
                                              unit: (match.unitText ?? String(o[match.unitRange])).halfWidth, year: nil, scope: scopes[index],
                                              source: "", valueMax: match.valueMax)
            if index < baselines.count {
                indicator.baselineValue = baselines[index].value
                indicator.baselineYear = leadingBaselineYear
            }
            indicator.year = years[index]
            out.append(indicator)
        }
        return out
    }

    /// "上线率2026年", "2027年", "2028年": a name whose list is of years, the first written after the name.
    static func yearList(_ parts: [String]) -> (name: String, years: [String?])? {
        func year(_ text: String) -> String? {
            let f = TextCleaning.fold(text)
            return f.count == 5 && f.hasSuffix("年") && f.prefix(4).allSatisfy(TextCleaning.isDigit) ? String(f.prefix(4)) : nil
        }
        guard parts.count >= 2, parts.dropFirst().allSatisfy({ year($0) != nil }), parts[0].count > 5,
              let first = year(String(parts[0].suffix(5))) else { return nil }
        let name = TextCleaning.trimmed(String(parts[0].dropLast(5)))
        guard name.count >= 2 else { return nil }
        return (name, [first] + parts.dropFirst().map { year($0) })
    }
}
