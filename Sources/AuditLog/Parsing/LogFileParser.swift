public import Foundation

/// Reads audit log files — CloudTrail, GitHub organization audit log, Okta System Log — into
/// normalized `Event`s, keeping every record's exact bytes in `Event.raw`.
///
/// Each file is read as a stream (gunzipped on the fly when it is gzip), checked as strict JSON
/// (grammar, escapes, UTF-8) and split into records. The source is detected from the first record
/// unless one is forced. A file is all or nothing: any problem throws a `LogParseError` naming the
/// file, the record index and the byte offset, and no event of that file is returned.
///
/// ```swift
/// let events = try LogFileParser().events(inFileAt: url)
/// ```
public struct LogFileParser: Sendable {
    /// Forces every record to be read as this source; nil detects it per file.
    public var source: Event.SourceKind?
    /// How many events `forEachBatch` hands over at a time.
    public var batchSize: Int

    public init(source: Event.SourceKind? = nil, batchSize: Int = 4096) {
        self.source = source
        self.batchSize = max(1, batchSize)
    }

    /// Every event in the file at `url` (`.json`, `.json.gz`, NDJSON...), in file order.
    ///
    /// - Parameters:
    ///   - url: a local file.
    ///   - displayName: how errors name the file; the path by default.
    /// - Throws: `LogParseError` when the file cannot be read or any record is malformed; then no
    ///   event of the file is returned.
    public func events(inFileAt url: URL, displayName: String? = nil) throws(LogParseError) -> [Event] {
        var all: [Event] = []
        try run(FileSource(path: url.path, name: displayName ?? url.path)) { all.append(contentsOf: $0) }
        return all
    }

    /// Every event in `data` (plain or gzip JSON); `name` is how errors name it.
    public func events(in data: Data, name: String) throws(LogParseError) -> [Event] {
        var all: [Event] = []
        try run(MemorySource(data: data, name: name)) { all.append(contentsOf: $0) }
        return all
    }

    /// Reads the file at `url` and hands its events to `body` in batches of `batchSize`, so that a
    /// huge export never needs all its events in memory at once.
    ///
    /// A file is still all or nothing, but batches are handed over before the end of the file has
    /// been checked: when this throws a `LogParseError`, the caller must discard every batch it got
    /// for this file (the log store does so by ingesting each file in one transaction).
    ///
    /// - Throws: `LogParseError`, or whatever `body` throws (which stops the reading).
    public func forEachBatch(
        inFileAt url: URL,
        displayName: String? = nil,
        _ body: ([Event]) throws -> Void
    ) throws {
        try runThrowing(FileSource(path: url.path, name: displayName ?? url.path), body)
    }

    /// `forEachBatch(inFileAt:)` for data already in memory (an S3 object body).
    public func forEachBatch(in data: Data, name: String, _ body: ([Event]) throws -> Void) throws {
        try runThrowing(MemorySource(data: data, name: name), body)
    }

    /// Every event read from `input` (already decompressed); for tests that control how the
    /// bytes arrive.
    func events(from input: any ByteInput, name: String) throws(LogParseError) -> [Event] {
        var all: [Event] = []
        try ParseSession(reader: RecordReader(input, name: name), forced: source, name: name, batchSize: batchSize).run
        {
            all.append(contentsOf: $0)
        }
        return all
    }

    // MARK: Stage 1: open the input (sniffing gzip)

    private func runThrowing(_ origin: some InputOrigin, _ body: ([Event]) throws -> Void) throws {
        var failure: (any Error)?
        do {
            try run(origin) { batch in
                guard failure == nil else { return }
                do { try body(batch) } catch { failure = error }
            }
        }
        if let failure { throw failure }
    }

    private func run(_ origin: some InputOrigin, _ deliver: ([Event]) -> Void) throws(LogParseError) {
        do {
            let reader = RecordReader(try origin.open(), name: origin.name)
            try ParseSession(reader: reader, forced: source, name: origin.name, batchSize: batchSize).run(deliver)
        } catch {
            throw origin.locate(error)
        }
    }
}

// MARK: - Where the bytes come from

/// Opens a fresh stream over the file's JSON text; a second open serves to find line and column
/// of an error without keeping line counts on the fast path.
private protocol InputOrigin {
    var name: String { get }
    func open() throws(LogParseError) -> any ByteInput
}

extension InputOrigin {
    /// Adds line and column to an error that has a byte offset, by reading up to it again.
    func locate(_ error: LogParseError) -> LogParseError {
        guard error.code != .badGzip, error.code != .unreadable, let offset = error.byteOffset, error.line == nil,
            let input = try? open()
        else { return error }
        var located = error
        var line = 1
        var column = 1
        var position = 0
        let chunk = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 16, alignment: 16)
        defer { chunk.deallocate() }
        while position < offset, let count = try? input.read(into: chunk), count > 0 {
            for k in 0..<min(count, offset - position) {
                let byte = chunk[k]
                if byte == 0x0A {
                    line += 1
                    column = 1
                } else if byte & 0xC0 != 0x80 {
                    column += 1
                }
            }
            position += count
        }
        located.line = line
        located.column = column
        return located
    }
}

private struct FileSource: InputOrigin {
    var path: String
    var name: String

    func open() throws(LogParseError) -> any ByteInput {
        let file = try FileByteInput(path: path, name: name)
        let head = file.peek(2)
        if head == [0x1F, 0x8B] { return try GzipByteInput(file, name: name) }
        if path.hasSuffix(".gz") {
            throw LogParseError(
                .badGzip, file: name, byteOffset: 0, message: "the file is named .gz but is not gzip data")
        }
        return file
    }
}

private struct MemorySource: InputOrigin {
    var data: Data
    var name: String

    func open() throws(LogParseError) -> any ByteInput {
        if data.starts(with: [0x1F, 0x8B]) {
            // Whole in memory: gunzip in one go. Too large, or rejected: stream through zlib,
            // which keeps memory flat and says where bad data goes wrong.
            if case .decoded(let text) = WholeGzipDecoder.decode(data) { return DataByteInput(text) }
            return try GzipByteInput(DataByteInput(data), name: name)
        }
        let input = DataByteInput(data)
        if name.hasSuffix(".gz") {
            throw LogParseError(
                .badGzip, file: name, byteOffset: 0, message: "the data is named .gz but is not gzip data")
        }
        return input
    }
}
