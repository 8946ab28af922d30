import ClientCore
import Foundation
import GRDB
import Shared
import SharedStore

// The sync benchmark of issue 3: 10 counties, each with a ~4,000-field plan kept by two staff replicas, and a city
// replica that sees every county plan. Each staff replica makes 200 offline edits, 20 of them on fields the other
// replica of its county also edits (200 conflicted fields in all); a fifth of the values are Chinese paragraphs of
// 300 to 2,000 bytes. Every replica then syncs through the real server over loopback until all have converged.
// Printed side by side: the apply path's rate and a plain SQLite upsert of the same rows, the ceiling it is measured
// against.
//
// Usage: tributary-bench [--counties N] [--server PATH]   (bench/run.sh builds both in release and runs this)

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
        func option(_ name: String) -> String? {
            guard let i = arguments.firstIndex(of: name), i + 1 < arguments.count else { return nil }
            return arguments[i + 1]
        }
        let countyCount = Int(option("--counties") ?? "") ?? 10
        let editsPerStaff = 200
        let sharedEditsPerCounty = 20
        let binDir = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        let serverBinary = option("--server") ?? binDir.appendingPathComponent("tributary-server").path

        let work = FileManager.default.temporaryDirectory.appendingPathComponent("tributary-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: work) }
        func path(_ name: String) -> String { work.appendingPathComponent(name).path }

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

        // MARK: Server and accounts

        let server = ServerProcess(binary: serverBinary, data: path("server-data"))
        try server.admin(["office", "add", "daqing", "--name", "大庆市", "--city"])
        let counties = (0..<countyCount).map { Office(id: "county\($0)", name: "县区\($0)", level: .county, parent: "daqing") }
        func issue(_ user: String, office: String, role: String) throws -> String {
            try server.admin(["user", "add", user, "--office", office, "--role", role])
            let json = try server.admin(["token", "issue", user, "--json"])
            guard let info = try? JSONDecoder().decode(TokenInfo.self, from: Data(json.utf8)) else { throw BenchError("token output: \(json)") }
            return info.token
        }
        var tokens: [String: String] = [:]
        for county in counties {
            try server.admin(["office", "add", county.id, "--name", county.name, "--county", "--parent", "daqing"])
            for staff in ["a", "b"] { tokens["\(county.id)-\(staff)"] = try issue("\(county.id)-\(staff)", office: county.id, role: "countyEditor") }
        }
        tokens["city"] = try issue("city-reviewer", office: "daqing", role: "cityReviewer")
        try server.start()
        defer { server.stop() }
        let traffic = TrafficCounter()

        func makeSyncer(_ replica: Replica, token: String) -> Syncer {
            Syncer(replica: replica, connection: ServerConnection(baseURL: server.url, token: token, replica: replica.replicaID, traffic: traffic))
        }

        // MARK: Plans (local, untimed)

        // Tokens that attach saves stay in the scratch folder, not in the real ~/.config.
        let credentials = CredentialStore(directory: path("credentials"))
        var staffA: [Staff] = []
        var staffB: [Staff] = []
        var plans: [String] = []
        var fieldCount = 0
        for county in counties {
            let a = try Replica.create(at: path("\(county.id)-a.db"), office: county, user: "\(county.id)-a", credentials: credentials)
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
            fieldCount += try a.outboxCount()
            plans.append(plan)
            staffA.append(Staff(replica: a, syncer: makeSyncer(a, token: tokens["\(county.id)-a"]!)))
        }
        let cityReplica = try Replica.create(at: path("city.db"), office: Office(id: "daqing", name: "大庆市", level: .city, parent: nil), user: "city-reviewer", credentials: credentials)
        let city = Staff(replica: cityReplica, syncer: makeSyncer(cityReplica, token: tokens["city"]!))
        print("plans: \(countyCount) × \(fieldCount / countyCount) fields")

        // MARK: Phase 1: upload and bootstrap (timed)

        let bootStart = Date()
        try await concurrently(staffA) { staff in
            _ = try await staff.syncer.attach()
            _ = try await staff.syncer.sync()
        }
        for county in counties {
            let b = try Replica.create(at: path("\(county.id)-b.db"), office: county, user: "\(county.id)-b", credentials: credentials)
            staffB.append(Staff(replica: b, syncer: makeSyncer(b, token: tokens["\(county.id)-b"]!)))
        }
        let cityBootStart = Date()
        _ = try await city.syncer.attach()
        let cityBootSeconds = Date().timeIntervalSince(cityBootStart)
        try await concurrently(staffB) { staff in _ = try await staff.syncer.attach() }
        let bootSeconds = Date().timeIntervalSince(bootStart)
        let bootTraffic = traffic.totals

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
        var rounds = 0
        var changesMoved = 0
        while true {
            rounds += 1
            let moved = Counter()
            try await concurrently(everyone) { staff in
                let report = try await staff.syncer.sync()
                moved.add(report.sent + report.received)
            }
            changesMoved += moved.value
            if moved.value == 0 || rounds > 5 { break }
        }
        let syncSeconds = Date().timeIntervalSince(syncStart)

        // MARK: Checks

        let cityConflicts = try city.replica.conflicts().count
        var converged = true
        for index in plans.indices {
            let a = try staffA[index].replica.document(plan: plans[index])
            let b = try staffB[index].replica.document(plan: plans[index])
            let c = try city.replica.document(plan: plans[index])
            let sameConflicts = try staffA[index].replica.conflicts() == city.replica.conflicts(plan: plans[index])
            converged = converged && a == b && b == c && sameConflicts
        }

        // MARK: Apply path against a plain SQLite upsert of the same rows

        let allChanges = try city.replica.allChanges()
        let fresh = try Replica.create(at: path("apply.db"), office: Office(id: "daqing", name: "大庆市", level: .city, parent: nil), user: "x")
        let applyStart = Date()
        for page in stride(from: 0, to: allChanges.count, by: Limits.defaultPullPage) {
            _ = try fresh.applyRemote(Array(allChanges[page..<min(allChanges.count, page + Limits.defaultPullPage)]))
        }
        let applySeconds = Date().timeIntervalSince(applyStart)

        let baselineSeconds = try baselineUpsert(path: path("baseline.db"), changes: allChanges)


        // MARK: Report

        let totals = traffic.totals
        func rate(_ n: Int, _ seconds: Double) -> String { String(format: "%.0f/s", Double(n) / max(seconds, 0.000_001)) }
        func mib(_ bytes: Int) -> String { String(format: "%.1f MiB", Double(bytes) / 1_048_576) }
        print("""
            replicas: \(countyCount * 2) staff + 1 city; \(countyCount * 2 * editsPerStaff) offline edits, \(countyCount * sharedEditsPerCounty) fields edited on both sides
            upload + bootstrap: \(String(format: "%.2f", bootSeconds)) s (city bootstrap of \(allChanges.count) changes: \(String(format: "%.2f", cityBootSeconds)) s); wire \(mib(bootTraffic.sent)) sent, \(mib(bootTraffic.received)) received
            converge after offline edits: \(String(format: "%.2f", syncSeconds)) s in \(rounds) rounds, \(changesMoved) changes moved (\(rate(changesMoved, syncSeconds)))
            converge including bootstrap: \(String(format: "%.2f", bootSeconds + syncSeconds)) s
            bytes on the wire, total: \(mib(totals.sent)) sent, \(mib(totals.received)) received, \(totals.requests) requests
            conflicts on the city replica: \(cityConflicts) (expected \(countyCount * sharedEditsPerCounty)); all replicas converged: \(converged)
            apply path (pages of \(Limits.defaultPullPage), one transaction each): \(allChanges.count) changes in \(String(format: "%.2f", applySeconds)) s = \(rate(allChanges.count, applySeconds))
            baseline plain SQLite upsert of the same rows:  \(allChanges.count) rows in \(String(format: "%.2f", baselineSeconds)) s = \(rate(allChanges.count, baselineSeconds))
            peak memory: server \(server.peakMemoryKiB().map { "\($0 / 1024) MiB" } ?? "?"), bench process (all 21 replicas) \(peakMemory().map { "\($0 / 1024) MiB" } ?? "?")
            """)
        if cityConflicts != countyCount * sharedEditsPerCounty || !converged {
            FileHandle.standardError.write(Data("FAILED: the replicas did not converge to the expected conflicts\n".utf8))
            exit(1)
        }

    }

    /// A plain SQLite last-writer-wins upsert of the same rows, in the same page transactions: the ceiling.
    static func baselineUpsert(path: String, changes: [Change]) throws -> TimeInterval {
        let baseline = try DatabasePool(path: path)
        try baseline.write { db in
            try db.execute(sql: "CREATE TABLE field_value (entity TEXT NOT NULL, field TEXT NOT NULL, value TEXT, stamp TEXT NOT NULL, PRIMARY KEY (entity, field)) WITHOUT ROWID")
        }
        let start = Date()
        for page in stride(from: 0, to: changes.count, by: Limits.defaultPullPage) {
            try baseline.write { db in
                let statement = try db.cachedStatement(sql: """
                    INSERT INTO field_value (entity, field, value, stamp) VALUES (?, ?, ?, ?)
                    ON CONFLICT (entity, field) DO UPDATE SET value = excluded.value, stamp = excluded.stamp WHERE excluded.stamp > stamp
                    """)
                for change in changes[page..<min(changes.count, page + Limits.defaultPullPage)] {
                    try statement.execute(arguments: [change.entity, change.field, change.value, change.stamp.description])
                }
            }
        }
        return Date().timeIntervalSince(start)
    }

    static func concurrently(_ jobs: [Staff], _ body: @escaping @Sendable (Staff) async throws -> Void) async throws {
        try await withThrowingTaskGroup(of: Void.self) { group in
            for job in jobs { group.addTask { try await body(job) } }
            try await group.waitForAll()
        }
    }
}
