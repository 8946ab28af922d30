import ArgumentParser
import ClientCore
import Foundation
import Shared

struct AttachCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "attach", abstract: tr("连接服务器（新副本会先下载现有数据）", "Attach this replica to a server"),
        discussion: tr("""
            令牌不在命令行上给出（会出现在 ps 中）：用环境变量 TRIBUTARY_TOKEN、--token-stdin（从标准输入读取），或在终端中按提示输入（不回显）。\
            令牌保存在 $XDG_CONFIG_HOME/tributary/credentials/（默认 ~/.config），不写入副本文件。
            """, """
            The token is never given on the command line (it would show in ps): set TRIBUTARY_TOKEN, pipe it with \
            --token-stdin, or type it at the prompt (not echoed). It is kept in $XDG_CONFIG_HOME/tributary/credentials/ \
            (default ~/.config), never in the replica file.
            """))

    @OptionGroup var replica: ReplicaOptions
    @Option(help: ArgumentHelp(tr("服务器地址，如 http://127.0.0.1:8080（省略则用 tributary config set server 的设置）", "server URL (default: `tributary config set server`)")))
    var server: String?
    @Flag(name: .customLong("token-stdin"), help: ArgumentHelp(tr("从标准输入读取令牌", "read the token from standard input"))) var tokenStdin = false
    /// Refused with advice: a token on the command line is visible to every user of the machine.
    @Option(name: .customLong("token"), help: .hidden) var tokenArgument: String?
    @Option(name: .customLong("bootstrap-page"), help: ArgumentHelp(tr("首次下载（起始数据）每页条数", "changes per page of a first download (bootstrap)")))
    var bootstrapPage: Int = Limits.defaultBootstrapPage

    /// `--server`, else the configured default.
    var serverURL: String? { server ?? (try? ClientConfig.load())?.server }

    func validate() throws {
        guard let server = serverURL else {
            throw ValidationError(tr("请用 --server 给出服务器地址，或先 tributary config set server 地址", "give the server with --server, or set a default with `tributary config set server URL`"))
        }
        guard server.hasPrefix("http://") || server.hasPrefix("https://") else {
            throw ValidationError(tr("服务器地址须以 http:// 或 https:// 开头", "the server URL must start with http:// or https://"))
        }
        guard (1...Limits.maxBootstrapPage).contains(bootstrapPage) else {
            throw ValidationError(tr("--bootstrap-page 须在 1 到 \(Limits.maxBootstrapPage) 之间", "--bootstrap-page must be from 1 to \(Limits.maxBootstrapPage)"))
        }
        if tokenArgument != nil {
            throw ValidationError(tr(
                "不再接受 --token：命令行参数会出现在 ps 中。请用环境变量 TRIBUTARY_TOKEN、--token-stdin（如 echo \"$TOKEN\" | tributary attach --token-stdin …），或在终端中按提示输入。",
                "--token is no longer accepted: command-line arguments show in ps. Set TRIBUTARY_TOKEN, pipe the token with --token-stdin (echo \"$TOKEN\" | tributary attach --token-stdin …), or type it at the prompt."))
        }
    }

    func run() async throws {
        let replica = try replica.open()
        let server = serverURL!
        let token = try TokenInput.read(fromStandardInput: tokenStdin)
        let syncer = Syncer(replica: replica, connection: ServerConnection(baseURL: server, token: token, replica: replica.replicaID),
                            bootstrapPage: bootstrapPage)
        do {
            let info = try await syncer.attach()
            let status = try replica.status()
            print(tr("已连接 \(server)：用户 \(info.user)（\(info.role.rawValue)），单位 \(info.office.name)；本地规划 \(status.plans) 个，待上传 \(status.unsyncedChanges) 条。",
                     "Attached to \(server): user \(info.user) (\(info.role.rawValue)), office \(info.office.name); \(status.plans) plans here, \(status.unsyncedChanges) changes to send."))
        } catch let error as ConnectionError {
            throw CommandFailure(message: say(error), code: { if case .unreachable = error { return ExitCodes.unreachable }; return ExitCodes.failure }())
        } catch let error as CommandError {
            throw CommandFailure(message: say(error))
        }
    }
}
