/// A failure on our side of an AWS call: no answer, an answer we cannot read, no credentials.
///
/// Service error answers are `AWSError`; this type covers everything that never got that far.
public struct AWSClientError: Error, Sendable, CustomStringConvertible {
    public struct Code: Sendable, Hashable, CustomStringConvertible {
        private enum Value: String, Sendable, Hashable {
            case transport, decoding, credentials, redirect, configuration
        }

        private let value: Value

        /// No HTTP answer (connection refused or reset, timeout), after any retries.
        public static let transport = Code(value: .transport)
        /// The service answered, but not in the shape the operation expects.
        public static let decoding = Code(value: .decoding)
        /// No credentials could be found or obtained.
        public static let credentials = Code(value: .credentials)
        /// The service answered with a redirect, which the client never follows.
        public static let redirect = Code(value: .redirect)
        /// Region, endpoint or profile settings are missing or invalid.
        public static let configuration = Code(value: .configuration)

        public var description: String { value.rawValue }
    }

    public var code: Code
    public var message: String
    public var cause: (any Error & Sendable)?

    public init(_ code: Code, _ message: String, cause: (any Error & Sendable)? = nil) {
        self.code = code
        self.message = message
        self.cause = cause
    }

    public var description: String { message }
}
