import ArgumentParser
import ClientCore
import Foundation
import Shared

/// `tributary log [ID]`: recent changes, like `git log`: who changed what, when, on which replica.
struct LogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "log", abstract: tr("最近的修改（谁、何时、在哪个副本）", "Recent changes: who, when, on which replica"))

    @OptionGroup var replica: ReplicaOptions
    @Argument(help: ArgumentHelp(tr("只看某条目（编号或前缀）", "one entry (id or prefix)")), completion: Completions.ids()) var entity: String?
    @Option(help: ArgumentHelp(tr("只看某人", "by this person"))) var author: String?
    @Option(help: ArgumentHelp(tr("只看某规划", "in this plan")), completion: Completions.plans) var plan: String?
    @Option(help: ArgumentHelp(tr("只看这段时间内（如 3d、12h、2w）", "within (3d, 12h, 2w)"))) var since: String?
    @Option(name: .shortAndLong, help: ArgumentHelp(tr("最多几条", "at most this many"))) var number: Int = 30
    @Flag(help: ArgumentHelp(tr("输出 JSON", "print JSON"))) var json = false

    func validate() throws {
        if let since, DurationText.ms(since) == nil {
            throw ValidationError(tr("--since 须为数字加单位 m/h/d/w，如 3d", "--since takes a number and m/h/d/w, e.g. 3d"))
        }
        guard (1...10_000).contains(number) else { throw ValidationError(tr("-n 须在 1 到 10000 之间", "-n must be 1 to 10000")) }
    }

    func run() throws {
        let replica = try replica.open()
        let filter = Replica.LogFilter(
            entity: try entity.map(replica.resolveID), author: author, plan: try plan.map(replica.resolveID),
            sinceMs: since.flatMap(DurationText.ms).map { SystemWallClock().nowMs() - $0 }, limit: number)
        let changes = try replica.recentChanges(filter)
        if json { return try Console.printJSON(changes) }
        if changes.isEmpty { return print(tr("（没有符合条件的修改）", "(no changes match)")) }
        var labels: [String: String] = [:]
        for change in changes {
            if labels[change.entity] == nil {
                labels[change.entity] = try replica.state(of: change.entity).map(Replica.label) ?? change.entity
            }
            let value = FieldInput.shown(field: change.field, value: change.value, in: localizer)
            print("\(Console.time(change.stamp.ms))  \(change.author)@\(change.stamp.replica)  "
                  + "\(OutlinePrinter.shortID(change.entity)) \(labels[change.entity]!)·\(FieldNames.name(change.field, in: localizer)) = \(value)"
                  + (change.resolution.map { tr("  ［解决冲突：", "  [resolution: ") + ConflictLoader.howName($0) + tr("］", "]") } ?? ""))
        }
    }
}

/// "3d", "12h", "30m", "2w" as milliseconds.
enum DurationText {
    static func ms(_ text: String) -> Int64? {
        guard let unit = text.last, let amount = Int64(text.dropLast()), amount > 0 else { return nil }
        switch unit {
        case "m": return amount * 60_000
        case "h": return amount * 3_600_000
        case "d": return amount * 86_400_000
        case "w": return amount * 7 * 86_400_000
        default: return nil
        }
    }
}
