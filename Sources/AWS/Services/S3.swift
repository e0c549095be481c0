public import Foundation

/// Amazon S3 operations (REST-XML). Buckets are addressed virtual-hosted style on AWS and
/// path style when the endpoint is overridden (emulators, proxies).
///
/// Related AWS documentation: https://docs.aws.amazon.com/AmazonS3/latest/API/Welcome.html
public enum S3 {
    public static let createBucket = AWSOperation<CreateBucketRequest, EmptyOutput>.restXML(
        .s3,
        "CreateBucket",
        encode: { input in
            var body = Data()
            if let constraint = input.locationConstraint, constraint != "us-east-1" {
                body = Data(
                    ("<CreateBucketConfiguration xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">"
                        + "<LocationConstraint>\(RESTXMLProtocol.escape(constraint))</LocationConstraint>"
                        + "</CreateBucketConfiguration>").utf8
                )
            }
            return OperationRequest(method: "PUT", path: "/", body: body, bucket: input.bucket)
        },
        decode: { _ in EmptyOutput() }
    )

    public static let listBuckets = AWSOperation<ListBucketsRequest, ListBucketsResponse>.restXML(
        .s3,
        "ListBuckets",
        encode: { input in
            var query: [(name: String, value: String)] = []
            RESTXMLProtocol.add("continuation-token", input.continuationToken, to: &query)
            RESTXMLProtocol.add("max-buckets", input.maxBuckets, to: &query)
            return OperationRequest(method: "GET", path: "/", query: query)
        },
        decode: { response in try RESTXMLProtocol.decodeBody(ListBucketsResponse.self, from: response) }
    )

    public static let putObject = AWSOperation<PutObjectRequest, PutObjectResponse>.restXML(
        .s3,
        "PutObject",
        encode: { input in
            var headers: [(name: String, value: String)] = []
            if let contentType = input.contentType { headers.append((name: "Content-Type", value: contentType)) }
            return OperationRequest(
                method: "PUT",
                path: "/" + RESTXMLProtocol.encodeLabel(input.key, keepSlashes: true),
                headers: headers,
                body: input.body,
                bucket: input.bucket
            )
        },
        decode: { response in PutObjectResponse(eTag: response.header("etag")) }
    )

    public static let getObject = AWSOperation<ObjectRequest, GetObjectResponse>.restXML(
        .s3,
        "GetObject",
        encode: { input in
            OperationRequest(
                method: "GET",
                path: "/" + RESTXMLProtocol.encodeLabel(input.key, keepSlashes: true),
                bucket: input.bucket
            )
        },
        decode: { response in
            GetObjectResponse(
                body: response.body, contentType: response.header("content-type"), eTag: response.header("etag"))
        }
    )

    public static let listObjectsV2 = AWSOperation<ListObjectsV2Request, ListObjectsV2Response>.restXML(
        .s3,
        "ListObjectsV2",
        encode: { input in
            var query: [(name: String, value: String)] = [(name: "list-type", value: "2")]
            RESTXMLProtocol.add("prefix", input.prefix, to: &query)
            RESTXMLProtocol.add("delimiter", input.delimiter, to: &query)
            RESTXMLProtocol.add("continuation-token", input.continuationToken, to: &query)
            RESTXMLProtocol.add("max-keys", input.maxKeys, to: &query)
            RESTXMLProtocol.add("start-after", input.startAfter, to: &query)
            return OperationRequest(method: "GET", path: "/", query: query, bucket: input.bucket)
        },
        decode: { response in try RESTXMLProtocol.decodeBody(ListObjectsV2Response.self, from: response) }
    )

    public struct CreateBucketRequest: Sendable, Hashable {
        public var bucket: String
        /// The bucket's region; `nil` or `us-east-1` sends no configuration, as S3 requires.
        public var locationConstraint: String?

        public init(bucket: String, locationConstraint: String? = nil) {
            self.bucket = bucket
            self.locationConstraint = locationConstraint
        }
    }

    public struct ListBucketsRequest: Sendable, Hashable, ContinuationTokenPaginatedRequest {
        public var continuationToken: String?
        public var maxBuckets: Int?

        public init(maxBuckets: Int? = nil) { self.maxBuckets = maxBuckets }
    }

    public struct Bucket: Sendable, Hashable, Codable {
        public var name: String
        public var creationDate: Date?
    }

    public struct ListBucketsResponse: Sendable, Hashable, Codable, ContinuationTokenPaginatedResponse {
        public var buckets: [Bucket]
        /// ListBuckets names its next-page token `ContinuationToken`.
        public var continuationToken: String?

        public var nextContinuationToken: String? { continuationToken }

        enum CodingKeys: String, CodingKey {
            case buckets = "Buckets/Bucket"
            case continuationToken
        }
    }

    public struct PutObjectRequest: Sendable, Hashable {
        public var bucket: String
        public var key: String
        public var body: Data
        public var contentType: String?

        public init(bucket: String, key: String, body: Data, contentType: String? = nil) {
            self.bucket = bucket
            self.key = key
            self.body = body
            self.contentType = contentType
        }
    }

    public struct PutObjectResponse: Sendable, Hashable {
        public var eTag: String?
    }

    public struct ObjectRequest: Sendable, Hashable {
        public var bucket: String
        public var key: String

        public init(bucket: String, key: String) {
            self.bucket = bucket
            self.key = key
        }
    }

    public struct GetObjectResponse: Sendable, Hashable {
        public var body: Data
        public var contentType: String?
        public var eTag: String?
    }

    public struct ListObjectsV2Request: Sendable, Hashable, ContinuationTokenPaginatedRequest {
        public var bucket: String
        public var prefix: String?
        public var delimiter: String?
        public var continuationToken: String?
        public var maxKeys: Int?
        public var startAfter: String?

        public init(
            bucket: String, prefix: String? = nil, delimiter: String? = nil, maxKeys: Int? = nil,
            startAfter: String? = nil
        ) {
            self.bucket = bucket
            self.prefix = prefix
            self.delimiter = delimiter
            self.maxKeys = maxKeys
            self.startAfter = startAfter
        }
    }

    public struct Object: Sendable, Hashable, Codable {
        public var key: String
        public var lastModified: Date?
        public var eTag: String?
        public var size: Int64?
        public var storageClass: String?
    }

    public struct CommonPrefix: Sendable, Hashable, Codable {
        public var prefix: String
    }

    public struct ListObjectsV2Response: Sendable, Hashable, Codable, ContinuationTokenPaginatedResponse {
        public var name: String?
        public var prefix: String?
        public var isTruncated: Bool?
        public var keyCount: Int?
        /// Flattened: one `<Contents>` element per object.
        public var contents: [Object]
        public var commonPrefixes: [CommonPrefix]
        public var nextContinuationToken: String?
    }
}
