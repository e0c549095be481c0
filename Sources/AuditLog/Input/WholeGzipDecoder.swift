internal import CDeflate
import Foundation

/// Gunzips a gzip file that is already whole in memory in one call per member (libdeflate), about
/// twice as fast as zlib's streaming inflate, which `GzipByteInput` keeps for files read from disk.
///
/// This is the fast path only. It gives no verdict on bad data: when libdeflate rejects the input,
/// or the output would pass `limit`, the caller streams the same bytes through zlib instead, which
/// says where the data went wrong (compressed byte, and the record reached so far) exactly as
/// before, and reads files of any size with flat memory.
///
/// A libdeflate decompressor is not thread-safe and the parser runs on several threads at once,
/// so each call allocates its own (about 10 KB; negligible next to gunzipping a file).
enum WholeGzipDecoder {
    /// What the fast path made of the data.
    enum Outcome {
        /// The whole decompressed text (all members, in order).
        case decoded(Data)
        /// The decompressed text would be larger than the limit.
        case tooLarge
        /// libdeflate found the data corrupt, truncated, or not gzip.
        case rejected
    }

    /// The largest decompressed size held whole: beyond it, streaming keeps memory flat. Above the
    /// log store's in-memory limit for compressed files (4 MiB at a ratio of 8 to 16).
    static let defaultLimit = 64 << 20

    /// Below this, the ISIZE hint is not worth trusting as the first buffer size.
    static let minimumCapacity = 64 << 10

    /// Gunzips `data`, every concatenated member, into one buffer of at most `limit` bytes.
    ///
    /// The gzip trailer's ISIZE (size mod 2^32 of the last member) only sizes the first buffer:
    /// it can lie, or describe one member of many. When the output does not fit, the buffer
    /// doubles and the member is decompressed again.
    static func decode(_ data: Data, limit: Int = defaultLimit) -> Outcome {
        guard data.count >= 18, let decompressor = libdeflate_alloc_decompressor() else { return .rejected }
        defer { libdeflate_free_decompressor(decompressor) }
        return data.withUnsafeBytes { input in
            guard let inputBase = input.baseAddress else { return .rejected }
            var capacity = firstCapacity(hint: sizeHint(input), limit: limit)
            var output = UnsafeMutableRawPointer.allocate(byteCount: capacity, alignment: 16)
            var consumed = 0
            var produced = 0
            while consumed < input.count {
                var memberIn = 0
                var memberOut = 0
                let result = libdeflate_gzip_decompress_ex(
                    decompressor, inputBase + consumed, input.count - consumed,
                    output + produced, capacity - produced, &memberIn, &memberOut)
                switch result {
                case LIBDEFLATE_SUCCESS:
                    consumed += memberIn
                    produced += memberOut
                case LIBDEFLATE_INSUFFICIENT_SPACE where capacity < limit:
                    capacity = min(limit, capacity * 2)
                    let grown = UnsafeMutableRawPointer.allocate(byteCount: capacity, alignment: 16)
                    grown.copyMemory(from: output, byteCount: produced)
                    output.deallocate()
                    output = grown
                case LIBDEFLATE_INSUFFICIENT_SPACE:
                    output.deallocate()
                    return .tooLarge
                default:
                    output.deallocate()
                    return .rejected
                }
            }
            return .decoded(Data(bytesNoCopy: output, count: produced, deallocator: .custom { pointer, _ in
                pointer.deallocate()
            }))
        }
    }

    /// The first buffer size: the ISIZE hint, at least `minimumCapacity`, never above `limit`
    /// (a corrupt trailer may claim 4 GiB).
    static func firstCapacity(hint: Int, limit: Int) -> Int {
        min(limit, max(minimumCapacity, hint))
    }

    /// ISIZE, the last four bytes read little-endian.
    private static func sizeHint(_ input: UnsafeRawBufferPointer) -> Int {
        let tail = input.count - 4
        return (0..<4).reduce(0) { $0 | Int(input[tail + $1]) << (8 * $1) }
    }
}
