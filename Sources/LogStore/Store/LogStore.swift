public import AuditLog
import Digest
public import Foundation
import SQLite
public import Support

/// The local audit-log store: every record verbatim in an append-only Merkle log (RFC 6962),
/// normalized beside it for queries, with a signed checkpoint after every append.
///
/// A `LogStore` owns one SQLite connection and is not `Sendable`: open it, use it from one task,
/// let it go. Several processes may open the same store; SQLite's locks (WAL mode, a busy
/// timeout) serialize writers.
///
/// Durability. Each `append` is one transaction holding the records, their leaves, the file's
/// identity and the new signed checkpoint: a file is stored whole or not at all, and there is
/// never a record the latest checkpoint does not cover. Transactions run with
/// `synchronous=NORMAL` under WAL, which survives the process being killed at any moment (the
/// WAL is in the OS's hands once `COMMIT` returns) but may lose the last commits on power loss;
/// `sync()` makes everything appended so far durable (one fsync of the WAL) and is called before
/// anything is acknowledged to the user, so one fsync per run replaces one per file.
public final class LogStore {
    /// Whether the store may be written.
    public enum AccessMode: Sendable {
        /// Create the store if needed; the signing key must be available.
        case readWrite
        /// Query and verify only; no key needed.
        case readOnly
    }

    public let location: StoreLocation
    /// The log's name, also the signing key's name.
    public let origin: String
    /// The verifier key pinned when the store was created.
    public let pinnedKey: NoteVerifierKey
    let connection: Connection
    private let signer: NoteSignerKey?
    var signerKey: NoteSignerKey? { signer }
    private(set) var frontier: CompactRange
    let clock: DateGenerator
    /// The dictionaries records are compressed with, shared with the threads that prepare records.
    let dictionaries: DictionaryRegistry
    /// Compresses records prepared on the writing thread (`append`); ingest threads have their own.
    private(set) lazy var encoder = RecordEncoder(dictionaries)
    /// Verbatim records of sources without a dictionary, gathered while appending to train one.
    var sampler = DictionarySampler()
    /// The keys of a bulk load into an empty store, while it runs (see `StagedKeys`).
    var stagedKeys: StagedKeys?
    /// Keys staged in memory per round; smaller in tests.
    var stagingCapacity = StagedKeys.capacity

    private init(
        location: StoreLocation, origin: String, pinnedKey: NoteVerifierKey, connection: Connection,
        signer: NoteSignerKey?, frontier: CompactRange, clock: DateGenerator, dictionaries: [StoredDictionary]
    ) {
        self.location = location
        self.origin = origin
        self.pinnedKey = pinnedKey
        self.connection = connection
        self.signer = signer
        self.frontier = frontier
        self.clock = clock
        self.dictionaries = DictionaryRegistry(dictionaries)
    }

    /// Opens the store at `location`, creating it (directory 0700, files 0600, a new signing key
    /// unless one exists at the key path) when `mode` is `.readWrite`.
    ///
    /// - Throws: `LogStoreError` when the store does not exist (read-only), its key is missing,
    ///   unsafe or not the pinned one, or the database cannot be opened.
    public static func open(_ location: StoreLocation, mode: AccessMode = .readWrite, clock: DateGenerator = .system)
        throws(LogStoreError) -> LogStore
    {
        let manager = FileManager.default
        switch mode {
        case .readWrite:
            try SecureFile.makeDirectory(location.directory)
            try SecureFile.touch(location.databaseFile)
        case .readOnly:
            guard manager.fileExists(atPath: location.databaseFile.path) else {
                throw LogStoreError(
                    .storeUnavailable,
                    "no audit-log store at '\(location.directory.path)': run 'groundwork logs ingest' first or pass --store"
                )
            }
        }
        let connection = try database {
            let connection = try Connection(path: location.databaseFile.path, mode: .readWrite)
            connection.setBusyTimeout(.seconds(30))
            // A new file gets 16 KiB pages: half the WAL frames and B-tree pages of 8 KiB
            // (measured at 1M records: 0.3-1.3 s less system time in every run, wall -7% median;
            // 32 KiB was slower; actor queries unchanged). Must precede WAL mode; an existing
            // store keeps its page size, and the checkpoint interval below follows it.
            try connection.execute("PRAGMA page_size=\(pageSize)")
            try connection.enableWriteAheadLog()
            // Checkpoint every ~256 MiB of WAL instead of 4 MiB, so the hot pages of the random
            // idempotency index are copied back (and fsynced) once per several transactions, not
            // after each (measured at 1M records: -1.3 CPU s, most of it system time). The WAL
            // left behind after a checkpoint is cut back to 64 MiB. No mmap: resident memory
            // stays flat as the store grows. synchronous=NORMAL: see the type's comment.
            var pages = Int64(checkpointBytes / pageSize)
            if case .integer(let size) = try connection.scalar("PRAGMA page_size"), size > 0 {
                pages = Int64(checkpointBytes) / size
            }
            try connection.execute(
                """
                PRAGMA synchronous=NORMAL; PRAGMA cache_size=-\(cacheKiB);
                PRAGMA wal_autocheckpoint=\(pages); PRAGMA journal_size_limit=67108864
                """
            )
            return connection
        }
        if mode == .readWrite {
            do { try Schema.migrator.migrate(connection) } catch {
                throw LogStoreError(.database, "cannot prepare the store database: \(error)")
            }
        } else {
            let applied = try database { try Schema.migrator.appliedMigrations(in: connection) }
            guard applied.contains("v1-log") else {
                throw LogStoreError(
                    .damaged, "'\(location.databaseFile.path)' holds no audit log: the database is empty or damaged")
            }
            if !applied.contains(Schema.current) {
                // Written by an earlier version: upgrading the layout changes no record, leaf or
                // checkpoint, so even a read-only use may do it, in one transaction.
                do { try Schema.migrator.migrate(connection) } catch {
                    throw LogStoreError(
                        .database,
                        "the store '\(location.directory.path)' was written by an earlier groundwork and needs a one-time upgrade, which failed: \(error) (it needs write access to '\(location.databaseFile.path)')"
                    )
                }
            }
            try database { try connection.execute("PRAGMA query_only=ON") }
        }

        // Stage: the keys. A new store pins the verifier key of whatever key signs it first.
        var origin = try meta("origin", connection)
        var signer: NoteSignerKey?
        if origin == nil {
            guard mode == .readWrite else {
                throw LogStoreError(.damaged, "the store has no origin recorded: the database is damaged")
            }
            let key: NoteSignerKey
            if manager.fileExists(atPath: location.keyFile.path) {
                key = try NoteSignerKey(text: SecureFile.readSecret(location.keyFile))
            } else {
                key = try NoteSignerKey(generatingFor: "groundwork/\(Hex.encode(randomBytes(8)))")
                try SecureFile.makeDirectory(location.keyFile.deletingLastPathComponent())
                try SecureFile.write(key.secretText + "\n", to: location.keyFile, exclusive: true)
            }
            try SecureFile.write(key.verifier.text + "\n", to: location.pinnedKeyFile)
            try database {
                try connection.transaction {
                    try connection.execute(
                        "INSERT INTO meta (key, value) VALUES ('origin', ?), ('verifier', ?)",
                        [.text(key.verifier.name), .text(key.verifier.text)])
                }
            }
            origin = key.verifier.name
            signer = key
        }
        let pinned = try pinnedVerifier(location, connection)
        if mode == .readWrite, signer == nil {
            let key = try NoteSignerKey(text: SecureFile.readSecret(location.keyFile))
            guard key.verifier == pinned else {
                throw LogStoreError(
                    .invalidKey,
                    "the signing key '\(location.keyFile.path)' (\(key.verifier.text)) is not the key this store was created with (\(pinned.text)): pass --key with the store's own key"
                )
            }
            signer = key
        }
        if mode == .readWrite {
            // An ingest killed during a bulk load leaves its keys staged and its indexes dropped.
            try database { try connection.transaction { try StagedKeys.merge(connection) } }
            try createSecondaryIndexes(connection)
        }
        // One read transaction, so a writer in another process cannot commit between the two reads.
        let (frontier, recordCount): (CompactRange, UInt64) = try database {
            try connection.transaction(.deferred) {
                let frontier = try latestFrontier(connection)
                guard case .integer(let next) = try connection.scalar("SELECT coalesce(max(seq) + 1, 0) FROM records")
                else { return (frontier, 0) }
                return (frontier, UInt64(max(next, 0)))
            }
        }
        let store = LogStore(
            location: location, origin: origin ?? pinned.name, pinnedKey: pinned, connection: connection,
            signer: signer, frontier: frontier, clock: clock, dictionaries: try storedDictionaries(connection))
        if mode == .readWrite {
            guard recordCount == frontier.size else {
                throw LogStoreError(
                    .damaged,
                    "the store holds \(recordCount) records but its latest signed checkpoint covers \(frontier.size): run 'groundwork logs verify' before ingesting more"
                )
            }
        }
        return store
    }

    /// The page size of a new store's database file.
    static let pageSize = 16_384
    /// How much WAL accumulates before it is copied back into the database (see `open`).
    static let checkpointBytes = 256 << 20

    /// Number of leaves in the log (pruned records included).
    public var treeSize: UInt64 { frontier.size }

    // MARK: Files already ingested

    /// True when a file with this path, size and modification time was ingested before, so a
    /// re-run can skip it without reading it.
    public func hasIngested(path: String, size: Int64, modified: Date) throws(LogStoreError) -> Bool {
        let probe = SourceFile(path: path, size: size, modified: modified, sha256: [])
        return try Self.database {
            try connection.scalar(
                "SELECT 1 FROM files WHERE path = ? AND size = ? AND mtime_ns = ? LIMIT 1",
                [.text(path), .integer(size), .integer(probe.modifiedNanoseconds)]
            ) != nil
        }
    }

    /// True when any file was ingested (or seen as a duplicate) before.
    func hasIngestedAnyFile() throws(LogStoreError) -> Bool {
        try Self.database { try connection.scalar("SELECT 1 FROM files LIMIT 1") != nil }
    }

    /// True when a file with these exact bytes was ingested before, under any path.
    public func hasIngested(sha256: [UInt8]) throws(LogStoreError) -> Bool {
        try Self.database {
            try connection.scalar("SELECT 1 FROM files WHERE sha256 = ? LIMIT 1", [.bytes(sha256)]) != nil
        }
    }

    // MARK: Appending

    /// Appends the records of one file (or one batch) atomically and signs the new tree head.
    ///
    /// Each event is stored once: an event already in the store (same source and source event
    /// id, or, without an id, the same bytes) counts as a duplicate. When `file` is given its
    /// identity is recorded in the same transaction, so it is skipped on later runs.
    ///
    /// - Throws: `LogStoreError` when the store is read-only or the database fails; nothing of
    ///   the batch is stored then.
    @discardableResult
    public func append(_ events: [Event], from file: SourceFile? = nil) throws(LogStoreError) -> AppendOutcome {
        do {
            return try append(from: file) { sink in try sink(events) }
        } catch let error as LogStoreError {
            throw error
        } catch {
            throw LogStoreError(.database, "cannot append to the store: \(error)")
        }
    }

    /// Appends everything `produce` hands to its sink, in one transaction.
    ///
    /// For files too large to hold whole: a parser streams batches into the sink, and when it
    /// throws part-way (a malformed record at the end), the transaction is rolled back and
    /// nothing of the file is stored. The error `produce` threw is rethrown.
    @discardableResult
    public func append(from file: SourceFile?, _ produce: (_ sink: ([Event]) throws -> Void) throws -> Void) throws
        -> AppendOutcome
    {
        var transaction = try beginAppend()
        let counts: (new: Int, duplicates: Int)
        let checkpoint: SignedNote?
        do {
            counts = try appendFile(file, to: &transaction) { sink in
                // The sink is only called while `produce` runs; it never outlives this call.
                try withoutActuallyEscaping(sink) { sink in
                    try produce { events in try sink(PreparedBatch(events, encoder: encoder)) }
                }
            }
            checkpoint = try commitAppend(transaction)
            try trainReadyDictionaries(&sampler)
        } catch let error as SQLiteError {
            abandonAppend()
            throw LogStoreError(error.code == .corrupt ? .damaged : .database, "cannot append to the store: \(error)")
        } catch {
            abandonAppend()
            throw error
        }
        return AppendOutcome(
            newRecords: counts.new, duplicates: counts.duplicates, treeSize: frontier.size, checkpoint: checkpoint)
    }

    /// Starts a write transaction that `appendFile` adds whole files to and `commitAppend` closes
    /// with one signed checkpoint, or `abandonAppend` rolls back.
    ///
    /// Several files per transaction is what makes a bulk ingest fast: the random pages of the
    /// idempotency index (and the commit, the checkpoint signature, the frontier row) are written
    /// once per transaction instead of once per file. Each file is still stored whole or not at
    /// all, because a transaction is.
    func beginAppend() throws(LogStoreError) -> AppendTransaction {
        guard let signer else { throw LogStoreError(.invalidArgument, "the store was opened read-only") }
        return try Self.appending {
            try connection.execute("BEGIN IMMEDIATE")
            do {
                // Another process may have appended since this store was opened: continue from
                // the latest committed checkpoint, read under the write lock BEGIN IMMEDIATE took.
                let base = try Self.latestFrontier(connection)
                if stagedKeys != nil, base.size != frontier.size || base.root != frontier.root {
                    // Another writer appended since this load's last commit: its keys are not in this
                    // load's memory, and may sit in the staging table too. Stop staging, under this
                    // transaction's lock: every key goes to `record_keys`, where inserts check them all.
                    try StagedKeys.merge(connection)
                    stagedKeys = nil
                } else if stagedKeys != nil {
                    // Another writer may have merged (and dropped) the staging table meanwhile.
                    try connection.execute(StagedKeys.createTable)
                } else {
                    // Keys a bulk load staged and did not merge (it was killed, or is still running
                    // in another process) join `record_keys` before anything is checked against it.
                    try StagedKeys.merge(connection)
                }
                return AppendTransaction(base: base, working: base, signer: signer, now: clock())
            } catch {
                abandonAppend()
                throw error
            }
        }
    }

    /// Adds one file's records (all `produce` hands to its sink) to an open transaction.
    ///
    /// When `produce` or the database throws, the caller must `abandonAppend()`: part of the file
    /// may already be written inside the transaction.
    func appendFile(
        _ file: SourceFile?, to transaction: inout AppendTransaction,
        _ produce: (_ sink: (PreparedBatch) throws -> Void) throws -> Void
    ) throws -> (new: Int, duplicates: Int) {
        let start = transaction.working.size
        var duplicates = 0
        var total = 0
        var fileID: Int64?
        if let file {
            try Self.appending {
                try connection.execute(
                    "INSERT INTO files (path, size, mtime_ns, sha256, records, new_records, ingested_ms) VALUES (?, ?, ?, ?, 0, 0, ?)",
                    [
                        .text(file.path), .integer(file.size), .integer(file.modifiedNanoseconds),
                        .bytes(file.sha256), .integer(Self.milliseconds(transaction.now)),
                    ]
                )
            }
            fileID = connection.lastInsertRowID
        }
        let writer = try Self.appending { try RecordWriter(connection, staging: stagedKeys != nil) }
        var source: String?
        var working = transaction.working
        defer { transaction.working = working }
        try produce { batch in
            total += batch.count
            source = source ?? batch.rows.first?.source.rawValue
            duplicates += try writer.write(batch, fileID: fileID, leaves: &working, staged: &stagedKeys) {
                row, stored in
                if row.dictionary == nil { sampler.observe(stored, source: row.source) }
            }
        }
        if let fileID {
            try Self.appending {
                try connection.execute(
                    "UPDATE files SET source = ?, records = ?, new_records = ? WHERE id = ?",
                    [.text(source), .int(total), .integer(Int64(working.size - start)), .integer(fileID)]
                )
            }
        }
        return (Int(working.size - start), duplicates)
    }

    /// Signs the transaction's new tree head, stores it and commits; nil when nothing was added.
    func commitAppend(_ transaction: AppendTransaction) throws(LogStoreError) -> SignedNote? {
        var checkpoint: SignedNote?
        let working = transaction.working
        try Self.appending {
            if working.size > transaction.base.size {
                let head = Checkpoint(origin: origin, size: working.size, root: working.root, time: transaction.now)
                let note = try SignedNote.sign(head.text, with: transaction.signer)
                try connection.execute(
                    "INSERT INTO checkpoints (size, note, frontier) VALUES (?, ?, ?)",
                    [
                        .integer(Int64(working.size)), .text(note.serialized),
                        .blob(Data(working.hashes.flatMap(\.bytes))),
                    ]
                )
                checkpoint = note
            }
            try connection.execute("COMMIT")
        }
        stagedKeys?.committed()
        frontier = working
        return checkpoint
    }

    /// Rolls back an open append transaction; nothing of it is stored.
    func abandonAppend() {
        if connection.isInTransaction { try? connection.execute("ROLLBACK") }
        stagedKeys?.rolledBack()
    }

    /// Runs database work of the append path, naming a damaged database as such.
    static func appending<T>(_ body: () throws -> T) throws(LogStoreError) -> T {
        do {
            return try body()
        } catch let error as LogStoreError {
            throw error
        } catch let error as SQLiteError {
            throw LogStoreError(error.code == .corrupt ? .damaged : .database, "cannot append to the store: \(error)")
        } catch {
            throw LogStoreError(.database, "cannot append to the store: \(error)")
        }
    }

    /// Records that a file was seen again under another path with content already stored, so the
    /// next run skips it by path without reading it.
    public func recordDuplicateFile(_ file: SourceFile) throws(LogStoreError) {
        try Self.database {
            try connection.execute(
                "INSERT INTO files (path, size, mtime_ns, sha256, records, new_records, ingested_ms) VALUES (?, ?, ?, ?, 0, 0, ?)",
                [
                    .text(file.path), .integer(file.size), .integer(file.modifiedNanoseconds), .bytes(file.sha256),
                    .integer(Self.milliseconds(clock())),
                ]
            )
        }
    }

    /// Makes every append so far durable and refreshes `latest.checkpoint` outside the database.
    ///
    /// Call before reporting success: one fsync of the WAL (a tiny transaction under
    /// `synchronous=FULL`) covers every earlier commit of this run.
    public func sync() throws(LogStoreError) {
        try Self.database {
            try connection.execute("PRAGMA synchronous=FULL")
            try connection.transaction {
                try connection.execute(
                    "INSERT OR REPLACE INTO meta (key, value) VALUES ('synced_ms', ?)",
                    [.text(String(Self.milliseconds(clock())))])
            }
            try connection.execute("PRAGMA synchronous=NORMAL")
        }
        if let latest = try latestCheckpoint() {
            try SecureFile.write(latest.serialized, to: location.latestCheckpointFile)
        }
    }

    // MARK: Bulk loads

    /// Starts checking this run's idempotency keys in memory (see `StagedKeys`); only for a bulk
    /// load into a store that holds no record yet.
    func beginStagingKeys() throws(LogStoreError) {
        guard stagedKeys == nil else { return }
        try Self.database { try connection.transaction { try connection.execute(StagedKeys.createTable) } }
        stagedKeys = StagedKeys(capacity: stagingCapacity)
    }

    /// Merges a full round of staged keys and starts the next, which also looks each key up in
    /// `record_keys` (where the earlier rounds now are).
    func startNextStagingRound() throws(LogStoreError) {
        guard stagedKeys != nil else { return }
        try finishStagingKeys()
        try Self.database { try connection.transaction { try connection.execute(StagedKeys.createTable) } }
        stagedKeys = StagedKeys(checksStore: true, capacity: stagingCapacity)
    }

    /// Moves the staged keys into `record_keys` and goes back to inserting keys directly.
    func finishStagingKeys() throws(LogStoreError) {
        guard stagedKeys != nil else { return }
        stagedKeys = nil
        try Self.sorting(connection) { try connection.transaction { try StagedKeys.merge(connection) } }
    }

    /// Drops the query indexes before a load that will at least double the store; `rebuildIndexes`
    /// (or the next read-write open, after a crash) puts them back. Integrity never depends on them.
    func dropSecondaryIndexes() throws(LogStoreError) {
        try Self.database {
            try connection.transaction {
                for name in Schema.secondaryIndexNames { try connection.execute("DROP INDEX IF EXISTS \(name)") }
            }
        }
    }

    /// Recreates any dropped query index, in one transaction.
    func rebuildIndexes() throws(LogStoreError) {
        try Self.createSecondaryIndexes(connection)
    }

    /// Creates any missing query index, in one transaction, with the sort settings of `sorting`.
    static func createSecondaryIndexes(_ connection: Connection) throws(LogStoreError) {
        try sorting(connection) {
            try connection.transaction { for sql in Schema.secondaryIndexes { try connection.execute(sql) } }
        }
    }

    /// Runs `body`, a large sort (an index build, the staged keys' merge), with a small page cache
    /// and a second sorter thread, then puts the connection's usual settings back.
    ///
    /// SQLite sorts in runs as large as the page cache, then merges them. Runs that fit in the
    /// CPU's caches sort much faster than 64 MiB ones, and with `threads=2` SQLite sorts one run
    /// while the next is read. Measured on the 3.5M-row actor index of a 1M-record store:
    /// 3.4–3.8 s with a 64 MiB cache, 2.1 s with 8 MiB, 1.4–1.6 s with 8 MiB and two threads,
    /// resident memory lower too.
    static func sorting(_ connection: Connection, _ body: () throws -> Void) throws(LogStoreError) {
        try database {
            try connection.execute("PRAGMA cache_size=-\(indexBuildCacheKiB); PRAGMA threads=2")
            defer { try? connection.execute("PRAGMA cache_size=-\(cacheKiB); PRAGMA threads=0") }
            try body()
        }
    }

    /// The page cache of a connection, in KiB. 32 MiB holds the hot part of the idempotency
    /// index during an ingest; more was slower, not faster (measured at 1M records, paired runs:
    /// 64 MiB 15.0–17.7 s, 32 MiB 14.0–16.9 s and 12 MB less resident, 16 MiB mixed with more
    /// system time, 256 MiB 1–2 s slower and 300 MB more resident).
    static let cacheKiB = 32_768
    /// The page cache during a large sort, in KiB (see `sorting`).
    static let indexBuildCacheKiB = 8_192

    // MARK: Checkpoints

    /// The latest signed checkpoint, or nil for an empty store.
    public func latestCheckpoint() throws(LogStoreError) -> SignedNote? {
        guard
            let text = try Self.database({
                try connection.scalar("SELECT note FROM checkpoints ORDER BY size DESC LIMIT 1")
            }),
            case .text(let note) = text
        else { return nil }
        return try SignedNote(parsing: note)
    }

    // MARK: Helpers

    static let insertRecordSQL = """
        INSERT INTO records (seq, leaf, source, time_ms, account, action, file_id, dictionary, raw)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
        """

    /// The idempotency key: the source's event id when it has one, else the record's bytes.
    static func recordKey(_ event: Event, leaf: TreeHash) -> RecordKey {
        if let id = event.sourceEventID, !id.isEmpty {
            return RecordKey(SHA256.hash("id\u{0}\(event.source.rawValue)\u{0}\(id)"))
        }
        return RecordKey(SHA256.hash([0x72, 0x61, 0x77, 0] + leaf.bytes))
    }

    static func milliseconds(_ date: Date) -> Int64 { Int64((date.timeIntervalSince1970 * 1000).rounded(.down)) }

    static func database<T>(_ body: () throws -> T) throws(LogStoreError) -> T {
        do {
            return try body()
        } catch let error as LogStoreError {
            throw error
        } catch let error as SQLiteError where error.code == .corrupt || error.code == .notADatabase {
            throw LogStoreError(.damaged, "the store database is damaged: \(error)")
        } catch {
            throw LogStoreError(.database, "\(error)")
        }
    }

    private static func meta(_ key: String, _ connection: Connection) throws(LogStoreError) -> String? {
        guard
            case .text(let value) = try database({
                try connection.scalar("SELECT value FROM meta WHERE key = ?", [.text(key)])
            })
        else { return nil }
        return value
    }

    private static func pinnedVerifier(_ location: StoreLocation, _ connection: Connection) throws(LogStoreError)
        -> NoteVerifierKey
    {
        guard FileManager.default.fileExists(atPath: location.pinnedKeyFile.path) else {
            throw LogStoreError(
                .invalidKey,
                "the pinned verifier key '\(location.pinnedKeyFile.path)' is missing: restore it from a copy; the store cannot be trusted without it"
            )
        }
        return try NoteVerifierKey(text: SecureFile.read(location.pinnedKeyFile))
    }

    static func latestFrontier(_ connection: Connection) throws(LogStoreError) -> CompactRange {
        let statement = try database {
            try connection.cachedStatement("SELECT size, frontier FROM checkpoints ORDER BY size DESC LIMIT 1")
        }
        defer { statement.reset() }
        guard try database({ try statement.step() }) else { return CompactRange() }
        let size = UInt64(statement.int64(at: 0))
        let bytes = statement.bytes(at: 1) ?? []
        let hashes = stride(from: 0, to: bytes.count, by: 32).compactMap {
            TreeHash(bytes: bytes[$0..<min($0 + 32, bytes.count)])
        }
        guard let range = CompactRange(size: size, hashes: hashes) else {
            throw LogStoreError(
                .damaged,
                "the latest checkpoint's stored frontier does not match its size: run 'groundwork logs verify'")
        }
        return range
    }

    private static func randomBytes(_ count: Int) throws(LogStoreError) -> [UInt8] {
        do { return try SecureRandom.bytes(count) } catch { throw LogStoreError(.invalidKey, "\(error)") }
    }
}
