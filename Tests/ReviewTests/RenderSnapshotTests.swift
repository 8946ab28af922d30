import Foundation
import Testing
@testable import Review

/// Whole frames, as a terminal shows them, compared with frames committed under Snapshots/. Each stored row ends with
/// "|" so trailing spaces stay visible. Set RECORD_SNAPSHOTS=1 to rewrite them after an intended change (and read
/// the diff before committing).
struct RenderSnapshotTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")

    func check(_ name: String, _ state: ReviewState, width: Int, height: Int) throws {
        let frame = ReviewRender.render(state, width: width, height: height, colour: false)
        #expect(frame.count == height)
        for (row, line) in frame.enumerated() {
            #expect(DisplayWidth.of(line) == width, "row \(row) is \(DisplayWidth.of(line)) columns: \(line)")
        }
        let text = frame.map { $0 + "|" }.joined(separator: "\n") + "\n"
        let file = Self.folder.appendingPathComponent(name + ".txt")
        if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
            try text.write(to: file, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: file, encoding: .utf8)
        #expect(text == expected, "frame \(name) differs:\n\(text)")
        // Colour changes only the escape codes, never the layout.
        let coloured = ReviewRender.render(state, width: width, height: height, colour: true)
        let stripped = coloured.map { $0.replacingOccurrences(of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression) }
        #expect(stripped.allSatisfy { DisplayWidth.of($0) == width })
        #expect(coloured.joined().contains("\u{1B}["))
    }

    func state(_ keys: [Key] = [], words: Words = .chinese) -> ReviewState {
        var state = ReviewState(items: Fixtures.items(words), words: words)
        for key in keys { _ = state.handle(key) }
        return state
    }

    @Test func paragraphAt80x24() throws {
        try check("paragraph-80x24", state(), width: 80, height: 24)
    }

    @Test func paragraphAt120x40() throws {
        try check("paragraph-120x40", state(), width: 120, height: 40)
    }

    @Test func indicatorAfterAMergeAt80x24() throws {
        try check("indicator-80x24", state([.char("m")]), width: 80, height: 24)
    }

    @Test func deleteAgainstEditAt120x40() throws {
        try check("deletion-120x40", state([.down, .down]), width: 120, height: 40)
    }

    @Test func moveAt80x24() throws {
        try check("move-80x24", state([.down, .down, .down]), width: 80, height: 24)
    }

    @Test func helpAt80x24() throws {
        try check("help-80x24", state([.char("?")]), width: 80, height: 24)
    }

    @Test func confirmQuitInEnglishAt80x24() throws {
        try check("confirm-en-80x24", state([.char("w"), .char("q")], words: Words(english: true)), width: 80, height: 24)
    }

    @Test func scrolledParagraphAt80x12() throws {
        try check("scrolled-80x12", state([.char("J")]), width: 80, height: 12)
    }

    @Test func everySizeFromTinyToWideKeepsEveryRowExactlyItsWidth() {
        let s = state()
        for width in [20, 40, 41, 57, 80, 99, 100, 133] {
            for height in [3, 8, 24] {
                let frame = ReviewRender.render(s, width: width, height: height, colour: false)
                #expect(frame.count == height)
                #expect(frame.allSatisfy { DisplayWidth.of($0) == width }, "\(width)x\(height)")
            }
        }
    }
}
