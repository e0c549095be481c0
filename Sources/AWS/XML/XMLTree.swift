public import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// An XML element with its children and text: the shape AWS Query and REST-XML answers take.
///
/// Namespaces are dropped from names (`s3:Bucket` reads as `Bucket`) because AWS documents use
/// one default namespace and callers match on local names.
public struct XMLTree: Sendable, Hashable {
    public var name: String
    public var attributes: [String: String]
    public var children: [XMLTree]
    /// The element's own character data, trimmed when it has child elements.
    public var text: String

    public init(name: String, attributes: [String: String] = [:], children: [XMLTree] = [], text: String = "") {
        self.name = name
        self.attributes = attributes
        self.children = children
        self.text = text
    }

    /// Parses `data` as one XML document.
    ///
    /// - Throws: `XMLParseError` naming the line and column where the document broke.
    public init(parsing data: Data) throws(XMLParseError) {
        let builder = TreeBuilder()
        let parser = XMLParser(data: data)
        parser.shouldProcessNamespaces = false
        parser.shouldResolveExternalEntities = false
        parser.delegate = builder
        let ok = parser.parse()
        guard ok, let root = builder.root else {
            let reason = parser.parserError.map { "\($0.localizedDescription)" } ?? "the document has no root element"
            throw XMLParseError(line: parser.lineNumber, column: parser.columnNumber, reason: reason)
        }
        self = root
    }

    /// The first child element named `name`.
    public subscript(_ name: String) -> XMLTree? {
        children.first { $0.name == name }
    }

    /// Every child element named `name`, in document order.
    public func all(_ name: String) -> [XMLTree] {
        children.filter { $0.name == name }
    }

    /// The first element named `name` anywhere below this one (depth first), including itself.
    public func first(named name: String) -> XMLTree? {
        if self.name == name { return self }
        for child in children {
            if let found = child.first(named: name) { return found }
        }
        return nil
    }

    /// The text of the child `name`, when present.
    public func string(_ name: String) -> String? { self[name]?.text }
}

/// A document that is not well-formed XML.
public struct XMLParseError: Error, Sendable, Hashable, CustomStringConvertible {
    public var line: Int
    public var column: Int
    public var reason: String

    public var description: String { "malformed XML at line \(line), column \(column): \(reason)" }
}

/// Collects `XMLParser` callbacks into an `XMLTree`; used by one parse on one thread.
private final class TreeBuilder: NSObject, XMLParserDelegate {
    private var stack: [XMLTree] = []
    private var texts: [String] = []
    var root: XMLTree?

    private static func localName(_ name: String) -> String {
        guard let colon = name.lastIndex(of: ":") else { return name }
        return String(name[name.index(after: colon)...])
    }

    func parser(
        _ parser: XMLParser,
        didStartElement elementName: String,
        namespaceURI: String?,
        qualifiedName qName: String?,
        attributes attributeDict: [String: String] = [:]
    ) {
        stack.append(XMLTree(name: Self.localName(elementName), attributes: attributeDict))
        texts.append("")
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        guard !texts.isEmpty else { return }
        texts[texts.count - 1] += string
    }

    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
        guard !texts.isEmpty else { return }
        texts[texts.count - 1] += String(decoding: CDATABlock, as: UTF8.self)
    }

    func parser(
        _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?
    ) {
        guard var element = stack.popLast(), let text = texts.popLast() else { return }
        element.text = element.children.isEmpty ? text : text.trimmingCharacters(in: .whitespacesAndNewlines)
        if stack.isEmpty {
            root = element
        } else {
            stack[stack.count - 1].children.append(element)
        }
    }
}
