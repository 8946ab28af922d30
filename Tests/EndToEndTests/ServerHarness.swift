import Foundation

/// The real `tributary-server` on 127.0.0.1: demo accounts, a free port, and kill -9 / restart on the same port.
final class ServerHarness: @unchecked Sendable {
    let folder: TempFolder
    let data: String
    /// A PostgreSQL store instead of the data folder (several servers share it).
    let database: String?
    /// How the server commands name the store.
    var storeArguments: [String] { database.map { ["--database", $0] } ?? ["--data", data] }
    private var process: Process?
    private(set) var port = 0
    /// The running server's standard error: its log.
    private(set) var logPath = ""
    private(set) var tokens: [String: String] = [:]

    var url: String { "http://127.0.0.1:\(port)" }

    /// A server on an existing data folder (a restored one): no accounts are made.
    init(folder: TempFolder, data: String) throws {
        self.folder = folder
        self.data = data
        database = nil
    }

    /// A server on a PostgreSQL database; `setup` runs demo-setup on it first (once per database).
    init(folder: TempFolder, database: String, setup: Bool) throws {
        self.folder = folder
        data = folder.file("unused-data")
        self.database = database
        if setup { try demoSetup() }
    }

    /// A server process on the same database as `other`, with its accounts (another node of one deployment).
    init(sameStoreAs other: ServerHarness) {
        folder = other.folder
        data = other.data
        database = other.database
        tokens = other.tokens
    }

    init(folder: TempFolder) throws {
        self.folder = folder
        data = folder.file("server-data")
        database = nil
        try demoSetup()
    }

    private func demoSetup() throws {
        let setup = try run(Binaries.server, ["demo-setup"] + storeArguments)
        guard setup.status == 0, let json = try JSONSerialization.jsonObject(with: Data(setup.stdout.utf8)) as? [String: Any],
              let users = json["users"] as? [[String: Any]]
        else { throw HarnessError("demo-setup failed: \(setup.stderr)") }
        for user in users {
            if let name = user["user"] as? String, let token = user["token"] as? String { tokens[name] = token }
        }
    }

    func start(port: Int = 0, extra: [String] = [], environment: [String: String] = [:]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Binaries.server)
        process.arguments = ["serve"] + storeArguments + ["--host", "127.0.0.1", "--port", String(port)] + extra
        if !environment.isEmpty { process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new } }
        let log = folder.file("server-\(UUID().uuidString).log")
        logPath = log
        FileManager.default.createFile(atPath: log, contents: nil)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: log))
        process.standardError = handle
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        self.process = process
        let deadline = Date().addingTimeInterval(30)
        while Date() < deadline {
            let text = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
            if let range = text.range(of: "listening on http://127.0.0.1:") {
                let digits = text[range.upperBound...].prefix { $0.isNumber }
                if let found = Int(digits) {
                    self.port = found
                    return
                }
            }
            if !process.isRunning { break }
            Thread.sleep(forTimeInterval: 0.05)
        }
        throw HarnessError("server did not start: \((try? String(contentsOfFile: log, encoding: .utf8)) ?? "")")
    }

    /// kill -9: no chance to flush or clean up.
    /// A `tributary-server` admin command on this server's data folder.
    @discardableResult
    func admin(_ arguments: [String], expect: Int32? = 0) throws -> ProcessResult {
        let result = try run(Binaries.server, arguments + storeArguments)
        if let expect, result.status != expect {
            throw HarnessError("tributary-server \(arguments.joined(separator: " ")) exited \(result.status): \(result.stderr)")
        }
        return result
    }

    func kill9() {
        guard let process else { return }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        self.process = nil
    }

    func stop() {
        process?.terminate()
        process?.waitUntilExit()
        process = nil
    }

    deinit { stop() }
}

struct HarnessError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// A replica driven through the real `tributary` binary.
struct ClientReplica {
    let db: String
    let env: [String: String]

    /// Tokens this replica's attach saves go to the test folder's own config folder, never the real home.
    init(_ folder: TempFolder, _ name: String, english: Bool = false) {
        db = folder.file(name + ".db")
        var env = ["XDG_CONFIG_HOME": folder.file("config")]
        if english { env["LANG"] = "en_US.UTF-8" }
        self.env = env
    }

    /// `tributary attach`, the token piped on standard input (never an argument).
    @discardableResult
    func attach(_ server: String, token: String, expect: Int32? = 0) throws -> ProcessResult {
        try t(["attach", "--server", server, "--token-stdin"], stdin: token + "\n", expect: expect)
    }

    @discardableResult
    func t(_ args: [String], stdin: String? = nil, expect: Int32? = 0) throws -> ProcessResult {
        let result = try run(Binaries.client, args + ["--db", db], environment: env, stdin: stdin)
        if let expect, result.status != expect {
            throw HarnessError("tributary \(args.joined(separator: " ")) exited \(result.status), expected \(expect): \(result.stderr)")
        }
        return result
    }

    func out(_ args: String...) throws -> String {
        try t(args).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    func json(_ args: String...) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(try t(args + ["--json"]).stdout.utf8))
    }

    /// `sync` exits 0 (done) or 3 (done, conflicts open): both are a completed sync.
    @discardableResult
    func sync() throws -> [String: Any] {
        let result = try t(["sync", "--json"], expect: nil)
        guard result.status == 0 || result.status == 3 else { throw HarnessError("sync exited \(result.status): \(result.stderr)") }
        return (try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]) ?? [:]
    }
}

extension ClientReplica {
    /// How many of this replica's changes wait for upload.
    func unsynced() throws -> Int? { (try json("status") as? [String: Any])?["unsyncedChanges"] as? Int }

    /// Starts `sync --batch BATCH` in the background and returns once part of the outbox has gone (or after 60 s):
    /// the moment to kill a server mid-push. The caller waits for the returned process.
    func syncUntilPartlyUploaded(batch: Int) throws -> Process {
        let total = try unsynced() ?? 0
        let sync = Process()
        sync.executableURL = URL(fileURLWithPath: Binaries.client)
        sync.arguments = ["sync", "--batch", String(batch), "--db", db]
        // The replica's own config folder: that is where attach saved its token.
        sync.environment = ProcessInfo.processInfo.environment.merging(env) { _, new in new }
        sync.standardOutput = FileHandle.nullDevice
        sync.standardError = FileHandle.nullDevice
        try sync.run()
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline {
            if (try unsynced() ?? total) < total { break }
            Thread.sleep(forTimeInterval: 0.01)
        }
        return sync
    }

    /// A replica of 肇州县教育局's editor, attached to `server` with the editor's token.
    static func zhaozhou(_ folder: TempFolder, _ name: String, attachedTo server: ServerHarness) throws -> ClientReplica {
        let replica = ClientReplica(folder, name)
        try replica.t(["init", "--office", "zhaozhou", "--name", "肇州县教育局", "--parent", "daqing", "--user", "zhaozhou-editor"])
        try replica.attach(server.url, token: server.tokens["zhaozhou-editor"]!)
        return replica
    }
}
