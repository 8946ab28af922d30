import Foundation
import GRDB

/// Group commit for the SQLite store's pushes: the pushes that arrive while the writer is busy are applied together in
/// one write transaction, each inside a savepoint of its own, and each is answered only after that transaction has
/// committed.
///
/// Why: SQLite has one writer, and in WAL mode with `synchronous=FULL` (SQLite's default, kept for durability: an
/// acknowledged push survives a power cut) every commit syncs the log to disk. Sixty-four clients pushing at once would
/// each wait in turn for a sync of their own; one sync can carry all of them. Why a savepoint per push: a push stays all
/// or nothing, so one refused or failing push rolls back alone and the others in its group still commit. No library in
/// the mirror does this (GRDB serialises writers but commits each `write` on its own), so it is written here.
final class PushGroup<Outcome: Sendable>: @unchecked Sendable {
    typealias Work = @Sendable (Database) throws -> Outcome
    private struct Job {
        var work: Work
        var done: CheckedContinuation<Outcome, Error>
    }

    private let writer: DatabasePool
    /// At most this many pushes share one transaction, so that one commit's latency stays bounded.
    private let limit: Int
    private let lock = NSLock()
    private var waiting: [Job] = []
    private var draining = false
    /// How many transactions the groups took (for the tests: fewer than the pushes when they queued up).
    private(set) var transactions = 0

    init(writer: DatabasePool, limit: Int = 64) {
        self.writer = writer
        self.limit = limit
    }

    /// Runs `work` in the next group's transaction and returns its result once that transaction has committed.
    func submit(_ work: @escaping Work) async throws -> Outcome {
        try await withCheckedThrowingContinuation { continuation in
            lock.lock()
            waiting.append(Job(work: work, done: continuation))
            let start = !draining
            draining = true
            lock.unlock()
            // One drainer at a time, on the store's pool (never an event loop): it takes whatever has queued up.
            if start {
                StoreWork.pool.submit { state in
                    guard case .active = state else { return self.failAll(CancellationError()) }
                    self.drain()
                }
            }
        }
    }

    private func drain() {
        while true {
            lock.lock()
            guard !waiting.isEmpty else {
                draining = false
                lock.unlock()
                return
            }
            let group = Array(waiting.prefix(limit))
            waiting.removeFirst(group.count)
            transactions += 1
            lock.unlock()
            var results: [Result<Outcome, Error>] = []
            do {
                try writer.write { db in
                    results = []
                    for job in group {
                        var result: Result<Outcome, Error> = .failure(CancellationError())
                        do {
                            try db.inSavepoint {
                                result = .success(try job.work(db))
                                return .commit
                            }
                        } catch {
                            result = .failure(error)
                        }
                        results.append(result)
                    }
                }
            } catch {
                // The commit itself failed: nothing of the group is stored, and every push of it says so.
                results = group.map { _ in .failure(error) }
            }
            for (job, result) in zip(group, results) { job.done.resume(with: result) }
        }
    }

    private func failAll(_ error: Error) {
        lock.lock()
        let jobs = waiting
        waiting = []
        draining = false
        lock.unlock()
        for job in jobs { job.done.resume(throwing: error) }
    }
}
