/// The right edge of a Merkle log: the roots of its perfect subtrees, one per set bit of the size.
///
/// Appending a leaf touches at most log₂(n) hashes, so the store computes each new signed root
/// from this frontier instead of re-reading every leaf. Folding the frontier from the right gives
/// exactly RFC 6962's `MTH` (the split at the largest power of two smaller than n).
public struct CompactRange: Sendable, Hashable {
    /// Number of leaves appended so far.
    public private(set) var size: UInt64
    /// Perfect-subtree roots, largest (leftmost) first.
    public private(set) var hashes: [TreeHash]

    /// An empty tree.
    public init() {
        size = 0
        hashes = []
    }

    /// Restores a frontier saved with `hashes`; nil when the count does not match `size`.
    public init?(size: UInt64, hashes: [TreeHash]) {
        guard size.nonzeroBitCount == hashes.count else { return nil }
        self.size = size
        self.hashes = hashes
    }

    /// Appends one leaf hash.
    public mutating func append(_ leaf: TreeHash) {
        var carry = leaf
        var index = size
        // Each trailing 1-bit of the old size is a perfect subtree of the same height as `carry`.
        while index & 1 == 1 {
            carry = TreeHash.node(hashes.removeLast(), carry)
            index >>= 1
        }
        hashes.append(carry)
        size += 1
    }

    /// The tree head `MTH(D[0:size])`.
    public var root: TreeHash {
        guard var result = hashes.last else { return TreeHash.emptyRoot }
        for hash in hashes.dropLast().reversed() {
            result = TreeHash.node(hash, result)
        }
        return result
    }
}
