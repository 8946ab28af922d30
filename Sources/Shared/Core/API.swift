import Foundation

/// The HTTP protocol between `tributary` and `tributary-server`, defined once: the server registers its routes from
/// these endpoints and the client builds its requests from them, so the two cannot drift apart.
public enum API {
    /// Bumped on any change to request or response shapes. Sent on every request in `versionHeader`.
    /// 2: the trust issue's shapes (Chinese refusal reasons, request ids in errors, token expiry, replica
    /// registration, the log generation, the pull's end and wait). 1: the wire format before it (`ProtocolV1`).
    public static let version = 2
    /// The previous protocol, still served: its messages are translated at the boundary (`PreviousProtocolMessage`),
    /// so a laptop that missed one release keeps syncing.
    public static let previousVersion = ProtocolV1.version
    /// Every version the server answers; any other gets 426 in words.
    public static let supportedVersions = previousVersion...version
    public static let versionHeader = "Tributary-Protocol"
    /// On every answer to a client of the previous protocol: in words, that an update of tributary exists.
    public static let updateHeader = "Tributary-Update"
    /// The pushing replica's id, for the server's logs.
    public static let replicaHeader = "Tributary-Replica"
    /// The server's id of a request, on every response (and in an error body's `request`).
    public static let requestIDHeader = "X-Request-Id"
    public static let contentType = "application/json; charset=utf-8"
}

public enum HTTPVerb: String, Sendable, Codable {
    case get = "GET", post = "POST", delete = "DELETE"
}

/// A typed route: its method and path, the types of its request and response bodies, and what the OpenAPI document
/// says of it (the document is derived from this table and the types; see `OpenAPIDocument`).
public struct Endpoint<Request: PreviousProtocolMessage & OpenAPISchemaProviding, Response: PreviousProtocolMessage & OpenAPISchemaProviding>: Sendable {
    public let method: HTTPVerb
    public let path: String
    /// Whether a bearer token is needed.
    public let authenticated: Bool
    public let summary: String
    /// Query parameters, with the bounds the server checks.
    public let query: [QueryParameter]
    /// The refusals particular to this route. Every versioned route may also answer 426, every authenticated one 401,
    /// every one with a body 400 and 413: the document adds those itself.
    public let errors: [APIError.Code]

    public init(_ method: HTTPVerb, _ path: String, authenticated: Bool = true, summary: String, query: [QueryParameter] = [],
                errors: [APIError.Code] = []) {
        self.method = method
        self.path = path
        self.authenticated = authenticated
        self.summary = summary
        self.query = query
        self.errors = errors
    }

    /// Whether a request has a JSON body.
    public var hasBody: Bool { Request.self != Empty.self }

    public var description: EndpointDescription {
        EndpointDescription(method: method.rawValue, path: path, authenticated: authenticated, summary: summary, query: query,
                            errors: errors, request: hasBody ? Request.self as (any OpenAPISchemaProviding.Type) : nil,
                            response: Response.self)
    }
}

/// One integer query parameter and its bounds.
public struct QueryParameter: Sendable {
    public let name: String
    public let description: String
    public let minimum: Int64
    public let maximum: Int64?
    public init(_ name: String, _ description: String, minimum: Int64, maximum: Int64? = nil) {
        self.name = name
        self.description = description
        self.minimum = minimum
        self.maximum = maximum
    }
}

/// An endpoint with its body types erased, for route tables and the OpenAPI document.
public struct EndpointDescription {
    public let method: String
    public let path: String
    public let authenticated: Bool
    public let summary: String
    public let query: [QueryParameter]
    public let errors: [APIError.Code]
    /// Nil when the request has no body.
    public let request: (any OpenAPISchemaProviding.Type)?
    public let response: any OpenAPISchemaProviding.Type
    /// Whether the route checks the `Tributary-Protocol` header (all but the health check).
    public var versioned: Bool { path != Endpoints.health.path }
}

public struct Empty: Codable, Sendable, Equatable {
    public init() {}
}

public enum Endpoints {
    public static let health = Endpoint<Empty, HealthResponse>(.get, "/healthz", authenticated: false, summary: "Liveness and protocol version")
    public static let session = Endpoint<Empty, SessionInfo>(.get, "/v1/session",
                                                             summary: "The caller's user, office, visible offices, server time and drift bound")
    public static let push = Endpoint<PushRequest, PushResponse>(
        .post, "/v1/changes", summary: "Push a batch of changes, all or nothing, idempotent by change id",
        errors: [.forbidden, .replayConflict, .batchTooLarge, .invalidChange, .clockDrift])
    public static let pull = Endpoint<Empty, PullResponse>(
        .get, "/v1/changes", summary: "Changes after a cursor, in server order, one page at a time",
        query: [QueryParameter("after", "cursor from the previous page (0 to start)", minimum: 0),
                QueryParameter("limit", "page size, 1 to \(Limits.maxPullPage) (default \(Limits.defaultPullPage))", minimum: 1,
                               maximum: Int64(Limits.maxPullPage)),
                QueryParameter("wait", "seconds to hold the request while nothing is new for the caller (a long poll), 0 to \(Limits.maxPullWaitSeconds)",
                               minimum: 0, maximum: Int64(Limits.maxPullWaitSeconds))],
        errors: [.badRequest, .forbidden, .horizonPassed])
    public static let bootstrap = Endpoint<Empty, BootstrapResponse>(
        .get, "/v1/bootstrap", summary: "Compacted start for a new replica: current versions and conflict history, one page at a time",
        query: [QueryParameter("after", "position from the previous page's `next` (0 to start)", minimum: 0),
                QueryParameter("end", "the first page's `cursor`, sent with every later page so that all pages read the log up to one point",
                               minimum: 0),
                QueryParameter("limit", "page size, 1 to \(Limits.maxBootstrapPage); without it the whole start comes in one answer",
                               minimum: 1, maximum: Int64(Limits.maxBootstrapPage))],
        errors: [.badRequest])
    /// When each visible office's replicas last completed a sync: the city's board.
    public static let activity = Endpoint<Empty, ActivityResponse>(.get, "/v1/activity", summary: "Last completed sync of each visible office")
    /// Registers the caller's replica id to the caller (`tributary attach`); 403 when it belongs to another user.
    public static let registerReplica = Endpoint<RegisterReplicaRequest, ReplicaRegistration>(
        .post, "/v1/replicas", summary: "Register the caller's replica id; 403 when it belongs to another user", errors: [.forbidden])
    public static let createUser = Endpoint<CreateUserRequest, UserInfo>(
        .post, "/v1/admin/users", summary: "Create a user (admin)", errors: [.forbidden, .notFound, .replayConflict])
    public static let listUsers = Endpoint<Empty, UserList>(.get, "/v1/admin/users", summary: "List users (admin)", errors: [.forbidden])
    public static let createToken = Endpoint<CreateTokenRequest, TokenInfo>(
        .post, "/v1/admin/tokens", summary: "Issue a token for a user (admin); the secret is shown once", errors: [.forbidden, .notFound])
    public static let revokeToken = Endpoint<RevokeTokenRequest, Empty>(
        .post, "/v1/admin/tokens/revoke", summary: "Revoke a token (admin)", errors: [.forbidden, .notFound])
    /// Every JSON endpoint, for route tables and the OpenAPI document.
    public static var all: [EndpointDescription] {
        [health.description, session.description, push.description, pull.description, bootstrap.description, activity.description,
         registerReplica.description, createUser.description, listUsers.description, createToken.description, revokeToken.description]
    }

    /// Not JSON endpoints of the protocol: Prometheus text and the OpenAPI document.
    public static let metricsPath = "/metrics"
    public static let openAPIPath = "/openapi.json"
}

public struct HealthResponse: Codable, Sendable, Equatable {
    public var status: String
    public var protocolVersion: Int
    public init(status: String = "ok", protocolVersion: Int = API.version) {
        self.status = status
        self.protocolVersion = protocolVersion
    }
}

/// Who the token belongs to and what the server expects: sent first on attach, and on every sync to check clocks.
public struct SessionInfo: Codable, Sendable, Equatable {
    public var user: String
    public var role: Role
    public var office: Office
    /// Every office whose plans this user may read (its own, its city, the counties of its city for a reviewer).
    public var visibleOffices: [Office]
    public var serverTimeMs: Int64
    public var driftBoundMs: Int64
    public var protocolVersion: Int
    public var maxBatchChanges: Int
    public var maxValueBytes: Int
    /// The line of history of the server's log. A new value means the server was restored from a backup: a replica
    /// that synced before sends its own changes again (the restored log may lack them) and reads the log afresh.
    /// Optional: an older server does not send it.
    public var logGeneration: String?

    public init(user: String, role: Role, office: Office, visibleOffices: [Office], serverTimeMs: Int64,
                driftBoundMs: Int64, protocolVersion: Int = API.version, maxBatchChanges: Int = Limits.maxBatchChanges,
                maxValueBytes: Int = Limits.maxValueBytes, logGeneration: String? = nil) {
        self.logGeneration = logGeneration
        self.user = user
        self.role = role
        self.office = office
        self.visibleOffices = visibleOffices
        self.serverTimeMs = serverTimeMs
        self.driftBoundMs = driftBoundMs
        self.protocolVersion = protocolVersion
        self.maxBatchChanges = maxBatchChanges
        self.maxValueBytes = maxValueBytes
    }
}

public struct PushRequest: Codable, Sendable, Equatable {
    public var replica: String
    public var changes: [Change]
    public init(replica: String, changes: [Change]) {
        self.replica = replica
        self.changes = changes
    }
}

public struct ChangeResult: Codable, Sendable, Equatable {
    public enum Status: String, Codable, Sendable, CaseIterable {
        /// Stored now.
        case accepted
        /// Already stored with the same content: a retried push.
        case duplicate
        /// Refused; `reason` says why.
        case rejected
        /// Valid, but not stored because another change of the same batch was rejected (batches are all or nothing).
        case withheld
    }

    public var id: Stamp
    public var status: Status
    /// Why a change was rejected, in English (operators, logs, scripts).
    public var reason: String?
    /// The same reason in Chinese, for the person whose change it was.
    public var reasonZh: String?
    public init(id: Stamp, status: Status, reason: String? = nil, reasonZh: String? = nil) {
        self.id = id
        self.status = status
        self.reason = reason
        self.reasonZh = reasonZh
    }

    public init(id: Stamp, rejectedFor violation: RuleViolation) {
        self.init(id: id, status: .rejected, reason: violation.english, reasonZh: violation.chinese)
    }
}

public struct PushResponse: Codable, Sendable, Equatable {
    public var results: [ChangeResult]
    public var serverTimeMs: Int64
    public init(results: [ChangeResult], serverTimeMs: Int64) {
        self.results = results
        self.serverTimeMs = serverTimeMs
    }
}

public struct PullQuery: Sendable, Equatable {
    public var after: Int64
    public var limit: Int
    /// Seconds the server may hold the request while there is nothing new for the caller (a long poll): it answers
    /// as soon as a change the caller may see is committed. 0: answer at once.
    public var wait: Int
    public init(after: Int64, limit: Int = Limits.defaultPullPage, wait: Int = 0) {
        self.after = after
        self.limit = limit
        self.wait = wait
    }

    public var queryString: String { "after=\(after)&limit=\(limit)" + (wait > 0 ? "&wait=\(wait)" : "") }

    /// Parses the query of a pull request; a missing `after` is 0, a missing `limit` the default page.
    public init(query: [String: String]) throws(APIError) {
        let after = query["after"].map { Int64($0) } ?? 0
        let limit = query["limit"].map { Int($0) } ?? Limits.defaultPullPage
        guard let after, after >= 0 else { throw APIError(.badRequest, "after must be a non-negative integer cursor") }
        guard let limit, (1...Limits.maxPullPage).contains(limit) else {
            throw APIError(.badRequest, "limit must be an integer from 1 to \(Limits.maxPullPage)")
        }
        let wait = query["wait"].map { Int($0) } ?? 0
        guard let wait, (0...Limits.maxPullWaitSeconds).contains(wait) else {
            throw APIError(.badRequest, "wait must be an integer from 0 to \(Limits.maxPullWaitSeconds) seconds")
        }
        self.after = after
        self.limit = limit
        self.wait = wait
    }
}

public struct PullResponse: Codable, Sendable, Equatable {
    /// In server order.
    public var changes: [Change]
    /// The cursor to pass as `after` next time.
    public var cursor: Int64
    /// More changes are waiting after `cursor`.
    public var more: Bool
    public var serverTimeMs: Int64
    /// The end of the server's log when the page was read, so that a client can show how far its pull has come.
    /// Optional: a server before it was added does not send it, and a client ignores what it does not know.
    public var end: Int64?
    public init(changes: [Change], cursor: Int64, more: Bool, serverTimeMs: Int64, end: Int64? = nil) {
        self.changes = changes
        self.cursor = cursor
        self.more = more
        self.serverTimeMs = serverTimeMs
        self.end = end
    }
}

/// Which page of a bootstrap to read.
///
/// Why pages: a city's start is tens or hundreds of thousands of changes. In one answer the server built all of it in
/// memory and the client held the whole body and its decoded changes at once; by pages both hold one page, and the
/// client applies a page while the server reads the next. Every page reads the log up to the same `end` (the first
/// page's cursor), so together they are the start of one moment: a version that stops being current between two pages
/// is left out, and what replaced it lies after `end`, where the replica's first pull begins.
public struct BootstrapQuery: Sendable, Equatable {
    public var after: Int64
    /// Nil on the first page (the server fixes it at its log's end and answers it as `cursor`).
    public var end: Int64?
    /// Nil: the whole start in one answer (what clients before pages asked for).
    public var limit: Int?
    public init(after: Int64 = 0, end: Int64? = nil, limit: Int? = Limits.defaultBootstrapPage) {
        self.after = after
        self.end = end
        self.limit = limit
    }

    public var queryString: String {
        (["after=\(after)"] + [end.map { "end=\($0)" }, limit.map { "limit=\($0)" }].compactMap { $0 }).joined(separator: "&")
    }

    /// Parses a bootstrap request's query; a missing `after` is 0, a missing `end` the log's end, a missing `limit` no limit.
    public init(query: [String: String]) throws(APIError) {
        let after = query["after"].map { Int64($0) } ?? 0
        guard let after, after >= 0 else { throw APIError(.badRequest, "after must be a non-negative integer position") }
        var end: Int64?
        if let text = query["end"] {
            guard let value = Int64(text), value >= after else {
                throw APIError(.badRequest, "end must be an integer position, at least after")
            }
            end = value
        } else if after > 0 {
            throw APIError(.badRequest, "a later bootstrap page needs end (the first page's cursor)")
        }
        var limit: Int?
        if let text = query["limit"] {
            guard let value = Int(text), (1...Limits.maxBootstrapPage).contains(value) else {
                throw APIError(.badRequest, "limit must be an integer from 1 to \(Limits.maxBootstrapPage)")
            }
            limit = value
        }
        self.after = after
        self.end = end
        self.limit = limit
    }
}

/// A compacted start for a new replica, or one page of it: every current version (head) of every field it may see,
/// the full history of fields in conflict (what a reviewer needs to see the base), and the cursor to pull from
/// afterwards.
public struct BootstrapResponse: Codable, Sendable, Equatable {
    public var changes: [Change]
    /// The log's end this start was read up to: the `end` of every later page, and the cursor to pull from afterwards.
    public var cursor: Int64
    public var offices: [Office]
    public var serverTimeMs: Int64
    /// Present when more pages follow: pass it as `after` (with `end` = `cursor`). Absent on the last page and from
    /// servers that answer in one page.
    public var next: Int64?
    public init(changes: [Change], cursor: Int64, offices: [Office], serverTimeMs: Int64, next: Int64? = nil) {
        self.changes = changes
        self.cursor = cursor
        self.offices = offices
        self.serverTimeMs = serverTimeMs
        self.next = next
    }
}

/// The last completed sync of an office's replicas, as the server saw it.
public struct OfficeActivity: Codable, Sendable, Equatable {
    public var office: String
    /// Nil when no replica of the office has synced yet.
    public var lastSyncMs: Int64?
    public var replicas: Int
    public init(office: String, lastSyncMs: Int64?, replicas: Int) {
        self.office = office
        self.lastSyncMs = lastSyncMs
        self.replicas = replicas
    }
}

public struct ActivityResponse: Codable, Sendable, Equatable {
    public var offices: [OfficeActivity]
    public init(offices: [OfficeActivity]) { self.offices = offices }
}

public struct CreateUserRequest: Codable, Sendable, Equatable {
    public var name: String
    public var office: String
    public var role: Role
    public init(name: String, office: String, role: Role) {
        self.name = name
        self.office = office
        self.role = role
    }
}

public struct UserInfo: Codable, Sendable, Equatable {
    public var name: String
    public var office: String
    public var role: Role
    public init(name: String, office: String, role: Role) {
        self.name = name
        self.office = office
        self.role = role
    }
}

public struct UserList: Codable, Sendable, Equatable {
    public var users: [UserInfo]
    public init(users: [UserInfo]) { self.users = users }
}

public struct CreateTokenRequest: Codable, Sendable, Equatable {
    public var user: String
    /// Optional expiry: a number of days (`90d`) or a last valid date (`2027-06-30`, UTC); none: never expires.
    public var expires: String?
    public init(user: String, expires: String? = nil) {
        self.user = user
        self.expires = expires
    }
}

public struct TokenInfo: Codable, Sendable, Equatable {
    /// Shown once; the server keeps only its hash.
    public var token: String
    public var id: String
    public var user: String
    /// When the token stops working; absent: never.
    public var expiresMs: Int64?
    public init(token: String, id: String, user: String, expiresMs: Int64? = nil) {
        self.token = token
        self.id = id
        self.user = user
        self.expiresMs = expiresMs
    }
}

/// A replica announcing itself: its id becomes the caller's, and only the caller may push its stamps.
public struct RegisterReplicaRequest: Codable, Sendable, Equatable {
    public var replica: String
    public init(replica: String) { self.replica = replica }
}

public struct ReplicaRegistration: Codable, Sendable, Equatable {
    public var replica: String
    /// The user the replica id now belongs to: the caller.
    public var user: String
    public init(replica: String, user: String) {
        self.replica = replica
        self.user = user
    }
}

public struct RevokeTokenRequest: Codable, Sendable, Equatable {
    public var id: String
    public init(id: String) { self.id = id }
}

/// The one error type of the protocol: the body of every 4xx and 5xx as `{"error": {...}}`.
public struct APIError: Error, Codable, Sendable, Equatable {
    public enum Code: String, Codable, Sendable, CaseIterable {
        case badRequest, invalidJSON, unauthorized, forbidden, notFound, replayConflict, payloadTooLarge,
             invalidChange, clockDrift, protocolMismatch, batchTooLarge, internalError, methodNotAllowed,
             /// A pull from a cursor older than the server's horizon: changes after it were compacted away, so the
             /// pages would silently skip them. The replica pushes what it has and starts again from a bootstrap.
             horizonPassed
    }

    public var code: Code
    public var message: String
    /// For a refused push: the verdict on every change of the batch.
    public var results: [ChangeResult]?
    /// The server's id of the request (also its `X-Request-Id` header and in its log lines), so that a person can
    /// hand an administrator the one log line that explains a failure.
    public var request: String?

    public init(_ code: Code, _ message: String, results: [ChangeResult]? = nil) {
        self.code = code
        self.message = message
        self.results = results
    }

    public var httpStatus: Int {
        switch code {
        case .badRequest, .invalidJSON: return 400
        case .unauthorized: return 401
        case .forbidden: return 403
        case .notFound: return 404
        case .methodNotAllowed: return 405
        case .replayConflict: return 409
        case .payloadTooLarge, .batchTooLarge: return 413
        case .invalidChange, .clockDrift: return 422
        case .protocolMismatch: return 426
        case .horizonPassed: return 410
        case .internalError: return 500
        }
    }

    public struct Body: Codable, Sendable, Equatable {
        public var error: APIError
        public init(error: APIError) { self.error = error }
    }
}

/// JSON coders with the settings both sides use (sorted keys, so bodies compare as text in tests).
public enum WireJSON {
    public static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    public static func decoder() -> JSONDecoder { JSONDecoder() }
}
