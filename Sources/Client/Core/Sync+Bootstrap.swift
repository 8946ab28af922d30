import Foundation
import Shared

/// The start of a new replica (or of one away longer than the server keeps history), read page by page.
extension Syncer {
    /// What a bootstrap brought.
    public struct Start: Sendable, Equatable {
        /// Where the replica's first pull begins: the end of the log the pages were read up to.
        public var cursor: Int64
        public var offices: [Office]
        public var changes: Int
    }

    /// The start of a replica that has none (`attach`, or a `sync` whose cursor is still 0): each page applied as
    /// pulled (what an interrupted start already brought counts as duplicates), the cursor with the last, then the
    /// offices. How many of the start's changes were new here.
    func applyStart(progress: (@Sendable (SyncProgress) -> Void)? = nil) async throws -> (start: Start, received: Int) {
        var received = 0
        let start = try await readStart { page, _, cursor in
            received += try replica.applyRemote(page.changes, cursor: cursor).applied.count
            progress?(.pulled(received: received, fraction: nil))
        }
        try replica.saveOffices(start.offices)
        return (start, received)
    }

    /// Reads the server's start page by page and hands each page to `apply` in order (`first` says which is the
    /// first), while the next page is already on its way: the server reads and encodes page k+1 while this replica
    /// applies page k, and neither side holds more than about two pages. A server without pages answers everything
    /// in the first page.
    ///
    /// `cursor` is the start's cursor with the last page and nil before it, for `apply` to store with that page:
    /// until then an interrupted start is no start (a replica whose cursor did not move pulls from where it was, and
    /// what was applied so far comes again as duplicates, which the change store ignores).
    func readStart(apply: (_ page: BootstrapResponse, _ first: Bool, _ cursor: Int64?) throws -> Void) async throws -> Start {
        var page = try await connection.send(Endpoints.bootstrap, query: BootstrapQuery(limit: bootstrapPage).queryString)
        let end = page.cursor
        var start = Start(cursor: end, offices: page.offices, changes: 0)
        var first = true
        while true {
            let following = page.next.map { next in
                Task { [connection, bootstrapPage] in
                    try await connection.send(Endpoints.bootstrap, query: BootstrapQuery(after: next, end: end, limit: bootstrapPage).queryString)
                }
            }
            do {
                try apply(page, first, following == nil ? end : nil)
            } catch {
                following?.cancel()
                throw error
            }
            start.changes += page.changes.count
            first = false
            guard let following else { return start }
            page = try await following.value
            guard page.cursor == end else {
                throw CommandError("服务器的日志在读取起始数据时变了（\(end) → \(page.cursor)），请重新同步",
                                   "the server's log changed under the bootstrap (end \(end), now \(page.cursor)); sync again")
            }
        }
    }
}
