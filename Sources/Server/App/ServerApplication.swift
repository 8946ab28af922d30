import Foundation
import Hummingbird
import Logging
import Shared

/// Builds the HTTP application around a store. The bound address is announced on stderr once the socket is open
/// (`tributary-server listening on http://HOST:PORT`), which is how scripts and tests find a server started on port 0.
public enum ServerApplication {
    public static func make(routes: ServerRoutes, host: String, port: Int) -> some ApplicationProtocol {
        let logger = routes.logger
        return Application(
            router: routes.router(),
            server: .http1(configuration: .init(additionalChannelHandlers: [CloseAfterResponse()])),
            configuration: ApplicationConfiguration(address: .hostname(host, port: port), serverName: "tributary-server"),
            onServerRunning: { channel in
                let bound = channel.localAddress?.port ?? port
                logger.notice("listening", metadata: ["host": .untrusted(host), "port": "\(bound)"])
                FileHandle.standardError.write(Data("tributary-server listening on http://\(host):\(bound)\n".utf8))
            },
            logger: logger
        )
    }
}
