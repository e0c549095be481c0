public import Foundation

/// IAM Identity Center administration (`sso-admin`, JSON 1.1).
///
/// Related AWS documentation: https://docs.aws.amazon.com/singlesignon/latest/APIReference/welcome.html
public enum SSOAdmin {
    public static let listInstances = AWSOperation<ListInstancesRequest, ListInstancesResponse>.json(
        .ssoAdmin, "ListInstances")
    public static let createInstance = AWSOperation<CreateInstanceRequest, CreateInstanceResponse>.json(
        .ssoAdmin, "CreateInstance")

    /// Creates an account instance of Identity Center; retried calls reuse one `ClientToken`.
    public struct CreateInstanceRequest: Sendable, Hashable, Codable, IdempotentRequest {
        public var name: String?
        public var clientToken: String?

        public init(name: String? = nil, clientToken: String? = nil) {
            self.name = name
            self.clientToken = clientToken
        }
    }

    public struct CreateInstanceResponse: Sendable, Hashable, Codable {
        public var instanceArn: String?
    }

    public struct ListInstancesRequest: Sendable, Hashable, Codable, NextTokenPaginatedRequest {
        public var maxResults: Int?
        public var nextToken: String?

        public init(maxResults: Int? = nil) { self.maxResults = maxResults }
    }

    public struct Instance: Sendable, Hashable, Codable {
        public var instanceArn: String?
        public var identityStoreId: String?
        public var ownerAccountId: String?
        public var name: String?
        public var createdDate: Date?
        public var status: String?
    }

    public struct ListInstancesResponse: Sendable, Hashable, Codable, NextTokenPaginatedResponse {
        public var instances: [Instance]?
        public var nextToken: String?
    }
}

/// The Identity Center identity store (JSON 1.1).
///
/// Related AWS documentation: https://docs.aws.amazon.com/singlesignon/latest/IdentityStoreAPIReference/welcome.html
public enum IdentityStore {
    public static let listUsers = AWSOperation<ListUsersRequest, ListUsersResponse>.json(.identityStore, "ListUsers")
    public static let createUser = AWSOperation<CreateUserRequest, CreateUserResponse>.json(
        .identityStore, "CreateUser")

    public struct ListUsersRequest: Sendable, Hashable, Codable, NextTokenPaginatedRequest {
        public var identityStoreId: String
        public var maxResults: Int?
        public var nextToken: String?

        public init(identityStoreId: String, maxResults: Int? = nil) {
            self.identityStoreId = identityStoreId
            self.maxResults = maxResults
        }
    }

    public struct Name: Sendable, Hashable, Codable {
        public var formatted: String?
        public var familyName: String?
        public var givenName: String?

        public init(formatted: String? = nil, familyName: String? = nil, givenName: String? = nil) {
            self.formatted = formatted
            self.familyName = familyName
            self.givenName = givenName
        }
    }

    public struct Email: Sendable, Hashable, Codable {
        public var value: String?
        public var type: String?
        public var primary: Bool?

        public init(value: String, type: String? = "work", primary: Bool? = true) {
            self.value = value
            self.type = type
            self.primary = primary
        }
    }

    public struct User: Sendable, Hashable, Codable {
        public var identityStoreId: String
        public var userId: String
        public var userName: String?
        public var name: Name?
        public var displayName: String?
        public var emails: [Email]?
    }

    public struct ListUsersResponse: Sendable, Hashable, Codable, NextTokenPaginatedResponse {
        public var users: [User]
        public var nextToken: String?
    }

    public struct CreateUserRequest: Sendable, Hashable, Codable {
        public var identityStoreId: String
        public var userName: String?
        public var name: Name?
        public var displayName: String?
        public var emails: [Email]?

        public init(
            identityStoreId: String, userName: String, name: Name? = nil, displayName: String? = nil,
            emails: [Email]? = nil
        ) {
            self.identityStoreId = identityStoreId
            self.userName = userName
            self.name = name
            self.displayName = displayName
            self.emails = emails
        }
    }

    public struct CreateUserResponse: Sendable, Hashable, Codable {
        public var identityStoreId: String
        public var userId: String
    }
}
