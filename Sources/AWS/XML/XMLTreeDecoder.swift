import Foundation

/// Decodes `Decodable` values from an `XMLTree`, the way AWS Query and REST-XML answers are laid out.
///
/// A property's coding key names its child element, first letter lowercased (`userName` reads
/// `<UserName>`; see `MemberName`). Lists come in two layouts and both decode
/// into Swift arrays:
/// - wrapped in `member` elements (`<Users><member>…</member></Users>`, every Query API),
///   found automatically;
/// - anything else: write the key as a path `"Wrapper/Item"` for wrapped lists
///   (`"Buckets/Bucket"`), or the plain element name for flattened lists that repeat the element
///   directly (`"Contents"` in S3's ListObjectsV2).
public struct XMLTreeDecoder: Sendable {
    public init() {}

    /// Decodes `type` from the children of `element`.
    public func decode<T: Decodable>(_ type: T.Type, from element: XMLTree) throws -> T {
        try XMLNodesDecoder(nodes: [element], codingPath: [], itemsAreExplicit: true).value(type)
    }

    /// Parses the timestamp forms AWS puts in XML: ISO 8601 with or without fractional seconds.
    static func parseDate(_ text: String) -> Date? {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if let date = try? Date(trimmed, strategy: .iso8601) { return date }
        let fractional = Date.ISO8601FormatStyle(includingFractionalSeconds: true)
        if let date = try? Date(trimmed, strategy: fractional) { return date }
        if let seconds = Double(trimmed) { return Date(timeIntervalSince1970: seconds) }
        return nil
    }
}

/// The decoder for one position in the tree: the elements a coding key matched.
private struct XMLNodesDecoder: Decoder {
    let nodes: [XMLTree]
    let codingPath: [any CodingKey]
    /// True when `nodes` are list items already (a `Wrapper/Item` path, or a single root).
    let itemsAreExplicit: Bool
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    var node: XMLTree? { nodes.first }

    /// Decodes `type`, reading dates from their text rather than through `Date`'s own `Decodable`.
    func value<T: Decodable>(_ type: T.Type) throws -> T {
        if type == Date.self { return try XMLSingleValueContainer(node: node, codingPath: codingPath).decode(type) }
        return try T(from: self)
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard let node else {
            throw DecodingError.valueNotFound(
                [String: String].self,
                .init(codingPath: codingPath, debugDescription: "expected an element")
            )
        }
        return KeyedDecodingContainer(XMLKeyedContainer<Key>(element: node, codingPath: codingPath))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        XMLUnkeyedContainer(items: listItems(), codingPath: codingPath)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        XMLSingleValueContainer(node: node, codingPath: codingPath)
    }

    private func listItems() -> [XMLTree] {
        if itemsAreExplicit && nodes.count != 1 { return nodes }
        if nodes.count == 1, let only = nodes.first {
            if !only.children.isEmpty && only.children.allSatisfy({ $0.name == "member" }) { return only.children }
            if only.children.isEmpty && only.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                return []
            }
        }
        return nodes
    }
}

private struct XMLKeyedContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let element: XMLTree
    let codingPath: [any CodingKey]

    var allKeys: [Key] {
        var seen = Set<String>()
        return element.children.compactMap {
            seen.insert($0.name).inserted ? Key(stringValue: MemberName.propertyName($0.name)) : nil
        }
    }

    /// The elements `key` names: `"A/B"` walks into `A` and takes its `B` children.
    private func nodes(for key: Key) -> (nodes: [XMLTree], explicit: Bool) {
        let parts = key.stringValue.split(separator: "/").map { MemberName.wireName(String($0)) }
        guard parts.count > 1 else { return (element.all(parts.first ?? ""), false) }
        var current = [element]
        for part in parts {
            current = current.flatMap { $0.all(part) }
        }
        return (current, true)
    }

    func contains(_ key: Key) -> Bool {
        let first = key.stringValue.split(separator: "/").first.map(String.init) ?? key.stringValue
        return element[MemberName.wireName(first)] != nil
    }

    func decodeNil(forKey key: Key) throws -> Bool { !contains(key) }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        let (found, explicit) = nodes(for: key)
        if found.isEmpty && !explicit && !(T.self is any XMLEmptyDecodable.Type) {
            throw DecodingError.keyNotFound(
                key,
                .init(codingPath: codingPath, debugDescription: "no <\(MemberName.wireName(key.stringValue))> element")
            )
        }
        return try XMLNodesDecoder(nodes: found, codingPath: codingPath + [key], itemsAreExplicit: explicit).value(
            T.self)
    }

    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
        guard contains(key) else { return nil }
        return try decode(type, forKey: key)
    }

    func nestedContainer<NestedKey: CodingKey>(
        keyedBy type: NestedKey.Type,
        forKey key: Key
    ) throws -> KeyedDecodingContainer<NestedKey> {
        try XMLNodesDecoder(nodes: nodes(for: key).nodes, codingPath: codingPath + [key], itemsAreExplicit: false)
            .container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        let (found, explicit) = nodes(for: key)
        return try XMLNodesDecoder(nodes: found, codingPath: codingPath + [key], itemsAreExplicit: explicit)
            .unkeyedContainer()
    }

    func superDecoder() throws -> any Decoder {
        XMLNodesDecoder(nodes: [element], codingPath: codingPath, itemsAreExplicit: false)
    }

    func superDecoder(forKey key: Key) throws -> any Decoder {
        XMLNodesDecoder(nodes: nodes(for: key).nodes, codingPath: codingPath + [key], itemsAreExplicit: false)
    }
}

/// Arrays may be absent from an XML answer and still mean "no items".
private protocol XMLEmptyDecodable {}
extension Array: XMLEmptyDecodable {}

private struct XMLUnkeyedContainer: UnkeyedDecodingContainer {
    let items: [XMLTree]
    let codingPath: [any CodingKey]
    var currentIndex = 0

    init(items: [XMLTree], codingPath: [any CodingKey]) {
        self.items = items
        self.codingPath = codingPath
    }

    var count: Int? { items.count }
    var isAtEnd: Bool { currentIndex >= items.count }

    mutating func decodeNil() throws -> Bool { false }

    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
        guard !isAtEnd else {
            throw DecodingError.valueNotFound(type, .init(codingPath: codingPath, debugDescription: "list ended"))
        }
        let item = items[currentIndex]
        currentIndex += 1
        return try XMLNodesDecoder(nodes: [item], codingPath: codingPath, itemsAreExplicit: false).value(T.self)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<
        NestedKey
    > {
        let item = items[currentIndex]
        currentIndex += 1
        return try XMLNodesDecoder(nodes: [item], codingPath: codingPath, itemsAreExplicit: false).container(
            keyedBy: type)
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        let item = items[currentIndex]
        currentIndex += 1
        return try XMLNodesDecoder(nodes: [item], codingPath: codingPath, itemsAreExplicit: false).unkeyedContainer()
    }

    mutating func superDecoder() throws -> any Decoder {
        XMLNodesDecoder(nodes: items, codingPath: codingPath, itemsAreExplicit: true)
    }
}

private struct XMLSingleValueContainer: SingleValueDecodingContainer {
    let node: XMLTree?
    let codingPath: [any CodingKey]

    private func text<T>(_ type: T.Type) throws -> String {
        guard let node else {
            throw DecodingError.valueNotFound(type, .init(codingPath: codingPath, debugDescription: "element missing"))
        }
        return node.text.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    private func mismatch<T>(_ type: T.Type, _ text: String) -> DecodingError {
        DecodingError.typeMismatch(
            type, .init(codingPath: codingPath, debugDescription: "cannot read '\(text)' as \(type)"))
    }

    func decodeNil() -> Bool { node == nil }

    func decode(_ type: Bool.Type) throws -> Bool {
        let value = try text(type)
        switch value.lowercased() {
        case "true": return true
        case "false": return false
        default: throw mismatch(type, value)
        }
    }

    func decode(_ type: String.Type) throws -> String {
        guard let node else {
            throw DecodingError.valueNotFound(type, .init(codingPath: codingPath, debugDescription: "element missing"))
        }
        return node.text
    }

    func decode(_ type: Double.Type) throws -> Double {
        let value = try text(type)
        guard let number = Double(value) else { throw mismatch(type, value) }
        return number
    }

    func decode(_ type: Float.Type) throws -> Float { Float(try decode(Double.self)) }

    private func integer<T: FixedWidthInteger>(_ type: T.Type) throws -> T {
        let value = try text(type)
        guard let number = T(value) else { throw mismatch(type, value) }
        return number
    }

    func decode(_ type: Int.Type) throws -> Int { try integer(type) }
    func decode(_ type: Int8.Type) throws -> Int8 { try integer(type) }
    func decode(_ type: Int16.Type) throws -> Int16 { try integer(type) }
    func decode(_ type: Int32.Type) throws -> Int32 { try integer(type) }
    func decode(_ type: Int64.Type) throws -> Int64 { try integer(type) }
    func decode(_ type: UInt.Type) throws -> UInt { try integer(type) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try integer(type) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try integer(type) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try integer(type) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try integer(type) }

    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        if type == Date.self {
            let value = try text(type)
            guard let date = XMLTreeDecoder.parseDate(value) else { throw mismatch(type, value) }
            guard let typed = date as? T else { throw mismatch(type, value) }
            return typed
        }
        return try T(
            from: XMLNodesDecoder(nodes: node.map { [$0] } ?? [], codingPath: codingPath, itemsAreExplicit: false))
    }
}
