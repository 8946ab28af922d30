import ArgumentParser
import ClientCore
import Foundation
import Shared

struct OutboxDiscarded: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "discarded", abstract: tr("列出已撤回的修改", "List withdrawn changes"))
    @OptionGroup var replica: ReplicaOptions
    @Flag(help: ArgumentHelp(tr("输出 JSON", "print JSON"))) var json = false

    func run() throws {
        let discarded = try replica.open().discardedChanges()
        if json { return try Console.printJSON(discarded) }
        print(tr("已撤回：\(discarded.count) 条", "withdrawn: \(discarded.count)"))
        for entry in discarded {
            print("  " + OutboxDiscard.describe(entry.change) + "（\(Console.time(entry.discardedMs))）")
            if let reason = entry.reason { print(tr("    原因：", "    reason: ") + reason) }
            if let because = entry.because { print(tr("    基于被拒绝的修改 ", "    built on the refused change ") + because.description) }
        }
    }
}
