import Foundation
import Shared

/// The short id people type for a conflict: the first 8 characters of the entity id, a dot, the field
/// ("3f2a91c0.body"). Derived only from what every replica shares, so a reviewer can name a conflict to a colleague
/// whose replica holds the same changes.
public enum ConflictID {
    public static func of(_ record: ConflictRecord) -> String { of(entity: record.entity, field: record.field) }

    public static func of(entity: String, field: String) -> String { String(entity.prefix(8)) + "." + field }

    public enum Match: Equatable {
        case one(Int)
        case none
        case ambiguous([String])
    }

    /// Finds the record a typed id names: the full short id, a prefix of it, or the full entity id + "." + field.
    public static func find(_ text: String, in records: [ConflictRecord]) -> Match {
        let typed = text.trimmingCharacters(in: .whitespaces)
        guard !typed.isEmpty else { return .none }
        let exact = records.indices.filter { of(records[$0]) == typed || records[$0].entity + "." + records[$0].field == typed }
        if exact.count == 1 { return .one(exact[0]) }
        let matching = records.indices.filter {
            of(records[$0]).hasPrefix(typed) || (records[$0].entity + "." + records[$0].field).hasPrefix(typed)
        }
        if matching.count == 1 { return .one(matching[0]) }
        if matching.isEmpty { return .none }
        return .ambiguous(matching.map { of(records[$0]) }.sorted())
    }
}
