import Foundation

/// The outline numbers of Chinese official documents, computed from depth and position (never stored):
/// 一、 at the top, then （一）, 1., （1）, ①, and deeper levels repeat the last two forms.
public enum NumberLabel {
    public static func label(depth: Int, index: Int) -> String {
        let n = index + 1
        switch depth {
        case 0: return chineseNumeral(n) + "、"
        case 1: return "（" + chineseNumeral(n) + "）"
        case 2: return "\(n)."
        case 3: return "（\(n)）"
        default: return circled(n)
        }
    }

    /// 1 → 一, 10 → 十, 21 → 二十一, 105 → 一百零五.
    public static func chineseNumeral(_ n: Int) -> String {
        let digits = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"]
        guard n > 0 else { return digits[0] }
        if n < 10 { return digits[n] }
        if n < 20 { return "十" + (n % 10 == 0 ? "" : digits[n % 10]) }
        if n < 100 { return digits[n / 10] + "十" + (n % 10 == 0 ? "" : digits[n % 10]) }
        if n < 1000 {
            let rest = n % 100
            let restText = rest == 0 ? "" : (rest < 10 ? "零" + digits[rest] : (rest < 20 ? "一" : "") + chineseNumeral(rest))
            return digits[n / 100] + "百" + restText
        }
        return String(n)
    }

    /// ① … ⑳, then (21), (22), … since Unicode's circled numbers beyond 20 are rarely in fonts.
    public static func circled(_ n: Int) -> String {
        guard (1...20).contains(n), let scalar = Unicode.Scalar(0x2460 + n - 1) else { return "(\(n))" }
        return String(Character(scalar))
    }
}
