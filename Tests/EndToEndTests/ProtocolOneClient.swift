import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Shared

/// A client of protocol 1 (tributary 0.3, before the trust issue), driven from a test: it sends exactly what that
/// release sent (the `Tributary-Protocol: 1` header, its replica header, protocol-1 bodies) and reads the answers
/// with protocol 1's own types, so anything the server forgot to translate fails to decode or shows as an extra key.
struct ProtocolOneClient {
    let baseURL: String
    let token: String
    let replica: String
    var version = ProtocolV1.version

    struct Reply {
        var status: Int
        var body: Data
        var headers: [String: String]
        var text: String { String(decoding: body, as: UTF8.self) }
        /// The top-level keys of a JSON object body (to check nothing outside protocol 1 is sent).
        var keys: Set<String> { Set(((try? JSONSerialization.jsonObject(with: body)) as? [String: Any])?.keys.map { $0 } ?? []) }
        func decode<T: Decodable>(_ type: T.Type) throws -> T {
            do { return try WireJSON.decoder().decode(T.self, from: body) } catch {
                throw HarnessError("\(T.self) from \(status) \(text): \(error)")
            }
        }
        func header(_ name: String) -> String? { headers.first { $0.key.lowercased() == name.lowercased() }?.value }
    }

    func send(_ method: String, _ path: String, body: Data? = nil) throws -> Reply {
        var request = URLRequest(url: URL(string: baseURL + path)!)
        request.httpMethod = method
        request.timeoutInterval = 30
        request.setValue(String(version), forHTTPHeaderField: API.versionHeader)
        request.setValue(replica, forHTTPHeaderField: API.replicaHeader)
        request.setValue("Bearer " + token, forHTTPHeaderField: "Authorization")
        if let body {
            request.httpBody = body
            request.setValue(API.contentType, forHTTPHeaderField: "Content-Type")
        }
        let done = DispatchSemaphore(value: 0)
        nonisolated(unsafe) var result: Result<Reply, Error> = .failure(HarnessError("no reply"))
        URLSession.shared.dataTask(with: request) { data, response, error in
            if let error {
                result = .failure(error)
            } else {
                let http = response as? HTTPURLResponse
                var headers: [String: String] = [:]
                for (name, value) in http?.allHeaderFields ?? [:] { headers["\(name)"] = "\(value)" }
                result = .success(Reply(status: http?.statusCode ?? 0, body: data ?? Data(), headers: headers))
            }
            done.signal()
        }.resume()
        done.wait()
        return try result.get()
    }

    func session() throws -> Reply { try send("GET", Endpoints.session.path) }

    /// What protocol 1's sync did: pages from `after` until `more` is false.
    func pullAll(after: Int64 = 0) throws -> (changes: [Change], cursor: Int64, replies: [Reply]) {
        var cursor = after, changes: [Change] = [], replies: [Reply] = []
        while true {
            let reply = try send("GET", Endpoints.pull.path + "?after=\(cursor)&limit=500")
            guard reply.status == 200 else { throw HarnessError("protocol-1 pull: \(reply.status) \(reply.text)") }
            let page = try reply.decode(ProtocolV1.PullResponse.self)
            replies.append(reply)
            changes += page.changes
            cursor = page.cursor
            if !page.more { return (changes, cursor, replies) }
        }
    }

    func push(_ changes: [Change]) throws -> Reply {
        try send("POST", Endpoints.push.path, body: try WireJSON.encoder().encode(PushRequest(replica: replica, changes: changes)))
    }
}
