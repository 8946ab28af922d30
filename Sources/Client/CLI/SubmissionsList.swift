import ArgumentParser
import ClientCore
import Foundation

struct SubmissionsList: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: tr("列出报送", "List submissions"))

    @OptionGroup var replica: ReplicaOptions
    @Option(help: ArgumentHelp(tr("只看某规划", "one plan")), completion: Completions.plans) var plan: String?
    @Flag(help: ArgumentHelp(tr("输出 JSON", "print JSON"))) var json = false

    func run() throws {
        let replica = try replica.open()
        let submissions = try replica.submissions(plan: try plan.map(replica.resolveID))
        if json { return try Console.printJSON(submissions) }
        if submissions.isEmpty { print(tr("（暂无报送）", "(no submissions)")) }
        let offices = Dictionary(try replica.offices().map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        for s in submissions {
            let title = try replica.state(of: s.plan)?["title"] ?? s.plan
            let when = s.submittedMs.map(Console.time) ?? ""
            print("\(OutlinePrinter.shortID(s.id))  \(offices[s.office] ?? s.office)  《\(title)》  \(SubmissionsCommand.statusName(s.status))  \(when)  \(s.submittedBy ?? "")")
            if let note = s.note, !note.isEmpty { print(tr("    说明：", "    note: ") + note) }
            if let review = s.reviewNote, !review.isEmpty { print(tr("    市局意见：", "    city: ") + review) }
            if !s.comments.isEmpty { print(tr("    批注 \(s.comments.count) 条", "    \(s.comments.count) comments")) }
        }
    }
}
