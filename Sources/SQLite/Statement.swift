internal import CSQLite
public import Foundation

/// A compiled SQL statement.
///
/// Bind values, `step()` through the rows, read columns by index. A statement belongs to its
/// connection and is not `Sendable`.
///
/// Related SQLite documentation: <https://sqlite.org/c3ref/stmt.html>
public final class Statement {
    /// The SQL text (without bound values).
    public let sql: String
    private let handle: OpaquePointer
    private let database: OpaquePointer

    init(connection: Connection, sql: String, persistent: Bool) throws(SQLiteError) {
        var statement: OpaquePointer?
        let flags: UInt32 = persistent ? UInt32(SQLITE_PREPARE_PERSISTENT) : 0
        let status = sqlite3_prepare_v3(connection.handle, sql, -1, flags, &statement, nil)
        guard status == SQLITE_OK, let statement else {
            throw connection.error(status == SQLITE_OK ? SQLITE_MISUSE : status, sql: sql)
        }
        self.sql = sql
        self.handle = statement
        self.database = connection.handle
    }

    deinit { sqlite3_finalize(handle) }

    // MARK: Binding

    /// Resets the statement, clears old bindings and binds `values` to parameters 1…n.
    ///
    /// - Throws: `SQLiteError` with code `.range` when the count does not match the parameters.
    public func bind(_ values: [SQLiteValue]) throws(SQLiteError) {
        reset()
        clearBindings()
        let expected = Int(sqlite3_bind_parameter_count(handle))
        guard values.count == expected else {
            throw SQLiteError(
                code: .range, message: "the statement takes \(expected) values but \(values.count) were given", sql: sql
            )
        }
        for (offset, value) in values.enumerated() {
            try bind(value, at: Int32(offset + 1))
        }
    }

    /// Binds one value to the 1-based parameter `index`.
    public func bind(_ value: SQLiteValue, at index: Int32) throws(SQLiteError) {
        let status: Int32
        switch value {
        case .null:
            status = sqlite3_bind_null(handle, index)
        case .integer(let integer):
            status = sqlite3_bind_int64(handle, index, integer)
        case .real(let real):
            status = sqlite3_bind_double(handle, index, real)
        case .text(let text):
            try bind(text: text, at: index)
            return
        case .blob(let data):
            try bind(blob: data, at: index)
            return
        }
        guard status == SQLITE_OK else { throw error(status) }
    }

    /// Binds an integer, or NULL for nil, to the 1-based parameter `index`.
    ///
    /// The typed binds skip building a `SQLiteValue` array: on a path that inserts a row per
    /// record, that array and its copies cost more than SQLite's own work.
    public func bind(integer value: Int64?, at index: Int32) throws(SQLiteError) {
        let status = value.map { sqlite3_bind_int64(handle, index, $0) } ?? sqlite3_bind_null(handle, index)
        guard status == SQLITE_OK else { throw error(status) }
    }

    /// Binds UTF-8 text, or NULL for nil, to the 1-based parameter `index` (SQLite copies it).
    public func bind(text value: String?, at index: Int32) throws(SQLiteError) {
        guard var text = value else {
            let status = sqlite3_bind_null(handle, index)
            guard status == SQLITE_OK else { throw error(status) }
            return
        }
        let status = text.withUTF8 { utf8 in
            utf8.withMemoryRebound(to: CChar.self) { chars in
                sqlite3_bind_text64(
                    handle, index, chars.baseAddress ?? UnsafePointer(bitPattern: 1), UInt64(chars.count),
                    csqlite_transient(), UInt8(SQLITE_UTF8))
            }
        }
        guard status == SQLITE_OK else { throw error(status) }
    }

    /// Binds bytes as a blob to the 1-based parameter `index` (SQLite copies them).
    public func bind(blob value: some ContiguousBytes, at index: Int32) throws(SQLiteError) {
        let status = value.withUnsafeBytes { bytes in
            // A zero-length blob still needs a non-null pointer, or SQLite stores NULL.
            sqlite3_bind_blob64(
                handle, index, bytes.baseAddress ?? UnsafeRawPointer(bitPattern: 1), UInt64(bytes.count),
                csqlite_transient())
        }
        guard status == SQLITE_OK else { throw error(status) }
    }

    /// Binds text given as its UTF-8 bytes (SQLite copies them), for callers that keep text packed
    /// in byte buffers rather than as `String`s.
    public func bind(utf8 value: UnsafeRawBufferPointer, at index: Int32) throws(SQLiteError) {
        let status = sqlite3_bind_text64(
            handle, index, value.baseAddress?.assumingMemoryBound(to: CChar.self) ?? UnsafePointer(bitPattern: 1),
            UInt64(value.count), csqlite_transient(), UInt8(SQLITE_UTF8))
        guard status == SQLITE_OK else { throw error(status) }
    }

    /// Sets every parameter back to NULL.
    public func clearBindings() {
        sqlite3_clear_bindings(handle)
    }

    /// Rewinds the statement so it can run again; releases any read lock it held.
    public func reset() {
        sqlite3_reset(handle)
    }

    // MARK: Running

    /// Advances to the next row.
    ///
    /// - Returns: true when a row is available, false when the statement has finished.
    public func step() throws(SQLiteError) -> Bool {
        let status = sqlite3_step(handle)
        switch status {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        default:
            let failure = error(status)
            sqlite3_reset(handle)
            throw failure
        }
    }

    /// Binds `values`, runs the statement to completion and resets it (for INSERT/UPDATE/DELETE).
    public func run(_ values: [SQLiteValue] = []) throws(SQLiteError) {
        try bind(values)
        defer { reset() }
        while try step() {}
    }

    /// Runs the statement with the values bound so far to completion and resets it, keeping the
    /// bindings (for an INSERT run once per record with typed binds).
    public func execute() throws(SQLiteError) {
        defer { reset() }
        while try step() {}
    }

    /// Binds `values` and calls `body` for every row; the statement is reset afterwards.
    public func forEachRow(_ values: [SQLiteValue] = [], _ body: (Statement) throws -> Void) throws {
        try bind(values)
        defer { reset() }
        while try step() { try body(self) }
    }

    // MARK: Reading columns

    /// Number of columns in a result row.
    public var columnCount: Int { Int(sqlite3_column_count(handle)) }

    /// Name of the 0-based column `index`.
    public func columnName(at index: Int) -> String {
        sqlite3_column_name(handle, Int32(index)).map { String(cString: $0) } ?? ""
    }

    /// True when column `index` of the current row is NULL.
    public func isNull(at index: Int) -> Bool {
        sqlite3_column_type(handle, Int32(index)) == SQLITE_NULL
    }

    /// Column `index` as an integer (0 when NULL).
    public func int64(at index: Int) -> Int64 {
        sqlite3_column_int64(handle, Int32(index))
    }

    /// Column `index` as a double (0 when NULL).
    public func double(at index: Int) -> Double {
        sqlite3_column_double(handle, Int32(index))
    }

    /// Column `index` as text, or nil when NULL.
    public func string(at index: Int) -> String? {
        let column = Int32(index)
        guard sqlite3_column_type(handle, column) != SQLITE_NULL, let text = sqlite3_column_text(handle, column) else {
            return nil
        }
        let count = Int(sqlite3_column_bytes(handle, column))
        return String(decoding: UnsafeBufferPointer(start: text, count: count), as: UTF8.self)
    }

    /// Column `index` as bytes, or nil when NULL.
    public func bytes(at index: Int) -> [UInt8]? {
        let column = Int32(index)
        guard sqlite3_column_type(handle, column) != SQLITE_NULL else { return nil }
        let count = Int(sqlite3_column_bytes(handle, column))
        guard count > 0, let blob = sqlite3_column_blob(handle, column) else { return [] }
        return Array(UnsafeRawBufferPointer(start: blob, count: count))
    }

    /// Column `index` as `Data`, or nil when NULL.
    public func data(at index: Int) -> Data? {
        let column = Int32(index)
        guard sqlite3_column_type(handle, column) != SQLITE_NULL else { return nil }
        let count = Int(sqlite3_column_bytes(handle, column))
        guard count > 0, let blob = sqlite3_column_blob(handle, column) else { return Data() }
        return Data(bytes: blob, count: count)
    }

    /// Column `index` in its storage class.
    public func value(at index: Int) -> SQLiteValue {
        switch sqlite3_column_type(handle, Int32(index)) {
        case SQLITE_INTEGER: .integer(int64(at: index))
        case SQLITE_FLOAT: .real(double(at: index))
        case SQLITE_TEXT: .text(string(at: index) ?? "")
        case SQLITE_BLOB: .blob(data(at: index) ?? Data())
        default: .null
        }
    }

    private func error(_ status: Int32) -> SQLiteError {
        SQLiteError(
            code: .init(rawValue: status),
            extendedCode: sqlite3_extended_errcode(database),
            message: String(cString: sqlite3_errmsg(database)),
            sql: sql
        )
    }
}
