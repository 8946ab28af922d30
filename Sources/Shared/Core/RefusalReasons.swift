import Foundation

/// Why the server refused a change, in the few kinds a person can act on.
public enum RefusalCause: String, Codable, Sendable, CaseIterable {
    /// Signed by a user the token does not belong to: the replica is attached with someone else's token.
    case wrongUser
    /// Made by another replica than the one pushing it.
    case wrongReplica
    /// Stamped too far ahead of the server's clock: this computer's clock is wrong.
    case clockDrift
    /// Anything else (access, the submission workflow, shape): the server's rule stands; discard or fix the data.
    case other
}

/// A reason shared by several refused changes, and how many.
public struct RefusalGroup: Codable, Sendable, Equatable {
    /// The reason with change ids (and, for the clock, the seconds) taken out, so that one cause reads as one line.
    public var reason: String
    /// The same in Chinese, when the server sent the reason in Chinese too.
    public var reasonZh: String?
    public var count: Int
    public var cause: RefusalCause
    public init(reason: String, reasonZh: String? = nil, count: Int, cause: RefusalCause) {
        self.reason = reason
        self.reasonZh = reasonZh
        self.count = count
        self.cause = cause
    }
}

/// Groups the server's per-change refusal reasons, so that 156 changes refused for one cause (a wrong token, a wrong
/// clock) read as one line with its count, not 156 lines that differ only in the change id.
public enum RefusalReasons {
    /// The reason without what differs from change to change: change ids become "…", the seconds of a clock
    /// refusal are dropped.
    public static func general(_ reason: String) -> String {
        var text = reason.replacingOccurrences(of: #"[0-9]{15}-[0-9]{6}-[A-Za-z0-9_-]+"#, with: "…", options: .regularExpression)
        text = text.replacingOccurrences(of: #"stamped -?[0-9]+ s ahead"#, with: "stamped ahead", options: .regularExpression)
        text = text.replacingOccurrences(of: #"快 -?[0-9]+ 秒"#, with: "快", options: .regularExpression)
        return text.trimmingCharacters(in: .whitespaces)
    }

    public static func cause(_ reason: String) -> RefusalCause {
        if reason.contains("is signed by") && reason.contains("token belongs to") { return .wrongUser }
        if reason.contains("was made by replica") { return .wrongReplica }
        if reason.contains("ahead of the server clock") { return .clockDrift }
        return .other
    }

    /// Identical general reasons together, the most frequent first (first seen first among equals).
    public static func group(_ reasons: [String]) -> [RefusalGroup] {
        group(bilingual: reasons.map { (en: $0, zh: nil) })
    }

    /// The same, for reasons the server gave in both languages: grouped by the English one (the cause is read from
    /// it), each group keeping its Chinese wording for a Chinese reader.
    public static func group(bilingual reasons: [(en: String, zh: String?)]) -> [RefusalGroup] {
        var order: [String] = []
        var counts: [String: Int] = [:]
        var causes: [String: RefusalCause] = [:]
        var chinese: [String: String] = [:]
        for reason in reasons {
            let key = general(reason.en)
            if counts[key] == nil {
                order.append(key)
                causes[key] = cause(reason.en)
            }
            if chinese[key] == nil, let zh = reason.zh, !zh.isEmpty { chinese[key] = general(zh) }
            counts[key, default: 0] += 1
        }
        return order.enumerated().sorted { (counts[$0.element]!, -$0.offset) > (counts[$1.element]!, -$1.offset) }
            .map { RefusalGroup(reason: $0.element, reasonZh: chinese[$0.element], count: counts[$0.element]!,
                                cause: causes[$0.element]!) }
    }
}
