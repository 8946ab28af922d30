import Foundation

/// A PostgreSQL database of the bench's own for one run, made with psql on the server `--postgres` names and dropped
/// at the end: the PostgreSQL round must start from an empty store exactly as the SQLite round starts from an empty
/// folder, and a database given from outside (TRIBUTARY_BENCH_DATABASE_URL) must not be filled with bench data.
struct BenchDatabase {
    /// The address given: used only to connect for CREATE and DROP DATABASE.
    let serverURL: String
    let name: String
    /// The same server, the fresh database.
    let url: String

    static func create(on serverURL: String) throws -> BenchDatabase {
        guard var components = URLComponents(string: serverURL), ["postgres", "postgresql"].contains(components.scheme ?? "") else {
            throw BenchError("--postgres takes a postgres://USER@HOST:PORT/DATABASE address")
        }
        // Letters, digits and underscores only, so that it needs no quoting.
        let stamp = Int(Date().timeIntervalSince1970)
        let name = "tributary_bench_\(stamp)_\(ProcessInfo.processInfo.processIdentifier)"
        try psql(serverURL, "CREATE DATABASE \(name)")
        components.path = "/" + name
        guard let url = components.string else { throw BenchError("could not form the database address") }
        return BenchDatabase(serverURL: serverURL, name: name, url: url)
    }

    /// Drops the database once the servers are gone; a failure is reported, not fatal (the figures are already in).
    func drop() {
        do {
            try Self.psql(serverURL, "DROP DATABASE IF EXISTS \(name)")
        } catch {
            FileHandle.standardError.write(Data("bench: could not drop database \(name): \(error)\n".utf8))
        }
    }

    private static func psql(_ url: String, _ sql: String) throws {
        try runTool("/usr/bin/env", ["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", url, "-c", sql], timeout: 60)
    }
}
