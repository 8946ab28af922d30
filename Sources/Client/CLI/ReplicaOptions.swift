import ArgumentParser
import ClientCore
import Foundation

/// Where the replica file is: `--db`, else $TRIBUTARY_DB, else ./tributary.db.
struct ReplicaOptions: ParsableArguments {
    @Option(name: .long, help: "副本文件 / replica file (default: $TRIBUTARY_DB or ./tributary.db)")
    var db: String?

    var path: String {
        db ?? ProcessInfo.processInfo.environment["TRIBUTARY_DB"] ?? "tributary.db"
    }

    func open() throws -> Replica { try Replica.open(at: path) }
}
