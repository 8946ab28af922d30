import ClientCore
import Foundation
import Shared

// The fault soak of issue 15: the real `tributary-server` and `tributary` binaries on 127.0.0.1, several replicas of
// every office editing and syncing concurrently, while the soak kills clients (kill -9, at a random moment of their
// sync) and the server (kill -9, then a restart on the same port) at random. Bounded in time and in iterations.
// At the end every replica syncs until quiet, and the checks run:
//   - nothing waits: every outbox is empty and nothing is set aside;
//   - nothing lost or doubled: each replica holds exactly the changes of the server's log that it may see, each once,
//     and every change any replica made is on the server;
//   - all replicas of an office show the same plans.
// Prints the figures (iterations, faults, faults that landed mid-sync, changes moved, lost, duplicated) and exits 1
// on any failed check.
//
// Usage: tributary-soak --bin DIR [--seconds 120] [--iterations 100000] [--replicas 2] [--seed N]
// (scripts/soak.sh builds the binaries and runs this.)

struct Options {
    var bin = ""
    var seconds = 120.0
    var iterations = 100_000
    var replicasPerUser = 2
    var seed: UInt64 = UInt64(Date().timeIntervalSince1970)

    init(_ arguments: [String]) throws {
        var i = 1
        func value() throws -> String {
            i += 1
            guard i < arguments.count else { throw SoakError("\(arguments[i - 1]) needs a value") }
            return arguments[i]
        }
        while i < arguments.count {
            switch arguments[i] {
            case "--bin": bin = try value()
            case "--seconds": seconds = Double(try value()) ?? seconds
            case "--iterations": iterations = Int(try value()) ?? iterations
            case "--replicas": replicasPerUser = max(1, Int(try value()) ?? replicasPerUser)
            case "--seed": seed = UInt64(try value()) ?? seed
            default: throw SoakError("unknown argument \(arguments[i])")
            }
            i += 1
        }
        guard !bin.isEmpty else { throw SoakError("--bin DIR (the folder with tributary and tributary-server) is required") }
    }
}

struct SoakError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// A child process whose output goes to files (never pipes a soak could forget to drain).
final class Child: @unchecked Sendable {
    let process = Process()
    let outPath: String
    let errPath: String

    init(_ executable: String, _ arguments: [String], environment: [String: String], folder: String) throws {
        let name = UUID().uuidString
        outPath = folder + "/\(name).out"
        errPath = folder + "/\(name).err"
        FileManager.default.createFile(atPath: outPath, contents: nil)
        FileManager.default.createFile(atPath: errPath, contents: nil)
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: outPath))
        process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: errPath))
        process.standardInput = FileHandle.nullDevice
        try process.run()
    }

    var running: Bool { process.isRunning }
    func kill9() { if process.isRunning { kill(process.processIdentifier, SIGKILL) } }
    func wait() -> Int32 {
        process.waitUntilExit()
        return process.terminationStatus
    }
    var stdout: String { (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? "" }
    var stderr: String { (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? "" }
    func cleanUp() {
        try? FileManager.default.removeItem(atPath: outPath)
        try? FileManager.default.removeItem(atPath: errPath)
    }
}

struct SoakReplica {
    var user: String
    var office: Office
    var db: String
    var env: [String: String]
}

@main
struct Soak {
    static func main() async {
        do {
            let ok = try await run(try Options(CommandLine.arguments))
            exit(ok ? 0 : 1)
        } catch {
            FileHandle.standardError.write(Data("soak: \(error)\n".utf8))
            exit(2)
        }
    }

    static func run(_ options: Options) async throws -> Bool {
        let client = options.bin + "/tributary", serverBinary = options.bin + "/tributary-server"
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("tributary-soak-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: work) }
        var random = SeededRandom(seed: options.seed)
        let started = Date()
        func log(_ line: String) { print(String(format: "[%6.1fs] ", Date().timeIntervalSince(started)) + line) }
        log("seed \(options.seed), at most \(Int(options.seconds)) s and \(options.iterations) iterations, \(options.replicasPerUser) replicas per user")

        func run(_ executable: String, _ arguments: [String], env: [String: String] = [:]) throws -> (Int32, String, String) {
            let child = try Child(executable, arguments, environment: env, folder: work)
            let status = child.wait()
            defer { child.cleanUp() }
            return (status, child.stdout, child.stderr)
        }

        // Server and accounts.
        let data = work + "/server-data"
        let (setupStatus, setupOut, setupErr) = try run(serverBinary, ["demo-setup", "--data", data])
        guard setupStatus == 0, let setup = try JSONSerialization.jsonObject(with: Data(setupOut.utf8)) as? [String: Any],
              let users = setup["users"] as? [[String: Any]], let offices = setup["offices"] as? [[String: Any]]
        else { throw SoakError("demo-setup failed: \(setupErr)") }
        var port = 0
        var server: Child?
        func startServer() throws {
            let child = try Child(serverBinary, ["serve", "--data", data, "--host", "127.0.0.1", "--port", String(port), "--log-level", "warning"],
                                  environment: [:], folder: work)
            let deadline = Date().addingTimeInterval(30)
            while Date() < deadline {
                if let range = child.stderr.range(of: "listening on http://127.0.0.1:") {
                    port = Int(child.stderr[range.upperBound...].prefix { $0.isNumber }) ?? port
                    server = child
                    return
                }
                if !child.running { break }
                Thread.sleep(forTimeInterval: 0.02)
            }
            throw SoakError("the server did not start: \(child.stderr)")
        }
        try startServer()
        let url = { "http://127.0.0.1:\(port)" }

        // Replicas: several per user of every office (the city's reviewer too).
        var replicas: [SoakReplica] = []
        for user in users {
            guard let name = user["user"] as? String, let token = user["token"] as? String, let officeID = user["office"] as? String,
                  (user["role"] as? String) != "admin",
                  let o = offices.first(where: { $0["id"] as? String == officeID }) else { continue }
            let office = Office(id: officeID, name: o["name"] as? String ?? officeID,
                                level: (o["level"] as? String) == "city" ? .city : .county, parent: o["parent"] as? String)
            for index in 0..<options.replicasPerUser {
                let db = work + "/\(name)-\(index).db"
                let env = ["XDG_CONFIG_HOME": work + "/config-\(name)-\(index)", "TRIBUTARY_TOKEN": token, "LANG": "en_US.UTF-8"]
                var arguments = ["init", "--db", db, "--office", officeID, "--name", office.name, "--user", name]
                arguments += office.level == .city ? ["--level", "city"] : ["--parent", office.parent ?? ""]
                let (status, _, err) = try run(client, arguments, env: env)
                guard status == 0 else { throw SoakError("init failed: \(err)") }
                let (attached, _, attachErr) = try run(client, ["attach", "--db", db, "--server", url()], env: env)
                guard attached == 0 else { throw SoakError("attach failed: \(attachErr)") }
                replicas.append(SoakReplica(user: name, office: office, db: db, env: env))
            }
        }
        // Each office's first replica writes its plan; the others sync it in.
        var plans: [String: String] = [:]
        for replica in replicas where plans[replica.office.id] == nil {
            let (status, out, err) = try run(client, ["plan", "create", "--db", replica.db, "--title", "\(replica.office.name)2026年工作计划",
                                                      "--period", "2026"], env: replica.env)
            guard status == 0 else { throw SoakError("plan create failed: \(err)") }
            plans[replica.office.id] = out.trimmingCharacters(in: .whitespacesAndNewlines)
            _ = try run(client, ["sync", "--db", replica.db], env: replica.env)
        }
        for replica in replicas { _ = try run(client, ["sync", "--db", replica.db], env: replica.env) }
        log("\(replicas.count) replicas of \(Set(replicas.map(\.office.id)).count) offices on \(url())")

        // The loop: edits, concurrent syncs, random kills.
        var iterations = 0, clientKills = 0, serverKills = 0, landedMidSync = 0, edits = 0, syncs = 0
        let phrases = ["普及普惠", "提高质量", "扩大资源", "加强队伍", "深化改革", "到2026年，全县学前三年毛入园率达97%以上。"]
        while iterations < options.iterations && Date().timeIntervalSince(started) < options.seconds {
            iterations += 1
            // A few edits on random replicas: new tasks, and rewrites of the plan's title (contended by everyone).
            for _ in 0..<Int.random(in: 1...4, using: &random) {
                let r = replicas.randomElement(using: &random)!
                guard let plan = plans[r.office.id] else { continue }
                let arguments: [String]
                if Bool.random(using: &random) {
                    arguments = ["add", "task", "--db", r.db, "--plan", plan, "--title", phrases.randomElement(using: &random)! + "\(iterations)"]
                } else {
                    arguments = ["set", "--db", r.db, plan, "title", "\(r.office.name)2026年工作计划（第\(iterations)稿）"]
                }
                let (status, _, err) = try run(client, arguments, env: r.env)
                if status == 0 { edits += 1 } else if !err.contains("conflict") { log("edit refused: \(err.prefix(200))") }
            }
            // Several syncs at once; some clients are killed mid-way, and sometimes the server.
            let syncing = replicas.shuffled(using: &random).prefix(Int.random(in: 1...min(4, replicas.count), using: &random))
            let children = try syncing.map { r in try Child(client, ["sync", "--db", r.db, "--batch", "5"], environment: r.env, folder: work) }
            syncs += children.count
            let fault = Int.random(in: 0..<10, using: &random)
            if fault < 3 {
                try await Task.sleep(nanoseconds: UInt64(Double.random(in: 0...0.15, using: &random) * 1e9))
                let victim = children.randomElement(using: &random)!
                if victim.running { landedMidSync += 1 }
                victim.kill9()
                clientKills += 1
            } else if fault < 4, let running = server {
                try await Task.sleep(nanoseconds: UInt64(Double.random(in: 0...0.15, using: &random) * 1e9))
                if children.contains(where: \.running) { landedMidSync += 1 }
                running.kill9()
                _ = running.wait()
                serverKills += 1
                server = nil
            }
            for child in children {
                let status = child.wait()
                // 0 done, 3 done with attention (conflicts), 4 unreachable (a killed server), 9 killed by us.
                if ![0, 3, 4].contains(status) && child.process.terminationReason != .uncaughtSignal {
                    log("sync exited \(status): \(child.stderr.prefix(300))")
                }
                child.cleanUp()
            }
            if server == nil { try startServer() }
        }
        log("\(iterations) iterations: \(edits) edits, \(syncs) syncs, \(clientKills) clients and \(serverKills) servers killed, \(landedMidSync) mid-sync")

        // Quiet down: everyone syncs until nothing moves.
        for _ in 0..<3 {
            for r in replicas { _ = try run(client, ["sync", "--db", r.db], env: r.env) }
        }

        // The checks.
        var failures: [String] = []
        let city = try require(replicas.first { $0.office.level == .city }, "city replica")
        let cityReplica = try Replica.open(at: city.db, credentials: .standard(environment: city.env))
        let connection = try cityReplica.connection()
        var serverChanges: [Change] = []
        var cursor: Int64 = 0
        while true {
            let page = try await connection.send(Endpoints.pull, query: PullQuery(after: cursor).queryString)
            serverChanges += page.changes
            cursor = page.cursor
            if !page.more { break }
        }
        let serverStamps = serverChanges.map(\.stamp)
        let duplicatedOnServer = serverStamps.count - Set(serverStamps).count
        if duplicatedOnServer > 0 { failures.append("\(duplicatedOnServer) changes twice in the server's log") }
        let byOffice = Dictionary(grouping: serverChanges, by: \.office)
        var lost = 0, duplicated = duplicatedOnServer, documentsByOffice: [String: [String: PlanDocument?]] = [:]
        for r in replicas {
            let replica = try Replica.open(at: r.db, credentials: .standard(environment: r.env))
            let status = try replica.status()
            if status.unsyncedChanges != 0 || status.refusedChanges != 0 {
                failures.append("\(r.db): \(status.unsyncedChanges) changes still wait, \(status.refusedChanges) set aside")
            }
            let held = try replica.recentChanges(Replica.LogFilter(limit: Int.max)).map(\.stamp)
            duplicated += held.count - Set(held).count
            let visible = r.office.level == .city ? Set(byOffice.keys) : [r.office.id, r.office.parent ?? ""]
            let expected = Set(visible.flatMap { byOffice[$0] ?? [] }.map(\.stamp))
            let missing = expected.subtracting(held), unknown = Set(held).subtracting(expected)
            lost += unknown.count
            if !missing.isEmpty { failures.append("\(r.db) lacks \(missing.count) changes the server holds") }
            if !unknown.isEmpty { failures.append("\(r.db) holds \(unknown.count) changes the server never acknowledged") }
            for (office, plan) in plans where visible.contains(office) {
                documentsByOffice[r.office.id + "→" + office, default: [:]][r.db] = try replica.document(plan: plan)
            }
        }
        for (key, documents) in documentsByOffice.sorted(by: { $0.key < $1.key }) {
            let all = Array(documents.values)
            if all.contains(where: { $0 != all[0] }) { failures.append("replicas of \(key) show different plans") }
        }
        if duplicated > 0 { failures.append("\(duplicated) changes held twice") }
        log("checks: \(serverChanges.count) changes on the server, \(lost) lost, \(duplicated) duplicated, \(failures.count) failures")
        for failure in failures { log("FAILED: " + failure) }
        print("""
            SOAK RESULT seed=\(options.seed) seconds=\(Int(Date().timeIntervalSince(started))) iterations=\(iterations) \
            edits=\(edits) syncs=\(syncs) client_kills=\(clientKills) server_kills=\(serverKills) mid_sync=\(landedMidSync) \
            changes=\(serverChanges.count) lost=\(lost) duplicated=\(duplicated) failures=\(failures.count)
            """)
        server?.kill9()
        return failures.isEmpty
    }
}

func require<T>(_ value: T?, _ what: String) throws -> T {
    guard let value else { throw SoakError("no \(what)") }
    return value
}
