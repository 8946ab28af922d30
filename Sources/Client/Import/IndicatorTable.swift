import Foundation

/// The main-indicator table of a five-year plan (主要指标表, often a 专栏) pasted from Word: a header naming the base
/// and target years ("指标 2020年 2025年 属性"), category rows (一、普及水平), and one row per indicator with its unit in
/// brackets: "1.学前三年毛入园率(%)  90.5  95以上  预期性" → 学前三年毛入园率 ≥ 95 %, 2025, from 90.5 in 2020.
enum IndicatorTable {
    struct Columns: Equatable {
        var name: Int
        var baseline: Int?
        var baselineYear: String?
        var target: Int
        var targetYear: String
        var count: Int
        /// A column of its own for the unit (单位 %), when the name does not carry it in brackets.
        var unit: Int? = nil
    }

    /// The columns of a header row, or nil.
    static func header(_ line: String) -> Columns? {
        guard TaskTable.hasCellSeparators(line), line.contains("指标") || line.contains("指標") else { return nil }
        let cells = TaskTable.cells(line).map { TextCleaning.fold($0) }
        guard cells.count >= 3, let name = cells.firstIndex(where: { $0.contains("指标") }) else { return nil }
        var years: [(Int, String)] = []
        for (index, cell) in cells.enumerated() where index != name {
            let digits = cell.prefix(4)
            guard digits.count == 4, digits.allSatisfy(TextCleaning.isDigit), let year = Int(digits), (1990...2100).contains(year) else { continue }
            let rest = cell.dropFirst(4)
            guard rest.isEmpty || rest.hasPrefix("年") || rest.hasPrefix("(") else { continue }
            years.append((index, String(digits)))
        }
        guard let target = years.last else { return nil }
        let base = years.count >= 2 ? years[years.count - 2] : nil
        let unit = cells.firstIndex { ["单位", "计量单位"].contains($0.filter { $0 != " " }) }
        return Columns(name: name, baseline: base?.0, baselineYear: base?.1, target: target.0, targetYear: target.1, count: cells.count,
                       unit: unit)
    }

    /// Whether a line belongs to the table under a header: a row of cells, or a category row (short, no sentence).
    static func isRow(_ line: String) -> Bool {
        TaskTable.hasCellSeparators(line) && TaskTable.cells(line).count >= 2
    }

    static func isCategory(_ line: String) -> Bool {
        let f = TextCleaning.fold(line)
        return f.count <= 20 && !f.contains(where: { "。,;:".contains($0) })
    }

    /// One row as an indicator, or nil for a category row or a row without a target value.
    static func indicator(_ line: String, columns: Columns) -> ImportedIndicator? {
        var cells = TaskTable.cells(line)
        // A merged category cell comes out empty, and the line's leading tab is trimmed with it: the row is one short.
        if cells.count == columns.count - 1, columns.name > 0 { cells.insert("", at: 0) }
        guard columns.name < cells.count, columns.target < cells.count else { return nil }
        var name = cells[columns.name]
        let chars = Array(name)
        if let numbered = Numbering.parse(original: chars, folded: TextCleaning.fold(chars)) { name = numbered.rest }
        for prefix in ["其中:", "其中：", "其中"] where name.hasPrefix(prefix) { name = String(name.dropFirst(prefix.count)) }
        // The unit in brackets at the end of the name: 毛入园率(%), 骨干教师（人）.
        var unit = ""
        let folded = Array(TextCleaning.fold(name))
        // 义务教育优质均衡发展县（市、区） names places in its brackets, not a unit.
        if folded.last == ")", let open = folded.lastIndex(of: "("), folded.count - open - 2 <= 6, folded.count - open - 2 >= 1,
           !folded[open...].contains("、") {
            unit = String(Array(name)[(open + 1)..<(folded.count - 1)]).halfWidth
            name = String(Array(name)[0..<open])
        }
        name = TextCleaning.trimmed(name)
        guard name.count >= 2, let target = amount(cells[columns.target]) else { return nil }
        if unit.isEmpty, let u = columns.unit, u < cells.count, !["-", "—", "/"].contains(cells[u]) { unit = cells[u].halfWidth }
        if unit.isEmpty { unit = target.unit }
        guard !unit.isEmpty else { return nil }
        var indicator = ImportedIndicator(name: name, comparator: target.comparator, value: target.value, unit: unit,
                                          year: columns.targetYear, scope: nil, source: line)
        if let b = columns.baseline, b < cells.count, let base = amount(cells[b]) {
            indicator.baselineValue = base.value
            indicator.baselineYear = columns.baselineYear
        }
        return indicator
    }

    /// "95以上" → (95, ge), "≤5%" → (5, le, %), "11.4年" → (11.4, eq, 年); nil for "—" or text.
    static func amount(_ cell: String) -> (value: String, comparator: String, unit: String)? {
        let f = Array(TextCleaning.fold(TextCleaning.trimmed(cell)))
        var i = 0
        var comparator = "eq"
        if i < f.count, "≥>".contains(f[i]) { comparator = "ge"; i += 1 }
        else if i < f.count, "≤<".contains(f[i]) { comparator = "le"; i += 1 }
        else if i < f.count, "约≈".contains(f[i]) { comparator = "approx"; i += 1 }
        let start = i
        while i < f.count, TextCleaning.isDigit(f[i]) || (f[i] == "." && i > start) { i += 1 }
        guard i > start, let _ = Double(String(f[start..<i])) else { return nil }
        let value = String(f[start..<i])
        var rest = String(f[i...])
        var unit = ""
        for (word, cmp) in IndicatorExtractor.qualifiers where rest.hasSuffix(word) {
            comparator = cmp
            rest.removeLast(word.count)
            break
        }
        unit = rest.trimmingCharacters(in: .whitespaces)
        guard unit.count <= 6, !unit.contains(where: TextCleaning.isDigit) else { return nil }
        return (value, comparator, unit)
    }
}
