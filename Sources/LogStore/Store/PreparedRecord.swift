import AuditLog

/// An event with everything its insert needs computed ahead: the leaf hash, the idempotency
/// key, the time in milliseconds, the actor-term hashes and the compressed record.
///
/// Computing these is most of the per-record work of an ingest and needs no database, so the
/// reading threads do it for the files they parse ahead (`FilePrefetcher`), and the writing
/// thread, the one that cannot be parallelized, only binds and inserts.
struct PreparedRecord: Sendable {
    let event: Event
    let leaf: TreeHash
    let key: [UInt8]
    let time: Int64
    let terms: [Int64]
    let stored: EncodedRecord

    init(_ event: Event, encoder: RecordEncoder) {
        self.event = event
        leaf = TreeHash.leaf(event.raw)
        key = LogStore.recordKey(event, leaf: leaf)
        time = LogStore.milliseconds(event.time)
        terms = LogStore.actorTermHashes(event.actor)
        stored = encoder.encode(event)
    }
}
