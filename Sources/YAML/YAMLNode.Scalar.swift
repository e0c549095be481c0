extension YAMLNode {
    /// A scalar as written: its text, how it was quoted, and its explicit tag.
    ///
    /// Typed accessors follow the YAML 1.2 core schema and only apply to plain, untagged
    /// scalars (or ones tagged with the matching `!!` type), so `"true"` and `'1'` stay text and
    /// the YAML 1.1 surprises (`no` meaning false) never happen.
    public struct Scalar: Sendable, Hashable {
        public var value: String
        public var style: Style
        /// The explicit tag in full form, or nil.
        public var tag: String?

        public init(_ value: String, style: Style = .plain, tag: String? = nil) {
            self.value = value
            self.style = style
            self.tag = tag
        }

        /// How a scalar was written.
        public enum Style: String, Sendable, Hashable {
            /// Unquoted; the only style whose type (bool, number, null) is inferred.
            case plain
            /// `'text'`
            case singleQuoted = "single-quoted"
            /// `"text"`, with escapes.
            case doubleQuoted = "double-quoted"
            /// A `|` block.
            case literal
            /// A `>` block.
            case folded
        }

        static let nullTag = "tag:yaml.org,2002:null"
        static let boolTag = "tag:yaml.org,2002:bool"
        static let intTag = "tag:yaml.org,2002:int"
        static let floatTag = "tag:yaml.org,2002:float"
        static let stringTag = "tag:yaml.org,2002:str"

        /// True for a plain scalar without a tag: the only kind whose type is inferred from its
        /// text (so `true` is a boolean but `"true"` and `!!str true` are text).
        public var isPlainUntagged: Bool { style == .plain && tag == nil }

        private func resolves(as typeTag: String) -> Bool {
            tag == typeTag || isPlainUntagged
        }

        /// True for an empty plain value, `~`, `null`, `Null`, `NULL`, or `!!null`.
        public var isNull: Bool {
            guard resolves(as: Self.nullTag) else { return false }
            return tag == Self.nullTag || ["", "~", "null", "Null", "NULL"].contains(value)
        }

        /// `true`/`True`/`TRUE` and `false`/`False`/`FALSE` when plain (or `!!bool`), else nil.
        public var bool: Bool? {
            guard resolves(as: Self.boolTag) else { return nil }
            switch value {
            case "true", "True", "TRUE": return true
            case "false", "False", "FALSE": return false
            default: return nil
            }
        }

        /// A decimal integer (optionally signed) when plain (or `!!int`), else nil.
        public var int: Int? {
            guard resolves(as: Self.intTag) else { return nil }
            var digits = Substring(value)
            if digits.first == "+" || digits.first == "-" { digits = digits.dropFirst() }
            guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
            return Int(value.hasPrefix("+") ? String(value.dropFirst()) : value)
        }

        /// A YAML 1.2 core float when plain (or `!!float`), else nil. Integers count as floats.
        public var double: Double? {
            guard resolves(as: Self.floatTag) else { return nil }
            if let int { return Double(int) }
            let first = value.first
            guard first == "-" || first == "+" || first == "." || (first?.isNumber ?? false) else { return nil }
            return Double(value)
        }

        /// The text, unless the scalar is plain and resolves to null, a bool or a number (then
        /// nil), or carries a non-string tag. Quoting always makes text.
        public var string: String? {
            if tag == Self.stringTag { return value }
            if tag != nil { return nil }
            if style != .plain { return value }
            if isNull || bool != nil || double != nil { return nil }
            return value
        }

        /// A short phrase for error messages.
        public var kindDescription: String {
            if isNull { return "an empty value" }
            if let bool { return "the boolean \(bool)" }
            if double != nil { return "the number \(value)" }
            return "the text '\(value)'"
        }
    }
}
