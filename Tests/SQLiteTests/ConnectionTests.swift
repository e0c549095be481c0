import Foundation
import SQLite
import Testing

@Suite struct ConnectionTests {
    @Test func opensMemoryDatabaseAndRoundTripsEveryStorageClass() throws {
        let db = try Connection(path: ":memory:")
        try db.execute("CREATE TABLE t (a, b, c, d, e)")
        let blob = Data([0, 1, 2, 255])
        try db.execute(
            "INSERT INTO t VALUES (?, ?, ?, ?, ?)", [.integer(42), .real(1.5), .text("héllo"), .blob(blob), .null])
        let statement = try db.prepare("SELECT a, b, c, d, e FROM t")
        #expect(try statement.step())
        #expect(statement.int64(at: 0) == 42)
        #expect(statement.double(at: 1) == 1.5)
        #expect(statement.string(at: 2) == "héllo")
        #expect(statement.data(at: 3) == blob)
        #expect(statement.bytes(at: 3) == [0, 1, 2, 255])
        #expect(statement.isNull(at: 4))
        #expect(statement.string(at: 4) == nil)
        #expect(statement.value(at: 2) == .text("héllo"))
        #expect(try statement.step() == false)
    }

    @Test func emptyBlobIsStoredAsBlobNotNull() throws {
        let db = try Connection(path: ":memory:")
        try db.execute("CREATE TABLE t (b)")
        try db.execute("INSERT INTO t VALUES (?)", [.blob(Data())])
        #expect(try db.scalar("SELECT typeof(b) FROM t") == .text("blob"))
    }

    @Test func errorDescriptionHidesBoundValues() throws {
        let db = try Connection(path: ":memory:")
        try db.execute("CREATE TABLE secrets (token TEXT PRIMARY KEY)")
        try db.execute("INSERT INTO secrets VALUES (?)", [.text("hunter2-secret")])
        let error = try #require(throws: SQLiteError.self) {
            try db.execute("INSERT INTO secrets VALUES (?)", [.text("hunter2-secret")])
        }
        #expect(error.code == .constraint)
        #expect(error.extendedCode == 1555)  // SQLITE_CONSTRAINT_PRIMARYKEY
        #expect(error.description.contains("INSERT INTO secrets"))
        #expect(!error.description.contains("hunter2"))
    }

    @Test func wrongNumberOfValuesIsARangeError() throws {
        let db = try Connection(path: ":memory:")
        try db.execute("CREATE TABLE t (a, b)")
        let error = try #require(throws: SQLiteError.self) {
            try db.execute("INSERT INTO t VALUES (?, ?)", [.integer(1)])
        }
        #expect(error.code == .range)
    }

    @Test func syntaxErrorNamesTheStatement() throws {
        let db = try Connection(path: ":memory:")
        let error = try #require(throws: SQLiteError.self) { try db.prepare("SELEC 1") }
        #expect(error.code == .error)
        #expect(error.description.contains("SELEC 1"))
    }

    @Test func transactionCommitsOnReturnAndRollsBackOnThrow() throws {
        struct Boom: Error {}
        let db = try Connection(path: ":memory:")
        try db.execute("CREATE TABLE t (a)")
        try db.transaction { try db.execute("INSERT INTO t VALUES (1)") }
        #expect(throws: Boom.self) {
            try db.transaction {
                try db.execute("INSERT INTO t VALUES (2)")
                throw Boom()
            }
        }
        #expect(!db.isInTransaction)
        #expect(try db.scalar("SELECT count(*) FROM t") == .integer(1))
    }

    @Test func cachedStatementIsReusedAndReset() throws {
        let db = try Connection(path: ":memory:")
        try db.execute("CREATE TABLE t (a)")
        let first = try db.cachedStatement("INSERT INTO t VALUES (?)")
        try first.run([.integer(1)])
        let second = try db.cachedStatement("INSERT INTO t VALUES (?)")
        #expect(first === second)
        try second.run([.integer(2)])
        #expect(try db.scalar("SELECT sum(a) FROM t") == .integer(3))
        #expect(db.lastInsertRowID == 2)
        #expect(db.changes == 1)
    }

    @Test func walModeOnAFileAndCorruptFileIsReported() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("sqlite-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("db.sqlite").path
        do {
            let db = try Connection(path: path)
            #expect(try db.enableWriteAheadLog() == "wal")
            db.setBusyTimeout(.seconds(1))
        }
        let junk = dir.appendingPathComponent("junk.sqlite").path
        try Data(repeating: 0x41, count: 4096).write(to: URL(fileURLWithPath: junk))
        let db = try Connection(path: junk)
        let error = try #require(throws: SQLiteError.self) { try db.execute("SELECT * FROM sqlite_master") }
        #expect(error.code == .notADatabase)
    }

    @Test func readOnlyConnectionRefusesWrites() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("sqlite-ro-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("db.sqlite").path
        try Connection(path: path).execute("CREATE TABLE t (a)")
        let reader = try Connection(path: path, mode: .readOnly)
        let error = try #require(throws: SQLiteError.self) { try reader.execute("INSERT INTO t VALUES (1)") }
        #expect(error.code == .readOnly)
        #expect(throws: SQLiteError.self) {
            try Connection(path: dir.appendingPathComponent("missing").path, mode: .readWrite)
        }
    }
}
