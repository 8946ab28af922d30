import Foundation
import Shared

/// The operator's actions on the registry, shared by the `tributary-server` admin commands and the admin endpoints.
public struct Admin {
    public let store: any ServerStore
    public let clock: any WallClock

    public init(store: any ServerStore, clock: any WallClock = SystemWallClock()) {
        self.store = store
        self.clock = clock
    }

    public func addOffice(id: String, name: String, level: Office.Level, parent: String?) async throws {
        try await store.addOffice(Office(id: id, name: name, level: level, parent: parent))
    }

    public func addUser(name: String, office: String, role: Role) async throws {
        try await store.addUser(UserRecord(name: name, office: office, role: role))
    }

    /// Issues a token; the secret is returned once and only its hash is stored.
    public func issueToken(user: String, expiry: TokenExpiry = .never) async throws -> TokenInfo {
        var generator = SystemRandomNumberGenerator()
        return try await issueToken(user: user, expiry: expiry, using: &generator)
    }

    public func issueToken(user: String, expiry: TokenExpiry = .never, using generator: inout some RandomNumberGenerator) async throws -> TokenInfo {
        let now = clock.nowMs()
        if let end = expiry.expiresMs(issuedAtMs: now), end <= now {
            throw RegistryError.invalid("the expiry \(OperatorTime.format(end)) is already past")
        }
        let (secret, record) = Tokens.issue(user: user, nowMs: now, expiry: expiry, using: &generator)
        try await store.addToken(record)
        return TokenInfo(token: secret, id: record.id, user: user, expiresMs: record.expiresMs)
    }

    /// Every token with its user's office and state; never a secret or a hash.
    public func listTokens() async throws -> [TokenSummary] {
        let now = clock.nowMs()
        let offices = Dictionary(try await store.users().map { ($0.name, $0.office) }, uniquingKeysWith: { first, _ in first })
        return try await store.tokens().map {
            TokenSummary(id: $0.id, user: $0.user, office: offices[$0.user] ?? "", createdMs: $0.createdMs,
                         expiresMs: $0.expiresMs, revoked: $0.revoked, expired: $0.isExpired(atMs: now))
        }
    }

    /// A new secret for the same user and expiry policy (the same span from now, or the same end date); the old
    /// token is revoked in the same step. An expired token may be rotated, a revoked one not.
    public func rotateToken(id: String) async throws -> TokenInfo {
        var generator = SystemRandomNumberGenerator()
        return try await rotateToken(id: id, using: &generator)
    }

    public func rotateToken(id: String, using generator: inout some RandomNumberGenerator) async throws -> TokenInfo {
        guard let old = try await store.tokens().first(where: { $0.id == id }) else { throw RegistryError.unknown("no token \(id)") }
        guard !old.revoked else {
            throw RegistryError.invalid("token \(id) is revoked; issue a new one with `tributary-server token issue \(old.user)`")
        }
        let now = clock.nowMs()
        let expiry = TokenExpiry(of: old)
        if let end = expiry.expiresMs(issuedAtMs: now), end <= now {
            throw RegistryError.invalid("""
                token \(id) was issued until \(OperatorTime.format(end)), which is past; issue a new one with \
                `tributary-server token issue \(old.user) --expires …` and revoke this one
                """)
        }
        let (secret, record) = Tokens.issue(user: old.user, nowMs: now, expiry: expiry, using: &generator)
        guard try await store.replaceToken(id: id, with: record) else { throw RegistryError.unknown("no live token \(id)") }
        return TokenInfo(token: secret, id: record.id, user: old.user, expiresMs: record.expiresMs)
    }

    /// A city and three counties of the corpus, with one editor per county, a city reviewer and an admin: what the
    /// README's demo and a first look need.
    public func demoSetup() async throws -> DemoSetup {
        let city = Office(id: "daqing", name: "大庆市教育局", level: .city, parent: nil)
        let counties = [
            Office(id: "zhaozhou", name: "肇州县教育局", level: .county, parent: city.id),
            Office(id: "zhaoyuan", name: "肇源县教育局", level: .county, parent: city.id),
            Office(id: "lindian", name: "林甸县教育局", level: .county, parent: city.id),
        ]
        for office in [city] + counties { try await store.addOffice(office) }
        var users: [(String, String, Role)] = counties.map { ("\($0.id)-editor", $0.id, .countyEditor) }
        users.append(("daqing-reviewer", city.id, .cityReviewer))
        users.append(("admin", city.id, .admin))
        var issued: [DemoSetup.User] = []
        for (name, office, role) in users {
            try await addUser(name: name, office: office, role: role)
            let token = try await issueToken(user: name)
            issued.append(DemoSetup.User(user: name, office: office, role: role, token: token.token, tokenID: token.id))
        }
        return DemoSetup(city: city, offices: [city] + counties, users: issued)
    }
}

public struct DemoSetup: Codable, Sendable {
    public struct User: Codable, Sendable {
        public var user: String
        public var office: String
        public var role: Role
        public var token: String
        public var tokenID: String
    }

    public var city: Office
    public var offices: [Office]
    public var users: [User]
}
