import ArgumentParser
import ClientCore
import Foundation
import Review
import Shared

struct ConflictsShow: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: tr("查看一个冲突：原文、双方、谁在何时、为何胜出、差异", "Show one conflict in full"))

    @OptionGroup var replica: ReplicaOptions
    @Argument(help: ArgumentHelp(tr("冲突编号或其前缀，如 3f2a91c0.body", "conflict id or prefix")), completion: Completions.conflicts) var id: String
    @Flag(help: ArgumentHelp(tr("输出 JSON", "print JSON"))) var json = false

    func run() throws {
        let replica = try replica.open()
        let conflict = try ConflictLoader.find(id, in: try ConflictLoader.load(replica, scope: .all))
        if json { return try Console.printJSON(ConflictListing(record: conflict.record, context: conflict.context)) }
        let colour = TerminalSession.colourWanted
        for line in Self.lines(ConflictLoader.present(conflict), isDelete: conflict.record.isDeleteConflict, colour: colour) {
            print((colour ? line : line.plain()).encoded(colour: colour))
        }
    }

    static func lines(_ view: ConflictPresentation, isDelete: Bool, colour: Bool) -> [StyledLine] {
        var out: [StyledLine] = [StyledLine(view.heading, .bold), StyledLine(tr("编号：", "id: ") + view.id + "    " + view.location, .dim)]
        for note in view.notes { out.append(note) }
        for block in view.blocks {
            out.append(StyledLine())
            out.append(block.title)
            for line in block.lines { out.append(StyledLine("    ") + line) }
        }
        out.append(StyledLine())
        // Without colour the differences are marked in the text; say how.
        if !colour { out.append(StyledLine(tr("差异标记：[-删去-] {+加上+}", "Marks: [-removed-] {+added+}"), .dim)) }
        let hint = isDelete
            ? tr("解决：tributary conflicts resolve \(view.id) --keep-winner（保留删除）| --take-loser（恢复）",
                 "Resolve: tributary conflicts resolve \(view.id) --keep-winner (keep the delete) | --take-loser (restore)")
            : tr("解决：tributary conflicts resolve \(view.id) --keep-winner | --take-loser | --value 文本 | --edit",
                 "Resolve: tributary conflicts resolve \(view.id) --keep-winner | --take-loser | --value TEXT | --edit")
                + (view.suggestion != nil ? " | --merge" : "")
        out.append(StyledLine(hint, .dim))
        return out
    }
}
