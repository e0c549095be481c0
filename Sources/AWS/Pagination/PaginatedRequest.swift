/// An input that carries a page token: the three AWS styles share one interface.
///
/// Conform through the style-specific protocols (`NextTokenPaginatedRequest`,
/// `MarkerPaginatedRequest`, `ContinuationTokenPaginatedRequest`): declaring the member is then
/// enough, so paginating a new operation costs one conformance.
public protocol PaginatedRequest: Sendable {
    /// The token of the page to fetch; `nil` for the first page.
    var paginationToken: String? { get set }
}

/// An output that may point at a further page.
public protocol PaginatedResponse: Sendable {
    /// The token of the next page, or `nil` on the last page.
    var nextPaginationToken: String? { get }
}

/// `NextToken` in, `NextToken` out (Organizations, Identity Center, CloudTrail, KMS).
public protocol NextTokenPaginatedRequest: PaginatedRequest {
    var nextToken: String? { get set }
}

extension NextTokenPaginatedRequest {
    public var paginationToken: String? {
        get { nextToken }
        set { nextToken = newValue }
    }
}

/// See `NextTokenPaginatedRequest`.
public protocol NextTokenPaginatedResponse: PaginatedResponse {
    var nextToken: String? { get }
}

extension NextTokenPaginatedResponse {
    public var nextPaginationToken: String? { nextToken.flatMap { $0.isEmpty ? nil : $0 } }
}

/// `Marker` in; `Marker` out only while `IsTruncated` is true (IAM).
public protocol MarkerPaginatedRequest: PaginatedRequest {
    var marker: String? { get set }
}

extension MarkerPaginatedRequest {
    public var paginationToken: String? {
        get { marker }
        set { marker = newValue }
    }
}

/// See `MarkerPaginatedRequest`.
public protocol MarkerPaginatedResponse: PaginatedResponse {
    var isTruncated: Bool? { get }
    var marker: String? { get }
}

extension MarkerPaginatedResponse {
    public var nextPaginationToken: String? { isTruncated == true ? marker : nil }
}

/// `continuation-token` in, `NextContinuationToken` out (S3 ListObjectsV2, ListBuckets).
public protocol ContinuationTokenPaginatedRequest: PaginatedRequest {
    var continuationToken: String? { get set }
}

extension ContinuationTokenPaginatedRequest {
    public var paginationToken: String? {
        get { continuationToken }
        set { continuationToken = newValue }
    }
}

/// See `ContinuationTokenPaginatedRequest`.
public protocol ContinuationTokenPaginatedResponse: PaginatedResponse {
    var nextContinuationToken: String? { get }
}

extension ContinuationTokenPaginatedResponse {
    public var nextPaginationToken: String? { nextContinuationToken.flatMap { $0.isEmpty ? nil : $0 } }
}
