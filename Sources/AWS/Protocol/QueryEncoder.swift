public import Foundation

/// Encodes an `Encodable` input as AWS Query parameters (`application/x-www-form-urlencoded`).
///
/// Nested structures become dotted names (`Tags.member.1.Key`), lists are 1-based `.member.N`,
/// timestamps are ISO 8601 and booleans `true`/`false`.
/// Coding keys are the wire names from the service model. Absent optionals are left out, and an
/// empty list is sent as `Name=` so the service sees "empty" rather than "unchanged".
///
/// Related AWS documentation: https://docs.aws.amazon.com/IAM/latest/APIReference/CommonParameters.html
public struct QueryEncoder: Sendable {
    public init() {}

    /// The parameters for `value`, sorted by name, not yet including `Action` and `Version`.
    public func parameters<T: Encodable>(_ value: T) throws -> [(name: String, value: String)] {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        encoder.keyEncodingStrategy = .custom { path in
            MemberName(wire: MemberName.wireName(path.last?.stringValue ?? ""))
        }
        let tree = try JSONDecoder().decode(JSONValue.self, from: encoder.encode(value))
        var output: [(name: String, value: String)] = []
        flatten(tree, prefix: "", into: &output)
        return output.sorted { $0.name < $1.name }
    }

    /// The form body for `action` at `version` with `value`'s parameters.
    public func body<T: Encodable>(action: String, version: String, _ value: T) throws -> Data {
        let pairs = [("Action", action), ("Version", version)] + (try parameters(value)).map { ($0.name, $0.value) }
        return Data(pairs.map { "\(Self.formEncode($0.0))=\(Self.formEncode($0.1))" }.joined(separator: "&").utf8)
    }

    private func flatten(_ value: JSONValue, prefix: String, into output: inout [(name: String, value: String)]) {
        func join(_ name: String) -> String { prefix.isEmpty ? name : "\(prefix).\(name)" }
        switch value {
        case .null:
            return
        case .bool(let flag):
            output.append((prefix, flag ? "true" : "false"))
        case .integer(let number):
            output.append((prefix, String(number)))
        case .number(let number):
            output.append((prefix, String(number)))
        case .string(let text):
            output.append((prefix, text))
        case .array(let items):
            if items.isEmpty { output.append((prefix, "")) }
            for (index, item) in items.enumerated() {
                flatten(item, prefix: "\(prefix).member.\(index + 1)", into: &output)
            }
        case .object(let members):
            for (name, member) in members {
                flatten(member, prefix: join(name), into: &output)
            }
        }
    }

    /// Percent-encodes everything but RFC 3986 unreserved characters, as SigV4 expects.
    public static func formEncode(_ text: String) -> String {
        var result = ""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."),
                UInt8(ascii: "~"):
                result.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                result += String(format: "%%%02X", byte)
            }
        }
        return result
    }
}
