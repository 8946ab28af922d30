import Foundation

/// Finds a plan's title among the lines before its first heading. A web page or a Word file often wraps the plan in
/// an issuing notice ("关于印发《…》的通知", "附件"): the plan's own title is the line that names a plan and is not
/// the wrapper.
enum TitleFinder {
    struct Found {
        var text: String
        /// The line the title was taken from (nil when it was read out of a notice's wording, or not found).
        var line: Int?
    }

    static let planWords = ["规划", "计划", "要点", "意见", "方案", "安排", "总结", "纲要", "思路", "报告", "部署", "打算", "任务"]
    static let wrapperEnds = ["通知", "通告", "公告", "决定", "批复", "函"]

    static func find(_ lines: [Line], before end: Int) -> Found {
        let candidates = lines.indices.prefix(end).filter { i in
            let line = lines[i]
            let text = line.foldedText
            return line.noise == nil && (4...100).contains(text.count) && !text.contains("。") && !text.hasSuffix(":")
                && !text.hasSuffix(",") && line.numbered == nil && NoiseFilter.pageTitleSegments(text) == nil
        }
        func isWrapper(_ text: String) -> Bool {
            wrapperEnds.contains(where: { text.hasSuffix($0) }) || text.hasPrefix("附件") || text.hasPrefix("附:")
        }
        if let i = candidates.first(where: { i in
            let text = lines[i].foldedText
            return planWords.contains(where: { text.contains($0) }) && !isWrapper(text)
        }) {
            return Found(text: lines[i].text, line: i)
        }
        // Only a notice: its wording names the plan.
        for i in candidates where isWrapper(lines[i].foldedText) {
            let text = lines[i].text
            if let open = text.firstIndex(where: { $0 == "《" }), let close = text[open...].firstIndex(of: "》"),
               text.distance(from: open, to: close) > 2 {
                return Found(text: String(text[text.index(after: open)..<close]), line: nil)
            }
        }
        if let i = candidates.first(where: { lines[$0].text.count <= 60 && !lines[$0].foldedText.contains(",") }) {
            return Found(text: lines[i].text, line: i)
        }
        // Only the page's title bar names the plan ("标题-站点名"): its first part is the title.
        for line in lines.prefix(end) {
            if let segments = NoiseFilter.pageTitleSegments(line.foldedText), line.noise != .spam,
               let first = segments.first, planWords.contains(where: { first.contains($0) }) {
                let original = Array(line.text).prefix(first.count)
                return Found(text: String(original), line: nil)
            }
        }
        return Found(text: "", line: nil)
    }
}
