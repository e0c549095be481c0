/// A validating JSON parser that records one value as a flat "tape" of byte ranges (the layout
/// simdjson uses) instead of building dictionaries and strings.
///
/// Audit records are big and we need a dozen of their fields, so the parser checks the whole
/// record (grammar, escapes, UTF-8) in one pass over the bytes and allocates nothing per value;
/// strings are materialized only when a normalizer asks for them. One tape is reused for every
/// record of a file, so its storage is allocated once.
///
/// The tape points into the caller's buffer: it is valid only while that buffer is alive and
/// unchanged, which is why the type stays internal to the module.
final class JSONTape {
    /// Nesting limit: deep enough for any audit record, shallow enough that recursion is safe.
    static let maximumDepth = 256
    /// Largest single record accepted; CloudTrail caps events at 256 KiB, so this is generous.
    static let maximumRecordSize = 64 << 20

    enum Kind: UInt8 {
        case object = 1, array, string, number, `true`, `false`, null

        var name: String {
            switch self {
            case .object: "an object"
            case .array: "an array"
            case .string: "a string"
            case .number: "a number"
            case .true, .false: "a boolean"
            case .null: "null"
            }
        }
    }

    /// One value. Strings: `start..<end` excludes the quotes. Containers and scalars: `start..<end`
    /// covers the value's bytes. `next` is the tape index just past this value's subtree.
    struct Entry {
        var kind: Kind
        var escaped: Bool
        var start: UInt32
        var end: UInt32
        var next: UInt32
    }

    private(set) var entries: UnsafeMutablePointer<Entry>
    private(set) var count = 0
    private var capacity: Int
    private(set) var base: UnsafePointer<UInt8>
    private(set) var length = 0
    /// Match object keys without regard to ASCII case: Athena exports of CloudTrail tables write
    /// `eventtime`, `useridentity` where CloudTrail writes `eventTime`, `userIdentity`.
    var foldsKeyCase = false

    /// What `base` points at before the first parse, so it is never dangling.
    private let placeholder: UnsafeMutablePointer<UInt8>

    init(capacity: Int = 1024) {
        self.capacity = capacity
        entries = .allocate(capacity: capacity)
        placeholder = .allocate(capacity: 1)
        base = UnsafePointer(placeholder)
    }

    deinit {
        entries.deallocate()
        placeholder.deallocate()
    }

    /// Parses the one value that starts at the first byte of `bytes` (the caller skips leading
    /// whitespace) and returns the offset just past it. The root value is entry 0.
    func parse(_ bytes: UnsafeRawBufferPointer) throws(JSONSyntaxError) -> Int {
        count = 0
        guard let start = bytes.baseAddress, bytes.count > 0 else {
            throw JSONSyntaxError(reason: .unexpectedEnd, offset: 0)
        }
        base = start.assumingMemoryBound(to: UInt8.self)
        length = Swift.min(bytes.count, Self.maximumRecordSize)
        let end = try parseValue(at: 0, depth: 0)
        return end
    }

    // MARK: Stage 1: values

    private func parseValue(at position: Int, depth: Int) throws(JSONSyntaxError) -> Int {
        let p = base
        let n = length
        let i = skipWhitespace(from: position)
        guard i < n else { throw endError(i) }
        switch p[i] {
        case UInt8(ascii: "{"): return try parseObject(at: i, depth: depth)
        case UInt8(ascii: "["): return try parseArray(at: i, depth: depth)
        case UInt8(ascii: "\""):
            let (end, escaped) = try scanString(from: i + 1)
            append(.string, escaped: escaped, start: i + 1, end: end)
            return end + 1
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            let end = try scanNumber(from: i)
            append(.number, escaped: false, start: i, end: end)
            return end
        case UInt8(ascii: "t"): return try literal(at: i, "true", .true)
        case UInt8(ascii: "f"): return try literal(at: i, "false", .false)
        case UInt8(ascii: "n"): return try literal(at: i, "null", .null)
        case let byte: throw JSONSyntaxError(reason: .unexpectedByte(byte, expected: "a value"), offset: i)
        }
    }

    private func parseObject(at position: Int, depth: Int) throws(JSONSyntaxError) -> Int {
        guard depth < Self.maximumDepth else { throw JSONSyntaxError(reason: .tooDeep, offset: position) }
        let p = base
        let n = length
        let me = append(.object, escaped: false, start: position, end: position)
        var i = skipWhitespace(from: position + 1)
        guard i < n else { throw endError(i) }
        if p[i] == UInt8(ascii: "}") { return close(me, at: i) }
        while true {
            guard p[i] == UInt8(ascii: "\"") else {
                throw JSONSyntaxError(reason: .unexpectedByte(p[i], expected: "a string key"), offset: i)
            }
            let (keyEnd, escaped) = try scanString(from: i + 1)
            append(.string, escaped: escaped, start: i + 1, end: keyEnd)
            i = skipWhitespace(from: keyEnd + 1)
            guard i < n else { throw endError(i) }
            guard p[i] == UInt8(ascii: ":") else {
                throw JSONSyntaxError(reason: .unexpectedByte(p[i], expected: "':'"), offset: i)
            }
            i = skipWhitespace(from: try parseValue(at: i + 1, depth: depth + 1))
            guard i < n else { throw endError(i) }
            switch p[i] {
            case UInt8(ascii: ","):
                i = skipWhitespace(from: i + 1)
                guard i < n else { throw endError(i) }
            case UInt8(ascii: "}"):
                return close(me, at: i)
            case let byte:
                throw JSONSyntaxError(reason: .unexpectedByte(byte, expected: "',' or '}'"), offset: i)
            }
        }
    }

    private func parseArray(at position: Int, depth: Int) throws(JSONSyntaxError) -> Int {
        guard depth < Self.maximumDepth else { throw JSONSyntaxError(reason: .tooDeep, offset: position) }
        let p = base
        let n = length
        let me = append(.array, escaped: false, start: position, end: position)
        var i = skipWhitespace(from: position + 1)
        guard i < n else { throw endError(i) }
        if p[i] == UInt8(ascii: "]") { return close(me, at: i) }
        while true {
            i = skipWhitespace(from: try parseValue(at: i, depth: depth + 1))
            guard i < n else { throw endError(i) }
            switch p[i] {
            case UInt8(ascii: ","): i += 1
            case UInt8(ascii: "]"): return close(me, at: i)
            case let byte:
                throw JSONSyntaxError(reason: .unexpectedByte(byte, expected: "',' or ']'"), offset: i)
            }
        }
    }

    @inline(__always)
    private func close(_ container: Int, at position: Int) -> Int {
        entries[container].end = UInt32(truncatingIfNeeded: position + 1)
        entries[container].next = UInt32(truncatingIfNeeded: count)
        return position + 1
    }

    private func literal(at position: Int, _ word: StaticString, _ kind: Kind) throws(JSONSyntaxError) -> Int {
        let size = word.utf8CodeUnitCount
        let expected = word.utf8Start
        for k in 0..<size {
            guard position + k < length else { throw endError(position + k) }
            guard base[position + k] == expected[k] else {
                throw JSONSyntaxError(reason: .invalidLiteral, offset: position)
            }
        }
        append(kind, escaped: false, start: position, end: position + size)
        return position + size
    }

    // MARK: Stage 2: strings (8 bytes at a time until something needs a look)

    /// Scans a string body from just after its opening quote; returns the closing quote's offset.
    @inline(__always)
    private func scanString(from position: Int) throws(JSONSyntaxError) -> (end: Int, escaped: Bool) {
        let p = base
        let n = length
        var i = position
        var escaped = false
        while true {
            while i &+ 8 <= n {
                let word = UInt64(littleEndian: UnsafeRawPointer(p + i).loadUnaligned(as: UInt64.self))
                let special = Self.specialBytes(word)
                if special == 0 {
                    i &+= 8
                } else {
                    i &+= special.trailingZeroBitCount &>> 3
                    break
                }
            }
            guard i < n else { throw endError(i) }
            let byte = p[i]
            if byte == UInt8(ascii: "\"") { return (i, escaped) }
            if byte == UInt8(ascii: "\\") {
                escaped = true
                i = try scanEscape(at: i)
            } else if byte < 0x20 {
                throw JSONSyntaxError(reason: .controlCharacterInString, offset: i)
            } else if byte >= 0x80 {
                i = try scanUTF8(at: i)
            } else {
                i &+= 1
            }
        }
    }

    /// A mask whose lowest set bit marks the first byte of `word` that is a quote, a backslash, a
    /// control character or non-ASCII (bit tricks from "Bit Twiddling Hacks"; only the lowest hit
    /// is exact, which is the only one used).
    @inline(__always)
    static func specialBytes(_ word: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let high: UInt64 = 0x8080_8080_8080_8080
        let quote = word ^ (ones &* 0x22)
        let backslash = word ^ (ones &* 0x5C)
        let hasQuote = (quote &- ones) & ~quote & high
        let hasBackslash = (backslash &- ones) & ~backslash & high
        let hasControl = (word &- ones &* 0x20) & ~word & high
        return hasQuote | hasBackslash | hasControl | (word & high)
    }

    private func scanEscape(at position: Int) throws(JSONSyntaxError) -> Int {
        guard position + 1 < length else { throw endError(position + 1) }
        switch base[position + 1] {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"), UInt8(ascii: "f"),
            UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
            return position + 2
        case UInt8(ascii: "u"):
            for k in 2..<6 {
                guard position + k < length else { throw endError(position + k) }
                guard Self.hexValue(base[position + k]) != nil else {
                    throw JSONSyntaxError(reason: .invalidEscape, offset: position)
                }
            }
            return position + 6
        default:
            throw JSONSyntaxError(reason: .invalidEscape, offset: position)
        }
    }

    /// Validates one multi-byte UTF-8 sequence (RFC 3629: no overlongs, no surrogates, ≤ U+10FFFF).
    private func scanUTF8(at position: Int) throws(JSONSyntaxError) -> Int {
        let p = base
        let lead = p[position]
        let size: Int
        var low: UInt8 = 0x80
        var high: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF: size = 2
        case 0xE0: size = 3; low = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: size = 3
        case 0xED: size = 3; high = 0x9F
        case 0xF0: size = 4; low = 0x90
        case 0xF1...0xF3: size = 4
        case 0xF4: size = 4; high = 0x8F
        default: throw JSONSyntaxError(reason: .invalidUTF8, offset: position)
        }
        guard position + size <= length else {
            // A sequence cut by the end of the buffer: more bytes may still come.
            for k in 1..<(length - position) where p[position + k] & 0xC0 != 0x80 {
                throw JSONSyntaxError(reason: .invalidUTF8, offset: position)
            }
            throw endError(length)
        }
        let second = p[position + 1]
        guard second >= low && second <= high else { throw JSONSyntaxError(reason: .invalidUTF8, offset: position) }
        for k in 2..<size where p[position + k] & 0xC0 != 0x80 {
            throw JSONSyntaxError(reason: .invalidUTF8, offset: position)
        }
        return position + size
    }

    // MARK: Stage 3: numbers (RFC 8259 grammar; the value is read later only where needed)

    private func scanNumber(from position: Int) throws(JSONSyntaxError) -> Int {
        let p = base
        let n = length
        var i = position
        @inline(__always) func isDigit(_ k: Int) -> Bool { k < n && p[k] &- UInt8(ascii: "0") < 10 }
        if p[i] == UInt8(ascii: "-") { i += 1 }
        guard i < n else { throw endError(i) }
        if p[i] == UInt8(ascii: "0") {
            i += 1
        } else if isDigit(i) {
            while isDigit(i) { i += 1 }
        } else {
            throw JSONSyntaxError(reason: .invalidNumber, offset: position)
        }
        if i < n && p[i] == UInt8(ascii: ".") {
            i += 1
            guard i < n else { throw endError(i) }
            guard isDigit(i) else { throw JSONSyntaxError(reason: .invalidNumber, offset: position) }
            while isDigit(i) { i += 1 }
        }
        if i < n && (p[i] == UInt8(ascii: "e") || p[i] == UInt8(ascii: "E")) {
            i += 1
            if i < n && (p[i] == UInt8(ascii: "+") || p[i] == UInt8(ascii: "-")) { i += 1 }
            guard i < n else { throw endError(i) }
            guard isDigit(i) else { throw JSONSyntaxError(reason: .invalidNumber, offset: position) }
            while isDigit(i) { i += 1 }
        }
        // A record is an object, so a number is always followed by something; running into the
        // end of the buffer means the rest has not been read yet.
        guard i < n else { throw endError(i) }
        return i
    }

    // MARK: Helpers

    @inline(__always)
    func skipWhitespace(from position: Int) -> Int {
        var i = position
        while i < length {
            switch base[i] {
            case 0x20, 0x0A, 0x0D, 0x09: i &+= 1
            default: return i
            }
        }
        return i
    }

    /// Running out of bytes is truncation, unless the record hit the size limit.
    private func endError(_ offset: Int) -> JSONSyntaxError {
        JSONSyntaxError(reason: length >= Self.maximumRecordSize ? .tooLarge : .unexpectedEnd, offset: offset)
    }

    @discardableResult @inline(__always)
    private func append(_ kind: Kind, escaped: Bool, start: Int, end: Int) -> Int {
        if count == capacity { grow() }
        entries[count] = Entry(
            kind: kind,
            escaped: escaped,
            start: UInt32(truncatingIfNeeded: start),
            end: UInt32(truncatingIfNeeded: end),
            next: UInt32(truncatingIfNeeded: count + 1)
        )
        count += 1
        return count - 1
    }

    private func grow() {
        let bigger = UnsafeMutablePointer<Entry>.allocate(capacity: capacity * 2)
        bigger.moveInitialize(from: entries, count: count)
        entries.deallocate()
        entries = bigger
        capacity *= 2
    }

    static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
