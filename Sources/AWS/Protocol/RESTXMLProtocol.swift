import Foundation

/// Helpers for REST-XML operations (S3): URI labels, XML bodies, header values.
public enum RESTXMLProtocol {
    /// Percent-encodes one URI label; with `keepSlashes`, a greedy label such as an S3 key (`{Key+}`).
    public static func encodeLabel(_ value: String, keepSlashes: Bool = false) -> String {
        let encoded = QueryEncoder.formEncode(value)
        return keepSlashes ? encoded.replacingOccurrences(of: "%2F", with: "/") : encoded
    }

    /// Decodes `Output` from the root element of an XML body.
    public static func decodeBody<Output: Decodable>(_ type: Output.Type, from response: HTTPResponse) throws -> Output
    {
        try XMLTreeDecoder().decode(type, from: XMLTree(parsing: response.body))
    }

    /// Appends `(name, value)` to `query` when `value` is present.
    public static func add(
        _ name: String, _ value: (some CustomStringConvertible)?, to query: inout [(name: String, value: String)]
    ) {
        if let value { query.append((name: name, value: value.description)) }
    }

    /// Escapes text for an XML element body.
    public static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
