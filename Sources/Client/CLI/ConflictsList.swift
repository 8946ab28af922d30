import ArgumentParser
import ClientCore
import Foundation
import Review
import Shared

struct ConflictsList: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: tr("列出未决冲突", "List open conflicts"))

    @OptionGroup var replica: ReplicaOptions
    @OptionGroup var filters: ConflictFilterOptions
    @Flag(help: ArgumentHelp(tr("输出 JSON（各副本相同）", "print JSON (identical on every replica holding the same changes)"))) var json = false
    @Flag(help: ArgumentHelp(tr("也列出只能由其他单位解决的冲突", "also list conflicts only another office may resolve"))) var all = false

    func run() throws {
        let replica = try replica.open()
        let now = ConflictLoader.nowMs
        let filter = try filters.filter(replica)
        // One read of the conflicts and their plans serves both the list and the count of those left to other offices.
        let (mine, others) = try ConflictLoader.loadByResolver(replica, filter: filter, nowMs: now, others: all || !json)
        let loaded = all ? ConflictLoader.sorted(mine + others) : mine
        if json {
            return try Console.printJSON(ConflictListing.sorted(loaded.map { ConflictListing(record: $0.record, context: $0.context) }))
        }
        let othersOnly = all ? 0 : others.count
        let note = othersOnly == 0 ? nil : tr("另有 \(othersOnly) 个冲突只能由所属单位解决（--all 列出）",
                                               "\(othersOnly) more only their own office may resolve (--all lists them)")
        if loaded.isEmpty { return print(tr("（没有需要你解决的冲突）", "(no open conflicts for you to resolve)") + (note.map { " " + $0 } ?? "")) }
        for conflict in loaded {
            let view = ConflictLoader.summary(conflict)
            let authors = conflict.record.contenders.map(\.author).joined(separator: " / ")
            print("\(view.id)  \(view.heading)")
            print("    \(view.location) · \(authors) · " + Self.age(now - conflict.record.openedMs))
        }
        print(tr("共 \(loaded.count) 个。查看：tributary conflicts show <编号>；全屏审阅：tributary review",
                 "\(loaded.count) in all. See one: tributary conflicts show <id>; review full screen: tributary review"))
        if let note { print(note) }
    }

    static func age(_ ms: Int64) -> String {
        let minutes = max(0, ms / 60_000)
        if minutes < 60 { return tr("\(minutes) 分钟前", "\(minutes) min ago") }
        if minutes < 48 * 60 { return tr("\(minutes / 60) 小时前", "\(minutes / 60) h ago") }
        return tr("\(minutes / 1440) 天前", "\(minutes / 1440) days ago")
    }
}
