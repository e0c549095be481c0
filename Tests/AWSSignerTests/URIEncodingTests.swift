import Testing

@testable import AWSSigner

@Suite struct URIEncodingTests {
    /// Every byte value: unreserved characters stay, everything else is `%XY` in uppercase hex.
    @Test func everyByteIsEncodedAsRFC3986Says() {
        let unreserved = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.~".utf8)
        for byte in UInt8.min...UInt8.max {
            let encoded = URIEncoding.encode([byte])
            if unreserved.contains(byte) {
                #expect(encoded == String(decoding: [byte], as: UTF8.self))
            } else {
                let hex = String(byte, radix: 16, uppercase: true)
                #expect(encoded == "%" + (hex.count == 1 ? "0" + hex : hex), "byte \(byte)")
            }
        }
        #expect(URIEncoding.encode(Array("a/b".utf8), keepSlash: true) == "a/b")
        #expect(URIEncoding.encode(Array("a/b".utf8)) == "a%2Fb")
    }

    /// Decoding what was encoded gives back the bytes, for a spread of pseudo-random inputs.
    @Test func decodeInvertsEncode() {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<500 {
            var bytes: [UInt8] = []
            for _ in 0..<Int(state % 40) {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                bytes.append(UInt8(truncatingIfNeeded: state >> 33))
            }
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let encoded = URIEncoding.encode(bytes)
            #expect(URIEncoding.decode(Substring(encoded).utf8) == bytes)
        }
    }

    @Test(arguments: [
        ("%41%4a%4A", "AJJ"), ("%", "%"), ("%4", "%4"), ("%G1", "%G1"), ("a+b", "a+b"), ("%E1%88%B4", "ሴ"),
    ])
    func decodeKeepsMalformedEscapesLiterally(input: String, expected: String) {
        #expect(URIEncoding.decode(Substring(input).utf8) == Array(expected.utf8))
    }
}
