import Foundation
import Testing

/// An operator backs up a running SQLite server (`tributary-server backup`), the server's disk is lost after more work
/// was synced, and the backup is restored (`tributary-server restore`): `RestoreScenario`.
struct BackupRestoreEndToEndTests {
    @Test func aRestoredServerLosesNothingTheReplicasSent() throws {
        let folder = TempFolder()
        let server = try ServerHarness(folder: folder)
        try server.start()
        let backup = folder.file("backup.sqlite")
        try RestoreScenario(folder: folder, server: server).run(backUp: {
            let taken = try server.admin(["backup", backup])
            #expect(taken.stdout.contains("backed up"), "\(taken.stdout)")
            #expect(try server.admin(["backup", backup], expect: 1).stderr.contains("already exists"))
        }, restore: { port in
            let restoredData = folder.file("restored-data")
            let restored = try run(Binaries.server, ["restore", backup, "--data", restoredData])
            #expect(restored.status == 0 && restored.stdout.contains("new generation"), "\(restored.stderr)")
            #expect(try run(Binaries.server, ["restore", backup, "--data", restoredData]).status != 0, "never over a store")
            let second = try ServerHarness(folder: folder, data: restoredData)
            try second.start(port: port)
            return second
        })
    }
}
