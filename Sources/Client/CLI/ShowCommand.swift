import ArgumentParser
import ClientCore
import Shared

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: tr("按编号大纲显示规划", "Print a plan as a numbered outline"))

    @OptionGroup var replica: ReplicaOptions
    @Argument(help: ArgumentHelp(tr("规划编号（省略：本单位唯一的规划）", "plan id (default: this office's only plan)")), completion: Completions.plans) var plan: String?
    @Flag(help: ArgumentHelp(tr("输出 JSON", "print JSON"))) var json = false
    @Flag(name: .customLong("no-ids"), help: ArgumentHelp(tr("不显示编号", "hide ids"))) var noIDs = false

    func run() throws {
        let replica = try replica.open()
        let planID = try PlanChoice.resolve(plan, in: replica)
        guard let document = try replica.document(plan: planID) else { throw ReplicaError.unknownEntity(planID) }
        if json { return try Console.printJSON(OutlinePrinter.json(document)) }
        for line in OutlinePrinter.lines(document, withIDs: !noIDs, comments: try replica.commentsByTarget(plan: planID), in: localizer) { print(line) }
    }
}
