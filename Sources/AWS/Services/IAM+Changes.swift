/// IAM writes: roles and their policies (the break-glass role, member-account roles) and the
/// offboarding of local users (console password, access keys, the user itself).
///
/// Related AWS documentation: https://docs.aws.amazon.com/IAM/latest/APIReference/API_Operations.html
extension IAM {
    /// Creates a new role for your Amazon Web Services account.
    public static let createRole = AWSOperation<CreateRoleRequest, CreateRoleResponse>.query(.iam, "CreateRole")
    /// Attaches the specified managed policy to the specified IAM role.
    public static let attachRolePolicy = AWSOperation<AttachRolePolicyRequest, EmptyOutput>.query(
        .iam,
        "AttachRolePolicy"
    )
    /// Adds or updates an inline policy document that is embedded in the specified IAM role.
    public static let putRolePolicy = AWSOperation<PutRolePolicyRequest, EmptyOutput>.query(.iam, "PutRolePolicy")
    /// Creates a password for the specified IAM user.
    public static let createLoginProfile = AWSOperation<CreateLoginProfileRequest, CreateLoginProfileResponse>.query(
        .iam,
        "CreateLoginProfile"
    )
    /// Creates an IAM entity to describe an identity provider (IdP) that supports OpenID Connect (OIDC).
    public static let createOpenIDConnectProvider =
        AWSOperation<CreateOpenIDConnectProviderRequest, CreateOpenIDConnectProviderResponse>.query(
            .iam,
            "CreateOpenIDConnectProvider"
        )
    /// Deletes the console password of the specified IAM user (offboarding a local user).
    public static let deleteLoginProfile = AWSOperation<DeleteLoginProfileRequest, EmptyOutput>.query(
        .iam,
        "DeleteLoginProfile"
    )
    /// Deletes the access key pair associated with the specified IAM user.
    public static let deleteAccessKey = AWSOperation<DeleteAccessKeyRequest, EmptyOutput>.query(.iam, "DeleteAccessKey")
    /// Deletes the specified IAM user.
    public static let deleteUser = AWSOperation<DeleteUserRequest, EmptyOutput>.query(.iam, "DeleteUser")

    public struct CreateRoleRequest: Sendable, Hashable, Codable {
        public var path: String?
        public var roleName: String
        public var assumeRolePolicyDocument: String
        public var description: String?
        public var maxSessionDuration: Int?
        public var permissionsBoundary: String?
        public var tags: [Tag]?

        public init(
            path: String? = nil,
            roleName: String,
            assumeRolePolicyDocument: String,
            description: String? = nil,
            maxSessionDuration: Int? = nil,
            permissionsBoundary: String? = nil,
            tags: [Tag]? = nil
        ) {
            self.path = path
            self.roleName = roleName
            self.assumeRolePolicyDocument = assumeRolePolicyDocument
            self.description = description
            self.maxSessionDuration = maxSessionDuration
            self.permissionsBoundary = permissionsBoundary
            self.tags = tags
        }
    }

    public struct CreateRoleResponse: Sendable, Hashable, Codable {
        public var role: Role?

        public init(role: Role? = nil) {
            self.role = role
        }
    }

    public struct AttachRolePolicyRequest: Sendable, Hashable, Codable {
        public var roleName: String
        public var policyArn: String

        public init(roleName: String, policyArn: String) {
            self.roleName = roleName
            self.policyArn = policyArn
        }
    }

    public struct PutRolePolicyRequest: Sendable, Hashable, Codable {
        public var roleName: String
        public var policyName: String
        public var policyDocument: String

        public init(roleName: String, policyName: String, policyDocument: String) {
            self.roleName = roleName
            self.policyName = policyName
            self.policyDocument = policyDocument
        }
    }

    /// A console password for a user; the password never appears in `description`.
    public struct CreateLoginProfileRequest: Sendable, Hashable, Codable, CustomStringConvertible {
        public var userName: String?
        public var password: String?
        public var passwordResetRequired: Bool?

        public init(userName: String? = nil, password: String? = nil, passwordResetRequired: Bool? = nil) {
            self.userName = userName
            self.password = password
            self.passwordResetRequired = passwordResetRequired
        }

        public var description: String {
            "IAM.CreateLoginProfileRequest(\(userName ?? "caller"), password: <redacted>)"
        }
    }

    public struct CreateLoginProfileResponse: Sendable, Hashable, Codable {
        public var loginProfile: LoginProfile?

        public init(loginProfile: LoginProfile? = nil) {
            self.loginProfile = loginProfile
        }
    }

    public struct CreateOpenIDConnectProviderRequest: Sendable, Hashable, Codable {
        public var url: String
        public var clientIDList: [String]?
        public var thumbprintList: [String]?
        public var tags: [Tag]?

        public init(url: String, clientIDList: [String]? = nil, thumbprintList: [String]? = nil, tags: [Tag]? = nil) {
            self.url = url
            self.clientIDList = clientIDList
            self.thumbprintList = thumbprintList
            self.tags = tags
        }
    }

    public struct CreateOpenIDConnectProviderResponse: Sendable, Hashable, Codable {
        public var openIDConnectProviderArn: String?
        public var tags: [Tag]?

        public init(openIDConnectProviderArn: String? = nil, tags: [Tag]? = nil) {
            self.openIDConnectProviderArn = openIDConnectProviderArn
            self.tags = tags
        }
    }

    public struct DeleteLoginProfileRequest: Sendable, Hashable, Codable {
        public var userName: String?

        public init(userName: String? = nil) {
            self.userName = userName
        }
    }

    public struct DeleteAccessKeyRequest: Sendable, Hashable, Codable {
        public var userName: String?
        public var accessKeyId: String

        public init(userName: String? = nil, accessKeyId: String) {
            self.userName = userName
            self.accessKeyId = accessKeyId
        }
    }

    public struct DeleteUserRequest: Sendable, Hashable, Codable {
        public var userName: String

        public init(userName: String) {
            self.userName = userName
        }
    }
}
