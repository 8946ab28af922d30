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

    static let changeColumns = "position, stamp, kind, entity, plan, office, field, value, replaces, observed, author, resolution"

    static func decodeChange(_ row: PostgresRow) throws -> (Int64, Change) {
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
        return (try cells[0].decode(Int64.self), change)
    }

    /// Brings this node's merge state up to the database's log: reads the changes after the last position it holds
    /// and takes them in, in order. Safe to run from several tasks at once (each takes only positions it lacks).
    func catchUp(on connection: PostgresConnection? = nil) async throws {
        let from = cacheLock.withLock { cache.position }
        let query: PostgresQuery = "SELECT \(unescaped: Self.changeColumns) FROM change WHERE position > \(from) ORDER BY position"
        let rows = if let connection { try await connection.query(query, logger: logger) } else { try await client.query(query, logger: logger) }
        var found: [(Int64, Change)] = []
        for try await row in rows { found.append(try Self.decodeChange(row)) }
        guard !found.isEmpty else { return }
        try cacheLock.withLock {
            var position = cache.position
            var next: [Change] = []
            for (at, change) in found where at > position {
                guard at == position + 1 else { throw PostgresStoreError.corrupt("a gap in the log before position \(at)") }
                next.append(change)
                position = at
            }
            try cache.append(next)
        }
    }

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
            let base = self.cacheLock.withLock { self.cache }
            let (outcome, after, fresh) = try base.pushing(request, by: principal, registry: registry, nowMs: nowMs, drift: drift)
            guard outcome.refusal == nil, !fresh.isEmpty else { return (outcome, nil, base.position) }
            try await Self.insert(fresh, from: base.position + 1, on: connection, logger: logger)
            // Delivered to every listening node when (and only if) this transaction commits.
            try await connection.query("SELECT pg_notify(\(Self.channel), '')", logger: logger)
            return (outcome, after, base.position)
        }
        if let after {
            // Committed: adopt the merged view unless another task caught this node up meanwhile (then it holds the
            // same changes already).
            cacheLock.withLock { if cache.position == base { cache = after } }
        }
        return outcome
    }

    /// Inserts new entities and the changes at positions `first`, `first + 1`, … in a few multi-row statements.
    static func insert(_ changes: [Change], from first: Int64, on connection: PostgresConnection, logger: Logger) async throws {
        var entities: [String: Change] = [:]
        for change in changes where entities[change.entity] == nil { entities[change.entity] = change }
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
        var position = first
        for chunk in changes.chunked(400) {
            var binds = PostgresBindings(capacity: chunk.count * 13)
            var rows: [String] = []
            for change in chunk {
                let n = binds.count
                rows.append("(" + (1...13).map { "$\(n + $0)" }.joined(separator: ", ") + ")")
                binds.append(position)
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
                position += 1
            }
            try await connection.query(PostgresQuery(unsafeSQL: """
                INSERT INTO change (position, stamp, replica, entity, kind, plan, office, field, value, replaces, observed, author, resolution)
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
            var page: [(Int64, Change)] = []
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
            let last = kept.last?.0 ?? cursor
            let top = max(last, end)
            return PullPage(changes: kept.map(\.1), cursor: more ? last : top, more: more, end: top)
        }
    }

    public func bootstrap(offices: Set<String>) async throws -> BootstrapPage {
        guard !offices.isEmpty else { return BootstrapPage(changes: [], cursor: 0) }
        return try await caughtUp().bootstrap(offices: offices)
    }

    public func openConflictCount() async throws -> Int { try await caughtUp().openConflictCount() }

    /// The PostgreSQL store keeps its whole log (compaction is the SQLite store's for now): every cursor stays valid.
    public func horizon() async throws -> Int64 { 0 }

    public func compact(olderThanMs: Int64, dryRun: Bool) async throws -> CompactionReport {
        throw RegistryError.invalid("""
            compaction is not available on the PostgreSQL store yet: it keeps the whole log, so every replica can still             sync however long it was away; nothing was changed
            """)
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
