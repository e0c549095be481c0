import CZstd
public import Foundation

/// Compresses records one at a time with a dictionary, reusing zstd's context between calls.
///
/// Not `Sendable`: a context is mutable scratch space. Each thread that compresses makes its own;
/// making one costs about the dictionary's size in work, so make it once per thread, not per record.
public final class ZstdCompressor {
    private let context: OpaquePointer
    private let dictionary: OpaquePointer?
    private var scratch: [UInt8] = []

    /// A compressor at `level` (1 is fastest; zstd's levels go to 19), with `dictionary` or none.
    public init(dictionary: ZstdDictionary?, level: Int32 = 1) throws(ZstdError) {
        guard let context = ZSTD_createCCtx() else { throw ZstdError("compress", "out of memory") }
        self.context = context
        if let dictionary {
            let prepared = dictionary.bytes.withUnsafeBytes { ZSTD_createCDict($0.baseAddress, $0.count, level) }
            guard let prepared else {
                ZSTD_freeCCtx(context)
                throw ZstdError("compress", "zstd could not load the dictionary")
            }
            self.dictionary = prepared
        } else {
            self.dictionary = nil
            ZSTD_CCtx_setParameter(context, ZSTD_c_compressionLevel, level)
        }
    }

    deinit {
        ZSTD_freeCCtx(context)
        if let dictionary { ZSTD_freeCDict(dictionary) }
    }

    /// One zstd frame holding `input`, which `ZstdDecompressor` with the same dictionary restores.
    public func compress(_ input: some ContiguousBytes) throws(ZstdError) -> [UInt8] {
        let written = try compressIntoScratch(input)
        return Array(scratch.prefix(written))
    }

    /// Appends one zstd frame holding `input` to `output`, which is left unchanged on failure;
    /// for callers packing many frames into one buffer.
    public func compress(_ input: some ContiguousBytes, appendingTo output: inout [UInt8]) throws(ZstdError) {
        let written = try compressIntoScratch(input)
        scratch.withUnsafeBufferPointer { output.append(contentsOf: $0.prefix(written)) }
    }

    private func compressIntoScratch(_ input: some ContiguousBytes) throws(ZstdError) -> Int {
        let bound = ZSTD_compressBound(input.withUnsafeBytes { $0.count })
        if scratch.count < bound { scratch = [UInt8](repeating: 0, count: bound) }
        let written = scratch.withUnsafeMutableBytes { out in
            input.withUnsafeBytes { source in
                if let dictionary {
                    ZSTD_compress_usingCDict(context, out.baseAddress, out.count, source.baseAddress, source.count, dictionary)
                } else {
                    ZSTD_compress2(context, out.baseAddress, out.count, source.baseAddress, source.count)
                }
            }
        }
        if ZSTD_isError(written) != 0 { throw ZstdError("compress", String(cString: ZSTD_getErrorName(written))) }
        return written
    }
}
