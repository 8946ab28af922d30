import Foundation
import Shared

/// One row of a task-breakdown table (任务分解表).
public struct TaskRow: Codable, Sendable, Equatable {
    public var number: Int
    public var task: String
    public var lead: String
    public var responsible: String
    public var due: String
    public var status: String
    public var overdue: Bool
    public var county: String?
}

/// What the city consolidates: its plan, and for each county under it the county's matching plan.
public struct Consolidation: Sendable {
    public var city: PlanDocument
    public var counties: [(Office, PlanDocument?)]

    /// The counties' plans for the same period (the latest-created if several), from what the replica holds.
    public static func gather(replica: Replica, cityPlan: String) throws -> Consolidation {
        guard let city = try replica.document(plan: cityPlan) else { throw ReplicaError.unknownEntity(cityPlan) }
        let offices = try replica.offices().filter { $0.level == .county && $0.parent == city.plan.office }
        let plans = try replica.plans().filter { !$0.isDeleted }
        var counties: [(Office, PlanDocument?)] = []
        for office in offices {
            let candidates = plans.filter { $0.office == office.id }
            let samePeriod = candidates.filter { $0["period"] == city.plan["period"] }
            let chosen = (samePeriod.isEmpty ? candidates : samePeriod).max { ($0.stamps["title"] ?? Stamp(ms: 0, counter: 0, replica: "")) < ($1.stamps["title"] ?? Stamp(ms: 0, counter: 0, replica: "")) }
            counties.append((office, try chosen.flatMap { try replica.document(plan: $0.id) }))
        }
        return Consolidation(city: city, counties: counties)
    }

    /// Every city indicator that declares a roll-up.
    public var rollups: [RollupResult] {
        city.indicators.filter { !$0.isDeleted && $0["rollup"] != nil }
            .sorted { ($0.place?.position ?? "", $0.id) < ($1.place?.position ?? "", $1.id) }
            .map { Rollup.compute(cityIndicator: $0, counties: counties) }
    }

    /// The city's tasks in outline order, a broken-down task showing its county's own progress when the county's
    /// plan has a task of the same title.
    public func taskRows(today: Due) -> [TaskRow] {
        orderedTasks(city).enumerated().map { index, task in
            var status = task["status"] ?? "planned"
            if let county = task["county"], let plan = counties.first(where: { $0.0.name == county || $0.0.id == county })?.1,
               let own = plan.tasks.first(where: { !$0.isDeleted && $0["title"] == task["title"] }) {
                status = own["status"] ?? status
            }
            let overdue = status != "done" && (task["due"].flatMap(Due.init).map { $0 < today } ?? false)
            return TaskRow(number: index + 1, task: task["title"] ?? "", lead: task["lead"] ?? "",
                           responsible: [task["county"], task["partners"]].compactMap { $0 }.joined(separator: "、"),
                           due: task["due"] ?? "", status: status, overdue: overdue, county: task["county"])
        }
    }
}

/// Tasks in the order a reader meets them in the outline.
func orderedTasks(_ document: PlanDocument) -> [EntityState] {
    var result = document.items(document.tasks, under: nil)
    for node in Outline.flatten(document.outline) { result += document.items(document.tasks, under: node.id) }
    return result
}

/// Today as a `Due`, from an injected clock.
public func today(_ clock: any WallClock) -> Due {
    let date = Date(timeIntervalSince1970: Double(clock.nowMs()) / 1000)
    let parts = Calendar(identifier: .gregorian).dateComponents(in: TimeZone.current, from: date)
    let month = parts.month ?? 1, day = parts.day ?? 1
    return Due("\(parts.year ?? 2000)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)")!
}
