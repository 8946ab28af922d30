import Foundation
import HTTPTypes
import Hummingbird
import Logging
import Shared

/// The protocol versions at the boundary: the server answers the current protocol and the previous one side by side.
/// A request of the previous protocol is translated into today's message before any check runs (so it is vetted
/// exactly like a current one), and the answer is translated back (`PreviousProtocolMessage`). Any other version is
/// refused with 426 in words that say which side must be updated.
enum ProtocolVersions {
    /// The version a request speaks, or a 426 naming the versions this server serves.
    static func negotiate(_ request: Request) throws(APIError) -> Int {
        let supported = "\(API.previousVersion) and \(API.version)"
        guard let sent = sentVersion(request) else {
            throw APIError(.protocolMismatch, "missing \(API.versionHeader) header; this server speaks protocols \(supported)")
        }
        guard let version = Int(sent), API.supportedVersions.contains(version) else {
            let advice = (Int(sent) ?? 0) < API.previousVersion
                ? "upgrade tributary: this client is too old for this server"
                : "this server is older than the client; the client's work stays safe offline; ask the administrator to upgrade the server"
            throw APIError(.protocolMismatch, "the client speaks protocol \(sent), this server speaks protocols \(supported): \(advice)")
        }
        return version
    }

    /// The version header as sent, nil when absent.
    static func sentVersion(_ request: Request) -> String? {
        HTTPField.Name(API.versionHeader).flatMap { request.headers[$0] }
    }

    /// Whether a request speaks the previous protocol (a request without a valid header is answered in the current one).
    static func isPrevious(_ request: Request) -> Bool {
        sentVersion(request).flatMap { Int($0) } == API.previousVersion
    }

    /// A request body in today's terms, whichever supported version wrote it.
    static func decode<T: PreviousProtocolMessage>(_ type: T.Type, version: Int, from request: Request) async throws -> T {
        guard version == API.previousVersion else { return try await WireBody.decode(T.self, from: request) }
        return T(previous: try await WireBody.decode(T.Previous.self, from: request))
    }

    /// An answer in the version the request spoke.
    static func response<T: PreviousProtocolMessage>(_ value: T, version: Int, for request: Request) throws -> Response {
        guard version == API.previousVersion else { return try WireBody.response(value, for: request) }
        return try WireBody.response(value.previous, for: request)
    }

    /// An error in the version the request spoke: protocol 1 reads only its own codes and has no request id field.
    static func error(_ error: APIError, for request: Request) -> Response {
        guard isPrevious(request) else { return WireBody.error(error, for: request) }
        guard let data = try? WireJSON.encoder().encode(APIError.Body(error: error).previous) else {
            return WireBody.error(error, for: request)
        }
        return WireBody.json(data, status: HTTPResponse.Status(code: error.httpStatus), for: request)
    }

    /// In words, on every answer to a client of the previous protocol. A protocol-1 client cannot show it (it shows
    /// nothing but the data it syncs and refusals); the server logs it once per replica (`UpdateNotices`) so an
    /// operator knows which laptops to update, and a later client that knows the header shows it to its user.
    static let updateNotice = "tributary protocol \(API.version) is available; this client speaks protocol \(API.previousVersion) and keeps syncing, but should be updated"
}

/// Which replicas of the previous protocol have been told, in the log, that an update exists: once per replica for
/// the life of the server process, so the log names each old laptop without repeating it on every request.
final class UpdateNotices: @unchecked Sendable {
    private let lock = NSLock()
    private var told: Set<String> = []
    static let limit = 100_000

    /// Adds the update header to an answer of the previous protocol, and logs the replica the first time it is seen.
    func annotate(_ response: inout Response, for request: Request, logger: Logger) {
        guard ProtocolVersions.isPrevious(request), let header = HTTPField.Name(API.updateHeader) else { return }
        response.headers[header] = ProtocolVersions.updateNotice
        let replica = HTTPField.Name(API.replicaHeader).flatMap { request.headers[$0] } ?? "(no replica header)"
        // Bounded: the header is the caller's word, and a flood of made-up ids must not grow the set without end.
        let first = lock.withLock { told.count < Self.limit && told.insert(replica).inserted }
        if first {
            logger.notice("client of an older protocol", metadata: [
                "replica": .untrusted(replica), "protocol": "\(API.previousVersion)", "current": "\(API.version)",
                "advice": "update tributary on this replica's computer",
            ])
        }
    }
}
