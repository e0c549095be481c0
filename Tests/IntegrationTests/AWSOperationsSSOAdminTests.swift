import AWS
import Foundation
import TestSupport
import Testing

/// The Identity Center administration operations against moto.
///
/// moto 5.2 has no `CreateInstance`, `DescribeInstance` or `DescribePermissionSetProvisioningStatus`
/// (each account starts with one organization instance, found through `ListInstances`), so those
/// three are covered by the unit tests only. moto also provisions to the caller's account whatever
/// target is named, and finishes assignments at once (`SUCCEEDED`), where AWS answers `IN_PROGRESS`.
@Suite(.timeLimit(.minutes(2)))
struct AWSOperationsSSOAdminTests {
    @Test func permissionSetsWithPoliciesProvisioningAndAssignments() async throws {
        try await AWSMotoHarness.withAuthenticatedMoto { _, client, _ in
            let instance = try #require(try await client.all(SSOAdmin.listInstances, .init(), \.instances).first)
            let instanceArn = try #require(instance.instanceArn)
            #expect(instance.identityStoreId?.hasPrefix("d-") == true)

            var arns: [String] = []
            for (name, duration) in [("Admin", "PT1H"), ("ReadOnly", "PT8H"), ("Billing", "PT2H")] {
                let created = try await client.send(
                    SSOAdmin.createPermissionSet,
                    .init(
                        name: name, description: "\(name) access", instanceArn: instanceArn, sessionDuration: duration)
                )
                arns.append(try #require(created.permissionSet?.permissionSetArn))
            }
            let listed = try await client.all(
                SSOAdmin.listPermissionSets, .init(instanceArn: instanceArn, maxResults: 1), \.permissionSets)
            #expect(Set(listed) == Set(arns))
            #expect(listed.count == 3)

            _ = try await client.send(
                SSOAdmin.updatePermissionSet,
                .init(instanceArn: instanceArn, permissionSetArn: arns[1], sessionDuration: "PT4H")
            )
            let readOnly = try await client.send(
                SSOAdmin.describePermissionSet, .init(instanceArn: instanceArn, permissionSetArn: arns[1]))
            #expect(readOnly.permissionSet?.name == "ReadOnly")
            #expect(readOnly.permissionSet?.sessionDuration == "PT4H")

            for policy in ["ReadOnlyAccess", "AWSSupportAccess"] {
                _ = try await client.send(
                    SSOAdmin.attachManagedPolicyToPermissionSet,
                    .init(
                        instanceArn: instanceArn, permissionSetArn: arns[1],
                        managedPolicyArn: "arn:aws:iam::aws:policy/\(policy)")
                )
            }
            let managed = try await client.all(
                SSOAdmin.listManagedPoliciesInPermissionSet,
                .init(instanceArn: instanceArn, permissionSetArn: arns[1], maxResults: 1),
                \.attachedManagedPolicies
            )
            #expect(Set(managed.compactMap(\.name)) == ["ReadOnlyAccess", "AWSSupportAccess"])
            _ = try await client.send(
                SSOAdmin.detachManagedPolicyFromPermissionSet,
                .init(
                    instanceArn: instanceArn, permissionSetArn: arns[1],
                    managedPolicyArn: "arn:aws:iam::aws:policy/AWSSupportAccess")
            )
            let afterDetach = try await client.all(
                SSOAdmin.listManagedPoliciesInPermissionSet,
                .init(instanceArn: instanceArn, permissionSetArn: arns[1]),
                \.attachedManagedPolicies
            )
            #expect(afterDetach.compactMap(\.name) == ["ReadOnlyAccess"])

            let deny =
                #"{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":"s3:GetObject","Resource":"*"}]}"#
            _ = try await client.send(
                SSOAdmin.putInlinePolicyToPermissionSet,
                .init(instanceArn: instanceArn, permissionSetArn: arns[1], inlinePolicy: deny)
            )
            let inline = try await client.send(
                SSOAdmin.getInlinePolicyForPermissionSet, .init(instanceArn: instanceArn, permissionSetArn: arns[1]))
            #expect(inline.inlinePolicy == deny)
            _ = try await client.send(
                SSOAdmin.deleteInlinePolicyFromPermissionSet, .init(instanceArn: instanceArn, permissionSetArn: arns[1])
            )
            let cleared = try await client.send(
                SSOAdmin.getInlinePolicyForPermissionSet, .init(instanceArn: instanceArn, permissionSetArn: arns[1]))
            #expect(cleared.inlinePolicy?.isEmpty ?? true)

            let account = "123456789012"
            let provisioned = try await client.send(
                SSOAdmin.provisionPermissionSet,
                .init(instanceArn: instanceArn, permissionSetArn: arns[1], targetId: account, targetType: "AWS_ACCOUNT")
            )
            #expect(provisioned.permissionSetProvisioningStatus?.permissionSetArn == arns[1])
            let toAccount = try await client.all(
                SSOAdmin.listPermissionSetsProvisionedToAccount,
                .init(instanceArn: instanceArn, accountId: account),
                \.permissionSets
            )
            #expect(toAccount == [arns[1]])
            let accounts = try await client.all(
                SSOAdmin.listAccountsForProvisionedPermissionSet,
                .init(instanceArn: instanceArn, permissionSetArn: arns[1]),
                \.accountIds
            )
            #expect(accounts == [account])

            let principals = ["group-1", "group-2"]
            for principal in principals {
                let created = try await client.send(
                    SSOAdmin.createAccountAssignment,
                    .init(
                        instanceArn: instanceArn,
                        targetId: account,
                        targetType: "AWS_ACCOUNT",
                        permissionSetArn: arns[1],
                        principalType: "GROUP",
                        principalId: principal
                    )
                )
                let requestID = try #require(created.accountAssignmentCreationStatus?.requestId)
                let status = try await client.send(
                    SSOAdmin.describeAccountAssignmentCreationStatus,
                    .init(instanceArn: instanceArn, accountAssignmentCreationRequestId: requestID)
                )
                #expect(status.accountAssignmentCreationStatus?.principalId == principal)
            }
            let assignments = try await client.all(
                SSOAdmin.listAccountAssignments,
                .init(instanceArn: instanceArn, accountId: account, permissionSetArn: arns[1], maxResults: 1),
                \.accountAssignments
            )
            #expect(Set(assignments.compactMap(\.principalId)) == Set(principals))
            let forPrincipal = try await client.all(
                SSOAdmin.listAccountAssignmentsForPrincipal,
                .init(instanceArn: instanceArn, principalId: "group-2", principalType: "GROUP"),
                \.accountAssignments
            )
            #expect(forPrincipal.map(\.permissionSetArn) == [arns[1]])

            let deleted = try await client.send(
                SSOAdmin.deleteAccountAssignment,
                .init(
                    instanceArn: instanceArn,
                    targetId: account,
                    targetType: "AWS_ACCOUNT",
                    permissionSetArn: arns[1],
                    principalType: "GROUP",
                    principalId: "group-1"
                )
            )
            let deletionID = try #require(deleted.accountAssignmentDeletionStatus?.requestId)
            let deletion = try await client.send(
                SSOAdmin.describeAccountAssignmentDeletionStatus,
                .init(instanceArn: instanceArn, accountAssignmentDeletionRequestId: deletionID)
            )
            #expect(deletion.accountAssignmentDeletionStatus?.principalId == "group-1")
            let remaining = try await client.all(
                SSOAdmin.listAccountAssignments,
                .init(instanceArn: instanceArn, accountId: account, permissionSetArn: arns[1]),
                \.accountAssignments
            )
            #expect(remaining.compactMap(\.principalId) == ["group-2"])

            _ = try await client.send(
                SSOAdmin.deletePermissionSet, .init(instanceArn: instanceArn, permissionSetArn: arns[2]))
            let afterDelete = try await client.all(
                SSOAdmin.listPermissionSets, .init(instanceArn: instanceArn), \.permissionSets)
            #expect(Set(afterDelete) == Set(arns.prefix(2)))
        }
    }
}
