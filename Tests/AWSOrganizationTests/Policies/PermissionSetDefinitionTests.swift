import AWSOrganization
import OrgModel
import Testing

@Suite struct PermissionSetDefinitionTests {
    @Test(arguments: [
        (3_600, "PT1H"), (28_800, "PT8H"), (43_200, "PT12H"), (5_400, "PT1H30M"), (3_601, "PT1H1S"), (7_260, "PT2H1M"),
    ])
    func sessionDurationIsISO8601(seconds: Int, expected: String) throws {
        #expect(try PermissionSetDefinition.sessionDuration(seconds: seconds) == expected)
        #expect(try PermissionSetDefinition.sessionSeconds(iso8601: expected) == seconds)
    }

    @Test(arguments: [0, 1_800, 3_599, 43_201, 86_400, -1])
    func sessionOutsideOneToTwelveHoursIsRefused(seconds: Int) {
        #expect {
            try PermissionSetDefinition.sessionDuration(seconds: seconds)
        } throws: { error in
            (error as? PolicyError)?.code == .invalidValue && "\(error)".contains("1h to 12h")
        }
    }

    @Test(arguments: ["", "PT", "P1D", "PT1M1H", "PTH", "PT1H2", "1H"])
    func malformedDurationsAreRefused(text: String) {
        #expect(throws: PolicyError.self) { try PermissionSetDefinition.sessionSeconds(iso8601: text) }
    }

    @Test(arguments: [
        ("AdministratorAccess", ManagedPolicyReference.awsManaged(arn: "arn:aws:iam::aws:policy/AdministratorAccess")),
        ("ViewOnlyAccess", .awsManaged(arn: "arn:aws:iam::aws:policy/job-function/ViewOnlyAccess")),
        ("job-function/Billing", .awsManaged(arn: "arn:aws:iam::aws:policy/job-function/Billing")),
        ("SecurityAudit", .awsManaged(arn: "arn:aws:iam::aws:policy/SecurityAudit")),
        ("arn:aws:iam::aws:policy/ReadOnlyAccess", .awsManaged(arn: "arn:aws:iam::aws:policy/ReadOnlyAccess")),
        ("arn:aws:iam::123456789012:policy/Deploy", .customerManaged(name: "Deploy", path: "/")),
        ("arn:aws:iam::123456789012:policy/team/ci/Deploy", .customerManaged(name: "Deploy", path: "/team/ci/")),
    ])
    func managedPolicyReferences(text: String, expected: ManagedPolicyReference) throws {
        #expect(try ManagedPolicyReference(text) == expected)
    }

    @Test(arguments: [
        "", "Admin Access", "arn:aws:iam::12345:policy/X", "arn:aws:s3:::bucket", "a//b", "arn:aws:iam::aws:policy/",
    ])
    func invalidPolicyReferencesAreRefused(text: String) {
        #expect(throws: PolicyError.self) { try ManagedPolicyReference(text) }
    }

    @Test func fullDataAccessProfileHasNoInlinePolicy() throws {
        let definition = try PermissionSetDefinition(
            profile: PermissionProfile(name: "admin", policies: ["AdministratorAccess"], sessionSeconds: 3_600))
        #expect(definition.name == "admin")
        #expect(definition.sessionDuration == "PT1H")
        #expect(definition.awsManagedPolicyARNs == ["arn:aws:iam::aws:policy/AdministratorAccess"])
        #expect(definition.inlinePolicy == nil)
    }

    @Test func noDataAccessProfileDeniesDataPlaneReadsButNotMetricsOrLogs() throws {
        let profile = PermissionProfile(
            name: "observer", policies: ["ViewOnlyAccess", "ViewOnlyAccess"], sessionSeconds: 28_800, dataAccess: .none)
        let definition = try PermissionSetDefinition(profile: profile)
        #expect(definition.sessionDuration == "PT8H")
        #expect(definition.awsManagedPolicyARNs == ["arn:aws:iam::aws:policy/job-function/ViewOnlyAccess"])
        let statement = try #require(definition.inlinePolicy?.statements.first)
        #expect(definition.inlinePolicy?.statements.count == 1)
        #expect(statement.effect == .deny)
        #expect(statement.resourceList == ["*"])
        for action in [
            "s3:GetObject", "dynamodb:GetItem", "dynamodb:BatchGetItem", "dynamodb:Query", "dynamodb:Scan",
            "dynamodb:ExecuteStatement",
            "rds-data:*", "secretsmanager:GetSecretValue", "ssm:GetParameter", "ssm:GetParameters",
            "ssm:GetParametersByPath",
            "kms:Decrypt", "sqs:ReceiveMessage", "kinesis:GetRecords", "athena:GetQueryResults",
            "redshift-data:GetStatementResult",
        ] {
            #expect(statement.actionList.contains(action), "missing \(action)")
        }
        #expect(!statement.actionList.contains { $0.hasPrefix("logs:") || $0.hasPrefix("cloudwatch:") })
        #expect(statement.actionList == statement.actionList.sorted())
        #expect(try #require(definition.inlinePolicy).byteCount < 32_768)
    }

    @Test func invalidProfileNamesAndSessionsAreRefused() {
        #expect(throws: PolicyError.self) { try PermissionSetDefinition(profile: PermissionProfile(name: "has space")) }
        #expect(throws: PolicyError.self) {
            try PermissionSetDefinition(profile: PermissionProfile(name: String(repeating: "a", count: 33)))
        }
        #expect(throws: PolicyError.self) {
            try PermissionSetDefinition(profile: PermissionProfile(name: "ok", sessionSeconds: 50_000))
        }
    }
}
