import AWS
import Foundation

/// The AWS Organizations calls plan and apply make beyond those the `AWS` module declares.
///
/// Declared here, inside this module, until the shared `AWS` service files carry them; the types
/// follow botocore's `organizations` model member for member.
enum OrganizationsAPI {
    static let listRoots = AWSOperation<Organizations.ListRequest, ListRootsResponse>.json(.organizations, "ListRoots")
    static let listAccountsForParent = AWSOperation<
        Organizations.ListChildrenRequest, Organizations.ListAccountsResponse
    >
    .json(.organizations, "ListAccountsForParent")
    static let moveAccount = AWSOperation<MoveAccountRequest, EmptyOutput>.json(.organizations, "MoveAccount")
    static let listPolicies = AWSOperation<ListPoliciesRequest, ListPoliciesResponse>.json(
        .organizations, "ListPolicies")
    static let describePolicy = AWSOperation<PolicyIDRequest, PolicyResponse>.json(.organizations, "DescribePolicy")
    static let createPolicy = AWSOperation<CreatePolicyRequest, PolicyResponse>.json(.organizations, "CreatePolicy")
    static let updatePolicy = AWSOperation<UpdatePolicyRequest, PolicyResponse>.json(.organizations, "UpdatePolicy")
    static let deletePolicy = AWSOperation<PolicyIDRequest, EmptyOutput>.json(.organizations, "DeletePolicy")
    static let attachPolicy = AWSOperation<AttachPolicyRequest, EmptyOutput>.json(.organizations, "AttachPolicy")
    static let detachPolicy = AWSOperation<AttachPolicyRequest, EmptyOutput>.json(.organizations, "DetachPolicy")
    static let listTargetsForPolicy = AWSOperation<ListTargetsRequest, ListTargetsResponse>.json(
        .organizations, "ListTargetsForPolicy")
    static let enablePolicyType = AWSOperation<EnablePolicyTypeRequest, EnablePolicyTypeResponse>.json(
        .organizations, "EnablePolicyType")
    static let listDelegatedAdministrators = AWSOperation<
        Organizations.ListRequest, ListDelegatedAdministratorsResponse
    >
    .json(.organizations, "ListDelegatedAdministrators")
    static let listAWSServiceAccess = AWSOperation<Organizations.ListRequest, ListServiceAccessResponse>.json(
        .organizations, "ListAWSServiceAccessForOrganization")
    static let deleteOrganizationalUnit = AWSOperation<OrganizationalUnitIDRequest, EmptyOutput>.json(
        .organizations, "DeleteOrganizationalUnit")
    static let listCreateAccountStatus = AWSOperation<ListCreateAccountStatusRequest, ListCreateAccountStatusResponse>
        .json(.organizations, "ListCreateAccountStatus")

    struct PolicyTypeSummary: Sendable, Hashable, Codable {
        var type: String?
        var status: String?
    }

    struct Root: Sendable, Hashable, Codable {
        var id: String?
        var arn: String?
        var name: String?
        var policyTypes: [PolicyTypeSummary]?
    }

    struct ListRootsResponse: Sendable, Hashable, Codable, NextTokenPaginatedResponse {
        var roots: [Root]?
        var nextToken: String?
    }

    struct MoveAccountRequest: Sendable, Hashable, Codable {
        var accountId: String
        var sourceParentId: String
        var destinationParentId: String
    }

    struct ListPoliciesRequest: Sendable, Hashable, Codable, NextTokenPaginatedRequest {
        var filter: String
        var nextToken: String?
        var maxResults: Int?
    }

    struct PolicySummary: Sendable, Hashable, Codable {
        var id: String?
        var arn: String?
        var name: String?
        var description: String?
        var type: String?
        var awsManaged: Bool?
    }

    struct ListPoliciesResponse: Sendable, Hashable, Codable, NextTokenPaginatedResponse {
        var policies: [PolicySummary]?
        var nextToken: String?
    }

    struct PolicyIDRequest: Sendable, Hashable, Codable {
        var policyId: String
    }

    struct Policy: Sendable, Hashable, Codable {
        var policySummary: PolicySummary?
        var content: String?
    }

    struct PolicyResponse: Sendable, Hashable, Codable {
        var policy: Policy?
    }

    struct CreatePolicyRequest: Sendable, Hashable, Codable {
        var content: String
        var description: String
        var name: String
        var type: String
    }

    struct UpdatePolicyRequest: Sendable, Hashable, Codable {
        var policyId: String
        var name: String?
        var description: String?
        var content: String?
    }

    struct AttachPolicyRequest: Sendable, Hashable, Codable {
        var policyId: String
        var targetId: String
    }

    struct ListTargetsRequest: Sendable, Hashable, Codable, NextTokenPaginatedRequest {
        var policyId: String
        var nextToken: String?
        var maxResults: Int?
    }

    struct PolicyTarget: Sendable, Hashable, Codable {
        var targetId: String?
        var arn: String?
        var name: String?
        var type: String?
    }

    struct ListTargetsResponse: Sendable, Hashable, Codable, NextTokenPaginatedResponse {
        var targets: [PolicyTarget]?
        var nextToken: String?
    }

    struct EnablePolicyTypeRequest: Sendable, Hashable, Codable {
        var rootId: String
        var policyType: String
    }

    struct EnablePolicyTypeResponse: Sendable, Hashable, Codable {
        var root: Root?
    }

    struct DelegatedAdministrator: Sendable, Hashable, Codable {
        var id: String?
        var name: String?
        var email: String?
    }

    struct ListDelegatedAdministratorsResponse: Sendable, Hashable, Codable, NextTokenPaginatedResponse {
        var delegatedAdministrators: [DelegatedAdministrator]?
        var nextToken: String?
    }

    struct EnabledServicePrincipal: Sendable, Hashable, Codable {
        var servicePrincipal: String?
    }

    struct ListServiceAccessResponse: Sendable, Hashable, Codable, NextTokenPaginatedResponse {
        var enabledServicePrincipals: [EnabledServicePrincipal]?
        var nextToken: String?
    }

    struct OrganizationalUnitIDRequest: Sendable, Hashable, Codable {
        var organizationalUnitId: String
    }

    struct ListCreateAccountStatusRequest: Sendable, Hashable, Codable, NextTokenPaginatedRequest {
        var states: [String]?
        var nextToken: String?
        var maxResults: Int?
    }

    struct ListCreateAccountStatusResponse: Sendable, Hashable, Codable, NextTokenPaginatedResponse {
        var createAccountStatuses: [Organizations.CreateAccountStatus]?
        var nextToken: String?
    }
}
