import AuditLog

/// Collects, during a run, verbatim records of each source that has no dictionary yet, until
/// there are enough to train one.
///
/// The first records of a source are stored verbatim; once `target` of them have been written,
/// the store trains a dictionary from them and every later record of that source is compressed.
/// A store fed by many small runs (an hourly or daily ingest) never sees `target` records in one
/// run: the first time a run writes a source without a dictionary, the store is asked once for
/// the verbatim records earlier runs left (`needsStoredSamples`, `supply`).
struct DictionarySampler {
    /// About 2.6 MB of CloudTrail: zstd trains a 64 KiB dictionary from it in ~0.2 s, and more
    /// samples compress measurably no better.
    static let target = 2_000
    /// A single record larger than this is not typical of its source and is not sampled.
    static let largestSample = 64 << 10

    private(set) var samples: [Event.SourceKind: [[UInt8]]] = [:]
    private var finished: Set<Event.SourceKind> = []
    private var lookedUp: Set<Event.SourceKind> = []

    /// Keeps a copy of a record stored verbatim when its source still needs samples.
    mutating func observe(_ record: UnsafeRawBufferPointer, source: Event.SourceKind) {
        guard !finished.contains(source), record.count <= Self.largestSample else { return }
        var kept = samples[source, default: []]
        guard kept.count < Self.target else { return }
        kept.append(Array(record))
        samples[source] = kept
    }

    /// Sources sampled in this run, still short of `target`, whose stored records have not been
    /// looked at yet.
    var needsStoredSamples: [Event.SourceKind] {
        samples.filter { $0.value.count < Self.target && !lookedUp.contains($0.key) && !finished.contains($0.key) }
            .map(\.key).sorted { $0.rawValue < $1.rawValue }
    }

    /// Replaces a source's samples with `stored` (verbatim records already in the store, this
    /// run's included) when there are enough of them; either way the store is not asked again
    /// during this run.
    mutating func supply(_ source: Event.SourceKind, stored: [[UInt8]]) {
        lookedUp.insert(source)
        guard !finished.contains(source), stored.count >= Self.target else { return }
        samples[source] = Array(stored.prefix(Self.target))
    }

    /// Sources with enough samples to train.
    var ready: [Event.SourceKind] {
        samples.filter { $0.value.count >= Self.target }.map(\.key).sorted { $0.rawValue < $1.rawValue }
    }

    /// Hands over a source's samples and stops collecting for it.
    mutating func take(_ source: Event.SourceKind) -> [[UInt8]] {
        finished.insert(source)
        return samples.removeValue(forKey: source) ?? []
    }
}
