import ArgumentParser
import ClientCore

struct ExchangeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "exchange",
        abstract: tr("从另一个副本文件导入修改（如 U 盘拷贝）", "Take in the changes of another replica file"),
        discussion: tr("""
            若另一个副本属于同一用户、同一单位（本人的第二台电脑），其尚未上传的修改会进入本副本的待上传队列，\
            下次 tributary sync 时由本副本上传。其他用户的修改不排队：服务器无法凭本副本的令牌核实他人的署名，\
            它们在其本人的副本同步时到达服务器。
            """, """
            When the other replica belongs to the same user in the same office (your own second laptop), its unsent \
            changes are queued here and the next tributary sync uploads them. Other users' changes are not queued: \
            the server cannot verify another person's authorship through this replica's token; they reach the server \
            when their own replica syncs.
            """))

    @OptionGroup var replica: ReplicaOptions
    @Argument(help: ArgumentHelp(tr("另一个副本文件", "the other replica file"))) var other: String

    func run() throws {
        let replica = try replica.open()
        let source = try Replica.open(at: other)
        let summary = try replica.importChanges(from: source)
        print(tr("新增修改 \(summary.applied.applied.count) 条，已有 \(summary.applied.duplicates.count) 条；新冲突 \(summary.applied.conflictsOpened) 个",
                 "\(summary.applied.applied.count) new changes, \(summary.applied.duplicates.count) already known; \(summary.applied.conflictsOpened) new conflicts"))
        if !summary.queued.isEmpty {
            print(tr("其中 \(summary.queued.count) 条是本用户另一副本尚未上传的修改，已排队：下次 tributary sync 上传。",
                     "\(summary.queued.count) of them are this user's own unsent changes from the other replica: queued, the next tributary sync uploads them."))
        }
        if summary.notQueued > 0 {
            print(tr("\(summary.notQueued) 条不排队上传（其他用户的修改，或对方已上传）：它们在其本人的副本同步时到达服务器。",
                     "\(summary.notQueued) are not queued (other users' changes, or already sent): they reach the server when their own replica syncs."))
        }
    }
}
