import ArgumentParser
import ClientCore
import Foundation
import Review
import Shared

struct BoardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "board", abstract: tr("市局看板：各县区一览", "The city's board: every county at a glance"))

    @OptionGroup var replica: ReplicaOptions
    @Argument(help: ArgumentHelp(tr("市级规划编号（省略：本单位唯一的规划）", "the city plan (default: this office's only plan)")), completion: Completions.plans) var plan: String?
    @Flag(help: ArgumentHelp(tr("指标读取各县区的工作稿而非已通过的报送", "read the indicators from the working plans instead of the accepted submissions"))) var draft = false
    @Flag(help: ArgumentHelp(tr("输出 JSON", "print JSON"))) var json = false

    /// The rows are computed in ClientCore (`CityBoard`), so that the printed report shows the same board.
    typealias Row = BoardRow

    /// Lines of at most `columns` display columns (Han characters take two): the text indented, wrapped lines
    /// indented two more, so the board reads in an 80-column terminal.
    static func fit(_ text: String, indent: Int, columns: Int = 80) -> [String] {
        let first = String(repeating: " ", count: indent)
        let wrapped = DisplayWidth.wrap(text, columns: columns - indent - 2)
        return wrapped.enumerated().map { index, line in (index == 0 ? first : first + "  ") + line }
    }

    func run() throws {
        let replica = try replica.open()
        let consolidation = try Consolidation.gather(replica: replica, cityPlan: try PlanChoice.resolve(plan, in: replica),
                                                     mode: draft ? .draft : .accepted)
        let rows = try CityBoard.rows(replica: replica, consolidation: consolidation, today: today(SystemWallClock()))
        if json { return try Console.printJSON(rows) }
        for line in Self.fit(FigureText.heading(consolidation.mode), indent: 0) { print(line) }
        for row in rows {
            let head = "■ \(row.office.name)  " + SubmissionsCommand.statusName(row.submission) + tr("  冲突：", "  conflicts: ") + "\(row.openConflicts)"
            var lines = Self.fit(head, indent: 0)
            lines += Self.fit(tr("最近同步：", "last sync: ") + (row.lastSyncMs.map(Console.time) ?? tr("从未", "never"))
                              + tr("  最近修改：", "  last edit: ") + (row.lastActivityMs.map(Console.time) ?? "—"), indent: 4)
            if row.plan == nil { lines += Self.fit(tr("尚无规划", "no plan yet"), indent: 4) }
            if row.figures?.kind != .noPlan { lines += Self.fit(tr("指标来自：", "figures from: ") + FigureText.source(row.figures), indent: 4) }
            if let stale = FigureText.stale(row.figures) { lines += Self.fit("⚠ " + stale, indent: 4) }
            if !row.missingIndicators.isEmpty { lines += Self.fit(tr("缺指标：", "missing: ") + row.missingIndicators.joined(separator: "、"), indent: 4) }
            if !row.placeholderIndicators.isEmpty { lines += Self.fit(tr("待填：", "placeholders: ") + row.placeholderIndicators.joined(separator: "、"), indent: 4) }
            if !row.overdueTasks.isEmpty { lines += Self.fit(tr("逾期任务：", "overdue: ") + row.overdueTasks.joined(separator: "、"), indent: 4) }
            for line in lines { print(line) }
        }
    }
}
