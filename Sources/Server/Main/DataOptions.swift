import ArgumentParser
import Foundation
import ServerApp

/// Where the server keeps its store: `--data`, else $TRIBUTARY_SERVER_DATA, else ./tributary-data.
struct DataOptions: ParsableArguments {
    @Option(name: .long, help: "data folder (default: $TRIBUTARY_SERVER_DATA or ./tributary-data)")
    var data: String?

    var folder: String { data ?? ProcessInfo.processInfo.environment["TRIBUTARY_SERVER_DATA"] ?? "tributary-data" }

    func openStore() throws -> SQLiteServerStore { try SQLiteServerStore(folder: folder) }
    func admin() throws -> Admin { Admin(store: try openStore()) }
}

func printJSON<T: Encodable>(_ value: T) throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    print(String(decoding: try encoder.encode(value), as: UTF8.self))
}
