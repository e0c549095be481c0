/// RFC 8259 string literals, for the hand-written JSON writers (policies, plans, reports, events)
/// that keep key order and byte-exact output where `JSONEncoder` would not.
public enum JSONStringLiteral {
    /// Appends `text` as a quoted JSON string: quote, backslash and control characters escaped,
    /// everything else verbatim.
    public static func append(_ text: String, to out: inout String) {
        out += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
    }
}
