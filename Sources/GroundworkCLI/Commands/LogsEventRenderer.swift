import AuditLog
import Foundation
import LogStore

/// Writes stored events as a table, a JSON array or NDJSON, as they stream from the store.
///
/// Output is buffered in 64 KiB chunks, so a million events cost a few thousand writes, not a
/// million. JSON is written by hand: it embeds each record's verbatim JSON (with insignificant
/// whitespace removed so NDJSON stays one line per event) without re-encoding it.
final class LogsEventRenderer {
    enum Format: String {
        case table
        case json
        case ndjson
    }

    private let format: Format
    private let sink: any OutputSink
    private var buffer = ""
    private var count = 0

    init(format: Format, sink: any OutputSink) {
        self.format = format
        self.sink = sink
    }

    func begin() {
        switch format {
        case .table:
            buffer += Self.row(["TIME", "SOURCE", "ACCOUNT", "ACTOR", "ACTION", "OUTCOME", "SEQ"]) + "\n"
        case .json: buffer += "["
        case .ndjson: break
        }
    }

    func render(_ stored: StoredEvent) {
        let event = stored.event
        switch format {
        case .table:
            let actor = event.actor.email ?? event.actor.name ?? event.actor.id ?? event.actor.session ?? "-"
            buffer +=
                Self.row([
                    Self.time(event.time), event.source.rawValue, event.account ?? "-", actor, event.action,
                    event.outcome.rawValue, String(stored.sequence),
                ]) + "\n"
        case .json:
            buffer += (count == 0 ? "\n" : ",\n") + Self.json(stored)
        case .ndjson:
            buffer += Self.json(stored) + "\n"
        }
        count += 1
        if buffer.utf8.count >= 1 << 16 { flush() }
    }

    func end() {
        if format == .json { buffer += count == 0 ? "]\n" : "\n]\n" }
        flush()
    }

    private func flush() {
        guard !buffer.isEmpty else { return }
        sink.write(buffer)
        buffer = ""
    }

    // MARK: Table

    private static let widths = [20, 14, 17, 32, 40, 7, 0]

    private static func row(_ cells: [String]) -> String {
        var line = ""
        for (cell, width) in zip(cells, widths) {
            guard width > 0 else {
                line += cell
                continue
            }
            let text = cell.count > width ? String(cell.prefix(width - 1)) + "…" : cell
            line += text + String(repeating: " ", count: width - text.count + 1)
        }
        return line
    }

    static func time(_ date: Date) -> String {
        date.formatted(.iso8601)
    }

    // MARK: JSON

    static func json(_ stored: StoredEvent) -> String {
        let event = stored.event
        var out = "{\"sequence\":\(stored.sequence),\"time\":"
        string(time(event.time), &out)
        out += ",\"source\":"
        string(event.source.rawValue, &out)
        for (key, value) in [("account", event.account), ("region", event.region)] {
            out += ",\"\(key)\":"
            optional(value, &out)
        }
        out += ",\"actor\":{\"kind\":"
        string(event.actor.kind.rawValue, &out)
        let actor = [
            ("id", event.actor.id), ("name", event.actor.name), ("email", event.actor.email),
            ("session", event.actor.session), ("role", event.actor.viaRole),
        ]
        for (key, value) in actor {
            out += ",\"\(key)\":"
            optional(value, &out)
        }
        out += "},\"action\":"
        string(event.action, &out)
        out += ",\"targets\":["
        for (index, target) in event.targets.enumerated() {
            out += index == 0 ? "{\"type\":" : ",{\"type\":"
            string(target.type, &out)
            out += ",\"id\":"
            string(target.id, &out)
            out += "}"
        }
        out += "],\"outcome\":"
        string(event.outcome.rawValue, &out)
        for (key, value) in [("sourceIP", event.sourceIP), ("userAgent", event.userAgent)] {
            out += ",\"\(key)\":"
            optional(value, &out)
        }
        out += ",\"record\":" + minified(event.raw) + "}"
        return out
    }

    private static func optional(_ value: String?, _ out: inout String) {
        if let value { string(value, &out) } else { out += "null" }
    }

    static func string(_ value: String, _ out: inout String) {
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

    /// The record's JSON without whitespace outside strings (JSON strings cannot hold raw
    /// newlines, so what remains is one line). The record was validated as JSON when ingested.
    static func minified(_ raw: Data) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(raw.count)
        var inString = false
        var escaped = false
        for byte in raw {
            if inString {
                bytes.append(byte)
                if escaped {
                    escaped = false
                } else if byte == UInt8(ascii: "\\") {
                    escaped = true
                } else if byte == UInt8(ascii: "\"") {
                    inString = false
                }
                continue
            }
            switch byte {
            case 0x20, 0x09, 0x0A, 0x0D: continue
            case UInt8(ascii: "\""):
                inString = true
                bytes.append(byte)
            default: bytes.append(byte)
            }
        }
        return bytes.isEmpty ? "null" : String(decoding: bytes, as: UTF8.self)
    }
}
