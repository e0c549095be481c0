import AuditLog
import Foundation
import Testing

@Suite struct CloudTrailParsingTests {
    /// Every shared Stratus Red Team file parses, with one event per record and the fields every
    /// CloudTrail record has.
    @Test(arguments: TestData.stratusFiles)
    func stratusFileParses(name: String) throws {
        let url = TestData.stratus(name)
        let events = try LogFileParser().events(inFileAt: url)
        let reference = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [[String: Any]])
        #expect(events.count == reference.count)
        for (event, record) in zip(events, reference) {
            #expect(event.source == .awsCloudTrail)
            #expect(event.sourceEventID == record["eventID"] as? String)
            #expect(event.account == record["recipientAccountId"] as? String)
            #expect(event.region == record["awsRegion"] as? String)
            #expect(event.sourceIP == record["sourceIPAddress"] as? String)
            #expect(event.userAgent == record["userAgent"] as? String)
            #expect(event.action.hasSuffix(":" + (record["eventName"] as? String ?? "?")))
            #expect(event.outcome == (record["errorCode"] == nil ? .success : .failure))
        }
    }

    @Test func stopLoggingByIAMUser() throws {
        let events = try LogFileParser().events(inFileAt: TestData.stratus("aws.defense-evasion.cloudtrail-stop.json"))
        let event = try #require(events.first)
        #expect(events.count == 1)
        #expect(event.action == "cloudtrail:StopLogging")
        #expect(event.account == "143434273843")
        #expect(event.region == "apiso-centralnorth-2r")
        #expect(event.sourceIP == "86.245.153.234")
        #expect(event.outcome == .success)
        #expect(
            event.actor
                == Event.Actor(
                    kind: .user, id: "AIDAOC1SYDVN0AF0FMMR", name: "christophe", session: "AKIAGGWFBBHBE7D3M9WI"))
        #expect(
            event.targets.contains(
                Event.Target(type: "AWS::CloudTrail::Trail", id: "stratus-red-team-ct-stop-trail-buykxbqejv")))
        #expect(event.time == Date(timeIntervalSince1970: 1_722_431_184))
        #expect(event.sourceEventID == "10163ed2-2253-469d-a5ee-cbc6651f8934")
    }

    @Test func assumedRoleWithErrorIsFailure() throws {
        let events = try LogFileParser().events(
            inFileAt: TestData.stratus("aws.credential-access.ec2-get-password-data.json"))
        let event = try #require(events.first)
        #expect(event.action == "ec2:GetPasswordData")
        #expect(event.outcome == .failure)
        #expect(event.actor.kind == .role)
        #expect(event.actor.name == "aws-go-sdk-1722375070115152000")
        #expect(event.actor.viaRole == "arn:aws:iam::457448411975:role/stratus-red-team-ec2-get-password-data-role")
        #expect(event.actor.session == "ASIANQQHHS551LWULIWD")
        #expect(event.region == "apiso-northsouth-3r")
    }

    @Test func federatedUser() throws {
        let events = try LogFileParser().events(inFileAt: TestData.stratus("aws.persistence.sts-federation-token.json"))
        let federated = try #require(events.first { $0.actor.id == "742491224508:stratus_red_team" })
        #expect(federated.actor.kind == .user)
        #expect(federated.actor.name == "stratus_red_team")
        #expect(federated.actor.viaRole == "arn:aws:iam::742491224508:user/stratus-red-team-user-federation-user")
    }

    @Test func rawBytesRoundTripExactly() throws {
        let url = TestData.stratus("aws.execution.ssm-send-command.json")
        let bytes = try Data(contentsOf: url)
        let events = try LogFileParser().events(inFileAt: url)
        let reference = try #require(try JSONSerialization.jsonObject(with: bytes) as? [Any])
        var searchFrom = bytes.startIndex
        for (event, record) in zip(events, reference) {
            // The raw bytes are a contiguous, in-order slice of the file...
            let range = try #require(bytes.range(of: event.raw, in: searchFrom..<bytes.endIndex))
            searchFrom = range.upperBound
            // ...and they are exactly one record: the same value as the reference parser's.
            let reparsed = try JSONSerialization.jsonObject(with: event.raw)
            #expect(try canonical(reparsed) == canonical(record))
            #expect(event.raw.first == UInt8(ascii: "{") && event.raw.last == UInt8(ascii: "}"))
        }
    }

    private func canonical(_ value: Any) throws -> Data {
        try JSONSerialization.data(withJSONObject: value, options: [.sortedKeys])
    }
}
