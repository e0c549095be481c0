/// An evidence bundle could not be written or read; the message names the file and how to fix it.
public struct EvidenceError: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Code: Sendable, Hashable {
        /// The target directory exists and is not empty.
        case directoryNotEmpty
        /// A file could not be read or written.
        case io
        /// The signing key file is unreadable, malformed or readable by others.
        case key
        /// An evidence item has an id that is not a safe file name, or two items share an id.
        case invalidItem
        /// An `--attest KEY=FILE` argument is malformed or its file unreadable.
        case attestation
    }

    public var code: Code
    public var message: String

    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { message }
}
