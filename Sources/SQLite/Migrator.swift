public import Foundation

/// Applies schema migrations in order, once each, recording them in `schema_migrations`.
///
/// Each migration runs in its own transaction together with the row that records it, so a crash
/// leaves either the old schema or the new one, never half of a migration. Migrations are
/// identified by name; a database that records a migration this program does not know was
/// written by a newer version and is refused rather than guessed at.
public struct Migrator: Sendable {
    /// One named schema step.
    public struct Migration: Sendable {
        public let identifier: String
        public let sql: String

        public init(_ identifier: String, sql: String) {
            self.identifier = identifier
            self.sql = sql
        }
    }

    public private(set) var migrations: [Migration] = []

    public init(_ migrations: [Migration] = []) {
        self.migrations = migrations
    }

    /// Adds a migration after those already registered.
    public mutating func register(_ identifier: String, sql: String) {
        precondition(!migrations.contains { $0.identifier == identifier }, "migration '\(identifier)' registered twice")
        migrations.append(Migration(identifier, sql: sql))
    }

    /// Returns the identifiers already applied to `connection`, in the order they were applied.
    public func appliedMigrations(in connection: Connection) throws(SQLiteError) -> [String] {
        try createTable(connection)
        var applied: [String] = []
        let statement = try connection.cachedStatement("SELECT identifier FROM schema_migrations ORDER BY rowid")
        try statement.bind([])
        defer { statement.reset() }
        while try statement.step() {
            applied.append(statement.string(at: 0) ?? "")
        }
        return applied
    }

    /// Applies every registered migration not yet recorded.
    ///
    /// - Returns: the identifiers applied by this call.
    /// - Throws: `SQLiteError` when a migration fails (it is rolled back) or when the database
    ///   records a migration this program does not know.
    @discardableResult
    public func migrate(_ connection: Connection, now: Date = Date()) throws -> [String] {
        let applied = try appliedMigrations(in: connection)
        let known = Set(migrations.map(\.identifier))
        if let unknown = applied.first(where: { !known.contains($0) }) {
            throw SQLiteError(
                code: .error,
                message:
                    "the database records migration '\(unknown)', which this version does not know: it was written by a newer version; upgrade to open it"
            )
        }
        var newlyApplied: [String] = []
        for migration in migrations where !applied.contains(migration.identifier) {
            let ran = try connection.transaction { () throws -> Bool in
                // Another process may have applied it since the check above: look again under the
                // write lock the transaction holds, so two first opens never both run a migration.
                let recorded = try connection.scalar(
                    "SELECT 1 FROM schema_migrations WHERE identifier = ?", [.text(migration.identifier)])
                guard recorded == nil else { return false }
                try connection.execute(migration.sql)
                try connection.execute(
                    "INSERT INTO schema_migrations (identifier, applied_at) VALUES (?, ?)",
                    [.text(migration.identifier), .text(ISO8601DateFormatter().string(from: now))]
                )
                return true
            }
            if ran { newlyApplied.append(migration.identifier) }
        }
        return newlyApplied
    }

    private func createTable(_ connection: Connection) throws(SQLiteError) {
        try connection.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations (identifier TEXT PRIMARY KEY NOT NULL, applied_at TEXT NOT NULL)"
        )
    }
}
