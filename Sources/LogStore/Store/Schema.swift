import SQLite

/// The store's tables, designed for the write path.
///
/// - `records`: one narrow row per leaf of the Merkle log. `seq` (the leaf index) is the rowid, so
///   appends go to the right edge of the B-tree. Beside the leaf hash it keeps only what queries
///   filter on (source, time, account, action), the file the record came from, and the record
///   itself: a zstd frame compressed with the dictionary `dictionary` names, or the verbatim bytes
///   when `dictionary` is NULL. Everything else a query shows is normalized again from those bytes,
///   so nothing is stored twice. A pruned record keeps `seq`, `leaf`, `source` and `time_ms`.
/// - `dictionaries`: zstd dictionaries trained on each source's own records (a CloudTrail record
///   compresses about 6.7× alone with one, 1.7× without). Never changed once written; a damaged
///   one makes its records fail verification, so it cannot silently alter what they say.
/// - `record_keys`: the idempotency key (source + event id, else the content hash), 16 bytes,
///   `WITHOUT ROWID` so the key *is* the B-tree and a duplicate costs one probe. A bulk load into
///   an empty store appends its keys to a transient `record_keys_staged` table instead and sorts
///   them in at the end (`StagedKeys`).
/// - `actor_terms`: a narrow table of three integers per name — every way to name the actor (id,
///   name, email, session, role and the role's name) but the two a query reaches through another
///   (`LogStore.indexedActorTerms`), lowercased and hashed to 64 bits (FNV-1a) —
///   appended in log order, with an index on (term, time, seq) so an actor query reads one
///   contiguous range newest-first. Integers instead of ARNs keep the index a fraction of the size;
///   a query re-checks the actor's real names, so a hash collision can never return a wrong row.
/// - secondary indexes on time, (action, time) and (account, time); partial, so pruned rows leave
///   them. These and the actor index are `secondaryIndexes`: a bulk load drops them and rebuilds
///   them once at the end (a sort instead of a million random B-tree inserts).
/// - `checkpoints`: every signed tree head with the compact-range frontier it was computed from.
/// - `prunes`: signed statements of which leaves had their records removed, and why.
/// - `files`: what was ingested (path, size, mtime, content hash) so re-runs skip quickly.
///
/// `v2-compact` turns a `v1-log` store (normalized columns beside verbatim records) into this
/// layout in one transaction; the records, leaves and signed checkpoints are untouched.
enum Schema {
    static let migrator = Migrator([
        .init(
            "v1-log",
            sql: """
                CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL) WITHOUT ROWID;
                CREATE TABLE files (
                    id INTEGER PRIMARY KEY,
                    path TEXT NOT NULL,
                    size INTEGER NOT NULL,
                    mtime_ns INTEGER NOT NULL,
                    sha256 BLOB NOT NULL,
                    source TEXT,
                    records INTEGER NOT NULL,
                    new_records INTEGER NOT NULL,
                    ingested_ms INTEGER NOT NULL
                );
                CREATE INDEX files_path ON files (path, size, mtime_ns);
                CREATE INDEX files_sha256 ON files (sha256);
                CREATE TABLE records (
                    seq INTEGER PRIMARY KEY,
                    leaf BLOB NOT NULL,
                    source TEXT NOT NULL,
                    time_ms INTEGER NOT NULL,
                    source_event_id TEXT,
                    account TEXT,
                    region TEXT,
                    actor_kind TEXT,
                    actor_id TEXT,
                    actor_name TEXT,
                    actor_email TEXT,
                    actor_session TEXT,
                    actor_role TEXT,
                    action TEXT,
                    targets TEXT,
                    outcome TEXT,
                    source_ip TEXT,
                    user_agent TEXT,
                    file_id INTEGER,
                    raw BLOB
                );
                CREATE TABLE record_keys (key BLOB PRIMARY KEY NOT NULL, seq INTEGER NOT NULL) WITHOUT ROWID;
                CREATE TABLE actor_terms (term INTEGER NOT NULL, time_ms INTEGER NOT NULL, seq INTEGER NOT NULL);
                CREATE TABLE checkpoints (
                    size INTEGER PRIMARY KEY,
                    note TEXT NOT NULL,
                    frontier BLOB NOT NULL
                );
                CREATE TABLE prunes (id INTEGER PRIMARY KEY, note TEXT NOT NULL);
                """ + secondaryIndexes.joined(separator: ";\n")
        ),
        .init(
            "v2-compact",
            sql: """
                CREATE TABLE dictionaries (
                    id INTEGER PRIMARY KEY,
                    source TEXT NOT NULL,
                    bytes BLOB NOT NULL,
                    created_ms INTEGER NOT NULL
                );
                CREATE TABLE records_v2 (
                    seq INTEGER PRIMARY KEY,
                    leaf BLOB NOT NULL,
                    source TEXT NOT NULL,
                    time_ms INTEGER NOT NULL,
                    account TEXT,
                    action TEXT,
                    file_id INTEGER,
                    dictionary INTEGER,
                    raw BLOB
                );
                INSERT INTO records_v2 (seq, leaf, source, time_ms, account, action, file_id, dictionary, raw)
                    SELECT seq, leaf, source, time_ms, account, action, file_id, NULL, raw FROM records ORDER BY seq;
                DROP TABLE records;
                ALTER TABLE records_v2 RENAME TO records;
                """ + secondaryIndexes.joined(separator: ";\n")
        ),
    ])

    /// The migration a store must have for this version to read it.
    static let current = "v2-compact"

    /// Indexes only queries need; none of them guards integrity, so they may be dropped during a
    /// bulk load and rebuilt after it.
    static let secondaryIndexes = [
        "CREATE INDEX IF NOT EXISTS actor_terms_lookup ON actor_terms (term, time_ms, seq)",
        "CREATE INDEX IF NOT EXISTS records_time ON records (time_ms) WHERE raw IS NOT NULL",
        "CREATE INDEX IF NOT EXISTS records_action ON records (action, time_ms) WHERE raw IS NOT NULL",
        "CREATE INDEX IF NOT EXISTS records_account ON records (account, time_ms) WHERE raw IS NOT NULL",
    ]

    static let secondaryIndexNames = ["actor_terms_lookup", "records_time", "records_action", "records_account"]
}
