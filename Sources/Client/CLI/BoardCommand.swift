import ArgumentParser
import ClientCore
import Foundation
import Shared

struct BoardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "board", abstract: "市局看板：各县区一览 / The city's board: every county at a glance")

    @OptionGroup var replica: ReplicaOptions
    @Argument(help: "市级规划编号 / the city plan") var plan: String
    @Flag(help: "输出 JSON / print JSON") var json = false

    struct Row: Encodable {
        var office: Office
        var plan: String?
        /// The county's last completed sync, as the server reported at this replica's last sync.
        var lastSyncMs: Int64?
        var lastActivityMs: Int64?
        var submission: String
        var openConflicts: Int
        var missingIndicators: [String]
        var placeholderIndicators: [String]
        var overdueTasks: [String]
    }

    func run() throws {
        let replica = try replica.open()
        let consolidation = try Consolidation.gather(replica: replica, cityPlan: try replica.resolveID(plan))
        let rollups = consolidation.rollups
        let now = today(SystemWallClock())
        let conflicts = try replica.conflicts()
        let submissions = try replica.submissions()
        let lastSync = try replica.officeLastSync()
        let rows: [Row] = consolidation.counties.map { office, document in
            let planID = document?.plan.id
            let stamps = document.map { d in (d.sections + d.indicators + d.tasks + [d.plan]).flatMap { $0.stamps.values } } ?? []
            let latest = submissions.filter { $0.plan == planID }.last
            let overdue = document.map { d in
                d.tasks.filter { !$0.isDeleted && $0["status"] != "done" && ($0["due"].flatMap(Due.init).map { $0 < now } ?? false) }
                    .map { $0["title"] ?? "" }
            } ?? []
            return Row(office: office, plan: planID, lastSyncMs: lastSync[office.id], lastActivityMs: stamps.map(\.ms).max(),
                       submission: latest?.status ?? "draft",
                       openConflicts: conflicts.filter { $0.plan == planID }.count,
                       missingIndicators: rollups.filter { $0.missing.contains(office) }.map(\.name),
                       placeholderIndicators: rollups.filter { $0.placeholders.contains(office) }.map(\.name),
                       overdueTasks: overdue)
        }
        if json { return try Console.printJSON(rows) }
        for row in rows {
            print("■ \(row.office.name)  " + SubmissionsCommand.statusName(row.submission)
                  + tr("  最近同步：", "  last sync: ") + (row.lastSyncMs.map(Console.time) ?? tr("从未", "never"))
                  + tr("  最近修改：", "  last edit: ") + (row.lastActivityMs.map(Console.time) ?? "—")
                  + tr("  冲突：", "  conflicts: ") + "\(row.openConflicts)")
            if row.plan == nil { print(tr("    尚无规划", "    no plan yet")) }
            if !row.missingIndicators.isEmpty { print(tr("    缺指标：", "    missing: ") + row.missingIndicators.joined(separator: "、")) }
            if !row.placeholderIndicators.isEmpty { print(tr("    待填：", "    placeholders: ") + row.placeholderIndicators.joined(separator: "、")) }
            if !row.overdueTasks.isEmpty { print(tr("    逾期任务：", "    overdue: ") + row.overdueTasks.joined(separator: "、")) }
        }
    }
}
