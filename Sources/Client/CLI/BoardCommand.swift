import ArgumentParser
import ClientCore
import Foundation
import Shared

struct BoardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "board", abstract: "市局看板：各县区一览 / The city's board: every county at a glance")

    @OptionGroup var replica: ReplicaOptions
    @Argument(help: "市级规划编号 / the city plan") var plan: String
    @Flag(help: "指标读取各县区的工作稿而非已通过的报送 / read the indicators from the working plans instead of the accepted submissions") var draft = false
    @Flag(help: "输出 JSON / print JSON") var json = false

    struct Row: Encodable {
        var office: Office
        var plan: String?
        /// The county's last completed sync, as the server reported at this replica's last sync.
        var lastSyncMs: Int64?
        var lastActivityMs: Int64?
        /// The status of the county's latest submission (draft: none yet).
        var submission: String
        var latestSubmission: String?
        /// Where the indicator columns come from: an accepted submission (and whether the working plan has changed
        /// since), the working plan, or nothing.
        var figures: FigureSource?
        var openConflicts: Int
        var missingIndicators: [String]
        var placeholderIndicators: [String]
        var overdueTasks: [String]
    }

    func run() throws {
        let replica = try replica.open()
        let consolidation = try Consolidation.gather(replica: replica, cityPlan: try replica.resolveID(plan),
                                                     mode: draft ? .draft : .accepted)
        let rollups = consolidation.rollups
        let now = today(SystemWallClock())
        let conflicts = try replica.conflicts()
        let submissions = try replica.submissions()
        let lastSync = try replica.officeLastSync()
        let rows: [Row] = consolidation.workingPlans.map { office, document in
            let planID = document?.plan.id
            let stamps = document.map { d in (d.sections + d.indicators + d.tasks + [d.plan]).flatMap { $0.stamps.values } } ?? []
            let ofPlan = submissions.filter { $0.plan == planID }
            let latest = ofPlan.last ?? submissions.filter { $0.office == office.id }.last
            let overdue = document.map { d in
                d.tasks.filter { !$0.isDeleted && $0["status"] != "done" && ($0["due"].flatMap(Due.init).map { $0 < now } ?? false) }
                    .map { $0["title"] ?? "" }
            } ?? []
            return Row(office: office, plan: planID, lastSyncMs: lastSync[office.id], lastActivityMs: stamps.map(\.ms).max(),
                       submission: latest?.status ?? "draft", latestSubmission: latest?.id,
                       figures: consolidation.sources[office.id],
                       openConflicts: conflicts.filter { $0.plan == planID }.count,
                       missingIndicators: rollups.filter { $0.missing.contains(office) }.map(\.name),
                       placeholderIndicators: rollups.filter { $0.placeholders.contains(office) }.map(\.name),
                       overdueTasks: overdue)
        }
        if json { return try Console.printJSON(rows) }
        print(FigureText.heading(consolidation.mode))
        for row in rows {
            print("■ \(row.office.name)  " + SubmissionsCommand.statusName(row.submission)
                  + tr("  最近同步：", "  last sync: ") + (row.lastSyncMs.map(Console.time) ?? tr("从未", "never"))
                  + tr("  最近修改：", "  last edit: ") + (row.lastActivityMs.map(Console.time) ?? "—")
                  + tr("  冲突：", "  conflicts: ") + "\(row.openConflicts)")
            if row.plan == nil { print(tr("    尚无规划", "    no plan yet")) }
            if row.figures?.kind != .noPlan { print(tr("    指标来自：", "    figures from: ") + FigureText.source(row.figures)) }
            if let stale = FigureText.stale(row.figures) { print("    ⚠ " + stale) }
            if !row.missingIndicators.isEmpty { print(tr("    缺指标：", "    missing: ") + row.missingIndicators.joined(separator: "、")) }
            if !row.placeholderIndicators.isEmpty { print(tr("    待填：", "    placeholders: ") + row.placeholderIndicators.joined(separator: "、")) }
            if !row.overdueTasks.isEmpty { print(tr("    逾期任务：", "    overdue: ") + row.overdueTasks.joined(separator: "、")) }
        }
    }
}
