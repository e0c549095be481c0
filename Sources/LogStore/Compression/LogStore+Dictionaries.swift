import AuditLog
import Foundation
import SQLite
import Support
import Zstd

extension LogStore {
    /// Every dictionary in the store, oldest first.
    static func storedDictionaries(_ connection: Connection) throws(LogStoreError) -> [StoredDictionary] {
        try database {
            var found: [StoredDictionary] = []
            try connection.prepare("SELECT id, source, bytes FROM dictionaries ORDER BY id").forEachRow { row in
                guard let source = row.string(at: 1).flatMap(Event.SourceKind.init(rawValue:)),
                    let bytes = row.bytes(at: 2)
                else { return }
                found.append(
                    StoredDictionary(id: row.int64(at: 0), source: source, dictionary: ZstdDictionary(bytes: bytes)))
            }
            return found
        }
    }

    /// Trains a dictionary for `source` from `samples`, stores it in its own transaction (outside
    /// any append, so it exists before any record that names it) and makes it the source's
    /// current one.
    ///
    /// Nothing is stored when zstd cannot learn from the samples; the records stay verbatim.
    @discardableResult
    func addDictionary(for source: Event.SourceKind, samples: [[UInt8]]) throws(LogStoreError) -> StoredDictionary? {
        guard let trained = try? ZstdDictionary.train(samples: samples) else { return nil }
        let id: Int64 = try Self.database {
            try connection.transaction {
                try connection.execute(
                    "INSERT INTO dictionaries (source, bytes, created_ms) VALUES (?, ?, ?)",
                    [.text(source.rawValue), .bytes(trained.bytes), .integer(Self.milliseconds(clock()))])
                return connection.lastInsertRowID
            }
        }
        let stored = StoredDictionary(id: id, source: source, dictionary: trained)
        dictionaries.publish(stored)
        return stored
    }

    /// Trains the dictionaries `sampler` has gathered enough samples for. Call between appends.
    ///
    /// A source this run has written too few records of to train is looked up once in the store,
    /// so that runs too small to train a dictionary alone add up to one.
    func trainReadyDictionaries(_ sampler: inout DictionarySampler) throws(LogStoreError) {
        for source in sampler.needsStoredSamples {
            // A source that has a dictionary only has verbatim records whose compression failed.
            let stored = dictionaries.dictionary(for: source) == nil ? try storedSamples(of: source) : []
            sampler.supply(source, stored: stored)
        }
        for source in sampler.ready {
            try addDictionary(for: source, samples: sampler.take(source))
        }
    }

    /// The newest verbatim records of `source` in the store, up to `DictionarySampler.target`;
    /// none when the files ingested for it hold fewer than that.
    ///
    /// The `files` table answers "are there enough" without scanning `records` (which has no index
    /// on source), so the scan runs only when it can end in a dictionary: once per source.
    func storedSamples(of source: Event.SourceKind) throws(LogStoreError) -> [[UInt8]] {
        try Self.database {
            guard
                case .integer(let ingested) = try connection.scalar(
                    "SELECT coalesce(sum(new_records), 0) FROM files WHERE source = ?", [.text(source.rawValue)]),
                ingested >= DictionarySampler.target
            else { return [] }
            var samples: [[UInt8]] = []
            try connection.prepare(
                """
                SELECT raw FROM records WHERE source = ? AND dictionary IS NULL AND raw IS NOT NULL AND length(raw) <= ?
                    ORDER BY seq DESC LIMIT ?
                """
            ).forEachRow(
                [.text(source.rawValue), .int(DictionarySampler.largestSample), .int(DictionarySampler.target)]
            ) { row in
                if let raw = row.bytes(at: 0) { samples.append(raw) }
            }
            return samples
        }
    }
}
