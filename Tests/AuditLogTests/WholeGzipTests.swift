import Foundation
import Testing

@testable import AuditLog

/// Gzip data already in memory is gunzipped whole by libdeflate; files read from disk, oversized
/// output and bad data go through zlib's streaming inflate. Both must read every gzip file alike,
/// and bad data must be refused with today's messages.
@Suite struct WholeGzipTests {
    static let sample = "aws.credential-access.secretsmanager-retrieve-secrets.json"

    /// A CloudTrail trail object of every Stratus Red Team record (about 1 MB of JSON).
    static func trail() throws -> Data {
        try TestData.json(["Records": try TestData.allStratusRecords()])
    }

    /// Gunzips through the zlib streaming path, as files on disk are read.
    static func streamed(_ gz: Data) throws -> Data {
        let input = try GzipByteInput(DataByteInput(gz), name: "streamed.json.gz")
        var text = Data()
        let chunk = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 16, alignment: 16)
        defer { chunk.deallocate() }
        while true {
            let count = try input.read(into: chunk)
            if count == 0 { return text }
            text.append(contentsOf: UnsafeRawBufferPointer(rebasing: chunk[..<count]))
        }
    }

    /// The text libdeflate made of `gz`, or nil when it did not decode it.
    static func whole(_ gz: Data, limit: Int = WholeGzipDecoder.defaultLimit) -> Data? {
        guard case .decoded(let text) = WholeGzipDecoder.decode(gz, limit: limit) else { return nil }
        return text
    }

    static func isRejected(_ gz: Data) -> Bool {
        if case .rejected = WholeGzipDecoder.decode(gz) { return true }
        return false
    }

    func parse(_ gz: Data, name: String = "bad.json.gz") throws -> LogParseError {
        try #require(throws: LogParseError.self) { try LogFileParser().events(in: gz, name: name) }
    }

    // MARK: Same text and events as the streaming path

    @Test(arguments: [["-n"], ["-n", "-1"], ["-n", "-9"], []])
    func decodesLikeZlib(flags: [String]) throws {
        let text = try Self.trail()
        let gz = try TestData.gzip(text, flags: flags)
        #expect(try Self.streamed(gz) == text)
        #expect(Self.whole(gz) == text)
    }

    @Test func everyStratusFileDecodesLikeZlib() throws {
        #expect(TestData.stratusFiles.count > 10)
        for name in TestData.stratusFiles {
            let text = try Data(contentsOf: TestData.stratus(name))
            let gz = try TestData.gzip(text)
            #expect(Self.whole(gz) == text, "\(name)")
        }
    }

    @Test func inMemoryAndOnDiskGiveTheSameEvents() throws {
        let directory = try TestData.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let gz = try TestData.gzip(try Self.trail())
        let file = directory.appendingPathComponent("trail.json.gz")
        try gz.write(to: file)
        let fromDisk = try LogFileParser().events(inFileAt: file, displayName: "trail.json.gz")
        let inMemory = try LogFileParser().events(in: gz, name: "trail.json.gz")
        #expect(fromDisk.count == (try TestData.allStratusRecords()).count)
        #expect(inMemory == fromDisk)
    }

    // MARK: Concatenated and empty members

    @Test func concatenatedMembersAreAllRead() throws {
        let records = try TestData.stratusRecords(Self.sample).map { try TestData.json($0) }
        let lines = records.map { $0 + Data("\n".utf8) }
        let gz = try lines.map { try TestData.gzip($0) }.reduce(Data(), +)
        let text = lines.reduce(Data(), +)
        #expect(Self.whole(gz) == text)
        #expect(try LogFileParser().events(in: gz, name: "members.ndjson.gz").count == records.count)
    }

    /// The trailer's size is the last member's only: a large first member and a tiny last one
    /// make the first buffer far too small, and it must grow.
    @Test func lastMemberSizeIsOnlyAHint() throws {
        let big = try Self.trail()
        #expect(big.count > 4 * WholeGzipDecoder.minimumCapacity)
        let tail = Data("\n".utf8)
        let gz = try TestData.gzip(big) + TestData.gzip(tail)
        #expect(gz.suffix(4) == Data([1, 0, 0, 0]))
        #expect(Self.whole(gz) == big + tail)
    }

    @Test func emptyMembers() throws {
        let empty = try TestData.gzip(Data())
        #expect(Self.whole(empty) == Data())
        #expect(try Self.streamed(empty) == Data())
        let text = try TestData.json(try TestData.stratusRecords(Self.sample))
        let gz = empty + (try TestData.gzip(text)) + empty
        #expect(Self.whole(gz) == text)
        #expect(
            try LogFileParser().events(in: gz, name: "padded.json.gz").count
                == (try TestData.stratusRecords(Self.sample)).count)
    }

    // MARK: Size bound

    @Test func outputBeyondTheLimitIsLeftToStreaming() throws {
        let text = try Self.trail()
        let gz = try TestData.gzip(text)
        guard case .tooLarge = WholeGzipDecoder.decode(gz, limit: text.count - 1) else {
            Issue.record("expected .tooLarge for a limit one byte short")
            return
        }
        #expect(Self.whole(gz, limit: text.count) == text)
    }

    @Test(arguments: [0, 1, 70_000, 1 << 31, Int(UInt32.max)])
    func firstBufferIsBounded(hint: Int) {
        let limit = WholeGzipDecoder.defaultLimit
        let capacity = WholeGzipDecoder.firstCapacity(hint: hint, limit: limit)
        #expect(capacity <= limit)
        #expect(capacity >= min(hint, limit))
        #expect(capacity >= WholeGzipDecoder.minimumCapacity)
    }

    // MARK: Bad data is refused, with today's messages

    @Test(arguments: [2, 10, 11, 40, 1_000, 50_000])
    func truncatedIsRefused(cut: Int) throws {
        let gz = try TestData.gzip(try Self.trail())
        let short = gz.prefix(cut)
        #expect(Self.isRejected(short))
        let error = try parse(short, name: "short.json.gz")
        #expect(error.code == .badGzip)
        #expect(error.file == "short.json.gz")
        #expect(error.message.contains("truncated"))
    }

    @Test(arguments: [1, 4, 8])
    func missingTrailerBytesAreRefused(missing: Int) throws {
        let gz = try TestData.gzip(try Self.trail())
        let short = gz.prefix(gz.count - missing)
        #expect(Self.isRejected(short))
        let error = try parse(short, name: "short.json.gz")
        #expect(error.code == .badGzip)
        #expect(error.message.contains("truncated"))
    }

    @Test(arguments: [0.1, 0.5, 0.9])
    func flippedByteIsRefused(at fraction: Double) throws {
        var gz = try TestData.gzip(try Self.trail())
        gz[Int(Double(gz.count) * fraction)] ^= 0x5A
        #expect(Self.isRejected(gz))
        let error = try parse(gz, name: "corrupt.json.gz")
        // The streamed re-read may meet garbage JSON before zlib's checksum fails: either way
        // the file is refused whole.
        #expect(error.code == .badGzip || error.code == .invalidJSON)
        #expect(error.file == "corrupt.json.gz")
    }

    @Test func wrongCRCIsRefused() throws {
        var gz = try TestData.gzip(try Self.trail())
        gz[gz.count - 8] ^= 0x01
        #expect(Self.isRejected(gz))
        let error = try parse(gz)
        #expect(error.code == .badGzip)
        #expect(error.message.contains("incorrect data check"))
    }

    @Test(arguments: [UInt32(1), UInt32.max])
    func lyingSizeIsRefused(size: UInt32) throws {
        var gz = try TestData.gzip(try Self.trail())
        for k in 0..<4 { gz[gz.count - 4 + k] = UInt8(truncatingIfNeeded: size >> (8 * UInt32(k))) }
        #expect(Self.isRejected(gz))
        let error = try parse(gz)
        #expect(error.code == .badGzip)
        #expect(error.message.contains("incorrect length check"))
    }

    @Test func garbageAfterTheLastMemberIsRefused() throws {
        let gz = try TestData.gzip(try TestData.json(try TestData.stratusRecords(Self.sample))) + Data("junk".utf8)
        #expect(Self.isRejected(gz))
        #expect(try parse(gz).code == .badGzip)
    }
}
