import AuditLog

/// An event with everything its insert needs computed ahead: the leaf hash, the idempotency
/// key, the time in milliseconds, the actor-term hashes and the encoded targets.
///
/// Computing these is a third of the per-record work of an ingest and needs no database, so the
/// reading thread does it for the files it parses ahead (`FilePrefetcher`), and the writing
/// thread, the bottleneck, only binds and inserts.
struct PreparedRecord: Sendable {
    let event: Event
    let leaf: TreeHash
    let key: [UInt8]
    let time: Int64
    let terms: [Int64]
    let targets: String?

    init(_ event: Event) {
        self.event = event
        leaf = TreeHash.leaf(event.raw)
        key = LogStore.recordKey(event, leaf: leaf)
        time = LogStore.milliseconds(event.time)
        terms = LogStore.actorTerms(event.actor).map(LogStore.termHash)
        targets = TargetCoding.encode(event.targets)
    }
}
