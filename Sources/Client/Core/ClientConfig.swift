import Foundation

/// The defaults a person would otherwise repeat on every command, kept in `config.json` in this client's config
/// folder (`ConfigFolder`): which replica file commands use when neither `--db` nor `TRIBUTARY_DB` says, and the
/// server `attach` uses when `--server` is omitted.
public struct ClientConfig: Codable, Sendable, Equatable {
    public enum Key: String, CaseIterable, Sendable {
        case db, server
    }

    public var db: String?
    public var server: String?

    public init(db: String? = nil, server: String? = nil) {
        self.db = db
        self.server = server
    }

    public subscript(key: Key) -> String? {
        get {
            switch key {
            case .db: return db
            case .server: return server
            }
        }
        set {
            switch key {
            case .db: db = newValue
            case .server: server = newValue
            }
        }
    }

    public static func file(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        (ConfigFolder.path(environment: environment) as NSString).appendingPathComponent("config.json")
    }

    /// The saved defaults; none when the file does not exist. A damaged file is an error, not silently empty.
    public static func load(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> ClientConfig {
        let path = file(environment: environment)
        guard let data = FileManager.default.contents(atPath: path) else { return ClientConfig() }
        do {
            return try JSONDecoder().decode(ClientConfig.self, from: data)
        } catch {
            throw CommandError("配置文件 \(path) 无法读取：请修正或删除它", "the config file \(path) cannot be read: fix or delete it")
        }
    }

    public func save(environment: [String: String] = ProcessInfo.processInfo.environment) throws {
        let path = Self.file(environment: environment)
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent,
                                                withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        try encoder.encode(self).write(to: URL(fileURLWithPath: path), options: .atomic)
    }
}
