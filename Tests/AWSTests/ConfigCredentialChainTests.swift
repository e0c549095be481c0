import AWS
import AWSSigner
import Support
import Testing

@Suite struct ConfigCredentialChainTests {
    static let config = """
        [profile admin]
        role_arn = arn:aws:iam::333333333333:role/Admin
        source_profile = ops
        external_id = abc
        duration_seconds = 1800
        [profile ops]
        role_arn = arn:aws:iam::222222222222:role/Ops
        source_profile = base
        role_session_name = ops-session
        mfa_serial = arn:aws:iam::111111111111:mfa/me
        [profile base]
        region = us-east-1
        [profile instance]
        role_arn = arn:aws:iam::444444444444:role/FromInstance
        credential_source = Ec2InstanceMetadata
        [profile selfie]
        role_arn = arn:aws:iam::555555555555:role/Self
        source_profile = selfie
        aws_access_key_id = AKIDSELF
        aws_secret_access_key = selfsecret
        [profile proc]
        credential_process = /usr/local/bin/get-creds --profile x
        [profile via-proc]
        role_arn = arn:aws:iam::666666666666:role/ViaProc
        source_profile = proc
        [profile loop-a]
        role_arn = arn:aws:iam::1:role/A
        source_profile = loop-b
        [profile loop-b]
        role_arn = arn:aws:iam::1:role/B
        source_profile = loop-c
        [profile loop-c]
        role_arn = arn:aws:iam::1:role/C
        source_profile = loop-a
        [profile both]
        role_arn = arn:aws:iam::1:role/Both
        source_profile = base
        credential_source = Environment
        [profile neither]
        role_arn = arn:aws:iam::1:role/Neither
        [profile empty-source]
        role_arn = arn:aws:iam::1:role/Empty
        source_profile = nothing-here
        [profile nothing-here]
        region = us-east-1
        [profile dangling]
        role_arn = arn:aws:iam::1:role/Dangling
        source_profile = ghost
        [profile bad-duration]
        role_arn = arn:aws:iam::1:role/Bad
        source_profile = base
        duration_seconds = forever
        [profile bad-source]
        role_arn = arn:aws:iam::1:role/Bad
        credential_source = Laptop
        [profile region-only]
        region = eu-west-1
        [profile sso-dev]
        sso_session = corp
        sso_account_id = 777777777777
        sso_role_name = Admin
        [sso-session corp]
        sso_start_url = https://corp.awsapps.com/start
        sso_region = eu-west-1
        [profile via-sso]
        role_arn = arn:aws:iam::888888888888:role/Deploy
        source_profile = sso-dev
        [profile ci]
        role_arn = arn:aws:iam::999999999999:role/CI
        web_identity_token_file = /var/run/token
        """
    static let credentials = """
        [base]
        aws_access_key_id = AKIDBASE
        aws_secret_access_key = basesecret
        [half]
        aws_access_key_id = AKIDHALF
        """

    static func shared() throws -> SharedConfig {
        try ConfigFixture.shared(config: config, credentials: credentials)
    }

    @Test func roleChainIsFollowedToItsRootInAssumeOrder() throws {
        let chain = try #require(try Self.shared().credentialChain(forProfile: "admin"))
        #expect(
            chain.source
                == .staticKeys(
                    profile: "base", credentials: AWSCredentials(accessKeyID: "AKIDBASE", secretAccessKey: "basesecret")
                ))
        #expect(
            chain.roles.map(\.roleARN) == [
                "arn:aws:iam::222222222222:role/Ops", "arn:aws:iam::333333333333:role/Admin",
            ])
        #expect(chain.roles[0].roleSessionName == "ops-session")
        #expect(chain.roles[0].mfaSerial == "arn:aws:iam::111111111111:mfa/me")
        #expect(chain.roles[1].externalID == "abc")
        #expect(chain.roles[1].durationSeconds == 1800)
        #expect(chain.roles[1].location == SourceLocation(file: ConfigFixture.configPath, line: 2, column: 1))
        #expect(
            chain.summary
                == "profile 'base' keys → arn:aws:iam::222222222222:role/Ops (profile 'ops') → arn:aws:iam::333333333333:role/Admin (profile 'admin')"
        )
    }

    @Test func plainProfilesHaveKeysProcessOrNothing() throws {
        let shared = try Self.shared()
        #expect(
            try shared.credentialChain(forProfile: "base")?.source
                == .staticKeys(
                    profile: "base", credentials: AWSCredentials(accessKeyID: "AKIDBASE", secretAccessKey: "basesecret")
                ))
        #expect(
            try shared.credentialChain(forProfile: "proc")?.source
                == .process(profile: "proc", command: "/usr/local/bin/get-creds --profile x"))
        #expect(try shared.credentialChain(forProfile: "region-only") == nil)
    }

    @Test func credentialSourceRootsAndSelfReference() throws {
        let shared = try Self.shared()
        let instance = try #require(try shared.credentialChain(forProfile: "instance"))
        #expect(instance.source == .ec2InstanceMetadata)
        #expect(instance.roles.map(\.roleARN) == ["arn:aws:iam::444444444444:role/FromInstance"])

        let selfie = try #require(try shared.credentialChain(forProfile: "selfie"))
        #expect(
            selfie.source
                == .staticKeys(
                    profile: "selfie",
                    credentials: AWSCredentials(accessKeyID: "AKIDSELF", secretAccessKey: "selfsecret")))
        #expect(selfie.roles.map(\.roleARN) == ["arn:aws:iam::555555555555:role/Self"])

        let viaProcess = try #require(try shared.credentialChain(forProfile: "via-proc"))
        #expect(viaProcess.source == .process(profile: "proc", command: "/usr/local/bin/get-creds --profile x"))
        #expect(!"\(viaProcess)".contains("get-creds"))
    }

    @Test func cyclesAreReportedWithTheLoop() throws {
        let shared = try Self.shared()
        #expect {
            try shared.credentialChain(forProfile: "loop-a")
        } throws: { error in
            guard let error = error as? AWSConfigError else { return false }
            return error.code == .roleChainCycle && error.message.contains("'loop-a' → 'loop-b' → 'loop-c' → 'loop-a'")
                && error.location?.file == ConfigFixture.configPath
        }
    }

    struct Invalid: Sendable, CustomTestStringConvertible {
        var profile: String
        var code: AWSConfigError.Code
        var messageContains: String
        var testDescription: String { profile }
    }

    @Test(arguments: [
        Invalid(profile: "both", code: .invalidProfile, messageContains: "both source_profile and credential_source"),
        Invalid(
            profile: "neither", code: .invalidProfile, messageContains: "neither source_profile nor credential_source"),
        Invalid(
            profile: "empty-source", code: .invalidProfile,
            messageContains: "'nothing-here' is used as a source_profile but has no credentials"),
        Invalid(profile: "dangling", code: .profileNotFound, messageContains: "profile 'ghost' is not in"),
        Invalid(profile: "bad-duration", code: .invalidProfile, messageContains: "duration_seconds 'forever'"),
        Invalid(profile: "bad-source", code: .invalidProfile, messageContains: "credential_source 'Laptop'"),
        Invalid(
            profile: "half", code: .invalidProfile, messageContains: "aws_access_key_id but no aws_secret_access_key"),
        Invalid(
            profile: "missing", code: .profileNotFound,
            messageContains: "known profiles: admin, bad-duration, bad-source, base"),
        Invalid(profile: "sso-dev", code: .unsupportedSetting, messageContains: "IAM Identity Center"),
        Invalid(
            profile: "via-sso", code: .unsupportedSetting,
            messageContains: "export-credentials --profile via-sso --format env"),
        Invalid(profile: "ci", code: .unsupportedSetting, messageContains: "web identity token"),
    ])
    func invalidChainsAreClearErrors(_ testCase: Invalid) throws {
        let shared = try Self.shared()
        #expect {
            try shared.credentialChain(forProfile: testCase.profile)
        } throws: { error in
            guard let error = error as? AWSConfigError else { return false }
            return error.code == testCase.code && error.message.contains(testCase.messageContains)
        }
    }

    @Test func selectedProfileFollowsFlagThenEnvironment() throws {
        let byFlag = try ConfigFixture.resolver(
            config: Self.config, credentials: Self.credentials, environment: ["AWS_PROFILE": "ops"],
            overrides: .init(profile: "admin")
        )
        #expect(byFlag.profileName == "admin")
        #expect(try byFlag.credentialChain()?.roles.count == 2)

        let byEnvironment = try ConfigFixture.resolver(
            config: Self.config, credentials: Self.credentials,
            environment: ["AWS_PROFILE": "ops", "AWS_DEFAULT_PROFILE": "base"]
        )
        #expect(byEnvironment.profileName == "ops")
        let byLegacy = try ConfigFixture.resolver(environment: ["AWS_DEFAULT_PROFILE": "base"])
        #expect(byLegacy.profileName == "base")
        #expect(try ConfigFixture.resolver().profileName == "default")
    }

    @Test func namedMissingProfileIsAnErrorButMissingDefaultIsNot() throws {
        let none = try ConfigFixture.resolver()
        #expect(try none.profile().name == "default")
        #expect(try none.credentialChain() == nil)

        let named = try ConfigFixture.resolver(environment: ["AWS_PROFILE": "prod"])
        #expect {
            try named.profile()
        } throws: { error in
            (error as? AWSConfigError)?.code == .profileNotFound && "\(error)".contains("profile 'prod'")
        }
    }
}
