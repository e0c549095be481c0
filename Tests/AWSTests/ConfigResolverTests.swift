import AWS
import Foundation
import Support
import Testing

@Suite struct ConfigRegionTests {
    static let config = "[default]\nregion = eu-north-1\n[profile commented]\nregion = us-east-1 # prod\n"

    @Test func regionPrecedence() throws {
        let all = ["AWS_REGION": "ap-south-1", "AWS_DEFAULT_REGION": "ca-central-1"]
        let flag = try ConfigFixture.resolver(
            config: Self.config, environment: all, overrides: .init(region: "us-west-1")
        ).region()
        #expect(flag == ResolvedRegion(name: "us-west-1", source: .commandLine))
        let region = try ConfigFixture.resolver(config: Self.config, environment: all).region()
        #expect(region == ResolvedRegion(name: "ap-south-1", source: .environment(variable: "AWS_REGION")))
        let defaultRegion = try ConfigFixture.resolver(
            config: Self.config, environment: ["AWS_DEFAULT_REGION": "ca-central-1", "AWS_REGION": ""]
        ).region()
        #expect(
            defaultRegion == ResolvedRegion(name: "ca-central-1", source: .environment(variable: "AWS_DEFAULT_REGION")))
        let profile = try ConfigFixture.resolver(config: Self.config).region()
        #expect(profile.name == "eu-north-1")
        #expect(
            profile.source
                == .profile(
                    name: "default", location: SourceLocation(file: ConfigFixture.configPath, line: 2, column: 1)))
        #expect(profile.description == "eu-north-1 (from profile 'default' at /home/u/.aws/config:2:1)")
    }

    @Test func missingRegionSaysHowToSetIt() throws {
        let resolver = try ConfigFixture.resolver(
            config: "[profile dev]\noutput = json\n", environment: ["AWS_PROFILE": "dev"])
        #expect {
            try resolver.region()
        } throws: { error in
            guard let error = error as? AWSConfigError else { return false }
            return error.code == .missingRegion && error.message.contains("--region")
                && error.message.contains("AWS_REGION")
                && error.message.contains("'region = us-east-1' to profile 'dev' in '/home/u/.aws/config'")
        }
    }

    @Test func regionFromAMisspelledProfileReportsTheProfile() throws {
        let resolver = try ConfigFixture.resolver(config: Self.config, overrides: .init(profile: "prdo"))
        #expect {
            try resolver.region()
        } throws: { error in
            (error as? AWSConfigError)?.code == .profileNotFound && "\(error)".contains("'prdo'")
        }
        let withRegion = try ConfigFixture.resolver(
            config: Self.config, overrides: .init(profile: "prdo", region: "us-east-1"))
        #expect(try withRegion.region().name == "us-east-1")
    }

    @Test func invalidRegionPointsAtTheLine() throws {
        let resolver = try ConfigFixture.resolver(config: Self.config, overrides: .init(profile: "commented"))
        #expect {
            try resolver.region()
        } throws: { error in
            guard let error = error as? AWSConfigError else { return false }
            return error.code == .invalidRegion && error.message.contains("'us-east-1 # prod'")
                && error.location == SourceLocation(file: ConfigFixture.configPath, line: 4, column: 1)
        }
    }

    @Test(arguments: [
        ("us-east-1", true), ("eu-isoe-west-1", true), ("", false), ("-us", false), ("us_east_1", false),
        ("us-east-1 ", false),
    ])
    func regionNameValidation(name: String, valid: Bool) {
        #expect(AWSConfigResolver.isValidRegionName(name) == valid)
    }
}

@Suite struct ConfigEndpointTests {
    static let config = """
        [default]
        region = us-east-1
        endpoint_url = http://profile.local:4000
        services = local
        [services local]
        sso_admin =
          endpoint_url = http://sso.local:4001
        identitystore =
          endpoint_url = http://ids.local:4002
        [profile ignoring]
        endpoint_url = http://nope.local
        ignore_configured_endpoint_urls = true
        """

    @Test(arguments: [
        (
            EndpointService.organizations, "us-east-1", "https://organizations.us-east-1.amazonaws.com", "us-east-1",
            "organizations"
        ),
        (
            EndpointService.organizations, "eu-west-1", "https://organizations.us-east-1.amazonaws.com", "us-east-1",
            "organizations"
        ),
        (EndpointService.iam, "ap-northeast-1", "https://iam.amazonaws.com", "us-east-1", "iam"),
        (EndpointService.iam, "cn-north-1", "https://iam.cn-north-1.amazonaws.com.cn", "cn-north-1", "iam"),
        (EndpointService.iam, "us-gov-east-1", "https://iam.us-gov.amazonaws.com", "us-gov-west-1", "iam"),
        (EndpointService.sts, "eu-west-1", "https://sts.eu-west-1.amazonaws.com", "eu-west-1", "sts"),
        (EndpointService.ssoAdmin, "eu-west-1", "https://sso.eu-west-1.amazonaws.com", "eu-west-1", "sso"),
        (
            EndpointService.identityStore, "us-east-2", "https://identitystore.us-east-2.amazonaws.com", "us-east-2",
            "identitystore"
        ),
        (EndpointService.s3, "cn-northwest-1", "https://s3.cn-northwest-1.amazonaws.com.cn", "cn-northwest-1", "s3"),
        (
            EndpointService.cloudTrail, "eu-west-2", "https://cloudtrail.eu-west-2.amazonaws.com", "eu-west-2",
            "cloudtrail"
        ),
        (EndpointService.kms, "eu-west-2", "https://kms.eu-west-2.amazonaws.com", "eu-west-2", "kms"),
    ])
    func standardEndpoints(
        service: EndpointService, region: String, url: String, signingRegion: String, signingName: String
    ) throws {
        let endpoint = try ConfigFixture.resolver().endpoint(for: service, region: region)
        #expect(endpoint.url.absoluteString == url)
        #expect(endpoint.signingRegion == signingRegion)
        #expect(endpoint.signingName == signingName)
        #expect(endpoint.source == .standard)
        #expect(!endpoint.isCustom)
    }

    @Test func serviceIdentifiersFollowTheSDKNaming() {
        #expect(EndpointService.ssoAdmin.environmentSuffix == "SSO_ADMIN")
        #expect(EndpointService.identityStore.environmentSuffix == "IDENTITYSTORE")
        #expect(EndpointService.ssoAdmin.configKey == "sso_admin")
        #expect(EndpointService.cloudTrail.environmentSuffix == "CLOUDTRAIL")
    }

    @Test func endpointPrecedence() throws {
        let env = ["AWS_ENDPOINT_URL_SSO_ADMIN": "http://env-sso:5001", "AWS_ENDPOINT_URL": "http://env-all:5000"]

        let flag = try ConfigFixture.resolver(
            config: Self.config, environment: env, overrides: .init(endpointURL: "http://flag:9000")
        )
        .endpoint(for: .ssoAdmin, region: "us-east-1")
        #expect(flag.url.absoluteString == "http://flag:9000")
        #expect(flag.source == .commandLine)
        #expect(flag.isCustom)

        let resolver = try ConfigFixture.resolver(config: Self.config, environment: env)
        let serviceVariable = try resolver.endpoint(for: .ssoAdmin, region: "us-east-1")
        #expect(serviceVariable.url.absoluteString == "http://env-sso:5001")
        #expect(serviceVariable.source == .environment(variable: "AWS_ENDPOINT_URL_SSO_ADMIN"))
        let global = try resolver.endpoint(for: .identityStore, region: "us-east-1")
        #expect(global.source == .environment(variable: "AWS_ENDPOINT_URL"))

        let files = try ConfigFixture.resolver(config: Self.config)
        let servicesSection = try files.endpoint(for: .ssoAdmin, region: "us-east-1")
        #expect(servicesSection.url.absoluteString == "http://sso.local:4001")
        #expect(
            servicesSection.source
                == .profileService(
                    profile: "default", location: SourceLocation(file: ConfigFixture.configPath, line: 6, column: 1)))
        let profileURL = try files.endpoint(for: .iam, region: "us-east-1")
        #expect(profileURL.url.absoluteString == "http://profile.local:4000")
        #expect(profileURL.signingRegion == "us-east-1")
        #expect(profileURL.signingName == "iam")
    }

    @Test func globalServicesKeepTheirSigningRegionBehindAnOverride() throws {
        let endpoint = try ConfigFixture.resolver(overrides: .init(endpointURL: "http://127.0.0.1:5000"))
            .endpoint(for: .organizations, region: "eu-west-1")
        #expect(endpoint.signingRegion == "us-east-1")
        let regional = try ConfigFixture.resolver(overrides: .init(endpointURL: "http://127.0.0.1:5000")).endpoint(
            for: .sts, region: "eu-west-1")
        #expect(regional.signingRegion == "eu-west-1")
    }

    @Test func ignoringConfiguredEndpointsKeepsOnlyTheFlag() throws {
        let env = ["AWS_ENDPOINT_URL": "http://env-all:5000", "AWS_IGNORE_CONFIGURED_ENDPOINT_URLS": "true"]
        #expect(
            try ConfigFixture.resolver(config: Self.config, environment: env).endpoint(for: .sts, region: "us-east-1")
                .source == .standard)
        let viaProfile = try ConfigFixture.resolver(
            config: Self.config, environment: ["AWS_PROFILE": "ignoring", "AWS_ENDPOINT_URL": "http://env-all:5000"])
        #expect(try viaProfile.endpoint(for: .sts, region: "us-east-1").source == .standard)
        let flag = try ConfigFixture.resolver(
            config: Self.config, environment: env, overrides: .init(endpointURL: "http://flag:1"))
        #expect(try flag.endpoint(for: .sts, region: "us-east-1").source == .commandLine)
    }

    @Test(arguments: ["localhost:5000", "ftp://files.example.com", "not a url", "http://"])
    func invalidEndpointOverridesAreRejected(value: String) throws {
        let resolver = try ConfigFixture.resolver(environment: ["AWS_ENDPOINT_URL_STS": value])
        #expect {
            try resolver.endpoint(for: .sts, region: "us-east-1")
        } throws: { error in
            guard let error = error as? AWSConfigError else { return false }
            return error.code == .invalidEndpoint && error.message.contains("AWS_ENDPOINT_URL_STS")
        }
    }

    @Test func invalidEndpointInFilePointsAtTheLine() throws {
        let resolver = try ConfigFixture.resolver(config: "[default]\nendpoint_url = localhost:5000\n")
        #expect {
            try resolver.endpoint(for: .iam, region: "us-east-1")
        } throws: { error in
            (error as? AWSConfigError)?.location == SourceLocation(file: ConfigFixture.configPath, line: 2, column: 1)
        }
    }

    @Test func missingServicesSectionIsAWarning() throws {
        let shared = try ConfigFixture.shared(config: "[default]\nservices = nowhere\n")
        #expect(shared.warnings.first?.message.contains("'[services nowhere]'") == true)
    }
}
