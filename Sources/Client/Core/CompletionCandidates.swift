import Foundation
import GRDB
import Shared
import SharedStore

/// What shell completion offers for an id or a field: read from the replica file opened read-only, with no
/// migration and no lock held, so that pressing Tab never changes or blocks a replica. Any problem (no file, a
/// foreign or newer file) offers nothing rather than an error: completion must never print into a command line.
public enum CompletionCandidates {
    /// How many candidates a shell is given at most: more is noise on a screen.
    public static let limit = 200

    /// Short ids (the 8 characters people type) of live entries of the given kinds starting with `prefix`; the full
    /// id when the short one would name several.
    public static func ids(replica path: String, kinds: Set<EntityKind>? = nil, prefix: String) -> [String] {
        read(path) { db in
            let kindFilter = kinds.map { " AND e.kind IN (" + $0.map { "'\($0.rawValue)'" }.sorted().joined(separator: ",") + ")" } ?? ""
            let ids = try String.fetchAll(db, sql: """
                SELECT e.id FROM entity e WHERE e.id LIKE ? ESCAPE '\\' \(kindFilter)
                AND e.kind != 'comment' AND NOT EXISTS (SELECT 1 FROM field_value f
                    WHERE f.entity = e.id AND f.field = 'deleted' AND f.value = 'true')
                ORDER BY e.id LIMIT ?
                """, arguments: [like(prefix), limit * 2])
            let short = Dictionary(grouping: ids, by: { OutlinePrinter.shortID($0) })
            return short.flatMap { key, full in full.count == 1 ? [key] : full }.sorted().prefix(limit).map { $0 }
        } ?? []
    }

    /// Deleted entries (what `restore` takes).
    public static func deletedIDs(replica path: String, prefix: String) -> [String] {
        read(path) { db in
            try String.fetchAll(db, sql: """
                SELECT substr(f.entity, 1, 8) FROM field_value f
                WHERE f.field = 'deleted' AND f.value = 'true' AND f.entity LIKE ? ESCAPE '\\' ORDER BY f.entity LIMIT ?
                """, arguments: [like(prefix), limit])
        } ?? []
    }

    /// Open conflicts as people type them ("3f2a91c0.body").
    public static func conflicts(replica path: String, prefix: String) -> [String] {
        read(path) { db in
            try String.fetchAll(db, sql: "SELECT substr(entity, 1, 8) || '.' || field FROM conflict ORDER BY entity, field LIMIT ?",
                                arguments: [limit * 4])
        }?.filter { $0.hasPrefix(prefix) }.prefix(limit).map { $0 } ?? []
    }

    /// The fields a person sets on `entity` (every kind's when it is unknown), as `tributary fields` lists them.
    public static func fields(replica path: String, entity: String?, prefix: String) -> [String] {
        var kinds = EntityKind.allCases.filter { $0 != .submission }
        if let entity, !entity.isEmpty, let kind = read(path, { db in
            try String.fetchAll(db, sql: "SELECT kind FROM entity WHERE id LIKE ? ESCAPE '\\' LIMIT 2", arguments: [like(entity)])
        }).flatMap({ $0.count == 1 ? EntityKind(rawValue: $0[0]) : nil }) {
            kinds = [kind]
        }
        var seen = Set<String>()
        return kinds.flatMap { FieldInput.settable($0) }.filter { $0.hasPrefix(prefix) && seen.insert($0).inserted }
    }

    static func like(_ prefix: String) -> String {
        prefix.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%")
            .replacingOccurrences(of: "_", with: "\\_") + "%"
    }

    static func read<T>(_ path: String, _ body: (Database) throws -> T) -> T? {
        guard FileManager.default.isReadableFile(atPath: path) else { return nil }
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(0.2)
        guard let queue = try? DatabaseQueue(path: path, configuration: configuration) else { return nil }
        return try? queue.read { db in
            // Only a Tributary replica is read: a foreign file offers nothing.
            guard try Int.fetchOne(db, sql: "PRAGMA application_id") == Int(StoreFile.Kind.replica.applicationID) else { return nil }
            return try body(db)
        }
    }
}
