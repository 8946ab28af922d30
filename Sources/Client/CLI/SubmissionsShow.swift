import ArgumentParser
import ClientCore
import Foundation
import Shared

struct SubmissionsShow: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: tr("查看报送的版本与批注", "Show a submission"))

    @OptionGroup var replica: ReplicaOptions
    @Argument(help: ArgumentHelp(tr("报送编号", "submission")), completion: Completions.submissions) var submission: String
    @Flag(help: ArgumentHelp(tr("输出 JSON", "print JSON"))) var json = false

    struct Output: Encodable {
        var submission: Submission
        var snapshot: PlanDocument?
        /// Why the snapshot cannot be read, in words (then `snapshot` is null and the command exits 1).
        var snapshotProblem: String?
    }

    func run() throws {
        let replica = try replica.open()
        let id = try replica.resolveID(submission)
        guard let found = try replica.submissions().first(where: { $0.id == id }) else { throw ReplicaError.unknownEntity(submission) }
        // A damaged or newer snapshot still shows the submission's status and comments, then says what is wrong.
        var snapshot: PlanDocument?
        var problem: SnapshotUnreadable?
        do {
            snapshot = try replica.readableSnapshot(of: id)
        } catch let error as SnapshotUnreadable {
            problem = error
        }
        if json {
            try Console.printJSON(Output(submission: found, snapshot: snapshot, snapshotProblem: problem.map(say)))
            if problem != nil { throw ExitCode(ExitCodes.failure) }
            return
        }
        print(tr("状态：", "Status: ") + SubmissionsCommand.statusName(found.status))
        if let note = found.note, !note.isEmpty { print(tr("报送说明：", "Note: ") + note) }
        if let review = found.reviewNote, !review.isEmpty { print(tr("市局意见：", "City's verdict: ") + review) }
        let names = snapshot.map { doc in
            Dictionary((doc.sections + doc.indicators + doc.tasks).map { ($0.id, $0["heading"] ?? $0["name"] ?? $0["title"] ?? $0.id) },
                       uniquingKeysWith: { a, _ in a })
        } ?? [:]
        for comment in found.comments {
            let on = comment.target.map { tr("关于「", "on “") + (names[$0] ?? $0) + tr("」：", "”: ") } ?? ""
            print(tr("  批注：", "  comment: ") + on + comment.body)
        }
        if let snapshot {
            print("")
            for line in OutlinePrinter.lines(snapshot, withIDs: false, in: localizer) { print(line) }
        }
        if let problem { throw CommandFailure(message: say(problem)) }
    }
}
