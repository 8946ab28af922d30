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

    /// The state after `keys`, laid out for the frame size given (paging moves by the details pane of that size).
    func state(_ keys: [Key] = [], words: Words = .chinese, items: [ReviewItem]? = nil, width: Int = 80, height: Int = 24) -> ReviewState {
        var state = ReviewState(items: items ?? Fixtures.items(words), words: words)
        state.resize(Viewport(width: width, height: height, colour: false))
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

    /// J moves a page of the details pane less one line: the last line of the first page is the first of the second.
    @Test func scrolledParagraphAt80x12() throws {
        try check("scrolled-80x12", state([.char("J")], width: 80, height: 12), width: 80, height: 12)
    }

    /// The footer of a delete against an edit names what w and l do there, and leaves out merge and edit.
    @Test func deleteAgainstEditFooterAt80x24() throws {
        try check("deletion-80x24", state([.down, .down]), width: 80, height: 24)
        try check("deletion-en-80x24", state([.down, .down], words: Words(english: true)), width: 80, height: 24)
    }

    /// A field conflict without a suggested merge: keep and take, no m.
    @Test func fieldConflictFooterInEnglishAt80x24() throws {
        try check("indicator-en-80x24", state([.down], words: Words(english: true)), width: 80, height: 24)
    }

    /// Paragraph breaks in a body: each paragraph starts on its own line after a blank one, in every pane.
    @Test func paragraphBreaksAt100x40() throws {
        try check("paragraphs-100x40", state(items: Fixtures.items(records: [Fixtures.paragraphs]), width: 100, height: 40),
                  width: 100, height: 40)
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
