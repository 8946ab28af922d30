import ArgumentParser
import ClientCore

struct SubmissionsSubmit: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "submit", abstract: tr("报送规划（冻结当前版本）", "Submit a plan"))

    @OptionGroup var replica: ReplicaOptions
    @Argument(help: ArgumentHelp(tr("规划编号", "plan")), completion: Completions.plans) var plan: String
    @Option(help: ArgumentHelp(tr("报送说明", "note"))) var note: String?

    func run() throws {
        let replica = try replica.open()
        let id = try replica.submit(plan: try replica.resolveID(plan), note: note)
        print(tr("已报送，报送编号 \(id)。同步后市局可见。", "Submitted as \(id); the city sees it after the next sync."))
    }
}
