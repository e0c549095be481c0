import Support
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
            JSONStringLiteral.append(text, to: &out)
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
                JSONStringLiteral.append(member.0, to: &out)
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
}
