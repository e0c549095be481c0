import Digest
import Foundation
import LogStore
import Testing

/// Known answers from transparency-dev/merkle (`testonly/constants.go`, `proof/verify_test.go`),
/// the reference vectors for RFC 6962 hashing.
enum Vectors {
    static let leafInputs: [[UInt8]] = [
        "", "00", "10", "2021", "3031", "40414243", "5051525354555657", "606162636465666768696a6b6c6d6e6f",
    ].map { Hex.decode($0) ?? [] }

    static let roots: [String] = [
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
        "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
        "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
        "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
        "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
        "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
        "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
        "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328",
    ]

    static let leafHashes: [String] = [
        "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
        "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
        "0298d122906dcfc10892cb53a73992fc5b9f493ea4c9badb27b791b4127a7fe7",
        "07506a85fd9dd2f120eb694f86011e5bb4662e5c415a62917033d4a9624487e7",
        "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
        "4271a26be0d8a84f0bd54c8c302e7cb3a3b5d1fa6780a40bcce2873477dab658",
        "b08693ec2e721597130641e8211e7eedccb4c26413963eee6c1e2ed16ffb1a5f",
        "46f6ffadd3d06a09ff3c5860d2755c8b9819db7df44251788c7d8e3180de8eb1",
    ]

    /// (0-based leaf index, tree size, proof)
    static let inclusion: [(UInt64, UInt64, [String])] = [
        (
            0, 8,
            [
                "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
                "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4",
            ]
        ),
        (
            5, 8,
            [
                "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
                "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
                "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
            ]
        ),
        (2, 3, ["fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125"]),
        (
            1, 5,
            [
                "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
                "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
            ]
        ),
        (0, 1, []),
    ]

    /// (old size, new size, proof)
    static let consistency: [(UInt64, UInt64, [String])] = [
        (1, 1, []),
        (
            1, 8,
            [
                "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
                "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4",
            ]
        ),
        (
            6, 8,
            [
                "0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
                "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
                "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
            ]
        ),
        (
            2, 5,
            [
                "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
            ]
        ),
        (
            6, 7,
            [
                "0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
                "b08693ec2e721597130641e8211e7eedccb4c26413963eee6c1e2ed16ffb1a5f",
                "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
            ]
        ),
    ]

    static func hash(_ hex: String) -> TreeHash {
        TreeHash(bytes: Hex.decode(hex) ?? []) ?? TreeHash.emptyRoot
    }

    static var leaves: [TreeHash] { leafInputs.map { TreeHash.leaf($0) } }
}

@Suite struct MerkleTreeTests {
    @Test func leafHashesMatchVectors() {
        #expect(Vectors.leaves.map(\.description) == Vectors.leafHashes)
    }

    @Test(arguments: 0...8)
    func rootOfEveryPrefixMatchesVectors(size: Int) {
        let leaves = Vectors.leaves
        #expect(MerkleTree.root(Array(leaves[0..<size])).description == Vectors.roots[size])
        var range = CompactRange()
        for leaf in leaves[0..<size] { range.append(leaf) }
        #expect(range.root.description == Vectors.roots[size])
        #expect(CompactRange(size: UInt64(size), hashes: range.hashes) == range)
    }

    @Test func compactRangeRejectsMismatchedFrontier() {
        #expect(CompactRange(size: 3, hashes: [TreeHash.emptyRoot]) == nil)
    }

    @Test(arguments: Vectors.inclusion.indices)
    func inclusionProofMatchesAndVerifies(vector: Int) {
        let (index, size, expected) = Vectors.inclusion[vector]
        let leaves = Array(Vectors.leaves[0..<Int(size)])
        let proof = MerkleTree.inclusionProof(index: Int(index), leaves: leaves)
        #expect(proof.map(\.description) == expected)
        let root = Vectors.hash(Vectors.roots[Int(size)])
        #expect(
            MerkleTree.verifyInclusion(index: index, size: size, leaf: leaves[Int(index)], proof: proof, root: root))
        // Corruptions the reference suite probes: wrong index, wrong size, wrong leaf, extra or missing nodes.
        #expect(
            !MerkleTree.verifyInclusion(
                index: index + 1, size: size, leaf: leaves[Int(index)], proof: proof, root: root))
        #expect(
            !MerkleTree.verifyInclusion(
                index: index, size: size * 2, leaf: leaves[Int(index)], proof: proof, root: root))
        #expect(
            !MerkleTree.verifyInclusion(index: index, size: size, leaf: TreeHash.leaf([9]), proof: proof, root: root))
        #expect(
            !MerkleTree.verifyInclusion(
                index: index, size: size, leaf: leaves[Int(index)], proof: proof + [root], root: root))
        if !proof.isEmpty {
            #expect(
                !MerkleTree.verifyInclusion(
                    index: index, size: size, leaf: leaves[Int(index)], proof: proof.dropLast(), root: root))
        }
    }

    @Test(arguments: Vectors.consistency.indices)
    func consistencyProofMatchesAndVerifies(vector: Int) {
        let (oldSize, newSize, expected) = Vectors.consistency[vector]
        let leaves = Array(Vectors.leaves[0..<Int(newSize)])
        let proof = MerkleTree.consistencyProof(oldSize: Int(oldSize), leaves: leaves)
        #expect(proof.map(\.description) == expected)
        let oldRoot = Vectors.hash(Vectors.roots[Int(oldSize)])
        let newRoot = Vectors.hash(Vectors.roots[Int(newSize)])
        #expect(
            MerkleTree.verifyConsistency(
                oldSize: oldSize, newSize: newSize, oldRoot: oldRoot, newRoot: newRoot, proof: proof))
        guard !proof.isEmpty else { return }
        #expect(
            !MerkleTree.verifyConsistency(
                oldSize: oldSize, newSize: newSize, oldRoot: newRoot, newRoot: oldRoot, proof: proof))
        #expect(
            !MerkleTree.verifyConsistency(
                oldSize: oldSize + 1, newSize: newSize, oldRoot: oldRoot, newRoot: newRoot, proof: proof))
        #expect(
            !MerkleTree.verifyConsistency(
                oldSize: oldSize, newSize: newSize, oldRoot: oldRoot, newRoot: newRoot, proof: proof.dropLast()))
        #expect(
            !MerkleTree.verifyConsistency(
                oldSize: oldSize, newSize: newSize, oldRoot: oldRoot, newRoot: newRoot, proof: [oldRoot] + proof))
        for position in proof.indices {
            var corrupted = proof
            var bytes = corrupted[position].bytes
            bytes[0] ^= 16
            corrupted[position] = TreeHash(bytes: bytes) ?? TreeHash.emptyRoot
            #expect(
                !MerkleTree.verifyConsistency(
                    oldSize: oldSize, newSize: newSize, oldRoot: oldRoot, newRoot: newRoot, proof: corrupted))
        }
    }

    @Test func consistencyEdgeCasesFollowTheReference() {
        let a = TreeHash.leaf([1])
        let b = TreeHash.leaf([2])
        #expect(MerkleTree.verifyConsistency(oldSize: 0, newSize: 1, oldRoot: a, newRoot: b, proof: []))
        #expect(MerkleTree.verifyConsistency(oldSize: 1, newSize: 1, oldRoot: b, newRoot: b, proof: []))
        #expect(!MerkleTree.verifyConsistency(oldSize: 1, newSize: 1, oldRoot: a, newRoot: b, proof: []))
        #expect(!MerkleTree.verifyConsistency(oldSize: 2, newSize: 1, oldRoot: a, newRoot: b, proof: []))
        #expect(!MerkleTree.verifyConsistency(oldSize: 1, newSize: 2, oldRoot: a, newRoot: b, proof: []))
        #expect(
            !MerkleTree.verifyConsistency(oldSize: 1, newSize: 1, oldRoot: b, newRoot: b, proof: [TreeHash.emptyRoot]))
    }

    /// Every proof of a larger, irregular tree round-trips through its verifier.
    @Test func allProofsOfA37LeafTreeVerify() {
        let leaves = (0..<37).map { TreeHash.leaf([UInt8($0)]) }
        let root = MerkleTree.root(leaves)
        for index in leaves.indices {
            let proof = MerkleTree.inclusionProof(index: index, leaves: leaves)
            #expect(
                MerkleTree.verifyInclusion(
                    index: UInt64(index), size: 37, leaf: leaves[index], proof: proof, root: root))
        }
        for oldSize in 1...37 {
            let proof = MerkleTree.consistencyProof(oldSize: oldSize, leaves: leaves)
            let oldRoot = MerkleTree.root(Array(leaves[0..<oldSize]))
            #expect(
                MerkleTree.verifyConsistency(
                    oldSize: UInt64(oldSize), newSize: 37, oldRoot: oldRoot, newRoot: root, proof: proof))
        }
    }
}
