public import Foundation

/// Identity Center instance operations: the organization instance that holds permission sets,
/// and the identity store behind it.
///
/// Related AWS documentation: https://docs.aws.amazon.com/singlesignon/latest/APIReference/welcome.html
extension SSOAdmin {
    /// Returns the details of an instance of IAM Identity Center.
    public static let describeInstance = AWSOperation<DescribeInstanceRequest, DescribeInstanceResponse>.json(
        .ssoAdmin,
        "DescribeInstance"
    )

    public struct DescribeInstanceRequest: Sendable, Hashable, Codable {
        public var instanceArn: String

        public init(instanceArn: String) {
            self.instanceArn = instanceArn
        }
    }

    public struct DescribeInstanceResponse: Sendable, Hashable, Codable {
        public var instanceArn: String?
        public var identityStoreId: String?
        public var ownerAccountId: String?
        public var name: String?
        public var createdDate: Date?
        /// One of `CREATE_IN_PROGRESS`, `CREATE_FAILED`, `DELETE_IN_PROGRESS`, `ACTIVE`.
        public var status: String?
        public var statusReason: String?
        public var encryptionConfigurationDetails: EncryptionConfigurationDetails?

        public init(
            instanceArn: String? = nil,
            identityStoreId: String? = nil,
            ownerAccountId: String? = nil,
            name: String? = nil,
            createdDate: Date? = nil,
            status: String? = nil,
            statusReason: String? = nil,
            encryptionConfigurationDetails: EncryptionConfigurationDetails? = nil
        ) {
            self.instanceArn = instanceArn
            self.identityStoreId = identityStoreId
            self.ownerAccountId = ownerAccountId
            self.name = name
            self.createdDate = createdDate
            self.status = status
            self.statusReason = statusReason
            self.encryptionConfigurationDetails = encryptionConfigurationDetails
        }
    }

    /// The encryption configuration of your IAM Identity Center instance, including the key type, KMS key ARN, and
    /// current encryption status.
    public struct EncryptionConfigurationDetails: Sendable, Hashable, Codable {
        /// One of `AWS_OWNED_KMS_KEY`, `CUSTOMER_MANAGED_KEY`.
        public var keyType: String?
        public var kmsKeyArn: String?
        /// One of `UPDATING`, `ENABLED`, `UPDATE_FAILED`.
        public var encryptionStatus: String?
        public var encryptionStatusReason: String?

        public init(
            keyType: String? = nil,
            kmsKeyArn: String? = nil,
            encryptionStatus: String? = nil,
            encryptionStatusReason: String? = nil
        ) {
            self.keyType = keyType
            self.kmsKeyArn = kmsKeyArn
            self.encryptionStatus = encryptionStatus
            self.encryptionStatusReason = encryptionStatusReason
        }
    }
}
