import ArgumentParser
import ClientCore
import Foundation
import Shared

/// Takes refused changes back out of this replica so that it shows what the server holds again. A compensating
/// change cannot do this (it would name the refused change, which the server does not know), so the change is
/// withdrawn from the local merge instead, and kept in the discarded list (`tributary outbox discarded`).
struct OutboxDiscard: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "discard", abstract: tr("撤回被拒绝的修改，使本副本与服务器一致", "Withdraw refused changes so this replica matches the server"),
        discussion: tr("被撤回的修改不会丢失：连同服务器的理由保存在 tributary outbox discarded 中。基于被撤回修改的后续本地修改（尚未上传或同样被拒绝）一并撤回，并逐条列出。",
                       "Nothing is lost: withdrawn changes are kept with the server's reason (tributary outbox discarded). Later local changes built on a withdrawn one (pending or refused) are withdrawn with it, and listed."))

    @OptionGroup var replica: ReplicaOptions
    @Argument(help: ArgumentHelp(tr("被拒绝的修改编号", "refused change ids"))) var ids: [String] = []
    @Flag(help: ArgumentHelp(tr("撤回全部被拒绝的修改", "withdraw every refused change"))) var all = false
    @Flag(help: ArgumentHelp(tr("输出 JSON", "print JSON"))) var json = false

    func validate() throws {
        if all == !ids.isEmpty {
            throw ValidationError(tr("请给出修改编号，或使用 --all（二者取其一）", "give change ids or --all (one of the two)"))
        }
        for id in ids where Stamp(id) == nil { throw ValidationError(tr("不是修改编号：\(id)", "not a change id: \(id)")) }
    }

    func run() throws {
        let replica = try replica.open()
        let report: DiscardReport
        do {
            report = try replica.discardRefused(all ? nil : ids.compactMap(Stamp.init))
        } catch let error as DiscardError {
            throw CommandFailure(message: say(error))
        }
        if json { return try Console.printJSON(report) }
        print(tr("已撤回被拒绝的修改 \(report.refused.count) 条；本副本现在显示服务器上的内容。",
                 "Withdrew \(report.refused.count) refused changes; this replica shows what the server holds again."))
        for entry in report.refused { print("  " + Self.describe(entry.change)) }
        if !report.dependents.isEmpty {
            print(tr("以下 \(report.dependents.count) 条后续修改建立在被撤回的修改之上，一并撤回：",
                     "\(report.dependents.count) later changes were built on them and were withdrawn too:"))
            for entry in report.dependents {
                print("  " + Self.describe(entry.change) + (entry.because.map { tr("（基于 \($0)）", " (built on \($0))") } ?? ""))
            }
        }
        print(tr("它们保存在 tributary outbox discarded 中。未解决的冲突：\(report.openConflicts) 个。",
                 "They are kept in tributary outbox discarded. Open conflicts: \(report.openConflicts)."))
    }

    static func describe(_ change: Change) -> String {
        "\(change.stamp)  \(change.kind.rawValue) \(OutlinePrinter.shortID(change.entity)).\(change.field) = \((change.value ?? "∅").prefix(40))"
    }
}
