import Foundation
import Testing
@testable import Review

/// The terminal's bar chart fits its columns by display width, draws nothing for a row without a number, and says
/// below-target in words so it reads without colour.
struct TerminalBarsTests {
    let rows: [TerminalBars.Row] = [
        .init(label: "肇州县教育局", value: 95, text: "95% ✗低于目标", mark: .below),
        .init(label: "杜尔伯特蒙古族自治县教育局", value: 98, text: "98% ✓", mark: .met),
        .init(label: "肇源县教育局", value: nil, text: "XX ［待填］", mark: .plain),
        .init(label: "林甸县教育局", value: nil, text: "［缺］未报该指标", mark: .plain),
        .init(label: "汇总（最小值）", value: 95, text: "95%", mark: .total),
    ]

    @Test func everyLineFitsEightyColumns() {
        let lines = TerminalBars.render(rows, target: 97, targetLabel: "目标 ≥ 97%")
        #expect(lines.count == rows.count + 1)
        for line in lines { #expect(DisplayWidth.of(line) <= 80, "\(line)") }
        #expect(lines.allSatisfy { !$0.contains("\u{1B}") })
    }

    @Test func rowsWithoutANumberDrawNoBar() {
        let lines = TerminalBars.render(rows, target: 97, targetLabel: "目标 ≥ 97%")
        #expect(!lines[2].contains("█") && lines[2].contains("XX ［待填］"))
        #expect(!lines[3].contains("█") && lines[3].contains("［缺］"))
        #expect(lines[0].contains("█") && lines[0].contains("✗低于目标"))
        // The longer value draws the longer bar.
        #expect(lines[1].filter { $0 == "█" }.count > lines[0].filter { $0 == "█" }.count)
        #expect(lines.last!.contains("▲") && lines.last!.contains("目标 ≥ 97%"))
    }

    @Test func labelsAlignByDisplayWidth() {
        let lines = TerminalBars.render(Array(rows.prefix(2)), columns: 60)
        let starts = lines.map { line in DisplayWidth.of(String(line.prefix { $0 != "█" })) }
        #expect(starts[0] == starts[1])
        for line in lines { #expect(DisplayWidth.of(line) <= 60) }
    }

    @Test func colourIsOnlyAnExtra() {
        let plain = TerminalBars.render(rows, color: false)
        let coloured = TerminalBars.render(rows, color: true)
        #expect(coloured[0].contains("\u{1B}[31m"))
        #expect(coloured.map { $0.replacingOccurrences(of: "\u{1B}[31m", with: "").replacingOccurrences(of: "\u{1B}[32m", with: "")
            .replacingOccurrences(of: "\u{1B}[1m", with: "").replacingOccurrences(of: "\u{1B}[0m", with: "")
            .replacingOccurrences(of: " +$", with: "", options: .regularExpression) } == plain)
    }
}

/// The chart exactly as `rollup` prints it in 80 columns, compared with Snapshots/bars-80.txt ("|" ends each row so
/// trailing spaces show; RECORD_SNAPSHOTS=1 rewrites it).
struct TerminalBarsSnapshotTests {
    @Test func rateChartAt80Columns() throws {
        let rows: [TerminalBars.Row] = [
            .init(label: "林甸县教育局", value: nil, text: "［缺］未报该指标", mark: .plain),
            .init(label: "肇源县教育局", value: nil, text: "XX ［待填］", mark: .plain),
            .init(label: "肇州县教育局", value: 95, text: "95% ✗低于目标", mark: .below),
            .init(label: "杜尔伯特蒙古族自治县教育局", value: 98.5, text: "98.5% ✓", mark: .met),
            .init(label: "汇总（最小值）", value: 95, text: "95%", mark: .total),
        ]
        let text = TerminalBars.render(rows, target: 97, targetLabel: "目标 ≥ 97%").map { $0 + "|" }.joined(separator: "\n") + "\n"
        let file = RenderSnapshotTests.folder.appendingPathComponent("bars-80.txt")
        if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
            try text.write(to: file, atomically: true, encoding: .utf8)
            return
        }
        #expect(text == (try String(contentsOf: file, encoding: .utf8)), "bars differ:\n\(text)")
    }
}
