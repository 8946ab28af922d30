import ClientCore
import Foundation
import Shared
import SharedStore

/// What one county round measured.
struct RoundResult {
    var fieldCount = 0
    var localWrites: (changes: Int, seconds: Double)?
    var cityBootSeconds = 0.0
    var bootSeconds = 0.0
    var syncSeconds = 0.0
    var rounds = 0
    var changesMoved = 0
    var bootTraffic = (sent: 0, received: 0, requests: 0)
    var totals = (sent: 0, received: 0, requests: 0)
    var cityConflicts = 0
    var converged = false
    /// Peak resident memory (VmHWM) of each server process, read just before it was stopped.
    var serverPeakKiB: [Int] = []
    /// Every change the city replica holds at the end: the apply-path figures replay them into a fresh replica.
    var cityChanges: [Change] = []

    /// Rows the replicas and the server write while everyone uploads and bootstraps: each staff A plan once on the
    /// server, once more on its county's staff B replica, and the city's bootstrap.
    var bootRows: Int { 2 * fieldCount + cityChanges.count }

    func passed(expectedConflicts: Int) -> Bool { converged && cityConflicts == expectedConflicts }
}

extension Bench {
    static let editsPerStaff = 200
    static let sharedEditsPerCounty = 20
    /// Upper bound on the convergence phase: a round that has not settled by then is reported as not converged rather
    /// than left running.
    static let convergeDeadlineSeconds: TimeInterval = 600

    /// One county round through `servers`: every account is made through the first server's admin commands (with
    /// several servers they share one database, so one set of accounts serves all), then the servers start and the
    /// replicas are spread over them — county i's staff A on server i mod n, its staff B on the next one (so the two
    /// sides of every conflict push through different servers when there are two), the city on the first. The data
    /// come from the same seed every round, so the SQLite and PostgreSQL rounds move the same plans, edits and
    /// conflicts (entity ids are fresh UUIDs, so the bytes differ by those alone).
    static func countyRound(servers: [ServerProcess], countyCount: Int, folder: URL, say: @Sendable (String) -> Void) async throws -> RoundResult {
        precondition(!servers.isEmpty)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        func path(_ name: String) -> String { folder.appendingPathComponent(name).path }
        var result = RoundResult()

        var random = SeededRandom(seed: 2025)
        let phrases = ["全面贯彻党的教育方针", "落实立德树人根本任务", "推进学前教育普及普惠", "巩固义务教育优质均衡", "加强教师队伍建设",
                       "深化教育评价改革", "提高职业教育质量", "改善农村学校办学条件", "到2025年，全市学前三年毛入园率达97%以上",
                       "完善控辍保学长效机制", "推动县域高中发展", "加强校园安全管理"]
        func paragraph() -> String {
            let targetBytes = Int.random(in: 300...2000, using: &random)
            var text = ""
            while text.utf8.count < targetBytes { text += phrases.randomElement(using: &random)! + (Bool.random(using: &random) ? "，" : "。") }
            return text
        }
        func short() -> String { phrases.randomElement(using: &random)!.prefix(Int.random(in: 4...10, using: &random)).description }

        // MARK: Servers and accounts

        let admin = servers[0]
        try admin.admin(["office", "add", "daqing", "--name", "大庆市", "--city"])
        let counties = (0..<countyCount).map { Office(id: "county\($0)", name: "县区\($0)", level: .county, parent: "daqing") }
        func issue(_ user: String, office: String, role: String) throws -> String {
            try admin.admin(["user", "add", user, "--office", office, "--role", role])
            let json = try admin.admin(["token", "issue", user, "--json"])
            guard let info = try? JSONDecoder().decode(TokenInfo.self, from: Data(json.utf8)) else { throw BenchError("token output: \(json)") }
            return info.token
        }
        var tokens: [String: String] = [:]
        for county in counties {
            try admin.admin(["office", "add", county.id, "--name", county.name, "--county", "--parent", "daqing"])
            for staff in ["a", "b"] { tokens["\(county.id)-\(staff)"] = try issue("\(county.id)-\(staff)", office: county.id, role: "countyEditor") }
        }
        tokens["city"] = try issue("city-reviewer", office: "daqing", role: "cityReviewer")
        defer { for server in servers { server.stop() } }
        for server in servers { try server.start() }
        let traffic = TrafficCounter()

        func makeSyncer(_ replica: Replica, token: String, on server: ServerProcess) -> Syncer {
            Syncer(replica: replica, connection: ServerConnection(baseURL: server.url, token: token, replica: replica.replicaID, traffic: traffic))
        }
        func serverFor(county index: Int, side: Int) -> ServerProcess { servers[(index + side) % servers.count] }

        // MARK: Plans (local, untimed)

        // Tokens that attach saves stay in the scratch folder, not in the real ~/.config.
        let credentials = CredentialStore(directory: path("credentials"))
        var staffA: [Staff] = []
        var staffB: [Staff] = []
        var plans: [String] = []
        for (index, county) in counties.enumerated() {
            let a = try Replica.create(at: path("\(county.id)-a.db"), office: county, user: "\(county.id)-a", credentials: credentials)
            let writeStart = Date()
            let plan = try a.edit { s -> String in
                let plan = try s.createPlan(title: "\(county.name)教育事业发展规划", period: "2021-2025", kind: "fiveYear")
                let sectionKeys = FractionalIndex.spread(800)
                var sections: [String] = []
                for i in 0..<800 {
                    sections.append(try s.addSection(plan: plan, parent: nil, position: sectionKeys[i], heading: "第\(i + 1)部分" + short(), body: paragraph()))
                }
                let indicatorKeys = FractionalIndex.spread(400)
                for i in 0..<400 {
                    _ = try s.addIndicator(plan: plan, section: sections[i % 800], position: indicatorKeys[i],
                                           fields: ["name": "指标\(i)", "value": String(Int.random(in: 50...100, using: &random)), "unit": "%"])
                }
                return plan
            }
            let written = try a.outboxCount()
            // The first plan's edit session (one session writing ~4,000 fields, as `import` does) is timed.
            if result.localWrites == nil { result.localWrites = (written, Date().timeIntervalSince(writeStart)) }
            result.fieldCount += written
            plans.append(plan)
            staffA.append(Staff(replica: a, syncer: makeSyncer(a, token: tokens["\(county.id)-a"]!, on: serverFor(county: index, side: 0))))
        }
        let cityReplica = try Replica.create(at: path("city.db"), office: Office(id: "daqing", name: "大庆市", level: .city, parent: nil), user: "city-reviewer", credentials: credentials)
        let city = Staff(replica: cityReplica, syncer: makeSyncer(cityReplica, token: tokens["city"]!, on: servers[0]))
        say("plans: \(countyCount) × \(result.fieldCount / countyCount) fields")

        // MARK: Phase 1: upload and bootstrap (timed)

        let bootStart = Date()
        try await concurrently(staffA) { staff in
            _ = try await staff.syncer.attach()
            _ = try await staff.syncer.sync()
        }
        for (index, county) in counties.enumerated() {
            let b = try Replica.create(at: path("\(county.id)-b.db"), office: county, user: "\(county.id)-b", credentials: credentials)
            staffB.append(Staff(replica: b, syncer: makeSyncer(b, token: tokens["\(county.id)-b"]!, on: serverFor(county: index, side: 1))))
        }
        let cityBootStart = Date()
        _ = try await city.syncer.attach()
        result.cityBootSeconds = Date().timeIntervalSince(cityBootStart)
        try await concurrently(staffB) { staff in _ = try await staff.syncer.attach() }
        result.bootSeconds = Date().timeIntervalSince(bootStart)
        result.bootTraffic = traffic.totals

        // MARK: Offline edits (local, untimed)

        for (index, plan) in plans.enumerated() {
            let document = try staffA[index].replica.document(plan: plan)!
            let sections = document.sections.sorted { $0.id < $1.id }
            let indicators = document.indicators.sorted { $0.id < $1.id }
            // 20 fields both staff edit; 180 of each side's own.
            let shared = (0..<sharedEditsPerCounty).map { sections[$0].id }
            for (side, staff) in [staffA[index], staffB[index]].enumerated() {
                try staff.replica.edit { s in
                    for id in shared { try s.set(id, "heading", "\(side == 0 ? "甲" : "乙")改：" + short()) }
                    for k in 0..<(editsPerStaff - sharedEditsPerCounty) {
                        let n = sharedEditsPerCounty + side * (editsPerStaff - sharedEditsPerCounty) + k
                        if k % 5 == 0 {
                            try s.set(sections[n % sections.count].id, "body", paragraph())
                        } else if k % 2 == 0 {
                            try s.set(indicators[n % indicators.count].id, "value", String(Int.random(in: 50...100, using: &random)))
                        } else {
                            try s.set(sections[n % sections.count].id, "heading", short())
                        }
                    }
                }
            }
        }

        // MARK: Phase 2: converge (timed)

        let everyone = staffA + staffB + [city]
        let syncStart = Date()
        let syncDeadline = syncStart.addingTimeInterval(convergeDeadlineSeconds)
        while true {
            result.rounds += 1
            let moved = Counter()
            try await concurrently(everyone) { staff in
                let report = try await staff.syncer.sync()
                moved.add(report.sent + report.received)
            }
            result.changesMoved += moved.value
            if moved.value == 0 || result.rounds > 5 || Date() > syncDeadline { break }
        }
        result.syncSeconds = Date().timeIntervalSince(syncStart)
        result.totals = traffic.totals

        // MARK: Checks

        result.cityConflicts = try city.replica.conflicts().count
        var converged = true
        for index in plans.indices {
            let a = try staffA[index].replica.document(plan: plans[index])
            let b = try staffB[index].replica.document(plan: plans[index])
            let c = try city.replica.document(plan: plans[index])
            let sameConflicts = try staffA[index].replica.conflicts() == city.replica.conflicts(plan: plans[index])
            converged = converged && a == b && b == c && sameConflicts
        }
        result.converged = converged
        result.cityChanges = try city.replica.allChanges()
        result.serverPeakKiB = servers.compactMap { $0.peakMemoryKiB() }
        return result
    }
}
