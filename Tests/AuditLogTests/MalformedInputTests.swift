import AuditLog
import Foundation
import Testing

/// A malformed file is rejected whole, with its name and the record where it went wrong.
@Suite struct MalformedInputTests {
    static let sample = "aws.credential-access.secretsmanager-retrieve-secrets.json"

    func parse(_ data: Data, name: String = "bad.json") throws -> LogParseError {
        try #require(throws: LogParseError.self) { try LogFileParser().events(in: data, name: name) }
    }

    func recordsJSON() throws -> (data: Data, records: [Data]) {
        let records = try TestData.stratusRecords(Self.sample).map { try TestData.json($0) }
        var data = Data("[".utf8)
        for (index, record) in records.enumerated() {
            if index > 0 { data.append(contentsOf: Array(",\n".utf8)) }
            data.append(record)
        }
        data.append(contentsOf: Array("]".utf8))
        return (data, records)
    }

    /// Where record `index` starts in `recordsJSON().data`.
    func offset(ofRecord index: Int, _ records: [Data]) -> Int {
        1 + records.prefix(index).reduce(0) { $0 + $1.count + 2 }
    }

    @Test func truncatedInsideARecord() throws {
        let (data, records) = try recordsJSON()
        let cut = offset(ofRecord: 3, records) + records[3].count / 2
        let error = try parse(data.prefix(cut), name: "cut.json")
        #expect(error.code == .truncated)
        #expect(error.file == "cut.json")
        #expect(error.recordIndex == 3)
        #expect(error.line == 4)
        #expect(error.description.hasPrefix("cut.json: record 3 (line 4, column "))
    }

    @Test func truncatedBetweenRecords() throws {
        let (data, records) = try recordsJSON()
        let error = try parse(data.prefix(offset(ofRecord: 5, records) - 2))
        #expect(error.code == .truncated)
        #expect(error.recordIndex == nil || error.recordIndex == 5)
    }

    @Test(arguments: ["\"just a string\"", "42", "true", "  \n\t 7"])
    func wrongTopLevel(text: String) throws {
        let error = try parse(Data(text.utf8))
        #expect(error.code == .wrongTopLevel)
        #expect(error.file == "bad.json")
    }

    @Test func objectThatIsNoRecord() throws {
        let error = try parse(Data(#"{"Records": {"not": "an array"}}"#.utf8))
        #expect(error.code == .unknownSource)
        #expect(error.recordIndex == 0)
    }

    @Test(arguments: ["42", "\"text\"", "[1]", "null"])
    func recordNotAnObject(element: String) throws {
        let (data, records) = try recordsJSON()
        var text = String(decoding: data, as: UTF8.self)
        text.removeLast()
        text += ", " + element + "]"
        let error = try parse(Data(text.utf8))
        #expect(error.code == .recordNotObject)
        #expect(error.recordIndex == records.count)
    }

    @Test(arguments: [
        "2024-13-01T00:00:00Z", "2024-02-30T00:00:00Z", "yesterday", "2024-07-31 13:06:24", "2024-07-31T13:06:24",
    ])
    func badTimestamp(value: String) throws {
        var records = try TestData.stratusRecords(Self.sample)
        records[2]["eventTime"] = value
        let error = try parse(try TestData.json(records))
        #expect(error.code == .badTimestamp)
        #expect(error.recordIndex == 2)
        #expect(error.message.contains(value))
    }

    @Test func missingEventTime() throws {
        var records = try TestData.stratusRecords(Self.sample)
        records[4].removeValue(forKey: "eventTime")
        let error = try parse(try TestData.json(records))
        #expect(error.code == .missingField)
        #expect(error.recordIndex == 4)
    }

    @Test(
        arguments: [[0xFF], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xE2, 0x82], [0xF4, 0x90, 0x80, 0x80]] as [[UInt8]])
    func invalidUTF8(bytes: [UInt8]) throws {
        let (data, records) = try recordsJSON()
        // Inside the userAgent string of record 1.
        let start = offset(ofRecord: 1, records)
        let agent = try #require(data.range(of: Data("\"userAgent\":\"".utf8), in: start..<data.endIndex))
        var broken = data
        broken.insert(contentsOf: bytes, at: agent.upperBound + 1)
        let error = try parse(broken)
        #expect(error.code == .invalidJSON)
        #expect(error.recordIndex == 1)
        #expect(error.message.contains("UTF-8"))
        #expect(error.byteOffset == agent.upperBound + 1)
    }

    @Test(arguments: [
        (#"{"a": 1,}"#, "found '}'"), (#"{"a" 1}"#, "expected ':'"), (#"{"a": tru}"#, "literal"),
        (#"{"a": 01}"#, "expected ',' or '}'"), (#"{"a": "\x"}"#, "escape"),
        ("{\"a\": \"tab\there\"}", "control character"),
        (#"{"a": -}"#, "invalid number"), (#"{"a": 1.}"#, "invalid number"),
    ])
    func invalidSyntax(record: String, expected: String) throws {
        let error = try parse(Data(("[" + record + "]").utf8))
        #expect(error.code == .invalidJSON)
        #expect(error.recordIndex == 0)
        #expect(error.message.contains(expected))
    }

    @Test func garbageAfterTheEnd() throws {
        let (data, _) = try recordsJSON()
        let error = try parse(data + Data(" x".utf8))
        #expect(error.code == .invalidJSON)
        #expect(error.message.contains("nothing after the end"))
    }

    @Test func ndjsonErrorNamesTheLine() throws {
        let lines = try TestData.stratusRecords(Self.sample).prefix(4).map {
            String(decoding: try TestData.json($0), as: UTF8.self)
        }
        let text =
            lines[0] + "\n" + lines[1] + "\n"
            + lines[2].replacingOccurrences(of: "\"eventName\":", with: "\"eventName\"") + "\n"
        let error = try parse(Data(text.utf8), name: "lines.ndjson")
        #expect(error.recordIndex == 2)
        #expect(error.line == 3)
        #expect(
            error.column == 1
                + lines[2].distance(
                    from: lines[2].startIndex, to: try #require(lines[2].range(of: "\"eventName\"")).upperBound))
    }

    @Test func mixedSourcesInOneFile() throws {
        let github = try String(
            contentsOf: TestData.fixtures.appendingPathComponent("github/org-audit-log.ndjson"), encoding: .utf8)
        let cloudtrail = String(decoding: try TestData.json(try TestData.stratusRecords(Self.sample)[0]), as: UTF8.self)
        let error = try parse(Data((github + cloudtrail + "\n").utf8))
        #expect(error.code == .unknownSource)
        #expect(error.recordIndex == github.split(separator: "\n").count)
    }

    @Test func corruptGzip() throws {
        let (data, _) = try recordsJSON()
        var gz = try TestData.gzip(data)
        gz[gz.count / 2] ^= 0xFF
        gz[gz.count / 2 + 1] ^= 0xFF
        let error = try parse(gz, name: "corrupt.json.gz")
        #expect(error.code == .badGzip || error.code == .invalidJSON)
        #expect(error.file == "corrupt.json.gz")
        #expect(error.recordIndex != nil)
    }

    @Test func truncatedGzip() throws {
        let (data, _) = try recordsJSON()
        let gz = try TestData.gzip(data)
        let error = try parse(gz.prefix(gz.count - 12), name: "short.json.gz")
        #expect(error.code == .badGzip || error.code == .truncated)
        #expect(error.recordIndex != nil)
        // Missing only the 8-byte trailer (CRC and size): the JSON is whole, the file is not.
        let trailer = try parse(gz.prefix(gz.count - 4), name: "short.json.gz")
        #expect(trailer.code == .badGzip)
    }

    @Test func namedGzipButIsNot() throws {
        let (data, _) = try recordsJSON()
        let error = try parse(data, name: "plain.json.gz")
        #expect(error.code == .badGzip)
    }

    @Test func unreadableFile() throws {
        let error = try #require(throws: LogParseError.self) {
            try LogFileParser().events(inFileAt: URL(fileURLWithPath: "/nonexistent/file.json"))
        }
        #expect(error.code == .unreadable)
        #expect(error.file == "/nonexistent/file.json")
    }

    @Test func emptyFileHasNoRecords() throws {
        #expect(try LogFileParser().events(in: Data(), name: "empty.json").isEmpty)
        #expect(try LogFileParser().events(in: Data("[]".utf8), name: "empty.json").isEmpty)
        #expect(try LogFileParser().events(in: Data(#"{"Records":[]}"#.utf8), name: "empty.json").isEmpty)
    }

    @Test func tooDeep() throws {
        let deep = String(repeating: "[", count: 300) + String(repeating: "]", count: 300)
        let error = try parse(Data((#"[{"eventVersion": "# + deep + "}]").utf8))
        #expect(error.code == .invalidJSON)
        #expect(error.message.contains("nested"))
    }

    @Test func digestFileIsNamedAsSuch() throws {
        let digest = #"{"awsAccountId":"111122223333","digestStartTime":"2024-12-04T10:00:00Z","logFiles":[]}"#
        let error = try parse(Data(digest.utf8), name: "111122223333_CloudTrail-Digest_us-east-1_x.json")
        #expect(error.code == .unknownSource)
        #expect(error.message.contains("digest"))
    }

    @Test func recordsArrayNotFirst() throws {
        let error = try parse(Data(#"{"note": "hand-made", "Records": []}"#.utf8))
        #expect(error.code == .wrongTopLevel)
        #expect(error.recordIndex == 0)
        #expect(error.message.contains("first"))
    }

    @Test func utf16IsNamed() throws {
        let utf16 = Data([0xFF, 0xFE]) + "[{}]".data(using: .utf16LittleEndian)!
        let error = try parse(utf16)
        #expect(error.code == .wrongTopLevel)
        #expect(error.message.contains("UTF-16"))
    }
}
