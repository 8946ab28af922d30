import Foundation
import Testing
import Shared
import SharedStore
@testable import ServerApp

/// The horizon over HTTP: a pull from a cursor below it is a 410 with a JSON error in words (never a page that
/// silently skips what compaction removed), a pull from the horizon on and a bootstrap still answer.
extension HTTPProtocolTests {
    @Test func aPullBelowTheHorizonIsGoneInWords() async throws {
        let batch = planBatch()
        #expect(try await fixture.push("zhaozhou-editor", batch).refusal == nil)
        let title2 = fixture.change("zhaozhou-editor", .plan, "p1", plan: "p1", office: "zhaozhou", "title", "二稿", counter: 10,
                                    replaces: [batch[0].stamp])
        #expect(try await fixture.push("zhaozhou-editor", [title2]).refusal == nil)
        let report = try await fixture.store.compact(olderThanMs: fixture.clock.nowMs(), dryRun: false)
        #expect(report.changesRemoved == 1 && report.horizon == 1)

        let gone = try await call(.get, "/v1/changes?after=0")
        #expect(gone.status == 410)
        #expect(gone.error?.code == .horizonPassed)
        #expect(gone.error?.message.contains("horizon") == true && gone.error?.message.contains("nothing made offline is lost") == true,
                "\(String(decoding: gone.body, as: UTF8.self))")
        let page = try await call(.get, "/v1/changes?after=1")
        #expect(page.status == 200)
        #expect(try page.decode(PullResponse.self).changes.count == 4)
        let bootstrap = try await call(.get, "/v1/bootstrap")
        #expect(bootstrap.status == 200)
        #expect(try bootstrap.decode(BootstrapResponse.self).cursor == 5)
    }
}
