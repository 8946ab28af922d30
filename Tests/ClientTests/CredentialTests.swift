import Foundation
import Testing
import Shared
import SharedStore
@testable import ClientCore

/// Tokens live in the config folder, never in the replica file.
struct CredentialTests {
    func bytes(_ path: String) -> Data {
        [path, path + "-wal"].compactMap { FileManager.default.contents(atPath: $0) }.reduce(Data(), +)
    }

    func mode(_ path: String) throws -> Int? {
        try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
    }

    @Test func theConfigFolderFollowsXDGThenHome() {
        #expect(CredentialStore.standard(environment: ["XDG_CONFIG_HOME": "/x/cfg", "HOME": "/home/u"]).directory == "/x/cfg/tributary/credentials")
        #expect(CredentialStore.standard(environment: ["XDG_CONFIG_HOME": "relative", "HOME": "/home/u"]).directory == "/home/u/.config/tributary/credentials")
        #expect(CredentialStore.standard(environment: ["HOME": "/home/u"]).directory == "/home/u/.config/tributary/credentials")
    }

    @Test func savedTokensArePrivateAndReplaceable() throws {
        let scratch = Scratch()
        let store = CredentialStore(directory: scratch.path("config/tributary/credentials"))
        #expect(try store.token(for: "rabc") == nil)
        try store.save("trb_one", for: "rabc")
        try store.save("trb_two", for: "rabc")
        #expect(try store.token(for: "rabc") == "trb_two")
        #expect(try mode(store.directory + "/rabc") == 0o600)
        #expect(try mode(store.directory) == 0o700 && mode(scratch.path("config/tributary")) == 0o700)
        #expect(try FileManager.default.contentsOfDirectory(atPath: store.directory) == ["rabc"], "no temporary file left")
        #expect(throws: CommandError.self) { try store.save("x", for: "../escape") }
        try store.remove(for: "rabc")
        #expect(try store.token(for: "rabc") == nil)
    }

    @Test func aTokenInAnOlderReplicaFileMovesOutAndItsBytesAreGone() throws {
        let scratch = Scratch()
        let store = CredentialStore(directory: scratch.path("config/tributary/credentials"))
        let path = scratch.path("old.db")
        let secret = "trb_" + String(repeating: "Q7", count: 21)
        do {
            // As today's main left it: the token in the meta table.
            let old = try Replica.create(at: path, office: county, user: "zhaozhou-editor", credentials: store)
            try old.pool.write { db in
                try Replica.setMeta(db, .serverURL, "http://127.0.0.1:9")
                try Replica.setMeta(db, .token, secret)
            }
            #expect(bytes(path).range(of: Data(secret.utf8)) != nil)
        }
        let replica = try Replica.open(at: path, credentials: store)
        #expect(try replica.meta(.token) == nil)
        #expect(try replica.token() == secret)
        #expect(try store.token(for: replica.replicaID) == secret)
        #expect(bytes(path).range(of: Data(secret.utf8)) == nil, "the file no longer holds the token's bytes")
        #expect(try replica.connection().baseURL == "http://127.0.0.1:9")
        // Opening again changes nothing.
        _ = try Replica.open(at: path, credentials: store)
        #expect(try store.token(for: replica.replicaID) == secret)
    }

    @Test func aReplicaCopiedWithoutItsTokenSaysSo() throws {
        let scratch = Scratch()
        let path = scratch.path("r.db")
        let here = CredentialStore(directory: scratch.path("here"))
        let replica = try Replica.create(at: path, office: county, user: "zhaozhou-editor", credentials: here)
        try replica.pool.write { db in try Replica.setMeta(db, .serverURL, "http://127.0.0.1:9") }
        #expect(throws: ReplicaError.noCredentials(server: "http://127.0.0.1:9")) { _ = try replica.connection() }
        #expect(try mode(path) == 0o600)
    }
}
