import ClientCore
import Foundation
import GRDB
import Shared
import SharedStore

// The sync benchmark of issue 3: 10 counties, each with a ~4,000-field plan kept by two staff replicas, and a city
// replica that sees every county plan. Each staff replica makes 200 offline edits, 20 of them on fields the other
// replica of its county also edits (200 conflicted fields in all); a fifth of the values are Chinese paragraphs of
// 300 to 2,000 bytes. Every replica then syncs through the real server over loopback until all have converged.
// Every figure is printed with its target (from issue 11) and, where there is one, its ceiling measured in the same run:
// a plain last-writer-wins upsert of the same rows through the SQLite C API (see `baselineUpsert`). A figure's ratio
// is how far it is from its ceiling (or, without one, its target): the ceiling's rate over the figure's, or the
// figure's time over the ceiling's, so 1 is at the ceiling and 2 is twice as slow.
//
// Then the same county round (same seed, same plans, edits and conflicts) runs again against two `tributary-server`
// processes sharing one PostgreSQL database, with the replicas split between them, and its figures are printed beside
// the SQLite server's (keys `countyRound.postgres.…`, each with the SQLite figure as `versus`).
//
// Then the everyday commands on a 100,000-field replica (`interactive`): the release `tributary` binary, timed per
// command from spawn to exit (review: to its first frame), with its peak memory.
// Then a large bootstrap (`largeBootstrap`): a new city replica's `tributary attach` from a server of about 400,000
// changes, timed with both sides' peak memory.
// Then the push-under-load mode (issue 11 item 5, `pushLoad`): 64 clients push batches of 100 edits for 30 s against a
// fresh SQLite server; accepted changes per second, p50/p99 latency, errors and the server's peak memory; then the same
// clients offering 20,000 changes/s on a schedule (an open loop, `pushLoad.open`), latency counted from when each batch
// was due.
//
// Usage: tributary-bench [--counties N] [--server PATH] [--postgres URL] [--json] [--machine TEXT] [--profile-apply N]
//                        [--no-push-load] [--push-clients N] [--push-seconds S] [--push-offered N] [--no-open-loop]
//                        [--no-interactive] [--copies N] [--cli PATH]
//                        [--no-large-bootstrap] [--large-changes N]
//   (bench/run.sh builds both in release, starts a throwaway PostgreSQL cluster and runs this; --postgres names a
//   PostgreSQL server on which the bench creates, uses and drops a database of its own, and without it the PostgreSQL
//   round is skipped with a line saying so; --json prints the figures as one JSON object; --profile-apply repeats the
//   apply into N more fresh replicas, untimed, for perf or callgrind)

struct Staff: @unchecked Sendable {
    var replica: Replica
    var syncer: Syncer
}

final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var total = 0
    func add(_ n: Int) { lock.withLock { total += n } }
    var value: Int { lock.withLock { total } }
}

@main
struct Bench {
    static func main() async throws {
        let arguments = CommandLine.arguments
        if arguments.count == 3, arguments[1] == "--time-commands" { return try timeCommands(planFile: arguments[2]) }
        func option(_ name: String) -> String? {
            guard let i = arguments.firstIndex(of: name), i + 1 < arguments.count else { return nil }
            return arguments[i + 1]
        }
        let countyCount = Int(option("--counties") ?? "") ?? 10
        let json = arguments.contains("--json")
        let machine = option("--machine") ?? Figures.machineDescription()
        let postgresServer = option("--postgres")
        let binDir = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        let serverBinary = option("--server") ?? binDir.appendingPathComponent("tributary-server").path
        let expectedConflicts = countyCount * sharedEditsPerCounty
        // Progress lines go to standard error with --json, so that standard output is the one JSON object.
        let say: @Sendable (String) -> Void = { line in
            if json { FileHandle.standardError.write(Data((line + "\n").utf8)) } else { print(line) }
        }

        let work = FileManager.default.temporaryDirectory.appendingPathComponent("tributary-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        // --keep-work leaves the replicas and server folders behind (named on stderr), to profile a command on them.
        let keep = arguments.contains("--keep-work")
        defer {
            if keep { FileHandle.standardError.write(Data("work folder kept: \(work.path)\n".utf8)) }
            else { try? FileManager.default.removeItem(at: work) }
        }
        func path(_ name: String) -> String { work.appendingPathComponent(name).path }

        // MARK: County round on the SQLite server

        say("county round 1: one server on SQLite")
        var sqlite = try await countyRound(servers: [ServerProcess(binary: serverBinary, data: path("server-data"))],
                                           countyCount: countyCount, folder: work.appendingPathComponent("sqlite"), say: say)

        // MARK: Apply path against a plain SQLite upsert of the same rows

        var allChanges = sqlite.cityChanges
        let sqliteCityChanges = allChanges.count
        let fresh = try Replica.create(at: path("apply.db"), office: Office(id: "daqing", name: "大庆市", level: .city, parent: nil), user: "x")
        let applyCPUStart = processCPUSeconds()
        let applyStart = Date()
        for page in stride(from: 0, to: allChanges.count, by: Limits.defaultPullPage) {
            _ = try fresh.applyRemote(Array(allChanges[page..<min(allChanges.count, page + Limits.defaultPullPage)]))
        }
        let applySeconds = Date().timeIntervalSince(applyStart)
        let applyCPUSeconds = processCPUSeconds() - applyCPUStart

        let baselineCPUStart = processCPUSeconds()
        let baselineSeconds = try baselineUpsert(path: path("baseline.db"), changes: allChanges)
        let baselineCPUSeconds = processCPUSeconds() - baselineCPUStart
        // For profiling (perf, callgrind): apply the same pages into more fresh replicas, untimed.
        for round in 0..<(Int(option("--profile-apply") ?? "") ?? 0) {
            let again = try Replica.create(at: path("apply\(round).db"), office: Office(id: "daqing", name: "大庆市", level: .city, parent: nil), user: "x")
            for page in stride(from: 0, to: allChanges.count, by: Limits.defaultPullPage) {
                _ = try again.applyRemote(Array(allChanges[page..<min(allChanges.count, page + Limits.defaultPullPage)]))
            }
        }
        let ceilingRate = Double(sqliteCityChanges) / max(baselineSeconds, 0.000_001)
        let applyRate = Double(sqliteCityChanges) / max(applySeconds, 0.000_001)

        // MARK: Interactive commands on a large replica (copies of county 0's plan as the city received it)

        var interactive: InteractiveResult?
        if !arguments.contains("--no-interactive") {
            let copies = Int(option("--copies") ?? "") ?? 25
            say("interactive commands: a replica of \(copies) copies of county 0's plan")
            interactive = try Self.interactive(cli: option("--cli") ?? binDir.appendingPathComponent("tributary").path, source: allChanges,
                                               office: Office(id: "county0", name: "县区0", level: .county, parent: "daqing"), user: "county0-a",
                                               copies: copies, folder: work.appendingPathComponent("interactive"))
        }
        // MARK: A large bootstrap (copies of the round's changes, about 400,000)

        var large: LargeBootstrapResult?
        if !arguments.contains("--no-large-bootstrap") {
            let target = Int(option("--large-changes") ?? "") ?? 400_000
            say("large bootstrap: a new city replica's start from a server of about \(target) changes")
            large = try await Self.largeBootstrap(serverBinary: serverBinary, cli: option("--cli") ?? binDir.appendingPathComponent("tributary").path,
                                                  source: allChanges, target: target, folder: work.appendingPathComponent("large-bootstrap"),
                                                  say: say)
        }
        // Not held through the PostgreSQL round: the bench's peak memory should be one round's replicas, not two.
        sqlite.cityChanges = []
        allChanges = []

        // MARK: The same county round on two servers sharing one PostgreSQL database

        var postgres: RoundResult?
        var postgresCityChanges = 0
        var postgresNote = ""
        var postgresFailure: String?
        if let postgresServer {
            say("county round 2: two servers on one PostgreSQL database (replicas split between them)")
            do {
                let database = try BenchDatabase.create(on: postgresServer)
                defer { database.drop() }
                let servers = (0..<2).map { _ in ServerProcess(binary: serverBinary, database: database.url) }
                var round = try await countyRound(servers: servers, countyCount: countyCount,
                                                  folder: work.appendingPathComponent("postgres"), say: say)
                postgresCityChanges = round.cityChanges.count
                round.cityChanges = []
                postgres = round
                postgresNote = "ran: two tributary-server processes on one PostgreSQL database"
            } catch {
                postgresFailure = "\(error)"
                postgresNote = "failed: \(error)"
            }
        } else {
            // Said once, at the end of the report (and as `postgresRound` in the JSON).
            postgresNote = "skipped: no --postgres URL given (bench/run.sh passes one unless --no-postgres or BENCH_POSTGRES=0)"
        }

        // MARK: Push under load (a fresh SQLite server)

        var pushLoad: PushLoadResult?
        var openLoad: PushLoadResult?
        if !arguments.contains("--no-push-load") {
            let clients = Int(option("--push-clients") ?? "") ?? 64
            let pushSeconds = Double(option("--push-seconds") ?? "") ?? 30
            say("push under load: \(clients) clients, batches of 100, \(Int(pushSeconds)) s")
            pushLoad = try await runPushLoad(serverBinary: serverBinary, folder: work.appendingPathComponent("push-load"),
                                          clients: clients, batchSize: 100, seconds: pushSeconds, say: say)
            if !arguments.contains("--no-open-loop") {
                let offered = Double(option("--push-offered") ?? "") ?? 20_000
                say("push at an offered rate: \(clients) clients, batches of 100, \(Int(offered)) changes/s offered, \(Int(pushSeconds)) s")
                openLoad = try await runPushLoad(serverBinary: serverBinary, folder: work.appendingPathComponent("push-open-loop"),
                                              clients: clients, batchSize: 100, seconds: pushSeconds, offered: offered, say: say)
            }
        }

        // MARK: Report

        func mib(_ bytes: Int) -> String { String(format: "%.1f MiB", Double(bytes) / 1_048_576) }
        var figures = Figures()
        figures.add("baselineUpsert", "baseline: LWW upsert of the same rows (C API, prepared, one transaction per page)",
                    value: ceilingRate, unit: "rows/s", target: .atLeast(150_000), ceiling: nil)
        figures.add("apply", "apply path (pulled pages of \(Limits.defaultPullPage), one transaction each, \(sqliteCityChanges) changes)",
                    value: applyRate, unit: "changes/s", target: .atLeast(100_000), ceiling: ceilingRate)
        // The same two, per second of this process's CPU time (user + system): the bench process does nothing else
        // meanwhile, so these hold still when other work shares the machine's two cores and wall-clock rates do not.
        figures.add("baselineUpsertCPU", "baseline per CPU second", value: Double(sqliteCityChanges) / max(baselineCPUSeconds, 0.000_001),
                    unit: "rows/s", target: .atLeast(150_000), ceiling: nil)
        figures.add("applyCPU", "apply path per CPU second", value: Double(sqliteCityChanges) / max(applyCPUSeconds, 0.000_001),
                    unit: "changes/s", target: .atLeast(100_000), ceiling: Double(sqliteCityChanges) / max(baselineCPUSeconds, 0.000_001))

        /// The county round's figures; the PostgreSQL round's carry the SQLite round's beside them (`versus`).
        func addRound(_ r: RoundResult, cityChanges: Int, keyPrefix: String, labelPrefix: String, versus other: RoundResult?) {
            let bootRows = 2 * r.fieldCount + cityChanges
            func vs(_ pick: (RoundResult) -> Double) -> (name: String, value: Double)? {
                guard let other else { return nil }
                return (name: "SQLite server", value: pick(other))
            }
            figures.add(keyPrefix + "cityBootstrap", labelPrefix + "city bootstrap of \(cityChanges) changes, end to end", value: r.cityBootSeconds,
                        unit: "s", target: .atMost(1.0), ceiling: Double(cityChanges) / ceilingRate, versus: vs { $0.cityBootSeconds })
            figures.add(keyPrefix + "uploadAndBootstrap", labelPrefix + "upload + bootstrap of every replica (\(bootRows) rows written; wire \(mib(r.bootTraffic.sent)) sent, \(mib(r.bootTraffic.received)) received)",
                        value: r.bootSeconds, unit: "s", target: nil, ceiling: Double(bootRows) / ceilingRate, versus: vs { $0.bootSeconds })
            figures.add(keyPrefix + "converge", labelPrefix + "converge after the offline edits (\(r.rounds) rounds, \(r.changesMoved) changes moved)",
                        value: r.syncSeconds, unit: "s", target: .atMost(1.0), ceiling: Double(r.changesMoved) / ceilingRate, versus: vs { $0.syncSeconds })
            figures.add(keyPrefix + "convergeWithBootstrap", labelPrefix + "converge including the bootstrap", value: r.bootSeconds + r.syncSeconds, unit: "s",
                        target: .atMost(3.0), ceiling: Double(bootRows + r.changesMoved) / ceilingRate, versus: vs { $0.bootSeconds + $0.syncSeconds })
            figures.add(keyPrefix + "wireBytes", labelPrefix + "bytes on the wire, total (\(mib(r.totals.sent)) sent, \(mib(r.totals.received)) received, \(r.totals.requests) requests)",
                        value: Double(r.totals.sent + r.totals.received) / 1_048_576, unit: "MiB", target: .atMost(6), ceiling: nil,
                        versus: vs { Double($0.totals.sent + $0.totals.received) / 1_048_576 })
            figures.add(keyPrefix + "conflicts", labelPrefix + "conflicts on the city replica (all replicas converged: \(r.converged))", value: Double(r.cityConflicts),
                        unit: "conflicts", target: .exactly(Double(expectedConflicts)), ceiling: nil)
        }
        addRound(sqlite, cityChanges: sqliteCityChanges, keyPrefix: "", labelPrefix: "", versus: nil)
        if let localWrites = sqlite.localWrites {
            figures.add("localWrites", "one edit session writing a \(localWrites.changes)-field plan (as import does)",
                        value: localWrites.seconds, unit: "s", target: .atMost(1.0), ceiling: Double(localWrites.changes) / ceilingRate)
        }
        let sqliteServerPeak = sqlite.serverPeakKiB.first.map { Double($0) / 1024 }
        if let sqliteServerPeak {
            figures.add("serverPeakMemory", "peak memory of the server", value: sqliteServerPeak, unit: "MiB", target: nil, ceiling: nil)
        }
        if let postgres {
            addRound(postgres, cityChanges: postgresCityChanges, keyPrefix: "countyRound.postgres.", labelPrefix: "PostgreSQL, 2 servers: ", versus: sqlite)
            for (index, kib) in postgres.serverPeakKiB.enumerated() {
                figures.add("countyRound.postgres.server\(index + 1)PeakMemory", "PostgreSQL, 2 servers: peak memory of server \(index + 1)",
                            value: Double(kib) / 1024, unit: "MiB", target: nil, ceiling: nil,
                            versus: sqliteServerPeak.map { (name: "SQLite server", value: $0) })
            }
        }
        if let interactive, let startup = interactive.startup {
            let on = "\(interactive.fields) fields, \(interactive.conflicts) open conflicts"
            figures.add("interactive.startup", "tributary --version (starting the binary: the floor under every command)",
                        value: startup.seconds * 1000, unit: "ms", target: nil, ceiling: nil)
            for timing in interactive.timings {
                let label = timing.name == "review" ? "opening review (until its first full frame)" : timing.name == "conflicts" ? "conflicts list" : timing.name
                figures.add("interactive.\(timing.name)", "\(label) on a replica of \(on), best of 5", value: timing.seconds * 1000, unit: "ms",
                            target: .atMost(timing.name == "set" ? 20 : 50), ceiling: startup.seconds * 1000)
            }
            let peak = (interactive.timings + [startup]).map(\.peakKiB).max() ?? 0
            figures.add("interactive.clientPeakMemory", "peak memory of the client over those commands (largest: \(interactive.timings.max { $0.peakKiB < $1.peakKiB }?.name ?? "-"))",
                        value: Double(peak) / 1024, unit: "MiB", target: .atMost(60), ceiling: nil)
        }
        if let load = pushLoad {
            let what = "\(load.clients) clients pushing batches of \(load.batchSize) for \(String(format: "%.1f", load.seconds)) s, \(load.requests) pushes"
            figures.add("pushLoad.rate", "push under load: changes accepted (\(what))", value: load.rate, unit: "changes/s",
                        target: .atLeast(20_000), ceiling: ceilingRate)
            figures.add("pushLoad.p50", "push under load: median push latency", value: load.percentile(0.5) * 1000, unit: "ms", target: nil, ceiling: nil)
            figures.add("pushLoad.p99", "push under load: p99 push latency", value: load.percentile(0.99) * 1000, unit: "ms", target: .atMost(50), ceiling: nil)
            figures.add("pushLoad.errors", "push under load: errors (failed pushes and changes not accepted\(load.firstError.map { "; first: " + $0 } ?? ""))",
                        value: Double(load.errors), unit: "errors", target: .exactly(0), ceiling: nil)
            if let kib = load.serverPeakKiB {
                figures.add("pushLoad.serverPeakMemory", "push under load: peak memory of the server", value: Double(kib) / 1024, unit: "MiB",
                            target: .atMost(150), ceiling: nil)
            }
        }
        if let load = openLoad, let offered = load.offered {
            let what = "\(load.clients) clients sending batches of \(load.batchSize) on a schedule, \(Int(offered)) changes/s offered, \(load.requests) pushes"
            figures.add("pushLoad.open.rate", "push at an offered rate (open loop): changes accepted (\(what))", value: load.rate, unit: "changes/s",
                        target: .atLeast(20_000), ceiling: ceilingRate)
            figures.add("pushLoad.open.p50", "push at an offered rate: median latency from when each batch was due", value: load.percentile(0.5) * 1000,
                        unit: "ms", target: nil, ceiling: nil)
            figures.add("pushLoad.open.p99", "push at an offered rate: p99 latency from when each batch was due", value: load.percentile(0.99) * 1000,
                        unit: "ms", target: .atMost(50), ceiling: nil)
            figures.add("pushLoad.open.errors", "push at an offered rate: errors\(load.firstError.map { "; first: " + $0 } ?? "")",
                        value: Double(load.errors), unit: "errors", target: .exactly(0), ceiling: nil)
        }
        if let large {
            figures.add("largeBootstrap.seconds", "bootstrap of a new city replica from \(large.held) changes (brought \(large.brought)), tributary attach end to end",
                        value: large.seconds, unit: "s", target: .atMost(8), ceiling: nil)
            figures.add("largeBootstrap.rate", "that bootstrap, changes brought per second", value: Double(large.brought) / max(large.seconds, 0.000_001),
                        unit: "changes/s", target: nil, ceiling: ceilingRate)
            figures.add("largeBootstrap.clientPeakMemory", "that bootstrap: peak memory of the client (pages of \(Limits.defaultBootstrapPage))",
                        value: Double(large.clientPeakKiB) / 1024, unit: "MiB", target: nil, ceiling: nil)
            if let kib = large.serverPeakKiB {
                figures.add("largeBootstrap.serverPeakMemory", "that bootstrap: peak memory of the server while it served it",
                            value: Double(kib) / 1024, unit: "MiB", target: nil, ceiling: nil)
            }
        }
        if let kib = peakMemory() {
            figures.add("benchPeakMemory", "peak memory of the bench process (one round's \(countyCount * 2 + 1) replicas at a time)", value: Double(kib) / 1024,
                        unit: "MiB", target: nil, ceiling: nil)
        }
        if json {
            print(figures.json(machine: machine, counties: countyCount, notes: ["postgresRound": postgresNote]))
        } else {
            print("replicas: \(countyCount * 2) staff + 1 city; \(countyCount * 2 * editsPerStaff) offline edits, \(expectedConflicts) fields edited on both sides")
            print(figures.text)
            print("PostgreSQL round \(postgresNote)")
        }
        var failed = false
        if !sqlite.passed(expectedConflicts: expectedConflicts) {
            FileHandle.standardError.write(Data("FAILED: the replicas did not converge to the expected conflicts on the SQLite server\n".utf8))
            failed = true
        }
        if let postgres, !postgres.passed(expectedConflicts: expectedConflicts) {
            FileHandle.standardError.write(Data("FAILED: the replicas did not converge to the expected conflicts on the two PostgreSQL servers\n".utf8))
            failed = true
        }
        if let load = pushLoad, !load.stored {
            FileHandle.standardError.write(Data("FAILED: push under load: the server stored \(load.serverStored - load.storedBefore) changes, \(load.accepted) were acknowledged\n".utf8))
            failed = true
        }
        if let load = openLoad, !load.stored {
            FileHandle.standardError.write(Data("FAILED: push at an offered rate: the server stored \(load.serverStored - load.storedBefore) changes, \(load.accepted) were acknowledged\n".utf8))
            failed = true
        }
        if let large, !large.complete {
            FileHandle.standardError.write(Data("FAILED: the large bootstrap: the server shows \(large.serverFields) fields, the new replica \(large.replicaFields)\n".utf8))
            failed = true
        }
        if let postgresFailure {
            FileHandle.standardError.write(Data("FAILED: the PostgreSQL round: \(postgresFailure)\n".utf8))
            failed = true
        }
        if failed { exit(1) }
    }

    /// The ceiling: a last-writer-wins upsert of the same rows through one prepared statement bound with the C API,
    /// one transaction per page, WAL with synchronous=NORMAL (GRDB's pool settings, as the replicas use). The stamp
    /// text is formatted per row, as the apply path must.
    static func baselineUpsert(path: String, changes: [Change]) throws -> TimeInterval {
        let baseline = try DatabasePool(path: path)
        try baseline.write { db in
            // A rowid table keyed by a unique index: with values up to 2,000 bytes, a WITHOUT ROWID table (an index
            // b-tree, ~1,000 bytes of payload per cell before overflow pages) measured 1.5–3× slower in C.
            try db.execute(sql: "CREATE TABLE field_value (entity TEXT NOT NULL, field TEXT NOT NULL, value TEXT, stamp TEXT NOT NULL, UNIQUE (entity, field))")
        }
        let start = Date()
        for page in stride(from: 0, to: changes.count, by: Limits.defaultPullPage) {
            try baseline.write { db in
                let statement = try RawStatement(db, """
                    INSERT INTO field_value (entity, field, value, stamp) VALUES (?, ?, ?, ?)
                    ON CONFLICT (entity, field) DO UPDATE SET value = excluded.value, stamp = excluded.stamp WHERE excluded.stamp > stamp
                    """)
                for change in changes[page..<min(changes.count, page + Limits.defaultPullPage)] {
                    statement.bind(1, change.entity)
                    statement.bind(2, change.field)
                    statement.bind(3, change.value)
                    statement.bind(4, change.stamp.description)
                    try statement.run()
                }
            }
        }
        return Date().timeIntervalSince(start)
    }

    /// User + system CPU time of this process so far.
    static func processCPUSeconds() -> Double {
        var usage = rusage()
        #if canImport(Glibc)
        getrusage(RUSAGE_SELF.rawValue, &usage)
        #else
        getrusage(RUSAGE_SELF, &usage)
        #endif
        func seconds(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1_000_000 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }

    static func concurrently(_ jobs: [Staff], _ body: @escaping @Sendable (Staff) async throws -> Void) async throws {
        try await withThrowingTaskGroup(of: Void.self) { group in
            for job in jobs { group.addTask { try await body(job) } }
            try await group.waitForAll()
        }
    }
}
