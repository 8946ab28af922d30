import ArgumentParser
import ClientCore
import Shared

struct PlanCreate: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "create", abstract: tr("新建规划", "Create a plan"))

    @OptionGroup var replica: ReplicaOptions
    @Option(help: ArgumentHelp(tr("标题", "title"))) var title: String
    @Option(help: ArgumentHelp(tr("期间：2025 或 2021-2025", "period"))) var period: String
    @Option(help: ArgumentHelp(tr("年度计划、五年规划或总结", "annual plan, five-year plan or summary"))) var kind: PlanKindArgument = PlanKindArgument(code: "annual")

    func validate() throws {
        if let problem = Schema.problem(kind: .plan, field: "period", value: period) { throw ValidationError(problem) }
        if let problem = Schema.problem(kind: .plan, field: "title", value: title) { throw ValidationError(problem) }
    }

    func run() throws {
        let replica = try replica.open()
        let id = try replica.edit { try $0.createPlan(title: title, period: period, kind: kind.code) }
        print(id)
    }
}
