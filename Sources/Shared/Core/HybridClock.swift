import Foundation

/// Source of physical time in milliseconds since 1970. Injected so tests and simulations control time.
public protocol WallClock: Sendable {
    func nowMs() -> Int64
}

public struct SystemWallClock: WallClock {
    public init() {}
    public func nowMs() -> Int64 { Int64((Date().timeIntervalSince1970 * 1000).rounded(.down)) }
}

/// A fixed or stepped clock for tests and simulations.
public final class ManualWallClock: WallClock, @unchecked Sendable {
    private let lock = NSLock()
    private var current: Int64
    public init(_ start: Int64) { current = start }
    public func nowMs() -> Int64 { lock.withLock { current } }
    public func advance(by ms: Int64) { lock.withLock { current += ms } }
    public func set(_ ms: Int64) { lock.withLock { current = ms } }
}

/// How far ahead of the receiver's own clock a change may be stamped.
///
/// Default: 15 minutes. An accepted stamp drags every receiver's hybrid clock forward and makes its writer win every
/// last-writer-wins decision until real time catches up, so the bound must be small; but county laptops often run
/// without time synchronisation for weeks and drift by minutes, and a refused change waits in the outbox until the
/// clock is fixed, so it must not be tiny. A clock set a day or a year ahead (a wrong date typed by hand) is caught.
public struct DriftBound: Sendable, Equatable {
    public var ms: Int64
    public init(ms: Int64) { self.ms = ms }
    public static let `default` = DriftBound(ms: 15 * 60 * 1000)
}

public struct ClockDriftError: Error, Equatable, Sendable {
    public var stamp: Stamp
    public var receiverMs: Int64
    public var bound: DriftBound
    public var aheadMs: Int64 { stamp.ms - receiverMs }
}

/// Hybrid logical clock (Kulkarni et al.): physical milliseconds plus a counter. Monotonic per replica, and advanced
/// past every stamp the replica receives, so a change made after seeing another is always stamped after it.
public struct HybridClock: Sendable, Equatable {
    public private(set) var last: Stamp

    public init(replica: String, last: Stamp? = nil) {
        self.last = last ?? Stamp(ms: 0, counter: 0, replica: replica)
        self.last.replica = replica
    }

    public var replica: String { last.replica }

    /// The next stamp for a local write.
    public mutating func tick(physicalMs: Int64) -> Stamp {
        if physicalMs > last.ms {
            last = Stamp(ms: physicalMs, counter: 0, replica: last.replica)
        } else if last.counter < Stamp.maxCounter {
            last.counter += 1
        } else {
            // The counter is fixed-width; borrowing a millisecond keeps stamps unique and ordered.
            last = Stamp(ms: last.ms + 1, counter: 0, replica: last.replica)
        }
        return last
    }

    /// Checks a remote stamp against the drift bound, then moves the clock past it.
    public mutating func receive(_ remote: Stamp, physicalMs: Int64, bound: DriftBound) throws(ClockDriftError) {
        try HybridClock.checkDrift(remote, physicalMs: physicalMs, bound: bound)
        observe(remote)
    }

    /// Moves the clock past a stamp without a drift check (stamps that were already checked by whoever stored them).
    public mutating func observe(_ remote: Stamp) {
        if remote.ms > last.ms || (remote.ms == last.ms && remote.counter > last.counter) {
            last = Stamp(ms: remote.ms, counter: remote.counter, replica: last.replica)
        }
    }

    public static func checkDrift(_ stamp: Stamp, physicalMs: Int64, bound: DriftBound) throws(ClockDriftError) {
        if stamp.ms - physicalMs > bound.ms {
            throw ClockDriftError(stamp: stamp, receiverMs: physicalMs, bound: bound)
        }
    }
}
