/// Organizations operations on the tree of roots, units and accounts: what `plan` reads and
/// `apply` changes to place every account in its unit.
///
/// Related AWS documentation: https://docs.aws.amazon.com/organizations/latest/APIReference/API_Operations.html
extension Organizations {
    /// Lists the accounts in an organization that are contained by the specified target root or organizational unit
    /// (OU).
    public static let listAccountsForParent = AWSOperation<ListChildrenRequest, ListAccountsResponse>.json(
        .organizations,
        "ListAccountsForParent"
    )
    /// Lists the root or organizational units (OUs) that serve as the immediate parent of the specified child OU or
    /// account.
    public static let listParents = AWSOperation<ListParentsRequest, ListParentsResponse>.json(
        .organizations,
        "ListParents"
    )
    /// Lists all of the organizational units (OUs) or accounts that are contained in the specified parent OU or root.
    public static let listChildren = AWSOperation<ListChildrenOfTypeRequest, ListChildrenResponse>.json(
        .organizations,
        "ListChildren"
    )
    /// Retrieves Organizations-related information about the specified account.
    public static let describeAccount = AWSOperation<DescribeAccountRequest, DescribeAccountResponse>.json(
        .organizations,
        "DescribeAccount"
    )
    /// Retrieves information about an organizational unit (OU).
    public static let describeOrganizationalUnit =
        AWSOperation<DescribeOrganizationalUnitRequest, DescribeOrganizationalUnitResponse>.json(
            .organizations,
            "DescribeOrganizationalUnit"
        )
    /// Renames the specified organizational unit (OU).
    public static let updateOrganizationalUnit =
        AWSOperation<UpdateOrganizationalUnitRequest, UpdateOrganizationalUnitResponse>.json(
            .organizations,
            "UpdateOrganizationalUnit"
        )
    /// Deletes an organizational unit (OU) from a root or another OU.
    public static let deleteOrganizationalUnit = AWSOperation<DeleteOrganizationalUnitRequest, EmptyOutput>.json(
        .organizations,
        "DeleteOrganizationalUnit"
    )
    /// Moves an account from its current source parent root or organizational unit (OU) to the specified destination
    /// parent root or OU.
    public static let moveAccount = AWSOperation<MoveAccountRequest, EmptyOutput>.json(.organizations, "MoveAccount")

    public struct ListParentsRequest: Sendable, Hashable, Codable, NextTokenPaginatedRequest {
        public var childId: String
        public var nextToken: String?
        public var maxResults: Int?

        public init(childId: String, maxResults: Int? = nil) {
            self.childId = childId
            self.maxResults = maxResults
        }
    }

    public struct ListParentsResponse: Sendable, Hashable, Codable, NextTokenPaginatedResponse {
        public var parents: [Parent]?
        public var nextToken: String?

        public init(parents: [Parent]? = nil, nextToken: String? = nil) {
            self.parents = parents
            self.nextToken = nextToken
        }
    }

    /// Contains information about either a root or an organizational unit (OU) that can contain OUs or accounts in an
    /// organization.
    public struct Parent: Sendable, Hashable, Codable {
        public var id: String?
        /// One of `ROOT`, `ORGANIZATIONAL_UNIT`.
        public var type: String?

        public init(id: String? = nil, type: String? = nil) {
            self.id = id
            self.type = type
        }
    }

    public struct ListChildrenOfTypeRequest: Sendable, Hashable, Codable, NextTokenPaginatedRequest {
        public var parentId: String
        /// One of `ACCOUNT`, `ORGANIZATIONAL_UNIT`.
        public var childType: String
        public var nextToken: String?
        public var maxResults: Int?

        public init(parentId: String, childType: String, maxResults: Int? = nil) {
            self.parentId = parentId
            self.childType = childType
            self.maxResults = maxResults
        }
    }

    public struct ListChildrenResponse: Sendable, Hashable, Codable, NextTokenPaginatedResponse {
        public var children: [Child]?
        public var nextToken: String?

        public init(children: [Child]? = nil, nextToken: String? = nil) {
            self.children = children
            self.nextToken = nextToken
        }
    }

    /// Contains a list of child entities, either OUs or accounts.
    public struct Child: Sendable, Hashable, Codable {
        public var id: String?
        /// One of `ACCOUNT`, `ORGANIZATIONAL_UNIT`.
        public var type: String?

        public init(id: String? = nil, type: String? = nil) {
            self.id = id
            self.type = type
        }
    }

    public struct DescribeAccountRequest: Sendable, Hashable, Codable {
        public var accountId: String

        public init(accountId: String) {
            self.accountId = accountId
        }
    }

    public struct DescribeAccountResponse: Sendable, Hashable, Codable {
        public var account: Account?

        public init(account: Account? = nil) {
            self.account = account
        }
    }

    public struct DescribeOrganizationalUnitRequest: Sendable, Hashable, Codable {
        public var organizationalUnitId: String

        public init(organizationalUnitId: String) {
            self.organizationalUnitId = organizationalUnitId
        }
    }

    public struct DescribeOrganizationalUnitResponse: Sendable, Hashable, Codable {
        public var organizationalUnit: OrganizationalUnit?

        public init(organizationalUnit: OrganizationalUnit? = nil) {
            self.organizationalUnit = organizationalUnit
        }
    }

    public struct UpdateOrganizationalUnitRequest: Sendable, Hashable, Codable {
        public var organizationalUnitId: String
        public var name: String?

        public init(organizationalUnitId: String, name: String? = nil) {
            self.organizationalUnitId = organizationalUnitId
            self.name = name
        }
    }

    public struct UpdateOrganizationalUnitResponse: Sendable, Hashable, Codable {
        public var organizationalUnit: OrganizationalUnit?

        public init(organizationalUnit: OrganizationalUnit? = nil) {
            self.organizationalUnit = organizationalUnit
        }
    }

    public struct DeleteOrganizationalUnitRequest: Sendable, Hashable, Codable {
        public var organizationalUnitId: String

        public init(organizationalUnitId: String) {
            self.organizationalUnitId = organizationalUnitId
        }
    }

    public struct MoveAccountRequest: Sendable, Hashable, Codable {
        public var accountId: String
        public var sourceParentId: String
        public var destinationParentId: String

        public init(accountId: String, sourceParentId: String, destinationParentId: String) {
            self.accountId = accountId
            self.sourceParentId = sourceParentId
            self.destinationParentId = destinationParentId
        }
    }
}
