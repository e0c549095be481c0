import Testing
import Zstd

/// CloudTrail-like records: the same shape and vocabulary, different values, as real logs are.
private func records(_ count: Int, seed: Int = 1) -> [[UInt8]] {
    let actions = ["GetObject", "PutObject", "AssumeRole", "DescribeInstances", "ListBuckets", "StopLogging"]
    let people = ["alice", "bob", "mara.okafor", "li.wei", "sam"]
    return (0..<count).map { index in
        let n = index &* 2_654_435_761 &+ seed
        let record = """
            {"eventVersion":"1.08","userIdentity":{"type":"AssumedRole","principalId":"AROA\(n % 99_991):\(people[n % people.count])",\
            "arn":"arn:aws:sts::1234567890\(n % 7):assumed-role/AWSReservedSSO_Admin_\(n % 13)/\(people[n % people.count])"},\
            "eventTime":"2026-11-\(10 + n % 18)T\(10 + n % 13):\(10 + n % 49):\(10 + n % 47)Z","eventSource":"s3.amazonaws.com",\
            "eventName":"\(actions[n % actions.count])","awsRegion":"eu-west-\(1 + n % 3)","sourceIPAddress":"10.\(n % 250).\(n % 199).\(n % 97)",\
            "userAgent":"aws-cli/2.15.\(n % 40)","requestParameters":{"bucketName":"acme-\(n % 31)","key":"reports/\(n)"},\
            "eventID":"\(n)-\(index)-4c1e-9a2b","readOnly":\(n % 2 == 0),"eventType":"AwsApiCall","recipientAccountId":"1234567890\(n % 7)"}
            """
        return Array(record.utf8)
    }
}

@Suite("zstd with trained dictionaries")
struct ZstdTests {
    @Test("every record comes back byte for byte, with and without a dictionary", arguments: [true, false])
    func roundTrip(withDictionary: Bool) throws {
        let samples = records(2_000)
        let dictionary = withDictionary ? try ZstdDictionary.train(samples: samples) : nil
        let compressor = try ZstdCompressor(dictionary: dictionary)
        let decompressor = try ZstdDecompressor(dictionary: dictionary)
        for record in records(300, seed: 7) + [[], Array("x".utf8)] {
            let frame = try compressor.compress(record)
            #expect(try decompressor.decompress(frame) == record)
            #expect(try decompressor.decompress(frame[...]) == record)
        }
    }

    @Test("frames appended one after another into one buffer each come back whole")
    func packedFrames() throws {
        let dictionary = try ZstdDictionary.train(samples: records(2_000))
        let compressor = try ZstdCompressor(dictionary: dictionary)
        let decompressor = try ZstdDecompressor(dictionary: dictionary)
        let originals = records(50, seed: 3)
        var packed: [UInt8] = [0xAA]
        var ranges: [Range<Int>] = []
        for record in originals {
            let start = packed.count
            try compressor.compress(record, appendingTo: &packed)
            ranges.append(start..<packed.count)
            #expect(Array(packed[start...]) == (try compressor.compress(record)))
        }
        #expect(packed[0] == 0xAA)
        for (record, range) in zip(originals, ranges) {
            #expect(try decompressor.decompress(packed[range]) == record)
        }
    }

    @Test("a dictionary makes a lone small record several times smaller than zstd alone")
    func dictionaryPaysOff() throws {
        let dictionary = try ZstdDictionary.train(samples: records(2_000))
        #expect(dictionary.id != 0)
        let withDictionary = try ZstdCompressor(dictionary: dictionary)
        let alone = try ZstdCompressor(dictionary: nil)
        let unseen = records(500, seed: 99)
        let plain = unseen.reduce(0) { $0 + $1.count }
        let small = try unseen.reduce(0) { $0 + (try withDictionary.compress($1)).count }
        let large = try unseen.reduce(0) { $0 + (try alone.compress($1)).count }
        #expect(small * 3 < plain, "dictionary: \(plain) → \(small) bytes")
        #expect(small * 2 < large, "dictionary \(small) bytes against \(large) without")
    }

    @Test("a frame read with another dictionary, or damaged, is refused, never misread")
    func wrongDictionaryOrDamage() throws {
        let first = try ZstdDictionary.train(samples: records(1_000, seed: 1))
        let second = try ZstdDictionary.train(samples: records(1_000, seed: 2))
        #expect(first.id != second.id)
        let record = records(1, seed: 5)[0]
        let frame = try ZstdCompressor(dictionary: first).compress(record)
        #expect(throws: ZstdError.self) { try ZstdDecompressor(dictionary: second).decompress(frame) }
        #expect(throws: ZstdError.self) { try ZstdDecompressor(dictionary: nil).decompress(frame) }
        var truncated = frame
        truncated.removeLast(3)
        #expect(throws: ZstdError.self) { try ZstdDecompressor(dictionary: first).decompress(truncated) }
        #expect(throws: ZstdError.self) { try ZstdDecompressor(dictionary: first).decompress(Array("{\"a\":1}".utf8)) }
    }

    @Test("a frame claiming more than the limit is refused before anything is allocated")
    func sizeLimit() throws {
        let big = [UInt8](repeating: 0x41, count: 100_000)
        let frame = try ZstdCompressor(dictionary: nil).compress(big)
        #expect(frame.count < 1_000)
        let error = #expect(throws: ZstdError.self) { try ZstdDecompressor(dictionary: nil, limit: 50_000).decompress(frame) }
        #expect(error?.reason.contains("limit") == true)
        #expect(try ZstdDecompressor(dictionary: nil, limit: 100_000).decompress(frame) == big)
    }

    @Test("training refuses too few samples with a reason")
    func tooFewSamples() {
        let error = #expect(throws: ZstdError.self) { try ZstdDictionary.train(samples: records(10)) }
        #expect(error?.description.contains("at least") == true)
    }
}
