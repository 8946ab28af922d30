import Foundation
import GRDB
import GRDBSQLite

/// A prepared statement driven through the SQLite C API, for the hot loops of the apply path.
///
/// Why not GRDB's `execute(arguments:)`: building a `StatementArguments` array of `DatabaseValue`s per row, and
/// GRDB's per-step bookkeeping, cost several times what SQLite itself spends on a small indexed insert (measured with
/// callgrind on the apply path). The statement still comes from GRDB's cache (`cachedStatement`), so it is prepared
/// once per connection; it is reset when taken from the cache, and each use binds, steps and resets it, leaving it
/// reset with its bindings cleared. Only for statements that nothing observes (this codebase uses no GRDB observation).
public struct RawStatement {
    public let pointer: OpaquePointer
    let db: Database

    public init(_ db: Database, _ sql: String) throws {
        self.db = db
        self.pointer = try db.cachedStatement(sql: sql).sqliteStatement
        // GRDB resets a statement before it runs, not after: one it ran last may still be stepped, and SQLite
        // ignores bindings on a statement that has not been reset.
        clear()
    }

    // MARK: Binding (1-based indexes, as in SQLite)

    @inline(__always)
    public func bind(_ index: Int32, _ text: String) {
        var text = text
        text.withUTF8 { buffer in
            // An empty buffer has no base address, and a NULL pointer would bind SQL NULL instead of ''.
            if let base = buffer.baseAddress {
                let code = base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                    sqlite3_bind_text(pointer, index, $0, Int32(buffer.count), RawStatement.transient)
                }
                assert(code == SQLITE_OK, "bind \(index): \(code)")
            } else {
                let code = sqlite3_bind_text(pointer, index, "", 0, RawStatement.transient)
                assert(code == SQLITE_OK, "bind \(index): \(code)")
            }
        }
    }

    @inline(__always)
    public func bind(_ index: Int32, _ text: String?) {
        if let text {
            bind(index, text)
        } else {
            let code = sqlite3_bind_null(pointer, index)
            assert(code == SQLITE_OK, "bind \(index): \(code)")
        }
    }

    /// Binds texts to the parameters in order (1, 2, …).
    public func bind(_ texts: [String]) {
        for (index, text) in texts.enumerated() { bind(Int32(index + 1), text) }
    }

    @inline(__always)
    public func bind(_ index: Int32, _ value: Int64) {
        let code = sqlite3_bind_int64(pointer, index, value)
        assert(code == SQLITE_OK, "bind \(index): \(code)")
    }

    // MARK: Running

    /// Runs a statement that returns no rows; returns the number of rows it changed.
    @discardableResult
    public func run() throws -> Int {
        let code = sqlite3_step(pointer)
        defer { clear() }
        guard code == SQLITE_DONE || code == SQLITE_ROW else { throw error(code) }
        return Int(sqlite3_changes(db.sqliteConnection))
    }

    /// Steps once: true while there is a row to read. Call `clear()` when done with the rows.
    @inline(__always)
    public func step() throws -> Bool {
        let code = sqlite3_step(pointer)
        if code == SQLITE_ROW { return true }
        if code == SQLITE_DONE { return false }
        clear()
        throw error(code)
    }

    @inline(__always)
    public func clear() {
        sqlite3_reset(pointer)
        sqlite3_clear_bindings(pointer)
    }

    // MARK: Reading the current row (0-based columns)

    @inline(__always)
    public func isNull(_ column: Int32) -> Bool { sqlite3_column_type(pointer, column) == SQLITE_NULL }

    @inline(__always)
    public func int64(_ column: Int32) -> Int64 { sqlite3_column_int64(pointer, column) }

    @inline(__always)
    public func text(_ column: Int32) -> String {
        guard let bytes = sqlite3_column_text(pointer, column) else { return "" }
        let count = Int(sqlite3_column_bytes(pointer, column))
        return String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
    }

    @inline(__always)
    public func optionalText(_ column: Int32) -> String? { isNull(column) ? nil : text(column) }

    /// The column's text as bytes, valid only inside `body` (no String is made).
    @inline(__always)
    public func withBytes<T>(_ column: Int32, _ body: (UnsafeBufferPointer<UInt8>) -> T) -> T {
        // Text first, then its length: the order SQLite documents.
        let base = sqlite3_column_text(pointer, column)
        let count = Int(sqlite3_column_bytes(pointer, column))
        return body(UnsafeBufferPointer(start: base, count: count))
    }

    private func error(_ code: Int32) -> DatabaseError {
        DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)),
                      sql: sqlite3_sql(pointer).map { String(cString: $0) })
    }

    /// SQLITE_TRANSIENT: SQLite copies the bytes before the bind call returns.
    nonisolated(unsafe) static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
}
