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
public struct TokenRecord: Codable, Sendable, Equatable {
    public var id: String
    public var user: String
    public var hash: String
    public var createdMs: Int64
    public var revoked: Bool
    public init(id: String, user: String, hash: String, createdMs: Int64, revoked: Bool = false) {
        self.id = id
        self.user = user
        self.hash = hash
        self.createdMs = createdMs
        self.revoked = revoked
    }
}
