import AuditLog
import Foundation
import Testing

/// The shapes CloudTrail records arrive in besides a plain array: a trail's `{"Records": [...]}`
/// (plain and gzip), `lookup-events` output, and NDJSON.
@Suite struct CloudTrailFormatTests {
    static let sample = "aws.credential-access.ec2-steal-instance-credentials.json"

    @Test func trailObjectPlainAndGzipAgreeWithArray() throws {
        let records = try TestData.stratusRecords(Self.sample)
        let expected = try LogFileParser().events(inFileAt: TestData.stratus(Self.sample))
        let trail = try TestData.json(["Records": records])
        let plain = try LogFileParser().events(in: trail, name: "trail.json")
        let gzipped = try LogFileParser().events(in: try TestData.gzip(trail), name: "trail.json.gz")
        #expect(plain.count == records.count)
        #expect(gzipped == plain)
        // Same normalization whatever the wrapping; only the raw bytes' formatting differs.
        #expect(plain.map(\.sourceEventID) == expected.map(\.sourceEventID))
        #expect(plain.map(\.actor) == expected.map(\.actor))
        #expect(plain.map(\.action) == expected.map(\.action))
        #expect(plain.map(\.time) == expected.map(\.time))
    }

    @Test func gzipFileInS3LayoutFromDisk() throws {
        let directory = try TestData.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let records = try TestData.stratusRecords(Self.sample)
        let folder = directory.appendingPathComponent(
            "AWSLogs/o-exampleorg1/111122223333/CloudTrail/us-east-1/2024/07/30")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("111122223333_CloudTrail_us-east-1_20240730T2130Z_abc.json.gz")
        try TestData.gzip(try TestData.json(["Records": records])).write(to: file)
        let events = try LogFileParser().events(inFileAt: file)
        #expect(events.count == records.count)
        #expect(events.first?.sourceEventID == records.first?["eventID"] as? String)
    }

    @Test func lookupEventsWrappingIsUnwrapped() throws {
        let records = try TestData.stratusRecords("aws.persistence.iam-create-admin-user.json")
        // `aws cloudtrail lookup-events` prints each record as a JSON string in CloudTrailEvent.
        let entries: [[String: Any]] = try records.map { record in
            [
                "EventId": record["eventID"] ?? "",
                "EventName": record["eventName"] ?? "",
                "ReadOnly": "false",
                "EventTime": record["eventTime"] ?? "",
                "EventSource": record["eventSource"] ?? "",
                "Resources": [] as [Any],
                "CloudTrailEvent": String(decoding: try TestData.json(record), as: UTF8.self),
            ]
        }
        let output = try TestData.json(["Events": entries, "NextToken": "eyJ0b2tlbiI6ICJ4In0="])
        let events = try LogFileParser().events(in: output, name: "lookup-events.json")
        #expect(events.count == records.count)
        for (event, record) in zip(events, records) {
            #expect(event.sourceEventID == record["eventID"] as? String)
            #expect(event.action.hasSuffix(":" + (record["eventName"] as? String ?? "")))
            // The raw record is the CloudTrail record itself, not the lookup-events envelope.
            #expect(event.raw == (try TestData.json(record)))
        }
        // The entries alone, one per line (`jq -c '.Events[]'`), read the same.
        let lines = try entries.map { try TestData.json($0) }.map { String(decoding: $0, as: UTF8.self) }.joined(
            separator: "\n")
        #expect(try LogFileParser().events(in: Data(lines.utf8), name: "events.ndjson") == events)
    }

    @Test func ndjsonOfRecords() throws {
        let records = try TestData.stratusRecords(Self.sample)
        let lines = try records.map { String(decoding: try TestData.json($0), as: UTF8.self) }
        let text = lines.joined(separator: "\n") + "\n"
        let events = try LogFileParser().events(in: Data(text.utf8), name: "athena-export.ndjson")
        #expect(events.count == records.count)
        #expect(events.map { String(decoding: $0.raw, as: UTF8.self) } == lines)
    }

    @Test func identityCenterUserThroughPermissionSetRole() throws {
        let record = """
            {"eventVersion":"1.09","userIdentity":{"type":"AssumedRole","principalId":"AROAEXAMPLE:mara@groundwork.example",\
            "arn":"arn:aws:sts::111122223333:assumed-role/AWSReservedSSO_AdministratorAccess_0123456789abcdef/mara@groundwork.example",\
            "accountId":"111122223333","accessKeyId":"ASIAEXAMPLE","sessionContext":{"sessionIssuer":{"type":"Role",\
            "principalId":"AROAEXAMPLE","arn":"arn:aws:iam::111122223333:role/aws-reserved/sso.amazonaws.com/eu-west-1/AWSReservedSSO_AdministratorAccess_0123456789abcdef",\
            "accountId":"111122223333","userName":"AWSReservedSSO_AdministratorAccess_0123456789abcdef"}},\
            "onBehalfOf":{"userId":"906757c9-1234-5678-9abc-def012345678","identityStoreArn":"arn:aws:identitystore::111122223333:identitystore/d-1234567890"}},\
            "eventTime":"2024-12-04T10:00:00Z","eventSource":"iam.amazonaws.com","eventName":"CreateUser","awsRegion":"us-east-1",\
            "sourceIPAddress":"203.0.113.24","userAgent":"aws-cli/2.22.0","requestParameters":{"userName":"backdoor"},\
            "responseElements":null,"eventID":"e1","recipientAccountId":"111122223333"}
            """
        let event = try #require(try LogFileParser().events(in: Data(record.utf8), name: "sso.json").first)
        #expect(event.actor.kind == .user)
        #expect(event.actor.name == "mara@groundwork.example")
        #expect(event.actor.email == "mara@groundwork.example")
        #expect(event.actor.viaRole == "AdministratorAccess")
        #expect(event.actor.id == "906757c9-1234-5678-9abc-def012345678")
        #expect(event.action == "iam:CreateUser")
        #expect(event.targets == [Event.Target(type: "AWS::IAM::User", id: "backdoor")])
    }

    @Test(arguments: [
        (
            #"{"type":"Root","principalId":"111122223333","arn":"arn:aws:iam::111122223333:root","accountId":"111122223333"}"#,
            Event.Actor.Kind.root, "root"
        ),
        (#"{"type":"AWSService","invokedBy":"cloudtrail.amazonaws.com"}"#, .service, "cloudtrail.amazonaws.com"),
        (
            #"{"type":"IdentityCenterUser","accountId":"111122223333","onBehalfOf":{"userId":"u-1","identityStoreArn":"arn"},"credentialId":"c-1","userName":"jonas@groundwork.example"}"#,
            .user, "jonas@groundwork.example"
        ),
    ])
    func otherIdentityTypes(identity: String, kind: Event.Actor.Kind, name: String) throws {
        let record =
            #"{"eventVersion":"1.10","userIdentity":"# + identity
            + #","eventTime":"2024-12-04T10:00:00Z","eventSource":"signin.amazonaws.com","eventName":"ConsoleLogin","responseElements":{"ConsoleLogin":"Failure"}}"#
        let event = try #require(try LogFileParser().events(in: Data(record.utf8), name: "identity.json").first)
        #expect(event.actor.kind == kind)
        #expect(event.actor.name == name)
        #expect(event.outcome == .failure)
        #expect(event.action == "signin:ConsoleLogin")
    }

    @Test func escapesAndUnicodeAreDecoded() throws {
        let record =
            #"{"eventVersion":"1.10","userIdentity":{"type":"IAMUser","userName":"Ren\u00e9e \ud83d\ude00 \"q\"/\/"},"#
            + #""eventTime":"2024-12-04T10:00:00Z","eventSource":"s3.amazonaws.com","eventName":"GetObject","userAgent":"Zoë’s agent","eventID":"x"}"#
        let event = try #require(try LogFileParser().events(in: Data(record.utf8), name: "unicode.json").first)
        #expect(event.actor.name == "Renée 😀 \"q\"//")
        #expect(event.userAgent == "Zoë’s agent")
        #expect(event.raw == Data(record.utf8))
    }

    /// Records that straddle the reader's 1 MiB chunks read the same as from memory, and batches
    /// concatenate to the whole.
    @Test func largeFileAcrossChunksAndBatches() throws {
        let all = try TestData.allStratusRecords()
        let records = (0..<12).flatMap { _ in all }
        let trail = try TestData.json(["Records": records])
        #expect(trail.count > 3 << 20)
        let directory = try TestData.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("big.json")
        try trail.write(to: file)
        let fromFile = try LogFileParser().events(inFileAt: file)
        #expect(fromFile.count == records.count)
        var batches: [[Event]] = []
        try LogFileParser(batchSize: 1000).forEachBatch(inFileAt: file) { batches.append($0) }
        #expect(batches.dropLast().allSatisfy { $0.count == 1000 })
        #expect(batches.flatMap { $0 } == fromFile)
        let gzFile = directory.appendingPathComponent("big.json.gz")
        try TestData.gzip(trail).write(to: gzFile)
        #expect(try LogFileParser().events(inFileAt: gzFile) == fromFile)
        // Every raw record is exactly the bytes the reference serializer wrote for it.
        #expect(try fromFile.prefix(400).map(\.raw) == records.prefix(400).map { try TestData.json($0) })
    }

    /// Athena's CloudTrail table has lowercase column names and keeps requestParameters as a JSON
    /// string; its JSON exports read the same as the records they came from.
    @Test func athenaExportWithLowercaseKeys() throws {
        func lowercased(_ value: Any) -> Any {
            if let object = value as? [String: Any] {
                return Dictionary(uniqueKeysWithValues: object.map { ($0.key.lowercased(), lowercased($0.value)) })
            }
            if let array = value as? [Any] { return array.map(lowercased) }
            return value
        }
        let records = try TestData.stratusRecords(Self.sample)
        let rows = try records.map { record -> String in
            var row = lowercased(record) as? [String: Any] ?? [:]
            if let parameters = record["requestParameters"] as? [String: Any] {
                row["requestparameters"] = String(decoding: try TestData.json(parameters), as: UTF8.self)
            }
            return String(decoding: try TestData.json(row), as: UTF8.self)
        }
        let events = try LogFileParser().events(in: Data(rows.joined(separator: "\n").utf8), name: "athena.json")
        let expected = try LogFileParser().events(inFileAt: TestData.stratus(Self.sample))
        #expect(events.count == expected.count)
        #expect(events.map(\.actor) == expected.map(\.actor))
        #expect(events.map(\.action) == expected.map(\.action))
        #expect(events.map(\.time) == expected.map(\.time))
        #expect(events.map(\.account) == expected.map(\.account))
        #expect(events.map(\.outcome) == expected.map(\.outcome))
        #expect(events.map(\.sourceIP) == expected.map(\.sourceIP))
        #expect(events.map(\.sourceEventID) == expected.map(\.sourceEventID))
    }
}
