/// A set of record keys in one open-addressing table (linear probing).
///
/// Keys are prefixes of SHA-256 digests, already uniformly distributed, so a key's own low bits
/// pick its slot: nothing is hashed. Swift's `Set` runs SipHash on every key; for the million
/// keys of a bulk load, checked on the single SQLite writer's thread, that was ~0.4 s of its time.
struct RecordKeySet {
    /// Empty slots hold the all-zero key; the all-zero key itself is kept in `containsZero`.
    private var slots: [RecordKey]
    private var containsZero = false
    private(set) var count = 0

    init(minimumCapacity: Int = 1_024) {
        var capacity = 16
        while capacity * 3 / 4 < minimumCapacity { capacity *= 2 }
        slots = Array(repeating: RecordKey.zero, count: capacity)
    }

    func contains(_ key: RecordKey) -> Bool {
        if key == .zero { return containsZero }
        let mask = slots.count - 1
        var index = key.slotBits & mask
        while true {
            let slot = slots[index]
            if slot == key { return true }
            if slot == .zero { return false }
            index = (index + 1) & mask
        }
    }

    /// Adds `key`; false when it was already there.
    mutating func insert(_ key: RecordKey) -> Bool {
        if key == .zero {
            guard !containsZero else { return false }
            containsZero = true
            count += 1
            return true
        }
        if (count + 1) * 4 > slots.count * 3 { grow() }
        let mask = slots.count - 1
        var index = key.slotBits & mask
        while true {
            let slot = slots[index]
            if slot == key { return false }
            if slot == .zero {
                slots[index] = key
                count += 1
                return true
            }
            index = (index + 1) & mask
        }
    }

    /// Removes `key` if present, moving later keys of its probe run back so every key stays
    /// reachable from its home slot (no tombstones).
    mutating func remove(_ key: RecordKey) {
        if key == .zero {
            if containsZero { count -= 1 }
            containsZero = false
            return
        }
        let mask = slots.count - 1
        var hole = key.slotBits & mask
        while slots[hole] != key {
            if slots[hole] == .zero { return }
            hole = (hole + 1) & mask
        }
        var next = hole
        while true {
            next = (next + 1) & mask
            let moving = slots[next]
            if moving == .zero { break }
            let home = moving.slotBits & mask
            // `moving` may fill the hole only if its home is not cyclically in (hole, next].
            let stays = hole <= next ? (hole < home && home <= next) : (hole < home || home <= next)
            if !stays {
                slots[hole] = moving
                hole = next
            }
        }
        slots[hole] = .zero
        count -= 1
    }

    private mutating func grow() {
        let old = slots
        slots = Array(repeating: RecordKey.zero, count: old.count * 2)
        let mask = slots.count - 1
        for key in old where key != .zero {
            var index = key.slotBits & mask
            while slots[index] != .zero { index = (index + 1) & mask }
            slots[index] = key
        }
    }
}
