import Foundation
public import Support

/// One shared AWS file (`~/.aws/config` or `~/.aws/credentials`) parsed the way the AWS CLI
/// (Python's `configparser`) reads it, with the line of every section and property kept.
///
/// Accepted: `[section]` headers; `name = value` or `name: value` (the first `=` or `:` splits,
/// names are case-insensitive); full-line comments starting with `#` or `;`; indented lines
/// after a property with an empty value, which form a nested block (`s3 =` / `  addressing_style = path`);
/// other indented lines, which continue the previous value. There are no inline comments: as in
/// the CLI, `region = us-east-1 # prod` has the value `us-east-1 # prod`.
///
/// Rejected with the file and line: properties outside a section, lines that are none of the
/// above, unterminated headers, empty names, and a section or property given twice (the CLI
/// refuses those too).
public struct ConfigFile: Sendable, Hashable {
    /// A `name = value` line, with its nested block when the value was empty and indented lines followed.
    public struct Property: Sendable, Hashable {
        /// Lowercased name.
        public var name: String
        public var value: String
        /// `key = value` pairs of an indented block under an empty value; keys lowercased.
        public var nested: [String: String]
        public var location: SourceLocation
    }

    /// A `[header]` and the properties under it, in file order.
    public struct Section: Sendable, Hashable {
        /// The header's text with surrounding whitespace removed and inner runs folded to one space.
        public var name: String
        public var properties: [Property]
        public var location: SourceLocation

        /// The property called `name` (case-insensitively), if present.
        public subscript(_ name: String) -> Property? {
            let key = name.lowercased()
            return properties.first { $0.name == key }
        }
    }

    public var path: String
    public var sections: [Section]

    /// Parses `text`, reporting problems against `path`.
    /// - Throws: `AWSConfigError` with code `.malformedFile` and the offending line.
    public init(parsing text: String, path: String) throws(AWSConfigError) {
        self.path = path
        sections = []
        var lineNumber = 0
        var seenSections: [String: Int] = [:]
        // A byte-order mark (editors on Windows add one) is not part of the first line.
        let body = text.first == "\u{FEFF}" ? text.dropFirst() : Substring(text)
        // `isNewline` covers "\n", "\r\n" (one Character in Swift) and a lone "\r".
        for line in body.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            lineNumber += 1
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            let location = SourceLocation(file: path, line: lineNumber, column: 1)
            if trimmed.isEmpty || trimmed.hasPrefix("#") || trimmed.hasPrefix(";") { continue }

            if let first = line.first, first == " " || first == "\t" {
                try continueProperty(with: trimmed, at: location)
                continue
            }

            if trimmed.hasPrefix("[") {
                // Like configparser, text after the closing bracket is allowed only as a comment.
                guard let close = trimmed.lastIndex(of: "]"),
                    trimmed[trimmed.index(after: close)...].trimmingCharacters(in: .whitespaces).first.map({
                        $0 == "#" || $0 == ";"
                    })
                        ?? true
                else {
                    throw AWSConfigError(
                        .malformedFile, "section header '\(Self.excerpt(trimmed))' is missing its closing ']'",
                        at: location)
                }
                let name = trimmed[trimmed.index(after: trimmed.startIndex)..<close]
                    .split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
                guard !name.isEmpty else {
                    throw AWSConfigError(
                        .malformedFile, "section header '[]' has no name; write '[default]' or '[profile NAME]'",
                        at: location)
                }
                if let previous = seenSections[name] {
                    throw AWSConfigError(
                        .malformedFile,
                        "section '[\(name)]' appears twice (first on line \(previous)); merge the two sections",
                        at: location
                    )
                }
                seenSections[name] = lineNumber
                sections.append(Section(name: name, properties: [], location: location))
                continue
            }

            guard let delimiter = trimmed.firstIndex(where: { $0 == "=" || $0 == ":" }) else {
                throw AWSConfigError(
                    .malformedFile,
                    "line '\(Self.excerpt(trimmed))' is not 'name = value', a '[section]' header or a comment",
                    at: location
                )
            }
            let name = trimmed[..<delimiter].trimmingCharacters(in: .whitespaces).lowercased()
            let value = trimmed[trimmed.index(after: delimiter)...].trimmingCharacters(in: .whitespaces)
            guard !name.isEmpty else {
                throw AWSConfigError(
                    .malformedFile,
                    "line '\(Self.excerpt(trimmed))' has a value but no setting name before '\(trimmed[delimiter])'",
                    at: location)
            }
            guard var section = sections.popLast() else {
                throw AWSConfigError(
                    .malformedFile,
                    "setting '\(name)' is outside any section; put it under '[default]' or a '[profile NAME]' header",
                    at: location
                )
            }
            if let previous = section[name] {
                sections.append(section)
                throw AWSConfigError(
                    .malformedFile,
                    "setting '\(name)' appears twice in '[\(section.name)]' (first on line \(previous.location.line)); keep one",
                    at: location
                )
            }
            section.properties.append(Property(name: name, value: value, nested: [:], location: location))
            sections.append(section)
        }
    }

    /// An indented line: a nested `key = value` under an empty value, else a continuation of the value.
    private mutating func continueProperty(with trimmed: String, at location: SourceLocation) throws(AWSConfigError) {
        guard var section = sections.popLast(), var property = section.properties.popLast() else {
            throw AWSConfigError(
                .malformedFile,
                "indented line '\(Self.excerpt(trimmed))' does not follow a setting; remove the indentation or the line",
                at: location
            )
        }
        if property.value.isEmpty {
            guard let delimiter = trimmed.firstIndex(where: { $0 == "=" || $0 == ":" }) else {
                throw AWSConfigError(
                    .malformedFile,
                    "nested line '\(Self.excerpt(trimmed))' under '\(property.name)' is not 'name = value'",
                    at: location
                )
            }
            let key = trimmed[..<delimiter].trimmingCharacters(in: .whitespaces).lowercased()
            guard !key.isEmpty else {
                throw AWSConfigError(
                    .malformedFile,
                    "nested line '\(Self.excerpt(trimmed))' under '\(property.name)' has no setting name", at: location)
            }
            property.nested[key] = trimmed[trimmed.index(after: delimiter)...].trimmingCharacters(in: .whitespaces)
        } else {
            property.value += "\n" + trimmed
        }
        section.properties.append(property)
        sections.append(section)
    }

    /// The section whose header is exactly `name`.
    public func section(_ name: String) -> Section? { sections.first { $0.name == name } }

    /// A line as quoted in a message: its first word only, at most 24 characters, so a secret
    /// on a malformed line (`aws_secret_access_key wJalr…` without its `=`) is never echoed.
    static func excerpt(_ line: String) -> String {
        let word = line.prefix { $0 != " " && $0 != "\t" }
        let short = word.count <= 24 ? String(word) : String(word.prefix(24)) + "…"
        return word.count < line.count ? short + " …" : short
    }
}

extension ConfigFile.Property: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    /// `name = value`, with the value of a secret setting redacted.
    public var description: String {
        "\(name) = \(AWSProfile.secretKeys.contains(name) ? "<redacted>" : value) (\(location))"
    }

    public var debugDescription: String { description }

    public var customMirror: Mirror { Mirror(self, children: ["setting": description], displayStyle: .struct) }
}
