public import Foundation

/// AWS Organizations operations (JSON 1.1, global endpoint in us-east-1).
///
/// Related AWS documentation: https://docs.aws.amazon.com/organizations/latest/APIReference/Welcome.html
public enum Organizations {
    public static let describeOrganization = AWSOperation<EmptyInput, DescribeOrganizationResponse>.json(
        .organizations, "DescribeOrganization")
    public static let createOrganization = AWSOperation<CreateOrganizationRequest, DescribeOrganizationResponse>.json(
        .organizations, "CreateOrganization")
    public static let listRoots = AWSOperation<ListRequest, ListRootsResponse>.json(.organizations, "ListRoots")
    public static let listAccounts = AWSOperation<ListRequest, ListAccountsResponse>.json(
        .organizations, "ListAccounts")
    public static let listOrganizationalUnitsForParent = AWSOperation<
        ListChildrenRequest, ListOrganizationalUnitsResponse
    >.json(
        .organizations,
        "ListOrganizationalUnitsForParent"
    )
    public static let createOrganizationalUnit = AWSOperation<
        CreateOrganizationalUnitRequest, CreateOrganizationalUnitResponse
    >.json(
        .organizations,
        "CreateOrganizationalUnit"
    )
    public static let createAccount = AWSOperation<CreateAccountRequest, CreateAccountStatusResponse>.json(
        .organizations, "CreateAccount")
    public static let describeCreateAccountStatus = AWSOperation<
        DescribeCreateAccountStatusRequest, CreateAccountStatusResponse
    >.json(
        .organizations,
        "DescribeCreateAccountStatus"
    )

    public struct Organization: Sendable, Hashable, Codable {
        public var id: String?
        public var arn: String?
        public var featureSet: String?
        public var masterAccountArn: String?
        public var masterAccountId: String?
        public var masterAccountEmail: String?
    }

    public struct DescribeOrganizationResponse: Sendable, Hashable, Codable {
        public var organization: Organization?
    }

    public struct CreateOrganizationRequest: Sendable, Hashable, Codable {
        /// `ALL` (the default, needed for SCPs) or `CONSOLIDATED_BILLING`.
        public var featureSet: String?

        public init(featureSet: String? = "ALL") { self.featureSet = featureSet }
    }

    /// A list call that takes only pagination parameters.
    public struct ListRequest: Sendable, Hashable, Codable, NextTokenPaginatedRequest {
        public var nextToken: String?
        public var maxResults: Int?

        public init(maxResults: Int? = nil) { self.maxResults = maxResults }
    }

    /// A list call under a parent (root or OU).
    public struct ListChildrenRequest: Sendable, Hashable, Codable, NextTokenPaginatedRequest {
        public var parentId: String
        public var nextToken: String?
        public var maxResults: Int?

        public init(parentId: String, maxResults: Int? = nil) {
            self.parentId = parentId
            self.maxResults = maxResults
        }
    }

    public struct Root: Sendable, Hashable, Codable {
        public var id: String?
        public var arn: String?
        public var name: String?
    }

    public struct ListRootsResponse: Sendable, Hashable, Codable, NextTokenPaginatedResponse {
        public var roots: [Root]?
        public var nextToken: String?
    }

    public struct Account: Sendable, Hashable, Codable {
        public var id: String?
        public var arn: String?
        public var email: String?
        public var name: String?
        public var status: String?
        public var joinedMethod: String?
        public var joinedTimestamp: Date?
    }

    public struct ListAccountsResponse: Sendable, Hashable, Codable, NextTokenPaginatedResponse {
        public var accounts: [Account]?
        public var nextToken: String?
    }

    public struct OrganizationalUnit: Sendable, Hashable, Codable {
        public var id: String?
        public var arn: String?
        public var name: String?
    }

    public struct ListOrganizationalUnitsResponse: Sendable, Hashable, Codable, NextTokenPaginatedResponse {
        public var organizationalUnits: [OrganizationalUnit]?
        public var nextToken: String?
    }

    public struct Tag: Sendable, Hashable, Codable {
        public var key: String
        public var value: String

        public init(key: String, value: String) {
            self.key = key
            self.value = value
        }
    }

    public struct CreateOrganizationalUnitRequest: Sendable, Hashable, Codable {
        public var parentId: String
        public var name: String
        public var tags: [Tag]?

        public init(parentId: String, name: String, tags: [Tag]? = nil) {
            self.parentId = parentId
            self.name = name
            self.tags = tags
        }
    }

    public struct CreateOrganizationalUnitResponse: Sendable, Hashable, Codable {
        public var organizationalUnit: OrganizationalUnit?
    }

    public struct CreateAccountRequest: Sendable, Hashable, Codable {
        public var email: String
        public var accountName: String
        /// The role created in the new account that the management account can assume.
        public var roleName: String?
        public var iamUserAccessToBilling: String?
        public var tags: [Tag]?

        public init(
            email: String, accountName: String, roleName: String? = nil, iamUserAccessToBilling: String? = nil,
            tags: [Tag]? = nil
        ) {
            self.email = email
            self.accountName = accountName
            self.roleName = roleName
            self.iamUserAccessToBilling = iamUserAccessToBilling
            self.tags = tags
        }
    }

    public struct CreateAccountStatus: Sendable, Hashable, Codable {
        public var id: String?
        public var accountName: String?
        /// `IN_PROGRESS`, `SUCCEEDED` or `FAILED`.
        public var state: String?
        public var requestedTimestamp: Date?
        public var completedTimestamp: Date?
        public var accountId: String?
        public var failureReason: String?
    }

    public struct CreateAccountStatusResponse: Sendable, Hashable, Codable {
        public var createAccountStatus: CreateAccountStatus?
    }

    public struct DescribeCreateAccountStatusRequest: Sendable, Hashable, Codable {
        public var createAccountRequestId: String

        public init(createAccountRequestId: String) { self.createAccountRequestId = createAccountRequestId }
    }
}
