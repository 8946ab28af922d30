import Foundation
import GRDB
import Shared

/// Something wrong with a store file, in both languages, with a few examples (ids, stamps) to look at.
public struct StoreProblem: Codable, Sendable, Equatable {
    public enum Kind: String, Codable, Sendable {
        /// SQLite's own integrity check failed: pages or indexes are damaged.
        case integrity
        /// A row names a row that is not there.
        case foreignKey
        /// A change names its entity with another kind, plan or office than the entity has.
        case entityMismatch
        /// The current versions of a field are not the versions nothing replaces.
        case heads
        /// A field shows another value than the merge rule decides from its versions.
        case value
        /// The open conflicts are not the ones the versions make.
        case conflicts
        /// The owner's own bookkeeping (outbox, meta) is inconsistent.
        case bookkeeping
    }

    public var kind: Kind
    public var zh: String
    public var en: String
    public var count: Int
    public var examples: [String]

    public init(_ kind: Kind, zh: String, en: String, count: Int, examples: [String] = []) {
        self.kind = kind
        self.zh = zh
        self.en = en
        self.count = count
        self.examples = Array(examples.prefix(5))
    }
}

/// The checks `tributary check` runs on a change store: SQLite's integrity and foreign-key checks, then the model's
/// invariants, decided afresh from the change history alone and compared with what the store keeps materialised
/// (heads, values, conflicts). The model part goes through the `ChangeLog` protocol only, so it holds for every store
/// and for any layout of the tables behind it.
public enum ChangeLogCheck {
    /// SQLite's `integrity_check` (at most 20 messages) and `foreign_key_check`.
    public static func sqlite(_ db: Database) throws -> [StoreProblem] {
        var problems: [StoreProblem] = []
        let integrity = try String.fetchAll(db, sql: "PRAGMA integrity_check(20)")
        if integrity != ["ok"] {
            problems.append(StoreProblem(.integrity, zh: "SQLite 完整性检查失败：文件的页或索引已损坏",
                                         en: "SQLite's integrity check failed: pages or indexes of the file are damaged",
                                         count: integrity.count, examples: integrity))
        }
        let dangling = try Row.fetchAll(db, sql: "PRAGMA foreign_key_check")
        if !dangling.isEmpty {
            problems.append(StoreProblem(.foreignKey, zh: "有行引用了不存在的行", en: "rows refer to rows that do not exist",
                                         count: dangling.count,
                                         examples: dangling.prefix(5).map { "\($0[0] as String? ?? "?") rowid \($0[1] as Int64? ?? 0)" }))
        }
        // The layout of `changeLog.v4`, which the view over it takes for granted: `head` lists a field's heads only
        // when there are several, and then the one its value shows among them.
        let misplaced = try String.fetchAll(db, sql: """
            SELECT h.entity || ' ' || h.field FROM head h GROUP BY h.entity, h.field
            HAVING count(*) < 2 OR NOT EXISTS (SELECT 1 FROM field_value v JOIN head s ON s.entity = v.entity
                AND s.field = v.field AND s.stamp = v.stamp WHERE v.entity = h.entity AND v.field = h.field)
            """)
        if !misplaced.isEmpty {
            problems.append(StoreProblem(.heads, zh: "字段的当前版本记录不完整", en: "fields whose list of current versions is malformed",
                                         count: misplaced.count, examples: misplaced))
        }
        return problems
    }

    /// Every field that has a change, for `model`.
    public static func fields(_ db: Database) throws -> [(entity: String, field: String)] {
        try Row.fetchAll(db, sql: "SELECT DISTINCT entity, field FROM change ORDER BY entity, field").map { ($0[0], $0[1]) }
    }

    /// The model's invariants over the given fields: each change agrees with its entity; the heads of a field are
    /// exactly the versions no other version of it replaces; the value shown is the merge rule's winner; the open
    /// conflicts are exactly those the heads make.
    public static func model(_ log: some ChangeLog, fields: [(entity: String, field: String)]) throws -> [StoreProblem] {
        var mismatched: [String] = [], badHeads: [String] = [], badValues: [String] = []
        var expectedConflicts = Set<String>()
        let byEntity = Dictionary(grouping: fields, by: \.entity)
        for entity in byEntity.keys.sorted() {
            guard let key = try log.entityKey(entity) else {
                mismatched.append(entity)
                continue
            }
            let state = try log.state(of: entity)
            var headsByField: [String: [Version]] = [:]
            for (_, field) in byEntity[entity]! {
                let history = try log.history(entity: entity, field: field)
                for change in history where change.kind != key.kind || change.plan != key.plan || change.office != key.office {
                    mismatched.append(change.stamp.description)
                }
                let replaced = Set(history.flatMap(\.replaces))
                let expected = history.filter { !replaced.contains($0.stamp) }.map(\.version)
                let held = try log.heads(entity: entity, field: field)
                if Set(held.map(\.stamp)) != Set(expected.map(\.stamp)) { badHeads.append("\(entity).\(field)") }
                headsByField[field] = expected
                let winner = MergeRule.decide(heads: expected)?.winner
                if state?.stamps[field] != winner?.stamp || state?.fields[field] != winner?.value {
                    badValues.append("\(entity).\(field)")
                }
            }
            for record in ConflictRecord.all(key: (key.kind, key.id, key.plan, key.office), headsByField: headsByField, history: [:]) {
                expectedConflicts.insert("\(record.entity).\(record.field)")
            }
        }
        let held = Set(try log.conflicts(plan: nil).map { "\($0.entity).\($0.field)" })
        var problems: [StoreProblem] = []
        if !mismatched.isEmpty {
            problems.append(StoreProblem(.entityMismatch, zh: "修改与所属条目的类型、规划或单位不符", en: "changes disagree with their entity's kind, plan or office",
                                         count: mismatched.count, examples: mismatched))
        }
        if !badHeads.isEmpty {
            problems.append(StoreProblem(.heads, zh: "字段的当前版本与修改历史不符", en: "fields whose current versions disagree with their history",
                                         count: badHeads.count, examples: badHeads))
        }
        if !badValues.isEmpty {
            problems.append(StoreProblem(.value, zh: "字段显示的值不是合并规则选出的胜者", en: "fields showing another value than the merge rule's winner",
                                         count: badValues.count, examples: badValues))
        }
        let missing = expectedConflicts.subtracting(held), extra = held.subtracting(expectedConflicts)
        if !missing.isEmpty || !extra.isEmpty {
            problems.append(StoreProblem(.conflicts, zh: "冲突记录与版本不符（缺 \(missing.count) 个，多 \(extra.count) 个）",
                                         en: "conflict records disagree with the versions (\(missing.count) missing, \(extra.count) extra)",
                                         count: missing.count + extra.count, examples: (missing.sorted() + extra.sorted())))
        }
        return problems
    }
}
