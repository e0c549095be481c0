import Foundation
import Testing

@testable import AuditLog

/// Short reads (pipes, network file systems) can cut the input anywhere: inside the
/// `{"Records": [` prefix, a string, an escape, a UTF-8 sequence, a number or a literal.
@Suite struct ChunkBoundaryTests {
    /// Serves at most `sizes[i % sizes.count]` bytes per read.
    final class DribbleInput: ByteInput {
        let data: [UInt8]
        let sizes: [Int]
        var position = 0
        var reads = 0

        init(_ data: Data, sizes: [Int]) {
            self.data = Array(data)
            self.sizes = sizes
        }

        func read(into buffer: UnsafeMutableRawBufferPointer) throws(LogParseError) -> Int {
            let count = min(buffer.count, sizes[reads % sizes.count], data.count - position)
            reads += 1
            guard count > 0 else { return 0 }
            for k in 0..<count { buffer[k] = data[position + k] }
            position += count
            return count
        }
    }

    static let record =
        #"{"eventVersion":"1.10","userIdentity":{"type":"IAMUser","userName":"Ren\u00e9e ⚡️","principalId":"AIDA1"},"#
        + #""eventTime":"2024-12-04T10:00:00Z","eventSource":"iam.amazonaws.com","eventName":"CreateUser","n":-12.5e3,"t":true,"#
        + #""f":false,"z":null,"eventID":"e-\#(0)"}"#

    @Test(arguments: [[1], [2, 3], [7, 1, 5], [4096]])
    func anyCutReadsTheSame(sizes: [Int]) throws {
        let records = (0..<20).map { Self.record.replacingOccurrences(of: "e-0", with: "e-\($0)") }
        let text = "\n  { \n \"Records\" : [" + records.joined(separator: ",\n") + "] }\n"
        let expected = try LogFileParser().events(in: Data(text.utf8), name: "whole.json")
        let dribbled = try LogFileParser().events(
            from: DribbleInput(Data(text.utf8), sizes: sizes), name: "dribble.json")
        #expect(expected.count == 20)
        #expect(dribbled == expected)
        #expect(dribbled.map { String(decoding: $0.raw, as: UTF8.self) } == records)
        #expect(dribbled.first?.actor.name == "Renée ⚡️")
    }

    @Test func truncationIsStillDetectedWithShortReads() throws {
        let text = "[" + Self.record + "," + Self.record.dropLast(9)
        let error = try #require(throws: LogParseError.self) {
            try LogFileParser().events(from: DribbleInput(Data(text.utf8), sizes: [3]), name: "cut.json")
        }
        #expect(error.code == .truncated)
        #expect(error.recordIndex == 1)
    }
}
