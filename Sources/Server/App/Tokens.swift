import Crypto
import Foundation
import Shared

/// Bearer tokens: 32 random bytes shown once as `trb_<base64url>`; the store keeps only the SHA-256, so a copy of the
/// database grants no access. Randomness is injected so tests can make tokens deterministically.
public enum Tokens {
    public static let prefix = "trb_"

    public static func hash(_ secret: String) -> String {
        SHA256.hash(data: Data(secret.utf8)).map { String(format: "%02x", $0) }.joined()
    }

    /// A new secret and its record.
    public static func issue(user: String, nowMs: Int64, expiry: TokenExpiry = .never,
                             using generator: inout some RandomNumberGenerator) -> (secret: String, record: TokenRecord) {
        let bytes = (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        let secret = prefix + Data(bytes).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
        let id = (0..<6).map { _ in String(format: "%02x", UInt8.random(in: .min ... .max, using: &generator)) }.joined()
        return (secret, TokenRecord(id: id, user: user, hash: hash(secret), createdMs: nowMs,
                                    expiresMs: expiry.expiresMs(issuedAtMs: nowMs), lifetimeMs: expiry.lifetimeMs))
    }

    /// The secret of an `Authorization: Bearer …` header, or nil when the header is missing or malformed.
    public static func bearer(_ header: String?) -> String? {
        guard let header, header.count < 500 else { return nil }
        let parts = header.split(separator: " ", maxSplits: 1)
        guard parts.count == 2, parts[0].lowercased() == "bearer" else { return nil }
        let secret = parts[1].trimmingCharacters(in: .whitespaces)
        return secret.isEmpty ? nil : secret
    }
}
