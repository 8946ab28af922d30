import ArgumentParser
import ClientCore
import Foundation

/// `tributary config`: the defaults kept in the platform's config folder.
struct ConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config", abstract: tr("默认设置（副本文件、服务器）", "Defaults: the replica file, the server"),
        discussion: tr("例：tributary config set db ~/规划/肇州.db", "e.g. tributary config set db ~/plans/zhaozhou.db"),
        subcommands: [ConfigList.self, ConfigSet.self, ConfigUnset.self], defaultSubcommand: ConfigList.self)
}

extension ClientConfig.Key: ExpressibleByArgument {
    public init?(argument: String) { self.init(rawValue: argument) }
    public static var allValueStrings: [String] { allCases.map(\.rawValue) }
}

struct ConfigList: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: tr("显示默认设置", "Show the defaults"))
    @Flag(help: ArgumentHelp(tr("输出 JSON", "print JSON"))) var json = false

    func run() throws {
        let config = try ClientConfig.load()
        if json { return try Console.printJSON(config) }
        print(tr("配置文件：", "Config file: ") + ClientConfig.file())
        for key in ClientConfig.Key.allCases {
            print("  \(key.rawValue) = " + (config[key] ?? tr("（未设置）", "(not set)")))
        }
    }
}

struct ConfigSet: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "set", abstract: tr("设置一项默认值", "Set a default"))
    @Argument(help: ArgumentHelp(tr("db 或 server", "db or server"))) var key: ClientConfig.Key
    @Argument(help: ArgumentHelp(tr("值", "value"))) var value: String

    func validate() throws {
        if key == .server, !(value.hasPrefix("http://") || value.hasPrefix("https://")) {
            throw ValidationError(tr("服务器地址须以 http:// 或 https:// 开头", "the server URL must start with http:// or https://"))
        }
    }

    func run() throws {
        var config = try ClientConfig.load()
        // A relative replica path would change meaning with the working folder: keep it absolute.
        config[key] = key == .db ? URL(fileURLWithPath: (value as NSString).expandingTildeInPath).standardizedFileURL.path : value
        try config.save()
        print(tr("已设置 \(key.rawValue) = \(config[key]!)", "Set \(key.rawValue) = \(config[key]!)"))
    }
}

struct ConfigUnset: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "unset", abstract: tr("取消一项默认值", "Remove a default"))
    @Argument(help: ArgumentHelp(tr("db 或 server", "db or server"))) var key: ClientConfig.Key

    func run() throws {
        var config = try ClientConfig.load()
        config[key] = nil
        try config.save()
        print(tr("已取消 \(key.rawValue)", "Unset \(key.rawValue)"))
    }
}
