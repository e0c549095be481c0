import AWSOrganization
import OrgModel
import Planner
import Testing

@Suite struct DesiredStateTests {
    typealias Names = AWSResourceConventions
    typealias Attribute = AWSResourceConventions.Attribute

    func resources(known: KnownIDs = KnownIDs()) throws -> [ResourceAddress: Resource] {
        let list = try DesiredState(organization: try ExampleSpec.acme(), known: known).resources()
        return Dictionary(list.map { ($0.address, $0) }, uniquingKeysWith: { first, _ in first })
    }

    @Test func unitsNestByPath() throws {
        let all = try resources()
        #expect(
            try #require(all[Names.unit("Workloads")]).parent == nil, "a parent named only by its path is a unit too")
        let production = try #require(all[Names.unit("Workloads/Production")])
        #expect(production.parent == Names.unit("Workloads"))
        #expect(try #require(all[Names.unit("Security")]).parent == nil)
    }

    @Test func accountsSitInTheirUnitsAndManagementIsNeverChanged() throws {
        let all = try resources()
        let prod = try #require(all[Names.account("prod")])
        #expect(prod.parent == Names.unit("Workloads/Production"))
        #expect(prod.attributes[Attribute.email] == .string("aws-prod@acme.example"))
        let management = try #require(all[Names.account("management")])
        #expect(management.attributes.isEmpty)
        #expect(management.parent == nil)
    }

    @Test func guardrailsArePackedAttachedAtTheRootAndWaitForTheBucket() throws {
        let all = try resources()
        let policy = try #require(all[Names.guardrail("groundwork-guardrails-1")])
        guard case .document(let json) = policy.attributes[Attribute.content] else {
            Issue.record("the SCP content is a document")
            return
        }
        #expect(json.contains("ProtectAuditLog"))
        #expect(json.contains("acme-audit-log-*"))
        let attachment = try #require(all[Names.attachment("groundwork-guardrails-1", target: "root")])
        #expect(attachment.dependencies.contains(Names.archiveBucket(account: "log-archive")))
        #expect(attachment.dependencies.contains(Names.policyType("SERVICE_CONTROL_POLICY")))
        let revocation = try #require(all[Names.attachment("groundwork-revocation-1", target: "root")])
        #expect(!revocation.dependencies.contains(Names.archiveBucket(account: "log-archive")))
    }

    @Test func identityBecomesPeopleGroupsMembershipsProfilesAndAssignments() throws {
        let all = try resources()
        #expect(all[Names.person("alice")]?.attributes[Attribute.displayName] == .string("Alice Doe"))
        #expect(all[Names.person("bob")]?.attributes[Attribute.displayName] == .string("bob"))
        let membership = try #require(all[Names.membership(group: "engineers", person: "bob")])
        #expect(Set(membership.dependencies) == [Names.group("engineers"), Names.person("bob")])
        let observer = try #require(all[Names.profile("observer")])
        #expect(observer.attributes[Attribute.sessionDuration] == .string("PT4H"))
        guard case .document(let inline) = observer.attributes[Attribute.inlinePolicy] else {
            Issue.record("inline policy is a document")
            return
        }
        #expect(inline.contains("DenyDataPlaneReads"))
        #expect(all[Names.profile("admin")]?.attributes[Attribute.inlinePolicy] == .document(""))
        #expect(
            all[Names.profile("admin")]?.attributes[Attribute.managedPolicies]
                == .list([.string("arn:aws:iam::aws:policy/AdministratorAccess")]))
    }

    @Test func unitGrantsExpandToEveryAccountBeneath() throws {
        let all = try resources()
        let assignments = all.keys.filter { $0.kind == .assignment && $0.name.hasPrefix("security/security-audit/") }
        #expect(
            Set(assignments.map(\.name)) == [
                "security/security-audit/prod", "security/security-audit/staging", "security/security-audit/dev",
            ])
        #expect(all.keys.filter { $0.kind == .assignment }.count == 2 + 1 + 3 + 3 + 2)
    }

    @Test func bucketNameAndPolicyWaitForTheLogArchiveAccount() throws {
        let before = try resources()
        let bucket = try #require(before[Names.archiveBucket(account: "log-archive")])
        #expect(bucket.attributes[Attribute.bucketName] == .string(Names.knownAfterApply))
        #expect(bucket.attributes[Attribute.bucketPolicy] == .document(""))
        #expect(bucket.attributes[Attribute.objectLock] == .string("COMPLIANCE 7 years"))
        #expect(bucket.dependencies == [Names.account("log-archive")])

        let known = KnownIDs(
            organizationID: "o-abc123", managementAccountID: "111111111111", accountIDs: ["log-archive": "222222222222"]
        )
        let after = try resources(known: known)
        let named = try #require(after[Names.archiveBucket(account: "log-archive")])
        #expect(named.attributes[Attribute.bucketName] == .string("acme-audit-log-222222222222"))
        guard case .document(let policy) = named.attributes[Attribute.bucketPolicy] else {
            Issue.record("bucket policy is a document")
            return
        }
        #expect(policy.contains("arn:aws:cloudtrail:eu-central-1:111111111111:trail/groundwork-organization-trail"))
        let trail = try #require(after[Names.trail("groundwork-organization-trail")])
        #expect(trail.attributes[Attribute.bucket] == .string("acme-audit-log-222222222222"))
        #expect(trail.attributes[Attribute.multiRegion] == .bool(true))
        #expect(trail.dependencies == [Names.archiveBucket(account: "log-archive")])
    }

    @Test func theExamplePlansCleanlyFromNothing() throws {
        let desired = try DesiredState(organization: try ExampleSpec.acme()).resources()
        let plan = try PlanBuilder.plan(desired: desired, actual: [], prune: false)
        #expect(plan.summary.create == desired.count)
        let order = plan.steps.map(\.id)
        let bucket = try #require(order.firstIndex(of: "create archive-bucket.log-archive"))
        let attach = try #require(order.firstIndex(of: "create guardrail-attachment.groundwork-guardrails-1@root"))
        #expect(bucket < attach)
    }
}
