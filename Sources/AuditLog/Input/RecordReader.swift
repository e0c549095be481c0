/// Splits a stream of JSON text into records and parses each one into a tape, without ever holding
/// more than a chunk (or one record, if larger) in memory.
///
/// Accepted shapes, told apart from the first bytes:
/// - `{"Records": [ ... ]}` as a CloudTrail trail writes to S3, and `{"Events": [ ... ], ...}` as
///   `aws cloudtrail lookup-events` prints;
/// - `[ ... ]`, a JSON array of records (exports, the Stratus Red Team detonation logs);
/// - objects one after another (NDJSON / JSON Lines, or simply concatenated).
final class RecordReader {
    /// How the file wraps its records.
    enum Layout: Equatable {
        case wrapped(key: String)
        case array
        case objectStream
    }

    /// One record: its bytes (valid until the next call to `next()`), parsed into `tape`.
    struct Record {
        var bytes: UnsafeRawBufferPointer
        var index: Int
        /// Offset of the record's first byte in the whole (decompressed) stream.
        var offset: Int
    }

    private enum State {
        case begin, arrayStart, arrayElement, arrayAfterElement, wrapperTail, trailing, objectStream, done
    }

    let tape = JSONTape()
    private(set) var layout: Layout?
    private let input: any ByteInput
    private let name: String
    private var buffer: UnsafeMutableRawPointer
    private var capacity: Int
    private var start = 0
    private var filled = 0
    private var atEnd = false
    /// Absolute stream offset of `buffer[0]`.
    private var discarded = 0
    private var state = State.begin
    private var recordCount = 0

    static let chunkSize = 1 << 20

    init(_ input: any ByteInput, name: String) {
        self.input = input
        self.name = name
        capacity = Self.chunkSize
        buffer = .allocate(byteCount: capacity, alignment: 16)
    }

    deinit { buffer.deallocate() }

    /// The next record, or nil after the last one once the whole stream has been checked.
    func next() throws(LogParseError) -> Record? {
        while true {
            switch state {
            case .begin:
                try begin()
            case .arrayStart:
                guard let byte = try peekNonWhitespace() else { throw truncated("the array of records is not closed") }
                if byte == UInt8(ascii: "]") {
                    start += 1
                    state = layout == .array ? .trailing : .wrapperTail
                } else {
                    state = .arrayElement
                }
            case .arrayElement:
                guard try peekNonWhitespace() != nil else { throw truncated("the array of records is not closed") }
                state = .arrayAfterElement
                return try parseRecord()
            case .arrayAfterElement:
                guard let byte = try peekNonWhitespace() else { throw truncated("the array of records is not closed") }
                switch byte {
                case UInt8(ascii: ","):
                    start += 1
                    state = .arrayElement
                case UInt8(ascii: "]"):
                    start += 1
                    state = layout == .array ? .trailing : .wrapperTail
                default:
                    throw unexpected(byte, expected: "',' or ']' after record \(recordCount - 1)")
                }
            case .wrapperTail:
                try skipWrapperMember()
            case .objectStream:
                guard try peekNonWhitespace() != nil else {
                    state = .done
                    return nil
                }
                return try parseRecord()
            case .trailing:
                if let byte = try peekNonWhitespace() {
                    throw unexpected(byte, expected: "nothing after the end of the JSON")
                }
                state = .done
            case .done:
                return nil
            }
        }
    }

    // MARK: Stage 1: the top level

    private func begin() throws(LogParseError) {
        // A UTF-8 byte order mark is tolerated at the very start (some Windows exports add one).
        if try ensure(3), buffer.load(fromByteOffset: start, as: UInt8.self) == 0xEF,
            buffer.load(fromByteOffset: start + 1, as: UInt8.self) == 0xBB,
            buffer.load(fromByteOffset: start + 2, as: UInt8.self) == 0xBF
        {
            start += 3
        }
        guard let byte = try peekNonWhitespace() else {
            // An empty file holds no records; that is not an error.
            state = .done
            return
        }
        switch byte {
        case UInt8(ascii: "["):
            start += 1
            layout = .array
            state = .arrayStart
        case UInt8(ascii: "{"):
            if let key = try wrapperKey() {
                layout = .wrapped(key: key)
                state = .arrayStart
            } else {
                layout = .objectStream
                state = .objectStream
            }
        case 0xFF, 0xFE:
            // UTF-16 byte order marks: PowerShell's `>` and some Windows tools write UTF-16.
            throw LogParseError(
                .wrongTopLevel,
                file: name,
                byteOffset: discarded + start,
                message: "the file is UTF-16 text; audit logs are UTF-8: convert it "
                    + "(iconv -f UTF-16 -t UTF-8) and ingest it again"
            )
        default:
            throw LogParseError(
                .wrongTopLevel,
                file: name,
                byteOffset: discarded + start,
                message: "the file starts with \(JSONSyntaxError.describe(byte)); expected {\"Records\": [...]} as "
                    + "CloudTrail writes it, a JSON array of records, or one JSON object per line"
            )
        }
    }

    /// Recognizes `{"Records": [` / `{"Events": [` and moves past it; nil (and nothing consumed)
    /// when the object is a record itself.
    private func wrapperKey() throws(LogParseError) -> String? {
        // Offsets are relative to `start`: reading more input may move the buffered bytes.
        func byte(_ offset: Int) throws(LogParseError) -> UInt8? {
            guard try ensure(offset + 1) else { return nil }
            return buffer.load(fromByteOffset: start + offset, as: UInt8.self)
        }
        func skipSpace(_ offset: inout Int) throws(LogParseError) -> UInt8? {
            while let next = try byte(offset) {
                guard next == 0x20 || next == 0x0A || next == 0x0D || next == 0x09 else { return next }
                offset += 1
            }
            return nil
        }
        for key in ["Records", "Events"] {
            let pattern = Array("\"\(key)\"".utf8)
            var offset = 1
            guard try skipSpace(&offset) == UInt8(ascii: "\"") else { return nil }
            var matches = true
            for (k, expected) in pattern.enumerated() where try byte(offset + k) != expected {
                matches = false
                break
            }
            guard matches else { continue }
            offset += pattern.count
            guard try skipSpace(&offset) == UInt8(ascii: ":") else { continue }
            offset += 1
            guard try skipSpace(&offset) == UInt8(ascii: "[") else { continue }
            start += offset + 1
            return key
        }
        return nil
    }

    /// After the wrapped array: `}` or more members (`"NextToken": "..."`), checked and ignored.
    private func skipWrapperMember() throws(LogParseError) {
        guard let byte = try peekNonWhitespace() else { throw truncated("the top-level object is not closed") }
        switch byte {
        case UInt8(ascii: "}"):
            start += 1
            state = .trailing
        case UInt8(ascii: ","):
            start += 1
            guard let quote = try peekNonWhitespace() else { throw truncated("the top-level object is not closed") }
            guard quote == UInt8(ascii: "\"") else { throw unexpected(quote, expected: "a string key") }
            _ = try parseValue()
            guard let colon = try peekNonWhitespace() else { throw truncated("the top-level object is not closed") }
            guard colon == UInt8(ascii: ":") else { throw unexpected(colon, expected: "':'") }
            start += 1
            guard try peekNonWhitespace() != nil else { throw truncated("the top-level object is not closed") }
            _ = try parseValue()
        default:
            throw unexpected(byte, expected: "',' or '}' after the array of records")
        }
    }

    // MARK: Stage 2: one record

    private func parseRecord() throws(LogParseError) -> Record {
        let index = recordCount
        let first = buffer.load(fromByteOffset: start, as: UInt8.self)
        guard first == UInt8(ascii: "{") else {
            let kind: String
            switch first {
            case UInt8(ascii: "\""): kind = "a string"
            case UInt8(ascii: "["): kind = "an array"
            case UInt8(ascii: "t"), UInt8(ascii: "f"): kind = "a boolean"
            case UInt8(ascii: "n"): kind = "null"
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): kind = "a number"
            default: throw unexpected(first, expected: "a record (a JSON object)", record: index)
            }
            let code: LogParseError.Code = (index == 0 && layout == .objectStream) ? .wrongTopLevel : .recordNotObject
            throw LogParseError(
                code, file: name, recordIndex: index, byteOffset: discarded + start,
                message: "the record is \(kind), not a JSON object")
        }
        let range = try parseValue(record: index)
        recordCount += 1
        return Record(
            bytes: UnsafeRawBufferPointer(start: buffer + range.lowerBound, count: range.count),
            index: index,
            offset: discarded + range.lowerBound
        )
    }

    /// Parses the value at `start` into the tape, reading more input while it is incomplete.
    private func parseValue(record: Int? = nil) throws(LogParseError) -> Range<Int> {
        while true {
            do throws(JSONSyntaxError) {
                let end = try tape.parse(UnsafeRawBufferPointer(start: buffer + start, count: filled - start))
                let range = start..<(start + end)
                start += end
                return range
            } catch {
                if error.reason == .unexpectedEnd && !atEnd {
                    let before = filled - start
                    try refill()
                    if filled - start > before { continue }
                }
                throw syntaxError(error, record: record)
            }
        }
    }

    // MARK: Stage 3: the buffer

    /// Makes at least `count` bytes available from `start`; false when the stream ends first.
    private func ensure(_ count: Int) throws(LogParseError) -> Bool {
        while filled - start < count {
            guard !atEnd else { return false }
            try refill()
        }
        return true
    }

    /// The next non-whitespace byte (not consumed), or nil at the end of the stream.
    private func peekNonWhitespace() throws(LogParseError) -> UInt8? {
        while true {
            while start < filled {
                let byte = buffer.load(fromByteOffset: start, as: UInt8.self)
                guard byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 else { return byte }
                start += 1
            }
            guard !atEnd else { return nil }
            try refill()
        }
    }

    /// Moves the unconsumed bytes to the front, grows the buffer if one record fills it, and reads.
    private func refill() throws(LogParseError) {
        if start > 0 {
            let pending = filled - start
            if pending > 0 { buffer.copyMemory(from: buffer + start, byteCount: pending) }
            discarded += start
            filled = pending
            start = 0
        }
        if filled == capacity {
            guard capacity < JSONTape.maximumRecordSize + Self.chunkSize else {
                throw LogParseError(
                    .tooLarge, file: name, recordIndex: recordCount, byteOffset: discarded,
                    message: "a single record is larger than \(JSONTape.maximumRecordSize >> 20) MiB")
            }
            let bigger = UnsafeMutableRawPointer.allocate(byteCount: capacity * 2, alignment: 16)
            bigger.copyMemory(from: buffer, byteCount: filled)
            buffer.deallocate()
            buffer = bigger
            capacity *= 2
        }
        let count: Int
        do {
            count = try input.read(
                into: UnsafeMutableRawBufferPointer(start: buffer + filled, count: capacity - filled))
        } catch {
            // Say which record was being read when the input (a gzip stream) broke.
            var located = error
            located.recordIndex = located.recordIndex ?? recordCount
            throw located
        }
        if count == 0 { atEnd = true }
        filled += count
    }

    // MARK: Errors

    private func syntaxError(_ error: JSONSyntaxError, record: Int?) -> LogParseError {
        let code: LogParseError.Code =
            switch error.reason {
            case .unexpectedEnd: .truncated
            case .tooLarge: .tooLarge
            default: .invalidJSON
            }
        return LogParseError(
            code, file: name, recordIndex: record, byteOffset: discarded + start + error.offset, message: error.message)
    }

    private func truncated(_ what: String) -> LogParseError {
        LogParseError(
            .truncated, file: name, recordIndex: nil, byteOffset: discarded + start,
            message: "the file ends too early: \(what) (truncated file?)")
    }

    private func unexpected(_ byte: UInt8, expected: String, record: Int? = nil) -> LogParseError {
        LogParseError(
            .invalidJSON, file: name, recordIndex: record, byteOffset: discarded + start,
            message: "expected \(expected) but found \(JSONSyntaxError.describe(byte))")
    }
}
