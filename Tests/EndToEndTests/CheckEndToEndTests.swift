import Foundation
import Testing

/// `tributary check` and damaged files, through the real binary: a sound replica passes; a file whose pages a disk
/// damaged is reported, and every read on it says so instead of answering; a file whose materialised values were
/// altered behind the model's back is caught by recomputing them from the history.
struct CheckEndToEndTests {
    /// The everyday county replica, with enough tasks that its file has pages to damage.
    func county(_ folder: TempFolder) throws -> (ClientReplica, indicator: String) {
        let (replica, plan, section, indicator, _) = try EverydayCLITests().county(folder)
        for i in 0..<40 { _ = try replica.out("add", "task", "--plan", plan, "--section", section, "--title", "任务\(i)") }
        return (replica, indicator)
    }

    @Test func aSoundReplicaPassesAndAnAlteredValueIsCaught() throws {
        let folder = TempFolder()
        let (replica, indicator) = try county(folder)
        let sound = try replica.t(["check"])
        #expect(sound.stdout.contains("未发现问题"), "\(sound.stdout)")
        let json = try replica.json("check") as? [String: Any]
        #expect((json?["problems"] as? [Any])?.isEmpty == true && (json?["changes"] as? Int ?? 0) > 40)

        // Someone edits the shown value with an SQLite tool: the history says otherwise.
        let altered = try run("/usr/bin/env", ["sqlite3", replica.db,
                                               "UPDATE field_value SET value = '99' WHERE entity = '\(indicator)' AND field = 'value'"])
        #expect(altered.status == 0, "\(altered.stderr)")
        let caught = try replica.t(["check"], expect: 1)
        #expect(caught.stdout.contains("字段显示的值不是合并规则选出的胜者") && caught.stdout.contains("\(indicator).value"), "\(caught.stdout)")
        let english = try ClientReplica(folder, "zhaozhou", english: true).t(["check"], expect: 1)
        #expect(english.stdout.contains("merge rule's winner") && !english.stdout.contains("合并规则"), "\(english.stdout)")
    }

    @Test func aDamagedFileIsSaidOnEveryRead() throws {
        let folder = TempFolder()
        let (replica, _) = try county(folder)
        _ = try run("/usr/bin/env", ["sqlite3", replica.db, "PRAGMA wal_checkpoint(TRUNCATE)"])
        // A disk fault: every page after the first two overwritten with noise (the header still says SQLite).
        let handle = try FileHandle(forUpdating: URL(fileURLWithPath: replica.db))
        let size = try handle.seekToEnd()
        #expect(size > 4096 * 4)
        var random = SystemRandomNumberGenerator()
        try handle.seek(toOffset: 4096 * 2)
        try handle.write(contentsOf: Data((0..<Int(size) - 4096 * 2).map { _ in UInt8.random(in: 0...255, using: &random) }))
        try handle.close()
        let damaged = try Data(contentsOf: URL(fileURLWithPath: replica.db))

        for command in [["status"], ["show"], ["check"]] {
            let result = try replica.t(command, expect: nil)
            #expect(result.status != 0, "\(command) answered from a damaged file: \(result.stdout)")
            let said = result.stderr + result.stdout
            #expect(said.contains("损坏") || said.contains("无法读取") || said.contains("完整性检查失败"), "\(command): \(said)")
            #expect(!said.contains("SQLite error"), "\(command) shows a raw SQLite error: \(said)")
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: replica.db)) == damaged, "nothing repaired behind the person's back")
    }
}
