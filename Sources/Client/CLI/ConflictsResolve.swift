import ArgumentParser
import ClientCore
import Foundation
import Review
import Shared

struct ConflictsResolve: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "resolve",
        abstract: tr("解决冲突：保留胜者、采用另一方、指定新值或编辑合并", "Resolve conflicts"),
        discussion: tr("""
            给出编号则解决一个；不给编号则按过滤条件批量解决（只能 --keep-winner 或 --take-loser），执行前要求确认，脚本可用 --yes。
            删除与修改冲突：--keep-winner 保留删除，--take-loser 恢复条目。
            """, """
            With an id, resolves one conflict; without, resolves every conflict the filters select (--keep-winner or \
            --take-loser only) after asking for confirmation (--yes for scripts). Delete-against-edit: --keep-winner \
            keeps the delete, --take-loser restores the entity.
            """))

    @OptionGroup var replica: ReplicaOptions
    @Argument(help: ArgumentHelp(tr("冲突编号或其前缀", "conflict id or prefix")), completion: Completions.conflicts) var id: String?
    @OptionGroup var filters: ConflictFilterOptions
    @Flag(name: .customLong("keep-winner"), help: ArgumentHelp(tr("保留当前显示的值", "keep the value shown now"))) var keepWinner = false
    @Flag(name: .customLong("take-loser"), help: ArgumentHelp(tr("采用另一方的值", "take the other side's value"))) var takeLoser = false
    @Option(help: ArgumentHelp(tr("与 --take-loser 同用：第几个另一方（默认 1）", "which other side, with --take-loser"))) var loser: Int = 1
    @Flag(help: ArgumentHelp(tr("采用建议合并", "take the suggested merge"))) var merge = false
    @Option(help: ArgumentHelp(tr("采用这个新值", "take this value"))) var value: String?
    @Flag(help: ArgumentHelp(tr("在 $EDITOR 中编辑合并结果", "edit a merge in $EDITOR"))) var edit = false
    @Flag(help: ArgumentHelp(tr("批量解决时不再确认", "do not ask before resolving several"))) var yes = false

    func validate() throws {
        let chosen = [keepWinner, takeLoser, merge, value != nil, edit].filter { $0 }.count
        guard chosen == 1 else {
            throw ValidationError(tr("请选择一种解决方式：--keep-winner、--take-loser、--merge、--value 或 --edit",
                                     "choose one of --keep-winner, --take-loser, --merge, --value, --edit"))
        }
        guard loser >= 1 else { throw ValidationError(tr("--loser 从 1 开始", "--loser starts at 1")) }
        if id == nil, !(keepWinner || takeLoser) {
            throw ValidationError(tr("批量解决只能用 --keep-winner 或 --take-loser；其他方式请给出冲突编号",
                                     "resolving by filter takes --keep-winner or --take-loser; give an id for the others"))
        }
    }

    func run() throws {
        let replica = try replica.open()
        if let id {
            let conflict = try ConflictLoader.find(id, in: try ConflictLoader.load(replica, scope: .all))
            let decision = try decide(conflict)
            try ConflictLoader.apply(decision, to: conflict, replica: replica)
            print(tr("已解决 \(decision.conflict)：", "Resolved \(decision.conflict): ") + ConflictLoader.howName(decision.how))
            return
        }
        let selected = try ConflictLoader.load(replica, filter: try filters.filter(replica))
        if selected.isEmpty { return print(tr("（没有符合条件的冲突）", "(no conflict matches)")) }
        let decisions = try selected.map { try decide($0) }
        for (conflict, decision) in zip(selected, decisions) {
            let view = ConflictLoader.present(conflict)
            print("\(view.id)  \(view.heading)  → " + ConflictLoader.howName(decision.how))
        }
        if !yes {
            FileHandle.standardError.write(Data(tr("解决以上 \(selected.count) 个冲突？[y/N] ", "Resolve these \(selected.count) conflicts? [y/N] ").utf8))
            let answer = readLine()?.trimmingCharacters(in: .whitespaces).lowercased() ?? ""
            guard answer == "y" || answer == "yes" || answer == "是" else {
                throw CommandFailure(message: tr("已取消，未作任何修改", "cancelled; nothing changed"))
            }
        }
        var failures: [String] = []
        for (conflict, decision) in zip(selected, decisions) {
            do { try ConflictLoader.apply(decision, to: conflict, replica: replica) } catch {
                failures.append("\(decision.conflict): \(say(error))")
            }
        }
        print(tr("已解决 \(selected.count - failures.count) 个冲突", "Resolved \(selected.count - failures.count) conflicts"))
        if !failures.isEmpty { throw CommandFailure(message: failures.joined(separator: "\n")) }
    }

    private func decide(_ conflict: LoadedConflict) throws -> Decision {
        let record = conflict.record
        if record.isDeleteConflict, !(keepWinner || takeLoser) {
            throw CommandFailure(message: tr("删除与修改冲突只能保留删除（--keep-winner）或恢复（--take-loser）", "a delete-against-edit conflict takes --keep-winner or --take-loser"))
        }
        let suggestion = ConflictLoader.present(conflict).suggestion
        let choice: ConflictView.Choice
        if keepWinner {
            choice = .keepWinner
        } else if takeLoser {
            choice = .takeLoser(loser)
        } else if merge {
            choice = .merge
        } else if let value {
            choice = .text(value, how: .custom)
        } else {
            let proposal = suggestion ?? record.winner.value ?? ""
            let buffer = EditBuffer.compose(record, proposal: proposal, words: ConflictLoader.words)
            guard let edited = try TerminalSession.runEditor(on: buffer).flatMap(EditBuffer.parse) else {
                throw CommandFailure(message: tr("编辑结果为空，未作决定", "the edited text is empty; nothing decided"))
            }
            choice = .text(edited, how: .merged)
        }
        guard let decision = ConflictView.decision(for: record, choice: choice, suggestion: suggestion) else {
            switch choice {
            case .takeLoser: throw CommandFailure(message: tr("\(ConflictID.of(record)) 没有第 \(loser) 个另一方", "\(ConflictID.of(record)) has no other side \(loser)"))
            case .merge: throw CommandFailure(message: tr("\(ConflictID.of(record)) 没有建议合并（两边改了同一分句，或不是段落）", "\(ConflictID.of(record)) has no suggested merge"))
            default: throw CommandFailure(message: tr("删除与修改冲突只能保留删除（--keep-winner）或恢复（--take-loser）", "a delete-against-edit conflict takes --keep-winner or --take-loser"))
            }
        }
        return decision
    }
}
