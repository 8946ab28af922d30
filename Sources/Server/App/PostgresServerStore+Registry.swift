import Foundation
import PostgresNIO
import Shared

/// The registry on PostgreSQL: offices, accounts, tokens, replica ownership and activity. The checks are the ones
/// every store shares (`RegistryRules`); the schema's keys and constraints back them.
extension PostgresServerStore {
    static let officesQuery: PostgresQuery = "SELECT id, name, level, parent FROM office ORDER BY level, id"

    static func offices(_ rows: PostgresRowSequence) async throws -> [Office] {
        var offices: [Office] = []
        for try await (id, name, level, parent) in rows.decode((String, String, String, String?).self) {
            offices.append(Office(id: id, name: name, level: Office.Level(rawValue: level) ?? .county, parent: parent))
        }
        return offices
    }

    static func users(_ rows: PostgresRowSequence) async throws -> [UserRecord] {
        var users: [UserRecord] = []
        for try await (name, office, role) in rows.decode((String, String, String).self) {
            users.append(UserRecord(name: name, office: office, role: Role(rawValue: role) ?? .countyEditor))
        }
        return users
    }

    static let usersQuery: PostgresQuery = "SELECT name, office, role FROM account ORDER BY office, name"

    public func addOffice(_ office: Office) async throws {
        try await transaction { connection in
            try await connection.query("LOCK TABLE office IN SHARE ROW EXCLUSIVE MODE", logger: logger)
            try RegistryRules.check(office, existing: try await Self.offices(connection.query(Self.officesQuery, logger: logger)))
            try await connection.query("""
                INSERT INTO office (id, name, level, parent) VALUES (\(office.id), \(office.name), \(office.level.rawValue), \(office.parent))
                """, logger: logger)
        }
    }

    public func offices() async throws -> [Office] {
        try await Self.offices(client.query(Self.officesQuery, logger: logger))
    }

    public func addUser(_ user: UserRecord) async throws {
        try await transaction { connection in
            try await connection.query("LOCK TABLE account IN SHARE ROW EXCLUSIVE MODE", logger: logger)
            let offices = try await Self.offices(connection.query(Self.officesQuery, logger: logger))
            let users = try await Self.users(connection.query(Self.usersQuery, logger: logger))
            try RegistryRules.check(user, offices: offices, users: users)
            try await connection.query("""
                INSERT INTO account (name, office, role) VALUES (\(user.name), \(user.office), \(user.role.rawValue))
                """, logger: logger)
        }
    }

    public func users() async throws -> [UserRecord] {
        try await Self.users(client.query(Self.usersQuery, logger: logger))
    }

    static let tokenColumns = "id, account, hash, created_ms, revoked, expires_ms, lifetime_ms"

    static func tokens(_ rows: PostgresRowSequence) async throws -> [TokenRecord] {
        var tokens: [TokenRecord] = []
        for try await (id, user, hash, created, revoked, expires, lifetime) in rows.decode((String, String, String, Int64, Bool, Int64?, Int64?).self) {
            tokens.append(TokenRecord(id: id, user: user, hash: hash, createdMs: created, revoked: revoked, expiresMs: expires,
                                      lifetimeMs: lifetime))
        }
        return tokens
    }

    static func insert(_ token: TokenRecord, on connection: PostgresConnection, logger: Logger) async throws {
        var found = false
        for try await _ in try await connection.query("SELECT 1 FROM account WHERE name = \(token.user)", logger: logger) { found = true }
        guard found else { throw RegistryError.unknown("no user \(token.user)") }
        try await connection.query("""
            INSERT INTO token (id, account, hash, created_ms, revoked, expires_ms, lifetime_ms)
            VALUES (\(token.id), \(token.user), \(token.hash), \(token.createdMs), \(token.revoked), \(token.expiresMs), \(token.lifetimeMs))
            """, logger: logger)
    }

    public func addToken(_ token: TokenRecord) async throws {
        try await transaction { connection in try await Self.insert(token, on: connection, logger: logger) }
    }

    public func tokens() async throws -> [TokenRecord] {
        try await Self.tokens(client.query("SELECT \(unescaped: Self.tokenColumns) FROM token ORDER BY account, created_ms, id", logger: logger))
    }

    public func token(hash: String) async throws -> TokenRecord? {
        try await Self.tokens(client.query("SELECT \(unescaped: Self.tokenColumns) FROM token WHERE hash = \(hash)", logger: logger)).first
    }

    public func revokeToken(id: String) async throws -> Bool {
        var found = false
        for try await _ in try await client.query("UPDATE token SET revoked = true WHERE id = \(id) RETURNING id", logger: logger) { found = true }
        return found
    }

    public func replaceToken(id: String, with replacement: TokenRecord) async throws -> Bool {
        try await transaction { connection in
            var found = false
            for try await _ in try await connection.query("""
                UPDATE token SET revoked = true WHERE id = \(id) AND NOT revoked RETURNING id
                """, logger: logger) { found = true }
            guard found else { return false }
            try await Self.insert(replacement, on: connection, logger: logger)
            return true
        }
    }

    public func principal(tokenHash: String, nowMs: Int64) async throws -> Principal? {
        let rows = try await client.query("""
            SELECT a.name, a.role, o.id, o.name, o.level, o.parent FROM token t
            JOIN account a ON a.name = t.account JOIN office o ON o.id = a.office
            WHERE t.hash = \(tokenHash) AND NOT t.revoked AND (t.expires_ms IS NULL OR t.expires_ms > \(nowMs))
            """, logger: logger)
        for try await (user, role, office, name, level, parent) in rows.decode((String, String, String, String, String, String?).self) {
            guard let role = Role(rawValue: role) else { return nil }
            return Principal(user: user, role: role,
                             office: Office(id: office, name: name, level: Office.Level(rawValue: level) ?? .county, parent: parent))
        }
        return nil
    }

    public func claimReplicas(_ ids: [String], by principal: Principal, atMs: Int64) async throws -> [String: String] {
        let wanted = Array(Set(ids)).sorted()
        guard !wanted.isEmpty else { return [:] }
        func owners(_ rows: PostgresRowSequence) async throws -> [String: String] {
            var owners: [String: String] = [:]
            for try await (replica, account) in rows.decode((String, String).self) { owners[replica] = account }
            return owners
        }
        // Every push and pull page asks: answer the usual case (all the caller's already) without a write.
        let known = try await owners(client.query("SELECT replica, account FROM replica_owner WHERE replica = ANY(\(wanted))", logger: logger))
        if known.count == wanted.count, known.values.allSatisfy({ $0 == principal.user }) { return [:] }
        return try await transaction { connection in
            // Claims are serialised, so two users registering one id at once cannot both win it.
            try await connection.query("SELECT pg_advisory_xact_lock(\(Self.claimLock))", logger: logger)
            let found = try await owners(connection.query("SELECT replica, account FROM replica_owner WHERE replica = ANY(\(wanted))", logger: logger))
            let others = found.filter { $0.value != principal.user }
            guard others.isEmpty else { return others }
            for id in wanted where found[id] == nil {
                try await connection.query("""
                    INSERT INTO replica_owner (replica, account, office, registered_ms)
                    VALUES (\(id), \(principal.user), \(principal.office.id), \(atMs))
                    """, logger: logger)
            }
            return [:]
        }
    }

    public func recordSync(replica: String, by principal: Principal, atMs: Int64) async throws {
        try await client.query("""
            INSERT INTO replica_activity (replica, office, account, last_sync_ms) VALUES (\(replica), \(principal.office.id), \(principal.user), \(atMs))
            ON CONFLICT (replica) DO UPDATE SET office = excluded.office, account = excluded.account,
                last_sync_ms = GREATEST(replica_activity.last_sync_ms, excluded.last_sync_ms)
            """, logger: logger)
    }

    public func activity(offices: [Office]) async throws -> [OfficeActivity] {
        var found: [String: (Int64, Int)] = [:]
        for try await (office, last, count) in try await client.query("""
            SELECT office, MAX(last_sync_ms)::BIGINT, COUNT(*)::BIGINT FROM replica_activity GROUP BY office
            """, logger: logger).decode((String, Int64, Int64).self) {
            found[office] = (last, Int(count))
        }
        return offices.map { OfficeActivity(office: $0.id, lastSyncMs: found[$0.id]?.0, replicas: found[$0.id]?.1 ?? 0) }
    }
}
