import ClientCore
import Foundation
import Review
import Shared

/// A roll-up as the terminal's bar chart: a bar per county with a value, the reason in words for a county missing or
/// still a placeholder (no bar: it is not a zero), the rolled-up value last, the city's target marked under the bars.
enum RollupBars {
    static func lines(_ r: RollupResult, columns: Int = 80, color: Bool) -> [String] {
        let unit = r.unit ?? ""
        var rows: [TerminalBars.Row] = r.entries.map { entry in
            switch entry.state {
            case .missing:
                return .init(label: entry.office.name, value: nil, text: tr("［缺］未报该指标", "[missing]"), mark: .plain)
            case .placeholder:
                return .init(label: entry.office.name, value: nil, text: (entry.value ?? "") + tr(" ［待填］", " [placeholder]"), mark: .plain)
            case .value:
                let meets = r.meetsTarget(entry)
                let mark = meets == false ? tr(" ✗低于目标", " ✗ below") : meets == true ? " ✓" : ""
                return .init(label: entry.office.name, value: r.number(entry).map(double), text: (entry.value ?? "") + unit + mark,
                             mark: meets == false ? .below : meets == true ? .met : .plain)
            }
        }
        rows.append(.init(label: tr("汇总", "total") + "（" + Exports.methodName(r.method) + "）", value: r.rolledUpNumber.map(double),
                          text: (r.rolledUp.map { $0 + unit } ?? "—"), mark: .total))
        let targetLabel = tr("目标 ", "target ") + Comparator.symbol(r.comparator) + " " + (r.target ?? "") + unit
        return TerminalBars.render(rows, target: r.targetNumber.map(double), targetLabel: targetLabel, columns: columns, color: color)
    }

    static func double(_ value: Decimal) -> Double { NSDecimalNumber(decimal: value).doubleValue }
}
