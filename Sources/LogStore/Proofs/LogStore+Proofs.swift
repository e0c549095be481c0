import Foundation
import SQLite

/// An RFC 6962 inclusion proof for one stored record against a signed checkpoint: with the
/// record's bytes, the proof and the checkpoint, anyone can check the record is in the log
/// without the store (`MerkleTree.verifyInclusion`).
public struct InclusionProof: Sendable, Hashable {
    /// The record's leaf index.
    public var sequence: UInt64
    /// `SHA-256(0x00 || record)`.
    public var leaf: TreeHash
    /// The audit path, leaf to root.
    public var path: [TreeHash]
    /// The signed checkpoint the path leads to.
    public var checkpoint: SignedNote
}

extension LogStore {
    /// Proves that record `sequence` is in the tree of the latest signed checkpoint.
    ///
    /// - Throws: `LogStoreError(.invalidArgument)` when no checkpoint covers `sequence`, or
    ///   `.damaged` when the stored leaves do not produce the signed root (run `logs verify`).
    public func inclusionProof(sequence: UInt64) throws(LogStoreError) -> InclusionProof {
        let (note, checkpoint) = try signedHead()
        guard sequence < checkpoint.size else {
            throw LogStoreError(.invalidArgument, "record \(sequence) is not in the log of \(checkpoint.size) records")
        }
        let leaves = try storedLeaves(count: checkpoint.size)
        guard MerkleTree.root(leaves) == checkpoint.root else {
            throw LogStoreError(
                .damaged, "the stored leaves do not produce the signed root: run 'groundwork logs verify'")
        }
        let index = Int(sequence)
        return InclusionProof(
            sequence: sequence, leaf: leaves[index], path: MerkleTree.inclusionProof(index: index, leaves: leaves),
            checkpoint: note
        )
    }

    /// Proves that the latest signed tree extends the tree of its first `oldSize` records, for
    /// someone holding an older checkpoint (`MerkleTree.verifyConsistency`).
    public func consistencyProof(from oldSize: UInt64) throws(LogStoreError) -> (
        proof: [TreeHash], checkpoint: SignedNote
    ) {
        let (note, checkpoint) = try signedHead()
        guard oldSize > 0, oldSize <= checkpoint.size else {
            throw LogStoreError(
                .invalidArgument, "an older tree size must be in 1...\(checkpoint.size), not \(oldSize)")
        }
        let leaves = try storedLeaves(count: checkpoint.size)
        return (MerkleTree.consistencyProof(oldSize: Int(oldSize), leaves: leaves), note)
    }

    private func signedHead() throws(LogStoreError) -> (SignedNote, Checkpoint) {
        guard let note = try latestCheckpoint() else {
            throw LogStoreError(.invalidArgument, "the store is empty: there is no signed checkpoint yet")
        }
        return (note, try Checkpoint(text: note.text))
    }

    private func storedLeaves(count: UInt64) throws(LogStoreError) -> [TreeHash] {
        var leaves: [TreeHash] = []
        leaves.reserveCapacity(Int(count))
        try Self.database {
            try connection.prepare("SELECT leaf FROM records WHERE seq < ? ORDER BY seq").forEachRow([
                .integer(Int64(count))
            ]) { row in
                leaves.append(TreeHash(bytes: row.bytes(at: 0) ?? []) ?? TreeHash.emptyRoot)
            }
        }
        guard leaves.count == Int(count) else {
            throw LogStoreError(
                .damaged,
                "the log holds \(leaves.count) of the \(count) records its checkpoint covers: run 'groundwork logs verify'"
            )
        }
        return leaves
    }
}
