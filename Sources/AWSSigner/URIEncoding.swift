/// Percent-encoding exactly as SigV4 defines it: RFC 3986, every byte except the unreserved
/// characters `A-Z a-z 0-9 - _ . ~` becomes `%XY` with uppercase hex.
///
/// Foundation's `addingPercentEncoding` leaves sub-delimiters such as `!*'()` alone, which AWS
/// would reject, so the signer carries its own encoder.
enum URIEncoding {
    private static let hexDigits = Array("0123456789ABCDEF".utf8)

    static func isUnreserved(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"):
            true
        case UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: "~"):
            true
        default:
            false
        }
    }

    /// Encodes `bytes` into `out`; `/` is kept when `keepSlash` is set (paths), encoded otherwise.
    static func encode<Bytes: Sequence<UInt8>>(_ bytes: Bytes, keepSlash: Bool = false, into out: inout [UInt8]) {
        for byte in bytes {
            if isUnreserved(byte) || (keepSlash && byte == UInt8(ascii: "/")) {
                out.append(byte)
            } else {
                out.append(UInt8(ascii: "%"))
                out.append(hexDigits[Int(byte >> 4)])
                out.append(hexDigits[Int(byte & 0x0f)])
            }
        }
    }

    static func encode<Bytes: Sequence<UInt8>>(_ bytes: Bytes, keepSlash: Bool = false) -> String {
        var out = [UInt8]()
        out.reserveCapacity(bytes.underestimatedCount * 3)
        encode(bytes, keepSlash: keepSlash, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Decodes `%XY` escapes. A `%` not followed by two hex digits is kept literally, the way
    /// servers treat it, rather than failing the whole request. `+` stays `+`: SigV4 query strings
    /// are not HTML form encoding.
    static func decode(_ text: Substring.UTF8View) -> [UInt8] {
        var out = [UInt8]()
        out.reserveCapacity(text.count)
        var index = text.startIndex
        while index < text.endIndex {
            let byte = text[index]
            if byte == UInt8(ascii: "%"),
                let first = text.index(index, offsetBy: 1, limitedBy: text.endIndex), first < text.endIndex,
                let second = text.index(first, offsetBy: 1, limitedBy: text.endIndex), second < text.endIndex,
                let high = hexValue(text[first]), let low = hexValue(text[second])
            {
                out.append(high << 4 | low)
                index = text.index(after: second)
            } else {
                out.append(byte)
                index = text.index(after: index)
            }
        }
        return out
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
