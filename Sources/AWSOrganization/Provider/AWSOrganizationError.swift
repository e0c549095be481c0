/// Why the AWS side of plan or apply could not do its job, written for the person at the terminal:
/// what went wrong and what to do next.
public struct AWSOrganizationError: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Code: String, Sendable, Hashable {
        /// The spec asks for something this provider cannot express on AWS.
        case unsupported
        /// The live organization is missing something plan or apply needs (no organization, no
        /// Identity Center instance).
        case missingPrerequisite = "missing-prerequisite"
        /// AWS refused or failed a call after retries.
        case api
        /// An asynchronous change (account creation, provisioning) ended in failure or never ended.
        case asynchronousFailure = "asynchronous-failure"
        /// Something expected by id is gone.
        case notFound = "not-found"
    }

    public var code: Code
    public var message: String

    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { message }
}
