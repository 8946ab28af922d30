import ArgumentParser
import ClientCore
import Foundation
import Review
import Shared

struct SyncCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sync",
        abstract: tr("与服务器同步", "Push local changes and pull others'"),
        discussion: tr("退出码：0 完成；3 完成但有被拒绝而搁置的修改（本次或此前，见 tributary outbox）或未解决的冲突；4 无法连接服务器；1 其他错误。",
                       "Exit codes: 0 done; 3 done but changes are set aside as refused (now or earlier, see tributary outbox) or conflicts are open; 4 server unreachable; 1 other errors."))

    @OptionGroup var replica: ReplicaOptions
    @Flag(help: ArgumentHelp(tr("输出 JSON", "print JSON"))) var json = false
    @Option(help: ArgumentHelp(tr("每批上传条数", "changes per push"))) var batch: Int = 500
    @Flag(help: ArgumentHelp(tr("保持连接：本地修改一秒内上传，他人的修改一到即接收，每次同步一行；Ctrl-C 停止",
                                "stay attached: push local edits within a second, take others' as they land, one line per sync; Ctrl-C stops")))
    var watch = false
    @Option(name: .customLong("bootstrap-page"), help: ArgumentHelp(tr("重新下载起始数据时每页条数", "changes per page when the replica starts again from a bootstrap")))
    var bootstrapPage: Int = Limits.defaultBootstrapPage

    func validate() throws {
        guard (1...Limits.maxBatchChanges).contains(batch) else { throw ValidationError("--batch 1...\(Limits.maxBatchChanges)") }
        guard (1...Limits.maxBootstrapPage).contains(bootstrapPage) else {
            throw ValidationError("--bootstrap-page 1...\(Limits.maxBootstrapPage)")
        }
        if watch && json { throw ValidationError(tr("--watch 与 --json 不能同时使用", "--watch and --json cannot be used together")) }
    }

    func run() async throws {
        let replica = try replica.open()
        let syncer = Syncer(replica: replica, connection: try replica.connection(), bootstrapPage: bootstrapPage)
        if watch { return try await SyncWatchLoop.run(SyncWatch(syncer: syncer)) }
        let showProgress = !json && isatty(STDERR_FILENO) == 1
        let report: SyncReport
        let uploaded = Counter()
        do {
            report = try await syncer.sync(batchSize: batch) { progress in
                if case .pushed(let done, _) = progress { uploaded.set(done) }
                guard showProgress else { return }
                let columns = TerminalSession.columns(of: STDERR_FILENO)
                let line: String
                switch progress {
                case .pushed(let done, let total):
                    let counts = ProgressBar.count(done) + "/" + ProgressBar.count(total) + tr(" 条", "")
                    line = ProgressBar.line(label: tr("上传", "send"), fraction: total > 0 ? Double(done) / Double(total) : 1,
                                            counts: counts, columns: columns)
                case .pulled(let received, let fraction):
                    line = ProgressBar.line(label: tr("接收", "receive"), fraction: fraction,
                                            counts: tr("已收 ", "") + ProgressBar.count(received) + tr(" 条", " received"),
                                            columns: columns)
                }
                // Redrawn in place; the line is cleared when the sync ends, so the summary stands alone.
                FileHandle.standardError.write(Data(("\r\u{1B}[K" + line).utf8))
            }
        } catch let error as ConnectionError {
            if showProgress { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
            let pending = (try? replica.outboxCount()) ?? 0
            let progressNote = tr("已上传 \(uploaded.value) 条；\(pending) 条仍在本地等待上传，本地修改都安全，可稍后再同步。",
                                  "\(uploaded.value) changes were uploaded; \(pending) still wait here to be sent. Local work is safe; sync again later.")
            let failure: CommandFailure
            switch error {
            case .unreachable:
                failure = CommandFailure(message: tr("无法连接服务器：", "Cannot reach the server: ") + Self.reason(error) + "。" + progressNote,
                                         code: ExitCodes.unreachable)
            case .serverOlder, .clientOlder:
                failure = CommandFailure(message: say(error) + "\n" + progressNote, code: ExitCodes.unreachable)
            case .api(let api, _) where api.code == .unauthorized:
                failure = CommandFailure(message: say(error) + "\n" + tr(
                    "令牌无效、已过期或已被吊销：向管理员申请新令牌，再运行 tributary attach（在提示处输入，或用 TRIBUTARY_TOKEN / --token-stdin）；本地修改都还在。",
                    "The token is invalid, expired or revoked: ask an administrator for a new one and run tributary attach again (type it at the prompt, or use TRIBUTARY_TOKEN / --token-stdin); local work is safe."))
            default:
                failure = CommandFailure(message: say(error) + "\n" + progressNote)
            }
            if json {
                // A script reading --json gets JSON on every path, failures included.
                try Console.printJSON(SyncFailure(error: failure.message, exitCode: failure.code, sent: uploaded.value, pending: pending))
                throw ExitCode(failure.code)
            }
            throw failure
        }
        if showProgress { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        if json {
            try Console.printJSON(report)
        } else {
            if let resent = report.resentAfterRestore {
                print(tr("服务器已从备份恢复：本副本的 \(resent) 条修改已重新发送（服务器已有的不会重复），并重新读取了服务器的全部记录。",
                         "The server was restored from a backup: this replica's \(resent) changes were sent again (the server keeps no duplicates) and its whole log was read again."))
            }
            if let reloaded = report.rebootstrapped {
                print(tr("本副本离线的时间超过了服务器保留历史的期限（服务器已压缩更早的记录）：先上传了本地的全部修改（与更新的值相遇之处成为冲突），再从服务器重新载入了 \(reloaded) 条当前记录。离线所做的修改没有丢失。",
                         "This replica was away longer than the server keeps history (older records were compacted): all local changes were pushed first (kept as conflicts where they met newer values), then \(reloaded) current records were loaded from the server again. Nothing made offline was lost."))
            }
            print(tr("同步完成：上传 \(report.sent) 条，接收 \(report.received) 条，新冲突 \(report.newConflicts) 个，未解决冲突共 \(report.openConflicts) 个。",
                     "Sync done: sent \(report.sent), received \(report.received), \(report.newConflicts) new conflicts, \(report.openConflicts) open."))
            for line in ReturnedNotice.lines((try? replica.returnedSubmissions()) ?? []) { print(line) }
            if report.othersConflicts > 0 {
                print(tr("另有 \(report.othersConflicts) 个冲突只能由所属单位解决（tributary conflicts --all）",
                         "\(report.othersConflicts) more conflicts only their own office may resolve (tributary conflicts --all)"))
            }
            if report.sentForOtherReplicas > 0 {
                print(tr("  其中 \(report.sentForOtherReplicas) 条是本用户另一副本的修改（经 exchange 导入）。",
                         "  \(report.sentForOtherReplicas) of them were made by this user's other replica (taken in by exchange)."))
            }
            if !report.rejected.isEmpty {
                let groups = report.rejectedReasons
                if groups.count == 1 && report.rejected.count > 1 {
                    print(tr("  被拒绝 \(report.rejected.count) 条，原因相同：", "  \(report.rejected.count) changes refused, all for one reason: ") + RefusalHints.text(groups[0]))
                    print("    → " + RefusalHints.fix(groups[0].cause))
                } else if report.rejected.count <= 5 {
                    for rejected in report.rejected {
                        print(tr("  被拒绝：\(rejected.id)：\(rejected.reasonZh ?? rejected.reason ?? "")", "  refused: \(rejected.id): \(rejected.reason ?? "")"))
                    }
                    for group in groups { print("    → " + RefusalHints.fix(group.cause)) }
                } else {
                    print(tr("  被拒绝 \(report.rejected.count) 条：", "  \(report.rejected.count) changes refused:"))
                    for line in RefusalHints.lines(groups, indent: "    ") { print(line) }
                }
            }
            let earlier = report.setAside - report.rejected.count
            if earlier > 0 {
                print(tr("  另有 \(earlier) 条此前被拒绝的修改仍搁置，本副本仍显示它们：见 tributary outbox（retry 或 discard）。",
                         "  \(earlier) changes refused earlier are still set aside and still shown here: see tributary outbox (retry or discard)."))
            }
        }
        if let notice = report.updateNotice {
            Console.note(tr("tributary 有新版本：服务器仍接受本版本，同步照常；请尽快更新。（服务器：\(notice)）",
                            "An update of tributary exists: the server still serves this version and syncing goes on; please update soon. (server: \(notice))"))
        }
        if let skew = report.clockSkewMs {
            Console.note(tr("警告：本机时钟与服务器相差 \(skew / 1000) 秒，请校准时间。", "Warning: this computer's clock differs from the server's by \(skew / 1000) s; please fix the time."))
        }
        if !report.rejected.isEmpty || report.setAside > 0 || report.openConflicts > 0 { throw ExitCode(ExitCodes.attention) }
    }
}

/// What `sync --json` prints when the sync could not finish.
struct SyncFailure: Encodable {
    var error: String
    var exitCode: Int32
    var sent: Int
    var pending: Int
}

/// A count shared with the progress callback.
final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var current = 0
    var value: Int { lock.withLock { current } }
    func set(_ value: Int) { lock.withLock { current = value } }
}

extension SyncCommand {
    /// The plain reason inside an unreachable error.
    static func reason(_ error: ConnectionError) -> String {
        if case .unreachable(let reason) = error { return localizer(reason) }
        return say(error)
    }
}
