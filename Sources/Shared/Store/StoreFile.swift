import Foundation
import GRDB
#if canImport(Glibc)
import Glibc
private func openFile(_ path: String, _ flags: Int32, _ mode: mode_t) -> Int32 { Glibc.open(path, flags, mode) }
#elseif canImport(Darwin)
import Darwin
private func openFile(_ path: String, _ flags: Int32, _ mode: mode_t) -> Int32 { Darwin.open(path, flags, mode) }
#endif

/// Why a database file could not be opened, in words a person can act on.
public enum StoreFileError: Error, Equatable, Sendable, CustomStringConvertible {
    case notFound(String)
    case notADatabase(String)
    case foreign(String, expected: String)
    case newerSchema(String, unknownMigrations: [String])
    case unreadable(String, reason: String)
    case directory(String)
    /// An existing file of zero bytes opened without `create`: not a store (perhaps a failed copy), so it is left alone.
    case empty(String)
    /// SQLite found the file's pages damaged (a disk fault, a copy cut short): nothing read from it can be trusted.
    case damaged(String, reason: String)

    /// A failure to read a file, as the error a person should see: damage said as such, anything else as unreadable.
    static func reading(_ path: String, _ error: Error) -> StoreFileError {
        if let error = error as? DatabaseError, error.resultCode == .SQLITE_CORRUPT || error.resultCode == .SQLITE_NOTADB {
            return .damaged(path, reason: error.message ?? "database disk image is malformed")
        }
        return .unreadable(path, reason: "\(error)")
    }

    public var description: String {
        switch self {
        case .notFound(let path): return "no such file: \(path)"
        case .notADatabase(let path): return "\(path) is not a SQLite database"
        case .foreign(let path, let expected): return "\(path) is a SQLite database but not a \(expected)"
        case .newerSchema(let path, let unknown):
            return "\(path) was written by a newer version of Tributary (unknown migrations: \(unknown.joined(separator: ", "))); upgrade Tributary to open it"
        case .unreadable(let path, let reason): return "cannot read \(path): \(reason)"
        case .damaged(let path, let reason): return "\(path) is damaged (\(reason))"
        case .directory(let path): return "\(path) is a directory, not a Tributary file"
        case .empty(let path): return "\(path) is an empty file, not a Tributary file; nothing was changed"
        }
    }
}

/// Opens the SQLite files Tributary owns, refusing anything else before writing a byte to it.
///
/// Each kind of file carries its own `PRAGMA application_id`, so a replica is never opened as a server store, and a
/// foreign database (or a newer Tributary's file) is reported instead of being "migrated".
public enum StoreFile {
    public struct Kind: Sendable {
        public var applicationID: Int32
        public var name: String
        /// The page cache of the writing connection, in KiB (`PRAGMA cache_size`; readers keep SQLite's 2 MiB). Why
        /// larger: every applied change probes and inserts into four or five indexes at random keys, and with SQLite's
        /// default cache a server holding a few hundred thousand changes re-read its index pages from the OS with a
        /// `pread` each (a sixth of the writer thread's time under the push load). Pages are cached only once read, so
        /// a small file never holds more than its size.
        public var writerCacheKiB: Int
        public init(applicationID: Int32, name: String, writerCacheKiB: Int = 2_000) {
            self.applicationID = applicationID
            self.name = name
            self.writerCacheKiB = writerCacheKiB
        }
        /// "TRBR"
        public static let replica = Kind(applicationID: 0x5452_4252, name: "Tributary replica", writerCacheKiB: 16_384)
        /// "TRBS"
        public static let server = Kind(applicationID: 0x5452_4253, name: "Tributary server store", writerCacheKiB: 32_768)
    }

    /// Opens the file at `path`, creating it when `create` is set and it does not exist. A new file gets `fileMode`
    /// (SQLite gives its -wal and -shm files the same mode), e.g. 0600 for a replica, which is nobody else's to read.
    /// An existing empty file counts as new only when `create` is set.
    public static func open(path: String, kind: Kind, migrator: DatabaseMigrator, create: Bool,
                            fileMode: mode_t? = nil) throws -> DatabasePool {
        var isDirectory: ObjCBool = false
        var exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
        if exists && isDirectory.boolValue { throw StoreFileError.directory(path) }
        if !exists && !create { throw StoreFileError.notFound(path) }
        if exists {
            let empty = try check(path: path, kind: kind, migrator: migrator)
            if empty && !create { throw StoreFileError.empty(path) }
            if empty { exists = false }
        } else if let fileMode {
            // Create it with its mode, so that not one byte is ever readable by others.
            let descriptor = openFile(path, O_WRONLY | O_CREAT | O_EXCL, fileMode)
            guard descriptor >= 0 else { throw StoreFileError.unreadable(path, reason: String(cString: strerror(errno))) }
            close(descriptor)
        }
        var configuration = Configuration()
        configuration.busyMode = .timeout(10)
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA foreign_keys = ON")
            if !db.configuration.readonly { try db.execute(sql: "PRAGMA cache_size = -\(kind.writerCacheKiB)") }
        }
        let pool: DatabasePool
        do {
            pool = try DatabasePool(path: path, configuration: configuration)
        } catch {
            throw StoreFileError.reading(path, error)
        }
        if !exists {
            try pool.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA application_id = \(kind.applicationID)")
            }
        }
        try migrator.migrate(pool)
        return pool
    }

    /// Read-only checks: the header, the application id, and migrations this build does not know. Returns true for
    /// an empty file (which SQLite would treat as a new database).
    @discardableResult
    public static func check(path: String, kind: Kind, migrator: DatabaseMigrator) throws -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { throw StoreFileError.unreadable(path, reason: "permission denied") }
        defer { try? handle.close() }
        let header: Data
        do {
            header = try handle.read(upToCount: 16) ?? Data()
        } catch {
            throw StoreFileError.reading(path, error)
        }
        if header.isEmpty { return true }
        guard header == Data("SQLite format 3\0".utf8) else { throw StoreFileError.notADatabase(path) }
        var configuration = Configuration()
        configuration.readonly = true
        // Another process (a sync in progress) may be checkpointing the WAL this very moment: wait as the pool does
        // instead of failing a read-only look at the header with "database is locked".
        configuration.busyMode = .timeout(10)
        do {
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            try queue.read { db in
                let id = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
                let tables = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table'") ?? 0
                if id != kind.applicationID {
                    if id == 0 && tables == 0 { return }
                    throw StoreFileError.foreign(path, expected: kind.name)
                }
                if try migrator.hasBeenSuperseded(db) {
                    let applied = try migrator.appliedIdentifiers(db)
                    let unknown = applied.subtracting(Set(migrator.migrations)).sorted()
                    throw StoreFileError.newerSchema(path, unknownMigrations: unknown)
                }
            }
            return false
        } catch let error as StoreFileError {
            throw error
        } catch let error as DatabaseError where error.resultCode == .SQLITE_NOTADB {
            throw StoreFileError.notADatabase(path)
        } catch {
            throw StoreFileError.reading(path, error)
        }
    }
}
