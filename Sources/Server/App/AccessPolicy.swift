import Foundation
import Shared

/// Who may read and write what: pure rules over the principal, the office registry and the entities involved, so
/// that the whole role × office × action matrix can be tested without a server.
///
/// - A county editor reads its own office's plans and its city's plans (what the city shares with it), and writes
///   only its own office's plans. It submits (status `submitted`) but never returns or accepts.
/// - A city reviewer reads its city's plans and every county of its city, writes the city's plans, and on a county's
///   plan writes only the review: a submission's `status` (`returned` or `accepted`) and `reviewNote`, and comments.
/// - An admin manages users and tokens and reads or writes no plan.
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
    public static func writeProblem(_ change: Change, by principal: Principal, officeOfChange: Office?) -> String? {
        guard let target = officeOfChange else { return "unknown office \(change.office)" }
        switch principal.role {
        case .admin:
            return "an admin account manages users and cannot edit plans"
        case .countyEditor:
            guard target.id == principal.office.id else {
                return "\(principal.user) (\(principal.office.id)) may not write plans of \(target.id)"
            }
            if change.kind == .submission {
                if change.field == "reviewNote" { return "only the city reviews a submission" }
                if change.field == "status", let value = change.value, value != "submitted" {
                    return "a county cannot set its own submission to \(value); only the city returns or accepts"
                }
            }
            return nil
        case .cityReviewer:
            let city = principal.office.level == .city ? principal.office.id : principal.office.parent
            if target.id == city { return nil }
            guard target.parent == city else {
                return "\(principal.user) (\(principal.office.id)) may not write plans of \(target.id)"
            }
            switch (change.kind, change.field) {
            case (.submission, "status"):
                guard let value = change.value, value == "returned" || value == "accepted" else {
                    return "the city may only return or accept a submission"
                }
                return nil
            case (.submission, "reviewNote"), (.comment, _):
                return nil
            default:
                return "the city reviews \(target.id)'s plans but does not edit them (\(change.kind.rawValue).\(change.field))"
            }
        }
    }
}
