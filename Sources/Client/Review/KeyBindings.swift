/// A key press, decoded from the terminal's bytes.
public enum Key: Hashable, Sendable {
    case char(Character)
    case up, down, left, right, pageUp, pageDown, home, end, enter, escape, backspace, tab
    /// Ctrl plus a letter (lowercase).
    case ctrl(Character)
}

/// What a key does in the review screen.
public enum ReviewAction: Hashable, Sendable {
    case up, down, scrollUp, scrollDown
    case keepWinner, takeLoser, takeLoserN(Int), takeMerge, edit, skip, undo
    case apply, help, quit
}

/// When the footer offers a key: only where it does something for the conflict shown, so the hints never invite a
/// key that would only be refused.
public enum FooterRule: Sendable, Equatable {
    /// Not in the footer (the help screen lists it).
    case hidden
    case always
    /// Only when the conflict can be edited (not a delete against an edit, not a move).
    case whenEditable
    /// Only when a suggested merge is offered.
    case whenMerge

    public func offers(_ item: ReviewItem?) -> Bool {
        switch self {
        case .hidden: return false
        case .always: return true
        case .whenEditable: return item?.isEditable ?? false
        case .whenMerge: return item?.view.suggestion != nil
        }
    }
}

/// One row of the key table: the keys, how the footer and the help screen name them, and what they do.
public struct KeyBinding: Sendable {
    public var keys: [Key]
    /// How the keys are written for people: "w", "↑/k".
    public var label: String
    public var action: ReviewAction
    /// Two to six characters for the footer.
    public var short: (zh: String, en: String)
    /// The footer's name on a delete-against-edit conflict, where "keep the winner" keeps the delete and "take the
    /// other side" restores the entity; nil when the key means the same there.
    public var shortOnDelete: (zh: String, en: String)?
    /// One sentence for the help screen.
    public var long: (zh: String, en: String)
    public var footer: FooterRule

    public init(keys: [Key], label: String, action: ReviewAction, short: (zh: String, en: String),
                shortOnDelete: (zh: String, en: String)? = nil, long: (zh: String, en: String), footer: FooterRule) {
        self.keys = keys
        self.label = label
        self.action = action
        self.short = short
        self.shortOnDelete = shortOnDelete
        self.long = long
        self.footer = footer
    }

    public var inFooter: Bool { footer != .hidden }

    /// The footer's name for the key with `item` shown; nil when the footer does not offer it there.
    public func footerLabel(for item: ReviewItem?) -> (zh: String, en: String)? {
        guard footer.offers(item) else { return nil }
        if item?.record.isDeleteConflict == true, let shortOnDelete { return shortOnDelete }
        return short
    }
}

/// The one table of keys: the footer, the help screen and the dispatcher all read it, so they can never disagree.
public enum KeyBindings {
    public static let table: [KeyBinding] = [
        KeyBinding(keys: [.up, .char("k")], label: "↑/k", action: .up, short: ("上一个", "prev"),
                   long: ("选上一个冲突", "select the previous conflict"), footer: .hidden),
        KeyBinding(keys: [.down, .char("j")], label: "↓/j", action: .down, short: ("下一个", "next"),
                   long: ("选下一个冲突", "select the next conflict"), footer: .hidden),
        KeyBinding(keys: [.pageUp, .char("K")], label: "PgUp/K", action: .scrollUp, short: ("上翻", "scroll up"),
                   long: ("右侧详情向上翻一页", "scroll the details up a page"), footer: .hidden),
        KeyBinding(keys: [.pageDown, .char("J"), .char(" ")], label: "PgDn/J", action: .scrollDown, short: ("下翻", "scroll down"),
                   long: ("右侧详情向下翻一页", "scroll the details down a page"), footer: .hidden),
        KeyBinding(keys: [.char("w")], label: "w", action: .keepWinner, short: ("保留胜者", "keep winner"),
                   shortOnDelete: ("保留删除", "keep deleted"),
                   long: ("保留当前显示的值（删除冲突：保留删除）", "keep the value shown now (delete conflict: keep the delete)"), footer: .always),
        KeyBinding(keys: [.char("l")], label: "l", action: .takeLoser, short: ("用另一方", "take loser"),
                   shortOnDelete: ("恢复条目", "restore"),
                   long: ("采用另一方的值（删除冲突：恢复条目）", "take the other side's value (delete conflict: restore)"), footer: .always),
        KeyBinding(keys: (2...9).map { Key.char(Character(String($0))) }, label: "2-9", action: .takeLoserN(0),
                   short: ("第N个另一方", "loser N"), long: ("有多个另一方时，采用第 N 个", "with several other sides, take number N"), footer: .hidden),
        KeyBinding(keys: [.char("m")], label: "m", action: .takeMerge, short: ("建议合并", "merge"),
                   long: ("采用建议合并（两边改了不同分句时才有）", "take the suggested merge (offered when the sides changed different clauses)"), footer: .whenMerge),
        KeyBinding(keys: [.char("e")], label: "e", action: .edit, short: ("编辑", "edit"),
                   long: ("在 $EDITOR 中编辑合并结果", "edit a merge in $EDITOR"), footer: .whenEditable),
        KeyBinding(keys: [.char("s")], label: "s", action: .skip, short: ("跳过", "skip"),
                   long: ("暂不决定，转到下一个未决定的冲突", "decide later; go to the next undecided conflict"), footer: .always),
        KeyBinding(keys: [.char("u")], label: "u", action: .undo, short: ("撤销", "undo"),
                   long: ("撤销最近一个尚未写入的决定", "undo the last decision not yet written"), footer: .always),
        KeyBinding(keys: [.char("a")], label: "a", action: .apply, short: ("写入", "write"),
                   long: ("把已作的决定写入副本（先确认）", "write the decisions made to the replica (asks first)"), footer: .always),
        KeyBinding(keys: [.char("?"), .char("h")], label: "?", action: .help, short: ("帮助", "help"),
                   long: ("显示或关闭本帮助", "show or close this help"), footer: .always),
        KeyBinding(keys: [.char("q"), .ctrl("c")], label: "q", action: .quit, short: ("退出", "quit"),
                   long: ("退出；有未写入的决定时先询问是否写入", "quit; asks whether to write decisions not yet written"), footer: .always),
    ]

    /// The action a key triggers, if any.
    public static func action(for key: Key) -> ReviewAction? {
        for binding in table where binding.keys.contains(key) {
            if case .takeLoserN = binding.action, case .char(let c) = key, let n = Int(String(c)) { return .takeLoserN(n) }
            return binding.action
        }
        return nil
    }
}

/// Turns the bytes a terminal sends into keys: UTF-8 characters, control keys, and the escape sequences of arrows
/// and paging keys (both the CSI "ESC [" and the SS3 "ESC O" forms).
public enum KeyDecoder {
    /// The keys in `bytes`, and the bytes of an incomplete sequence at the end to keep for the next read. A lone ESC
    /// at the end is kept too: the caller turns it into `.escape` when no more bytes follow shortly.
    public static func decode(_ bytes: [UInt8]) -> (keys: [Key], rest: [UInt8]) {
        var keys: [Key] = []
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b == 0x1B {
                guard i + 1 < bytes.count else { return (keys, Array(bytes[i...])) }
                let next = bytes[i + 1]
                if next == UInt8(ascii: "[") || next == UInt8(ascii: "O") {
                    // Parameters then one final byte in 0x40...0x7E.
                    var j = i + 2
                    while j < bytes.count, !(0x40...0x7E).contains(bytes[j]) { j += 1 }
                    guard j < bytes.count else { return (keys, Array(bytes[i...])) }
                    let params = String(decoding: bytes[(i + 2)..<j], as: UTF8.self)
                    if let key = sequence(final: bytes[j], params: params) { keys.append(key) }
                    i = j + 1
                } else {
                    keys.append(.escape)
                    i += 1
                }
                continue
            }
            switch b {
            case 0x0D, 0x0A: keys.append(.enter); i += 1; continue
            case 0x7F, 0x08: keys.append(.backspace); i += 1; continue
            case 0x09: keys.append(.tab); i += 1; continue
            case 0x01...0x1A: keys.append(.ctrl(Character(Unicode.Scalar(b + 0x60)))); i += 1; continue
            default: break
            }
            let length = b < 0x80 ? 1 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1
            guard i + length <= bytes.count else { return (keys, Array(bytes[i...])) }
            let text = String(decoding: bytes[i..<(i + length)], as: UTF8.self)
            if let ch = text.first { keys.append(.char(ch)) }
            i += length
        }
        return (keys, [])
    }

    static func sequence(final: UInt8, params: String) -> Key? {
        switch final {
        case UInt8(ascii: "A"): return .up
        case UInt8(ascii: "B"): return .down
        case UInt8(ascii: "C"): return .right
        case UInt8(ascii: "D"): return .left
        case UInt8(ascii: "H"): return .home
        case UInt8(ascii: "F"): return .end
        case UInt8(ascii: "~"):
            switch params {
            case "5": return .pageUp
            case "6": return .pageDown
            case "1", "7": return .home
            case "4", "8": return .end
            default: return nil
            }
        default: return nil
        }
    }
}
