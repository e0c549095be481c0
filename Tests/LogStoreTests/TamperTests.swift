import AuditLog
import Foundation
import LogStore
import SQLite
import Testing

/// Each way of altering a store behind its back is detected, naming the records where it can.
@Suite struct TamperTests {
    /// A store with 20 records appended in two files (two checkpoints), closed.
    private func makeStore() throws -> (TemporaryStore, SignedNote) {
        let temp = try TemporaryStore()
        let store = try temp.open()
        try store.append(Fixtures.events(0..<10))
        let outcome = try store.append(Fixtures.events(10..<20, user: "bob"))
        try store.sync()
        return (temp, try #require(outcome.checkpoint))
    }

    private func database(_ temp: TemporaryStore) throws -> Connection {
        try Connection(path: temp.location.databaseFile.path, mode: .readWrite)
    }

    @Test func untouchedStoreVerifies() throws {
        let (temp, checkpoint) = try makeStore()
        defer { temp.cleanUp() }
        let report = try temp.verify(external: [checkpoint])
        #expect(report.isIntact, "\(report.findings)")
        #expect(report.recordCount == 20)
        #expect(report.recordsHashed == 20)
        #expect(report.checkpointsChecked == 2)
        #expect(report.notes.contains { $0.contains("consistent") })
    }

    @Test func flippedByteInARecordIsReportedWithItsSequence() throws {
        let (temp, _) = try makeStore()
        defer { temp.cleanUp() }
        let db = try database(temp)
        var raw = try #require(try db.scalar("SELECT raw FROM records WHERE seq = 7"))
        guard case .blob(var bytes) = raw else { Issue.record("raw is not a blob"); return }
        bytes[bytes.startIndex + 12] ^= 0x01
        raw = .blob(bytes)
        try db.execute("UPDATE records SET raw = ? WHERE seq = 7", [raw])
        let report = try temp.verify()
        #expect(report.sequences(of: .modified) == [7])
        #expect(report.findings.count == 1)
    }

    @Test func deletedRowIsReported() throws {
        let (temp, _) = try makeStore()
        defer { temp.cleanUp() }
        try database(temp).execute("DELETE FROM records WHERE seq = 3")
        let report = try temp.verify()
        #expect(report.sequences(of: .deleted) == [3])
    }

    @Test func contentRemovedWithoutASignedPruneIsReported() throws {
        let (temp, _) = try makeStore()
        defer { temp.cleanUp() }
        try database(temp).execute("UPDATE records SET raw = NULL WHERE seq = 12")
        let report = try temp.verify()
        #expect(report.sequences(of: .deleted) == [12])
    }

    @Test func swappedRowsAreReportedAsReordered() throws {
        let (temp, _) = try makeStore()
        defer { temp.cleanUp() }
        let db = try database(temp)
        // Whole rows, leaf hashes included: only the signed roots and the idempotency keys notice.
        try db.execute(
            "UPDATE records SET seq = -1 WHERE seq = 4; UPDATE records SET seq = 4 WHERE seq = 15; UPDATE records SET seq = 15 WHERE seq = -1"
        )
        let report = try temp.verify()
        #expect(report.sequences(of: .reordered) == [4, 15])
        #expect(!report.sequences(of: .rootMismatch).isEmpty)
    }

    @Test func swappedRecordContentsAreReportedAsReordered() throws {
        let (temp, _) = try makeStore()
        defer { temp.cleanUp() }
        let db = try database(temp)
        let two = try #require(try db.scalar("SELECT raw FROM records WHERE seq = 2"))
        let five = try #require(try db.scalar("SELECT raw FROM records WHERE seq = 5"))
        try db.execute("UPDATE records SET raw = ? WHERE seq = 2", [five])
        try db.execute("UPDATE records SET raw = ? WHERE seq = 5", [two])
        let report = try temp.verify()
        #expect(report.sequences(of: .reordered) == [2, 5])
        #expect(report.sequences(of: .modified).isEmpty)
    }

    @Test func rewrittenRecordWithRewrittenLeafBreaksTheSignedRoot() throws {
        let (temp, checkpoint) = try makeStore()
        defer { temp.cleanUp() }
        let forged = Data(#"{"eventID":"evt-13","eventName":"nothing-to-see"}"#.utf8)
        try database(temp).execute(
            "UPDATE records SET raw = ?, leaf = ? WHERE seq = 13", [.blob(forged), .bytes(TreeHash.leaf(forged).bytes)])
        let report = try temp.verify(external: [checkpoint])
        let mismatch = try #require(report.findings.first { $0.kind == .rootMismatch })
        #expect(mismatch.sequence == 10)  // the range 10..<20 of the second append
        #expect(report.findings.contains { $0.kind == .inconsistent })
    }

    @Test func insertedRecordIsReported() throws {
        let (temp, _) = try makeStore()
        defer { temp.cleanUp() }
        let raw = Data(#"{"eventID":"planted"}"#.utf8)
        try database(temp).execute(
            "INSERT INTO records (seq, leaf, source, time_ms, raw) VALUES (20, ?, 'aws-cloudtrail', 0, ?)",
            [.bytes(TreeHash.leaf(raw).bytes), .blob(raw)]
        )
        let report = try temp.verify()
        #expect(report.sequences(of: .inserted) == [20])
    }

    @Test func droppedTailWithItsCheckpointIsCaughtByTheCheckpointKeptOutside() throws {
        let (temp, checkpoint) = try makeStore()
        defer { temp.cleanUp() }
        try database(temp).execute("DELETE FROM records WHERE seq >= 10; DELETE FROM checkpoints WHERE size = 20")
        let report = try temp.verify()
        #expect(report.sequences(of: .truncated) == [10])  // latest.checkpoint still says 20
        let external = try temp.verify(external: [checkpoint])
        #expect(external.findings.contains { $0.kind == .truncated && $0.message.contains("external checkpoint") })
    }

    @Test func truncatedDatabaseFileIsDetected() throws {
        let temp = try TemporaryStore()
        defer { temp.cleanUp() }
        do {
            let store = try temp.open()
            for batch in 0..<10 { try store.append(Fixtures.events(batch * 50..<(batch + 1) * 50)) }
            try store.sync()
        }
        let path = temp.location.databaseFile.path
        let size = try #require(try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int)
        #expect(size > 64 * 1024)
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.truncate(atOffset: UInt64(size / 2))
        try handle.close()
        let report = try temp.verify()
        #expect(!report.isIntact)
        #expect(report.findings.contains { [.damaged, .truncated, .deleted].contains($0.kind) })
    }

    @Test func storeReplacedByOneSignedWithAnotherKeyIsDetected() throws {
        let (original, checkpoint) = try makeStore()
        defer { original.cleanUp() }
        let pinned = try NoteVerifierKey(text: String(contentsOf: original.location.pinnedKeyFile, encoding: .utf8))
        // An impostor builds a store with edited history under its own key …
        let impostor = try TemporaryStore()
        defer { impostor.cleanUp() }
        let store = try impostor.open()
        try store.append(Fixtures.events(0..<10).filter { $0.sourceEventID != "evt-3" })
        try store.append(Fixtures.events(10..<20, user: "bob"))
        try store.sync()
        // … and swaps the whole directory in. On its own, the replacement is self-consistent:
        try FileManager.default.removeItem(at: original.location.directory)
        try FileManager.default.copyItem(at: impostor.location.directory, to: original.location.directory)
        #expect(try original.verify().isIntact)
        // What the owner kept outside — an old checkpoint, or the public key — exposes it.
        let withCheckpoint = try original.verify(external: [checkpoint])
        #expect(
            withCheckpoint.findings.contains { $0.kind == .badSignature && $0.message.contains("external checkpoint") })
        let withKey = try original.verify(trustedKey: pinned)
        #expect(withKey.findings.contains { $0.kind == .keyMismatch })
        #expect(withKey.findings.contains { $0.kind == .badSignature })
    }

    @Test func databaseReplacedUnderThePinnedKeyIsDetected() throws {
        let (original, _) = try makeStore()
        defer { original.cleanUp() }
        let impostor = try TemporaryStore()
        defer { impostor.cleanUp() }
        let store = try impostor.open()
        try store.append(Fixtures.events(0..<20))
        try store.sync()
        for suffix in ["", "-wal", "-shm"] {
            let target = original.location.databaseFile.path + suffix
            try? FileManager.default.removeItem(atPath: target)
            let source = impostor.location.databaseFile.path + suffix
            if FileManager.default.fileExists(atPath: source) {
                try FileManager.default.copyItem(atPath: source, toPath: target)
            }
        }
        let report = try original.verify()
        #expect(report.findings.contains { $0.kind == .badSignature })
        #expect(report.findings.contains { $0.kind == .keyMismatch })
    }
}
