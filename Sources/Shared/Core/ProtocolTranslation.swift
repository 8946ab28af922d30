import Foundation

/// A message of the current protocol and its shape in the previous one, with pure translations both ways. Every
/// request and response type of `Endpoints` conforms (the endpoint type requires it), so a new message cannot be
/// added without saying how a client one version behind reads it.
///
/// The server applies `init(previous:)` to what an old client sends and then vets the result exactly like a current
/// request: a default filled in here never skips a check (ownership, access, drift and the change rules all run on
/// the translated message). It applies `previous` to what it answers; what the old shape has no room for is put into
/// words it already shows, never silently dropped (a value that is only a display aid, like a pull's `end`, may go).
public protocol PreviousProtocolMessage: Codable, Sendable {
    associatedtype Previous: Codable & Sendable
    /// A message written by a client of the previous protocol, in today's terms: new fields get their defaults.
    init(previous: Previous)
    /// This message as the previous protocol writes it.
    var previous: Previous { get }
}

/// Types whose JSON is the same in both versions.
public protocol SameInPreviousProtocol: PreviousProtocolMessage where Previous == Self {}

extension SameInPreviousProtocol {
    public init(previous: Self) { self = previous }
    public var previous: Self { self }
}

extension Empty: SameInPreviousProtocol {}
extension HealthResponse: SameInPreviousProtocol {}
/// `Change` kept its shape: `observed` and `resolution` were in protocol 1 already, each optional with the meaning an
/// absent one has today (a tombstone that observed nothing, an edit that is not a resolution).
extension PushRequest: SameInPreviousProtocol {}
extension ActivityResponse: SameInPreviousProtocol {}
extension CreateUserRequest: SameInPreviousProtocol {}
extension UserInfo: SameInPreviousProtocol {}
extension UserList: SameInPreviousProtocol {}
extension RevokeTokenRequest: SameInPreviousProtocol {}
/// Protocol 1 had no registration: its replicas are registered at their first push or pull instead. The endpoint's
/// shapes are the same in both versions, so a client that learnt of it early may still call it.
extension RegisterReplicaRequest: SameInPreviousProtocol {}
extension ReplicaRegistration: SameInPreviousProtocol {}

extension ChangeResult: PreviousProtocolMessage {
    public init(previous: ProtocolV1.ChangeResult) {
        self.init(id: previous.id, status: previous.status, reason: previous.reason)
    }

    /// One reason: the Chinese one first (a protocol-1 client prints `reason` as it is, and the people reading it
    /// read Chinese), then the English one that operators search the logs for.
    public var previous: ProtocolV1.ChangeResult {
        let words: String? = switch (reasonZh, reason) {
        case let (zh?, en?) where zh != en: "\(zh) / \(en)"
        case let (zh?, _): zh
        case let (nil, en): en
        }
        return ProtocolV1.ChangeResult(id: id, status: status, reason: words)
    }
}

extension PushResponse: PreviousProtocolMessage {
    public init(previous: ProtocolV1.PushResponse) {
        self.init(results: previous.results.map(ChangeResult.init(previous:)), serverTimeMs: previous.serverTimeMs)
    }

    public var previous: ProtocolV1.PushResponse {
        ProtocolV1.PushResponse(results: results.map(\.previous), serverTimeMs: serverTimeMs)
    }
}

extension PullResponse: PreviousProtocolMessage {
    public init(previous: ProtocolV1.PullResponse) {
        self.init(changes: previous.changes, cursor: previous.cursor, more: previous.more, serverTimeMs: previous.serverTimeMs)
    }

    /// `end` only draws the new client's progress bar: the page, its cursor and `more` say everything a protocol-1
    /// client acts on.
    public var previous: ProtocolV1.PullResponse {
        ProtocolV1.PullResponse(changes: changes, cursor: cursor, more: more, serverTimeMs: serverTimeMs)
    }
}

extension BootstrapResponse: PreviousProtocolMessage {
    public init(previous: ProtocolV1.BootstrapResponse) {
        self.init(changes: previous.changes, cursor: previous.cursor, offices: previous.offices, serverTimeMs: previous.serverTimeMs)
    }

    /// Protocol 1 reads the start in one answer: the server never pages it for a protocol-1 request (it ignores
    /// `limit` there), so `next` is always nil here and nothing is dropped.
    public var previous: ProtocolV1.BootstrapResponse {
        ProtocolV1.BootstrapResponse(changes: changes, cursor: cursor, offices: offices, serverTimeMs: serverTimeMs)
    }
}

extension SessionInfo: PreviousProtocolMessage {
    /// A protocol-1 server had no log generations: none, as from an older server today.
    public init(previous: ProtocolV1.SessionInfo) {
        self.init(user: previous.user, role: previous.role, office: previous.office, visibleOffices: previous.visibleOffices,
                  serverTimeMs: previous.serverTimeMs, driftBoundMs: previous.driftBoundMs, protocolVersion: previous.protocolVersion,
                  maxBatchChanges: previous.maxBatchChanges, maxValueBytes: previous.maxValueBytes, logGeneration: nil)
    }

    public var previous: ProtocolV1.SessionInfo {
        ProtocolV1.SessionInfo(user: user, role: role, office: office, visibleOffices: visibleOffices, serverTimeMs: serverTimeMs,
                               driftBoundMs: driftBoundMs, protocolVersion: protocolVersion, maxBatchChanges: maxBatchChanges,
                               maxValueBytes: maxValueBytes)
    }
}

extension CreateTokenRequest: PreviousProtocolMessage {
    /// Protocol 1 could not ask for an expiry, and its tokens never expired: none.
    public init(previous: ProtocolV1.CreateTokenRequest) { self.init(user: previous.user, expires: nil) }
    public var previous: ProtocolV1.CreateTokenRequest { ProtocolV1.CreateTokenRequest(user: user) }
}

extension TokenInfo: PreviousProtocolMessage {
    public init(previous: ProtocolV1.TokenInfo) { self.init(token: previous.token, id: previous.id, user: previous.user) }

    /// An expiry only comes from a request that asked for one, which a protocol-1 client cannot send; were one set, the
    /// id says which token to look up with `tributary-server token list`.
    public var previous: ProtocolV1.TokenInfo { ProtocolV1.TokenInfo(token: token, id: id, user: user) }
}

extension APIError.Body: PreviousProtocolMessage {
    public init(previous: ProtocolV1.APIError.Body) {
        let old = previous.error
        self.init(error: APIError(APIError.Code(rawValue: old.code.rawValue) ?? .badRequest, old.message,
                                  results: old.results?.map(ChangeResult.init(previous:))))
    }

    /// What protocol 1 has no field for goes into the message it prints: a code it does not know (named in the
    /// message; the code sent is protocol 1's for the same HTTP status) and the request id.
    public var previous: ProtocolV1.APIError.Body {
        var message = error.message
        let code = ProtocolV1.APIError.Code(rawValue: error.code.rawValue)
        if code == nil { message = "\(error.code.rawValue): \(message)" }
        if let request = error.request { message += " (request \(request))" }
        return ProtocolV1.APIError.Body(error: ProtocolV1.APIError(
            code: code ?? ProtocolV1.APIError.Code(status: error.httpStatus), message: message, results: error.results?.map(\.previous)))
    }
}

extension ProtocolV1.APIError.Code {
    /// The protocol-1 code a client of that version reads for an HTTP status.
    public init(status: Int) {
        switch status {
        case 401: self = .unauthorized
        case 403: self = .forbidden
        case 404: self = .notFound
        case 405: self = .methodNotAllowed
        case 409: self = .replayConflict
        case 413: self = .payloadTooLarge
        case 422: self = .invalidChange
        case 426: self = .protocolMismatch
        case 500...: self = .internalError
        default: self = .badRequest
        }
    }
}
