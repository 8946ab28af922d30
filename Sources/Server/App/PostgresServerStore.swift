import Foundation
import Logging
import PostgresNIO
import Shared
import SharedStore

/// The server store on PostgreSQL, for several `tributary-server` processes sharing one database (no sticky
/// sessions: any request may reach any node).
///
/// What lives where:
/// - The database holds everything durable: the registry, replica ownership and activity, and the change log in
///   server order (`change.position`). It is the only truth; a node can be killed at any point.
/// - Each node keeps the merge state (heads, values, conflicts: the shared `MemoryChangeLog`, in `ArrivalLog`)
///   derived from that log, and catches it up by position before every use (a push, a bootstrap, the conflict
///   count). The merge rule and the push's vetting are thus the very code the memory store runs and the contract
///   suite checks, not a second rendering of them in SQL; the price is that each node holds the log in memory,
///   which suits a province's plans (hundreds of thousands of changes), not an unbounded archive.
///
/// The cursor, right on every node (issue: a sequence taken inside a transaction is not commit order, so a reader
/// could see 11 committed before 10 and skip 10 forever). Chosen: the assignment of positions is serialised. Every
/// push takes one transaction-scoped advisory lock before it reads the log's end, numbers its changes from there and
/// commits; the lock is released only after the commit is visible. So position n+1 is never written before n is
/// committed, positions have no gaps, and "changes after cursor" never skips or repeats one. Pushes from all nodes
/// therefore commit one at a time, as they do on the SQLite store (one writer); reads never wait for the lock.
public final class PostgresServerStore: ServerStore, @unchecked Sendable {
    /// Advisory lock keys ("trib" and a number): the writers' lock, the migrations' lock, the replica claims' lock.
    static let writerLock: Int64 = 0x7472_6962_0001
    static let migrationLock: Int64 = 0x7472_6962_0002
    static let claimLock: Int64 = 0x7472_6962_0003
    /// NOTIFY channel: a push that committed on any node wakes the long-polling pulls of every node.
    static let channel = "tributary_changes"

    public let location: PostgresLocation
    let client: PostgresClient
    let logger: Logger
    private let running: Task<Void, Never>
    private let cacheLock = NSLock()
    private var cache = ArrivalLog()

    private init(location: PostgresLocation, logger: Logger) {
        var configuration = PostgresClient.Configuration(host: location.host, port: location.port, username: location.user,
                                                         password: location.password, database: location.database, tls: .disable)
        configuration.options.maximumConnections = 8
        // The pool's own chatter (connections opened, closed, cancelled at shutdown, a first lease before `run()` is
        // scheduled) only when something is wrong.
        var background = logger
        background.logLevel = max(logger.logLevel, .error)
        let client = PostgresClient(configuration: configuration, backgroundLogger: background)
        self.location = location
        self.client = client
        self.logger = logger
        running = Task { await client.run() }
    }

    deinit { running.cancel() }

    /// Connects, applies the migrations this version brings (unless `migrate` is false: then a database that lacks
    /// them is refused) and loads the log. Close it with `close()` (or let it go: its connections end with it).
    public static func open(_ location: PostgresLocation, logger: Logger = Logger(label: "tributary-server"),
                            migrate: Bool = true) async throws -> PostgresServerStore {
        let store = PostgresServerStore(location: location, logger: logger)
        do {
            if migrate {
                _ = try await PostgresSchema.migrate(store.client, logger: logger)
            }
            try await store.catchUp()
            return store
        } catch let error as PostgresStoreError {
            store.close()
            throw error
        } catch {
            store.close()
            // postgres-nio's own description hides the cause (it may hold secrets); the reflection names it.
            throw PostgresStoreError.unavailable(location.description, reason: String(reflecting: error))
        }
    }

    /// Runs `body` with a store open on `location`, and closes it afterwards (the admin commands' way).
    public static func with<T: Sendable>(location: PostgresLocation, logger: Logger,
                                         _ body: @Sendable (any ServerStore) async throws -> T) async throws -> T {
        let store = try await open(location, logger: logger)
        defer { store.close() }
        return try await body(store)
    }

    /// Applies the migrations not applied yet; returns their names (`tributary-server migrate`).
    public static func migrate(_ location: PostgresLocation, logger: Logger) async throws -> [String] {
        let store = PostgresServerStore(location: location, logger: logger)
        defer { store.close() }
        return try await PostgresSchema.migrate(store.client, logger: logger)
    }

    public func close() { running.cancel() }

    /// A transaction on a pooled connection; the error of `body` is thrown as it is (postgres-nio wraps it).
    func transaction<R: Sendable>(_ body: (PostgresConnection) async throws -> R) async throws -> R {
        do {
            return try await client.withTransaction(logger: logger) { connection in try await body(connection) }
        } catch let error as PostgresTransactionError {
            if let inner = error.closureError { throw inner }
            throw error
        }
    }

    /// Creates an empty database `name` on the server of `location` (tests and the benchmark make one per store).
    public static func createDatabase(_ name: String, on location: PostgresLocation,
                                      logger: Logger = Logger(label: "tributary-server")) async throws {
        guard name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }) else {
            throw RegistryError.invalid("a database name of letters, digits and _")
        }
        let store = PostgresServerStore(location: location, logger: logger)
        defer { store.close() }
        try await store.client.query(PostgresQuery(unsafeSQL: "CREATE DATABASE \(name)"), logger: logger)
    }

    // MARK: Live updates

    /// Calls `onChange` whenever a push commits on any node (LISTEN/NOTIFY), until the task is cancelled. A lost
    /// connection is re-established with backoff, and `onChange` is called on each (re)connection so that a pull
    /// waiting meanwhile looks again.
    public func listenForChanges(_ onChange: @escaping @Sendable () async -> Void) async {
        var delay = Duration.milliseconds(250)
        while !Task.isCancelled {
            do {
                try await client.withConnection { connection in
                    try await connection.listen(on: Self.channel) { notifications in
                        await onChange()
                        for try await _ in notifications { await onChange() }
                    }
                }
                delay = .milliseconds(250)
            } catch {
                if Task.isCancelled { return }
                logger.warning("listening for changes failed; retrying", metadata: ["error": .string("\(error)")])
            }
            try? await Task.sleep(for: delay)
            delay = min(delay * 2, .seconds(10))
        }
    }

    // MARK: The log

    static let changeColumns = "position, stamp, kind, entity, plan, office, field, value, replaces, observed, author, resolution, arrived_ms"
    /// The kept tombstones read as change rows (position and arrival do not apply to them).
    static let tombstoneColumns = "0::BIGINT, stamp, kind, entity, plan, office, field, value, replaces, observed, author, resolution, 0::BIGINT"

    static func decodeChange(_ row: PostgresRow) throws -> HeldChange {
        let cells = Array(row)
        let stampText = try cells[1].decode(String.self)
        let kindText = try cells[2].decode(String.self)
        guard let stamp = Stamp(stampText), let kind = EntityKind(rawValue: kindText) else {
            throw PostgresStoreError.corrupt("change \(stampText) of kind \(kindText)")
        }
        let resolution = try cells[11].decode(String?.self)
        let change = Change(stamp: stamp, kind: kind, entity: try cells[3].decode(String.self), plan: try cells[4].decode(String.self),
                            office: try cells[5].decode(String.self), field: try cells[6].decode(String.self),
                            value: try cells[7].decode(String?.self), replaces: StampList.decode(try cells[8].decode(String.self)),
                            observed: StampList.decode(try cells[9].decode(String.self)), author: try cells[10].decode(String.self),
                            resolution: resolution.flatMap(ResolutionKind.init(rawValue:)))
        return HeldChange(position: try cells[0].decode(Int64.self), change: change, arrivedMs: try cells[12].decode(Int64.self))
    }

    static func horizon(on connection: PostgresConnection, logger: Logger) async throws -> Int64 {
        var horizon: Int64 = 0
        for try await text in try await connection.query("SELECT value FROM store_meta WHERE key = 'horizon'", logger: logger)
            .decode(String.self) {
            horizon = Int64(text) ?? 0
        }
        return horizon
    }

    /// Brings this node's merge state up to the database's log: the changes after the last position it holds, in
    /// order; or, when a compaction ran since it was loaded (the horizon moved), the whole log afresh, since the
    /// removed changes must leave this view too. Safe to run from several tasks at once (each takes only positions
    /// it lacks). Reads the horizon and the rows from one snapshot, unless `connection` is the push's, which holds
    /// the writers' lock that compaction also takes.
    func catchUp(on connection: PostgresConnection? = nil) async throws {
        let (from, known) = cacheLock.withLock { (cache.position, cache.horizon) }
        let read = { (connection: PostgresConnection) async throws -> (Int64, [HeldChange]) in
            let horizon = try await Self.horizon(on: connection, logger: self.logger)
            let after = horizon == known ? from : -1
            var found: [HeldChange] = []
            for try await row in try await connection.query("""
                SELECT \(unescaped: Self.changeColumns) FROM change WHERE position > \(after) ORDER BY position
                """, logger: self.logger) {
                found.append(try Self.decodeChange(row))
            }
            return (horizon, found)
        }
        let (horizon, found) = if let connection {
            try await read(connection)
        } else {
            try await transaction { connection in
                try await connection.query("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY", logger: self.logger)
                return try await read(connection)
            }
        }
        try cacheLock.withLock {
            if horizon != cache.horizon {
                var fresh = ArrivalLog(horizon: horizon)
                try fresh.append(found)
                cache = fresh
                return
            }
            try cache.append(found.filter { $0.position > cache.position })
        }
    }

    /// The merge state of the whole log as this node holds it, caught up (for the contract suite's model checks).
    func currentLog() async throws -> MemoryChangeLog { try await caughtUp().log }

    private func caughtUp() async throws -> ArrivalLog {
        try await catchUp()
        return cacheLock.withLock { cache }
    }

    public func push(_ request: PushRequest, by principal: Principal, nowMs: Int64, drift: DriftBound) async throws -> PushOutcome {
        let (outcome, after, base) = try await transaction { connection -> (PushOutcome, ArrivalLog?, Int64) in
            // The writers' lock first (see the type's comment): from here until the commit no other node numbers
            // changes, so this node's view, once caught up, is the whole log.
            try await connection.query("SELECT pg_advisory_xact_lock(\(Self.writerLock))", logger: logger)
            try await self.catchUp(on: connection)
            let registry = try await Self.offices(connection.query(Self.officesQuery, logger: logger))
            let retired = try await Self.retiredLookup(for: request, on: connection, logger: logger)
            let base = self.cacheLock.withLock { self.cache }
            let (outcome, after, fresh) = try base.pushing(request, by: principal, registry: registry, nowMs: nowMs, drift: drift,
                                                           retired: retired)
            guard outcome.refusal == nil, !fresh.isEmpty else { return (outcome, nil, base.position) }
            try await Self.insert(fresh, on: connection, logger: logger)
            if !outcome.revived.isEmpty {
                // Tombstones a late edit brought back are changes again, no longer retired.
                let stamps = outcome.revived.map(\.description)
                try await connection.query("DELETE FROM retired_tombstone WHERE stamp = ANY(\(stamps))", logger: logger)
                try await connection.query("DELETE FROM retired WHERE stamp = ANY(\(stamps))", logger: logger)
            }
            // Delivered to every listening node when (and only if) this transaction commits.
            try await connection.query("SELECT pg_notify(\(Self.channel), '')", logger: logger)
            return (outcome, after, base.position)
        }
        if let after {
            // Committed: adopt the merged view unless another task caught this node up meanwhile (then it holds the
            // same changes already).
            cacheLock.withLock { if cache.position == base && cache.horizon == after.horizon { cache = after } }
        }
        return outcome
    }

    /// What compaction retired that this batch can name (its stamps, and those its changes replace or observed), and
    /// the kept tombstones of its entities: read once, then looked up in memory while the batch is vetted.
    static func retiredLookup(for request: PushRequest, on connection: PostgresConnection, logger: Logger) async throws -> RetiredLookup {
        let stamps = Array(Set(request.changes.flatMap { [$0.stamp] + $0.replaces + $0.observed }.map(\.description)))
        // An id with a NUL cannot be in the database (PostgreSQL text holds none) and is refused by the vetting; asking
        // for it would fail the query first.
        let entities = Array(Set(request.changes.map(\.entity))).filter { !$0.unicodeScalars.contains("\u{0}") }
        var versions: [Stamp: RetiredVersion] = [:]
        for try await (stamp, entity, field) in try await connection.query("""
            SELECT stamp, entity, field FROM retired WHERE stamp = ANY(\(stamps))
            """, logger: logger).decode((String, String, String).self) {
            if let stamp = Stamp(stamp) { versions[stamp] = RetiredVersion(entity: entity, field: field) }
        }
        var tombstones: [String: Change] = [:]
        for try await row in try await connection.query("""
            SELECT \(unescaped: Self.tombstoneColumns) FROM retired_tombstone WHERE entity = ANY(\(entities))
            """, logger: logger) {
            let tombstone = try decodeChange(row).change
            tombstones[tombstone.entity] = tombstone
        }
        return .holding(versions, tombstones: tombstones)
    }

    /// Inserts new entities and the changes at their positions, in a few multi-row statements.
    static func insert(_ entries: [HeldChange], on connection: PostgresConnection, logger: Logger) async throws {
        var entities: [String: Change] = [:]
        for entry in entries where entities[entry.change.entity] == nil { entities[entry.change.entity] = entry.change }
        for chunk in Array(entities.values).sorted(by: { $0.entity < $1.entity }).chunked(500) {
            var binds = PostgresBindings(capacity: chunk.count * 4)
            var rows: [String] = []
            for change in chunk {
                let n = binds.count
                rows.append("($\(n + 1), $\(n + 2), $\(n + 3), $\(n + 4))")
                binds.append(change.entity)
                binds.append(change.kind.rawValue)
                binds.append(change.plan)
                binds.append(change.office)
            }
            try await connection.query(PostgresQuery(unsafeSQL: """
                INSERT INTO entity (id, kind, plan, office) VALUES \(rows.joined(separator: ", ")) ON CONFLICT (id) DO NOTHING
                """, binds: binds), logger: logger)
        }
        for chunk in entries.chunked(400) {
            var binds = PostgresBindings(capacity: chunk.count * 14)
            var rows: [String] = []
            for entry in chunk {
                let change = entry.change
                let n = binds.count
                rows.append("(" + (1...14).map { "$\(n + $0)" }.joined(separator: ", ") + ")")
                binds.append(entry.position)
                binds.append(change.stamp.description)
                binds.append(change.stamp.replica)
                binds.append(change.entity)
                binds.append(change.kind.rawValue)
                binds.append(change.plan)
                binds.append(change.office)
                binds.append(change.field)
                binds.append(change.value)
                binds.append(StampList.encode(change.replaces))
                binds.append(StampList.encode(change.observed))
                binds.append(change.author)
                binds.append(change.resolution?.rawValue)
                binds.append(entry.arrivedMs)
            }
            try await connection.query(PostgresQuery(unsafeSQL: """
                INSERT INTO change (position, stamp, replica, entity, kind, plan, office, field, value, replaces, observed, author,
                                    resolution, arrived_ms)
                VALUES \(rows.joined(separator: ", "))
                """, binds: binds), logger: logger)
        }
    }

    public func pull(after cursor: Int64, limit: Int, offices: Set<String>) async throws -> PullPage {
        guard !offices.isEmpty else { return PullPage(changes: [], cursor: cursor, more: false, end: cursor) }
        let list = Array(offices).sorted()
        // The page and the end of the log from one snapshot: a change committed between two separate reads could
        // otherwise lie below the end yet outside the page, and be skipped.
        return try await transaction { connection in
            try await connection.query("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY", logger: logger)
            let horizon = try await Self.horizon(on: connection, logger: logger)
            if cursor < horizon { throw HorizonPassed(after: cursor, horizon: horizon) }
            var page: [HeldChange] = []
            for try await row in try await connection.query("""
                SELECT \(unescaped: Self.changeColumns) FROM change
                WHERE position > \(cursor) AND office = ANY(\(list)) ORDER BY position LIMIT \(limit + 1)
                """, logger: logger) {
                page.append(try Self.decodeChange(row))
            }
            var end: Int64 = 0
            for try await value in try await connection.query("SELECT COALESCE(MAX(position), 0)::BIGINT FROM change", logger: logger)
                .decode(Int64.self) {
                end = value
            }
            let more = page.count > limit
            let kept = page.prefix(limit)
            let last = kept.last?.position ?? cursor
            let top = max(last, end, horizon)
            return PullPage(changes: kept.map(\.change), cursor: more ? last : top, more: more, end: top)
        }
    }

    public func bootstrap(offices: Set<String>, after: Int64, end: Int64?, limit: Int?) async throws -> BootstrapPage {
        try await caughtUp().bootstrap(offices: offices, after: after, end: end, limit: limit)
    }

    public func openConflictCount() async throws -> Int { try await caughtUp().openConflictCount() }

    public func horizon() async throws -> Int64 {
        try await client.withConnection { connection in try await Self.horizon(on: connection, logger: self.logger) }
    }

    /// Compaction under the writers' lock (no push numbers changes meanwhile), decided by the same `CompactionPlan`
    /// as the memory store's over this node's caught-up view. Every node notices the moved horizon on its next
    /// catch-up and loads the log afresh.
    public func compact(olderThanMs: Int64, dryRun: Bool) async throws -> CompactionReport {
        let report = try await transaction { connection -> CompactionReport in
            try await connection.query("SELECT pg_advisory_xact_lock(\(Self.writerLock))", logger: logger)
            try await self.catchUp(on: connection)
            let view = self.cacheLock.withLock { self.cache }
            let plan = try CompactionPlan(held: view.held, log: view.log, previousHorizon: view.horizon, olderThanMs: olderThanMs,
                                          dryRun: dryRun)
            guard !dryRun, !plan.doomed.isEmpty else { return plan.report }
            for chunk in plan.doomed.map(\.description).sorted().chunked(5_000) {
                try await connection.query("DELETE FROM change WHERE stamp = ANY(\(Array(chunk)))", logger: logger)
            }
            for chunk in plan.retired.sorted(by: { $0.key < $1.key }).chunked(5_000) {
                try await connection.query("""
                    INSERT INTO retired (stamp, entity, field)
                    SELECT * FROM UNNEST(\(chunk.map(\.key.description)), \(chunk.map(\.value.entity)), \(chunk.map(\.value.field)))
                    ON CONFLICT (stamp) DO NOTHING
                    """, logger: logger)
            }
            for tombstone in plan.tombstones.values.sorted(by: { $0.entity < $1.entity }) {
                try await connection.query("""
                    INSERT INTO retired_tombstone (entity, stamp, kind, plan, office, field, value, replaces, observed, author, resolution)
                    VALUES (\(tombstone.entity), \(tombstone.stamp.description), \(tombstone.kind.rawValue), \(tombstone.plan),
                            \(tombstone.office), \(tombstone.field), \(tombstone.value), \(StampList.encode(tombstone.replaces)),
                            \(StampList.encode(tombstone.observed)), \(tombstone.author), \(tombstone.resolution?.rawValue))
                    ON CONFLICT (entity) DO UPDATE SET stamp = excluded.stamp, value = excluded.value, replaces = excluded.replaces,
                        observed = excluded.observed, author = excluded.author, resolution = excluded.resolution
                    """, logger: logger)
            }
            try await connection.query("""
                UPDATE store_meta SET value = \(String(plan.report.horizon)) WHERE key = 'horizon'
                """, logger: logger)
            return plan.report
        }
        if !dryRun { try await catchUp() }
        return report
    }

    public func generation() async throws -> String {
        var value = ""
        for try await text in try await client.query("SELECT value FROM store_meta WHERE key = 'generation'", logger: logger)
            .decode(String.self) {
            value = text
        }
        return value
    }
}

extension Array {
    /// Consecutive slices of at most `size` elements (multi-row statements stay under PostgreSQL's 65,535 binds).
    func chunked(_ size: Int) -> [ArraySlice<Element>] {
        stride(from: 0, to: count, by: size).map { self[$0..<Swift.min($0 + size, count)] }
    }
}
