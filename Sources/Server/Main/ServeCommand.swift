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

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be 0 to 65535") }
        guard driftSeconds >= 1 else { throw ValidationError("--drift-seconds must be at least 1") }
        guard Logger.Level(rawValue: logLevel) != nil else { throw ValidationError("unknown --log-level \(logLevel)") }
    }

    func run() async throws {
        let level = Logger.Level(rawValue: logLevel) ?? .info
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = level
            return handler
        }
        let store = try data.openStore()
        let logger = Logger(label: "tributary-server")
        logger.info("store opened", metadata: ["path": .untrusted(store.path)])
        let routes = ServerRoutes(store: store, drift: DriftBound(ms: Int64(driftSeconds) * 1000), logger: logger)
        try await ServerApplication.make(routes: routes, host: host, port: port).runService()
    }
}
