import AuditLog
import SQLite

/// Writes records — each one's idempotency key, row and actor terms — through statements
/// compiled once per connection, binding each column directly from a `PreparedBatch`'s buffers.
///
/// This is the innermost loop of an ingest (a million times for a million records), so it
/// builds no `[SQLiteValue]` arrays, allocates nothing per record, and computes nothing that
/// `PreparedBatch` could compute on another thread.
struct RecordWriter {
    private let connection: Connection
    private let keyInsert: Statement
    private let recordInsert: Statement
    private let termInsert: Statement
    private let stagedAppend: Statement?
    private let storedProbe: Statement?

    /// - Parameter staging: whether keys go to `record_keys_staged` (the table must exist).
    init(_ connection: Connection, staging: Bool) throws(SQLiteError) {
        self.connection = connection
        keyInsert = try connection.cachedStatement("INSERT OR IGNORE INTO record_keys (key, seq) VALUES (?, ?)")
        recordInsert = try connection.cachedStatement(LogStore.insertRecordSQL)
        termInsert = try connection.cachedStatement("INSERT INTO actor_terms (term, time_ms, seq) VALUES (?, ?, ?)")
        stagedAppend =
            staging ? try connection.cachedStatement("INSERT INTO record_keys_staged (key, seq) VALUES (?, ?)") : nil
        storedProbe = staging ? try connection.cachedStatement("SELECT 1 FROM record_keys WHERE key = ?") : nil
    }

    /// Stores each record of `batch` as the next leaf of `leaves`, unless it is already in the store.
    ///
    /// - Parameters:
    ///   - staged: during a bulk load into an empty store, the run's keys (see `StagedKeys`).
    ///   - stored: called for each record written, with its row and its stored bytes.
    /// - Returns: how many records were duplicates (nothing written for them).
    func write(
        _ batch: PreparedBatch, fileID: Int64?, leaves: inout CompactRange, staged: inout StagedKeys?,
        stored: (PreparedBatch.Row, UnsafeRawBufferPointer) -> Void
    ) throws(SQLiteError) -> Int {
        // Array's withUnsafeBytes rethrows untyped errors: carry the typed one out by hand.
        var result: Result<Int, SQLiteError> = .success(0)
        batch.bytes.withUnsafeBytes { bytes in
            result = Result { () throws(SQLiteError) in
                try writeRows(batch, bytes: bytes, fileID: fileID, leaves: &leaves, staged: &staged, stored: stored)
            }
        }
        return try result.get()
    }

    private func writeRows(
        _ batch: PreparedBatch, bytes: UnsafeRawBufferPointer, fileID: Int64?, leaves: inout CompactRange,
        staged: inout StagedKeys?, stored: (PreparedBatch.Row, UnsafeRawBufferPointer) -> Void
    ) throws(SQLiteError) -> Int {
        var duplicates = 0
        let terms = batch.terms
        for row in batch.rows {
            let seq = Int64(leaves.size)
            guard try claim(row.key, seq: seq, staged: &staged) else {
                duplicates += 1
                continue
            }
            let insert = recordInsert
            try insert.bind(integer: seq, at: 1)
            try row.leaf.withUnsafeBytes { leaf throws(SQLiteError) in try insert.bind(blob: leaf, at: 2) }
            try insert.bind(text: row.source.rawValue, at: 3)
            try insert.bind(integer: row.time, at: 4)
            if let account = row.account {
                try insert.bind(utf8: UnsafeRawBufferPointer(rebasing: bytes[account]), at: 5)
            } else {
                try insert.bind(integer: nil, at: 5)
            }
            try insert.bind(utf8: UnsafeRawBufferPointer(rebasing: bytes[row.action]), at: 6)
            try insert.bind(integer: fileID, at: 7)
            try insert.bind(integer: row.dictionary, at: 8)
            let record = UnsafeRawBufferPointer(rebasing: bytes[row.record])
            try insert.bind(blob: record, at: 9)
            try insert.execute()
            try termInsert.bind(integer: row.time, at: 2)
            try termInsert.bind(integer: seq, at: 3)
            for term in terms[row.terms] {
                try termInsert.bind(integer: term, at: 1)
                try termInsert.execute()
            }
            leaves.append(row.leaf)
            stored(row, record)
        }
        return duplicates
    }

    /// Records `key` as taken by `seq`; false when a record with this key is already stored.
    private func claim(_ key: RecordKey, seq: Int64, staged: inout StagedKeys?) throws(SQLiteError) -> Bool {
        if staged != nil, let append = stagedAppend {
            // While keys are staged no other writer has appended (`LogStore.beginAppend` stops
            // staging when one has), so this run's keys are all there is to check.
            if staged?.checksStore == true, let probe = storedProbe {
                // Staged by an earlier round of this run, and merged since.
                try key.withUnsafeBytes { key throws(SQLiteError) in try probe.bind(blob: key, at: 1) }
                let stored = try probe.step()
                probe.reset()
                if stored { return false }
            }
            guard staged?.insert(key) == true else { return false }
            try key.withUnsafeBytes { key throws(SQLiteError) in try append.bind(blob: key, at: 1) }
            try append.bind(integer: seq, at: 2)
            try append.execute()
            return true
        }
        try key.withUnsafeBytes { key throws(SQLiteError) in try keyInsert.bind(blob: key, at: 1) }
        try keyInsert.bind(integer: seq, at: 2)
        try keyInsert.execute()
        return connection.changes == 1
    }
}
