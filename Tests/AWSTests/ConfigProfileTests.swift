import AWS
import AWSSigner
import Foundation
import Support
import Testing

/// Shared files in memory at the default paths under `HOME=/home/u`.
enum ConfigFixture {
    static let home = "/home/u"
    static let configPath = "/home/u/.aws/config"
    static let credentialsPath = "/home/u/.aws/credentials"

    static func shared(config: String = "", credentials: String = "", environment: [String: String] = [:]) throws
        -> SharedConfig
    {
        var files: [String: String] = [:]
        files[environment["AWS_CONFIG_FILE"] ?? configPath] = config
        files[environment["AWS_SHARED_CREDENTIALS_FILE"] ?? credentialsPath] = credentials
        return try SharedConfig.load(
            environment: Environment(["HOME": home].merging(environment) { $1 }), reader: .inMemory(files))
    }

    static func resolver(
        config: String = "", credentials: String = "", environment: [String: String] = [:],
        overrides: AWSConfigResolver.Overrides = .init()
    ) throws -> AWSConfigResolver {
        let env = Environment(["HOME": home].merging(environment) { $1 })
        return AWSConfigResolver(
            environment: env, shared: try shared(config: config, credentials: credentials, environment: environment),
            overrides: overrides
        )
    }
}

@Suite struct ConfigProfileTests {
    @Test func configAndCredentialsFilesMergeWithCredentialsWinning() throws {
        let shared = try ConfigFixture.shared(
            config: """
                [default]
                region = us-west-2
                aws_access_key_id = AKIDFROMCONFIG
                [profile dev]
                region = eu-central-1
                """,
            credentials: """
                [default]
                aws_access_key_id = AKIDFROMCREDENTIALS
                aws_secret_access_key = secret
                [dev]
                aws_access_key_id = AKIDDEV
                aws_secret_access_key = devsecret
                aws_session_token = devtoken
                """
        )
        let defaults = try #require(shared.profile(named: "default"))
        #expect(defaults.region == "us-west-2")
        #expect(defaults.accessKeyID == "AKIDFROMCREDENTIALS")
        #expect(defaults.location(of: "aws_access_key_id")?.file == ConfigFixture.credentialsPath)
        let dev = try #require(shared.profile(named: "dev"))
        #expect(dev.region == "eu-central-1")
        #expect(
            dev.staticCredentials
                == AWSCredentials(accessKeyID: "AKIDDEV", secretAccessKey: "devsecret", sessionToken: "devtoken"))
        #expect(shared.profileNames == ["default", "dev"])
        #expect(shared.warnings.isEmpty)
    }

    @Test func everyModelledSettingIsRead() throws {
        let shared = try ConfigFixture.shared(
            config: """
                [profile full]
                region = ap-southeast-2
                role_arn = arn:aws:iam::111111111111:role/Admin
                source_profile = base
                external_id = ext-123
                role_session_name = groundwork
                duration_seconds = 3600
                mfa_serial = arn:aws:iam::222222222222:mfa/me
                credential_process = /bin/creds
                endpoint_url = http://127.0.0.1:5000
                services = local
                credential_source = Environment
                """)
        let profile = try #require(shared.profile(named: "full"))
        #expect(profile.region == "ap-southeast-2")
        #expect(profile.roleARN == "arn:aws:iam::111111111111:role/Admin")
        #expect(profile.sourceProfile == "base")
        #expect(profile.externalID == "ext-123")
        #expect(profile.roleSessionName == "groundwork")
        #expect(profile.durationSeconds == "3600")
        #expect(profile.mfaSerial == "arn:aws:iam::222222222222:mfa/me")
        #expect(profile.credentialProcess == "/bin/creds")
        #expect(profile.endpointURL == "http://127.0.0.1:5000")
        #expect(profile.services == "local")
        #expect(profile.credentialSource == "Environment")
    }

    @Test func profileDefaultSectionBeatsPlainDefault() throws {
        let shared = try ConfigFixture.shared(
            config: "[profile default]\nregion = eu-west-3\n[default]\nregion = us-east-2\noutput = json\n")
        let profile = try #require(shared.profile(named: "default"))
        #expect(profile.region == "eu-west-3")
        #expect(profile["output"] == "json")
    }

    @Test func ignoredSectionsBecomeWarnings() throws {
        let shared = try ConfigFixture.shared(
            config: "[dev]\nregion = us-east-1\n[sso-session corp]\nsso_region = us-east-1\n",
            credentials: "[profile prod]\naws_access_key_id = A\naws_secret_access_key = B\n"
        )
        #expect(shared.profile(named: "dev") == nil)
        #expect(shared.warnings.count == 2)
        #expect(shared.warnings[0].message.contains("'[profile dev]'"))
        #expect(shared.warnings[0].location?.line == 1)
        #expect(shared.warnings[1].message.contains("'[prod]'"))
        #expect(shared.warnings[1].location?.file == ConfigFixture.credentialsPath)
    }

    @Test func filePathsComeFromTheEnvironmentWithTildeExpansion() throws {
        let shared = try ConfigFixture.shared(
            config: "[profile custom]\nregion = sa-east-1\n",
            credentials: "[custom]\naws_access_key_id = A\naws_secret_access_key = B\n",
            environment: ["AWS_CONFIG_FILE": "/etc/aws/config", "AWS_SHARED_CREDENTIALS_FILE": "/tmp/creds"]
        )
        #expect(shared.configFilePath == "/etc/aws/config")
        #expect(shared.credentialsFilePath == "/tmp/creds")
        #expect(shared.profile(named: "custom")?.region == "sa-east-1")
        #expect(shared.profile(named: "custom")?.accessKeyID == "A")

        let env = Environment(["HOME": "/home/u/", "AWS_CONFIG_FILE": "~/work/aws-config"])
        #expect(SharedConfig.expandHome("~/work/aws-config", environment: env) == "/home/u/work/aws-config")
        #expect(SharedConfig.expandHome("~", environment: env) == "/home/u/")
        #expect(SharedConfig.expandHome("/abs/~/x", environment: env) == "/abs/~/x")
        let loaded = try SharedConfig.load(
            environment: env, reader: .inMemory(["/home/u/work/aws-config": "[profile t]\nregion = us-east-1\n"]))
        #expect(loaded.profile(named: "t")?.region == "us-east-1")
    }

    @Test func missingFilesAreEmptyNotErrors() throws {
        let shared = try SharedConfig.load(environment: Environment(["HOME": "/nowhere"]), reader: .inMemory([:]))
        #expect(shared.profiles.isEmpty)
        #expect(shared.configFilePath == "/nowhere/.aws/config")
    }

    @Test func malformedFileErrorNamesTheFileAndLine() {
        #expect {
            try ConfigFixture.shared(credentials: "[default]\naws_access_key_id = A\nbroken line\n")
        } throws: { error in
            guard let error = error as? AWSConfigError else { return false }
            return error.location == SourceLocation(file: ConfigFixture.credentialsPath, line: 3, column: 1)
                && error.description.hasPrefix("/home/u/.aws/credentials:3:1: error:")
        }
    }

    @Test func unreadableFileIsATypedError() {
        struct Denied: Error {}
        #expect {
            try SharedConfig.load(
                environment: Environment(["HOME": "/h"]), reader: ConfigFileReader { _ in throw Denied() })
        } throws: { error in
            (error as? AWSConfigError)?.code == .unreadableFile
        }
    }

    @Test func readableSecretsAreWarnedAbout() throws {
        let credentials = "[default]\naws_access_key_id = A\naws_secret_access_key = B\n"
        let loose = try SharedConfig.load(
            environment: Environment(["HOME": "/home/u"]),
            reader: .inMemory(
                [
                    ConfigFixture.credentialsPath: credentials,
                    ConfigFixture.configPath: "[default]\nregion = us-east-1\n",
                ],
                permissions: [ConfigFixture.credentialsPath: 0o644, ConfigFixture.configPath: 0o644]
            )
        )
        #expect(loose.warnings.count == 1)
        #expect(loose.warnings.first?.message.contains("mode 644") == true)
        #expect(loose.warnings.first?.message.contains("chmod 600 /home/u/.aws/credentials") == true)
        #expect(loose.warnings.first?.location?.line == 3)

        let tight = try SharedConfig.load(
            environment: Environment(["HOME": "/home/u"]),
            reader: .inMemory(
                [ConfigFixture.credentialsPath: credentials], permissions: [ConfigFixture.credentialsPath: 0o600])
        )
        #expect(tight.warnings.isEmpty)
    }

    @Test func fileSystemReaderReportsPermissions() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("gw-config-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("credentials").path
        try "[default]\naws_access_key_id = A\naws_secret_access_key = B\n".write(
            toFile: path, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: path)
        let environment = Environment(["HOME": directory.path, "AWS_SHARED_CREDENTIALS_FILE": path])
        let loose = try SharedConfig.load(environment: environment)
        #expect(loose.profile(named: "default")?.accessKeyID == "A")
        #expect(loose.warnings.map(\.message).contains { $0.contains("mode 640") })
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
        #expect(try SharedConfig.load(environment: environment).warnings.isEmpty)
    }

    @Test func profileDescriptionRedactsSecrets() throws {
        let shared = try ConfigFixture.shared(
            credentials:
                "[default]\naws_access_key_id = AKIDX\naws_secret_access_key = SUPERSECRET\naws_session_token = TOKENVALUE\n"
        )
        let profile = try #require(shared.profile(named: "default"))
        var dumped = ""
        dump(profile, to: &dumped)
        for text in ["\(profile)", String(reflecting: profile), dumped] {
            #expect(!text.contains("SUPERSECRET"))
            #expect(!text.contains("TOKENVALUE"))
        }
    }
}
