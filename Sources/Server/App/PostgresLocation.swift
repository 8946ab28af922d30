import Foundation

/// Where a PostgreSQL store lives, parsed from `postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE` (the form libpq and
/// every operator tool use). Only plain TCP: the servers and the database are expected on one private network; a
/// `sslmode` other than `disable` is refused rather than silently ignored.
public struct PostgresLocation: Sendable, Equatable, CustomStringConvertible {
    public var host: String
    public var port: Int
    public var user: String
    public var password: String?
    public var database: String

    public init(host: String, port: Int = 5432, user: String, password: String? = nil, database: String) {
        self.host = host
        self.port = port
        self.user = user
        self.password = password
        self.database = database
    }

    public init(url text: String) throws {
        guard let url = URLComponents(string: text), let scheme = url.scheme, ["postgres", "postgresql"].contains(scheme) else {
            throw RegistryError.invalid("\(Self.redacted(text)) is not a postgres://USER@HOST:PORT/DATABASE address")
        }
        guard let host = url.host, !host.isEmpty else { throw RegistryError.invalid("the database address names no host") }
        guard let user = url.user, !user.isEmpty else { throw RegistryError.invalid("the database address names no user (postgres://USER@HOST/DB)") }
        let database = String(url.path.drop(while: { $0 == "/" }))
        guard !database.isEmpty, !database.contains("/") else {
            throw RegistryError.invalid("the database address names no database (postgres://USER@HOST:PORT/DATABASE)")
        }
        let port = url.port ?? 5432
        guard (1...65535).contains(port) else { throw RegistryError.invalid("the database port must be 1 to 65535") }
        for item in url.queryItems ?? [] {
            if item.name == "sslmode", item.value == "disable" { continue }
            throw RegistryError.invalid("unsupported database address option \(item.name)\(item.value.map { "=\($0)" } ?? "")")
        }
        self.init(host: host, port: port, user: user.removingPercentEncoding ?? user,
                  password: url.password?.removingPercentEncoding, database: database.removingPercentEncoding ?? database)
    }

    /// The address without its password: what logs and messages show.
    public var description: String { "postgres://\(user)@\(host):\(port)/\(database)" }

    /// The same server, another database (tests make one per store).
    public func database(_ name: String) -> PostgresLocation {
        PostgresLocation(host: host, port: port, user: user, password: password, database: name)
    }

    static func redacted(_ text: String) -> String {
        guard var url = URLComponents(string: text), url.password != nil else { return text }
        url.password = "***"
        return url.string ?? "the database address"
    }
}
