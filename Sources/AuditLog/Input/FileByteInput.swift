#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads a file with plain `read(2)` calls into the caller's buffer (no intermediate copies).
final class FileByteInput: ByteInput {
    private let descriptor: Int32
    private let name: String

    init(path: String, name: String) throws(LogParseError) {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw LogParseError(.unreadable, file: name, message: "cannot open the file: \(Self.systemError())")
        }
        self.descriptor = descriptor
        self.name = name
    }

    deinit { close(descriptor) }

    func read(into buffer: UnsafeMutableRawBufferPointer) throws(LogParseError) -> Int {
        guard let base = buffer.baseAddress, buffer.count > 0 else { return 0 }
        while true {
            let count = systemRead(descriptor, base, buffer.count)
            if count >= 0 { return count }
            if errno == EINTR { continue }
            throw LogParseError(.unreadable, file: name, message: "cannot read the file: \(Self.systemError())")
        }
    }

    /// The first `count` bytes of the file without moving the read position (to sniff gzip).
    func peek(_ count: Int) -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: count)
        let got = bytes.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, count, 0) }
        return Array(bytes.prefix(max(0, got)))
    }

    private static func systemError() -> String { String(cString: strerror(errno)) }
}

@inline(__always)
private func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}
