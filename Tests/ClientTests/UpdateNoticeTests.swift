import Foundation
import Testing
import Shared
@testable import ClientCore

/// A server's update notice comes with every answer; its user reads it once per replica, and again only when the
/// server says something new (a later release).
struct UpdateNoticeTests {
    @Test func aNoticeIsShownOncePerReplicaAndANewOneOnceAgain() throws {
        let scratch = Scratch()
        let replica = try Replica.create(at: scratch.path("a.db"), office: county, user: "王芳")
        #expect(try replica.firstSight(ofUpdateNotice: "tributary protocol 3 is available"))
        #expect(try !replica.firstSight(ofUpdateNotice: "tributary protocol 3 is available"))
        #expect(try replica.firstSight(ofUpdateNotice: "tributary protocol 4 is available"))
        // Remembered in the replica file: another process (the next sync) does not show it again.
        let reopened = try Replica.open(at: scratch.path("a.db"))
        #expect(try !reopened.firstSight(ofUpdateNotice: "tributary protocol 4 is available"))
    }

    @Test func theConnectionKeepsTheServersLastNotice() {
        let notices = ServerNotices()
        #expect(notices.update == nil)
        notices.record(update: "a")
        notices.record(update: "b")
        #expect(notices.update == "b")
    }
}
