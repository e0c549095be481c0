public import Foundation

/// AWS KMS key operations (JSON 1.1): the key that may encrypt the organization trail's logs, its
/// key policy (who could schedule its deletion) and its aliases.
///
/// Related AWS documentation: https://docs.aws.amazon.com/kms/latest/APIReference/API_Operations.html
public enum KMS {
    /// Creates a unique customer managed KMS key in your Amazon Web Services account and Region.
    public static let createKey = AWSOperation<CreateKeyRequest, CreateKeyResponse>.json(.kms, "CreateKey")
    /// Provides detailed information about a KMS key.
    public static let describeKey = AWSOperation<DescribeKeyRequest, DescribeKeyResponse>.json(.kms, "DescribeKey")
    /// Gets a list of all KMS keys in the caller's Amazon Web Services account and Region.
    public static let listKeys = AWSOperation<ListKeysRequest, ListKeysResponse>.json(.kms, "ListKeys")
    /// Gets a list of aliases in the caller's Amazon Web Services account and region.
    public static let listAliases = AWSOperation<ListAliasesRequest, ListAliasesResponse>.json(.kms, "ListAliases")
    /// Creates a friendly name for a KMS key.
    public static let createAlias = AWSOperation<CreateAliasRequest, EmptyOutput>.json(.kms, "CreateAlias")
    /// Gets a key policy attached to the specified KMS key.
    public static let getKeyPolicy = AWSOperation<GetKeyPolicyRequest, GetKeyPolicyResponse>.json(.kms, "GetKeyPolicy")
    /// Attaches a key policy to the specified KMS key.
    public static let putKeyPolicy = AWSOperation<PutKeyPolicyRequest, EmptyOutput>.json(.kms, "PutKeyPolicy")
    /// Provides detailed information about the rotation status for a KMS key, including whether automatic rotation of
    /// the key material is enabled for the specified KMS key, the rotation period, and the next scheduled rotation
    /// date.
    public static let getKeyRotationStatus =
        AWSOperation<GetKeyRotationStatusRequest, GetKeyRotationStatusResponse>.json(
            .kms,
            "GetKeyRotationStatus"
        )
    /// Enables automatic rotation of the key material of the specified symmetric encryption KMS key.
    public static let enableKeyRotation = AWSOperation<EnableKeyRotationRequest, EmptyOutput>.json(
        .kms,
        "EnableKeyRotation"
    )

    public struct CreateKeyRequest: Sendable, Hashable, Codable {
        public var policy: String?
        public var description: String?
        /// One of `SIGN_VERIFY`, `ENCRYPT_DECRYPT`, `GENERATE_VERIFY_MAC`, `KEY_AGREEMENT`.
        public var keyUsage: String?
        public var customerMasterKeySpec: String?
        public var keySpec: String?
        /// One of `AWS_KMS`, `EXTERNAL`, `AWS_CLOUDHSM`, `EXTERNAL_KEY_STORE`.
        public var origin: String?
        public var customKeyStoreId: String?
        public var bypassPolicyLockoutSafetyCheck: Bool?
        public var tags: [Tag]?
        public var multiRegion: Bool?
        public var xksKeyId: String?

        public init(
            policy: String? = nil,
            description: String? = nil,
            keyUsage: String? = nil,
            customerMasterKeySpec: String? = nil,
            keySpec: String? = nil,
            origin: String? = nil,
            customKeyStoreId: String? = nil,
            bypassPolicyLockoutSafetyCheck: Bool? = nil,
            tags: [Tag]? = nil,
            multiRegion: Bool? = nil,
            xksKeyId: String? = nil
        ) {
            self.policy = policy
            self.description = description
            self.keyUsage = keyUsage
            self.customerMasterKeySpec = customerMasterKeySpec
            self.keySpec = keySpec
            self.origin = origin
            self.customKeyStoreId = customKeyStoreId
            self.bypassPolicyLockoutSafetyCheck = bypassPolicyLockoutSafetyCheck
            self.tags = tags
            self.multiRegion = multiRegion
            self.xksKeyId = xksKeyId
        }
    }

    /// A key-value pair.
    public struct Tag: Sendable, Hashable, Codable {
        public var tagKey: String
        public var tagValue: String

        public init(tagKey: String, tagValue: String) {
            self.tagKey = tagKey
            self.tagValue = tagValue
        }
    }

    public struct CreateKeyResponse: Sendable, Hashable, Codable {
        public var keyMetadata: KeyMetadata?

        public init(keyMetadata: KeyMetadata? = nil) {
            self.keyMetadata = keyMetadata
        }
    }

    /// Contains metadata about a KMS key.
    public struct KeyMetadata: Sendable, Hashable, Codable {
        public var awsAccountId: String?
        public var keyId: String
        public var arn: String?
        public var creationDate: Date?
        public var enabled: Bool?
        public var description: String?
        /// One of `SIGN_VERIFY`, `ENCRYPT_DECRYPT`, `GENERATE_VERIFY_MAC`, `KEY_AGREEMENT`.
        public var keyUsage: String?
        /// One of `Creating`, `Enabled`, `Disabled`, `PendingDeletion`, `PendingImport`, `PendingReplicaDeletion`,
        /// `Unavailable`, `Updating`.
        public var keyState: String?
        public var deletionDate: Date?
        public var validTo: Date?
        /// One of `AWS_KMS`, `EXTERNAL`, `AWS_CLOUDHSM`, `EXTERNAL_KEY_STORE`.
        public var origin: String?
        public var customKeyStoreId: String?
        public var cloudHsmClusterId: String?
        /// One of `KEY_MATERIAL_EXPIRES`, `KEY_MATERIAL_DOES_NOT_EXPIRE`.
        public var expirationModel: String?
        /// One of `AWS`, `CUSTOMER`.
        public var keyManager: String?
        public var customerMasterKeySpec: String?
        public var keySpec: String?
        /// Each one of `SYMMETRIC_DEFAULT`, `RSAES_OAEP_SHA_1`, `RSAES_OAEP_SHA_256`, `SM2PKE`.
        public var encryptionAlgorithms: [String]?
        public var signingAlgorithms: [String]?
        /// Each one of `ECDH`.
        public var keyAgreementAlgorithms: [String]?
        public var multiRegion: Bool?
        public var multiRegionConfiguration: MultiRegionConfiguration?
        public var pendingDeletionWindowInDays: Int?
        /// Each one of `HMAC_SHA_224`, `HMAC_SHA_256`, `HMAC_SHA_384`, `HMAC_SHA_512`.
        public var macAlgorithms: [String]?
        public var xksKeyConfiguration: XksKeyConfigurationType?
        public var currentKeyMaterialId: String?

        public init(
            awsAccountId: String? = nil,
            keyId: String,
            arn: String? = nil,
            creationDate: Date? = nil,
            enabled: Bool? = nil,
            description: String? = nil,
            keyUsage: String? = nil,
            keyState: String? = nil,
            deletionDate: Date? = nil,
            validTo: Date? = nil,
            origin: String? = nil,
            customKeyStoreId: String? = nil,
            cloudHsmClusterId: String? = nil,
            expirationModel: String? = nil,
            keyManager: String? = nil,
            customerMasterKeySpec: String? = nil,
            keySpec: String? = nil,
            encryptionAlgorithms: [String]? = nil,
            signingAlgorithms: [String]? = nil,
            keyAgreementAlgorithms: [String]? = nil,
            multiRegion: Bool? = nil,
            multiRegionConfiguration: MultiRegionConfiguration? = nil,
            pendingDeletionWindowInDays: Int? = nil,
            macAlgorithms: [String]? = nil,
            xksKeyConfiguration: XksKeyConfigurationType? = nil,
            currentKeyMaterialId: String? = nil
        ) {
            self.awsAccountId = awsAccountId
            self.keyId = keyId
            self.arn = arn
            self.creationDate = creationDate
            self.enabled = enabled
            self.description = description
            self.keyUsage = keyUsage
            self.keyState = keyState
            self.deletionDate = deletionDate
            self.validTo = validTo
            self.origin = origin
            self.customKeyStoreId = customKeyStoreId
            self.cloudHsmClusterId = cloudHsmClusterId
            self.expirationModel = expirationModel
            self.keyManager = keyManager
            self.customerMasterKeySpec = customerMasterKeySpec
            self.keySpec = keySpec
            self.encryptionAlgorithms = encryptionAlgorithms
            self.signingAlgorithms = signingAlgorithms
            self.keyAgreementAlgorithms = keyAgreementAlgorithms
            self.multiRegion = multiRegion
            self.multiRegionConfiguration = multiRegionConfiguration
            self.pendingDeletionWindowInDays = pendingDeletionWindowInDays
            self.macAlgorithms = macAlgorithms
            self.xksKeyConfiguration = xksKeyConfiguration
            self.currentKeyMaterialId = currentKeyMaterialId
        }

        enum CodingKeys: String, CodingKey {
            case awsAccountId = "aWSAccountId"
            case keyId
            case arn
            case creationDate
            case enabled
            case description
            case keyUsage
            case keyState
            case deletionDate
            case validTo
            case origin
            case customKeyStoreId
            case cloudHsmClusterId
            case expirationModel
            case keyManager
            case customerMasterKeySpec
            case keySpec
            case encryptionAlgorithms
            case signingAlgorithms
            case keyAgreementAlgorithms
            case multiRegion
            case multiRegionConfiguration
            case pendingDeletionWindowInDays
            case macAlgorithms
            case xksKeyConfiguration
            case currentKeyMaterialId
        }
    }

    /// Describes the configuration of this multi-Region key.
    public struct MultiRegionConfiguration: Sendable, Hashable, Codable {
        /// One of `PRIMARY`, `REPLICA`.
        public var multiRegionKeyType: String?
        public var primaryKey: MultiRegionKey?
        public var replicaKeys: [MultiRegionKey]?

        public init(
            multiRegionKeyType: String? = nil,
            primaryKey: MultiRegionKey? = nil,
            replicaKeys: [MultiRegionKey]? = nil
        ) {
            self.multiRegionKeyType = multiRegionKeyType
            self.primaryKey = primaryKey
            self.replicaKeys = replicaKeys
        }
    }

    /// Describes the primary or replica key in a multi-Region key.
    public struct MultiRegionKey: Sendable, Hashable, Codable {
        public var arn: String?
        public var region: String?

        public init(arn: String? = nil, region: String? = nil) {
            self.arn = arn
            self.region = region
        }
    }

    /// Information about the external key that is associated with a KMS key in an external key store.
    public struct XksKeyConfigurationType: Sendable, Hashable, Codable {
        public var id: String?

        public init(id: String? = nil) {
            self.id = id
        }
    }

    public struct DescribeKeyRequest: Sendable, Hashable, Codable {
        public var keyId: String
        public var grantTokens: [String]?

        public init(keyId: String, grantTokens: [String]? = nil) {
            self.keyId = keyId
            self.grantTokens = grantTokens
        }
    }

    public struct DescribeKeyResponse: Sendable, Hashable, Codable {
        public var keyMetadata: KeyMetadata?

        public init(keyMetadata: KeyMetadata? = nil) {
            self.keyMetadata = keyMetadata
        }
    }

    public struct ListKeysRequest: Sendable, Hashable, Codable, MarkerPaginatedRequest {
        public var limit: Int?
        public var marker: String?

        public init(limit: Int? = nil) {
            self.limit = limit
        }
    }

    public struct ListKeysResponse: Sendable, Hashable, Codable {
        public var keys: [KeyListEntry]?
        public var nextMarker: String?
        public var truncated: Bool?

        public init(keys: [KeyListEntry]? = nil, nextMarker: String? = nil, truncated: Bool? = nil) {
            self.keys = keys
            self.nextMarker = nextMarker
            self.truncated = truncated
        }
    }

    /// Contains information about each entry in the key list.
    public struct KeyListEntry: Sendable, Hashable, Codable {
        public var keyId: String?
        public var keyArn: String?

        public init(keyId: String? = nil, keyArn: String? = nil) {
            self.keyId = keyId
            self.keyArn = keyArn
        }
    }

    public struct ListAliasesRequest: Sendable, Hashable, Codable, MarkerPaginatedRequest {
        public var keyId: String?
        public var limit: Int?
        public var marker: String?

        public init(keyId: String? = nil, limit: Int? = nil) {
            self.keyId = keyId
            self.limit = limit
        }
    }

    public struct ListAliasesResponse: Sendable, Hashable, Codable {
        public var aliases: [AliasListEntry]?
        public var nextMarker: String?
        public var truncated: Bool?

        public init(aliases: [AliasListEntry]? = nil, nextMarker: String? = nil, truncated: Bool? = nil) {
            self.aliases = aliases
            self.nextMarker = nextMarker
            self.truncated = truncated
        }
    }

    /// Contains information about an alias.
    public struct AliasListEntry: Sendable, Hashable, Codable {
        public var aliasName: String?
        public var aliasArn: String?
        public var targetKeyId: String?
        public var creationDate: Date?
        public var lastUpdatedDate: Date?

        public init(
            aliasName: String? = nil,
            aliasArn: String? = nil,
            targetKeyId: String? = nil,
            creationDate: Date? = nil,
            lastUpdatedDate: Date? = nil
        ) {
            self.aliasName = aliasName
            self.aliasArn = aliasArn
            self.targetKeyId = targetKeyId
            self.creationDate = creationDate
            self.lastUpdatedDate = lastUpdatedDate
        }
    }

    public struct CreateAliasRequest: Sendable, Hashable, Codable {
        public var aliasName: String
        public var targetKeyId: String

        public init(aliasName: String, targetKeyId: String) {
            self.aliasName = aliasName
            self.targetKeyId = targetKeyId
        }
    }

    public struct GetKeyPolicyRequest: Sendable, Hashable, Codable {
        public var keyId: String
        public var policyName: String?

        public init(keyId: String, policyName: String? = nil) {
            self.keyId = keyId
            self.policyName = policyName
        }
    }

    public struct GetKeyPolicyResponse: Sendable, Hashable, Codable {
        public var policy: String?
        public var policyName: String?

        public init(policy: String? = nil, policyName: String? = nil) {
            self.policy = policy
            self.policyName = policyName
        }
    }

    public struct PutKeyPolicyRequest: Sendable, Hashable, Codable {
        public var keyId: String
        public var policyName: String?
        public var policy: String
        public var bypassPolicyLockoutSafetyCheck: Bool?

        public init(
            keyId: String,
            policyName: String? = nil,
            policy: String,
            bypassPolicyLockoutSafetyCheck: Bool? = nil
        ) {
            self.keyId = keyId
            self.policyName = policyName
            self.policy = policy
            self.bypassPolicyLockoutSafetyCheck = bypassPolicyLockoutSafetyCheck
        }
    }

    public struct GetKeyRotationStatusRequest: Sendable, Hashable, Codable {
        public var keyId: String

        public init(keyId: String) {
            self.keyId = keyId
        }
    }

    public struct GetKeyRotationStatusResponse: Sendable, Hashable, Codable {
        public var keyRotationEnabled: Bool?
        public var keyId: String?
        public var rotationPeriodInDays: Int?
        public var nextRotationDate: Date?
        public var onDemandRotationStartDate: Date?

        public init(
            keyRotationEnabled: Bool? = nil,
            keyId: String? = nil,
            rotationPeriodInDays: Int? = nil,
            nextRotationDate: Date? = nil,
            onDemandRotationStartDate: Date? = nil
        ) {
            self.keyRotationEnabled = keyRotationEnabled
            self.keyId = keyId
            self.rotationPeriodInDays = rotationPeriodInDays
            self.nextRotationDate = nextRotationDate
            self.onDemandRotationStartDate = onDemandRotationStartDate
        }
    }

    public struct EnableKeyRotationRequest: Sendable, Hashable, Codable {
        public var keyId: String
        public var rotationPeriodInDays: Int?

        public init(keyId: String, rotationPeriodInDays: Int? = nil) {
            self.keyId = keyId
            self.rotationPeriodInDays = rotationPeriodInDays
        }
    }
}

/// KMS pages with `Marker` in and `NextMarker` out while `Truncated` is true.
extension KMS.ListKeysResponse: PaginatedResponse {
    public var nextPaginationToken: String? { truncated == true ? nextMarker : nil }
}

extension KMS.ListAliasesResponse: PaginatedResponse {
    public var nextPaginationToken: String? { truncated == true ? nextMarker : nil }
}
