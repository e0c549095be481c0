/// A tiny deterministic JSON writer for policy documents.
///
/// Foundation's `JSONEncoder` escapes `/` (which every ARN contains) and orders keys either by
/// insertion or alphabetically; AWS examples and reviewers expect `Version` before `Statement`
/// and `Sid` before `Effect`. Writing the few shapes a policy needs by hand keeps the output
/// byte-stable across platforms and Foundation versions.
enum JSONText {
    indirect enum Value {
        case string(String)
        case array([Value])
        /// Members in the order they are written.
        case object([(String, Value)])
    }

    static func render(_ value: Value, pretty: Bool) -> String {
        var out = ""
        write(value, into: &out, pretty: pretty, depth: 0)
        return out
    }

    private static func write(_ value: Value, into out: inout String, pretty: Bool, depth: Int) {
        switch value {
        case .string(let text):
            writeString(text, into: &out)
        case .array(let items):
            if items.isEmpty {
                out += "[]"
                return
            }
            out += "["
            for (index, item) in items.enumerated() {
                if index > 0 { out += "," }
                newline(&out, pretty: pretty, depth: depth + 1)
                write(item, into: &out, pretty: pretty, depth: depth + 1)
            }
            newline(&out, pretty: pretty, depth: depth)
            out += "]"
        case .object(let members):
            if members.isEmpty {
                out += "{}"
                return
            }
            out += "{"
            for (index, member) in members.enumerated() {
                if index > 0 { out += "," }
                newline(&out, pretty: pretty, depth: depth + 1)
                writeString(member.0, into: &out)
                out += pretty ? ": " : ":"
                write(member.1, into: &out, pretty: pretty, depth: depth + 1)
            }
            newline(&out, pretty: pretty, depth: depth)
            out += "}"
        }
    }

    private static func newline(_ out: inout String, pretty: Bool, depth: Int) {
        guard pretty else { return }
        out += "\n" + String(repeating: "  ", count: depth)
    }

    /// RFC 8259 string escaping: quote, backslash and control characters; everything else verbatim.
    private static func writeString(_ text: String, into out: inout String) {
        out += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case let control where control.value < 0x20:
                let hex = String(control.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default:
                out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
    }
}
