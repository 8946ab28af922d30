import ArgumentParser
import ClientCore
import Shared

struct SubmissionsCompare: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "compare", abstract: tr("比较两次报送", "Compare two submissions"))

    @OptionGroup var replica: ReplicaOptions
    @Argument(help: ArgumentHelp(tr("较早的报送", "older")), completion: Completions.submissions) var older: String
    @Argument(help: ArgumentHelp(tr("较新的报送", "newer")), completion: Completions.submissions) var newer: String
    @Flag(help: ArgumentHelp(tr("输出 JSON", "print JSON"))) var json = false

    func run() throws {
        let replica = try replica.open()
        let old: PlanDocument?, new: PlanDocument?
        do {
            old = try replica.readableSnapshot(of: try replica.resolveID(older))
            new = try replica.readableSnapshot(of: try replica.resolveID(newer))
        } catch let error as SnapshotUnreadable {
            throw CommandFailure(message: say(error))
        }
        guard let old else { throw ReplicaError.unknownEntity(older) }
        guard let new else { throw ReplicaError.unknownEntity(newer) }
        let lines = SubmissionDiff.compare(old, new, in: localizer)
        if json { return try Console.printJSON(lines) }
        if lines.isEmpty { print(tr("两次报送内容相同", "The two submissions are the same")) }
        for line in lines {
            switch line.kind {
            case .added: print("+ " + line.what)
            case .removed: print("- " + line.what)
            case .changed: print("~ " + line.what + "：" + (line.before ?? "（空）") + " → " + (line.after ?? "（空）"))
            }
        }
    }
}
