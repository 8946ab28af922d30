import Foundation
import Shared
import SharedStore

/// The server store in memory: for tests, and the reference the SQLite store is checked against by the contract
/// suite. The change log is the shared `MemoryChangeLog`; this adds arrival order (the pull cursor) and the registry.
public final class MemoryServerStore: ServerStore, @unchecked Sendable {
    struct State {
        var log = MemoryChangeLog()
        /// Arrival order: index + 1 is the change's sequence number; nil where compaction removed the change.
        var arrivals: [Change?] = []
        /// When each change of `arrivals` arrived (the push's time), for compaction's window.
        var arrivalMs: [Int64] = []
        /// Compacted stamps and what they were versions of.
        var retired: [Stamp: RetiredVersion] = [:]
        /// The tombstones of purged entities, by entity (see `RetiredLookup.tombstones`).
        var tombstones: [String: Change] = [:]
        /// The lowest pull cursor still complete.
        var horizon: Int64 = 0
        var offices: [Office] = []
        var users: [UserRecord] = []
        var tokens: [TokenRecord] = []
        /// replica → (office, last completed sync)
        var activity: [String: (office: String, ms: Int64)] = [:]
        /// replica → owning user
        var owners: [String: String] = [:]
    }

    let lock = NSLock()
    var state = State()
    let generationID = UUID().uuidString.lowercased()

    public init() {}

    public func addOffice(_ office: Office) async throws {
        try lock.withLock {
            try RegistryRules.check(office, existing: state.offices)
            state.offices.append(office)
        }
    }

    public func offices() async throws -> [Office] {
        lock.withLock { state.offices.sorted { ($0.level.rawValue, $0.id) < ($1.level.rawValue, $1.id) } }
    }

    public func addUser(_ user: UserRecord) async throws {
        try lock.withLock {
            try RegistryRules.check(user, offices: state.offices, users: state.users)
            state.users.append(user)
        }
    }

    public func users() async throws -> [UserRecord] {
        lock.withLock { state.users.sorted { ($0.office, $0.name) < ($1.office, $1.name) } }
    }

    public func addToken(_ token: TokenRecord) async throws {
        try lock.withLock {
            guard state.users.contains(where: { $0.name == token.user }) else { throw RegistryError.unknown("no user \(token.user)") }
            state.tokens.append(token)
        }
    }

    public func tokens() async throws -> [TokenRecord] {
        lock.withLock { state.tokens.sorted { ($0.user, $0.createdMs, $0.id) < ($1.user, $1.createdMs, $1.id) } }
    }

    public func token(hash: String) async throws -> TokenRecord? {
        lock.withLock { state.tokens.first { $0.hash == hash } }
    }

    public func revokeToken(id: String) async throws -> Bool {
        lock.withLock {
            guard let index = state.tokens.firstIndex(where: { $0.id == id }) else { return false }
            state.tokens[index].revoked = true
            return true
        }
    }

    public func replaceToken(id: String, with replacement: TokenRecord) async throws -> Bool {
        try lock.withLock {
            guard let index = state.tokens.firstIndex(where: { $0.id == id && !$0.revoked }) else { return false }
            guard state.users.contains(where: { $0.name == replacement.user }) else {
                throw RegistryError.unknown("no user \(replacement.user)")
            }
            state.tokens[index].revoked = true
            state.tokens.append(replacement)
            return true
        }
    }

    public func principal(tokenHash: String, nowMs: Int64) async throws -> Principal? {
        lock.withLock {
            guard let token = state.tokens.first(where: { $0.hash == tokenHash && !$0.revoked && !$0.isExpired(atMs: nowMs) }),
                  let user = state.users.first(where: { $0.name == token.user }),
                  let office = state.offices.first(where: { $0.id == user.office }) else { return nil }
            return Principal(user: user.name, role: user.role, office: office)
        }
    }

    public func claimReplicas(_ ids: [String], by principal: Principal, atMs: Int64) async throws -> [String: String] {
        lock.withLock {
            var others: [String: String] = [:]
            for id in ids { if let owner = state.owners[id], owner != principal.user { others[id] = owner } }
            guard others.isEmpty else { return others }
            for id in ids where state.owners[id] == nil { state.owners[id] = principal.user }
            return [:]
        }
    }

    public func push(_ request: PushRequest, by principal: Principal, nowMs: Int64, drift: DriftBound) async throws -> PushOutcome {
        try lock.withLock {
            // Work on a copy so that a throw leaves the store as it was (the memory store's transaction).
            var log = state.log
            let lookup = RetiredLookup.holding(state.retired, tombstones: state.tombstones)
            let outcome = try PushProcessor.process(request, by: principal, registry: state.offices, nowMs: nowMs,
                                                    drift: drift, log: &log, retired: lookup)
            for stamp in outcome.revived {
                if let entity = state.retired.removeValue(forKey: stamp)?.entity { state.tombstones[entity] = nil }
            }
            let arrived = try outcome.applied.applied.compactMap { try log.change($0) }
            state.arrivals += arrived.map(Optional.some)
            state.arrivalMs += Array(repeating: nowMs, count: arrived.count)
            state.log = log
            return outcome
        }
    }

    public func pull(after cursor: Int64, limit: Int, offices: Set<String>) async throws -> PullPage {
        try lock.withLock {
            if cursor < state.horizon { throw HorizonPassed(after: cursor, horizon: state.horizon) }
            var changes: [Change] = []
            var last = cursor
            var index = Int(max(0, cursor))
            while index < state.arrivals.count {
                let arrival = state.arrivals[index]
                index += 1
                guard let change = arrival, offices.contains(change.office) else { continue }
                if changes.count == limit {
                    return PullPage(changes: changes, cursor: last, more: true, end: Int64(state.arrivals.count))
                }
                changes.append(change)
                last = Int64(index)
            }
            return PullPage(changes: changes, cursor: max(last, Int64(state.arrivals.count)), more: false,
                            end: Int64(state.arrivals.count))
        }
    }

    public func bootstrap(offices: Set<String>, after: Int64, end: Int64?, limit: Int?) async throws -> BootstrapPage {
        try lock.withLock {
            let logEnd = Int64(state.arrivals.count)
            let end = end ?? logEnd
            guard end <= logEnd else { throw BootstrapPage.endPassed(end, logEnd: logEnd) }
            // The arrival at index i has position i + 1.
            let arrivals = state.arrivals
            let candidates = (Int(min(after, end))..<Int(end)).lazy.compactMap { index in arrivals[index].map { (Int64(index + 1), $0) } }
            let page = try ArrivalLog.bootstrapPage(candidates, log: state.log, offices: offices, limit: limit)
            return BootstrapPage(changes: page.changes, cursor: end, next: page.next)
        }
    }

    /// A memory store is never restored: one generation for its lifetime.
    public func generation() async throws -> String { generationID }

    public func openConflictCount() async throws -> Int {
        try lock.withLock { try state.log.conflicts(plan: nil).count }
    }
}

extension MemoryServerStore {
    public func recordSync(replica: String, by principal: Principal, atMs: Int64) async throws {
        lock.withLock {
            let previous = state.activity[replica]?.ms ?? .min
            state.activity[replica] = (principal.office.id, max(previous, atMs))
        }
    }

    public func activity(offices: [Office]) async throws -> [OfficeActivity] {
        lock.withLock {
            offices.map { office in
                let times = state.activity.values.filter { $0.office == office.id }.map(\.ms)
                return OfficeActivity(office: office.id, lastSyncMs: times.max(), replicas: times.count)
            }
        }
    }
}
