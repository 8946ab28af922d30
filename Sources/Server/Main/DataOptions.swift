import ArgumentParser
import Foundation
import Logging
import ServerApp

/// Where the server keeps its store: PostgreSQL when `--database URL` (or $TRIBUTARY_DATABASE_URL) is given, else the
/// embedded SQLite store in `--data` (else $TRIBUTARY_SERVER_DATA, else ./tributary-data). Every admin command takes
/// these options, so an operator manages either store the same way.
struct DataOptions: ParsableArguments {
    @Option(name: .long, help: "data folder of the embedded SQLite store (default: $TRIBUTARY_SERVER_DATA or ./tributary-data)")
    var data: String?

    @Option(name: .long, help: ArgumentHelp("a PostgreSQL database instead of the data folder (or $TRIBUTARY_DATABASE_URL)",
                                            valueName: "postgres://USER[:PASSWORD]@HOST:PORT/DB"))
    var database: String?

    var folder: String { data ?? ProcessInfo.processInfo.environment["TRIBUTARY_SERVER_DATA"] ?? "tributary-data" }

    var databaseURL: String? {
        if let database { return database }
        if let url = ProcessInfo.processInfo.environment["TRIBUTARY_DATABASE_URL"], !url.isEmpty { return url }
        return nil
    }

    func validate() throws {
        if let database {
            do { _ = try PostgresLocation(url: database) } catch let error as RegistryError { throw ValidationError(error.description) }
            if data != nil { throw ValidationError("give --data (SQLite) or --database (PostgreSQL), not both") }
        }
    }

    /// Opens the store for the length of `body` (a PostgreSQL store's connections are closed afterwards).
    func withStore<T: Sendable>(logger: Logger = Logger(label: "tributary-server"),
                                _ body: @Sendable (any ServerStore) async throws -> T) async throws -> T {
        if let url = databaseURL {
            return try await PostgresServerStore.with(location: try PostgresLocation(url: url), logger: logger, body)
        }
        return try await body(try SQLiteServerStore(folder: folder))
    }

    func withAdmin<T: Sendable>(_ body: @Sendable (Admin) async throws -> T) async throws -> T {
        try await withStore { store in try await body(Admin(store: store)) }
    }

    /// Backup and restore copy the SQLite file; a PostgreSQL database is backed up with pg_dump (deploy/README.md).
    func requireSQLite(for command: String) throws {
        if databaseURL != nil {
            throw RegistryError.invalid("""
                \(command) works on the SQLite data folder; back up a PostgreSQL store with pg_dump -Fc and bring it \
                back with pg_restore (deploy/README.md)
                """)
        }
    }
}

func printJSON<T: Encodable>(_ value: T) throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    print(String(decoding: try encoder.encode(value), as: UTF8.self))
}
