import NIOPosix

/// Where the server runs its store's work: a small dedicated thread pool, never the threads that serve connections.
///
/// Why: every store call is blocking SQLite work (a push waits for the single writer and commits to the WAL, a
/// bootstrap reads tens of thousands of rows). Route handlers run on Hummingbird's NIO event loops and Swift's
/// cooperative pool, which have one thread per core (two on the machines this runs on): a handful of pushes blocking
/// them in SQLite would stall every other connection, even its accept and header parsing, and turn one slow commit
/// into a latency spike for all clients. Here the loops only parse, encode and hand off; the pool's threads may block.
/// Four threads: SQLite takes one writer at a time and readers run beside it in WAL mode, so more would only queue.
public enum StoreWork {
    static let pool: NIOThreadPool = {
        let pool = NIOThreadPool(numberOfThreads: 4)
        pool.start()
        return pool
    }()

    /// Runs `body` on the store's pool and resumes the caller with its result.
    public static func run<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
        try await pool.runIfActive(body)
    }
}
