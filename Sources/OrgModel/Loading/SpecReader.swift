import Support
import YAML

/// Walks a parsed spec, builds the model and collects every problem on the way.
///
/// Reading never stops at the first problem: each section is read as far as it can be, names are
/// registered even when their entry is faulty (so one typo does not cascade into "undefined"
/// errors elsewhere), and references are resolved at the end against everything declared.
struct SpecReader {
    let file: String
    private(set) var diagnostics: [Diagnostic] = []
    var sourceMap = SourceMap()
    var references: [Reference] = []
    var declared: [Reference.Kind: [String]] = [:]
    /// Sections that could not be read at all; references into them are not reported.
    var unreadable: Set<Reference.Kind> = []
    /// Keys suggested for a misspelt key, by mapping path, so the misspelling is reported once
    /// instead of again as a missing required key.
    var suggested: [String: Set<String>] = [:]

    init(file: String) {
        self.file = file
    }

    /// A name used somewhere that must be declared somewhere else.
    struct Reference {
        enum Kind: Hashable {
            case unit, account, person, group, profile

            var noun: String {
                switch self {
                case .unit: "unit"
                case .account: "account"
                case .person: "person"
                case .group: "group"
                case .profile: "profile"
                }
            }

            var section: String {
                switch self {
                case .unit: "units"
                case .account: "accounts"
                case .person: "people"
                case .group: "identity.groups"
                case .profile: "identity.profiles"
                }
            }
        }

        var kind: Kind
        var name: String
        var path: String
        var location: SourceLocation
    }

    /// An entry of a mapping keyed by name (`accounts`, `people`, `identity.groups` …).
    struct Entry {
        var name: String
        var key: YAMLNode
        var value: YAMLNode
    }

    // MARK: - Reporting

    mutating func fail(_ message: String, at location: SourceLocation) {
        diagnostics.append(Diagnostic(.error, message, at: location))
    }

    mutating func record(_ path: String, _ node: YAMLNode) {
        sourceMap.record(path, node.location)
    }

    func describe(_ path: String) -> String {
        path.isEmpty ? "at the top level" : "in \(path)"
    }

    func join(_ path: String, _ key: String) -> String {
        path.isEmpty ? key : "\(path).\(key)"
    }

    // MARK: - Shapes

    /// The pairs of a mapping keyed by text, after reporting unknown keys (with a suggestion) and
    /// keys that are not text. A null value counts as an empty mapping.
    mutating func fields(of node: YAMLNode, at path: String, allowed: [String]) -> [String: YAMLNode.Pair]? {
        if node.isNull { return [:] }
        guard let pairs = node.mapping else {
            let subject = path.isEmpty ? "the spec" : path
            fail("\(subject) must be a mapping of keys to values, found \(node.kindDescription)", at: node.location)
            return nil
        }
        var result: [String: YAMLNode.Pair] = [:]
        for pair in pairs {
            guard let key = pair.key.scalar?.value, !pair.key.isNull else {
                fail("keys \(describe(path)) must be text, found \(pair.key.kindDescription)", at: pair.key.location)
                continue
            }
            guard allowed.contains(key) else {
                var message = "unknown key '\(key)' \(describe(path))"
                if let suggestion = Spelling.suggestion(for: key, among: allowed) {
                    message += "; did you mean '\(suggestion)'?"
                    suggested[path, default: []].insert(suggestion)
                } else if allowed.isEmpty {
                    message += "; it takes no keys, so write {}"
                } else {
                    message += "; expected one of \(allowed.joined(separator: ", "))"
                }
                fail(message, at: pair.key.location)
                continue
            }
            result[key] = pair
        }
        return result
    }

    /// The entries of a mapping keyed by name; a null value counts as no entries.
    mutating func entries(of node: YAMLNode, at path: String) -> [Entry]? {
        if node.isNull { return [] }
        guard let pairs = node.mapping else {
            fail("\(path) must be a mapping of names to entries, found \(node.kindDescription)", at: node.location)
            return nil
        }
        var result: [Entry] = []
        for pair in pairs {
            guard let name = pair.key.scalar?.value, !name.isEmpty, !pair.key.isNull else {
                fail("names in \(path) must be text, found \(pair.key.kindDescription)", at: pair.key.location)
                continue
            }
            result.append(Entry(name: name, key: pair.key, value: pair.value))
        }
        return result
    }

    mutating func missing(_ key: String, in path: String, at location: SourceLocation) {
        guard suggested[path]?.contains(key) != true else { return }
        fail("missing required key '\(key)' \(describe(path))", at: location)
    }

    // MARK: - Values

    mutating func string(_ node: YAMLNode, at path: String) -> String? {
        guard let scalar = node.scalar else {
            fail("\(path) must be text, found \(node.kindDescription)", at: node.location)
            return nil
        }
        if scalar.isNull {
            fail("\(path) is empty; give it a value", at: node.location)
            return nil
        }
        guard let text = scalar.string else {
            fail(
                "\(path) must be text, found \(scalar.kindDescription); quote it if you mean the text",
                at: node.location)
            return nil
        }
        guard !text.isEmpty else {
            fail("\(path) is empty; give it a value", at: node.location)
            return nil
        }
        return text
    }

    /// The raw text of any non-empty scalar, for values with their own syntax (`8h`, `7y`), so
    /// that `session: 90` is reported as a bad duration rather than as a number.
    mutating func token(_ node: YAMLNode, at path: String) -> String? {
        guard let scalar = node.scalar, !scalar.isNull, scalar.bool == nil else { return string(node, at: path) }
        return scalar.value
    }

    mutating func bool(_ node: YAMLNode, at path: String) -> Bool? {
        if let value = node.scalar?.bool { return value }
        var message = "\(path) must be true or false, found \(node.kindDescription)"
        if let scalar = node.scalar, !scalar.isPlainUntagged, ["true", "false"].contains(scalar.value.lowercased()) {
            message += "; remove the quotes"
        }
        fail(message, at: node.location)
        return nil
    }

    /// The items of a list; a null value counts as an empty list.
    mutating func list(_ node: YAMLNode, at path: String) -> [YAMLNode]? {
        if node.isNull { return [] }
        guard let items = node.sequence else {
            fail(
                "\(path) must be a list, found \(node.kindDescription); write [a, b] or one '- item' per line",
                at: node.location)
            return nil
        }
        return items
    }

    /// A list of distinct texts, each paired with its index and node; each item's location is
    /// recorded as `<path>[<index>]`.
    mutating func strings(_ node: YAMLNode, at path: String) -> [(index: Int, text: String, node: YAMLNode)]? {
        guard let items = list(node, at: path) else { return nil }
        var result: [(index: Int, text: String, node: YAMLNode)] = []
        var seen: [String: SourceLocation] = [:]
        for (index, item) in items.enumerated() {
            record("\(path)[\(index)]", item)
            guard let text = string(item, at: "\(path)[\(index)]") else { continue }
            if let first = seen[text] {
                fail(
                    "\(path)[\(index)] '\(text)' is listed twice (first at \(first.line):\(first.column)); remove one",
                    at: item.location)
                continue
            }
            seen[text] = item.location
            result.append((index, text, item))
        }
        return result
    }

    /// One of a fixed set of values, with a suggestion and the full list when it is not.
    mutating func choice<Value: RawRepresentable & CaseIterable>(_ node: YAMLNode, at path: String, noun: String)
        -> Value?
    where Value.RawValue == String {
        guard let text = string(node, at: path) else { return nil }
        if let value = Value(rawValue: text) { return value }
        let valid = Value.allCases.map(\.rawValue)
        var message = "\(path) '\(text)' is not a valid \(noun); expected one of \(valid.joined(separator: ", "))"
        if let suggestion = Spelling.suggestion(for: text, among: valid) {
            message =
                "\(path) '\(text)' is not a valid \(noun); did you mean '\(suggestion)'? (expected one of \(valid.joined(separator: ", ")))"
        }
        fail(message, at: node.location)
        return nil
    }

    // MARK: - Names

    /// Checks a declared name (account, person, group, local user: 64 characters; profile: 32).
    mutating func checkName(_ entry: Entry, noun: String, maxLength: Int = 64) {
        let allowedPunctuation = Set("._-@+=,")
        let valid = entry.name.allSatisfy {
            ($0.isASCII && ($0.isLetter || $0.isNumber)) || allowedPunctuation.contains($0)
        }
        let first = entry.name.first.map { $0.isASCII && ($0.isLetter || $0.isNumber) } ?? false
        if !valid || !first {
            fail(
                "\(noun) name '\(entry.name)' must start with a letter or digit and use only letters, digits and . _ - @ + = ,",
                at: entry.key.location
            )
        } else if entry.name.count > maxLength {
            fail("\(noun) name '\(entry.name)' is longer than \(maxLength) characters", at: entry.key.location)
        }
    }

    mutating func checkEmail(_ email: String, at path: String, node: YAMLNode, maxLength: Int = 254) {
        let parts = email.split(separator: "@", omittingEmptySubsequences: false)
        let valid =
            parts.count == 2 && !parts[0].isEmpty && parts[1].contains(".") && !parts[1].hasPrefix(".")
            && !parts[1].hasSuffix(".") && !email.contains(where: \.isWhitespace)
        if !valid {
            fail("\(path) '\(email)' is not an email address", at: node.location)
        } else if email.count > maxLength {
            fail("\(path) '\(email)' is longer than \(maxLength) characters", at: node.location)
        }
    }

    // MARK: - References

    mutating func declare(_ kind: Reference.Kind, _ name: String) {
        declared[kind, default: []].append(name)
    }

    mutating func refer(to kind: Reference.Kind, _ name: String, at path: String, node: YAMLNode) {
        references.append(Reference(kind: kind, name: name, path: path, location: node.location))
    }

    mutating func resolveReferences() {
        var sets: [Reference.Kind: Set<String>] = [:]
        for (kind, names) in declared { sets[kind] = Set(names) }
        for reference in references where !unreadable.contains(reference.kind) {
            guard sets[reference.kind]?.contains(reference.name) != true else { continue }
            var message = "\(reference.path) '\(reference.name)' is not a declared \(reference.kind.noun)"
            if let suggestion = Spelling.suggestion(for: reference.name, among: declared[reference.kind] ?? []) {
                message += "; did you mean '\(suggestion)'?"
            } else {
                message += "; declare it under \(reference.kind.section)"
            }
            fail(message, at: reference.location)
        }
    }
}
