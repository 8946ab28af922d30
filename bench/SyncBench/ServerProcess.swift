import Foundation

/// The real `tributary-server`, started on 127.0.0.1 with a free port, and its admin commands.
final class ServerProcess: @unchecked Sendable {
    let binary: String
    let data: String
    private(set) var process: Process?
    private(set) var url = ""

    init(binary: String, data: String) {
        self.binary = binary
        self.data = data
    }

    @discardableResult
    func admin(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments + ["--data", data]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let output = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw BenchError("tributary-server \(arguments.joined(separator: " ")) failed (\(process.terminationStatus))")
        }
        return String(decoding: output, as: UTF8.self)
    }

    func start() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = ["serve", "--data", data, "--host", "127.0.0.1", "--port", "0", "--log-level", "warning"]
        let err = Pipe()
        process.standardError = err
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        self.process = process
        var seen = ""
        let deadline = Date().addingTimeInterval(30)
        while Date() < deadline {
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
        throw BenchError("the server did not start: \(seen)")
    }

    /// Peak resident memory (VmHWM) in KiB, read before stopping.
    func peakMemoryKiB() -> Int? {
        guard let pid = process?.processIdentifier else { return nil }
        return peakMemory(path: "/proc/\(pid)/status")
    }

    func stop() {
        process?.terminate()
        process?.waitUntilExit()
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
