import ArgumentParser
import ClientCore

struct SubmissionsAccept: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "accept", abstract: tr("通过报送", "Accept a submission"))

    @OptionGroup var replica: ReplicaOptions
    @Argument(help: ArgumentHelp(tr("报送编号", "submission")), completion: Completions.submissions) var submission: String
    @Option(help: ArgumentHelp(tr("意见", "note"))) var note: String?

    func run() throws {
        let replica = try replica.open()
        try replica.review(submission: try replica.resolveID(submission), status: "accepted", note: note)
        print(tr("已通过。", "Accepted."))
    }
}
