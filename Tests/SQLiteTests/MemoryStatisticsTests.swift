import Testing

@testable import SQLite

/// Opening a connection turns SQLite's global memory statistics off (they cost a mutex per
/// allocation on the ingest path), so SQLite counts no allocations even while it holds some.
@Suite struct MemoryStatisticsTests {
    @Test func connectionsDoNotPayForMemoryStatistics() throws {
        let db = try Connection(path: ":memory:")
        try db.execute("CREATE TABLE t (a TEXT); INSERT INTO t VALUES (hex(randomblob(4096)))")
        #expect(try db.scalar("SELECT count(*) FROM t") == .integer(1))
        #expect(Connection.countedAllocations == 0)
    }
}
