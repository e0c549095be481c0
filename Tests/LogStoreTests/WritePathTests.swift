import AuditLog
import Foundation
import SQLite
import Testing

@testable import LogStore

/// The ingest write path: transactions of several whole files, and the per-record work moved
/// off the writing thread (role names, targets), which must mean exactly what it meant before.
@Suite struct WritePathTests {
    @Test(
        arguments: [
            ("arn:aws:sts::111111111111:assumed-role/Admin/alice", "Admin"),
            (
                "arn:aws:sts::111111111111:assumed-role/AWSReservedSSO_ReadOnly_0a1b/mara@example.com",
                "AWSReservedSSO_ReadOnly_0a1b"
            ),
            ("arn:aws:iam::111111111111:role/service-role/Deploy", "Deploy"),
            ("arn:aws:iam::111111111111:role/Deploy", "Deploy"),
            ("arn:aws:iam::111111111111:root", nil),
            ("", nil),
        ] as [(String, String?)])
    func roleNames(role: String, expected: String?) {
        #expect(LogStore.roleName(role) == expected)
    }

    @Test func actorTermsIncludeThePermissionSetOfAnIdentityCenterRole() {
        let actor = Event.Actor(
            kind: .role, id: "AROAEXAMPLE:mara@example.com", name: nil, email: nil,
            session: "Mara@Example.com",
            viaRole: "arn:aws:iam::111111111111:role/aws-reserved/sso.amazonaws.com/AWSReservedSSO_ReadOnly_0a1b2c")
        let terms = LogStore.actorTerms(actor)
        #expect(terms.contains("mara@example.com"))
        #expect(terms.contains("awsreservedsso_readonly_0a1b2c"))
        #expect(terms.contains("readonly"))
        #expect(Set(terms).count == terms.count)
    }

    @Test(arguments: [
        [Event.Target(type: "user", id: "bob")],
        [Event.Target(type: "bucket", id: "logs"), Event.Target(type: "key", id: "a/b/c.json")],
        [Event.Target(type: "quote", id: #"say "hi"\now"#), Event.Target(type: "ctl", id: "tab\there")],
        [Event.Target(type: "unicode", id: "résumé ✓")],
    ])
    func targetsReadBackAsWritten(targets: [Event.Target]) throws {
        let text = try #require(TargetCoding.encode(targets))
        #expect(TargetCoding.decode(text) == targets)
        // The result matches what a general JSON reader makes of the same text.
        let general = try JSONDecoder().decode([Event.Target].self, from: Data(text.utf8))
        #expect(general == targets)
    }

    @Test func unexpectedTargetTextFallsBackToTheGeneralDecoder() {
        #expect(TargetCoding.decodeOwnEncoding(#"[{"id":"x","type":"user"}]"#) == nil)
        #expect(TargetCoding.decode(#"[{"id":"x","type":"user"}]"#) == [Event.Target(type: "user", id: "x")])
        #expect(TargetCoding.decode("not json").isEmpty)
        #expect(TargetCoding.decode(nil).isEmpty)
    }

    @Test func transactionsStartWithOneFileAndGrowWithWhatTheRunCommitted() {
        var batch = IngestBatch()
        #expect(!batch.isFull(committedThisRun: 0))
        batch.add(name: "a", digest: [1], newRecords: 60, duplicates: 0)
        #expect(batch.isFull(committedThisRun: 0))
        #expect(batch.contains([1]))
        #expect(batch.committed().map(\.name) == ["a"])
        #expect(!batch.contains([1]))
        batch.add(name: "b", digest: [2], newRecords: 50, duplicates: 0)
        #expect(!batch.isFull(committedThisRun: 60))
        batch.add(name: "c", digest: [3], newRecords: 5, duplicates: 5)
        #expect(batch.isFull(committedThisRun: 60))
        var large = IngestBatch()
        large.add(name: "big", digest: [4], newRecords: IngestBatch.maximumRecords, duplicates: 0)
        #expect(large.isFull(committedThisRun: 10_000_000))
    }

    @Test func aDirectoryGoesInWithFewerCheckpointsThanFilesAndVerifies() throws {
        let temp = try TemporaryStore()
        defer { temp.cleanUp() }
        let store = try temp.open()
        let summary = try store.ingest(IngestTests.stratus)
        #expect(summary.rejected.isEmpty)
        #expect(summary.filesIngested > 4)
        let connection = try Connection(path: temp.location.databaseFile.path, mode: .readOnly)
        guard case .integer(let checkpoints) = try connection.scalar("SELECT count(*) FROM checkpoints"),
            case .integer(let files) = try connection.scalar("SELECT count(*) FROM files WHERE records > 0"),
            case .integer(let recorded) = try connection.scalar("SELECT sum(new_records) FROM files")
        else {
            Issue.record("cannot read the store's tables")
            return
        }
        #expect(Int(files) == summary.filesIngested)
        #expect(Int(recorded) == summary.newRecords)
        #expect(checkpoints < files)
        #expect(checkpoints >= 2)
        let report = try temp.verify()
        #expect(report.isIntact, "\(report.findings)")
        #expect(report.recordsHashed == summary.newRecords)
    }
}
