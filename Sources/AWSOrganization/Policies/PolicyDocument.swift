/// An IAM-grammar policy document (`Version` 2012-10-17) as a value.
///
/// Groundwork builds every policy it deploys as one of these, so the same document can be
/// compared with what AWS holds, measured against AWS's size limits and printed for review.
/// `minifiedJSON` is deterministic: equal documents give byte-identical text.
public struct PolicyDocument: Sendable, Hashable {
    /// The only policy language version Groundwork writes; older versions lack policy variables.
    public static let version = "2012-10-17"

    /// Optional policy `Id` (used by some resource policies).
    public var id: String?
    public var statements: [PolicyStatement]

    public init(id: String? = nil, statements: [PolicyStatement]) {
        self.id = id
        self.statements = statements
    }

    /// The document as compact JSON: no whitespace outside strings, keys in a fixed order.
    ///
    /// This is what Groundwork sends to AWS, because the Organizations API counts the document
    /// exactly as sent (whitespace included) against the SCP size limit.
    public var minifiedJSON: String { JSONText.render(jsonValue, pretty: false) }

    /// The same document indented by two spaces, for plans and reviews.
    public var prettyJSON: String { JSONText.render(jsonValue, pretty: true) }

    /// Size as AWS measures it for the SCP limit: UTF-8 bytes of the minified text.
    public var byteCount: Int { minifiedJSON.utf8.count }
}
