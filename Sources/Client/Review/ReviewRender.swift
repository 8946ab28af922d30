/// Draws the review screen as text lines, one per terminal row, each exactly `width` columns wide. Pure: the same
/// state and size always give the same frame, which is what the snapshot tests compare.
///
/// Layout: a header row, the queue on the left and the selected conflict's three-way view on the right, a status row
/// and a footer made from the key table. Without colour, removals and insertions carry [-…-] and {+…+} markers and
/// the selected queue row a ">" marker, so nothing depends on colour.
public enum ReviewRender {
    public static let minimumWidth = 40
    public static let minimumHeight = 8

    public static func render(_ state: ReviewState, width: Int, height: Int, colour: Bool) -> [String] {
        frame(state, width: width, height: height, colour: colour).map { $0.encoded(colour: colour) }
    }

    static func frame(_ state: ReviewState, width: Int, height: Int, colour: Bool) -> [StyledLine] {
        let w = state.words
        guard width >= minimumWidth, height >= minimumHeight else {
            let note = StyledLine(w.t("窗口太小", "Window too small"), .warning)
            return (0..<max(0, height)).map { $0 == 0 ? note.fitted(max(0, width)) : StyledLine().fitted(max(0, width)) }
        }
        let bodyHeight = height - 3
        var rows: [StyledLine] = [header(state).fitted(width, fill: .inverse)]
        if state.mode == .help {
            rows += help(state, width: width, height: bodyHeight)
        } else if state.items.isEmpty {
            rows += (0..<bodyHeight).map { i in
                (i == 1 ? StyledLine("  " + w.t("没有未决冲突。按 q 退出。", "No open conflicts. Press q to quit.")) : StyledLine()).fitted(width)
            }
        } else {
            let (queueWidth, detailWidth) = columns(width)
            let left = queue(state, width: queueWidth, height: bodyHeight)
            let right = detail(state, width: detailWidth, height: bodyHeight, colour: colour)
            for i in 0..<bodyHeight {
                rows.append(left[i] + StyledLine("│", .dim) + right[i])
            }
        }
        rows.append(status(state).fitted(width))
        rows.append(footer(w, item: state.current, width: width).fitted(width, fill: .dim))
        return rows
    }

    /// The widths of the queue and of the details pane (a one-column rule between them).
    static func columns(_ width: Int) -> (queue: Int, detail: Int) {
        let queue = min(36, max(20, width * 3 / 10))
        return (queue, width - queue - 1)
    }

    /// How the details pane pages at the state's viewport: `step` lines per J/K (a page of the pane less one line,
    /// which stays on screen so the reader keeps their place), and `lastStart`, the first line of the last page.
    public static func paging(_ state: ReviewState) -> (step: Int, lastStart: Int) {
        let viewport = state.viewport
        let height = viewport.height - 3
        guard viewport.width >= minimumWidth, viewport.height >= minimumHeight else { return (1, 0) }
        let total = detailLines(state, width: columns(viewport.width).detail, colour: viewport.colour).count
        // When the details overflow, the pane's last row says which lines are shown.
        guard total > height else { return (max(1, height - 1), 0) }
        let room = height - 1
        return (max(1, room - 1), total - room)
    }

    static func header(_ state: ReviewState) -> StyledLine {
        let w = state.words
        let open = state.items.count
        let staged = state.decisions.count
        return StyledLine(" " + w.t("冲突审阅 · 共 \(open) 个 · 已决定 \(staged) 个（未写入）", "Conflict review · \(open) open · \(staged) decided (not written)"), .inverse)
    }

    /// The footer: the key table's entries that do something for the conflict shown (`item`), named for it (a
    /// delete conflict's w and l keep the delete and restore), as many as fit.
    /// Two spaces between entries when they fit, one when that is what it takes to show every key (80 columns).
    static func footer(_ w: Words, item: ReviewItem?, width: Int = .max) -> StyledLine {
        func line(_ gap: String) -> StyledLine {
            var spans: [Span] = []
            for binding in KeyBindings.table {
                guard let name = binding.footerLabel(for: item) else { continue }
                if !spans.isEmpty { spans.append(Span(gap)) }
                spans.append(Span(binding.label, .bold))
                spans.append(Span(" " + w.t(name.zh, name.en), .dim))
            }
            return StyledLine(spans)
        }
        let roomy = line("  ")
        return roomy.width <= width ? roomy : line(" ")
    }

    static func status(_ state: ReviewState) -> StyledLine {
        let w = state.words
        if case .confirmApply(let quitAfter) = state.mode {
            let n = state.decisions.count
            return StyledLine(quitAfter
                ? w.t("写入 \(n) 个决定后退出？ y 写入并退出 / n 不写入直接退出 / Esc 返回", "Write \(n) decisions and quit? y write+quit / n quit without writing / Esc back")
                : w.t("写入 \(n) 个决定？ y 写入 / n 或 Esc 返回", "Write \(n) decisions? y write / n or Esc back"), .warning)
        }
        return StyledLine(state.message.map { " " + $0 } ?? "", .warning)
    }

    static func tag(_ state: ReviewState, _ item: ReviewItem) -> String {
        if let decision = state.decisions[item.id] {
            switch decision.how {
            case .keepWinner, .keepDelete: return "[w]"
            case .takeLoser, .restore: return "[l]"
            case .merged: return "[m]"
            case .custom: return "[e]"
            }
        }
        return state.skipped.contains(item.id) ? "[s]" : "[ ]"
    }

    static func shapeName(_ shape: ConflictShape, _ w: Words) -> String {
        switch shape {
        case .paragraph: return w.t("段落", "text")
        case .short: return w.t("字段", "field")
        case .indicator: return w.t("指标", "indic")
        case .deletion: return w.t("删除", "delete")
        case .move: return w.t("移动", "move")
        }
    }

    static func queue(_ state: ReviewState, width: Int, height: Int) -> [StyledLine] {
        var lines: [StyledLine] = []
        let first = max(0, min(state.selected - height + 1, state.items.count - height))
        for index in first..<min(state.items.count, first + height) {
            let item = state.items[index]
            let isSelected = index == state.selected
            let text = (isSelected ? ">" : " ") + tag(state, item) + " " + shapeName(item.view.shape, state.words) + " "
                + item.view.queueLabel
            lines.append(StyledLine(text, isSelected ? .selected : .normal).fitted(width, fill: isSelected ? .selected : .normal))
        }
        while lines.count < height { lines.append(StyledLine().fitted(width)) }
        return lines
    }

    /// The selected conflict's lines, wrapped; when they overflow, the last row says which part is shown.
    static func detailLines(_ state: ReviewState, width: Int, colour: Bool) -> [StyledLine] {
        guard let item = state.current else { return [] }
        let w = state.words
        let view = item.view
        var logical: [(StyledLine, Int)] = []
        func add(_ line: StyledLine, indent: Int = 0) { logical.append((colour ? line : line.plain(), indent)) }
        add(StyledLine(view.heading, .bold))
        add(StyledLine(view.location, .dim))
        add(StyledLine(w.t("编号 ", "id ") + view.id, .dim))
        if let decision = state.decisions[item.id] {
            add(StyledLine(w.t("本条决定：", "Decision: ") + ReviewState.howName(decision.how, w) + w.t("（未写入）", " (not written)"), .warning))
        }
        for note in view.notes { add(note) }
        for block in view.blocks {
            add(StyledLine())
            add(block.title)
            for line in block.lines { add(StyledLine("  ") + line, indent: 2) }
        }
        var out: [StyledLine] = []
        for (line, indent) in logical {
            out += (StyledLine(" ") + line).wrapped(columns: width, indent: indent + 1)
        }
        return out
    }

    static func detail(_ state: ReviewState, width: Int, height: Int, colour: Bool) -> [StyledLine] {
        let all = detailLines(state, width: width, colour: colour)
        var shown: [StyledLine]
        if all.count <= height {
            shown = all
        } else {
            let room = height - 1
            let start = min(max(0, state.scroll), all.count - room)
            shown = Array(all[start..<(start + room)])
            shown.append(StyledLine(state.words.t(" — 第 \(start + 1)-\(start + room) 行，共 \(all.count) 行（J/K 翻页）—",
                                                  " — lines \(start + 1)-\(start + room) of \(all.count) (J/K to scroll) —"), .dim))
        }
        while shown.count < height { shown.append(StyledLine()) }
        return shown.map { $0.fitted(width) }
    }

    static func help(_ state: ReviewState, width: Int, height: Int) -> [StyledLine] {
        let w = state.words
        var logical: [StyledLine] = [
            StyledLine(" " + w.t("帮助", "Help"), .heading),
            StyledLine(" " + w.t("按键决定的结果先暂存在本屏幕里：按 a（或退出时）确认后才写入副本，成为普通修改并随同步传到各副本。未写入前可用 u 撤销；已写入的决定不能撤销，只能再修改。",
                                 "Decisions are staged on this screen: they are written to the replica, as ordinary changes that sync, only when you confirm with a (or on quit). u undoes a staged decision; a written one cannot be undone, only edited again.")),
            StyledLine(" " + w.t("差异：红色删除线为删去的字，绿色下划线为加上的字；无颜色时显示为 [-删去-] 与 {+加上+}。",
                                 "Differences: red strike-through is removed, green underline is added; without colour [-removed-] and {+added+}.")),
            StyledLine(),
        ]
        for binding in KeyBindings.table {
            logical.append(StyledLine([Span(" " + DisplayWidth.pad(binding.label, to: 8), .bold), Span(w.t(binding.long.zh, binding.long.en))]))
        }
        logical.append(StyledLine())
        logical.append(StyledLine(" " + w.t("按任意键返回", "Press any key to go back"), .dim))
        var out: [StyledLine] = []
        for (i, line) in logical.enumerated() { out += line.wrapped(columns: width, indent: i < 4 ? 1 : 9) }
        out = Array(out.prefix(height))
        while out.count < height { out.append(StyledLine()) }
        return out.map { $0.fitted(width) }
    }
}
