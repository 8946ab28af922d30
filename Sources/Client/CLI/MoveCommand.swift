import ArgumentParser
import ClientCore

struct MoveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "move", abstract: tr("移动章节、指标或任务", "Move an item"))

    @OptionGroup var replica: ReplicaOptions
    @Argument(help: ArgumentHelp(tr("条目编号", "entity id")), completion: Completions.ids([.section, .indicator, .task])) var entity: String
    @Option(help: ArgumentHelp(tr("新的上级章节（省略：有 --after 时为该项的上级，否则为顶层）", "new parent section (default: the --after item's parent, else the top level)")), completion: Completions.ids([.section]))
    var parent: String?
    @Option(help: ArgumentHelp(tr("排在此项之后（省略则排第一）", "after this sibling")), completion: Completions.ids([.section, .indicator, .task])) var after: String?

    func run() throws {
        let replica = try replica.open()
        let id = try replica.resolveID(entity)
        let after = try after.map(replica.resolveID)
        // "After that item" means among that item's siblings unless a parent is named.
        let parent = try parent.map(replica.resolveID) ?? after.flatMap { try replica.state(of: $0)?.place?.parent }
        try replica.edit { try $0.move(id, parent: parent, after: after) }
        print(tr("已移动 \(OutlinePrinter.shortID(id))", "Moved \(OutlinePrinter.shortID(id))"))
    }
}
