import Foundation

/// Canonicalisation, each part appended to the canonical request buffer.
///
/// Related AWS documentation: [Elements of an AWS API request signature](https://docs.aws.amazon.com/IAM/latest/UserGuide/create-signed-request.html#create-canonical-request).
extension SigV4Signer {
    /// Headers never signed, as botocore leaves them out: proxies and HTTP stacks rewrite them.
    static let unsignedHeaders: [StaticString] = [
        "authorization", "user-agent", "expect", "transfer-encoding", "x-amzn-trace-id",
    ]

    /// The path and query exactly as they go on the wire (percent-encoded once).
    static func wireParts(of url: URL) -> (path: String, query: String?) {
        let path = url.path(percentEncoded: true)
        return (path.isEmpty ? "/" : path, url.query(percentEncoded: true))
    }

    /// `Host` as HTTP/1.1 sends it: the host, plus the port unless it is the scheme's default.
    static func hostHeader(for url: URL) -> String? {
        guard var host = url.host(percentEncoded: false), !host.isEmpty else { return nil }
        if host.utf8.contains(UInt8(ascii: ":")) { host = "[\(host)]" }
        guard let port = url.port else { return host }
        switch (url.scheme?.lowercased(), port) {
        case ("https", 443), ("http", 80): return host
        default: return "\(host):\(port)"
        }
    }

    /// Canonical URI for every service but S3: remove `.` and `..` segments, collapse repeated
    /// slashes, then URI-encode each segment of the wire path again (so `%20` signs as `%2520`),
    /// as botocore and the AWS test suite do.
    static func appendCanonicalURI(_ path: String, to out: inout [UInt8]) {
        if path == "/" {
            out.append(UInt8(ascii: "/"))
            return
        }
        var segments: [Substring] = []
        let pieces = path.split(separator: "/", omittingEmptySubsequences: false)
        for piece in pieces {
            switch piece {
            case "", ".": continue
            case "..": _ = segments.popLast()
            default: segments.append(piece)
            }
        }
        guard !segments.isEmpty else {
            out.append(UInt8(ascii: "/"))
            return
        }
        for segment in segments {
            out.append(UInt8(ascii: "/"))
            URIEncoding.encode(segment.utf8, into: &out)
        }
        let last = pieces.last ?? ""
        if last.isEmpty || last == "." || last == ".." { out.append(UInt8(ascii: "/")) }
    }

    /// Canonical URI for S3: the path as sent, segments kept as they are (no dot removal, no slash
    /// collapsing), each encoded exactly once. A wire path that is already RFC 3986 encoded signs
    /// unchanged; a character the URL left bare (`!`, `*`, `'`, `(`, `)`) is encoded as S3 expects.
    static func appendCanonicalS3URI(_ path: String, to out: inout [UInt8]) {
        if !path.utf8.contains(where: { $0 != UInt8(ascii: "/") && !URIEncoding.isUnreserved($0) }) {
            out.append(contentsOf: path.utf8)
            return
        }
        var first = true
        for segment in path.split(separator: "/", omittingEmptySubsequences: false) {
            if !first { out.append(UInt8(ascii: "/")) }
            first = false
            URIEncoding.encode(URIEncoding.decode(segment.utf8), into: &out)
        }
    }

    /// Canonical query string: each `name=value` decoded and re-encoded per RFC 3986, sorted by
    /// encoded name then value (byte order), joined by `&`; a parameter without `=` gets an empty value.
    static func appendCanonicalQuery(_ query: String?, to out: inout [UInt8]) {
        guard let query, !query.isEmpty else { return }
        var pairs: [(name: [UInt8], value: [UInt8])] = []
        for parameter in query.utf8.split(separator: UInt8(ascii: "&")) {
            if let equals = parameter.firstIndex(of: UInt8(ascii: "=")) {
                pairs.append((reencode(parameter[..<equals]), reencode(parameter[parameter.index(after: equals)...])))
            } else {
                pairs.append((reencode(parameter), []))
            }
        }
        if pairs.count > 1 {
            pairs.sort {
                $0.name == $1.name
                    ? $0.value.lexicographicallyPrecedes($1.value) : $0.name.lexicographicallyPrecedes($1.name)
            }
        }
        for (index, pair) in pairs.enumerated() {
            if index > 0 { out.append(UInt8(ascii: "&")) }
            out.append(contentsOf: pair.name)
            out.append(UInt8(ascii: "="))
            out.append(contentsOf: pair.value)
        }
    }

    private static func reencode(_ text: Substring.UTF8View.SubSequence) -> [UInt8] {
        if text.allSatisfy(URIEncoding.isUnreserved) { return Array(text) }
        var out: [UInt8] = []
        out.reserveCapacity(text.count * 3)
        URIEncoding.encode(URIEncoding.decode(Substring(text).utf8), into: &out)
        return out
    }

    /// Canonical headers: names lowercased, values trimmed with inner whitespace runs folded to
    /// one space, repeated names joined with `,` in the order sent, sorted by name, each line
    /// ending in `\n`. Returns the `;`-joined signed header list.
    static func appendCanonicalHeaders(_ headers: [(name: String, value: String)], to out: inout [UInt8]) -> String {
        var entries: [(name: [UInt8], index: Int)] = []
        entries.reserveCapacity(headers.count)
        for (index, header) in headers.enumerated() {
            var name = header.name
            let lowered: [UInt8]? = name.withUTF8 { bytes in
                for unsigned in unsignedHeaders where ASCII.equalsLowercased(bytes, unsigned) { return nil }
                return bytes.map(ASCII.lower)
            }
            if let lowered { entries.append((lowered, index)) }
        }
        // Sorting by (name, position) keeps repeated headers in the order they were sent.
        entries.sort { $0.name == $1.name ? $0.index < $1.index : $0.name.lexicographicallyPrecedes($1.name) }

        var signed: [UInt8] = []
        signed.reserveCapacity(entries.count * 16)
        var previous: [UInt8]?
        for entry in entries {
            if entry.name == previous {
                out.append(UInt8(ascii: ","))
            } else {
                if previous != nil {
                    out.append(UInt8(ascii: "\n"))
                    signed.append(UInt8(ascii: ";"))
                }
                out.append(contentsOf: entry.name)
                out.append(UInt8(ascii: ":"))
                signed.append(contentsOf: entry.name)
                previous = entry.name
            }
            appendFoldedValue(headers[entry.index].value, to: &out)
        }
        if previous != nil { out.append(UInt8(ascii: "\n")) }
        return String(decoding: signed, as: UTF8.self)
    }

    /// Appends `value` trimmed, with each inner run of whitespace folded to one space.
    static func appendFoldedValue(_ value: String, to out: inout [UInt8]) {
        // Most values (tokens, dates, content types) need no folding: copy them in one go.
        var clean = !value.isEmpty
        var previousSpace = true
        for byte in value.utf8 {
            if ASCII.isWhitespace(byte) {
                if previousSpace || byte != UInt8(ascii: " ") {
                    clean = false
                    break
                }
                previousSpace = true
            } else {
                previousSpace = false
            }
        }
        if clean && !previousSpace {
            out.append(contentsOf: value.utf8)
            return
        }
        var pendingSpace = false
        var wroteAny = false
        for byte in value.utf8 {
            if ASCII.isWhitespace(byte) {
                pendingSpace = wroteAny
            } else {
                if pendingSpace { out.append(UInt8(ascii: " ")) }
                pendingSpace = false
                wroteAny = true
                out.append(byte)
            }
        }
    }
}
