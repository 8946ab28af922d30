import AsyncHTTPClient
import ClientCore
import Foundation
import Shared
import SharedStore

/// What the push-under-load mode measured.
struct PushLoadResult {
    var clients = 0
    var batchSize = 0
    /// Changes per second offered in all (an open loop: each client sends on a schedule, whatever the answers), or nil
    /// for the closed loop (each client sends its next batch when its last is answered).
    var offered: Double?
    var seconds = 0.0
    var accepted = 0
    var requests = 0
    /// Requests that failed (network, HTTP error) plus changes the server did not accept.
    var errors = 0
    var firstError: String?
    var latencies: [Double] = []
    var serverPeakKiB: Int?
    /// The server's own count of stored changes (`tributary_changes_applied_total` on /metrics) after the run, and
    /// how many the set-up stored before it: the difference must be exactly the accepted changes.
    var serverStored = 0
    var storedBefore = 0

    var rate: Double { Double(accepted) / max(seconds, 0.000_001) }

    func percentile(_ p: Double) -> Double {
        guard !latencies.isEmpty else { return 0 }
        let sorted = latencies.sorted()
        let index = min(sorted.count - 1, Int((p * Double(sorted.count)).rounded(.up)) - 1)
        return sorted[max(0, index)]
    }

    var stored: Bool { serverStored - storedBefore == accepted }
}

/// One load client's state: its replica's identity, its plan's sections and the current head of each section's body,
/// so that every change it sends is an ordinary sequential edit (it replaces the version the client last wrote).
private struct LoadClient: Sendable {
    var connection: ServerConnection
    var replica: String
    var user: String
    var office: String
    var plan: String
    var sections: [String]
    var heads: [Stamp]
    var clock: HybridClock
}

extension Bench {
    /// Push under load (issue 11 item 5): `clients` clients, each with its own replica, account and plan, push
    /// batches of `batchSize` edits as fast as the server answers for `seconds` seconds, all at once, over loopback,
    /// against a fresh SQLite server. Each client builds its next batch itself (no replica work in the timed loop:
    /// the edits are made the way a replica's edit session makes them, a stamp from the client's clock replacing the
    /// head it last wrote), so what is timed is the server's push path plus the wire. Every change must come back
    /// `accepted`; any other status, HTTP error or failed request counts as an error. At the end the server's own
    /// counter of stored changes must have grown by exactly the accepted changes.
    ///
    /// With `offered` (changes per second) the load is an open loop instead: client k of n sends its batches every
    /// n × batchSize / offered seconds, the first k / n of that interval after the start, whether or not its last batch
    /// has been answered (it waits for the answer before sending the next, but does not wait for the schedule once
    /// late), and each latency is counted from when the batch was due, so a server that falls behind is measured
    /// with its backlog (no coordinated omission). Why both: with a closed loop of 64 clients, Little's law ties p99 to
    /// throughput (64 batches in flight answered within 50 ms is 128,000 changes/s); the issue's pair of targets, 20,000
    /// changes/s at p99 ≤ 50 ms, holds together only for a load offered at 20,000 changes/s.
    static func runPushLoad(serverBinary: String, folder: URL, clients clientCount: Int, batchSize: Int, seconds: Double,
                         offered: Double? = nil, say: @Sendable (String) -> Void) async throws -> PushLoadResult {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        func path(_ name: String) -> String { folder.appendingPathComponent(name).path }
        let server = ServerProcess(binary: serverBinary, data: path("server-data"))
        let countyCount = 8
        try server.admin(["office", "add", "daqing", "--name", "大庆市", "--city"])
        for county in 0..<countyCount {
            try server.admin(["office", "add", "load\(county)", "--name", "负载县\(county)", "--county", "--parent", "daqing"])
        }
        var tokens: [String] = []
        for index in 0..<clientCount {
            let user = "load-\(index)"
            try server.admin(["user", "add", user, "--office", "load\(index % countyCount)", "--role", "countyEditor"])
            let json = try server.admin(["token", "issue", user, "--json"])
            guard let info = try? JSONDecoder().decode(TokenInfo.self, from: Data(json.utf8)) else { throw BenchError("token output: \(json)") }
            tokens.append(info.token)
        }
        defer { server.stop() }
        try server.start()

        // One HTTP client with room for every load client's connection (AsyncHTTPClient's default is 8 per host,
        // which would queue 56 of the 64 clients inside the bench and measure the pool instead of the server).
        var configuration = HTTPClient.Configuration(decompression: .disabled)
        configuration.connectionPool.concurrentHTTP1ConnectionsPerHostSoftLimit = clientCount
        configuration.timeout.connect = .seconds(10)
        let http = HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
        do {
            let result = try await pushLoad(server: server, tokens: tokens, http: http, folder: folder, countyCount: countyCount,
                                            batchSize: batchSize, seconds: seconds, offered: offered, say: say)
            try await http.shutdown()
            return result
        } catch {
            try? await http.shutdown()
            throw error
        }
    }

    private static func pushLoad(server: ServerProcess, tokens: [String], http: HTTPClient, folder: URL, countyCount: Int,
                                 batchSize: Int, seconds: Double, offered: Double?,
                                 say: @Sendable (String) -> Void) async throws -> PushLoadResult {
        func path(_ name: String) -> String { folder.appendingPathComponent(name).path }
        let clientCount = tokens.count
        // MARK: Set-up (untimed): a replica per client, attached, with a plan of `batchSize` sections uploaded.

        let credentials = CredentialStore(directory: path("credentials"))
        var loadClients: [LoadClient] = []
        for index in 0..<clientCount {
            let county = index % countyCount
            let office = Office(id: "load\(county)", name: "负载县\(county)", level: .county, parent: "daqing")
            let replica = try Replica.create(at: path("client\(index).db"), office: office, user: "load-\(index)", credentials: credentials)
            let connection = ServerConnection(baseURL: server.url, token: tokens[index], replica: replica.replicaID, client: http)
            let syncer = Syncer(replica: replica, connection: connection)
            _ = try await syncer.attach()
            let (plan, sections) = try replica.edit { s -> (String, [String]) in
                let plan = try s.createPlan(title: "负载测试计划\(index)", period: "2026", kind: "annual")
                let keys = FractionalIndex.spread(batchSize)
                let sections = try (0..<batchSize).map { i in
                    try s.addSection(plan: plan, parent: nil, position: keys[i], heading: "第\(i + 1)项", body: "初稿")
                }
                return (plan, sections)
            }
            _ = try await syncer.sync(pull: false)
            let own = try replica.allChanges().filter { $0.plan == plan }
            var head: [String: Stamp] = [:]
            for change in own where change.field == "body" { head[change.entity] = max(head[change.entity] ?? change.stamp, change.stamp) }
            loadClients.append(LoadClient(connection: connection, replica: replica.replicaID, user: "load-\(index)", office: office.id,
                                          plan: plan, sections: sections, heads: sections.map { head[$0]! },
                                          clock: HybridClock(replica: replica.replicaID, last: own.map(\.stamp).max())))
        }
        let storedBefore = try await appliedCount(server.url)
        say("push load: \(clientCount) clients ready, \(storedBefore) changes stored by the set-up; pushing for \(Int(seconds)) s")

        // MARK: The load (timed)

        let phrases = ["推进学前教育普及普惠", "巩固义务教育优质均衡", "加强教师队伍建设", "深化教育评价改革", "改善农村学校办学条件", "完善控辍保学长效机制"]
        let start = Date()
        let began = start
        let deadline = start.addingTimeInterval(seconds)
        // Bounded in count too: no client sends more than this many batches, whatever the server's speed.
        let maxBatches = 100_000
        let outcomes = try await withThrowingTaskGroup(of: (accepted: Int, requests: Int, errors: Int, firstError: String?, latencies: [Double]).self) { group in
            for (index, start) in loadClients.enumerated() {
                group.addTask {
                    var client = start
                    var random = SeededRandom(seed: UInt64(index + 1))
                    var accepted = 0, requests = 0, errors = 0
                    var firstError: String?
                    var latencies: [Double] = []
                    latencies.reserveCapacity(4096)
                    var batch = 0
                    // The open loop's schedule: this client's interval and its first due time.
                    let interval = offered.map { Double(clientCount * batchSize) / $0 }
                    let firstDue = began.addingTimeInterval((interval ?? 0) * Double(index) / Double(clientCount))
                    while Date() < deadline && batch < maxBatches {
                        let due = interval.map { firstDue.addingTimeInterval($0 * Double(batch)) }
                        if let due {
                            guard due < deadline else { break }
                            let wait = due.timeIntervalSinceNow
                            if wait > 0 { try await Task.sleep(nanoseconds: UInt64(wait * 1_000_000_000)) }
                        }
                        batch += 1
                        var changes: [Change] = []
                        changes.reserveCapacity(client.sections.count)
                        for (i, section) in client.sections.enumerated() {
                            let stamp = client.clock.tick(physicalMs: SystemWallClock().nowMs())
                            // About 100 bytes of Chinese text per value, different each time.
                            var value = "第\(batch)轮："
                            while value.utf8.count < 100 { value += phrases.randomElement(using: &random)! + "，" }
                            changes.append(Change(stamp: stamp, kind: .section, entity: section, plan: client.plan, office: client.office,
                                                  field: "body", value: value, replaces: [client.heads[i]], author: client.user))
                            client.heads[i] = stamp
                        }
                        // Latency from when the batch was sent, or in the open loop from when it was due.
                        let sent = due ?? Date()
                        do {
                            let response = try await client.connection.send(Endpoints.push, PushRequest(replica: client.replica, changes: changes))
                            latencies.append(Date().timeIntervalSince(sent))
                            requests += 1
                            let ok = response.results.filter { $0.status == .accepted }.count
                            accepted += ok
                            if ok != changes.count {
                                errors += changes.count - ok
                                if firstError == nil {
                                    firstError = response.results.first { $0.status != .accepted }.map { "\($0.status): \($0.reason ?? "")" }
                                }
                            }
                        } catch {
                            latencies.append(Date().timeIntervalSince(sent))
                            requests += 1
                            errors += 1
                            if firstError == nil { firstError = "\(error)" }
                            // The batch's stamps may or may not be stored; later edits must not replace them blindly.
                            break
                        }
                    }
                    return (accepted, requests, errors, firstError, latencies)
                }
            }
            var all: [(accepted: Int, requests: Int, errors: Int, firstError: String?, latencies: [Double])] = []
            for try await outcome in group { all.append(outcome) }
            return all
        }
        var result = PushLoadResult(clients: clientCount, batchSize: batchSize, offered: offered, seconds: Date().timeIntervalSince(start))
        for outcome in outcomes {
            result.accepted += outcome.accepted
            result.requests += outcome.requests
            result.errors += outcome.errors
            result.firstError = result.firstError ?? outcome.firstError
            result.latencies += outcome.latencies
        }
        result.serverPeakKiB = server.peakMemoryKiB()
        result.storedBefore = storedBefore
        result.serverStored = try await appliedCount(server.url)
        return result
    }

    /// The server's count of changes stored by pushes, from its Prometheus text on /metrics.
    static func appliedCount(_ baseURL: String) async throws -> Int {
        var request = HTTPClientRequest(url: baseURL + Endpoints.metricsPath)
        request.method = .GET
        let response = try await HTTPClient.shared.execute(request, timeout: .seconds(30))
        let body = try await response.body.collect(upTo: 16 * 1024 * 1024)
        let text = String(buffer: body)
        for line in text.split(separator: "\n") where line.hasPrefix("tributary_changes_applied_total") {
            if let number = line.split(separator: " ").last.flatMap({ Double($0) }) { return Int(number) }
        }
        throw BenchError("/metrics has no tributary_changes_applied_total: \(text.prefix(300))")
    }
}
