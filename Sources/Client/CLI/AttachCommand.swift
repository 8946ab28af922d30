import ArgumentParser
import ClientCore
import Foundation
import Shared

struct AttachCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "attach", abstract: "连接服务器（新副本会先下载现有数据）/ Attach this replica to a server")

    @OptionGroup var replica: ReplicaOptions
    @Option(help: "服务器地址，如 http://127.0.0.1:8080 / server URL") var server: String
    @Option(help: "访问令牌（或用环境变量 TRIBUTARY_TOKEN）/ token (or $TRIBUTARY_TOKEN)") var token: String?

    var resolvedToken: String? { token ?? ProcessInfo.processInfo.environment["TRIBUTARY_TOKEN"] }

    func validate() throws {
        guard server.hasPrefix("http://") || server.hasPrefix("https://") else {
            throw ValidationError(tr("服务器地址须以 http:// 或 https:// 开头", "the server URL must start with http:// or https://"))
        }
        guard let token = resolvedToken, !token.isEmpty else {
            throw ValidationError(tr("请用 --token 或 TRIBUTARY_TOKEN 提供令牌", "give a token with --token or TRIBUTARY_TOKEN"))
        }
    }

    func run() async throws {
        let replica = try replica.open()
        let syncer = Syncer(replica: replica, connection: ServerConnection(baseURL: server, token: resolvedToken!, replica: replica.replicaID))
        do {
            let info = try await syncer.attach()
            let status = try replica.status()
            print(tr("已连接 \(server)：用户 \(info.user)（\(info.role.rawValue)），单位 \(info.office.name)；本地规划 \(status.plans) 个，待上传 \(status.unsyncedChanges) 条。",
                     "Attached to \(server): user \(info.user) (\(info.role.rawValue)), office \(info.office.name); \(status.plans) plans here, \(status.unsyncedChanges) changes to send."))
        } catch let error as ConnectionError {
            throw CommandFailure(message: error.description, code: { if case .unreachable = error { return ExitCodes.unreachable }; return ExitCodes.failure }())
        }
    }
}
