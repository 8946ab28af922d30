import Foundation

/// The kinds of synced entity. Offices are not synced entities: the server's registry owns them.
public enum EntityKind: String, Codable, Sendable, CaseIterable, Comparable {
    case plan, section, indicator, task, comment, submission

    public static func < (a: EntityKind, b: EntityKind) -> Bool { a.rawValue < b.rawValue }
}

/// How a resolution settled a conflict; kept in the history so that reviewers can see who decided what.
public enum ResolutionKind: String, Codable, Sendable, CaseIterable {
    /// The shown (last-writer) value was kept.
    case keepWinner
    /// A losing contender's value was taken.
    case takeLoser
    /// A merge of the contenders (suggested or edited by hand).
    case merged
    /// A value typed by the reviewer.
    case custom
    /// A delete-against-edit conflict settled by keeping the delete.
    case keepDelete
    /// A delete-against-edit conflict settled by restoring the entity.
    case restore
}

/// One write of one field: the unit of sync.
///
/// A change names the versions it replaces (`replaces`): the version the writer saw for an edit, every contender for a
/// resolution. Nothing else about order matters: which versions are current is decided by `MergeRule` from the set
/// of changes a replica holds, never from the order in which they arrived.
public struct Change: Codable, Sendable, Hashable {
    /// The version this change creates, and the change's id.
    public var stamp: Stamp
    public var kind: EntityKind
    public var entity: String
    /// The plan the entity belongs to (the plan's own id for a plan). Fixed when the entity is created.
    public var plan: String
    /// The office that owns the plan. Fixed when the plan is created; access control reads it.
    public var office: String
    public var field: String
    /// `nil` clears the field.
    public var value: String?
    /// Versions of this same field that this change supersedes.
    public var replaces: [Stamp]
    /// For a tombstone (`deleted` = true): the versions of the entity's other fields the deleter had seen. An edit
    /// not among them was made concurrently, and the delete-against-edit becomes a conflict instead of a silent loss.
    public var observed: [Stamp]
    /// The person who made the change (a user name).
    public var author: String
    public var resolution: ResolutionKind?

    public init(
        stamp: Stamp, kind: EntityKind, entity: String, plan: String, office: String, field: String, value: String?,
        replaces: [Stamp] = [], observed: [Stamp] = [], author: String, resolution: ResolutionKind? = nil
    ) {
        self.stamp = stamp
        self.kind = kind
        self.entity = entity
        self.plan = plan
        self.office = office
        self.field = field
        self.value = value
        self.replaces = replaces
        self.observed = observed
        self.author = author
        self.resolution = resolution
    }

    enum CodingKeys: String, CodingKey {
        case stamp = "id", kind, entity, plan, office, field, value, replaces, observed, author, resolution
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        stamp = try c.decode(Stamp.self, forKey: .stamp)
        kind = try c.decode(EntityKind.self, forKey: .kind)
        entity = try c.decode(String.self, forKey: .entity)
        plan = try c.decode(String.self, forKey: .plan)
        office = try c.decode(String.self, forKey: .office)
        field = try c.decode(String.self, forKey: .field)
        value = try c.decodeIfPresent(String.self, forKey: .value)
        replaces = try c.decodeIfPresent([Stamp].self, forKey: .replaces) ?? []
        observed = try c.decodeIfPresent([Stamp].self, forKey: .observed) ?? []
        author = try c.decode(String.self, forKey: .author)
        resolution = try c.decodeIfPresent(ResolutionKind.self, forKey: .resolution)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(stamp, forKey: .stamp)
        try c.encode(kind, forKey: .kind)
        try c.encode(entity, forKey: .entity)
        try c.encode(plan, forKey: .plan)
        try c.encode(office, forKey: .office)
        try c.encode(field, forKey: .field)
        try c.encode(value, forKey: .value)
        if !replaces.isEmpty { try c.encode(replaces, forKey: .replaces) }
        if !observed.isEmpty { try c.encode(observed, forKey: .observed) }
        try c.encode(author, forKey: .author)
        try c.encodeIfPresent(resolution, forKey: .resolution)
    }

    public var isTombstone: Bool { field == Fields.deleted && value == Fields.yes }

    /// Two changes with one stamp must be the same change; anything else is a replay with different content.
    public func sameContent(as other: Change) -> Bool { self == other }
}

/// Field names shared by every kind.
public enum Fields {
    public static let deleted = "deleted"
    /// Where an outline item sits: "<parent id>/<fractional position>" (parent empty at the top level). One field, so
    /// that a move is one atomic write and two concurrent moves are one conflict.
    public static let place = "place"
    /// A section the document does not number (see `OutlineItem.numbered`).
    public static let unnumbered = "unnumbered"
    /// A section's number as its document prints it ("（四）" under 二、 when the document numbers straight through):
    /// shown instead of the computed one, so that an imported plan keeps the labels its readers cite.
    public static let label = "label"
    public static let yes = "true"
    public static let no = "false"
    /// An indicator's target and baseline: a conflict on one of them is shown as the whole target ("≥ 97%"), which
    /// reads the others.
    public static let indicatorTarget: Set<String> = ["value", "baselineValue", "comparator", "unit", "year", "baselineYear"]
}

/// Field names of comments.
public enum Comments {
    /// The office that wrote the comment, named by its first change; only that office edits or deletes it.
    public static let byOffice = "byOffice"
}
