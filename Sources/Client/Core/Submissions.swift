import Foundation
import Shared
import SharedStore

/// A county's submission (报送) of a plan to the city, as a replica sees it.
public struct Submission: Codable, Sendable, Equatable {
    public var id: String
    public var plan: String
    public var office: String
    public var status: String
    public var note: String?
    public var reviewNote: String?
    public var submittedMs: Int64?
    public var submittedBy: String?
    /// The city's comments on parts of the plan.
    public var comments: [SubmissionComment]
}

public struct SubmissionComment: Codable, Sendable, Equatable {
    public var id: String
    public var target: String?
    public var body: String
    public var author: String?
}

/// The submission workflow on top of ordinary synced fields: a submission is an entity of the county's plan whose
/// `snapshot` is written once (the server refuses a second write), whose `status` the county sets to submitted and
/// the city to returned or accepted, and whose comments are `comment` entities pointing at it. Everything travels
/// through the same sync, so a return made offline reaches the county at its next sync.
extension Replica {
    /// Freezes the plan as it is now and submits it with a note.
    @discardableResult
    public func submit(plan: String, note: String?) throws -> String {
        guard let document = try document(plan: plan) else { throw ReplicaError.unknownEntity(plan) }
        guard document.plan.office == office.id else { throw ReplicaError.notYourOffice(plan: plan, office: document.plan.office) }
        let snapshot = String(decoding: try WireJSON.encoder().encode(document), as: UTF8.self)
        let now = wallClock.nowMs()
        return try edit { session in
            // The workflow's order: the frozen copy, its note and time while a draft, then `submitted`.
            try session.addEntity(.submission, plan: plan, orderedFields: [
                ("snapshot", snapshot), ("note", note ?? ""), ("submittedMs", String(now)), ("status", "submitted"),
            ])
        }
    }

    /// The city's verdict: returned (with comments on sections, indicators or tasks) or accepted.
    public func review(submission: String, status: String, note: String?, comments: [(target: String?, body: String)] = []) throws {
        guard Schema.submissionStatuses.contains(status), status != "submitted" else {
            throw ReplicaError.invalidValue(Phrase("状态只能是退回或通过", "status must be returned or accepted"))
        }
        guard let key = try read({ try $0.entityKey(submission) }), key.kind == .submission else {
            throw ReplicaError.unknownEntity(submission)
        }
        try edit { session in
            try session.setAny(submission, "status", status)
            if let note { try session.setAny(submission, "reviewNote", note) }
            for comment in comments {
                var fields = ["submission": submission, "body": comment.body]
                fields["target"] = comment.target
                _ = try session.addComment(plan: key.plan, office: key.office, fields: fields)
            }
        }
    }

    public func submissions(plan: String? = nil) throws -> [Submission] {
        let plans = try plan.map { [$0] } ?? self.plans().map(\.id)
        var result: [Submission] = []
        for planID in plans {
            let states = try read { try $0.states(plan: planID, kinds: [.submission, .comment]) }
            let comments = states.filter { $0.kind == .comment && !$0.isDeleted }
            for state in states where state.kind == .submission {
                let author = try history(entity: state.id, field: "snapshot").first?.author
                result.append(Submission(
                    id: state.id, plan: state.plan, office: state.office, status: state["status"] ?? "submitted",
                    note: state["note"], reviewNote: state["reviewNote"], submittedMs: state["submittedMs"].flatMap { Int64($0) },
                    submittedBy: author,
                    comments: comments.filter { $0["submission"] == state.id }.map {
                        SubmissionComment(id: $0.id, target: $0["target"], body: $0["body"] ?? "", author: nil)
                    }))
            }
        }
        return result.sorted { ($0.submittedMs ?? 0, $0.id) < ($1.submittedMs ?? 0, $1.id) }
    }

    public func snapshot(of submission: String) throws -> PlanDocument? {
        guard let text = try state(of: submission)?["snapshot"] else { return nil }
        return try WireJSON.decoder().decode(PlanDocument.self, from: Data(text.utf8))
    }
}

extension EditSession {
    /// A new entity of any kind in a plan (the office defaults to the plan's).
    mutating func addEntity(_ kind: EntityKind, plan: String, office: String? = nil, orderedFields: [(String, String)]) throws -> String {
        guard let planKey = try log.entityKey(plan), planKey.kind == .plan else { throw ReplicaError.unknownEntity(plan) }
        let key = EntityKey(id: replica.ids.newID(), kind: kind, plan: plan, office: office ?? planKey.office)
        for (field, value) in orderedFields { try write(key, field, value) }
        return key.id
    }

    /// A new comment: its first change names the writing office (`byOffice`), which alone may edit it later.
    mutating func addComment(plan: String, office: String, fields: [String: String]) throws -> String {
        guard let planKey = try log.entityKey(plan), planKey.kind == .plan else { throw ReplicaError.unknownEntity(plan) }
        let key = EntityKey(id: replica.ids.newID(), kind: .comment, plan: plan, office: office)
        try write(key, Comments.byOffice, replica.office.id)
        for (field, value) in fields.sorted(by: { $0.key < $1.key }) { try write(key, field, value) }
        return key.id
    }

    /// Sets a field without the outline checks of `set` (submission status, review notes).
    mutating func setAny(_ entity: String, _ field: String, _ value: String?) throws {
        guard let key = try log.entityKey(entity) else { throw ReplicaError.unknownEntity(entity) }
        try write(key, field, value)
    }
}

/// What changed between two submissions of a plan, in words.
public enum SubmissionDiff {
    public struct Line: Codable, Sendable, Equatable {
        public enum Kind: String, Codable, Sendable { case added, removed, changed }
        public var kind: Kind
        public var what: String
        public var before: String?
        public var after: String?
    }

    public static func compare(_ old: PlanDocument, _ new: PlanDocument, in tr: Localizer) -> [Line] {
        var lines: [Line] = []
        func describe(_ state: EntityState) -> String {
            switch state.kind {
            case .section: return tr("章节「\(state["heading"] ?? "")」", "section “\(state["heading"] ?? "")”")
            case .indicator: return tr("指标「\(state["name"] ?? "")」", "indicator “\(state["name"] ?? "")”")
            case .task: return tr("任务「\(state["title"] ?? "")」", "task “\(state["title"] ?? "")”")
            default: return state.kind.rawValue
            }
        }
        let watched: [EntityKind: [String]] = [
            .section: ["heading", "body"], .indicator: ["name", "comparator", "value", "unit", "year", "scope"],
            .task: ["title", "lead", "partners", "due", "status", "detail"],
        ]
        let oldItems = Dictionary((old.sections + old.indicators + old.tasks).filter { !$0.isDeleted }.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let newItems = (new.sections + new.indicators + new.tasks).filter { !$0.isDeleted }
        for item in newItems {
            guard let before = oldItems[item.id] else {
                lines.append(Line(kind: .added, what: describe(item), before: nil, after: nil))
                continue
            }
            for field in watched[item.kind] ?? [] where before[field] != item[field] {
                lines.append(Line(kind: .changed, what: describe(item) + "·" + FieldNames.name(field, in: tr), before: before[field], after: item[field]))
            }
        }
        let newIDs = Set(newItems.map(\.id))
        for item in oldItems.values.sorted(by: { $0.id < $1.id }) where !newIDs.contains(item.id) {
            lines.append(Line(kind: .removed, what: describe(item), before: nil, after: nil))
        }
        if old.plan["title"] != new.plan["title"] {
            lines.insert(Line(kind: .changed, what: tr("标题", "title"), before: old.plan["title"], after: new.plan["title"]), at: 0)
        }
        return lines
    }
}

/// Field names as people say them, for what is printed (codes stay in JSON field keys and commands).
public enum FieldNames {
    static let names: [String: (String, String)] = [
        "title": ("标题", "title"), "heading": ("标题", "heading"), "body": ("正文", "text"), "name": ("名称", "name"),
        "comparator": ("比较", "comparison"), "value": ("目标值", "target value"), "unit": ("单位", "unit"),
        "year": ("年份", "year"), "scope": ("范围", "scope"), "lead": ("牵头单位", "lead"), "partners": ("责任单位", "partners"),
        "due": ("完成时限", "deadline"), "status": ("状态", "status"), "detail": ("内容", "detail"), "progress": ("进展", "progress"),
        "baselineValue": ("基期值", "baseline"), "baselineYear": ("基期年份", "baseline year"), "period": ("期限", "period"),
        "planKind": ("类型", "kind"), "rollup": ("汇总方式", "roll-up"), "place": ("位置", "position"), "deleted": ("删除", "deleted"),
    ]

    public static func name(_ field: String, in tr: Localizer) -> String {
        names[field].map { tr($0.0, $0.1) } ?? field
    }
}
