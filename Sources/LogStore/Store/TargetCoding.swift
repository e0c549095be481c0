import AuditLog
import Foundation
import Support

/// Targets as a compact JSON array `[{"type":…,"id":…}]`, written by hand because this runs once
/// per record on the ingest path and `JSONEncoder` costs more than the insert.
enum TargetCoding {
    static func encode(_ targets: [Event.Target]) -> String? {
        guard !targets.isEmpty else { return nil }
        var out = "["
        for (index, target) in targets.enumerated() {
            if index > 0 { out += "," }
            out += "{\"type\":"
            JSONStringLiteral.append(target.type, to: &out)
            out += ",\"id\":"
            JSONStringLiteral.append(target.id, to: &out)
            out += "}"
        }
        return out + "]"
    }

    static func decode(_ text: String?) -> [Event.Target] {
        guard let text else { return [] }
        if let targets = decodeOwnEncoding(text) { return targets }
        guard let data = text.data(using: .utf8),
            let decoded = try? JSONDecoder().decode([Event.Target].self, from: data)
        else { return [] }
        return decoded
    }

    /// Reads back exactly what `encode` writes, without `JSONDecoder` (a query reads it for every
    /// row it returns); nil for anything else, which `decode` then hands to `JSONDecoder`.
    static func decodeOwnEncoding(_ text: String) -> [Event.Target]? {
        var bytes = Array(text.utf8)[...]
        func expect(_ literal: String) -> Bool {
            guard bytes.starts(with: literal.utf8) else { return false }
            bytes = bytes.dropFirst(literal.utf8.count)
            return true
        }
        // A string without escapes; an escape sends the whole value to the general decoder.
        func string() -> String? {
            guard bytes.first == UInt8(ascii: "\""), let end = bytes.dropFirst().firstIndex(of: UInt8(ascii: "\""))
            else { return nil }
            let body = bytes[(bytes.startIndex + 1)..<end]
            guard !body.contains(UInt8(ascii: "\\")) else { return nil }
            bytes = bytes[(end + 1)...]
            return String(decoding: body, as: UTF8.self)
        }
        guard expect("[") else { return nil }
        var targets: [Event.Target] = []
        while true {
            guard expect("{\"type\":"), let type = string(), expect(",\"id\":"), let id = string(), expect("}") else {
                return nil
            }
            targets.append(Event.Target(type: type, id: id))
            if expect(",") { continue }
            return expect("]") && bytes.isEmpty ? targets : nil
        }
    }
}
