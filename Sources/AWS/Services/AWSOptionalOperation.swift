/// An operation whose "not found" errors mean that a setting is absent, not that the call failed.
///
/// S3 answers `GetBucketPolicy` on a bucket without a policy with `NoSuchBucketPolicy`, IAM
/// answers `GetLoginProfile` for a user without a console password with `NoSuchEntity`. For the
/// audit, absence is a fact to report, so `AWSClient.send(_:_:)` returns `nil` for exactly those
/// codes and still throws every other error (access denied stays an error, never "absent").
public struct AWSOptionalOperation<Input: Sendable, Output: Sendable>: Sendable {
    public let operation: AWSOperation<Input, Output>
    /// The error codes that mean "there is no such setting".
    public let absentCodes: Set<String>

    public init(_ operation: AWSOperation<Input, Output>, absentWhen absentCodes: Set<String>) {
        self.operation = operation
        self.absentCodes = absentCodes
    }

    /// The IAM-style action name, e.g. `s3:GetBucketPolicy`.
    public var actionName: String { operation.actionName }
}

extension AWSClient {
    /// Calls `operation`; `nil` when AWS answers with one of its absent codes.
    public func send<Input, Output>(_ operation: AWSOptionalOperation<Input, Output>, _ input: Input) async throws
        -> Output?
    {
        do {
            return try await send(operation.operation, input)
        } catch let error as AWSError where operation.absentCodes.contains(error.code) {
            return nil
        }
    }
}
