import Foundation
import GRDB
import Shared
import SharedStore

/// Reading the change history as people ask for it: recent changes with filters (`tributary log`) and what has
/// been deleted and can be restored (`tributary trash`).
extension Replica {
    public struct LogFilter: Sendable {
        public var entity: String?
        public var author: String?
        public var plan: String?
        public var sinceMs: Int64?
        public var limit: Int
        public init(entity: String? = nil, author: String? = nil, plan: String? = nil, sinceMs: Int64? = nil, limit: Int = 50) {
            self.entity = entity
            self.author = author
            self.plan = plan
            self.sinceMs = sinceMs
            self.limit = limit
        }
    }

    /// The most recent changes (by stamp: the order their writers made them), newest first.
    public func recentChanges(_ filter: LogFilter) throws -> [Change] {
        try pool.read { db in
            var conditions: [String] = []
            var arguments: [DatabaseValueConvertible] = []
            if let entity = filter.entity { conditions.append("entity = ?"); arguments.append(entity) }
            if let author = filter.author { conditions.append("author = ?"); arguments.append(author) }
            if let plan = filter.plan { conditions.append("plan = ?"); arguments.append(plan) }
            if let since = filter.sinceMs {
                // Stamps are fixed-width text that sorts as time: compare against the first stamp of that millisecond.
                conditions.append("stamp >= ?")
                arguments.append(Stamp(ms: since, counter: 0, replica: "").description)
            }
            let whereClause = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
            return try Row.fetchAll(db, sql: "SELECT \(Change.columns) FROM change \(whereClause) ORDER BY stamp DESC LIMIT ?",
                                    arguments: StatementArguments(arguments + [filter.limit])).map(Change.init(row:))
        }
    }

    /// A deleted entry that `restore` can bring back.
    public struct TrashItem: Codable, Sendable, Equatable {
        public var id: String
        public var kind: EntityKind
        public var plan: String
        public var label: String
        public var deletedBy: String
        public var deletedMs: Int64
    }

    /// Deleted sections, indicators, tasks and plans of this office, most recently deleted first.
    public func trash() throws -> [TrashItem] {
        var items: [TrashItem] = []
        for plan in try plans() where plan.office == office.id {
            for state in try read({ try $0.states(plan: plan.id) }) where state.isDeleted && state.kind != .comment && state.kind != .submission {
                guard let stamp = state.stamps[Fields.deleted] else { continue }
                let author = try history(entity: state.id, field: Fields.deleted).first { $0.stamp == stamp }?.author ?? ""
                items.append(TrashItem(id: state.id, kind: state.kind, plan: plan.id, label: Self.label(state),
                                       deletedBy: author, deletedMs: stamp.ms))
            }
        }
        return items.sorted { ($0.deletedMs, $0.id) > ($1.deletedMs, $1.id) }
    }

    /// What a person calls an entry: its heading, name or title.
    public static func label(_ state: EntityState) -> String {
        state["heading"] ?? state["name"] ?? state["title"] ?? state["body"].map { String($0.prefix(30)) } ?? state.id
    }
}

/// The city's review as the county meets it: returned submissions with their comments, and comments beside the
/// items they are about.
extension Replica {
    public struct ReturnedSubmission: Codable, Sendable, Equatable {
        public var plan: String
        public var title: String
        public var submission: String
        public var reviewNote: String?
        public var comments: [SubmissionComment]
    }

    /// This office's plans whose latest submission the city returned: what the county has to act on.
    public func returnedSubmissions() throws -> [ReturnedSubmission] {
        var result: [ReturnedSubmission] = []
        for plan in try plans() where plan.office == office.id && !plan.isDeleted {
            guard let latest = try submissions(plan: plan.id).last, latest.status == SubmissionStatus.returned.rawValue else { continue }
            result.append(ReturnedSubmission(plan: plan.id, title: plan["title"] ?? plan.id, submission: latest.id,
                                             reviewNote: latest.reviewNote, comments: latest.comments))
        }
        return result
    }

    /// Live comments of a plan by the entry they are about.
    public func commentsByTarget(plan: String) throws -> [String: [String]] {
        var result: [String: [String]] = [:]
        for state in try read({ try $0.states(plan: plan, kinds: [.comment]) }) where !state.isDeleted {
            guard let target = state["target"], let body = state["body"] else { continue }
            result[target, default: []].append(body)
        }
        return result
    }
}

extension Replica {
    /// The fields of a plan's outline: where each entry sits, whether it is numbered or gone, and its words.
    static let outlineFields: Set<String> = [Fields.place, Fields.deleted, Fields.unnumbered, Fields.label, "heading", "name", "title"]

    /// A plan as a conflict's context needs it, in one read: the plan and its sections with their outline fields only,
    /// the indicators and tasks likewise when `items` is set (to describe a move among them), and the `whole`
    /// entities with every field. A 4,000-field plan is mostly paragraphs the context never shows; reading them for
    /// 25 plans was most of `conflicts list`'s time.
    public func outlineDocument(plan: String, whole: Set<String>, items: Bool) throws -> PlanDocument? {
        try read { log in
            let kinds: Set<EntityKind> = items ? [.plan, .section, .indicator, .task] : [.plan, .section]
            var states = try log.states(plan: plan, kinds: kinds, fields: Self.outlineFields)
            var index = Dictionary(states.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
            for id in whole.sorted() {
                guard let state = try log.state(of: id), state.plan == plan,
                      [.plan, .section, .indicator, .task].contains(state.kind) else { continue }
                if let at = index[id] { states[at] = state } else { index[id] = states.count; states.append(state) }
            }
            guard let planState = states.first(where: { $0.kind == .plan && $0.id == plan }) else { return nil }
            let ordered = states.sorted { $0.id < $1.id }
            return PlanDocument(plan: planState, sections: ordered.filter { $0.kind == .section },
                                indicators: ordered.filter { $0.kind == .indicator }, tasks: ordered.filter { $0.kind == .task })
        }
    }

    /// A plan as this replica would have shown it at `ms`: the merge rule over the changes stamped up to then. Nil
    /// when the plan did not exist yet.
    public func document(plan: String, asOf ms: Int64) throws -> PlanDocument? {
        let cutoff = Stamp(ms: ms, counter: Stamp.maxCounter, replica: "~")
        let changes = try pool.read { db in
            try Row.fetchAll(db, sql: "SELECT \(Change.columns) FROM change WHERE plan = ? AND stamp <= ? ORDER BY stamp",
                             arguments: [plan, cutoff.description]).map(Change.init(row:))
        }
        var log = MemoryChangeLog()
        _ = try log.apply(changes)
        return try log.document(plan: plan)
    }
}
