import ArgumentParser
import ClientCore
import Shared

struct AddSection: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "section", abstract: tr("添加章节", "Add a section"))

    @OptionGroup var replica: ReplicaOptions
    @Option(help: ArgumentHelp(tr("规划编号", "plan id")), completion: Completions.plans) var plan: String
    @Option(help: ArgumentHelp(tr("上级章节编号（省略则为顶层）", "parent section")), completion: Completions.ids([.section])) var parent: String?
    @Option(help: ArgumentHelp(tr("排在此章节之后（省略则排最后）", "after this sibling")), completion: Completions.ids([.section])) var after: String?
    @Option(help: ArgumentHelp(tr("标题", "heading"))) var heading: String
    @Option(help: ArgumentHelp(tr("正文", "body text"))) var body: String?

    func validate() throws {
        if let problem = Schema.problem(kind: .section, field: "heading", value: heading) { throw ValidationError(problem) }
    }

    func run() throws {
        let replica = try replica.open()
        let plan = try replica.resolveID(plan)
        let parent = try parent.map(replica.resolveID)
        let after = try after.map(replica.resolveID)
        let id = try replica.edit { session -> String in
            let id = try session.addSection(plan: plan, parent: parent, heading: heading, body: body)
            if let after { try session.move(id, parent: parent, after: after) }
            return id
        }
        print(id)
    }
}
