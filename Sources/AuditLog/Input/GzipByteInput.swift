internal import CZlib

/// Gunzips another input as it is read (zlib streaming inflate), so a `.json.gz` file is never
/// held decompressed in full.
///
/// Concatenated gzip members are read one after the other, as `gzip -d` does. A stream that ends
/// before its gzip trailer is an error: a cut-off CloudTrail object must not pass as a short one.
final class GzipByteInput: ByteInput {
    private let source: any ByteInput
    private let name: String
    private let stream: UnsafeMutablePointer<z_stream>
    private let input: UnsafeMutableRawBufferPointer
    private var sourceFinished = false
    private var finished = false
    /// Compressed bytes consumed so far, to say where a corrupt stream went wrong.
    private var compressedOffset = 0

    static let chunkSize = 256 << 10

    init(_ source: any ByteInput, name: String) throws(LogParseError) {
        self.source = source
        self.name = name
        stream = .allocate(capacity: 1)
        stream.initialize(to: z_stream())
        input = .allocate(byteCount: Self.chunkSize, alignment: 16)
        // 15 + 32: the largest window, and detect the gzip (or zlib) header automatically.
        let status = czlib_inflateInit2(stream, 15 + 32)
        guard status == Z_OK else {
            stream.deallocate()
            input.deallocate()
            throw LogParseError(.badGzip, file: name, message: "zlib could not start inflating (status \(status))")
        }
    }

    deinit {
        inflateEnd(stream)
        stream.deallocate()
        input.deallocate()
    }

    func read(into buffer: UnsafeMutableRawBufferPointer) throws(LogParseError) -> Int {
        guard let outBase = buffer.baseAddress, buffer.count > 0, !finished else { return 0 }
        stream.pointee.next_out = outBase.assumingMemoryBound(to: Bytef.self)
        stream.pointee.avail_out = UInt32(clamping: buffer.count)
        while stream.pointee.avail_out > 0 {
            if stream.pointee.avail_in == 0 && !sourceFinished {
                try refill()
            }
            if stream.pointee.avail_in == 0 && sourceFinished { break }
            let before = stream.pointee.avail_in
            let status = inflate(stream, Z_NO_FLUSH)
            compressedOffset += Int(before - stream.pointee.avail_in)
            switch status {
            case Z_OK:
                continue
            case Z_STREAM_END:
                if stream.pointee.avail_in == 0 && !sourceFinished { try refill() }
                if stream.pointee.avail_in == 0 {
                    finished = true
                    return buffer.count - Int(stream.pointee.avail_out)
                }
                // Another gzip member follows.
                inflateReset(stream)
            case Z_BUF_ERROR:
                // No progress possible: only legitimate when more input is on its way.
                if sourceFinished { break }
            default:
                throw corrupt(status)
            }
        }
        let produced = buffer.count - Int(stream.pointee.avail_out)
        if produced == 0 && sourceFinished && !finished {
            throw LogParseError(
                .badGzip,
                file: name,
                message: "the gzip data ends before its end marker after \(compressedOffset) compressed bytes "
                    + "(truncated download or upload?)"
            )
        }
        return produced
    }

    private func refill() throws(LogParseError) {
        let count = try source.read(into: input)
        if count == 0 {
            sourceFinished = true
            return
        }
        stream.pointee.next_in = input.baseAddress?.assumingMemoryBound(to: Bytef.self)
        stream.pointee.avail_in = UInt32(count)
    }

    private func corrupt(_ status: Int32) -> LogParseError {
        let detail = stream.pointee.msg.map { String(cString: $0) } ?? "zlib status \(status)"
        return LogParseError(
            .badGzip,
            file: name,
            message: "the gzip data is corrupt (\(detail)) at compressed byte \(compressedOffset)"
        )
    }
}
