import ArgumentParser
import ClientCore

struct RestoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "restore", abstract: tr("恢复已删除的条目", "Restore"))

    @OptionGroup var replica: ReplicaOptions
    @Argument(help: ArgumentHelp(tr("条目编号", "entity id")), completion: Completions.deleted) var entity: String

    func run() throws {
        let replica = try replica.open()
        let id = try replica.resolveID(entity)
        try replica.edit { try $0.restore(id) }
        print(tr("已恢复 \(OutlinePrinter.shortID(id))", "Restored \(OutlinePrinter.shortID(id))"))
    }
}
