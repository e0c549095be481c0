/// The intermediate values of one SigV4 signature, for known-answer tests and `--debug` traces.
///
/// `description` is safe to print: the session token inside the canonical request and the
/// signature are redacted (a signature can be replayed for minutes after it is made). The raw
/// properties are not redacted; print them only where the reader may see the request itself.
///
/// Related AWS documentation: [Create a signed AWS API request](https://docs.aws.amazon.com/IAM/latest/UserGuide/create-signed-request.html).
public struct SigV4Stages: Sendable, Hashable {
    /// Stage 1: method, URI, query, headers, signed header list and payload hash, one per line.
    public var canonicalRequest: String
    /// Stage 2: algorithm, timestamp, credential scope and the hash of the canonical request.
    public var stringToSign: String
    /// Stage 3: lowercase hex HMAC-SHA256 of the string to sign under the derived signing key.
    public var signature: String
    /// `host;x-amz-date;…`, the lowercase names of the signed headers.
    public var signedHeaders: String
    /// `20150830/us-east-1/iam/aws4_request`.
    public var credentialScope: String
    /// `20150830T123600Z`.
    public var amzDate: String
    /// The last line of the canonical request.
    public var payloadHash: String
    /// Stage 4: the `Authorization` header value.
    public var authorization: String
}

extension SigV4Stages: CustomStringConvertible {
    public var description: String {
        """
        canonical request:
        \(SigV4Redaction.redactCanonicalRequest(canonicalRequest))
        string to sign:
        \(stringToSign)
        signature: <redacted>
        """
    }
}
