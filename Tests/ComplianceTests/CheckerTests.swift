import Compliance
import OrgModel
import Support
import Testing

@Suite struct CheckerTests {
    @Test func findingPointsAtTheNodeAtFault() throws {
        let organization = Acme.with { $0.updateAccount("dev") { $0.unit = "Workloads/Production" } }
        let finding = try #require(
            ComplianceChecker().check(organization).first { $0.ruleID == "isolation.shared-unit" })
        #expect(finding.location == SourceLocation(file: "acme.yaml", line: 18, column: 46))
        #expect(finding.severity == .high)
        #expect(
            finding.message
                == "non-production account 'dev' (development) shares unit 'Workloads/Production' with production account 'prod'"
        )
    }

    @Test func controlsFollowTheSelectedFrameworks() throws {
        let organization = Acme.with { $0.auditLog.immutable = false }
        let finding = try #require(ComplianceChecker().check(organization).first)
        #expect(finding.controls == ["SOC 2 CC7.2", "ISO/IEC 27001:2022 A.8.15"])

        var pci = organization
        pci.settings.frameworks = [.pciDSS]
        let pciFinding = try #require(ComplianceChecker().check(pci).first)
        #expect(pciFinding.controls == ["PCI DSS 10.3.2", "PCI DSS 10.3.4"])
    }

    @Test func findingsAreSortedBySeverityThenLocationThenRule() {
        let organization = Acme.with { org in
            org.auditLog.immutable = false  // high, 46:14
            org.guardrails = []  // critical, 42:1
            org.identity.mfa = nil  // high, 25:8
            org.updateAccount("dev") { $0.unit = "Workloads/Production" }  // high, 18:46
            org.auditLog.sources.removeAll { if case .github = $0 { true } else { false } }  // medium, 48:12
        }
        let findings = ComplianceChecker().check(organization)
        #expect(
            findings.map(\.ruleID) == [
                "audit-log.protect-guardrail",
                "isolation.shared-unit",
                "sso.mfa-required",
                "audit-log.immutable",
                "audit-log.external-sources",
            ])
        #expect(findings[2].location?.line == 25)
        #expect(ComplianceChecker().check(organization) == findings)
    }

    @Test func checkerRunsOnlyTheRulesItIsGiven() {
        let organization = Acme.with { org in
            org.auditLog.immutable = false
            org.identity.mfa = .disabled
        }
        #expect(ComplianceChecker(rules: [MFARequiredRule()]).check(organization).map(\.ruleID) == ["sso.mfa-required"])
    }
}
