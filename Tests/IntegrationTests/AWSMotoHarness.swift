import AWS
import AWSSigner
import Foundation
import Support
import TestSupport

/// Shared set-up for the moto-backed AWS tests: a server with signature checking on, an
/// administrator key, and clients that talk to it over real HTTP.
///
/// Known moto 5.2 quirks these tests work around:
/// - `CreateAccount` does not create `OrganizationAccountAccessRole` in the new account, and STS
///   `AssumeRole` does not check that the role exists, so assuming into a member account succeeds
///   but the session has no policies: STS calls work there, IAM calls are denied.
/// - JSON-protocol services (Organizations, Identity Center) answer authentication failures with
///   Query-style XML bodies; the client's error parser reads both.
/// - S3 requests whose query has an escaped character (`prefix=AWSLogs%2F`) fail moto's signature
///   check, for botocore as well; tests use prefixes without such characters.
/// - moto evaluates identity policies only; SCPs and permission boundaries are not enforced.
enum AWSMotoHarness {
    static let region = "us-east-1"

    static func runtime(
        endpointTimeout: Duration = .seconds(10),
        retryPolicy: RetryPolicy = RetryPolicy(
            maxAttempts: 5, baseDelay: .milliseconds(20), maxDelay: .milliseconds(200))
    ) -> AWSClient.Runtime {
        AWSClient.Runtime(retryPolicy: retryPolicy, timeout: endpointTimeout)
    }

    static func client(_ credentials: AWSCredentials, at endpoint: URL, runtime: AWSClient.Runtime = runtime())
        -> AWSClient
    {
        AWSClient(
            credentials: StaticCredentialProvider(credentials), region: region, endpoints: .custom(endpoint),
            runtime: runtime)
    }

    /// Starts moto with authentication after the bootstrap allowance, creates the administrator,
    /// and runs `body` with a client signed by the administrator's key.
    static func withAuthenticatedMoto<T: Sendable>(
        _ body: (MotoServer, AWSClient, AWSCredentials) async throws -> T
    ) async throws -> T {
        try await MotoServer.run(.init(initialNoAuthActionCount: MotoServer.bootstrapActionCount)) { server in
            let admin = try await server.bootstrapAdministrator()
            return try await body(server, client(admin, at: server.endpoint), admin)
        }
    }
}
