import Foundation
import HTTPTypes
import Testing
import Shared
import SharedStore
@testable import ServerApp

/// Protocol 1 through the router: its requests are translated before any check, so every rule of today holds for
/// it (ownership, access, the change rules), and its answers are written in its own shapes.
extension HTTPProtocolTests {
    var previous: String { String(API.previousVersion) }

    @Test func aPreviousProtocolPushIsVettedLikeACurrentOne() async throws {
        // Its replica is registered to its user at the first push (protocol 1 has no registration)…
        let batch = planBatch().map { change in
            var change = change
            change.stamp = Stamp(ms: change.stamp.ms, counter: change.stamp.counter, replica: "old-laptop")
            return change
        }
        let pushed = try await call(.post, "/v1/changes", body: try pushBody(batch, replica: "old-laptop"), version: previous)
        #expect(pushed.status == 200, "\(String(decoding: pushed.body, as: UTF8.self))")
        #expect(try pushed.decode(ProtocolV1.PushResponse.self).results.allSatisfy { $0.status == .accepted })
        #expect(pushed.headers[HTTPField.Name(API.updateHeader)!]?.contains("update") == true)
        // …so another user cannot speak for it afterwards, in either protocol.
        let cityPlan = [fixture.change("daqing-reviewer", .plan, "c1", plan: "c1", office: "daqing", "title", "市计划")]
        let forged = try await call(.post, "/v1/changes", user: "daqing-reviewer", body: try pushBody(cityPlan, replica: "old-laptop"),
                                    version: previous)
        #expect(forged.status == 403)
        let error = try forged.decode(ProtocolV1.APIError.Body.self).error
        #expect(error.code == .forbidden && error.message.contains("old-laptop (zhaozhou-editor)") && error.message.contains("(request "))
        // Access rules: a county writing the city's plan is refused, with the reason in both languages.
        var intoCity = fixture.change("zhaozhou-editor", .plan, "c2", plan: "c2", office: "daqing", "title", "市计划")
        intoCity.stamp = Stamp(ms: intoCity.stamp.ms, counter: 9, replica: "old-laptop")
        let refused = try await call(.post, "/v1/changes", body: try pushBody([intoCity], replica: "old-laptop"), version: previous)
        #expect(refused.status == 403 || refused.status == 422)
        let text = String(decoding: refused.body, as: UTF8.self)
        #expect(!text.contains("\"request\"") && !text.contains("reasonZh"), "\(text)")
        #expect(try await storedCount() == 4)
    }

    @Test func previousProtocolAnswersCarryOnlyItsFields() async throws {
        _ = try await call(.post, "/v1/changes", body: try pushBody(planBatch()))
        let session = try await call(.get, "/v1/session", version: previous)
        let keys = Set(((try JSONSerialization.jsonObject(with: session.body)) as? [String: Any])?.keys.map { $0 } ?? [])
        #expect(!keys.contains("logGeneration") && keys.contains("protocolVersion"))
        let pull = try await call(.get, "/v1/changes?after=0", version: previous)
        let page = try pull.decode(ProtocolV1.PullResponse.self)
        #expect(page.changes.count == 4)
        #expect(!String(decoding: pull.body, as: UTF8.self).contains("\"end\""))
        // Today's protocol keeps its fields and gets no update notice.
        let current = try await call(.get, "/v1/changes?after=0")
        #expect(try current.decode(PullResponse.self).end != nil)
        #expect(current.headers[HTTPField.Name(API.updateHeader)!] == nil)
    }

    @Test func anOldAdminIssuesTokensThatNeverExpire() async throws {
        let body = try WireJSON.encoder().encode(ProtocolV1.CreateTokenRequest(user: "zhaoyuan-editor"))
        let reply = try await call(.post, "/v1/admin/tokens", user: "admin", body: body, version: previous)
        #expect(reply.status == 200)
        #expect(!String(decoding: reply.body, as: UTF8.self).contains("expiresMs"))
        let info = try reply.decode(ProtocolV1.TokenInfo.self)
        #expect(try await fixture.store.token(hash: Tokens.hash(info.token))?.expiresMs == nil)
    }
}
