import Foundation
import Shared
import SharedStore
@testable import ServerApp

/// A registry like the corpus's: 大庆市 with 肇州县 and 肇源县, a second city (哈尔滨) to test that cities are
/// separate, and one user per role. Tokens come from a seeded generator, time from a manual clock.
struct ServerFixture {
    let store: any ServerStore
    let clock = ManualWallClock(1_800_000_000_000)
    var tokens: [String: String] = [:]
    var principals: [String: Principal] = [:]

    static let offices = [
        Office(id: "daqing", name: "大庆市教育局", level: .city, parent: nil),
        Office(id: "harbin", name: "哈尔滨市教育局", level: .city, parent: nil),
        Office(id: "zhaozhou", name: "肇州县教育局", level: .county, parent: "daqing"),
        Office(id: "zhaoyuan", name: "肇源县教育局", level: .county, parent: "daqing"),
    ]
    static let users: [(String, String, Role)] = [
        ("zhaozhou-editor", "zhaozhou", .countyEditor), ("zhaoyuan-editor", "zhaoyuan", .countyEditor),
        ("daqing-reviewer", "daqing", .cityReviewer), ("harbin-reviewer", "harbin", .cityReviewer),
        ("admin", "daqing", .admin),
    ]

    init(store: any ServerStore) async throws {
        self.store = store
        let admin = Admin(store: store, clock: clock)
        for office in Self.offices { try await store.addOffice(office) }
        var generator = SeededRandom(seed: 7)
        for (name, office, role) in Self.users {
            try await admin.addUser(name: name, office: office, role: role)
            tokens[name] = try await admin.issueToken(user: name, using: &generator).token
            principals[name] = try await store.principal(tokenHash: Tokens.hash(tokens[name]!), nowMs: clock.nowMs())
        }
    }

    /// A change written by `user` on its replica `user-r`, stamped at the fixture's clock plus `offset` ms.
    func change(_ user: String, _ kind: EntityKind, _ entity: String, plan: String, office: String, _ field: String,
                _ value: String?, offset: Int64 = 0, counter: Int32 = 0, replaces: [Stamp] = []) -> Change {
        Change(stamp: Stamp(ms: clock.nowMs() + offset, counter: counter, replica: "\(user)-r"), kind: kind, entity: entity,
               plan: plan, office: office, field: field, value: value, replaces: replaces, author: user)
    }

    func push(_ user: String, _ changes: [Change]) async throws -> PushOutcome {
        try await store.push(PushRequest(replica: "\(user)-r", changes: changes), by: principals[user]!, nowMs: clock.nowMs(),
                       drift: .default)
    }

    /// A frozen copy of a plan as a submission carries it (a minimal valid `PlanDocument`).
    static func snapshot(plan: String, office: String, title: String = "计划") -> String {
        let document = PlanDocument(plan: EntityState(id: plan, kind: .plan, plan: plan, office: office, fields: ["title": title]),
                                    sections: [], indicators: [], tasks: [])
        return String(decoding: try! WireJSON.encoder().encode(document), as: UTF8.self)
    }

    /// A county plan with a section, created by its editor: (plan, section).
    func planChanges(_ user: String, office: String, plan: String, section: String, start: Int32 = 0) -> [Change] {
        [
            change(user, .plan, plan, plan: plan, office: office, "title", "\(office)2025年教育工作计划", counter: start),
            change(user, .plan, plan, plan: plan, office: office, "period", "2025", counter: start + 1),
            change(user, .section, section, plan: plan, office: office, Fields.place, "/m", counter: start + 2),
            change(user, .section, section, plan: plan, office: office, "heading", "主要目标", counter: start + 3),
        ]
    }
}

/// A new, empty store of the kind named ("memory", "sqlite", "postgres"): each test gets its own (on PostgreSQL, a
/// database of its own in the test cluster).
func makeStore(_ name: String) async throws -> any ServerStore {
    switch name {
    case "memory": return MemoryServerStore()
    case "sqlite":
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tributary-server-test-" + UUID().uuidString).path
        return try SQLiteServerStore(folder: folder)
    case "postgres": return try await PostgresServerStore.open(try await TestPostgres.freshDatabase())
    default: throw RegistryError.unknown("no store kind \(name)")
    }
}

/// Every store the contract runs against: memory and SQLite always, PostgreSQL when the test cluster is there
/// (scripts/test.sh starts one and sets TRIBUTARY_TEST_DATABASE_URL). Where it is required
/// (TRIBUTARY_REQUIRE_POSTGRES=1, as in CI) it is always listed, so that a missing cluster fails instead of skipping.
let storeKinds: [String] = {
    if TestPostgres.url != nil || TestPostgres.required { return ["memory", "sqlite", "postgres"] }
    print("PostgreSQL store tests SKIPPED: TRIBUTARY_TEST_DATABASE_URL is not set (scripts/test.sh starts a throwaway cluster)")
    return ["memory", "sqlite"]
}()

/// The throwaway PostgreSQL cluster of the test run.
enum TestPostgres {
    static var url: String? {
        ProcessInfo.processInfo.environment["TRIBUTARY_TEST_DATABASE_URL"].flatMap { $0.isEmpty ? nil : $0 }
    }
    static var required: Bool { ProcessInfo.processInfo.environment["TRIBUTARY_REQUIRE_POSTGRES"] == "1" }

    /// A new empty database in the test cluster.
    static func freshDatabase() async throws -> PostgresLocation {
        guard let url else {
            throw RegistryError.invalid("PostgreSQL is required (TRIBUTARY_REQUIRE_POSTGRES=1) but TRIBUTARY_TEST_DATABASE_URL is not set")
        }
        let base = try PostgresLocation(url: url)
        let name = "t_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        try await PostgresServerStore.createDatabase(name, on: base)
        return base.database(name)
    }
}
