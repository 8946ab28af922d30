import Foundation
import Shared
import Testing

/// The trust issue through the real binaries: tokens kept off the command line and out of the replica file, replica
/// ids that belong to one user, expiring and rotating tokens, log lines a client cannot forge, and a 413 that lets
/// the client go.
@Suite(.serialized)
struct TrustEndToEndTests {
    func mode(_ path: String) throws -> Int {
        try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int ?? -1
    }

    func replicaID(_ replica: ClientReplica) throws -> String {
        try #require((try replica.json("status") as? [String: Any])?["replica"] as? String)
    }

    @Test func theTokenStaysOffTheCommandLineAndOutOfTheReplicaFile() throws {
        let folder = TempFolder()
        let server = try ServerHarness(folder: folder)
        try server.start()
        let token = server.tokens["zhaozhou-editor"]!
        let a = ClientReplica(folder, "a", english: true)
        try a.t(["init", "--office", "zhaozhou", "--name", "肇州县", "--parent", "daqing", "--user", "zhaozhou-editor"])
        _ = try a.out("plan", "create", "--title", "肇州县计划", "--period", "2025")
        // The replica file and SQLite's companions are the user's alone.
        for file in [a.db, a.db + "-wal", a.db + "-shm"] where FileManager.default.fileExists(atPath: file) {
            #expect(try mode(file) == 0o600, "\(file)")
        }
        // A token on the command line is refused with the ways to pass it instead.
        let leftover = try a.t(["attach", "--server", server.url, "--token", token], expect: 64)
        #expect(leftover.stderr.contains("TRIBUTARY_TOKEN") && leftover.stderr.contains("--token-stdin"))
        #expect(!leftover.stderr.contains(token))
        // No token at all, and standard input is not a terminal: say how to give one.
        let none = try a.t(["attach", "--server", server.url], expect: 1)
        #expect(none.stderr.contains("TRIBUTARY_TOKEN"))
        #expect((try a.json("status") as? [String: Any])?["server"] == nil, "nothing recorded")
        // From the environment.
        let attached = try run(Binaries.client, ["attach", "--server", server.url, "--db", a.db],
                               environment: a.env.merging(["TRIBUTARY_TOKEN": token]) { _, new in new })
        #expect(attached.status == 0, "\(attached.stderr)")
        try a.sync()
        // The token is in the config folder, 0600 in a 0700 folder, named by replica id; not in the replica file.
        let id = try replicaID(a)
        let credentials = folder.file("config/tributary/credentials")
        #expect(try String(contentsOfFile: credentials + "/" + id, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines) == token)
        #expect(try mode(credentials + "/" + id) == 0o600 && mode(credentials) == 0o700)
        for file in [a.db, a.db + "-wal"] where FileManager.default.fileExists(atPath: file) {
            let bytes = try Data(contentsOf: URL(fileURLWithPath: file))
            #expect(bytes.range(of: Data(token.utf8)) == nil, "\(file) holds the token")
            #expect(try mode(file) == 0o600)
        }
        // A copy of the file on another laptop (another config folder) has no token: it must be attached there.
        let laptop = TempFolder()
        let copy = ClientReplica(laptop, "copy", english: true)
        try FileManager.default.copyItem(atPath: a.db, toPath: copy.db)
        if FileManager.default.fileExists(atPath: a.db + "-wal") { try FileManager.default.copyItem(atPath: a.db + "-wal", toPath: copy.db + "-wal") }
        let refused = try copy.t(["sync"], expect: 1)
        #expect(refused.stderr.contains("no token") && refused.stderr.contains("tributary attach"))
        try copy.attach(server.url, token: token)
        try copy.sync()
    }

    @Test func attachRefusesATokenOfAnotherUser() throws {
        let folder = TempFolder()
        let server = try ServerHarness(folder: folder)
        try server.start()
        let a = ClientReplica(folder, "a", english: true)
        try a.t(["init", "--office", "zhaozhou", "--name", "肇州县", "--parent", "daqing", "--user", "王芳"])
        let refused = try a.attach(server.url, token: server.tokens["zhaozhou-editor"]!, expect: 1)
        #expect(refused.stderr.contains("user zhaozhou-editor") && refused.stderr.contains("user 王芳"))
        #expect(refused.stderr.contains("init --user zhaozhou-editor"))
        #expect((try a.json("status") as? [String: Any])?["server"] == nil)
        let chinese = ClientReplica(folder, "b")
        try chinese.t(["init", "--office", "zhaozhou", "--name", "肇州县", "--parent", "daqing", "--user", "王芳"])
        #expect(try chinese.attach(server.url, token: server.tokens["zhaozhou-editor"]!, expect: 1).stderr.contains("令牌属于用户 zhaozhou-editor"))
    }

    @Test func anotherUserCannotPushOrSyncAsACountysReplica() throws {
        let folder = TempFolder()
        let server = try ServerHarness(folder: folder)
        try server.start()
        let county = ClientReplica(folder, "zhaozhou")
        try county.t(["init", "--office", "zhaozhou", "--name", "肇州县", "--parent", "daqing", "--user", "zhaozhou-editor"])
        try county.attach(server.url, token: server.tokens["zhaozhou-editor"]!)
        try county.sync()
        let id = try replicaID(county)
        let reviewer = server.tokens["daqing-reviewer"]!
        let http = RawHTTP(port: server.port)
        func activity() throws -> Int64? {
            let reply = try http.exchange(RawHTTP.head("GET", "/v1/activity", token: reviewer))
            let offices = try JSONDecoder().decode(ActivityResponse.self, from: Data(reply.body.utf8)).offices
            return offices.first { $0.office == "zhaozhou" }?.lastSyncMs
        }
        let before = try #require(try activity())
        // A pull naming the county's replica: refused, and the county's last sync stays as it was.
        let pull = try http.exchange(RawHTTP.head("GET", "/v1/changes?after=0", token: reviewer, extra: ["Tributary-Replica: \(id)"]))
        #expect(pull.status == 403 && pull.body.contains("zhaozhou-editor"))
        #expect(try activity() == before)
        // A push naming it: refused, nothing stored.
        let change = Change(stamp: Stamp(ms: Int64(Date().timeIntervalSince1970 * 1000), counter: 0, replica: id), kind: .plan,
                            entity: "forged-plan", plan: "forged-plan", office: "daqing", field: "title", value: "冒名", replaces: [],
                            author: "daqing-reviewer")
        let body = try WireJSON.encoder().encode(PushRequest(replica: id, changes: [change]))
        let push = try http.exchange(RawHTTP.head("POST", "/v1/changes", token: reviewer,
                                                  extra: ["Content-Type: application/json", "Content-Length: \(body.count)"]), body: body)
        #expect(push.status == 403 && push.body.contains("belongs to another user"))
        let register = try WireJSON.encoder().encode(RegisterReplicaRequest(replica: id))
        let claim = try http.exchange(RawHTTP.head("POST", "/v1/replicas", token: reviewer,
                                                   extra: ["Content-Type: application/json", "Content-Length: \(register.count)"]), body: register)
        #expect(claim.status == 403)
        let city = ClientReplica(folder, "daqing")
        try city.t(["init", "--office", "daqing", "--name", "大庆市", "--level", "city", "--user", "daqing-reviewer"])
        try city.attach(server.url, token: reviewer)
        try city.sync()
        #expect(!(try city.out("plan", "list").contains("冒名")))
    }

    @Test func tokensExpireListAndRotate() throws {
        let folder = TempFolder()
        let server = try ServerHarness(folder: folder)
        let issued = try server.admin(["token", "issue", "zhaoyuan-editor", "--expires", "90d", "--json"])
        let info = try JSONDecoder().decode(TokenInfo.self, from: Data(issued.stdout.utf8))
        let now = Int64(Date().timeIntervalSince1970 * 1000)
        #expect(abs((info.expiresMs ?? 0) - (now + 90 * 86_400_000)) < 600_000)
        let bad = try server.admin(["token", "issue", "zhaoyuan-editor", "--expires", "soon"], expect: 64)
        #expect(bad.stderr.contains("90d") && bad.stderr.contains("2027-06-30"))
        #expect(try server.admin(["token", "issue", "zhaoyuan-editor", "--expires", "2020-01-01"], expect: 1).stderr.contains("past"))
        let dated = try server.admin(["token", "issue", "zhaoyuan-editor", "--expires", "2099-06-30"])
        #expect(dated.stderr.contains("valid until 2099-07-01 00:00 UTC"))

        let listed = try server.admin(["token", "list", "--json"]).stdout
        let summaries = try #require(try JSONSerialization.jsonObject(with: Data(listed.utf8)) as? [[String: Any]])
        #expect(summaries.count == 5 + 2)
        #expect(!listed.contains("trb_") && !listed.contains("hash") && !listed.contains(info.token))
        #expect(summaries.first { $0["id"] as? String == info.id }?["office"] as? String == "zhaoyuan")
        let text = try server.admin(["token", "list"]).stdout
        #expect(text.contains(info.id) && text.contains("active") && text.contains("never"))

        // Rotate: a new secret printed once, the old one revoked.
        try server.start()
        let rotated = try server.admin(["token", "rotate", info.id])
        let secret = rotated.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(secret.hasPrefix("trb_") && secret != info.token && rotated.stderr.contains("revoked"))
        let old = ClientReplica(folder, "old", english: true)
        try old.t(["init", "--office", "zhaoyuan", "--name", "肇源县", "--parent", "daqing", "--user", "zhaoyuan-editor"])
        #expect(try old.attach(server.url, token: info.token, expect: 1).stderr.contains("401"))
        try old.attach(server.url, token: secret)
        #expect(try server.admin(["token", "list"]).stdout.contains("revoked"))
        #expect(try server.admin(["token", "rotate", info.id], expect: 1).stderr.contains("revoked"))
    }

    @Test func aCraftedValueCannotForgeALogLine() throws {
        let folder = TempFolder()
        let server = try ServerHarness(folder: folder)
        try server.start()
        let token = server.tokens["zhaozhou-editor"]!
        let change = Change(stamp: Stamp(ms: Int64(Date().timeIntervalSince1970 * 1000), counter: 0, replica: "r-crafted"), kind: .plan,
                            entity: "p1", plan: "p1", office: "zhaozhou",
                            field: "title", value: "x", replaces: [],
                            author: "zhaozhou-editor\n2026-12-02T00:00:00+0000 critical tributary-server : FORGED-LINE\r\u{1B}[2K")
        let body = try WireJSON.encoder().encode(PushRequest(replica: "r-crafted", changes: [change]))
        let reply = try RawHTTP(port: server.port).exchange(RawHTTP.head("POST", "/v1/changes", token: token,
                                                                         extra: ["Content-Length: \(body.count)"]), body: body)
        // The refusal names the signature it saw, so the crafted text reaches the log, escaped on one line.
        #expect(reply.status == 403)
        Thread.sleep(forTimeInterval: 0.3)
        let log = try String(contentsOfFile: server.logPath, encoding: .utf8)
        let lines = log.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r" }
        let mentioning = lines.filter { $0.contains("FORGED-LINE") }
        #expect(mentioning.count == 1, "\(log)")
        #expect(mentioning.allSatisfy { $0.contains("push refused") && $0.contains("\\n2026-12-02") })
        #expect(!log.contains("\u{1B}"))
    }

    @Test func anOversizeBodyGetsA413AndTheConnectionIsReleased() throws {
        let folder = TempFolder()
        let server = try ServerHarness(folder: folder)
        try server.start()
        let token = server.tokens["zhaozhou-editor"]!
        let http = RawHTTP(port: server.port, timeout: 10)
        // Announced too large, and only a little of it sent: the client waits for an answer.
        let announced = try http.exchange(RawHTTP.head("POST", "/v1/changes", token: token,
                                                       extra: ["Content-Type: application/json", "Content-Length: 100000000"]),
                                          body: Data(repeating: 0x20, count: 1_000), closeWait: 5)
        #expect(announced.status == 413 && announced.body.contains("payloadTooLarge"))
        #expect(announced.header("Connection")?.lowercased() == "close")
        #expect(announced.closed, "the server closes instead of waiting for 100 MB that never come")
        // Streamed (chunked, no length) past the limit, the end never sent.
        let chunk = Data(repeating: 0x20, count: 1 << 20)
        var body = Data()
        for _ in 0..<(Limits.maxBodyBytes / chunk.count + 1) {
            body += Data((String(chunk.count, radix: 16) + "\r\n").utf8) + chunk + Data("\r\n".utf8)
        }
        let streamed = try http.exchange(RawHTTP.head("POST", "/v1/changes", token: token,
                                                      extra: ["Content-Type: application/json", "Transfer-Encoding: chunked"]), body: body, closeWait: 5)
        #expect(streamed.status == 413)
        #expect(streamed.closed)
        // The server is still there for the next client.
        #expect(try http.exchange(RawHTTP.head("GET", "/healthz", token: nil), closeWait: 0.1).status == 200)
    }

    @Test func statusOnADirectoryOrAnEmptyFileIsAReadableError() throws {
        let folder = TempFolder()
        let english = ["LANG": "en_US.UTF-8", "XDG_CONFIG_HOME": folder.file("config")]
        let directory = try run(Binaries.client, ["status", "--db", folder.path], environment: english)
        #expect(directory.status == 1 && directory.stderr.contains("is a directory"), "\(directory.stderr)")
        let empty = folder.file("empty.db")
        FileManager.default.createFile(atPath: empty, contents: Data())
        let refused = try run(Binaries.client, ["status", "--db", empty], environment: english)
        #expect(refused.status == 1 && refused.stderr.contains("empty file"), "\(refused.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: empty)).isEmpty)
        #expect(!FileManager.default.fileExists(atPath: empty + "-wal"))
    }

    @Test(.enabled(if: ReviewTUITests.tmuxPath != nil)) func atATerminalTheTokenIsAskedForWithoutEcho() throws {
        let folder = TempFolder()
        let server = try ServerHarness(folder: folder)
        try server.start()
        let token = server.tokens["zhaozhou-editor"]!
        let a = ClientReplica(folder, "a", english: true)
        try a.t(["init", "--office", "zhaozhou", "--name", "肇州县", "--parent", "daqing", "--user", "zhaozhou-editor"])
        let terminal = ReviewTUITests.Terminal(tmux: ReviewTUITests.tmuxPath!)
        defer { terminal.stop() }
        let command = "env XDG_CONFIG_HOME='\(folder.file("config"))' LANG=en_US.UTF-8 '\(Binaries.client)' attach "
            + "--server \(server.url) --db '\(a.db)'; echo EXIT=$?; sleep 60"
        try terminal.start(command, width: 200, height: 20)
        try terminal.waitFor("Token:")
        try terminal.send("-l", token)
        try terminal.send("Enter")
        let screen = try terminal.waitFor("EXIT=")
        #expect(screen.contains("EXIT=0") && screen.contains("Attached to"), "\(screen)")
        #expect(!screen.contains(token), "the token was echoed")
        #expect((try a.json("status") as? [String: Any])?["server"] as? String == server.url)
    }
}
