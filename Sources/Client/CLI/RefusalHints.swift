import ClientCore
import Shared

/// What a person does about each kind of refusal, and the grouped lines `sync`, `status` and `outbox` print.
enum RefusalHints {
    static func fix(_ cause: RefusalCause) -> String {
        switch cause {
        case .wrongUser:
            return tr("修改署名的用户与令牌所属用户不符：用本副本用户自己的令牌重新连接（tributary attach --token …），再运行 tributary outbox retry 与 tributary sync。",
                      "The changes are signed by another user than the token's: attach again with this replica's own user's token (tributary attach --token …), then run tributary outbox retry and tributary sync.")
        case .wrongReplica:
            return tr("这些修改来自另一个副本：由那个副本自己同步；或用 tributary outbox discard 撤回。",
                      "These changes come from another replica: let that replica sync them, or withdraw them with tributary outbox discard.")
        case .clockDrift:
            return tr("本机时钟超前于服务器：校准时间后运行 tributary outbox retry，再同步。",
                      "This computer's clock is ahead of the server's: fix the time, then run tributary outbox retry and sync again.")
        case .other:
            return tr("服务器的规则不允许这些修改：用 tributary outbox discard 撤回（本副本恢复为服务器的内容，修改仍保存在已撤回列表中）；原因消除后也可 tributary outbox retry。",
                      "The server's rules do not allow these changes: withdraw them with tributary outbox discard (this replica goes back to what the server holds; the changes stay in the discarded list), or fix the cause and run tributary outbox retry.")
        }
    }

    /// A group's reason in the reader's language (the English one when the server sent no Chinese).
    static func text(_ group: RefusalGroup) -> String { tr(group.reasonZh ?? group.reason, group.reason) }

    /// One line per distinct reason with its count, each followed by its fix.
    static func lines(_ groups: [RefusalGroup], indent: String = "  ") -> [String] {
        groups.flatMap { group in
            [indent + tr("\(group.count) 条：", "\(group.count) × ") + text(group), indent + "  → " + fix(group.cause)]
        }
    }
}
