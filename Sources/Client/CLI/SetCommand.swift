import ArgumentParser
import ClientCore
import Shared

struct SetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "set", abstract: "修改一个字段 / Edit one field",
        discussion: "例：tributary set 3f2a9c1e value 98   ·   tributary set 3f2a9c1e body --clear")

    @OptionGroup var replica: ReplicaOptions
    @Argument(help: "条目编号（可用前缀）/ entity id or prefix") var entity: String
    @Argument(help: "字段 / field") var field: String
    @Argument(help: "新值 / new value") var value: String?
    @Flag(help: "清空该字段 / clear the field") var clear = false

    func validate() throws {
        if value == nil && !clear { throw ValidationError(tr("请给出新值，或用 --clear 清空", "give a value or --clear")) }
        if value != nil && clear { throw ValidationError(tr("新值与 --clear 不能同时使用", "a value and --clear exclude each other")) }
    }

    func run() throws {
        let replica = try replica.open()
        let id = try replica.resolveID(entity)
        var stored = value
        if field == "comparator", let value { stored = Comparator.parse(value) ?? value }
        try replica.edit { try $0.set(id, field, clear ? nil : stored) }
        print(tr("已修改 \(OutlinePrinter.shortID(id)).\(field)", "Updated \(OutlinePrinter.shortID(id)).\(field)"))
    }
}
