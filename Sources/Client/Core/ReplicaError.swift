import Foundation
import Shared
import SharedStore

/// Errors of local replica operations, worded for the person at the keyboard.
public enum ReplicaError: Error, Equatable, Sendable, CustomStringConvertible, LocalizedError, LocalizedMessage {
    case file(StoreFileError)
    case alreadyExists(String)
    case unknownEntity(String)
    case ambiguousID(String, matches: [String])
    /// An id prefix shorter than the four characters that make it unlikely to name two entries.
    case prefixTooShort(String)
    case invalidValue(Phrase)
    case notYourOffice(plan: String, office: String)
    case deleted(String)
    case invalidMove(Phrase)
    case notAttached
    /// Attached, but the token is not on this computer (the file was copied here, or the credentials were removed).
    case noCredentials(server: String)
    case conflictGone
    /// An edit the model or the server's policy refuses (the same rules the server applies at push time).
    case refused(RuleViolation)

    public func message(_ tr: Localizer) -> String {
        switch self {
        case .file(let error):
            switch error {
            case .notFound(let path): return tr("找不到副本文件 \(path)。先运行 tributary init 创建。", "No replica at \(path). Run `tributary init` first.")
            case .notADatabase(let path): return tr("\(path) 不是 SQLite 数据库，未做任何改动。", "\(path) is not a SQLite database; nothing was changed.")
            case .foreign(let path, _): return tr("\(path) 不是 Tributary 副本文件，未做任何改动。", "\(path) is not a Tributary replica; nothing was changed.")
            case .newerSchema(let path, let unknown): return tr("\(path) 由更新版本的 Tributary 写入（\(unknown.joined(separator: ", "))），请升级后再打开。未做任何改动。", "\(path) was written by a newer Tributary (\(unknown.joined(separator: ", "))); upgrade to open it. Nothing was changed.")
            case .damaged(let path, let reason):
                return tr("副本文件 \(path) 已损坏（\(reason)），读不出可信的内容。运行 tributary check 查看；请用备份或新建副本并连接服务器（tributary init + attach）恢复。损坏的文件未做任何改动。",
                          "The replica file \(path) is damaged (\(reason)); nothing it says can be trusted. Run tributary check; restore a copy, or make a new replica and attach it (tributary init + attach). The damaged file was not changed.")
            case .unreadable(let path, let reason): return tr("无法读取 \(path)：\(reason)", "Cannot read \(path): \(reason)")
            case .directory(let path): return tr("\(path) 是一个目录，不是副本文件。请用 --db 指定副本文件。", "\(path) is a directory, not a replica file. Give the replica file with --db.")
            case .empty(let path): return tr("\(path) 是空文件，不是 Tributary 副本，未做任何改动。新建副本请用 tributary init 指定一个不存在的文件。", "\(path) is an empty file, not a Tributary replica; nothing was changed. To create a replica, run `tributary init` with a path that does not exist yet.")
            }
        case .alreadyExists(let path): return tr("\(path) 已存在，未覆盖。", "\(path) already exists; not overwritten.")
        case .prefixTooShort(let id): return tr("编号前缀「\(id)」太短：至少要 4 个字符", "The id prefix \(id) is too short: give at least 4 characters")
        case .unknownEntity(let id): return tr("找不到条目 \(id)", "No entry \(id)")
        case .ambiguousID(let id, let matches): return tr("编号 \(id) 不唯一：\(matches.joined(separator: ", "))", "Id \(id) is ambiguous: \(matches.joined(separator: ", "))")
        case .invalidValue(let message): return tr("取值无效：\(message.zh)", "Invalid value: \(message.en)")
        case .notYourOffice(let plan, let office): return tr("规划 \(plan) 属于 \(office)，本副本不能修改。", "Plan \(plan) belongs to \(office); this replica cannot edit it.")
        case .deleted(let id): return tr("\(id) 已删除；先用 tributary restore 恢复。", "\(id) is deleted; restore it first.")
        case .invalidMove(let message): return tr("无法移动：\(message.zh)", "Cannot move: \(message.en)")
        case .notAttached: return tr("本副本尚未连接服务器。先运行 tributary attach。", "This replica is not attached to a server. Run `tributary attach` first.")
        case .noCredentials(let server):
            return tr("本机没有本副本连接 \(server) 的令牌（令牌不随副本文件复制）。请运行 tributary attach --server \(server) 并提供令牌。",
                      "This computer holds no token for this replica on \(server) (tokens are not copied with the replica file). Run `tributary attach --server \(server)` with a token.")
        case .conflictGone: return tr("该冲突已不存在（可能已被他人解决）。", "That conflict is no longer open (someone may have resolved it).")
        case .refused(let violation): return tr("不允许：", "Not allowed: ") + violation.localized(tr)
        }
    }

    /// English, for logs and anything that is not a person reading in their language.
    public var description: String { message(.english) }
    public var errorDescription: String? { description }
}
