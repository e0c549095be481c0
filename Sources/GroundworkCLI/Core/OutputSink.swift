public import Foundation
import Synchronization

/// Somewhere text goes: the terminal, a file, or a buffer in tests.
public protocol OutputSink: Sendable {
    func write(_ text: String)
    /// True when a person is watching (a terminal), so colour and progress make sense.
    var isTerminal: Bool { get }
}

/// Writes to a file descriptor (stdout or stderr).
public struct FileDescriptorSink: OutputSink {
    private let handle: FileHandle
    public let isTerminal: Bool

    public init(_ handle: FileHandle) {
        self.handle = handle
        self.isTerminal = isatty(handle.fileDescriptor) == 1
    }

    public static let standardOutput = FileDescriptorSink(.standardOutput)
    public static let standardError = FileDescriptorSink(.standardError)

    public func write(_ text: String) {
        handle.write(Data(text.utf8))
    }
}

/// Collects output in memory, so CLI tests run in-process and read what a person would see.
public final class BufferSink: OutputSink {
    private let buffer = Mutex("")
    public let isTerminal: Bool

    public init(isTerminal: Bool = false) {
        self.isTerminal = isTerminal
    }

    public func write(_ text: String) {
        buffer.withLock { $0 += text }
    }

    /// Everything written so far.
    public var text: String { buffer.withLock { $0 } }
}
