import Foundation
import GRDB
import Testing
@testable import SharedStore

struct StoreFileTests {
    func tempPath(_ name: String) -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("tributary-storefile-" + UUID().uuidString)
        try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir.appendingPathComponent(name).path
    }

    var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        ChangeLogSchema.register(in: &migrator)
        return migrator
    }

    @Test func aTextFileIsNotADatabaseAndStaysUntouched() throws {
        let path = tempPath("notes.db")
        try "学前三年毛入园率".write(toFile: path, atomically: true, encoding: .utf8)
        #expect(throws: StoreFileError.notADatabase(path)) {
            try StoreFile.open(path: path, kind: .replica, migrator: migrator, create: false)
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "学前三年毛入园率")
    }

    @Test func aForeignSQLiteFileIsRefused() throws {
        let path = tempPath("other.sqlite")
        try DatabaseQueue(path: path).write { try $0.execute(sql: "CREATE TABLE t (x)") }
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(throws: StoreFileError.foreign(path, expected: StoreFile.Kind.replica.name)) {
            try StoreFile.open(path: path, kind: .replica, migrator: migrator, create: false)
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test func aServerStoreIsNotAReplica() throws {
        let path = tempPath("server.sqlite")
        _ = try StoreFile.open(path: path, kind: .server, migrator: migrator, create: true)
        #expect(throws: StoreFileError.self) {
            try StoreFile.open(path: path, kind: .replica, migrator: migrator, create: false)
        }
    }

    @Test func aNewerSchemaIsRefused() throws {
        let path = tempPath("newer.db")
        var newer = migrator
        newer.registerMigration("fromTheFuture.v9") { db in try db.execute(sql: "CREATE TABLE future (x)") }
        _ = try StoreFile.open(path: path, kind: .replica, migrator: newer, create: true)
        #expect(throws: StoreFileError.newerSchema(path, unknownMigrations: ["fromTheFuture.v9"])) {
            try StoreFile.open(path: path, kind: .replica, migrator: migrator, create: false)
        }
    }

    @Test func aMissingFileIsNotCreatedUnlessAsked() {
        let path = tempPath("missing.db")
        #expect(throws: StoreFileError.notFound(path)) {
            try StoreFile.open(path: path, kind: .replica, migrator: migrator, create: false)
        }
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test func aDirectoryIsRefusedReadably() throws {
        let path = tempPath("folder")
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        #expect(throws: StoreFileError.directory(path)) {
            try StoreFile.open(path: path, kind: .replica, migrator: migrator, create: false)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: path).isEmpty)
    }

    @Test func anEmptyFileIsRefusedUntouchedUnlessCreating() throws {
        let path = tempPath("empty.db")
        FileManager.default.createFile(atPath: path, contents: Data())
        #expect(throws: StoreFileError.empty(path)) {
            try StoreFile.open(path: path, kind: .replica, migrator: migrator, create: false)
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)).isEmpty)
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
        // Asked to create, an empty file becomes a proper store: stamped with its kind, so it opens again.
        _ = try StoreFile.open(path: path, kind: .replica, migrator: migrator, create: true)
        _ = try StoreFile.open(path: path, kind: .replica, migrator: migrator, create: false)
    }

    @Test func aNewFileGetsTheModeAskedForAndSoDoItsWALAndSHM() throws {
        let path = tempPath("private.db")
        let pool = try StoreFile.open(path: path, kind: .replica, migrator: migrator, create: true, fileMode: 0o600)
        try pool.write { try $0.execute(sql: "CREATE TABLE note (x)") }
        for file in [path, path + "-wal", path + "-shm"] {
            let mode = try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? Int
            #expect(mode == 0o600, "\(file)")
        }
    }
}
