/// A horizontal bar chart for the terminal (`tributary rollup`): one line per row, the label padded by display width
/// (Han characters take two columns), the bar in Unicode eighth blocks, then the value and a mark in words. Lives with
/// the review screen's layout code because it is terminal layout too; pure, so tests read exactly what is printed.
///
/// A row without a number (a missing county, a placeholder) draws no bar at all, only its text: it must never look
/// like a zero. Colour is an extra (the mark says the same in words) and only when the caller allows it.
public enum TerminalBars {
    public enum Mark: Sendable, Equatable {
        /// Meets the target.
        case met
        /// Below the target.
        case below
        /// No comparison of its own (a county of a summed count).
        case plain
        /// The rolled-up value.
        case total
    }

    public struct Row: Sendable, Equatable {
        public var label: String
        /// Nil: nothing to draw (missing, placeholder); `text` says why.
        public var value: Double?
        public var text: String
        public var mark: Mark
        public init(label: String, value: Double?, text: String, mark: Mark) {
            self.label = label
            self.value = value
            self.text = text
            self.mark = mark
        }
    }

    static let eighths = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]

    /// Lines of at most `columns` display columns. `target`, when given, is marked on a scale line under the bars
    /// with its label (`targetLabel`).
    public static func render(_ rows: [Row], target: Double? = nil, targetLabel: String = "", columns: Int = 80,
                              indent: Int = 4, color: Bool = false) -> [String] {
        let labelWidth = min(max(rows.map { DisplayWidth.of(DisplayWidth.clean($0.label)) }.max() ?? 0, 4), 20)
        let textWidth = min(max(rows.map { DisplayWidth.of(DisplayWidth.clean($0.text)) }.max() ?? 0, 6), 24)
        let barColumns = max(columns - indent - labelWidth - 2 - 1 - textWidth, 8)
        let maxValue = max((rows.compactMap(\.value) + [target].compactMap { $0 }).max() ?? 0, 0)
        let pad = String(repeating: " ", count: indent)
        var lines: [String] = []
        for row in rows {
            var bar = ""
            if let value = row.value, maxValue > 0 {
                let eighthsTotal = Int((max(value, 0) / maxValue * Double(barColumns) * 8).rounded())
                bar = String(repeating: "█", count: eighthsTotal / 8) + eighths[eighthsTotal % 8]
                if bar.isEmpty { bar = "▏" }
            }
            let barCell = DisplayWidth.pad(bar, to: barColumns)
            let painted = color && !bar.isEmpty ? paint(barCell, row.mark) : barCell
            let text = DisplayWidth.truncate(DisplayWidth.clean(row.text), to: textWidth)
            let line = pad + DisplayWidth.pad(DisplayWidth.clean(row.label), to: labelWidth) + "  " + painted + " " + text
            lines.append(color ? line : trimTrailing(line))
        }
        if let target, maxValue > 0 {
            let at = min(Int((target / maxValue * Double(barColumns)).rounded()), barColumns - 1)
            let lead = pad + String(repeating: " ", count: labelWidth + 2)
            let label = DisplayWidth.truncate(DisplayWidth.clean(targetLabel), to: max(columns - indent - labelWidth - 2 - 2, 1))
            if at + 2 + DisplayWidth.of(label) <= columns - indent - labelWidth - 2 {
                lines.append(lead + String(repeating: " ", count: at) + "▲ " + label)
            } else {
                let room = max(at - DisplayWidth.of(label) - 1, 0)
                lines.append(lead + String(repeating: " ", count: room) + label + " ▲")
            }
        }
        return lines
    }

    static func paint(_ text: String, _ mark: Mark) -> String {
        let code: String
        switch mark {
        case .met: code = "32"
        case .below: code = "31"
        case .plain: code = "90"
        case .total: code = "1"
        }
        return "\u{1B}[" + code + "m" + text + "\u{1B}[0m"
    }

    static func trimTrailing(_ line: String) -> String {
        var out = line
        while out.last == " " { out.removeLast() }
        return out
    }
}
