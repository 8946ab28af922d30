import Foundation
import Logging
import PostgresNIO
import Shared

/// The PostgreSQL store's tables, as named migrations applied in order at start-up (and by `tributary-server
/// migrate`). A shipped migration never changes; a new schema is a new entry at the end. The schema states the
/// invariants the code relies on, so that nothing another tool writes can break them: NOT NULL, CHECKs on kinds,
/// roles and levels, foreign keys from every record to its office and account, one row per change stamp.
enum PostgresSchema {
    static let migrations: [(name: String, sql: String)] = [
        ("pg.v1", """
            CREATE TABLE office (
                id TEXT PRIMARY KEY CHECK (char_length(id) BETWEEN 1 AND 40),
                name TEXT NOT NULL CHECK (char_length(name) BETWEEN 1 AND 100),
                level TEXT NOT NULL CHECK (level IN ('city', 'county')),
                parent TEXT REFERENCES office(id),
                CHECK ((level = 'city' AND parent IS NULL) OR (level = 'county' AND parent IS NOT NULL))
            );
            CREATE TABLE account (
                name TEXT PRIMARY KEY CHECK (char_length(name) BETWEEN 1 AND 100),
                office TEXT NOT NULL REFERENCES office(id),
                role TEXT NOT NULL CHECK (role IN (\(Role.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", "))))
            );
            CREATE TABLE token (
                id TEXT PRIMARY KEY,
                account TEXT NOT NULL REFERENCES account(name),
                hash TEXT NOT NULL UNIQUE CHECK (char_length(hash) = 64),
                created_ms BIGINT NOT NULL,
                revoked BOOLEAN NOT NULL DEFAULT false,
                expires_ms BIGINT,
                lifetime_ms BIGINT
            );
            CREATE TABLE replica_owner (
                replica TEXT PRIMARY KEY,
                account TEXT NOT NULL REFERENCES account(name),
                office TEXT NOT NULL REFERENCES office(id),
                registered_ms BIGINT NOT NULL
            );
            CREATE TABLE replica_activity (
                replica TEXT PRIMARY KEY,
                office TEXT NOT NULL REFERENCES office(id),
                account TEXT NOT NULL REFERENCES account(name),
                last_sync_ms BIGINT NOT NULL
            );
            -- generation names this line of the log's history (see SQLiteServerStore.restore); a restore from
            -- pg_dump is followed by a new value (deploy/README.md).
            CREATE TABLE store_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
            INSERT INTO store_meta (key, value) VALUES ('generation', md5(random()::text || clock_timestamp()::text));
            -- Who holds an entity is fixed by its first change.
            CREATE TABLE entity (
                id TEXT PRIMARY KEY,
                kind TEXT NOT NULL CHECK (kind IN (\(EntityKind.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", ")))),
                plan TEXT NOT NULL,
                office TEXT NOT NULL REFERENCES office(id)
            );
            -- The log in server order: position is gap-free and assigned under the writers' lock, so that commit
            -- order and position order agree (PostgresServerStore.push says why).
            CREATE TABLE change (
                position BIGINT PRIMARY KEY CHECK (position > 0),
                stamp TEXT NOT NULL UNIQUE,
                replica TEXT NOT NULL,
                entity TEXT NOT NULL REFERENCES entity(id),
                kind TEXT NOT NULL,
                plan TEXT NOT NULL,
                office TEXT NOT NULL REFERENCES office(id),
                field TEXT NOT NULL CHECK (char_length(field) > 0),
                value TEXT,
                replaces TEXT NOT NULL,
                observed TEXT NOT NULL,
                author TEXT NOT NULL,
                resolution TEXT CHECK (resolution IS NULL OR resolution IN (\(ResolutionKind.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", ")))),
                -- When the push that brought it committed: compaction's window is measured by arrival.
                arrived_ms BIGINT NOT NULL
            );
            CREATE INDEX change_office_position ON change (office, position);
            -- What compaction removed: which field each removed stamp was a version of (no value), so that a late
            -- push naming it is vetted as before and a retried one is a duplicate (see RetiredVersion).
            CREATE TABLE retired (stamp TEXT PRIMARY KEY, entity TEXT NOT NULL, field TEXT NOT NULL);
            -- The winning delete of each purged entity, kept whole: a late edit of the entity brings it back.
            CREATE TABLE retired_tombstone (
                entity TEXT PRIMARY KEY,
                stamp TEXT NOT NULL UNIQUE,
                kind TEXT NOT NULL,
                plan TEXT NOT NULL,
                office TEXT NOT NULL REFERENCES office(id),
                field TEXT NOT NULL,
                value TEXT,
                replaces TEXT NOT NULL,
                observed TEXT NOT NULL,
                author TEXT NOT NULL,
                resolution TEXT
            );
            -- The lowest pull cursor still complete: raised by compaction, read by every node.
            INSERT INTO store_meta (key, value) VALUES ('horizon', '0')
            """),
    ]

    /// The migrations table, and every migration not applied yet, under a lock so that servers starting together
    /// do not race. Refuses a database migrated by a newer version (it names migrations this one does not know).
    /// Returns the names applied now.
    static func migrate(_ client: PostgresClient, logger: Logger) async throws -> [String] {
        do {
            return try await apply(client, logger: logger)
        } catch let error as PostgresTransactionError {
            if let inner = error.closureError { throw inner }
            throw error
        }
    }

    private static func apply(_ client: PostgresClient, logger: Logger) async throws -> [String] {
        try await client.withTransaction(logger: logger) { connection in
            try await connection.query("SELECT pg_advisory_xact_lock(\(PostgresServerStore.migrationLock))", logger: logger)
            try await connection.query("""
                CREATE TABLE IF NOT EXISTS tributary_migration (name TEXT PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())
                """, logger: logger)
            var applied: [String] = []
            for try await name in try await connection.query("SELECT name FROM tributary_migration ORDER BY name", logger: logger)
                .decode(String.self) {
                applied.append(name)
            }
            let known = Set(migrations.map(\.name))
            let unknown = applied.filter { !known.contains($0) }
            guard unknown.isEmpty else { throw PostgresStoreError.newerSchema(unknown) }
            var done: [String] = []
            for migration in migrations where !applied.contains(migration.name) {
                // One statement per query: the extended protocol postgres-nio speaks takes no multi-statement text.
                for statement in migration.sql.components(separatedBy: ";\n") {
                    let text = statement.trimmingCharacters(in: .whitespacesAndNewlines)
                    guard !text.isEmpty else { continue }
                    try await connection.query(PostgresQuery(unsafeSQL: text), logger: logger)
                }
                try await connection.query("INSERT INTO tributary_migration (name) VALUES (\(migration.name))", logger: logger)
                done.append(migration.name)
            }
            return done
        }
    }
}

public enum PostgresStoreError: Error, CustomStringConvertible, Equatable {
    case newerSchema([String])
    case corrupt(String)
    /// The database could not be reached or refused the connection.
    case unavailable(String, reason: String)

    public var description: String {
        switch self {
        case .newerSchema(let names):
            return "the database was migrated by a newer tributary-server (unknown migrations: \(names.joined(separator: ", "))); upgrade this server, nothing was changed"
        case .corrupt(let what): return "the database holds a change this server cannot read: \(what)"
        case .unavailable(let location, let reason): return "cannot use the PostgreSQL database \(location): \(reason)"
        }
    }
}
