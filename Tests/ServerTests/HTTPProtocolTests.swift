import CompressNIO
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
import Shared
import SharedStore
@testable import ServerApp

/// The routes through Hummingbird's router test client: every bad input gets its 4xx and a readable JSON error,
/// never a 5xx, and a refused request writes nothing.
struct HTTPProtocolTests {
    struct Reply {
        var status: Int
        var body: Data
        var headers: HTTPFields
        var error: APIError? { try? WireJSON.decoder().decode(APIError.Body.self, from: body).error }
        func decode<T: Decodable>(_ type: T.Type) throws -> T { try WireJSON.decoder().decode(T.self, from: body) }
    }

    let fixture: ServerFixture
    let routes: ServerRoutes

    init() async throws {
        fixture = try await ServerFixture(store: MemoryServerStore())
        routes = ServerRoutes(store: fixture.store, clock: fixture.clock)
    }

    func call(_ method: HTTPRequest.Method, _ path: String, user: String? = "zhaozhou-editor", body: Data? = nil,
              headers extra: HTTPFields = [:], version: String? = String(API.version)) async throws -> Reply {
        var headers = extra
        if let version { headers[HTTPField.Name(API.versionHeader)!] = version }
        if let user { headers[.authorization] = "Bearer " + fixture.tokens[user]! }
        let app = Application(router: routes.router())
        let sent = headers
        return try await app.test(.router) { client in
            try await client.execute(uri: path, method: method, headers: sent, body: body.map { ByteBuffer(bytes: $0) }) { response in
                Reply(status: Int(response.status.code), body: Data(response.body.readableBytesView), headers: response.headers)
            }
        }
    }

    func pushBody(_ changes: [Change], replica: String = "zhaozhou-editor-r") throws -> Data {
        try WireJSON.encoder().encode(PushRequest(replica: replica, changes: changes))
    }

    func planBatch() -> [Change] {
        fixture.planChanges("zhaozhou-editor", office: "zhaozhou", plan: "p1", section: "s1")
    }

    func storedCount() async throws -> Int { try await fixture.store.pull(after: 0, limit: 1000, offices: ["zhaozhou"]).changes.count }

    @Test func healthNeedsNothing() async throws {
        let reply = try await call(.get, "/healthz", user: nil, version: nil)
        #expect(reply.status == 200)
        #expect(try reply.decode(HealthResponse.self).protocolVersion == API.version)
    }

    @Test func protocolVersionIsChecked() async throws {
        let missing = try await call(.get, "/v1/session", version: nil)
        #expect(missing.status == 426 && missing.error?.code == .protocolMismatch)
        let old = try await call(.get, "/v1/session", version: "0")
        #expect(old.status == 426 && old.error?.message.contains("upgrade tributary") == true)
        let newer = try await call(.get, "/v1/session", version: String(API.version + 1))
        #expect(newer.status == 426 && newer.error?.message.contains("older than the client") == true)
    }

    @Test func tokensAreRequiredAndRevocable() async throws {
        let none = try await call(.get, "/v1/session", user: nil)
        #expect(none.status == 401 && none.error?.code == .unauthorized)
        let wrong = try await call(.get, "/v1/session", user: nil, headers: [.authorization: "Bearer trb_nope"])
        #expect(wrong.status == 401)
        let session = try await call(.get, "/v1/session").decode(SessionInfo.self)
        #expect(session.user == "zhaozhou-editor" && session.visibleOffices.map(\.id).sorted() == ["daqing", "zhaozhou"])
        #expect(session.serverTimeMs == fixture.clock.nowMs() && session.driftBoundMs == DriftBound.default.ms)
    }

    @Test func pushPullAndRetry() async throws {
        let batch = planBatch()
        let first = try await call(.post, "/v1/changes", body: try pushBody(batch))
        #expect(first.status == 200)
        #expect(try first.decode(PushResponse.self).results.map(\.status) == Array(repeating: .accepted, count: 4))
        let retry = try await call(.post, "/v1/changes", body: try pushBody(batch))
        #expect(try retry.decode(PushResponse.self).results.map(\.status) == Array(repeating: .duplicate, count: 4))
        let pulled = try await call(.get, "/v1/changes?after=0&limit=3", user: "daqing-reviewer").decode(PullResponse.self)
        #expect(pulled.changes == Array(batch.prefix(3)) && pulled.more && pulled.cursor == 3)
        let rest = try await call(.get, "/v1/changes?after=3", user: "daqing-reviewer").decode(PullResponse.self)
        #expect(rest.changes == [batch[3]] && !rest.more)
        let withReplica = try await call(.get, "/v1/changes?after=0", headers: [HTTPField.Name(API.replicaHeader)!: "zhaozhou-editor-r"])
        #expect(withReplica.status == 200)
        let activity = try await call(.get, "/v1/activity", user: "daqing-reviewer").decode(ActivityResponse.self)
        #expect(activity.offices.first { $0.office == "zhaozhou" }?.lastSyncMs == fixture.clock.nowMs())
        #expect(activity.offices.first { $0.office == "zhaoyuan" }?.lastSyncMs == nil)
        let other = try await call(.get, "/v1/changes?after=0", user: "zhaoyuan-editor").decode(PullResponse.self)
        #expect(other.changes.isEmpty, "another county reads nothing of this plan")
        let boot = try await call(.get, "/v1/bootstrap", user: "daqing-reviewer").decode(BootstrapResponse.self)
        #expect(boot.changes.count == 4 && boot.cursor == 4 && boot.offices.count == 3)
    }

    @Test func gzipBodiesBothWays() async throws {
        var buffer = ByteBuffer(bytes: try pushBody(planBatch()))
        let compressed = try buffer.compress(with: .gzip())
        let reply = try await call(.post, "/v1/changes", body: Data(compressed.readableBytesView), headers: [.contentEncoding: "gzip"])
        #expect(reply.status == 200)
        let pulled = try await call(.get, "/v1/bootstrap", headers: [.acceptEncoding: "gzip"])
        #expect(pulled.status == 200)
        let broken = try await call(.post, "/v1/changes", body: Data([0x1f, 0x8b, 0x08, 0x00, 0x01]), headers: [.contentEncoding: "gzip"])
        #expect(broken.status == 400 && broken.error?.message.contains("gzip") == true)
    }

    /// Each bad input: its status, its error code, a phrase of its message; and the store is unchanged.
    @Test func badInputGetsA4xxAndWritesNothing() async throws {
        let good = planBatch()
        func with(_ transform: (inout Change) -> Void) -> [Change] {
            var batch = good
            transform(&batch[3])
            return batch
        }
        let bigValue = String(repeating: "教", count: Limits.maxValueBytes / 3 + 10)
        let cases: [(String, Data, Int, APIError.Code, String)] = [
            ("invalid JSON", Data("{\"replica\":".utf8), 400, .invalidJSON, "not valid JSON"),
            ("invalid UTF-8", Data([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]), 400, .invalidJSON, "UTF-8"),
            ("empty body", Data(), 400, .invalidJSON, "JSON body"),
            ("missing field", Data("{\"changes\":[]}".utf8), 400, .invalidJSON, "replica is missing"),
            ("unknown kind", Data(String(decoding: try pushBody(good), as: UTF8.self).replacingOccurrences(of: "\"kind\":\"section\"", with: "\"kind\":\"chapter\"").utf8), 400, .invalidJSON, "kind"),
            ("unknown field", try pushBody(with { $0.field = "colour" }), 422, .invalidChange, "unknown field section.colour"),
            ("wrong value type", try pushBody(with { $0.field = Fields.place; $0.value = "no-slash" }), 422, .invalidChange, "place"),
            ("value too large", try pushBody(with { $0.field = "body"; $0.value = bigValue }), 422, .invalidChange, "limit"),
            ("far-future clock", try pushBody(with { $0.stamp.ms += 24 * 3600 * 1000 }), 422, .clockDrift, "ahead of the server clock"),
            ("bad replica id", try pushBody(good, replica: "a/b"), 400, .badRequest, "replica"),
            ("batch too large", try pushBody((0..<(Limits.maxBatchChanges + 1)).map { i in
                fixture.change("zhaozhou-editor", .plan, "p\(i)", plan: "p\(i)", office: "zhaozhou", "title", "x", counter: Int32(i)) }), 413, .batchTooLarge, "at most"),
            ("body too large", Data(repeating: 0x20, count: Limits.maxBodyBytes + 1), 413, .payloadTooLarge, "limit"),
        ]
        for (name, body, status, code, phrase) in cases {
            let reply = try await call(.post, "/v1/changes", body: body)
            #expect(reply.status == status, "\(name): \(reply.status) \(String(decoding: reply.body.prefix(300), as: UTF8.self))")
            #expect(reply.error?.code == code, "\(name)")
            #expect(reply.error?.message.contains(phrase) == true, "\(name): \(reply.error?.message ?? "")")
            #expect(try await storedCount() == 0, "\(name) wrote nothing")
        }
        // A replayed id with different content, after the original was stored.
        _ = try await call(.post, "/v1/changes", body: try pushBody(good))
        let replay = try await call(.post, "/v1/changes", body: try pushBody(with { $0.value = "别的标题" }))
        #expect(replay.status == 409 && replay.error?.code == .replayConflict)
        #expect(replay.error?.results?.map(\.status) == [.duplicate, .duplicate, .duplicate, .rejected])
        #expect(try await storedCount() == 4)
    }

    @Test func forbiddenWritesAnswer403WithPerChangeReasons() async throws {
        _ = try await call(.post, "/v1/changes", body: try pushBody(planBatch()))
        let edit = fixture.change("zhaoyuan-editor", .section, "s1", plan: "p1", office: "zhaozhou", "body", "x", offset: 5)
        let reply = try await call(.post, "/v1/changes", user: "zhaoyuan-editor", body: try pushBody([edit], replica: "zhaoyuan-editor-r"))
        #expect(reply.status == 403 && reply.error?.code == .forbidden)
        #expect(reply.error?.results?.first?.reason?.contains("may not write plans of zhaozhou") == true)
    }

    @Test func adminEndpointsNeedAnAdmin() async throws {
        let request = try WireJSON.encoder().encode(CreateUserRequest(name: "new-editor", office: "zhaoyuan", role: .countyEditor))
        let denied = try await call(.post, "/v1/admin/users", body: request)
        #expect(denied.status == 403)
        let created = try await call(.post, "/v1/admin/users", user: "admin", body: request)
        #expect(created.status == 200)
        let duplicate = try await call(.post, "/v1/admin/users", user: "admin", body: request)
        #expect(duplicate.status == 409)
        let token = try await call(.post, "/v1/admin/tokens", user: "admin",
                                   body: try WireJSON.encoder().encode(CreateTokenRequest(user: "new-editor"))).decode(TokenInfo.self)
        #expect(try await fixture.store.principal(tokenHash: Tokens.hash(token.token), nowMs: fixture.clock.nowMs())?.user == "new-editor")
        let revoke = try await call(.post, "/v1/admin/tokens/revoke", user: "admin", body: try WireJSON.encoder().encode(RevokeTokenRequest(id: token.id)))
        #expect(revoke.status == 200)
        #expect(try await fixture.store.principal(tokenHash: Tokens.hash(token.token), nowMs: fixture.clock.nowMs()) == nil)
        let users = try await call(.get, "/v1/admin/users", user: "admin").decode(UserList.self)
        #expect(users.users.contains { $0.name == "new-editor" })
    }

    @Test func unknownRoutesAndMetrics() async throws {
        let missing = try await call(.get, "/v1/nothing")
        #expect(missing.status == 404 && missing.error?.code == .notFound)
        _ = try await call(.post, "/v1/changes", body: try pushBody(planBatch()))
        let metrics = String(decoding: try await call(.get, "/metrics", user: nil, version: nil).body, as: UTF8.self)
        #expect(metrics.contains("tributary_changes_applied_total 4"))
        #expect(metrics.contains("tributary_push_duration_seconds_bucket"))
        #expect(metrics.contains("tributary_open_conflicts 0"))
        #expect(metrics.contains("tributary_http_requests_total{route=\"/v1/changes\",method=\"POST\",status=\"200\"}"))
    }
}
