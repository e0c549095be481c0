/// A policy Groundwork cannot build or read, with a message written for the person at the terminal.
///
/// Errors never truncate or quietly drop part of a policy: when a document cannot be made to fit,
/// the error says which guardrail or value is at fault and how to make room.
public struct PolicyError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What went wrong, so callers can react without parsing the message.
    public enum Code: Sendable, Equatable {
        /// A single statement is larger than the document limit and cannot be split without changing its meaning.
        case statementTooLarge
        /// More policies would be attached to one root, unit or account than AWS allows.
        case tooManyPolicies
        /// A value (name, ARN, region, duration) is not valid where it is used.
        case invalidValue
        /// A JSON policy document could not be read.
        case invalidDocument
    }

    public let code: Code
    public let message: String

    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { message }
}
