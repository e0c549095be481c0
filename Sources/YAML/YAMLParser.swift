internal import CYAML
public import Support

/// Reads one YAML document into a ``YAMLNode`` tree with a line and column on every node.
///
/// A `final class` because it owns libyaml's parser state and a copy of the input that libyaml
/// reads from; both are freed in `deinit`. libyaml reports events and accepts duplicate keys; this
/// type builds the tree itself so it can reject what a configuration file must never contain:
/// duplicate keys (reported with both positions), nesting deeper than ``Limits/maxDepth``,
/// aliases that expand past ``Limits/maxAliasNodes`` ("billion laughs"), inputs larger than
/// ``Limits/maxBytes``, and a second document in the stream.
///
/// Related libyaml documentation: <https://pyyaml.org/wiki/LibYAML>.
public final class YAMLParser {
    private let parser: UnsafeMutablePointer<yaml_parser_t>
    private let input: UnsafeMutableBufferPointer<UInt8>
    private let initialized: Bool
    private let inputCount: Int
    private let file: String
    private let limits: Limits

    private init(_ text: String, file: String, limits: Limits) {
        self.file = file
        self.limits = limits
        let bytes = Array(text.utf8)
        inputCount = bytes.count
        input = .allocate(capacity: max(bytes.count, 1))
        _ = input.initialize(from: bytes)
        parser = .allocate(capacity: 1)
        initialized = yaml_parser_initialize(parser) != 0
        if initialized {
            yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING)
            yaml_parser_set_input_string(parser, input.baseAddress, bytes.count)
        }
    }

    deinit {
        if initialized { yaml_parser_delete(parser) }
        parser.deallocate()
        input.deallocate()
    }

    /// Parses `text` as a single YAML document.
    ///
    /// - Parameters:
    ///   - text: The YAML source.
    ///   - file: The path shown in locations and diagnostics.
    ///   - limits: Bounds for hostile input; ``Limits/default`` suits configuration files.
    /// - Returns: The document's root node, or nil when the stream holds no document (an empty
    ///   file or only comments).
    /// - Throws: ``DiagnosticsError`` with the first syntax or limit problem (including a second
    ///   document), or with every duplicate key in the document.
    public static func parse(
        _ text: String,
        file: String,
        limits: Limits = .default
    ) throws(DiagnosticsError) -> YAMLNode? {
        try parse(text, file: file, limits: limits, multipleDocuments: false).first
    }

    /// Parses every document in a stream separated by `---`, for formats that use several
    /// (Sigma rule collections). Limits apply to the stream as a whole.
    ///
    /// - Parameters:
    ///   - text: The YAML source.
    ///   - file: The path shown in locations and diagnostics.
    ///   - limits: Bounds for hostile input.
    /// - Returns: The root of each document, in order; empty documents are skipped.
    /// - Throws: ``DiagnosticsError`` with the first syntax or limit problem, or with every
    ///   duplicate key.
    public static func parseDocuments(
        _ text: String,
        file: String,
        limits: Limits = .default
    ) throws(DiagnosticsError) -> [YAMLNode] {
        try parse(text, file: file, limits: limits, multipleDocuments: true).filter { !$0.isNull }
    }

    private static func parse(
        _ text: String,
        file: String,
        limits: Limits,
        multipleDocuments: Bool
    ) throws(DiagnosticsError) -> [YAMLNode] {
        let byteCount = text.utf8.count
        guard byteCount <= limits.maxBytes else {
            throw DiagnosticsError([
                Diagnostic(
                    .error,
                    "input is \(byteCount) bytes, more than the \(limits.maxBytes)-byte limit; "
                        + "split it or check that this is the right file",
                    at: SourceLocation(file: file, line: 1, column: 1)
                )
            ])
        }
        return try YAMLParser(text, file: file, limits: limits).run(multipleDocuments: multipleDocuments)
    }

    // MARK: - Building the tree

    /// A collection still being read.
    private struct Frame {
        var isMapping: Bool
        var location: SourceLocation
        var tag: String?
        var anchor: String?
        var items: [YAMLNode] = []
        var pairs: [YAMLNode.Pair] = []
        var pendingKey: YAMLNode?
        var seenKeys: [String: SourceLocation] = [:]
    }

    private struct Anchored {
        var node: YAMLNode
        var count: Int
        var height: Int
    }

    private struct Stop: Error {
        var diagnostic: Diagnostic
    }

    private func run(multipleDocuments: Bool) throws(DiagnosticsError) -> [YAMLNode] {
        guard initialized else {
            throw DiagnosticsError([Diagnostic(.error, "could not start the YAML parser (out of memory)", at: nil)])
        }
        var state = BuildState()
        state.multipleDocuments = multipleDocuments
        do {
            try readEvents(into: &state)
        } catch {
            throw DiagnosticsError([error.diagnostic])
        }
        if !state.duplicates.isEmpty { throw DiagnosticsError(state.duplicates) }
        return state.roots
    }

    private struct BuildState {
        var stack: [Frame] = []
        var roots: [YAMLNode] = []
        var multipleDocuments = false
        var anchors: [String: Anchored] = [:]
        var documents = 0
        var nodes = 0
        var aliasNodes = 0
        var duplicates: [Diagnostic] = []
    }

    private func location(_ mark: yaml_mark_t) -> SourceLocation {
        SourceLocation(file: file, line: Int(mark.line) + 1, column: Int(mark.column) + 1)
    }

    /// The line and column of the byte at `offset` in the input.
    private func location(ofByte offset: Int) -> SourceLocation {
        let bytes = UnsafeBufferPointer(start: input.baseAddress, count: min(max(offset, 0), inputCount))
        let line = bytes.reduce(1) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
        let lineStart = (bytes.lastIndex(of: UInt8(ascii: "\n")) ?? -1) + 1
        let scalars = bytes[lineStart...].reduce(0) { $1 & 0xC0 == 0x80 ? $0 : $0 + 1 }
        return SourceLocation(file: file, line: line, column: scalars + 1)
    }

    /// `location`, or the end of the last line when it lies past it. At the end of a file without a
    /// final newline, libyaml reports problems on the line after the last one, which editors cannot
    /// show.
    private func clampedToInput(_ location: SourceLocation) -> SourceLocation {
        let bytes = UnsafeBufferPointer(start: input.baseAddress, count: inputCount)
        guard let last = bytes.last, last != UInt8(ascii: "\n") else { return location }
        let lastLine = bytes.reduce(1) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
        guard location.line > lastLine else { return location }
        let lineStart = (bytes.lastIndex(of: UInt8(ascii: "\n")) ?? -1) + 1
        // Count Unicode scalars: every byte that is not a UTF-8 continuation byte starts one.
        let scalars = bytes[lineStart...].reduce(0) { $1 & 0xC0 == 0x80 ? $0 : $0 + 1 }
        return SourceLocation(file: location.file, line: lastLine, column: scalars + 1)
    }

    private func text(_ pointer: UnsafeMutablePointer<yaml_char_t>?, count: Int? = nil) -> String? {
        guard let pointer else { return nil }
        if let count {
            return String(decoding: UnsafeBufferPointer(start: pointer, count: count), as: UTF8.self)
        }
        return String(cString: UnsafeRawPointer(pointer).assumingMemoryBound(to: CChar.self))
    }

    private func refuse(_ message: String, at location: SourceLocation) -> Stop {
        Stop(diagnostic: Diagnostic(.error, message, at: location))
    }

    private func syntaxError() -> Stop {
        let problem = parser.pointee.problem.map { String(cString: $0) } ?? "unknown problem"
        var message = "invalid YAML: \(problem)"
        if let context = parser.pointee.context.map({ String(cString: $0) }) {
            let mark = parser.pointee.context_mark
            message += " (\(context) at line \(mark.line + 1), column \(mark.column + 1))"
        }
        let mark = parser.pointee.problem_mark
        if parser.pointee.error == YAML_READER_ERROR {
            // Reader errors (bad encoding, control characters) carry a byte offset, not a mark.
            return refuse(message, at: location(ofByte: Int(parser.pointee.problem_offset)))
        }
        return refuse(message, at: clampedToInput(location(mark)))
    }

    private func readEvents(into state: inout BuildState) throws(Stop) {
        var event = yaml_event_t()
        while true {
            guard yaml_parser_parse(parser, &event) != 0 else { throw syntaxError() }
            defer { yaml_event_delete(&event) }
            let start = location(event.start_mark)
            switch event.type {
            case YAML_STREAM_END_EVENT:
                return
            case YAML_DOCUMENT_START_EVENT:
                state.documents += 1
                state.anchors = [:]  // anchors are scoped to their document
                if state.documents > 1, !state.multipleDocuments {
                    throw refuse(
                        "a second YAML document starts here; only one document is accepted, so remove the '---' and what follows or move it to its own file",
                        at: start
                    )
                }
            case YAML_SCALAR_EVENT:
                let data = event.data.scalar
                let scalar = YAMLNode.Scalar(
                    text(data.value, count: Int(data.length)) ?? "",
                    style: style(data.style),
                    tag: text(data.tag)
                )
                let node = YAMLNode(.scalar(scalar), at: start, tag: scalar.tag)
                try count(nodes: 1, in: &state, at: start)
                if let anchor = text(data.anchor) {
                    state.anchors[anchor] = Anchored(node: node, count: 1, height: 0)
                }
                try add(node, to: &state)
            case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                let isMapping = event.type == YAML_MAPPING_START_EVENT
                guard state.stack.count < limits.maxDepth else {
                    throw refuse("nesting deeper than \(limits.maxDepth) levels is refused", at: start)
                }
                try count(nodes: 1, in: &state, at: start)
                let anchor = isMapping ? text(event.data.mapping_start.anchor) : text(event.data.sequence_start.anchor)
                let tag = isMapping ? text(event.data.mapping_start.tag) : text(event.data.sequence_start.tag)
                state.stack.append(Frame(isMapping: isMapping, location: start, tag: tag, anchor: anchor))
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                guard let frame = state.stack.popLast() else { continue }
                let node = YAMLNode(
                    frame.isMapping ? .mapping(frame.pairs) : .sequence(frame.items), at: frame.location, tag: frame.tag
                )
                if let anchor = frame.anchor {
                    state.anchors[anchor] = Anchored(node: node, count: node.nodeCount, height: Self.height(of: node))
                }
                try add(node, to: &state)
            case YAML_ALIAS_EVENT:
                let name = text(event.data.alias.anchor) ?? ""
                guard let anchored = state.anchors[name] else {
                    throw refuse(
                        "alias '*\(name)' refers to no anchor defined before it; define '&\(name)' first", at: start)
                }
                state.aliasNodes += anchored.count
                guard state.aliasNodes <= limits.maxAliasNodes else {
                    throw refuse(
                        "aliases expand to more than \(limits.maxAliasNodes) nodes; this looks like an alias bomb and is refused",
                        at: start
                    )
                }
                guard state.stack.count + anchored.height <= limits.maxDepth else {
                    throw refuse(
                        "alias '*\(name)' nests deeper than \(limits.maxDepth) levels and is refused", at: start)
                }
                try count(nodes: anchored.count, in: &state, at: start)
                var copy = anchored.node
                copy.location = start
                try add(copy, to: &state)
            default:
                continue
            }
        }
    }

    private func count(nodes: Int, in state: inout BuildState, at location: SourceLocation) throws(Stop) {
        state.nodes += nodes
        guard state.nodes <= limits.maxNodes else {
            throw refuse("the document has more than \(limits.maxNodes) nodes and is refused", at: location)
        }
    }

    private func add(_ node: YAMLNode, to state: inout BuildState) throws(Stop) {
        guard var frame = state.stack.popLast() else {
            state.roots.append(node)
            return
        }
        defer { state.stack.append(frame) }
        guard frame.isMapping else {
            frame.items.append(node)
            return
        }
        guard let key = frame.pendingKey else {
            if let text = node.scalar?.value {
                if let first = frame.seenKeys[text] {
                    state.duplicates.append(
                        Diagnostic(
                            .error,
                            "duplicate key '\(text)'; it is already defined at \(first.line):\(first.column), so keep one of the two",
                            at: node.location
                        )
                    )
                } else {
                    frame.seenKeys[text] = node.location
                }
            }
            frame.pendingKey = node
            return
        }
        frame.pairs.append(YAMLNode.Pair(key: key, value: node))
        frame.pendingKey = nil
    }

    private static func height(of node: YAMLNode) -> Int {
        switch node.content {
        case .scalar: 0
        case .sequence(let items): 1 + (items.map(height(of:)).max() ?? 0)
        case .mapping(let pairs): 1 + (pairs.map { max(height(of: $0.key), height(of: $0.value)) }.max() ?? 0)
        }
    }

    private func style(_ style: yaml_scalar_style_t) -> YAMLNode.Scalar.Style {
        switch style {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: .literal
        case YAML_FOLDED_SCALAR_STYLE: .folded
        default: .plain
        }
    }
}
