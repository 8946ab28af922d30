import Foundation
import Testing

/// What an operator runs the server with: JSON log lines that carry the request id a user reports, /metrics behind a
/// token, 405 for methods no route serves, and a data folder from a newer server refused at start.
struct OperatorSignalsEndToEndTests {
    @Test func jsonLogLinesCarryTheRequestIDTheClientPrints() throws {
        let folder = TempFolder()
        let server = try ServerHarness(folder: folder)
        try server.start(extra: ["--log-format", "json"])
        let http = RawHTTP(port: server.port)
        let refused = try http.exchange(RawHTTP.head("GET", "/v1/session", token: "not-a-real-token"))
        #expect(refused.status == 401)
        let id = try #require(refused.header("X-Request-Id"), "\(refused.head)")
        let body = try #require(try JSONSerialization.jsonObject(with: Data(refused.body.utf8)) as? [String: Any])
        #expect((body["error"] as? [String: Any])?["request"] as? String == id, "\(refused.body)")

        // The client names the request in its message; the server's log has that request's line, as JSON.
        let replica = ClientReplica(folder, "a")
        try replica.t(["init", "--office", "zhaozhou", "--name", "肇州县教育局", "--parent", "daqing", "--user", "zhaozhou-editor"])
        let attach = try replica.attach(server.url, token: "wrong-token-0000000000", expect: nil)
        #expect(attach.status != 0)
        let printed = try #require(attach.stderr.range(of: #"请求编号 [^）]+"#, options: .regularExpression).map { String(attach.stderr[$0].dropFirst(5)) },
                                   "\(attach.stderr)")
        Thread.sleep(forTimeInterval: 0.2)
        let log = try String(contentsOfFile: server.logPath, encoding: .utf8)
        var lines: [[String: Any]] = []
        for line in log.split(separator: "\n") where line.hasPrefix("{") {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any], "not JSON: \(line)")
            lines.append(object)
        }
        #expect(lines.count >= 3)
        #expect(lines.allSatisfy { $0["ts"] is String && $0["level"] is String && $0["message"] is String })
        #expect(lines.contains { $0["request"] as? String == id && $0["status"] as? String == "401" && $0["path"] as? String == "/v1/session" })
        #expect(lines.contains { $0["request"] as? String == printed && $0["status"] as? String == "401" }, "\(printed) in \(log)")
        // Text lines other than the one that announces the port are not mixed in.
        #expect(log.split(separator: "\n").filter { !$0.hasPrefix("{") }.allSatisfy { $0.hasPrefix("tributary-server listening on") })
    }

    @Test func metricsCanRequireAToken() throws {
        let folder = TempFolder()
        let server = try ServerHarness(folder: folder)
        let tokenFile = folder.file("metrics-token")
        try "scraper-secret-0123456789\n".write(toFile: tokenFile, atomically: true, encoding: .utf8)
        try server.start(extra: ["--metrics-token-file", tokenFile])
        let http = RawHTTP(port: server.port)
        #expect(try http.exchange(["GET /metrics HTTP/1.1", "Host: 127.0.0.1"]).status == 401)
        #expect(try http.exchange(["GET /metrics HTTP/1.1", "Host: 127.0.0.1", "Authorization: Bearer guess"]).status == 401)
        let scraped = try http.exchange(["GET /metrics HTTP/1.1", "Host: 127.0.0.1", "Authorization: Bearer scraper-secret-0123456789"])
        #expect(scraped.status == 200 && scraped.body.contains("tributary_"), "\(scraped.body.prefix(200))")

        // Without a token configured, /metrics stays open (the default for a server on loopback).
        server.stop()
        try server.start()
        #expect(try RawHTTP(port: server.port).exchange(["GET /metrics HTTP/1.1", "Host: 127.0.0.1"]).status == 200)
        let short = folder.file("short-token")
        try "abc".write(toFile: short, atomically: true, encoding: .utf8)
        let refused = try run(Binaries.server, ["serve", "--data", server.data, "--port", "0", "--metrics-token-file", short])
        #expect(refused.status != 0 && refused.stderr.contains("at least 16"), "\(refused.stderr)")
    }

    @Test func methodsNoRouteServesGet405() throws {
        let folder = TempFolder()
        let server = try ServerHarness(folder: folder)
        try server.start()
        let http = RawHTTP(port: server.port)
        // (A method name HTTP does not define at all, "BREW", is refused by the HTTP parser itself with a 400.)
        for method in ["TRACE", "PATCH", "PUT", "DELETE", "OPTIONS"] {
            let reply = try http.exchange(RawHTTP.head(method, "/v1/changes", token: server.tokens["zhaozhou-editor"]))
            #expect(reply.status == 405, "\(method): \(reply.head)")
            #expect(reply.header("Allow") == "GET, POST", "\(method): \(reply.head)")
            let body = try JSONSerialization.jsonObject(with: Data(reply.body.utf8)) as? [String: Any]
            #expect((body?["error"] as? [String: Any])?["message"] is String, "\(method): \(reply.body)")
            #expect(!reply.body.contains("Authorization"), "a TRACE is never echoed")
        }
        let wrongMethod = try http.exchange(RawHTTP.head("GET", "/v1/replicas", token: server.tokens["zhaozhou-editor"]))
        #expect(wrongMethod.status == 405 && wrongMethod.header("Allow") == "POST", "\(wrongMethod.head)")
        #expect(try http.exchange(RawHTTP.head("GET", "/v1/nothing-here", token: nil)).status == 404)
        #expect(try http.exchange(RawHTTP.head("TRACE", "/v1/nothing-here", token: nil)).status == 405)
    }

    @Test func aDataFolderFromANewerServerIsRefusedAndLeftAlone() throws {
        let folder = TempFolder()
        let server = try ServerHarness(folder: folder)
        let store = server.data + "/tributary-server.sqlite"
        #expect(FileManager.default.fileExists(atPath: store), "the store file is \(store)")
        // What a newer server leaves behind: a migration this one does not know (sqlite3 is installed by the scripts).
        let marked = try run("/usr/bin/env", ["sqlite3", store, "PRAGMA journal_mode=DELETE; INSERT INTO grdb_migrations VALUES ('server.v99')"])
        #expect(marked.status == 0, "\(marked.stderr)")
        let before = try Data(contentsOf: URL(fileURLWithPath: store))
        let started = try run(Binaries.server, ["serve", "--data", server.data, "--port", "0"])
        #expect(started.status != 0 && started.stderr.contains("newer"), "\(started.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: store)) == before)
    }
}
