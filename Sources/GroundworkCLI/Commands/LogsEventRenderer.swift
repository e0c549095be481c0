import AuditLog
import Foundation
import LogStore

/// Writes stored events as a table, a JSON array or NDJSON, as they stream from the store.
///
/// Output is built as UTF-8 bytes and handed to the sink in 256 KiB chunks, so a million events
/// cost a few thousand writes, not a million. JSON is written by hand: it embeds each record's
/// verbatim JSON (with insignificant whitespace removed so NDJSON stays one line per event)
/// without decoding or re-encoding it, and timestamps are formatted arithmetically instead of
/// through a Foundation format style (which was most of the renderer's cost per row).
final class LogsEventRenderer {
    enum Format: String {
        case table
        case json
        case ndjson
    }

    private static let chunkSize = 1 << 18

    private let format: Format
    private let sink: any OutputSink
    private var buffer: [UInt8] = []
    private var count = 0

    init(format: Format, sink: any OutputSink) {
        self.format = format
        self.sink = sink
        buffer.reserveCapacity(Self.chunkSize + (1 << 14))
    }

    func begin() {
        switch format {
        case .table:
            buffer.append(
                contentsOf: Self.row(["TIME", "SOURCE", "ACCOUNT", "ACTOR", "ACTION", "OUTCOME", "SEQ"]).utf8)
            buffer.append(UInt8(ascii: "\n"))
        case .json: buffer.append(UInt8(ascii: "["))
        case .ndjson: break
        }
    }

    func render(_ stored: StoredEvent) {
        let event = stored.event
        switch format {
        case .table:
            let actor = event.actor.email ?? event.actor.name ?? event.actor.id ?? event.actor.session ?? "-"
            let line = Self.row([
                Self.time(event.time), event.source.rawValue, event.account ?? "-", actor, event.action,
                event.outcome.rawValue, String(stored.sequence),
            ])
            buffer.append(contentsOf: line.utf8)
            buffer.append(UInt8(ascii: "\n"))
        case .json:
            Self.append(count == 0 ? "\n" : ",\n", to: &buffer)
            Self.json(stored, into: &buffer)
        case .ndjson:
            Self.json(stored, into: &buffer)
            buffer.append(UInt8(ascii: "\n"))
        }
        count += 1
        if buffer.count >= Self.chunkSize { flush() }
    }

    func end() {
        if format == .json { Self.append(count == 0 ? "]\n" : "\n]\n", to: &buffer) }
        flush()
    }

    private func flush() {
        guard !buffer.isEmpty else { return }
        sink.write(String(decoding: buffer, as: UTF8.self))
        buffer.removeAll(keepingCapacity: true)
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

    /// `date` as ISO 8601 in UTC to the second (`2026-12-04T17:56:09Z`), the same text as
    /// `date.formatted(.iso8601)`, computed with the civil-from-days algorithm
    /// (<https://howardhinnant.github.io/date_algorithms.html#civil_from_days>).
    static func time(_ date: Date) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(20)
        appendTime(date, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    static func appendTime(_ date: Date, to out: inout [UInt8]) {
        let seconds = Int64(date.timeIntervalSince1970.rounded(.down))
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let secondOfDay = seconds - days * 86_400
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        digits(year, width: 4, &out)
        out.append(UInt8(ascii: "-"))
        digits(month, width: 2, &out)
        out.append(UInt8(ascii: "-"))
        digits(day, width: 2, &out)
        out.append(UInt8(ascii: "T"))
        digits(secondOfDay / 3_600, width: 2, &out)
        out.append(UInt8(ascii: ":"))
        digits(secondOfDay / 60 % 60, width: 2, &out)
        out.append(UInt8(ascii: ":"))
        digits(secondOfDay % 60, width: 2, &out)
        out.append(UInt8(ascii: "Z"))
    }

    /// `value` in decimal, zero-padded to `width` digits.
    private static func digits(_ value: Int64, width: Int, _ out: inout [UInt8]) {
        var divisor: Int64 = 1
        for _ in 1..<width { divisor *= 10 }
        guard value >= 0, value < divisor * 10 else {
            out.append(contentsOf: String(value).utf8)
            return
        }
        var rest = value
        while divisor > 0 {
            out.append(UInt8(ascii: "0") + UInt8(rest / divisor))
            rest %= divisor
            divisor /= 10
        }
    }

    // MARK: JSON

    static func json(_ stored: StoredEvent) -> String {
        var out: [UInt8] = []
        json(stored, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    static func json(_ stored: StoredEvent, into out: inout [UInt8]) {
        let event = stored.event
        append("{\"sequence\":", to: &out)
        append(String(stored.sequence), to: &out)
        append(",\"time\":\"", to: &out)
        appendTime(event.time, to: &out)
        append("\",\"source\":", to: &out)
        string(event.source.rawValue, &out)
        field("account", event.account, &out)
        field("region", event.region, &out)
        append(",\"actor\":{\"kind\":", to: &out)
        string(event.actor.kind.rawValue, &out)
        field("id", event.actor.id, &out)
        field("name", event.actor.name, &out)
        field("email", event.actor.email, &out)
        field("session", event.actor.session, &out)
        field("role", event.actor.viaRole, &out)
        append("},\"action\":", to: &out)
        string(event.action, &out)
        append(",\"targets\":[", to: &out)
        for (index, target) in event.targets.enumerated() {
            append(index == 0 ? "{\"type\":" : ",{\"type\":", to: &out)
            string(target.type, &out)
            append(",\"id\":", to: &out)
            string(target.id, &out)
            out.append(UInt8(ascii: "}"))
        }
        append("],\"outcome\":", to: &out)
        string(event.outcome.rawValue, &out)
        field("sourceIP", event.sourceIP, &out)
        field("userAgent", event.userAgent, &out)
        append(",\"record\":", to: &out)
        minified(event.raw, into: &out)
        out.append(UInt8(ascii: "}"))
    }

    private static func append(_ text: String, to out: inout [UInt8]) {
        out.append(contentsOf: text.utf8)
    }

    /// `,"key":value` with the value a JSON string or `null`.
    private static func field(_ key: StaticString, _ value: String?, _ out: inout [UInt8]) {
        out.append(UInt8(ascii: ","))
        out.append(UInt8(ascii: "\""))
        key.withUTF8Buffer { out.append(contentsOf: $0) }
        out.append(UInt8(ascii: "\""))
        out.append(UInt8(ascii: ":"))
        if let value { string(value, &out) } else { append("null", to: &out) }
    }

    static func string(_ value: String, _ out: inout String) {
        var bytes: [UInt8] = []
        string(value, &bytes)
        out += String(decoding: bytes, as: UTF8.self)
    }

    /// `value` as a JSON string: quotes, backslashes and control characters escaped, every other
    /// byte copied (UTF-8 is valid JSON as it stands).
    static func string(_ value: String, _ out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "\""): append("\\\"", to: &out)
            case UInt8(ascii: "\\"): append("\\\\", to: &out)
            case 0x0A: append("\\n", to: &out)
            case 0x0D: append("\\r", to: &out)
            case 0x09: append("\\t", to: &out)
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                append("\\u00", to: &out)
                out.append(hex[Int(byte >> 4)])
                out.append(hex[Int(byte & 0x0F)])
            default: out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
    }

    /// The record's JSON without whitespace outside strings (JSON strings cannot hold raw
    /// newlines, so what remains is one line). The record was validated as JSON when ingested.
    static func minified(_ raw: Data) -> String {
        var bytes: [UInt8] = []
        minified(raw, into: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    static func minified(_ raw: Data, into out: inout [UInt8]) {
        let start = out.count
        var inString = false
        var escaped = false
        raw.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) in
            out.reserveCapacity(out.count + bytes.count)
            // Copy runs between whitespace in bulk: records are usually minified already, so a
            // record is mostly one run (a query renders tens of thousands of them).
            var run = 0
            for index in bytes.indices {
                let byte = bytes[index]
                if inString {
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
                case 0x20, 0x09, 0x0A, 0x0D:
                    if run < index { out.append(contentsOf: UnsafeRawBufferPointer(rebasing: bytes[run..<index])) }
                    run = index + 1
                case UInt8(ascii: "\""):
                    inString = true
                default:
                    break
                }
            }
            if run < bytes.count { out.append(contentsOf: UnsafeRawBufferPointer(rebasing: bytes[run...])) }
        }
        if out.count == start { append("null", to: &out) }
    }
}
