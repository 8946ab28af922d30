import Foundation
import GRDB
import Shared
import SharedStore

/// What one `tributary sync` did.
public struct SyncReport: Codable, Sendable, Equatable {
    public var sent = 0
    public var received = 0
    public var newConflicts = 0
    /// Open conflicts this replica's user may resolve (what "needs attention" means for them).
    public var openConflicts = 0
    /// Open conflicts only another office may resolve (a county's text conflict, seen by the city): counted apart.
    public var othersConflicts = 0
    public var rejected: [ChangeResult] = []
    /// The reasons of `rejected`, identical causes grouped with their counts.
    public var rejectedReasons: [RefusalGroup] = []
    /// Every local change set aside after this sync (refused now or before, not retried or discarded): non-zero
    /// means the replica still shows something the server does not hold.
    public var setAside = 0
    /// Changes of this user's other replicas (taken in by `exchange`) pushed in this sync.
    public var sentForOtherReplicas = 0
    /// Set when the local clock and the server's disagree by more than the drift bound.
    public var clockSkewMs: Int64?
    /// Set when the server was restored from a backup since the last sync: how many of this replica's own changes
    /// were queued again (the restored log may lack them; it answers `duplicate` for those it has).
    public var resentAfterRestore: Int?
    /// Set when this replica had been away longer than the server keeps history (its cursor was below the server's
    /// horizon after a compaction): its outbox was pushed first, then it bootstrapped again, keeping the changes the
    /// server does not hold. How many changes the new bootstrap brought.
    public var rebootstrapped: Int?
    /// Set when this replica had no start yet when it synced (its first start was interrupted, or the server was
    /// restored from a backup): it read the server's start instead of the whole log. How many changes the start brought.
    public var started: Int?
    /// The server's words for the same, when it happened.
    public var horizonMessage: String?
    /// Set the first time the server says that an update of tributary exists (it still serves this client's protocol,
    /// translated): the server's words, shown once per replica.
    public var updateNotice: String?
    public init() {}
}

/// Progress of a long sync, for the progress line.
public enum SyncProgress: Sendable {
    case pushed(done: Int, total: Int)
    /// `fraction`: how far through the server's log the pull has come (0...1), when the server says where it ends.
    case pulled(received: Int, fraction: Double?)
}

/// The sync loop: push the outbox in stamp order a batch at a time, then pull pages until the server has no more.
///
/// Crash-safe by construction: a push is idempotent by change id (the server answers `duplicate` for what it already
/// has), acknowledged changes leave the outbox only after the server's answer, and each pulled page is applied
/// together with its cursor in one transaction. An interrupted sync simply resumes.
public struct Syncer: Sendable {
    public let replica: Replica
    public let connection: ServerConnection
    /// Changes per page of a bootstrap (`readStart`).
    public let bootstrapPage: Int
    public init(replica: Replica, connection: ServerConnection, bootstrapPage: Int = Limits.defaultBootstrapPage) {
        self.replica = replica
        self.connection = connection
        self.bootstrapPage = bootstrapPage
    }

    /// The server's view of this replica's token, and the clock check.
    public func session() async throws -> (SessionInfo, skewMs: Int64?) {
        let info = try await connection.send(Endpoints.session)
        let skew = info.serverTimeMs - replica.wallClock.nowMs()
        return (info, abs(skew) > info.driftBoundMs ? skew : nil)
    }

    /// Connects a replica to a server: checks the token's office and user, registers the replica id to that user,
    /// records the server (the token goes to the credential store, not the file), and bootstraps a replica that has
    /// never pulled.
    public func attach() async throws -> SessionInfo {
        let (info, _) = try await session()
        guard info.office.id == replica.office.id else {
            throw CommandError("令牌属于 \(info.office.name)（\(info.office.id)），本副本属于 \(replica.office.id)",
                                  "The token belongs to \(info.office.id), this replica to \(replica.office.id)")
        }
        guard info.user == replica.user else {
            throw CommandError("""
                令牌属于用户 \(info.user)，本副本属于用户 \(replica.user)：每个副本只能由它的用户连接。\
                请为 \(info.user) 新建副本（tributary init --user \(info.user) …）再连接，或使用 \(replica.user) 的令牌。
                """, """
                The token belongs to user \(info.user), this replica to user \(replica.user): a replica is attached by its \
                own user. Create a replica for \(info.user) (tributary init --user \(info.user) …) and attach that one, \
                or use a token of \(replica.user).
                """)
        }
        do {
            _ = try await connection.send(Endpoints.registerReplica, RegisterReplicaRequest(replica: replica.replicaID))
        } catch ConnectionError.api(let error, let status) where status == 404 && error.code == .notFound {
            // A server older than replica registration: it claims the id on the first push instead.
        }
        try replica.recordAttachment(url: connection.baseURL, token: connection.token, session: info)
        if try replica.cursor() == 0 { _ = try await applyStart() }
        return info
    }

    /// One sync: push the outbox, then pull until the server has no more. `push: false` or `pull: false` does one half
    /// (`sync --watch` runs them as two loops); `wait` lets the first pull page wait that many seconds for news.
    public func sync(batchSize: Int = 500, push pushing: Bool = true, pull pulling: Bool = true, wait: Int = 0,
                     progress: (@Sendable (SyncProgress) -> Void)? = nil) async throws -> SyncReport {
        var report = SyncReport()
        let (info, skew) = try await session()
        report.clockSkewMs = skew
        if let generation = info.logGeneration { report.resentAfterRestore = try replica.adoptGeneration(generation) }
        let batch = max(1, min(batchSize, info.maxBatchChanges))
        if pushing { try await pushOutbox(batch: batch, into: &report, progress: progress) }
        // Pull.
        let before = try replica.status().openConflicts
        var cursor = try replica.cursor()
        if pulling && cursor == 0 {
            // No start yet (a start killed between its pages moves no cursor; a restored server's new log resets it):
            // read the start rather than the whole log from 0. It holds every field's current versions and open
            // conflict sets but none of the versions since replaced, so a start interrupted at 400,000 changes does not
            // come back as the log's every superseded version; what its first pages brought is recognised as
            // duplicates.
            let (start, received) = try await applyStart(progress: progress)
            report.started = start.changes
            report.received += received
            cursor = start.cursor
        }
        let start = cursor
        var firstPage = true
        // The next page, asked for as soon as this one names where it ends: the server reads and encodes page k+1
        // while this replica applies page k. Each page is still applied with its own cursor, in order.
        var following: Task<PullResponse, Error>?
        defer { following?.cancel() }
        while pulling {
            let page: PullResponse
            do {
                if let next = following {
                    following = nil
                    page = try await next.value
                } else {
                    page = try await connection.send(Endpoints.pull, query: PullQuery(after: cursor, wait: firstPage ? wait : 0).queryString)
                }
            } catch ConnectionError.api(let error, _) where error.code == .horizonPassed && report.rebootstrapped == nil {
                // Away longer than the server keeps history: what this replica made offline goes up first (again,
                // when this sync already pushed: the server answers duplicate), then it starts again from a
                // bootstrap that keeps every change the server does not hold.
                report.horizonMessage = error.message
                try await pushOutbox(batch: batch, into: &report, progress: progress)
                let start = try await readStart { page, first, cursor in
                    if first {
                        try replica.rebootstrap(page.changes, cursor: cursor, offices: page.offices)
                    } else {
                        _ = try replica.applyRemote(page.changes, cursor: cursor)
                    }
                }
                report.rebootstrapped = start.changes
                cursor = start.cursor
                continue
            }
            firstPage = false
            if page.more {
                let after = page.cursor
                following = Task { [connection] in try await connection.send(Endpoints.pull, query: PullQuery(after: after).queryString) }
            }
            let summary = try replica.applyRemote(page.changes, cursor: page.cursor)
            report.received += summary.applied.count
            cursor = page.cursor
            progress?(.pulled(received: report.received, fraction: page.end.map { end in
                end <= start ? 1 : min(1, max(0, Double(page.cursor - start) / Double(end - start)))
            }))
            if !page.more { break }
        }
        try replica.recordSync(at: replica.wallClock.nowMs())
        // The section titles `conflicts` and `review` name a conflict's path by, for the plans this sync changed
        // that have an open conflict: computed once here rather than on the reviewer's first command.
        if pulling { try replica.refreshOutlineTitles(onlyConflicted: true) }
        // Best effort: the board's "last sync" column; an older server without the endpoint changes nothing.
        if let activity = try? await connection.send(Endpoints.activity) { try replica.saveActivity(activity.offices) }
        let (mine, others) = try replica.conflictsByResolver()
        report.openConflicts = mine.count
        report.othersConflicts = others.count
        report.newConflicts = max(0, mine.count + others.count - before)
        report.setAside = try replica.status().refusedChanges
        report.rejectedReasons = RefusalReasons.group(bilingual: report.rejected.map { (en: $0.reason ?? "", zh: $0.reasonZh) })
        if let notice = connection.notices.update, try replica.firstSight(ofUpdateNotice: notice) { report.updateNotice = notice }
        return report
    }

    /// Pushes the outbox in stamp order, a batch at a time; refused changes are set aside with their reasons.
    func pushOutbox(batch: Int, into report: inout SyncReport, progress: (@Sendable (SyncProgress) -> Void)?) async throws {
        // Push, in stamp order. A run of changes made by another replica of this user (taken in by `exchange`) is
        // pushed in that replica's name: the server checks each change's replica against the push and its author
        // against the token.
        let total = try replica.outboxCount()
        push: while true {
            let pending = try replica.outbox(limit: batch)
            if pending.isEmpty { break }
            for run in Self.runsByReplica(pending) {
                do {
                    let response = try await connection.send(Endpoints.push, PushRequest(replica: run.replica, changes: run.changes))
                    let done = response.results.filter { $0.status == .accepted || $0.status == .duplicate }.map(\.id)
                    try replica.acknowledge(done)
                    let accepted = response.results.filter { $0.status == .accepted }.count
                    report.sent += accepted
                    if run.replica != replica.replicaID { report.sentForOtherReplicas += accepted }
                    progress?(.pushed(done: report.sent, total: total))
                    if done.count < run.changes.count { break push }
                } catch ConnectionError.api(let error, _) where error.results != nil {
                    // The batch was refused as a whole. Set the refused changes aside (kept, with the reason) and
                    // push the rest again: one bad change must not hold back a week of work.
                    let refused = (error.results ?? []).filter { $0.status == .rejected }
                    report.rejected += refused
                    guard !refused.isEmpty else { break push }
                    try replica.setAside(refused, atMs: replica.wallClock.nowMs())
                    continue push
                }
            }
        }
    }

    /// Consecutive changes made by one replica, in the order given.
    static func runsByReplica(_ changes: [Change]) -> [(replica: String, changes: [Change])] {
        var runs: [(replica: String, changes: [Change])] = []
        for change in changes {
            if runs.last?.replica == change.stamp.replica {
                runs[runs.count - 1].changes.append(change)
            } else {
                runs.append((change.stamp.replica, [change]))
            }
        }
        return runs
    }
}

/// A failure worded for the user.
/// A failure of a client operation, worded in both languages (the command that shows it picks one).
public struct CommandError: Error, Sendable, CustomStringConvertible, LocalizedError, LocalizedMessage {
    public var phrase: Phrase
    public init(_ zh: String, _ en: String) { self.phrase = Phrase(zh, en) }
    public func message(_ localizer: Localizer) -> String { localizer(phrase) }
    public var description: String { phrase.en }
    public var errorDescription: String? { description }
}

extension Replica {
    public func cursor() throws -> Int64 { Int64(try meta(.cursor) ?? "0") ?? 0 }
    public func serverURL() throws -> String? { try meta(.serverURL) }
    /// The token `attach` saved for this replica on this computer.
    public func token() throws -> String? { try credentials.token(for: replicaID) }

    public func outboxCount() throws -> Int {
        try pool.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM outbox") ?? 0 }
    }

    /// The oldest unacknowledged local changes, in stamp order (the order they were made).
    public func outbox(limit: Int) throws -> [Change] {
        try pool.read { db in
            try Row.fetchAll(db, sql: """
                SELECT \(Change.columns(qualifiedBy: "c"))
                FROM outbox o JOIN change c ON c.stamp = o.stamp ORDER BY o.stamp LIMIT ?
                """, arguments: [limit]).map(Change.init(row:))
        }
    }

    /// Moves refused changes from the outbox to the refused list, with the server's reasons.
    public func setAside(_ refused: [ChangeResult], atMs: Int64) throws {
        try pool.write { db in
            for result in refused {
                try db.execute(sql: "DELETE FROM outbox WHERE stamp = ?", arguments: [result.id.description])
                try db.execute(sql: "INSERT OR REPLACE INTO refused (stamp, reason, reason_zh, refused_ms) VALUES (?, ?, ?, ?)",
                               arguments: [result.id.description, result.reason ?? "", result.reasonZh, atMs])
            }
        }
    }

    public struct RefusedChange: Codable, Sendable, Equatable {
        public var change: Change
        /// The server's reason in English (what grouping and scripts read).
        public var reason: String
        /// The same reason in Chinese, when the server sent one.
        public var reasonZh: String?
        public var refusedMs: Int64

        /// The reason in the user's language.
        public func localizedReason(_ localizer: Localizer) -> String { localizer(reasonZh ?? reason, reason) }
    }

    public func refusedChanges() throws -> [RefusedChange] {
        try pool.read { db in
            try Row.fetchAll(db, sql: """
                SELECT \(Change.columns(qualifiedBy: "c")),
                       r.reason, r.reason_zh, r.refused_ms
                FROM refused r JOIN change c ON c.stamp = r.stamp ORDER BY r.stamp
                """).map { RefusedChange(change: try Change(row: $0), reason: $0[11], reasonZh: $0[12], refusedMs: $0[13]) }
        }
    }

    /// Puts refused changes back in the outbox (all of them when `stamps` is nil), for the next sync to try again.
    @discardableResult
    public func retryRefused(_ stamps: [Stamp]? = nil) throws -> Int {
        try pool.write { db in
            let chosen = try stamps.map { $0.map(\.description) }
                ?? String.fetchAll(db, sql: "SELECT stamp FROM refused")
            var moved = 0
            for stamp in chosen {
                try db.execute(sql: "DELETE FROM refused WHERE stamp = ?", arguments: [stamp])
                guard db.changesCount > 0 else { continue }
                try db.execute(sql: "INSERT OR IGNORE INTO outbox (stamp) VALUES (?)", arguments: [stamp])
                moved += 1
            }
            return moved
        }
    }

    public func acknowledge(_ stamps: [Stamp]) throws {
        guard !stamps.isEmpty else { return }
        try pool.write { db in
            let statement = try db.cachedStatement(sql: "DELETE FROM outbox WHERE stamp = ?")
            for stamp in stamps { try statement.execute(arguments: [stamp.description]) }
        }
    }

    func recordAttachment(url: String, token: String, session: SessionInfo) throws {
        try credentials.save(token, for: replicaID)
        try pool.write { db in
            try Self.setMeta(db, .serverURL, url)
            try Self.setMeta(db, .role, session.role.rawValue)
            if let generation = session.logGeneration, try Self.meta(db, .logGeneration) == nil {
                try Self.setMeta(db, .logGeneration, generation)
            }
        }
        try saveOffices(session.visibleOffices)
    }

    /// Takes note of the server log's generation. When it differs from the one this replica last synced with, the
    /// server was restored from a backup, and its log may lack changes this replica sent after that backup: every
    /// change this replica made is queued again (except those set aside as refused; the server answers `duplicate`
    /// for what it has) and the log is read again from its start (known changes apply as no-ops). Done in one
    /// transaction with the new generation, so an interrupted sync redoes it. Returns how many were queued again, or
    /// nil when the generation is unchanged (or seen for the first time).
    func adoptGeneration(_ generation: String) throws -> Int? {
        try pool.write { db in
            let known = try Self.meta(db, .logGeneration)
            try Self.setMeta(db, .logGeneration, generation)
            guard let known, known != generation else { return nil }
            try db.execute(sql: """
                INSERT OR IGNORE INTO outbox (stamp)
                SELECT c.stamp FROM change c WHERE c.replica = ? AND NOT EXISTS (SELECT 1 FROM refused r WHERE r.stamp = c.stamp)
                """, arguments: [replicaID])
            try Self.setMeta(db, .cursor, "0")
            return try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM outbox") ?? 0
        }
    }

    func saveOffices(_ offices: [Office]) throws {
        try pool.write { db in
            for office in offices {
                try db.execute(sql: """
                    INSERT INTO office (id, name, level, parent) VALUES (?, ?, ?, ?)
                    ON CONFLICT (id) DO UPDATE SET name = excluded.name, level = excluded.level, parent = excluded.parent
                    """, arguments: [office.id, office.name, office.level.rawValue, office.parent])
            }
        }
    }

    func saveActivity(_ activity: [OfficeActivity]) throws {
        try pool.write { db in
            for entry in activity {
                try db.execute(sql: "UPDATE office SET last_sync_ms = ? WHERE id = ?", arguments: [entry.lastSyncMs, entry.office])
            }
        }
    }

    /// When each office's replicas last completed a sync (office id → ms), as of this replica's last sync.
    public func officeLastSync() throws -> [String: Int64] {
        try pool.read { db in
            var result: [String: Int64] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT id, last_sync_ms FROM office WHERE last_sync_ms IS NOT NULL") {
                result[row[0]] = row[1]
            }
            return result
        }
    }

    func recordSync(at ms: Int64) throws {
        try pool.write { db in try Self.setMeta(db, .lastSyncMs, String(ms)) }
    }

    /// A connection from what `attach` recorded.
    public func connection() throws -> ServerConnection {
        guard let url = try serverURL() else { throw ReplicaError.notAttached }
        guard let token = try token() else { throw ReplicaError.noCredentials(server: url) }
        return ServerConnection(baseURL: url, token: token, replica: replicaID)
    }
}
