import ArgumentParser
import ClientCore
import Foundation
import Shared

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: tr("导出汇总规划（Markdown）、任务分解表与指标汇总表（CSV，Excel 可直接打开）、可打印的汇总报告（HTML）", "Export"))

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case markdown, tasks, rollup, report
    }

    @OptionGroup var replica: ReplicaOptions
    @Argument(help: ArgumentHelp(tr("markdown（汇总规划）| tasks（任务表 CSV）| rollup（指标汇总 CSV）| report（HTML 报告：图表、看板、提纲，离线打开，A4 打印）",
                                    "markdown (the plan) | tasks (task table, CSV) | rollup (figures, CSV) | report (HTML: charts, board, outline; offline, prints on A4)"))) var format: Format
    @Argument(help: ArgumentHelp(tr("规划编号（省略：本单位唯一的规划）", "the plan (default: this office's only plan)")), completion: Completions.plans) var plan: String?
    @Option(name: .shortAndLong, help: ArgumentHelp(tr("输出文件（省略则打印）", "output file"))) var output: String?
    @Flag(help: ArgumentHelp(tr("读取各县区的工作稿而非已通过的报送", "read the working plans instead of the accepted submissions"))) var draft = false

    func run() throws {
        let replica = try replica.open()
        let consolidation = try Consolidation.gather(replica: replica, cityPlan: try PlanChoice.resolve(plan, in: replica),
                                                     mode: draft ? .draft : .accepted)
        let text: String
        switch format {
        case .markdown: text = Exports.markdown(consolidation)
        case .tasks:
            let now = today(SystemWallClock())
            let city = consolidation.taskRows(today: now)
            text = Exports.tasksCSV(city + consolidation.countyTaskRows(today: now, numberedFrom: city.count + 1))
        case .rollup: text = Exports.rollupCSV(consolidation.rollups)
        case .report:
            let clock = SystemWallClock()
            text = ReportHTML.render(try CityReport.gather(replica: replica, consolidation: consolidation,
                                                           today: today(clock), nowMs: clock.nowMs()))
        }
        if let output {
            try Data(text.utf8).write(to: URL(fileURLWithPath: output))
            print(tr("已导出 \(output)", "Wrote \(output)"))
        } else {
            print(text, terminator: "")
        }
    }
}
