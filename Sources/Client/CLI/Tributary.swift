import ArgumentParser
import ClientCore
import Shared
import Foundation

/// The client's version, printed by `tributary --version`.
enum TributaryVersion {
    static let current = "0.4.0 (protocol \(API.version))"
}

/// `tributary`: the county and city client. Every command but `attach` and `sync` works offline.
@main
struct Tributary: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tributary",
        abstract: "教育规划离线编辑与同步客户端 / Offline-first education plan client",
        version: TributaryVersion.current,
        subcommands: [
            InitCommand.self, PlanCommand.self, AddCommand.self, SetCommand.self, MoveCommand.self,
            DeleteCommand.self, RestoreCommand.self, ShowCommand.self, HistoryCommand.self, StatusCommand.self,
            ExchangeCommand.self, AttachCommand.self, SyncCommand.self, RollupCommand.self, ExportCommand.self,
            SubmissionsCommand.self, BoardCommand.self, OutboxCommand.self, ImportCommand.self, ConflictsCommand.self,
            ReviewCommand.self, FieldsCommand.self, ConfigCommand.self,
        ]
    )

    /// Our own errors are printed in the user's language, without ArgumentParser's English "Error:" prefix.
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch let error as ReplicaError {
            Console.error(error.description)
            Foundation.exit(ExitCodes.failure)
        } catch let error as CommandFailure {
            Console.error(error.message)
            Foundation.exit(error.code)
        } catch {
            exit(withError: error)
        }
    }
}
