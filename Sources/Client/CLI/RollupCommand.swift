import ArgumentParser
import ClientCore
import Foundation
import Shared

struct RollupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rollup", abstract: tr("汇总县区指标与任务分解", "Roll up the counties' indicators and broken-down tasks"))

    @OptionGroup var replica: ReplicaOptions
    @Argument(help: ArgumentHelp(tr("市级规划编号（省略：本单位唯一的规划）", "the city plan (default: this office's only plan)")), completion: Completions.plans) var plan: String?
    @Flag(help: ArgumentHelp(tr("读取各县区的工作稿而非已通过的报送", "read the working plans instead of the accepted submissions"))) var draft = false
    @Flag(help: ArgumentHelp(tr("输出 JSON", "print JSON"))) var json = false

    struct Output: Encodable {
        /// accepted or draft.
        var figures: FigureMode
        /// Where each county's figures come from, by office id.
        var sources: [String: FigureSource]
        var rollups: [RollupResult]
        var tasks: [TaskRow]
    }

    func run() throws {
        let replica = try replica.open()
        let consolidation = try Consolidation.gather(replica: replica, cityPlan: try PlanChoice.resolve(plan, in: replica),
                                                     mode: draft ? .draft : .accepted)
        let rollups = consolidation.rollups
        let tasks = consolidation.taskRows(today: today(SystemWallClock())).filter { $0.county != nil }
        if json {
            return try Console.printJSON(Output(figures: consolidation.mode, sources: consolidation.sources, rollups: rollups, tasks: tasks))
        }
        print(FigureText.heading(consolidation.mode))
        for (office, _) in consolidation.counties {
            let source = consolidation.sources[office.id]
            print("  \(office.name)：" + FigureText.source(source) + (FigureText.stale(source).map { "  ⚠ " + $0 } ?? ""))
        }
        if rollups.isEmpty { print(tr("（没有声明汇总方式的指标；用 --rollup 设置）", "(no indicator declares a roll-up; set one with --rollup)")) }
        for r in rollups {
            let unit = r.unit ?? ""
            print("◆ \(r.name)（\(Exports.methodName(r.method))）" + tr("目标 ", " target ") + "\(Comparator.symbol(r.comparator)) \(r.target ?? "—")\(unit)")
            let verdict = FigureText.verdict(r.verdict)
            for line in RollupBars.lines(r, color: TerminalSession.colourWanted) { print(line) }
            print("    " + tr("汇总：", "rolled up: ") + (r.rolledUp.map { $0 + unit } ?? "—") + "  " + verdict)
            if !r.missing.isEmpty { print("    " + tr("缺少该指标：", "missing: ") + r.missing.map(\.name).joined(separator: "、")) }
            if !r.placeholders.isEmpty { print("    " + tr("仍为占位符：", "placeholders: ") + r.placeholders.map(\.name).joined(separator: "、")) }
        }
        if !tasks.isEmpty {
            print(tr("任务分解：", "Broken-down tasks:"))
            for row in tasks {
                print("  \(row.number). \(row.task) — \(row.county ?? "")，" + tr("时限 ", "due ") + row.due + "，" + Exports.statusName(row.status) + (row.overdue ? tr("（逾期）", " (overdue)") : ""))
            }
        }
    }
}
