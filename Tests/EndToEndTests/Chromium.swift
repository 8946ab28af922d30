import Foundation

/// Headless Chromium from the system packages (`scripts/install-deps.sh` installs `chromium`), driven from its command
/// line: `--dump-dom` to read the page after its scripts ran, `--screenshot`, `--print-to-pdf`. Background networking
/// is switched off so the browser itself fetches nothing while a report is checked for fetching nothing.
struct Chromium {
    let path: String
    let profile: String

    /// The first browser binary on PATH that starts, nil when none does.
    static let installed: String? = {
        let names = ["chromium", "chromium-browser", "google-chrome"]
        let dirs = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":").map(String.init)
        for name in names {
            for dir in dirs {
                let candidate = (dir as NSString).appendingPathComponent(name)
                guard FileManager.default.isExecutableFile(atPath: candidate) else { continue }
                if let result = try? run(candidate, ["--headless", "--no-sandbox", "--version"]), result.status == 0 { return candidate }
            }
        }
        return nil
    }()

    /// CI installs the browser, so there a missing one is a failure rather than a skip.
    static var required: Bool { ProcessInfo.processInfo.environment["CI"] == "true" }

    init?(folder: TempFolder) {
        guard let path = Self.installed else { return nil }
        self.path = path
        profile = folder.file("chromium-profile")
    }

    var common: [String] {
        ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--user-data-dir=\(profile)",
         "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-default-apps", "--disable-extensions", "--hide-scrollbars", "--lang=zh-CN"]
    }

    func browse(_ arguments: [String], _ file: String) throws -> ProcessResult {
        let result = try run(path, common + arguments + [URL(fileURLWithPath: file).absoluteString])
        guard result.status == 0 else { throw HarnessError("chromium \(arguments) exited \(result.status): \(result.stderr.suffix(2000))") }
        return result
    }

    /// The DOM after the page's scripts ran, at a window `width` pixels wide.
    func dumpDOM(_ file: String, width: Int, height: Int = 1000) throws -> String {
        try browse(["--window-size=\(width),\(height)", "--dump-dom"], file).stdout
    }

    func screenshot(_ file: String, to png: String, width: Int, height: Int) throws {
        _ = try browse(["--window-size=\(width),\(height)", "--screenshot=\(png)"], file)
    }

    func printToPDF(_ file: String, to pdf: String) throws {
        _ = try browse(["--no-pdf-header-footer", "--print-to-pdf=\(pdf)"], file)
    }
}

/// A PNG's size from its header.
func pngSize(_ path: String) throws -> (width: Int, height: Int) {
    let data = try Data(contentsOf: URL(fileURLWithPath: path))
    guard data.count > 24, data.prefix(8) == Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) else { throw HarnessError("\(path) is not a PNG") }
    func int(_ at: Int) -> Int { data[at..<at + 4].reduce(0) { $0 << 8 | Int($1) } }
    return (int(16), int(20))
}

/// The first executable of that name on PATH.
func which(_ name: String) -> String? {
    for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
        let candidate = (String(dir) as NSString).appendingPathComponent(name)
        if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
    }
    return nil
}
