import ArgumentParser
import ClientCore
import Shared

struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "status", abstract: tr("副本状态", "Replica status"))

    @OptionGroup var replica: ReplicaOptions
    @Flag(help: ArgumentHelp(tr("输出 JSON", "print JSON"))) var json = false

    func run() throws {
        let replica = try replica.open()
        let status = try replica.status()
        if json { return try Console.printJSON(status) }
        print(tr("单位：", "Office: ") + "\(status.office.name)（\(status.office.id)）")
        print(tr("用户：", "User: ") + status.user + tr("，副本 ", ", replica ") + status.replica)
        print(tr("规划：", "Plans: ") + "\(status.plans)")
        print(tr("未同步的修改：", "Unsynced changes: ") + "\(status.unsyncedChanges)")
        if status.refusedChanges > 0 {
            print(tr("被服务器拒绝、已搁置：", "Refused by the server, set aside: ") + "\(status.refusedChanges)" + tr("（见 tributary outbox）", " (see tributary outbox)"))
            for line in RefusalHints.lines(status.refusalReasons) { print(line) }
        }
        if status.discardedChanges > 0 {
            print(tr("已撤回：", "Withdrawn: ") + "\(status.discardedChanges)" + tr("（见 tributary outbox discarded）", " (see tributary outbox discarded)"))
        }
        print(tr("未解决的冲突：", "Open conflicts: ") + "\(status.openConflicts)")
        print(tr("服务器：", "Server: ") + (status.server ?? tr("（未连接）", "(not attached)")))
        if let last = status.lastSyncMs { print(tr("上次同步：", "Last sync: ") + Console.time(last)) }
        for line in ReturnedNotice.lines(try replica.returnedSubmissions()) { print(line) }
    }
}
