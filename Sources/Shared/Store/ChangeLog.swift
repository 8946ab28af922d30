import Foundation
import Shared

/// What applying a batch of changes did.
public struct ApplySummary: Sendable, Equatable {
    /// Changes stored now, in the order given.
    public var applied: [Stamp] = []
    /// Changes already held with the same content (a retry, an echo): nothing was done for them.
    public var duplicates: [Stamp] = []
    /// Open conflicts before and after, over the fields this batch touched.
    public var conflictsOpened = 0
    public var conflictsClosed = 0

    public init() {}
}

public enum ChangeLogError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A change reuses a known stamp with different content.
    case replay(Stamp)
    /// A change names an entity already known with another kind, plan or office.
    case entityMismatch(entity: String, expected: String)

    public var description: String {
        switch self {
        case .replay(let stamp): return "change \(stamp) was already received with different content"
        case .entityMismatch(let entity, let expected): return "entity \(entity) belongs to \(expected)"
        }
    }
}

/// Who holds an entity: fixed when its first change arrives.
public struct EntityKey: Sendable, Hashable {
    public var id: String
    public var kind: EntityKind
    public var plan: String
    public var office: String
    public init(id: String, kind: EntityKind, plan: String, office: String) {
        self.id = id
        self.kind = kind
        self.plan = plan
        self.office = office
    }
}

/// The change store both replicas and the server keep: every change ever received, the current value of every
/// field, and the open conflicts, all decided by `MergeRule`. Implemented over SQLite (`SQLiteChangeLog`) and in
/// memory (`MemoryChangeLog`); one contract test suite runs against both.
public protocol ChangeLog {
    /// Stores the changes not yet known and brings values and conflicts up to date, as one unit. Throws (and stores
    /// nothing) on a replay with different content or an entity whose kind, plan or office does not match.
    mutating func apply(_ changes: [Change]) throws -> ApplySummary
    func change(_ stamp: Stamp) throws -> Change?
    /// The changes already held among `stamps`, in as few reads as the store allows.
    func changes(_ stamps: [Stamp]) throws -> [Stamp: Change]
    /// The versions of a field that no known change replaces.
    func heads(entity: String, field: String) throws -> [Version]
    /// Every known version of a field, oldest first: its history.
    func history(entity: String, field: String) throws -> [Change]
    func entityKey(_ id: String) throws -> EntityKey?
    func state(of entity: String) throws -> EntityState?
    /// Current states of the entities of one plan (the plan itself included).
    func states(plan: String) throws -> [EntityState]
    /// The entities of a plan of the given kinds only: a plan's submissions and comments without its thousands of
    /// sections, indicators and tasks.
    func states(plan: String, kinds: Set<EntityKind>) throws -> [EntityState]
    /// The same, with only the named fields (and their stamps) read: a plan's outline (places, headings, names)
    /// without its paragraphs. An entity without any of those fields is still listed, with none.
    func states(plan: String, kinds: Set<EntityKind>, fields: Set<String>) throws -> [EntityState]
    /// Every plan entity known, deleted ones included.
    func plans() throws -> [EntityState]
    func conflicts(plan: String?) throws -> [ConflictRecord]
    func conflict(entity: String, field: String) throws -> ConflictRecord?
    /// Takes changes back out of the merge as if they had never been received: each change named (unknown stamps
    /// are ignored) and every held change that replaces one of them, directly or through others, since those were
    /// built on it. The versions they replaced become heads again (unless another change still replaces them), the
    /// touched fields and the entities' conflicts are decided afresh, and an entity left without changes is dropped.
    /// Returns the withdrawn changes in stamp order; the caller keeps them if they must not be lost.
    ///
    /// For changes the server refused: a replica must stop showing what the server never accepted, and a
    /// compensating change cannot do it (it would have to name the refused change, which the server does not know).
    mutating func withdraw(_ stamps: [Stamp]) throws -> [Change]
}

extension ChangeLog {
    public func document(plan id: String) throws -> PlanDocument? {
        let states = try states(plan: id)
        guard let plan = states.first(where: { $0.kind == .plan && $0.id == id }) else { return nil }
        return PlanDocument(plan: plan, sections: states.filter { $0.kind == .section },
                            indicators: states.filter { $0.kind == .indicator }, tasks: states.filter { $0.kind == .task })
    }
}
