import Foundation

/// Source of new ids for entities and replicas. Injected so tests get reproducible ids.
public protocol IDSource: Sendable {
    func newID() -> String
}

public struct RandomIDSource: IDSource {
    public init() {}
    public func newID() -> String { UUID().uuidString.lowercased() }
}

/// Deterministic ids ("e1", "e2", …) with a prefix, for tests and simulations.
public final class SequentialIDSource: IDSource, @unchecked Sendable {
    private let lock = NSLock()
    private var next = 0
    private let prefix: String
    public init(prefix: String = "id") { self.prefix = prefix }
    public func newID() -> String {
        lock.withLock {
            next += 1
            return "\(prefix)\(next)"
        }
    }
}

/// A small seeded generator (SplitMix64) so random schedules replay exactly from their seed.
public struct SeededRandom: RandomNumberGenerator, Sendable {
    private var state: UInt64
    public init(seed: UInt64) { state = seed }
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
