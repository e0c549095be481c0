import Digest
public import Foundation

/// Signs HTTP requests with AWS Signature Version 4 (header form).
///
/// One signer is bound to one set of credentials and one credential scope (region, service).
/// Signing is pure: the same request, date and credentials always give the same signature, so
/// retries re-sign cheaply and tests pin the date. Derived signing keys are cached in
/// `keyCache`; give every signer a client makes the same cache.
///
/// Related AWS documentation:
/// [Signature Version 4 signing process](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_sigv-create-signed-request.html),
/// [S3 header-based auth](https://docs.aws.amazon.com/AmazonS3/latest/API/sig-v4-header-based-auth.html).
public struct SigV4Signer: Sendable {
    public static let algorithm = "AWS4-HMAC-SHA256"

    public let credentials: AWSCredentials
    public let region: String
    public let service: String
    public let keyCache: SigningKeyCache

    /// - Parameters:
    ///   - credentials: the key pair (and session token) to sign with.
    ///   - region: the signing region, e.g. `us-east-1` (global services sign for `us-east-1`).
    ///   - service: the signing name, e.g. `iam`, `s3`, `organizations`, `sso`.
    ///   - keyCache: where derived signing keys are kept; share one per client.
    public init(
        credentials: AWSCredentials, region: String, service: String, keyCache: SigningKeyCache = SigningKeyCache()
    ) {
        self.init(
            credentials: credentials, region: region, service: service, keyCache: keyCache,
            signsPathAsSent: service == "s3"
        )
    }

    /// Lets the known-answer tests apply S3's path rule under the test suite's service name.
    init(credentials: AWSCredentials, region: String, service: String, keyCache: SigningKeyCache, signsPathAsSent: Bool)
    {
        self.credentials = credentials
        self.region = region
        self.service = service
        self.keyCache = keyCache
        self.signsPathAsSent = signsPathAsSent
    }

    /// S3 signs its path single-encoded and un-normalised, and always sends `x-amz-content-sha256`.
    public var usesS3Rules: Bool { service == "s3" }

    /// Whether the path is signed as sent (S3) rather than normalised and encoded again.
    let signsPathAsSent: Bool

    /// Signs `request` in place.
    ///
    /// Adds `Host` (when absent), `X-Amz-Date`, `X-Amz-Security-Token` (when the credentials carry a
    /// session token), `X-Amz-Content-Sha256` (always for S3, otherwise when `addContentSHA256`)
    /// and `Authorization`. Values left by an earlier signature are replaced, so a retried request
    /// can be signed again as it is.
    /// - Parameters:
    ///   - request: the request to sign; its URL must be the one that goes on the wire.
    ///   - date: the signing instant (AWS rejects signatures more than 5 minutes off its clock).
    ///   - addContentSHA256: send `X-Amz-Content-Sha256` for a service other than S3.
    /// - Returns: the stages of this signature, for a `--debug` trace without signing twice.
    @discardableResult
    public func sign(_ request: inout SignableRequest, date: Date, addContentSHA256: Bool = false) -> SigV4Stages {
        let signingDate = SigningDate(date)
        let payloadHash = request.payload.hash
        addSigningHeaders(to: &request, date: signingDate, payloadHash: payloadHash, addContentSHA256: addContentSHA256)
        let wire = Self.wireParts(of: request.url)
        let stages = stages(
            method: request.method, path: wire.path, query: wire.query, headers: request.headers,
            payloadHash: payloadHash,
            date: signingDate
        )
        request.headers.append((name: "Authorization", value: stages.authorization))
        return stages
    }

    /// The canonical request, string to sign and signature `sign` would produce, without
    /// changing `request`. For tests and `--debug` traces.
    public func signingStages(for request: SignableRequest, date: Date, addContentSHA256: Bool = false) -> SigV4Stages {
        var request = request
        let signingDate = SigningDate(date)
        let payloadHash = request.payload.hash
        addSigningHeaders(to: &request, date: signingDate, payloadHash: payloadHash, addContentSHA256: addContentSHA256)
        let wire = Self.wireParts(of: request.url)
        return stages(
            method: request.method, path: wire.path, query: wire.query, headers: request.headers,
            payloadHash: payloadHash,
            date: signingDate
        )
    }

    /// Stage 0: put on the headers that take part in the signature, replacing stale ones, in one
    /// pass over the existing headers.
    func addSigningHeaders(
        to request: inout SignableRequest, date: SigningDate, payloadHash: String, addContentSHA256: Bool
    ) {
        let addsContentSHA256 = usesS3Rules || addContentSHA256
        var hasHost = false
        request.headers.removeAll { header in
            switch SigningHeader(header.name) {
            case .host:
                hasHost = true
                return false
            case .authorization, .date, .securityToken: return true
            case .contentSHA256: return addsContentSHA256
            case nil: return false
            }
        }
        if !hasHost, let host = Self.hostHeader(for: request.url) {
            request.headers.append((name: "Host", value: host))
        }
        request.headers.append((name: "X-Amz-Date", value: date.amzDate))
        if let token = credentials.sessionToken, !token.isEmpty {
            request.headers.append((name: "X-Amz-Security-Token", value: token))
        }
        if addsContentSHA256 {
            request.headers.append((name: "X-Amz-Content-Sha256", value: payloadHash))
        }
    }

    /// The whole algorithm over already-prepared parts. `path` and `query` are as sent on the wire.
    func stages(
        method: String, path: String, query: String?, headers: [(name: String, value: String)], payloadHash: String,
        date: SigningDate
    ) -> SigV4Stages {
        // Stage 1: create the canonical request, as bytes:
        //   Method \n CanonicalURI \n CanonicalQueryString \n CanonicalHeaders \n \n SignedHeaders \n PayloadHash
        var canonical: [UInt8] = []
        canonical.reserveCapacity(512 + path.utf8.count + (query?.utf8.count ?? 0))
        for byte in method.utf8 { canonical.append(byte >= 0x61 && byte <= 0x7a ? byte - 0x20 : byte) }
        canonical.append(newline)
        if signsPathAsSent {
            Self.appendCanonicalS3URI(path, to: &canonical)
        } else {
            Self.appendCanonicalURI(path, to: &canonical)
        }
        canonical.append(newline)
        Self.appendCanonicalQuery(query, to: &canonical)
        canonical.append(newline)
        let signedHeaders = Self.appendCanonicalHeaders(headers, to: &canonical)
        canonical.append(newline)
        canonical.append(contentsOf: signedHeaders.utf8)
        canonical.append(newline)
        canonical.append(contentsOf: payloadHash.utf8)

        // Stage 2: create the string to sign from the algorithm, the timestamp, the credential
        // scope and the hash of the canonical request.
        let credentialScope = date.dateStamp + "/" + region + "/" + service + "/aws4_request"
        var stringToSign: [UInt8] = []
        stringToSign.reserveCapacity(160)
        stringToSign.append(contentsOf: Self.algorithm.utf8)
        stringToSign.append(newline)
        stringToSign.append(contentsOf: date.amzDate.utf8)
        stringToSign.append(newline)
        stringToSign.append(contentsOf: credentialScope.utf8)
        stringToSign.append(newline)
        LowerHex.append(SHA256.hash(canonical), to: &stringToSign)

        // Stage 3: derive the signing key (cached per day/region/service) and sign the string.
        let signingKey = keyCache.signingKey(
            secretAccessKey: credentials.secretAccessKey, dateStamp: date.dateStamp, region: region, service: service
        )
        let signature = LowerHex.string(HMAC.sha256(key: signingKey, message: stringToSign))

        // Stage 4: the Authorization header names the key, scope and signed headers.
        let authorization =
            Self.algorithm + " Credential=" + credentials.accessKeyID + "/" + credentialScope
            + ", SignedHeaders=" + signedHeaders + ", Signature=" + signature

        return SigV4Stages(
            canonicalRequest: String(decoding: canonical, as: UTF8.self),
            stringToSign: String(decoding: stringToSign, as: UTF8.self),
            signature: signature, signedHeaders: signedHeaders, credentialScope: credentialScope, amzDate: date.amzDate,
            payloadHash: payloadHash, authorization: authorization
        )
    }
}

private let newline = UInt8(ascii: "\n")

/// The headers the signer itself manages, recognised case-insensitively without allocating.
private enum SigningHeader {
    case host, authorization, date, securityToken, contentSHA256

    init?(_ name: String) {
        var name = name
        let match: SigningHeader? = name.withUTF8 { bytes in
            switch bytes.count {
            case 4: ASCII.equalsLowercased(bytes, "host") ? .host : nil
            case 10: ASCII.equalsLowercased(bytes, "x-amz-date") ? .date : nil
            case 13: ASCII.equalsLowercased(bytes, "authorization") ? .authorization : nil
            case 20:
                ASCII.equalsLowercased(bytes, "x-amz-security-token")
                    ? .securityToken : ASCII.equalsLowercased(bytes, "x-amz-content-sha256") ? .contentSHA256 : nil
            default: nil
            }
        }
        guard let match else { return nil }
        self = match
    }
}
