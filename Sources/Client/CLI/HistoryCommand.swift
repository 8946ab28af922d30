import ArgumentParser
import ClientCore
import Shared

struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history", abstract: tr("条目或字段的修改历史", "History of an entry or one field"))

    @OptionGroup var replica: ReplicaOptions
    @Argument(help: ArgumentHelp(tr("条目编号", "entity id")), completion: Completions.ids()) var entity: String
    @Argument(help: ArgumentHelp(tr("字段（省略则整个条目）", "field (the whole entry when omitted)")), completion: Completions.fields) var field: String?
    @Flag(help: ArgumentHelp(tr("输出 JSON", "print JSON"))) var json = false

    func run() throws {
        let replica = try replica.open()
        let id = try replica.resolveID(entity)
        let fields = try field.map { [$0] } ?? replica.fieldsWithHistory(entity: id)
        var all: [Change] = []
        var heads = Set<Stamp>()
        for name in fields {
            all += try replica.history(entity: id, field: name)
            heads.formUnion(try replica.heads(entity: id, field: name).map(\.stamp))
        }
        all.sort { $0.stamp < $1.stamp }
        if json { return try Console.printJSON(all) }
        if all.isEmpty { print(tr("（无记录）", "(no history)")) }
        for change in all {
            var line = "\(Console.time(change.stamp.ms))  \(change.author)@\(change.stamp.replica)  "
            if field == nil { line += FieldNames.name(change.field, in: localizer) + " " }
            line += FieldInput.shown(field: change.field, value: change.value, in: localizer, limit: 2000)
            if let resolution = change.resolution { line += tr("  ［解决冲突：\(ConflictLoader.howName(resolution))］", "  [resolution: \(ConflictLoader.howName(resolution))]") }
            if heads.contains(change.stamp) { line += tr("  ← 当前", "  ← current") }
            print(line)
        }
    }
}
