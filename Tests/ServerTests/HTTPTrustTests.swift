import Foundation
import HTTPTypes
import Logging
import Testing
import Shared
import SharedStore
@testable import ServerApp

/// The trust rules through the router: replica ownership on push, pull and registration; expired tokens.
extension HTTPProtocolTests {
    var replicaHeader: HTTPField.Name { HTTPField.Name(API.replicaHeader)! }

    @Test func aReplicaRegistersToItsUserOnly() async throws {
        let body = try WireJSON.encoder().encode(RegisterReplicaRequest(replica: "r-laptop1"))
        let mine = try await call(.post, "/v1/replicas", body: body)
        #expect(mine.status == 200)
        #expect(try mine.decode(ReplicaRegistration.self) == ReplicaRegistration(replica: "r-laptop1", user: "zhaozhou-editor"))
        #expect(try await call(.post, "/v1/replicas", body: body).status == 200, "registering again is harmless")
        let theirs = try await call(.post, "/v1/replicas", user: "daqing-reviewer", body: body)
        #expect(theirs.status == 403 && theirs.error?.code == .forbidden)
        #expect(theirs.error?.message.contains("r-laptop1 (zhaozhou-editor)") == true)
        let bad = try await call(.post, "/v1/replicas", body: try WireJSON.encoder().encode(RegisterReplicaRequest(replica: "a\nb")))
        #expect(bad.status == 400)
    }

    @Test func pushingForAnotherUsersReplicaIsForbiddenAndStoresNothing() async throws {
        _ = try await call(.post, "/v1/changes", body: try pushBody(planBatch()))
        #expect(try await storedCount() == 4)
        // The request names the editor's replica…
        let cityPlan = [fixture.change("daqing-reviewer", .plan, "c1", plan: "c1", office: "daqing", "title", "市计划")]
        let named = try await call(.post, "/v1/changes", user: "daqing-reviewer", body: try pushBody(cityPlan, replica: "zhaozhou-editor-r"))
        #expect(named.status == 403 && named.error?.code == .forbidden)
        #expect(named.error?.message.contains("zhaozhou-editor-r (zhaozhou-editor)") == true)
        // …or only a stamp does.
        var forged = cityPlan[0]
        forged.stamp = Stamp(ms: forged.stamp.ms, counter: 1, replica: "zhaozhou-editor-r")
        let stamped = try await call(.post, "/v1/changes", user: "daqing-reviewer", body: try pushBody([forged], replica: "daqing-reviewer-r"))
        #expect(stamped.status == 403 && stamped.error?.message.contains("zhaozhou-editor-r") == true)
        #expect(try await fixture.store.pull(after: 0, limit: 100, offices: ["daqing", "zhaozhou"]).changes.count == 4)
        // And the refused request registered nothing: the city's own id is still free for whoever comes first.
        #expect(try await fixture.store.claimReplicas(["daqing-reviewer-r"], by: fixture.principals["zhaoyuan-editor"]!, atMs: 0) == [:])
    }

    @Test func aPullNamingAnotherUsersReplicaIsForbiddenAndLeavesItsSyncAlone() async throws {
        _ = try await call(.post, "/v1/changes", body: try pushBody(planBatch()))
        let own = try await call(.get, "/v1/changes?after=0", headers: [replicaHeader: "zhaozhou-editor-r"])
        #expect(own.status == 200)
        let synced = fixture.clock.nowMs()
        fixture.clock.advance(by: 60_000)
        let forged = try await call(.get, "/v1/changes?after=0", user: "daqing-reviewer", headers: [replicaHeader: "zhaozhou-editor-r"])
        #expect(forged.status == 403 && forged.error?.code == .forbidden)
        let activity = try await call(.get, "/v1/activity", user: "daqing-reviewer").decode(ActivityResponse.self)
        #expect(activity.offices.first { $0.office == "zhaozhou" } == OfficeActivity(office: "zhaozhou", lastSyncMs: synced, replicas: 1))
        #expect(activity.offices.first { $0.office == "daqing" }?.lastSyncMs == nil, "the forged sync is not the city's either")
    }

    @Test func anExpiredTokenIsRefusedSayingSoAndHowToGetANewOne() async throws {
        var generator = SeededRandom(seed: 11)
        let info = try await Admin(store: fixture.store, clock: fixture.clock).issueToken(user: "zhaoyuan-editor", expiry: .days(1), using: &generator)
        let bearer: HTTPFields = [.authorization: "Bearer " + info.token]
        #expect(try await call(.get, "/v1/session", user: nil, headers: bearer).status == 200)
        fixture.clock.advance(by: 86_400_000)
        let expired = try await call(.get, "/v1/session", user: nil, headers: bearer)
        #expect(expired.status == 401 && expired.error?.code == .unauthorized)
        #expect(expired.error?.message.contains("expired") == true)
        #expect(expired.error?.message.contains("token rotate \(info.id)") == true)
        #expect(try await call(.get, "/v1/session").status == 200, "tokens without expiry still work")
    }

    @Test func theAdminEndpointIssuesTokensWithAnExpiry() async throws {
        let request = try WireJSON.encoder().encode(CreateTokenRequest(user: "zhaoyuan-editor", expires: "30d"))
        let info = try await call(.post, "/v1/admin/tokens", user: "admin", body: request).decode(TokenInfo.self)
        #expect(info.expiresMs == fixture.clock.nowMs() + 30 * 86_400_000)
        let bad = try await call(.post, "/v1/admin/tokens", user: "admin",
                                 body: try WireJSON.encoder().encode(CreateTokenRequest(user: "zhaoyuan-editor", expires: "soon")))
        #expect(bad.status == 400 && bad.error?.message.contains("90d") == true)
    }

    @Test func an413AsksToCloseTheConnection() async throws {
        let reply = try await call(.post, "/v1/changes", body: Data(repeating: 0x20, count: Limits.maxBodyBytes + 1))
        #expect(reply.status == 413 && reply.headers[.connection] == "close")
    }
}

struct LogTextTests {
    @Test func controlCharactersCannotStartANewLogLine() {
        #expect(LogText.escape("zhaozhou-editor") == "zhaozhou-editor")
        #expect(LogText.escape("肇州县 ok") == "肇州县 ok")
        #expect(LogText.escape("a\nb\rc\td") == "a\\nb\\rc\\td")
        #expect(LogText.escape("x\u{1B}[31m\u{0}\u{7F}\u{85}\u{2028}y") == "x\\u{1B}[31m\\u{0}\\u{7F}\\u{85}\\u{2028}y")
        #expect(LogText.escape("back\\nslash") == "back\\\\nslash", "a client's own backslash cannot pass for an escape")
        let long = LogText.escape(String(repeating: "长", count: 2_000))
        #expect(long.count == LogText.maxLength + 1 && long.hasSuffix("…"))
        for text in ["a\nb", "\r\n2026-12-02T00:00:00 critical forged", "\u{2029}"] {
            #expect(!LogText.escape(text).contains { $0.isNewline })
        }
    }

    @Test func metadataFromRequestsIsEscaped() {
        #expect(Logger.MetadataValue.untrusted("a\nb").description == "a\\nb")
    }
}
