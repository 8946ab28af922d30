import ArgumentParser
import ClientCore
import Shared
import Foundation

/// The client's version, printed by `tributary --version`.
enum TributaryVersion {
    static let current = "0.4.0 (protocol \(API.version))"
}

/// `tributary`: the county and city client. Every command but `attach` and `sync` works offline.
@main
struct Tributary: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tributary",
        abstract: tr("教育规划离线编辑与同步客户端", "Offline-first education plan client"),
        version: TributaryVersion.current,
        subcommands: [
            InitCommand.self, PlanCommand.self, AddCommand.self, SetCommand.self, MoveCommand.self,
            DeleteCommand.self, RestoreCommand.self, ShowCommand.self, HistoryCommand.self, StatusCommand.self,
            ExchangeCommand.self, AttachCommand.self, SyncCommand.self, RollupCommand.self, ExportCommand.self,
            SubmissionsCommand.self, BoardCommand.self, OutboxCommand.self, ImportCommand.self, ConflictsCommand.self,
            ReviewCommand.self, FieldsCommand.self, ConfigCommand.self, LogCommand.self, TrashCommand.self, DiffCommand.self,
            CheckCommand.self,
        ]
    )

    static var subcommandNames: [String] {
        configuration.subcommands.map { $0.configuration.commandName ?? String(describing: $0).lowercased() } + ["help"]
    }

    /// Our own errors are printed in the user's language, without ArgumentParser's English "Error:" prefix.
    static func main() async {
        if let typo = CommandSuggestion.unknownSubcommand(Array(CommandLine.arguments.dropFirst()), known: subcommandNames) {
            Console.error(typo)
            Foundation.exit(ExitCode.validationFailure.rawValue)
        }
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch let error as LocalizedMessage {
            Console.error(error.message(localizer))
            Foundation.exit(ExitCodes.failure)
        } catch let error as CommandFailure {
            Console.error(error.message)
            Foundation.exit(error.code)
        } catch let error where DamagedFile.phrase(for: error) != nil {
            Console.error(localizer(DamagedFile.phrase(for: error)!))
            Foundation.exit(ExitCodes.failure)
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                // --help, help SUBCOMMAND, --version: the help's own headings and notes follow the locale too.
                print(ParserMessages.localizedHelp(fullMessage(for: error)))
                Foundation.exit(0)
            }
            let message = ParserMessages.localized(fullMessage(for: error))
            FileHandle.standardError.write(Data((message + "\n").utf8))
            Foundation.exit(code.rawValue)
        }
    }
}

/// The argument parser speaks English; with a Chinese locale its messages about a command line (a missing
/// argument, an unknown option, an invalid value) are put into Chinese, so that a person sees one language.
enum ParserMessages {
    static let patterns: [(String, String)] = [
        (#"^Error: "#, "错误："),
        (#"Missing expected argument '([^']+)'"#, "缺少参数 $1"),
        (#"Missing value for '([^']+)'"#, "选项 $1 缺少取值"),
        (#"Unknown option '([^']+)'"#, "没有选项 $1"),
        (#"Unexpected arguments? (.+)"#, "多余的参数 $1"),
        (#"The value '([^']*)' is invalid for '([^']+)'"#, "取值「$1」不适用于 $2"),
        (#"Please provide one of '([^']+)' or '([^']+)'"#, "请在 $1 与 $2 中选一个"),
        (#"\. Please provide one of (.+)\."#, "。可选：$1。"),
        (#"'([^']+)' and '([^']+)'"#, "'$1' 或 '$2'"),
        (#"'([^']+)', '"#, "'$1'、'"),
        (#"Value to be set with flag '([^']+)' had already been set with flag '([^']+)'"#, "$1 与 $2 不能同时使用"),
        (#"(?m)^Usage: "#, "用法："),
        (#"(?m)^  See '(.+)' for more (details|information)\."#, "  详见 $1"),
        (#"(?m)^Help: "#, "帮助："),
    ]

    /// The parts of a help screen that ArgumentParser writes itself (headings, the built-in flags, the list of
    /// values and the default) in Chinese; our own texts are already in the user's language.
    static let helpPatterns: [(String, String)] = [
        (#"(?m)^OVERVIEW: "#, "概述："),
        (#"(?m)^USAGE: "#, "用法："),
        (#"(?m)^ARGUMENTS:$"#, "参数："),
        (#"(?m)^OPTIONS:$"#, "选项："),
        (#"(?m)^SUBCOMMANDS:$"#, "子命令："),
        (#"(?m)^  See '([^']+) <subcommand>' for detailed help\."#, "  各子命令的详细帮助：$1 <子命令>"),
        (#"(?m)^(  \S+) \(default\)"#, "$1（默认）  "),
        (#"Show the version\."#, "显示版本。"),
        (#"Show help information\."#, "显示帮助。"),
        (#"\(values: ([^;)]*); default: ([^)]*)\)"#, "（可选：$1；默认：$2）"),
        (#"\(values: ([^)]*)\)"#, "（可选：$1）"),
        (#"\(default: ([^)]*)\)"#, "（默认：$1）"),
    ]

    static func localizedHelp(_ message: String, language: Localizer = localizer) -> String {
        guard !language.english else { return message }
        // A value list may be wrapped over lines: put it back on one line before translating it.
        var text = message
        if let regex = try? NSRegularExpression(pattern: #"\((values|default):\s[^)]*\)"#) {
            for match in regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).reversed() {
                guard let range = Range(match.range, in: text) else { continue }
                let joined = text[range].replacingOccurrences(of: #"\s*\n\s*"#, with: " ", options: .regularExpression)
                text.replaceSubrange(range, with: joined)
            }
        }
        for (pattern, template) in helpPatterns {
            text = text.replacingOccurrences(of: pattern, with: template, options: .regularExpression)
        }
        return localizeValueCommas(text)
    }

    /// "（可选：planned, inProgress）" lists values with Chinese enumeration commas.
    static func localizeValueCommas(_ text: String) -> String {
        guard let regex = try? NSRegularExpression(pattern: #"（可选：[^；）]*"#) else { return text }
        var result = text
        for match in regex.matches(in: result, range: NSRange(result.startIndex..., in: result)).reversed() {
            guard let range = Range(match.range, in: result) else { continue }
            result.replaceSubrange(range, with: result[range].replacingOccurrences(of: ", ", with: "、"))
        }
        return result
    }

    static func localized(_ message: String, language: Localizer = localizer) -> String {
        guard !language.english else { return message }
        var text = message
        for (pattern, template) in patterns {
            text = text.replacingOccurrences(of: pattern, with: template, options: .regularExpression)
        }
        return text
    }
}

/// "Did you mean" for a mistyped subcommand, as git does: the known names within a small edit distance.
enum CommandSuggestion {
    static func unknownSubcommand(_ arguments: [String], known: [String]) -> String? {
        guard let first = arguments.first, !first.hasPrefix("-"), !known.contains(first) else { return nil }
        let close = known.map { ($0, distance(first, $0)) }.filter { $0.1 <= max(1, first.count / 3) }.sorted { $0.1 < $1.1 }
        let base = tr("没有命令「\(first)」。", "No command \(first). ")
        guard let best = close.first?.0 else {
            return base + tr("运行 tributary --help 查看全部命令。", "Run tributary --help for the list.")
        }
        return base + tr("是不是 tributary \(best)？", "Did you mean tributary \(best)?")
    }

    /// Levenshtein distance over characters.
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        var previous = Array(0...b.count)
        for (i, ca) in a.enumerated() {
            var current = [i + 1] + Array(repeating: 0, count: b.count)
            for (j, cb) in b.enumerated() {
                current[j + 1] = min(previous[j + 1] + 1, current[j] + 1, previous[j] + (ca == cb ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
