import ArgumentParser
import ClientCore
import Shared

struct PlanList: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: tr("列出规划", "List plans"))

    @OptionGroup var replica: ReplicaOptions
    @Flag(help: ArgumentHelp(tr("输出 JSON", "print JSON"))) var json = false
    @Flag(help: ArgumentHelp(tr("包括已删除的", "include deleted plans"))) var all = false

    func run() throws {
        let plans = try replica.open().plans().filter { all || !$0.isDeleted }
        if json { return try Console.printJSON(plans) }
        if plans.isEmpty { print(tr("（暂无规划）", "(no plans)")) }
        for plan in plans {
            let deleted = plan.isDeleted ? tr(" ［已删除］", " [deleted]") : ""
            print("\(OutlinePrinter.shortID(plan.id))  \(plan["title"] ?? "")（\(plan["period"] ?? "")，\(OutlinePrinter.planKindName(plan["planKind"], in: localizer))，\(plan.office)）\(deleted)")
        }
    }
}
