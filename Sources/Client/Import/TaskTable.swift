import Foundation

/// A task-breakdown table (任务分解表) pasted from Excel or Word: columns separated by tabs (or runs of spaces),
/// a header row naming them, one task per row.
enum TaskTable {
    struct Columns {
        var task: Int
        var lead: Int?
        var partners: Int?
        var due: Int?
        /// A column of measures beside the task's name ("工作任务 | 具体措施 | …"): its figures are targets too.
        var measures: Int? = nil
        var count: Int
        /// The owner column names every unit sharing the task ("责任单位" with no 牵头 column): the first unit listed
        /// leads, the others are its partners.
        var sharedOwners = false
    }

    /// Whether a line could hold cells at all: a tab, a run of spaces or an ideographic space, or a bar. The cheap check
    /// every table rule makes before splitting a line.
    static func hasCellSeparators(_ line: String) -> Bool {
        line.contains("\t") || line.contains("  ") || line.contains("\u{3000}") || line.contains("|")
    }

    static func cells(_ line: String) -> [String] {
        let byTab = line.split(separator: "\t", omittingEmptySubsequences: false).map { TextCleaning.trimmed(String($0)) }
        if byTab.count >= 3 { return byTab }
        // "指标 | 2025年完成 | 2026年目标": a table typed (or pasted from Markdown) with bars between its cells.
        let byBar = line.split(separator: "|", omittingEmptySubsequences: false).map { TextCleaning.trimmed(String($0)) }
        if byBar.count >= 3 { return byBar }
        // Columns lined up with spaces: two or more in a row, or one ideographic space.
        var cells: [String] = []
        var current = ""
        var gap = ""
        for c in line {
            if c == " " || c == "\u{3000}" || c == "\u{00A0}" {
                gap.append(c)
                continue
            }
            if gap.count >= 2 || gap.contains("\u{3000}") {
                cells.append(current)
                current = ""
            } else {
                current += gap
            }
            gap = ""
            current.append(c)
        }
        cells.append(current)
        return cells.map { TextCleaning.trimmed($0) }
    }

    /// The columns of a header row such as "序号\t重点任务\t牵头单位\t责任单位\t完成时限", or nil.
    static func header(_ line: String) -> Columns? {
        // Cheap checks first: this runs on every paragraph.
        guard hasCellSeparators(line),
              line.contains("单位") || line.contains("單位") || line.contains("部门") || line.contains("部門")
                || line.contains("处室") || line.contains("科室") else { return nil }
        let names = cells(line).map { TextCleaning.fold($0) }
        guard names.count >= 3 else { return nil }
        func column(_ words: [String]) -> Int? { names.firstIndex { name in words.contains { name.contains($0) } } }
        // A school's month table ("月份\t主要活动\t负责部门") is a task table too: its activities by month and office;
        // so is a term's week table ("周次\t起止日期\t主要工作\t负责部门", "周次\t日期\t…"), its rows dated by the days
        // they span.
        guard let task = column(["重点任务", "任务", "工作内容", "具体措施", "事项", "主要活动", "主要工作"]),
              let lead = column(["牵头单位", "牵头部门", "责任单位", "负责单位", "主责单位", "负责部门", "责任部门", "责任处室", "责任科室"]) else { return nil }
        let partners = column(["责任单位", "配合单位", "参与单位", "协办单位"]).flatMap { $0 == lead ? nil : $0 }
        let shared = partners == nil && !["牵头", "主责"].contains(where: { names[lead].contains($0) })
        let measures = column(["具体措施", "主要措施", "工作措施", "工作目标", "目标任务"]).flatMap { $0 == task || $0 == lead ? nil : $0 }
        return Columns(task: task, lead: lead, partners: partners, due: column(["完成时限", "完成时间", "时限", "时间节点", "月份", "起止日期", "起止时间", "日期"]),
                       measures: measures, count: names.count, sharedOwners: shared)
    }

    /// Which paragraphs are rows of a task table: after a header, every line that reads as a row, until one that does
    /// not. `open` is a table whose header came in an earlier section; the returned `open` is the table still open at
    /// the end (its next rows may follow the next category heading).
    static func scan(_ paragraphs: [String], open: Columns?) -> (columns: [Int: Columns], open: Columns?) {
        var table = open
        var columns: [Int: Columns] = [:]
        for (index, paragraph) in paragraphs.enumerated() {
            if let header = header(paragraph) {
                table = header
                continue
            }
            guard let current = table, task(paragraph, columns: current) != nil else {
                table = nil
                continue
            }
            columns[index] = current
        }
        return (columns, table)
    }

    /// The units a cell names, apart by 、，； outside brackets ("各县（市、区）教育局" is one unit).
    static func units(_ cell: String) -> [String] {
        var units: [String] = []
        var current = ""
        var depth = 0
        for c in cell {
            if "(（".contains(c) { depth += 1 } else if ")）".contains(c) { depth = max(0, depth - 1) }
            if depth == 0, "、,，;；".contains(c) {
                units.append(TextCleaning.trimmed(current))
                current = ""
            } else {
                current.append(c)
            }
        }
        units.append(TextCleaning.trimmed(current))
        return units.filter { !$0.isEmpty }
    }

    /// "—" or "/" in a cell: nothing written there.
    static func isBlank(_ cell: String) -> Bool { cell.allSatisfy { "—-–/／无 ".contains($0) } }

    /// The month of a row whose due cell names a month without a year ("2月", "十一月份"), for the schedule's year.
    static func month(_ line: String, columns: Columns) -> Int? {
        let row = cells(line)
        guard let due = columns.due, due < row.count else { return nil }
        let cell = TextCleaning.fold(row[due]).trimmingCharacters(in: .whitespaces)
        return Schedule.month(cell) ?? rangeEnd(cell)
    }

    /// The month in which a week table's range of days ends ("3月30日—4月3日" → 4): read as a schedule line's dates.
    static func rangeEnd(_ cell: String) -> Int? { Schedule.rangeEnd(cell) }

    /// One row as a task, or nil when the line is not a row of the table.
    static func task(_ line: String, columns: Columns) -> ImportedTask? {
        let row = cells(line)
        guard row.count >= columns.count - 1, columns.task < row.count else { return nil }
        var title = row[columns.task]
        guard title.contains(where: TextCleaning.isHan) else { return nil }
        if title.count > 500 { title = String(title.prefix(500)) }
        func cell(_ index: Int?) -> String? {
            guard let index, index < row.count, !row[index].isEmpty else { return nil }
            return row[index]
        }
        var lead = cell(columns.lead)
        var partners = cell(columns.partners).flatMap { isBlank($0) ? nil : $0 }
        // A cell naming several units: the first listed leads, the others share the task. In a shared owner column
        // (责任单位 alone) that is the table's way of naming its lead; in a 牵头单位 column naming two units
        // ("县教育局、县财政局") the one named first leads as well, the other joining the partners.
        if let owners = lead {
            let units = Self.units(owners)
            if units.count > 1 {
                lead = units[0]
                partners = (units.dropFirst() + (columns.sharedOwners ? [] : [partners].compactMap { $0 })).joined(separator: "、")
            }
        }
        return ImportedTask(title: title, lead: lead.flatMap { $0.count <= 200 ? $0 : nil },
                            partners: partners.flatMap { $0.count <= 500 ? $0 : nil },
                            due: cell(columns.due).flatMap { TaskExtractor.parseDue(TextCleaning.fold($0)) },
                            source: line)
    }
}
