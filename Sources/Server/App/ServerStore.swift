import Foundation
import Shared
import SharedStore

/// Why an admin operation on the registry failed, worded for the operator.
public enum RegistryError: Error, Equatable, Sendable, CustomStringConvertible {
    case invalid(String)
    case exists(String)
    case unknown(String)

    public var description: String {
        switch self {
        case .invalid(let message), .exists(let message), .unknown(let message): return message
        }
    }
}

/// A page of the server's log for one reader.
public struct PullPage: Sendable, Equatable {
    public var changes: [Change]
    public var cursor: Int64
    public var more: Bool
    /// The end of the whole log when the page was read: how far a reader has still to go, for its progress bar.
    public var end: Int64
}

/// A compacted start, or one page of it: current versions and the history of fields in conflict.
public struct BootstrapPage: Sendable, Equatable {
    public var changes: [Change]
    /// The end of the log the start was read up to (see `BootstrapQuery`).
    public var cursor: Int64
    /// The position to read the next page after; nil on the last page.
    public var next: Int64? = nil
}

/// The server's storage: the office and user registry, tokens, and the change log. One protocol with a SQLite
/// implementation (the default, embedded in the data folder), a PostgreSQL one (several servers on one database) and
/// a memory one; `ServerStoreContract` runs against all three.
///
/// Async because PostgreSQL is reached over the network (postgres-nio) and SQLite work blocks: each store decides
/// where its work runs (the SQLite store on `StoreWork`'s threads), so the routes never block an event loop.
public protocol ServerStore: Sendable {
    func addOffice(_ office: Office) async throws
    func offices() async throws -> [Office]
    func addUser(_ user: UserRecord) async throws
    func users() async throws -> [UserRecord]
    func addToken(_ token: TokenRecord) async throws
    /// Every token record (hashes included: callers show operators only what `TokenSummary` holds).
    func tokens() async throws -> [TokenRecord]
    /// Returns false when no such token exists.
    func revokeToken(id: String) async throws -> Bool
    /// Revokes token `id` and stores `replacement` in one step, so a rotation never leaves two live secrets or none.
    /// Returns false (and changes nothing) when no unrevoked token `id` exists.
    func replaceToken(id: String, with replacement: TokenRecord) async throws -> Bool
    /// The principal of a live token (not revoked, not expired at `nowMs`), by the hash of its secret.
    func principal(tokenHash: String, nowMs: Int64) async throws -> Principal?
    /// The record of a token by the hash of its secret, live or not: lets a refusal say "expired" rather than "unknown".
    func token(hash: String) async throws -> TokenRecord?
    /// Replica ids belong to the user who first registered them (trust on first use: replicas attached before ids
    /// were registered are claimed by the first user who syncs them). Registers every unclaimed id in `ids` to
    /// `principal` at `atMs`, unless one of them belongs to another user: then nothing is registered and the result
    /// maps each such id to its owner. An empty result means the caller owns all of `ids`.
    func claimReplicas(_ ids: [String], by principal: Principal, atMs: Int64) async throws -> [String: String]
    /// Vets and stores a batch in one transaction (see `PushProcessor`).
    func push(_ request: PushRequest, by principal: Principal, nowMs: Int64, drift: DriftBound) async throws -> PushOutcome
    /// Changes of `offices` after `cursor`, in server order.
    func pull(after cursor: Int64, limit: Int, offices: Set<String>) async throws -> PullPage
    /// The start of `offices` up to `end` (nil: the log's end), the part of it after position `after`, at most
    /// `limit` changes (nil: all). Throws `APIError.badRequest` for an `end` past the log's end.
    func bootstrap(offices: Set<String>, after: Int64, end: Int64?, limit: Int?) async throws -> BootstrapPage
    func openConflictCount() async throws -> Int
    /// Notes that `replica` of `principal` completed a sync at `atMs` (its last pull page).
    func recordSync(replica: String, by principal: Principal, atMs: Int64) async throws
    func activity(offices: [Office]) async throws -> [OfficeActivity]
    /// The line of history this log belongs to: changes when a store is restored from a backup (see
    /// `SQLiteServerStore.restore`), telling replicas to send their changes again.
    func generation() async throws -> String
    /// Removes superseded versions and purges deleted entities that arrived at or before `olderThanMs` (see
    /// `CompactionReport` for exactly what and why), records what was removed, and raises the horizon. With `dryRun`,
    /// reports the same without changing anything.
    func compact(olderThanMs: Int64, dryRun: Bool) async throws -> CompactionReport
    /// The lowest pull cursor still complete (0 until a compaction removes something): `pull` after less throws
    /// `HorizonPassed`.
    func horizon() async throws -> Int64
}

/// Registry checks both stores share.
enum RegistryRules {
    static func check(_ office: Office, existing: [Office]) throws {
        guard Office.isValidID(office.id) else {
            throw RegistryError.invalid("office id \"\(office.id)\" must be 1-40 characters of a-z, 0-9, - and _")
        }
        let name = office.name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !name.isEmpty, name.count <= 100 else { throw RegistryError.invalid("office name must be 1-100 characters") }
        if existing.contains(where: { $0.id == office.id }) { throw RegistryError.exists("office \(office.id) already exists") }
        switch office.level {
        case .city:
            if office.parent != nil { throw RegistryError.invalid("a city has no parent office") }
        case .county:
            guard let parent = office.parent else { throw RegistryError.invalid("a county needs its city (--parent)") }
            guard existing.contains(where: { $0.id == parent && $0.level == .city }) else {
                throw RegistryError.unknown("no city office \(parent); add the city first")
            }
        }
    }

    static func check(_ user: UserRecord, offices: [Office], users: [UserRecord]) throws {
        guard UserRecord.isValidName(user.name) else {
            throw RegistryError.invalid("user name must be 1-\(Limits.maxAuthorLength) characters without spaces")
        }
        if users.contains(where: { $0.name == user.name }) { throw RegistryError.exists("user \(user.name) already exists") }
        guard let office = offices.first(where: { $0.id == user.office }) else {
            throw RegistryError.unknown("no office \(user.office)")
        }
        switch (user.role, office.level) {
        case (.countyEditor, .city): throw RegistryError.invalid("a county editor belongs to a county office")
        case (.cityReviewer, .county): throw RegistryError.invalid("a city reviewer belongs to a city office")
        default: break
        }
    }
}

extension ServerStore {
    /// The whole start in one page.
    public func bootstrap(offices: Set<String>) async throws -> BootstrapPage {
        try await bootstrap(offices: offices, after: 0, end: nil, limit: nil)
    }
}

extension BootstrapPage {
    /// The refusal of an `end` no page could have answered (the log never reached it).
    static func endPassed(_ end: Int64, logEnd: Int64) -> APIError {
        APIError(.badRequest, "end \(end) is past the end of the log (\(logEnd)): pass the first page's cursor")
    }
}
