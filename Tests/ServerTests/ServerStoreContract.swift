import Foundation
import Testing
import Shared
import SharedStore
@testable import ServerApp

/// One suite for every `ServerStore`: the memory store and the SQLite store must behave identically.
struct ServerStoreContract {
    static let stores = storeKinds

    func fixture(_ name: String) async throws -> ServerFixture {
        try await ServerFixture(store: try await makeStore(name))
    }

    @Test(arguments: stores) func registryRefusesWhatMakesNoSense(_ name: String) async throws {
        let f = try await fixture(name)
        await #expect(throws: RegistryError.exists("office daqing already exists")) {
            try await f.store.addOffice(Office(id: "daqing", name: "大庆", level: .city, parent: nil))
        }
        await #expect(throws: RegistryError.self) { try await f.store.addOffice(Office(id: "x", name: "X县", level: .county, parent: "nowhere")) }
        await #expect(throws: RegistryError.self) { try await f.store.addOffice(Office(id: "Bad Id", name: "X", level: .city, parent: nil)) }
        await #expect(throws: RegistryError.self) { try await f.store.addUser(UserRecord(name: "x", office: "daqing", role: .countyEditor)) }
        await #expect(throws: RegistryError.self) { try await f.store.addUser(UserRecord(name: "y", office: "zhaozhou", role: .cityReviewer)) }
        await #expect(throws: RegistryError.self) { try await f.store.addUser(UserRecord(name: "admin", office: "daqing", role: .admin)) }
        #expect(try await f.store.offices().map(\.id) == ["daqing", "harbin", "zhaoyuan", "zhaozhou"])
        #expect(try await f.store.users().count == ServerFixture.users.count)
    }

    /// The generation names the log's line of history: stable for a store's life, so replicas resend nothing until a
    /// restore starts a new one (`BackupRestoreEndToEndTests`).
    @Test(arguments: stores) func theGenerationIsStable(_ name: String) async throws {
        let f = try await fixture(name)
        let generation = try await f.store.generation()
        #expect(generation.count >= 16)
        _ = try await f.store.pull(after: 0, limit: 10, offices: ["zhaozhou"])
        #expect(try await f.store.generation() == generation)
    }

    @Test(arguments: stores) func tokensResolveUntilRevoked(_ name: String) async throws {
        let f = try await fixture(name)
        let secret = f.tokens["zhaozhou-editor"]!
        #expect(secret.hasPrefix(Tokens.prefix) && secret.count > 40)
        let principal = try await f.store.principal(tokenHash: Tokens.hash(secret), nowMs: f.clock.nowMs())
        #expect(principal?.user == "zhaozhou-editor" && principal?.office.id == "zhaozhou" && principal?.role == .countyEditor)
        #expect(try await f.store.principal(tokenHash: Tokens.hash(secret + "x"), nowMs: f.clock.nowMs()) == nil)
        var generator = SeededRandom(seed: 99)
        let second = try await Admin(store: f.store, clock: f.clock).issueToken(user: "zhaozhou-editor", using: &generator)
        #expect(try await f.store.revokeToken(id: second.id))
        #expect(try await f.store.principal(tokenHash: Tokens.hash(second.token), nowMs: f.clock.nowMs()) == nil)
        #expect(try await f.store.principal(tokenHash: Tokens.hash(secret), nowMs: f.clock.nowMs()) != nil, "revoking one token leaves the others")
        #expect(try await !f.store.revokeToken(id: "missing"))
        await #expect(throws: RegistryError.self) { _ = try await Admin(store: f.store).issueToken(user: "nobody") }
    }

    @Test(arguments: stores) func aRetriedBatchAppliesNothingTwice(_ name: String) async throws {
        let f = try await fixture(name)
        let batch = f.planChanges("zhaozhou-editor", office: "zhaozhou", plan: "p1", section: "s1")
        let first = try await f.push("zhaozhou-editor", batch)
        #expect(first.refusal == nil)
        #expect(first.results.map(\.status) == Array(repeating: .accepted, count: 4))
        let again = try await f.push("zhaozhou-editor", batch + batch)
        #expect(again.results.map(\.status) == Array(repeating: .duplicate, count: 8))
        #expect(again.applied.applied.isEmpty)
        let page = try await f.store.pull(after: 0, limit: 100, offices: ["zhaozhou"])
        #expect(page.changes == batch)
    }

    @Test(arguments: stores) func aReplayedIdWithOtherContentIsRefused(_ name: String) async throws {
        let f = try await fixture(name)
        let batch = f.planChanges("zhaozhou-editor", office: "zhaozhou", plan: "p1", section: "s1")
        _ = try await f.push("zhaozhou-editor", batch)
        var forged = batch[3]
        forged.value = "另一个标题"
        let outcome = try await f.push("zhaozhou-editor", [forged])
        #expect(outcome.refusal?.code == .replayConflict)
        #expect(outcome.results.map(\.status) == [.rejected])
        #expect(try await f.store.pull(after: 0, limit: 100, offices: ["zhaozhou"]).changes == batch)
    }

    @Test(arguments: stores) func aBatchWithOneBadChangeStoresNothing(_ name: String) async throws {
        let f = try await fixture(name)
        var batch = f.planChanges("zhaozhou-editor", office: "zhaozhou", plan: "p1", section: "s1")
        batch.append(f.change("zhaozhou-editor", .section, "s1", plan: "p1", office: "zhaozhou", "colour", "red", counter: 9))
        let outcome = try await f.push("zhaozhou-editor", batch)
        #expect(outcome.refusal?.code == .invalidChange)
        #expect(outcome.results.map(\.status) == [.withheld, .withheld, .withheld, .withheld, .rejected])
        #expect(outcome.results[4].reason?.contains("unknown field section.colour") == true)
        #expect(try await f.store.pull(after: 0, limit: 100, offices: ["zhaozhou"]).changes.isEmpty)
    }

    /// Pushes that arrive together (and on the SQLite store commit together, `PushGroup`) stay each all or nothing: the
    /// refused ones store nothing, the others store all of theirs, each push's changes next to each other in the log.
    @Test(arguments: stores) func concurrentPushesStayAllOrNothingEach(_ name: String) async throws {
        let f = try await fixture(name)
        let outcomes = try await withThrowingTaskGroup(of: (Int, [Change], PushOutcome).self) { group in
            for i in 0..<24 {
                group.addTask {
                    var batch = f.planChanges("zhaozhou-editor", office: "zhaozhou", plan: "p\(i)", section: "s\(i)", start: Int32(i * 10))
                    if i % 4 == 3 {
                        batch.append(f.change("zhaozhou-editor", .section, "s\(i)", plan: "p\(i)", office: "zhaozhou", "colour", "red",
                                              counter: Int32(i * 10 + 9)))
                    }
                    return (i, batch, try await f.push("zhaozhou-editor", batch))
                }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        var stored: [[Change]] = []
        for (i, batch, outcome) in outcomes {
            if i % 4 == 3 {
                #expect(outcome.refusal?.code == .invalidChange)
            } else {
                #expect(outcome.refusal == nil)
                #expect(outcome.results.map(\.status) == Array(repeating: .accepted, count: 4))
                stored.append(batch)
            }
        }
        let log = try await f.store.pull(after: 0, limit: 1000, offices: ["zhaozhou"]).changes
        #expect(log.count == 18 * 4)
        #expect(Set(log.map(\.stamp)) == Set(stored.flatMap { $0.map(\.stamp) }))
        // Each push's changes are consecutive in the log.
        for batch in stored {
            let at = try #require(log.firstIndex(of: batch[0]))
            #expect(Array(log[at..<(at + 4)]) == batch)
        }
    }

    @Test(arguments: stores) func pullPagesInServerOrderAndOnlyVisibleOffices(_ name: String) async throws {
        let f = try await fixture(name)
        let a = f.planChanges("zhaozhou-editor", office: "zhaozhou", plan: "pa", section: "sa")
        let b = f.planChanges("zhaoyuan-editor", office: "zhaoyuan", plan: "pb", section: "sb")
        let c = f.planChanges("daqing-reviewer", office: "daqing", plan: "pc", section: "sc")
        for (user, batch) in [("zhaozhou-editor", a), ("zhaoyuan-editor", b), ("daqing-reviewer", c)] {
            #expect(try await f.push(user, batch).refusal == nil)
        }
        var seen: [Change] = []
        var cursor: Int64 = 0
        var pages = 0
        while true {
            let page = try await f.store.pull(after: cursor, limit: 3, offices: ["zhaozhou", "daqing"])
            seen += page.changes
            cursor = page.cursor
            pages += 1
            if !page.more { break }
        }
        #expect(seen == a + c, "in arrival order, without the other county's plan")
        #expect(pages == 3)
        let empty = try await f.store.pull(after: cursor, limit: 3, offices: ["zhaozhou", "daqing"])
        #expect(empty.changes.isEmpty && !empty.more && empty.cursor == cursor)
        #expect(try await f.store.pull(after: 0, limit: 100, offices: []).changes.isEmpty)
    }

    @Test(arguments: stores) func bootstrapKeepsCurrentVersionsAndConflictHistory(_ name: String) async throws {
        let f = try await fixture(name)
        let base = f.planChanges("zhaozhou-editor", office: "zhaozhou", plan: "p1", section: "s1")
        _ = try await f.push("zhaozhou-editor", base)
        // The heading is edited twice in a row (the first edit is superseded), then a concurrent body conflict.
        let edit1 = f.change("zhaozhou-editor", .section, "s1", plan: "p1", office: "zhaozhou", "heading", "目标", offset: 10, replaces: [base[3].stamp])
        let edit2 = f.change("zhaozhou-editor", .section, "s1", plan: "p1", office: "zhaozhou", "heading", "主要目标任务", offset: 20, replaces: [edit1.stamp])
        let body0 = f.change("zhaozhou-editor", .section, "s1", plan: "p1", office: "zhaozhou", "body", "原文。", offset: 30)
        let bodyA = f.change("zhaozhou-editor", .section, "s1", plan: "p1", office: "zhaozhou", "body", "甲改。", offset: 40, replaces: [body0.stamp])
        var bodyB = f.change("zhaozhou-editor", .section, "s1", plan: "p1", office: "zhaozhou", "body", "乙改。", offset: 41, replaces: [body0.stamp])
        bodyB.stamp.replica = "zhaozhou-editor-r"
        #expect(try await f.push("zhaozhou-editor", [edit1, edit2, body0, bodyA, bodyB]).refusal == nil)
        #expect(try await f.store.openConflictCount() == 1)
        let boot = try await f.store.bootstrap(offices: ["zhaozhou", "daqing"])
        let stamps = Set(boot.changes.map(\.stamp))
        #expect(!stamps.contains(base[3].stamp) && !stamps.contains(edit1.stamp), "superseded versions stay on the server")
        #expect(stamps.isSuperset(of: [edit2.stamp, body0.stamp, bodyA.stamp, bodyB.stamp]), "the conflict keeps its base")
        #expect(boot.changes.count == 3 + 4)
        #expect(boot.cursor == Int64(base.count + 5))
        #expect(try await f.store.bootstrap(offices: ["zhaoyuan"]).changes.isEmpty)
        // A replica built from the bootstrap sees the same conflict as the server.
        var log = MemoryChangeLog()
        _ = try log.apply(boot.changes)
        let conflict = try log.conflict(entity: "s1", field: "body")
        #expect(conflict?.base?.value == "原文。")
        #expect(conflict?.contenders.map(\.value) == ["乙改。", "甲改。"])
    }

    @Test(arguments: stores) func aSnapshotIsWrittenOnce(_ name: String) async throws {
        let f = try await fixture(name)
        _ = try await f.push("zhaozhou-editor", f.planChanges("zhaozhou-editor", office: "zhaozhou", plan: "p1", section: "s1"))
        let frozen = ServerFixture.snapshot(plan: "p1", office: "zhaozhou")
        let snapshot = f.change("zhaozhou-editor", .submission, "sub1", plan: "p1", office: "zhaozhou", "snapshot", frozen, offset: 5)
        #expect(try await f.push("zhaozhou-editor", [snapshot]).refusal == nil)
        let rewrite = f.change("zhaozhou-editor", .submission, "sub1", plan: "p1", office: "zhaozhou", "snapshot", "{\"x\":1}", offset: 6, replaces: [snapshot.stamp])
        let outcome = try await f.push("zhaozhou-editor", [rewrite])
        #expect(outcome.refusal?.code == .forbidden)
        #expect(outcome.results.first?.reason?.contains("cannot be changed") == true)
        let twice = [
            f.change("zhaozhou-editor", .submission, "sub2", plan: "p1", office: "zhaozhou", "snapshot", frozen, offset: 7),
            f.change("zhaozhou-editor", .submission, "sub2", plan: "p1", office: "zhaozhou", "snapshot", frozen, offset: 8),
        ]
        #expect(try await f.push("zhaozhou-editor", twice).refusal?.code == .forbidden)
    }

    @Test(arguments: stores) func activityKeepsEachOfficesLatestSync(_ name: String) async throws {
        let f = try await fixture(name)
        let offices = ServerFixture.offices.filter { $0.parent == "daqing" }
        #expect(try await f.store.activity(offices: offices).map(\.lastSyncMs) == [nil, nil])
        try await f.store.recordSync(replica: "ra", by: f.principals["zhaozhou-editor"]!, atMs: 2_000)
        try await f.store.recordSync(replica: "rb", by: f.principals["zhaozhou-editor"]!, atMs: 3_000)
        try await f.store.recordSync(replica: "ra", by: f.principals["zhaozhou-editor"]!, atMs: 1_000)
        let activity = try await f.store.activity(offices: offices)
        #expect(activity == [OfficeActivity(office: "zhaozhou", lastSyncMs: 3_000, replicas: 2),
                             OfficeActivity(office: "zhaoyuan", lastSyncMs: nil, replicas: 0)])
    }
}
