/// Organizations policy operations: the service and resource control policies that carry the
/// spec's guardrails, where they are attached, and which policy types a root allows.
///
/// Related AWS documentation: https://docs.aws.amazon.com/organizations/latest/APIReference/API_Operations.html
extension Organizations {
    /// Retrieves the list of all policies in an organization of a specified type.
    public static let listPolicies = AWSOperation<ListPoliciesRequest, ListPoliciesResponse>.json(
        .organizations,
        "ListPolicies"
    )
    /// Retrieves information about a policy.
    public static let describePolicy = AWSOperation<DescribePolicyRequest, DescribePolicyResponse>.json(
        .organizations,
        "DescribePolicy"
    )
    /// Creates a policy of a specified type that you can attach to a root, an organizational unit (OU), or an
    /// individual Amazon Web Services account.
    public static let createPolicy = AWSOperation<CreatePolicyRequest, CreatePolicyResponse>.json(
        .organizations,
        "CreatePolicy"
    )
    /// Updates an existing policy with a new name, description, or content.
    public static let updatePolicy = AWSOperation<UpdatePolicyRequest, UpdatePolicyResponse>.json(
        .organizations,
        "UpdatePolicy"
    )
    /// Deletes the specified policy from your organization.
    public static let deletePolicy = AWSOperation<DeletePolicyRequest, EmptyOutput>.json(.organizations, "DeletePolicy")
    /// Attaches a policy to a root, an organizational unit (OU), or an individual account.
    public static let attachPolicy = AWSOperation<AttachPolicyRequest, EmptyOutput>.json(.organizations, "AttachPolicy")
    /// Detaches a policy from a target root, organizational unit (OU), or account.
    public static let detachPolicy = AWSOperation<DetachPolicyRequest, EmptyOutput>.json(.organizations, "DetachPolicy")
    /// Lists all the roots, organizational units (OUs), and accounts that the specified policy is attached to.
    public static let listTargetsForPolicy =
        AWSOperation<ListTargetsForPolicyRequest, ListTargetsForPolicyResponse>.json(
            .organizations,
            "ListTargetsForPolicy"
        )
    /// Lists the policies that are directly attached to the specified target root, organizational unit (OU), or
    /// account.
    public static let listPoliciesForTarget =
        AWSOperation<ListPoliciesForTargetRequest, ListPoliciesForTargetResponse>.json(
            .organizations,
            "ListPoliciesForTarget"
        )
    /// Enables a policy type in a root.
    public static let enablePolicyType = AWSOperation<EnablePolicyTypeRequest, EnablePolicyTypeResponse>.json(
        .organizations,
        "EnablePolicyType"
    )
    /// Disables an organizational policy type in a root.
    public static let disablePolicyType = AWSOperation<DisablePolicyTypeRequest, DisablePolicyTypeResponse>.json(
        .organizations,
        "DisablePolicyType"
    )
    /// Lists the roots that are defined in the current organization, with the policy types enabled in each (the same
    /// `ListRoots` call as `listRoots`, read into `RootDetails`).
    public static let listRootsWithPolicyTypes = AWSOperation<ListRequest, ListRootsWithPolicyTypesResponse>.json(
        .organizations,
        "ListRoots"
    )

    public struct ListPoliciesRequest: Sendable, Hashable, Codable, NextTokenPaginatedRequest {
        public var filter: String
        public var nextToken: String?
        public var maxResults: Int?

        public init(filter: String, maxResults: Int? = nil) {
            self.filter = filter
            self.maxResults = maxResults
        }
    }

    public struct ListPoliciesResponse: Sendable, Hashable, Codable, NextTokenPaginatedResponse {
        public var policies: [PolicySummary]?
        public var nextToken: String?

        public init(policies: [PolicySummary]? = nil, nextToken: String? = nil) {
            self.policies = policies
            self.nextToken = nextToken
        }
    }

    /// Contains information about a policy, but does not include the content.
    public struct PolicySummary: Sendable, Hashable, Codable {
        public var id: String?
        public var arn: String?
        public var name: String?
        public var description: String?
        public var type: String?
        public var awsManaged: Bool?

        public init(
            id: String? = nil,
            arn: String? = nil,
            name: String? = nil,
            description: String? = nil,
            type: String? = nil,
            awsManaged: Bool? = nil
        ) {
            self.id = id
            self.arn = arn
            self.name = name
            self.description = description
            self.type = type
            self.awsManaged = awsManaged
        }
    }

    public struct DescribePolicyRequest: Sendable, Hashable, Codable {
        public var policyId: String

        public init(policyId: String) {
            self.policyId = policyId
        }
    }

    public struct DescribePolicyResponse: Sendable, Hashable, Codable {
        public var policy: Policy?

        public init(policy: Policy? = nil) {
            self.policy = policy
        }
    }

    /// Contains rules to be applied to the affected accounts.
    public struct Policy: Sendable, Hashable, Codable {
        public var policySummary: PolicySummary?
        public var content: String?

        public init(policySummary: PolicySummary? = nil, content: String? = nil) {
            self.policySummary = policySummary
            self.content = content
        }
    }

    public struct CreatePolicyRequest: Sendable, Hashable, Codable {
        public var content: String
        public var description: String
        public var name: String
        public var type: String
        public var tags: [Tag]?

        public init(content: String, description: String, name: String, type: String, tags: [Tag]? = nil) {
            self.content = content
            self.description = description
            self.name = name
            self.type = type
            self.tags = tags
        }
    }

    public struct CreatePolicyResponse: Sendable, Hashable, Codable {
        public var policy: Policy?

        public init(policy: Policy? = nil) {
            self.policy = policy
        }
    }

    public struct UpdatePolicyRequest: Sendable, Hashable, Codable {
        public var policyId: String
        public var name: String?
        public var description: String?
        public var content: String?

        public init(policyId: String, name: String? = nil, description: String? = nil, content: String? = nil) {
            self.policyId = policyId
            self.name = name
            self.description = description
            self.content = content
        }
    }

    public struct UpdatePolicyResponse: Sendable, Hashable, Codable {
        public var policy: Policy?

        public init(policy: Policy? = nil) {
            self.policy = policy
        }
    }

    public struct DeletePolicyRequest: Sendable, Hashable, Codable {
        public var policyId: String

        public init(policyId: String) {
            self.policyId = policyId
        }
    }

    public struct AttachPolicyRequest: Sendable, Hashable, Codable {
        public var policyId: String
        public var targetId: String

        public init(policyId: String, targetId: String) {
            self.policyId = policyId
            self.targetId = targetId
        }
    }

    public struct DetachPolicyRequest: Sendable, Hashable, Codable {
        public var policyId: String
        public var targetId: String

        public init(policyId: String, targetId: String) {
            self.policyId = policyId
            self.targetId = targetId
        }
    }

    public struct ListTargetsForPolicyRequest: Sendable, Hashable, Codable, NextTokenPaginatedRequest {
        public var policyId: String
        public var nextToken: String?
        public var maxResults: Int?

        public init(policyId: String, maxResults: Int? = nil) {
            self.policyId = policyId
            self.maxResults = maxResults
        }
    }

    public struct ListTargetsForPolicyResponse: Sendable, Hashable, Codable, NextTokenPaginatedResponse {
        public var targets: [PolicyTargetSummary]?
        public var nextToken: String?

        public init(targets: [PolicyTargetSummary]? = nil, nextToken: String? = nil) {
            self.targets = targets
            self.nextToken = nextToken
        }
    }

    /// Contains information about a root, OU, or account that a policy is attached to.
    public struct PolicyTargetSummary: Sendable, Hashable, Codable {
        public var targetId: String?
        public var arn: String?
        public var name: String?
        /// One of `ACCOUNT`, `ORGANIZATIONAL_UNIT`, `ROOT`.
        public var type: String?

        public init(targetId: String? = nil, arn: String? = nil, name: String? = nil, type: String? = nil) {
            self.targetId = targetId
            self.arn = arn
            self.name = name
            self.type = type
        }
    }

    public struct ListPoliciesForTargetRequest: Sendable, Hashable, Codable, NextTokenPaginatedRequest {
        public var targetId: String
        public var filter: String
        public var nextToken: String?
        public var maxResults: Int?

        public init(targetId: String, filter: String, maxResults: Int? = nil) {
            self.targetId = targetId
            self.filter = filter
            self.maxResults = maxResults
        }
    }

    public struct ListPoliciesForTargetResponse: Sendable, Hashable, Codable, NextTokenPaginatedResponse {
        public var policies: [PolicySummary]?
        public var nextToken: String?

        public init(policies: [PolicySummary]? = nil, nextToken: String? = nil) {
            self.policies = policies
            self.nextToken = nextToken
        }
    }

    public struct EnablePolicyTypeRequest: Sendable, Hashable, Codable {
        public var rootId: String
        public var policyType: String

        public init(rootId: String, policyType: String) {
            self.rootId = rootId
            self.policyType = policyType
        }
    }

    public struct EnablePolicyTypeResponse: Sendable, Hashable, Codable {
        public var root: RootDetails?

        public init(root: RootDetails? = nil) {
            self.root = root
        }
    }

    /// Contains details about a root.
    ///
    /// `RootDetails` is botocore's `Root` shape in full: `Root` leaves out the enabled policy types.
    public struct RootDetails: Sendable, Hashable, Codable {
        public var id: String?
        public var arn: String?
        public var name: String?
        public var policyTypes: [PolicyTypeSummary]?

        public init(
            id: String? = nil,
            arn: String? = nil,
            name: String? = nil,
            policyTypes: [PolicyTypeSummary]? = nil
        ) {
            self.id = id
            self.arn = arn
            self.name = name
            self.policyTypes = policyTypes
        }
    }

    /// Contains information about a policy type and its status in the associated root.
    public struct PolicyTypeSummary: Sendable, Hashable, Codable {
        public var type: String?
        /// One of `ENABLED`, `PENDING_ENABLE`, `PENDING_DISABLE`.
        public var status: String?

        public init(type: String? = nil, status: String? = nil) {
            self.type = type
            self.status = status
        }
    }

    public struct DisablePolicyTypeRequest: Sendable, Hashable, Codable {
        public var rootId: String
        public var policyType: String

        public init(rootId: String, policyType: String) {
            self.rootId = rootId
            self.policyType = policyType
        }
    }

    public struct DisablePolicyTypeResponse: Sendable, Hashable, Codable {
        public var root: RootDetails?

        public init(root: RootDetails? = nil) {
            self.root = root
        }
    }

    public struct ListRootsWithPolicyTypesResponse: Sendable, Hashable, Codable, NextTokenPaginatedResponse {
        public var roots: [RootDetails]?
        public var nextToken: String?

        public init(roots: [RootDetails]? = nil, nextToken: String? = nil) {
            self.roots = roots
            self.nextToken = nextToken
        }
    }
}
