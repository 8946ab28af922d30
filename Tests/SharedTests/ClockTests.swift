import Testing
@testable import Shared

struct ClockTests {
    @Test func stampTextOrderMatchesStampOrder() {
        var random = SeededRandom(seed: 7)
        let stamps = (0..<500).map { _ in
            Stamp(ms: Int64.random(in: 0...2_000_000_000_000, using: &random), counter: Int32.random(in: 0...20, using: &random),
                  replica: ["a", "b", "r1x", "zz"].randomElement(using: &random)!)
        }
        for (a, b) in zip(stamps, stamps.dropFirst()) {
            #expect((a < b) == (a.description < b.description) || a == b)
            #expect(Stamp(a.description) == a)
        }
        #expect(Stamp("not-a-stamp") == nil)
        #expect(Stamp("000000000000001-000000-a,b") == nil)
    }

    @Test func clockIsMonotonicEvenWhenWallTimeGoesBack() {
        var clock = HybridClock(replica: "a")
        let first = clock.tick(physicalMs: 1000)
        let second = clock.tick(physicalMs: 900)
        let third = clock.tick(physicalMs: 1000)
        #expect(first < second && second < third)
        #expect(second.ms == 1000 && second.counter == 1)
    }

    @Test func receivingMovesTheClockPastTheRemoteStamp() throws {
        var clock = HybridClock(replica: "a")
        _ = clock.tick(physicalMs: 1000)
        try clock.receive(Stamp(ms: 5000, counter: 3, replica: "b"), physicalMs: 4900, bound: .default)
        let next = clock.tick(physicalMs: 1000)
        #expect(next > Stamp(ms: 5000, counter: 3, replica: "b"))
    }

    @Test func farFutureStampsAreRefused() {
        var clock = HybridClock(replica: "a")
        let bound = DriftBound(ms: 60_000)
        #expect(throws: ClockDriftError.self) {
            try clock.receive(Stamp(ms: 1_000_000, counter: 0, replica: "b"), physicalMs: 1000, bound: bound)
        }
        #expect(clock.last.ms == 0)
        #expect(throws: Never.self) {
            try clock.receive(Stamp(ms: 60_000, counter: 0, replica: "b"), physicalMs: 1000, bound: bound)
        }
    }

    @Test func counterOverflowBorrowsAMillisecond() {
        var clock = HybridClock(replica: "a", last: Stamp(ms: 10, counter: Stamp.maxCounter, replica: "a"))
        let next = clock.tick(physicalMs: 10)
        #expect(next.ms == 11 && next.counter == 0)
    }

    /// Stamp text is written and read byte by byte; the texts the general parser took before still parse the same.
    @Test func stampTextRoundTripsAndOddTextsParseAsBefore() {
        let replicas = ["a", String(repeating: "z", count: 40), "city.replica-1_A"]
        for (ms, counter, replica) in zip([Int64(0), Stamp.maxMs, 1_733_000_000_000], zip([Int32(0), Stamp.maxCounter, 12], replicas)).map({ ($0.0, $0.1.0, $0.1.1) }) {
            let stamp = Stamp(ms: ms, counter: counter, replica: replica)
            #expect(stamp.description.utf8.count == 23 + replica.utf8.count)
            #expect(Stamp(stamp.description) == stamp)
        }
        #expect(Stamp(ms: 1_733_000_000_000, counter: 7, replica: "r").description == "001733000000000-000007-r")
        #expect(Stamp(ms: 1_000_000_000_000_000, counter: 0, replica: "r").description == "1000000000000000-000000-r")
        #expect(Stamp("000000000000001-000000-" + String(repeating: "z", count: 41)) == nil)
        #expect(Stamp("000000000000001-000000-") == nil)
        #expect(Stamp("00000000000000a-000000-r") == nil)
        #expect(Stamp("000000000000001-00000x-r") == nil)
        #expect(Stamp("000000000000001-000000-r/s") == nil)
        #expect(Stamp("000000000000001-000000-甲") == nil)
        #expect(Stamp("+00000000000001-000000-r") == Stamp(ms: 1, counter: 0, replica: "r"))
    }
}
