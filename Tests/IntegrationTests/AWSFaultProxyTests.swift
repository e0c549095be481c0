import AWS
import AWSSigner
import Foundation
import TestSupport
import Testing

/// Calls through the fault-injecting proxy: transient faults are absorbed by retries, lasting
/// ones end in a clear error after the configured attempts.
@Suite(.timeLimit(.minutes(2)))
struct AWSFaultProxyTests {
    @Test func transientFaultsAreRetriedUntilEveryCallSucceeds() async throws {
        try await AWSMotoHarness.withAuthenticatedMoto { server, _, admin in
            let proxy = try FaultInjectingProxy(
                upstreamPort: server.port,
                configuration: .init(
                    rate: 0.3,
                    faults: [.throttle, .tooManyRequests, .serverError, .connectionReset, .slow(.milliseconds(30))],
                    seed: 7
                )
            )
            defer { proxy.stop() }
            let client = AWSMotoHarness.client(
                admin,
                at: proxy.endpoint,
                runtime: AWSMotoHarness.runtime(
                    retryPolicy: RetryPolicy(maxAttempts: 10, baseDelay: .milliseconds(5), maxDelay: .milliseconds(50)))
            )
            _ = try await client.send(Organizations.createOrganization, .init())
            let results = try await withThrowingTaskGroup(of: String?.self) { group in
                for index in 0..<30 {
                    group.addTask {
                        index.isMultiple(of: 2)
                            ? try await client.send(STS.getCallerIdentity, EmptyInput()).account
                            : try await client.send(Organizations.describeOrganization, EmptyInput()).organization?
                                .masterAccountId
                    }
                }
                return try await group.reduce(into: [String?]()) { $0.append($1) }
            }
            #expect(results.count == 30)
            #expect(results.allSatisfy { $0 == "123456789012" })
            let counts = proxy.counts
            #expect(counts.totalInjected > 5)
            #expect(counts.injected[.connectionReset, default: 0] > 0)
            #expect(counts.injected[.throttle, default: 0] > 0)
        }
    }

    @Test func slowRepliesBeyondTheTimeoutAreRetried() async throws {
        let server = try await MotoServer.shared()
        let proxy = try FaultInjectingProxy(
            upstreamPort: server.port, configuration: .init(rate: 0.5, faults: [.slow(.seconds(2))], seed: 3))
        defer { proxy.stop() }
        let client = AWSMotoHarness.client(
            .init(accessKeyID: "AKIDTEST", secretAccessKey: "test"),
            at: proxy.endpoint,
            runtime: AWSMotoHarness.runtime(
                endpointTimeout: .milliseconds(500),
                retryPolicy: RetryPolicy(maxAttempts: 8, baseDelay: .milliseconds(5), maxDelay: .milliseconds(20))
            )
        )
        for _ in 0..<4 {
            #expect(try await client.send(STS.getCallerIdentity, EmptyInput()).account == "123456789012")
        }
        #expect(proxy.counts.totalInjected > 0)
    }

    @Test func lastingThrottlingEndsWithTheThrottleErrorAfterAllAttempts() async throws {
        let server = try await MotoServer.shared()
        let proxy = try FaultInjectingProxy(
            upstreamPort: server.port, configuration: .init(rate: 1, faults: [.throttle]))
        defer { proxy.stop() }
        let client = AWSMotoHarness.client(
            .init(accessKeyID: "AKIDTEST", secretAccessKey: "test"),
            at: proxy.endpoint,
            runtime: AWSMotoHarness.runtime(
                retryPolicy: RetryPolicy(maxAttempts: 4, baseDelay: .milliseconds(5), maxDelay: .milliseconds(20)))
        )
        let error = await #expect(throws: AWSError.self) {
            try await client.send(Organizations.listAccounts, .init())
        }
        #expect(error?.code == "ThrottlingException")
        #expect(error?.attempts == 4)
        #expect(proxy.counts.injected[.throttle] == 4)
        let queryError = await #expect(throws: AWSError.self) { try await client.send(IAM.listUsers, .init()) }
        #expect(queryError?.code == "Throttling")
    }

    @Test func lastingResetsEndWithATransportError() async throws {
        let server = try await MotoServer.shared()
        let proxy = try FaultInjectingProxy(
            upstreamPort: server.port, configuration: .init(rate: 1, faults: [.connectionReset]))
        defer { proxy.stop() }
        let client = AWSMotoHarness.client(
            .init(accessKeyID: "AKIDTEST", secretAccessKey: "test"),
            at: proxy.endpoint,
            runtime: AWSMotoHarness.runtime(
                retryPolicy: RetryPolicy(maxAttempts: 3, baseDelay: .milliseconds(5), maxDelay: .milliseconds(20)))
        )
        let error = await #expect(throws: AWSClientError.self) {
            try await client.send(STS.getCallerIdentity, EmptyInput())
        }
        #expect(error?.code == .transport)
        #expect(error?.message.contains("gave up after 3 attempts") == true)
        #expect(proxy.counts.injected[.connectionReset] == 3)
    }
}

/// The harness itself: a shared server is one process per options, and reset clears state.
@Suite(.timeLimit(.minutes(1)))
struct AWSMotoServerTests {
    @Test func sharedServerIsStartedOnceAndResetClearsIt() async throws {
        let first = try await MotoServer.shared()
        let second = try await MotoServer.shared()
        #expect(first.port == second.port)
        try await MotoServer.run { server in
            let client = AWSMotoHarness.client(
                .init(accessKeyID: "AKIDTEST", secretAccessKey: "test"), at: server.endpoint)
            _ = try await client.send(S3.createBucket, .init(bucket: "reset-me"))
            #expect(try await client.all(S3.listBuckets, .init()) { $0.buckets }.count == 1)
            try await server.reset()
            #expect(try await client.all(S3.listBuckets, .init()) { $0.buckets }.isEmpty)
        }
    }
}
