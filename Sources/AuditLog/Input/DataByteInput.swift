import Foundation

/// Serves bytes already in memory (tests, data fetched from S3).
final class DataByteInput: ByteInput {
    private let data: Data
    private var position: Int

    init(_ data: Data) {
        self.data = data
        position = data.startIndex
    }

    func read(into buffer: UnsafeMutableRawBufferPointer) throws(LogParseError) -> Int {
        let count = min(buffer.count, data.endIndex - position)
        guard count > 0, let base = buffer.baseAddress else { return 0 }
        data.copyBytes(to: base.assumingMemoryBound(to: UInt8.self), from: position..<(position + count))
        position += count
        return count
    }
}
