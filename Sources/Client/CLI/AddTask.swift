import ArgumentParser
import ClientCore
import Shared

struct AddTask: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "task", abstract: tr("添加任务", "Add a task"))

    @OptionGroup var replica: ReplicaOptions
    @Option(help: ArgumentHelp(tr("规划编号", "plan id")), completion: Completions.plans) var plan: String
    @Option(help: ArgumentHelp(tr("所属章节", "section")), completion: Completions.ids([.section])) var section: String?
    @Option(help: ArgumentHelp(tr("任务", "title"))) var title: String
    @Option(help: ArgumentHelp(tr("具体内容", "detail"))) var detail: String?
    @Option(help: ArgumentHelp(tr("牵头单位", "lead unit"))) var lead: String?
    @Option(help: ArgumentHelp(tr("责任单位（用、分隔）", "partner units"))) var partners: String?
    @Option(help: ArgumentHelp(tr("完成时限：2025、2025-06 或 2025-06-30", "due"))) var due: String?
    @Option(help: ArgumentHelp(tr("状态：未开始 进行中 已完成 受阻", "status"))) var status: TaskStatusArgument = TaskStatusArgument(code: "planned")
    @Option(help: ArgumentHelp(tr("分解到的县区", "county of a broken-down task"))) var county: String?

    var fields: [String: String] {
        var fields: [String: String] = ["title": title, "status": status.code]
        fields["detail"] = detail
        fields["lead"] = lead
        fields["partners"] = partners
        fields["due"] = due
        fields["county"] = county
        return fields
    }

    func validate() throws {
        for (field, value) in fields {
            if let problem = Schema.problem(kind: .task, field: field, value: value) { throw ValidationError(problem) }
        }
    }

    func run() throws {
        let replica = try replica.open()
        let plan = try replica.resolveID(plan)
        let section = try section.map(replica.resolveID)
        let fields = self.fields
        print(try replica.edit { try $0.addTask(plan: plan, section: section, fields: fields) })
    }
}
