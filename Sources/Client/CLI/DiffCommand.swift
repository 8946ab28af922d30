import ArgumentParser
import ClientCore
import Foundation
import Review
import Shared

/// `tributary diff`: what changed in a plan, in words, with clause-level marks inside paragraphs — since a time, or
/// since a submission (what the county changed after the city saw it).
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff", abstract: tr("规划改了什么（按时间或报送）", "What changed in a plan (since a time or a submission)"),
        discussion: tr("例：tributary diff --since 3d · tributary diff --submission 3f2a9c1e", "e.g. tributary diff --since 3d · tributary diff --submission 3f2a9c1e"))

    @OptionGroup var replica: ReplicaOptions
    @Argument(help: ArgumentHelp(tr("规划编号（省略：本单位唯一的规划）", "the plan (default: this office's only plan)")), completion: Completions.plans) var plan: String?
    @Option(help: ArgumentHelp(tr("与这段时间之前相比（如 3d、12h、2w）", "compared with this long ago (3d, 12h, 2w)"))) var since: String?
    @Option(help: ArgumentHelp(tr("与某次报送的快照相比", "compared with a submission's snapshot"))) var submission: String?
    @Flag(help: ArgumentHelp(tr("输出 JSON", "print JSON"))) var json = false

    func validate() throws {
        guard (since == nil) != (submission == nil) else {
            throw ValidationError(tr("请给出 --since 或 --submission 之一", "give one of --since or --submission"))
        }
        if let since, DurationText.ms(since) == nil {
            throw ValidationError(tr("--since 须为数字加单位 m/h/d/w，如 3d", "--since takes a number and m/h/d/w, e.g. 3d"))
        }
    }

    func run() throws {
        let replica = try replica.open()
        let old: PlanDocument?, planID: String
        if let submission {
            let id = try replica.resolveID(submission)
            old = try replica.readableSnapshot(of: id)
            guard let snapshotPlan = old?.plan.id else { throw ReplicaError.unknownEntity(id) }
            planID = snapshotPlan
        } else {
            planID = try PlanChoice.resolve(plan, in: replica)
            old = try replica.document(plan: planID, asOf: SystemWallClock().nowMs() - DurationText.ms(since!)!)
        }
        guard let current = try replica.document(plan: planID) else { throw ReplicaError.unknownEntity(planID) }
        let before = old ?? PlanDocument(plan: EntityState(id: planID, kind: .plan, plan: planID, office: current.plan.office),
                                         sections: [], indicators: [], tasks: [])
        let lines = SubmissionDiff.compare(before, current, in: localizer)
        if json { return try Console.printJSON(lines) }
        if lines.isEmpty { return print(tr("（没有变化）", "(no changes)")) }
        for line in lines {
            switch line.kind {
            case .added: print("+ " + line.what)
            case .removed: print("- " + line.what)
            case .changed: print("~ " + line.what + tr("：", ": ") + Self.marked(line.before ?? "", line.after ?? ""))
            }
        }
    }

    /// The change with wdiff-style marks, clause by clause: [-删去-] {+加上+}.
    static func marked(_ before: String, _ after: String) -> String {
        ClauseDiff.diff(before, after).flatMap(\.pieces).map { piece -> String in
            switch piece {
            case .same(let text): return text
            case .removed(let text): return "[-" + text + "-]"
            case .added(let text): return "{+" + text + "+}"
            }
        }.joined()
    }
}
