public import Foundation

/// Identity Store group and membership operations: the spec's groups and who belongs to them.
///
/// Related AWS documentation: https://docs.aws.amazon.com/singlesignon/latest/IdentityStoreAPIReference/welcome.html
extension IdentityStore {
    /// Creates a group within the specified identity store.
    public static let createGroup = AWSOperation<CreateGroupRequest, CreateGroupResponse>.json(
        .identityStore,
        "CreateGroup"
    )
    /// Retrieves the group metadata and attributes from GroupId in an identity store.
    public static let describeGroup = AWSOperation<DescribeGroupRequest, DescribeGroupResponse>.json(
        .identityStore,
        "DescribeGroup"
    )
    /// Delete a group within an identity store given GroupId.
    public static let deleteGroup = AWSOperation<DeleteGroupRequest, EmptyOutput>.json(.identityStore, "DeleteGroup")
    /// Lists all groups in the identity store.
    public static let listGroups = AWSOperation<ListGroupsRequest, ListGroupsResponse>.json(
        .identityStore,
        "ListGroups"
    )
    /// Retrieves GroupId in an identity store.
    public static let getGroupId = AWSOperation<GetGroupIdRequest, GetGroupIdResponse>.json(
        .identityStore,
        "GetGroupId"
    )
    /// Creates a relationship between a member and a group.
    public static let createGroupMembership =
        AWSOperation<CreateGroupMembershipRequest, CreateGroupMembershipResponse>.json(
            .identityStore,
            "CreateGroupMembership"
        )
    /// Delete a membership within a group given MembershipId.
    public static let deleteGroupMembership = AWSOperation<DeleteGroupMembershipRequest, EmptyOutput>.json(
        .identityStore,
        "DeleteGroupMembership"
    )
    /// Retrieves the MembershipId in an identity store.
    public static let getGroupMembershipId =
        AWSOperation<GetGroupMembershipIdRequest, GetGroupMembershipIdResponse>.json(
            .identityStore,
            "GetGroupMembershipId"
        )
    /// For the specified group in the specified identity store, returns the list of all GroupMembership objects and
    /// returns results in paginated form.
    public static let listGroupMemberships =
        AWSOperation<ListGroupMembershipsRequest, ListGroupMembershipsResponse>.json(
            .identityStore,
            "ListGroupMemberships"
        )
    /// For the specified member in the specified identity store, returns the list of all GroupMembership objects and
    /// returns results in paginated form.
    public static let listGroupMembershipsForMember =
        AWSOperation<ListGroupMembershipsForMemberRequest, ListGroupMembershipsForMemberResponse>.json(
            .identityStore,
            "ListGroupMembershipsForMember"
        )

    public struct CreateGroupRequest: Sendable, Hashable, Codable {
        public var identityStoreId: String
        public var displayName: String?
        public var description: String?

        public init(identityStoreId: String, displayName: String? = nil, description: String? = nil) {
            self.identityStoreId = identityStoreId
            self.displayName = displayName
            self.description = description
        }
    }

    public struct CreateGroupResponse: Sendable, Hashable, Codable {
        public var groupId: String?
        public var identityStoreId: String?

        public init(groupId: String? = nil, identityStoreId: String? = nil) {
            self.groupId = groupId
            self.identityStoreId = identityStoreId
        }
    }

    public struct DescribeGroupRequest: Sendable, Hashable, Codable {
        public var identityStoreId: String
        public var groupId: String

        public init(identityStoreId: String, groupId: String) {
            self.identityStoreId = identityStoreId
            self.groupId = groupId
        }
    }

    public struct DescribeGroupResponse: Sendable, Hashable, Codable {
        public var groupId: String?
        public var displayName: String?
        public var externalIds: [ExternalId]?
        public var description: String?
        public var createdAt: Date?
        public var updatedAt: Date?
        public var createdBy: String?
        public var updatedBy: String?
        public var identityStoreId: String?

        public init(
            groupId: String? = nil,
            displayName: String? = nil,
            externalIds: [ExternalId]? = nil,
            description: String? = nil,
            createdAt: Date? = nil,
            updatedAt: Date? = nil,
            createdBy: String? = nil,
            updatedBy: String? = nil,
            identityStoreId: String? = nil
        ) {
            self.groupId = groupId
            self.displayName = displayName
            self.externalIds = externalIds
            self.description = description
            self.createdAt = createdAt
            self.updatedAt = updatedAt
            self.createdBy = createdBy
            self.updatedBy = updatedBy
            self.identityStoreId = identityStoreId
        }
    }

    public struct DeleteGroupRequest: Sendable, Hashable, Codable {
        public var identityStoreId: String
        public var groupId: String

        public init(identityStoreId: String, groupId: String) {
            self.identityStoreId = identityStoreId
            self.groupId = groupId
        }
    }

    public struct ListGroupsRequest: Sendable, Hashable, Codable, NextTokenPaginatedRequest {
        public var identityStoreId: String
        public var maxResults: Int?
        public var nextToken: String?
        public var filters: [Filter]?

        public init(identityStoreId: String, maxResults: Int? = nil, filters: [Filter]? = nil) {
            self.identityStoreId = identityStoreId
            self.maxResults = maxResults
            self.filters = filters
        }
    }

    public struct ListGroupsResponse: Sendable, Hashable, Codable, NextTokenPaginatedResponse {
        public var groups: [Group]?
        public var nextToken: String?

        public init(groups: [Group]? = nil, nextToken: String? = nil) {
            self.groups = groups
            self.nextToken = nextToken
        }
    }

    /// A group object that contains the metadata and attributes for a specified group.
    public struct Group: Sendable, Hashable, Codable {
        public var groupId: String
        public var displayName: String?
        public var externalIds: [ExternalId]?
        public var description: String?
        public var createdAt: Date?
        public var updatedAt: Date?
        public var createdBy: String?
        public var updatedBy: String?
        public var identityStoreId: String

        public init(
            groupId: String,
            displayName: String? = nil,
            externalIds: [ExternalId]? = nil,
            description: String? = nil,
            createdAt: Date? = nil,
            updatedAt: Date? = nil,
            createdBy: String? = nil,
            updatedBy: String? = nil,
            identityStoreId: String
        ) {
            self.groupId = groupId
            self.displayName = displayName
            self.externalIds = externalIds
            self.description = description
            self.createdAt = createdAt
            self.updatedAt = updatedAt
            self.createdBy = createdBy
            self.updatedBy = updatedBy
            self.identityStoreId = identityStoreId
        }
    }

    public struct GetGroupIdRequest: Sendable, Hashable, Codable {
        public var identityStoreId: String
        public var alternateIdentifier: AlternateIdentifier

        public init(identityStoreId: String, alternateIdentifier: AlternateIdentifier) {
            self.identityStoreId = identityStoreId
            self.alternateIdentifier = alternateIdentifier
        }
    }

    public struct GetGroupIdResponse: Sendable, Hashable, Codable {
        public var groupId: String?
        public var identityStoreId: String?

        public init(groupId: String? = nil, identityStoreId: String? = nil) {
            self.groupId = groupId
            self.identityStoreId = identityStoreId
        }
    }

    public struct CreateGroupMembershipRequest: Sendable, Hashable, Codable {
        public var identityStoreId: String
        public var groupId: String
        public var memberId: MemberId

        public init(identityStoreId: String, groupId: String, memberId: MemberId) {
            self.identityStoreId = identityStoreId
            self.groupId = groupId
            self.memberId = memberId
        }
    }

    /// An object containing the identifier of a group member.
    public struct MemberId: Sendable, Hashable, Codable {
        public var userId: String?

        public init(userId: String? = nil) {
            self.userId = userId
        }
    }

    public struct CreateGroupMembershipResponse: Sendable, Hashable, Codable {
        public var membershipId: String?
        public var identityStoreId: String?

        public init(membershipId: String? = nil, identityStoreId: String? = nil) {
            self.membershipId = membershipId
            self.identityStoreId = identityStoreId
        }
    }

    public struct DeleteGroupMembershipRequest: Sendable, Hashable, Codable {
        public var identityStoreId: String
        public var membershipId: String

        public init(identityStoreId: String, membershipId: String) {
            self.identityStoreId = identityStoreId
            self.membershipId = membershipId
        }
    }

    public struct GetGroupMembershipIdRequest: Sendable, Hashable, Codable {
        public var identityStoreId: String
        public var groupId: String
        public var memberId: MemberId

        public init(identityStoreId: String, groupId: String, memberId: MemberId) {
            self.identityStoreId = identityStoreId
            self.groupId = groupId
            self.memberId = memberId
        }
    }

    public struct GetGroupMembershipIdResponse: Sendable, Hashable, Codable {
        public var membershipId: String?
        public var identityStoreId: String?

        public init(membershipId: String? = nil, identityStoreId: String? = nil) {
            self.membershipId = membershipId
            self.identityStoreId = identityStoreId
        }
    }

    public struct ListGroupMembershipsRequest: Sendable, Hashable, Codable, NextTokenPaginatedRequest {
        public var identityStoreId: String
        public var groupId: String
        public var maxResults: Int?
        public var nextToken: String?

        public init(identityStoreId: String, groupId: String, maxResults: Int? = nil) {
            self.identityStoreId = identityStoreId
            self.groupId = groupId
            self.maxResults = maxResults
        }
    }

    public struct ListGroupMembershipsResponse: Sendable, Hashable, Codable, NextTokenPaginatedResponse {
        public var groupMemberships: [GroupMembership]?
        public var nextToken: String?

        public init(groupMemberships: [GroupMembership]? = nil, nextToken: String? = nil) {
            self.groupMemberships = groupMemberships
            self.nextToken = nextToken
        }
    }

    /// Contains the identifiers for a group, a group member, and a GroupMembership object in the identity store.
    public struct GroupMembership: Sendable, Hashable, Codable {
        public var identityStoreId: String
        public var membershipId: String?
        public var groupId: String?
        public var memberId: MemberId?
        public var createdAt: Date?
        public var updatedAt: Date?
        public var createdBy: String?
        public var updatedBy: String?

        public init(
            identityStoreId: String,
            membershipId: String? = nil,
            groupId: String? = nil,
            memberId: MemberId? = nil,
            createdAt: Date? = nil,
            updatedAt: Date? = nil,
            createdBy: String? = nil,
            updatedBy: String? = nil
        ) {
            self.identityStoreId = identityStoreId
            self.membershipId = membershipId
            self.groupId = groupId
            self.memberId = memberId
            self.createdAt = createdAt
            self.updatedAt = updatedAt
            self.createdBy = createdBy
            self.updatedBy = updatedBy
        }
    }

    public struct ListGroupMembershipsForMemberRequest: Sendable, Hashable, Codable, NextTokenPaginatedRequest {
        public var identityStoreId: String
        public var memberId: MemberId
        public var maxResults: Int?
        public var nextToken: String?

        public init(identityStoreId: String, memberId: MemberId, maxResults: Int? = nil) {
            self.identityStoreId = identityStoreId
            self.memberId = memberId
            self.maxResults = maxResults
        }
    }

    public struct ListGroupMembershipsForMemberResponse: Sendable, Hashable, Codable, NextTokenPaginatedResponse {
        public var groupMemberships: [GroupMembership]?
        public var nextToken: String?

        public init(groupMemberships: [GroupMembership]? = nil, nextToken: String? = nil) {
            self.groupMemberships = groupMemberships
            self.nextToken = nextToken
        }
    }
}
