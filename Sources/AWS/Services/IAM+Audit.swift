public import Foundation

/// IAM reads for the audit's "shadow access" checks in every account: users with console
/// passwords or access keys, MFA, the account summary (root keys and root MFA), roles and their
/// trust policies, and identity providers other than Identity Center.
///
/// Related AWS documentation: https://docs.aws.amazon.com/IAM/latest/APIReference/API_Operations.html
extension IAM {
    /// The user's console password profile; `nil` when the user has no console password (IAM
    /// answers `NoSuchEntity`, which it also answers for a user that does not exist).
    public static let getLoginProfile = AWSOptionalOperation(
        AWSOperation<GetLoginProfileRequest, GetLoginProfileResponse>.query(.iam, "GetLoginProfile"),
        absentWhen: ["NoSuchEntity"]
    )
    /// Retrieves information about when the specified access key was last used.
    public static let getAccessKeyLastUsed =
        AWSOperation<GetAccessKeyLastUsedRequest, GetAccessKeyLastUsedResponse>.query(
            .iam,
            "GetAccessKeyLastUsed"
        )
    /// Lists the MFA devices for an IAM user.
    public static let listMFADevices = AWSOperation<ListMFADevicesRequest, ListMFADevicesResponse>.query(
        .iam,
        "ListMFADevices"
    )
    /// Lists the virtual MFA devices defined in the Amazon Web Services account by assignment status.
    public static let listVirtualMFADevices =
        AWSOperation<ListVirtualMFADevicesRequest, ListVirtualMFADevicesResponse>.query(
            .iam,
            "ListVirtualMFADevices"
        )
    /// The account's IAM entity counts and quotas, including root MFA and root access keys.
    public static let getAccountSummary = AWSOperation<EmptyInput, GetAccountSummaryResponse>(
        service: .iam,
        name: "GetAccountSummary",
        encode: { input in try QueryProtocol.request(service: .iam, operation: "GetAccountSummary", input: input) },
        decode: { response in
            let root = try XMLTree(parsing: response.body)
            return try GetAccountSummaryResponse(
                result: root["GetAccountSummaryResult"] ?? XMLTree(name: "GetAccountSummaryResult"))
        }
    )
    /// Lists the IAM roles that have the specified path prefix.
    public static let listRoles = AWSOperation<ListRolesRequest, ListRolesResponse>.query(.iam, "ListRoles")
    /// Retrieves information about the specified role, including the role's path, GUID, ARN, and the role's trust
    /// policy that grants permission to assume the role.
    public static let getRole = AWSOperation<GetRoleRequest, GetRoleResponse>.query(.iam, "GetRole")
    /// Lists all managed policies that are attached to the specified IAM role.
    public static let listAttachedRolePolicies =
        AWSOperation<ListAttachedRolePoliciesRequest, ListAttachedRolePoliciesResponse>.query(
            .iam,
            "ListAttachedRolePolicies"
        )
    /// Lists the names of the inline policies that are embedded in the specified IAM role.
    public static let listRolePolicies = AWSOperation<ListRolePoliciesRequest, ListRolePoliciesResponse>.query(
        .iam,
        "ListRolePolicies"
    )
    /// Lists all managed policies that are attached to the specified IAM user.
    public static let listAttachedUserPolicies =
        AWSOperation<ListAttachedUserPoliciesRequest, ListAttachedUserPoliciesResponse>.query(
            .iam,
            "ListAttachedUserPolicies"
        )
    /// Lists the names of the inline policies embedded in the specified IAM user.
    public static let listUserPolicies = AWSOperation<ListUserPoliciesRequest, ListUserPoliciesResponse>.query(
        .iam,
        "ListUserPolicies"
    )
    /// Lists the SAML provider resource objects defined in IAM in the account.
    public static let listSAMLProviders = AWSOperation<EmptyInput, ListSAMLProvidersResponse>.query(
        .iam,
        "ListSAMLProviders"
    )
    /// Lists information about the IAM OpenID Connect (OIDC) provider resource objects defined in the Amazon Web
    /// Services account.
    public static let listOpenIDConnectProviders = AWSOperation<EmptyInput, ListOpenIDConnectProvidersResponse>.query(
        .iam,
        "ListOpenIDConnectProviders"
    )

    public struct GetLoginProfileRequest: Sendable, Hashable, Codable {
        public var userName: String?

        public init(userName: String? = nil) {
            self.userName = userName
        }
    }

    public struct GetLoginProfileResponse: Sendable, Hashable, Codable {
        public var loginProfile: LoginProfile?

        public init(loginProfile: LoginProfile? = nil) {
            self.loginProfile = loginProfile
        }
    }

    /// Contains the user name and password create date for a user.
    public struct LoginProfile: Sendable, Hashable, Codable {
        public var userName: String
        public var createDate: Date
        public var passwordResetRequired: Bool?

        public init(userName: String, createDate: Date, passwordResetRequired: Bool? = nil) {
            self.userName = userName
            self.createDate = createDate
            self.passwordResetRequired = passwordResetRequired
        }
    }

    public struct GetAccessKeyLastUsedRequest: Sendable, Hashable, Codable {
        public var accessKeyId: String

        public init(accessKeyId: String) {
            self.accessKeyId = accessKeyId
        }
    }

    public struct GetAccessKeyLastUsedResponse: Sendable, Hashable, Codable {
        public var userName: String?
        public var accessKeyLastUsed: AccessKeyLastUsed?

        public init(userName: String? = nil, accessKeyLastUsed: AccessKeyLastUsed? = nil) {
            self.userName = userName
            self.accessKeyLastUsed = accessKeyLastUsed
        }
    }

    /// Contains information about the last time an Amazon Web Services access key was used since IAM began tracking
    /// this information on April 22, 2015.
    public struct AccessKeyLastUsed: Sendable, Hashable, Codable {
        public var lastUsedDate: Date?
        public var serviceName: String
        public var region: String

        public init(lastUsedDate: Date? = nil, serviceName: String, region: String) {
            self.lastUsedDate = lastUsedDate
            self.serviceName = serviceName
            self.region = region
        }
    }

    public struct ListMFADevicesRequest: Sendable, Hashable, Codable, MarkerPaginatedRequest {
        public var userName: String?
        public var marker: String?
        public var maxItems: Int?

        public init(userName: String? = nil, maxItems: Int? = nil) {
            self.userName = userName
            self.maxItems = maxItems
        }
    }

    public struct ListMFADevicesResponse: Sendable, Hashable, Codable, MarkerPaginatedResponse {
        public var mfaDevices: [MFADevice]?
        public var isTruncated: Bool?
        public var marker: String?

        public init(mfaDevices: [MFADevice]? = nil, isTruncated: Bool? = nil, marker: String? = nil) {
            self.mfaDevices = mfaDevices
            self.isTruncated = isTruncated
            self.marker = marker
        }

        enum CodingKeys: String, CodingKey {
            case mfaDevices = "mFADevices"
            case isTruncated
            case marker
        }
    }

    /// Contains information about an MFA device.
    public struct MFADevice: Sendable, Hashable, Codable {
        public var userName: String
        public var serialNumber: String
        public var enableDate: Date

        public init(userName: String, serialNumber: String, enableDate: Date) {
            self.userName = userName
            self.serialNumber = serialNumber
            self.enableDate = enableDate
        }
    }

    public struct ListVirtualMFADevicesRequest: Sendable, Hashable, Codable, MarkerPaginatedRequest {
        /// One of `Assigned`, `Unassigned`, `Any`.
        public var assignmentStatus: String?
        public var marker: String?
        public var maxItems: Int?

        public init(assignmentStatus: String? = nil, maxItems: Int? = nil) {
            self.assignmentStatus = assignmentStatus
            self.maxItems = maxItems
        }
    }

    public struct ListVirtualMFADevicesResponse: Sendable, Hashable, Codable, MarkerPaginatedResponse {
        public var virtualMFADevices: [VirtualMFADevice]?
        public var isTruncated: Bool?
        public var marker: String?

        public init(virtualMFADevices: [VirtualMFADevice]? = nil, isTruncated: Bool? = nil, marker: String? = nil) {
            self.virtualMFADevices = virtualMFADevices
            self.isTruncated = isTruncated
            self.marker = marker
        }
    }

    /// Contains information about a virtual MFA device.
    public struct VirtualMFADevice: Sendable, Hashable, Codable {
        public var serialNumber: String
        public var user: User?
        public var enableDate: Date?
        public var tags: [Tag]?

        public init(serialNumber: String, user: User? = nil, enableDate: Date? = nil, tags: [Tag]? = nil) {
            self.serialNumber = serialNumber
            self.user = user
            self.enableDate = enableDate
            self.tags = tags
        }
    }

    /// The account's IAM usage and quotas, e.g. `AccountMFAEnabled` (root MFA, 1 or 0) and
    /// `AccountAccessKeysPresent` (root access keys, 1 or 0).
    public struct GetAccountSummaryResponse: Sendable, Hashable {
        public var summaryMap: [String: Int]

        public init(summaryMap: [String: Int]) { self.summaryMap = summaryMap }

        /// Whether the root user has MFA; `nil` when the summary does not say.
        public var rootMFAEnabled: Bool? { summaryMap["AccountMFAEnabled"].map { $0 == 1 } }

        /// Whether the root user has access keys; `nil` when the summary does not say.
        public var rootAccessKeysPresent: Bool? { summaryMap["AccountAccessKeysPresent"].map { $0 > 0 } }

        /// Reads `<SummaryMap><entry><key>Users</key><value>3</value></entry>…</SummaryMap>`, whose
        /// lowercase `entry`/`key`/`value` elements fall outside the member-name rule.
        init(result: XMLTree) throws {
            var map: [String: Int] = [:]
            for entry in result["SummaryMap"]?.all("entry") ?? [] {
                guard let key = entry.string("key"), let text = entry.string("value") else { continue }
                guard let value = Int(text.trimmingCharacters(in: .whitespacesAndNewlines)) else {
                    throw DecodingError.dataCorrupted(
                        .init(
                            codingPath: [], debugDescription: "SummaryMap value '\(text)' for '\(key)' is not a number")
                    )
                }
                map[key] = value
            }
            summaryMap = map
        }
    }

    public struct ListRolesRequest: Sendable, Hashable, Codable, MarkerPaginatedRequest {
        public var pathPrefix: String?
        public var marker: String?
        public var maxItems: Int?

        public init(pathPrefix: String? = nil, maxItems: Int? = nil) {
            self.pathPrefix = pathPrefix
            self.maxItems = maxItems
        }
    }

    public struct ListRolesResponse: Sendable, Hashable, Codable, MarkerPaginatedResponse {
        public var roles: [Role]?
        public var isTruncated: Bool?
        public var marker: String?

        public init(roles: [Role]? = nil, isTruncated: Bool? = nil, marker: String? = nil) {
            self.roles = roles
            self.isTruncated = isTruncated
            self.marker = marker
        }
    }

    /// Contains information about an IAM role.
    public struct Role: Sendable, Hashable, Codable {
        public var path: String
        public var roleName: String
        public var roleId: String
        public var arn: String
        public var createDate: Date
        public var assumeRolePolicyDocument: String?
        public var description: String?
        public var maxSessionDuration: Int?
        public var permissionsBoundary: AttachedPermissionsBoundary?
        public var tags: [Tag]?
        public var roleLastUsed: RoleLastUsed?

        public init(
            path: String,
            roleName: String,
            roleId: String,
            arn: String,
            createDate: Date,
            assumeRolePolicyDocument: String? = nil,
            description: String? = nil,
            maxSessionDuration: Int? = nil,
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
            self.description = description
            self.maxSessionDuration = maxSessionDuration
            self.permissionsBoundary = permissionsBoundary
            self.tags = tags
            self.roleLastUsed = roleLastUsed
        }
    }

    /// Contains information about an attached permissions boundary.
    public struct AttachedPermissionsBoundary: Sendable, Hashable, Codable {
        /// One of `PermissionsBoundaryPolicy`.
        public var permissionsBoundaryType: String?
        public var permissionsBoundaryArn: String?

        public init(permissionsBoundaryType: String? = nil, permissionsBoundaryArn: String? = nil) {
            self.permissionsBoundaryType = permissionsBoundaryType
            self.permissionsBoundaryArn = permissionsBoundaryArn
        }
    }

    /// Contains information about the last time that an IAM role was used.
    public struct RoleLastUsed: Sendable, Hashable, Codable {
        public var lastUsedDate: Date?
        public var region: String?

        public init(lastUsedDate: Date? = nil, region: String? = nil) {
            self.lastUsedDate = lastUsedDate
            self.region = region
        }
    }

    public struct GetRoleRequest: Sendable, Hashable, Codable {
        public var roleName: String

        public init(roleName: String) {
            self.roleName = roleName
        }
    }

    public struct GetRoleResponse: Sendable, Hashable, Codable {
        public var role: Role?

        public init(role: Role? = nil) {
            self.role = role
        }
    }

    public struct ListAttachedRolePoliciesRequest: Sendable, Hashable, Codable, MarkerPaginatedRequest {
        public var roleName: String
        public var pathPrefix: String?
        public var marker: String?
        public var maxItems: Int?

        public init(roleName: String, pathPrefix: String? = nil, maxItems: Int? = nil) {
            self.roleName = roleName
            self.pathPrefix = pathPrefix
            self.maxItems = maxItems
        }
    }

    public struct ListAttachedRolePoliciesResponse: Sendable, Hashable, Codable, MarkerPaginatedResponse {
        public var attachedPolicies: [AttachedPolicy]?
        public var isTruncated: Bool?
        public var marker: String?

        public init(attachedPolicies: [AttachedPolicy]? = nil, isTruncated: Bool? = nil, marker: String? = nil) {
            self.attachedPolicies = attachedPolicies
            self.isTruncated = isTruncated
            self.marker = marker
        }
    }

    /// Contains information about an attached policy.
    public struct AttachedPolicy: Sendable, Hashable, Codable {
        public var policyName: String?
        public var policyArn: String?

        public init(policyName: String? = nil, policyArn: String? = nil) {
            self.policyName = policyName
            self.policyArn = policyArn
        }
    }

    public struct ListRolePoliciesRequest: Sendable, Hashable, Codable, MarkerPaginatedRequest {
        public var roleName: String
        public var marker: String?
        public var maxItems: Int?

        public init(roleName: String, maxItems: Int? = nil) {
            self.roleName = roleName
            self.maxItems = maxItems
        }
    }

    public struct ListRolePoliciesResponse: Sendable, Hashable, Codable, MarkerPaginatedResponse {
        public var policyNames: [String]?
        public var isTruncated: Bool?
        public var marker: String?

        public init(policyNames: [String]? = nil, isTruncated: Bool? = nil, marker: String? = nil) {
            self.policyNames = policyNames
            self.isTruncated = isTruncated
            self.marker = marker
        }
    }

    public struct ListAttachedUserPoliciesRequest: Sendable, Hashable, Codable, MarkerPaginatedRequest {
        public var userName: String
        public var pathPrefix: String?
        public var marker: String?
        public var maxItems: Int?

        public init(userName: String, pathPrefix: String? = nil, maxItems: Int? = nil) {
            self.userName = userName
            self.pathPrefix = pathPrefix
            self.maxItems = maxItems
        }
    }

    public struct ListAttachedUserPoliciesResponse: Sendable, Hashable, Codable, MarkerPaginatedResponse {
        public var attachedPolicies: [AttachedPolicy]?
        public var isTruncated: Bool?
        public var marker: String?

        public init(attachedPolicies: [AttachedPolicy]? = nil, isTruncated: Bool? = nil, marker: String? = nil) {
            self.attachedPolicies = attachedPolicies
            self.isTruncated = isTruncated
            self.marker = marker
        }
    }

    public struct ListUserPoliciesRequest: Sendable, Hashable, Codable, MarkerPaginatedRequest {
        public var userName: String
        public var marker: String?
        public var maxItems: Int?

        public init(userName: String, maxItems: Int? = nil) {
            self.userName = userName
            self.maxItems = maxItems
        }
    }

    public struct ListUserPoliciesResponse: Sendable, Hashable, Codable, MarkerPaginatedResponse {
        public var policyNames: [String]?
        public var isTruncated: Bool?
        public var marker: String?

        public init(policyNames: [String]? = nil, isTruncated: Bool? = nil, marker: String? = nil) {
            self.policyNames = policyNames
            self.isTruncated = isTruncated
            self.marker = marker
        }
    }

    public struct ListSAMLProvidersResponse: Sendable, Hashable, Codable {
        public var samlProviderList: [SAMLProviderListEntry]?

        public init(samlProviderList: [SAMLProviderListEntry]? = nil) {
            self.samlProviderList = samlProviderList
        }

        enum CodingKeys: String, CodingKey {
            case samlProviderList = "sAMLProviderList"
        }
    }

    /// Contains the list of SAML providers for this account.
    public struct SAMLProviderListEntry: Sendable, Hashable, Codable {
        public var arn: String?
        public var validUntil: Date?
        public var createDate: Date?

        public init(arn: String? = nil, validUntil: Date? = nil, createDate: Date? = nil) {
            self.arn = arn
            self.validUntil = validUntil
            self.createDate = createDate
        }
    }

    public struct ListOpenIDConnectProvidersResponse: Sendable, Hashable, Codable {
        public var openIDConnectProviderList: [OpenIDConnectProviderListEntry]?

        public init(openIDConnectProviderList: [OpenIDConnectProviderListEntry]? = nil) {
            self.openIDConnectProviderList = openIDConnectProviderList
        }
    }

    /// Contains the Amazon Resource Name (ARN) for an IAM OpenID Connect provider.
    public struct OpenIDConnectProviderListEntry: Sendable, Hashable, Codable {
        public var arn: String?

        public init(arn: String? = nil) {
            self.arn = arn
        }
    }
}

extension IAM {
    /// A policy document as JSON text. IAM returns documents URL-encoded (RFC 3986); this decodes
    /// them, and passes a document that is already plain JSON through.
    static func decodedPolicyDocument(_ document: String?) -> String? {
        guard let document else { return nil }
        if document.trimmingCharacters(in: .whitespacesAndNewlines).hasPrefix("{") { return document }
        return document.removingPercentEncoding
    }
}

extension IAM.Role {
    /// The trust policy (`AssumeRolePolicyDocument`) as JSON text, URL-decoded.
    public var trustPolicy: String? { IAM.decodedPolicyDocument(assumeRolePolicyDocument) }
}
