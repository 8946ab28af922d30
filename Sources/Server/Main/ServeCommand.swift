import ArgumentParser
import Foundation
import Hummingbird
import Logging
import ServerApp
import Shared

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "serve", abstract: "Run the sync server")

    @OptionGroup var data: DataOptions
    @Option(help: "address to listen on") var host = "127.0.0.1"
    @Option(help: "port (0 picks a free one; the chosen port is printed)") var port = 8080
    @Option(name: .customLong("drift-seconds"), help: "refuse changes stamped this far ahead of the server clock")
    var driftSeconds = Int(DriftBound.default.ms / 1000)
    @Option(name: .customLong("log-level"), help: "trace, debug, info, notice, warning, error or critical")
    var logLevel = "info"
    @Option(name: .customLong("log-format"), help: "text, or json for one JSON object per line (with the request id)")
    var logFormat: LogFormat = .text
    @Option(name: .customLong("metrics-token-file"),
            help: "a file holding a token that /metrics then requires as a bearer token (or $TRIBUTARY_METRICS_TOKEN)")
    var metricsTokenFile: String?

    @Option(name: .customLong("max-pull-wait"),
            help: "hold a pull that waits for news at most this many seconds (0 to \(Limits.maxPullWaitSeconds); lower it behind a proxy with a short read timeout)")
    var maxPullWait = Limits.maxPullWaitSeconds

    enum LogFormat: String, ExpressibleByArgument, CaseIterable { case text, json }

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be 0 to 65535") }
        guard driftSeconds >= 1 else { throw ValidationError("--drift-seconds must be at least 1") }
        guard (0...Limits.maxPullWaitSeconds).contains(maxPullWait) else {
            throw ValidationError("--max-pull-wait must be 0 to \(Limits.maxPullWaitSeconds)")
        }
        guard Logger.Level(rawValue: logLevel) != nil else { throw ValidationError("unknown --log-level \(logLevel)") }
    }

    func run() async throws {
        let level = Logger.Level(rawValue: logLevel) ?? .info
        let format = logFormat
        LoggingSystem.bootstrap { label in
            switch format {
            case .json:
                return JSONLogHandler(label: label, level: level)
            case .text:
                var handler = StreamLogHandler.standardError(label: label)
                handler.logLevel = level
                return handler
            }
        }
        let metricsToken = try readMetricsToken()
        let logger = Logger(label: "tributary-server")
        let drift = DriftBound(ms: Int64(driftSeconds) * 1000)
        let maxPullWait = maxPullWait
        let (host, port) = (host, port)
        try await data.withStore(logger: logger) { store in
            var routes = ServerRoutes(store: store, drift: drift, logger: logger, metricsToken: metricsToken)
            routes.maxPullWaitSeconds = maxPullWait
            var listener: Task<Void, Never>?
            if let postgres = store as? PostgresServerStore {
                logger.info("store opened", metadata: ["database": .string(postgres.location.description)])
                // A push committed on another server wakes this one's waiting pulls (LISTEN/NOTIFY).
                let signal = routes.signal
                listener = Task { await postgres.listenForChanges { await signal.notify() } }
            } else if let sqlite = store as? SQLiteServerStore {
                logger.info("store opened", metadata: ["path": .string(sqlite.path)])
            }
            defer { listener?.cancel() }
            try await ServerApplication.make(routes: routes, host: host, port: port).runService()
        }
    }

    /// The token /metrics requires, from a file (never the command line, which `ps` shows) or the environment.
    func readMetricsToken() throws -> String? {
        if let metricsTokenFile {
            guard let text = try? String(contentsOfFile: metricsTokenFile, encoding: .utf8) else {
                throw ValidationError("cannot read --metrics-token-file \(metricsTokenFile)")
            }
            let token = text.trimmingCharacters(in: .whitespacesAndNewlines)
            guard token.count >= 16 else { throw ValidationError("the metrics token must be at least 16 characters") }
            return token
        }
        if let token = ProcessInfo.processInfo.environment["TRIBUTARY_METRICS_TOKEN"], !token.isEmpty { return token }
        return nil
    }
}
