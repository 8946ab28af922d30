import Foundation
import Testing
import Shared
import SharedStore
@testable import ServerApp

/// Random forged batches from every role thrown at the push path of both stores. Whatever is accepted must be
/// something the writer was entitled to write, and no value another office owns, nor any version of a field the
/// batch did not write, may change. The oracle is written here independently of `ChangeVetting`.
///
/// PROPERTY_SCHEDULES scales the number of batches (default 1000 → 400 per store); PROPERTY_SEED replays one seed.
struct ForgedChangeProperties {
    static var batches: Int { max(20, (Int(ProcessInfo.processInfo.environment["PROPERTY_SCHEDULES"] ?? "") ?? 1000) * 2 / 5) }
    static var seed: UInt64 { ProcessInfo.processInfo.environment["PROPERTY_SEED"].flatMap(UInt64.init) ?? 20261202 }

    @Test(arguments: ["memory", "sqlite"]) func forgedBatchesNeverChangeWhatTheWriterDoesNotOwn(_ name: String) async throws {
        let f = try await ServerFixture(store: try await makeStore(name))
        try await seed(f)
        var random = SeededRandom(seed: Self.seed)
        let users = ServerFixture.users.map(\.0)
        var accepted = 0
        for round in 0..<(name == "memory" ? Self.batches : Self.batches / 2) {
            f.clock.advance(by: 10)
            let before = try await stored(f)
            let user = users.randomElement(using: &random)!
            let batch = (0..<[1, 1, 1, 2, 3].randomElement(using: &random)!).map { i in forge(f, user, before, counter: Int32(i), &random) }
            let outcome = try await f.push(user, batch)
            let after = try await stored(f)
            let note = Comment(rawValue: "seed \(Self.seed) round \(round): \(user) pushed \(batch)")
            if ProcessInfo.processInfo.environment["FORGED_DEBUG"] != nil { print(name, outcome.refusal?.message ?? "accepted") }
            guard outcome.refusal == nil else {
                #expect(after.changes == before.changes, "a refused batch stores nothing; \(note)")
                continue
            }
            accepted += 1
            let principal = f.principals[user]!
            for change in batch {
                #expect(change.author == user && change.stamp.replica == "\(user)-r", note)
                #expect(AccessPolicy.writeProblem(change, by: principal, officeOfChange: ServerFixture.offices.first { $0.id == change.office }) == nil, note)
                for replaced in change.replaces {
                    let known = before.byStamp[replaced] ?? batch.first { $0.stamp == replaced }
                    #expect(known?.entity == change.entity && known?.field == change.field && replaced < change.stamp, note)
                }
                #expect(change.observed.isEmpty || change.isTombstone, note)
                for text in [change.value ?? "", change.entity, change.author] {
                    #expect(!text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" && $0 != "\t" }, note)
                }
            }
            // Only the fields the batch wrote changed their heads; no other office's value moved.
            let written = Set(batch.map { "\($0.entity)·\($0.field)" })
            for (key, heads) in before.heads where !written.contains(key) {
                #expect(after.heads[key] == heads, "\(key) changed although the batch did not write it; \(note)")
            }
            for (key, value) in before.values where !written.contains(key) {
                #expect(after.values[key] == value, note)
            }
        }
        #expect(accepted > 0, "the generator also produces honest batches")
    }

    struct Stored {
        var changes: [Change]
        var byStamp: [Stamp: Change]
        var heads: [String: Set<Stamp>]
        var values: [String: String?]
    }

    func stored(_ f: ServerFixture) async throws -> Stored {
        let changes = try await f.store.pull(after: 0, limit: 5_000, offices: Set(ServerFixture.offices.map(\.id))).changes
        var log = MemoryChangeLog()
        _ = try log.apply(changes)
        var heads: [String: Set<Stamp>] = [:], values: [String: String?] = [:]
        for change in changes {
            let key = "\(change.entity)·\(change.field)"
            if heads[key] == nil {
                let versions = try log.heads(entity: change.entity, field: change.field)
                heads[key] = Set(versions.map(\.stamp))
                values[key] = MergeRule.decide(heads: versions)?.winner.value
            }
        }
        return Stored(changes: changes, byStamp: Dictionary(uniqueKeysWithValues: changes.map { ($0.stamp, $0) }), heads: heads, values: values)
    }

    func seed(_ f: ServerFixture) async throws {
        var county = f.planChanges("zhaozhou-editor", office: "zhaozhou", plan: "cp", section: "cs")
        county.append(f.change("zhaozhou-editor", .task, "ct", plan: "cp", office: "zhaozhou", "title", "迎检", counter: 5))
        county.append(f.change("zhaozhou-editor", .submission, "sub1", plan: "cp", office: "zhaozhou", "snapshot",
                               ServerFixture.snapshot(plan: "cp", office: "zhaozhou"), counter: 6))
        county.append(f.change("zhaozhou-editor", .submission, "sub1", plan: "cp", office: "zhaozhou", "status", "submitted", counter: 7))
        #expect(try await f.push("zhaozhou-editor", county).refusal == nil)
        #expect(try await f.push("zhaoyuan-editor", f.planChanges("zhaoyuan-editor", office: "zhaoyuan", plan: "yp", section: "ys")).refusal == nil)
        let city = [
            f.change("daqing-reviewer", .plan, "dp", plan: "dp", office: "daqing", "title", "大庆市规划"),
            f.change("daqing-reviewer", .indicator, "ci", plan: "dp", office: "daqing", "value", "97", counter: 1),
            f.change("daqing-reviewer", .comment, "cc", plan: "cp", office: "zhaozhou", Comments.byOffice, "daqing", counter: 2),
            f.change("daqing-reviewer", .comment, "cc", plan: "cp", office: "zhaozhou", "body", "指标偏低", counter: 3),
        ]
        #expect(try await f.push("daqing-reviewer", city).refusal == nil)
        f.clock.advance(by: 1_000)
    }

    /// A change somewhere between honest and malicious: a real or invented target, any field, a plausible or poisoned
    /// value, and replaces/observed drawn from every stamp the store holds, the future, or nothing.
    func forge(_ f: ServerFixture, _ user: String, _ stored: Stored, counter: Int32, _ random: inout SeededRandom) -> Change {
        let targets: [(EntityKind, String, String, String)] = [
            (.section, "cs", "cp", "zhaozhou"), (.task, "ct", "cp", "zhaozhou"), (.submission, "sub1", "cp", "zhaozhou"),
            (.comment, "cc", "cp", "zhaozhou"), (.plan, "cp", "cp", "zhaozhou"), (.section, "ys", "yp", "zhaoyuan"),
            (.indicator, "ci", "dp", "daqing"), (.plan, "dp", "dp", "daqing"), (.submission, "subX", "cp", "zhaozhou"),
            (.comment, "cX\(Int.random(in: 0...3, using: &random))", "cp", "zhaozhou"), (.task, "tX", "yp", "zhaoyuan"),
            (.task, "ct", "dp", "daqing"),
        ]
        let (kind, entity, plan, office) = targets.randomElement(using: &random)!
        let fields = Schema.fields(of: kind).map(\.name) + ["bogus"]
        let field = fields.randomElement(using: &random)!
        let values: [String?] = [
            nil, "正文", "97", "accepted", "returned", "submitted", Fields.yes, Fields.no, "ab\u{0}cd", "\u{202E}x", "line\nbreak",
            "zhaozhou", "daqing", "/m", "cs/n", ServerFixture.snapshot(plan: "cp", office: "zhaozhou"), "{}",
        ]
        let all = Array(stored.byStamp.keys)
        let sameField = all.filter { stored.byStamp[$0]!.entity == entity && stored.byStamp[$0]!.field == field }
        let future = Stamp(ms: f.clock.nowMs() + 5_000, counter: 0, replica: "daqing-reviewer-r")
        let replacesChoices: [[Stamp]] = [[], sameField, Array(all.shuffled(using: &random).prefix(3)), [future], sameField + [future]]
        var change = Change(
            stamp: Stamp(ms: f.clock.nowMs() + [0, 0, 0, 20 * 60_000, -f.clock.nowMs() + 1_000].randomElement(using: &random)!,
                         counter: counter, replica: Bool.random(using: &random) || Bool.random(using: &random) ? "\(user)-r" : "zhaoyuan-editor-r"),
            kind: kind, entity: entity, plan: plan, office: office, field: field, value: values.randomElement(using: &random)!,
            replaces: replacesChoices.randomElement(using: &random)!,
            author: [user, user, user, "zhaoyuan-editor", "\(user)\nforged"].randomElement(using: &random)!)
        if Bool.random(using: &random) {
            // Honest in everything but (perhaps) its target, field and value: the writer's own identity and clock, and
            // the field's current heads as what it replaces.
            change.stamp = Stamp(ms: f.clock.nowMs(), counter: counter, replica: "\(user)-r")
            change.author = user
            change.replaces = sameField.filter { stored.heads["\(entity)·\(field)"]?.contains($0) == true }
            return change
        }
        if Int.random(in: 0..<6, using: &random) == 0 {
            change.observed = Array(all.shuffled(using: &random).prefix(2))
        }
        if Int.random(in: 0..<6, using: &random) == 0 {
            change.resolution = ResolutionKind.allCases.randomElement(using: &random)
        }
        return change
    }
}
