import AuditLog
import Foundation
import Testing

/// Random single-byte corruptions of a real record: whenever Foundation's JSON parser rejects the
/// bytes, ours must reject them too (as invalid or truncated JSON), and whatever ours accepts,
/// Foundation accepts. A deterministic generator keeps failures reproducible.
@Suite struct JSONDifferentialTests {
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let interesting: [UInt8] =
        Array("{}[]\",:\\ 0-.e+tfnu/ab".utf8) + [0x00, 0x01, 0x1F, 0x7F, 0x80, 0xBF, 0xC3, 0xE2, 0xED, 0xF0, 0xFF]

    @Test(arguments: 0..<4)
    func corruptedRecordsAgreeWithFoundation(seed: Int) throws {
        let record = try TestData.json(try TestData.stratusRecords("aws.execution.ec2-user-data.json")[seed * 3])
        var generator = Generator(state: UInt64(seed) &* 7919 &+ 1)
        for _ in 0..<250 {
            var bytes = [UInt8](record)
            let edits = Int.random(in: 1...3, using: &generator)
            for _ in 0..<edits {
                let position = Int.random(in: 0..<bytes.count, using: &generator)
                switch Int.random(in: 0..<3, using: &generator) {
                case 0: bytes[position] = Self.interesting.randomElement(using: &generator) ?? 0
                case 1: bytes.insert(Self.interesting.randomElement(using: &generator) ?? 0, at: position)
                default: bytes.remove(at: position)
                }
            }
            let text = Data("[".utf8 + bytes + "]".utf8)
            let foundationAccepts = (try? JSONSerialization.jsonObject(with: text)) != nil
            do {
                _ = try LogFileParser(source: .awsCloudTrail).events(in: text, name: "fuzz.json")
                #expect(
                    foundationAccepts, "we accepted what Foundation rejects: \(String(decoding: bytes, as: UTF8.self))")
            } catch {
                let syntax = [.invalidJSON, .truncated, .recordNotObject, .wrongTopLevel].contains(error.code)
                if !foundationAccepts {
                    #expect(
                        syntax, "Foundation rejects, we said \(error.code): \(String(decoding: bytes, as: UTF8.self))")
                }
            }
        }
    }
}
