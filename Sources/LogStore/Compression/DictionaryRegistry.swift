import AuditLog
import Synchronization

/// The dictionary each source's records are compressed with during an ingest, shared between the
/// writer (which trains and publishes dictionaries) and the reading threads (which compress).
///
/// A record of a source with no dictionary yet is stored verbatim; once the writer publishes one,
/// records prepared after that are compressed. Either way the stored row says which it is.
final class DictionaryRegistry: Sendable {
    private let current: Mutex<[Event.SourceKind: StoredDictionary]>

    init(_ dictionaries: [StoredDictionary] = []) {
        var latest: [Event.SourceKind: StoredDictionary] = [:]
        for dictionary in dictionaries where dictionary.id > latest[dictionary.source]?.id ?? Int64.min {
            latest[dictionary.source] = dictionary
        }
        current = Mutex(latest)
    }

    func dictionary(for source: Event.SourceKind) -> StoredDictionary? {
        current.withLock { $0[source] }
    }

    func publish(_ dictionary: StoredDictionary) {
        current.withLock { $0[dictionary.source] = dictionary }
    }
}
