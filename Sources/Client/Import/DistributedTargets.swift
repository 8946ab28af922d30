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
        if let verb = verbs.first(where: { afterText.hasPrefix($0) }) {
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
        guard values.count >= 2, j >= clause.upperBound else { return [] }
        // 以上/以内 after the last value holds for every value.
        let shared = values.last?.comparator
        let (scope, stripped) = stripLeading(f, clause.lowerBound..<at, original: o)
        let stripped2 = stripTrailing(f, stripped)
        // The parts of the name list, in the document's characters.
        var parts: [String] = []
        var partStart = stripped2.lowerBound
        for i in stripped2 where "、和及与".contains(f[i]) {
            parts.append(TextCleaning.trimmed(o[partStart..<i]))
            partStart = i + 1
        }
        parts.append(TextCleaning.trimmed(o[partStart..<stripped2.upperBound]))
        guard parts.count == values.count, parts.allSatisfy({ !$0.isEmpty }) else { return [] }
        let places = parts.allSatisfy { part in Places.leading(ArraySlice(TextCleaning.fold(Array(part)))) == part.count }
        var names: [String] = []
        var scopes: [String?] = []
        if places {
            guard let action else { return [] }
            let name = TextCleaning.trimmed(o[action])
            guard name.count >= 2 else { return [] }
            names = parts.map { _ in name }
            scopes = parts.map { Optional($0) }
        } else {
            // 小学、初中大班额比例: the last name holds the words the others share.
            let own = parts[0].count
            let last = parts[parts.count - 1]
            let suffix = last.count > own ? String(last.dropFirst(own)) : ""
            names = parts.dropLast().map { $0 + suffix } + [last]
            if let action { names = names.map { TextCleaning.trimmed(o[action]) + $0 } }
            scopes = parts.map { _ in scope }
        }
        var out: [ImportedIndicator] = []
        for (index, match) in values.enumerated() {
            var cmp = match.comparator ?? shared ?? comparator
            if match.approximate { cmp = "approx" }
            if match.valueMax != nil && match.comparator == nil && shared == nil && comparator == "eq" { cmp = "ge" }
            out.append(ImportedIndicator(name: names[index], comparator: cmp, value: match.value,
                                         unit: (match.unitText ?? String(o[match.unitRange])).halfWidth, year: nil, scope: scopes[index],
                                         source: "", valueMax: match.valueMax))
        }
        return out
    }
}
