import SQLite

/// Idempotency keys of a bulk load into an empty store, checked in memory and appended to a plain
/// staging table, then sorted into `record_keys` once at the end.
///
/// Inserting a million random 16-byte keys into `record_keys` one by one is the single largest
/// per-record cost of the SQLite writer (~3 s of a 14 s load at 1M records); appending them and
/// building the B-tree from sorted input costs a fraction of that. Only the keys of this run need
/// checking in memory: the store was empty when it began, and the moment another writer appends
/// (the signed tree head a transaction starts from is not the one this load last committed), the
/// load merges the staged keys and inserts the rest into `record_keys` directly, where every
/// writer's keys meet. The staging table is committed with the records it belongs to: after a
/// crash, the next read-write open (or any other writer's next append) merges it, so no key is
/// ever lost.
struct StagedKeys {
    /// Keys held in memory at most: past them the staged keys are merged and a new round begins,
    /// so memory stays flat however large the load. Just under 3/4 of 2^21, so the `RecordKeySet`
    /// never grows past 2^21 slots (32 MiB); at 2M keys it had doubled to 64 MiB (peak RSS 239 MB
    /// for 2M records against 168 MB for 1M).
    static let capacity = 1_500_000

    /// True from the second round on: this run's earlier keys are in `record_keys` now, so each
    /// key is looked up there before it is staged.
    let checksStore: Bool
    let capacity: Int
    private(set) var keys = RecordKeySet()
    /// Keys of the open transaction: forgotten again if it rolls back.
    private var pending: [RecordKey] = []

    init(checksStore: Bool = false, capacity: Int = Self.capacity) {
        self.checksStore = checksStore
        self.capacity = capacity
    }

    var isFull: Bool { keys.count >= capacity }

    /// Records `key`; false when this run already staged it.
    mutating func insert(_ key: RecordKey) -> Bool {
        guard keys.insert(key) else { return false }
        pending.append(key)
        return true
    }

    /// The open transaction committed: its keys are in the staging table for good.
    mutating func committed() {
        pending.removeAll(keepingCapacity: true)
    }

    /// The open transaction rolled back: its records were not stored, so their keys are free again.
    mutating func rolledBack() {
        for key in pending { keys.remove(key) }
        pending.removeAll(keepingCapacity: true)
    }

    static let createTable = "CREATE TABLE IF NOT EXISTS record_keys_staged (key BLOB NOT NULL, seq INTEGER NOT NULL)"

    /// Moves every staged key into `record_keys` in key order (sequential B-tree appends when the
    /// table is empty) and drops the staging table. Run it inside a write transaction.
    static func merge(_ connection: Connection) throws(SQLiteError) {
        guard
            try connection.scalar("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'record_keys_staged'")
                != nil
        else { return }
        try connection.execute(
            """
            INSERT OR IGNORE INTO record_keys (key, seq) SELECT key, seq FROM record_keys_staged ORDER BY key;
            DROP TABLE record_keys_staged
            """)
    }
}
