import ArgumentParser
import ClientCore
import Foundation
import Shared

struct SetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "set", abstract: tr("修改一个字段", "Edit one field"),
        discussion: tr("""
            例：tributary set 3f2a9c1e value 98 · tributary set 3f2a9c1e status 完成 · tributary set 3f2a9c1e body --edit
            · tributary set 3f2a9c1e body - < 段落.txt · tributary set 3f2a9c1e body --clear

            """, """
            e.g. tributary set 3f2a9c1e value 98 · tributary set 3f2a9c1e status done · tributary set 3f2a9c1e body --edit
            · tributary set 3f2a9c1e body - < paragraph.txt · tributary set 3f2a9c1e body --clear

            """) + FieldsCommand.listing(EntityKind.allCases.filter { $0 != .submission }))

    @OptionGroup var replica: ReplicaOptions
    @Argument(help: ArgumentHelp(tr("条目编号（可用前缀）", "entity id or prefix")), completion: Completions.ids()) var entity: String
    @Argument(help: ArgumentHelp(tr("字段（见 tributary fields）", "field (see tributary fields)")), completion: Completions.fields) var field: String
    @Argument(help: ArgumentHelp(tr("新值；- 从标准输入读取", "new value; - reads standard input"))) var value: String?
    @Flag(help: ArgumentHelp(tr("清空该字段", "clear the field"))) var clear = false
    @Flag(help: ArgumentHelp(tr("在 $VISUAL/$EDITOR 中编辑当前值", "edit the current value in $VISUAL/$EDITOR"))) var edit = false

    func validate() throws {
        let given = [value != nil, clear, edit].filter { $0 }.count
        if given == 0 { throw ValidationError(tr("请给出新值，或用 --edit 编辑、--clear 清空", "give a value, or --edit or --clear")) }
        if given > 1 { throw ValidationError(tr("新值、--edit 与 --clear 只能选一个", "a value, --edit and --clear exclude each other")) }
    }

    func run() throws {
        let replica = try replica.open()
        let id = try replica.resolveID(entity)
        let state = try replica.state(of: id)
        var stored: String?
        if clear {
            stored = nil
        } else if edit {
            let current = state?[field] ?? ""
            guard let edited = try TerminalSession.runEditor(on: current) else {
                return print(tr("编辑器未保存修改或出错，未作改动", "the editor left the text unchanged or failed; nothing changed"))
            }
            stored = Self.trimmingFinalNewline(edited)
        } else if value == "-" {
            let data = FileHandle.standardInput.readDataToEndOfFile()
            guard let text = String(data: data, encoding: .utf8) else {
                throw CommandFailure(message: tr("标准输入不是 UTF-8 文字", "standard input is not UTF-8 text"))
            }
            stored = Self.trimmingFinalNewline(text)
        } else {
            stored = value
        }
        if let text = stored, let kind = state?.kind {
            stored = FieldInput.normalize(kind: kind, field: field, text.replacingOccurrences(of: "\r\n", with: "\n"), unit: state?["unit"])
            if let problem = FieldInput.problem(kind: kind, field: field, stored, unit: state?["unit"]) {
                throw ReplicaError.invalidValue(problem)
            }
        }
        try replica.edit { try $0.set(id, field, stored) }
        print(tr("已修改 \(OutlinePrinter.shortID(id)).\(field)", "Updated \(OutlinePrinter.shortID(id)).\(field)"))
    }

    /// Editors and `echo` end a file with a newline that is not part of the paragraph.
    static func trimmingFinalNewline(_ text: String) -> String {
        text.hasSuffix("\n") ? String(text.dropLast()) : text
    }
}
