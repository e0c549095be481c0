import AWS
import Foundation
import TestSupport
import Testing

@Suite struct IdentityStoreOperationTests {
    @Test func operationNamesAreTheAPIsOwn() {
        let actions = [
            IdentityStore.describeUser.actionName, IdentityStore.deleteUser.actionName,
            IdentityStore.getUserId.actionName,
            IdentityStore.listUsersMatching.actionName, IdentityStore.createGroup.actionName,
            IdentityStore.describeGroup.actionName,
            IdentityStore.deleteGroup.actionName, IdentityStore.listGroups.actionName,
            IdentityStore.getGroupId.actionName,
            IdentityStore.createGroupMembership.actionName, IdentityStore.deleteGroupMembership.actionName,
            IdentityStore.getGroupMembershipId.actionName, IdentityStore.listGroupMemberships.actionName,
            IdentityStore.listGroupMembershipsForMember.actionName,
        ]
        #expect(
            actions
                == [
                    "DescribeUser", "DeleteUser", "GetUserId", "ListUsers", "CreateGroup", "DescribeGroup",
                    "DeleteGroup", "ListGroups",
                    "GetGroupId", "CreateGroupMembership", "DeleteGroupMembership", "GetGroupMembershipId",
                    "ListGroupMemberships",
                    "ListGroupMembershipsForMember",
                ].map { "identitystore:\($0)" }
        )
    }

    @Test func getUserIdSendsTheUniqueAttributeUnion() async throws {
        let probe = OperationProbe(json: #"{"IdentityStoreId":"d-9067642ac7","UserId":"9067642ac7-1111"}"#)
        let output = try await probe.send(
            IdentityStore.getUserId, .init(identityStoreId: "d-9067642ac7", alternateIdentifier: .userName("ana")))
        #expect(output.userId == "9067642ac7-1111")
        let request = try probe.request
        #expect(request.header("X-Amz-Target") == "AWSIdentityStore.GetUserId")
        #expect(
            request.hasJSONBody(
                #"{"AlternateIdentifier":{"UniqueAttribute":{"AttributePath":"UserName","AttributeValue":"ana"}},"IdentityStoreId":"d-9067642ac7"}"#
            )
        )
    }

    @Test func listUsersMatchingSendsFilters() async throws {
        let probe = OperationProbe(json: #"{"Users":[{"IdentityStoreId":"d-1","UserId":"u-1","UserName":"ana"}]}"#)
        let users = try await probe.client.all(
            IdentityStore.listUsersMatching,
            .init(identityStoreId: "d-1", filters: [.init(attributePath: "UserName", attributeValue: "ana")]),
            \.users
        )
        #expect(users.map(\.userName) == ["ana"])
        #expect(
            try probe.request.hasJSONBody(
                #"{"Filters":[{"AttributePath":"UserName","AttributeValue":"ana"}],"IdentityStoreId":"d-1"}"#))
    }

    @Test func describeUserReadsNameEmailsAndTimestamps() async throws {
        let probe = OperationProbe(
            json: """
                {"IdentityStoreId":"d-1","UserId":"u-1","UserName":"ana","DisplayName":"Ana Silva",
                "Name":{"GivenName":"Ana","FamilyName":"Silva"},"Emails":[{"Value":"ana@example.com","Type":"work","Primary":true}],
                "CreatedAt":1.7E9,"UserStatus":"ENABLED","Extensions":{"aws:identitystore:enterprise":{"department":"x"}}}
                """
        )
        let user = try await probe.send(IdentityStore.describeUser, .init(identityStoreId: "d-1", userId: "u-1"))
        #expect(user.name?.givenName == "Ana")
        #expect(user.emails?.first?.value == "ana@example.com")
        #expect(user.createdAt == Date(timeIntervalSince1970: 1_700_000_000))
        #expect(user.userStatus == "ENABLED")
    }

    @Test func groupsAndMembershipsPaginate() async throws {
        let probe = OperationProbe([
            TestClient.json(#"{"GroupId":"g-1","IdentityStoreId":"d-1"}"#),
            TestClient.json(
                #"{"Groups":[{"GroupId":"g-1","DisplayName":"admins","IdentityStoreId":"d-1"}],"NextToken":"n"}"#),
            TestClient.json(#"{"Groups":[{"GroupId":"g-2","DisplayName":"auditors","IdentityStoreId":"d-1"}]}"#),
            TestClient.json(#"{"MembershipId":"m-1","IdentityStoreId":"d-1"}"#),
            TestClient.json(
                #"{"GroupMemberships":[{"IdentityStoreId":"d-1","MembershipId":"m-1","GroupId":"g-1","MemberId":{"UserId":"u-1"}}]}"#
            ),
        ])
        let created = try await probe.send(
            IdentityStore.createGroup, .init(identityStoreId: "d-1", displayName: "admins"))
        #expect(created.groupId == "g-1")
        let groups = try await probe.client.all(
            IdentityStore.listGroups, .init(identityStoreId: "d-1", maxResults: 1), \.groups)
        #expect(groups.map(\.displayName) == ["admins", "auditors"])
        let membership = try await probe.send(
            IdentityStore.createGroupMembership,
            .init(identityStoreId: "d-1", groupId: "g-1", memberId: .init(userId: "u-1"))
        )
        #expect(membership.membershipId == "m-1")
        #expect(
            probe.requests[3].hasJSONBody(#"{"GroupId":"g-1","IdentityStoreId":"d-1","MemberId":{"UserId":"u-1"}}"#))
        let members = try await probe.client.all(
            IdentityStore.listGroupMembershipsForMember,
            .init(identityStoreId: "d-1", memberId: .init(userId: "u-1")),
            \.groupMemberships
        )
        #expect(members.map(\.memberId?.userId) == ["u-1"])
        #expect(probe.requests[2].hasJSONBody(#"{"IdentityStoreId":"d-1","MaxResults":1,"NextToken":"n"}"#))
    }

    @Test func unknownUserIsResourceNotFound() async throws {
        let probe = OperationProbe([
            TestClient.json(
                #"{"__type":"ResourceNotFoundException","Message":"USER not found.","ResourceType":"USER"}"#,
                status: 400)
        ])
        let error = await #expect(throws: AWSError.self) {
            try await probe.send(
                IdentityStore.getUserId, .init(identityStoreId: "d-1", alternateIdentifier: .userName("nobody")))
        }
        #expect(error?.code == "ResourceNotFoundException")
    }
}
