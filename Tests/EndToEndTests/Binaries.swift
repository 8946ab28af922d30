import Foundation

/// Runs the real `tributary` and `tributary-server` binaries that `swift build` put next to the test bundle.
enum Binaries {
    static let directory: URL = {
        // The test runner lives in the build products folder (…/debug/TributaryPackageTests.xctest on Linux).
        var url = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<4 {
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("tributary").path) { return url }
            url = url.deletingLastPathComponent()
        }
        let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return packageRoot.appendingPathComponent(".build/debug")
    }()

    static var client: String { directory.appendingPathComponent("tributary").path }
    static var server: String { directory.appendingPathComponent("tributary-server").path }
}

struct ProcessResult {
    var status: Int32
    var stdout: String
    var stderr: String
}

/// Runs a program to completion with a clean, Chinese-by-default environment plus `environment`.
@discardableResult
func run(_ executable: String, _ arguments: [String], environment: [String: String] = [:], stdin: String? = nil,
         directory: String? = nil) throws -> ProcessResult {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    var env = ProcessInfo.processInfo.environment
    for key in ["LANG", "LC_ALL", "LC_MESSAGES", "TRIBUTARY_DB", "TRIBUTARY_TOKEN", "NO_COLOR"] { env[key] = nil }
    env.merge(environment) { _, new in new }
    // Tokens are saved under $XDG_CONFIG_HOME: never let a test write into the real home.
    if environment["XDG_CONFIG_HOME"] == nil { env["XDG_CONFIG_HOME"] = scratchConfigHome }
    process.environment = env
    if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
    let out = Pipe(), err = Pipe(), input = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = input
    try process.run()
    if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
    try input.fileHandleForWriting.close()
    // Read both pipes while the process runs so a full pipe never blocks it.
    let group = DispatchGroup()
    nonisolated(unsafe) var outData = Data(), errData = Data()
    group.enter()
    DispatchQueue.global().async { outData = out.fileHandleForReading.readDataToEndOfFile(); group.leave() }
    group.enter()
    DispatchQueue.global().async { errData = err.fileHandleForReading.readDataToEndOfFile(); group.leave() }
    process.waitUntilExit()
    group.wait()
    return ProcessResult(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                         stderr: String(decoding: errData, as: UTF8.self))
}

/// The config folder of test runs that name none (ClientReplica names its own, per test folder).
let scratchConfigHome: String = {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("tributary-e2e-config-\(getpid())").path
    try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}()

/// A scratch folder removed at the end of the test.
final class TempFolder: @unchecked Sendable {
    let path: String
    init() {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("tributary-e2e-" + UUID().uuidString).path
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }
    func file(_ name: String) -> String { (path as NSString).appendingPathComponent(name) }
    deinit { try? FileManager.default.removeItem(atPath: path) }
}
