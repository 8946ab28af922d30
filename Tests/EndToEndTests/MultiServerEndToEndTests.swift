import Foundation
import Shared
import Testing

/// Several `tributary-server` processes on one PostgreSQL database, run as an operator would run them: any request
/// may reach any server, a server may die mid-push, and the log's order holds across them.
@Suite(.serialized) struct MultiServerEndToEndTests {
    static let zhaozhou = (user: "zhaozhou-editor", office: "zhaozhou", name: "肇州县教育局", parent: "daqing")

    func twoServers(_ folder: TempFolder, database: String) throws -> (ServerHarness, ServerHarness) {
        let one = try ServerHarness(folder: folder, database: database, setup: true)
        let two = ServerHarness(sameStoreAs: one)
        try one.start()
        try two.start()
        return (one, two)
    }

    func countyReplica(_ folder: TempFolder, _ name: String, url: String, tokens: [String: String]) throws -> ClientReplica {
        try ClientReplica.of(folder, name, user: Self.zhaozhou.user, office: Self.zhaozhou.office, officeName: Self.zhaozhou.name,
                             parent: Self.zhaozhou.parent, url: url, token: tokens[Self.zhaozhou.user]!)
    }

    func conflicts(_ replica: ClientReplica) throws -> Int {
        (try replica.json("conflicts", "list") as? [Any])?.count ?? -1
    }

    /// Two laptops behind a round-robin proxy: their syncs land on either server, and they converge exactly as with
    /// one server (one conflict each, identical plans), as does a laptop attached straight to the second server.
    @Test func replicasConvergeWhicheverServerAnswers() throws {
        guard let database = try TestDatabase.fresh(for: "replicasConvergeWhicheverServerAnswers") else { return }
        let folder = TempFolder()
        let (one, two) = try twoServers(folder, database: database)
        let proxy = try RoundRobinProxy(folder: folder, backends: [one.port, two.port])
        let a = try countyReplica(folder, "a", url: proxy.url, tokens: one.tokens)
        let b = try countyReplica(folder, "b", url: proxy.url, tokens: one.tokens)
        let plan = try a.out("plan", "create", "--title", "肇州县2025年教育工作计划", "--period", "2025")
        let section = try a.out("add", "section", "--plan", plan, "--heading", "学前教育", "--body", "学前三年毛入园率达到95%。")
        for title in ["新建幼儿园3所", "改扩建乡镇中心校", "教师培训全覆盖"] { _ = try a.out("add", "task", "--plan", plan, "--title", title) }
        try a.sync()
        try b.sync()
        #expect(try b.out("show", plan, "--no-ids") == (try a.out("show", plan, "--no-ids")))

        // Offline on both laptops: the same paragraph reworded two ways, and different fields edited.
        try a.t(["set", section, "body", "学前三年毛入园率达到97%。"])
        try b.t(["set", section, "body", "学前三年毛入园率达到98%。"])
        try b.t(["set", plan, "title", "肇州县2025年教育工作计划（修订）"])
        for _ in 0..<2 {
            try a.sync()
            try b.sync()
        }
        #expect(try a.out("show", plan, "--no-ids") == (try b.out("show", plan, "--no-ids")))
        #expect(try conflicts(a) == 1 && (try conflicts(b)) == 1)
        #expect(try a.out("show", plan, "--no-ids").contains("（修订）"))

        let c = try countyReplica(folder, "c", url: "http://127.0.0.1:\(two.port)", tokens: one.tokens)
        try c.sync()
        #expect(try c.out("show", plan, "--no-ids") == (try a.out("show", plan, "--no-ids")))
        #expect(try conflicts(c) == 1)
        let used = Set(proxy.connections)
        #expect(used.contains(String(one.port)) && used.contains(String(two.port)), "both servers answered: \(proxy.connections)")
    }

    /// kill -9 of the server a laptop is pushing to: the laptop finishes its sync against the other server (through
    /// the proxy, no re-bootstrap), and the shared log holds every change exactly once.
    @Test func aServerKilledMidPushLosesNothingAndDoublesNothing() throws {
        guard let database = try TestDatabase.fresh(for: "aServerKilledMidPushLosesNothingAndDoublesNothing") else { return }
        let folder = TempFolder()
        let (one, two) = try twoServers(folder, database: database)
        let proxy = try RoundRobinProxy(folder: folder, backends: [one.port, two.port])
        // Attached straight to the first server, so the push is sure to be on it when it dies.
        let a = try countyReplica(folder, "a", url: "http://127.0.0.1:\(one.port)", tokens: one.tokens)
        let plan = try a.out("plan", "create", "--title", "大计划", "--period", "2021-2025", "--kind", "fiveYear")
        try a.sync()
        for i in 0..<100 {
            _ = try a.out("add", "section", "--plan", plan, "--heading", "第\(i)节", "--body", String(repeating: "推进教育优质均衡发展。", count: 10))
        }
        let total = (try a.json("status") as? [String: Any])?["unsyncedChanges"] as? Int ?? 0
        #expect(total == 300)

        let sync = try a.syncUntilPartlyUploaded(batch: 10)
        one.kill9()
        sync.waitUntilExit()
        let left = (try a.json("status") as? [String: Any])?["unsyncedChanges"] as? Int ?? -1
        #expect(left > 0 || sync.terminationStatus == 0, "the kill landed mid-push (\(left) of \(total) left)")

        // The laptop goes on through the proxy: the dead server refuses, the other answers.
        try a.attach(proxy.url, token: one.tokens[Self.zhaozhou.user]!)
        let report = try a.sync()
        #expect((try a.json("status") as? [String: Any])?["unsyncedChanges"] as? Int == 0)
        #expect(report["resentAfterRestore"] == nil, "one log, one generation: nothing to send again")

        // The shared log: every change of the laptop exactly once, read raw from the surviving server.
        let http = ForgedHTTP(baseURL: "http://127.0.0.1:\(two.port)")
        var cursor: Int64 = 0
        var stamps: [String] = []
        while true {
            let page = try http.pullPage(token: one.tokens[Self.zhaozhou.user]!, after: cursor, limit: 1000)
            stamps += page.changes.map(\.stamp.description)
            cursor = page.cursor
            if !page.more { break }
        }
        #expect(stamps.count == Set(stamps).count, "no change twice")
        let local = Set((try a.json("log", "-n", "10000") as? [[String: Any]] ?? []).compactMap { $0["id"] as? String })
        #expect(Set(stamps) == local && stamps.count == 303,
                "server \(stamps.count), local \(local.count), only local: \(local.subtracting(stamps).sorted().prefix(3)), only server: \(Set(stamps).subtracting(local).sorted().prefix(3))")
        let check = try countyReplica(folder, "check", url: "http://127.0.0.1:\(two.port)", tokens: one.tokens)
        try check.sync()
        #expect(try check.out("show", plan, "--no-ids") == (try a.out("show", plan, "--no-ids")))
    }

    /// The cursor is right on every node: two writers push concurrently, one to each server, while a reader pulls in
    /// a loop from both in turn. The reader ends with every accepted change exactly once: none skipped (a later
    /// position visible before an earlier one commits) and none repeated.
    @Test func concurrentPushesOnTwoServersAreReadExactlyOnce() throws {
        guard let database = try TestDatabase.fresh(for: "concurrentPushesOnTwoServersAreReadExactlyOnce") else { return }
        let folder = TempFolder()
        let (one, two) = try twoServers(folder, database: database)
        let servers = [ForgedHTTP(baseURL: "http://127.0.0.1:\(one.port)"), ForgedHTTP(baseURL: "http://127.0.0.1:\(two.port)")]
        let writers = [("zhaozhou-editor", "zhaozhou", servers[0]), ("zhaoyuan-editor", "zhaoyuan", servers[1])]
        let batches = 30, perBatch = 20
        let accepted = LockedList()
        let done = DispatchGroup()
        for (user, office, server) in writers {
            DispatchQueue.global().async(group: done) {
                var forger = Forger(user)
                let plan = "\(office)-plan"
                for batch in 0..<batches {
                    var changes: [Change] = []
                    if batch == 0 { changes.append(forger.change(.plan, plan, plan: plan, office: office, "title", "\(office)计划")) }
                    while changes.count < perBatch {
                        let task = "\(office)-t\(batch)-\(changes.count)"
                        changes.append(forger.change(.task, task, plan: plan, office: office, "title", "任务\(batch)-\(changes.count)"))
                    }
                    guard let reply = try? server.push(changes, token: one.tokens[user]!, replica: forger.replica), reply.status == 200 else {
                        accepted.fail("push \(batch) of \(user) failed")
                        return
                    }
                    accepted.append(changes.map(\.stamp.description))
                }
            }
        }
        // The city's reviewer sees both counties; its pages alternate between the servers.
        let reader = one.tokens["daqing-reviewer"]!
        var cursor: Int64 = 0
        var seen: [String] = []
        var turn = 0
        var writing = true
        let deadline = Date().addingTimeInterval(120)
        while Date() < deadline {
            if writing { writing = done.wait(timeout: .now()) == .timedOut }
            let page = try servers[turn % 2].pullPage(token: reader, after: cursor, limit: 37)
            turn += 1
            seen += page.changes.map(\.stamp.description)
            cursor = page.cursor
            if !writing && !page.more { break }
        }
        #expect(accepted.failures.isEmpty, "\(accepted.failures)")
        #expect(seen.count == Set(seen).count, "no change read twice")
        #expect(Set(seen) == Set(accepted.items), "no change skipped: \(Set(accepted.items).subtracting(seen).count) missing")
        #expect(accepted.items.count == writers.count * batches * perBatch)
        #expect(turn > 4, "the reader read while the writers wrote")
    }
}

extension MultiServerEndToEndTests {
    /// Live updates across servers: a pull waiting on the second server returns as soon as a push commits on the
    /// first (LISTEN/NOTIFY), long before its wait runs out.
    @Test func aPullWaitingOnOneServerWakesWhenTheOtherTakesAPush() throws {
        guard let database = try TestDatabase.fresh(for: "aPullWaitingOnOneServerWakesWhenTheOtherTakesAPush") else { return }
        let folder = TempFolder()
        let (one, two) = try twoServers(folder, database: database)
        let token = one.tokens[Self.zhaozhou.user]!
        let reader = ForgedHTTP(baseURL: "http://127.0.0.1:\(two.port)")
        var forger = Forger(Self.zhaozhou.user)
        let first = forger.change(.plan, "live-plan", plan: "live-plan", office: "zhaozhou", "title", "计划")
        #expect(try ForgedHTTP(baseURL: "http://127.0.0.1:\(one.port)").push([first], token: token, replica: forger.replica).status == 200)
        let end = try reader.pullPage(token: token, after: 0, limit: 1000).cursor

        let waited = LockedList()
        let done = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            defer { done.signal() }
            guard let reply = try? reader.send("GET", Endpoints.pull.path + "?after=\(end)&wait=25", token: token), reply.status == 200,
                  let page = try? WireJSON.decoder().decode(PullResponse.self, from: reply.body) else {
                waited.fail("the waiting pull failed")
                return
            }
            waited.append(page.changes.map(\.stamp.description))
        }
        Thread.sleep(forTimeInterval: 1)
        let second = forger.change(.plan, "live-plan", plan: "live-plan", office: "zhaozhou", "title", "计划（修订）", replaces: [first.stamp])
        let pushed = Date()
        #expect(try ForgedHTTP(baseURL: "http://127.0.0.1:\(one.port)").push([second], token: token, replica: forger.replica).status == 200)
        #expect(done.wait(timeout: .now() + 20) == .success)
        let latency = Date().timeIntervalSince(pushed)
        #expect(waited.failures.isEmpty, "\(waited.failures)")
        #expect(waited.items == [second.stamp.description], "the waiting pull brought the other server's change")
        #expect(latency < 5, "woken by the other server's commit, not by the end of its wait (\(latency) s)")
    }
}

/// A list several threads append to.
final class LockedList: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [String] = []
    private var failed: [String] = []
    func append(_ items: [String]) { lock.withLock { stored += items } }
    func fail(_ why: String) { lock.withLock { failed.append(why) } }
    var items: [String] { lock.withLock { stored } }
    var failures: [String] { lock.withLock { failed } }
}
