import AWS
import Foundation
import Support
import Synchronization
import TestSupport
import Testing

@Suite struct RetryPolicyTests {
    static func error(_ code: String, status: Int = 400) -> AWSError {
        AWSError(
            service: "s", action: "s:Op", operation: "Op", code: code, message: "", requestID: nil, statusCode: status)
    }

    @Test(arguments: [
        "Throttling", "ThrottlingException", "TooManyRequestsException", "RequestLimitExceeded", "SlowDown",
        "RequestThrottledException", "InternalError", "ServiceUnavailable", "RequestTimeout",
    ])
    func retriesThrottlingAndTransientCodes(code: String) {
        #expect(RetryPolicy.standard.isRetryable(Self.error(code)))
    }

    @Test(arguments: [
        "AccessDenied", "AccessDeniedException", "ValidationException", "NoSuchEntity", "SignatureDoesNotMatch",
        "LimitExceededException", "DuplicateAccountException", "EntityAlreadyExists",
    ])
    func doesNotRetryClientErrors(code: String) {
        #expect(!RetryPolicy.standard.isRetryable(Self.error(code)))
    }

    @Test(arguments: [500, 502, 503, 504, 429])
    func retriesServerStatusesWhateverTheCode(status: Int) {
        #expect(RetryPolicy.standard.isRetryable(Self.error("Whatever", status: status)))
    }

    @Test func retriesResetsAndTimeoutsButNotRefusedConnections() {
        let policy = RetryPolicy.standard
        #expect(policy.isRetryable(TransportError(.connectionReset, "")))
        #expect(policy.isRetryable(TransportError(.timedOut, "")))
        #expect(!policy.isRetryable(TransportError(.cannotConnect, "")))
    }

    @Test func backoffIsFullJitterUnderADoublingCap() {
        let policy = RetryPolicy(maxAttempts: 10, baseDelay: .milliseconds(100), maxDelay: .seconds(2))
        #expect(policy.delay(beforeRetry: 1, random: 0.999_999) < .milliseconds(100))
        #expect(policy.delay(beforeRetry: 1, random: 0.5) == .milliseconds(50))
        #expect(policy.delay(beforeRetry: 3, random: 0.5) == .milliseconds(200))
        #expect(policy.delay(beforeRetry: 5, random: 1) == .milliseconds(1600))
        #expect(policy.delay(beforeRetry: 6, random: 1) == .seconds(2))
        #expect(policy.delay(beforeRetry: 40, random: 1) == .seconds(2))
        #expect(policy.delay(beforeRetry: 4, random: 0) == .zero)
    }

    @Test func throttledCallSucceedsOnALaterAttemptAndIsResignedEachTime() async throws {
        let throttle = TestClient.json(#"{"__type":"TooManyRequestsException","message":"slow"}"#, status: 400)
        let transport = FakeTransport(sequence: [
            .success(throttle), .success(throttle), .success(TestClient.json(#"{"Roots":[]}"#)),
        ])
        let ticks = Mutex(0)
        let clock = DateGenerator {
            Date(
                timeIntervalSince1970: 1_700_000_000
                    + Double(
                        ticks.withLock {
                            $0 += 1; return $0
                        }))
        }
        let waits = Mutex<[Duration]>([])
        let sleeper = Sleeper { duration in waits.withLock { $0.append(duration) } }
        let client = TestClient.make(transport, sleeper: sleeper, clock: clock)
        _ = try await client.send(Organizations.listRoots, .init())
        let requests = transport.requests
        #expect(requests.count == 3)
        let dates = requests.compactMap { $0.header("X-Amz-Date") }
        #expect(Set(dates).count == 3)
        #expect(Set(requests.compactMap { $0.header("Authorization") }).count == 3)
        #expect(waits.withLock { $0 } == [.milliseconds(250), .milliseconds(500)])
    }

    @Test func givesUpAfterMaxAttemptsWithTheLastErrorAndCount() async throws {
        let transport = FakeTransport { _, _ in
            TestClient.xml(
                "<ErrorResponse><Error><Code>Throttling</Code><Message>Rate exceeded</Message></Error></ErrorResponse>",
                status: 400)
        }
        let client = TestClient.make(transport, retryPolicy: RetryPolicy(maxAttempts: 4))
        let error = await #expect(throws: AWSError.self) { try await client.send(STS.getCallerIdentity, EmptyInput()) }
        #expect(transport.requests.count == 4)
        #expect(error?.attempts == 4)
        #expect(error?.description.contains("gave up after 4 attempts") == true)
    }

    @Test func connectionResetsAreRetriedThenReportedClearly() async throws {
        let transport = FakeTransport { _, _ throws(TransportError) in
            throw TransportError(.connectionReset, "the connection to http://127.0.0.1:5000 was closed")
        }
        let client = TestClient.make(transport, retryPolicy: RetryPolicy(maxAttempts: 3))
        let error = await #expect(throws: AWSClientError.self) {
            try await client.send(STS.getCallerIdentity, EmptyInput())
        }
        #expect(transport.requests.count == 3)
        #expect(error?.code == .transport)
        #expect(
            error?.message
                == "sts:GetCallerIdentity: the connection to http://127.0.0.1:5000 was closed (gave up after 3 attempts)"
        )
    }

    @Test func refusedConnectionFailsAtOnce() async throws {
        let transport = FakeTransport { _, _ throws(TransportError) in
            throw TransportError(.cannotConnect, "cannot connect")
        }
        let client = TestClient.make(transport)
        await #expect(throws: AWSClientError.self) { try await client.send(STS.getCallerIdentity, EmptyInput()) }
        #expect(transport.requests.count == 1)
    }

    @Test func accessDeniedIsNotRetried() async throws {
        let transport = FakeTransport { _, _ in
            TestClient.json(#"{"__type":"AccessDeniedException","message":"no"}"#, status: 400)
        }
        let client = TestClient.make(transport)
        await #expect(throws: AWSError.self) { try await client.send(Organizations.listAccounts, .init()) }
        #expect(transport.requests.count == 1)
    }
}

@Suite struct ConcurrencyLimiterTests {
    @Test func neverRunsMoreThanTheLimit() async throws {
        final class Gauge: Sendable { let state = Mutex((current: 0, peak: 0)) }
        let limiter = ConcurrencyLimiter(limit: 3)
        let gauge = Gauge()
        try await withThrowingTaskGroup(of: Void.self) { group in
            for _ in 0..<20 {
                group.addTask {
                    try await limiter.withPermit {
                        gauge.state.withLock {
                            $0.current += 1; $0.peak = max($0.peak, $0.current)
                        }
                        try await Task.sleep(for: .milliseconds(5))
                        gauge.state.withLock { $0.current -= 1 }
                    }
                }
            }
            try await group.waitForAll()
        }
        #expect(gauge.state.withLock { $0.peak } == 3)
        #expect(await limiter.running == 0)
    }

    @Test func releasesThePermitWhenTheBodyThrows() async throws {
        struct Boom: Error {}
        let limiter = ConcurrencyLimiter(limit: 1)
        await #expect(throws: Boom.self) { try await limiter.withPermit { throw Boom() } }
        let value = try await limiter.withPermit { 42 }
        #expect(value == 42)
    }
}

@Suite struct IdempotencyTokenTests {
    @Test func retriesOfOneCallCarryTheSameGeneratedClientToken() async throws {
        let transport = FakeTransport(sequence: [
            .failure(TransportError(.connectionReset, "reset")),
            .success(TestClient.json(#"{"InstanceArn":"arn:aws:sso:::instance/ssoins-1"}"#)),
            .success(TestClient.json(#"{"InstanceArn":"arn:aws:sso:::instance/ssoins-2"}"#)),
        ])
        let client = TestClient.make(transport)
        _ = try await client.send(SSOAdmin.createInstance, .init(name: "main"))
        _ = try await client.send(SSOAdmin.createInstance, .init(name: "main"))
        struct Body: Decodable { var ClientToken: String? }
        let tokens = try transport.requests.map { try JSONDecoder().decode(Body.self, from: $0.body).ClientToken }
        #expect(tokens.count == 3)
        #expect(tokens[0] != nil && tokens[0] == tokens[1])
        #expect(tokens[2] != nil && tokens[2] != tokens[0])
    }

    @Test func aCallerSuppliedTokenIsKept() async throws {
        let transport = FakeTransport(body: #"{"InstanceArn":"a"}"#)
        _ = try await TestClient.make(transport).send(
            SSOAdmin.createInstance, .init(name: "main", clientToken: "plan-step-42"))
        #expect(transport.requests.first?.bodyText.contains(#""ClientToken":"plan-step-42""#) == true)
    }
}
