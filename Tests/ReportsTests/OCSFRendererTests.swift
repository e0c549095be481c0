import Compliance
import Foundation
import Reports
import Testing

@Suite struct OCSFRendererTests {
    let report = SampleAudit.report()

    func events() throws -> [[String: Any]] {
        let json = OCSFRenderer().render(report)
        return try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
    }

    @Test func everyResultIsAComplianceFindingWithTheRequiredFields() throws {
        let events = try events()
        #expect(events.count == report.results.count)
        for event in events {
            // Base event (required): activity, category, class, type, severity, time, metadata.
            #expect(event["class_uid"] as? Int == 2003)
            #expect(event["class_name"] as? String == "Compliance Finding")
            #expect(event["category_uid"] as? Int == 2)
            #expect(event["activity_id"] as? Int == 1)
            #expect(event["type_uid"] as? Int == 200_301)
            #expect(event["time"] as? Int == 1_800_000_000_000)
            #expect((1...5).contains(event["severity_id"] as? Int ?? 0))
            let metadata = try #require(event["metadata"] as? [String: Any])
            #expect(metadata["version"] as? String == "1.3.0")
            let product = try #require(metadata["product"] as? [String: Any])
            #expect(product["name"] as? String == "Groundwork" && product["version"] as? String == "0.1.0")
            // Finding (required): finding_info.uid; title and desc recommended.
            let info = try #require(event["finding_info"] as? [String: Any])
            #expect((info["uid"] as? String)?.hasPrefix("groundwork-") == true)
            #expect(info["title"] is String && info["desc"] is String)
            // Compliance finding (required): compliance.standards.
            let compliance = try #require(event["compliance"] as? [String: Any])
            #expect(!(compliance["standards"] as? [String] ?? []).isEmpty)
            #expect(compliance["control"] is String && compliance["requirements"] is [String])
            #expect(compliance["status_id"] is Int && compliance["status"] is String)
            let resources = try #require(event["resources"] as? [[String: Any]])
            #expect(resources.first?["uid"] is String)
            #expect((event["remediation"] as? [String: Any])?["desc"] is String)
        }
        let uids = events.compactMap { ($0["finding_info"] as? [String: Any])?["uid"] as? String }
        #expect(Set(uids).count == uids.count, "finding uids must be unique")
    }

    @Test(arguments: [
        (CheckStatus.pass, 1, "Pass"), (.fail, 3, "Fail"), (.manual, 2, "Warning"), (.error, 99, "Error"),
    ])
    func mapsStatusesSoAnErrorIsNeverAFailure(status: CheckStatus, id: Int, name: String) throws {
        let events = try events()
        let index = try #require(report.results.firstIndex { $0.status == status })
        let compliance = try #require(events[index]["compliance"] as? [String: Any])
        #expect(compliance["status_id"] as? Int == id)
        #expect(compliance["status"] as? String == name)
        #expect(compliance["status_code"] as? String == status.rawValue)
    }

    @Test func carriesClausesStandardsSeverityAndEvidence() throws {
        let events = try events()
        let index = try #require(report.results.firstIndex { $0.checkID == "audit-log.archive-object-lock" })
        let event = events[index]
        let compliance = try #require(event["compliance"] as? [String: Any])
        #expect(compliance["control"] as? String == "audit-log.archive-object-lock")
        #expect(compliance["requirements"] as? [String] == report.results[index].controls)
        #expect(compliance["standards"] as? [String] == ["SOC 2", "ISO/IEC 27001:2022", "PCI DSS v4.0"])
        #expect(event["severity_id"] as? Int == 5 && event["severity"] as? String == "Critical")
        let groundwork = try #require((event["unmapped"] as? [String: Any])?["groundwork"] as? [String: Any])
        #expect(groundwork["evidence"] as? [String] == ["s3.GetObjectLockConfiguration.222222222222.eu-central-1.xml"])
        let pass = try #require(report.results.firstIndex { $0.status == .pass })
        #expect(events[pass]["severity_id"] as? Int == 1)
    }
}

@Suite struct AuditSARIFRendererTests {
    @Test func validatesAgainstTheSARIFSchemaAndMarksKinds() throws {
        let sarif = AuditSARIFRenderer().render(SampleAudit.report())
        let schema = try #require(
            SARIFRendererTests.sharedFile("testdata/schemas/sarif-schema-2.1.0.json"), "SARIF schema not found")
        let validation = try JSONSchemaValidation.validate(sarif, against: schema)
        #expect(validation.status == 0, "\(validation.report)")

        let document = try #require(try JSONSerialization.jsonObject(with: Data(sarif.utf8)) as? [String: Any])
        let run = try #require((document["runs"] as? [[String: Any]])?.first)
        let results = try #require(run["results"] as? [[String: Any]])
        let kinds = Set(results.compactMap { $0["kind"] as? String })
        #expect(kinds == ["fail", "review", "open"], "passes are left out by default")
        let error = try #require(results.first { $0["kind"] as? String == "open" })
        #expect(error["level"] as? String == "none")
        let invocation = try #require((run["invocations"] as? [[String: Any]])?.first)
        #expect(invocation["executionSuccessful"] as? Bool == false)
    }
}
