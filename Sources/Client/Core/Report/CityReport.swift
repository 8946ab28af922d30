import Foundation
import Shared

/// Everything the city's printed report shows, gathered once from the replica so that rendering it
/// (`ReportHTML.render`) is a pure function of this value and can be tested without a replica.
public struct CityReport: Sendable {
    public var title: String
    public var period: String?
    /// Accepted submissions or working drafts: the report says which on its first page.
    public var mode: FigureMode
    /// When the report was made (it is a picture of one moment).
    public var generatedMs: Int64
    public var rollups: [RollupResult]
    public var board: [BoardRow]
    /// The city plan in reading order, numbered as the city numbers it.
    public var outline: [ReportOutlineItem]
    /// The task-breakdown table (任务分解表).
    public var tasks: [TaskRow]

    public init(title: String, period: String?, mode: FigureMode, generatedMs: Int64, rollups: [RollupResult],
                board: [BoardRow], outline: [ReportOutlineItem], tasks: [TaskRow]) {
        self.title = title
        self.period = period
        self.mode = mode
        self.generatedMs = generatedMs
        self.rollups = rollups
        self.board = board
        self.outline = outline
        self.tasks = tasks
    }

    /// Gathers the report of a consolidation: its roll-ups, the board's rows and the city plan's outline and tasks.
    public static func gather(replica: Replica, consolidation: Consolidation, today: Due, nowMs: Int64) throws -> CityReport {
        CityReport(title: consolidation.city.plan["title"] ?? "", period: consolidation.city.plan["period"],
                   mode: consolidation.mode, generatedMs: nowMs, rollups: consolidation.rollups,
                   board: try CityBoard.rows(replica: replica, consolidation: consolidation, today: today),
                   outline: ReportOutlineItem.items(consolidation.city),
                   tasks: consolidation.taskRows(today: today))
    }
}

/// One line of the city plan's outline in the report.
public enum ReportOutlineItem: Sendable, Equatable {
    /// A section: its depth (0 for 一、), the city's own number label, heading and body text.
    case section(depth: Int, label: String, heading: String, body: String)
    /// An indicator as one line (学前三年毛入园率 ≥ 97%（2025年）); `placeholder` when its value is still to be filled in.
    case indicator(depth: Int, text: String, placeholder: Bool)
    /// A task with who leads it, who else is responsible, and its deadline.
    case task(depth: Int, title: String, lead: String, responsible: String, due: String, status: String)

    /// The plan's items in reading order: loose items first, then each section followed by its own items.
    public static func items(_ document: PlanDocument) -> [ReportOutlineItem] {
        var result: [ReportOutlineItem] = []
        let sections = Dictionary(document.sections.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let indicatorsBySection = document.itemsBySection(document.indicators)
        let tasksBySection = document.itemsBySection(document.tasks)
        func items(_ section: String?, depth: Int) {
            for indicator in indicatorsBySection[section] ?? [] {
                let placeholder = indicator["value"].flatMap(Amount.init)?.isPlaceholder ?? false
                result.append(.indicator(depth: depth, text: OutlinePrinter.indicatorLine(indicator, in: .chinese), placeholder: placeholder))
            }
            for task in tasksBySection[section] ?? [] {
                result.append(.task(depth: depth, title: task["title"] ?? "", lead: task["lead"] ?? "",
                                    responsible: [task["county"], task["partners"]].compactMap { $0 }.joined(separator: "、"),
                                    due: task["due"] ?? "", status: task["status"] ?? "planned"))
            }
        }
        items(nil, depth: 0)
        for node in Outline.flatten(document.outline) {
            let section = sections[node.id]
            result.append(.section(depth: node.depth, label: node.label, heading: section?["heading"] ?? "",
                                   body: section?["body"] ?? ""))
            items(node.id, depth: node.depth + 1)
        }
        return result
    }
}
