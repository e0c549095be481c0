import Digest
public import Foundation

/// A 32-byte SHA-256 node of the Merkle log, kept inline (no heap allocation per hash) so a
/// million leaves fit in one flat array.
public struct TreeHash: Sendable, Hashable, CustomStringConvertible {
    private var storage: (UInt64, UInt64, UInt64, UInt64)

    /// Wraps exactly 32 bytes; returns nil for any other length.
    public init?<Bytes: Collection<UInt8>>(bytes: Bytes) {
        guard bytes.count == 32 else { return nil }
        storage = (0, 0, 0, 0)
        withUnsafeMutableBytes(of: &storage) { buffer in
            for (offset, byte) in bytes.enumerated() { buffer[offset] = byte }
        }
    }

    /// The 32 bytes.
    public var bytes: [UInt8] {
        Swift.withUnsafeBytes(of: storage) { Array($0) }
    }

    /// Calls `body` with the 32 bytes, without copying them to the heap.
    func withUnsafeBytes<T, E: Error>(_ body: (UnsafeRawBufferPointer) throws(E) -> T) throws(E) -> T {
        var copy = storage
        return try Swift.withUnsafeBytes(of: &copy) { buffer throws(E) -> T in try body(buffer) }
    }

    public static func == (lhs: TreeHash, rhs: TreeHash) -> Bool {
        lhs.storage.0 == rhs.storage.0 && lhs.storage.1 == rhs.storage.1 && lhs.storage.2 == rhs.storage.2
            && lhs.storage.3 == rhs.storage.3
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(storage.0)
        hasher.combine(storage.1)
        hasher.combine(storage.2)
        hasher.combine(storage.3)
    }

    /// Lowercase hex.
    public var description: String { Hex.encode(bytes) }

    // MARK: RFC 6962 §2.1 hashing

    /// The root of the empty tree: SHA-256 of the empty string.
    public static let emptyRoot = TreeHash(digest: SHA256.hash([UInt8]()))

    /// `SHA-256(0x00 || entry)`: the leaf hash of one log entry (RFC 6962 §2.1).
    ///
    /// The distinct 0x00/0x01 prefixes keep a leaf from ever being read as an interior node
    /// (second-preimage resistance).
    public static func leaf<Bytes: ContiguousBytes>(_ entry: Bytes) -> TreeHash {
        var hasher = SHA256()
        hasher.update([UInt8(0)])
        hasher.update(entry)
        return TreeHash(digest: hasher.finalize())
    }

    /// `SHA-256(0x01 || left || right)`: an interior node (RFC 6962 §2.1).
    public static func node(_ left: TreeHash, _ right: TreeHash) -> TreeHash {
        withUnsafeTemporaryAllocation(byteCount: 65, alignment: 1) { message in
            message[0] = 1
            Swift.withUnsafeBytes(of: left.storage) {
                UnsafeMutableRawBufferPointer(rebasing: message[1..<33]).copyMemory(from: $0)
            }
            Swift.withUnsafeBytes(of: right.storage) {
                UnsafeMutableRawBufferPointer(rebasing: message[33..<65]).copyMemory(from: $0)
            }
            return TreeHash(digest: SHA256.hash(UnsafeRawBufferPointer(message)))
        }
    }

    private init(digest: [UInt8]) {
        // SHA-256 always yields 32 bytes.
        storage = (0, 0, 0, 0)
        withUnsafeMutableBytes(of: &storage) { buffer in
            for index in 0..<32 { buffer[index] = digest[index] }
        }
    }
}
