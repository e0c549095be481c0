import AuditLog
import Foundation
import LogStore
import Testing

@testable import GroundworkCLI

/// The byte-level renderer must write what Foundation would: the same timestamps, valid JSON
/// with every awkward character escaped, and the verbatim record embedded on one line.
@Suite struct LogsEventRendererTests {
    @Test(arguments: [
        -86_400.0 * 365 * 30 - 0.5, -1, 0, 0.999, 59, 951_782_400, 951_868_799.75, 1_709_164_800,
        1_764_870_969, 4_102_444_800, 253_402_300_799,
    ])
    func timeMatchesFoundationsISO8601(seconds: Double) {
        let date = Date(timeIntervalSince1970: seconds)
        #expect(LogsEventRenderer.time(date) == date.formatted(.iso8601))
    }

    @Test func timeMatchesFoundationOverEveryDayOfFourHundredYears() {
        var day = -146_097.0 * 86_400 / 2
        while day < 146_097.0 * 86_400 / 2 {
            let date = Date(timeIntervalSince1970: day + 45_296)
            guard LogsEventRenderer.time(date) == date.formatted(.iso8601) else {
                Issue.record("differs at \(date): \(LogsEventRenderer.time(date))")
                return
            }
            day += 86_400 * 7
        }
    }

    @Test func jsonEscapesAndEmbedsTheRecordOnOneLine() throws {
        let awkward = "quote\" back\\slash\nnew\ttab\u{01}ctl é 😀"
        let raw = Data("{\n  \"eventName\": \"Stop Logging\",\n  \"nested\": {\"a\": [1, 2, \"x \\\" y\"]}\n}".utf8)
        let event = Event(
            source: .awsCloudTrail, sourceEventID: "e1", time: Date(timeIntervalSince1970: 1_764_870_969),
            account: "111122223333", region: nil,
            actor: .init(kind: .user, id: "AIDA", name: awkward, email: nil, session: "s", viaRole: "r"),
            action: "cloudtrail:StopLogging", targets: [.init(type: "trail", id: awkward), .init(type: "t", id: "2")],
            outcome: .failure, sourceIP: "10.0.0.1", userAgent: nil, raw: raw)
        let text = LogsEventRenderer.json(StoredEvent(sequence: 42, event: event))
        #expect(!text.contains("\n"))
        #expect(text.contains(#""record":{"eventName":"Stop Logging","nested":{"a":[1,2,"x \" y"]}}"#))
        #expect(text.contains(#"\u0001"#))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(object["sequence"] as? Int == 42)
        #expect(object["time"] as? String == "2025-12-04T17:56:09Z")
        #expect(object["region"] is NSNull)
        let actor = try #require(object["actor"] as? [String: Any])
        #expect(actor["name"] as? String == awkward)
        #expect(actor["email"] is NSNull)
        let targets = try #require(object["targets"] as? [[String: String]])
        #expect(targets == [["type": "trail", "id": awkward], ["type": "t", "id": "2"]])
        #expect(object["outcome"] as? String == "failure")
        #expect((object["record"] as? [String: Any])?["eventName"] as? String == "Stop Logging")
    }

    @Test(
        "whitespace between tokens goes, whitespace and escapes inside strings stay",
        arguments: [
            (#"{"a":1,"b":[true,null]}"#, #"{"a":1,"b":[true,null]}"#),
            ("{\n\t\"a\" :\r\n 1 }\n", #"{"a":1}"#),
            (#"{ "say" : "a \" b" , "c" : "\\" , "d" : " " }"#, #"{"say":"a \" b","c":"\\","d":" "}"#),
            (#"  "x\\\" y"  "#, #""x\\\" y""#),
            ("   ", "null"),
        ])
    func minifies(input: String, expected: String) {
        #expect(LogsEventRenderer.minified(Data(input.utf8)) == expected)
        var out = Array("prefix".utf8)
        LogsEventRenderer.minified(Data(input.utf8), into: &out)
        #expect(String(decoding: out, as: UTF8.self) == "prefix" + expected)
    }

    @Test func anEmptyRecordIsWrittenAsNull() {
        #expect(LogsEventRenderer.minified(Data()) == "null")
        #expect(LogsEventRenderer.minified(Data(" [ 1 , \"a b\" ] ".utf8)) == #"[1,"a b"]"#)
    }
}
