import Foundation
import Shared

/// Text helpers shared by the import steps. The document's own characters are always what the import keeps; the
/// "folded" form (half-width, simplified) exists only so that one set of patterns matches every variant of a plan.
enum TextCleaning {
    /// Splits on every line break a Word export or web page may use.
    static func lines(_ text: String) -> [String] {
        var out: [String] = []
        var current = ""
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\r":
                out.append(current); current = ""; previousWasCR = true; continue
            case "\n":
                if !previousWasCR { out.append(current); current = "" }
            case "\u{2028}", "\u{2029}", "\u{0B}", "\u{0C}", "\u{85}":
                out.append(current); current = ""
            default:
                current.unicodeScalars.append(scalar)
            }
            previousWasCR = false
        }
        out.append(current)
        return out
    }

    /// Removes the characters a replica refuses (`TextRules`): control characters other than tab, and the invisible
    /// direction marks (U+202A–202E, U+2066–2069) some pages carry. Line breaks are gone already (`lines`).
    /// Returns the cleaned line and how many characters went.
    static func removingRefusedCharacters(_ line: String) -> (String, Int) {
        var removed = 0
        var out = String.UnicodeScalarView()
        for scalar in line.unicodeScalars {
            if (TextRules.isForbiddenControl(scalar) && scalar != "\t") || TextRules.isForbiddenInLine(scalar) {
                removed += 1
            } else {
                out.append(scalar)
            }
        }
        return removed == 0 ? (line, 0) : (String(out), removed)
    }

    /// Whitespace a web page leaves around text: ASCII, no-break and ideographic spaces, zero-width marks, BOM.
    static func isSpace(_ c: Character) -> Bool {
        if c.isWhitespace { return true }
        return c == "\u{200B}" || c == "\u{200C}" || c == "\u{200D}" || c == "\u{FEFF}" || c == "\u{2060}"
    }

    static func trimmed(_ s: String) -> String {
        let chars = Array(s)
        var start = 0, end = chars.count
        while start < end, isSpace(chars[start]) { start += 1 }
        while end > start, isSpace(chars[end - 1]) { end -= 1 }
        return String(chars[start..<end])
    }

    static func trimmed(_ chars: ArraySlice<Character>) -> String { trimmed(String(chars)) }

    /// "一、工 作 目 标" → "一、工作目标": a heading spaced out letter by letter (a Word print's centred title, a scan read
    /// by OCR). Only a short line whose every word after the first is one Chinese character; the first may carry the
    /// number. Spaces are no content, so nothing of the text is lost.
    static func closingLetterSpacing(_ line: String) -> String {
        guard line.count <= 40 else { return line }
        let words = line.split(whereSeparator: { $0 == " " || $0 == "\u{3000}" })
        guard words.count >= 3, let first = words.first, first.count <= 4, let end = first.last, isHan(end) || "、.)）".contains(end),
              words.dropFirst().allSatisfy({ $0.count == 1 && isHan($0.first!) }) else { return line }
        return words.joined()
    }

    /// "3 . 3　评估监测", "2. 1 学前教育": a decimal outline's label read by OCR with spaces round its dots is the label
    /// "3.3" (as `closingLetterSpacing` closes a heading read with spaces). Only a label of small numbers followed by a
    /// space and a heading's first character: "1. 3所学校" (an item opening with a count) keeps its space.
    static func closingLabelSpacing(_ line: String) -> String {
        let pattern = #"^([0-9]{1,2})((?:[ \x{3000}]*[.．][ \x{3000}]*[0-9]{1,2}){1,3})(?=[ \x{3000}]+\p{Han})"#
        guard line.count <= 60, let match = line.range(of: pattern, options: .regularExpression) else { return line }
        let label = line[match]
        guard label.contains(where: { $0 == " " || $0 == "\u{3000}" }) else { return line }
        let after = line[match.upperBound...].drop { $0 == " " || $0 == "\u{3000}" }
        guard let next = after.first, !Numbering.quantityFollowers.contains(fold(next)) else { return line }
        return label.filter { $0 != " " && $0 != "\u{3000}" } + line[match.upperBound...]
    }

    // MARK: Folding for matching

    /// One character for matching: full-width ASCII forms become ASCII, traditional characters that the patterns
    /// use become simplified ones. Always one character for one, so positions in the folded text are positions in
    /// the original.
    static func fold(_ c: Character) -> Character {
        guard c.unicodeScalars.count == 1, let scalar = c.unicodeScalars.first else { return c }
        let v = scalar.value
        if v >= 0xFF01 && v <= 0xFF5E, let half = Unicode.Scalar(v - 0xFEE0) { return Character(half) }
        if v == 0x3000 { return " " }
        if v < 0x3400 { return c }
        return traditionalToSimplified[c] ?? c
    }

    static func fold(_ chars: [Character]) -> [Character] { chars.map(fold) }
    static func fold(_ s: String) -> String { String(Array(s).map(fold)) }

    /// Traditional characters that occur in the words the import looks for (numbering, noise, indicators, tasks).
    /// Matching only: the imported text keeps its traditional characters.
    static let traditionalToSimplified: [Character: Character] = {
        let pairs = """
            達达 個个 萬万 億亿 將将 為为 於于 學学 園园 標标 準准 蓋盖 頁页 導导 網网 權权 賭赌 與与 實实 現现 劃划 \
            規规 計计 畫划 點点 擊击 覽览 數数 發发 佈布 時时 間间 來来 編编 輯辑 關关 閉闭 錄录 註注 冊册 設设 歡欢 \
            務务 開开 聞闻 當当 條条 節节 過过 減减 補补 師师 養养 撥拨 資资 費费 級级 區区 縣县 鎮镇 鄉乡 義义 兒儿 \
            職职 業业 畢毕 項项 場场 處处 門门 輛辆 臺台 層层 屆届 課课 參参 總总 結结 綱纲 見见 報报 確确 牽牵 頭头 \
            責责 單单 協协 穩稳 續续 繼继 進进 約约 維维 護护 這这 並并 兩两 內内 於于 會会 於于 應应 須须 將将 \
            態态 證证 備备 案案 體体 衛卫 藝艺 質质 級级 齊齐 擴扩 增增 長长 億亿 萬万 選选 樹树 聘聘 錄录 驗验 \
            收收 讓让 保保 證证 爭争 確确 舉举 辦办 組组 織织 認认 購购 處处 徑径 雙双 優优 員员 幹干 務务 \
            勵励 盡尽 績绩 達达 監监 測测 廣广 覆覆 務务 樣样 頒颁 區区 處处 導导 遊游 戲戏 彩彩 娛娱 樂乐 \
            線线 註注 碼码 號号 電电 話话 傳传 郵邮 箱箱 聯联 繫系 們们 於于 瀏浏 覽览 器器 辨辨 率率 龍龙 鳳凤 \
            嶺岭 門门 壩坝 鎮镇 營营 廠厂 礦矿 東东 蘭兰 陽阳 華华 灣湾 壽寿 遼辽 慶庆 齊齐 爾尔 鄂鄂 倫伦 \
            蒙蒙 濟济 寧宁 隴陇 風风 歷历 紀纪 陸陆 頂顶 訓训 層层 隊队 專专 計计 畫划 劃划 綫线 檢检 查查 \
            構构 築筑 屬属 類类 屆届 檔档 僅仅 規规 範范 強强 於于 歲岁 較较 異异 擬拟 遞递 遲迟 禁禁 據据 \
            項项 標标 額额 領领 導导 書书 記记 務务 簡简 體体 繁繁 頁页 籤签 檔档 顯显 尋寻 搜搜 索索 網网 \
            點点 擊击 閱阅 讀读 評评 論论 載载 訂订 閱阅 訊讯 頻频 視视 聽听 亞亚 洲洲 際际 鐘钟 滿满 週周 \
            億亿 廳厅 縣县 區区 園园 處处 幫帮 聯联 貫贯 銜衔 選选 務务 頁页 轉转 載载 複复 製制 權权 屬属 \
            勞劳 動动 動动 員员 衆众 眾众 於于 並并 極极 積积 啟启 啓启 陳陈 熱热 門门 圖图 錶表 隨随 機机 \
            負负 佔占 擔担 劃划 轄辖 鄰邻 堅坚 據据 營营 產产 訂订 園园 統统 籌筹 總总 廳厅 讀读 寫写 賽赛 獎奖 請请 語语 觀观 創创 黨党 範范 匯汇 滑滑 續续 鬆松 閒闲 曉晓 則则 \
            別别 後后 從从 對对 問问 題题 還还 幾几 麼么 裡里 裏里 習习 難难 覺觉 慣惯 價价 術术 團团 踐践 礎础 環环 \
            經经 輪轮 帶带 擁拥 殘残 療疗 醫医 藥药 飲饮 隱隐 險险 災灾 鑑鉴 鑒鉴 戰战 綜综 夠够 戶户 練练 運运 軟软 \
            邊边 遠远 農农 貧贫 榮荣 譽誉 稱称 誌志 願愿 館馆 絡络 寬宽 雲云 庫库 童童 齡龄 遷迁 鞏巩 覈核 調调 議议 \
            決决 彙汇 獲获 輔辅 諮咨 詢询 說说 講讲 談谈 潔洁 禮礼 儀仪 審审 財财 預预 裝装 飯饭 廁厕 樓楼 棟栋 畝亩 \
            種种 張张 錢钱 變变 區区 齒齿 眾众 質质 號号 競竞 爭争 隨随 貼贴 補补 細细 顧顾 態态 勢势 滿满 錯错 狀状
            """
        var map: [Character: Character] = [:]
        for token in pairs.split(whereSeparator: { $0 == " " || $0 == "\n" }) where token.count == 2 {
            map[token.first!] = token.last!
        }
        return map
    }()

    // MARK: Characters

    static func isHan(_ c: Character) -> Bool {
        guard let v = c.unicodeScalars.first?.value else { return false }
        return (0x4E00...0x9FFF).contains(v) || (0x3400...0x4DBF).contains(v) || (0x20000...0x2FA1F).contains(v)
            || (0xF900...0xFAFF).contains(v)
    }

    static func isDigit(_ c: Character) -> Bool { c.isASCII && c.isNumber }

    /// Letters and digits of any script: the "content characters" that an import must neither lose nor duplicate.
    static func isContent(_ c: Character) -> Bool { c.isLetter || c.isNumber }

    // MARK: Pinyin glosses

    /// Web pages sometimes inject pinyin after characters: 現(xiàn)場(chǎng)會. Removes glosses that carry tone
    /// marks or tone digits, and, when the document has such glosses, plain syllables too (neutral tones have no
    /// mark). Returns the cleaned line and how many glosses went.
    static func removeGlosses(_ line: String, plainSyllablesToo: Bool) -> (String, Int) {
        let chars = Array(line)
        guard chars.contains(where: { $0 == "(" || $0 == "（" }) else { return (line, 0) }
        var out: [Character] = []
        out.reserveCapacity(chars.count)
        var removed = 0
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if (c == "(" || c == "（"), i > 0, isHan(chars[i - 1]),
               let close = chars[(i + 1)...].prefix(32).firstIndex(where: { $0 == ")" || $0 == "）" }),
               case let kind = glossKind(chars[(i + 1)..<close]), kind != .none,
               kind == .marked || plainSyllablesToo {
                removed += 1
                i = close + 1
                continue
            }
            out.append(c)
            i += 1
        }
        return (String(out), removed)
    }

    enum GlossKind { case none, marked, plain, english }

    static func hasMarkedGloss(_ line: String) -> Bool {
        let chars = Array(line)
        for (i, c) in chars.enumerated() where (c == "(" || c == "（") && i > 0 && isHan(chars[i - 1]) {
            if let close = chars[(i + 1)...].prefix(32).firstIndex(where: { $0 == ")" || $0 == "）" }),
               glossKind(chars[(i + 1)..<close]) == .marked {
                return true
            }
        }
        return false
    }

    static let toneVowels: [Character: Character] = {
        var map: [Character: Character] = [:]
        for (plain, marked) in [("a", "āáǎà"), ("e", "ēéěè"), ("i", "īíǐì"), ("o", "ōóǒò"), ("u", "ūúǔù"),
                                ("ü", "ǖǘǚǜ"), ("n", "ńňǹ"), ("m", "ḿ")] {
            for m in marked { map[m] = Character(plain) }
        }
        return map
    }()

    /// "(jìn shì)": a word's syllables apart by spaces, each a syllable; "(aesthetic education)": a word's English, lower
    /// case letters and spaces only (believed only where the document glosses its words with marked pinyin too).
    static func glossKind(_ text: ArraySlice<Character>) -> GlossKind {
        if text.contains(" ") {
            let words = text.split(separator: " ")
            guard (2...4).contains(words.count) else { return isEnglishGloss(text) ? .english : .none }
            let kinds = words.map { glossKind($0) }
            if kinds.allSatisfy({ $0 == .marked || $0 == .plain }) { return kinds.contains(.marked) ? .marked : .plain }
            return isEnglishGloss(text) ? .english : .none
        }
        guard (1...8).contains(text.count) else { return isEnglishGloss(text) ? .english : .none }
        var plain = ""
        var marked = false
        var digit = false
        for (offset, c) in text.enumerated() {
            if let base = toneVowels[c] { plain.append(base); marked = true }
            else if c.isASCII, c.isLowercase { plain.append(c) }
            else if c == "ü" { plain.append("v") }
            else if ("1"..."5").contains(c), offset == text.count - 1, offset > 0 { digit = true }
            else { return .none }
        }
        guard isPinyinSyllable(plain.replacingOccurrences(of: "ü", with: "v")) else { return isEnglishGloss(text) ? .english : .none }
        return marked || digit ? .marked : .plain
    }

    static func isEnglishGloss(_ text: ArraySlice<Character>) -> Bool {
        (3...30).contains(text.count) && text.allSatisfy { $0 == " " || $0.isASCII && $0.isLowercase } && text.first != " "
    }

    static let pinyinInitials = ["zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q",
                                 "x", "r", "z", "c", "s", "y", "w", ""]
    static let pinyinFinals: Set<String> = [
        "a", "o", "e", "i", "u", "v", "ai", "ei", "ao", "ou", "an", "en", "ang", "eng", "ong", "er", "ia", "ie", "iao",
        "iu", "ian", "in", "iang", "ing", "iong", "ua", "uo", "uai", "ui", "uan", "un", "uang", "ve", "ue", "van", "vn",
        "io", "ueng", "m", "n", "ng", "hm", "hng",
    ]

    static func isPinyinSyllable(_ s: String) -> Bool {
        for initial in pinyinInitials where s.hasPrefix(initial) {
            let final = String(s.dropFirst(initial.count))
            if pinyinFinals.contains(final) { return true }
        }
        return false
    }
}
