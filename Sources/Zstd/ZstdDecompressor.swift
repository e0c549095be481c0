import CZstd
public import Foundation

/// Restores frames written by `ZstdCompressor`, reusing zstd's context between calls.
///
/// Not `Sendable`, like the compressor. It refuses frames that claim more than `limit` bytes, so
/// a damaged or hostile frame cannot make it allocate without bound.
public final class ZstdDecompressor {
    private let context: OpaquePointer
    private let dictionary: OpaquePointer?
    /// The largest content a frame may hold.
    public let limit: Int

    public init(dictionary: ZstdDictionary?, limit: Int = 64 << 20) throws(ZstdError) {
        guard let context = ZSTD_createDCtx() else { throw ZstdError("decompress", "out of memory") }
        self.context = context
        self.limit = limit
        if let dictionary {
            let prepared = dictionary.bytes.withUnsafeBytes { ZSTD_createDDict($0.baseAddress, $0.count) }
            guard let prepared else {
                ZSTD_freeDCtx(context)
                throw ZstdError("decompress", "zstd could not load the dictionary")
            }
            self.dictionary = prepared
        } else {
            self.dictionary = nil
        }
    }

    deinit {
        ZSTD_freeDCtx(context)
        if let dictionary { ZSTD_freeDDict(dictionary) }
    }

    /// The bytes `frame` holds.
    ///
    /// - Throws: `ZstdError` when the frame is damaged, was written with another dictionary, does
    ///   not record its size, or holds more than `limit` bytes.
    public func decompress(_ frame: some ContiguousBytes) throws(ZstdError) -> [UInt8] {
        let size = frame.withUnsafeBytes { ZSTD_getFrameContentSize($0.baseAddress, $0.count) }
        if size == ZSTD_CONTENTSIZE_ERROR { throw ZstdError("decompress", "not a zstd frame") }
        if size == ZSTD_CONTENTSIZE_UNKNOWN { throw ZstdError("decompress", "the frame does not record its size") }
        guard size <= UInt64(limit) else {
            throw ZstdError("decompress", "the frame claims \(size) bytes, more than the \(limit)-byte limit")
        }
        var output = [UInt8](repeating: 0, count: Int(size))
        let written = output.withUnsafeMutableBytes { out in
            frame.withUnsafeBytes { source in
                if let dictionary {
                    ZSTD_decompress_usingDDict(context, out.baseAddress, out.count, source.baseAddress, source.count, dictionary)
                } else {
                    ZSTD_decompressDCtx(context, out.baseAddress, out.count, source.baseAddress, source.count)
                }
            }
        }
        if ZSTD_isError(written) != 0 { throw ZstdError("decompress", String(cString: ZSTD_getErrorName(written))) }
        guard written == output.count else {
            throw ZstdError("decompress", "the frame held \(written) bytes, not the \(output.count) it claims")
        }
        return output
    }
}
