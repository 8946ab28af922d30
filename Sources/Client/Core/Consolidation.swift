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
    /// The office whose plan holds the task (the city, or a county for its own tasks), for tables that list both.
    public var owner: String? = nil
}

/// Which copy of each county's plan the city's figures read.
public enum FigureMode: String, Codable, Sendable {
    /// The snapshot of the county's latest accepted submission: what the city signed off, unmoved by later edits.
    case accepted
    /// The county's current working plan (`--draft`): work in progress, not yet signed off.
    case draft
}

/// What the city consolidates: its plan, and for each county under it the plan its figures come from.
public struct Consolidation: Sendable {
    public var city: PlanDocument
    /// The city's office (nil only when the replica does not know it yet).
    public var cityOffice: Office?
    public var mode: FigureMode
    /// Each county with the plan its figures come from (per `mode`; nil: nothing to read).
    public var counties: [(Office, PlanDocument?)]
    /// Each county's current working plan (the latest-created of the city's period): task progress, the board's
    /// conflicts and overdue tasks always read these.
    public var workingPlans: [(Office, PlanDocument?)]
    /// Where each county's figures come from, by office id.
    public var sources: [String: FigureSource]

    /// Gathers the counties' figures from what the replica holds: by default from each county's latest accepted
    /// submission (preferring plans of the city plan's period), flagging a working plan that has changed since; with
    /// `.draft`, from the working plans.
    public static func gather(replica: Replica, cityPlan: String, mode: FigureMode) throws -> Consolidation {
        guard let city = try replica.document(plan: cityPlan) else { throw ReplicaError.unknownEntity(cityPlan) }
        let known = try replica.offices()
        let offices = known.filter { $0.level == .county && $0.parent == city.plan.office }
        let plans = try replica.plans().filter { !$0.isDeleted }
        let period = city.plan["period"]
        let accepted = mode == .accepted ? try replica.submissions().filter { $0.status == "accepted" } : []
        let allPlans = Dictionary(try replica.plans().map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var working: [(Office, PlanDocument?)] = []
        var counties: [(Office, PlanDocument?)] = []
        var sources: [String: FigureSource] = [:]
        for office in offices {
            let candidates = plans.filter { $0.office == office.id }
            let samePeriod = candidates.filter { $0["period"] == period }
            let chosen = (samePeriod.isEmpty ? candidates : samePeriod).max { ($0.stamps["title"] ?? Stamp(ms: 0, counter: 0, replica: "")) < ($1.stamps["title"] ?? Stamp(ms: 0, counter: 0, replica: "")) }
            let draft = try chosen.flatMap { try replica.document(plan: $0.id) }
            working.append((office, draft))
            switch mode {
            case .draft:
                counties.append((office, draft))
                sources[office.id] = FigureSource(kind: draft == nil ? .noPlan : .draft, plan: draft?.plan.id)
            case .accepted:
                let (document, source) = try acceptedFigures(replica: replica, office: office, period: period,
                                                             accepted: accepted, plans: allPlans)
                counties.append((office, document))
                sources[office.id] = source
            }
        }
        return Consolidation(city: city, cityOffice: known.first { $0.id == city.plan.office }, mode: mode,
                             counties: counties, workingPlans: working, sources: sources)
    }

    /// The county's latest accepted submission (of the city's period when it has one) and its frozen plan.
    static func acceptedFigures(replica: Replica, office: Office, period: String?, accepted: [Submission],
                                plans: [String: EntityState]) throws -> (PlanDocument?, FigureSource) {
        let own = accepted.filter { $0.office == office.id }
        let samePeriod = own.filter { plans[$0.plan]?["period"] == period }
        var latest: (submission: Submission, ms: Int64)?
        for submission in samePeriod.isEmpty ? own : samePeriod {
            let ms = try replica.state(of: submission.id)?.stamps["status"]?.ms ?? submission.submittedMs ?? 0
            if latest.map({ (ms, submission.id) > ($0.ms, $0.submission.id) }) ?? true { latest = (submission, ms) }
        }
        guard let (submission, acceptedMs) = latest else { return (nil, FigureSource(kind: .none)) }
        var source = FigureSource(kind: .accepted, submission: submission.id, acceptedMs: acceptedMs, plan: submission.plan)
        let snapshot: PlanDocument?
        do {
            snapshot = try replica.readableSnapshot(of: submission.id)
        } catch let error as SnapshotUnreadable {
            source.kind = .unreadable
            source.problem = Phrase(error.message(.chinese), error.message(.english))
            return (nil, source)
        }
        guard let snapshot else {
            source.kind = .unreadable
            source.problem = Phrase("报送 \(OutlinePrinter.shortID(submission.id)) 没有快照", "submission \(OutlinePrinter.shortID(submission.id)) has no snapshot")
            return (nil, source)
        }
        if let current = try replica.document(plan: submission.plan) {
            source.changedSinceAcceptance = SubmissionDiff.compare(snapshot, current, in: .english).count + (current.plan.isDeleted ? 1 : 0)
        }
        return (snapshot, source)
    }

    /// Every city indicator that declares a roll-up, each county's entry saying where its figure comes from.
    public var rollups: [RollupResult] {
        city.indicators.filter { !$0.isDeleted && $0["rollup"] != nil }
            .sorted { ($0.place?.position ?? "", $0.id) < ($1.place?.position ?? "", $1.id) }
            .map { Rollup.compute(cityIndicator: $0, counties: counties, sources: sources) }
    }

    /// The city's tasks in outline order, a broken-down task showing its county's own progress when the county's
    /// working plan has a task of the same title (progress is tracked in the working plan, after acceptance too).
    public func taskRows(today: Due) -> [TaskRow] {
        orderedTasks(city).enumerated().map { index, task in
            var status = task["status"] ?? "planned"
            if let county = task["county"], let plan = workingPlans.first(where: { $0.0.name == county || $0.0.id == county })?.1,
               let own = plan.tasks.first(where: { !$0.isDeleted && $0["title"] == task["title"] }) {
                status = own["status"] ?? status
            }
            let overdue = status != "done" && (task["due"].flatMap(Due.init).map { $0 < today } ?? false)
            return TaskRow(number: index + 1, task: task["title"] ?? "", lead: task["lead"] ?? "",
                           responsible: [task["county"], task["partners"]].compactMap { $0 }.joined(separator: "、"),
                           due: task["due"] ?? "", status: status, overdue: overdue, county: task["county"],
                           owner: cityOffice?.name ?? city.plan.office)
        }
    }

    /// Every county's own tasks, county by county in outline order, read from the working plans (where progress is
    /// tracked, after acceptance too), numbered on from `first`. The city's task table lists these after its own, so
    /// that one spreadsheet shows every commitment under the city.
    public func countyTaskRows(today: Due, numberedFrom first: Int) -> [TaskRow] {
        var rows: [TaskRow] = []
        for (office, plan) in workingPlans {
            guard let plan else { continue }
            for task in orderedTasks(plan) where !task.isDeleted {
                let status = task["status"] ?? "planned"
                let overdue = status != "done" && (task["due"].flatMap(Due.init).map { $0 < today } ?? false)
                rows.append(TaskRow(number: first + rows.count, task: task["title"] ?? "", lead: task["lead"] ?? office.name,
                                    responsible: task["partners"] ?? "", due: task["due"] ?? "", status: status,
                                    overdue: overdue, county: office.name, owner: office.name))
            }
        }
        return rows
    }
}

/// Tasks in the order a reader meets them in the outline.
func orderedTasks(_ document: PlanDocument) -> [EntityState] {
    let bySection = document.itemsBySection(document.tasks)
    var result = bySection[nil] ?? []
    for node in Outline.flatten(document.outline) { result += bySection[node.id] ?? [] }
    return result
}

/// Today as a `Due`, from an injected clock.
public func today(_ clock: any WallClock) -> Due {
    let date = Date(timeIntervalSince1970: Double(clock.nowMs()) / 1000)
    let parts = Calendar(identifier: .gregorian).dateComponents(in: TimeZone.current, from: date)
    let month = parts.month ?? 1, day = parts.day ?? 1
    return Due("\(parts.year ?? 2000)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)")!
}
