import AWS
import Foundation

/// The IAM Identity Center (`sso-admin`) calls plan and apply make, declared here until the
/// shared `AWS` service files carry them; members follow botocore's `sso-admin` model.
enum SSOAdminAPI {
    static let listPermissionSets = AWSOperation<InstanceRequest, ListPermissionSetsResponse>.json(
        .ssoAdmin, "ListPermissionSets")
    static let describePermissionSet = AWSOperation<PermissionSetRequest, DescribePermissionSetResponse>.json(
        .ssoAdmin, "DescribePermissionSet")
    static let createPermissionSet = AWSOperation<CreatePermissionSetRequest, DescribePermissionSetResponse>.json(
        .ssoAdmin, "CreatePermissionSet")
    static let updatePermissionSet = AWSOperation<UpdatePermissionSetRequest, EmptyOutput>.json(
        .ssoAdmin, "UpdatePermissionSet")
    static let listManagedPolicies = AWSOperation<PermissionSetPageRequest, ListManagedPoliciesResponse>.json(
        .ssoAdmin, "ListManagedPoliciesInPermissionSet")
    static let attachManagedPolicy = AWSOperation<ManagedPolicyRequest, EmptyOutput>.json(
        .ssoAdmin, "AttachManagedPolicyToPermissionSet")
    static let detachManagedPolicy = AWSOperation<ManagedPolicyRequest, EmptyOutput>.json(
        .ssoAdmin, "DetachManagedPolicyFromPermissionSet")
    static let listCustomerManagedPolicies = AWSOperation<PermissionSetPageRequest, ListCustomerPoliciesResponse>.json(
        .ssoAdmin, "ListCustomerManagedPolicyReferencesInPermissionSet")
    static let attachCustomerManagedPolicy = AWSOperation<CustomerPolicyRequest, EmptyOutput>.json(
        .ssoAdmin, "AttachCustomerManagedPolicyReferenceToPermissionSet")
    static let detachCustomerManagedPolicy = AWSOperation<CustomerPolicyRequest, EmptyOutput>.json(
        .ssoAdmin, "DetachCustomerManagedPolicyReferenceFromPermissionSet")
    static let getInlinePolicy = AWSOperation<PermissionSetRequest, InlinePolicyResponse>.json(
        .ssoAdmin, "GetInlinePolicyForPermissionSet")
    static let putInlinePolicy = AWSOperation<PutInlinePolicyRequest, EmptyOutput>.json(
        .ssoAdmin, "PutInlinePolicyToPermissionSet")
    static let deleteInlinePolicy = AWSOperation<PermissionSetRequest, EmptyOutput>.json(
        .ssoAdmin, "DeleteInlinePolicyFromPermissionSet")
    static let provisionPermissionSet = AWSOperation<ProvisionRequest, ProvisionResponse>.json(
        .ssoAdmin, "ProvisionPermissionSet")
    static let describeProvisioningStatus = AWSOperation<ProvisioningStatusRequest, ProvisionResponse>.json(
        .ssoAdmin, "DescribePermissionSetProvisioningStatus")
    static let listAccountAssignmentsForPrincipal = AWSOperation<
        AssignmentsForPrincipalRequest, ListAssignmentsResponse
    >.json(
        .ssoAdmin, "ListAccountAssignmentsForPrincipal")
    static let listAccountAssignments = AWSOperation<AssignmentsRequest, ListAssignmentsResponse>.json(
        .ssoAdmin, "ListAccountAssignments")
    static let createAccountAssignment = AWSOperation<AssignmentRequest, AssignmentCreationResponse>.json(
        .ssoAdmin, "CreateAccountAssignment")
    static let describeAssignmentCreationStatus = AWSOperation<AssignmentStatusRequest, AssignmentCreationResponse>
        .json(
            .ssoAdmin, "DescribeAccountAssignmentCreationStatus")
    static let deleteAccountAssignment = AWSOperation<AssignmentRequest, AssignmentDeletionResponse>.json(
        .ssoAdmin, "DeleteAccountAssignment")

    struct InstanceRequest: Sendable, Hashable, Codable, NextTokenPaginatedRequest {
        var instanceArn: String
        var nextToken: String?
        var maxResults: Int?
    }

    struct ListPermissionSetsResponse: Sendable, Hashable, Codable, NextTokenPaginatedResponse {
        var permissionSets: [String]?
        var nextToken: String?
    }

    struct PermissionSetRequest: Sendable, Hashable, Codable {
        var instanceArn: String
        var permissionSetArn: String
    }

    struct PermissionSetPageRequest: Sendable, Hashable, Codable, NextTokenPaginatedRequest {
        var instanceArn: String
        var permissionSetArn: String
        var nextToken: String?
        var maxResults: Int?
    }

    struct PermissionSet: Sendable, Hashable, Codable {
        var name: String?
        var permissionSetArn: String?
        var description: String?
        var sessionDuration: String?
    }

    struct DescribePermissionSetResponse: Sendable, Hashable, Codable {
        var permissionSet: PermissionSet?
    }

    struct CreatePermissionSetRequest: Sendable, Hashable, Codable {
        var name: String
        var description: String
        var instanceArn: String
        var sessionDuration: String
    }

    struct UpdatePermissionSetRequest: Sendable, Hashable, Codable {
        var instanceArn: String
        var permissionSetArn: String
        var description: String
        var sessionDuration: String
    }

    struct AttachedManagedPolicy: Sendable, Hashable, Codable {
        var name: String?
        var arn: String?
    }

    struct ListManagedPoliciesResponse: Sendable, Hashable, Codable, NextTokenPaginatedResponse {
        var attachedManagedPolicies: [AttachedManagedPolicy]?
        var nextToken: String?
    }

    struct ManagedPolicyRequest: Sendable, Hashable, Codable {
        var instanceArn: String
        var permissionSetArn: String
        var managedPolicyArn: String
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

    struct InlinePolicyResponse: Sendable, Hashable, Codable {
        var inlinePolicy: String?
    }

    struct PutInlinePolicyRequest: Sendable, Hashable, Codable {
        var instanceArn: String
        var permissionSetArn: String
        var inlinePolicy: String
    }

    struct ProvisionRequest: Sendable, Hashable, Codable {
        var instanceArn: String
        var permissionSetArn: String
        var targetType: String
    }

    struct ProvisioningStatus: Sendable, Hashable, Codable {
        var status: String?
        var requestId: String?
        var failureReason: String?
    }

    struct ProvisionResponse: Sendable, Hashable, Codable {
        var permissionSetProvisioningStatus: ProvisioningStatus?
    }

    struct ProvisioningStatusRequest: Sendable, Hashable, Codable {
        var instanceArn: String
        var provisionPermissionSetRequestId: String
    }

    struct AssignmentsForPrincipalRequest: Sendable, Hashable, Codable, NextTokenPaginatedRequest {
        var instanceArn: String
        var principalId: String
        var principalType: String
        var nextToken: String?
        var maxResults: Int?
    }

    struct AssignmentsRequest: Sendable, Hashable, Codable, NextTokenPaginatedRequest {
        var instanceArn: String
        var accountId: String
        var permissionSetArn: String
        var nextToken: String?
        var maxResults: Int?
    }

    struct AccountAssignment: Sendable, Hashable, Codable {
        var accountId: String?
        var permissionSetArn: String?
        var principalType: String?
        var principalId: String?
    }

    struct ListAssignmentsResponse: Sendable, Hashable, Codable, NextTokenPaginatedResponse {
        var accountAssignments: [AccountAssignment]?
        var nextToken: String?
    }

    struct AssignmentRequest: Sendable, Hashable, Codable {
        var instanceArn: String
        var targetId: String
        var targetType: String
        var permissionSetArn: String
        var principalType: String
        var principalId: String
    }

    struct AssignmentStatus: Sendable, Hashable, Codable {
        var status: String?
        var requestId: String?
        var failureReason: String?
    }

    struct AssignmentCreationResponse: Sendable, Hashable, Codable {
        var accountAssignmentCreationStatus: AssignmentStatus?
    }

    struct AssignmentDeletionResponse: Sendable, Hashable, Codable {
        var accountAssignmentDeletionStatus: AssignmentStatus?
    }

    struct AssignmentStatusRequest: Sendable, Hashable, Codable {
        var instanceArn: String
        var accountAssignmentCreationRequestId: String
    }
}
