import ArgumentParser
import ClientCore
import Foundation
import Shared

/// `tributary trash`: what this office deleted, restorable with `tributary restore ID`.
struct TrashCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "trash", abstract: tr("已删除、可恢复的条目", "Deleted entries that can be restored"))

    @OptionGroup var replica: ReplicaOptions
    @Flag(help: ArgumentHelp(tr("输出 JSON", "print JSON"))) var json = false

    func run() throws {
        let items = try replica.open().trash()
        if json { return try Console.printJSON(items) }
        if items.isEmpty { return print(tr("（没有已删除的条目）", "(nothing deleted)")) }
        for item in items {
            print("\(OutlinePrinter.shortID(item.id))  \(FieldsCommand.name(item.kind))  \(item.label)  "
                  + tr("删除者 ", "deleted by ") + "\(item.deletedBy)  \(Console.time(item.deletedMs))")
        }
        print(tr("恢复：tributary restore <编号>", "Restore one: tributary restore <id>"))
    }
}
