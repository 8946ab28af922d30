import ArgumentParser
import ClientCore

struct SubmissionsReturn: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "return", abstract: tr("退回修改（可附批注）", "Return with comments"),
        discussion: tr("例：tributary submissions return 1a2b --note 请补充指标 --comment 3f2a:目标值偏低 --comment 请核对任务时限",
                        "Example: tributary submissions return 1a2b --note \"add the indicators\" --comment \"3f2a:the target is low\""))

    @OptionGroup var replica: ReplicaOptions
    @Argument(help: ArgumentHelp(tr("报送编号", "submission")), completion: Completions.submissions) var submission: String
    @Option(help: ArgumentHelp(tr("总体意见", "overall note"))) var note: String?
    @Option(help: ArgumentHelp(tr("批注：条目编号:内容，或只写内容", "ENTITY:TEXT or TEXT"))) var comment: [String] = []

    func validate() throws {
        if note == nil && comment.isEmpty { throw ValidationError(tr("退回时请写明意见（--note 或 --comment）", "say why: --note or --comment")) }
    }

    func run() throws {
        let replica = try replica.open()
        let id = try replica.resolveID(submission)
        let comments: [(target: String?, body: String)] = try comment.map { text in
            if let colon = text.firstIndex(where: { $0 == ":" || $0 == "：" }), let target = try? replica.resolveID(String(text[..<colon])) {
                return (target, String(text[text.index(after: colon)...]))
            }
            return (nil, text)
        }
        try replica.review(submission: id, status: "returned", note: note, comments: comments)
        print(tr("已退回；县区同步后可见。", "Returned; the county sees it after syncing."))
    }
}
