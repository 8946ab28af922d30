import Foundation

/// The one-line progress bar of a long `sync`: a label, a bar in Unicode eighth blocks, a percentage and the counts
/// ("上传 ████████▌        45%  1,800/4,000 条"). Pure, so a test reads exactly what a person sees; the caller
/// redraws it in place with a carriage return and only when standard error is a terminal.
public enum ProgressBar {
    /// One line of at most `columns` display columns. `fraction` is clamped to 0...1; without one (the server did not
    /// say how much is left) the line shows the count alone, never a bar that would have to guess.
    public static func line(label: String, fraction: Double?, counts: String, columns: Int = 80) -> String {
        let head = label + " "
        let tail = counts.isEmpty ? "" : "  " + counts
        guard let fraction else { return DisplayWidth.truncate(head + counts, to: columns) }
        let f = min(1, max(0, fraction.isFinite ? fraction : 0))
        let percent = String(format: "%3d%%", Int((f * 100).rounded(.down)))
        let fixed = DisplayWidth.of(head) + 1 + percent.count + DisplayWidth.of(tail)
        let width = min(30, columns - fixed)
        guard width >= 5 else { return DisplayWidth.truncate(head + percent + tail, to: columns) }
        let eighths = Int((f * Double(width * 8)).rounded(.down))
        var bar = String(repeating: "█", count: eighths / 8)
        if eighths % 8 > 0 { bar += partial[eighths % 8] }
        bar += String(repeating: " ", count: width - (eighths / 8) - (eighths % 8 > 0 ? 1 : 0))
        return head + bar + " " + percent + tail
    }

    /// A count with thousands separators (4,000), as people read large numbers in both languages.
    public static func count(_ n: Int) -> String {
        let digits = String(abs(n))
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out += "," }
            out.append(c)
        }
        return (n < 0 ? "-" : "") + out
    }

    static let partial = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]
}
