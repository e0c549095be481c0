import AWS
import Foundation
import TestSupport
import Testing

/// The Identity Store operations against moto. moto 5.2 resolves `GetUserId`/`GetGroupId` by
/// unique attribute only (not by external id), as Groundwork uses them.
@Suite(.timeLimit(.minutes(2)))
struct AWSOperationsIdentityStoreTests {
    @Test func usersGroupsAndMembershipsFoundAgainByName() async throws {
        try await AWSMotoHarness.withAuthenticatedMoto { _, client, _ in
            let store = try #require(
                try await client.all(SSOAdmin.listInstances, .init(), \.instances).first?.identityStoreId)

            var users: [String: String] = [:]
            for name in ["ana", "ben", "chen"] {
                let created = try await client.send(
                    IdentityStore.createUser,
                    .init(
                        identityStoreId: store,
                        userName: name,
                        name: .init(familyName: "Doe", givenName: name.capitalized),
                        displayName: "\(name.capitalized) Doe",
                        emails: [.init(value: "\(name)@example.com")]
                    )
                )
                users[name] = created.userId
            }
            let found = try await client.send(
                IdentityStore.getUserId, .init(identityStoreId: store, alternateIdentifier: .userName("ben")))
            #expect(found.userId == users["ben"])
            let ben = try await client.send(
                IdentityStore.describeUser, .init(identityStoreId: store, userId: try #require(users["ben"])))
            #expect(ben.userName == "ben")
            #expect(ben.emails?.first?.value == "ben@example.com")
            #expect(ben.name?.givenName == "Ben")

            let listed = try await client.all(
                IdentityStore.listUsers, .init(identityStoreId: store, maxResults: 1), \.users)
            #expect(Set(listed.map(\.userId)) == Set(users.values))
            let matching = try await client.all(
                IdentityStore.listUsersMatching,
                .init(identityStoreId: store, filters: [.init(attributePath: "UserName", attributeValue: "chen")]),
                \.users
            )
            #expect(matching.map(\.userId) == [users["chen"]])

            var groups: [String: String] = [:]
            for name in ["admins", "auditors"] {
                groups[name] = try await client.send(
                    IdentityStore.createGroup,
                    .init(identityStoreId: store, displayName: name, description: "\(name) group")
                ).groupId
            }
            let admins = try #require(groups["admins"])
            let auditors = try #require(groups["auditors"])
            let foundGroup = try await client.send(
                IdentityStore.getGroupId,
                .init(identityStoreId: store, alternateIdentifier: .groupDisplayName("auditors"))
            )
            #expect(foundGroup.groupId == auditors)
            let described = try await client.send(
                IdentityStore.describeGroup, .init(identityStoreId: store, groupId: admins))
            #expect(described.displayName == "admins")
            #expect(described.description == "admins group")
            let allGroups = try await client.all(
                IdentityStore.listGroups, .init(identityStoreId: store, maxResults: 1), \.groups)
            #expect(Set(allGroups.map(\.groupId)) == [admins, auditors])

            for name in ["ana", "ben"] {
                _ = try await client.send(
                    IdentityStore.createGroupMembership,
                    .init(identityStoreId: store, groupId: admins, memberId: .init(userId: users[name]))
                )
            }
            let anaInAuditors = try await client.send(
                IdentityStore.createGroupMembership,
                .init(identityStoreId: store, groupId: auditors, memberId: .init(userId: users["ana"]))
            )
            let memberships = try await client.all(
                IdentityStore.listGroupMemberships,
                .init(identityStoreId: store, groupId: admins, maxResults: 1),
                \.groupMemberships
            )
            #expect(
                Set(memberships.compactMap(\.memberId?.userId)) == Set([users["ana"], users["ben"]].compactMap { $0 }))
            let anasGroups = try await client.all(
                IdentityStore.listGroupMembershipsForMember,
                .init(identityStoreId: store, memberId: .init(userId: users["ana"])),
                \.groupMemberships
            )
            #expect(Set(anasGroups.compactMap(\.groupId)) == [admins, auditors])

            let membershipID = try #require(anaInAuditors.membershipId)
            _ = try await client.send(
                IdentityStore.deleteGroupMembership, .init(identityStoreId: store, membershipId: membershipID))
            let afterLeave = try await client.all(
                IdentityStore.listGroupMembershipsForMember,
                .init(identityStoreId: store, memberId: .init(userId: users["ana"])),
                \.groupMemberships
            )
            #expect(afterLeave.compactMap(\.groupId) == [admins])

            _ = try await client.send(
                IdentityStore.deleteUser, .init(identityStoreId: store, userId: try #require(users["chen"])))
            let gone = await #expect(throws: AWSError.self) {
                try await client.send(
                    IdentityStore.getUserId, .init(identityStoreId: store, alternateIdentifier: .userName("chen")))
            }
            #expect(gone?.code == "ResourceNotFoundException")
            _ = try await client.send(IdentityStore.deleteGroup, .init(identityStoreId: store, groupId: auditors))
            #expect(
                try await client.all(IdentityStore.listGroups, .init(identityStoreId: store), \.groups).map(\.groupId)
                    == [admins])
        }
    }
}
