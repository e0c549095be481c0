import AuditLog
import Foundation
import LogStore
import SQLite
import Testing

@Suite struct PruneTests {
    private let day: TimeInterval = 86_400

    private func makeStore() throws -> (TemporaryStore, LogStore) {
        let temp = try TemporaryStore()
        let store = try temp.open()
        try store.append((0..<4).map { Fixtures.event($0, daysAgo: 500) })
        try store.append((4..<8).map { Fixtures.event($0, daysAgo: 10) })
        try store.sync()
        return (temp, store)
    }

    @Test func pruneRemovesOldContentButTheLogStillVerifies() throws {
        let (temp, store) = try makeStore()
        defer { temp.cleanUp() }
        let before = try #require(try store.latestCheckpoint())
        let outcome = try store.prune(before: Fixtures.now.addingTimeInterval(-400 * day), minimumRetention: 365 * day)
        #expect(outcome.prunedRecords == 4)
        #expect(outcome.ranges == [0...3])
        #expect(try store.events(EventQuery()).map(\.sequence) == [7, 6, 5, 4])
        #expect(try store.events(EventQuery(actor: "alice")).count == 4)
        let report = try temp.verify(external: [before])
        #expect(report.isIntact, "\(report.findings)")
        #expect(report.prunedRecords == 4)
        #expect(report.recordsHashed == 4)
        #expect(report.notes.contains { $0.contains("pruned 4 record(s)") && $0.contains("0-3") })
        // A pruned record re-ingested is still a duplicate, not new data.
        #expect(try store.append([Fixtures.event(0, daysAgo: 500)]).newRecords == 0)
        // The removed bytes are gone from the database files.
        let bytes = try Data(contentsOf: temp.location.databaseFile)
        #expect(bytes.range(of: Data(#""eventID":"evt-0""#.utf8)) == nil)
    }

    @Test func refusesToRemoveAnythingYoungerThanTheRetention() throws {
        let (temp, store) = try makeStore()
        defer { temp.cleanUp() }
        let error = try #require(throws: LogStoreError.self) {
            try store.prune(before: Fixtures.now.addingTimeInterval(-30 * day), minimumRetention: 365 * day)
        }
        #expect(error.code == .retentionRefused)
        #expect(error.message.contains("365"))
        #expect(throws: LogStoreError.self) { try store.prune(before: Fixtures.now.addingTimeInterval(day)) }
        #expect(try store.events(EventQuery()).count == 8)
    }

    @Test func pruneLeavesYoungerRecordsAndCanBeScopedToASource() throws {
        let (temp, store) = try makeStore()
        defer { temp.cleanUp() }
        let none = try store.prune(before: Fixtures.now.addingTimeInterval(-400 * day), source: .okta)
        #expect(none.prunedRecords == 0)
        #expect(none.statement == nil)
        let outcome = try store.prune(before: Fixtures.now.addingTimeInterval(-5 * day))
        #expect(outcome.prunedRecords == 8)
        #expect(try temp.verify().isIntact)
    }

    @Test func forgedPruneRangeIsNotTrusted() throws {
        let (temp, store) = try makeStore()
        defer { temp.cleanUp() }
        try store.prune(before: Fixtures.now.addingTimeInterval(-400 * day))
        let db = try Connection(path: temp.location.databaseFile.path)
        try db.execute(
            "UPDATE prunes SET note = replace(note, 'range 0-3', 'range 0-5'); UPDATE records SET raw = NULL WHERE seq IN (4, 5)"
        )
        let report = try temp.verify()
        #expect(report.findings.contains { $0.kind == .badSignature })
        #expect(report.sequences(of: .deleted) == [0, 1, 2, 3, 4, 5])
    }
}
