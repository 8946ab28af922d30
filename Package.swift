// swift-tools-version:6.0
import PackageDescription

/// Layout: `Sources/Shared` is what both sides compile (the pure model, the merge rule, the API definition in
/// `Core`; the SQLite change store in `Store`). Client and server each keep their logic in a library target so that
/// tests can drive it, and a thin executable target on top.
let package = Package(
    name: "Tributary",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "tributary", targets: ["tributary"]),
        .executable(name: "tributary-server", targets: ["tributary-server"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/apple/swift-metrics", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.1"),
        .package(url: "https://github.com/adam-fowler/compress-nio", from: "1.5.0"),
        // NIOPosix's thread pool runs the server's store work off the event loops (StoreWork).
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.3"),
        // The PostgreSQL store, for several servers on one database.
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
    ],
    targets: [
        // Pure Foundation: model, clock, merge rule, tree, API definition.
        .target(name: "Shared", path: "Sources/Shared/Core"),
        // The SQLite change store used by the client replica and the server alike.
        .target(
            name: "SharedStore",
            dependencies: [
                "Shared", .product(name: "GRDB", package: "GRDB.swift"),
                // The C API, for the apply path's hot loops (RawStatement).
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ],
            path: "Sources/Shared/Store"
        ),
        // glibc's wcwidth needs _XOPEN_SOURCE; Swift's Glibc module does not expose it.
        .target(name: "CWidth", path: "Sources/Client/CWidth"),
        .target(name: "PlanImport", dependencies: ["Shared"], path: "Sources/Client/Import"),
        .target(name: "Review", dependencies: ["Shared", "CWidth"], path: "Sources/Client/Review"),
        .target(
            name: "ClientCore",
            dependencies: [
                "Shared", "SharedStore", "PlanImport",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "CompressNIO", package: "compress-nio"),
                .product(name: "Logging", package: "swift-log"),
            ],
            path: "Sources/Client/Core"
        ),
        .executableTarget(
            name: "tributary",
            dependencies: [
                "ClientCore", "Review", "PlanImport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Sources/Client/CLI"
        ),
        .target(
            name: "ServerApp",
            dependencies: [
                "Shared", "SharedStore",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "CompressNIO", package: "compress-nio"),
                .product(name: "Logging", package: "swift-log"),
            ],
            path: "Sources/Server/App"
        ),
        .executableTarget(
            name: "tributary-server",
            dependencies: [
                "ServerApp", "Shared", "SharedStore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
            ],
            path: "Sources/Server/Main"
        ),
        // The sync benchmark (run in release by bench/run.sh, never in CI).
        .executableTarget(
            name: "tributary-bench",
            dependencies: [
                "ClientCore", "Shared", "SharedStore", .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
            ],
            path: "bench/SyncBench"
        ),
        // The fault soak: real binaries, random kill -9 of clients and the server (scripts/soak.sh; CI runs a short one).
        .executableTarget(name: "tributary-soak", dependencies: ["ClientCore", "Shared"], path: "soak"),
        .testTarget(name: "SharedTests", dependencies: ["Shared"]),
        .testTarget(name: "StoreTests", dependencies: ["Shared", "SharedStore"]),
        .testTarget(name: "ClientTests", dependencies: ["ClientCore", "Review", "Shared", "SharedStore"]),
        .testTarget(name: "ImportTests", dependencies: ["PlanImport", "Shared", "ClientCore"]),
        .testTarget(name: "ReviewTests", dependencies: ["Review", "Shared", "ClientCore"]),
        .testTarget(
            name: "ServerTests",
            dependencies: ["ServerApp", "Shared", "SharedStore", .product(name: "HummingbirdTesting", package: "hummingbird")]
        ),
        .testTarget(name: "EndToEndTests", dependencies: ["Shared", "Review"]),
    ]
)
