import Shared

/// One conflict in the review queue, with its presentation already worked out.
public struct ReviewItem: Sendable, Equatable {
    public var record: ConflictRecord
    public var view: ConflictPresentation
    /// False while `view` holds only the conflict's summary (no notes, blocks or suggestion): `review` gives an item
    /// its full presentation when it becomes the current one (`ReviewState.detailCurrent`), so that opening 500
    /// conflicts diffs the one on screen, not all of them. Every use of the details is of the current item.
    public private(set) var detailed: Bool
    public init(record: ConflictRecord, view: ConflictPresentation) {
        self.record = record
        self.view = view
        self.detailed = true
    }

    public init(record: ConflictRecord, summary: ConflictView.Summary) {
        self.record = record
        self.view = ConflictPresentation(id: summary.id, shape: summary.shape, heading: summary.heading,
                                         location: summary.location, queueLabel: summary.queueLabel, notes: [], blocks: [],
                                         suggestion: nil)
        self.detailed = false
    }
    public var id: String { view.id }

    /// Whether `e` can open the editor on it: a delete against an edit is kept or restored, a move is one place or
    /// the other; neither has a text to edit.
    public var isEditable: Bool { !record.isDeleteConflict && view.shape != .move }
}

/// The terminal the screen is drawn on, as far as layout cares: paging moves by what fits, and the no-colour markers
/// make lines longer.
public struct Viewport: Sendable, Equatable {
    public var width: Int
    public var height: Int
    public var colour: Bool
    public init(width: Int, height: Int, colour: Bool) {
        self.width = width
        self.height = height
        self.colour = colour
    }
}

/// What the screen is doing besides showing the queue.
public enum ReviewMode: Sendable, Equatable {
    case browsing
    case help
    /// Asking whether to write the staged decisions (and then quit, when the reviewer asked to quit).
    case confirmApply(quitAfter: Bool)
}

/// What the impure shell has to do after a key: the state itself never touches the terminal or the replica.
public enum ReviewEffect: Sendable, Equatable {
    /// Run $EDITOR on `text`, then call `edited(conflict:text:)` with the result.
    case openEditor(conflict: String, text: String)
    /// Write these decisions as resolutions, then call `applied(...)` (and quit when asked).
    case apply([Decision], thenQuit: Bool)
    case quit
}

/// The review screen's whole state, changed only by keys and by the results of effects, so tests can drive it with a
/// key sequence and read the decisions it made.
///
/// Decisions are staged: a key records a decision here and the shell writes the staged decisions when the reviewer
/// confirms (`a`, or on quit). Undo pops the last staged decision, so it never has to write a second resolution
/// over the first one. What is written is written: it is an ordinary change, and a later disagreement with it is a
/// new edit, not an undo.
public struct ReviewState: Sendable {
    public private(set) var items: [ReviewItem]
    public private(set) var selected: Int = 0
    public private(set) var decisions: [String: Decision] = [:]
    /// Conflict ids in the order their decisions were made; undo pops from the end.
    public private(set) var undoStack: [String] = []
    public private(set) var skipped: Set<String> = []
    public private(set) var mode: ReviewMode = .browsing
    /// First detail line shown; paging keeps it within the content, and the renderer clamps it again after a resize.
    public var scroll: Int = 0
    /// The terminal the shell draws on, set before each frame (`resize`); paging keys move by its details pane.
    public private(set) var viewport = Viewport(width: 80, height: 24, colour: false)
    /// The status line: what just happened, or what is being asked.
    public private(set) var message: String?
    public let words: Words

    public init(items: [ReviewItem], words: Words) {
        self.items = items
        self.words = words
    }

    /// The shell's terminal size changed (or is first known): later paging moves by the new pane, and a scroll
    /// position past the end of what now fits comes back to the last page.
    public mutating func resize(_ viewport: Viewport) {
        guard viewport != self.viewport else { return }
        self.viewport = viewport
        scroll = min(scroll, ReviewRender.paging(self).lastStart)
    }

    public var current: ReviewItem? { items.indices.contains(selected) ? items[selected] : nil }

    /// Gives the current item its full presentation when it has only its summary. The shell calls it before drawing
    /// a frame and before each key, the two moments the current item's details are read.
    public mutating func detailCurrent(_ present: (ReviewItem) -> ConflictPresentation) {
        guard items.indices.contains(selected), !items[selected].detailed else { return }
        items[selected] = ReviewItem(record: items[selected].record, view: present(items[selected]))
    }

    /// The staged decisions in the order they were made.
    public var stagedDecisions: [Decision] { undoStack.compactMap { decisions[$0] } }

    public mutating func handle(_ key: Key) -> ReviewEffect? {
        switch mode {
        case .help:
            mode = .browsing
            return nil
        case .confirmApply(let quitAfter):
            switch key {
            case .char("y"), .char("Y"), .enter:
                mode = .browsing
                return .apply(stagedDecisions, thenQuit: quitAfter)
            case .char("n"), .char("N"):
                mode = .browsing
                if quitAfter { return .quit }
                message = words.t("未写入", "Not written")
                return nil
            default:
                mode = .browsing
                message = words.t("已取消", "Cancelled")
                return nil
            }
        case .browsing:
            guard let action = KeyBindings.action(for: key) else {
                message = words.t("未知按键；按 ? 查看帮助", "Unknown key; press ? for help")
                return nil
            }
            return perform(action)
        }
    }

    public mutating func perform(_ action: ReviewAction) -> ReviewEffect? {
        message = nil
        switch action {
        case .up: select(selected - 1)
        case .down: select(selected + 1)
        case .scrollUp:
            let paging = ReviewRender.paging(self)
            scroll = max(0, min(scroll, paging.lastStart) - paging.step)
        case .scrollDown:
            let paging = ReviewRender.paging(self)
            scroll = min(scroll + paging.step, paging.lastStart)
        case .keepWinner: decide(.keepWinner)
        case .takeLoser: decide(.takeLoser(1))
        case .takeLoserN(let n): decide(.takeLoser(n))
        case .takeMerge: decide(.merge)
        case .edit:
            guard let item = current else { return nil }
            if !item.isEditable {
                message = words.t("此类冲突不能编辑，请选择 w 或 l", "This kind of conflict cannot be edited; choose w or l")
                return nil
            }
            let proposal = decisions[item.id]?.value ?? item.view.suggestion ?? item.record.winner.value ?? ""
            return .openEditor(conflict: item.id, text: EditBuffer.compose(item.record, proposal: proposal, words: words))
        case .skip:
            guard let item = current else { return nil }
            skipped.insert(item.id)
            advance()
            message = words.t("已跳过 \(item.id)", "Skipped \(item.id)")
        case .undo:
            guard let last = undoStack.popLast() else {
                message = words.t("没有可撤销的决定", "Nothing to undo")
                return nil
            }
            decisions[last] = nil
            if let index = items.firstIndex(where: { $0.id == last }) { select(index) }
            message = words.t("已撤销对 \(last) 的决定", "Undid the decision on \(last)")
        case .apply:
            guard !decisions.isEmpty else {
                message = words.t("还没有决定可写入", "No decisions to write yet")
                return nil
            }
            mode = .confirmApply(quitAfter: false)
        case .help: mode = .help
        case .quit:
            if decisions.isEmpty { return .quit }
            mode = .confirmApply(quitAfter: true)
        }
        return nil
    }

    /// The text the reviewer left in $EDITOR (nil: emptied or unchanged file, no decision).
    public mutating func edited(conflict: String, text: String?) {
        guard let index = items.firstIndex(where: { $0.id == conflict }) else { return }
        guard let text else {
            message = words.t("编辑结果为空，未作决定", "Empty edit; nothing decided")
            return
        }
        selected = index
        decide(.text(text, how: .merged))
    }

    /// The replica's queue changed while the screen is open (a sync brought new conflicts, or settled some): show the
    /// queue as it is now. Decisions and skips of conflicts still open are kept, the selection stays on the same
    /// conflict, and the status line says what arrived. Nothing happens when the queue is unchanged.
    public mutating func refreshed(_ current: [ReviewItem]) {
        let before = Set(items.map(\.id)), after = Set(current.map(\.id))
        guard before != after else { return }
        let keptID = self.current?.id
        let arrived = after.subtracting(before).count, gone = before.subtracting(after).count
        items = current
        decisions = decisions.filter { after.contains($0.key) }
        undoStack = undoStack.filter { decisions[$0] != nil }
        skipped = skipped.filter { after.contains($0) }
        if let keptID, let index = items.firstIndex(where: { $0.id == keptID }) { selected = index } else { select(selected) }
        var parts: [String] = []
        if arrived > 0 { parts.append(words.t("新到 \(arrived) 个冲突", "\(arrived) new conflicts arrived")) }
        if gone > 0 { parts.append(words.t("\(gone) 个已在别处解决", "\(gone) settled elsewhere")) }
        message = parts.joined(separator: words.t("；", "; "))
    }

    /// After the shell wrote decisions: the queue as the replica now has it, and the decisions that failed (by id,
    /// with the reason), which stay staged so nothing the reviewer chose is lost.
    public mutating func applied(remaining: [ReviewItem], failures: [String: String]) {
        let keptID = current?.id
        items = remaining
        let failed = decisions.filter { entry in failures[entry.key] != nil && remaining.contains { $0.id == entry.key } }
        decisions = failed
        undoStack = undoStack.filter { failed[$0] != nil }
        skipped = skipped.filter { id in remaining.contains { $0.id == id } }
        if let keptID, let index = items.firstIndex(where: { $0.id == keptID }) { selected = index } else { selected = 0 }
        scroll = 0
        if failures.isEmpty {
            message = words.t("已写入；剩余 \(items.count) 个冲突", "Written; \(items.count) conflicts left")
        } else {
            message = words.t("部分未能写入：", "Some could not be written: ")
                + failures.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: "; ")
        }
    }

    mutating func select(_ index: Int) {
        guard !items.isEmpty else { return }
        let clamped = min(max(0, index), items.count - 1)
        if clamped != selected { scroll = 0 }
        selected = clamped
    }

    private mutating func decide(_ choice: ConflictView.Choice) {
        guard let item = current else { return }
        guard let decision = ConflictView.decision(for: item.record, choice: choice, suggestion: item.view.suggestion) else {
            switch choice {
            case .merge: message = words.t("这个冲突没有建议合并", "No suggested merge for this conflict")
            case .takeLoser(let n): message = words.t("没有第 \(n) 个另一方", "There is no other side \(n)")
            default: message = words.t("此类冲突不能这样解决", "This conflict cannot be resolved that way")
            }
            return
        }
        if !item.record.isDeleteConflict,
           let problem = Schema.problem(kind: item.record.kind, field: item.record.field, value: decision.value) {
            message = words.t("值无效：", "Invalid value: ") + problem
            return
        }
        decisions[item.id] = decision
        undoStack.removeAll { $0 == item.id }
        undoStack.append(item.id)
        skipped.remove(item.id)
        message = words.t("已决定 \(item.id)：\(ReviewState.howName(decision.how, words))（a 写入，u 撤销）",
                          "Decided \(item.id): \(ReviewState.howName(decision.how, words)) (a writes, u undoes)")
        advance()
    }

    /// Moves to the next conflict with no decision, after the current one (wrapping); stays when there is none.
    private mutating func advance() {
        guard !items.isEmpty else { return }
        for step in 1...items.count {
            let index = (selected + step) % items.count
            if decisions[items[index].id] == nil && !skipped.contains(items[index].id) {
                select(index)
                return
            }
        }
        // Everything is decided or skipped: move on to the next one anyway, so skip still moves.
        if let next = items.indices.first(where: { decisions[items[$0].id] == nil && $0 != selected }) { select(next) }
    }

    public static func howName(_ how: ResolutionKind, _ words: Words) -> String {
        switch how {
        case .keepWinner: return words.t("保留胜者", "keep winner")
        case .takeLoser: return words.t("采用另一方", "take other side")
        case .merged: return words.t("合并", "merge")
        case .custom: return words.t("新值", "new value")
        case .keepDelete: return words.t("保留删除", "keep delete")
        case .restore: return words.t("恢复", "restore")
        }
    }
}
