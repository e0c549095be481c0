/// One attribute of a resource, typed just enough to compare and show.
///
/// Documents (policy JSON) compare by their canonical form, so a provider's re-spaced or
/// re-ordered copy of the document we wrote is not reported as a change. Lists compare in order:
/// a provider sorts lists whose order does not matter (policy names, regions) before handing
/// them over.
public enum AttributeValue: Sendable, Hashable, Codable, CustomStringConvertible {
    case string(String)
    case int(Int)
    case bool(Bool)
    case list([AttributeValue])
    /// JSON text, compared canonically (key order and whitespace do not matter).
    case document(String)

    public static func == (lhs: AttributeValue, rhs: AttributeValue) -> Bool {
        switch (lhs, rhs) {
        case (.string(let a), .string(let b)): a == b
        case (.int(let a), .int(let b)): a == b
        case (.bool(let a), .bool(let b)): a == b
        case (.list(let a), .list(let b)): a == b
        case (.document, .document): lhs.canonicalDocument == rhs.canonicalDocument
        default: false
        }
    }

    public func hash(into hasher: inout Hasher) {
        switch self {
        case .string(let value): hasher.combine(0); hasher.combine(value)
        case .int(let value): hasher.combine(1); hasher.combine(value)
        case .bool(let value): hasher.combine(2); hasher.combine(value)
        case .list(let value): hasher.combine(3); hasher.combine(value)
        case .document: hasher.combine(4); hasher.combine(canonicalDocument)
        }
    }

    /// For a document: its canonical JSON, or the text itself when it is not valid JSON.
    var canonicalDocument: String? {
        guard case .document(let text) = self else { return nil }
        return CanonicalJSON.canonical(text) ?? text
    }

    /// The same value with every document replaced by its canonical text, for fingerprints.
    var canonicalized: AttributeValue {
        switch self {
        case .document: .document(canonicalDocument ?? "")
        case .list(let items): .list(items.map(\.canonicalized))
        default: self
        }
    }

    /// A short human form: strings quoted, lists bracketed, documents summarized by size.
    public var description: String {
        switch self {
        case .string(let value): "\"\(value)\""
        case .int(let value): String(value)
        case .bool(let value): value ? "true" : "false"
        case .list(let items): "[" + items.map(\.description).joined(separator: ", ") + "]"
        case .document: "(document, \(canonicalDocument?.utf8.count ?? 0) bytes)"
        }
    }

    private enum CodingKeys: String, CodingKey {
        case string, int, bool, list, document
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        guard let key = container.allKeys.first, container.allKeys.count == 1 else {
            throw DecodingError.dataCorrupted(
                .init(
                    codingPath: decoder.codingPath,
                    debugDescription: "an attribute value has exactly one of string, int, bool, list, document"))
        }
        switch key {
        case .string: self = .string(try container.decode(String.self, forKey: key))
        case .int: self = .int(try container.decode(Int.self, forKey: key))
        case .bool: self = .bool(try container.decode(Bool.self, forKey: key))
        case .list: self = .list(try container.decode([AttributeValue].self, forKey: key))
        case .document: self = .document(try container.decode(String.self, forKey: key))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .string(let value): try container.encode(value, forKey: .string)
        case .int(let value): try container.encode(value, forKey: .int)
        case .bool(let value): try container.encode(value, forKey: .bool)
        case .list(let value): try container.encode(value, forKey: .list)
        case .document(let value): try container.encode(value, forKey: .document)
        }
    }
}
