import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Shared

/// Requests a misbehaving client would send, straight to the real server: what the real `tributary` binary would
/// refuse to write in the first place (it applies the same rules offline).
struct ForgedHTTP {
    let baseURL: String

    struct Reply {
        var status: Int
        var body: Data
        var error: APIError? { try? WireJSON.decoder().decode(APIError.Body.self, from: body).error }
        var text: String { String(decoding: body, as: UTF8.self) }
    }

    func send(_ method: String, _ path: String, token: String?, body: Data? = nil, headers: [String: String] = [:]) throws -> Reply {
        var request = URLRequest(url: URL(string: baseURL + path)!)
        request.httpMethod = method
        request.timeoutInterval = 30
        request.setValue(String(API.version), forHTTPHeaderField: API.versionHeader)
        if let token { request.setValue("Bearer " + token, forHTTPHeaderField: "Authorization") }
        if let body {
            request.httpBody = body
            request.setValue(API.contentType, forHTTPHeaderField: "Content-Type")
        }
        for (name, value) in headers { request.setValue(value, forHTTPHeaderField: name) }
        let done = DispatchSemaphore(value: 0)
        nonisolated(unsafe) var result: Result<Reply, Error> = .failure(HarnessError("no reply"))
        URLSession.shared.dataTask(with: request) { data, response, error in
            if let error {
                result = .failure(error)
            } else {
                result = .success(Reply(status: (response as? HTTPURLResponse)?.statusCode ?? 0, body: data ?? Data()))
            }
            done.signal()
        }.resume()
        done.wait()
        return try result.get()
    }

    func push(_ changes: [Change], token: String, replica: String) throws -> Reply {
        try send("POST", Endpoints.push.path, token: token,
                 body: try WireJSON.encoder().encode(PushRequest(replica: replica, changes: changes)))
    }

    /// One page of the log after `after`, as the server answered it.
    func pullPage(token: String, after: Int64, limit: Int = 100) throws -> PullResponse {
        let reply = try send("GET", Endpoints.pull.path + "?after=\(after)&limit=\(limit)", token: token)
        guard reply.status == 200 else { throw HarnessError("pull: \(reply.status) \(reply.text)") }
        return try WireJSON.decoder().decode(PullResponse.self, from: reply.body)
    }

    func pull(token: String, after: Int64 = 0) throws -> [Change] {
        let reply = try send("GET", Endpoints.pull.path + "?after=\(after)&limit=5000", token: token)
        guard reply.status == 200 else { throw HarnessError("pull: \(reply.status) \(reply.text)") }
        return try WireJSON.decoder().decode(PullResponse.self, from: reply.body).changes
    }
}

/// Changes written by hand for one user, stamped from the real clock.
struct Forger {
    let user: String
    let replica: String
    var counter: Int32 = 0

    init(_ user: String, replica: String? = nil) {
        self.user = user
        self.replica = replica ?? "\(user.replacingOccurrences(of: "-", with: ""))-forge"
    }

    mutating func change(_ kind: EntityKind, _ entity: String, plan: String, office: String, _ field: String, _ value: String?,
                         replaces: [Stamp] = []) -> Change {
        counter += 1
        return Change(stamp: Stamp(ms: Int64(Date().timeIntervalSince1970 * 1000), counter: counter, replica: replica), kind: kind, entity: entity, plan: plan,
                      office: office, field: field, value: value, replaces: replaces, author: user)
    }

    static func snapshot(plan: String, office: String) -> String {
        let document = PlanDocument(plan: EntityState(id: plan, kind: .plan, plan: plan, office: office, fields: ["title": "计划"]),
                                    sections: [], indicators: [], tasks: [])
        return String(decoding: try! WireJSON.encoder().encode(document), as: UTF8.self)
    }
}
