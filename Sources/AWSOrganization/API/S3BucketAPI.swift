import AWS
import Foundation

/// The S3 bucket-configuration calls the archive bucket needs, declared here until the shared
/// `AWS` service files carry them; element names follow botocore's `s3` model.
enum S3BucketAPI {
    static let createBucket = AWSOperation<CreateBucketRequest, EmptyOutput>.restXML(
        .s3, "CreateBucket",
        encode: { input in
            var body = Data()
            if let region = input.region, region != "us-east-1" {
                body = xml(
                    "<CreateBucketConfiguration xmlns=\"\(namespace)\"><LocationConstraint>\(RESTXMLProtocol.escape(region))</LocationConstraint></CreateBucketConfiguration>"
                )
            }
            var headers: [(name: String, value: String)] = []
            if input.objectLockEnabled { headers.append((name: "x-amz-bucket-object-lock-enabled", value: "true")) }
            return OperationRequest(method: "PUT", path: "/", headers: headers, body: body, bucket: input.bucket)
        },
        decode: { _ in EmptyOutput() }
    )

    static let getVersioning = get("GetBucketVersioning", "versioning", VersioningConfiguration.self)
    static let getObjectLock = get("GetObjectLockConfiguration", "object-lock", ObjectLockConfiguration.self)
    static let getPublicAccessBlock = get(
        "GetPublicAccessBlock", "publicAccessBlock", PublicAccessBlockConfiguration.self)
    static let getEncryption = get("GetBucketEncryption", "encryption", ServerSideEncryptionConfiguration.self)
    static let getLifecycle = get("GetBucketLifecycleConfiguration", "lifecycle", LifecycleConfiguration.self)
    static let getPolicy = AWSOperation<BucketRequest, String>.restXML(
        .s3, "GetBucketPolicy",
        encode: { input in
            OperationRequest(method: "GET", path: "/", query: [(name: "policy", value: "")], bucket: input.bucket)
        },
        decode: { response in String(decoding: response.body, as: UTF8.self) }
    )

    static let putVersioning = put("PutBucketVersioning", "versioning")
    static let putObjectLock = put("PutObjectLockConfiguration", "object-lock")
    static let putPublicAccessBlock = put("PutPublicAccessBlock", "publicAccessBlock")
    static let putEncryption = put("PutBucketEncryption", "encryption")
    static let putPolicy = put("PutBucketPolicy", "policy")

    static let namespace = "http://s3.amazonaws.com/doc/2006-03-01/"

    struct BucketRequest: Sendable, Hashable {
        var bucket: String
    }

    struct CreateBucketRequest: Sendable, Hashable {
        var bucket: String
        var region: String?
        var objectLockEnabled: Bool
    }

    /// A configuration body for one bucket sub-resource, already rendered.
    struct PutRequest: Sendable, Hashable {
        var bucket: String
        var body: Data
    }

    struct VersioningConfiguration: Sendable, Hashable, Codable {
        var status: String?
    }

    struct DefaultRetention: Sendable, Hashable, Codable {
        var mode: String?
        var days: Int?
        var years: Int?
    }

    struct ObjectLockRule: Sendable, Hashable, Codable {
        var defaultRetention: DefaultRetention?
    }

    struct ObjectLockConfiguration: Sendable, Hashable, Codable {
        var objectLockEnabled: String?
        var rule: ObjectLockRule?
    }

    struct PublicAccessBlockConfiguration: Sendable, Hashable, Codable {
        var blockPublicAcls: Bool?
        var ignorePublicAcls: Bool?
        var blockPublicPolicy: Bool?
        var restrictPublicBuckets: Bool?
    }

    struct EncryptionDefault: Sendable, Hashable, Codable {
        var sSEAlgorithm: String?
        var kMSMasterKeyID: String?
    }

    struct EncryptionRule: Sendable, Hashable, Codable {
        var applyServerSideEncryptionByDefault: EncryptionDefault?
        var bucketKeyEnabled: Bool?
    }

    struct ServerSideEncryptionConfiguration: Sendable, Hashable, Codable {
        var rule: [EncryptionRule]?
    }

    struct Expiration: Sendable, Hashable, Codable {
        var days: Int?
    }

    struct LifecycleRule: Sendable, Hashable, Codable {
        var iD: String?
        var status: String?
        var expiration: Expiration?
    }

    struct LifecycleConfiguration: Sendable, Hashable, Codable {
        var rule: [LifecycleRule]?
    }

    private static func get<Output: Decodable & Sendable>(
        _ name: String, _ subresource: String, _ type: Output.Type
    ) -> AWSOperation<BucketRequest, Output> {
        .restXML(
            .s3, name,
            encode: { input in
                OperationRequest(
                    method: "GET", path: "/", query: [(name: subresource, value: "")], bucket: input.bucket)
            },
            decode: { response in try RESTXMLProtocol.decodeBody(Output.self, from: response) }
        )
    }

    private static func put(_ name: String, _ subresource: String) -> AWSOperation<PutRequest, EmptyOutput> {
        .restXML(
            .s3, name,
            encode: { input in
                OperationRequest(
                    method: "PUT", path: "/", query: [(name: subresource, value: "")],
                    headers: [(name: "Content-MD5", value: ContentMD5.base64(input.body))], body: input.body,
                    bucket: input.bucket)
            },
            decode: { _ in EmptyOutput() }
        )
    }

    static func xml(_ text: String) -> Data { Data(text.utf8) }

    // MARK: Bodies

    static func versioningBody(enabled: Bool) -> Data {
        xml(
            "<VersioningConfiguration xmlns=\"\(namespace)\"><Status>\(enabled ? "Enabled" : "Suspended")</Status></VersioningConfiguration>"
        )
    }

    static func objectLockBody(mode: String, days: Int?, years: Int?) -> Data {
        let period = days.map { "<Days>\($0)</Days>" } ?? years.map { "<Years>\($0)</Years>" } ?? ""
        return xml(
            "<ObjectLockConfiguration xmlns=\"\(namespace)\"><ObjectLockEnabled>Enabled</ObjectLockEnabled>"
                + "<Rule><DefaultRetention><Mode>\(mode)</Mode>\(period)</DefaultRetention></Rule></ObjectLockConfiguration>"
        )
    }

    static func publicAccessBlockBody(_ flags: [Bool]) -> Data {
        let names = ["BlockPublicAcls", "IgnorePublicAcls", "BlockPublicPolicy", "RestrictPublicBuckets"]
        let members = zip(names, flags).map { "<\($0)>\($1)</\($0)>" }.joined()
        return xml("<PublicAccessBlockConfiguration xmlns=\"\(namespace)\">\(members)</PublicAccessBlockConfiguration>")
    }

    static func encryptionBody(algorithm: String, keyARN: String?) -> Data {
        let key = keyARN.map { "<KMSMasterKeyID>\(RESTXMLProtocol.escape($0))</KMSMasterKeyID>" } ?? ""
        let bucketKey = keyARN == nil ? "" : "<BucketKeyEnabled>true</BucketKeyEnabled>"
        return xml(
            "<ServerSideEncryptionConfiguration xmlns=\"\(namespace)\"><Rule><ApplyServerSideEncryptionByDefault>"
                + "<SSEAlgorithm>\(algorithm)</SSEAlgorithm>\(key)</ApplyServerSideEncryptionByDefault>\(bucketKey)</Rule>"
                + "</ServerSideEncryptionConfiguration>")
    }
}
