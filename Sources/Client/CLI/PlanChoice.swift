import ClientCore
import Foundation
import Shared

/// Which plan a command means when none is named: the office's own live plan when it has exactly one (a city's
/// board and roll-up are of its own plan), else the only live plan the replica holds; otherwise the person is asked to
/// name one.
enum PlanChoice {
    static func resolve(_ given: String?, in replica: Replica) throws -> String {
        if let given { return try replica.resolveID(given) }
        let live = try replica.plans().filter { !$0.isDeleted }
        let own = live.filter { $0.office == replica.office.id }
        let candidates = own.isEmpty ? live : own
        guard candidates.count == 1 else {
            throw CommandFailure(message: tr("请指定规划编号（本单位有 \(candidates.count) 个规划，见 tributary plan list）",
                                             "name a plan (\(candidates.count) plans of this office; see tributary plan list)"))
        }
        return candidates[0].id
    }
}
