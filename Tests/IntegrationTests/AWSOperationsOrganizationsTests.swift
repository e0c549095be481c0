import AWS
import Foundation
import TestSupport
import Testing

/// The Organizations operations against moto: the reads `plan`/`audit` make and the writes `apply` makes.
@Suite(.timeLimit(.minutes(2)))
struct AWSOperationsOrganizationsTests {
    @Test func buildsAndReadsTheTreeWithPaginatedListings() async throws {
        try await AWSMotoHarness.withAuthenticatedMoto { _, client, _ in
            _ = try await client.send(Organizations.createOrganization, .init())
            let root = try #require(try await client.all(Organizations.listRoots, .init(), \.roots).first?.id)

            let security = try #require(
                try await client.send(Organizations.createOrganizationalUnit, .init(parentId: root, name: "Security"))
                    .organizationalUnit?.id
            )
            let workloads = try #require(
                try await client.send(Organizations.createOrganizationalUnit, .init(parentId: root, name: "Workloads"))
                    .organizationalUnit?.id
            )
            var accountIDs: [String] = []
            for name in ["log-archive", "audit", "prod"] {
                let status = try await client.send(
                    Organizations.createAccount, .init(email: "\(name)@example.com", accountName: name))
                accountIDs.append(try #require(status.createAccountStatus?.accountId))
            }
            for id in accountIDs {
                _ = try await client.send(
                    Organizations.moveAccount, .init(accountId: id, sourceParentId: root, destinationParentId: security)
                )
            }

            // Pages of one: every account still arrives, once.
            let inSecurity = try await client.all(
                Organizations.listAccountsForParent, .init(parentId: security, maxResults: 1), \.accounts)
            #expect(Set(inSecurity.compactMap(\.id)) == Set(accountIDs))
            #expect(inSecurity.count == 3)

            let units = try await client.all(
                Organizations.listChildren, .init(parentId: root, childType: "ORGANIZATIONAL_UNIT"), \.children)
            #expect(Set(units.compactMap(\.id)) == [security, workloads])
            let accountsUnderSecurity = try await client.all(
                Organizations.listChildren,
                .init(parentId: security, childType: "ACCOUNT"),
                \.children
            )
            #expect(accountsUnderSecurity.count == 3)

            let parents = try await client.all(Organizations.listParents, .init(childId: accountIDs[2]), \.parents)
            #expect(parents == [.init(id: security, type: "ORGANIZATIONAL_UNIT")])

            let unit = try await client.send(
                Organizations.describeOrganizationalUnit, .init(organizationalUnitId: security))
            #expect(unit.organizationalUnit?.name == "Security")

            let described = try await client.send(Organizations.describeAccount, .init(accountId: accountIDs[0]))
                .account
            #expect(described?.name == "log-archive")
            #expect(described?.email == "log-archive@example.com")

            let renamed = try await client.send(
                Organizations.updateOrganizationalUnit, .init(organizationalUnitId: workloads, name: "Workloads-Prod"))
            #expect(renamed.organizationalUnit?.name == "Workloads-Prod")
            _ = try await client.send(Organizations.deleteOrganizationalUnit, .init(organizationalUnitId: workloads))
            let remaining = try await client.all(
                Organizations.listChildren, .init(parentId: root, childType: "ORGANIZATIONAL_UNIT"), \.children)
            #expect(remaining.compactMap(\.id) == [security])
        }
    }

    @Test func serviceControlPoliciesFromCreationToDetachment() async throws {
        try await AWSMotoHarness.withAuthenticatedMoto { _, client, _ in
            _ = try await client.send(Organizations.createOrganization, .init())
            let root = try #require(try await client.all(Organizations.listRoots, .init(), \.roots).first?.id)
            let unit = try #require(
                try await client.send(Organizations.createOrganizationalUnit, .init(parentId: root, name: "Prod"))
                    .organizationalUnit?.id
            )

            let enabled = try await client.send(
                Organizations.enablePolicyType, .init(rootId: root, policyType: "SERVICE_CONTROL_POLICY"))
            #expect(
                enabled.root?.policyTypes?.contains(.init(type: "SERVICE_CONTROL_POLICY", status: "ENABLED")) == true)
            let roots = try await client.all(Organizations.listRootsWithPolicyTypes, .init(), \.roots)
            #expect(roots.first?.policyTypes?.map(\.type) == ["SERVICE_CONTROL_POLICY"])

            let document =
                #"{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":"organizations:LeaveOrganization","Resource":"*"}]}"#
            var policyIDs: [String] = []
            for index in 1...3 {
                let created = try await client.send(
                    Organizations.createPolicy,
                    .init(
                        content: document, description: "guardrail \(index)", name: "guardrail-\(index)",
                        type: "SERVICE_CONTROL_POLICY")
                )
                policyIDs.append(try #require(created.policy?.policySummary?.id))
            }

            let policies = try await client.all(
                Organizations.listPolicies, .init(filter: "SERVICE_CONTROL_POLICY", maxResults: 1), \.policies)
            #expect(Set(policies.compactMap(\.id)).isSuperset(of: policyIDs))
            #expect(policies.contains { $0.awsManaged == true }, "FullAWSAccess is listed beside our own")

            let described = try await client.send(Organizations.describePolicy, .init(policyId: policyIDs[0])).policy
            #expect(described?.content == document)
            #expect(described?.policySummary?.name == "guardrail-1")

            let updated = try await client.send(
                Organizations.updatePolicy, .init(policyId: policyIDs[0], description: "deny leaving"))
            #expect(updated.policy?.policySummary?.description == "deny leaving")

            for id in policyIDs {
                _ = try await client.send(Organizations.attachPolicy, .init(policyId: id, targetId: unit))
            }
            let attached = try await client.all(
                Organizations.listPoliciesForTarget,
                .init(targetId: unit, filter: "SERVICE_CONTROL_POLICY", maxResults: 2),
                \.policies
            )
            // As on AWS, every new unit starts with FullAWSAccess attached.
            #expect(Set(attached.compactMap(\.id)) == Set(policyIDs + ["p-FullAWSAccess"]))
            let targets = try await client.all(
                Organizations.listTargetsForPolicy, .init(policyId: policyIDs[1]), \.targets)
            #expect(targets.map(\.targetId) == [unit])
            #expect(targets.first?.type == "ORGANIZATIONAL_UNIT")

            _ = try await client.send(Organizations.detachPolicy, .init(policyId: policyIDs[2], targetId: unit))
            _ = try await client.send(Organizations.deletePolicy, .init(policyId: policyIDs[2]))
            let afterDelete = try await client.all(
                Organizations.listPoliciesForTarget, .init(targetId: unit, filter: "SERVICE_CONTROL_POLICY"), \.policies
            )
            #expect(Set(afterDelete.compactMap(\.id)) == Set(policyIDs.prefix(2) + ["p-FullAWSAccess"]))

            let deleteAttached = await #expect(throws: AWSError.self) {
                try await client.send(Organizations.deletePolicy, .init(policyId: policyIDs[0]))
            }
            #expect(deleteAttached?.code == "PolicyInUseException")

            let disabled = try await client.send(
                Organizations.disablePolicyType, .init(rootId: root, policyType: "SERVICE_CONTROL_POLICY"))
            #expect(disabled.root?.policyTypes?.isEmpty ?? true)
        }
    }

    @Test func trustedServicesDelegatedAdministratorsAndTags() async throws {
        try await AWSMotoHarness.withAuthenticatedMoto { _, client, _ in
            _ = try await client.send(Organizations.createOrganization, .init())
            let status = try await client.send(
                Organizations.createAccount, .init(email: "security@example.com", accountName: "security"))
            let security = try #require(status.createAccountStatus?.accountId)

            _ = try await client.send(
                Organizations.enableAWSServiceAccess, .init(servicePrincipal: "cloudtrail.amazonaws.com"))
            _ = try await client.send(
                Organizations.enableAWSServiceAccess, .init(servicePrincipal: "guardduty.amazonaws.com"))
            let trusted = try await client.all(
                Organizations.listAWSServiceAccessForOrganization, .init(), \.enabledServicePrincipals)
            #expect(
                Set(trusted.compactMap(\.servicePrincipal)) == ["cloudtrail.amazonaws.com", "guardduty.amazonaws.com"])
            #expect(trusted.allSatisfy { $0.dateEnabled != nil })
            _ = try await client.send(
                Organizations.disableAWSServiceAccess, .init(servicePrincipal: "cloudtrail.amazonaws.com"))
            let stillTrusted = try await client.all(
                Organizations.listAWSServiceAccessForOrganization, .init(), \.enabledServicePrincipals)
            #expect(stillTrusted.compactMap(\.servicePrincipal) == ["guardduty.amazonaws.com"])

            _ = try await client.send(
                Organizations.registerDelegatedAdministrator,
                .init(accountId: security, servicePrincipal: "guardduty.amazonaws.com")
            )
            let admins = try await client.all(
                Organizations.listDelegatedAdministrators, .init(), \.delegatedAdministrators)
            #expect(admins.map(\.id) == [security])
            let forGuardDuty = try await client.all(
                Organizations.listDelegatedAdministrators,
                .init(servicePrincipal: "guardduty.amazonaws.com"),
                \.delegatedAdministrators
            )
            #expect(forGuardDuty.map(\.name) == ["security"])
            _ = try await client.send(
                Organizations.deregisterDelegatedAdministrator,
                .init(accountId: security, servicePrincipal: "guardduty.amazonaws.com")
            )
            #expect(
                try await client.all(Organizations.listDelegatedAdministrators, .init(), \.delegatedAdministrators)
                    .isEmpty)

            _ = try await client.send(
                Organizations.tagResource,
                .init(
                    resourceId: security,
                    tags: [.init(key: "stage", value: "security"), .init(key: "owner", value: "secops")])
            )
            _ = try await client.send(Organizations.untagResource, .init(resourceId: security, tagKeys: ["owner"]))
            let tags = try await client.all(Organizations.listTagsForResource, .init(resourceId: security), \.tags)
            #expect(tags == [.init(key: "stage", value: "security")])
        }
    }
}
