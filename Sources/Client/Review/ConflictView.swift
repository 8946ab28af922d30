import Shared

/// How a conflict is shown, decided by what it is about. A paragraph needs a clause diff, an indicator's target a
/// before → after with its unit, a delete-against-edit what the deleter did not see, a move the places in words.
public enum ConflictShape: String, Sendable, Equatable {
    case paragraph, short, indicator, deletion, move

    public static func of(_ record: ConflictRecord) -> ConflictShape {
        if record.isDeleteConflict { return .deletion }
        if record.field == Fields.place { return .move }
        if record.kind == .indicator, ConflictView.indicatorFields.contains(record.field) { return .indicator }
        let texts = ([record.base?.value] + record.contenders.map(\.value)).compactMap { $0 }
        return texts.contains(where: ClauseDiff.isParagraph) ? .paragraph : .short
    }
}

/// A labelled part of a conflict's view: the base, the winner, a loser, the suggested merge.
public struct ViewBlock: Sendable, Equatable {
    public var title: StyledLine
    public var lines: [StyledLine]
    public init(title: StyledLine, lines: [StyledLine]) {
        self.title = title
        self.lines = lines
    }
}

/// Everything the command line and the full-screen view print for one conflict, already in words and styles.
public struct ConflictPresentation: Sendable, Equatable {
    public var id: String
    public var shape: ConflictShape
    /// "段落冲突：「指导思想」的正文"
    public var heading: String
    /// 《plan》 › section › section
    public var location: String
    /// A short label for the queue list.
    public var queueLabel: String
    /// Why the winner shows, and what the differences amount to.
    public var notes: [StyledLine]
    public var blocks: [ViewBlock]
    /// The merged text offered when the two sides changed different clauses.
    public var suggestion: String?
}

public enum ConflictView {
    static let indicatorFields = Fields.indicatorTarget

    public static func fieldName(_ field: String, words: Words) -> String {
        switch field {
        case "body": return words.t("正文", "body")
        case "heading": return words.t("标题", "heading")
        case "title": return words.t("标题", "title")
        case "name": return words.t("名称", "name")
        case "value": return words.t("目标值", "target value")
        case "baselineValue": return words.t("基期值", "baseline value")
        case "baselineYear": return words.t("基期年份", "baseline year")
        case "comparator": return words.t("比较方式", "comparator")
        case "unit": return words.t("单位", "unit")
        case "year": return words.t("目标年份", "target year")
        case "scope": return words.t("范围", "scope")
        case "source": return words.t("来源", "source")
        case "detail": return words.t("内容", "detail")
        case "lead": return words.t("牵头单位", "lead")
        case "partners": return words.t("责任单位", "partners")
        case "due": return words.t("完成时限", "due")
        case "status": return words.t("状态", "status")
        case "progress": return words.t("进展", "progress")
        case "county": return words.t("县区", "county")
        case "place": return words.t("位置", "place")
        case "deleted": return words.t("删除", "deletion")
        case "period": return words.t("期间", "period")
        default: return field
        }
    }

    static func kindName(_ kind: EntityKind, words: Words) -> String {
        switch kind {
        case .plan: return words.t("规划", "plan")
        case .section: return words.t("章节", "section")
        case .indicator: return words.t("指标", "indicator")
        case .task: return words.t("任务", "task")
        case .comment: return words.t("批注", "comment")
        case .submission: return words.t("报送", "submission")
        }
    }

    /// What a conflict is called and where it sits, without its versions' differences: all `conflicts list`
    /// prints, and the part of a presentation that diffs nothing (the diffs of 500 conflicts were a sixth of the list).
    public struct Summary: Sendable, Equatable {
        public var id: String
        public var shape: ConflictShape
        /// "段落冲突：「指导思想」的正文"
        public var heading: String
        /// 《plan》 › section › section
        public var location: String
        public var queueLabel: String
    }

    public static func summary(_ record: ConflictRecord, context: ConflictContext, words: Words) -> Summary {
        let shape = ConflictShape.of(record)
        let field = fieldName(record.field, words: words)
        let entity = entityName(record, context: context, words: words)
        let heading: String
        switch shape {
        case .paragraph: heading = words.t("段落冲突：\(entity)的\(field)", "Paragraph conflict: \(field) of \(entity)")
        case .short: heading = words.t("字段冲突：\(entity)的\(field)", "Field conflict: \(field) of \(entity)")
        case .indicator: heading = words.t("指标冲突：\(entity)的\(field)", "Indicator conflict: \(field) of \(entity)")
        case .deletion: heading = words.t("删除与修改冲突：\(entity)", "Delete against edit: \(entity)")
        case .move: heading = words.t("移动冲突：\(entity)", "Move conflict: \(entity)")
        }
        let location = (["《\(context.planTitle)》"] + context.sections.map(\.title)).joined(separator: " › ")
        return Summary(id: ConflictID.of(record), shape: shape, heading: heading, location: location,
                       queueLabel: context.entityLabel + " · " + field)
    }

    static func entityName(_ record: ConflictRecord, context: ConflictContext, words: Words) -> String {
        kindName(record.kind, words: words) + words.t("「\(context.entityLabel)」", " “\(context.entityLabel)”")
    }

    public static func present(_ record: ConflictRecord, context: ConflictContext, words: Words,
                               time: (Int64) -> String) -> ConflictPresentation {
        let summary = summary(record, context: context, words: words)
        let shape = summary.shape
        let entity = entityName(record, context: context, words: words)

        var notes: [StyledLine] = []
        // A delete is in effect whatever the clocks say; what matters is what it did not see (shown below).
        if shape != .deletion, let loser = record.losers.first {
            switch record.winReason(over: loser) {
            case .laterClock:
                let w = time(record.winner.stamp.ms), l = time(loser.stamp.ms)
                let gap = record.winner.stamp.ms - loser.stamp.ms
                let when = w != l ? words.t("\(w) 晚于 \(l)", "\(w) after \(l)")
                    : gap > 0 ? words.t("同在 \(w)，晚 \(gap) 毫秒", "both \(w), later by \(gap) ms")
                    : words.t("同一毫秒，计数器较大", "same millisecond, higher counter")
                notes.append(StyledLine(words.t("为何显示胜者：它的时钟较晚（\(when)）", "Why the winner shows: its clock is later (\(when))"), .dim))
            case .replicaTieBreak:
                notes.append(StyledLine(words.t("为何显示胜者：时钟相同，按副本编号决胜（\(record.winner.stamp.replica) > \(loser.stamp.replica)）",
                                                "Why the winner shows: same clock, replica-id tie-break (\(record.winner.stamp.replica) > \(loser.stamp.replica))"), .dim))
            }
        }

        func who(_ v: Version) -> String { "\(v.author) @\(v.stamp.replica) · \(time(v.stamp.ms))" }
        func winnerTitle() -> StyledLine {
            StyledLine([Span(words.t("胜者（当前显示）", "Winner (shown now)"), .heading), Span(" · " + who(record.winner), .dim)])
        }
        func loserTitle(_ i: Int, _ v: Version) -> StyledLine {
            let n = record.losers.count > 1 ? " \(i + 1)" : ""
            return StyledLine([Span(words.t("另一方\(n)", "Other side\(n)"), .heading), Span(" · " + who(v), .dim)])
        }
        func baseTitle() -> StyledLine {
            guard let base = record.base else {
                return StyledLine(words.t("原文：无（两边都是首次写入）", "Base: none (both sides wrote it first)"), .heading)
            }
            return StyledLine([Span(words.t("原文（共同的上一版）", "Base (the common earlier version)"), .heading), Span(" · " + who(base), .dim)])
        }
        let empty = words.t("（空）", "(empty)")

        var blocks: [ViewBlock] = []
        var suggestion: String?
        switch shape {
        case .paragraph, .short:
            let paragraph = shape == .paragraph
            func body(_ v: Version?, against reference: String?) -> [StyledLine] {
                guard let text = v?.value else { return [StyledLine(empty, .dim)] }
                guard let reference else { return [StyledLine(text)] }
                let pieces = paragraph ? ClauseDiff.diff(reference, text).flatMap(\.pieces) : CharDiff.diff(reference, text)
                return [styled(pieces)]
            }
            let baseText = record.base?.value
            blocks.append(ViewBlock(title: baseTitle(), lines: record.base == nil ? [] : [StyledLine(baseText ?? empty)]))
            let winnerReference = record.base == nil ? nil : baseText ?? ""
            blocks.append(ViewBlock(title: winnerTitle(), lines: body(record.winner, against: winnerReference)))
            for (i, loser) in record.losers.enumerated() {
                let reference = record.base == nil ? record.winner.value ?? "" : baseText ?? ""
                blocks.append(ViewBlock(title: loserTitle(i, loser), lines: body(loser, against: reference)))
            }
            if paragraph, let base = baseText, let w = record.winner.value, let l = record.losers.first?.value {
                let changedW = ClauseDiff.changedCount(ClauseDiff.diff(base, w))
                let changedL = ClauseDiff.changedCount(ClauseDiff.diff(base, l))
                notes.append(StyledLine(words.t("胜者改了 \(changedW) 处分句，另一方改了 \(changedL) 处",
                                                "The winner changed \(changedW) clauses, the other side \(changedL)")))
                if record.losers.count == 1, let merged = SuggestedMerge.merge(base: base, winner: w, loser: l) {
                    suggestion = merged
                    notes.append(StyledLine(words.t("两边改的是不同分句：可采用建议合并（保留双方修改）",
                                                    "The two sides changed different clauses: a merge keeping both is suggested"), .warning))
                    blocks.append(ViewBlock(title: StyledLine(words.t("建议合并", "Suggested merge"), .heading),
                                            lines: [styled(ClauseDiff.diff(base, merged).flatMap(\.pieces))]))
                }
            }
        case .indicator:
            func rendering(_ value: String?) -> String {
                indicatorValue(field: record.field, value: value, fields: context.fields, words: words)
            }
            let baseText = record.base.map { rendering($0.value) }
            func body(_ v: Version) -> [StyledLine] {
                let line = StyledLine([Span(context.entityLabel + "  ")])
                guard let baseText else { return [line + StyledLine(rendering(v.value), .bold)] }
                return [line + StyledLine([Span(baseText, .dim), Span(" → "), Span(rendering(v.value), .bold)])]
            }
            blocks.append(ViewBlock(title: baseTitle(), lines: baseText.map { [StyledLine(context.entityLabel + "  " + $0)] } ?? []))
            blocks.append(ViewBlock(title: winnerTitle(), lines: body(record.winner)))
            for (i, loser) in record.losers.enumerated() {
                blocks.append(ViewBlock(title: loserTitle(i, loser), lines: body(loser)))
            }
        case .deletion:
            blocks.append(ViewBlock(
                title: StyledLine([Span(words.t("删除（当前生效）", "Delete (in effect now)"), .heading), Span(" · " + who(record.winner), .dim)]),
                lines: [StyledLine(words.t("删除了\(entity)", "deleted \(entity)"), .removed)]))
            var edits: [StyledLine] = []
            for edit in record.losers {
                edits.append(StyledLine([Span(fieldName(edit.field, words: words) + words.t("：", ": "), .bold),
                                         Span(edit.value ?? empty)]))
                edits.append(StyledLine("  " + who(edit), .dim))
            }
            blocks.append(ViewBlock(
                title: StyledLine(words.t("删除方没有看到的修改", "Edits the deleter had not seen"), .heading), lines: edits))
            notes.append(StyledLine(words.t("删除已生效，但删除时没有看到另一方的修改", "The delete is in effect, but it had not seen the other side's edits"), .dim))
            notes.append(StyledLine(words.t("保留删除则这些修改随条目一起删除；恢复则条目连同这些修改重新出现",
                                            "Keeping the delete drops these edits with the entity; restoring brings it back with them")))
        case .move:
            func place(_ v: Version?) -> [StyledLine] { [StyledLine(context.describe(place: v?.value, words: words))] }
            blocks.append(ViewBlock(title: baseTitle(), lines: record.base.map(place) ?? []))
            blocks.append(ViewBlock(title: winnerTitle(), lines: place(record.winner)))
            for (i, loser) in record.losers.enumerated() {
                blocks.append(ViewBlock(title: loserTitle(i, loser), lines: place(loser)))
            }
        }
        return ConflictPresentation(id: summary.id, shape: shape, heading: summary.heading, location: summary.location,
                                    queueLabel: summary.queueLabel, notes: notes, blocks: blocks, suggestion: suggestion)
    }

    /// Diff pieces as one styled line (wrapping happens at layout time).
    static func styled(_ pieces: [DiffPiece]) -> StyledLine {
        StyledLine(pieces.map { piece -> Span in
            switch piece {
            case .same(let t): return Span(t)
            case .removed(let t): return Span(t, .removed)
            case .added(let t): return Span(t, .added)
            }
        })
    }

    /// An indicator field's value in context, so that both sides of an arrow carry their unit: "≥ 97%", "2025年".
    static func indicatorValue(field: String, value: String?, fields: [String: String], words: Words) -> String {
        let empty = words.t("（空）", "(empty)")
        let unit = fields["unit"] ?? ""
        switch field {
        case "value":
            guard let value else { return empty }
            return Comparator.symbol(fields["comparator"]) + " " + value + unit
        case "baselineValue":
            guard let value else { return empty }
            return value + unit
        case "comparator":
            return Comparator.symbol(value) + " " + (fields["value"] ?? "") + unit
        case "unit":
            return Comparator.symbol(fields["comparator"]) + " " + (fields["value"] ?? "") + (value ?? "")
        case "year", "baselineYear":
            guard let value else { return empty }
            return words.t("\(value)年", value)
        default:
            return value ?? empty
        }
    }

    /// The decision a choice makes for this record, or nil when the choice does not apply (no such loser, no merge).
    public static func decision(for record: ConflictRecord, choice: Choice, suggestion: String?) -> Decision? {
        let id = ConflictID.of(record)
        switch choice {
        case .keepWinner:
            if record.isDeleteConflict { return Decision(conflict: id, how: .keepDelete, value: Fields.yes) }
            return Decision(conflict: id, how: .keepWinner, value: record.winner.value)
        case .takeLoser(let n):
            if record.isDeleteConflict { return Decision(conflict: id, how: .restore, value: Fields.no) }
            guard n >= 1, n <= record.losers.count else { return nil }
            return Decision(conflict: id, how: .takeLoser, value: record.losers[n - 1].value, loser: n)
        case .merge:
            guard let suggestion, !record.isDeleteConflict else { return nil }
            return Decision(conflict: id, how: .merged, value: suggestion)
        case .text(let text, let how):
            guard !record.isDeleteConflict else { return nil }
            if text == record.winner.value { return Decision(conflict: id, how: .keepWinner, value: text) }
            if let n = record.losers.firstIndex(where: { $0.value == text }) {
                return Decision(conflict: id, how: .takeLoser, value: text, loser: n + 1)
            }
            return Decision(conflict: id, how: how, value: text)
        }
    }

    public enum Choice: Sendable, Equatable {
        case keepWinner
        case takeLoser(Int)
        case merge
        /// A text typed or edited by the reviewer (`how` is `.merged` for an edited merge, `.custom` for a typed value).
        case text(String, how: ResolutionKind)
    }
}

/// One reviewer decision, ready to be written as a resolution.
public struct Decision: Sendable, Equatable {
    public var conflict: String
    public var how: ResolutionKind
    public var value: String?
    /// Which loser was taken (1-based), for `takeLoser`.
    public var loser: Int?

    public init(conflict: String, how: ResolutionKind, value: String?, loser: Int? = nil) {
        self.conflict = conflict
        self.how = how
        self.value = value
        self.loser = loser
    }
}
