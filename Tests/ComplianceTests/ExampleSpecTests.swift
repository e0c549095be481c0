import Compliance
import Foundation
import OrgModel
import Support
import Testing

/// The shipped examples and the starter spec, loaded by the real loader and checked by every rule.
@Suite struct ExampleSpecTests {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static func example(_ name: String) -> String { packageRoot.appendingPathComponent("examples/\(name)").path }

    @Test func acmeExamplePasses() throws {
        let organization = try SpecLoader.load(contentsOf: Self.example("acme.yaml"))
        let findings = ComplianceChecker().check(organization)
        #expect(findings.isEmpty, "\(findings.map { "\($0.ruleID): \($0.message)" })")
    }

    @Test(arguments: [
        [Framework](), [.soc2], [.soc2, .iso27001], [.hipaa], [.pciDSS], [.soc2, .gdpr], [.hipaa, .gdpr],
        [.pciDSS, .gdpr, .nist80053],
        Framework.allCases,
    ])
    func starterSpecPasses(frameworks: [Framework]) throws {
        let text = StarterSpec.render(name: "Acme Corp", frameworks: frameworks)
        let organization = try SpecLoader.load(yaml: text, file: "organization.yaml")
        let findings = ComplianceChecker().check(organization)
        #expect(findings.isEmpty, "\(findings.map { "\($0.ruleID): \($0.message)" })")
    }

    @Test func brokenExampleTriggersTheRulesItIsMeantTo() throws {
        let organization = try SpecLoader.load(contentsOf: Self.example("broken.yaml"))
        let findings = ComplianceChecker().check(organization)
        let fired = Set(findings.map(\.ruleID))
        // One per "BAD" comment in examples/broken.yaml.
        let meant: Set<String> = [
            "isolation.shared-unit",
            "management.email-alias",
            "separation.security-unit",
            "isolation.user-data-outside-production",
            "isolation.workload-stage",
            "separation.security-accounts",
            "sso.mfa-required",
            "sso.direct-person-grant",
            "separation.admin-concentration",
            "isolation.data-free-profile",
            "sso.local-users",
            "audit-log.protect-guardrail",
            "audit-log.retention",
            "audit-log.immutable",
            "audit-log.readers",
            "audit-log.external-sources",
        ]
        #expect(meant.subtracting(fired).isEmpty, "not fired: \(meant.subtracting(fired).sorted())")
        // Side effects of the same mistakes: jane's direct admin grant also reaches the log
        // archive and the management account.
        #expect(fired.subtracting(meant) == ["separation.security-access", "separation.management-access"])
        for finding in findings {
            let location = try #require(finding.location, "\(finding.ruleID) has no location")
            #expect(location.file.hasSuffix("examples/broken.yaml"))
        }
        let readers = try #require(findings.first { $0.ruleID == "audit-log.readers" })
        #expect(readers.location?.line == 43 && readers.location?.column == 13, "points at 'everyone' in the list")
        let sharedUnit = try #require(findings.first { $0.ruleID == "isolation.shared-unit" })
        #expect(sharedUnit.resource == "accounts.dev")
        #expect(sharedUnit.location?.line == 18)
        #expect(sharedUnit.controls.allSatisfy { $0.hasPrefix("SOC 2") || $0.hasPrefix("HIPAA") })
    }
}
