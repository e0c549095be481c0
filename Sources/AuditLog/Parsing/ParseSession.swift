import Foundation

/// One pass over one file: detects the source from the first record, normalizes every record,
/// and unwraps `lookup-events` entries (whose CloudTrail record is a JSON string).
final class ParseSession {
    private let reader: RecordReader
    private let name: String
    private let batchSize: Int
    private var source: Event.SourceKind?
    private let forced: Bool
    /// Parses the CloudTrail record inside a `lookup-events` entry.
    private lazy var innerTape = JSONTape()

    init(reader: RecordReader, forced: Event.SourceKind?, name: String, batchSize: Int) {
        self.reader = reader
        self.name = name
        self.batchSize = batchSize
        source = forced
        self.forced = forced != nil
    }

    func run(_ deliver: ([Event]) -> Void) throws(LogParseError) {
        var batch: [Event] = []
        // Most files hold a few dozen records: reserving a whole batch for each costs more than growing.
        batch.reserveCapacity(min(batchSize, 128))
        while let record = try reader.next() {
            do throws(RecordProblem) {
                batch.append(try normalize(record))
            } catch {
                throw LogParseError(
                    error.code, file: name, recordIndex: record.index, byteOffset: record.offset, message: error.message
                )
            }
            if batch.count >= batchSize {
                deliver(batch)
                batch.removeAll(keepingCapacity: true)
            }
        }
        if !batch.isEmpty { deliver(batch) }
    }

    // MARK: Stage 1: which source

    private func normalize(_ record: RecordReader.Record) throws(RecordProblem) -> Event {
        let tape = reader.tape
        Self.chooseKeyCase(tape)
        if source == nil {
            if case .wrapped = reader.layout {
                source = .awsCloudTrail
            } else {
                source = try detect(tape)
            }
        } else if !forced, try detect(tape) != source {
            throw RecordProblem(
                code: .unknownSource,
                message: "the record is not a \(Self.displayName(source)) record like the ones before it; "
                    + "a file must hold records of one source"
            )
        }
        guard let source else { throw RecordProblem(code: .unknownSource, message: "unreachable: no source") }
        return try Self.normalize(tape, raw: record.bytes, as: source, inner: innerTape)
    }

    /// A record with none of the keys every source writes may be an Athena export, whose column
    /// names are lowercase: its keys are then read case-insensitively.
    static func chooseKeyCase(_ tape: JSONTape) {
        tape.foldsKeyCase = false
        if tape.member(0, "eventTime") == nil && tape.member(0, "published") == nil && tape.member(0, "action") == nil
            && tape.member(0, "CloudTrailEvent") == nil
        {
            tape.foldsKeyCase = true
        }
    }

    /// The record parsed into `tape` (whose bytes are `raw`) as an event of `source`; the one
    /// place that decides, shared by the file parser and `RecordNormalizer`.
    static func normalize(
        _ tape: JSONTape, raw: UnsafeRawBufferPointer, as source: Event.SourceKind,
        inner: @autoclosure () -> JSONTape
    ) throws(RecordProblem) -> Event {
        switch source {
        case .awsCloudTrail:
            if tape.member(0, "eventVersion") == nil, let wrapped = tape.member(0, "CloudTrailEvent") {
                return try unwrapLookupEvent(tape, wrapped, inner: inner())
            }
            return try CloudTrailNormalizer().event(tape, raw: raw)
        case .github:
            return try GitHubNormalizer().event(tape, raw: raw)
        case .okta:
            return try OktaNormalizer().event(tape, raw: raw)
        }
    }

    private func detect(_ tape: JSONTape) throws(RecordProblem) -> Event.SourceKind {
        if tape.member(0, "eventVersion") != nil || tape.member(0, "CloudTrailEvent") != nil
            || (tape.member(0, "eventSource") != nil && tape.member(0, "eventName") != nil)
        {
            return .awsCloudTrail
        }
        if tape.member(0, "eventType") != nil && tape.member(0, "published") != nil { return .okta }
        if tape.member(0, "action") != nil
            && (tape.member(0, "@timestamp") != nil || tape.member(0, "created_at") != nil)
        {
            return .github
        }
        if let records = tape.member(0, "Records") ?? tape.member(0, "Events"), tape.kind(records) == .array {
            throw RecordProblem(
                code: .wrongTopLevel,
                message: "the object's array of records is not its first member; put \"Records\" first, "
                    + "as CloudTrail writes it"
            )
        }
        if tape.member(0, "digestStartTime") != nil && tape.member(0, "logFiles") != nil {
            throw RecordProblem(
                code: .unknownSource,
                message: "this is a CloudTrail digest file (hashes of log files), not log records; leave it out"
            )
        }
        throw RecordProblem(
            code: .unknownSource,
            message: "the record is not CloudTrail (no eventVersion/eventSource), Okta (no eventType/published) "
                + "or GitHub (no action/@timestamp); pass --source if you know what it is"
        )
    }

    private static func displayName(_ source: Event.SourceKind?) -> String {
        switch source {
        case .awsCloudTrail: "CloudTrail"
        case .github: "GitHub"
        case .okta: "Okta"
        case nil: "known"
        }
    }

    // MARK: Stage 2: lookup-events entries

    /// `aws cloudtrail lookup-events` returns each record as a JSON string in `CloudTrailEvent`;
    /// the record kept (and hashed) is that string's content, the CloudTrail record itself.
    private static func unwrapLookupEvent(_ tape: JSONTape, _ wrapped: Int, inner: JSONTape) throws(RecordProblem)
        -> Event
    {
        guard let bytes = tape.stringBytes(wrapped) else {
            throw RecordProblem(
                code: .missingField, message: "'CloudTrailEvent' is not a string holding a CloudTrail record")
        }
        let result = bytes.withUnsafeBytes { raw in
            Result { () throws(RecordProblem) -> Event in try unwrapped(inner, raw) }
        }
        return try result.get()
    }

    private static func unwrapped(_ inner: JSONTape, _ raw: UnsafeRawBufferPointer) throws(RecordProblem) -> Event {
        let end: Int
        let start = raw.firstIndex { ![0x20, 0x0A, 0x0D, 0x09].contains($0) } ?? raw.count
        do throws(JSONSyntaxError) {
            end = start + (try inner.parse(UnsafeRawBufferPointer(rebasing: raw[start...])))
        } catch {
            throw RecordProblem(
                code: error.reason == .unexpectedEnd ? .truncated : .invalidJSON,
                message:
                    "the record inside 'CloudTrailEvent' is not valid JSON: \(error.message) at byte \(start + error.offset)"
            )
        }
        guard inner.kind(0) == .object, raw[end...].allSatisfy({ [0x20, 0x0A, 0x0D, 0x09].contains($0) }) else {
            throw RecordProblem(code: .invalidJSON, message: "'CloudTrailEvent' does not hold exactly one JSON object")
        }
        return try CloudTrailNormalizer().event(inner, raw: raw)
    }
}
