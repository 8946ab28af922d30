import Foundation

/// Protocol 1: the messages as clients released before the trust issue (tributary 0.3) write and read them. The
/// server still serves it, translating at the boundary (`PreviousProtocolMessage`), so a laptop that sat in a drawer
/// through one release keeps syncing.
///
/// Only the messages whose shape changed are written out here; the others (`Change`, `PushRequest`, `Office`, the
/// bootstrap, activity and user messages, …) are the same JSON in both versions, and the golden files in
/// `Tests/Fixtures/protocol/v1` pin that. When a later change alters one of them, its protocol-1 shape moves here.
///
/// Protocol 1 lacks: the Chinese refusal reason (`reasonZh`), the request id in an error, token expiry, the log
/// generation (restore from backup), the pull's `end` and `wait`, and replica registration (the server registers a
/// protocol-1 replica to its user at its first push or pull, by the same first-come rule that `POST /v1/replicas`
/// applies).
public enum ProtocolV1 {
    public static let version = 1

    /// A change's verdict: one reason, in whichever words the server gives it.
    public struct ChangeResult: Codable, Sendable, Equatable {
        public var id: Stamp
        public var status: Shared.ChangeResult.Status
        public var reason: String?
        public init(id: Stamp, status: Shared.ChangeResult.Status, reason: String? = nil) {
            self.id = id
            self.status = status
            self.reason = reason
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

    public struct PullResponse: Codable, Sendable, Equatable {
        public var changes: [Change]
        public var cursor: Int64
        public var more: Bool
        public var serverTimeMs: Int64
        public init(changes: [Change], cursor: Int64, more: Bool, serverTimeMs: Int64) {
            self.changes = changes
            self.cursor = cursor
            self.more = more
            self.serverTimeMs = serverTimeMs
        }
    }

    public struct BootstrapResponse: Codable, Sendable, Equatable {
        public var changes: [Change]
        public var cursor: Int64
        public var offices: [Office]
        public var serverTimeMs: Int64
        public init(changes: [Change], cursor: Int64, offices: [Office], serverTimeMs: Int64) {
            self.changes = changes
            self.cursor = cursor
            self.offices = offices
            self.serverTimeMs = serverTimeMs
        }
    }

    public struct SessionInfo: Codable, Sendable, Equatable {
        public var user: String
        public var role: Role
        public var office: Office
        public var visibleOffices: [Office]
        public var serverTimeMs: Int64
        public var driftBoundMs: Int64
        /// A protocol-1 client never read it; the server sends the newest protocol it speaks.
        public var protocolVersion: Int
        public var maxBatchChanges: Int
        public var maxValueBytes: Int
        public init(user: String, role: Role, office: Office, visibleOffices: [Office], serverTimeMs: Int64, driftBoundMs: Int64,
                    protocolVersion: Int, maxBatchChanges: Int, maxValueBytes: Int) {
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

    /// Protocol 1 issued tokens that never expire.
    public struct CreateTokenRequest: Codable, Sendable, Equatable {
        public var user: String
        public init(user: String) { self.user = user }
    }

    public struct TokenInfo: Codable, Sendable, Equatable {
        public var token: String
        public var id: String
        public var user: String
        public init(token: String, id: String, user: String) {
            self.token = token
            self.id = id
            self.user = user
        }
    }

    /// The error body. Its codes are protocol 1's own list: a client of that version fails to decode any other, so a
    /// later code is sent as the protocol-1 code of the same HTTP status (`APIError.previous`).
    public struct APIError: Codable, Sendable, Equatable {
        public enum Code: String, Codable, Sendable, CaseIterable {
            case badRequest, invalidJSON, unauthorized, forbidden, notFound, replayConflict, payloadTooLarge,
                 invalidChange, clockDrift, protocolMismatch, batchTooLarge, internalError, methodNotAllowed
        }

        public var code: Code
        public var message: String
        public var results: [ChangeResult]?
        public init(code: Code, message: String, results: [ChangeResult]? = nil) {
            self.code = code
            self.message = message
            self.results = results
        }

        public struct Body: Codable, Sendable, Equatable {
            public var error: APIError
            public init(error: APIError) { self.error = error }
        }
    }
}
