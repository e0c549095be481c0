import AuditLog
import Foundation
import SQLite
import Zstd

/// Restores stored records to their verbatim bytes, loading each dictionary from the store the
/// first time a record needs it, and normalizes them again (the store keeps no second copy of
/// what a record says).
///
/// Not `Sendable`: one per reading pass (a query, a verify, a prune).
final class RecordDecoder {
    private let connection: Connection
    private var decompressors: [Int64: ZstdDecompressor] = [:]
    /// Normalizes restored records, reusing its parse buffers across them.
    let normalizer = RecordNormalizer()

    init(_ connection: Connection) {
        self.connection = connection
    }

    /// A record is never larger than this; a frame claiming more is damage, not a record.
    static let recordLimit = 64 << 20

    /// The record's bytes from its stored form.
    ///
    /// A zstd frame has no checksum of its own, and a damaged frame or dictionary can restore
    /// other, well-formed bytes without any error. Readers that show records (query, prune) pass
    /// the record's `leaf` so a compressed record is only returned when it restores exactly the
    /// bytes that were signed; verify passes none and reports a differing leaf itself.
    ///
    /// - Throws: `RecordDecodingError` when the dictionary is missing, the frame is damaged, or
    ///   the restored bytes do not match `leaf`.
    func decode(_ stored: [UInt8], dictionary: Int64?, leaf: [UInt8]? = nil) throws(RecordDecodingError) -> [UInt8] {
        guard let dictionary else { return stored }
        let restored = try decompress(stored, dictionary: dictionary)
        if let leaf, TreeHash.leaf(restored).bytes != leaf {
            throw RecordDecodingError(
                message:
                    "the compressed record restored with dictionary \(dictionary) is not the record that was signed")
        }
        return restored
    }

    private func decompress(_ stored: [UInt8], dictionary: Int64) throws(RecordDecodingError) -> [UInt8] {
        let decompressor: ZstdDecompressor
        if let existing = decompressors[dictionary] {
            decompressor = existing
        } else {
            let bytes: [UInt8]?
            do {
                let row = try connection.cachedStatement("SELECT bytes FROM dictionaries WHERE id = ?")
                try row.bind(integer: dictionary, at: 1)
                defer { row.reset() }
                bytes = try row.step() ? row.bytes(at: 0) : nil
            } catch {
                throw RecordDecodingError(message: "dictionary \(dictionary) cannot be read: \(error)")
            }
            guard let bytes else { throw RecordDecodingError(message: "dictionary \(dictionary) is missing") }
            do {
                decompressor = try ZstdDecompressor(dictionary: ZstdDictionary(bytes: bytes), limit: Self.recordLimit)
            } catch {
                throw RecordDecodingError(message: "dictionary \(dictionary) is damaged: \(error.reason)")
            }
            decompressors[dictionary] = decompressor
        }
        do {
            return try decompressor.decompress(stored)
        } catch {
            throw RecordDecodingError(
                message: "the compressed record cannot be read with dictionary \(dictionary): \(error.reason)")
        }
    }
}

/// A stored record that cannot be restored to its bytes: damage, for verification.
struct RecordDecodingError: Error, Sendable, CustomStringConvertible {
    var message: String
    var description: String { message }
}
