import Foundation

/// Who may read and write what: pure rules over the principal, the office registry and the entities involved, so
/// that the whole role × office × action matrix can be tested without a server, and so that a replica refuses at the
/// moment of an edit exactly what the server would refuse at push time.
///
/// - A county editor reads its own office's plans and its city's plans (what the city shares with it), and writes
///   only its own office's plans. It submits (status `submitted`) but never returns or accepts.
/// - A city reviewer reads its city's plans and every county of its city, writes the city's plans, and on a county's
///   plan writes only the review: a submission's `status` (`returned` or `accepted`) and `reviewNote`, and comments.
/// - An admin manages users and tokens and reads or writes no plan.
///
/// The state of a submission (who may move it from which state to which) is `SubmissionWorkflow`'s; comment
/// ownership is checked where the comment's history is known (`ChangeVetting`).
public enum AccessPolicy {
    public static func visibleOffices(of principal: Principal, in registry: [Office]) -> [Office] {
        let office = principal.office
        switch principal.role {
        case .admin:
            return []
        case .countyEditor:
            return registry.filter { $0.id == office.id || $0.id == office.parent }
        case .cityReviewer:
            let city = office.level == .city ? office.id : (office.parent ?? office.id)
            return registry.filter { $0.id == city || $0.parent == city }
        }
    }

    /// Why `principal` may not write `change`, or nil when it may. `officeOfChange` is the registry's entry for the
    /// office that owns the change's plan (nil when no such office is registered).
    public static func writeProblem(_ change: Change, by principal: Principal, officeOfChange: Office?) -> RuleViolation? {
        writeProblem(kind: change.kind, field: change.field, value: change.value, office: change.office,
                     by: principal, officeOfChange: officeOfChange)
    }

    public static func writeProblem(kind: EntityKind, field: String, value: String?, office: String, by principal: Principal,
                                    officeOfChange: Office?) -> RuleViolation? {
        guard let target = officeOfChange else {
            return RuleViolation(.forbidden, zh: "未知单位 \(office)", en: "unknown office \(office)")
        }
        let who = "\(principal.user) (\(principal.office.id))"
        switch principal.role {
        case .admin:
            return RuleViolation(.forbidden, zh: "管理员账号只管理用户，不能编辑规划",
                                 en: "an admin account manages users and cannot edit plans")
        case .countyEditor:
            guard target.id == principal.office.id else {
                return RuleViolation(.forbidden, zh: "\(who) 不能修改 \(target.name)（\(target.id)）的规划",
                                     en: "\(who) may not write plans of \(target.id)")
            }
            if kind == .submission {
                if field == "reviewNote" {
                    return RuleViolation(.forbidden, zh: "只有市局能填写审核意见", en: "only the city reviews a submission")
                }
                if field == "status", value != "submitted" {
                    let shown = value ?? "∅"
                    return RuleViolation(.forbidden, zh: "县区不能把自己的报送设为「\(shown)」；退回或通过由市局决定",
                                         en: "a county cannot set its own submission to \(shown); only the city returns or accepts")
                }
            }
            return nil
        case .cityReviewer:
            let city = principal.city
            if target.id == city { return nil }
            guard target.parent == city else {
                return RuleViolation(.forbidden, zh: "\(who) 不能修改 \(target.name)（\(target.id)）的规划",
                                     en: "\(who) may not write plans of \(target.id)")
            }
            switch (kind, field) {
            case (.submission, "status"):
                guard let value, value == "returned" || value == "accepted" else {
                    return RuleViolation(.forbidden, zh: "市局只能退回或通过报送", en: "the city may only return or accept a submission")
                }
                return nil
            case (.submission, "reviewNote"), (.comment, _):
                return nil
            default:
                return RuleViolation(.forbidden, zh: "市局审阅 \(target.name) 的规划，但不能修改其内容（\(kind.rawValue).\(field)）",
                                     en: "the city reviews \(target.id)'s plans but does not edit them (\(kind.rawValue).\(field))")
            }
        }
    }
}
