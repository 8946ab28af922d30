import Foundation
import GRDB
import Testing
import Shared
import SharedStore
@testable import ServerApp

/// The contract suite, continued for the trust issue on both stores: tokens that expire and rotate, and replica ids
/// that belong to one user.
extension ServerStoreContract {
    static let day: Int64 = 86_400_000

    @Test(arguments: stores) func aTokenStopsWorkingWhenItExpires(_ name: String) async throws {
        let f = try await fixture(name)
        var generator = SeededRandom(seed: 3)
        let admin = Admin(store: f.store, clock: f.clock)
        let info = try await admin.issueToken(user: "zhaozhou-editor", expiry: .days(90), using: &generator)
        let now = f.clock.nowMs()
        #expect(info.expiresMs == now + 90 * Self.day)
        let hash = Tokens.hash(info.token)
        #expect(try await f.store.principal(tokenHash: hash, nowMs: now + 90 * Self.day - 1)?.user == "zhaozhou-editor")
        #expect(try await f.store.principal(tokenHash: hash, nowMs: now + 90 * Self.day) == nil)
        // The record is still there (so a refusal can say "expired"), with its policy.
        let record = try await #require(try await f.store.token(hash: hash))
        #expect(record.expiresMs == now + 90 * Self.day && record.lifetimeMs == 90 * Self.day && !record.revoked)
        #expect(try await f.store.token(hash: Tokens.hash("trb_nothing")) == nil)
        // A token without expiry never runs out.
        #expect(try await f.store.principal(tokenHash: Tokens.hash(f.tokens["zhaozhou-editor"]!), nowMs: .max - 1) != nil)
        await #expect(throws: RegistryError.self) {
            _ = try await admin.issueToken(user: "zhaozhou-editor", expiry: try TokenExpiry(parsing: "2020-01-01"), using: &generator)
        }
    }

    @Test(arguments: stores) func listingShowsStateButNoSecret(_ name: String) async throws {
        let f = try await fixture(name)
        var generator = SeededRandom(seed: 4)
        let admin = Admin(store: f.store, clock: f.clock)
        let short = try await admin.issueToken(user: "zhaoyuan-editor", expiry: .days(1), using: &generator)
        let revoked = try await admin.issueToken(user: "zhaoyuan-editor", using: &generator)
        #expect(try await f.store.revokeToken(id: revoked.id))
        f.clock.advance(by: 2 * Self.day)
        let listed = try await admin.listTokens()
        #expect(listed.count == ServerFixture.users.count + 2)
        let states = Dictionary(uniqueKeysWithValues: listed.map { ($0.id, $0.state) })
        #expect(states[short.id] == "expired" && states[revoked.id] == "revoked")
        #expect(listed.filter { $0.state == "active" }.count == ServerFixture.users.count)
        #expect(listed.first { $0.id == short.id }?.office == "zhaoyuan")
        let json = String(decoding: try JSONEncoder().encode(listed), as: UTF8.self)
        for record in try await f.store.tokens() { #expect(!json.contains(record.hash)) }
        #expect(!json.contains(short.token) && !json.contains(Tokens.prefix))
    }

    @Test(arguments: stores) func rotationKeepsUserAndPolicyAndRevokesTheOldSecret(_ name: String) async throws {
        let f = try await fixture(name)
        var generator = SeededRandom(seed: 5)
        let admin = Admin(store: f.store, clock: f.clock)
        let first = try await admin.issueToken(user: "zhaozhou-editor", expiry: .days(30), using: &generator)
        f.clock.advance(by: 40 * Self.day)  // expired: rotating is how it is renewed
        let second = try await admin.rotateToken(id: first.id, using: &generator)
        #expect(second.user == "zhaozhou-editor" && second.id != first.id && second.token != first.token)
        #expect(second.expiresMs == f.clock.nowMs() + 30 * Self.day, "the same span again, from now")
        #expect(try await f.store.principal(tokenHash: Tokens.hash(second.token), nowMs: f.clock.nowMs())?.user == "zhaozhou-editor")
        #expect(try await f.store.token(hash: Tokens.hash(first.token))?.revoked == true)
        await #expect(throws: RegistryError.self) { _ = try await admin.rotateToken(id: first.id, using: &generator) }
        await #expect(throws: RegistryError.unknown("no token nope")) { _ = try await admin.rotateToken(id: "nope", using: &generator) }
        // A fixed date stays the same date.
        let dated = try await admin.issueToken(user: "zhaoyuan-editor", expiry: try TokenExpiry(parsing: "2030-06-30"), using: &generator)
        let renewed = try await admin.rotateToken(id: dated.id, using: &generator)
        #expect(renewed.expiresMs == dated.expiresMs)
        // replaceToken changes nothing for a revoked id.
        let (_, spare) = Tokens.issue(user: "zhaoyuan-editor", nowMs: f.clock.nowMs(), using: &generator)
        #expect(try await !f.store.replaceToken(id: first.id, with: spare))
        #expect(try await f.store.token(hash: spare.hash) == nil)
    }

    @Test(arguments: stores) func replicaIdsBelongToTheirFirstUser(_ name: String) async throws {
        let f = try await fixture(name)
        let editor = f.principals["zhaozhou-editor"]!, reviewer = f.principals["daqing-reviewer"]!
        #expect(try await f.store.claimReplicas(["ra", "rb"], by: editor, atMs: 1) == [:])
        #expect(try await f.store.claimReplicas(["ra"], by: editor, atMs: 2) == [:], "claiming one's own again is fine")
        // Another user is told the owner, and nothing is registered, not even the free id of the same request.
        #expect(try await f.store.claimReplicas(["rb", "rc"], by: reviewer, atMs: 3) == ["rb": "zhaozhou-editor"])
        #expect(try await f.store.claimReplicas(["rc"], by: editor, atMs: 4) == [:])
        #expect(try await f.store.claimReplicas(["rc", "rd"], by: reviewer, atMs: 5) == ["rc": "zhaozhou-editor"])
        #expect(try await f.store.claimReplicas(["rd"], by: reviewer, atMs: 6) == [:])
        #expect(try await f.store.claimReplicas([], by: reviewer, atMs: 7) == [:])
    }

    @Test(arguments: ["2027-06-30", "90d", "1d"]) func expiryParses(_ text: String) async throws {
        let expiry = try TokenExpiry(parsing: text)
        if text == "2027-06-30" {
            #expect(OperatorTime.format(try #require(expiry.expiresMs(issuedAtMs: 0))) == "2027-07-01 00:00 UTC",
                    "valid through the whole last day")
            #expect(expiry.lifetimeMs == nil)
        } else {
            #expect(expiry.lifetimeMs == Int64(text.dropLast())! * Self.day)
        }
    }

    @Test(arguments: ["", "90", "d", "-1d", "0d", "2027-02-30", "2027-6-30", "tomorrow"]) func badExpiriesAreRefused(_ text: String) {
        #expect(throws: RegistryError.self) { _ = try TokenExpiry(parsing: text) }
    }

    /// `server.v3` registers the replicas of an existing log to the author of each one's earliest change.
    @Test func theMigrationBackfillsOwnersFromTheLog() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tributary-backfill-" + UUID().uuidString).path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let path = (folder as NSString).appendingPathComponent(SQLiteServerStore.fileName)
        // A store as the previous version left it: registry, a token, and changes of two replicas.
        let queue = try DatabaseQueue(path: path)
        try await queue.writeWithoutTransaction { try $0.execute(sql: "PRAGMA application_id = \(StoreFile.Kind.server.applicationID)") }
        try SQLiteServerStore.migrator.migrate(queue, upTo: "server.v2")
        let memory = try await ServerFixture(store: MemoryServerStore())
        let changes = memory.planChanges("zhaozhou-editor", office: "zhaozhou", plan: "p1", section: "s1")
            + [memory.change("daqing-reviewer", .plan, "p2", plan: "p2", office: "daqing", "title", "大庆市计划", counter: 9)]
            + [Change(stamp: Stamp(ms: memory.clock.nowMs(), counter: 20, replica: "gone-r"), kind: .plan, entity: "p3",
                      plan: "p3", office: "zhaozhou", field: "title", value: "x", replaces: [], author: "former-staff")]
        try await queue.write { db in
            for office in ServerFixture.offices.sorted(by: { $0.level == .city && $1.level != .city }) {
                try db.execute(sql: "INSERT INTO office (id, name, level, parent) VALUES (?, ?, ?, ?)",
                               arguments: [office.id, office.name, office.level.rawValue, office.parent])
            }
            for (user, office, role) in ServerFixture.users {
                try db.execute(sql: "INSERT INTO account (name, office, role) VALUES (?, ?, ?)", arguments: [user, office, role.rawValue])
            }
            try db.execute(sql: "INSERT INTO token (id, account, hash, created_ms) VALUES ('t1', 'zhaozhou-editor', ?, 1)",
                           arguments: [String(repeating: "a", count: 64)])
            var log = SQLiteChangeLog(db)
            _ = try log.apply(changes)
        }
        try queue.close()

        let store = try SQLiteServerStore(folder: folder)
        let reviewer = memory.principals["daqing-reviewer"]!
        #expect(try await store.claimReplicas(["zhaozhou-editor-r"], by: reviewer, atMs: 1) == ["zhaozhou-editor-r": "zhaozhou-editor"])
        #expect(try await store.claimReplicas(["daqing-reviewer-r"], by: reviewer, atMs: 1) == [:])
        // The author of gone-r has no account: its id is left for the first user who syncs it.
        #expect(try await store.claimReplicas(["gone-r"], by: memory.principals["zhaozhou-editor"]!, atMs: 1) == [:])
        #expect(try await store.tokens().map(\.expiresMs) == [nil], "existing tokens keep working for ever")
    }
}
