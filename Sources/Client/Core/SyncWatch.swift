import Foundation
import Shared

/// `tributary sync --watch`: stays attached while online. Two loops share the replica: one pushes local edits within
/// a second of their being made (it looks at the outbox twice a second), the other holds a long poll open
/// (`wait=SECONDS`) so that others' changes arrive as soon as the server commits them. When the server goes away
/// both back off (1, 2, 4 … 30 s) and carry on when it comes back; cancelling the task stops both cleanly (between
/// transactions: a change is acknowledged or applied whole, or not at all).
public struct SyncWatch: Sendable {
    public enum Event: Sendable {
        case pushed(SyncReport)
        case pulled(SyncReport)
        /// The server cannot be reached; the next attempt is in `retryIn` seconds.
        case unreachable(Phrase, retryIn: Int)
        /// Reachable again after being unreachable.
        case reconnected
    }

    public let syncer: Syncer
    public var pushInterval: Duration = .milliseconds(500)
    public var pollSeconds = 20
    public var maxBackoffSeconds = 30

    public init(syncer: Syncer) { self.syncer = syncer }

    /// Runs until the task is cancelled, or a failure waiting will not fix (a revoked token) ends it: then it throws.
    public func run(events: @escaping @Sendable (Event) -> Void) async throws {
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await pushLoop(events: events) }
            group.addTask { try await pullLoop(events: events) }
            do {
                try await group.next()
            } catch {
                group.cancelAll()
                throw error
            }
            group.cancelAll()
        }
    }

    func pushLoop(events: @escaping @Sendable (Event) -> Void) async throws {
        var backoff = 0
        while !Task.isCancelled {
            try await Task.sleep(for: backoff > 0 ? .seconds(backoff) : pushInterval)
            guard try syncer.replica.outboxCount() > 0 else { continue }
            do {
                let report = try await syncer.sync(pull: false)
                backoff = 0
                events(.pushed(report))
            } catch let error as ConnectionError {
                // The pull loop tells the person about an unreachable server; this one only waits longer.
                guard case .unreachable = error else { throw error }
                backoff = min(maxBackoffSeconds, max(1, backoff * 2))
            }
        }
    }

    func pullLoop(events: @escaping @Sendable (Event) -> Void) async throws {
        var backoff = 0
        while !Task.isCancelled {
            do {
                let report = try await syncer.sync(push: false, wait: pollSeconds)
                if backoff > 0 { events(.reconnected) }
                backoff = 0
                if report.received > 0 || report.resentAfterRestore != nil || report.rebootstrapped != nil { events(.pulled(report)) }
            } catch let error as ConnectionError {
                guard case .unreachable(let reason) = error else { throw error }
                backoff = min(maxBackoffSeconds, max(1, backoff * 2))
                events(.unreachable(reason, retryIn: backoff))
                try await Task.sleep(for: .seconds(backoff))
            }
        }
    }
}
