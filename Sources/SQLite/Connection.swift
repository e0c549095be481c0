internal import CSQLite

/// One connection to an SQLite database file.
///
/// A connection is not `Sendable`: use it from one task at a time, or let an actor own it. It
/// closes itself when released; statements still alive keep the underlying handle open until they
/// are released too (`sqlite3_close_v2`).
///
/// Related SQLite documentation: <https://sqlite.org/c3ref/sqlite3.html>
public final class Connection {
    /// How to open the file.
    public enum Mode: Sendable {
        /// Read and write; create the file when it does not exist.
        case readWriteCreate
        /// Read and write an existing file.
        case readWrite
        /// Read only.
        case readOnly
    }

    /// How a transaction takes its locks (<https://sqlite.org/lang_transaction.html>).
    public enum TransactionKind: String, Sendable {
        case deferred = "DEFERRED"
        /// Takes the write lock at once, so a busy database fails at `BEGIN` instead of mid-way.
        case immediate = "IMMEDIATE"
        case exclusive = "EXCLUSIVE"
    }

    let handle: OpaquePointer
    /// The path the connection was opened with.
    public let path: String
    private var statementCache: [String: Statement] = [:]

    /// Process-wide SQLite settings, applied once before the first connection opens (SQLite
    /// accepts them only then). Memory statistics off: they cost a global mutex per allocation
    /// and nothing here reads them. The result is ignored on purpose: if something else in the
    /// process initialized SQLite first, the setting is merely not applied.
    private static let libraryConfigured: Bool = csqlite_disable_memstatus() == SQLITE_OK

    /// SQLite's count of its outstanding allocations; stays 0 while memory statistics are off.
    static var countedAllocations: Int64 {
        var current: Int64 = 0
        var highest: Int64 = 0
        sqlite3_status64(SQLITE_STATUS_MALLOC_COUNT, &current, &highest, 0)
        return current
    }

    /// Opens (and with `.readWriteCreate` creates) the database at `path`.
    ///
    /// - Parameters:
    ///   - path: a file path, or `":memory:"` for a private in-memory database.
    ///   - mode: read-write-create (default), read-write or read-only.
    /// - Throws: `SQLiteError` when the file cannot be opened.
    public init(path: String, mode: Mode = .readWriteCreate) throws(SQLiteError) {
        var flags: Int32 = SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE
        switch mode {
        case .readWriteCreate: flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE
        case .readWrite: flags |= SQLITE_OPEN_READWRITE
        case .readOnly: flags |= SQLITE_OPEN_READONLY
        }
        _ = Self.libraryConfigured
        var db: OpaquePointer?
        let status = sqlite3_open_v2(path, &db, flags, nil)
        guard status == SQLITE_OK, let db else {
            let message = db.map { String(cString: sqlite3_errmsg($0)) } ?? String(cString: sqlite3_errstr(status))
            sqlite3_close_v2(db)
            throw SQLiteError(
                code: .init(rawValue: status), extendedCode: status, message: "cannot open '\(path)': \(message)")
        }
        self.handle = db
        self.path = path
        sqlite3_extended_result_codes(db, 1)
    }

    deinit {
        statementCache.removeAll()
        sqlite3_close_v2(handle)
    }

    // MARK: Running SQL

    /// Runs one or more SQL statements that take no parameters (schema, pragmas).
    public func execute(_ sql: String) throws(SQLiteError) {
        var errorMessage: UnsafeMutablePointer<CChar>?
        let status = sqlite3_exec(handle, sql, nil, nil, &errorMessage)
        if status != SQLITE_OK {
            let message = errorMessage.map { String(cString: $0) } ?? lastErrorMessage
            sqlite3_free(errorMessage)
            throw SQLiteError(code: .init(rawValue: status), extendedCode: status, message: message, sql: sql)
        }
    }

    /// Runs one statement with `values` bound to its parameters, through the statement cache.
    public func execute(_ sql: String, _ values: [SQLiteValue]) throws(SQLiteError) {
        try cachedStatement(sql).run(values)
    }

    /// Compiles a statement the caller owns.
    ///
    /// Related SQLite documentation: <https://sqlite.org/c3ref/prepare.html>
    public func prepare(_ sql: String) throws(SQLiteError) -> Statement {
        try Statement(connection: self, sql: sql, persistent: false)
    }

    /// Returns a compiled statement for `sql`, compiling it on first use and reusing it after.
    ///
    /// Reuse saves the parse and plan on every call of a hot path (one insert per record). The
    /// statement is reset and its bindings cleared before it is handed out again.
    public func cachedStatement(_ sql: String) throws(SQLiteError) -> Statement {
        if let statement = statementCache[sql] {
            statement.reset()
            statement.clearBindings()
            return statement
        }
        let statement = try Statement(connection: self, sql: sql, persistent: true)
        statementCache[sql] = statement
        return statement
    }

    /// Returns the first column of the first row `sql` produces, or nil when it produces none.
    public func scalar(_ sql: String, _ values: [SQLiteValue] = []) throws(SQLiteError) -> SQLiteValue? {
        let statement = try cachedStatement(sql)
        try statement.bind(values)
        defer { statement.reset() }
        guard try statement.step() else { return nil }
        return statement.value(at: 0)
    }

    /// Runs `body` inside a transaction: committed when it returns, rolled back when it throws.
    ///
    /// - Parameters:
    ///   - kind: the locking mode; `.immediate` by default so writers queue at `BEGIN`.
    ///   - body: the work; its error is rethrown after the rollback.
    public func transaction<T>(_ kind: TransactionKind = .immediate, _ body: () throws -> T) throws -> T {
        try execute("BEGIN \(kind.rawValue)")
        let result: T
        do {
            result = try body()
        } catch {
            rollbackIgnoringErrors()
            throw error
        }
        do {
            try execute("COMMIT")
        } catch {
            rollbackIgnoringErrors()
            throw error
        }
        return result
    }

    private func rollbackIgnoringErrors() {
        // A failed COMMIT or an I/O error may already have rolled the transaction back; a second
        // ROLLBACK then fails harmlessly with "no transaction is active".
        if sqlite3_get_autocommit(handle) == 0 {
            sqlite3_exec(handle, "ROLLBACK", nil, nil, nil)
        }
    }

    /// True while a transaction is open on this connection.
    public var isInTransaction: Bool { sqlite3_get_autocommit(handle) == 0 }

    // MARK: State

    /// The rowid of the most recent successful insert.
    public var lastInsertRowID: Int64 { sqlite3_last_insert_rowid(handle) }

    /// Rows changed by the most recent INSERT, UPDATE or DELETE.
    public var changes: Int { Int(sqlite3_changes64(handle)) }

    /// How long to wait for another connection's lock before failing with `SQLITE_BUSY`.
    public func setBusyTimeout(_ timeout: Duration) {
        let milliseconds = timeout.components.seconds * 1000 + timeout.components.attoseconds / 1_000_000_000_000_000
        sqlite3_busy_timeout(handle, Int32(clamping: milliseconds))
    }

    /// Switches to write-ahead logging and returns the journal mode now in effect.
    ///
    /// WAL lets readers (query, verify) run while an ingest writes, and commits with one append to
    /// the `-wal` file. Related SQLite documentation: <https://sqlite.org/wal.html>
    @discardableResult
    public func enableWriteAheadLog() throws(SQLiteError) -> String {
        let mode = try scalar("PRAGMA journal_mode=WAL")
        guard case .text(let name) = mode else { return "" }
        return name.lowercased()
    }

    var lastErrorMessage: String { String(cString: sqlite3_errmsg(handle)) }

    func error(_ status: Int32, sql: String?) -> SQLiteError {
        SQLiteError(
            code: .init(rawValue: status), extendedCode: sqlite3_extended_errcode(handle), message: lastErrorMessage,
            sql: sql)
    }
}
