import ArgumentParser
import ClientCore
import Foundation

/// Where the replica file is: `--db`, else $TRIBUTARY_DB, else the `db` of `tributary config`, else ./tributary.db.
struct ReplicaOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(tr("副本文件", "replica file (default: $TRIBUTARY_DB, `tributary config set db`, or ./tributary.db)")))
    var db: String?

    static let fallback = "tributary.db"

    /// The file, and whether the person named it (an option, the environment or the config) or it is the fallback.
    var resolved: (path: String, named: Bool) { Self.resolve(db) }

    static func resolve(_ db: String?) -> (path: String, named: Bool) {
        if let db { return (db, true) }
        if let env = ProcessInfo.processInfo.environment["TRIBUTARY_DB"], !env.isEmpty { return (env, true) }
        if let configured = (try? ClientConfig.load())?.db { return (configured, true) }
        return (Self.fallback, false)
    }

    var path: String { resolved.path }

    func open() throws -> Replica {
        let (path, named) = resolved
        if !named && !FileManager.default.fileExists(atPath: path) {
            throw CommandFailure(message: tr(
                "当前目录没有副本文件 \(path)。用 --db 文件 指定，或设置 TRIBUTARY_DB，或 tributary config set db 文件；新建副本用 tributary init。",
                "No replica file \(path) in this folder. Name one with --db FILE, TRIBUTARY_DB or `tributary config set db FILE`; create one with `tributary init`."))
        }
        return try Replica.open(at: path)
    }
}
