import AWS
import Foundation
import TestSupport
import Testing

@Suite struct SSOAdminOperationTests {
    static let instance = "arn:aws:sso:::instance/ssoins-1111111111111111"
    static let permissionSet = "arn:aws:sso:::permissionSet/ssoins-1111111111111111/ps-2222222222222222"

    @Test func operationNamesAreTheAPIsOwn() {
        let actions = [
            SSOAdmin.describeInstance.actionName, SSOAdmin.createPermissionSet.actionName,
            SSOAdmin.describePermissionSet.actionName, SSOAdmin.updatePermissionSet.actionName,
            SSOAdmin.deletePermissionSet.actionName,
            SSOAdmin.listPermissionSets.actionName, SSOAdmin.attachManagedPolicyToPermissionSet.actionName,
            SSOAdmin.detachManagedPolicyFromPermissionSet.actionName,
            SSOAdmin.listManagedPoliciesInPermissionSet.actionName,
            SSOAdmin.putInlinePolicyToPermissionSet.actionName, SSOAdmin.getInlinePolicyForPermissionSet.actionName,
            SSOAdmin.deleteInlinePolicyFromPermissionSet.actionName, SSOAdmin.provisionPermissionSet.actionName,
            SSOAdmin.describePermissionSetProvisioningStatus.actionName, SSOAdmin.createAccountAssignment.actionName,
            SSOAdmin.deleteAccountAssignment.actionName, SSOAdmin.listAccountAssignments.actionName,
            SSOAdmin.describeAccountAssignmentCreationStatus.actionName,
            SSOAdmin.describeAccountAssignmentDeletionStatus.actionName,
            SSOAdmin.listAccountsForProvisionedPermissionSet.actionName,
            SSOAdmin.listPermissionSetsProvisionedToAccount.actionName,
            SSOAdmin.listAccountAssignmentsForPrincipal.actionName,
        ]
        #expect(
            actions
                == [
                    "DescribeInstance", "CreatePermissionSet", "DescribePermissionSet", "UpdatePermissionSet",
                    "DeletePermissionSet", "ListPermissionSets", "AttachManagedPolicyToPermissionSet",
                    "DetachManagedPolicyFromPermissionSet", "ListManagedPoliciesInPermissionSet",
                    "PutInlinePolicyToPermissionSet",
                    "GetInlinePolicyForPermissionSet", "DeleteInlinePolicyFromPermissionSet", "ProvisionPermissionSet",
                    "DescribePermissionSetProvisioningStatus", "CreateAccountAssignment", "DeleteAccountAssignment",
                    "ListAccountAssignments", "DescribeAccountAssignmentCreationStatus",
                    "DescribeAccountAssignmentDeletionStatus",
                    "ListAccountsForProvisionedPermissionSet", "ListPermissionSetsProvisionedToAccount",
                    "ListAccountAssignmentsForPrincipal",
                ].map { "sso:\($0)" }
        )
    }

    @Test func createPermissionSetSendsSessionDurationAndReadsTheSet() async throws {
        let probe = OperationProbe(
            json: """
                {"PermissionSet":{"CreatedDate":1.7E9,"Description":"read only","Name":"ReadOnly",
                "PermissionSetArn":"\(Self.permissionSet)","SessionDuration":"PT4H"}}
                """
        )
        let output = try await probe.send(
            SSOAdmin.createPermissionSet,
            .init(name: "ReadOnly", description: "read only", instanceArn: Self.instance, sessionDuration: "PT4H")
        )
        #expect(output.permissionSet?.permissionSetArn == Self.permissionSet)
        #expect(output.permissionSet?.sessionDuration == "PT4H")
        #expect(output.permissionSet?.createdDate == Date(timeIntervalSince1970: 1_700_000_000))
        let request = try probe.request
        #expect(request.header("X-Amz-Target") == "SWBExternalService.CreatePermissionSet")
        #expect(
            request.hasJSONBody(
                #"{"Description":"read only","InstanceArn":"\#(Self.instance)","Name":"ReadOnly","SessionDuration":"PT4H"}"#
            )
        )
    }

    @Test func listPermissionSetsPagesThroughArns() async throws {
        let probe = OperationProbe([
            TestClient.json(#"{"PermissionSets":["\#(Self.permissionSet)"],"NextToken":"t"}"#),
            TestClient.json(#"{"PermissionSets":["arn:aws:sso:::permissionSet/ssoins-1111111111111111/ps-3"]}"#),
        ])
        let sets = try await probe.client.all(
            SSOAdmin.listPermissionSets, .init(instanceArn: Self.instance, maxResults: 1), \.permissionSets)
        #expect(sets.count == 2)
        #expect(probe.requests[1].hasJSONBody(#"{"InstanceArn":"\#(Self.instance)","MaxResults":1,"NextToken":"t"}"#))
    }

    @Test func managedAndInlinePolicies() async throws {
        let probe = OperationProbe([
            TestClient.json("{}"),
            TestClient.json(
                #"{"AttachedManagedPolicies":[{"Arn":"arn:aws:iam::aws:policy/ReadOnlyAccess","Name":"ReadOnlyAccess"}]}"#
            ),
            TestClient.json("{}"),
            TestClient.json(#"{"InlinePolicy":"{\"Version\":\"2012-10-17\",\"Statement\":[]}"}"#),
        ])
        _ = try await probe.send(
            SSOAdmin.attachManagedPolicyToPermissionSet,
            .init(
                instanceArn: Self.instance, permissionSetArn: Self.permissionSet,
                managedPolicyArn: "arn:aws:iam::aws:policy/ReadOnlyAccess")
        )
        let attached = try await probe.client.all(
            SSOAdmin.listManagedPoliciesInPermissionSet,
            .init(instanceArn: Self.instance, permissionSetArn: Self.permissionSet),
            \.attachedManagedPolicies
        )
        #expect(attached.map(\.name) == ["ReadOnlyAccess"])
        _ = try await probe.send(
            SSOAdmin.putInlinePolicyToPermissionSet,
            .init(
                instanceArn: Self.instance, permissionSetArn: Self.permissionSet,
                inlinePolicy: #"{"Version":"2012-10-17","Statement":[]}"#)
        )
        let inline = try await probe.send(
            SSOAdmin.getInlinePolicyForPermissionSet,
            .init(instanceArn: Self.instance, permissionSetArn: Self.permissionSet)
        )
        #expect(inline.inlinePolicy == #"{"Version":"2012-10-17","Statement":[]}"#)
        #expect(
            probe.requests[2].hasJSONBody(
                #"{"InlinePolicy":"{\"Version\":\"2012-10-17\",\"Statement\":[]}","InstanceArn":"\#(Self.instance)","#
                    + #""PermissionSetArn":"\#(Self.permissionSet)"}"#
            )
        )
    }

    @Test func provisioningIsAsynchronousAndItsStatusIsReadable() async throws {
        let status =
            #"{"AccountId":"111122223333","CreatedDate":1.7E9,"PermissionSetArn":"\#(Self.permissionSet)","RequestId":"req-1","Status":"IN_PROGRESS"}"#
        let probe = OperationProbe([
            TestClient.json(#"{"PermissionSetProvisioningStatus":\#(status)}"#),
            TestClient.json(
                #"{"PermissionSetProvisioningStatus":\#(status.replacingOccurrences(of: "IN_PROGRESS", with: "SUCCEEDED"))}"#
            ),
        ])
        let started = try await probe.send(
            SSOAdmin.provisionPermissionSet,
            .init(
                instanceArn: Self.instance, permissionSetArn: Self.permissionSet, targetId: "111122223333",
                targetType: "AWS_ACCOUNT")
        )
        #expect(started.permissionSetProvisioningStatus?.status == "IN_PROGRESS")
        let done = try await probe.send(
            SSOAdmin.describePermissionSetProvisioningStatus,
            .init(instanceArn: Self.instance, provisionPermissionSetRequestId: "req-1")
        )
        #expect(done.permissionSetProvisioningStatus?.status == "SUCCEEDED")
        #expect(probe.requests[0].bodyText.contains(#""TargetType":"AWS_ACCOUNT""#))
    }

    @Test func accountAssignmentsCreateListAndStatus() async throws {
        let status = """
            {"CreatedDate":1.7E9,"PermissionSetArn":"\(Self.permissionSet)","PrincipalId":"9067-example","PrincipalType":"GROUP",
            "RequestId":"a-1","Status":"IN_PROGRESS","TargetId":"111122223333","TargetType":"AWS_ACCOUNT"}
            """
        let probe = OperationProbe([
            TestClient.json(#"{"AccountAssignmentCreationStatus":\#(status)}"#),
            TestClient.json(
                #"{"AccountAssignments":[{"AccountId":"111122223333","PermissionSetArn":"\#(Self.permissionSet)","PrincipalId":"9067-example","PrincipalType":"GROUP"}]}"#
            ),
            TestClient.json(
                #"{"AccountAssignmentCreationStatus":\#(status.replacingOccurrences(of: "IN_PROGRESS", with: "FAILED"))}"#
            ),
        ])
        let created = try await probe.send(
            SSOAdmin.createAccountAssignment,
            .init(
                instanceArn: Self.instance,
                targetId: "111122223333",
                targetType: "AWS_ACCOUNT",
                permissionSetArn: Self.permissionSet,
                principalType: "GROUP",
                principalId: "9067-example"
            )
        )
        #expect(created.accountAssignmentCreationStatus?.requestId == "a-1")
        let assignments = try await probe.client.all(
            SSOAdmin.listAccountAssignments,
            .init(instanceArn: Self.instance, accountId: "111122223333", permissionSetArn: Self.permissionSet),
            \.accountAssignments
        )
        #expect(assignments.map(\.principalType) == ["GROUP"])
        let failed = try await probe.send(
            SSOAdmin.describeAccountAssignmentCreationStatus,
            .init(instanceArn: Self.instance, accountAssignmentCreationRequestId: "a-1")
        )
        #expect(failed.accountAssignmentCreationStatus?.status == "FAILED")
        #expect(
            probe.requests[0].hasJSONBody(
                #"{"InstanceArn":"\#(Self.instance)","PermissionSetArn":"\#(Self.permissionSet)","PrincipalId":"9067-example","#
                    + #""PrincipalType":"GROUP","TargetId":"111122223333","TargetType":"AWS_ACCOUNT"}"#
            )
        )
    }

    @Test func describeInstanceReadsIdentityStoreAndStatus() async throws {
        let probe = OperationProbe(
            json:
                #"{"InstanceArn":"\#(Self.instance)","IdentityStoreId":"d-1234567890","OwnerAccountId":"111122223333","Status":"ACTIVE","CreatedDate":1.7E9}"#
        )
        let output = try await probe.send(SSOAdmin.describeInstance, .init(instanceArn: Self.instance))
        #expect(output.identityStoreId == "d-1234567890")
        #expect(output.status == "ACTIVE")
    }
}
