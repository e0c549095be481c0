/// When to send a failed request again and how long to wait first.
///
/// Follows the AWS SDKs' "standard" retry mode: throttling codes, 5xx answers, connection
/// resets and timeouts are retried with capped exponential backoff and full jitter (a wait drawn
/// uniformly from zero to the cap), up to `maxAttempts` attempts in all. Each attempt is signed
/// again, so a long backoff never sends a stale signature.
///
/// Related AWS documentation: https://docs.aws.amazon.com/sdkref/latest/guide/feature-retry-behavior.html
public struct RetryPolicy: Sendable, Hashable {
    /// Attempts in all, including the first; 1 disables retries.
    public var maxAttempts: Int
    /// The backoff cap before the first retry; it doubles with each retry.
    public var baseDelay: Duration
    /// No single wait is longer than this.
    public var maxDelay: Duration

    public init(maxAttempts: Int = 5, baseDelay: Duration = .milliseconds(500), maxDelay: Duration = .seconds(20)) {
        precondition(maxAttempts >= 1, "a retry policy needs at least one attempt")
        self.maxAttempts = maxAttempts
        self.baseDelay = baseDelay
        self.maxDelay = maxDelay
    }

    /// The SDK-like default: 5 attempts, 0.5 s base, 20 s cap.
    public static let standard = RetryPolicy()

    /// One attempt only.
    public static let none = RetryPolicy(maxAttempts: 1)

    /// Error codes that mean "slow down", across the services Groundwork calls.
    public static let throttlingCodes: Set<String> = [
        "Throttling", "ThrottlingException", "ThrottledException", "RequestThrottledException",
        "TooManyRequestsException", "ProvisionedThroughputExceededException", "TransactionInProgressException",
        "RequestLimitExceeded", "BandwidthLimitExceeded", "RequestThrottled",
        "SlowDown", "PriorRequestNotComplete", "EC2ThrottledException", "ConcurrentModificationException",
    ]

    /// Error codes for failures on the service's side that a later attempt may not meet.
    public static let transientCodes: Set<String> = [
        "RequestTimeout", "RequestTimeoutException", "InternalError", "InternalFailure", "InternalServerError",
        "InternalServerException", "ServiceUnavailable", "ServiceUnavailableException", "ServiceException",
        "IDPCommunicationError",
    ]

    /// Whether an error answer should be retried.
    public func isRetryable(_ error: AWSError) -> Bool {
        if Self.throttlingCodes.contains(error.code) || Self.transientCodes.contains(error.code) { return true }
        if error.statusCode == 429 { return true }
        return [500, 502, 503, 504].contains(error.statusCode)
    }

    /// Whether a failure to get any answer should be retried.
    public func isRetryable(_ error: TransportError) -> Bool { error.isTransient }

    /// The wait before retry number `retry` (1 for the first retry), given `random` in `[0, 1)`.
    public func delay(beforeRetry retry: Int, random: Double) -> Duration {
        let exponent = min(max(retry - 1, 0), 30)
        let capped = min(baseDelay * (1 << exponent), maxDelay)
        return capped * min(max(random, 0), 1)
    }
}
