import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where this computer keeps the tokens of its replicas: one file per replica id under
/// `$XDG_CONFIG_HOME/tributary/credentials/` (default `~/.config/tributary/credentials/`), the folders 0700 and the
/// files 0600.
///
/// A token is kept out of the replica file on purpose: that file is what `tributary exchange` and a USB stick carry
/// to another laptop, and a token travelling with it would let whoever holds the copy push as its user. Tests point
/// `XDG_CONFIG_HOME` at a scratch folder so that they never write into the real home.
public struct CredentialStore: Sendable, Equatable {
    public let directory: String

    public init(directory: String) { self.directory = directory }

    /// The platform's config folder for `environment`: `$XDG_CONFIG_HOME` when it is an absolute path, else
    /// `$HOME/.config`.
    public static func standard(environment: [String: String] = ProcessInfo.processInfo.environment) -> CredentialStore {
        CredentialStore(directory: (ConfigFolder.path(environment: environment) as NSString).appendingPathComponent("credentials"))
    }

    func file(for replica: String) throws -> String {
        // Replica ids are letters, digits, - and _; anything else must not become a path.
        guard !replica.isEmpty, replica.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }) else {
            throw CommandError("副本编号 \(replica) 无效", "invalid replica id \(replica)")
        }
        return (directory as NSString).appendingPathComponent(replica)
    }

    /// The token saved for `replica`, or nil.
    public func token(for replica: String) throws -> String? {
        let path = try file(for: replica)
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CommandError("无法读取令牌文件 \(path)", "cannot read the token file \(path)")
        }
        let token = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return token.isEmpty ? nil : token
    }

    /// Saves (or replaces) the token of `replica`: written to a new 0600 file, then renamed over the old one.
    public func save(_ token: String, for replica: String) throws {
        let path = try file(for: replica)
        try makeDirectory()
        let temporary = path + ".new-\(getpid())"
        unlink(temporary)
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL, 0o600)
        guard descriptor >= 0 else { throw failure("open", temporary) }
        let bytes = Array((token + "\n").utf8)
        let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        let synced = fsync(descriptor)
        close(descriptor)
        guard written == bytes.count, synced == 0 else {
            unlink(temporary)
            throw failure("write", temporary)
        }
        guard rename(temporary, path) == 0 else {
            unlink(temporary)
            throw failure("rename", path)
        }
    }

    public func remove(for replica: String) throws {
        let path = try file(for: replica)
        if unlink(path) != 0 && errno != ENOENT { throw failure("unlink", path) }
    }

    /// The folder and its `tributary` parent, 0700 (tightened if they already existed).
    private func makeDirectory() throws {
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o700])
        } catch {
            throw CommandError("无法创建目录 \(directory)：\(error.localizedDescription)",
                                  "cannot create \(directory): \(error.localizedDescription)")
        }
        for folder in [directory, (directory as NSString).deletingLastPathComponent] where chmod(folder, 0o700) != 0 {
            throw failure("chmod", folder)
        }
    }

    private func failure(_ operation: String, _ path: String) -> CommandError {
        let reason = String(cString: strerror(errno))
        return CommandError("令牌文件 \(path) 操作失败（\(operation)）：\(reason)", "token file \(path): \(operation) failed: \(reason)")
    }
}

/// This client's folder in the platform's config directory: `$XDG_CONFIG_HOME/tributary` when that is an absolute
/// path, else `$HOME/.config/tributary`. Holds the credentials and the defaults file (`ClientConfig`).
public enum ConfigFolder {
    public static func path(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        let base: String
        if let xdg = environment["XDG_CONFIG_HOME"], xdg.hasPrefix("/") {
            base = xdg
        } else {
            let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
            base = (home as NSString).appendingPathComponent(".config")
        }
        return (base as NSString).appendingPathComponent("tributary")
    }
}
