import ClientCore
import Shared

/// How `rollup`, `board` and `export` name where a county's figures come from, and the verdict.
enum FigureText {
    static func verdict(_ verdict: RollupVerdict) -> String {
        switch verdict {
        case .met: return tr("达标", "met")
        case .notMet: return tr("未达标", "not met")
        case .incomplete: return tr("数据不全", "incomplete")
        case .noTarget: return tr("无目标", "no target")
        }
    }

    static func source(_ source: FigureSource?) -> String {
        guard let source else { return "" }
        switch source.kind {
        case .accepted:
            return tr("已通过的报送 ", "accepted submission ") + OutlinePrinter.shortID(source.submission ?? "")
                + (source.acceptedMs.map { tr("（", " (accepted ") + Console.time($0) + tr(" 通过）", ")") } ?? "")
        case .draft: return tr("工作稿", "working draft")
        case .none: return tr("无已通过的报送", "no accepted submission")
        case .noPlan: return tr("尚无规划", "no plan yet")
        case .unreadable: return source.problem.map { localizer($0) } ?? tr("快照无法读取", "snapshot unreadable")
        }
    }

    /// A warning when the working plan no longer says what was accepted; nil otherwise.
    static func stale(_ source: FigureSource?) -> String? {
        guard let source, source.isStale, let count = source.changedSinceAcceptance else { return nil }
        return tr("工作稿在通过后已修改 \(count) 处（数字仍取自通过的版本）", "the working plan has changed in \(count) places since acceptance (figures still come from the accepted version)")
    }

    static func heading(_ mode: FigureMode) -> String {
        switch mode {
        case .accepted: return tr("数据来源：各县区最近一次已通过的报送（--draft 查看工作稿）", "Figures from each county's latest accepted submission (--draft reads the working plans)")
        case .draft: return tr("数据来源：各县区的工作稿（草稿，未经市局审核）", "Figures from the counties' working plans (drafts, not reviewed by the city)")
        }
    }
}
