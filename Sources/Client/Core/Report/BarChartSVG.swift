import Foundation
import Shared

/// One roll-up as a horizontal bar chart in inline SVG: a bar per county, the rolled-up value as a last bar, and the
/// city's target as a dashed line. Drawn by hand (no library, nothing fetched) so the report opens offline.
///
/// Read in black and white: a county below the target is hatched and says so in words, a county that meets it is a
/// mid-grey (green) bar with ✓, a summed count's counties (which have no target of their own) are light grey, the
/// rolled-up value is black; a missing county or a
/// placeholder gets a dashed empty box with its reason written in it, never a bar of length zero.
public enum BarChartSVG {
    /// Geometry, in SVG user units (the chart scales to the page width through its viewBox).
    static let width = 700.0, labelRight = 168.0, barLeft = 176.0, barWidth = 360.0, valueLeft = 544.0
    static let rowHeight = 26.0, barHeight = 16.0, top = 26.0

    public static func render(_ result: RollupResult, id: String) -> String {
        let unit = result.unit ?? ""
        let values = result.entries.compactMap { result.number($0) } + [result.targetNumber, result.rolledUpNumber].compactMap { $0 }
        let maxValue = max(values.map { NSDecimalNumber(decimal: $0).doubleValue }.max() ?? 0, 0)
        let scale = maxValue > 0 ? barWidth / (maxValue * 1.05) : 0
        func x(_ value: Decimal) -> Double { barLeft + max(0, NSDecimalNumber(decimal: value).doubleValue) * scale }
        let rows = result.entries.count + 1
        let height = top + Double(rows) * rowHeight + 8
        var svg = "<svg class=\"chart\" id=\"\(id)\" viewBox=\"0 0 \(n(width)) \(n(height))\" "
            + "width=\"100%\" role=\"img\" aria-labelledby=\"\(id)-title\" data-indicator=\"\(HTMLText.escape(result.name))\">"
        svg += "<title id=\"\(id)-title\">" + HTMLText.escape(result.name + "：各县区数值与目标") + "</title>"
        svg += "<defs><pattern id=\"\(id)-hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">"
            + "<rect width=\"6\" height=\"6\" fill=\"#fff\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#b3261e\" stroke-width=\"3\"/></pattern></defs>"
        for (index, entry) in result.entries.enumerated() {
            let y = top + Double(index) * rowHeight
            svg += row(y: y, label: entry.office.name, office: entry.office.id) { barY in
                switch entry.state {
                case .missing:
                    return gap(y: barY, text: "缺：未报该指标", state: "missing")
                case .placeholder:
                    return gap(y: barY, text: (entry.value ?? "") + " 待填（占位符）", state: "placeholder")
                case .value:
                    let meets = result.meetsTarget(entry)
                    let kind = meets == false ? "below" : meets == true ? "met" : "plain"
                    let fill = meets == false ? "url(#\(id)-hatch)" : meets == true ? "#5f9a6b" : "#d0d0d0"
                    let value = result.number(entry) ?? 0
                    var text = (entry.value ?? "") + unit
                    if meets == false { text += " ✗ 低于目标" } else if meets == true { text += " ✓" }
                    return bar(y: barY, to: x(value), fill: fill, kind: kind) + valueText(y: barY, text)
                }
            }
        }
        let totalY = top + Double(result.entries.count) * rowHeight
        svg += "<line x1=\"0\" x2=\"\(n(width))\" y1=\"\(n(totalY + 1))\" y2=\"\(n(totalY + 1))\" stroke=\"#888\" stroke-width=\"0.5\"/>"
        svg += row(y: totalY, label: "汇总（" + Exports.methodName(result.method) + "）", office: nil) { barY in
            guard let rolled = result.rolledUpNumber else { return gap(y: barY, text: "无可汇总的数值", state: "none") }
            let text = (result.rolledUp ?? "") + unit + (result.verdict == .incomplete ? "（不全）" : "")
            return bar(y: barY, to: x(rolled), fill: "#1b1b1b", kind: "total") + valueText(y: barY, text)
        }
        if let target = result.targetNumber {
            let tx = x(target)
            svg += "<line class=\"target\" x1=\"\(n(tx))\" x2=\"\(n(tx))\" y1=\"\(n(top - 8))\" y2=\"\(n(height - 4))\" "
                + "stroke=\"#000\" stroke-width=\"1.5\" stroke-dasharray=\"5 3\"/>"
            let label = "目标 " + Comparator.symbol(result.comparator) + " " + (result.target ?? "") + unit
            let anchor = tx > barLeft + barWidth * 0.6 ? "end" : "start"
            let lx = anchor == "end" ? tx - 4 : tx + 4
            svg += "<text x=\"\(n(lx))\" y=\"\(n(top - 10))\" font-size=\"12\" text-anchor=\"\(anchor)\">" + HTMLText.escape(label) + "</text>"
        }
        return svg + "</svg>"
    }

    static func row(y: Double, label: String, office: String?, content: (Double) -> String) -> String {
        let barY = y + (rowHeight - barHeight) / 2
        var out = "<g class=\"row\"" + (office.map { " data-office=\"\(HTMLText.escape($0))\"" } ?? " data-total=\"1\"") + ">"
        out += "<text x=\"\(n(labelRight))\" y=\"\(n(barY + 12.5))\" font-size=\"13\" text-anchor=\"end\">"
            + "<title>" + HTMLText.escape(label) + "</title>" + HTMLText.escape(HTMLText.shorten(label, toEms: 12.5)) + "</text>"
        return out + content(barY) + "</g>"
    }

    static func bar(y: Double, to end: Double, fill: String, kind: String) -> String {
        let w = max(end - barLeft, 1)
        return "<rect class=\"bar \(kind)\" x=\"\(n(barLeft))\" y=\"\(n(y))\" width=\"\(n(w))\" height=\"\(n(barHeight))\" "
            + "fill=\"\(fill)\" stroke=\"#000\" stroke-width=\"0.8\"/>"
    }

    static func valueText(y: Double, _ text: String) -> String {
        "<text class=\"value\" x=\"\(n(valueLeft))\" y=\"\(n(y + 12.5))\" font-size=\"12\">" + HTMLText.escape(HTMLText.shorten(text, toEms: 12.5)) + "</text>"
    }

    /// A county without a number: a dashed empty box with the reason in words, so it never reads as a zero.
    static func gap(y: Double, text: String, state: String) -> String {
        "<rect class=\"gap \(state)\" x=\"\(n(barLeft))\" y=\"\(n(y))\" width=\"\(n(barWidth * 0.5))\" height=\"\(n(barHeight))\" "
            + "fill=\"none\" stroke=\"#000\" stroke-width=\"0.8\" stroke-dasharray=\"3 2\"/>"
            + "<text class=\"\(state)\" x=\"\(n(barLeft + 6))\" y=\"\(n(y + 12.5))\" font-size=\"12\" font-style=\"italic\">" + HTMLText.escape(HTMLText.shorten(text, toEms: 14.5)) + "</text>"
    }

    /// Numbers with at most one decimal, the same on every machine.
    static func n(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}
