import Foundation
import Testing
import Shared
@testable import SharedStore

/// What `exchange` takes from another replica's file goes through `ChangeVetting` in its exchange mode. Random
/// histories of honest edits pass; the same edits with their `replaces` or `observed` pointed at another field or
/// entity, or at a later version, or with poisoned text, never do, and so never change what the receiver shows.
struct ExchangeVettingProperties {
    static let now: Int64 = 1_800_000_000_000
    static let fields = ["heading", "body"]
    static let entities = ["s1", "s2", "s3"]

    func vet(_ log: MemoryChangeLog, _ change: Change) throws -> RuleViolation? {
        var vetting = ChangeVetting(log: log, writer: .exchange, registry: [], nowMs: Self.now, drift: nil)
        return try vetting.violation(for: change)
    }

    @Test func forgedReferencesNeverPassAndHonestOnesDo() throws {
        var random = SeededRandom(seed: ProcessInfo.processInfo.environment["PROPERTY_SEED"].flatMap(UInt64.init) ?? 11)
        for _ in 0..<200 {
            var log = MemoryChangeLog()
            var ms = Self.now - 100_000
            let plan = Change(stamp: Stamp(ms: ms, counter: 0, replica: "ra"), kind: .plan, entity: "p1", plan: "p1",
                              office: "zhaozhou", field: "title", value: "计划", author: "甲")
            #expect(try vet(log, plan) == nil)
            _ = try log.apply([plan])
            // An honest history: each edit replaces the heads of its own field.
            for _ in 0..<Int.random(in: 3...12, using: &random) {
                ms += Int64.random(in: 1...1_000, using: &random)
                let entity = Self.entities.randomElement(using: &random)!, field = Self.fields.randomElement(using: &random)!
                let heads = try log.heads(entity: entity, field: field).map(\.stamp)
                let change = Change(stamp: Stamp(ms: ms, counter: 0, replica: ["ra", "rb"].randomElement(using: &random)!),
                                    kind: .section, entity: entity, plan: "p1", office: "zhaozhou", field: field,
                                    value: "第\(ms)版", replaces: Bool.random(using: &random) ? heads : [], author: "甲")
                #expect(try vet(log, change) == nil, "honest: \(change)")
                _ = try log.apply([change])
            }
            // A forgery: an edit of one field naming versions of another field or entity, or a later version.
            let all = try Self.entities.flatMap { e in try Self.fields.flatMap { f in try log.history(entity: e, field: f) } }
            guard let victim = all.randomElement(using: &random) else { continue }
            let target = Self.entities.randomElement(using: &random)!
            let field = Self.fields.first { target != victim.entity || $0 != victim.field }!
            ms += 1
            var forged = Change(stamp: Stamp(ms: ms, counter: 0, replica: "rx"), kind: .section, entity: target, plan: "p1",
                                office: "zhaozhou", field: field, value: "伪", replaces: [victim.stamp], author: "乙")
            switch Int.random(in: 0..<4, using: &random) {
            case 0: break
            case 1:  // a version of its own field, but from the future
                forged.replaces = [Stamp(ms: ms + 1, counter: 0, replica: "ra")]
                forged.field = victim.field
                forged.entity = victim.entity
            case 2:  // observed on an edit
                forged.replaces = []
                forged.observed = [victim.stamp]
            default:  // poisoned text in an otherwise honest change
                forged.replaces = []
                forged.value = "伪\u{0}造"
            }
            let before = try log.states(plan: "p1")
            #expect(try vet(log, forged) != nil, "forged: \(forged)")
            #expect(try log.states(plan: "p1") == before)
        }
    }
}
