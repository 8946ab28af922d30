import ArgumentParser
import ClientCore

struct ExchangeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "exchange",
        abstract: "从另一个副本文件导入修改（如 U 盘拷贝）/ Take in the changes of another replica file",
        discussion: tr("导入的修改不进入本副本的待上传队列：每个副本只上传自己的修改。", "Imported changes are not queued for upload: each replica pushes only its own writes."))

    @OptionGroup var replica: ReplicaOptions
    @Argument(help: "另一个副本文件 / the other replica file") var other: String

    func run() throws {
        let replica = try replica.open()
        let source = try Replica.open(at: other)
        let summary = try replica.importChanges(from: source)
        print(tr("新增修改 \(summary.applied.count) 条，已有 \(summary.duplicates.count) 条；新冲突 \(summary.conflictsOpened) 个",
                 "\(summary.applied.count) new changes, \(summary.duplicates.count) already known; \(summary.conflictsOpened) new conflicts"))
    }
}
