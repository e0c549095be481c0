import Compliance
import Foundation
import Reports
import Testing

@Suite struct JSONRendererTests {
    @Test func findingsAndSummaryRoundTrip() throws {
        let text = JSONRenderer().render(SampleFindings.all)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let findings = try #require(root["findings"] as? [[String: Any]])
        #expect(findings.count == 3)
        #expect(findings[0]["ruleId"] as? String == "audit-log.protect-guardrail")
        #expect(findings[1]["controls"] as? [String] == ["SOC 2 CC8.1", "ISO/IEC 27001:2022 A.8.31"])
        let location = try #require(findings[1]["location"] as? [String: Any])
        #expect(location["file"] as? String == "/repo/infra/organization.yaml")
        #expect(location["line"] as? Int == 18 && location["column"] as? Int == 46)
        #expect(findings[2]["location"] is NSNull)
        #expect(findings[2]["message"] as? String == SampleFindings.tricky.message)

        let summary = try #require(root["summary"] as? [String: Any])
        #expect(summary["total"] as? Int == 3)
        #expect(summary["bySeverity"] as? [String: Int] == ["critical": 1, "high": 1, "medium": 0, "low": 1])
        #expect(
            summary["byRequirement"] as? [String: Int] == [
                "isolation": 1, "sso": 0, "separation": 0, "audit-log": 1, "management": 1,
            ])
    }

    @Test func keyOrderIsStable() {
        let text = JSONRenderer().render([SampleFindings.sharedUnit])
        let keys = [
            "\"findings\"", "\"ruleId\"", "\"requirement\"", "\"severity\"", "\"resource\"", "\"location\"",
            "\"message\"",
            "\"remediation\"", "\"controls\"", "\"summary\"", "\"total\"", "\"bySeverity\"", "\"critical\"", "\"low\"",
            "\"byRequirement\"", "\"isolation\"", "\"management\"",
        ]
        let positions = keys.compactMap { text.range(of: $0 + ":")?.lowerBound }
        #expect(positions.count == keys.count)
        #expect(positions == positions.sorted())
        #expect(JSONRenderer().render([SampleFindings.sharedUnit]) == text)
    }

    @Test func emptyReport() throws {
        let text = JSONRenderer().render([])
        let root = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect((root["findings"] as? [Any])?.isEmpty == true)
    }
}
