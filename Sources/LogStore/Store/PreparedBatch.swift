import AuditLog

/// The records of one file (or one batch of a streamed file), each with everything its insert
/// needs computed ahead — leaf hash, idempotency key, time, actor-term hashes, stored bytes —
/// packed into three flat buffers.
///
/// Reading threads build these while the single SQLite writer inserts earlier ones
/// (`FilePrefetcher`). The packing matters as much as the precomputation: a parsed `Event` is a
/// dozen heap objects, and glibc returns a freed block to the arena of the thread that allocated
/// it, under that arena's lock. When the writer released the readers' events, it spent ~1.2 s of
/// a 13 s load of 1M records waiting on those locks. The events now die on the thread that parsed
/// them, and the writer frees three buffers per file.
struct PreparedBatch: Sendable {
    /// One record; the ranges index `bytes` and `terms`.
    struct Row: Sendable {
        var leaf: TreeHash
        var key: RecordKey
        var time: Int64
        var source: Event.SourceKind
        /// The dictionary `record` is compressed with; nil when it is the record verbatim.
        var dictionary: Int64?
        var account: Range<Int>?
        var action: Range<Int>
        var record: Range<Int>
        var terms: Range<Int>
    }

    private(set) var rows: [Row] = []
    /// Every row's account, action and stored record, one after another.
    private(set) var bytes: [UInt8] = []
    /// Every row's actor-term hashes (`LogStore.actorTermHashes`), one after another.
    private(set) var terms: [Int64] = []

    init() {}

    init(_ events: [Event], encoder: RecordEncoder) {
        rows.reserveCapacity(events.count)
        terms.reserveCapacity(events.count * 4)
        bytes.reserveCapacity(events.reduce(0) { $0 + $1.raw.count / 4 + 64 })
        for event in events { append(event, encoder: encoder) }
    }

    var count: Int { rows.count }
    var isEmpty: Bool { rows.isEmpty }

    mutating func append(_ event: Event, encoder: RecordEncoder) {
        let leaf = TreeHash.leaf(event.raw)
        let account = event.account.map { append(text: $0) }
        let action = append(text: event.action)
        let start = bytes.count
        let dictionary = encoder.encode(event.raw, source: event.source, appendingTo: &bytes)
        let firstTerm = terms.count
        terms.append(contentsOf: LogStore.actorTermHashes(event.actor))
        rows.append(
            Row(
                leaf: leaf, key: LogStore.recordKey(event, leaf: leaf), time: LogStore.milliseconds(event.time),
                source: event.source, dictionary: dictionary, account: account, action: action,
                record: start..<bytes.count, terms: firstTerm..<terms.count))
    }

    /// This batch with its verbatim records compressed, when their source has a dictionary now;
    /// nil when there is nothing to compress.
    ///
    /// Files are read well ahead of the writer, so those read before a source's first dictionary
    /// was trained arrive verbatim after it exists: the writer compresses them (a few thousand
    /// records once per source, ~3 µs each) rather than store them larger.
    func compressingLateRecords(with encoder: RecordEncoder) -> PreparedBatch? {
        guard rows.contains(where: { $0.dictionary == nil && encoder.hasDictionary(for: $0.source) }) else {
            return nil
        }
        var batch = PreparedBatch()
        batch.rows.reserveCapacity(rows.count)
        batch.bytes.reserveCapacity(bytes.count / 2)
        batch.terms = terms
        bytes.withUnsafeBufferPointer { old in
            for var row in rows {
                if let account = row.account {
                    row.account = batch.append(bytes: UnsafeBufferPointer(rebasing: old[account]))
                }
                row.action = batch.append(bytes: UnsafeBufferPointer(rebasing: old[row.action]))
                let record = UnsafeBufferPointer(rebasing: old[row.record])
                let start = batch.bytes.count
                if row.dictionary == nil {
                    row.dictionary = encoder.encode(
                        UnsafeRawBufferPointer(record), source: row.source, appendingTo: &batch.bytes)
                } else {
                    batch.bytes.append(contentsOf: record)
                }
                row.record = start..<batch.bytes.count
                batch.rows.append(row)
            }
        }
        return batch
    }

    private mutating func append(bytes source: UnsafeBufferPointer<UInt8>) -> Range<Int> {
        let start = bytes.count
        bytes.append(contentsOf: source)
        return start..<bytes.count
    }

    private mutating func append(text: String) -> Range<Int> {
        let start = bytes.count
        var text = text
        text.withUTF8 { bytes.append(contentsOf: $0) }
        return start..<bytes.count
    }
}
