import Foundation
import Testing
import Shared
import SharedStore
@testable import ServerApp

/// The bootstrap read by pages, against every store: the pages together are the one-page start, in order, whatever
/// the page size; every page reads up to the first page's end, so a push between two pages stays out of the start
/// (and comes with the first pull); a forged query is refused.
extension ServerStoreContract {
    /// Pushes a plan, a superseded heading, a body conflict with its base, and another county's plan.
    private func populate(_ f: ServerFixture) async throws -> (headingStamp: Stamp, bodyBase: Change) {
        let base = f.planChanges("zhaozhou-editor", office: "zhaozhou", plan: "p1", section: "s1")
        _ = try await f.push("zhaozhou-editor", base)
        let edit = f.change("zhaozhou-editor", .section, "s1", plan: "p1", office: "zhaozhou", "heading", "主要目标任务", offset: 10, replaces: [base[3].stamp])
        let body0 = f.change("zhaozhou-editor", .section, "s1", plan: "p1", office: "zhaozhou", "body", "原文。", offset: 30)
        let bodyA = f.change("zhaozhou-editor", .section, "s1", plan: "p1", office: "zhaozhou", "body", "甲改。", offset: 40, replaces: [body0.stamp])
        var bodyB = f.change("zhaozhou-editor", .section, "s1", plan: "p1", office: "zhaozhou", "body", "乙改。", offset: 41, replaces: [body0.stamp])
        bodyB.stamp.replica = "zhaozhou-editor-r"
        #expect(try await f.push("zhaozhou-editor", [edit, body0, bodyA, bodyB]).refusal == nil)
        _ = try await f.push("zhaoyuan-editor", f.planChanges("zhaoyuan-editor", office: "zhaoyuan", plan: "p2", section: "s2"))
        let more = f.planChanges("zhaozhou-editor", office: "zhaozhou", plan: "p3", section: "s3", start: 20)
        #expect(try await f.push("zhaozhou-editor", more).refusal == nil)
        return (edit.stamp, body0)
    }

    /// Reads every page of a start with `limit`, checking each page's size and cursor.
    private func readPages(_ store: any ServerStore, offices: Set<String>, limit: Int,
                           between: (() async throws -> Void)? = nil) async throws -> (changes: [Change], cursor: Int64, pages: Int) {
        var page = try await store.bootstrap(offices: offices, after: 0, end: nil, limit: limit)
        let end = page.cursor
        var changes = page.changes
        var pages = 1
        try await between?()
        while let next = page.next {
            #expect(page.changes.count == limit, "only the last page is short")
            page = try await store.bootstrap(offices: offices, after: next, end: end, limit: limit)
            #expect(page.cursor == end)
            changes += page.changes
            pages += 1
            #expect(pages < 100)
            if pages >= 100 { break }
        }
        #expect(page.changes.count <= limit)
        return (changes, end, pages)
    }

    @Test(arguments: stores) func bootstrapPagesMakeTheWholeStart(_ name: String) async throws {
        let f = try await fixture(name)
        _ = try await populate(f)
        let offices: Set<String> = ["zhaozhou", "daqing"]
        let whole = try await f.store.bootstrap(offices: offices)
        #expect(whole.next == nil)
        // p1: four current versions (the edited heading for the superseded one) and the body's base and two contenders; p3: four.
        #expect(whole.changes.count == 11)
        for limit in [1, 2, 3, 5, whole.changes.count - 1, whole.changes.count, whole.changes.count + 1] {
            let read = try await readPages(f.store, offices: offices, limit: limit)
            #expect(read.changes == whole.changes, "limit \(limit)")
            #expect(read.cursor == whole.cursor)
            let pages: Int = max(1, (whole.changes.count + limit - 1) / limit)
            #expect(read.pages == pages, "limit \(limit)")
        }
        #expect(try await f.store.bootstrap(offices: ["harbin"], after: 0, end: nil, limit: 2).changes.isEmpty)
    }

    @Test(arguments: stores) func aPushBetweenPagesStaysOutOfTheStart(_ name: String) async throws {
        let f = try await fixture(name)
        let (headingStamp, _) = try await populate(f)
        let offices: Set<String> = ["zhaozhou"]
        let before = try await f.store.bootstrap(offices: offices)
        // Between the first and the second page, the heading (current in the start) is replaced, and a new plan arrives.
        let later = f.change("zhaozhou-editor", .section, "s1", plan: "p1", office: "zhaozhou", "heading", "目标（再改）", offset: 90,
                             replaces: [headingStamp])
        let read = try await readPages(f.store, offices: offices, limit: 2) {
            let outcome = try await f.push("zhaozhou-editor", [later])
            #expect(outcome.refusal == nil)
        }
        #expect(read.cursor == before.cursor, "every page reads up to the first page's end")
        #expect(!read.changes.contains { $0.stamp == later.stamp }, "what arrived after the end is pulled, not bootstrapped")
        #expect(Set(read.changes.map(\.stamp)).isSubset(of: Set(before.changes.map(\.stamp))))
        // A replica built from these pages and the pull after their cursor holds what one built now would.
        var replica = MemoryChangeLog()
        _ = try replica.apply(read.changes)
        let pulled = try await f.store.pull(after: read.cursor, limit: 100, offices: offices)
        #expect(pulled.changes.map(\.stamp) == [later.stamp])
        _ = try replica.apply(pulled.changes)
        var fresh = MemoryChangeLog()
        _ = try fresh.apply(try await f.store.bootstrap(offices: offices).changes)
        #expect(try replica.state(of: "s1") == fresh.state(of: "s1"))
        #expect(try replica.conflicts(plan: nil) == fresh.conflicts(plan: nil))
    }

    @Test(arguments: stores) func aForgedEndIsRefused(_ name: String) async throws {
        let f = try await fixture(name)
        _ = try await populate(f)
        let end = try await f.store.bootstrap(offices: ["zhaozhou"]).cursor
        await #expect(throws: APIError.self) {
            _ = try await f.store.bootstrap(offices: ["zhaozhou"], after: 0, end: end + 1, limit: 2)
        }
        #expect(try await f.store.bootstrap(offices: ["zhaozhou"], after: end, end: end, limit: 2).changes.isEmpty)
    }
}
