import ArgumentParser
import Foundation
import ServerApp
import SharedStore

/// `tributary-server`: the sync server and its admin commands. Admin commands work on the data folder directly
/// (run them on the server machine), the way an operator manages a SQLite-backed service.
@main
struct TributaryServer: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tributary-server",
        abstract: "Tributary sync server",
        subcommands: [ServeCommand.self, OfficeCommand.self, UserCommand.self, TokenCommand.self, DemoSetupCommand.self,
                      OpenAPICommand.self, BackupCommand.self, RestoreCommand.self, MigrateCommand.self, CompactCommand.self],
        defaultSubcommand: ServeCommand.self
    )

    /// Registry and store errors are the operator's to fix: print them plainly, without a stack of types.
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch let error as RegistryError {
            FileHandle.standardError.write(Data("error: \(error.description)\n".utf8))
            Foundation.exit(1)
        } catch let error as StoreFileError {
            FileHandle.standardError.write(Data("error: \(error.description)\n".utf8))
            Foundation.exit(1)
        } catch let error as PostgresStoreError {
            FileHandle.standardError.write(Data("error: \(error.description)\n".utf8))
            Foundation.exit(1)
        } catch {
            exit(withError: error)
        }
    }
}
