import ArgumentParser
import ClientCore
import Foundation
import Shared

/// `tributary check`: is this replica file sound? SQLite's integrity check, then the model's invariants recomputed
/// from the change history. Exit 0 when nothing is wrong, 1 with the problems in words otherwise.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: tr("检查副本文件是否完好", "Check that the replica file is sound"),
        discussion: tr("运行 SQLite 完整性检查，并从修改历史重新推算每个字段的当前版本、显示的值和冲突，与文件中保存的比较。只读，不做修复。",
                       "Runs SQLite's integrity check, then recomputes every field's current versions, shown value and conflicts from the change history and compares them with what the file keeps. Read-only: nothing is repaired."))

    @OptionGroup var replica: ReplicaOptions
    @Flag(help: ArgumentHelp(tr("输出 JSON", "print JSON"))) var json = false

    func run() throws {
        let report = try replica.open().check()
        if json {
            try Console.printJSON(report)
        } else if report.healthy {
            print(tr("\(report.path)：未发现问题（\(report.changes) 条修改，\(report.entities) 个条目；SQLite 完整性检查通过）。",
                     "\(report.path): no problems found (\(report.changes) changes, \(report.entities) entries; SQLite's integrity check passed)."))
        } else {
            print(tr("\(report.path)：发现 \(report.problems.count) 类问题：", "\(report.path): \(report.problems.count) kinds of problems:"))
            for problem in report.problems {
                print("  " + tr(problem.zh, problem.en) + tr("（\(problem.count) 处）", " (\(problem.count))"))
                for example in problem.examples { print("    " + example) }
            }
            print(tr("请用备份恢复，或新建副本并连接服务器（tributary init + attach）：已同步的内容都在服务器上。",
                     "Restore a copy, or make a new replica and attach it (tributary init + attach): what was synced is on the server."))
        }
        if !report.healthy { throw ExitCode(ExitCodes.failure) }
    }
}
