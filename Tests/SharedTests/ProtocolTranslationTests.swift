import Foundation
import Testing
@testable import Shared

/// The translations between protocol 1 and today's protocol, one behaviour at a time: new fields get the defaults the
/// server can justify, and what protocol 1 has no field for is put into words it shows.
struct ProtocolTranslationTests {
    let stamp = Stamp(ms: 1_764_000_000_000, counter: 3, replica: "laptop-1")

    @Test func aRefusalReasonKeepsBothLanguagesInTheOneFieldProtocolOneShows() {
        let both = ChangeResult(id: stamp, status: .rejected, reason: "title is too long", reasonZh: "标题太长").previous
        #expect(both.reason == "标题太长 / title is too long")
        #expect(ChangeResult(id: stamp, status: .rejected, reason: "only English").previous.reason == "only English")
        #expect(ChangeResult(id: stamp, status: .accepted).previous.reason == nil)
        #expect(ChangeResult(id: stamp, status: .rejected, reason: "same", reasonZh: "same").previous.reason == "same")
    }

    @Test func anErrorKeepsItsRequestIdAndResultsInProtocolOneWords() {
        var error = APIError(.invalidChange, "a change of the batch was rejected",
                             results: [ChangeResult(id: stamp, status: .rejected, reason: "bad", reasonZh: "不行")])
        error.request = "r-42"
        let old = APIError.Body(error: error).previous.error
        #expect(old.code == .invalidChange)
        #expect(old.message == "a change of the batch was rejected (request r-42)")
        #expect(old.results == [ProtocolV1.ChangeResult(id: stamp, status: .rejected, reason: "不行 / bad")])
    }

    @Test func everyStatusHasAProtocolOneCode() {
        // A code added after protocol 1 is sent as protocol 1's code of the same status, and named in the message.
        // Where protocol 1 has no code of that status (410 horizonPassed), the class's general one: 400 or 500.
        let statusesOfProtocolOne = Set(ProtocolV1.APIError.Code.allCases.map { APIError(APIError.Code(rawValue: $0.rawValue)!, "").httpStatus })
        for code in APIError.Code.allCases {
            let status = APIError(code, "").httpStatus
            let mapped = ProtocolV1.APIError.Code(rawValue: code.rawValue) ?? ProtocolV1.APIError.Code(status: status)
            let expected = statusesOfProtocolOne.contains(status) ? status : (status >= 500 ? 500 : 400)
            #expect(APIError(APIError.Code(rawValue: mapped.rawValue)!, "").httpStatus == expected, "\(code)")
        }
        #expect(ProtocolV1.APIError.Code(status: 410) == .badRequest)
        #expect(ProtocolV1.APIError.Code(status: 503) == .internalError)
    }

    @Test func anOldPushReadsWithTheDefaultsTheMergeRuleAssumes() throws {
        // Protocol 1's tombstone without `observed`: a delete that saw no edits, so every edit of the entity is
        // concurrent with it and becomes a conflict rather than a silent loss.
        let json = """
            {"changes":[{"author":"wang","entity":"t1","field":"deleted","id":"\(stamp)","kind":"task","office":"zhaozhou",\
            "plan":"p1","value":"true"}],"replica":"laptop-1"}
            """
        let old = try WireJSON.decoder().decode(PushRequest.Previous.self, from: Data(json.utf8))
        let today = PushRequest(previous: old)
        #expect(today.changes.first?.observed == [] && today.changes.first?.replaces == [] && today.changes.first?.resolution == nil)
        #expect(today.changes.first?.isTombstone == true)
    }

    @Test func anOldTokenRequestAsksForATokenThatNeverExpires() {
        #expect(CreateTokenRequest(previous: ProtocolV1.CreateTokenRequest(user: "wang")) == CreateTokenRequest(user: "wang", expires: nil))
    }

    @Test func anOldSessionHasNoLogGeneration() {
        let office = Office(id: "zhaozhou", name: "肇州县教育局", level: .county, parent: "daqing")
        let session = SessionInfo(user: "wang", role: .countyEditor, office: office, visibleOffices: [office], serverTimeMs: 1,
                                  driftBoundMs: 2, logGeneration: "g1")
        #expect(session.previous.protocolVersion == API.version)
        #expect(SessionInfo(previous: session.previous).logGeneration == nil)
        var expected = session
        expected.logGeneration = nil
        #expect(SessionInfo(previous: session.previous) == expected)
    }

    @Test func supportedVersionsAreThisAndThePrevious() {
        #expect(API.version == 2 && API.previousVersion == 1 && Array(API.supportedVersions) == [1, 2])
    }
}
