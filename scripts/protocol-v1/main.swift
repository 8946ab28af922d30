import Foundation
import OldShared

// (scripts/protocol-v1-check.sh) Decodes each protocol-1 golden file with the types of commit 2d4dce6 (the last wire format before the trust issue)
// and re-encodes it: what a 0.3 client reads and writes.
let folder = CommandLine.arguments[1]
func check<T: Codable>(_ name: String, _ type: T.Type) {
    let data = try! Data(contentsOf: URL(fileURLWithPath: folder + "/" + name + ".json"))
    do {
        let values = try JSONDecoder().decode([T].self, from: data)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes, .prettyPrinted]
        let again = String(decoding: try encoder.encode(values), as: UTF8.self) + "\n"
        print(name, again == String(decoding: data, as: UTF8.self) ? "same bytes" : "DIFFERENT:\n\(again)")
    } catch { print(name, "FAILED", error) }
}
check("ActivityResponse", ActivityResponse.self)
check("BootstrapResponse", BootstrapResponse.self)
check("CreateTokenRequest", CreateTokenRequest.self)
check("CreateUserRequest", CreateUserRequest.self)
check("Empty", Empty.self)
check("Error", APIError.Body.self)
check("HealthResponse", HealthResponse.self)
check("PullResponse", PullResponse.self)
check("PushRequest", PushRequest.self)
check("PushResponse", PushResponse.self)
check("RevokeTokenRequest", RevokeTokenRequest.self)
check("SessionInfo", SessionInfo.self)
check("TokenInfo", TokenInfo.self)
check("UserInfo", UserInfo.self)
check("UserList", UserList.self)
