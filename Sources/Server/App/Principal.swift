import Foundation
import Shared

/// A person who may use the server, bound to one office with one role: the protocol's `UserInfo`, stored as is.
public typealias UserRecord = UserInfo

extension UserInfo {
    /// User names become change authors: short, one line, no spaces or control characters.
    public static func isValidName(_ name: String) -> Bool {
        !name.isEmpty && name.count <= Limits.maxAuthorLength
            && !name.unicodeScalars.contains { CharacterSet.controlCharacters.contains($0) || $0 == " " }
    }
}

/// A bearer token as stored: only the SHA-256 of the secret is kept, so a stolen database grants nothing.
/// `expiresMs` is when it stops working (nil: never); `lifetimeMs` is set when it was issued for a duration (`90d`),
/// so that rotating it gives the new secret the same span again instead of the old end date.
public struct TokenRecord: Codable, Sendable, Equatable {
    public var id: String
    public var user: String
    public var hash: String
    public var createdMs: Int64
    public var revoked: Bool
    public var expiresMs: Int64?
    public var lifetimeMs: Int64?
    public init(id: String, user: String, hash: String, createdMs: Int64, revoked: Bool = false, expiresMs: Int64? = nil,
                lifetimeMs: Int64? = nil) {
        self.id = id
        self.user = user
        self.hash = hash
        self.createdMs = createdMs
        self.revoked = revoked
        self.expiresMs = expiresMs
        self.lifetimeMs = lifetimeMs
    }

    /// Whether the token has run out at `nowMs` (revocation aside).
    public func isExpired(atMs nowMs: Int64) -> Bool { expiresMs.map { $0 <= nowMs } ?? false }
}
