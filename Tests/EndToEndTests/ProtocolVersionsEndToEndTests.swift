import Foundation
import Testing
import Shared

/// Done-when of issue 15 item 1: an old client and a new one sync through the same server. The old one is a client
/// of protocol 1 (`ProtocolOneClient`), the new one the real `tributary` binary; both edit the same section offline,
/// meet in a conflict, and converge when the old one resolves it.
@Suite(.serialized)
struct ProtocolVersionsEndToEndTests {
    static let v1Keys: [String: Set<String>] = [
        "session": ["user", "role", "office", "visibleOffices", "serverTimeMs", "driftBoundMs", "protocolVersion", "maxBatchChanges", "maxValueBytes"],
        "pull": ["changes", "cursor", "more", "serverTimeMs"],
        "push": ["results", "serverTimeMs"],
    ]

    @Test func anOldClientAndANewOneSyncThroughTheSameServer() throws {
        let folder = TempFolder()
        let server = try ServerHarness(folder: folder)
        try server.start()
        let token = server.tokens["zhaozhou-editor"]!
        let new = ClientReplica(folder, "zhaozhou-new")
        try new.t(["init", "--office", "zhaozhou", "--name", "肇州县", "--parent", "daqing", "--user", "zhaozhou-editor"])
        let plan = try new.out("plan", "create", "--title", "肇州县2025年教育工作计划", "--period", "2025")
        let section = try new.out("add", "section", "--plan", plan, "--heading", "主要目标")
        try new.attach(server.url, token: token)
        try new.sync()

        // The old laptop: its session and first pull are protocol 1's shapes, and every answer says an update exists.
        let old = ProtocolOneClient(baseURL: server.url, token: token, replica: "zhaozhou-old")
        let session = try old.session()
        #expect(session.status == 200 && session.keys == Self.v1Keys["session"])
        #expect(try session.decode(ProtocolV1.SessionInfo.self).protocolVersion == API.version)
        #expect(session.header(API.updateHeader)?.contains("protocol \(API.version) is available") == true)
        // A laptop of protocol 1 attaching afresh starts from the bootstrap, which kept its shape.
        let bootstrap = try old.send("GET", Endpoints.bootstrap.path)
        #expect(bootstrap.status == 200 && bootstrap.keys == ["changes", "cursor", "offices", "serverTimeMs"])
        #expect(try bootstrap.decode(BootstrapResponse.self).changes.contains { $0.entity == section && $0.field == "heading" })
        // Protocol 1 has no `next`: asked for a page, it still gets the whole start.
        let asked = try old.send("GET", Endpoints.bootstrap.path + "?limit=1")
        #expect(asked.status == 200 && asked.keys == ["changes", "cursor", "offices", "serverTimeMs"])
        #expect(try asked.decode(BootstrapResponse.self).changes == bootstrap.decode(BootstrapResponse.self).changes)
        let first = try old.pullAll()
        #expect(first.replies.allSatisfy { $0.keys == Self.v1Keys["pull"] && $0.header(API.updateHeader) != nil })
        let heading = try #require(first.changes.first { $0.entity == section && $0.field == "heading" })

        // Offline on both sides: the same heading edited twice, and the old laptop writes the body too.
        try new.t(["set", section, "heading", "甲：主要目标"])
        var forger = Forger("zhaozhou-editor", replica: "zhaozhou-old")
        let oldHeading = forger.change(.section, section, plan: plan, office: "zhaozhou", "heading", "乙：主要目标", replaces: [heading.stamp])
        let oldBody = forger.change(.section, section, plan: plan, office: "zhaozhou", "body", "旧版客户端写的正文。")
        let pushed = try old.push([oldHeading, oldBody])
        #expect(pushed.status == 200 && pushed.keys == Self.v1Keys["push"], "\(pushed.text)")
        #expect(try pushed.decode(ProtocolV1.PushResponse.self).results.map(\.status) == [.accepted, .accepted])
        try new.sync()

        // Both sides see the conflict; the new client shows the old one's body.
        #expect((try new.json("status") as? [String: Any])?["openConflicts"] as? Int == 1)
        #expect(try new.out("show", plan, "--no-ids").contains("旧版客户端写的正文。"))
        let second = try old.pullAll(after: first.cursor)
        let newHeading = try #require(second.changes.first { $0.entity == section && $0.field == "heading" && $0.stamp.replica != "zhaozhou-old" })
        #expect(newHeading.value == "甲：主要目标" && newHeading.replaces == [heading.stamp])

        // The old laptop settles it with a resolution (protocol 1 had them); the new client closes the conflict.
        var resolution = forger.change(.section, section, plan: plan, office: "zhaozhou", "heading", "合并：主要目标",
                                       replaces: [newHeading.stamp, oldHeading.stamp].sorted())
        resolution.resolution = .custom
        let resolved = try old.push([resolution])
        #expect(resolved.status == 200, "\(resolved.text)")
        try new.sync()
        #expect((try new.json("status") as? [String: Any])?["openConflicts"] as? Int == 0)
        #expect(try new.out("show", plan, "--no-ids").contains("合并：主要目标"))

        // Nothing dropped: the old client read every change the server holds, as today's protocol sends it.
        let everything = try old.pullAll().changes
        var current = ProtocolOneClient(baseURL: server.url, token: token, replica: "zhaozhou-old")
        current.version = API.version
        let reply = try current.send("GET", Endpoints.pull.path + "?after=0&limit=5000")
        #expect(reply.header(API.updateHeader) == nil)
        let today = try reply.decode(PullResponse.self)
        #expect(!today.more && Set(everything) == Set(today.changes) && everything.count == today.changes.count)

        // A refusal reaches the old laptop in the words it shows: both languages in `reason`, the request id in the
        // message, no field protocol 1 lacks.
        let bad = forger.change(.section, section, plan: plan, office: "zhaozhou", "body", "坏\u{0001}字符")
        let refused = try old.push([bad])
        #expect(refused.status == 422, "\(refused.text)")
        #expect(refused.keys == ["error"])
        let error = try refused.decode(ProtocolV1.APIError.Body.self).error
        #expect(error.message.contains("(request "))
        let reason = try #require(error.results?.first?.reason)
        #expect(reason.contains(" / ") && reason.unicodeScalars.contains { $0.value > 0x4E00 }, "\(reason)")
        #expect(!refused.text.contains("\"request\"") && !refused.text.contains("reasonZh"))

        // The server names the old laptop once in its log, however many requests it made.
        let log = try String(contentsOfFile: server.logPath, encoding: .utf8)
        #expect(log.components(separatedBy: "client of an older protocol").count - 1 == 1, "\(log.suffix(2000))")
        #expect(log.contains("zhaozhou-old"))
    }

    @Test func versionsTheServerDoesNotServeAreRefusedInWords() throws {
        let folder = TempFolder()
        let server = try ServerHarness(folder: folder)
        try server.start()
        var client = ProtocolOneClient(baseURL: server.url, token: server.tokens["zhaozhou-editor"]!, replica: "zhaozhou-x")
        client.version = API.version + 1
        let newer = try client.session()
        #expect(newer.status == 426)
        #expect(newer.text.contains("older than the client") && newer.text.contains("safe offline"), "\(newer.text)")
        client.version = API.previousVersion - 1
        let older = try client.session()
        #expect(older.status == 426 && older.text.contains("upgrade tributary"), "\(older.text)")
        #expect(older.text.contains("protocols \(API.previousVersion) and \(API.version)"))
    }
}

extension ProtocolVersionsEndToEndTests {
    /// Today's client meets a server that speaks only protocol 1: it says in words that the server is the older side,
    /// exits as for an unreachable server (4), and the work stays queued.
    @Test func aClientNewerThanTheServerIsToldSoAndKeepsItsWork() throws {
        let folder = TempFolder()
        let server = try ServerHarness(folder: folder)
        try server.start()
        let port = server.port
        let replica = ClientReplica(folder, "zhaozhou-ahead", english: true)
        try replica.t(["init", "--office", "zhaozhou", "--name", "肇州县", "--parent", "daqing", "--user", "zhaozhou-editor"])
        try replica.attach(server.url, token: server.tokens["zhaozhou-editor"]!)
        _ = try replica.out("plan", "create", "--title", "离线也能继续的计划", "--period", "2025")
        server.stop()
        let old = try ProtocolOneServerStandIn(port: port)
        defer { old.stop() }

        let sync = try replica.t(["sync"], expect: 4)
        #expect(sync.stderr.contains("The server is older than this client (server protocol 1, client protocol \(API.version))"), "\(sync.stderr)")
        #expect(sync.stderr.contains("your work stays safe offline") && sync.stderr.contains("ask the operator to update the server"))
        #expect(old.requested.contains(Endpoints.health.path))
        // Still working offline: the plan is there and still waits to be sent.
        #expect(try replica.out("plan", "list").contains("离线也能继续的计划"))
        #expect((try replica.json("status") as? [String: Any])?["unsyncedChanges"] as? Int ?? 0 > 0)
        _ = try replica.out("plan", "create", "--title", "又一份计划", "--period", "2026")
    }

    /// And a server that has moved past this client's protocol: the client is the one to update, in words.
    @Test func aClientTooOldForTheServerIsToldToUpdate() throws {
        let folder = TempFolder()
        let server = try ServerHarness(folder: folder)
        try server.start()
        let port = server.port
        let replica = ClientReplica(folder, "zhaozhou-behind", english: true)
        try replica.t(["init", "--office", "zhaozhou", "--name", "肇州县", "--parent", "daqing", "--user", "zhaozhou-editor"])
        try replica.attach(server.url, token: server.tokens["zhaozhou-editor"]!)
        _ = try replica.out("plan", "create", "--title", "等待更新的计划", "--period", "2025")
        server.stop()
        let newer = try ProtocolOneServerStandIn(port: port, protocolVersion: API.version + 2)
        defer { newer.stop() }
        let sync = try replica.t(["sync"], expect: 4)
        #expect(sync.stderr.contains("This client is too old for the server (client protocol \(API.version), server protocol \(API.version + 2))"),
                "\(sync.stderr)")
        #expect(sync.stderr.contains("update tributary") && sync.stderr.contains("your work stays safe offline"))
        #expect(try replica.out("plan", "list").contains("等待更新的计划"))
    }
}
