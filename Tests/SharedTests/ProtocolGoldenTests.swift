import Foundation
import Testing
@testable import Shared

/// Backward compatibility, isowords-style: every message of every supported protocol version is committed as a golden
/// file (`Tests/Fixtures/protocol/v<N>/<Type>.json`), and today's code must read each one. A current type that
/// changes its JSON fails `currentMessagesMatchTheirGoldenFiles` until its file is rewritten, which is the moment to
/// ask whether the change needs a new protocol version. `TRIBUTARY_RECORD_GOLDEN=1` writes missing files; an existing
/// file is never overwritten by the tests (delete it on purpose to record it again).
@Suite(.serialized)
struct ProtocolGoldenTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/protocol")
    static var recording: Bool { ProcessInfo.processInfo.environment["TRIBUTARY_RECORD_GOLDEN"] == "1" }

    /// Every request and response type of the endpoint table, and the error body every route may answer.
    static var messageTypes: [any GoldenMessage.Type] {
        var types: [any GoldenMessage.Type] = [APIError.Body.self]
        func add<Req, Res>(_ endpoint: Endpoint<Req, Res>) {
            for type in (endpoint.hasBody ? [Req.self, Res.self] : [Res.self]) as [Any.Type] {
                guard let message = type as? any GoldenMessage.Type else {
                    Issue.record("\(type) needs `extension \(type): GoldenMessage {}` in ProtocolGoldenTests")
                    continue
                }
                types.append(message)
            }
        }
        add(Endpoints.health); add(Endpoints.session); add(Endpoints.push); add(Endpoints.pull); add(Endpoints.bootstrap)
        add(Endpoints.activity); add(Endpoints.registerReplica); add(Endpoints.createUser); add(Endpoints.listUsers)
        add(Endpoints.createToken); add(Endpoints.revokeToken)
        var seen: Set<String> = []
        return types.filter { seen.insert(fileName($0)).inserted }
    }

    static func fileName(_ type: any GoldenMessage.Type) -> String { type.openAPIName + ".json" }

    static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes, .prettyPrinted]
        return encoder
    }

    /// The golden text for `version`, recorded from `text` when missing and recording is on (nil: never recorded
    /// here, only read).
    static func golden(_ name: String, version: Int, recordedFrom text: String? = nil) throws -> String {
        let url = root.appendingPathComponent("v\(version)/\(name)")
        if let stored = try? String(contentsOf: url, encoding: .utf8) { return stored }
        guard recording, let text else {
            Issue.record("missing golden file v\(version)/\(name): run with TRIBUTARY_RECORD_GOLDEN=1 and commit it")
            return text ?? ""
        }
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return text
    }

    static func text(_ data: Data) -> String { String(decoding: data, as: UTF8.self) + "\n" }

    @Test func currentMessagesMatchTheirGoldenFiles() throws {
        for type in Self.messageTypes {
            let written = Self.text(try type.currentSamples(with: Self.encoder()))
            let stored = try Self.golden(Self.fileName(type), version: API.version, recordedFrom: written)
            #expect(stored == written, "\(type.openAPIName) changed its JSON: is that a new protocol version?")
        }
    }

    @Test func currentGoldenFilesDecodeAndEncodeAgainUnchanged() throws {
        for type in Self.messageTypes {
            let stored = try Self.golden(Self.fileName(type), version: API.version)
            let again = try type.reencodeCurrent(Data(stored.utf8), with: Self.encoder())
            #expect(Self.text(again) == stored, "\(type.openAPIName)")
        }
    }

    @Test func previousMessagesMatchTheirGoldenFiles() throws {
        for type in Self.messageTypes {
            let written = Self.text(try type.previousSamples(with: Self.encoder()))
            let stored = try Self.golden(Self.fileName(type), version: API.previousVersion, recordedFrom: written)
            #expect(stored == written, "\(type.openAPIName): the previous protocol's shape must not change")
        }
    }

    /// What an old client sends reads with today's code, through the translation and also straight into today's type
    /// (a new field is optional with a default), and translating back writes the same bytes.
    @Test func previousGoldenFilesDecodeWithTodaysCode() throws {
        for type in Self.messageTypes {
            let stored = try Self.golden(Self.fileName(type), version: API.previousVersion)
            let translated = try type.translateRoundTrip(Data(stored.utf8), with: Self.encoder())
            #expect(Self.text(translated) == stored, "\(type.openAPIName)")
            #expect(throws: Never.self, "\(type.openAPIName) read as today's type") { try type.decodeAsCurrent(Data(stored.utf8)) }
        }
    }

    /// A golden file no message type claims is a type that was renamed or removed: say so instead of keeping it.
    @Test func everyGoldenFileBelongsToAMessage() throws {
        let names = Set(Self.messageTypes.map(Self.fileName))
        for version in API.supportedVersions {
            let folder = Self.root.appendingPathComponent("v\(version)")
            let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".json") }
            #expect(Set(files) == names, "v\(version): \(Set(files).symmetricDifference(names).sorted())")
        }
    }

    @Test func theTableListsEveryEndpoint() {
        // `messageTypes` names the endpoints one by one; a new endpoint must be added there (and get golden files).
        let listed = Set(Self.messageTypes.map { $0.openAPIName })
        for endpoint in Endpoints.all {
            #expect(listed.contains(endpoint.response.openAPIName), "\(endpoint.method) \(endpoint.path)")
            if let request = endpoint.request { #expect(listed.contains(request.openAPIName), "\(endpoint.method) \(endpoint.path)") }
        }
    }
}

/// A message type the golden tests can drive without knowing it statically.
protocol GoldenMessage: PreviousProtocolMessage, OpenAPISchemaProviding {}

extension GoldenMessage {
    static func currentSamples(with encoder: JSONEncoder) throws -> Data { try encoder.encode(openAPISamples) }
    static func previousSamples(with encoder: JSONEncoder) throws -> Data { try encoder.encode(openAPISamples.map(\.previous)) }

    static func reencodeCurrent(_ data: Data, with encoder: JSONEncoder) throws -> Data {
        try encoder.encode(try WireJSON.decoder().decode([Self].self, from: data))
    }

    static func translateRoundTrip(_ data: Data, with encoder: JSONEncoder) throws -> Data {
        let old = try WireJSON.decoder().decode([Previous].self, from: data)
        return try encoder.encode(old.map(Self.init(previous:)).map(\.previous))
    }

    static func decodeAsCurrent(_ data: Data) throws { _ = try WireJSON.decoder().decode([Self].self, from: data) }
}

extension Empty: GoldenMessage {}
extension HealthResponse: GoldenMessage {}
extension SessionInfo: GoldenMessage {}
extension PushRequest: GoldenMessage {}
extension PushResponse: GoldenMessage {}
extension PullResponse: GoldenMessage {}
extension BootstrapResponse: GoldenMessage {}
extension ActivityResponse: GoldenMessage {}
extension RegisterReplicaRequest: GoldenMessage {}
extension ReplicaRegistration: GoldenMessage {}
extension CreateUserRequest: GoldenMessage {}
extension UserInfo: GoldenMessage {}
extension UserList: GoldenMessage {}
extension CreateTokenRequest: GoldenMessage {}
extension TokenInfo: GoldenMessage {}
extension RevokeTokenRequest: GoldenMessage {}
extension APIError.Body: GoldenMessage {}
