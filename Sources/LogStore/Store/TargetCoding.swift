import AuditLog
import Foundation

/// Targets as a compact JSON array `[{"type":…,"id":…}]`, written by hand because this runs once
/// per record on the ingest path and `JSONEncoder` costs more than the insert.
enum TargetCoding {
    static func encode(_ targets: [Event.Target]) -> String? {
        guard !targets.isEmpty else { return nil }
        var out = "["
        for (index, target) in targets.enumerated() {
            if index > 0 { out += "," }
            out += "{\"type\":"
            appendString(target.type, to: &out)
            out += ",\"id\":"
            appendString(target.id, to: &out)
            out += "}"
        }
        return out + "]"
    }

    static func decode(_ text: String?) -> [Event.Target] {
        guard let text, let data = text.data(using: .utf8),
            let decoded = try? JSONDecoder().decode([Event.Target].self, from: data)
        else { return [] }
        return decoded
    }

    static func appendString(_ value: String, to out: inout String) {
        out += "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case let control where control.value < 0x20:
                let hex = String(control.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
    }
}
