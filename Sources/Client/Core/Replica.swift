import Foundation
import GRDB
import Shared
import SharedStore

/// What `tributary status` reports.
public struct ReplicaStatus: Codable, Sendable, Equatable {
    public var replica: String
    public var office: Office
    public var user: String
    public var unsyncedChanges: Int
    public var openConflicts: Int
    public var plans: Int
    public var server: String?
    public var lastSyncMs: Int64?
    /// Local changes the server refused, set aside until a person retries them (`tributary outbox`).
    public var refusedChanges = 0
    /// Why they were refused: identical causes grouped, with their counts.
    public var refusalReasons: [RefusalGroup] = []
    /// Refused changes taken back out with `tributary outbox discard` (kept in the discarded list).
    public var discardedChanges = 0
}

/// A county or city office's local copy of its plans: the one owner of a replica file.
///
/// Every write is a `Change` applied through the shared `SQLiteChangeLog` (the same code the server runs) and kept in
/// the outbox until a server acknowledges it. Reads come from the materialised field values, so they never wait on
/// the network.
public final class Replica: @unchecked Sendable {
    let pool: DatabasePool
    let wallClock: any WallClock
    let ids: any IDSource
    public let replicaID: String
    public let office: Office
    public let user: String
    public let path: String
    /// Where this replica's token is kept on this computer (never in the replica file).
    public let credentials: CredentialStore

    init(pool: DatabasePool, path: String, wallClock: any WallClock, ids: any IDSource,
         credentials: CredentialStore = .standard()) throws {
        self.pool = pool
        self.path = path
        self.credentials = credentials
        self.wallClock = wallClock
        self.ids = ids
        let meta = try pool.read { db in
            try Dictionary(uniqueKeysWithValues: Row.fetchAll(db, sql: "SELECT key, value FROM meta").map {
                ($0[0] as String, $0[1] as String)
            })
        }
        guard let replicaID = meta[MetaKey.replicaID.rawValue], let officeJSON = meta[MetaKey.office.rawValue],
              let office = try? JSONDecoder().decode(Office.self, from: Data(officeJSON.utf8)),
              let user = meta[MetaKey.user.rawValue]
        else { throw ReplicaError.file(.foreign(path, expected: StoreFile.Kind.replica.name)) }
        self.replicaID = replicaID
        self.office = office
        self.user = user
    }

    /// Creates a new replica file for an office. Refuses to overwrite an existing file. The file (and SQLite's -wal
    /// and -shm beside it) is 0600: it holds the office's unpublished drafts.
    public static func create(
        at path: String, office: Office, user: String, wallClock: any WallClock = SystemWallClock(),
        ids: any IDSource = RandomIDSource(), credentials: CredentialStore = .standard()
    ) throws -> Replica {
        if FileManager.default.fileExists(atPath: path) { throw ReplicaError.alreadyExists(path) }
        let pool: DatabasePool
        do {
            pool = try StoreFile.open(path: path, kind: .replica, migrator: ReplicaSchema.migrator, create: true, fileMode: 0o600)
        } catch let error as StoreFileError { throw ReplicaError.file(error) }
        // Short, readable, and unique enough: a replica id only has to differ from the other replicas of the plan.
        let replicaID = "r" + String(ids.newID().filter { $0.isLetter || $0.isNumber }.prefix(11))
        try pool.write { db in
            let officeJSON = String(decoding: try WireJSON.encoder().encode(office), as: UTF8.self)
            for (key, value) in [(MetaKey.replicaID, replicaID), (.office, officeJSON), (.user, user), (.cursor, "0")] {
                try db.execute(sql: "INSERT INTO meta (key, value) VALUES (?, ?)", arguments: [key.rawValue, value])
            }
            try db.execute(sql: "INSERT INTO office (id, name, level, parent) VALUES (?, ?, ?, ?)",
                           arguments: [office.id, office.name, office.level.rawValue, office.parent])
        }
        return try Replica(pool: pool, path: path, wallClock: wallClock, ids: ids, credentials: credentials)
    }

    /// Opens an existing replica file; a missing, foreign or newer file is an error and is left untouched. A token
    /// that an older Tributary kept in the file moves to `credentials` (see `moveTokenOutOfFile`).
    public static func open(
        at path: String, wallClock: any WallClock = SystemWallClock(), ids: any IDSource = RandomIDSource(),
        credentials: CredentialStore = .standard()
    ) throws -> Replica {
        let replica: Replica
        do {
            let pool = try StoreFile.open(path: path, kind: .replica, migrator: ReplicaSchema.migrator, create: false)
            replica = try Replica(pool: pool, path: path, wallClock: wallClock, ids: ids, credentials: credentials)
        } catch let error as StoreFileError { throw ReplicaError.file(error) }
        try replica.moveTokenOutOfFile()
        return replica
    }

    /// Replica files written before tokens moved out kept the token in `meta`: save it in `credentials` (unless a
    /// newer one is there) and delete it from the file with `secure_delete`, so that its bytes are overwritten, then
    /// truncate the WAL, which still holds the page as it was.
    func moveTokenOutOfFile() throws {
        guard let token = try meta(.token) else { return }
        if try credentials.token(for: replicaID) == nil { try credentials.save(token, for: replicaID) }
        try pool.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA secure_delete = ON")
            try db.inTransaction {
                try Self.setMeta(db, .token, nil)
                return .commit
            }
            try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)")
        }
    }

    // MARK: Writing

    /// Runs `body` in one write transaction: every change it makes is stamped, applied by the merge rule and put in
    /// the outbox, or none is.
    public func edit<T>(_ body: (inout EditSession) throws -> T) throws -> T {
        try pool.write { db in
            var session = try EditSession(db: db, replica: self)
            let result = try body(&session)
            try session.finish()
            return result
        }
    }

    /// A resolution: one change that replaces every current contender of the field (read afresh, so a contender
    /// that arrived after the record was shown is replaced too, never silently dropped from view).
    public func resolve(_ conflict: ConflictRecord, value: String?, how: ResolutionKind) throws {
        try edit { session in try session.resolve(conflict, value: value, how: how) }
    }

    // MARK: Reading

    func read<T>(_ body: (SQLiteChangeLog) throws -> T) throws -> T {
        try pool.read { db in try body(SQLiteChangeLog(db)) }
    }

    public func plans() throws -> [EntityState] { try read { try $0.plans() } }
    public func document(plan: String) throws -> PlanDocument? { try read { try $0.document(plan: plan) } }
    public func state(of entity: String) throws -> EntityState? { try read { try $0.state(of: entity) } }
    public func conflicts(plan: String? = nil) throws -> [ConflictRecord] { try read { try $0.conflicts(plan: plan) } }
    public func conflict(entity: String, field: String) throws -> ConflictRecord? {
        try read { try $0.conflict(entity: entity, field: field) }
    }
    public func history(entity: String, field: String) throws -> [Change] {
        try read { try $0.history(entity: entity, field: field) }
    }
    public func heads(entity: String, field: String) throws -> [Version] {
        try read { try $0.heads(entity: entity, field: field) }
    }

    /// Every change this replica holds, in arrival order.
    public func allChanges() throws -> [Change] {
        try pool.read { db in
            try Row.fetchAll(db, sql: "SELECT \(Change.columns) FROM change ORDER BY seq").map(Change.init(row:))
        }
    }

    /// Accepts an id or a unique prefix of one (at least 4 characters), as git does for commits.
    public func resolveID(_ text: String) throws -> String {
        let matches = try pool.read { db in
            try String.fetchAll(db, sql: "SELECT id FROM entity WHERE id = ? OR (length(?) >= 4 AND id LIKE ? || '%') LIMIT 5",
                                arguments: [text, text, text])
        }
        if matches.contains(text) { return text }
        if matches.count == 1 { return matches[0] }
        if matches.isEmpty && text.count < 4 { throw ReplicaError.prefixTooShort(text) }
        if matches.isEmpty { throw ReplicaError.unknownEntity(text) }
        throw ReplicaError.ambiguousID(text, matches: matches)
    }

    public func offices() throws -> [Office] { try pool.read(Self.registry) }

    public func status() throws -> ReplicaStatus {
        try pool.read { db in
            let meta = try Dictionary(uniqueKeysWithValues: Row.fetchAll(db, sql: "SELECT key, value FROM meta").map {
                ($0[0] as String, $0[1] as String)
            })
            var status = ReplicaStatus(
                replica: replicaID, office: office, user: user,
                unsyncedChanges: try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM outbox") ?? 0,
                openConflicts: try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM conflict") ?? 0,
                plans: try Int.fetchOne(db, sql: """
                    SELECT COUNT(*) FROM entity e WHERE e.kind = 'plan' AND NOT EXISTS (
                        SELECT 1 FROM field_value f WHERE f.entity = e.id AND f.field = 'deleted' AND f.value = 'true')
                    """) ?? 0,
                server: meta[MetaKey.serverURL.rawValue],
                lastSyncMs: meta[MetaKey.lastSyncMs.rawValue].flatMap { Int64($0) })
            status.refusedChanges = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM refused") ?? 0
            status.refusalReasons = RefusalReasons.group(bilingual: try Row.fetchAll(db, sql: "SELECT reason, reason_zh FROM refused ORDER BY stamp")
                .map { (en: $0[0] as String, zh: $0[1] as String?) })
            status.discardedChanges = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM discarded") ?? 0
            return status
        }
    }

    // MARK: Exchange

    /// What an exchange took in.
    public struct ExchangeSummary: Sendable, Equatable {
        public var applied = ApplySummary()
        /// New changes queued here for upload: the other replica's unsent changes, when it belongs to this
        /// replica's own user and office (the same person's second laptop), which the server accepts from either.
        public var queued: [Stamp] = []
        /// New changes not queued: another person's (the server cannot verify someone else's authorship through
        /// this replica's token; they reach the server when their own replica syncs), or already sent by theirs.
        public var notQueued = 0
    }

    /// Copies every change another replica holds into this one (a USB-stick exchange, or tests). Changes the other
    /// replica has not sent yet enter this replica's outbox too when both replicas are the same user's in the same
    /// office; every other change stays out of it, since only its own replica (or its author's) can push it.
    public func importChanges(from other: Replica) throws -> ExchangeSummary {
        let changes = try other.allChanges()
        try vetExchanged(changes)
        let sameUser = other.user == user && other.office.id == office.id && other.replicaID != replicaID
        let unsent: Set<Stamp> = sameUser ? try other.pool.read { db in
            Set(try String.fetchAll(db, sql: "SELECT stamp FROM outbox").compactMap(Stamp.init))
        } : []
        return try pool.write { db in
            var log = SQLiteChangeLog(db)
            var summary = ExchangeSummary()
            summary.applied = try log.apply(changes)
            let applied = Set(summary.applied.applied)
            for change in changes where applied.contains(change.stamp) {
                if unsent.contains(change.stamp) && change.author == user {
                    try db.execute(sql: "INSERT OR IGNORE INTO outbox (stamp) VALUES (?)", arguments: [change.stamp.description])
                    summary.queued.append(change.stamp)
                } else {
                    summary.notQueued += 1
                }
            }
            if let latest = changes.map(\.stamp).max() {
                var clock = try Self.loadClock(db, replica: replicaID)
                clock.observe(latest)
                try Self.saveClock(db, clock)
            }
            return summary
        }
    }

    /// Applies changes that came from elsewhere, in one transaction, advancing the clock past them.
    public func applyRemote(_ changes: [Change], cursor: Int64? = nil) throws -> ApplySummary {
        try pool.write { db in
            var log = SQLiteChangeLog(db)
            let summary = try log.apply(changes)
            if let latest = changes.map(\.stamp).max() {
                var clock = try Self.loadClock(db, replica: replicaID)
                clock.observe(latest)
                try Self.saveClock(db, clock)
            }
            if let cursor { try Self.setMeta(db, .cursor, String(cursor)) }
            return summary
        }
    }

    // MARK: Meta

    static func loadClock(_ db: Database, replica: String) throws -> HybridClock {
        let text = try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = ?", arguments: [MetaKey.clock.rawValue])
        return HybridClock(replica: replica, last: text.flatMap(Stamp.init))
    }

    static func saveClock(_ db: Database, _ clock: HybridClock) throws {
        try setMeta(db, .clock, clock.last.description)
    }

    static func setMeta(_ db: Database, _ key: MetaKey, _ value: String?) throws {
        if let value {
            try db.execute(sql: "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                           arguments: [key.rawValue, value])
        } else {
            try db.execute(sql: "DELETE FROM meta WHERE key = ?", arguments: [key.rawValue])
        }
    }

    static func meta(_ db: Database, _ key: MetaKey) throws -> String? {
        try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = ?", arguments: [key.rawValue])
    }

    func meta(_ key: MetaKey) throws -> String? {
        try pool.read { db in try Self.meta(db, key) }
    }
}
