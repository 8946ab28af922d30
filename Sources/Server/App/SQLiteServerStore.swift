import Foundation
import GRDB
import Shared
import SharedStore

/// The server's embedded store: one SQLite file (WAL) in the data folder, owned by this type. The change log tables
/// and their apply path are the replicas' own (`ChangeLogSchema`, `SQLiteChangeLog`); this adds the registry.
public final class SQLiteServerStore: ServerStore, @unchecked Sendable {
    public static let fileName = "tributary-server.sqlite"
    let pool: DatabasePool
    public let path: String
    private let pushes: PushGroup<PushOutcome>

    /// Opens (or creates) the store in `folder`. A foreign file or a newer schema is refused with `StoreFileError`.
    public init(folder: String, create: Bool = true) throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        path = (folder as NSString).appendingPathComponent(Self.fileName)
        pool = try StoreFile.open(path: path, kind: .server, migrator: Self.migrator, create: create)
        pushes = PushGroup(writer: pool)
    }

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        ChangeLogSchema.register(in: &migrator)
        migrator.registerMigration("server.v1") { db in
            let roles = Role.allCases.map { "'\($0.rawValue)'" }.joined(separator: ",")
            try db.execute(sql: """
                CREATE TABLE office (
                    id TEXT PRIMARY KEY NOT NULL CHECK (length(id) BETWEEN 1 AND 40),
                    name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
                    level TEXT NOT NULL CHECK (level IN ('city', 'county')),
                    parent TEXT REFERENCES office(id),
                    CHECK ((level = 'city' AND parent IS NULL) OR (level = 'county' AND parent IS NOT NULL))
                );
                CREATE TABLE account (
                    name TEXT PRIMARY KEY NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
                    office TEXT NOT NULL REFERENCES office(id),
                    role TEXT NOT NULL CHECK (role IN (\(roles)))
                );
                CREATE TABLE token (
                    id TEXT PRIMARY KEY NOT NULL,
                    account TEXT NOT NULL REFERENCES account(name),
                    hash TEXT NOT NULL UNIQUE CHECK (length(hash) = 64),
                    created_ms INTEGER NOT NULL,
                    revoked INTEGER NOT NULL DEFAULT 0 CHECK (revoked IN (0, 1))
                );
                """)
        }
        migrator.registerMigration("server.v2") { db in
            try db.execute(sql: """
                -- Each replica's last completed sync, for the city's board.
                CREATE TABLE replica_activity (
                    replica TEXT PRIMARY KEY NOT NULL,
                    office TEXT NOT NULL REFERENCES office(id),
                    account TEXT NOT NULL REFERENCES account(name),
                    last_sync_ms INTEGER NOT NULL
                ) WITHOUT ROWID;
                """)
        }
        migrator.registerMigration("server.v3") { db in
            try db.execute(sql: """
                -- Tokens may run out: expires_ms (NULL: never); lifetime_ms when issued for a duration, so that a
                -- rotation renews the same span.
                ALTER TABLE token ADD COLUMN expires_ms INTEGER;
                ALTER TABLE token ADD COLUMN lifetime_ms INTEGER;
                -- Which user a replica id belongs to: only that user may push its stamps or report its syncs.
                CREATE TABLE replica_owner (
                    replica TEXT PRIMARY KEY NOT NULL,
                    account TEXT NOT NULL REFERENCES account(name),
                    office TEXT NOT NULL REFERENCES office(id),
                    registered_ms INTEGER NOT NULL
                ) WITHOUT ROWID;
                -- Replicas that pushed before ids were registered belong to the author of their earliest change
                -- (when that account still exists), registered at that change's arrival: its stamp's milliseconds.
                INSERT INTO replica_owner (replica, account, office, registered_ms)
                SELECT c.replica, a.name, a.office, CAST(substr(c.stamp, 1, instr(c.stamp, '-') - 1) AS INTEGER)
                FROM (SELECT replica, MIN(seq) AS first FROM change GROUP BY replica) f
                JOIN change c ON c.seq = f.first
                JOIN account a ON a.name = c.author;
                """)
        }
        migrator.registerMigration("server.v4") { db in
            try db.execute(sql: """
                -- Facts about the store itself. generation names this line of the log's history: a restore from a
                -- backup starts a new one, so that replicas that synced past the backup notice and send their changes
                -- again (the restored log may lack them).
                CREATE TABLE store_meta (
                    key TEXT PRIMARY KEY NOT NULL,
                    value TEXT NOT NULL
                ) WITHOUT ROWID;
                INSERT INTO store_meta (key, value) VALUES ('generation', lower(hex(randomblob(12))));
                """)
        }
        registerCompaction(in: &migrator)
        return migrator
    }

    public func generation() async throws -> String {
        try await StoreWork.run { [self] in
            try pool.read { db in try String.fetchOne(db, sql: "SELECT value FROM store_meta WHERE key = 'generation'") ?? "" }
        }
    }

    /// A consistent copy of the live store in `path` (SQLite's online backup: the server keeps serving meanwhile).
    /// Refuses to overwrite an existing file.
    public func backup(to path: String) throws {
        guard !FileManager.default.fileExists(atPath: path) else { throw RegistryError.exists("\(path) already exists; not overwritten") }
        let target = try DatabaseQueue(path: path)
        try pool.backup(to: target)
        try target.close()
    }

    /// Brings a backup back as the store of `folder` (which must hold no store yet): the file is checked (a Tributary
    /// server store, sound pages), copied, and given a new generation, because its log may lack changes that
    /// replicas synced after the backup was taken; they send those again when they see the new generation.
    public static func restore(backup: String, into folder: String) throws -> SQLiteServerStore {
        let target = (folder as NSString).appendingPathComponent(fileName)
        guard !FileManager.default.fileExists(atPath: target) else {
            throw RegistryError.exists("\(folder) already holds a store; restore into an empty folder")
        }
        _ = try StoreFile.check(path: backup, kind: .server, migrator: migrator)
        let problems = try DatabaseQueue(path: backup, configuration: { var c = Configuration(); c.readonly = true; return c }())
            .read { try ChangeLogCheck.sqlite($0) }
        guard problems.isEmpty else { throw RegistryError.invalid("\(backup) is damaged: \(problems.map(\.en).joined(separator: "; "))") }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: backup, toPath: target)
        let store = try SQLiteServerStore(folder: folder, create: false)
        try store.pool.write { db in
            try db.execute(sql: "UPDATE store_meta SET value = lower(hex(randomblob(12))) WHERE key = 'generation'")
        }
        return store
    }

    public func addOffice(_ office: Office) async throws {
        try await StoreWork.run { [self] in
            try pool.write { db in
                try RegistryRules.check(office, existing: try Self.offices(db))
                try db.execute(sql: "INSERT INTO office (id, name, level, parent) VALUES (?, ?, ?, ?)",
                               arguments: [office.id, office.name, office.level.rawValue, office.parent])
            }
        }
    }

    public func offices() async throws -> [Office] {
        try await StoreWork.run { [self] in try pool.read(Self.offices) }
    }

    static func offices(_ db: Database) throws -> [Office] {
        try Row.fetchAll(db, sql: "SELECT id, name, level, parent FROM office ORDER BY level, id").map {
            Office(id: $0[0], name: $0[1], level: Office.Level(rawValue: $0[2]) ?? .county, parent: $0[3])
        }
    }

    public func addUser(_ user: UserRecord) async throws {
        try await StoreWork.run { [self] in
            try pool.write { db in
                try RegistryRules.check(user, offices: try Self.offices(db), users: try Self.users(db))
                try db.execute(sql: "INSERT INTO account (name, office, role) VALUES (?, ?, ?)",
                               arguments: [user.name, user.office, user.role.rawValue])
            }
        }
    }

    public func users() async throws -> [UserRecord] {
        try await StoreWork.run { [self] in try pool.read(Self.users) }
    }

    static func users(_ db: Database) throws -> [UserRecord] {
        try Row.fetchAll(db, sql: "SELECT name, office, role FROM account ORDER BY office, name").map {
            UserRecord(name: $0[0], office: $0[1], role: Role(rawValue: $0[2]) ?? .countyEditor)
        }
    }

    public func addToken(_ token: TokenRecord) async throws {
        try await StoreWork.run { [self] in
            try pool.write { db in try Self.insert(token, db) }
        }
    }

    static func insert(_ token: TokenRecord, _ db: Database) throws {
        guard try Bool.fetchOne(db, sql: "SELECT 1 FROM account WHERE name = ?", arguments: [token.user]) == true else {
            throw RegistryError.unknown("no user \(token.user)")
        }
        try db.execute(sql: """
            INSERT INTO token (id, account, hash, created_ms, revoked, expires_ms, lifetime_ms) VALUES (?, ?, ?, ?, ?, ?, ?)
            """, arguments: [token.id, token.user, token.hash, token.createdMs, token.revoked, token.expiresMs, token.lifetimeMs])
    }

    static let tokenColumns = "id, account, hash, created_ms, revoked, expires_ms, lifetime_ms"

    static func token(_ row: Row) -> TokenRecord {
        TokenRecord(id: row[0], user: row[1], hash: row[2], createdMs: row[3], revoked: row[4], expiresMs: row[5], lifetimeMs: row[6])
    }

    public func tokens() async throws -> [TokenRecord] {
        try await StoreWork.run { [self] in
            try pool.read { db in
                try Row.fetchAll(db, sql: "SELECT \(Self.tokenColumns) FROM token ORDER BY account, created_ms, id").map(Self.token)
            }
        }
    }

    public func token(hash: String) async throws -> TokenRecord? {
        try await StoreWork.run { [self] in
            try pool.read { db in
                try Row.fetchOne(db, sql: "SELECT \(Self.tokenColumns) FROM token WHERE hash = ?", arguments: [hash]).map(Self.token)
            }
        }
    }

    public func revokeToken(id: String) async throws -> Bool {
        try await StoreWork.run { [self] in
            try pool.write { db in
                try db.execute(sql: "UPDATE token SET revoked = 1 WHERE id = ?", arguments: [id])
                return db.changesCount > 0
            }
        }
    }

    public func replaceToken(id: String, with replacement: TokenRecord) async throws -> Bool {
        try await StoreWork.run { [self] in
            try pool.write { db in
                try db.execute(sql: "UPDATE token SET revoked = 1 WHERE id = ? AND revoked = 0", arguments: [id])
                guard db.changesCount > 0 else { return false }
                try Self.insert(replacement, db)
                return true
            }
        }
    }

    public func principal(tokenHash: String, nowMs: Int64) async throws -> Principal? {
        try await StoreWork.run { [self] in
            try pool.read { db in
                guard let row = try Row.fetchOne(db, sql: """
                    SELECT a.name, a.role, o.id, o.name, o.level, o.parent FROM token t
                    JOIN account a ON a.name = t.account JOIN office o ON o.id = a.office
                    WHERE t.hash = ? AND t.revoked = 0 AND (t.expires_ms IS NULL OR t.expires_ms > ?)
                    """, arguments: [tokenHash, nowMs]), let role = Role(rawValue: row[1]) else { return nil }
                return Principal(user: row[0], role: role,
                                 office: Office(id: row[2], name: row[3], level: Office.Level(rawValue: row[4]) ?? .county, parent: row[5]))
            }
        }
    }

    public func claimReplicas(_ ids: [String], by principal: Principal, atMs: Int64) async throws -> [String: String] {
        try await StoreWork.run { [self] in
            let wanted = Array(Set(ids)).sorted()
            guard !wanted.isEmpty else { return [:] }
            func owners(_ db: Database) throws -> [String: String] {
                var owners: [String: String] = [:]
                for row in try Row.fetchAll(db, sql: """
                    SELECT replica, account FROM replica_owner WHERE replica IN (\(databaseQuestionMarks(count: wanted.count)))
                    """, arguments: StatementArguments(wanted)) {
                    owners[row[0]] = row[1]
                }
                return owners
            }
            // Every push and pull page asks: answer the usual case (all the caller's already) without a write.
            let known = try pool.read(owners)
            if known.count == wanted.count, known.values.allSatisfy({ $0 == principal.user }) { return [:] }
            return try pool.write { db in
                let found = try owners(db)
                let others = found.filter { $0.value != principal.user }
                guard others.isEmpty else { return others }
                for id in wanted where found[id] == nil {
                    try db.execute(sql: "INSERT INTO replica_owner (replica, account, office, registered_ms) VALUES (?, ?, ?, ?)",
                                   arguments: [id, principal.user, principal.office.id, atMs])
                }
                return [:]
            }
        }
    }

    /// Pushes commit in groups (`PushGroup`): each in a savepoint of its own, answered once its group's transaction has
    /// committed.
    public func push(_ request: PushRequest, by principal: Principal, nowMs: Int64, drift: DriftBound) async throws -> PushOutcome {
        try await pushes.submit { db in
            var log = SQLiteChangeLog(db)
            let outcome = try PushProcessor.process(request, by: principal, registry: try Self.offices(db), nowMs: nowMs,
                                                    drift: drift, log: &log, retired: Self.retiredLookup(db))
            if !outcome.applied.applied.isEmpty { try Self.markArrival(db, nowMs: nowMs) }
            try Self.unretire(outcome.revived, db)
            return outcome
        }
    }

    public func pull(after cursor: Int64, limit: Int, offices: Set<String>) async throws -> PullPage {
        try await StoreWork.run { [self] in
            guard !offices.isEmpty else { return PullPage(changes: [], cursor: cursor, more: false, end: cursor) }
            return try pool.read { db in
                let horizon = try Self.horizon(db)
                if cursor < horizon { throw HorizonPassed(after: cursor, horizon: horizon) }
                let list = Array(offices).sorted()
                let rows = try Row.fetchAll(db, sql: """
                    SELECT \(Change.columns), seq FROM change
                    WHERE seq > ? AND office IN (\(databaseQuestionMarks(count: list.count))) ORDER BY seq LIMIT ?
                    """, arguments: StatementArguments([cursor] as [DatabaseValueConvertible]) + StatementArguments(list) + [limit + 1])
                let more = rows.count > limit
                let page = rows.prefix(limit)
                let changes = try page.map(Change.init(row:))
                let last: Int64 = page.last.map { $0[11] } ?? cursor
                // The last page moves the cursor to the end of the log, so that a reader skips what it may not see.
                let end = max(last, try Self.logEnd(db))
                return PullPage(changes: changes, cursor: more ? last : end, more: more, end: end)
            }
        }
    }

    public func bootstrap(offices: Set<String>, after: Int64, end: Int64?, limit: Int?) async throws -> BootstrapPage {
        try await StoreWork.run { [self] in
            try pool.read { db in
                let logEnd = try Self.logEnd(db)
                let end = end ?? logEnd
                guard end <= logEnd else { throw BootstrapPage.endPassed(end, logEnd: logEnd) }
                guard !offices.isEmpty else { return BootstrapPage(changes: [], cursor: end) }
                let list = Array(offices).sorted()
                let marks = databaseQuestionMarks(count: list.count)
                let columns = Change.columns(qualifiedBy: "c")
                // Current versions of every field, then the full history of every field in conflict (the base a
                // reviewer needs), each change once, in server order; one page of them (LIMIT -1: no limit).
                let rows = try Row.fetchAll(db, sql: """
                    SELECT \(columns), c.seq FROM change c
                    WHERE c.seq > ? AND c.seq <= ? AND c.office IN (\(marks)) AND (
                        EXISTS (SELECT 1 FROM field_value v WHERE v.entity = c.entity AND v.field = c.field AND v.stamp = c.stamp)
                        OR EXISTS (SELECT 1 FROM head h WHERE h.entity = c.entity AND h.field = c.field AND h.stamp = c.stamp)
                        OR EXISTS (SELECT 1 FROM conflict k WHERE k.entity = c.entity AND (k.field = c.field OR k.field = '\(Fields.deleted)')))
                    ORDER BY c.seq LIMIT ?
                    """, arguments: [after, end] + StatementArguments(list) + [limit.map { $0 + 1 } ?? -1])
                let page = rows.prefix(limit ?? rows.count)
                let changes = try page.map(Change.init(row:))
                return BootstrapPage(changes: changes, cursor: end, next: rows.count > page.count ? page.last.map { $0[11] } : nil)
            }
        }
    }

    public func openConflictCount() async throws -> Int {
        try await StoreWork.run { [self] in
            try pool.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM conflict") ?? 0 }
        }
    }

    public func recordSync(replica: String, by principal: Principal, atMs: Int64) async throws {
        try await StoreWork.run { [self] in
            try pool.write { db in
                try db.execute(sql: """
                    INSERT INTO replica_activity (replica, office, account, last_sync_ms) VALUES (?, ?, ?, ?)
                    ON CONFLICT (replica) DO UPDATE SET office = excluded.office, account = excluded.account,
                        last_sync_ms = MAX(last_sync_ms, excluded.last_sync_ms)
                    """, arguments: [replica, principal.office.id, principal.user, atMs])
            }
        }
    }

    public func activity(offices: [Office]) async throws -> [OfficeActivity] {
        try await StoreWork.run { [self] in
            try pool.read { db in
                var found: [String: (Int64, Int)] = [:]
                for row in try Row.fetchAll(db, sql: "SELECT office, MAX(last_sync_ms), COUNT(*) FROM replica_activity GROUP BY office") {
                    found[row[0]] = (row[1], row[2])
                }
                return offices.map { OfficeActivity(office: $0.id, lastSyncMs: found[$0.id]?.0, replicas: found[$0.id]?.1 ?? 0) }
            }
        }
    }
}
