public import Foundation

/// An HTTP request as far as SigV4 cares: method, URL, headers in order, and the body.
///
/// Headers are an ordered list rather than a dictionary because a name may repeat and SigV4
/// joins repeated values in the order they were sent.
public struct SignableRequest: Sendable {
    public var method: String
    /// The URL as it goes on the wire: path and query already percent-encoded once.
    public var url: URL
    public var headers: [(name: String, value: String)]
    public var payload: SignablePayload

    public init(
        method: String, url: URL, headers: [(name: String, value: String)] = [], payload: SignablePayload = .empty
    ) {
        self.method = method
        self.url = url
        self.headers = headers
        self.payload = payload
    }

    /// The first value of the header `name` (compared case-insensitively), if present.
    public func header(_ name: String) -> String? {
        headers.first { $0.name.caseInsensitiveEquals(name) }?.value
    }

    /// Replaces every header called `name` (case-insensitively) with one header holding `value`.
    public mutating func setHeader(_ name: String, _ value: String) {
        removeHeader(name)
        headers.append((name: name, value: value))
    }

    /// Removes every header called `name`, compared case-insensitively.
    public mutating func removeHeader(_ name: String) {
        headers.removeAll { $0.name.caseInsensitiveEquals(name) }
    }
}

extension String {
    /// ASCII case-insensitive equality, enough for HTTP header names and cheaper than `lowercased()`.
    func caseInsensitiveEquals(_ other: String) -> Bool {
        let lhs = utf8
        let rhs = other.utf8
        guard lhs.count == rhs.count else { return false }
        return zip(lhs, rhs).allSatisfy { a, b in
            a == b || (a | 0x20 == b | 0x20 && (a | 0x20) >= UInt8(ascii: "a") && (a | 0x20) <= UInt8(ascii: "z"))
        }
    }
}

extension SignableRequest: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    /// The request line and headers with `Authorization` and `X-Amz-Security-Token` redacted (and
    /// the signature and token of a presigned URL's query), safe for `--debug` output.
    public var description: String {
        var lines = ["\(method) \(SigV4Redaction.redactURL(url))"]
        for (name, value) in headers {
            lines.append("\(name): \(SigV4Redaction.secretHeaders.contains(name.lowercased()) ? "<redacted>" : value)")
        }
        return lines.joined(separator: "\n")
    }

    public var debugDescription: String { description }

    public var customMirror: Mirror {
        Mirror(
            self,
            children: [
                "method": method,
                "url": SigV4Redaction.redactURL(url),
                "headers": headers.map { (name, value) in
                    "\(name): \(SigV4Redaction.secretHeaders.contains(name.lowercased()) ? "<redacted>" : value)"
                },
            ],
            displayStyle: .struct
        )
    }
}
