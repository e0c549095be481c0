public import Foundation

/// Identity Store user operations: the spec's people as Identity Center users, found again by
/// user name so a re-run never creates them twice.
///
/// Related AWS documentation: https://docs.aws.amazon.com/singlesignon/latest/IdentityStoreAPIReference/welcome.html
extension IdentityStore {
    /// Retrieves the user metadata and attributes from the UserId in an identity store.
    public static let describeUser = AWSOperation<DescribeUserRequest, DescribeUserResponse>.json(
        .identityStore,
        "DescribeUser"
    )
    /// Deletes a user within an identity store given UserId.
    public static let deleteUser = AWSOperation<DeleteUserRequest, EmptyOutput>.json(.identityStore, "DeleteUser")
    /// Retrieves the UserId in an identity store.
    public static let getUserId = AWSOperation<GetUserIdRequest, GetUserIdResponse>.json(.identityStore, "GetUserId")
    /// `ListUsers` with `Filters` (for example `UserName` equal to a value). AWS has deprecated filters on
    /// `ListUsers`: prefer `getUserId` to find one user; this stays for stores that predate it.
    public static let listUsersMatching = AWSOperation<ListUsersMatchingRequest, ListUsersResponse>.json(
        .identityStore,
        "ListUsers"
    )

    public struct DescribeUserRequest: Sendable, Hashable, Codable {
        public var identityStoreId: String
        public var userId: String
        public var extensions: [String]?

        public init(identityStoreId: String, userId: String, extensions: [String]? = nil) {
            self.identityStoreId = identityStoreId
            self.userId = userId
            self.extensions = extensions
        }
    }

    public struct DescribeUserResponse: Sendable, Hashable, Codable {
        public var identityStoreId: String?
        public var userId: String?
        public var userName: String?
        public var externalIds: [ExternalId]?
        public var name: Name?
        public var displayName: String?
        public var nickName: String?
        public var profileUrl: String?
        public var emails: [Email]?
        public var addresses: [Address]?
        public var phoneNumbers: [PhoneNumber]?
        public var userType: String?
        public var title: String?
        public var preferredLanguage: String?
        public var locale: String?
        public var timezone: String?
        /// One of `ENABLED`, `DISABLED`.
        public var userStatus: String?
        public var photos: [Photo]?
        public var website: String?
        public var birthdate: String?
        public var roles: [Role]?
        public var createdAt: Date?
        public var createdBy: String?
        public var updatedAt: Date?
        public var updatedBy: String?

        public init(
            identityStoreId: String? = nil,
            userId: String? = nil,
            userName: String? = nil,
            externalIds: [ExternalId]? = nil,
            name: Name? = nil,
            displayName: String? = nil,
            nickName: String? = nil,
            profileUrl: String? = nil,
            emails: [Email]? = nil,
            addresses: [Address]? = nil,
            phoneNumbers: [PhoneNumber]? = nil,
            userType: String? = nil,
            title: String? = nil,
            preferredLanguage: String? = nil,
            locale: String? = nil,
            timezone: String? = nil,
            userStatus: String? = nil,
            photos: [Photo]? = nil,
            website: String? = nil,
            birthdate: String? = nil,
            roles: [Role]? = nil,
            createdAt: Date? = nil,
            createdBy: String? = nil,
            updatedAt: Date? = nil,
            updatedBy: String? = nil
        ) {
            self.identityStoreId = identityStoreId
            self.userId = userId
            self.userName = userName
            self.externalIds = externalIds
            self.name = name
            self.displayName = displayName
            self.nickName = nickName
            self.profileUrl = profileUrl
            self.emails = emails
            self.addresses = addresses
            self.phoneNumbers = phoneNumbers
            self.userType = userType
            self.title = title
            self.preferredLanguage = preferredLanguage
            self.locale = locale
            self.timezone = timezone
            self.userStatus = userStatus
            self.photos = photos
            self.website = website
            self.birthdate = birthdate
            self.roles = roles
            self.createdAt = createdAt
            self.createdBy = createdBy
            self.updatedAt = updatedAt
            self.updatedBy = updatedBy
        }
    }

    /// The identifier issued to this resource by an external identity provider.
    public struct ExternalId: Sendable, Hashable, Codable {
        public var issuer: String
        public var id: String

        public init(issuer: String, id: String) {
            self.issuer = issuer
            self.id = id
        }
    }

    /// The address associated with the specified user.
    public struct Address: Sendable, Hashable, Codable {
        public var streetAddress: String?
        public var locality: String?
        public var region: String?
        public var postalCode: String?
        public var country: String?
        public var formatted: String?
        public var type: String?
        public var primary: Bool?

        public init(
            streetAddress: String? = nil,
            locality: String? = nil,
            region: String? = nil,
            postalCode: String? = nil,
            country: String? = nil,
            formatted: String? = nil,
            type: String? = nil,
            primary: Bool? = nil
        ) {
            self.streetAddress = streetAddress
            self.locality = locality
            self.region = region
            self.postalCode = postalCode
            self.country = country
            self.formatted = formatted
            self.type = type
            self.primary = primary
        }
    }

    /// The phone number associated with the user.
    public struct PhoneNumber: Sendable, Hashable, Codable {
        public var value: String?
        public var type: String?
        public var primary: Bool?

        public init(value: String? = nil, type: String? = nil, primary: Bool? = nil) {
            self.value = value
            self.type = type
            self.primary = primary
        }
    }

    /// Contains information about a user's photo.
    public struct Photo: Sendable, Hashable, Codable {
        public var value: String
        public var type: String?
        public var display: String?
        public var primary: Bool?

        public init(value: String, type: String? = nil, display: String? = nil, primary: Bool? = nil) {
            self.value = value
            self.type = type
            self.display = display
            self.primary = primary
        }
    }

    /// The role associated with the user.
    public struct Role: Sendable, Hashable, Codable {
        public var value: String?
        public var type: String?
        public var primary: Bool?

        public init(value: String? = nil, type: String? = nil, primary: Bool? = nil) {
            self.value = value
            self.type = type
            self.primary = primary
        }
    }

    public struct DeleteUserRequest: Sendable, Hashable, Codable {
        public var identityStoreId: String
        public var userId: String

        public init(identityStoreId: String, userId: String) {
            self.identityStoreId = identityStoreId
            self.userId = userId
        }
    }

    public struct GetUserIdRequest: Sendable, Hashable, Codable {
        public var identityStoreId: String
        public var alternateIdentifier: AlternateIdentifier

        public init(identityStoreId: String, alternateIdentifier: AlternateIdentifier) {
            self.identityStoreId = identityStoreId
            self.alternateIdentifier = alternateIdentifier
        }
    }

    /// A unique identifier for a user or group that is not the primary identifier.
    public struct AlternateIdentifier: Sendable, Hashable, Codable {
        public var externalId: ExternalId?
        public var uniqueAttribute: UniqueAttribute?

        public init(externalId: ExternalId? = nil, uniqueAttribute: UniqueAttribute? = nil) {
            self.externalId = externalId
            self.uniqueAttribute = uniqueAttribute
        }
    }

    /// An entity attribute that's unique to a specific entity.
    public struct UniqueAttribute: Sendable, Hashable, Codable {
        public var attributePath: String
        /// A JSON document in the API model; the attributes that identify users and groups (`UserName`,
        /// `DisplayName`, emails) are strings, which is all Groundwork sends.
        public var attributeValue: String

        public init(attributePath: String, attributeValue: String) {
            self.attributePath = attributePath
            self.attributeValue = attributeValue
        }
    }

    public struct GetUserIdResponse: Sendable, Hashable, Codable {
        public var identityStoreId: String?
        public var userId: String?

        public init(identityStoreId: String? = nil, userId: String? = nil) {
            self.identityStoreId = identityStoreId
            self.userId = userId
        }
    }

    public struct ListUsersMatchingRequest: Sendable, Hashable, Codable, NextTokenPaginatedRequest {
        public var identityStoreId: String
        public var extensions: [String]?
        public var maxResults: Int?
        public var nextToken: String?
        public var filters: [Filter]?

        public init(
            identityStoreId: String,
            extensions: [String]? = nil,
            maxResults: Int? = nil,
            filters: [Filter]? = nil
        ) {
            self.identityStoreId = identityStoreId
            self.extensions = extensions
            self.maxResults = maxResults
            self.filters = filters
        }
    }

    /// A query filter used by ListUsers and ListGroups.
    public struct Filter: Sendable, Hashable, Codable {
        public var attributePath: String
        public var attributeValue: String

        public init(attributePath: String, attributeValue: String) {
            self.attributePath = attributePath
            self.attributeValue = attributeValue
        }
    }
}

extension IdentityStore.AlternateIdentifier {
    /// Finds a user by `UserName`, unique within an identity store.
    public static func userName(_ name: String) -> Self {
        Self(uniqueAttribute: .init(attributePath: "UserName", attributeValue: name))
    }

    /// Finds a group by `DisplayName`, unique within an identity store.
    public static func groupDisplayName(_ name: String) -> Self {
        Self(uniqueAttribute: .init(attributePath: "DisplayName", attributeValue: name))
    }
}
