import Foundation
import Testing
@testable import ClientCore

struct ExportTests {
    @Test func csvHasABomCrlfAndQuotesWhatNeedsIt() {
        let text = CSV.render(header: ["序号", "重点任务"], rows: [["1", "推进\"双减\",提质增效"], ["2", "=HYPERLINK(1)"]])
        let bytes = Array(text.utf8)
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(text.contains("\r\n"))
        #expect(text.contains("\"推进\"\"双减\"\",提质增效\""))
        #expect(text.contains("'=HYPERLINK(1)"))
    }
}
