public import Foundation

/// Turns one stored record back into its `Event`, exactly as `LogFileParser` made it when the
/// record was read from its file (same fields; for a stored record, `raw` equal to the bytes given).
///
/// The log store keeps the verbatim records, not their normalized columns; queries re-normalize
/// the records they return. A normalizer keeps its parse buffers between calls, so use one per
/// query (or per thread) rather than one per record; it is not thread-safe.
///
/// What a lone record cannot know: the file parser detects the source from a file's first record
/// (or from a `{"Events": [...]}` wrapper) and rejects files that mix sources; here the caller
/// names the source, which the store keeps with every record.
public final class RecordNormalizer {
    private let tape = JSONTape(capacity: 256)
    /// Parses the CloudTrail record inside a `lookup-events` entry.
    private lazy var innerTape = JSONTape(capacity: 256)

    public init() {}

    /// The event of one record (a JSON object, surrounding whitespace allowed) of `source`.
    ///
    /// - Throws: `LogParseError` (file `record`) when the bytes are not one JSON object or the
    ///   record lacks what `source` requires; the stored records of the log store never do.
    public func event(fromRecord raw: UnsafeRawBufferPointer, source: Event.SourceKind) throws(LogParseError) -> Event {
        var start = 0
        while start < raw.count, Self.isWhitespace(raw[start]) { start += 1 }
        let end: Int
        do throws(JSONSyntaxError) {
            end = start + (try tape.parse(UnsafeRawBufferPointer(rebasing: raw[start...])))
        } catch {
            let code: LogParseError.Code =
                switch error.reason {
                case .unexpectedEnd: .truncated
                case .tooLarge: .tooLarge
                default: .invalidJSON
                }
            throw LogParseError(code, file: "record", byteOffset: start + error.offset, message: error.message)
        }
        guard tape.kind(0) == .object else {
            throw LogParseError(
                .recordNotObject, file: "record", byteOffset: start,
                message: "the record is \(tape.kind(0).name), not a JSON object")
        }
        guard raw[end...].allSatisfy(Self.isWhitespace) else {
            throw LogParseError(
                .invalidJSON, file: "record", byteOffset: end, message: "the record has bytes after its JSON object")
        }
        ParseSession.chooseKeyCase(tape)
        do throws(RecordProblem) {
            return try ParseSession.normalize(tape, raw: raw, as: source, inner: innerTape)
        } catch {
            throw LogParseError(error.code, file: "record", byteOffset: 0, message: error.message)
        }
    }

    /// `event(fromRecord:source:)` for a record held in an array.
    public func event(fromRecord raw: [UInt8], source: Event.SourceKind) throws(LogParseError) -> Event {
        let result = raw.withUnsafeBytes { bytes in
            Result { () throws(LogParseError) -> Event in try event(fromRecord: bytes, source: source) }
        }
        return try result.get()
    }

    /// `event(fromRecord:source:)` for a record held in `Data` (a database blob).
    public func event(fromRecord raw: Data, source: Event.SourceKind) throws(LogParseError) -> Event {
        let result = raw.withUnsafeBytes { bytes in
            Result { () throws(LogParseError) -> Event in try event(fromRecord: bytes, source: source) }
        }
        return try result.get()
    }

    private static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
    }
}

extension LogFileParser {
    /// One record's event, exactly as the file parser makes it; see `RecordNormalizer`, which
    /// saves the parse buffers' allocation when normalizing many records.
    public static func event(fromRecord raw: [UInt8], source: Event.SourceKind) throws(LogParseError) -> Event {
        try RecordNormalizer().event(fromRecord: raw, source: source)
    }
}
