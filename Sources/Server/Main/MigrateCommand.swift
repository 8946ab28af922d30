import ArgumentParser
import Logging
import ServerApp

/// `tributary-server migrate`: brings the store's schema up to this version (the server also does it when it
/// starts; an operator runs it on its own before starting several servers, or to see what a release changes).
struct MigrateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "migrate", abstract: "Apply the store's pending schema migrations")
    @OptionGroup var data: DataOptions

    func run() async throws {
        if let url = data.databaseURL {
            let location = try PostgresLocation(url: url)
            let applied = try await PostgresServerStore.migrate(location, logger: Logger(label: "tributary-server"))
            print(applied.isEmpty ? "\(location): up to date" : "\(location): applied \(applied.joined(separator: ", "))")
        } else {
            // Opening the SQLite store applies its migrations (and refuses a newer file).
            let store = try SQLiteServerStore(folder: data.folder)
            print("\(store.path): up to date")
        }
    }
}
