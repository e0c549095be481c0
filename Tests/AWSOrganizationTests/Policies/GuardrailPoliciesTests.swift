import AWSOrganization
import OrgModel
import Testing

@Suite struct GuardrailPoliciesTests {
    static let resources = AuditLogResources(
        bucketName: "acme-audit-log-222222222222",
        kmsKeyARN: "arn:aws:kms:eu-central-1:222222222222:key/1234abcd-12ab-34cd-56ef-1234567890ab")

    static func policies(regions: [String] = ["eu-central-1", "eu-west-1"], breakGlass: String? = "BreakGlass") throws
        -> GuardrailPolicies
    {
        try GuardrailPolicies(regions: regions, breakGlassRole: breakGlass, auditLog: resources)
    }

    static func statement(_ sid: String, in statements: [PolicyStatement]) throws -> PolicyStatement {
        try #require(statements.first { $0.sid == sid })
    }

    @Test func protectAuditLogDeniesTrailChangesExceptBreakGlass() throws {
        let statements = try Self.policies().statements(for: .protectAuditLog)
        let trail = try Self.statement("ProtectAuditLogTrail", in: statements)
        #expect(trail.effect == .deny)
        for action in [
            "cloudtrail:StopLogging", "cloudtrail:DeleteTrail", "cloudtrail:UpdateTrail",
            "cloudtrail:PutEventSelectors", "cloudtrail:PutInsightSelectors",
        ] {
            #expect(trail.actionList.contains(action))
        }
        #expect(trail.resourceList == ["arn:aws:cloudtrail:*:*:trail/groundwork-organization-trail"])
        #expect(trail.condition.values(.arnNotLike, "aws:PrincipalArn") == ["arn:aws:iam::*:role/BreakGlass"])
        #expect(trail.condition.clauses.count == 1)
    }

    @Test func protectAuditLogDeniesBucketSettingsAndObjectChanges() throws {
        let bucket = try Self.statement(
            "ProtectAuditLogBucket", in: try Self.policies().statements(for: .protectAuditLog))
        for action in [
            "s3:PutBucketPolicy", "s3:DeleteBucketPolicy", "s3:PutLifecycleConfiguration", "s3:PutBucketVersioning",
            "s3:PutBucketObjectLockConfiguration", "s3:PutEncryptionConfiguration", "s3:PutBucketPublicAccessBlock",
            "s3:DeleteObject", "s3:DeleteObjectVersion", "s3:PutObject", "s3:BypassGovernanceRetention",
            "s3:DeleteBucket",
        ] {
            #expect(bucket.actionList.contains(action), "missing \(action)")
        }
        #expect(
            bucket.resourceList == [
                "arn:aws:s3:::acme-audit-log-222222222222", "arn:aws:s3:::acme-audit-log-222222222222/*",
            ])
        #expect(bucket.condition.values(.arnNotLike, "aws:PrincipalArn") == ["arn:aws:iam::*:role/BreakGlass"])
    }

    @Test func protectAuditLogDeniesKeyDeletionOnlyWhenAKeyIsDeclared() throws {
        let key = try Self.statement("ProtectAuditLogKey", in: try Self.policies().statements(for: .protectAuditLog))
        for action in ["kms:ScheduleKeyDeletion", "kms:DisableKey", "kms:PutKeyPolicy"] {
            #expect(key.actionList.contains(action))
        }
        #expect(key.resourceList == [Self.resources.kmsKeyARN])

        let noKey = try GuardrailPolicies(
            regions: [], breakGlassRole: nil, auditLog: AuditLogResources(bucketName: "b-audit-log-1"))
        #expect(
            noKey.statements(for: .protectAuditLog).map(\.sid) == ["ProtectAuditLogTrail", "ProtectAuditLogBucket"])
    }

    @Test func withoutBreakGlassNobodyIsExempt() throws {
        let statements =
            try Self.policies(breakGlass: nil).statements(for: .protectAuditLog)
            + Self.policies(breakGlass: nil).statements(for: .denyLocalUsers)
        #expect(statements.allSatisfy { $0.condition.isEmpty })
    }

    @Test func denyLeaveOrganization() throws {
        let statements = try Self.policies().statements(for: .denyLeaveOrganization)
        #expect(
            statements == [
                PolicyStatement(
                    sid: "DenyLeaveOrganization", effect: .deny, actions: .action(["organizations:LeaveOrganization"]))
            ])
    }

    @Test func denyRootUserMatchesEveryAccountsRoot() throws {
        let statement = try #require(try Self.policies().statements(for: .denyRootUser).first)
        #expect(statement.actionList == ["*"])
        #expect(statement.resourceList == ["*"])
        #expect(statement.condition.values(.arnLike, "aws:PrincipalArn") == ["arn:aws:iam::*:root"])
    }

    @Test func restrictRegionsDeniesOtherRegionsButNotGlobalServices() throws {
        let statement = try #require(
            try Self.policies(regions: ["eu-west-1", "eu-central-1", "eu-west-1"]).statements(for: .restrictRegions)
                .first)
        #expect(statement.effect == .deny)
        #expect(statement.condition.values(.stringNotEquals, "aws:RequestedRegion") == ["eu-central-1", "eu-west-1"])
        for global in ["iam:*", "organizations:*", "route53:*", "cloudfront:*", "support:*", "sts:*"] {
            #expect(statement.notActionList.contains(global))
        }
        #expect(statement.actionList.isEmpty)
    }

    @Test func restrictRegionsFromTheSpecAlwaysAllowsTheHomeRegion() throws {
        let organization = Organization(
            settings: OrganizationSettings(name: "Acme", homeRegion: "eu-central-1", regions: ["eu-west-1"]),
            auditLog: AuditLogPolicy(breakGlassRole: "Emergency"))
        let policies = try GuardrailPolicies(organization: organization, auditLog: Self.resources)
        #expect(policies.regions == ["eu-central-1", "eu-west-1"])
        #expect(policies.breakGlassPrincipalARN == "arn:aws:iam::*:role/Emergency")
    }

    @Test func denyLocalUsersBlocksUsersAndLongLivedKeysExceptBreakGlass() throws {
        let statement = try #require(try Self.policies().statements(for: .denyLocalUsers).first)
        for action in ["iam:CreateUser", "iam:CreateAccessKey", "iam:CreateLoginProfile", "iam:UpdateLoginProfile"] {
            #expect(statement.actionList.contains(action))
        }
        #expect(statement.condition.values(.arnNotLike, "aws:PrincipalArn") == ["arn:aws:iam::*:role/BreakGlass"])
    }

    @Test(arguments: ["eu-central", "EU-central-1", "eu-central-x", "", "us-gov-west-1x"])
    func rejectsMalformedRegions(region: String) {
        #expect(throws: PolicyError.self) { try Self.policies(regions: [region]) }
    }

    @Test(arguments: ["Break*Glass", "role with space", "", "a//b", String(repeating: "r", count: 65)])
    func rejectsMalformedBreakGlassRoles(role: String) {
        #expect(throws: PolicyError.self) { try Self.policies(breakGlass: role) }
    }

    @Test func acceptsARoleWithAPath() throws {
        #expect(
            try Self.policies(breakGlass: "emergency/BreakGlass").breakGlassPrincipalARN
                == "arn:aws:iam::*:role/emergency/BreakGlass")
    }

    @Test func everyGuardrailAttachesAtTheRoot() {
        #expect(Guardrail.allCases.allSatisfy { GuardrailPolicies.target(of: $0) == .root })
    }

    @Test func allGuardrailsFitTheRootWithFullAWSAccessAndRevocation() throws {
        let policies = try Self.policies().servicePolicies(for: Guardrail.allCases)
        #expect(policies.allSatisfy { $0.target == .root && $0.document.byteCount <= 5_120 })
        #expect(policies.count <= 4)
        #expect(policies.map(\.name) == ["groundwork-guardrails-1", "groundwork-revocation-1"])
        #expect(policies[0].guardrails == Guardrail.allCases)
        let sids = policies[0].document.statements.compactMap(\.sid)
        #expect(Set(sids).count == sids.count)
    }

    @Test func outputIsDeterministicWhateverTheSpecOrder() throws {
        let one = try Self.policies().servicePolicies(for: Guardrail.allCases)
        let two = try Self.policies().servicePolicies(for: Guardrail.allCases.reversed())
        #expect(one.map(\.document.minifiedJSON) == two.map(\.document.minifiedJSON))
        #expect(one == two)
    }

    @Test func manyRegionsPushRestrictRegionsIntoASecondPolicy() throws {
        let regions = (1...150).map { "xx-region-\($0)" }
        let policies = try Self.policies(regions: regions).servicePolicies(for: Guardrail.allCases)
        let guardrailPolicies = policies.filter { $0.name.hasPrefix("groundwork-guardrails") }
        #expect(guardrailPolicies.map(\.name) == ["groundwork-guardrails-1", "groundwork-guardrails-2"])
        #expect(guardrailPolicies.allSatisfy { $0.document.byteCount <= 5_120 })
        #expect(guardrailPolicies[1].description.contains("part 2 of 2"))
        // Every guardrail is carried somewhere, and the region statement stays whole.
        #expect(Set(guardrailPolicies.flatMap(\.guardrails)) == Set(Guardrail.allCases))
        let restrict = try #require(
            guardrailPolicies.flatMap(\.document.statements).first { $0.sid == "RestrictRegions" })
        #expect(restrict.condition.values(.stringNotEquals, "aws:RequestedRegion")?.count == 150)
    }

    @Test func aRegionListTooLargeForOneDocumentFailsInsteadOfWideningTheDeny() throws {
        let regions = (1...500).map { "xx-region-\($0)" }
        #expect {
            try Self.policies(regions: regions).servicePolicies(for: [.restrictRegions])
        } throws: { error in
            (error as? PolicyError)?.code == .statementTooLarge && "\(error)".contains("RestrictRegions")
        }
    }

    @Test func moreThanFourPoliciesOnTheRootIsAClearError() throws {
        var revocation = RevocationPolicy()
        for index in 0..<500 {
            try revocation.revoke(Person(key: "person\(index)", email: "person.number.\(index)@example.com"))
        }
        #expect {
            try Self.policies().servicePolicies(for: Guardrail.allCases, revocation: revocation)
        } throws: { error in
            guard let error = error as? PolicyError else { return false }
            return error.code == .tooManyPolicies && error.message.contains("the organization root")
                && error.message.contains("FullAWSAccess")
        }
    }
}
