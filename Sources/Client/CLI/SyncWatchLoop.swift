import ClientCore
import Foundation
import Shared

/// The terminal side of `sync --watch`: one line per sync, and Ctrl-C (or SIGTERM) stops it cleanly. The loop
/// itself is `SyncWatch` in ClientCore.
enum SyncWatchLoop {
    static func run(_ watch: SyncWatch) async throws {
        emit(tr("保持同步中：本地修改一秒内上传，他人的修改一到即接收。按 Ctrl-C 停止。",
               "Watching: local edits are pushed within a second, others' arrive as they land. Ctrl-C stops."))
        let task = Task { try await watch.run { event in emit(line(event)) } }
        // Signals arrive on a dispatch queue, never in the middle of a transaction: the task is cancelled and
        // finishes the step it is in.
        var sources: [DispatchSourceSignal] = []
        for number in [SIGINT, SIGTERM] {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { task.cancel() }
            source.resume()
            sources.append(source)
        }
        defer { sources.forEach { $0.cancel() } }
        do {
            try await task.value
        } catch is CancellationError {
        } catch {
            if task.isCancelled { return emit(tr("已停止。", "Stopped.")) }
            throw CommandFailure(message: say(error))
        }
        emit(tr("已停止。", "Stopped."))
    }

    /// One line, written at once (a pipe or a log file sees it as it happens).
    static func emit(_ text: String) {
        FileHandle.standardOutput.write(Data((Console.time(SystemWallClock().nowMs()) + "  " + text + "\n").utf8))
    }

    static func line(_ event: SyncWatch.Event) -> String {
        switch event {
        case .pushed(let report):
            var text = tr("上传 \(report.sent) 条", "sent \(report.sent)")
            if !report.rejected.isEmpty { text += tr("，被拒绝 \(report.rejected.count) 条（见 tributary outbox）", ", \(report.rejected.count) refused (see tributary outbox)") }
            return text
        case .pulled(let report):
            var text = tr("接收 \(report.received) 条", "received \(report.received)")
            if report.newConflicts > 0 { text += tr("，新冲突 \(report.newConflicts) 个", ", \(report.newConflicts) new conflicts") }
            if report.rebootstrapped != nil { text += tr("；离线超过服务器保留期限，已上传本地修改并重新载入", "; away past the server's horizon: local changes pushed, then loaded again") }
            if let resent = report.resentAfterRestore { text += tr("；服务器已从备份恢复，重新发送 \(resent) 条", "; the server was restored from a backup, \(resent) sent again") }
            return text
        case .unreachable(let reason, let seconds):
            return tr("无法连接服务器（\(reason.zh)），\(seconds) 秒后重试；本地修改都安全。",
                      "cannot reach the server (\(reason.en)); retrying in \(seconds) s. Local work is safe.")
        case .reconnected:
            return tr("已重新连接服务器。", "reconnected to the server.")
        }
    }
}
