public import Foundation

/// AWS Identity and Access Management operations (Query protocol, global endpoint).
///
/// Related AWS documentation: https://docs.aws.amazon.com/IAM/latest/APIReference/welcome.html
public enum IAM {
    public static let createUser = AWSOperation<CreateUserRequest, CreateUserResponse>.query(.iam, "CreateUser")
    public static let createAccessKey = AWSOperation<UserNameRequest, CreateAccessKeyResponse>.query(
        .iam, "CreateAccessKey")
    public static let putUserPolicy = AWSOperation<PutUserPolicyRequest, EmptyOutput>.query(.iam, "PutUserPolicy")
    public static let listUsers = AWSOperation<ListUsersRequest, ListUsersResponse>.query(.iam, "ListUsers")
    public static let listAccessKeys = AWSOperation<ListAccessKeysRequest, ListAccessKeysResponse>.query(
        .iam, "ListAccessKeys")

    public struct Tag: Sendable, Hashable, Codable {
        public var key: String
        public var value: String

        public init(key: String, value: String) {
            self.key = key
            self.value = value
        }
    }

    public struct User: Sendable, Hashable, Codable {
        public var path: String?
        public var userName: String
        public var userId: String?
        public var arn: String
        public var createDate: Date?
        public var passwordLastUsed: Date?
    }

    public struct CreateUserRequest: Sendable, Hashable, Codable {
        public var userName: String
        public var path: String?
        public var tags: [Tag]?

        public init(userName: String, path: String? = nil, tags: [Tag]? = nil) {
            self.userName = userName
            self.path = path
            self.tags = tags
        }
    }

    public struct CreateUserResponse: Sendable, Hashable, Codable {
        public var user: User?
    }

    public struct UserNameRequest: Sendable, Hashable, Codable {
        public var userName: String?

        public init(userName: String?) { self.userName = userName }
    }

    /// A new access key; the secret never appears in `description`.
    public struct AccessKey: Sendable, Hashable, Codable, CustomStringConvertible {
        public var userName: String
        public var accessKeyId: String
        public var status: String
        public var secretAccessKey: String
        public var createDate: Date?

        public var description: String { "IAM.AccessKey(\(userName), \(accessKeyId), secret: <redacted>)" }
    }

    public struct CreateAccessKeyResponse: Sendable, Hashable, Codable {
        public var accessKey: AccessKey
    }

    public struct PutUserPolicyRequest: Sendable, Hashable, Codable {
        public var userName: String
        public var policyName: String
        /// The policy as JSON text.
        public var policyDocument: String

        public init(userName: String, policyName: String, policyDocument: String) {
            self.userName = userName
            self.policyName = policyName
            self.policyDocument = policyDocument
        }
    }

    public struct ListUsersRequest: Sendable, Hashable, Codable, MarkerPaginatedRequest {
        public var pathPrefix: String?
        public var marker: String?
        public var maxItems: Int?

        public init(pathPrefix: String? = nil, maxItems: Int? = nil) {
            self.pathPrefix = pathPrefix
            self.maxItems = maxItems
        }
    }

    public struct ListUsersResponse: Sendable, Hashable, Codable, MarkerPaginatedResponse {
        public var users: [User]
        public var isTruncated: Bool?
        public var marker: String?
    }

    public struct ListAccessKeysRequest: Sendable, Hashable, Codable, MarkerPaginatedRequest {
        public var userName: String?
        public var marker: String?
        public var maxItems: Int?

        public init(userName: String? = nil, maxItems: Int? = nil) {
            self.userName = userName
            self.maxItems = maxItems
        }
    }

    public struct AccessKeyMetadata: Sendable, Hashable, Codable {
        public var userName: String?
        public var accessKeyId: String?
        public var status: String?
        public var createDate: Date?
    }

    public struct ListAccessKeysResponse: Sendable, Hashable, Codable, MarkerPaginatedResponse {
        public var accessKeyMetadata: [AccessKeyMetadata]
        public var isTruncated: Bool?
        public var marker: String?
    }
}
