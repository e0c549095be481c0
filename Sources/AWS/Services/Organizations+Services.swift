public import Foundation

/// Organizations operations on trusted service access and delegated administrators: which AWS
/// services act across the organization, and which member account administers each.
///
/// Related AWS documentation: https://docs.aws.amazon.com/organizations/latest/APIReference/API_Operations.html
extension Organizations {
    /// Lists the Amazon Web Services accounts that are designated as delegated administrators in this organization.
    public static let listDelegatedAdministrators =
        AWSOperation<ListDelegatedAdministratorsRequest, ListDelegatedAdministratorsResponse>.json(
            .organizations,
            "ListDelegatedAdministrators"
        )
    /// Enables the specified member account to administer the Organizations features of the specified Amazon Web
    /// Services service.
    public static let registerDelegatedAdministrator =
        AWSOperation<RegisterDelegatedAdministratorRequest, EmptyOutput>.json(
            .organizations,
            "RegisterDelegatedAdministrator"
        )
    /// Removes the specified member Amazon Web Services account as a delegated administrator for the specified Amazon
    /// Web Services service.
    public static let deregisterDelegatedAdministrator =
        AWSOperation<DeregisterDelegatedAdministratorRequest, EmptyOutput>.json(
            .organizations,
            "DeregisterDelegatedAdministrator"
        )
    /// Returns a list of the Amazon Web Services services that you enabled to integrate with your organization.
    public static let listAWSServiceAccessForOrganization =
        AWSOperation<ListAWSServiceAccessForOrganizationRequest, ListAWSServiceAccessForOrganizationResponse>.json(
            .organizations,
            "ListAWSServiceAccessForOrganization"
        )
    /// Provides an Amazon Web Services service (the service that is specified by ServicePrincipal) with permissions to
    /// view the structure of an organization, create a service-linked role in all the accounts in the organization, and
    /// allow the service to perform operations on behalf of the organization and its accounts.
    public static let enableAWSServiceAccess = AWSOperation<EnableAWSServiceAccessRequest, EmptyOutput>.json(
        .organizations,
        "EnableAWSServiceAccess"
    )
    /// Disables the integration of an Amazon Web Services service (the service that is specified by ServicePrincipal)
    /// with Organizations.
    public static let disableAWSServiceAccess = AWSOperation<DisableAWSServiceAccessRequest, EmptyOutput>.json(
        .organizations,
        "DisableAWSServiceAccess"
    )

    public struct ListDelegatedAdministratorsRequest: Sendable, Hashable, Codable, NextTokenPaginatedRequest {
        public var servicePrincipal: String?
        public var nextToken: String?
        public var maxResults: Int?

        public init(servicePrincipal: String? = nil, maxResults: Int? = nil) {
            self.servicePrincipal = servicePrincipal
            self.maxResults = maxResults
        }
    }

    public struct ListDelegatedAdministratorsResponse: Sendable, Hashable, Codable, NextTokenPaginatedResponse {
        public var delegatedAdministrators: [DelegatedAdministrator]?
        public var nextToken: String?

        public init(delegatedAdministrators: [DelegatedAdministrator]? = nil, nextToken: String? = nil) {
            self.delegatedAdministrators = delegatedAdministrators
            self.nextToken = nextToken
        }
    }

    /// Contains information about the delegated administrator.
    public struct DelegatedAdministrator: Sendable, Hashable, Codable {
        public var id: String?
        public var arn: String?
        public var email: String?
        public var name: String?
        /// One of `ACTIVE`, `SUSPENDED`, `PENDING_CLOSURE`.
        public var status: String?
        /// One of `PENDING_ACTIVATION`, `ACTIVE`, `SUSPENDED`, `PENDING_CLOSURE`, `CLOSED`.
        public var state: String?
        /// One of `INVITED`, `CREATED`.
        public var joinedMethod: String?
        public var joinedTimestamp: Date?
        public var delegationEnabledDate: Date?

        public init(
            id: String? = nil,
            arn: String? = nil,
            email: String? = nil,
            name: String? = nil,
            status: String? = nil,
            state: String? = nil,
            joinedMethod: String? = nil,
            joinedTimestamp: Date? = nil,
            delegationEnabledDate: Date? = nil
        ) {
            self.id = id
            self.arn = arn
            self.email = email
            self.name = name
            self.status = status
            self.state = state
            self.joinedMethod = joinedMethod
            self.joinedTimestamp = joinedTimestamp
            self.delegationEnabledDate = delegationEnabledDate
        }
    }

    public struct RegisterDelegatedAdministratorRequest: Sendable, Hashable, Codable {
        public var accountId: String
        public var servicePrincipal: String

        public init(accountId: String, servicePrincipal: String) {
            self.accountId = accountId
            self.servicePrincipal = servicePrincipal
        }
    }

    public struct DeregisterDelegatedAdministratorRequest: Sendable, Hashable, Codable {
        public var accountId: String
        public var servicePrincipal: String

        public init(accountId: String, servicePrincipal: String) {
            self.accountId = accountId
            self.servicePrincipal = servicePrincipal
        }
    }

    public struct ListAWSServiceAccessForOrganizationRequest: Sendable, Hashable, Codable, NextTokenPaginatedRequest {
        public var nextToken: String?
        public var maxResults: Int?

        public init(maxResults: Int? = nil) {
            self.maxResults = maxResults
        }
    }

    public struct ListAWSServiceAccessForOrganizationResponse: Sendable, Hashable, Codable, NextTokenPaginatedResponse {
        public var enabledServicePrincipals: [EnabledServicePrincipal]?
        public var nextToken: String?

        public init(enabledServicePrincipals: [EnabledServicePrincipal]? = nil, nextToken: String? = nil) {
            self.enabledServicePrincipals = enabledServicePrincipals
            self.nextToken = nextToken
        }
    }

    /// A structure that contains details of a service principal that represents an Amazon Web Services service that is
    /// enabled to integrate with Organizations.
    public struct EnabledServicePrincipal: Sendable, Hashable, Codable {
        public var servicePrincipal: String?
        public var dateEnabled: Date?

        public init(servicePrincipal: String? = nil, dateEnabled: Date? = nil) {
            self.servicePrincipal = servicePrincipal
            self.dateEnabled = dateEnabled
        }
    }

    public struct EnableAWSServiceAccessRequest: Sendable, Hashable, Codable {
        public var servicePrincipal: String

        public init(servicePrincipal: String) {
            self.servicePrincipal = servicePrincipal
        }
    }

    public struct DisableAWSServiceAccessRequest: Sendable, Hashable, Codable {
        public var servicePrincipal: String

        public init(servicePrincipal: String) {
            self.servicePrincipal = servicePrincipal
        }
    }
}
