import Foundation

/// The real `tributary-server`, started on 127.0.0.1 with a free port, and its admin commands, on either store:
/// the embedded SQLite store in a data folder, or a PostgreSQL database that several of these processes share.
final class ServerProcess: @unchecked Sendable {
    let binary: String
    /// The store options every command of this server gets: `--data FOLDER` or `--database URL`.
    let store: [String]
    private(set) var process: Process?
    private(set) var url = ""

    init(binary: String, data: String) {
        self.binary = binary
        store = ["--data", data]
    }

    init(binary: String, database: String) {
        self.binary = binary
        store = ["--database", database]
    }

    @discardableResult
    func admin(_ arguments: [String]) throws -> String {
        try runTool(binary, arguments + store)
    }

    /// Starts `serve` and waits (at most `timeout` seconds) for its "listening on" line. A server that has not
    /// printed it by then is killed, which ends the wait with the error rather than a hang.
    func start(timeout: TimeInterval = 60) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = ["serve"] + store + ["--host", "127.0.0.1", "--port", "0", "--log-level", "warning"]
        let err = Pipe()
        process.standardError = err
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        self.process = process
        let watchdog = Watchdog(pid: process.processIdentifier, after: timeout)
        defer { watchdog.cancel() }
        var seen = ""
        // Each read returns some output or, once the process has ended (or the watchdog killed it), nothing.
        for _ in 0..<10_000 {
            let chunk = err.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            seen += String(decoding: chunk, as: UTF8.self)
            if let range = seen.range(of: "listening on ") {
                let rest = seen[range.upperBound...]
                if let end = rest.firstIndex(where: { $0 == "\n" || $0 == " " }) {
                    url = String(rest[..<end])
                    // Keep draining stderr so the server never blocks on a full pipe.
                    Thread.detachNewThread { while !err.fileHandleForReading.availableData.isEmpty {} }
                    return
                }
            }
        }
        throw BenchError("the server (\(store.joined(separator: " "))) did not start within \(Int(timeout)) s: \(seen)")
    }

    /// Peak resident memory (VmHWM) in KiB, read before stopping.
    func peakMemoryKiB() -> Int? {
        guard let process, process.isRunning else { return nil }
        return peakMemory(path: "/proc/\(process.processIdentifier)/status")
    }

    /// SIGTERM, and SIGKILL if the server is still there 10 seconds later.
    func stop() {
        guard let process, process.isRunning else { return }
        process.terminate()
        let deadline = Date().addingTimeInterval(10)
        while process.isRunning && Date() < deadline { usleep(50_000) }
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
    }
}

/// Kills a process with SIGKILL unless cancelled within the given seconds: the bound on every child the bench waits for.
final class Watchdog: @unchecked Sendable {
    private let lock = NSLock()
    private var armed = true

    init(pid: Int32, after seconds: TimeInterval) {
        DispatchQueue.global().asyncAfter(deadline: .now() + seconds) { [self] in
            // Checked and fired under the lock, so a cancelled watchdog never hits a later process that reused the pid.
            lock.withLock { if armed { kill(pid, SIGKILL) } }
        }
    }

    func cancel() { lock.withLock { armed = false } }
}

/// Runs a command to its end and returns its standard output; killed after `timeout` seconds, so that an admin
/// command or psql that cannot reach its database fails the run instead of hanging it.
@discardableResult
func runTool(_ executable: String, _ arguments: [String], timeout: TimeInterval = 120) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let watchdog = Watchdog(pid: process.processIdentifier, after: timeout)
    // Standard error on its own thread, so that neither pipe can fill up and stall the command.
    let errors = Captured()
    let reader = Thread { errors.set(err.fileHandleForReading.readDataToEndOfFile()) }
    reader.start()
    let output = out.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    watchdog.cancel()
    let message = errors.wait(seconds: 10)
    guard process.terminationStatus == 0 else {
        let shown = arguments.map { $0.hasPrefix("postgres") ? "postgres://…" : $0 }.joined(separator: " ")
        throw BenchError("\(URL(fileURLWithPath: executable).lastPathComponent) \(shown) failed (\(process.terminationStatus)): \(message)")
    }
    return String(decoding: output, as: UTF8.self)
}

/// The standard error one reader thread collects.
final class Captured: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var data = Data()
    func set(_ data: Data) {
        self.data = data
        done.signal()
    }
    func wait(seconds: TimeInterval) -> String {
        guard done.wait(timeout: .now() + seconds) == .success else { return "" }
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

func peakMemory(path: String = "/proc/self/status") -> Int? {
    guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return nil }
    for line in text.split(separator: "\n") where line.hasPrefix("VmHWM:") {
        return Int(line.split(separator: " ").dropFirst().first ?? "")
    }
    return nil
}

struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
