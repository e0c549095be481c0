public import Foundation

/// IAM's whole-account snapshot in one paginated call: every user, group, role and customer
/// managed policy with their policies and trust documents, so the audit reads an account's
/// identities in a few requests instead of one per entity.
///
/// Related AWS documentation: https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetAccountAuthorizationDetails.html
extension IAM {
    /// Retrieves information about all IAM users, groups, roles, and policies in your Amazon Web Services account,
    /// including their relationships to one another.
    public static let getAccountAuthorizationDetails =
        AWSOperation<GetAccountAuthorizationDetailsRequest, GetAccountAuthorizationDetailsResponse>.query(
            .iam,
            "GetAccountAuthorizationDetails"
        )

    public struct GetAccountAuthorizationDetailsRequest: Sendable, Hashable, Codable, MarkerPaginatedRequest {
        /// Each one of `User`, `Role`, `Group`, `LocalManagedPolicy`, `AWSManagedPolicy`.
        public var filter: [String]?
        public var maxItems: Int?
        public var marker: String?

        public init(filter: [String]? = nil, maxItems: Int? = nil) {
            self.filter = filter
            self.maxItems = maxItems
        }
    }

    public struct GetAccountAuthorizationDetailsResponse: Sendable, Hashable, Codable, MarkerPaginatedResponse {
        public var userDetailList: [UserDetail]?
        public var groupDetailList: [GroupDetail]?
        public var roleDetailList: [RoleDetail]?
        public var policies: [ManagedPolicyDetail]?
        public var isTruncated: Bool?
        public var marker: String?

        public init(
            userDetailList: [UserDetail]? = nil,
            groupDetailList: [GroupDetail]? = nil,
            roleDetailList: [RoleDetail]? = nil,
            policies: [ManagedPolicyDetail]? = nil,
            isTruncated: Bool? = nil,
            marker: String? = nil
        ) {
            self.userDetailList = userDetailList
            self.groupDetailList = groupDetailList
            self.roleDetailList = roleDetailList
            self.policies = policies
            self.isTruncated = isTruncated
            self.marker = marker
        }
    }

    /// Contains information about an IAM user, including all the user's policies and all the IAM groups the user is in.
    public struct UserDetail: Sendable, Hashable, Codable {
        public var path: String?
        public var userName: String?
        public var userId: String?
        public var arn: String?
        public var createDate: Date?
        public var userPolicyList: [PolicyDetail]?
        public var groupList: [String]?
        public var attachedManagedPolicies: [AttachedPolicy]?
        public var permissionsBoundary: AttachedPermissionsBoundary?
        public var tags: [Tag]?

        public init(
            path: String? = nil,
            userName: String? = nil,
            userId: String? = nil,
            arn: String? = nil,
            createDate: Date? = nil,
            userPolicyList: [PolicyDetail]? = nil,
            groupList: [String]? = nil,
            attachedManagedPolicies: [AttachedPolicy]? = nil,
            permissionsBoundary: AttachedPermissionsBoundary? = nil,
            tags: [Tag]? = nil
        ) {
            self.path = path
            self.userName = userName
            self.userId = userId
            self.arn = arn
            self.createDate = createDate
            self.userPolicyList = userPolicyList
            self.groupList = groupList
            self.attachedManagedPolicies = attachedManagedPolicies
            self.permissionsBoundary = permissionsBoundary
            self.tags = tags
        }
    }

    /// Contains information about an IAM policy, including the policy document.
    public struct PolicyDetail: Sendable, Hashable, Codable {
        public var policyName: String?
        public var policyDocument: String?

        public init(policyName: String? = nil, policyDocument: String? = nil) {
            self.policyName = policyName
            self.policyDocument = policyDocument
        }
    }

    /// Contains information about an IAM group, including all of the group's policies.
    public struct GroupDetail: Sendable, Hashable, Codable {
        public var path: String?
        public var groupName: String?
        public var groupId: String?
        public var arn: String?
        public var createDate: Date?
        public var groupPolicyList: [PolicyDetail]?
        public var attachedManagedPolicies: [AttachedPolicy]?

        public init(
            path: String? = nil,
            groupName: String? = nil,
            groupId: String? = nil,
            arn: String? = nil,
            createDate: Date? = nil,
            groupPolicyList: [PolicyDetail]? = nil,
            attachedManagedPolicies: [AttachedPolicy]? = nil
        ) {
            self.path = path
            self.groupName = groupName
            self.groupId = groupId
            self.arn = arn
            self.createDate = createDate
            self.groupPolicyList = groupPolicyList
            self.attachedManagedPolicies = attachedManagedPolicies
        }
    }

    /// Contains information about an IAM role, including all of the role's policies.
    public struct RoleDetail: Sendable, Hashable, Codable {
        public var path: String?
        public var roleName: String?
        public var roleId: String?
        public var arn: String?
        public var createDate: Date?
        public var assumeRolePolicyDocument: String?
        public var instanceProfileList: [InstanceProfile]?
        public var rolePolicyList: [PolicyDetail]?
        public var attachedManagedPolicies: [AttachedPolicy]?
        public var permissionsBoundary: AttachedPermissionsBoundary?
        public var tags: [Tag]?
        public var roleLastUsed: RoleLastUsed?

        public init(
            path: String? = nil,
            roleName: String? = nil,
            roleId: String? = nil,
            arn: String? = nil,
            createDate: Date? = nil,
            assumeRolePolicyDocument: String? = nil,
            instanceProfileList: [InstanceProfile]? = nil,
            rolePolicyList: [PolicyDetail]? = nil,
            attachedManagedPolicies: [AttachedPolicy]? = nil,
            permissionsBoundary: AttachedPermissionsBoundary? = nil,
            tags: [Tag]? = nil,
            roleLastUsed: RoleLastUsed? = nil
        ) {
            self.path = path
            self.roleName = roleName
            self.roleId = roleId
            self.arn = arn
            self.createDate = createDate
            self.assumeRolePolicyDocument = assumeRolePolicyDocument
            self.instanceProfileList = instanceProfileList
            self.rolePolicyList = rolePolicyList
            self.attachedManagedPolicies = attachedManagedPolicies
            self.permissionsBoundary = permissionsBoundary
            self.tags = tags
            self.roleLastUsed = roleLastUsed
        }
    }

    /// Contains information about an instance profile.
    public struct InstanceProfile: Sendable, Hashable, Codable {
        public var path: String
        public var instanceProfileName: String
        public var instanceProfileId: String
        public var arn: String
        public var createDate: Date
        public var roles: [Role]
        public var tags: [Tag]?

        public init(
            path: String,
            instanceProfileName: String,
            instanceProfileId: String,
            arn: String,
            createDate: Date,
            roles: [Role],
            tags: [Tag]? = nil
        ) {
            self.path = path
            self.instanceProfileName = instanceProfileName
            self.instanceProfileId = instanceProfileId
            self.arn = arn
            self.createDate = createDate
            self.roles = roles
            self.tags = tags
        }
    }

    /// Contains information about a managed policy, including the policy's ARN, versions, and the number of principal
    /// entities (users, groups, and roles) that the policy is attached to.
    public struct ManagedPolicyDetail: Sendable, Hashable, Codable {
        public var policyName: String?
        public var policyId: String?
        public var arn: String?
        public var path: String?
        public var defaultVersionId: String?
        public var attachmentCount: Int?
        public var permissionsBoundaryUsageCount: Int?
        public var isAttachable: Bool?
        public var description: String?
        public var createDate: Date?
        public var updateDate: Date?
        public var policyVersionList: [PolicyVersion]?

        public init(
            policyName: String? = nil,
            policyId: String? = nil,
            arn: String? = nil,
            path: String? = nil,
            defaultVersionId: String? = nil,
            attachmentCount: Int? = nil,
            permissionsBoundaryUsageCount: Int? = nil,
            isAttachable: Bool? = nil,
            description: String? = nil,
            createDate: Date? = nil,
            updateDate: Date? = nil,
            policyVersionList: [PolicyVersion]? = nil
        ) {
            self.policyName = policyName
            self.policyId = policyId
            self.arn = arn
            self.path = path
            self.defaultVersionId = defaultVersionId
            self.attachmentCount = attachmentCount
            self.permissionsBoundaryUsageCount = permissionsBoundaryUsageCount
            self.isAttachable = isAttachable
            self.description = description
            self.createDate = createDate
            self.updateDate = updateDate
            self.policyVersionList = policyVersionList
        }
    }

    /// Contains information about a version of a managed policy.
    public struct PolicyVersion: Sendable, Hashable, Codable {
        public var document: String?
        public var versionId: String?
        public var isDefaultVersion: Bool?
        public var createDate: Date?

        public init(
            document: String? = nil,
            versionId: String? = nil,
            isDefaultVersion: Bool? = nil,
            createDate: Date? = nil
        ) {
            self.document = document
            self.versionId = versionId
            self.isDefaultVersion = isDefaultVersion
            self.createDate = createDate
        }
    }
}

extension IAM.RoleDetail {
    /// The trust policy (`AssumeRolePolicyDocument`) as JSON text, URL-decoded.
    public var trustPolicy: String? { IAM.decodedPolicyDocument(assumeRolePolicyDocument) }
}

extension IAM.PolicyDetail {
    /// The inline policy as JSON text, URL-decoded.
    public var policy: String? { IAM.decodedPolicyDocument(policyDocument) }
}

extension IAM.PolicyVersion {
    /// The policy version's document as JSON text, URL-decoded.
    public var policy: String? { IAM.decodedPolicyDocument(document) }
}
