import Foundation

/// Where a submission (报送) stands. A submission with no status yet is a draft being written.
public enum SubmissionStatus: String, Codable, Sendable, CaseIterable {
    case draft, submitted, returned, accepted

    /// A verdict is final: after it, only a new submission moves the plan on.
    public var isVerdict: Bool { self == .returned || self == .accepted }
}

/// What the workflow needs to know about one submission, as the writer's store holds it (including the earlier
/// changes of the same batch or edit session).
public struct SubmissionFacts: Sendable, Equatable {
    public var status: SubmissionStatus
    public var hasSnapshot: Bool
    /// No other submission of the same plan was snapshotted after this one.
    public var isLatest: Bool
    /// The submission's first change is part of the batch being checked: it is being created now.
    public var createdNow: Bool
    /// Its verdict was written earlier in the batch being checked (a review note may accompany it).
    public var verdictNow: Bool

    public init(status: SubmissionStatus, hasSnapshot: Bool, isLatest: Bool, createdNow: Bool, verdictNow: Bool) {
        self.status = status
        self.hasSnapshot = hasSnapshot
        self.isLatest = isLatest
        self.createdNow = createdNow
        self.verdictNow = verdictNow
    }
}

/// The two parties of a submission: the office whose plan it is, and the city that reviews it.
public enum SubmissionParty: String, Sendable, CaseIterable {
    case owner, reviewer

    /// The writer's party for a submission of a plan of `planOffice`; nil for anyone else (who `AccessPolicy`
    /// already refuses).
    public static func of(_ principal: Principal, planOffice: Office) -> SubmissionParty? {
        if principal.office.id == planOffice.id { return .owner }
        if principal.role == .cityReviewer, planOffice.parent != nil, planOffice.parent == principal.city { return .reviewer }
        return nil
    }
}

/// The submission workflow as a state machine, applied by the server to every pushed change and by the client at
/// the moment of an edit:
///
///     draft ──owner: snapshot, then status=submitted──▶ submitted ──reviewer: returned | accepted──▶ verdict
///
/// - The owner writes the snapshot (once, required, validated), its note and time while the submission is a draft
///   (or in the batch that creates it), then sets `submitted`.
/// - The reviewer gives one verdict, on the plan's latest submission only, and may write its review note while the
///   submission awaits review or together with the verdict.
/// - Nothing changes after a verdict; a county that was told to revise submits anew.
public enum SubmissionWorkflow {
    public static let countyFields: Set<String> = ["snapshot", "note", "submittedMs"]

    public static func violation(field: String, value: String?, party: SubmissionParty, facts: SubmissionFacts) -> RuleViolation? {
        func no(_ zh: String, _ en: String) -> RuleViolation { RuleViolation(.forbidden, zh: zh, en: en) }
        let verdictDone = no("该报送已有审核结论（\(facts.status.rawValue)），不能再改；请重新报送",
                             "the submission already has its verdict (\(facts.status.rawValue)); submit anew instead")
        switch field {
        case "snapshot":
            guard party == .owner else { return no("只有报送单位能写快照", "only the submitting office writes the snapshot") }
            if facts.hasSnapshot { return no("报送的快照已写入，不能更改", "the submission already has its snapshot; a submitted snapshot cannot be changed") }
            if facts.status != .draft { return no("报送已提交，不能再写快照", "the submission was already submitted; its snapshot cannot be written now") }
            return value == nil ? no("快照不能为空", "a snapshot cannot be cleared") : nil
        case "note", "submittedMs":
            guard party == .owner else { return no("只有报送单位能写报送说明", "only the submitting office writes the submission's note") }
            if facts.status == .draft || facts.createdNow { return nil }
            return facts.status.isVerdict ? verdictDone : no("报送已提交，说明不能再改", "the submission was already submitted; its note is fixed")
        case "status":
            switch value.flatMap(SubmissionStatus.init(rawValue:)) {
            case .submitted?:
                guard party == .owner else { return no("只有报送单位能提交", "only the submitting office submits") }
                guard facts.status == .draft else {
                    return facts.status.isVerdict ? verdictDone : no("该报送已提交", "the submission was already submitted")
                }
                return facts.hasSnapshot ? nil : no("报送须先有快照", "a submission needs its snapshot before it is submitted")
            case .returned?, .accepted?:
                guard party == .reviewer else {
                    return no("只有市局能退回或通过报送", "only the reviewing city returns or accepts a submission")
                }
                switch facts.status {
                case .draft: return no("该报送尚未提交", "the submission has not been submitted")
                case .returned, .accepted: return verdictDone
                case .submitted:
                    return facts.isLatest ? nil : no("该报送已被更新的报送取代，只能审核最新一次报送",
                                                     "a newer submission of this plan supersedes this one; review the latest")
                }
            default:
                return no("报送状态只能设为 submitted、returned 或 accepted", "a submission's status can only be set to submitted, returned or accepted")
            }
        case "reviewNote":
            guard party == .reviewer else { return no("只有市局能填写审核意见", "only the city reviews a submission") }
            if facts.verdictNow { return nil }
            guard facts.status == .submitted else {
                return facts.status.isVerdict ? verdictDone : no("该报送尚未提交", "the submission has not been submitted")
            }
            return facts.isLatest ? nil : no("该报送已被更新的报送取代", "a newer submission of this plan supersedes this one")
        default:
            return no("报送没有字段 \(field)", "a submission has no field \(field)")
        }
    }

    /// A snapshot must be the plan it names: it decodes as a `PlanDocument` of that plan and office, and everything
    /// in it belongs to that plan. (Its size is bounded by the field's schema.)
    public static func snapshotViolation(_ text: String, plan: String, office: String) -> RuleViolation? {
        guard let document = try? WireJSON.decoder().decode(PlanDocument.self, from: Data(text.utf8)) else {
            return RuleViolation(.invalidChange, zh: "快照不是可读的规划文档", en: "the snapshot is not a readable plan document")
        }
        guard document.plan.id == plan, document.plan.kind == .plan, document.plan.office == office else {
            return RuleViolation(.invalidChange, zh: "快照不是所报送的规划 \(plan)", en: "the snapshot is not of the submitted plan \(plan)")
        }
        let parts = document.sections + document.indicators + document.tasks
        if parts.contains(where: { $0.plan != plan || $0.office != office }) {
            return RuleViolation(.invalidChange, zh: "快照含有其他规划的条目", en: "the snapshot holds entries of another plan")
        }
        return nil
    }
}
