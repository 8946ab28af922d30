import ClientCore
import Foundation

/// What `sync` and `status` say about submissions the city returned: the plan, the city's note and its comments, and
/// how to see them in place.
enum ReturnedNotice {
    static func lines(_ returned: [Replica.ReturnedSubmission]) -> [String] {
        returned.flatMap { item -> [String] in
            var lines = [tr("市局退回了报送《\(item.title)》", "The city returned the submission of \(item.title)")
                         + (item.reviewNote.map { tr("：", ": ") + $0 } ?? "")]
            for comment in item.comments.prefix(5) { lines.append("  💬 " + comment.body) }
            if item.comments.count > 5 { lines.append(tr("  …另有 \(item.comments.count - 5) 条批注", "  … \(item.comments.count - 5) more comments")) }
            lines.append(tr("  批注标在 tributary show 的对应条目旁；修改后重新报送：tributary submissions submit \(OutlinePrinter.shortID(item.plan))",
                            "  comments are marked beside their items in tributary show; revise, then submit again: tributary submissions submit \(OutlinePrinter.shortID(item.plan))"))
            return lines
        }
    }
}
