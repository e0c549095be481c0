import AuditLog
import Foundation
import SQLite
import Testing

@testable import LogStore

/// A bulk load into an empty store checks idempotency keys in memory and sorts them into
/// `record_keys` at the end (`StagedKeys`): it must store every record exactly once all the same,
/// and lose no key when killed, rolled back or raced.
@Suite struct StagedKeysTests {
    private static func count(_ sql: String, _ temp: TemporaryStore) throws -> Int64 {
        let db = try Connection(path: temp.location.databaseFile.path, mode: .readWrite)
        guard case .integer(let value) = try db.scalar(sql) else { return -1 }
        return value
    }

    private static func stagingTableExists(_ temp: TemporaryStore) throws -> Bool {
        try count("SELECT count(*) FROM sqlite_master WHERE name = 'record_keys_staged'", temp) == 1
    }

    /// With a small in-memory capacity the load runs in rounds, and the records that come again
    /// at the end were staged rounds ago: they must be found in `record_keys`.
    @Test(arguments: [StagedKeys.capacity, 4_000])
    func aBulkLoadIntoAnEmptyStoreStagesKeysAndStoresEachRecordOnce(capacity: Int) throws {
        let temp = try TemporaryStore()
        defer { temp.cleanUp() }
        // Enough for a bulk load (an estimated 20,000 records at 1 KB), plus 30 that come again later.
        let events = (0..<30_000).map { CompressionTests.record($0) }
        let tree = try CompressionTests.writeCloudTrailTree(
            events + events[100..<130].reversed(), perFile: 50, under: temp.root)
        let store = try temp.open()
        store.stagingCapacity = capacity
        var staged = false
        var last: IngestProgress?
        let summary = try store.ingest(tree) { step in
            staged = staged || ((try? Self.stagingTableExists(temp)) ?? false)
            last = step
        }
        #expect(staged, "the load did not stage its keys")
        // The work after the last file is announced, not silent.
        #expect(last?.currentFile == "building the query indexes")
        #expect(last?.filesDone == last?.filesTotal)
        #expect(summary.newRecords == 30_000)
        #expect(summary.duplicateRecords == 30)
        #expect(try !Self.stagingTableExists(temp))
        #expect(try Self.count("SELECT count(*) FROM record_keys", temp) == 30_000)
        #expect(try Self.count("SELECT count(*) FROM record_keys k JOIN records r ON r.seq = k.seq", temp) == 30_000)
        #expect(try temp.verify().isIntact)

        // A later, small run checks against the merged keys.
        let later = temp.root.appendingPathComponent("later")
        let again = try CompressionTests.writeCloudTrailTree(
            Array(events[5_000..<5_040]) + (30_000..<30_010).map { CompressionTests.record($0) }, perFile: 25,
            under: later)
        let rerun = try store.ingest(again)
        #expect(rerun.newRecords == 10)
        #expect(rerun.duplicateRecords == 40)
        #expect(try temp.verify().isIntact)
    }

    @Test func keysStagedByAKilledLoadAreMergedWhenTheStoreIsOpenedAgain() throws {
        let temp = try TemporaryStore()
        defer { temp.cleanUp() }
        let events = (0..<40).map { CompressionTests.record($0) }
        do {
            let store = try temp.open()
            try store.beginStagingKeys()
            try store.append(Array(events[0..<25]))
            // Killed here: the keys are committed in the staging table, not yet in record_keys.
        }
        #expect(try Self.stagingTableExists(temp))
        #expect(try Self.count("SELECT count(*) FROM record_keys", temp) == 0)
        let reopened = try temp.open()
        #expect(try !Self.stagingTableExists(temp))
        #expect(try Self.count("SELECT count(*) FROM record_keys", temp) == 25)
        let outcome = try reopened.append(events)
        #expect(outcome.newRecords == 15)
        #expect(outcome.duplicates == 25)
        #expect(try temp.verify().isIntact)
    }

    @Test func anotherWriterMergesStagedKeysBeforeCheckingItsOwn() throws {
        let temp = try TemporaryStore()
        defer { temp.cleanUp() }
        let events = (0..<30).map { CompressionTests.record($0) }
        let loader = try temp.open()
        try loader.beginStagingKeys()
        try loader.append(Array(events[0..<20]))
        // A second process appends overlapping records while the load is still running...
        let other = try temp.open()
        #expect(try other.append(Array(events[10..<30])).newRecords == 10)
        // ...and the load, seeing another writer's head, stops staging: the other's records are
        // duplicates to it.
        #expect(try loader.append(Array(events[20..<30])).newRecords == 0)
        #expect(loader.stagedKeys == nil)
        try loader.finishStagingKeys()
        #expect(try Self.count("SELECT count(*) FROM record_keys", temp) == 30)
        #expect(try Self.count("SELECT count(*) FROM records", temp) == 30)
        #expect(try temp.verify().isIntact)
    }

    /// Two loads that both began on the empty store stage into the same table: neither holds the
    /// other's keys in memory, so each must stop staging once it sees the other's appends.
    @Test func twoLoadsStagingAtOnceStoreEachRecordOnce() throws {
        let temp = try TemporaryStore()
        defer { temp.cleanUp() }
        let events = (0..<40).map { CompressionTests.record($0) }
        let first = try temp.open()
        let second = try temp.open()
        try first.beginStagingKeys()
        try second.beginStagingKeys()
        #expect(try first.append(Array(events[0..<15])).newRecords == 15)
        #expect(try second.append(Array(events[10..<25])).newRecords == 10)
        #expect(try first.append(Array(events[20..<30])).newRecords == 5)
        #expect(try second.append(Array(events[0..<40])).newRecords == 10)
        #expect(first.stagedKeys == nil && second.stagedKeys == nil)
        try first.finishStagingKeys()
        try second.finishStagingKeys()
        #expect(try Self.count("SELECT count(*) FROM record_keys", temp) == 40)
        #expect(try Self.count("SELECT count(*) FROM records", temp) == 40)
        #expect(try temp.verify().isIntact)
    }

    @Test func aRolledBackFileFreesTheKeysItStaged() throws {
        struct Truncated: Error {}
        let temp = try TemporaryStore()
        defer { temp.cleanUp() }
        let events = (0..<10).map { CompressionTests.record($0) }
        let store = try temp.open()
        try store.beginStagingKeys()
        #expect(throws: Truncated.self) {
            try store.append(from: nil) { sink in
                try sink(Array(events[0..<6]))
                throw Truncated()
            }
        }
        // The records of the rolled-back file arrive again, whole, in a good file.
        #expect(try store.append(events).newRecords == 10)
        try store.finishStagingKeys()
        #expect(try Self.count("SELECT count(*) FROM record_keys", temp) == 10)
        #expect(try temp.verify().isIntact)
    }

    @Test func keysCompareByAllSixteenBytes() {
        let a = RecordKey([UInt8](repeating: 7, count: 16))
        var bytes = [UInt8](repeating: 7, count: 16)
        bytes[15] = 8
        #expect(a != RecordKey(bytes))
        bytes[15] = 7
        bytes[0] = 8
        #expect(a != RecordKey(bytes))
        #expect(a == RecordKey([UInt8](repeating: 7, count: 16)))
    }
}
