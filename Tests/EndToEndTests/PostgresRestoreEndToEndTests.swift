import Foundation
import Testing

/// deploy/README.md's way back for a PostgreSQL store, run as written: `pg_dump -Fc` while the server serves, the
/// database lost, `pg_restore --no-owner` into an empty database and the generation bumped (`RestoreScenario`).
struct PostgresRestoreEndToEndTests {
    func tool(_ name: String, _ arguments: [String]) throws {
        let result = try run("/usr/bin/env", [name] + arguments)
        guard result.status == 0 else { throw HarnessError("\(name) \(arguments.joined(separator: " ")): \(result.stderr)") }
    }

    @Test func aDatabaseBroughtBackWithPgRestoreLosesNothingTheReplicasSent() throws {
        guard let database = try TestDatabase.fresh(for: "aDatabaseBroughtBackWithPgRestoreLosesNothingTheReplicasSent"),
              let restoredURL = try TestDatabase.fresh(for: "the restore target") else { return }
        let folder = TempFolder()
        let server = try ServerHarness(folder: folder, database: database, setup: true)
        try server.start()
        let dump = folder.file("tributary.dump")
        try RestoreScenario(folder: folder, server: server).run(backUp: {
            try tool("pg_dump", ["-Fc", "-d", database, "-f", dump])
        }, restore: { port in
            try tool("pg_restore", ["--exit-on-error", "--no-owner", "-d", restoredURL, dump])
            try tool("psql", [restoredURL, "-v", "ON_ERROR_STOP=1", "-q", "-c",
                              "UPDATE store_meta SET value = md5(random()::text) WHERE key = 'generation'"])
            let restored = try ServerHarness(folder: folder, database: restoredURL, setup: false)
            try restored.start(port: port)
            return restored
        })
    }
}
