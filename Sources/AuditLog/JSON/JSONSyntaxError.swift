/// Why a byte range is not one valid JSON value; `offset` is relative to the start of the range.
///
/// Internal to the module: the readers turn it into a `LogParseError` that names the file and the
/// record.
struct JSONSyntaxError: Error, Sendable, Equatable {
    enum Reason: Sendable, Equatable {
        /// The input stopped inside a value: truncated, or more data is still to come.
        case unexpectedEnd
        case unexpectedByte(UInt8, expected: String)
        case invalidUTF8
        case invalidEscape
        case controlCharacterInString
        case invalidNumber
        case invalidLiteral
        case tooDeep
        case tooLarge
    }

    var reason: Reason
    var offset: Int

    /// The reason as a clause for an error message (`expected ':' but found '}'`).
    var message: String {
        switch reason {
        case .unexpectedEnd: "the JSON ends in the middle of a value (truncated file?)"
        case .unexpectedByte(let byte, let expected): "expected \(expected) but found \(Self.describe(byte))"
        case .invalidUTF8: "invalid UTF-8 byte sequence (the sources write UTF-8; was the file re-encoded?)"
        case .invalidEscape: "invalid escape sequence in a string"
        case .controlCharacterInString: "unescaped control character in a string"
        case .invalidNumber: "invalid number"
        case .invalidLiteral: "invalid literal (expected true, false or null)"
        case .tooDeep: "values nested deeper than \(JSONTape.maximumDepth) levels"
        case .tooLarge: "a single record larger than \(JSONTape.maximumRecordSize / (1 << 20)) MiB"
        }
    }

    static func describe(_ byte: UInt8) -> String {
        if byte >= 0x21 && byte < 0x7F { return "'\(Character(Unicode.Scalar(byte)))'" }
        return "byte 0x" + String(byte, radix: 16, uppercase: true)
    }
}
