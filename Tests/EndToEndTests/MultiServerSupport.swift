import Foundation

/// The test run's PostgreSQL cluster (scripts/test.sh starts one and sets TRIBUTARY_TEST_DATABASE_URL): each test
/// gets a database of its own. Without a cluster the multi-server tests are skipped, saying so, unless
/// TRIBUTARY_REQUIRE_POSTGRES=1 (CI), where a missing cluster fails them.
enum TestDatabase {
    static func fresh(for test: String) throws -> String? {
        let environment = ProcessInfo.processInfo.environment
        guard let url = environment["TRIBUTARY_TEST_DATABASE_URL"], !url.isEmpty else {
            if environment["TRIBUTARY_REQUIRE_POSTGRES"] == "1" {
                throw HarnessError("PostgreSQL is required (TRIBUTARY_REQUIRE_POSTGRES=1) but TRIBUTARY_TEST_DATABASE_URL is not set")
            }
            print("\(test) SKIPPED: no PostgreSQL (TRIBUTARY_TEST_DATABASE_URL is not set; scripts/test.sh starts a throwaway cluster)")
            return nil
        }
        let name = "e2e_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        let created = try run("/usr/bin/env", ["psql", url, "-v", "ON_ERROR_STOP=1", "-q", "-c", "CREATE DATABASE \(name)"])
        guard created.status == 0 else { throw HarnessError("CREATE DATABASE failed: \(created.stderr)") }
        guard var components = URLComponents(string: url) else { throw HarnessError("bad TRIBUTARY_TEST_DATABASE_URL") }
        components.path = "/" + name
        return components.string!
    }
}

/// Tests/Support/round-robin-proxy.py in front of several servers: each connection to the next one in turn, the
/// next after that when one refuses (no sticky sessions, failover like a reverse proxy's).
final class RoundRobinProxy: @unchecked Sendable {
    let process = Process()
    let port: Int
    let logPath: String
    var url: String { "http://127.0.0.1:\(port)" }

    init(folder: TempFolder, backends: [Int]) throws {
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Support/round-robin-proxy.py").path
        logPath = folder.file("proxy-\(UUID().uuidString).log")
        FileManager.default.createFile(atPath: logPath, contents: nil)
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script] + backends.map(String.init)
        let out = Pipe()
        process.standardOutput = out
        process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: logPath))
        try process.run()
        var line = Data()
        let deadline = Date().addingTimeInterval(20)
        while Date() < deadline, !line.contains(UInt8(ascii: "\n")) {
            let chunk = out.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            line.append(chunk)
        }
        guard let port = Int(String(decoding: line, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)) else {
            process.terminate()
            throw HarnessError("the proxy did not start: \((try? String(contentsOfFile: logPath, encoding: .utf8)) ?? "")")
        }
        self.port = port
    }

    /// The backend port of every connection so far, in order.
    var connections: [String] {
        ((try? String(contentsOfFile: logPath, encoding: .utf8)) ?? "").split(separator: "\n").compactMap { line in
            line.split(separator: " ").last.map(String.init)
        }
    }

    deinit {
        // SIGKILL: nothing to flush, and an asyncio loop in a shimmed interpreter may outlive a SIGTERM.
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }
}

extension ClientReplica {
    /// A replica of `user` of `office`, attached to `url` with `token`.
    static func of(_ folder: TempFolder, _ name: String, user: String, office: String, officeName: String, parent: String?,
                   url: String, token: String) throws -> ClientReplica {
        let replica = ClientReplica(folder, name)
        try replica.t(["init", "--office", office, "--name", officeName, "--user", user] + (parent.map { ["--parent", $0] } ?? ["--level", "city"]))
        try replica.attach(url, token: token)
        return replica
    }
}
