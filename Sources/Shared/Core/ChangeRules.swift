import Foundation

/// What the model requires of a single change on its own, whoever wrote it: ids and author that are plain one-line
/// text of bounded length, a known field with a valid value, a stamp not older than the floor, and bounded lists of
/// replaced and observed versions. The checks that need the store (what those versions are, who owns what) are
/// `ChangeVetting`'s.
public enum ChangeRules {
    public static func shapeViolation(_ change: Change) -> RuleViolation? {
        func bad(_ zh: String, _ en: String) -> RuleViolation { RuleViolation(.invalidChange, zh: zh, en: en) }
        for (name, id) in [("entity", change.entity), ("plan", change.plan), ("office", change.office)] {
            // The comma by its byte: `contains(",")` took Foundation's substring search (an NSString per id, three ids
            // per pushed change).
            if id.isEmpty || id.count > Limits.maxIDLength || id.utf8.contains(UInt8(ascii: ",")) {
                return bad("\(name) 编号须为 1 到 \(Limits.maxIDLength) 个字符，不含逗号",
                           "\(name) id must be 1 to \(Limits.maxIDLength) characters without commas")
            }
            if let violation = TextRules.violation(in: id, label: "\(name) id", oneLine: true) { return violation }
        }
        if change.author.isEmpty || change.author.count > Limits.maxAuthorLength {
            return bad("作者须为 1 到 \(Limits.maxAuthorLength) 个字符", "author must be 1 to \(Limits.maxAuthorLength) characters")
        }
        if let violation = TextRules.violation(in: change.author, label: "author", oneLine: true) { return violation }
        if let violation = TextRules.violation(in: change.field, label: "field", oneLine: true) { return violation }
        if change.stamp.ms < Limits.minStampMs {
            return bad("修改 \(change.stamp) 的时间早于 2020 年：电脑时钟有误，请校准后再编辑",
                       "change \(change.stamp) is stamped before 2020: the computer's clock is wrong; fix it and edit again")
        }
        if change.replaces.count > Limits.maxReplaces {
            return bad("一条修改最多取代 \(Limits.maxReplaces) 个版本", "a change may replace at most \(Limits.maxReplaces) versions")
        }
        if change.observed.count > Limits.maxObserved {
            return bad("一次删除最多记录 \(Limits.maxObserved) 个版本", "a delete may list at most \(Limits.maxObserved) observed versions")
        }
        if Set(change.replaces).count != change.replaces.count || Set(change.observed).count != change.observed.count {
            return bad("取代或记录的版本有重复", "replaces and observed must not repeat a version")
        }
        return Schema.violation(kind: change.kind, field: change.field, value: change.value)
    }
}
