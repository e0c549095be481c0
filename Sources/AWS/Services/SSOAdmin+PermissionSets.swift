public import Foundation

/// Identity Center permission set operations: the spec's permission profiles become permission
/// sets with managed and inline policies, provisioned into the accounts they are assigned in.
///
/// Related AWS documentation: https://docs.aws.amazon.com/singlesignon/latest/APIReference/welcome.html
extension SSOAdmin {
    /// Creates a permission set within a specified IAM Identity Center instance.
    public static let createPermissionSet = AWSOperation<CreatePermissionSetRequest, CreatePermissionSetResponse>.json(
        .ssoAdmin,
        "CreatePermissionSet"
    )
    /// Gets the details of the permission set.
    public static let describePermissionSet =
        AWSOperation<DescribePermissionSetRequest, DescribePermissionSetResponse>.json(
            .ssoAdmin,
            "DescribePermissionSet"
        )
    /// Updates an existing permission set.
    public static let updatePermissionSet = AWSOperation<UpdatePermissionSetRequest, EmptyOutput>.json(
        .ssoAdmin,
        "UpdatePermissionSet"
    )
    /// Deletes the specified permission set.
    public static let deletePermissionSet = AWSOperation<DeletePermissionSetRequest, EmptyOutput>.json(
        .ssoAdmin,
        "DeletePermissionSet"
    )
    /// Lists the ARNs of the permission sets in an IAM Identity Center instance.
    public static let listPermissionSets = AWSOperation<ListPermissionSetsRequest, ListPermissionSetsResponse>.json(
        .ssoAdmin,
        "ListPermissionSets"
    )
    /// Attaches an Amazon Web Services managed policy ARN to a permission set.
    public static let attachManagedPolicyToPermissionSet =
        AWSOperation<AttachManagedPolicyToPermissionSetRequest, EmptyOutput>.json(
            .ssoAdmin,
            "AttachManagedPolicyToPermissionSet"
        )
    /// Detaches the attached Amazon Web Services managed policy ARN from the specified permission set.
    public static let detachManagedPolicyFromPermissionSet =
        AWSOperation<DetachManagedPolicyFromPermissionSetRequest, EmptyOutput>.json(
            .ssoAdmin,
            "DetachManagedPolicyFromPermissionSet"
        )
    /// Lists the Amazon Web Services managed policy that is attached to a specified permission set.
    public static let listManagedPoliciesInPermissionSet =
        AWSOperation<ListManagedPoliciesInPermissionSetRequest, ListManagedPoliciesInPermissionSetResponse>.json(
            .ssoAdmin,
            "ListManagedPoliciesInPermissionSet"
        )
    /// Attaches an inline policy to a permission set.
    public static let putInlinePolicyToPermissionSet =
        AWSOperation<PutInlinePolicyToPermissionSetRequest, EmptyOutput>.json(
            .ssoAdmin,
            "PutInlinePolicyToPermissionSet"
        )
    /// Obtains the inline policy assigned to the permission set.
    public static let getInlinePolicyForPermissionSet =
        AWSOperation<GetInlinePolicyForPermissionSetRequest, GetInlinePolicyForPermissionSetResponse>.json(
            .ssoAdmin,
            "GetInlinePolicyForPermissionSet"
        )
    /// Deletes the inline policy from a specified permission set.
    public static let deleteInlinePolicyFromPermissionSet =
        AWSOperation<DeleteInlinePolicyFromPermissionSetRequest, EmptyOutput>.json(
            .ssoAdmin,
            "DeleteInlinePolicyFromPermissionSet"
        )
    /// Provisions a permission set (pushes its current policies) to an account or to every account it is assigned
    /// in. Asynchronous: poll `describePermissionSetProvisioningStatus` with the returned request ID.
    public static let provisionPermissionSet =
        AWSOperation<ProvisionPermissionSetRequest, ProvisionPermissionSetResponse>.json(
            .ssoAdmin,
            "ProvisionPermissionSet"
        )
    /// Describes the status for the given permission set provisioning request.
    public static let describePermissionSetProvisioningStatus =
        AWSOperation<DescribePermissionSetProvisioningStatusRequest, DescribePermissionSetProvisioningStatusResponse>
        .json(
            .ssoAdmin,
            "DescribePermissionSetProvisioningStatus"
        )
    /// Lists all the Amazon Web Services accounts where the specified permission set is provisioned.
    public static let listAccountsForProvisionedPermissionSet =
        AWSOperation<ListAccountsForProvisionedPermissionSetRequest, ListAccountsForProvisionedPermissionSetResponse>
        .json(
            .ssoAdmin,
            "ListAccountsForProvisionedPermissionSet"
        )
    /// Lists all the permission sets that are provisioned to a specified Amazon Web Services account.
    public static let listPermissionSetsProvisionedToAccount =
        AWSOperation<ListPermissionSetsProvisionedToAccountRequest, ListPermissionSetsProvisionedToAccountResponse>
        .json(
            .ssoAdmin,
            "ListPermissionSetsProvisionedToAccount"
        )

    public struct CreatePermissionSetRequest: Sendable, Hashable, Codable {
        public var name: String
        public var description: String?
        public var instanceArn: String
        public var sessionDuration: String?
        public var relayState: String?
        public var tags: [Tag]?

        public init(
            name: String,
            description: String? = nil,
            instanceArn: String,
            sessionDuration: String? = nil,
            relayState: String? = nil,
            tags: [Tag]? = nil
        ) {
            self.name = name
            self.description = description
            self.instanceArn = instanceArn
            self.sessionDuration = sessionDuration
            self.relayState = relayState
            self.tags = tags
        }
    }

    /// A set of key-value pairs that are used to manage the resource.
    public struct Tag: Sendable, Hashable, Codable {
        public var key: String
        public var value: String

        public init(key: String, value: String) {
            self.key = key
            self.value = value
        }
    }

    public struct CreatePermissionSetResponse: Sendable, Hashable, Codable {
        public var permissionSet: PermissionSet?

        public init(permissionSet: PermissionSet? = nil) {
            self.permissionSet = permissionSet
        }
    }

    /// An entity that contains IAM policies.
    public struct PermissionSet: Sendable, Hashable, Codable {
        public var name: String?
        public var permissionSetArn: String?
        public var description: String?
        public var createdDate: Date?
        public var sessionDuration: String?
        public var relayState: String?

        public init(
            name: String? = nil,
            permissionSetArn: String? = nil,
            description: String? = nil,
            createdDate: Date? = nil,
            sessionDuration: String? = nil,
            relayState: String? = nil
        ) {
            self.name = name
            self.permissionSetArn = permissionSetArn
            self.description = description
            self.createdDate = createdDate
            self.sessionDuration = sessionDuration
            self.relayState = relayState
        }
    }

    public struct DescribePermissionSetRequest: Sendable, Hashable, Codable {
        public var instanceArn: String
        public var permissionSetArn: String

        public init(instanceArn: String, permissionSetArn: String) {
            self.instanceArn = instanceArn
            self.permissionSetArn = permissionSetArn
        }
    }

    public struct DescribePermissionSetResponse: Sendable, Hashable, Codable {
        public var permissionSet: PermissionSet?

        public init(permissionSet: PermissionSet? = nil) {
            self.permissionSet = permissionSet
        }
    }

    public struct UpdatePermissionSetRequest: Sendable, Hashable, Codable {
        public var instanceArn: String
        public var permissionSetArn: String
        public var description: String?
        public var sessionDuration: String?
        public var relayState: String?

        public init(
            instanceArn: String,
            permissionSetArn: String,
            description: String? = nil,
            sessionDuration: String? = nil,
            relayState: String? = nil
        ) {
            self.instanceArn = instanceArn
            self.permissionSetArn = permissionSetArn
            self.description = description
            self.sessionDuration = sessionDuration
            self.relayState = relayState
        }
    }

    public struct DeletePermissionSetRequest: Sendable, Hashable, Codable {
        public var instanceArn: String
        public var permissionSetArn: String

        public init(instanceArn: String, permissionSetArn: String) {
            self.instanceArn = instanceArn
            self.permissionSetArn = permissionSetArn
        }
    }

    public struct ListPermissionSetsRequest: Sendable, Hashable, Codable, NextTokenPaginatedRequest {
        public var instanceArn: String
        public var nextToken: String?
        public var maxResults: Int?

        public init(instanceArn: String, maxResults: Int? = nil) {
            self.instanceArn = instanceArn
            self.maxResults = maxResults
        }
    }

    public struct ListPermissionSetsResponse: Sendable, Hashable, Codable, NextTokenPaginatedResponse {
        public var permissionSets: [String]?
        public var nextToken: String?

        public init(permissionSets: [String]? = nil, nextToken: String? = nil) {
            self.permissionSets = permissionSets
            self.nextToken = nextToken
        }
    }

    public struct AttachManagedPolicyToPermissionSetRequest: Sendable, Hashable, Codable {
        public var instanceArn: String
        public var permissionSetArn: String
        public var managedPolicyArn: String

        public init(instanceArn: String, permissionSetArn: String, managedPolicyArn: String) {
            self.instanceArn = instanceArn
            self.permissionSetArn = permissionSetArn
            self.managedPolicyArn = managedPolicyArn
        }
    }

    public struct DetachManagedPolicyFromPermissionSetRequest: Sendable, Hashable, Codable {
        public var instanceArn: String
        public var permissionSetArn: String
        public var managedPolicyArn: String

        public init(instanceArn: String, permissionSetArn: String, managedPolicyArn: String) {
            self.instanceArn = instanceArn
            self.permissionSetArn = permissionSetArn
            self.managedPolicyArn = managedPolicyArn
        }
    }

    public struct ListManagedPoliciesInPermissionSetRequest: Sendable, Hashable, Codable, NextTokenPaginatedRequest {
        public var instanceArn: String
        public var permissionSetArn: String
        public var maxResults: Int?
        public var nextToken: String?

        public init(instanceArn: String, permissionSetArn: String, maxResults: Int? = nil) {
            self.instanceArn = instanceArn
            self.permissionSetArn = permissionSetArn
            self.maxResults = maxResults
        }
    }

    public struct ListManagedPoliciesInPermissionSetResponse: Sendable, Hashable, Codable, NextTokenPaginatedResponse {
        public var attachedManagedPolicies: [AttachedManagedPolicy]?
        public var nextToken: String?

        public init(attachedManagedPolicies: [AttachedManagedPolicy]? = nil, nextToken: String? = nil) {
            self.attachedManagedPolicies = attachedManagedPolicies
            self.nextToken = nextToken
        }
    }

    /// A structure that stores a list of managed policy ARNs that describe the associated Amazon Web Services managed
    /// policy.
    public struct AttachedManagedPolicy: Sendable, Hashable, Codable {
        public var name: String?
        public var arn: String?

        public init(name: String? = nil, arn: String? = nil) {
            self.name = name
            self.arn = arn
        }
    }

    public struct PutInlinePolicyToPermissionSetRequest: Sendable, Hashable, Codable {
        public var instanceArn: String
        public var permissionSetArn: String
        public var inlinePolicy: String

        public init(instanceArn: String, permissionSetArn: String, inlinePolicy: String) {
            self.instanceArn = instanceArn
            self.permissionSetArn = permissionSetArn
            self.inlinePolicy = inlinePolicy
        }
    }

    public struct GetInlinePolicyForPermissionSetRequest: Sendable, Hashable, Codable {
        public var instanceArn: String
        public var permissionSetArn: String

        public init(instanceArn: String, permissionSetArn: String) {
            self.instanceArn = instanceArn
            self.permissionSetArn = permissionSetArn
        }
    }

    public struct GetInlinePolicyForPermissionSetResponse: Sendable, Hashable, Codable {
        public var inlinePolicy: String?

        public init(inlinePolicy: String? = nil) {
            self.inlinePolicy = inlinePolicy
        }
    }

    public struct DeleteInlinePolicyFromPermissionSetRequest: Sendable, Hashable, Codable {
        public var instanceArn: String
        public var permissionSetArn: String

        public init(instanceArn: String, permissionSetArn: String) {
            self.instanceArn = instanceArn
            self.permissionSetArn = permissionSetArn
        }
    }

    public struct ProvisionPermissionSetRequest: Sendable, Hashable, Codable {
        public var instanceArn: String
        public var permissionSetArn: String
        public var targetId: String?
        /// One of `AWS_ACCOUNT`, `ALL_PROVISIONED_ACCOUNTS`.
        public var targetType: String

        public init(instanceArn: String, permissionSetArn: String, targetId: String? = nil, targetType: String) {
            self.instanceArn = instanceArn
            self.permissionSetArn = permissionSetArn
            self.targetId = targetId
            self.targetType = targetType
        }
    }

    public struct ProvisionPermissionSetResponse: Sendable, Hashable, Codable {
        public var permissionSetProvisioningStatus: PermissionSetProvisioningStatus?

        public init(permissionSetProvisioningStatus: PermissionSetProvisioningStatus? = nil) {
            self.permissionSetProvisioningStatus = permissionSetProvisioningStatus
        }
    }

    /// A structure that is used to provide the status of the provisioning operation for a specified permission set.
    public struct PermissionSetProvisioningStatus: Sendable, Hashable, Codable {
        /// One of `IN_PROGRESS`, `FAILED`, `SUCCEEDED`.
        public var status: String?
        public var requestId: String?
        public var accountId: String?
        public var permissionSetArn: String?
        public var failureReason: String?
        public var createdDate: Date?

        public init(
            status: String? = nil,
            requestId: String? = nil,
            accountId: String? = nil,
            permissionSetArn: String? = nil,
            failureReason: String? = nil,
            createdDate: Date? = nil
        ) {
            self.status = status
            self.requestId = requestId
            self.accountId = accountId
            self.permissionSetArn = permissionSetArn
            self.failureReason = failureReason
            self.createdDate = createdDate
        }
    }

    public struct DescribePermissionSetProvisioningStatusRequest: Sendable, Hashable, Codable {
        public var instanceArn: String
        public var provisionPermissionSetRequestId: String

        public init(instanceArn: String, provisionPermissionSetRequestId: String) {
            self.instanceArn = instanceArn
            self.provisionPermissionSetRequestId = provisionPermissionSetRequestId
        }
    }

    public struct DescribePermissionSetProvisioningStatusResponse: Sendable, Hashable, Codable {
        public var permissionSetProvisioningStatus: PermissionSetProvisioningStatus?

        public init(permissionSetProvisioningStatus: PermissionSetProvisioningStatus? = nil) {
            self.permissionSetProvisioningStatus = permissionSetProvisioningStatus
        }
    }

    public struct ListAccountsForProvisionedPermissionSetRequest: Sendable, Hashable, Codable, NextTokenPaginatedRequest
    {
        public var instanceArn: String
        public var permissionSetArn: String
        /// One of `LATEST_PERMISSION_SET_PROVISIONED`, `LATEST_PERMISSION_SET_NOT_PROVISIONED`.
        public var provisioningStatus: String?
        public var maxResults: Int?
        public var nextToken: String?

        public init(
            instanceArn: String,
            permissionSetArn: String,
            provisioningStatus: String? = nil,
            maxResults: Int? = nil
        ) {
            self.instanceArn = instanceArn
            self.permissionSetArn = permissionSetArn
            self.provisioningStatus = provisioningStatus
            self.maxResults = maxResults
        }
    }

    public struct ListAccountsForProvisionedPermissionSetResponse: Sendable, Hashable, Codable,
        NextTokenPaginatedResponse
    {
        public var accountIds: [String]?
        public var nextToken: String?

        public init(accountIds: [String]? = nil, nextToken: String? = nil) {
            self.accountIds = accountIds
            self.nextToken = nextToken
        }
    }

    public struct ListPermissionSetsProvisionedToAccountRequest: Sendable, Hashable, Codable, NextTokenPaginatedRequest
    {
        public var instanceArn: String
        public var accountId: String
        /// One of `LATEST_PERMISSION_SET_PROVISIONED`, `LATEST_PERMISSION_SET_NOT_PROVISIONED`.
        public var provisioningStatus: String?
        public var maxResults: Int?
        public var nextToken: String?

        public init(instanceArn: String, accountId: String, provisioningStatus: String? = nil, maxResults: Int? = nil) {
            self.instanceArn = instanceArn
            self.accountId = accountId
            self.provisioningStatus = provisioningStatus
            self.maxResults = maxResults
        }
    }

    public struct ListPermissionSetsProvisionedToAccountResponse: Sendable, Hashable, Codable,
        NextTokenPaginatedResponse
    {
        public var nextToken: String?
        public var permissionSets: [String]?

        public init(nextToken: String? = nil, permissionSets: [String]? = nil) {
            self.nextToken = nextToken
            self.permissionSets = permissionSets
        }
    }
}
