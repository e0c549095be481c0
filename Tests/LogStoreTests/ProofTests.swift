import AuditLog
import Foundation
import LogStore
import SQLite
import Testing

@Suite struct ProofTests {
    @Test func everyRecordHasAnInclusionProofAnyoneCanCheck() throws {
        let temp = try TemporaryStore()
        defer { temp.cleanUp() }
        let store = try temp.open()
        let events = Fixtures.events(0..<11)
        try store.append(Array(events[0..<4]))
        try store.append(Array(events[4...]))
        for (index, event) in events.enumerated() {
            let proof = try store.inclusionProof(sequence: UInt64(index))
            let checkpoint = try Checkpoint(text: proof.checkpoint.text)
            #expect(proof.checkpoint.isSigned(by: store.pinnedKey))
            #expect(proof.leaf == TreeHash.leaf(event.raw))
            #expect(
                MerkleTree.verifyInclusion(
                    index: UInt64(index), size: checkpoint.size, leaf: TreeHash.leaf(event.raw), proof: proof.path,
                    root: checkpoint.root))
            #expect(
                !MerkleTree.verifyInclusion(
                    index: UInt64(index), size: checkpoint.size, leaf: TreeHash.leaf(Data("forged".utf8)),
                    proof: proof.path, root: checkpoint.root))
        }
        #expect(throws: LogStoreError.self) { try store.inclusionProof(sequence: 11) }
    }

    @Test func consistencyProofLinksAnOlderCheckpointToTheLatest() throws {
        let temp = try TemporaryStore()
        defer { temp.cleanUp() }
        let store = try temp.open()
        let old = try #require(try store.append(Fixtures.events(0..<5)).checkpoint)
        try store.append(Fixtures.events(5..<13))
        let oldHead = try Checkpoint(text: old.text)
        let (proof, note) = try store.consistencyProof(from: oldHead.size)
        let newHead = try Checkpoint(text: note.text)
        #expect(
            MerkleTree.verifyConsistency(
                oldSize: 5, newSize: newHead.size, oldRoot: oldHead.root, newRoot: newHead.root, proof: proof))
        #expect(throws: LogStoreError.self) { try store.consistencyProof(from: 0) }
    }

    @Test func proofsRefuseALogWhoseLeavesWereRewritten() throws {
        let temp = try TemporaryStore()
        defer { temp.cleanUp() }
        let store = try temp.open()
        try store.append(Fixtures.events(0..<4))
        try Connection(path: temp.location.databaseFile.path).execute(
            "UPDATE records SET leaf = zeroblob(32) WHERE seq = 2")
        let error = try #require(throws: LogStoreError.self) { try store.inclusionProof(sequence: 0) }
        #expect(error.code == .damaged)
    }
}
