import ArgumentParser
import ClientCore
import Shared

/// `tributary fields [KIND]`: every field a person can set, what it holds and the values it takes, so that nobody has
/// to read the source to know that a task's progress is `status` and takes 完成/done.
struct FieldsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fields", abstract: tr("列出各类条目的字段与取值", "List every field of every kind and its values"))

    @Argument(help: ArgumentHelp(tr("plan、section、indicator、task 或 comment（省略则全部）", "one kind (all when omitted)")))
    var kind: String?

    func validate() throws {
        if let kind, EntityKind(rawValue: kind) == nil {
            throw ValidationError(tr("没有这类条目：\(kind)；可选 plan、section、indicator、task、comment",
                                     "no kind \(kind); choose plan, section, indicator, task or comment"))
        }
    }

    func run() throws {
        print(Self.listing(kind.flatMap(EntityKind.init(rawValue:)).map { [$0] } ?? EntityKind.allCases.filter { $0 != .submission }))
    }

    static func listing(_ kinds: [EntityKind]) -> String {
        kinds.map { kind in ([name(kind) + "（\(kind.rawValue)）:"] + FieldInput.describe(kind, localizer)).joined(separator: "\n") }
            .joined(separator: "\n")
    }

    static func name(_ kind: EntityKind) -> String {
        switch kind {
        case .plan: return tr("规划", "Plan")
        case .section: return tr("章节", "Section")
        case .indicator: return tr("指标", "Indicator")
        case .task: return tr("任务", "Task")
        case .comment: return tr("批注", "Comment")
        case .submission: return tr("报送", "Submission")
        }
    }
}
