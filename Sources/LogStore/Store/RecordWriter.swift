import AuditLog
import SQLite

/// Writes one record — its idempotency key, its row and its actor terms — through statements
/// compiled once per connection, binding each column directly.
///
/// This is the innermost loop of an ingest (a million times for a million records), so it
/// builds no `[SQLiteValue]` arrays and no intermediate `Data`, and computes nothing that
/// `PreparedRecord` could compute on another thread.
struct RecordWriter {
    private let connection: Connection
    private let keyInsert: Statement
    private let recordInsert: Statement
    private let termInsert: Statement
    private let stagedProbe: Statement?
    private let stagedAppend: Statement?

    /// - Parameter staging: whether keys go to `record_keys_staged` (the table must exist).
    init(_ connection: Connection, staging: Bool) throws(SQLiteError) {
        self.connection = connection
        keyInsert = try connection.cachedStatement("INSERT OR IGNORE INTO record_keys (key, seq) VALUES (?, ?)")
        recordInsert = try connection.cachedStatement(LogStore.insertRecordSQL)
        termInsert = try connection.cachedStatement("INSERT INTO actor_terms (term, time_ms, seq) VALUES (?, ?, ?)")
        stagedProbe = staging ? try connection.cachedStatement("SELECT 1 FROM record_keys WHERE key = ?") : nil
        stagedAppend =
            staging ? try connection.cachedStatement("INSERT INTO record_keys_staged (key, seq) VALUES (?, ?)") : nil
    }

    /// Stores the record as the next leaf of `leaves` unless it is already in the store.
    ///
    /// - Parameter staged: during a bulk load into an empty store, the run's keys (see `StagedKeys`).
    /// - Returns: false when the record is a duplicate (nothing written).
    func write(_ record: PreparedRecord, fileID: Int64?, leaves: inout CompactRange, staged: inout StagedKeys?)
        throws(SQLiteError) -> Bool
    {
        let seq = Int64(leaves.size)
        if staged != nil, let probe = stagedProbe, let append = stagedAppend {
            // Stored by another writer since the load began, or staged earlier in this run.
            try probe.bind(blob: record.key, at: 1)
            let stored = try probe.step()
            probe.reset()
            guard !stored, staged?.insert(record.key) == true else { return false }
            try append.bind(blob: record.key, at: 1)
            try append.bind(integer: seq, at: 2)
            try append.execute()
        } else {
            try keyInsert.bind(blob: record.key, at: 1)
            try keyInsert.bind(integer: seq, at: 2)
            try keyInsert.execute()
            guard connection.changes == 1 else { return false }
        }
        let event = record.event
        let row = recordInsert
        try row.bind(integer: seq, at: 1)
        try row.bind(blob: record.leaf.bytes, at: 2)
        try row.bind(text: event.source.rawValue, at: 3)
        try row.bind(integer: record.time, at: 4)
        try row.bind(text: event.account, at: 5)
        try row.bind(text: event.action, at: 6)
        try row.bind(integer: fileID, at: 7)
        try row.bind(integer: record.stored.dictionary, at: 8)
        if let compressed = record.stored.bytes {
            try row.bind(blob: compressed, at: 9)
        } else {
            try row.bind(blob: event.raw, at: 9)
        }
        try row.execute()
        try termInsert.bind(integer: record.time, at: 2)
        try termInsert.bind(integer: seq, at: 3)
        for term in record.terms {
            try termInsert.bind(integer: term, at: 1)
            try termInsert.execute()
        }
        leaves.append(record.leaf)
        return true
    }
}
