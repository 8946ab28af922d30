import Shared

/// The file a reviewer edits in $EDITOR to merge a conflict by hand: the proposed text, with every side shown in
/// comment lines above it. Lines starting with "#" are dropped when the file is read back.
public enum EditBuffer {
    public static func compose(_ record: ConflictRecord, proposal: String, words: Words) -> String {
        var lines: [String] = []
        lines.append(words.t("# 编辑下面的合并结果，保存并退出即采用。以 # 开头的行会被忽略；清空全文则不作决定。",
                             "# Edit the merged text below; save and quit to take it. Lines starting with # are ignored; an empty text decides nothing."))
        func quote(_ label: String, _ text: String?) {
            lines.append("# " + label)
            for line in (text ?? "").split(separator: "\n", omittingEmptySubsequences: false) { lines.append("#   " + line) }
        }
        if let base = record.base { quote(words.t("原文：", "Base:"), base.value) }
        quote(words.t("胜者（\(record.winner.author)）：", "Winner (\(record.winner.author)):"), record.winner.value)
        for (i, loser) in record.losers.enumerated() {
            quote(words.t("另一方 \(i + 1)（\(loser.author)）：", "Other side \(i + 1) (\(loser.author)):"), loser.value)
        }
        return lines.joined(separator: "\n") + "\n" + proposal + "\n"
    }

    /// The text the reviewer left, without comment lines and trailing blank space; nil when nothing is left.
    public static func parse(_ file: String) -> String? {
        var kept = file.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.hasPrefix("#") }.map(String.init)
        while let last = kept.last, last.allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\r" }) { kept.removeLast() }
        while let first = kept.first, first.allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\r" }) { kept.removeFirst() }
        let text = kept.joined(separator: "\n")
        return text.isEmpty ? nil : text
    }
}
