/// An input whose API accepts an idempotency token (`ClientToken` in botocore's model,
/// `idempotencyToken: true`).
///
/// When the token is `nil`, `AWSClient.send` fills in a fresh UUID once per call, before the
/// first attempt, so every retry of that call carries the same token and a create that reached
/// AWS before a reset or timeout is not performed twice.
public protocol IdempotentRequest: Sendable {
    var clientToken: String? { get set }
}
