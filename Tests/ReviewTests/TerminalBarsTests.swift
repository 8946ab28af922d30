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

/// The progress line of a long sync.
@Suite struct ProgressBarTests {
    @Test func drawsTheFractionInEighthsWithCounts() {
        let line = ProgressBar.line(label: "上传", fraction: 0.5, counts: "2,000/4,000 条", columns: 80)
        #expect(line == "上传 " + String(repeating: "█", count: 15) + String(repeating: " ", count: 15) + "  50%  2,000/4,000 条")
        let start = ProgressBar.line(label: "send", fraction: 0, counts: "0/10", columns: 80)
        #expect(start.hasPrefix("send " + String(repeating: " ", count: 30) + "   0%"))
        let partial = ProgressBar.line(label: "x", fraction: 1.0 / 240.0, counts: "", columns: 80)
        #expect(partial.contains("▏"))
    }

    @Test func neverWiderThanTheTerminalAndClamped() {
        for columns in [10, 20, 33, 40, 80, 200] {
            for fraction in [-1, 0, 0.123, 0.5, 0.999, 1, 7, .nan] as [Double] {
                let line = ProgressBar.line(label: "接收", fraction: fraction, counts: "已收 12,345 条", columns: columns)
                #expect(DisplayWidth.of(line) <= columns, "\(columns) \(fraction): \(line)")
                if columns >= 80 { #expect(line.contains(fraction >= 1 ? "100%" : "%")) }
            }
        }
        #expect(ProgressBar.line(label: "a", fraction: 3, counts: "", columns: 80).contains("100%"))
    }

    @Test func withoutAFractionOnlyTheCountIsShown() {
        #expect(ProgressBar.line(label: "接收", fraction: nil, counts: "已收 500 条") == "接收 已收 500 条")
    }

    @Test func countsHaveThousandsSeparators() {
        #expect(ProgressBar.count(0) == "0")
        #expect(ProgressBar.count(999) == "999")
        #expect(ProgressBar.count(1000) == "1,000")
        #expect(ProgressBar.count(44_030) == "44,030")
        #expect(ProgressBar.count(1_234_567) == "1,234,567")
    }
}
