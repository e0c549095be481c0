import CZstd

/// A zstd dictionary: what many small, similar records have in common, trained once from samples.
///
/// Audit records compress poorly one by one (about 1.7× for a 1.3 KB CloudTrail record), because
/// each is too short for zstd to learn the repeated field names and values; with a dictionary
/// trained on a few thousand of them each compresses alone about 6–7×, and can still be read back
/// alone. The dictionary's bytes must be kept as long as anything compressed with it.
public struct ZstdDictionary: Sendable, Hashable {
    /// The dictionary as zstd stores it.
    public let bytes: [UInt8]

    /// Wraps stored dictionary bytes.
    public init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// Fewer samples than this rarely train a useful dictionary (and zstd may refuse to).
    public static let minimumSamples = 64

    /// Trains a dictionary of at most `capacity` bytes from `samples`.
    ///
    /// - Throws: `ZstdError` when there are too few or too uniform samples to learn from.
    public static func train(samples: [[UInt8]], capacity: Int = 64 << 10) throws(ZstdError) -> ZstdDictionary {
        guard samples.count >= minimumSamples else {
            throw ZstdError("train a dictionary", "\(samples.count) samples, at least \(minimumSamples) needed")
        }
        let sizes = samples.map(\.count)
        let joined = Array(samples.joined())
        var buffer = [UInt8](repeating: 0, count: capacity)
        let written = buffer.withUnsafeMutableBytes { out in
            joined.withUnsafeBytes { input in
                sizes.withUnsafeBufferPointer { sizes in
                    ZDICT_trainFromBuffer(
                        out.baseAddress, out.count, input.baseAddress, sizes.baseAddress, UInt32(sizes.count))
                }
            }
        }
        if ZDICT_isError(written) != 0 {
            throw ZstdError("train a dictionary", String(cString: ZDICT_getErrorName(written)))
        }
        return ZstdDictionary(bytes: Array(buffer.prefix(written)))
    }

    /// zstd's id for the dictionary, written into every frame compressed with it (0 for raw content).
    public var id: UInt32 {
        bytes.withUnsafeBytes { ZDICT_getDictID($0.baseAddress, $0.count) }
    }
}
