import AuditLog
import Zstd

/// A zstd dictionary kept in the store's `dictionaries` table; records compressed with it name
/// its `id`.
struct StoredDictionary: Sendable, Hashable {
    let id: Int64
    let source: Event.SourceKind
    let dictionary: ZstdDictionary
}
