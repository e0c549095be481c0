import AuditLog
import Foundation
import LogStore
import SQLite
import Support
import Testing

@Suite struct LogStoreTests {
    @Test func createsTheStoreWithPrivatePermissions() throws {
        let temp = try TemporaryStore()
        defer { temp.cleanUp() }
        let store = try temp.open()
        try store.append(Fixtures.events(0..<3))
        try store.sync()
        func mode(_ url: URL) throws -> Int {
            (try FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as? Int) ?? -1
        }
        #expect(try mode(temp.location.directory) == 0o700)
        #expect(try mode(temp.location.databaseFile) == 0o600)
        #expect(try mode(temp.location.keyFile) == 0o600)
        #expect(try mode(URL(fileURLWithPath: temp.location.databaseFile.path + "-wal")) & 0o077 == 0)
        #expect(FileManager.default.fileExists(atPath: temp.location.pinnedKeyFile.path))
        #expect(FileManager.default.fileExists(atPath: temp.location.latestCheckpointFile.path))
    }

    @Test func defaultLocationHonoursXDGDataHome() {
        let xdg = StoreLocation.resolve(
            store: nil, key: nil, environment: .init(["XDG_DATA_HOME": "/data", "HOME": "/home/u"]))
        #expect(xdg.directory.path == "/data/groundwork")
        #expect(xdg.keyFile.path == "/data/groundwork/checkpoint.key")
        let home = StoreLocation.resolve(store: nil, key: "~/k.key", environment: .init(["HOME": "/home/u"]))
        #expect(home.directory.path == "/home/u/.local/share/groundwork")
        #expect(home.keyFile.path == "/home/u/k.key")
        #expect(StoreLocation.resolve(store: "/s", key: nil, environment: .init()).directory.path == "/s")
    }

    @Test func roundTripsEventsAndSignsACheckpointPerAppend() throws {
        let temp = try TemporaryStore()
        defer { temp.cleanUp() }
        let store = try temp.open()
        let events = Fixtures.events(0..<5)
        let outcome = try store.append(events)
        #expect(outcome.newRecords == 5)
        #expect(outcome.duplicates == 0)
        #expect(outcome.treeSize == 5)
        let note = try #require(outcome.checkpoint)
        #expect(note.isSigned(by: store.pinnedKey))
        let checkpoint = try Checkpoint(text: note.text)
        #expect(checkpoint.size == 5)
        #expect(checkpoint.root == MerkleTree.root(events.map { TreeHash.leaf($0.raw) }))
        #expect(checkpoint.origin == store.origin)
        #expect(checkpoint.time == Fixtures.now)
        let stored = try store.events(EventQuery())
        #expect(stored.map(\.sequence) == [4, 3, 2, 1, 0])
        #expect(
            stored.map(\.event).reversed()
                == events.map { event in
                    var copy = event
                    copy.time = Date(
                        timeIntervalSince1970: (event.time.timeIntervalSince1970 * 1000).rounded(.down) / 1000)
                    return copy
                })
        #expect(try store.latestCheckpoint() == note)
    }

    @Test func sameRecordTwiceIsStoredOnceAndFilesAreRemembered() throws {
        let temp = try TemporaryStore()
        defer { temp.cleanUp() }
        let store = try temp.open()
        let file = SourceFile(
            path: "/logs/a.json", size: 100, modified: Fixtures.now, sha256: Array(repeating: 7, count: 32))
        #expect(try store.hasIngested(path: file.path, size: file.size, modified: file.modified) == false)
        var events = Fixtures.events(0..<4)
        events.append(events[1])  // a duplicate inside one file
        let first = try store.append(events, from: file)
        #expect(first.newRecords == 4)
        #expect(first.duplicates == 1)
        #expect(try store.hasIngested(path: file.path, size: file.size, modified: file.modified))
        #expect(try store.hasIngested(sha256: file.sha256))
        #expect(try store.hasIngested(path: file.path, size: 101, modified: file.modified) == false)
        let again = try store.append(Fixtures.events(0..<6))
        #expect(again.newRecords == 2)
        #expect(again.duplicates == 4)
        let nothing = try store.append(Fixtures.events(0..<6))
        #expect(nothing.newRecords == 0)
        #expect(nothing.checkpoint == nil)
        #expect(store.treeSize == 6)
        // Without an event id, identical bytes are the same record.
        var anonymous = Fixtures.event(99)
        anonymous.sourceEventID = nil
        #expect(try store.append([anonymous, anonymous]).newRecords == 1)
        // The same event id from another source is another record.
        #expect(try store.append([Fixtures.event(0, source: .okta)]).newRecords == 1)
        #expect(try temp.verify().isIntact)
    }

    @Test func reopenedStoreContinuesTheSameLog() throws {
        let temp = try TemporaryStore(keyOutside: true)
        defer { temp.cleanUp() }
        do {
            let store = try temp.open()
            try store.append(Fixtures.events(0..<3))
        }
        let store = try temp.open()
        #expect(store.treeSize == 3)
        let outcome = try store.append(Fixtures.events(3..<7))
        let checkpoint = try Checkpoint(text: try #require(outcome.checkpoint).text)
        #expect(checkpoint.root == MerkleTree.root(Fixtures.events(0..<7).map { TreeHash.leaf($0.raw) }))
        #expect(FileManager.default.fileExists(atPath: temp.root.appendingPathComponent("keys/signing.key").path))
        #expect(
            !FileManager.default.fileExists(
                atPath: temp.location.directory.appendingPathComponent("checkpoint.key").path))
        #expect(try temp.verify().isIntact)
    }

    @Test func twoWritersOnOneStoreInterleaveWithoutLosingTheTree() throws {
        let temp = try TemporaryStore()
        defer { temp.cleanUp() }
        let first = try temp.open()
        let second = try temp.open()
        #expect(try first.append(Fixtures.events(0..<3)).treeSize == 3)
        #expect(try second.append(Fixtures.events(3..<5)).treeSize == 5)
        #expect(try first.append(Fixtures.events(4..<8)).newRecords == 3)
        #expect(first.treeSize == 8)
        let report = try temp.verify()
        #expect(report.isIntact, "\(report.findings)")
        #expect(report.recordCount == 8)
    }

    @Test func refusesAnotherSigningKeyAndAReadableKey() throws {
        let temp = try TemporaryStore()
        defer { temp.cleanUp() }
        try temp.open().append(Fixtures.events(0..<2))
        let intruder = try NoteSignerKey(generatingFor: "groundwork/intruder")
        try intruder.secretText.write(to: temp.location.keyFile, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: temp.location.keyFile.path)
        let error = try #require(throws: LogStoreError.self) { try temp.open() }
        #expect(error.code == .invalidKey)
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: temp.location.keyFile.path)
        let readable = try #require(throws: LogStoreError.self) { try temp.open() }
        #expect(readable.message.contains("chmod 600"))
    }

    @Test func queryIndexesDroppedByAnInterruptedBulkLoadAreRebuiltOnOpen() throws {
        let temp = try TemporaryStore()
        defer { temp.cleanUp() }
        try temp.open().append(Fixtures.events(0..<3))
        let db = try Connection(path: temp.location.databaseFile.path)
        let indexes =
            "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name IN ('actor_terms_lookup', 'records_time', 'records_action', 'records_account')"
        #expect(try db.scalar(indexes) == .integer(4))
        try db.execute("DROP INDEX actor_terms_lookup; DROP INDEX records_action")
        let reader = try LogStore.open(temp.location, mode: .readOnly)
        #expect(try reader.events(EventQuery(actor: "alice")).count == 3)
        _ = try temp.open()
        #expect(try db.scalar(indexes) == .integer(4))
    }

    @Test func readOnlyOpenOfAMissingStoreSaysWhatToDo() throws {
        let temp = try TemporaryStore()
        defer { temp.cleanUp() }
        let error = try #require(throws: LogStoreError.self) { try LogStore.open(temp.location, mode: .readOnly) }
        #expect(error.code == .storeUnavailable)
        #expect(error.message.contains("logs ingest"))
    }
}
