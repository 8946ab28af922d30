import ArgumentParser
import ClientCore
import Foundation
import Review
import Shared

/// `tributary conflicts`: the command-line side of conflict review (the full-screen side is `tributary review`).
struct ConflictsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "conflicts",
        abstract: tr("查看与解决冲突", "List, show and resolve conflicts"),
        subcommands: [ConflictsList.self, ConflictsShow.self, ConflictsResolve.self],
        defaultSubcommand: ConflictsList.self)
}

/// The filters shared by `conflicts list`, `conflicts resolve` and `review`.
struct ConflictFilterOptions: ParsableArguments {
    @Option(help: ArgumentHelp(tr("只看某规划（编号或前缀）", "one plan (id or prefix)")), completion: Completions.plans) var plan: String?
    @Option(help: ArgumentHelp(tr("只看某单位（代码）", "one office (code)"))) var office: String?
    @Option(help: ArgumentHelp(tr("只看某章节及其下级（编号或前缀）", "one section and everything inside it")), completion: Completions.ids([.section])) var section: String?
    @Option(help: ArgumentHelp(tr("只看某人写的", "written by this person"))) var author: String?
    @Option(name: .customLong("older-than"), help: ArgumentHelp(tr("产生早于（如 3d、12h、30m、2w）", "opened longer ago than (3d, 12h, 30m, 2w)")))
    var olderThan: String?
    @Option(name: .customLong("newer-than"), help: ArgumentHelp(tr("产生晚于（如 3d）", "opened more recently than (3d)"))) var newerThan: String?

    func validate() throws {
        for (name, text) in [("--older-than", olderThan), ("--newer-than", newerThan)] {
            if let text, ConflictFilter.duration(text) == nil {
                throw ValidationError(tr("\(name) 须为数字加单位 m/h/d/w，如 3d", "\(name) takes a number and m/h/d/w, e.g. 3d"))
            }
        }
    }

    func filter(_ replica: Replica) throws -> ConflictFilter {
        ConflictFilter(plan: try plan.map(replica.resolveID), office: office, section: try section.map(replica.resolveID),
                       author: author, olderThanMs: olderThan.flatMap(ConflictFilter.duration),
                       newerThanMs: newerThan.flatMap(ConflictFilter.duration))
    }
}

/// Open conflicts with what is needed to show them, read from a replica.
struct LoadedConflict {
    var record: ConflictRecord
    var context: ConflictContext
}

enum ConflictLoader {
    static var words: Words { localizer }
    static var nowMs: Int64 { SystemWallClock().nowMs() }

    /// Which conflicts to load: those this replica's user may resolve (what review and bulk resolution offer), or
    /// every open one (to look at, or to count those only another office can settle).
    enum Scope { case resolvable, all }

    static func load(_ replica: Replica, filter: ConflictFilter = ConflictFilter(), nowMs: Int64 = ConflictLoader.nowMs,
                     scope: Scope = .resolvable) throws -> [LoadedConflict] {
        let (mine, others) = try loadByResolver(replica, filter: filter, nowMs: nowMs, others: scope == .all)
        return sorted(mine + others)
    }

    /// The conflicts this office may resolve and (when `others` is set) those only another office may, each list
    /// filtered; every plan's document is read once for both.
    static func loadByResolver(_ replica: Replica, filter: ConflictFilter = ConflictFilter(), nowMs: Int64 = ConflictLoader.nowMs,
                               others: Bool) throws -> (mine: [LoadedConflict], others: [LoadedConflict]) {
        let officeNames = Dictionary(try replica.offices().map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        var facts: [String: ConflictContext.PlanFacts?] = [:]
        let (mine, theirs) = try replica.conflictsByResolver(plan: filter.plan)
        // Per plan: its outline, its conflicted entities whole, and its indicators' and tasks' places only when a move
        // among them is to be described.
        var conflicted: [String: Set<String>] = [:]
        var moves: Set<String> = []
        for record in mine + (others ? theirs : []) {
            conflicted[record.plan, default: []].insert(record.entity)
            if record.field == Fields.place { moves.insert(record.plan) }
        }
        // A plan without a move to describe is named from the stored titles; those of a plan changed since they were
        // stored (a local edit, a resolution) are brought up to date first. Should that write fail (another process
        // holds the file), the plan is read whole, as it is when it has a move to describe.
        let fromStore = Set(conflicted.keys).subtracting(moves)
        if !fromStore.isDisjoint(with: try replica.staleOutlinePlans()) { _ = try? replica.refreshOutlineTitles(plans: fromStore) }
        func loaded(_ records: [ConflictRecord]) throws -> [LoadedConflict] {
            var out: [LoadedConflict] = []
            for record in records {
                if facts[record.plan] == nil, fromStore.contains(record.plan),
                   let stored = try replica.storedOutline(plan: record.plan, entities: conflicted[record.plan] ?? []) {
                    facts[record.plan] = .some(stored.hasPlan ? ConflictContext.PlanFacts(
                        planTitle: stored.planTitle, sectionCount: stored.sectionCount, titles: stored.titles,
                        parents: stored.parents, entities: stored.entities) : nil)
                }
                if facts[record.plan] == nil {
                    let document = try replica.outlineDocument(plan: record.plan, whole: conflicted[record.plan] ?? [],
                                                               items: moves.contains(record.plan))
                    // Only what the contexts name is kept, and the outline entries by parent only where a move is
                    // described: the document itself is let go here.
                    facts[record.plan] = .some(document.map {
                        ConflictContext.PlanFacts($0, keeping: conflicted[record.plan] ?? [], siblings: moves.contains(record.plan))
                    })
                }
                let context = ConflictContext.make(record: record, facts: facts[record.plan]!, officeName: officeNames[record.office])
                if filter.matches(record, context: context, nowMs: nowMs) { out.append(LoadedConflict(record: record, context: context)) }
            }
            return out
        }
        return (sorted(try loaded(mine)), others ? sorted(try loaded(theirs)) : [])
    }

    static func sorted(_ loaded: [LoadedConflict]) -> [LoadedConflict] {
        loaded.sorted { ($0.record.plan, $0.record.entity, $0.record.field) < ($1.record.plan, $1.record.entity, $1.record.field) }
    }

    /// The one conflict a typed id names, or a readable error.
    static func find(_ id: String, in loaded: [LoadedConflict]) throws -> LoadedConflict {
        switch ConflictID.find(id, in: loaded.map(\.record)) {
        case .one(let i): return loaded[i]
        case .none: throw CommandFailure(message: tr("没有编号为 \(id) 的未决冲突", "no open conflict \(id)"))
        case .ambiguous(let ids):
            throw CommandFailure(message: tr("\(id) 不唯一，可能是：", "\(id) is ambiguous: ") + ids.joined(separator: ", "))
        }
    }

    static func summary(_ c: LoadedConflict) -> ConflictView.Summary {
        ConflictView.summary(c.record, context: c.context, words: words)
    }

    static func present(_ c: LoadedConflict) -> ConflictPresentation {
        ConflictView.present(c.record, context: c.context, words: words, time: Console.time)
    }

    /// Writes a decision as a resolution change, after checking the value is valid for the field.
    static func apply(_ decision: Decision, to conflict: LoadedConflict, replica: Replica) throws {
        let record = conflict.record
        if !record.isDeleteConflict, let problem = Schema.problem(kind: record.kind, field: record.field, value: decision.value) {
            throw CommandFailure(message: tr("\(decision.conflict)：值无效：", "\(decision.conflict): invalid value: ") + problem)
        }
        try replica.resolve(record, value: decision.value, how: decision.how)
    }

    static func howName(_ how: ResolutionKind) -> String {
        switch how {
        case .keepWinner: return tr("保留胜者", "kept the winner")
        case .takeLoser: return tr("采用另一方", "took the other side")
        case .merged: return tr("合并", "merged")
        case .custom: return tr("指定新值", "set a new value")
        case .keepDelete: return tr("保留删除", "kept the delete")
        case .restore: return tr("恢复", "restored")
        }
    }
}
