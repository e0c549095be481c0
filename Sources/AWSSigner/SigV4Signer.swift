public import Foundation
import Digest

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

    /// Headers never signed, as botocore leaves them out: proxies and HTTP stacks rewrite them.
    static let unsignedHeaders: Set<String> = ["authorization", "user-agent", "expect", "transfer-encoding", "x-amzn-trace-id"]

    /// - Parameters:
    ///   - credentials: the key pair (and session token) to sign with.
    ///   - region: the signing region, e.g. `us-east-1` (global services sign for `us-east-1`).
    ///   - service: the signing name, e.g. `iam`, `s3`, `organizations`, `sso`.
    ///   - keyCache: where derived signing keys are kept; share one per client.
    public init(credentials: AWSCredentials, region: String, service: String, keyCache: SigningKeyCache = SigningKeyCache()) {
        self.credentials = credentials
        self.region = region
        self.service = service
        self.keyCache = keyCache
    }

    /// S3 signs its path single-encoded and un-normalised, and always sends `x-amz-content-sha256`.
    public var usesS3Rules: Bool { service == "s3" }

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
    public func sign(_ request: inout SignableRequest, date: Date, addContentSHA256: Bool = false) {
        let signingDate = SigningDate(date)
        addSigningHeaders(to: &request, date: signingDate, addContentSHA256: addContentSHA256)
        let stages = stages(forPrepared: request, date: signingDate)
        request.headers.append((name: "Authorization", value: stages.authorization))
    }

    /// The canonical request, string to sign and signature `sign` would produce, without
    /// changing `request`. For tests and `--debug` traces.
    public func signingStages(for request: SignableRequest, date: Date, addContentSHA256: Bool = false) -> SigV4Stages {
        var request = request
        let signingDate = SigningDate(date)
        addSigningHeaders(to: &request, date: signingDate, addContentSHA256: addContentSHA256)
        return stages(forPrepared: request, date: signingDate)
    }

    /// Stage 0: put on the headers that take part in the signature, replacing stale ones.
    func addSigningHeaders(to request: inout SignableRequest, date: SigningDate, addContentSHA256: Bool) {
        request.removeHeader("Authorization")
        if request.header("Host") == nil, let host = Self.hostHeader(for: request.url) {
            request.headers.append((name: "Host", value: host))
        }
        request.setHeader("X-Amz-Date", date.amzDate)
        if let token = credentials.sessionToken {
            request.setHeader("X-Amz-Security-Token", token)
        } else {
            request.removeHeader("X-Amz-Security-Token")
        }
        if usesS3Rules || addContentSHA256 {
            request.setHeader("X-Amz-Content-Sha256", request.payload.hash)
        }
    }

    func stages(forPrepared request: SignableRequest, date: SigningDate) -> SigV4Stages {
        let wire = Self.wireParts(of: request.url)
        return stages(
            method: request.method, path: wire.path, query: wire.query, headers: request.headers,
            payloadHash: request.payload.hash, date: date
        )
    }

    /// The whole algorithm over already-prepared parts. `path` and `query` are as sent on the wire.
    func stages(
        method: String, path: String, query: String?, headers: [(name: String, value: String)], payloadHash: String,
        date: SigningDate
    ) -> SigV4Stages {
        // Stage 1: create the canonical request.
        //   Method \n CanonicalURI \n CanonicalQueryString \n CanonicalHeaders \n \n SignedHeaders \n PayloadHash
        let canonicalHeaders = Self.canonicalHeaders(headers)
        var canonicalRequest = method.uppercased()
        canonicalRequest += "\n"
        canonicalRequest += usesS3Rules ? Self.canonicalS3URI(path) : Self.canonicalURI(path)
        canonicalRequest += "\n"
        canonicalRequest += Self.canonicalQuery(query)
        canonicalRequest += "\n"
        canonicalRequest += canonicalHeaders.block
        canonicalRequest += "\n"
        canonicalRequest += canonicalHeaders.signed
        canonicalRequest += "\n"
        canonicalRequest += payloadHash

        // Stage 2: create the string to sign from the algorithm, the timestamp, the credential
        // scope and the hash of the canonical request.
        let credentialScope = "\(date.dateStamp)/\(region)/\(service)/aws4_request"
        let stringToSign = Self.algorithm + "\n" + date.amzDate + "\n" + credentialScope + "\n"
            + Hex.encode(SHA256.hash(canonicalRequest))

        // Stage 3: derive the signing key (cached per day/region/service) and sign the string.
        let signingKey = keyCache.signingKey(
            secretAccessKey: credentials.secretAccessKey, dateStamp: date.dateStamp, region: region, service: service
        )
        let signature = Hex.encode(HMAC.sha256(key: signingKey, message: stringToSign))

        // Stage 4: the Authorization header names the key, scope and signed headers.
        let authorization = Self.algorithm + " Credential=" + credentials.accessKeyID + "/" + credentialScope
            + ", SignedHeaders=" + canonicalHeaders.signed + ", Signature=" + signature

        return SigV4Stages(
            canonicalRequest: canonicalRequest, stringToSign: stringToSign, signature: signature,
            signedHeaders: canonicalHeaders.signed, credentialScope: credentialScope, amzDate: date.amzDate,
            payloadHash: payloadHash, authorization: authorization
        )
    }
}

// MARK: - Canonicalisation

extension SigV4Signer {
    /// The path and query exactly as they go on the wire (percent-encoded once).
    static func wireParts(of url: URL) -> (path: String, query: String?) {
        let path = url.path(percentEncoded: true)
        return (path.isEmpty ? "/" : path, url.query(percentEncoded: true))
    }

    /// `Host` as HTTP/1.1 sends it: the host, plus the port unless it is the scheme's default.
    static func hostHeader(for url: URL) -> String? {
        guard var host = url.host(percentEncoded: false), !host.isEmpty else { return nil }
        if host.contains(":") { host = "[\(host)]" }
        guard let port = url.port else { return host }
        switch (url.scheme?.lowercased(), port) {
        case ("https", 443), ("http", 80): return host
        default: return "\(host):\(port)"
        }
    }

    /// Canonical URI for every service but S3: remove `.` and `..` segments, collapse repeated
    /// slashes, then URI-encode each segment of the wire path again (so `%20` signs as `%2520`),
    /// as botocore and the AWS test suite do.
    static func canonicalURI(_ path: String) -> String {
        var segments: [Substring] = []
        let pieces = path.split(separator: "/", omittingEmptySubsequences: false)
        for piece in pieces {
            switch piece {
            case "", ".": continue
            case "..": _ = segments.popLast()
            default: segments.append(piece)
            }
        }
        guard !segments.isEmpty else { return "/" }
        var out: [UInt8] = []
        out.reserveCapacity(path.utf8.count + 8)
        for segment in segments {
            out.append(UInt8(ascii: "/"))
            URIEncoding.encode(segment.utf8, into: &out)
        }
        let last = pieces.last ?? ""
        if last.isEmpty || last == "." || last == ".." { out.append(UInt8(ascii: "/")) }
        return String(decoding: out, as: UTF8.self)
    }

    /// Canonical URI for S3: the path as sent, segments kept as they are (no dot removal, no slash
    /// collapsing), each encoded exactly once. A wire path that is already RFC 3986 encoded signs
    /// unchanged; a character the URL left bare (`!`, `*`, `'`, `(`, `)`) is encoded as S3 expects.
    static func canonicalS3URI(_ path: String) -> String {
        if !path.utf8.contains(where: { $0 != UInt8(ascii: "/") && !URIEncoding.isUnreserved($0) }) { return path }
        var out: [UInt8] = []
        out.reserveCapacity(path.utf8.count + 8)
        var first = true
        for segment in path.split(separator: "/", omittingEmptySubsequences: false) {
            if !first { out.append(UInt8(ascii: "/")) }
            first = false
            URIEncoding.encode(URIEncoding.decode(segment.utf8), into: &out)
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Canonical query string: each `name=value` decoded and re-encoded per RFC 3986, sorted by
    /// encoded name then value, joined by `&`; a parameter without `=` gets an empty value.
    static func canonicalQuery(_ query: String?) -> String {
        guard let query, !query.isEmpty else { return "" }
        var pairs: [(name: String, value: String)] = []
        for parameter in query.split(separator: "&") {
            let name: Substring
            let value: Substring
            if let equals = parameter.firstIndex(of: "=") {
                name = parameter[..<equals]
                value = parameter[parameter.index(after: equals)...]
            } else {
                name = parameter
                value = ""
            }
            pairs.append((Self.reencode(name), Self.reencode(value)))
        }
        pairs.sort { $0.name == $1.name ? $0.value.utf8.lexicographicallyPrecedes($1.value.utf8) : $0.name.utf8.lexicographicallyPrecedes($1.name.utf8) }
        var out = ""
        for (index, pair) in pairs.enumerated() {
            if index > 0 { out += "&" }
            out += pair.name
            out += "="
            out += pair.value
        }
        return out
    }

    private static func reencode(_ text: Substring) -> String {
        if text.utf8.allSatisfy(URIEncoding.isUnreserved) { return String(text) }
        return URIEncoding.encode(URIEncoding.decode(text.utf8))
    }

    /// Canonical headers: names lowercased, values trimmed with inner whitespace runs folded to one
    /// space, repeated names joined with `,` in the order sent, sorted by name. Returns the block
    /// (each line ending in `\n`) and the `;`-joined signed header list.
    static func canonicalHeaders(_ headers: [(name: String, value: String)]) -> (block: String, signed: String) {
        var entries: [(name: String, value: String)] = []
        entries.reserveCapacity(headers.count)
        for (name, value) in headers {
            let lower = name.lowercased()
            if unsignedHeaders.contains(lower) { continue }
            entries.append((lower, foldWhitespace(value)))
        }
        // A stable sort keeps repeated headers in the order they were sent.
        let ordered = entries.enumerated().sorted {
            $0.element.name == $1.element.name ? $0.offset < $1.offset : $0.element.name.utf8.lexicographicallyPrecedes($1.element.name.utf8)
        }
        var block = ""
        var signed = ""
        var previous: String?
        for (_, entry) in ordered {
            if entry.name == previous {
                block += ","
                block += entry.value
                continue
            }
            if previous != nil {
                block += "\n"
                signed += ";"
            }
            block += entry.name
            block += ":"
            block += entry.value
            signed += entry.name
            previous = entry.name
        }
        if previous != nil { block += "\n" }
        return (block, signed)
    }

    /// Trims leading and trailing whitespace and folds each inner run of whitespace to one space.
    static func foldWhitespace(_ value: String) -> String {
        let bytes = value.utf8
        func isSpace(_ byte: UInt8) -> Bool {
            byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
        }
        if let first = bytes.first, let last = bytes.last, !isSpace(first), !isSpace(last) {
            var previousSpace = false
            var needsWork = false
            for byte in bytes {
                let space = isSpace(byte)
                if space && (previousSpace || byte != UInt8(ascii: " ")) { needsWork = true; break }
                previousSpace = space
            }
            if !needsWork { return value }
        }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var pendingSpace = false
        for byte in bytes {
            if isSpace(byte) {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(UInt8(ascii: " ")) }
                pendingSpace = false
                out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
