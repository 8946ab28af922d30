import Foundation
import GRDB
import Shared

/// What a server says alongside its answers. Today: the `Tributary-Update` header, which a server sends to clients
/// of the protocol before its own (it still serves them, translated) to say that an update of tributary exists.
public final class ServerNotices: @unchecked Sendable {
    private let lock = NSLock()
    private var latest: String?
    public init() {}

    func record(update text: String) { lock.withLock { latest = text } }

    /// The server's last update notice in this process, if it sent one.
    public var update: String? { lock.withLock { latest } }
}

extension Replica {
    /// Whether `notice` is news to this replica's user: true (and remembered) the first time, false after, so a
    /// notice repeated on every answer is shown once. A different notice (a later release) is shown once again.
    public func firstSight(ofUpdateNotice notice: String) throws -> Bool {
        try pool.write { db in
            guard try Self.meta(db, .updateNotice) != notice else { return false }
            try Self.setMeta(db, .updateNotice, notice)
            return true
        }
    }
}
