public import Foundation

/// Identity Center account assignment operations: who (a user or group) holds which permission
/// set in which account — the spec's access grants, and the audit's separation-of-duties matrix.
///
/// Related AWS documentation: https://docs.aws.amazon.com/singlesignon/latest/APIReference/welcome.html
extension SSOAdmin {
    /// Assigns access to a principal for a specified Amazon Web Services account using a specified permission set.
    /// Asynchronous: poll `describeAccountAssignmentCreationStatus` with the returned request ID.
    public static let createAccountAssignment =
        AWSOperation<CreateAccountAssignmentRequest, CreateAccountAssignmentResponse>.json(
            .ssoAdmin,
            "CreateAccountAssignment"
        )
    /// Deletes a principal's access from a specified Amazon Web Services account using a specified permission set.
    /// Asynchronous: poll `describeAccountAssignmentDeletionStatus` with the returned request ID.
    public static let deleteAccountAssignment =
        AWSOperation<DeleteAccountAssignmentRequest, DeleteAccountAssignmentResponse>.json(
            .ssoAdmin,
            "DeleteAccountAssignment"
        )
    /// Lists the assignee of the specified Amazon Web Services account with the specified permission set.
    public static let listAccountAssignments =
        AWSOperation<ListAccountAssignmentsRequest, ListAccountAssignmentsResponse>.json(
            .ssoAdmin,
            "ListAccountAssignments"
        )
    /// Retrieves a list of the IAM Identity Center associated Amazon Web Services accounts that the principal has
    /// access to.
    public static let listAccountAssignmentsForPrincipal =
        AWSOperation<ListAccountAssignmentsForPrincipalRequest, ListAccountAssignmentsForPrincipalResponse>.json(
            .ssoAdmin,
            "ListAccountAssignmentsForPrincipal"
        )
    /// Describes the status of the assignment creation request.
    public static let describeAccountAssignmentCreationStatus =
        AWSOperation<DescribeAccountAssignmentCreationStatusRequest, DescribeAccountAssignmentCreationStatusResponse>
        .json(
            .ssoAdmin,
            "DescribeAccountAssignmentCreationStatus"
        )
    /// Describes the status of the assignment deletion request.
    public static let describeAccountAssignmentDeletionStatus =
        AWSOperation<DescribeAccountAssignmentDeletionStatusRequest, DescribeAccountAssignmentDeletionStatusResponse>
        .json(
            .ssoAdmin,
            "DescribeAccountAssignmentDeletionStatus"
        )

    public struct CreateAccountAssignmentRequest: Sendable, Hashable, Codable {
        public var instanceArn: String
        public var targetId: String
        /// One of `AWS_ACCOUNT`.
        public var targetType: String
        public var permissionSetArn: String
        /// One of `USER`, `GROUP`.
        public var principalType: String
        public var principalId: String

        public init(
            instanceArn: String,
            targetId: String,
            targetType: String,
            permissionSetArn: String,
            principalType: String,
            principalId: String
        ) {
            self.instanceArn = instanceArn
            self.targetId = targetId
            self.targetType = targetType
            self.permissionSetArn = permissionSetArn
            self.principalType = principalType
            self.principalId = principalId
        }
    }

    public struct CreateAccountAssignmentResponse: Sendable, Hashable, Codable {
        public var accountAssignmentCreationStatus: AccountAssignmentOperationStatus?

        public init(accountAssignmentCreationStatus: AccountAssignmentOperationStatus? = nil) {
            self.accountAssignmentCreationStatus = accountAssignmentCreationStatus
        }
    }

    /// The status of the creation or deletion operation of an assignment that a principal needs to access an account.
    public struct AccountAssignmentOperationStatus: Sendable, Hashable, Codable {
        /// One of `IN_PROGRESS`, `FAILED`, `SUCCEEDED`.
        public var status: String?
        public var requestId: String?
        public var failureReason: String?
        public var targetId: String?
        /// One of `AWS_ACCOUNT`.
        public var targetType: String?
        public var permissionSetArn: String?
        /// One of `USER`, `GROUP`.
        public var principalType: String?
        public var principalId: String?
        public var createdDate: Date?

        public init(
            status: String? = nil,
            requestId: String? = nil,
            failureReason: String? = nil,
            targetId: String? = nil,
            targetType: String? = nil,
            permissionSetArn: String? = nil,
            principalType: String? = nil,
            principalId: String? = nil,
            createdDate: Date? = nil
        ) {
            self.status = status
            self.requestId = requestId
            self.failureReason = failureReason
            self.targetId = targetId
            self.targetType = targetType
            self.permissionSetArn = permissionSetArn
            self.principalType = principalType
            self.principalId = principalId
            self.createdDate = createdDate
        }
    }

    public struct DeleteAccountAssignmentRequest: Sendable, Hashable, Codable {
        public var instanceArn: String
        public var targetId: String
        /// One of `AWS_ACCOUNT`.
        public var targetType: String
        public var permissionSetArn: String
        /// One of `USER`, `GROUP`.
        public var principalType: String
        public var principalId: String

        public init(
            instanceArn: String,
            targetId: String,
            targetType: String,
            permissionSetArn: String,
            principalType: String,
            principalId: String
        ) {
            self.instanceArn = instanceArn
            self.targetId = targetId
            self.targetType = targetType
            self.permissionSetArn = permissionSetArn
            self.principalType = principalType
            self.principalId = principalId
        }
    }

    public struct DeleteAccountAssignmentResponse: Sendable, Hashable, Codable {
        public var accountAssignmentDeletionStatus: AccountAssignmentOperationStatus?

        public init(accountAssignmentDeletionStatus: AccountAssignmentOperationStatus? = nil) {
            self.accountAssignmentDeletionStatus = accountAssignmentDeletionStatus
        }
    }

    public struct ListAccountAssignmentsRequest: Sendable, Hashable, Codable, NextTokenPaginatedRequest {
        public var instanceArn: String
        public var accountId: String
        public var permissionSetArn: String
        public var maxResults: Int?
        public var nextToken: String?

        public init(instanceArn: String, accountId: String, permissionSetArn: String, maxResults: Int? = nil) {
            self.instanceArn = instanceArn
            self.accountId = accountId
            self.permissionSetArn = permissionSetArn
            self.maxResults = maxResults
        }
    }

    public struct ListAccountAssignmentsResponse: Sendable, Hashable, Codable, NextTokenPaginatedResponse {
        public var accountAssignments: [AccountAssignment]?
        public var nextToken: String?

        public init(accountAssignments: [AccountAssignment]? = nil, nextToken: String? = nil) {
            self.accountAssignments = accountAssignments
            self.nextToken = nextToken
        }
    }

    /// The assignment that indicates a principal's limited access to a specified Amazon Web Services account with a
    /// specified permission set.
    public struct AccountAssignment: Sendable, Hashable, Codable {
        public var accountId: String?
        public var permissionSetArn: String?
        /// One of `USER`, `GROUP`.
        public var principalType: String?
        public var principalId: String?

        public init(
            accountId: String? = nil,
            permissionSetArn: String? = nil,
            principalType: String? = nil,
            principalId: String? = nil
        ) {
            self.accountId = accountId
            self.permissionSetArn = permissionSetArn
            self.principalType = principalType
            self.principalId = principalId
        }
    }

    public struct ListAccountAssignmentsForPrincipalRequest: Sendable, Hashable, Codable, NextTokenPaginatedRequest {
        public var instanceArn: String
        public var principalId: String
        /// One of `USER`, `GROUP`.
        public var principalType: String
        public var filter: ListAccountAssignmentsFilter?
        public var nextToken: String?
        public var maxResults: Int?

        public init(
            instanceArn: String,
            principalId: String,
            principalType: String,
            filter: ListAccountAssignmentsFilter? = nil,
            maxResults: Int? = nil
        ) {
            self.instanceArn = instanceArn
            self.principalId = principalId
            self.principalType = principalType
            self.filter = filter
            self.maxResults = maxResults
        }
    }

    /// A structure that describes a filter for account assignments.
    public struct ListAccountAssignmentsFilter: Sendable, Hashable, Codable {
        public var accountId: String?

        public init(accountId: String? = nil) {
            self.accountId = accountId
        }
    }

    public struct ListAccountAssignmentsForPrincipalResponse: Sendable, Hashable, Codable, NextTokenPaginatedResponse {
        public var accountAssignments: [AccountAssignmentForPrincipal]?
        public var nextToken: String?

        public init(accountAssignments: [AccountAssignmentForPrincipal]? = nil, nextToken: String? = nil) {
            self.accountAssignments = accountAssignments
            self.nextToken = nextToken
        }
    }

    /// A structure that describes an assignment of an Amazon Web Services account to a principal and the permissions
    /// that principal has in the account.
    public struct AccountAssignmentForPrincipal: Sendable, Hashable, Codable {
        public var accountId: String?
        public var permissionSetArn: String?
        public var principalId: String?
        /// One of `USER`, `GROUP`.
        public var principalType: String?

        public init(
            accountId: String? = nil,
            permissionSetArn: String? = nil,
            principalId: String? = nil,
            principalType: String? = nil
        ) {
            self.accountId = accountId
            self.permissionSetArn = permissionSetArn
            self.principalId = principalId
            self.principalType = principalType
        }
    }

    public struct DescribeAccountAssignmentCreationStatusRequest: Sendable, Hashable, Codable {
        public var instanceArn: String
        public var accountAssignmentCreationRequestId: String

        public init(instanceArn: String, accountAssignmentCreationRequestId: String) {
            self.instanceArn = instanceArn
            self.accountAssignmentCreationRequestId = accountAssignmentCreationRequestId
        }
    }

    public struct DescribeAccountAssignmentCreationStatusResponse: Sendable, Hashable, Codable {
        public var accountAssignmentCreationStatus: AccountAssignmentOperationStatus?

        public init(accountAssignmentCreationStatus: AccountAssignmentOperationStatus? = nil) {
            self.accountAssignmentCreationStatus = accountAssignmentCreationStatus
        }
    }

    public struct DescribeAccountAssignmentDeletionStatusRequest: Sendable, Hashable, Codable {
        public var instanceArn: String
        public var accountAssignmentDeletionRequestId: String

        public init(instanceArn: String, accountAssignmentDeletionRequestId: String) {
            self.instanceArn = instanceArn
            self.accountAssignmentDeletionRequestId = accountAssignmentDeletionRequestId
        }
    }

    public struct DescribeAccountAssignmentDeletionStatusResponse: Sendable, Hashable, Codable {
        public var accountAssignmentDeletionStatus: AccountAssignmentOperationStatus?

        public init(accountAssignmentDeletionStatus: AccountAssignmentOperationStatus? = nil) {
            self.accountAssignmentDeletionStatus = accountAssignmentDeletionStatus
        }
    }
}
