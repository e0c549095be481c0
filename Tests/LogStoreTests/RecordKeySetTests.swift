import Testing

@testable import LogStore

@Suite struct RecordKeySetTests {
    /// A key whose slot bits are chosen, to force long probe runs and wrap-around.
    static func key(slot: UInt64, tag: UInt64) -> RecordKey {
        // slotBits is the XOR of the two words: (slot ^ tag) ^ tag == slot.
        var bytes: [UInt8] = []
        for word in [slot ^ tag, tag] {
            for shift in stride(from: 0, to: 64, by: 8) {
                bytes.append(UInt8(truncatingIfNeeded: word >> UInt64(shift)))
            }
        }
        return RecordKey(bytes)
    }

    /// A deterministic generator (xorshift), so a failure can be replayed.
    struct Generator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            return state
        }
    }

    @Test(
        "inserts, lookups and removals agree with Set, with colliding keys and the zero key", arguments: [1, 2, 3, 42])
    func agreesWithSet(seed: UInt64) {
        var random = Generator(state: seed &* 0x9E37_79B9_7F4A_7C15 | 1)
        var ours = RecordKeySet(minimumCapacity: 4)
        var reference: Set<RecordKey> = []
        var seen: [RecordKey] = [RecordKey.zero]
        for step in 0..<5_000 {
            let roll = random.next() % 10
            let key: RecordKey
            if roll < 3, !seen.isEmpty {
                key = seen[Int(random.next() % UInt64(seen.count))]
            } else if roll < 6 {
                // Few distinct slots: long runs that wrap around the end of the table.
                key = Self.key(slot: random.next() % 8 | 0xFFF0, tag: random.next())
            } else {
                key = Self.key(slot: random.next(), tag: random.next())
            }
            seen.append(key)
            if random.next() % 3 == 0 {
                ours.remove(key)
                reference.remove(key)
            } else {
                #expect(ours.insert(key) == reference.insert(key).inserted, "step \(step)")
            }
            #expect(ours.count == reference.count, "step \(step)")
            let probe = seen[Int(random.next() % UInt64(seen.count))]
            #expect(ours.contains(probe) == reference.contains(probe), "step \(step)")
        }
        for key in seen { #expect(ours.contains(key) == reference.contains(key)) }
    }
}
