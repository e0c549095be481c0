import AuditLog
import Foundation
import Testing

/// The single-record API the query path uses must give back exactly the file parser's events.
@Suite struct RecordNormalizerTests {
    static let files: [URL] =
        TestData.stratusFiles.map(TestData.stratus) + [
            "github/org-audit-log.json", "github/org-audit-log.ndjson", "okta/system-log.json",
            "okta/system-log.ndjson",
        ].map { TestData.fixtures.appendingPathComponent($0) }

    @Test func theDataHasFilesOfEverySource() throws {
        #expect(Self.files.count > 30)
        let sources = try Set(Self.files.flatMap { try LogFileParser().events(inFileAt: $0).map(\.source) })
        #expect(sources == Set(Event.SourceKind.allCases))
    }

    @Test(arguments: files)
    func everyRecordReadsBackAsTheFileParserReadIt(file: URL) throws {
        let events = try LogFileParser().events(inFileAt: file)
        #expect(!events.isEmpty)
        let normalizer = RecordNormalizer()
        for event in events {
            #expect(try normalizer.event(fromRecord: event.raw, source: event.source) == event)
            #expect(try LogFileParser.event(fromRecord: [UInt8](event.raw), source: event.source) == event)
        }
    }

    @Test func aLookupEventsEntryIsUnwrappedAsInAFile() throws {
        let record = try #require(try TestData.stratusRecords("aws.defense-evasion.cloudtrail-stop.json").first)
        let inner = String(decoding: try TestData.json(record), as: UTF8.self)
        let entry = try TestData.json(["EventId": record["eventID"] ?? "", "CloudTrailEvent": inner])
        let fromFile = try #require(try LogFileParser().events(in: entry, name: "entry.json").first)
        let alone = try RecordNormalizer().event(fromRecord: entry, source: .awsCloudTrail)
        #expect(alone == fromFile)
        #expect(alone.raw == Data(inner.utf8))
    }

    @Test func surroundingWhitespaceIsAllowedAndKeptInRaw() throws {
        let line = #"{"action":"repo.create","@timestamp":1733313600123,"actor":"mara"}"#
        let event = try RecordNormalizer().event(fromRecord: Data((" \n" + line + "\n").utf8), source: .github)
        #expect(event.action == "repo.create")
        #expect(event.raw == Data((" \n" + line + "\n").utf8))
    }

    @Test(arguments: [
        (#"{"action":"x","@timestamp":1} {}"#, LogParseError.Code.invalidJSON),
        (#"["action"]"#, .recordNotObject),
        (#"{"action":"x","@timestamp":1"#, .truncated),
        (#"{"action":"x"}"#, .missingField),
        (#"{"action":"x","@timestamp":"yesterday"}"#, .badTimestamp),
        ("", .truncated),
    ])
    func malformedRecordsAreRejected(text: String, code: LogParseError.Code) {
        #expect {
            try RecordNormalizer().event(fromRecord: Array(text.utf8), source: .github)
        } throws: { error in
            (error as? LogParseError)?.code == code
        }
    }

    @Test func theSourceGivenIsTheOneUsed() throws {
        let event = try #require(
            try LogFileParser().events(inFileAt: TestData.stratus("aws.defense-evasion.cloudtrail-stop.json")).first)
        #expect(throws: LogParseError.self) { try RecordNormalizer().event(fromRecord: event.raw, source: .okta) }
    }
}
