import ArgumentParser
import ClientCore
import Shared

struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history", abstract: "字段的修改历史 / History of a field")

    @OptionGroup var replica: ReplicaOptions
    @Argument(help: "条目编号 / entity id") var entity: String
    @Argument(help: "字段 / field") var field: String
    @Flag(help: "输出 JSON / print JSON") var json = false

    func run() throws {
        let replica = try replica.open()
        let id = try replica.resolveID(entity)
        let history = try replica.history(entity: id, field: field)
        let heads = Set(try replica.heads(entity: id, field: field).map(\.stamp))
        if json { return try Console.printJSON(history) }
        if history.isEmpty { print(tr("（无记录）", "(no history)")) }
        for change in history {
            var line = "\(Console.time(change.stamp.ms))  \(change.author)@\(change.stamp.replica)  "
            line += change.value.map { "“\($0)”" } ?? tr("（清空）", "(cleared)")
            if let resolution = change.resolution { line += tr("  ［解决冲突：\(resolution.rawValue)］", "  [resolution: \(resolution.rawValue)]") }
            if heads.contains(change.stamp) { line += tr("  ← 当前", "  ← current") }
            print(line)
        }
    }
}
