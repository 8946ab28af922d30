import Foundation
import Shared
@testable import ClientCore

/// A scratch folder for replica files: in /dev/shm when the machine has it (no fsync cost), else the temp dir.
final class Scratch: @unchecked Sendable {
    let url: URL
    init() {
        let base = FileManager.default.fileExists(atPath: "/dev/shm") ? URL(fileURLWithPath: "/dev/shm")
            : FileManager.default.temporaryDirectory
        url = base.appendingPathComponent("tributary-test-" + UUID().uuidString)
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }
    func path(_ name: String) -> String { url.appendingPathComponent(name).path }
    deinit { try? FileManager.default.removeItem(at: url) }
}

let county = Office(id: "zhaozhou", name: "肇州县教育局", level: .county, parent: "daqing")
