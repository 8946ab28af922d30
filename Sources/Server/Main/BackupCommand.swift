import ArgumentParser
import Foundation
import ServerApp

/// `tributary-server backup FILE`: a consistent copy of the store while the server keeps serving (SQLite's online
/// backup). For PostgreSQL deployments use pg_dump / pg_restore instead (deploy/README.md).
struct BackupCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup", abstract: "Copy the store to FILE while the server keeps serving (SQLite online backup)")

    @OptionGroup var data: DataOptions
    @Argument(help: "the backup file to write (must not exist)") var file: String

    func run() async throws {
        try data.requireSQLite(for: "backup")
        let store = try SQLiteServerStore(folder: data.folder)
        try store.backup(to: file)
        let size = (try? FileManager.default.attributesOfItem(atPath: file)[.size] as? Int) ?? 0
        print("backed up \(store.path) to \(file) (\(size / 1024) KiB, generation \(try await store.generation()))")
    }
}

/// `tributary-server restore FILE --data DIR`: brings a backup back as the store of an empty data folder. The restored
/// log starts a new generation: replicas that synced after the backup was taken notice on their next sync and send
/// their own changes again, so nothing they had sent is lost.
struct RestoreCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "restore", abstract: "Make a backup the store of an empty data folder; replicas then resend what it lacks")

    @OptionGroup var data: DataOptions
    @Argument(help: "a file written by tributary-server backup") var file: String

    func run() async throws {
        try data.requireSQLite(for: "restore")
        let store = try SQLiteServerStore.restore(backup: file, into: data.folder)
        print("restored \(file) into \(store.path) (new generation \(try await store.generation())); start the server on it, "
              + "and replicas that synced after the backup will send their changes again")
    }
}
