import Foundation
import Shared

/// One county on the city's board. Computed here rather than in the `board` command so that the printed report
/// (`export report`) shows exactly the rows `board` prints and `board --json` emits.
public struct BoardRow: Encodable, Sendable {
    public var office: Office
    public var plan: String?
    /// The county's last completed sync, as the server reported at this replica's last sync.
    public var lastSyncMs: Int64?
    public var lastActivityMs: Int64?
    /// The status of the county's latest submission (draft: none yet).
    public var submission: String
    public var latestSubmission: String?
    /// Where the indicator columns come from: an accepted submission (and whether the working plan has changed
    /// since), the working plan, or nothing.
    public var figures: FigureSource?
    public var openConflicts: Int
    public var missingIndicators: [String]
    public var placeholderIndicators: [String]
    public var overdueTasks: [String]
}

public enum CityBoard {
    /// Every county of the consolidation: submissions, conflicts and overdue tasks from its working plan, gaps from the
    /// roll-ups (which read accepted submissions unless the consolidation reads drafts).
    public static func rows(replica: Replica, consolidation: Consolidation, today now: Due) throws -> [BoardRow] {
        let rollups = consolidation.rollups
        let conflicts = try replica.conflicts()
        let submissions = try replica.submissions()
        let lastSync = try replica.officeLastSync()
        return consolidation.workingPlans.map { office, document in
            let planID = document?.plan.id
            let stamps = document.map { d in (d.sections + d.indicators + d.tasks + [d.plan]).flatMap { $0.stamps.values } } ?? []
            let ofPlan = submissions.filter { $0.plan == planID }
            let latest = ofPlan.last ?? submissions.filter { $0.office == office.id }.last
            let overdue = document.map { d in
                d.tasks.filter { !$0.isDeleted && $0["status"] != "done" && ($0["due"].flatMap(Due.init).map { $0 < now } ?? false) }
                    .map { $0["title"] ?? "" }
            } ?? []
            return BoardRow(office: office, plan: planID, lastSyncMs: lastSync[office.id], lastActivityMs: stamps.map(\.ms).max(),
                            submission: latest?.status ?? "draft", latestSubmission: latest?.id,
                            figures: consolidation.sources[office.id],
                            openConflicts: conflicts.filter { $0.plan == planID }.count,
                            missingIndicators: rollups.filter { $0.missing.contains(office) }.map(\.name),
                            placeholderIndicators: rollups.filter { $0.placeholders.contains(office) }.map(\.name),
                            overdueTasks: overdue)
        }
    }
}
