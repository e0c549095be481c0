import Digest
public import Foundation

/// S3 bucket settings (REST-XML): the archive bucket that holds the organization trail's logs is
/// created with Object Lock, versioning, encryption, a lifecycle, a public access block and a
/// policy that only lets CloudTrail write; the audit reads every one of them back.
///
/// A setting that was never made is a fact, not a failure: the `get…` operations that AWS answers
/// with a "no such configuration" error are `AWSOptionalOperation`s, so `send` returns `nil`.
/// Every `put…` carries `Content-MD5`, which S3 requires for these calls.
///
/// Related AWS documentation: https://docs.aws.amazon.com/AmazonS3/latest/API/API_Operations_Amazon_Simple_Storage_Service.html
extension S3 {
    /// Creates a bucket, optionally with Object Lock (which can only be turned on at creation, and
    /// turns versioning on with it) and an object ownership setting.
    public static let createBucketWithOptions = AWSOperation<CreateBucketOptions, CreateBucketResponse>.restXML(
        .s3,
        "CreateBucket",
        encode: { input in
            var body = Data()
            if let constraint = input.locationConstraint, constraint != "us-east-1" {
                body = BucketSettingsXML.document(
                    "CreateBucketConfiguration",
                    "<LocationConstraint>\(RESTXMLProtocol.escape(constraint))</LocationConstraint>"
                )
            }
            var headers: [(name: String, value: String)] = []
            if input.objectLockEnabledForBucket {
                headers.append((name: "x-amz-bucket-object-lock-enabled", value: "true"))
            }
            if let ownership = input.objectOwnership {
                headers.append((name: "x-amz-object-ownership", value: ownership))
            }
            return OperationRequest(method: "PUT", path: "/", headers: headers, body: body, bucket: input.bucket)
        },
        decode: { response in CreateBucketResponse(location: response.header("location")) }
    )

    /// Whether the bucket exists and the caller may reach it; `nil` when it does not exist.
    /// A bucket owned by someone else answers 403, which stays an error.
    public static let headBucket = AWSOptionalOperation(
        AWSOperation<BucketRequest, HeadBucketResponse>.restXML(
            .s3,
            "HeadBucket",
            encode: { input in input.request("HEAD") },
            decode: { response in HeadBucketResponse(bucketRegion: response.header("x-amz-bucket-region")) }
        ),
        absentWhen: ["NotFound", "NoSuchBucket"]
    )

    /// The bucket's region, as its location constraint.
    public static let getBucketLocation = AWSOperation<BucketRequest, GetBucketLocationResponse>.restXML(
        .s3,
        "GetBucketLocation",
        encode: { input in input.request("GET", "location") },
        decode: { response in
            let root = try XMLTree(parsing: response.body)
            let text = root.text.trimmingCharacters(in: .whitespacesAndNewlines)
            return GetBucketLocationResponse(locationConstraint: text.isEmpty ? nil : text)
        }
    )

    /// The bucket's Object Lock configuration; `nil` when Object Lock was never enabled.
    public static let getObjectLockConfiguration = AWSOptionalOperation(
        AWSOperation<BucketRequest, ObjectLockConfiguration>.restXML(
            .s3,
            "GetObjectLockConfiguration",
            encode: { input in input.request("GET", "object-lock") },
            decode: { response in try RESTXMLProtocol.decodeBody(ObjectLockConfiguration.self, from: response) }
        ),
        absentWhen: ["ObjectLockConfigurationNotFoundError"]
    )

    /// Sets the default retention (mode and period) of a bucket created with Object Lock.
    public static let putObjectLockConfiguration = AWSOperation<PutObjectLockConfigurationRequest, EmptyOutput>.restXML(
        .s3,
        "PutObjectLockConfiguration",
        encode: { input in
            try input.bucket.request(
                "PUT", "object-lock", body: BucketSettingsXML.encode("ObjectLockConfiguration", input.configuration))
        },
        decode: { _ in EmptyOutput() }
    )

    /// The bucket's versioning state; both members are absent when versioning was never enabled.
    public static let getBucketVersioning = AWSOperation<BucketRequest, VersioningConfiguration>.restXML(
        .s3,
        "GetBucketVersioning",
        encode: { input in input.request("GET", "versioning") },
        decode: { response in try RESTXMLProtocol.decodeBody(VersioningConfiguration.self, from: response) }
    )

    /// Turns versioning on (`Enabled`) or suspends it (`Suspended`).
    public static let putBucketVersioning = AWSOperation<PutBucketVersioningRequest, EmptyOutput>.restXML(
        .s3,
        "PutBucketVersioning",
        encode: { input in
            try input.bucket.request(
                "PUT", "versioning", body: BucketSettingsXML.encode("VersioningConfiguration", input.configuration))
        },
        decode: { _ in EmptyOutput() }
    )

    /// The bucket policy as JSON text; `nil` when the bucket has none.
    public static let getBucketPolicy = AWSOptionalOperation(
        AWSOperation<BucketRequest, String>.restXML(
            .s3,
            "GetBucketPolicy",
            encode: { input in input.request("GET", "policy") },
            decode: { response in String(decoding: response.body, as: UTF8.self) }
        ),
        absentWhen: ["NoSuchBucketPolicy"]
    )

    /// Replaces the bucket policy with `policy` (JSON text).
    public static let putBucketPolicy = AWSOperation<PutBucketPolicyRequest, EmptyOutput>.restXML(
        .s3,
        "PutBucketPolicy",
        encode: { input in
            var request = input.bucket.request("PUT", "policy", body: Data(input.policy.utf8))
            request.headers.append((name: "Content-Type", value: "application/json"))
            return request
        },
        decode: { _ in EmptyOutput() }
    )

    /// Removes the bucket policy.
    public static let deleteBucketPolicy = AWSOperation<BucketRequest, EmptyOutput>.restXML(
        .s3,
        "DeleteBucketPolicy",
        encode: { input in input.request("DELETE", "policy") },
        decode: { _ in EmptyOutput() }
    )

    /// The bucket's public access block; `nil` when none is set on the bucket (an account-level
    /// block may still apply).
    public static let getPublicAccessBlock = AWSOptionalOperation(
        AWSOperation<BucketRequest, PublicAccessBlockConfiguration>.restXML(
            .s3,
            "GetPublicAccessBlock",
            encode: { input in input.request("GET", "publicAccessBlock") },
            decode: { response in try RESTXMLProtocol.decodeBody(PublicAccessBlockConfiguration.self, from: response) }
        ),
        absentWhen: ["NoSuchPublicAccessBlockConfiguration"]
    )

    /// Sets the bucket's public access block.
    public static let putPublicAccessBlock = AWSOperation<PutPublicAccessBlockRequest, EmptyOutput>.restXML(
        .s3,
        "PutPublicAccessBlock",
        encode: { input in
            try input.bucket.request(
                "PUT",
                "publicAccessBlock",
                body: BucketSettingsXML.encode("PublicAccessBlockConfiguration", input.configuration)
            )
        },
        decode: { _ in EmptyOutput() }
    )

    /// The bucket's default encryption; `nil` when none is configured.
    public static let getBucketEncryption = AWSOptionalOperation(
        AWSOperation<BucketRequest, ServerSideEncryptionConfiguration>.restXML(
            .s3,
            "GetBucketEncryption",
            encode: { input in input.request("GET", "encryption") },
            decode: { response in try RESTXMLProtocol.decodeBody(ServerSideEncryptionConfiguration.self, from: response)
            }
        ),
        absentWhen: ["ServerSideEncryptionConfigurationNotFoundError"]
    )

    /// Sets the bucket's default encryption.
    public static let putBucketEncryption = AWSOperation<PutBucketEncryptionRequest, EmptyOutput>.restXML(
        .s3,
        "PutBucketEncryption",
        encode: { input in
            try input.bucket.request(
                "PUT",
                "encryption",
                body: BucketSettingsXML.encode("ServerSideEncryptionConfiguration", input.configuration)
            )
        },
        decode: { _ in EmptyOutput() }
    )

    /// The bucket's lifecycle rules; `nil` when it has none.
    public static let getBucketLifecycleConfiguration = AWSOptionalOperation(
        AWSOperation<BucketRequest, LifecycleConfiguration>.restXML(
            .s3,
            "GetBucketLifecycleConfiguration",
            encode: { input in input.request("GET", "lifecycle") },
            decode: { response in try RESTXMLProtocol.decodeBody(LifecycleConfiguration.self, from: response) }
        ),
        absentWhen: ["NoSuchLifecycleConfiguration"]
    )

    /// Replaces the bucket's lifecycle rules.
    public static let putBucketLifecycleConfiguration = AWSOperation<
        PutBucketLifecycleConfigurationRequest, EmptyOutput
    >.restXML(
        .s3,
        "PutBucketLifecycleConfiguration",
        encode: { input in
            try input.bucket.request(
                "PUT", "lifecycle", body: BucketSettingsXML.encode("LifecycleConfiguration", input.configuration))
        },
        decode: { _ in EmptyOutput() }
    )

    /// Removes every lifecycle rule of the bucket.
    public static let deleteBucketLifecycle = AWSOperation<BucketRequest, EmptyOutput>.restXML(
        .s3,
        "DeleteBucketLifecycle",
        encode: { input in input.request("DELETE", "lifecycle") },
        decode: { _ in EmptyOutput() }
    )

    /// The bucket's owner and access control list.
    public static let getBucketAcl = AWSOperation<BucketRequest, AccessControlPolicy>.restXML(
        .s3,
        "GetBucketAcl",
        encode: { input in input.request("GET", "acl") },
        decode: { response in try AccessControlPolicy(XMLTree(parsing: response.body)) }
    )

    /// A bucket, and optionally the account that must own it: S3 refuses the call (403) when
    /// another account owns the bucket, so a reader never audits someone else's bucket by mistake.
    public struct BucketRequest: Sendable, Hashable {
        public var bucket: String
        public var expectedBucketOwner: String?

        public init(bucket: String, expectedBucketOwner: String? = nil) {
            self.bucket = bucket
            self.expectedBucketOwner = expectedBucketOwner
        }

        /// A request on the bucket's `subresource`; a body gets its `Content-MD5`.
        func request(_ method: String, _ subresource: String? = nil, body: Data = Data()) -> OperationRequest {
            var headers: [(name: String, value: String)] = []
            if let expectedBucketOwner {
                headers.append((name: "x-amz-expected-bucket-owner", value: expectedBucketOwner))
            }
            if !body.isEmpty { headers.append((name: "Content-MD5", value: MD5.contentMD5(body))) }
            return OperationRequest(
                method: method,
                path: "/",
                query: subresource.map { [(name: $0, value: "")] } ?? [],
                headers: headers,
                body: body,
                bucket: bucket
            )
        }
    }

    public struct CreateBucketOptions: Sendable, Hashable {
        public var bucket: String
        /// The bucket's region; `nil` or `us-east-1` sends no configuration, as S3 requires.
        public var locationConstraint: String?
        /// Object Lock can only be enabled when the bucket is created.
        public var objectLockEnabledForBucket: Bool
        /// `BucketOwnerEnforced` (ACLs off, the default for new buckets), `BucketOwnerPreferred` or `ObjectWriter`.
        public var objectOwnership: String?

        public init(
            bucket: String, locationConstraint: String? = nil, objectLockEnabledForBucket: Bool = false,
            objectOwnership: String? = nil
        ) {
            self.bucket = bucket
            self.locationConstraint = locationConstraint
            self.objectLockEnabledForBucket = objectLockEnabledForBucket
            self.objectOwnership = objectOwnership
        }
    }

    public struct CreateBucketResponse: Sendable, Hashable {
        /// The `Location` header: `/bucket` in us-east-1, the bucket's URL elsewhere.
        public var location: String?
    }

    public struct HeadBucketResponse: Sendable, Hashable {
        /// The region the bucket lives in (`x-amz-bucket-region`).
        public var bucketRegion: String?
    }

    public struct GetBucketLocationResponse: Sendable, Hashable {
        /// `nil` for us-east-1, `EU` for eu-west-1 (legacy), otherwise the region.
        public var locationConstraint: String?

        public init(locationConstraint: String?) { self.locationConstraint = locationConstraint }

        /// The region name, with S3's two legacy spellings resolved.
        public var region: String {
            switch locationConstraint {
            case nil: "us-east-1"
            case "EU"?: "eu-west-1"
            case let constraint?: constraint
            }
        }
    }

    public struct ObjectLockConfiguration: Sendable, Hashable, Codable {
        /// `Enabled` once Object Lock is on.
        public var objectLockEnabled: String?
        public var rule: ObjectLockRule?

        public init(objectLockEnabled: String? = "Enabled", rule: ObjectLockRule? = nil) {
            self.objectLockEnabled = objectLockEnabled
            self.rule = rule
        }
    }

    public struct ObjectLockRule: Sendable, Hashable, Codable {
        public var defaultRetention: DefaultRetention?

        public init(defaultRetention: DefaultRetention?) { self.defaultRetention = defaultRetention }
    }

    /// The retention every new object version gets: `COMPLIANCE` (no one, not even root, can
    /// shorten it) or `GOVERNANCE`, for a number of days or years (one of the two).
    public struct DefaultRetention: Sendable, Hashable, Codable {
        public var mode: String?
        public var days: Int?
        public var years: Int?

        public init(mode: String?, days: Int? = nil, years: Int? = nil) {
            self.mode = mode
            self.days = days
            self.years = years
        }
    }

    public struct PutObjectLockConfigurationRequest: Sendable, Hashable {
        public var bucket: BucketRequest
        public var configuration: ObjectLockConfiguration

        public init(bucket: BucketRequest, configuration: ObjectLockConfiguration) {
            self.bucket = bucket
            self.configuration = configuration
        }
    }

    public struct VersioningConfiguration: Sendable, Hashable, Codable {
        /// `Enabled` or `Suspended`; absent when versioning was never turned on.
        public var status: String?
        /// `Enabled` or `Disabled`; read-only here (changing it needs the root user's MFA).
        public var mfaDelete: String?

        public init(status: String?, mfaDelete: String? = nil) {
            self.status = status
            self.mfaDelete = mfaDelete
        }
    }

    public struct PutBucketVersioningRequest: Sendable, Hashable {
        public var bucket: BucketRequest
        public var configuration: VersioningConfiguration

        public init(bucket: BucketRequest, configuration: VersioningConfiguration) {
            self.bucket = bucket
            self.configuration = configuration
        }
    }

    public struct PutBucketPolicyRequest: Sendable, Hashable {
        public var bucket: BucketRequest
        /// The policy as JSON text.
        public var policy: String

        public init(bucket: BucketRequest, policy: String) {
            self.bucket = bucket
            self.policy = policy
        }
    }

    public struct PublicAccessBlockConfiguration: Sendable, Hashable, Codable {
        public var blockPublicAcls: Bool?
        public var ignorePublicAcls: Bool?
        public var blockPublicPolicy: Bool?
        public var restrictPublicBuckets: Bool?

        public init(
            blockPublicAcls: Bool?, ignorePublicAcls: Bool?, blockPublicPolicy: Bool?, restrictPublicBuckets: Bool?
        ) {
            self.blockPublicAcls = blockPublicAcls
            self.ignorePublicAcls = ignorePublicAcls
            self.blockPublicPolicy = blockPublicPolicy
            self.restrictPublicBuckets = restrictPublicBuckets
        }

        /// All four blocks on: nothing in the bucket can be made public.
        public static let blockAll = Self(
            blockPublicAcls: true, ignorePublicAcls: true, blockPublicPolicy: true, restrictPublicBuckets: true)

        /// Whether all four blocks are on.
        public var blocksAll: Bool {
            blockPublicAcls == true && ignorePublicAcls == true && blockPublicPolicy == true
                && restrictPublicBuckets == true
        }
    }

    public struct PutPublicAccessBlockRequest: Sendable, Hashable {
        public var bucket: BucketRequest
        public var configuration: PublicAccessBlockConfiguration

        public init(bucket: BucketRequest, configuration: PublicAccessBlockConfiguration) {
            self.bucket = bucket
            self.configuration = configuration
        }
    }

    public struct ServerSideEncryptionConfiguration: Sendable, Hashable, Codable {
        /// Flattened: one `<Rule>` per rule.
        public var rules: [ServerSideEncryptionRule]

        public init(rules: [ServerSideEncryptionRule]) { self.rules = rules }

        enum CodingKeys: String, CodingKey {
            case rules = "Rule"
        }
    }

    public struct ServerSideEncryptionRule: Sendable, Hashable, Codable {
        public var applyServerSideEncryptionByDefault: ServerSideEncryptionByDefault?
        /// Whether S3 Bucket Keys reduce the KMS calls made for SSE-KMS.
        public var bucketKeyEnabled: Bool?

        public init(applyServerSideEncryptionByDefault: ServerSideEncryptionByDefault?, bucketKeyEnabled: Bool? = nil) {
            self.applyServerSideEncryptionByDefault = applyServerSideEncryptionByDefault
            self.bucketKeyEnabled = bucketKeyEnabled
        }
    }

    public struct ServerSideEncryptionByDefault: Sendable, Hashable, Codable {
        /// `AES256`, `aws:kms` or `aws:kms:dsse`.
        public var sseAlgorithm: String
        /// The KMS key (ID, alias or ARN) for `aws:kms`; absent means the AWS managed key.
        public var kmsMasterKeyID: String?

        public init(sseAlgorithm: String, kmsMasterKeyID: String? = nil) {
            self.sseAlgorithm = sseAlgorithm
            self.kmsMasterKeyID = kmsMasterKeyID
        }

        enum CodingKeys: String, CodingKey {
            case sseAlgorithm = "SSEAlgorithm"
            case kmsMasterKeyID = "KMSMasterKeyID"
        }
    }

    public struct PutBucketEncryptionRequest: Sendable, Hashable {
        public var bucket: BucketRequest
        public var configuration: ServerSideEncryptionConfiguration

        public init(bucket: BucketRequest, configuration: ServerSideEncryptionConfiguration) {
            self.bucket = bucket
            self.configuration = configuration
        }
    }

    public struct LifecycleConfiguration: Sendable, Hashable, Codable {
        /// Flattened: one `<Rule>` per rule.
        public var rules: [LifecycleRule]

        public init(rules: [LifecycleRule]) { self.rules = rules }

        enum CodingKeys: String, CodingKey {
            case rules = "Rule"
        }
    }

    /// One lifecycle rule. The audit looks at `expiration` and `noncurrentVersionExpiration`:
    /// a rule that expires logs before the retention period ends defeats the archive.
    public struct LifecycleRule: Sendable, Hashable, Codable {
        public var id: String?
        /// `Enabled` or `Disabled`.
        public var status: String
        public var filter: LifecycleRuleFilter?
        /// The rule's prefix in the older, filter-less form.
        public var prefix: String?
        public var expiration: LifecycleExpiration?
        public var transitions: [Transition]
        public var noncurrentVersionTransitions: [NoncurrentVersionTransition]
        public var noncurrentVersionExpiration: NoncurrentVersionExpiration?
        public var abortIncompleteMultipartUpload: AbortIncompleteMultipartUpload?

        public init(
            id: String? = nil,
            status: String = "Enabled",
            filter: LifecycleRuleFilter? = LifecycleRuleFilter(),
            prefix: String? = nil,
            expiration: LifecycleExpiration? = nil,
            transitions: [Transition] = [],
            noncurrentVersionTransitions: [NoncurrentVersionTransition] = [],
            noncurrentVersionExpiration: NoncurrentVersionExpiration? = nil,
            abortIncompleteMultipartUpload: AbortIncompleteMultipartUpload? = nil
        ) {
            self.id = id
            self.status = status
            self.filter = filter
            self.prefix = prefix
            self.expiration = expiration
            self.transitions = transitions
            self.noncurrentVersionTransitions = noncurrentVersionTransitions
            self.noncurrentVersionExpiration = noncurrentVersionExpiration
            self.abortIncompleteMultipartUpload = abortIncompleteMultipartUpload
        }

        enum CodingKeys: String, CodingKey {
            case id = "ID"
            case status, filter, prefix, expiration
            case transitions = "Transition"
            case noncurrentVersionTransitions = "NoncurrentVersionTransition"
            case noncurrentVersionExpiration, abortIncompleteMultipartUpload
        }
    }

    /// Which objects a rule applies to; an empty filter (`<Filter/>`) means every object.
    public struct LifecycleRuleFilter: Sendable, Hashable, Codable {
        public var prefix: String?
        public var tag: Tag?
        public var objectSizeGreaterThan: Int64?
        public var objectSizeLessThan: Int64?
        public var and: LifecycleRuleAndOperator?

        public init(
            prefix: String? = nil,
            tag: Tag? = nil,
            objectSizeGreaterThan: Int64? = nil,
            objectSizeLessThan: Int64? = nil,
            and: LifecycleRuleAndOperator? = nil
        ) {
            self.prefix = prefix
            self.tag = tag
            self.objectSizeGreaterThan = objectSizeGreaterThan
            self.objectSizeLessThan = objectSizeLessThan
            self.and = and
        }
    }

    public struct LifecycleRuleAndOperator: Sendable, Hashable, Codable {
        public var prefix: String?
        /// Flattened: one `<Tag>` per tag.
        public var tags: [Tag]
        public var objectSizeGreaterThan: Int64?
        public var objectSizeLessThan: Int64?

        public init(
            prefix: String? = nil, tags: [Tag] = [], objectSizeGreaterThan: Int64? = nil,
            objectSizeLessThan: Int64? = nil
        ) {
            self.prefix = prefix
            self.tags = tags
            self.objectSizeGreaterThan = objectSizeGreaterThan
            self.objectSizeLessThan = objectSizeLessThan
        }

        enum CodingKeys: String, CodingKey {
            case prefix
            case tags = "Tag"
            case objectSizeGreaterThan, objectSizeLessThan
        }
    }

    public struct Tag: Sendable, Hashable, Codable {
        public var key: String
        public var value: String

        public init(key: String, value: String) {
            self.key = key
            self.value = value
        }
    }

    public struct LifecycleExpiration: Sendable, Hashable, Codable {
        public var date: Date?
        public var days: Int?
        public var expiredObjectDeleteMarker: Bool?

        public init(date: Date? = nil, days: Int? = nil, expiredObjectDeleteMarker: Bool? = nil) {
            self.date = date
            self.days = days
            self.expiredObjectDeleteMarker = expiredObjectDeleteMarker
        }
    }

    public struct Transition: Sendable, Hashable, Codable {
        public var date: Date?
        public var days: Int?
        /// e.g. `GLACIER`, `DEEP_ARCHIVE`, `STANDARD_IA`.
        public var storageClass: String?

        public init(date: Date? = nil, days: Int? = nil, storageClass: String?) {
            self.date = date
            self.days = days
            self.storageClass = storageClass
        }
    }

    public struct NoncurrentVersionTransition: Sendable, Hashable, Codable {
        public var noncurrentDays: Int?
        public var storageClass: String?
        public var newerNoncurrentVersions: Int?

        public init(noncurrentDays: Int?, storageClass: String?, newerNoncurrentVersions: Int? = nil) {
            self.noncurrentDays = noncurrentDays
            self.storageClass = storageClass
            self.newerNoncurrentVersions = newerNoncurrentVersions
        }
    }

    public struct NoncurrentVersionExpiration: Sendable, Hashable, Codable {
        public var noncurrentDays: Int?
        public var newerNoncurrentVersions: Int?

        public init(noncurrentDays: Int?, newerNoncurrentVersions: Int? = nil) {
            self.noncurrentDays = noncurrentDays
            self.newerNoncurrentVersions = newerNoncurrentVersions
        }
    }

    public struct AbortIncompleteMultipartUpload: Sendable, Hashable, Codable {
        public var daysAfterInitiation: Int?

        public init(daysAfterInitiation: Int?) { self.daysAfterInitiation = daysAfterInitiation }
    }

    public struct PutBucketLifecycleConfigurationRequest: Sendable, Hashable {
        public var bucket: BucketRequest
        public var configuration: LifecycleConfiguration

        public init(bucket: BucketRequest, configuration: LifecycleConfiguration) {
            self.bucket = bucket
            self.configuration = configuration
        }
    }

    /// The bucket's owner and grants. With object ownership `BucketOwnerEnforced` (the default)
    /// ACLs are off and the only grant is the owner's `FULL_CONTROL`.
    public struct AccessControlPolicy: Sendable, Hashable {
        public var owner: Owner?
        public var grants: [Grant]

        public init(owner: Owner?, grants: [Grant]) {
            self.owner = owner
            self.grants = grants
        }

        init(_ root: XMLTree) {
            owner = root["Owner"].map { Owner(id: $0.string("ID"), displayName: $0.string("DisplayName")) }
            grants = (root["AccessControlList"]?.all("Grant") ?? []).map { grant in
                let grantee = grant["Grantee"]
                return Grant(
                    grantee: Grantee(
                        type: grantee?.attributes.first { $0.key.hasSuffix("type") }?.value,
                        id: grantee?.string("ID"),
                        displayName: grantee?.string("DisplayName"),
                        uri: grantee?.string("URI"),
                        emailAddress: grantee?.string("EmailAddress")
                    ),
                    permission: grant.string("Permission")
                )
            }
        }
    }

    public struct Owner: Sendable, Hashable {
        public var id: String?
        public var displayName: String?
    }

    public struct Grant: Sendable, Hashable {
        public var grantee: Grantee
        /// `FULL_CONTROL`, `WRITE`, `WRITE_ACP`, `READ` or `READ_ACP`.
        public var permission: String?
    }

    /// Who a grant is for: a canonical user (`id`), a group (`uri`, e.g. the dangerous
    /// `http://acs.amazonaws.com/groups/global/AllUsers`) or an email address.
    public struct Grantee: Sendable, Hashable {
        /// `CanonicalUser`, `Group` or `AmazonCustomerByEmail` (the `xsi:type` attribute).
        public var type: String?
        public var id: String?
        public var displayName: String?
        public var uri: String?
        public var emailAddress: String?
    }
}

/// Writes the XML bodies of the bucket-setting calls from their `Codable` values.
///
/// The value is encoded as JSON with botocore member names, then laid out as elements: objects
/// become child elements, arrays repeat their element (S3's flattened lists), dates are ISO 8601.
enum BucketSettingsXML {
    static let namespace = "http://s3.amazonaws.com/doc/2006-03-01/"

    static func document(_ root: String, _ inner: String) -> Data {
        Data("<\(root) xmlns=\"\(namespace)\">\(inner)</\(root)>".utf8)
    }

    static func encode<Value: Encodable>(_ root: String, _ value: Value) throws -> Data {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        encoder.keyEncodingStrategy = .custom { path in
            MemberName(wire: MemberName.wireName(path.last?.stringValue ?? ""))
        }
        let tree = try JSONDecoder().decode(JSONValue.self, from: encoder.encode(value))
        guard case .object(let members) = tree else { return document(root, "") }
        return document(root, elements(members))
    }

    private static func elements(_ members: [String: JSONValue]) -> String {
        members.keys.sorted().map { name in element(name, members[name] ?? .null) }.joined()
    }

    private static func element(_ name: String, _ value: JSONValue) -> String {
        switch value {
        case .null: ""
        case .bool(let flag): "<\(name)>\(flag ? "true" : "false")</\(name)>"
        case .integer(let number): "<\(name)>\(number)</\(name)>"
        case .number(let number): "<\(name)>\(number)</\(name)>"
        case .string(let text): "<\(name)>\(RESTXMLProtocol.escape(text))</\(name)>"
        case .array(let items): items.map { element(name, $0) }.joined()
        case .object(let members): "<\(name)>\(elements(members))</\(name)>"
        }
    }
}
