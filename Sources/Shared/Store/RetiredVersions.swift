import Foundation
import Shared

/// A version a server compacted away (`tributary-server compact`): only which field it was a version of is kept.
///
/// A replica that slept past a compaction still holds changes whose `replaces` (or, for a delete, `observed`) name
/// such versions. Vetting must accept them as references to real, earlier versions of the same field, as it would
/// have before the compaction, and a retried push of a retired change itself is a duplicate, not a new change: the
/// server held it once, and taking it in again would bring back a version its successors already replaced.
public struct RetiredVersion: Sendable, Equatable {
    public var entity: String
    public var field: String
    public init(entity: String, field: String) {
        self.entity = entity
        self.field = field
    }
}

/// What a store knows of the changes it compacted away. Stores that never compact pass none.
public struct RetiredLookup: Sendable {
    /// Which of the given stamps were retired, and of which field they were versions.
    public var versions: @Sendable ([Stamp]) throws -> [Stamp: RetiredVersion]
    /// The tombstones of purged entities among the given ids, kept whole. A late edit of a purged entity brings its
    /// tombstone back before it is stored, so that it meets the delete as a delete-against-edit conflict, exactly as
    /// it would have before the purge, instead of quietly bringing back a fragment of a deleted entry (a tombstone
    /// purged before every replica saw it is the failure this guards against).
    public var tombstones: @Sendable ([String]) throws -> [String: Change]

    public init(versions: @escaping @Sendable ([Stamp]) throws -> [Stamp: RetiredVersion],
                tombstones: @escaping @Sendable ([String]) throws -> [String: Change]) {
        self.versions = versions
        self.tombstones = tombstones
    }
}

extension RetiredLookup {
    /// A lookup over what is already in memory: the memory store's own record, a PostgreSQL push's prefetch of the
    /// retired stamps and tombstones its batch can name.
    public static func holding(_ versions: [Stamp: RetiredVersion], tombstones: [String: Change]) -> RetiredLookup {
        RetiredLookup(
            versions: { stamps in Dictionary(stamps.compactMap { s in versions[s].map { (s, $0) } }, uniquingKeysWith: { a, _ in a }) },
            tombstones: { ids in Dictionary(ids.compactMap { id in tombstones[id].map { (id, $0) } }, uniquingKeysWith: { a, _ in a }) })
    }
}
