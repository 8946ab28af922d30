import Foundation
import GRDB
import Shared
import SharedStore

/// The stored copy of each plan's section titles ("（三）学前教育") and parents, from which `conflicts` and `review`
/// name a conflict's section path.
///
/// Why stored: the path needs every section's outline number, and a number depends on all of a section's siblings,
/// so deriving it meant reading and numbering the whole outline of every plan with a conflict on every run: on a
/// 100,000-field replica with 500 conflicts over 25 plans, three quarters of `conflicts list`. The titles are derived
/// data, never synced and never trusted blindly: triggers (migration `replica.v6`) list a plan in `outline_stale`
/// whenever a field a title depends on changes by any write path, a stale plan's titles are never read, and
/// `refreshOutlineTitles` recomputes them with the same function (`Outline.sectionTitles`) a plan read whole uses.
enum OutlineTitleStore {
    /// What a section's title or path depends on: where it sits (and when it moved, for breaking cycles), whether it
    /// is deleted or numbered, its own label, its heading.
    static let fields: Set<String> = [Fields.place, Fields.deleted, Fields.unnumbered, Fields.label, "heading"]

    typealias Entry = (parent: String?, title: String)

    /// A plan's rows as they should be stored, computed afresh from its sections: what `refresh` writes and `check`
    /// compares the stored rows with.
    static func computed(plan: String, _ db: Database) throws -> [String: Entry] {
        let sections = try SQLiteChangeLog(db).states(plan: plan, kinds: [.section], fields: fields)
        let titles = Outline.sectionTitles(sections)
        var rows: [String: Entry] = [:]
        for section in sections { rows[section.id] = (section.place?.parent, titles[section.id] ?? section.id) }
        return rows
    }

    /// A plan's rows as stored.
    static func stored(plan: String, _ db: Database) throws -> [String: Entry] {
        let statement = try RawStatement(db, "SELECT section, parent, title FROM outline_title WHERE plan = ?")
        statement.bind(1, plan)
        defer { statement.clear() }
        var rows: [String: Entry] = [:]
        while try statement.step() { rows[statement.text(0)] = (statement.optionalText(1), statement.text(2)) }
        return rows
    }
}

/// What the stored titles give a conflicted plan: the titles and parents of the sections on its conflicted entities'
/// paths (not the whole outline), the plan's section count, and those entities whole.
public struct StoredOutline: Sendable {
    /// The fields of a conflicted entity that a conflict's context and view read (`ConflictContext.fields` is shown
    /// only for an indicator's value, comparator, unit and years).
    public static let contextFields: Set<String> = Replica.outlineFields.union(Fields.indicatorTarget)

    /// False when the replica holds no plan entity for the id (its sections arrived first): no titles to name.
    public var hasPlan: Bool
    public var planTitle: String?
    public var sectionCount: Int
    public var titles: [String: String]
    public var parents: [String: String?]
    public var entities: [EntityState]
}

extension Replica {
    /// Plans whose stored titles may be out of date.
    public func staleOutlinePlans() throws -> Set<String> {
        try pool.read { db in Set(try String.fetchAll(db, sql: "SELECT plan FROM outline_stale")) }
    }

    /// Recomputes the stored titles of stale plans, in one transaction: those among `plans` (every stale plan when
    /// nil), or with `onlyConflicted` only those with an open conflict (what `sync` does after its last page, so that
    /// the next `conflicts` or `review` finds them ready). Returns how many plans were refreshed.
    @discardableResult
    public func refreshOutlineTitles(plans: Set<String>? = nil, onlyConflicted: Bool = false) throws -> Int {
        try pool.write { db in
            var stale = Set(try String.fetchAll(db, sql: "SELECT plan FROM outline_stale"))
            if let plans { stale.formIntersection(plans) }
            if onlyConflicted, !stale.isEmpty {
                stale.formIntersection(try String.fetchAll(db, sql: """
                    SELECT DISTINCT e.plan FROM conflict c JOIN entity e ON e.id = c.entity
                    """))
            }
            let upsert = try RawStatement(db, """
                INSERT INTO outline_title (plan, section, parent, title) VALUES (?, ?, ?, ?)
                ON CONFLICT (plan, section) DO UPDATE SET parent = excluded.parent, title = excluded.title
                """)
            let remove = try RawStatement(db, "DELETE FROM outline_title WHERE plan = ? AND section = ?")
            for plan in stale.sorted() {
                // Only the rows that differ are written: a sync usually changes a few headings, and rewriting a
                // plan's 800 rows for them was most of a refresh.
                var old = try OutlineTitleStore.stored(plan: plan, db)
                for (section, row) in try OutlineTitleStore.computed(plan: plan, db).sorted(by: { $0.key < $1.key }) {
                    if let before = old.removeValue(forKey: section), before.parent == row.parent, before.title == row.title { continue }
                    upsert.bind(1, plan)
                    upsert.bind(2, section)
                    upsert.bind(3, row.parent)
                    upsert.bind(4, row.title)
                    try upsert.run()
                }
                for section in old.keys.sorted() {
                    remove.bind(1, plan)
                    remove.bind(2, section)
                    try remove.run()
                }
                try db.execute(sql: "DELETE FROM outline_stale WHERE plan = ?", arguments: [plan])
            }
            return stale.count
        }
    }

    /// A plan's facts for the conflicts on `entities`, from the stored titles: nil when the plan's titles are stale
    /// (the caller reads the plan whole instead). Only the sections on the entities' paths are looked up, each once.
    public func storedOutline(plan: String, entities: Set<String>) throws -> StoredOutline? {
        try pool.read { db in
            if try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM outline_stale WHERE plan = ?)", arguments: [plan]) ?? true {
                return nil
            }
            let log = SQLiteChangeLog(db)
            var outline = StoredOutline(hasPlan: false, planTitle: nil, sectionCount: 0, titles: [:], parents: [:], entities: [])
            guard let planState = try log.state(of: plan, fields: StoredOutline.contextFields), planState.kind == .plan, planState.plan == plan else { return outline }
            outline.hasPlan = true
            outline.planTitle = planState["title"]
            outline.sectionCount = try Int.fetchOne(db, sql: "SELECT count(*) FROM outline_title WHERE plan = ?", arguments: [plan]) ?? 0
            // The entities as a plan read whole names them (of this plan, of the outline's kinds), with the fields a
            // conflict's view shows: where it sits, its words, an indicator's value, comparator and unit.
            for id in entities.sorted() {
                if id == plan { outline.entities.append(planState); continue }
                guard let state = try log.state(of: id, fields: StoredOutline.contextFields), state.plan == plan,
                      [.section, .indicator, .task].contains(state.kind) else { continue }
                outline.entities.append(state)
            }
            let lookup = try RawStatement(db, "SELECT parent, title FROM outline_title WHERE plan = ? AND section = ?")
            for entity in outline.entities where entity.kind != .plan {
                var current: String? = entity.kind == .section ? entity.id : entity.place?.parent
                // Up to the top, or to a section already looked up (a shared ancestor, or a cycle of places).
                while let id = current, outline.titles[id] == nil {
                    lookup.bind(1, plan)
                    lookup.bind(2, id)
                    guard try lookup.step() else { lookup.clear(); break }
                    let parent = lookup.optionalText(0)
                    outline.titles[id] = lookup.text(1)
                    outline.parents[id] = .some(parent)
                    lookup.clear()
                    current = parent
                }
            }
            return outline
        }
    }
}
