import AuditLog
import Foundation
import LogStore
import SQLite
import Testing

/// Ingest of real CloudTrail records (the shared Stratus Red Team captures) and of malformed files.
@Suite struct IngestTests {
    /// `../shared/testdata` from the package root, or from the nearest ancestor that has it.
    static var testData: URL {
        var directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        for _ in 0..<8 {
            let candidate = directory.appendingPathComponent("shared/testdata")
            if FileManager.default.fileExists(atPath: candidate.path) { return candidate }
            directory = directory.deletingLastPathComponent()
        }
        return URL(fileURLWithPath: "/work/shared/testdata")
    }

    static var stratus: URL { testData.appendingPathComponent("cloudtrail/stratus-red-team") }

    /// Distinct CloudTrail event ids in the shared files, counted with Foundation's own JSON
    /// reader (independent of the parser under test).
    static func distinctEventIDs(in directory: URL) throws -> Set<String> {
        var ids = Set<String>()
        for name in try FileManager.default.contentsOfDirectory(atPath: directory.path) where name.hasSuffix(".json") {
            let json = try JSONSerialization.jsonObject(with: Data(contentsOf: directory.appendingPathComponent(name)))
            let records: [Any] = (json as? [Any]) ?? ((json as? [String: Any])?["Records"] as? [Any]) ?? [json]
            for case let record as [String: Any] in records {
                if let id = record["eventID"] as? String { ids.insert(id) }
            }
        }
        return ids
    }

    @Test func ingestsTheSharedCloudTrailCapturesOnceAndVerifies() throws {
        let temp = try TemporaryStore()
        defer { temp.cleanUp() }
        let expected = try Self.distinctEventIDs(in: Self.stratus).count
        #expect(expected > 100)
        let store = try temp.open()
        var progressCalls = 0
        let first = try store.ingest(Self.stratus) { _ in progressCalls += 1 }
        #expect(first.rejected.isEmpty, "\(first.rejected)")
        #expect(first.newRecords == expected)
        #expect(first.filesIngested == first.filesFound)
        #expect(first.filesIgnored >= 2)  // LICENSE, SOURCE.md
        #expect(progressCalls == first.filesFound)
        #expect(store.treeSize == UInt64(expected))
        let second = try store.ingest(Self.stratus)
        #expect(second.addedNothing)
        #expect(second.filesUnchanged == first.filesFound)
        #expect(second.filesIngested == 0)
        let report = try temp.verify()
        #expect(report.isIntact, "\(report.findings)")
        #expect(report.recordsHashed == expected)
        let stopLogging = try store.events(EventQuery(action: "StopLogging"))
        #expect(!stopLogging.isEmpty)
        #expect(stopLogging.allSatisfy { String(decoding: $0.event.raw, as: UTF8.self).contains("\"StopLogging\"") })
    }

    @Test func aCopiedTreeIsRecognizedByContentAndAddsNothing() throws {
        let temp = try TemporaryStore()
        defer { temp.cleanUp() }
        let copy = temp.root.appendingPathComponent("copy")
        try FileManager.default.copyItem(at: Self.stratus, to: copy)
        let store = try temp.open()
        let first = try store.ingest(Self.stratus)
        let second = try store.ingest(copy)
        #expect(second.addedNothing)
        #expect(second.filesUnchanged == first.filesFound)
        #expect(try store.ingest(copy).filesUnchanged == first.filesFound)
    }

    @Test func malformedFileIsRejectedWholeWithItsRecordIndexAndOthersStillGoIn() throws {
        let temp = try TemporaryStore()
        defer { temp.cleanUp() }
        let logs = temp.root.appendingPathComponent("logs")
        try FileManager.default.createDirectory(at: logs, withIntermediateDirectories: true)
        let good = try Data(contentsOf: Self.stratus.appendingPathComponent("aws.execution.ssm-send-command.json"))
        try good.write(to: logs.appendingPathComponent("a-good.json"))
        // Two valid records, then one cut off mid-way: a truncated upload.
        let records = try #require(try JSONSerialization.jsonObject(with: good) as? [[String: Any]])
        let first = try JSONSerialization.data(withJSONObject: records[0])
        let second = try JSONSerialization.data(withJSONObject: records[1])
        let third = try JSONSerialization.data(withJSONObject: records[2])
        var truncated = Data("[".utf8) + first + Data(",".utf8) + second + Data(",".utf8)
        truncated += third.prefix(third.count / 2)
        try truncated.write(to: logs.appendingPathComponent("b-truncated.json"))
        let store = try temp.open()
        let summary = try store.ingest(logs)
        #expect(summary.filesIngested == 1)
        let rejection = try #require(summary.rejected.first)
        #expect(summary.rejected.count == 1)
        #expect(rejection.file.hasSuffix("b-truncated.json"))
        #expect(rejection.recordIndex == 2)
        #expect(summary.newRecords == records.count)
        #expect(store.treeSize == UInt64(records.count))
        // The rejected file was not remembered: fixed, it goes in on the next run.
        var fixed = Data("[".utf8) + first + Data(",".utf8) + second + Data(",".utf8) + third + Data("]".utf8)
        fixed += Data("\n".utf8)
        try fixed.write(to: logs.appendingPathComponent("b-truncated.json"))
        let rerun = try store.ingest(logs)
        #expect(rerun.rejected.isEmpty)
        #expect(rerun.newRecords == 0)  // the same three records arrived with the good file
        #expect(rerun.duplicateRecords == 3)
        #expect(try temp.verify().isIntact)
    }

    @Test func editedSearchableFieldsAreReportedAsMisindexed() throws {
        let temp = try TemporaryStore()
        defer { temp.cleanUp() }
        let store = try temp.open()
        _ = try store.ingest(Self.stratus.appendingPathComponent("aws.defense-evasion.cloudtrail-stop.json"))
        #expect(try temp.verify().isIntact)
        // Hide the StopLogging call from `logs query --action`, leaving the verbatim record alone.
        let db = try Connection(path: temp.location.databaseFile.path)
        try db.execute("UPDATE records SET action = 'cloudtrail:DescribeTrails' WHERE seq = 0")
        let report = try temp.verify()
        #expect(report.sequences(of: .misindexed) == [0])
        #expect(report.findings.first?.message.contains("(action)") == true)
    }

    @Test func missingPathIsAnError() throws {
        let temp = try TemporaryStore()
        defer { temp.cleanUp() }
        let store = try temp.open()
        #expect(throws: LogStoreError.self) { try store.ingest(temp.root.appendingPathComponent("nope")) }
    }
}
