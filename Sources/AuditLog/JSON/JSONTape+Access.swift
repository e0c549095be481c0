import Foundation

/// Reading values back out of a parsed tape. Indices are tape indices; the root is 0.
extension JSONTape {
    @inline(__always)
    func kind(_ index: Int) -> Kind { entries[index].kind }

    /// The value stored under `key` in the object at `object`, if any (first occurrence wins, as in
    /// every mainstream JSON reader). With `foldsKeyCase`, ASCII letters match either case.
    func member(_ object: Int, _ key: StaticString) -> Int? {
        guard entries[object].kind == .object else { return nil }
        let stop = Int(entries[object].next)
        let keyStart = key.utf8Start
        let keyCount = key.utf8CodeUnitCount
        var k = object + 1
        while k < stop {
            let entry = entries[k]
            if entry.escaped {
                let bytes = unescapedBytes(entry)
                if bytes.count == keyCount
                    && (0..<keyCount).allSatisfy({ Self.same(bytes[$0], keyStart[$0], foldsKeyCase) })
                {
                    return k + 1
                }
            } else if Int(entry.end - entry.start) == keyCount {
                let candidate = base + Int(entry.start)
                if foldsKeyCase {
                    if (0..<keyCount).allSatisfy({ Self.same(candidate[$0], keyStart[$0], true) }) { return k + 1 }
                } else if memcmp(candidate, keyStart, keyCount) == 0 {
                    return k + 1
                }
            }
            k = Int(entries[k + 1].next)
        }
        return nil
    }

    @inline(__always)
    private static func same(_ a: UInt8, _ b: UInt8, _ foldingCase: Bool) -> Bool {
        guard foldingCase, a != b else { return a == b }
        let lower = a | 0x20
        return lower == b | 0x20 && lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "z")
    }

    /// The value at `outer.inner` from `index` (`sessionContext.sessionIssuer`).
    func value(_ index: Int, _ outer: StaticString, _ inner: StaticString) -> Int? {
        member(index, outer).flatMap { member($0, inner) }
    }

    /// The elements of an array, as tape indices (empty for any other kind); no allocation.
    func elements(_ array: Int) -> Elements {
        guard entries[array].kind == .array else { return Elements(tape: self, position: 0, stop: 0) }
        return Elements(tape: self, position: array + 1, stop: Int(entries[array].next))
    }

    struct Elements: Sequence, IteratorProtocol {
        let tape: JSONTape
        var position: Int
        let stop: Int

        mutating func next() -> Int? {
            guard position < stop else { return nil }
            defer { position = Int(tape.entries[position].next) }
            return position
        }
    }

    /// A string value as a Swift string; nil for any other kind (including null).
    func string(_ index: Int?) -> String? {
        guard let index else { return nil }
        let entry = entries[index]
        guard entry.kind == .string else { return nil }
        if entry.escaped { return String(decoding: unescapedBytes(entry), as: UTF8.self) }
        return String(
            decoding: UnsafeBufferPointer(start: base + Int(entry.start), count: Int(entry.end - entry.start)),
            as: UTF8.self
        )
    }

    /// A non-empty string value.
    func nonEmptyString(_ index: Int?) -> String? {
        guard let text = string(index), !text.isEmpty else { return nil }
        return text
    }

    /// The bytes of a string without its quotes and unescaped, or nil for any other kind.
    func stringBytes(_ index: Int) -> [UInt8]? {
        let entry = entries[index]
        guard entry.kind == .string else { return nil }
        if entry.escaped { return unescapedBytes(entry) }
        return Array(UnsafeBufferPointer(start: base + Int(entry.start), count: Int(entry.end - entry.start)))
    }

    /// Whether a string value starts with `prefix` (no allocation; escaped strings are decoded).
    func string(_ index: Int, hasPrefix prefix: StaticString) -> Bool {
        let entry = entries[index]
        guard entry.kind == .string else { return false }
        let size = prefix.utf8CodeUnitCount
        if entry.escaped {
            return unescapedBytes(entry).starts(with: UnsafeBufferPointer(start: prefix.utf8Start, count: size))
        }
        return Int(entry.end - entry.start) >= size && memcmp(base + Int(entry.start), prefix.utf8Start, size) == 0
    }

    /// An integer number value (no fraction or exponent) that fits in 64 bits.
    func integer(_ index: Int?) -> Int64? {
        guard let index else { return nil }
        let entry = entries[index]
        guard entry.kind == .number else { return nil }
        var value: Int64 = 0
        var negative = false
        for k in Int(entry.start)..<Int(entry.end) {
            let byte = base[k]
            if byte == UInt8(ascii: "-") {
                negative = true
                continue
            }
            let digit = byte &- UInt8(ascii: "0")
            guard digit < 10 else { return nil }
            let (times, overflow1) = value.multipliedReportingOverflow(by: 10)
            let (sum, overflow2) = times.addingReportingOverflow(Int64(digit))
            guard !overflow1, !overflow2 else { return nil }
            value = sum
        }
        return negative ? -value : value
    }

    /// The number's text exactly as written (`1722375070115`, `1.5e3`).
    func numberText(_ index: Int) -> String? {
        let entry = entries[index]
        guard entry.kind == .number else { return nil }
        return String(
            decoding: UnsafeBufferPointer(start: base + Int(entry.start), count: Int(entry.end - entry.start)),
            as: UTF8.self
        )
    }

    /// The byte range a value occupies in the parsed buffer (strings without their quotes).
    func range(_ index: Int) -> Range<Int> { Int(entries[index].start)..<Int(entries[index].end) }

    /// Decodes the escapes of a string entry. The scanner has already checked every escape.
    private func unescapedBytes(_ entry: Entry) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(Int(entry.end - entry.start))
        var i = Int(entry.start)
        let end = Int(entry.end)
        while i < end {
            let byte = base[i]
            guard byte == UInt8(ascii: "\\") else {
                out.append(byte)
                i += 1
                continue
            }
            let code = base[i + 1]
            i += 2
            switch code {
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "u"):
                var scalar = hex4(at: i)
                i += 4
                if (0xD800..<0xDC00).contains(scalar), i + 6 <= end, base[i] == UInt8(ascii: "\\"),
                    base[i + 1] == UInt8(ascii: "u")
                {
                    let low = hex4(at: i + 2)
                    if (0xDC00..<0xE000).contains(low) {
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                        i += 6
                    }
                }
                // A lone surrogate is legal JSON but not a character: it becomes U+FFFD.
                let character = Unicode.Scalar(scalar) ?? "\u{FFFD}"
                out.append(contentsOf: UTF8.encode(character) ?? UTF8.EncodedScalar())
            default: out.append(code)
            }
        }
        return out
    }

    private func hex4(at position: Int) -> UInt32 {
        var value: UInt32 = 0
        for k in 0..<4 { value = value << 4 | UInt32(Self.hexValue(base[position + k]) ?? 0) }
        return value
    }
}

// MARK: - Fewer passes, fewer Strings (the normalizers' hot path)

extension JSONTape {
    /// Several keys looked up in one pass over an object's members: `slots[k]` is the value of
    /// `keys.names[k]` (first occurrence wins, key case folded as `member` folds it), or -1.
    func members(_ object: Int, _ keys: KeySet) -> MemberSlots {
        var slots = MemberSlots()
        guard entries[object].kind == .object else { return slots }
        let stop = Int(entries[object].next)
        var k = object + 1
        while k < stop {
            let entry = entries[k]
            let found: Int?
            if entry.escaped {
                let bytes = unescapedBytes(entry)
                found = bytes.withUnsafeBufferPointer { keys.index(of: $0, foldingCase: foldsKeyCase) }
            } else {
                found = keys.index(
                    of: UnsafeBufferPointer(start: base + Int(entry.start), count: Int(entry.end - entry.start)),
                    foldingCase: foldsKeyCase)
            }
            if let found, slots[found] == nil { slots[found] = k + 1 }
            k = Int(entries[k + 1].next)
        }
        return slots
    }

    /// Calls `body` with a string value's bytes (unescaped), or returns nil for any other kind.
    @inline(__always)
    func withString<Result>(_ index: Int?, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result? {
        guard let index else { return nil }
        let entry = entries[index]
        guard entry.kind == .string else { return nil }
        if entry.escaped { return unescapedBytes(entry).withUnsafeBufferPointer(body) }
        return body(UnsafeBufferPointer(start: base + Int(entry.start), count: Int(entry.end - entry.start)))
    }

    /// Whether a value is a string equal to `literal` as Swift compares Strings: bytes for ASCII
    /// text, canonical equivalence (through String) for anything else.
    func string(_ index: Int?, equals literal: StaticString) -> Bool {
        withString(index) { bytes -> Bool in
            if bytes.count == literal.utf8CodeUnitCount
                && memcmp(bytes.baseAddress ?? literal.utf8Start, literal.utf8Start, bytes.count) == 0
            {
                return true
            }
            if bytes.allSatisfy({ $0 < 0x80 }) { return false }
            return String(decoding: bytes, as: UTF8.self) == literal.description
        } ?? false
    }

    /// Member keys to collect with `members`.
    struct KeySet: @unchecked Sendable {
        let names: [StaticString]
        /// Per key: its length and its first and last (up to) 8 bytes as words, so that most
        /// member keys are told apart with three integer comparisons.
        private let keys: UnsafeMutableBufferPointer<Key>

        private struct Key {
            var count: Int
            var head: UInt64
            var tail: UInt64
            var bytes: UnsafePointer<UInt8>
        }

        /// Key index + 1 by `bucket(count:head:tail:)`, 0 for none; built so no two keys share a bucket.
        private let buckets: UnsafeMutableBufferPointer<UInt8>
        private let seed: UInt64

        init(_ names: [StaticString]) {
            precondition(names.count <= MemberSlots.capacity)
            self.names = names
            // These live as long as the process: key sets are static constants.
            keys = .allocate(capacity: names.count)
            for (k, name) in names.enumerated() {
                let bytes = UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount)
                keys.initializeElement(
                    at: k,
                    to: Key(count: bytes.count, head: Self.head(bytes), tail: Self.tail(bytes), bytes: name.utf8Start))
            }
            buckets = .allocate(capacity: Self.bucketCount)
            var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
            while true {
                buckets.initialize(repeating: 0)
                var clash = false
                for k in 0..<keys.count {
                    let bucket = Self.bucket(keys[k].count, keys[k].head, keys[k].tail, seed)
                    if buckets[bucket] != 0 {
                        clash = true
                        break
                    }
                    buckets[bucket] = UInt8(k + 1)
                }
                if !clash { break }
                seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            }
            self.seed = seed
        }

        private static let bucketCount = 256

        @inline(__always)
        private static func bucket(_ count: Int, _ head: UInt64, _ tail: UInt64, _ seed: UInt64) -> Int {
            let mixed = (head ^ (tail &* 0xFF51_AFD7_ED55_8CCD) ^ UInt64(truncatingIfNeeded: count)) &* seed
            return Int(truncatingIfNeeded: mixed >> 56)
        }

        @inline(__always)
        func index(of key: UnsafeBufferPointer<UInt8>, foldingCase: Bool) -> Int? {
            let count = key.count
            if foldingCase { return foldedIndex(of: key) }
            let head = Self.head(key)
            let tail = Self.tail(key)
            let slot = Int(buckets[Self.bucket(count, head, tail, seed)])
            guard slot > 0 else { return nil }
            let candidate = keys[slot - 1]
            guard candidate.count == count, candidate.head == head, candidate.tail == tail else { return nil }
            // Head and tail cover keys of up to 16 bytes; longer ones compare their middle too.
            if count <= 16 || memcmp(candidate.bytes, key.baseAddress ?? candidate.bytes, count) == 0 { return slot - 1 }
            return nil
        }

        private func foldedIndex(of key: UnsafeBufferPointer<UInt8>) -> Int? {
            for k in 0..<keys.count where keys[k].count == key.count {
                let name = keys[k].bytes
                var same = true
                for j in 0..<key.count where key[j] != name[j] && !Self.sameFolded(key[j], name[j]) {
                    same = false
                    break
                }
                if same { return k }
            }
            return nil
        }

        @inline(__always)
        private static func head(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
            guard let start = bytes.baseAddress else { return 0 }
            if bytes.count >= 8 { return UnsafeRawPointer(start).loadUnaligned(as: UInt64.self) }
            var word: UInt64 = 0
            for k in 0..<bytes.count { word |= UInt64(start[k]) << (8 * k) }
            return word
        }

        @inline(__always)
        private static func tail(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
            guard let start = bytes.baseAddress, bytes.count > 8 else { return 0 }
            return UnsafeRawPointer(start + bytes.count - 8).loadUnaligned(as: UInt64.self)
        }

        @inline(__always)
        private static func sameFolded(_ a: UInt8, _ b: UInt8) -> Bool {
            let lower = a | 0x20
            return lower == b | 0x20 && lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "z")
        }
    }

    /// Tape indices found by `members`, without an allocation.
    struct MemberSlots {
        static let capacity = 16
        private var storage: (Int32, Int32, Int32, Int32, Int32, Int32, Int32, Int32) = (-1, -1, -1, -1, -1, -1, -1, -1)
        private var more: (Int32, Int32, Int32, Int32, Int32, Int32, Int32, Int32) = (-1, -1, -1, -1, -1, -1, -1, -1)

        subscript(_ slot: Int) -> Int? {
            get {
                let value = withUnsafeBytes(of: self) { $0.load(fromByteOffset: slot * 4, as: Int32.self) }
                return value < 0 ? nil : Int(value)
            }
            set {
                withUnsafeMutableBytes(of: &self) {
                    $0.storeBytes(of: Int32(newValue ?? -1), toByteOffset: slot * 4, as: Int32.self)
                }
            }
        }
    }
}
