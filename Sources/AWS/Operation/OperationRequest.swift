public import Foundation

/// The protocol-level parts of a request before the client adds the endpoint and signs it.
public struct OperationRequest: Sendable {
    public var method: String
    /// The path below the endpoint, already percent-encoded, starting with `/`.
    public var path: String
    /// Query parameters, not yet encoded.
    public var query: [(name: String, value: String)]
    public var headers: [(name: String, value: String)]
    public var body: Data
    /// The S3 bucket the request addresses, so the client can choose virtual-hosted or path style.
    public var bucket: String?

    public init(
        method: String = "POST",
        path: String = "/",
        query: [(name: String, value: String)] = [],
        headers: [(name: String, value: String)] = [],
        body: Data = Data(),
        bucket: String? = nil
    ) {
        self.method = method
        self.path = path
        self.query = query
        self.headers = headers
        self.body = body
        self.bucket = bucket
    }
}
