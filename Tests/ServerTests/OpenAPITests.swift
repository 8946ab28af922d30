import Foundation
import Testing
@testable import ServerApp

struct OpenAPITests {
    @Test func theDocumentListsExactlyTheServedRoutes() throws {
        let document = try JSONSerialization.jsonObject(with: Data(OpenAPIDocument.json().utf8)) as? [String: Any]
        let paths = document?["paths"] as? [String: [String: Any]] ?? [:]
        let documented = Set(paths.flatMap { path, operations in operations.keys.map { "\($0.uppercased()) \(path)" } })
        let served = Set(ServerRoutes.routes.map { "\($0.method) \($0.path)" })
        #expect(documented == served)
    }

    @Test func theCommittedCopyIsCurrent() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let committed = try String(contentsOf: root.appendingPathComponent("deploy/openapi.json"), encoding: .utf8)
        #expect(committed == OpenAPIDocument.json(), "run `tributary-server openapi > deploy/openapi.json`")
    }
}
