import AuditLog
import Foundation
import Testing

@Suite struct GitHubAuditLogTests {
    @Test func jsonArrayExport() throws {
        let events = try LogFileParser().events(
            inFileAt: TestData.fixtures.appendingPathComponent("github/org-audit-log.json"))
        #expect(events.count == 5)
        #expect(events.allSatisfy { $0.source == .github && $0.account == "groundwork-demo" })
        let create = events[0]
        #expect(create.action == "repo.create")
        #expect(create.sourceEventID == "Qm9vdHN0cmFwLWF1ZGl0LTAwMQ")
        #expect(create.time == Date(timeIntervalSince1970: 1_733_313_600.123))
        #expect(create.actor == Event.Actor(kind: .user, id: "5811201", name: "mara-ops"))
        #expect(create.sourceIP == "203.0.113.24")
        #expect(create.userAgent?.hasPrefix("Mozilla/5.0") == true)
        #expect(create.targets == [Event.Target(type: "repository", id: "groundwork-demo/payments-api")])
        #expect(events[1].actor.email == "mara@groundwork.example")
        #expect(events[1].targets == [Event.Target(type: "user", id: "jonas-dev")])
        #expect(events[2].targets.contains(Event.Target(type: "team", id: "groundwork-demo/platform")))
        #expect(events[4].actor.kind == .service)
    }

    @Test func ndjsonExportWithBlankLine() throws {
        let url = TestData.fixtures.appendingPathComponent("github/org-audit-log.ndjson")
        let events = try LogFileParser().events(inFileAt: url)
        #expect(events.map(\.action) == ["org.update_member", "repo.access", "org.remove_member", "git.clone"])
        #expect(events[3].targets == [Event.Target(type: "repository", id: "groundwork-demo/payments-api")])
        #expect(events[3].actor.session == "k2R1bW15LXRva2VuLWhhc2g=")
        let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n").map { Data($0.utf8) }
        #expect(events.map(\.raw) == lines)
    }
}

@Suite struct OktaSystemLogTests {
    @Test func jsonArrayExport() throws {
        let events = try LogFileParser().events(
            inFileAt: TestData.fixtures.appendingPathComponent("okta/system-log.json"))
        #expect(events.count == 4)
        #expect(events.allSatisfy { $0.source == .okta })
        let login = events[0]
        #expect(login.action == "user.session.start")
        #expect(login.sourceEventID == "7f3c2a10-b1d2-11ef-9a3b-0123456789ab")
        #expect(login.time == Date(timeIntervalSince1970: 1_733_313_601.234))
        #expect(
            login.actor
                == Event.Actor(
                    kind: .user, id: "00u8gw1ab2CdEfGh3i4j", name: "Mara Okafor", email: "mara@groundwork.example",
                    session: "102Xk9QpLmN3oRsTuVwXyZ01"))
        #expect(login.sourceIP == "203.0.113.24")
        #expect(login.outcome == .success)
        #expect(login.targets.isEmpty)
        #expect(events[1].targets.map(\.type) == ["AppUser", "AppInstance"])
        #expect(events[2].outcome == .failure)
        // 13:10:00.5+01:00 is 12:10:00.5 UTC.
        #expect(events[2].time == Date(timeIntervalSince1970: 1_733_314_200.5))
        #expect(events[3].actor.kind == .service)
        #expect(events[3].sourceIP == nil)
    }

    @Test func ndjsonExport() throws {
        let events = try LogFileParser().events(
            inFileAt: TestData.fixtures.appendingPathComponent("okta/system-log.ndjson"))
        #expect(events.map(\.action) == ["user.account.privilege.grant", "user.session.end"])
        #expect(events[0].targets == [Event.Target(type: "User", id: "00u9hx2bc3DeFgHi4j5k")])
    }

    @Test func forcedSourceRejectsOtherRecords() throws {
        let url = TestData.fixtures.appendingPathComponent("okta/system-log.json")
        let error = try #require(throws: LogParseError.self) {
            try LogFileParser(source: .github).events(inFileAt: url)
        }
        #expect(error.code == .missingField)
        #expect(error.recordIndex == 0)
    }
}

@Suite struct SourceNameTests {
    @Test(arguments: [
        ("aws-cloudtrail", Event.SourceKind.awsCloudTrail), ("CloudTrail", .awsCloudTrail), ("github", .github),
        ("OKTA", .okta),
    ])
    func names(name: String, kind: Event.SourceKind) {
        #expect(Event.SourceKind(name: name) == kind)
    }

    @Test func unknownName() {
        #expect(Event.SourceKind(name: "azure") == nil)
    }
}
