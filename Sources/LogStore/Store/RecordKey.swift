/// A record's idempotency key — the first 16 bytes of a SHA-256 (see `LogStore.recordKey`) —
/// kept inline, so staging a million of them in a set or in `PreparedBatch` rows allocates nothing
/// per key.
struct RecordKey: Hashable, Sendable {
    private var storage: (UInt64, UInt64)

    /// The first 16 bytes of `bytes` (zero-padded if shorter, which no caller does).
    init(_ bytes: some Collection<UInt8>) {
        storage = (0, 0)
        withUnsafeMutableBytes(of: &storage) { buffer in
            for (offset, byte) in bytes.prefix(16).enumerated() { buffer[offset] = byte }
        }
    }

    /// All sixteen bytes zero: the empty slot of `RecordKeySet`.
    static let zero = RecordKey([UInt8]())

    /// Bits to pick a hash-table slot with; the key is a digest, so any of its bits will do.
    var slotBits: Int { Int(truncatingIfNeeded: storage.0 ^ storage.1) }

    /// The 16 bytes, as stored in `record_keys.key`.
    var bytes: [UInt8] { Swift.withUnsafeBytes(of: storage) { Array($0) } }

    /// Calls `body` with the 16 bytes, without copying them to the heap.
    func withUnsafeBytes<T, E: Error>(_ body: (UnsafeRawBufferPointer) throws(E) -> T) throws(E) -> T {
        var copy = storage
        return try Swift.withUnsafeBytes(of: &copy) { buffer throws(E) -> T in try body(buffer) }
    }

    static func == (lhs: RecordKey, rhs: RecordKey) -> Bool {
        lhs.storage.0 == rhs.storage.0 && lhs.storage.1 == rhs.storage.1
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(storage.0)
        hasher.combine(storage.1)
    }
}
