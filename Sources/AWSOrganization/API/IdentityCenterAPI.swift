import AWS
import Foundation

/// The Identity Center calls for customer managed policy references, which the `AWS` module does
/// not declare yet; members follow botocore's `sso-admin` model.
enum SSOAdminAPI {
    static let listCustomerManagedPolicies = AWSOperation<PermissionSetPageRequest, ListCustomerPoliciesResponse>.json(
        .ssoAdmin, "ListCustomerManagedPolicyReferencesInPermissionSet")
    static let attachCustomerManagedPolicy = AWSOperation<CustomerPolicyRequest, EmptyOutput>.json(
        .ssoAdmin, "AttachCustomerManagedPolicyReferenceToPermissionSet")
    static let detachCustomerManagedPolicy = AWSOperation<CustomerPolicyRequest, EmptyOutput>.json(
        .ssoAdmin, "DetachCustomerManagedPolicyReferenceFromPermissionSet")

    struct PermissionSetPageRequest: Sendable, Hashable, Codable, NextTokenPaginatedRequest {
        var instanceArn: String
        var permissionSetArn: String
        var nextToken: String?
        var maxResults: Int?
    }

    struct CustomerManagedPolicyReference: Sendable, Hashable, Codable {
        var name: String
        var path: String?
    }

    struct ListCustomerPoliciesResponse: Sendable, Hashable, Codable, NextTokenPaginatedResponse {
        var customerManagedPolicyReferences: [CustomerManagedPolicyReference]?
        var nextToken: String?
    }

    struct CustomerPolicyRequest: Sendable, Hashable, Codable {
        var instanceArn: String
        var permissionSetArn: String
        var customerManagedPolicyReference: CustomerManagedPolicyReference
    }
}
