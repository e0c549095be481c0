/// RFC 6962 Merkle tree hashes, inclusion proofs and consistency proofs over a list of leaf hashes.
///
/// The log is append-only: a signed tree head commits to every record before it. An inclusion
/// proof shows one record is in a signed tree; a consistency proof shows a later tree extends an
/// earlier one without rewriting it, which is how an old, externally kept checkpoint is checked
/// against today's store.
///
/// Related documentation: RFC 6962 §2.1 (<https://www.rfc-editor.org/rfc/rfc6962#section-2.1>),
/// verification algorithms from RFC 9162 §2.1.3.2 and §2.1.4.2.
public enum MerkleTree {
    /// `MTH(D[n])` over leaf hashes.
    public static func root(_ leaves: ArraySlice<TreeHash>) -> TreeHash {
        var range = CompactRange()
        for leaf in leaves { range.append(leaf) }
        return range.root
    }

    /// `MTH(D[n])` over leaf hashes.
    public static func root(_ leaves: [TreeHash]) -> TreeHash { root(leaves[...]) }

    /// `PATH(m, D[n])`: the audit path for leaf `index` (RFC 6962 §2.1.1).
    ///
    /// - Precondition: `index < leaves.count`.
    public static func inclusionProof(index: Int, leaves: [TreeHash]) -> [TreeHash] {
        precondition(index >= 0 && index < leaves.count, "leaf index \(index) outside a tree of \(leaves.count)")
        return path(index, leaves[...])
    }

    /// `PROOF(m, D[n])`: the consistency proof from the tree of the first `oldSize` leaves to the
    /// tree of all `leaves` (RFC 6962 §2.1.2).
    ///
    /// - Precondition: `0 < oldSize <= leaves.count`.
    public static func consistencyProof(oldSize: Int, leaves: [TreeHash]) -> [TreeHash] {
        precondition(oldSize > 0 && oldSize <= leaves.count, "old size \(oldSize) outside 1...\(leaves.count)")
        return subproof(oldSize, leaves[...], complete: true)
    }

    // Stage: the recursive definitions, written as the RFC states them.

    private static func split(_ count: Int) -> Int {
        // The largest power of two strictly smaller than count (count >= 2).
        1 << (Int.bitWidth - 1 - (count - 1).leadingZeroBitCount)
    }

    private static func path(_ m: Int, _ leaves: ArraySlice<TreeHash>) -> [TreeHash] {
        let n = leaves.count
        guard n > 1 else { return [] }
        let k = split(n)
        let start = leaves.startIndex
        if m < k {
            return path(m, leaves[start..<start + k]) + [root(leaves[(start + k)...])]
        }
        return path(m - k, leaves[(start + k)...]) + [root(leaves[start..<start + k])]
    }

    private static func subproof(_ m: Int, _ leaves: ArraySlice<TreeHash>, complete: Bool) -> [TreeHash] {
        let n = leaves.count
        if m == n { return complete ? [] : [root(leaves)] }
        let k = split(n)
        let start = leaves.startIndex
        if m <= k {
            return subproof(m, leaves[start..<start + k], complete: complete) + [root(leaves[(start + k)...])]
        }
        return subproof(m - k, leaves[(start + k)...], complete: false) + [root(leaves[start..<start + k])]
    }

    // Stage: verification, which needs no leaves, only the proof.

    /// Recomputes the root from an inclusion proof; nil when the proof has the wrong shape.
    public static func rootFromInclusionProof(index: UInt64, size: UInt64, leaf: TreeHash, proof: [TreeHash])
        -> TreeHash?
    {
        guard index < size else { return nil }
        var fn = index
        var sn = size - 1
        var result = leaf
        for sibling in proof {
            guard sn != 0 else { return nil }
            if fn & 1 == 1 || fn == sn {
                result = TreeHash.node(sibling, result)
                if fn & 1 == 0 {
                    repeat {
                        fn >>= 1
                        sn >>= 1
                    } while fn & 1 == 0 && fn != 0
                }
            } else {
                result = TreeHash.node(result, sibling)
            }
            fn >>= 1
            sn >>= 1
        }
        return sn == 0 ? result : nil
    }

    /// True when `proof` shows leaf `index` is in the tree of `size` with head `root`.
    public static func verifyInclusion(index: UInt64, size: UInt64, leaf: TreeHash, proof: [TreeHash], root: TreeHash)
        -> Bool
    {
        rootFromInclusionProof(index: index, size: size, leaf: leaf, proof: proof) == root
    }

    /// True when `proof` shows the tree (`newSize`, `newRoot`) extends (`oldSize`, `oldRoot`).
    public static func verifyConsistency(
        oldSize: UInt64, newSize: UInt64, oldRoot: TreeHash, newRoot: TreeHash, proof: [TreeHash]
    ) -> Bool {
        guard oldSize <= newSize else { return false }
        if oldSize == newSize { return proof.isEmpty && oldRoot == newRoot }
        if oldSize == 0 { return proof.isEmpty }
        guard !proof.isEmpty else { return false }
        var path = proof[...]
        var nodes: [TreeHash] = []
        if oldSize.nonzeroBitCount == 1 { nodes = [oldRoot] }
        nodes += path
        path = nodes[...]
        var fn = oldSize - 1
        var sn = newSize - 1
        while fn & 1 == 1 {
            fn >>= 1
            sn >>= 1
        }
        guard let first = path.first else { return false }
        var fr = first
        var sr = first
        for c in path.dropFirst() {
            guard sn != 0 else { return false }
            if fn & 1 == 1 || fn == sn {
                fr = TreeHash.node(c, fr)
                sr = TreeHash.node(c, sr)
                if fn & 1 == 0 {
                    repeat {
                        fn >>= 1
                        sn >>= 1
                    } while fn & 1 == 0 && fn != 0
                }
            } else {
                sr = TreeHash.node(sr, c)
            }
            fn >>= 1
            sn >>= 1
        }
        return fr == oldRoot && sr == newRoot && sn == 0
    }
}
