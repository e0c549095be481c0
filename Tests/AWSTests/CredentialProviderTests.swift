import AWSSigner
import Foundation
import Support
import Synchronization
import TestSupport
import Testing

@testable import AWS

@Suite struct CredentialProviderTests {
    @Test func environmentProviderReadsKeysAndToken() async throws {
        let provider = EnvironmentCredentialProvider(
            environment: Environment([
                "AWS_ACCESS_KEY_ID": "AKID", "AWS_SECRET_ACCESS_KEY": "secret", "AWS_SESSION_TOKEN": "tok",
            ])
        )
        let resolved = try await provider.resolve()
        #expect(
            resolved.credentials == AWSCredentials(accessKeyID: "AKID", secretAccessKey: "secret", sessionToken: "tok"))
        #expect(resolved.source == .environment)
    }

    @Test func environmentKeyWithoutSecretSaysWhatIsMissing() async throws {
        let provider = EnvironmentCredentialProvider(environment: Environment(["AWS_ACCESS_KEY_ID": "AKID"]))
        let error = await #expect(throws: AWSClientError.self) { try await provider.resolve() }
        #expect(error?.message.contains("AWS_SECRET_ACCESS_KEY is not") == true)
    }

    @Test func chainUsesTheFirstConfiguredLinkAndExplainsWhenNoneIs() async throws {
        let unset = EnvironmentCredentialProvider(environment: Environment())
        let chain = CredentialProviderChain([
            (unset, unset.isConfigured),
            (StaticCredentialProvider(TestClient.credentials, source: .profile("dev")), true),
        ])
        #expect(try await chain.resolve().source == .profile("dev"))
        let empty = CredentialProviderChain([(unset, unset.isConfigured)])
        let error = await #expect(throws: AWSClientError.self) { try await empty.resolve() }
        #expect(error?.code == .credentials)
        #expect(error?.message.contains("AWS_PROFILE") == true)
    }

    actor CountingProvider: CredentialProvider {
        var calls = 0
        let lifetime: TimeInterval
        let now: Date

        init(lifetime: TimeInterval, now: Date) {
            self.lifetime = lifetime
            self.now = now
        }

        func resolve() async throws -> ResolvedCredentials {
            calls += 1
            try await Task.sleep(for: .milliseconds(10))
            return ResolvedCredentials(
                AWSCredentials(
                    accessKeyID: "ASIA\(calls)", secretAccessKey: "s", sessionToken: "t",
                    expiration: now.addingTimeInterval(lifetime)),
                source: .explicit
            )
        }
    }

    @Test func cacheCoalescesConcurrentCallersAndRefreshesBeforeExpiry() async throws {
        let start = Date(timeIntervalSince1970: 1_700_000_000)
        let now = Mutex(start)
        let base = CountingProvider(lifetime: 3600, now: start)
        let cache = CachedCredentialProvider(base, clock: DateGenerator { now.withLock { $0 } }, refreshMargin: 300)
        try await withThrowingTaskGroup(of: String.self) { group in
            for _ in 0..<10 { group.addTask { try await cache.resolve().credentials.accessKeyID } }
            for try await key in group { #expect(key == "ASIA1") }
        }
        #expect(await base.calls == 1)
        now.withLock { $0 = start.addingTimeInterval(3000) }
        #expect(try await cache.resolve().credentials.accessKeyID == "ASIA1")
        now.withLock { $0 = start.addingTimeInterval(3400) }
        #expect(try await cache.resolve().credentials.accessKeyID == "ASIA2")
        #expect(await base.calls == 2)
    }

    /// A member client's first call assumes its role through the same shared limiter; with every
    /// slot taken by such first calls, nothing may wait for a slot while holding one.
    @Test(.timeLimit(.minutes(1)))
    func memberClientsFanningOutThroughASingleSlotDoNotDeadlock() async throws {
        let transport = FakeTransport { request, _ in
            if request.bodyText.contains("Action=AssumeRole") {
                return TestClient.xml(
                    """
                    <AssumeRoleResponse><AssumeRoleResult><Credentials><AccessKeyId>ASIAMEMBER</AccessKeyId>
                    <SecretAccessKey>member-secret</SecretAccessKey><SessionToken>member-token</SessionToken>
                    <Expiration>2099-01-01T00:00:00Z</Expiration></Credentials></AssumeRoleResult></AssumeRoleResponse>
                    """
                )
            }
            return TestClient.xml(
                "<GetCallerIdentityResponse><GetCallerIdentityResult><Account>111122223333</Account></GetCallerIdentityResult></GetCallerIdentityResponse>"
            )
        }
        let base = TestClient.make(transport)
        var runtime = base.runtime
        runtime.limiter = ConcurrencyLimiter(limit: 1)
        let client = AWSClient(credentials: base.credentials, region: base.region, endpoints: base.endpoints, runtime: runtime)
        let accounts = (0..<6).map { String(format: "1111222233%02d", $0) }
        let answered = try await withThrowingTaskGroup(of: Int.self) { group in
            for account in accounts {
                group.addTask {
                    _ = try await client.assumeMemberAccount(account).send(STS.getCallerIdentity, EmptyInput())
                    return 1
                }
            }
            return try await group.reduce(0, +)
        }
        #expect(answered == accounts.count)
        #expect(transport.requests.count == accounts.count * 2)
    }

    @Test func assumeMemberAccountCallsSTSOnceAndSignsWithTheRoleCredentials() async throws {
        let transport = FakeTransport { request, _ in
            if request.bodyText.contains("Action=AssumeRole") {
                return TestClient.xml(
                    """
                    <AssumeRoleResponse><AssumeRoleResult><Credentials><AccessKeyId>ASIAMEMBER</AccessKeyId>
                    <SecretAccessKey>member-secret</SecretAccessKey><SessionToken>member-token</SessionToken>
                    <Expiration>2099-01-01T00:00:00Z</Expiration></Credentials></AssumeRoleResult></AssumeRoleResponse>
                    """
                )
            }
            return TestClient.xml(
                "<GetCallerIdentityResponse><GetCallerIdentityResult><Account>111122223333</Account></GetCallerIdentityResult></GetCallerIdentityResponse>"
            )
        }
        let member = TestClient.make(transport).assumeMemberAccount("111122223333")
        _ = try await member.send(STS.getCallerIdentity, EmptyInput())
        _ = try await member.send(STS.getCallerIdentity, EmptyInput())
        let requests = transport.requests
        #expect(requests.count == 3)
        #expect(
            requests[0].bodyText.contains(
                "RoleArn=arn%3Aaws%3Aiam%3A%3A111122223333%3Arole%2FOrganizationAccountAccessRole"))
        #expect(requests[0].header("Authorization")?.contains("Credential=AKIDEXAMPLE/") == true)
        #expect(requests[1].header("Authorization")?.contains("Credential=ASIAMEMBER/") == true)
        #expect(requests[1].header("X-Amz-Security-Token") == "member-token")
        let source = try await member.credentials.resolve().source
        #expect(
            source.description
                == "explicit credentials → assumed role arn:aws:iam::111122223333:role/OrganizationAccountAccessRole")
    }

    @Test func failedAssumeRoleNamesTheRoleAndTheCaller() async throws {
        let transport = FakeTransport { _, _ in
            TestClient.xml(
                "<ErrorResponse><Error><Code>AccessDenied</Code><Message>not allowed</Message></Error></ErrorResponse>",
                status: 403)
        }
        let member = TestClient.make(transport).assumeMemberAccount("111122223333", roleName: "Auditor")
        let error = await #expect(throws: AWSClientError.self) {
            try await member.send(STS.getCallerIdentity, EmptyInput())
        }
        #expect(error?.code == .credentials)
        #expect(
            error?.message.contains(
                "cannot assume role 'arn:aws:iam::111122223333:role/Auditor' with explicit credentials") == true)
    }

    static func script(_ body: String) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("gw-cred-\(UUID().uuidString).sh")
        try ("#!/bin/sh\n" + body).write(to: url, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: url.path)
        return url.path
    }

    @Test func credentialProcessOutputIsParsed() async throws {
        let path = try Self.script(
            #"echo '{"Version": 1, "AccessKeyId": "AKIDPROC", "SecretAccessKey": "proc secret", "SessionToken": "tok", "Expiration": "2099-01-01T00:00:00Z"}'"#
        )
        defer { try? FileManager.default.removeItem(atPath: path) }
        let resolved = try await ProcessCredentialProvider(command: "\(path) --profile 'with space'", profile: "sso")
            .resolve()
        #expect(resolved.credentials.accessKeyID == "AKIDPROC")
        #expect(resolved.credentials.secretAccessKey == "proc secret")
        #expect(resolved.credentials.expiration == Date(timeIntervalSince1970: 4_070_908_800))
        #expect(resolved.source == .process(profile: "sso"))
    }

    @Test(arguments: [
        ("exit 3", "exited with status 3"),
        ("echo not json", "printed something other than the credential JSON"),
        (#"echo '{"Version": 2, "AccessKeyId": "a", "SecretAccessKey": "b"}'"#, "only Version 1"),
    ])
    func credentialProcessFailuresAreExplained(body: String, expected: String) async throws {
        let path = try Self.script(body)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let error = await #expect(throws: AWSClientError.self) {
            try await ProcessCredentialProvider(command: path, profile: "p").resolve()
        }
        #expect(error?.message.contains(expected) == true)
        #expect(error?.message.contains("profile 'p'") == true)
    }
}

@Suite struct TracerTests {
    @Test func traceRedactsSignatureTokenAndSecretsInBodies() async throws {
        let transport = FakeTransport { _, _ in
            TestClient.xml(
                "<CreateAccessKeyResponse><CreateAccessKeyResult><AccessKey><UserName>u</UserName><AccessKeyId>AKIANEW</AccessKeyId>"
                    + "<Status>Active</Status><SecretAccessKey>topsecret/KEY</SecretAccessKey></AccessKey></CreateAccessKeyResult></CreateAccessKeyResponse>"
            )
        }
        let lines = Mutex<[String]>([])
        let tracer = AWSTracer { line in lines.withLock { $0.append(line) } }
        let client = AWSClient(
            credentials: StaticCredentialProvider(
                AWSCredentials(accessKeyID: "ASIAX", secretAccessKey: "sek", sessionToken: "session-token-value")),
            region: "us-east-1",
            endpoints: .custom(TestClient.localEndpoint),
            runtime: AWSClient.Runtime(transport: transport, tracer: tracer)
        )
        let key = try await client.send(IAM.createAccessKey, IAM.UserNameRequest(userName: "u")).accessKey
        #expect(key.secretAccessKey == "topsecret/KEY")
        let trace = lines.withLock { $0.joined(separator: "\n") }
        #expect(trace.contains("POST http://127.0.0.1:5000/"))
        #expect(trace.contains("Credential=ASIAX/"))
        #expect(trace.contains("Signature=<redacted>"))
        #expect(!trace.contains("topsecret"))
        #expect(!trace.contains("session-token-value"))
        let signature = try #require(
            transport.requests.first?.header("Authorization")?.components(separatedBy: "Signature=").last)
        #expect(!trace.contains(signature))
    }

    @Test func processCommandLineSplitsLikeAShell() {
        #expect(
            ProcessCredentialProvider.split(#"aws-vault export --format=json "my profile" 'a b' c\ d"#) == [
                "aws-vault", "export", "--format=json", "my profile", "a b", "c d",
            ])
    }
}
