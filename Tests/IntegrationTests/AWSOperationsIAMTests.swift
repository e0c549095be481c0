import AWS
import Foundation
import TestSupport
import Testing

/// The IAM audit reads and offboarding writes against moto.
///
/// moto 5.2 quirks: `GetAccountSummary` reports `AccountMFAEnabled` 0 and no root keys for its
/// account; AWS managed policies exist only when moto starts with managed policies loaded, so the
/// role here gets a customer managed policy instead; moto returns the trust policy as plain JSON
/// where AWS URL-encodes it (`Role.trustPolicy` reads both); and moto re-encodes a signed form body
/// from its parsed fields with spaces as `+` before checking the signature, so a value with a space
/// (which the client sends as `%20`, as SigV4 allows) fails moto's check: values here have none.
@Suite(.timeLimit(.minutes(2)))
struct AWSOperationsIAMTests {
    static let trust =
        #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::222222222222:root"},"Action":"sts:AssumeRole"}]}"#

    @Test func shadowAccessReadsAndOffboarding() async throws {
        try await AWSMotoHarness.withAuthenticatedMoto { _, client, _ in
            _ = try await client.send(IAM.createUser, .init(userName: "legacy-ci"))
            _ = try await client.send(IAM.createUser, .init(userName: "legacy-admin"))
            #expect(try await client.send(IAM.getLoginProfile, .init(userName: "legacy-ci")) == nil)
            _ = try await client.send(
                IAM.createLoginProfile, .init(userName: "legacy-admin", password: "Correct-Horse-Battery-9"))
            let profile = try await client.send(IAM.getLoginProfile, .init(userName: "legacy-admin"))
            #expect(profile?.loginProfile?.userName == "legacy-admin")

            let key = try await client.send(IAM.createAccessKey, .init(userName: "legacy-ci")).accessKey
            let keys = try await client.all(IAM.listAccessKeys, .init(userName: "legacy-ci"), \.accessKeyMetadata)
            #expect(keys.map(\.accessKeyId) == [key.accessKeyId])
            let lastUsed = try await client.send(IAM.getAccessKeyLastUsed, .init(accessKeyId: key.accessKeyId))
            #expect(lastUsed.userName == "legacy-ci")
            #expect(try await client.all(IAM.listMFADevices, .init(userName: "legacy-admin"), \.mfaDevices).isEmpty)
            #expect(try await client.all(IAM.listVirtualMFADevices, .init(), \.virtualMFADevices).isEmpty)

            let summary = try await client.send(IAM.getAccountSummary, EmptyInput())
            #expect((summary.summaryMap["Users"] ?? 0) >= 3, "the bootstrap administrator and the two users")
            #expect(summary.rootMFAEnabled != nil)

            for index in 1...3 {
                _ = try await client.send(
                    IAM.createRole,
                    .init(
                        roleName: "workload-\(index)", assumeRolePolicyDocument: Self.trust,
                        description: "workload-\(index)")
                )
            }
            let roles = try await client.all(IAM.listRoles, .init(maxItems: 1), \.roles)
            #expect(Set(roles.map(\.roleName)).isSuperset(of: ["workload-1", "workload-2", "workload-3"]))
            let role = try #require(try await client.send(IAM.getRole, .init(roleName: "workload-2")).role)
            let trust =
                try JSONSerialization.jsonObject(with: Data(try #require(role.trustPolicy).utf8)) as? [String: Any]
            let principal = ((trust?["Statement"] as? [[String: Any]])?.first?["Principal"] as? [String: String])?[
                "AWS"]
            #expect(principal == "arn:aws:iam::222222222222:root")

            _ = try await client.send(
                IAM.putRolePolicy,
                .init(
                    roleName: "workload-2", policyName: "deny-data",
                    policyDocument:
                        #"{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":"s3:GetObject","Resource":"*"}]}"#
                )
            )
            #expect(
                try await client.all(IAM.listRolePolicies, .init(roleName: "workload-2"), \.policyNames) == [
                    "deny-data"
                ])
            #expect(
                try await client.all(IAM.listAttachedRolePolicies, .init(roleName: "workload-2"), \.attachedPolicies)
                    .isEmpty)
            #expect(try await client.all(IAM.listUserPolicies, .init(userName: "legacy-ci"), \.policyNames).isEmpty)
            #expect(
                try await client.all(IAM.listAttachedUserPolicies, .init(userName: "legacy-ci"), \.attachedPolicies)
                    .isEmpty)

            #expect(try await client.send(IAM.listSAMLProviders, EmptyInput()).samlProviderList?.isEmpty ?? true)
            _ = try await client.send(
                IAM.createOpenIDConnectProvider,
                .init(
                    url: "https://token.actions.githubusercontent.com", clientIDList: ["sts.amazonaws.com"],
                    thumbprintList: [String(repeating: "a", count: 40)])
            )
            let oidc = try await client.send(IAM.listOpenIDConnectProviders, EmptyInput()).openIDConnectProviderList
            #expect(
                oidc?.compactMap(\.arn) == [
                    "arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com"
                ])

            _ = try await client.send(IAM.deleteLoginProfile, .init(userName: "legacy-admin"))
            #expect(try await client.send(IAM.getLoginProfile, .init(userName: "legacy-admin")) == nil)
            _ = try await client.send(IAM.deleteAccessKey, .init(userName: "legacy-ci", accessKeyId: key.accessKeyId))
            _ = try await client.send(IAM.deleteUser, .init(userName: "legacy-ci"))
            let users = try await client.all(IAM.listUsers, .init(), \.users)
            #expect(!users.map(\.userName).contains("legacy-ci"))
        }
    }

    @Test func accountAuthorizationDetailsInPages() async throws {
        try await AWSMotoHarness.withAuthenticatedMoto { _, client, _ in
            for index in 1...3 {
                _ = try await client.send(
                    IAM.createRole, .init(roleName: "role-\(index)", assumeRolePolicyDocument: Self.trust))
            }
            var roles: [IAM.RoleDetail] = []
            var users: [IAM.UserDetail] = []
            for try await page in client.pages(
                IAM.getAccountAuthorizationDetails, .init(filter: ["Role", "User"], maxItems: 1))
            {
                roles += page.roleDetailList ?? []
                users += page.userDetailList ?? []
            }
            #expect(Set(roles.compactMap(\.roleName)) == ["role-1", "role-2", "role-3"])
            #expect(users.compactMap(\.userName).contains("groundwork-admin"))
            #expect(
                users.first { $0.userName == "groundwork-admin" }?.userPolicyList?.first?.policyName == "administrator")
            let trust = try #require(roles.first?.trustPolicy)
            #expect(trust.contains("arn:aws:iam::222222222222:root"))
        }
    }
}
