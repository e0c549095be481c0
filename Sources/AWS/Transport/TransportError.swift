/// Why no HTTP response arrived, sorted by what the retry policy needs to know.
public struct TransportError: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Code: String, Sendable, Hashable {
        /// The peer closed or reset the connection before a full response arrived.
        case connectionReset
        /// No response within the timeout.
        case timedOut
        /// Nothing listened at the endpoint, or the name did not resolve.
        case cannotConnect
        /// Anything else the HTTP stack reported.
        case other
    }

    public var code: Code
    public var message: String

    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    /// Whether sending the same request again may succeed.
    public var isTransient: Bool { code == .connectionReset || code == .timedOut }

    public var description: String { message }
}
