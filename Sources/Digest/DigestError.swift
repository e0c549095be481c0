/// A failure of a cryptographic operation, written for the person at the terminal.
public struct DigestError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What kind of failure this is, so callers can react without parsing the message.
    public enum Code: Sendable, Equatable {
        case invalidKey
        case invalidSignature
        case randomUnavailable
        case openSSL
    }

    public let code: Code
    public let message: String

    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { message }
}
