import Support
import Foundation

/// JSON text reduced to one spelling: keys sorted, no insignificant whitespace, numbers and
/// strings re-serialized. Two documents that differ only in layout or key order compare equal.
///
/// Policy documents come back from providers with different whitespace, key order and escaping
/// than the ones we generated; comparing their canonical forms avoids endless false updates.
enum CanonicalJSON {
    indirect enum Value: Decodable, Equatable {
        case null
        case bool(Bool)
        case integer(Int64)
        case number(Double)
        case string(String)
        case array([Value])
        case object([String: Value])

        init(from decoder: any Decoder) throws {
            if var array = try? decoder.unkeyedContainer() {
                var items: [Value] = []
                while !array.isAtEnd { items.append(try array.decode(Value.self)) }
                self = .array(items)
                return
            }
            if let object = try? decoder.container(keyedBy: AnyKey.self) {
                var members: [String: Value] = [:]
                for key in object.allKeys { members[key.stringValue] = try object.decode(Value.self, forKey: key) }
                self = .object(members)
                return
            }
            let single = try decoder.singleValueContainer()
            if single.decodeNil() {
                self = .null
            } else if let value = try? single.decode(Bool.self) {
                self = .bool(value)
            } else if let value = try? single.decode(String.self) {
                self = .string(value)
            } else if let value = try? single.decode(Int64.self) {
                self = .integer(value)
            } else {
                self = .number(try single.decode(Double.self))
            }
        }
    }

    private struct AnyKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    /// Parses `text`; nil when it is not JSON.
    static func parse(_ text: String) -> Value? {
        try? JSONDecoder().decode(Value.self, from: Data(text.utf8))
    }

    /// The canonical compact form of `text`, or nil when it is not JSON.
    static func canonical(_ text: String) -> String? {
        guard let value = parse(text) else { return nil }
        var out = ""
        write(value, into: &out, indent: nil, depth: 0)
        return out
    }

    /// The canonical form laid out one member per line, for showing line differences.
    static func pretty(_ text: String) -> String? {
        guard let value = parse(text) else { return nil }
        var out = ""
        write(value, into: &out, indent: "  ", depth: 0)
        return out
    }

    private static func write(_ value: Value, into out: inout String, indent: String?, depth: Int) {
        let newline = indent == nil ? "" : "\n"
        func pad(_ level: Int) -> String { indent.map { String(repeating: $0, count: level) } ?? "" }
        switch value {
        case .null: out += "null"
        case .bool(let flag): out += flag ? "true" : "false"
        case .integer(let number): out += String(number)
        case .number(let number): out += number.isFinite ? "\(number)" : "null"
        case .string(let text): JSONStringLiteral.append(text, to: &out)
        case .array(let items):
            guard !items.isEmpty else { out += "[]"; return }
            out += "[" + newline
            for (index, item) in items.enumerated() {
                out += pad(depth + 1)
                write(item, into: &out, indent: indent, depth: depth + 1)
                out += (index < items.count - 1 ? "," : "") + newline
            }
            out += pad(depth) + "]"
        case .object(let members):
            guard !members.isEmpty else { out += "{}"; return }
            out += "{" + newline
            let keys = members.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
            for (index, key) in keys.enumerated() {
                out += pad(depth + 1)
                JSONStringLiteral.append(key, to: &out)
                out += indent == nil ? ":" : ": "
                if let member = members[key] { write(member, into: &out, indent: indent, depth: depth + 1) }
                out += (index < keys.count - 1 ? "," : "") + newline
            }
            out += pad(depth) + "}"
        }
    }
}
