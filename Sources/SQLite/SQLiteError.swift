internal import CSQLite

/// A failure reported by SQLite, written for the person at the terminal.
///
/// The description names the SQLite result code, SQLite's own message and the SQL text, but never
/// the values bound to the statement: those may be audit records, tokens or other secrets
/// (GRDB's `DatabaseError` does the same).
public struct SQLiteError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The primary SQLite result code (`SQLITE_BUSY`, `SQLITE_CORRUPT`, …).
    public struct Code: Sendable, Hashable, CustomStringConvertible {
        public let rawValue: Int32

        public init(rawValue: Int32) {
            self.rawValue = rawValue & 0xff
        }

        public static let error = Code(rawValue: SQLITE_ERROR)
        public static let busy = Code(rawValue: SQLITE_BUSY)
        public static let locked = Code(rawValue: SQLITE_LOCKED)
        public static let readOnly = Code(rawValue: SQLITE_READONLY)
        public static let ioError = Code(rawValue: SQLITE_IOERR)
        public static let corrupt = Code(rawValue: SQLITE_CORRUPT)
        public static let cantOpen = Code(rawValue: SQLITE_CANTOPEN)
        public static let constraint = Code(rawValue: SQLITE_CONSTRAINT)
        public static let notADatabase = Code(rawValue: SQLITE_NOTADB)
        public static let misuse = Code(rawValue: SQLITE_MISUSE)
        public static let range = Code(rawValue: SQLITE_RANGE)

        /// SQLite's English name for the code, e.g. "database disk image is malformed".
        public var description: String { String(cString: sqlite3_errstr(rawValue)) }
    }

    /// The primary result code.
    public let code: Code
    /// The extended result code (e.g. `SQLITE_CONSTRAINT_UNIQUE`), when SQLite gave one.
    public let extendedCode: Int32
    /// SQLite's message for this failure.
    public let message: String
    /// The SQL being run, without its bound values; nil when the failure was not about a statement.
    public let sql: String?

    public init(code: Code, extendedCode: Int32? = nil, message: String, sql: String? = nil) {
        self.code = code
        self.extendedCode = extendedCode ?? code.rawValue
        self.message = message
        self.sql = sql
    }

    public var description: String {
        var text = "sqlite error \(code.rawValue) (\(code)): \(message)"
        if let sql { text += " — while running `\(sql)`" }
        if code == .corrupt || code == .notADatabase {
            text += "; the database file is damaged or is not a database: restore it from a copy"
        } else if code == .busy {
            text += "; another process holds the database: wait for it to finish or stop it"
        }
        return text
    }
}
