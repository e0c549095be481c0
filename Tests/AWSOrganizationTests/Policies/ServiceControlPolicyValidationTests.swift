import AWSOrganization
import OrgModel
import Testing

@Suite struct ServiceControlPolicyValidationTests {
    static func document(_ statements: [PolicyStatement]) -> PolicyDocument { PolicyDocument(statements: statements) }

    @Test func acceptsEveryPolicyGroundworkBuilds() throws {
        let policies = try GuardrailPoliciesTests.policies().servicePolicies(for: Guardrail.allCases)
        for policy in policies {
            try ServiceControlPolicy.validate(policy.document, name: policy.name)
        }
    }

    @Test func rejectsPrincipalsBadOrDuplicateSidsEmptyAndOversizedDocuments() {
        let deny = PolicyStatement(sid: "A", effect: .deny, actions: .action(["*"]))
        var withPrincipal = deny
        withPrincipal.principal = .anyone
        var badSid = deny
        badSid.sid = "not-alnum"
        let huge = PolicyStatement(sid: "H", effect: .deny, actions: .action((0..<400).map { "svc:Action\($0)" }))
        for (document, expected) in [
            (Self.document([withPrincipal]), "Principal"),
            (Self.document([badSid]), "letters and digits"),
            (Self.document([deny, deny]), "repeats a Sid"),
            (Self.document([]), "no statements"),
            (Self.document([huge]), "5120-byte limit"),
        ] {
            #expect {
                try ServiceControlPolicy.validate(document, name: "p")
            } throws: { error in
                "\(error)".contains(expected)
            }
        }
    }

    @Test func restrictRegionsWithNoRegionIsRefused() throws {
        let policies = try GuardrailPolicies(
            regions: [], breakGlassRole: nil, auditLog: GuardrailPoliciesTests.resources)
        #expect(throws: PolicyError.self) { try policies.servicePolicies(for: [.restrictRegions]) }
        #expect(try policies.servicePolicies(for: [.denyRootUser]).count == 2)
    }

    @Test func revocationPolicyIsPreStagedEvenWithoutGuardrails() throws {
        let policies = try GuardrailPoliciesTests.policies().servicePolicies(for: [])
        #expect(policies.map(\.name) == ["groundwork-revocation-1"])
        #expect(policies[0].target == .root)
    }
}
