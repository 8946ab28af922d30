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

    public func addOffice(id: String, name: String, level: Office.Level, parent: String?) throws {
        try store.addOffice(Office(id: id, name: name, level: level, parent: parent))
    }

    public func addUser(name: String, office: String, role: Role) throws {
        try store.addUser(UserRecord(name: name, office: office, role: role))
    }

    /// Issues a token; the secret is returned once and only its hash is stored.
    public func issueToken(user: String) throws -> TokenInfo {
        var generator = SystemRandomNumberGenerator()
        return try issueToken(user: user, using: &generator)
    }

    public func issueToken(user: String, using generator: inout some RandomNumberGenerator) throws -> TokenInfo {
        let (secret, record) = Tokens.issue(user: user, nowMs: clock.nowMs(), using: &generator)
        try store.addToken(record)
        return TokenInfo(token: secret, id: record.id, user: user)
    }

    /// A city and three counties of the corpus, with one editor per county, a city reviewer and an admin: what the
    /// README's demo and a first look need.
    public func demoSetup() throws -> DemoSetup {
        let city = Office(id: "daqing", name: "大庆市教育局", level: .city, parent: nil)
        let counties = [
            Office(id: "zhaozhou", name: "肇州县教育局", level: .county, parent: city.id),
            Office(id: "zhaoyuan", name: "肇源县教育局", level: .county, parent: city.id),
            Office(id: "lindian", name: "林甸县教育局", level: .county, parent: city.id),
        ]
        for office in [city] + counties { try store.addOffice(office) }
        var users: [(String, String, Role)] = counties.map { ("\($0.id)-editor", $0.id, .countyEditor) }
        users.append(("daqing-reviewer", city.id, .cityReviewer))
        users.append(("admin", city.id, .admin))
        var issued: [DemoSetup.User] = []
        for (name, office, role) in users {
            try addUser(name: name, office: office, role: role)
            let token = try issueToken(user: name)
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
