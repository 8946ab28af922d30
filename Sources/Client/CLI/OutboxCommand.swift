import ArgumentParser
import ClientCore
import Foundation
import Shared

/// What waits to be sent, and what the server refused: a refused change is kept (in the history and here, with the
/// server's reason) until the cause is fixed (a wrong clock, a missing permission) and it is retried, or until a person
/// discards it, which takes it back out of the replica so that the replica shows what the server holds.
struct OutboxCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "outbox", abstract: tr("待上传与被拒绝的修改", "Pending and refused changes"),
        subcommands: [OutboxList.self, OutboxRetry.self, OutboxDiscard.self, OutboxDiscarded.self], defaultSubcommand: OutboxList.self)
}

struct OutboxList: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: tr("列出被拒绝的修改", "List refused changes"))
    @OptionGroup var replica: ReplicaOptions
    @Flag(help: ArgumentHelp(tr("输出 JSON", "print JSON"))) var json = false

    func run() throws {
        let replica = try replica.open()
        let refused = try replica.refusedChanges()
        if json { return try Console.printJSON(refused) }
        print(tr("待上传：\(try replica.outboxCount()) 条；被拒绝：\(refused.count) 条", "pending: \(try replica.outboxCount()); refused: \(refused.count)"))
        for line in RefusalHints.lines(RefusalReasons.group(bilingual: refused.map { (en: $0.reason, zh: $0.reasonZh) })) { print(line) }
        for item in refused {
            let value = (item.change.value ?? "∅").prefix(40)
            print("  \(item.change.stamp)  \(item.change.kind.rawValue) \(OutlinePrinter.shortID(item.change.entity)).\(item.change.field) = \(value)")
            print(tr("    原因：", "    reason: ") + item.localizedReason(localizer) + "（\(Console.time(item.refusedMs))）")
        }
    }
}

struct OutboxRetry: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "retry", abstract: tr("重新排队被拒绝的修改", "Queue refused changes again"))
    @OptionGroup var replica: ReplicaOptions
    @Argument(help: ArgumentHelp(tr("修改编号（省略则全部）", "change ids (all when omitted)"))) var ids: [String] = []

    func validate() throws {
        for id in ids where Stamp(id) == nil { throw ValidationError(tr("不是修改编号：\(id)", "not a change id: \(id)")) }
    }

    func run() throws {
        let moved = try replica.open().retryRefused(ids.isEmpty ? nil : ids.compactMap(Stamp.init))
        print(tr("已重新排队 \(moved) 条；运行 tributary sync 上传。", "\(moved) queued again; run tributary sync to send them."))
    }
}
