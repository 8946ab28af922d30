import ArgumentParser
import ClientCore

struct DeleteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "delete", abstract: tr("删除（可恢复）", "Delete (restorable)"))

    @OptionGroup var replica: ReplicaOptions
    @Argument(help: ArgumentHelp(tr("条目编号", "entity id")), completion: Completions.ids()) var entity: String

    func run() throws {
        let replica = try replica.open()
        let id = try replica.resolveID(entity)
        try replica.edit { try $0.delete(id) }
        print(tr("已删除 \(OutlinePrinter.shortID(id))（可用 tributary restore 恢复）", "Deleted \(OutlinePrinter.shortID(id)) (tributary restore brings it back)"))
    }
}
