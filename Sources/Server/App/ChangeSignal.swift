import Foundation

/// Wakes pulls that wait for news (`GET /v1/changes?wait=SECONDS`) when a push commits on this server process.
/// An in-process signal, because the embedded SQLite store has one writer: this process. A store shared by several
/// processes (PostgreSQL) needs its own cross-process signal (LISTEN/NOTIFY) feeding `notify()`.
///
/// A waiter names the generation it last saw, so a push that lands between a reader's query and its wait is never
/// missed; every wait is bounded by its timeout.
public actor ChangeSignal {
    private var generation: UInt64 = 0
    private var waiters: [UUID: CheckedContinuation<Void, Never>] = [:]

    public init() {}

    public var current: UInt64 { generation }

    /// A push committed: every waiter wakes and looks again.
    public func notify() {
        generation &+= 1
        let woken = waiters
        waiters = [:]
        for continuation in woken.values { continuation.resume() }
    }

    /// Returns when the generation moves past `seen`, or after `timeout`.
    public func wait(after seen: UInt64, timeout: Duration) async {
        guard generation == seen else { return }
        let id = UUID()
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            waiters[id] = continuation
            Task { [weak self] in
                try? await Task.sleep(for: timeout)
                await self?.expire(id)
            }
        }
    }

    private func expire(_ id: UUID) {
        waiters.removeValue(forKey: id)?.resume()
    }

    /// How many pulls are waiting (for tests and metrics).
    public var waiting: Int { waiters.count }
}
