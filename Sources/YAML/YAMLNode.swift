public import Support

/// One node of a YAML document, with the place it was written.
///
/// The tree keeps what a strict reader needs and a generic one throws away: the scalar style
/// and tag (so a quoted `"true"` stays text), mapping keys in the order written, and a 1-based
/// line and column on every node so errors can point at the exact token.
public struct YAMLNode: Sendable, Hashable {
    /// What the node holds.
    public enum Content: Sendable, Hashable {
        /// A single value, as written.
        case scalar(Scalar)
        /// A list, in order.
        case sequence([YAMLNode])
        /// Key/value pairs in the order written; keys are unique by text (duplicates are rejected).
        case mapping([Pair])
    }

    public var content: Content
    /// Where the node starts: the first character of a scalar, the `-`, `[`, `{` or first key
    /// of a collection.
    public var location: SourceLocation
    /// The explicit tag, resolved to its full form (`tag:yaml.org,2002:str` for `!!str`), or nil.
    public var tag: String?

    public init(_ content: Content, at location: SourceLocation, tag: String? = nil) {
        self.content = content
        self.location = location
        self.tag = tag
    }

    /// The scalar, when this node is one.
    public var scalar: Scalar? {
        if case .scalar(let scalar) = content { return scalar }
        return nil
    }

    /// The items, when this node is a sequence.
    public var sequence: [YAMLNode]? {
        if case .sequence(let items) = content { return items }
        return nil
    }

    /// The key/value pairs in the order written, when this node is a mapping.
    public var mapping: [Pair]? {
        if case .mapping(let pairs) = content { return pairs }
        return nil
    }

    /// True for an empty value or an explicit null (`~`, `null`), plain and untagged.
    public var isNull: Bool { scalar?.isNull ?? false }

    /// The value of `key` in a mapping, matching scalar keys by their text.
    public subscript(key: String) -> YAMLNode? {
        mapping?.first { $0.key.scalar?.value == key }?.value
    }

    /// A short phrase for error messages: "a mapping", "a list", "the number 3", "the text 'x'".
    public var kindDescription: String {
        switch content {
        case .mapping: "a mapping"
        case .sequence: "a list"
        case .scalar(let scalar): scalar.kindDescription
        }
    }

    /// The number of nodes in this subtree, including itself.
    public var nodeCount: Int {
        switch content {
        case .scalar: 1
        case .sequence(let items): items.reduce(1) { $0 + $1.nodeCount }
        case .mapping(let pairs): pairs.reduce(1) { $0 + $1.key.nodeCount + $1.value.nodeCount }
        }
    }
}
