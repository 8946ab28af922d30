import Foundation
import Shared

/// A submission whose frozen snapshot cannot be read as a plan: said in words, never as a raw decoding error.
public struct SnapshotUnreadable: Error, Equatable, Sendable, CustomStringConvertible, LocalizedError, LocalizedMessage {
    public var submission: String
    /// What is wrong with it.
    public var detail: Phrase

    public func message(_ tr: Localizer) -> String {
        tr("报送 \(OutlinePrinter.shortID(submission)) 的快照无法读取（\(detail.zh)）：它可能已损坏，或由更新版本的 Tributary 写入。",
           "The snapshot of submission \(OutlinePrinter.shortID(submission)) cannot be read (\(detail.en)): it may be damaged, or written by a newer Tributary.")
    }

    public var description: String { message(.english) }
    public var errorDescription: String? { description }

    /// The part of a decoding error a person can act on: where, and what was expected.
    static func detail(_ error: Error) -> Phrase {
        func path(_ keys: [CodingKey], _ topLevel: String) -> String {
            keys.isEmpty ? topLevel : keys.map { $0.intValue.map(String.init) ?? $0.stringValue }.joined(separator: ".")
        }
        guard let error = error as? DecodingError else { return Phrase("内容无法识别", "unrecognised content") }
        switch error {
        case .dataCorrupted(let context):
            return context.codingPath.isEmpty ? Phrase("不是有效的 JSON", "not valid JSON")
                : Phrase("\(path(context.codingPath, "顶层")) 的值无效", "invalid value at \(path(context.codingPath, "top level"))")
        case .keyNotFound(let key, let context):
            return Phrase("缺少 \(path(context.codingPath + [key], "顶层"))", "\(path(context.codingPath + [key], "top level")) is missing")
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            return Phrase("\(path(context.codingPath, "顶层")) 的类型不符", "wrong type at \(path(context.codingPath, "top level"))")
        @unknown default:
            return Phrase("内容无法识别", "unrecognised content")
        }
    }
}

extension Replica {
    /// The frozen plan of a submission; nil when it has none. An undecodable snapshot throws `SnapshotUnreadable`.
    public func readableSnapshot(of submission: String) throws -> PlanDocument? {
        guard let text = try state(of: submission)?["snapshot"] else { return nil }
        do {
            return try WireJSON.decoder().decode(PlanDocument.self, from: Data(text.utf8))
        } catch {
            throw SnapshotUnreadable(submission: submission, detail: SnapshotUnreadable.detail(error))
        }
    }
}
