/// Operations `plan` and `apply` need that the service files do not declare yet. Members follow
/// botocore's `organizations` and `sso-admin` models; move them into the service files when those
/// grow to cover them.
extension Organizations {
    /// Account creations and their states; `apply` lists those `IN_PROGRESS` so a lost journal
    /// never leads to a second `CreateAccount` for the same account.
    public static let listCreateAccountStatus = AWSOperation<
        ListCreateAccountStatusRequest, ListCreateAccountStatusResponse
    >.json(.organizations, "ListCreateAccountStatus")

    public struct ListCreateAccountStatusRequest: Sendable, Hashable, Codable, NextTokenPaginatedRequest {
        /// `IN_PROGRESS`, `SUCCEEDED`, `FAILED`; nil lists every state.
        public var states: [String]?
        public var nextToken: String?
        public var maxResults: Int?

        public init(states: [String]? = nil, maxResults: Int? = nil) {
            self.states = states
            self.maxResults = maxResults
        }
    }

    public struct ListCreateAccountStatusResponse: Sendable, Hashable, Codable, NextTokenPaginatedResponse {
        public var createAccountStatuses: [CreateAccountStatus]?
        public var nextToken: String?
    }
}

extension SSOAdmin {
    /// Customer managed policies a permission set attaches by name and path (the policy must
    /// exist in every account the set is assigned to).
    public static let listCustomerManagedPolicyReferencesInPermissionSet = AWSOperation<
        ListCustomerManagedPolicyReferencesRequest, ListCustomerManagedPolicyReferencesResponse
    >.json(.ssoAdmin, "ListCustomerManagedPolicyReferencesInPermissionSet")
    public static let attachCustomerManagedPolicyReferenceToPermissionSet = AWSOperation<
        CustomerManagedPolicyReferenceRequest, EmptyOutput
    >.json(.ssoAdmin, "AttachCustomerManagedPolicyReferenceToPermissionSet")
    public static let detachCustomerManagedPolicyReferenceFromPermissionSet = AWSOperation<
        CustomerManagedPolicyReferenceRequest, EmptyOutput
    >.json(.ssoAdmin, "DetachCustomerManagedPolicyReferenceFromPermissionSet")

    public struct ListCustomerManagedPolicyReferencesRequest: Sendable, Hashable, Codable, NextTokenPaginatedRequest {
        public var instanceArn: String
        public var permissionSetArn: String
        public var nextToken: String?
        public var maxResults: Int?

        public init(instanceArn: String, permissionSetArn: String, maxResults: Int? = nil) {
            self.instanceArn = instanceArn
            self.permissionSetArn = permissionSetArn
            self.maxResults = maxResults
        }
    }

    public struct CustomerManagedPolicyReference: Sendable, Hashable, Codable {
        public var name: String
        /// `/` when none.
        public var path: String?

        public init(name: String, path: String? = nil) {
            self.name = name
            self.path = path
        }
    }

    public struct ListCustomerManagedPolicyReferencesResponse: Sendable, Hashable, Codable, NextTokenPaginatedResponse {
        public var customerManagedPolicyReferences: [CustomerManagedPolicyReference]?
        public var nextToken: String?
    }

    public struct CustomerManagedPolicyReferenceRequest: Sendable, Hashable, Codable {
        public var instanceArn: String
        public var permissionSetArn: String
        public var customerManagedPolicyReference: CustomerManagedPolicyReference

        public init(
            instanceArn: String, permissionSetArn: String,
            customerManagedPolicyReference: CustomerManagedPolicyReference
        ) {
            self.instanceArn = instanceArn
            self.permissionSetArn = permissionSetArn
            self.customerManagedPolicyReference = customerManagedPolicyReference
        }
    }
}
