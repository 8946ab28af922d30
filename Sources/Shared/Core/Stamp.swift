import Foundation

/// The version of one write: a hybrid-logical-clock reading plus the replica that made it.
///
/// Stamps are totally ordered (milliseconds, then counter, then replica id) so that every replica picks the same
/// last writer. A stamp is also the id of the change that carries it: a replica's clock never repeats a reading, so
/// `(ms, counter, replica)` is unique, and applying the same stamp twice is recognisably a duplicate.
public struct Stamp: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var ms: Int64
    public var counter: Int32
    public var replica: String

    public init(ms: Int64, counter: Int32, replica: String) {
        self.ms = ms
        self.counter = counter
        self.replica = replica
    }

    public static func < (a: Stamp, b: Stamp) -> Bool {
        if a.ms != b.ms { return a.ms < b.ms }
        if a.counter != b.counter { return a.counter < b.counter }
        return a.replica < b.replica
    }

    /// Fixed-width text whose byte order equals the stamp order, so SQLite can compare stamps as TEXT
    /// (`MAX(stamp)` is the last writer) without decoding them.
    ///
    /// Written digit by digit into one buffer: the apply path formats one stamp per change and per edge, and the
    /// general string formatting took a good share of its time.
    public var description: String {
        guard ms >= 0, ms <= Stamp.maxMs, counter >= 0, counter <= Stamp.maxCounter else { return paddedDescription }
        var replica = replica
        return replica.withUTF8 { tail in
            String(unsafeUninitializedCapacity: 23 + tail.count) { buffer in
                var value = ms
                for index in stride(from: 14, through: 0, by: -1) {
                    buffer[index] = UInt8(truncatingIfNeeded: 48 + value % 10)
                    value /= 10
                }
                buffer[15] = 45 // "-"
                var count = counter
                for index in stride(from: 21, through: 16, by: -1) {
                    buffer[index] = UInt8(truncatingIfNeeded: 48 + count % 10)
                    count /= 10
                }
                buffer[22] = 45
                for (offset, byte) in tail.enumerated() { buffer[23 + offset] = byte }
                return 23 + tail.count
            }
        }
    }

    /// The same text for readings out of range (never made by a clock; kept total for forged input).
    private var paddedDescription: String {
        let msText = String(ms)
        let counterText = String(counter)
        return String(repeating: "0", count: max(0, 15 - msText.count)) + msText + "-"
            + String(repeating: "0", count: max(0, 6 - counterText.count)) + counterText + "-" + replica
    }

    public init?(_ text: String) {
        // The text `description` writes, read byte by byte; anything else takes the general path below (which
        // accepts exactly what it accepted before).
        if let stamp = Stamp.canonical(text) {
            self = stamp
            return
        }
        let parts = text.split(separator: "-", maxSplits: 2, omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 15, parts[1].count == 6,
              let ms = Int64(parts[0]), let counter = Int32(parts[1]), ms >= 0, counter >= 0,
              Stamp.isValidReplicaID(String(parts[2]))
        else { return nil }
        self.init(ms: ms, counter: counter, replica: String(parts[2]))
    }

    /// Fifteen digits, "-", six digits, "-", a replica id of 1 to 40 plain characters: every stored and sent stamp.
    /// Nil for anything else, including texts the general parser may still accept.
    private static func canonical(_ text: String) -> Stamp? {
        var text = text
        return text.withUTF8 { bytes -> Stamp? in
            guard bytes.count >= 24, bytes.count <= 63, bytes[15] == 45, bytes[22] == 45 else { return nil }
            var ms: Int64 = 0
            for index in 0..<15 {
                let digit = bytes[index] &- 48
                guard digit < 10 else { return nil }
                ms = ms * 10 + Int64(digit)
            }
            var counter: Int32 = 0
            for index in 16..<22 {
                let digit = bytes[index] &- 48
                guard digit < 10 else { return nil }
                counter = counter * 10 + Int32(digit)
            }
            for index in 23..<bytes.count {
                let c = bytes[index]
                guard (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c == 95 || c == 46 || c == 45
                else { return nil }
            }
            let replica = String(decoding: UnsafeBufferPointer(rebasing: bytes[23...]), as: UTF8.self)
            return Stamp(ms: ms, counter: counter, replica: replica)
        }
    }

    /// Replica ids are short and plain so that stamps stay fixed-width-comparable and safe in file names and logs.
    public static func isValidReplicaID(_ id: String) -> Bool {
        !id.isEmpty && id.count <= 40 && id.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "_" || $0 == "."
                || $0 == "-"
        }
    }

    public static let maxCounter: Int32 = 999_999
    public static let maxMs: Int64 = 999_999_999_999_999
}

extension Stamp: Codable {
    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let stamp = Stamp(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a stamp: \(text)"))
        }
        self = stamp
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
