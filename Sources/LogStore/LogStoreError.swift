/// A failure of the audit-log store, written for the person at the terminal.
public struct LogStoreError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What kind of failure, so callers (and exit codes) can react without parsing messages.
    public enum Code: Sendable, Equatable {
        /// The store directory or its files cannot be created, read or have unsafe permissions.
        case storeUnavailable
        /// The signing or verifier key is missing, malformed or does not match the pinned key.
        case invalidKey
        /// A checkpoint or signed note cannot be parsed.
        case invalidNote
        /// The database reported a failure.
        case database
        /// A prune would remove records younger than the retention allows.
        case retentionRefused
        /// The store's files are damaged or inconsistent (verification will say where).
        case damaged
        /// An argument is outside what the store accepts.
        case invalidArgument
    }

    public let code: Code
    public let message: String

    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { message }
}
