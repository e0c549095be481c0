import Foundation
import SQLite
import Testing

@Suite struct MigratorTests {
    @Test func appliesEachMigrationOnceAndRecordsIt() throws {
        let db = try Connection(path: ":memory:")
        var migrator = Migrator()
        migrator.register("v1", sql: "CREATE TABLE a (x)")
        #expect(try migrator.migrate(db) == ["v1"])
        migrator.register("v2", sql: "CREATE TABLE b (y)")
        #expect(try migrator.migrate(db) == ["v2"])
        #expect(try migrator.migrate(db) == [])
        #expect(try migrator.appliedMigrations(in: db) == ["v1", "v2"])
    }

    @Test func failedMigrationIsRolledBackAndNotRecorded() throws {
        let db = try Connection(path: ":memory:")
        let migrator = Migrator([.init("bad", sql: "CREATE TABLE ok (x); CREATE TABLE broken (")])
        #expect(throws: SQLiteError.self) { try migrator.migrate(db) }
        #expect(try migrator.appliedMigrations(in: db) == [])
        #expect(try db.scalar("SELECT count(*) FROM sqlite_master WHERE name = 'ok'") == .integer(0))
    }

    @Test func refusesADatabaseFromANewerVersion() throws {
        let db = try Connection(path: ":memory:")
        try Migrator([.init("v1", sql: "CREATE TABLE a (x)"), .init("v2", sql: "CREATE TABLE b (x)")]).migrate(db)
        let older = Migrator([.init("v1", sql: "CREATE TABLE a (x)")])
        let error = try #require(throws: SQLiteError.self) { try older.migrate(db) }
        #expect(error.description.contains("'v2'"))
    }

    @Test func aMigrationAnotherProcessAppliedWhileThisOneWaitedIsSkipped() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("migrator-\(UUID().uuidString).sqlite").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let migrator = Migrator([.init("v1", sql: "CREATE TABLE a (x)")])
        _ = try migrator.appliedMigrations(in: Connection(path: path))  // creates schema_migrations
        // The other writer applies v1 and holds its transaction open until this one is waiting.
        let applying = DispatchSemaphore(value: 0)
        let other = Thread {
            guard let db = try? Connection(path: path) else {
                applying.signal()
                return
            }
            try? db.execute("BEGIN IMMEDIATE; CREATE TABLE a (x); INSERT INTO schema_migrations VALUES ('v1', 'now')")
            applying.signal()
            Thread.sleep(forTimeInterval: 0.3)
            try? db.execute("COMMIT")
        }
        other.start()
        applying.wait()
        let db = try Connection(path: path)
        db.setBusyTimeout(.seconds(10))
        #expect(try migrator.migrate(db) == [])
        #expect(try migrator.appliedMigrations(in: db) == ["v1"])
    }
}
