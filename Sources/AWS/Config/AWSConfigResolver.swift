import Foundation
public import Support

/// Applies the AWS CLI's precedence rules to the command line, the environment and the shared
/// files: which profile, which region, which endpoint per service, which credential chain.
///
/// Pure: the environment and files come in as values, so every rule has a test.
///
/// Related AWS documentation:
/// [Service-specific endpoints](https://docs.aws.amazon.com/sdkref/latest/guide/feature-ss-endpoints.html),
/// [Configuring environment variables](https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-envvars.html).
public struct AWSConfigResolver: Sendable {
    /// Settings given as command-line flags; each beats every other source.
    public struct Overrides: Sendable, Hashable {
        public var profile: String?
        public var region: String?
        public var endpointURL: String?

        public init(profile: String? = nil, region: String? = nil, endpointURL: String? = nil) {
            self.profile = profile
            self.region = region
            self.endpointURL = endpointURL
        }
    }

    public var environment: Environment
    public var shared: SharedConfig
    public var overrides: Overrides

    public init(environment: Environment, shared: SharedConfig, overrides: Overrides = Overrides()) {
        self.environment = environment
        self.shared = shared
        self.overrides = overrides
    }

    /// Reads the shared files the environment names and builds a resolver over them.
    public static func load(
        environment: Environment, overrides: Overrides = Overrides(), reader: ConfigFileReader = .fileSystem
    ) throws(AWSConfigError) -> AWSConfigResolver {
        AWSConfigResolver(
            environment: environment, shared: try SharedConfig.load(environment: environment, reader: reader),
            overrides: overrides)
    }

    // MARK: Profile

    /// `--profile`, else `AWS_PROFILE`, else `AWS_DEFAULT_PROFILE`, else `default`.
    public var profileName: String {
        overrides.profile.flatMap { $0.isEmpty ? nil : $0 } ?? environment.nonEmpty("AWS_PROFILE")
            ?? environment.nonEmpty("AWS_DEFAULT_PROFILE") ?? "default"
    }

    /// Whether the profile was named by the user rather than defaulted.
    public var profileWasChosen: Bool {
        profileName != "default" || overrides.profile?.isEmpty == false || environment.nonEmpty("AWS_PROFILE") != nil
    }

    /// The selected profile. A profile the user named must exist; the implicit `default` may be absent.
    /// - Throws: `AWSConfigError.Code.profileNotFound`.
    public func profile() throws(AWSConfigError) -> AWSProfile {
        if let profile = shared.profile(named: profileName) { return profile }
        guard profileWasChosen else { return AWSProfile(name: profileName) }
        let known =
            shared.profileNames.isEmpty
            ? "no profiles are defined" : "known profiles: " + shared.profileNames.joined(separator: ", ")
        throw AWSConfigError(
            .profileNotFound,
            "profile '\(profileName)' is not in '\(shared.configFilePath)' or '\(shared.credentialsFilePath)' (\(known)); check --profile and AWS_PROFILE"
        )
    }

    /// The selected profile's credential chain; nil when the profile holds no credentials.
    public func credentialChain() throws(AWSConfigError) -> ProfileCredentialChain? {
        guard shared.profile(named: profileName) != nil else {
            _ = try profile()
            return nil
        }
        return try shared.credentialChain(forProfile: profileName)
    }

    // MARK: Region

    /// `--region`, else `AWS_REGION`, else `AWS_DEFAULT_REGION`, else the profile's `region`.
    /// - Throws: `.missingRegion` saying every way to set one, `.invalidRegion` for a name AWS
    ///   would reject, `.profileNotFound` when the region would come from a profile that was named but does not exist.
    public func region() throws(AWSConfigError) -> ResolvedRegion {
        let resolved: ResolvedRegion
        var location: SourceLocation?
        if let flag = overrides.region, !flag.isEmpty {
            resolved = ResolvedRegion(name: flag, source: .commandLine)
        } else if let value = environment.nonEmpty("AWS_REGION") {
            resolved = ResolvedRegion(name: value, source: .environment(variable: "AWS_REGION"))
        } else if let value = environment.nonEmpty("AWS_DEFAULT_REGION") {
            resolved = ResolvedRegion(name: value, source: .environment(variable: "AWS_DEFAULT_REGION"))
        } else if let value = try profile().region {
            location = try profile().location(of: "region")
            resolved = ResolvedRegion(name: value, source: .profile(name: profileName, location: location))
        } else {
            throw AWSConfigError(
                .missingRegion,
                "no AWS region is set; pass --region (for example --region us-east-1), set AWS_REGION, or add 'region = us-east-1' to profile '\(profileName)' in '\(shared.configFilePath)'"
            )
        }
        guard Self.isValidRegionName(resolved.name) else {
            throw AWSConfigError(
                .invalidRegion,
                "region '\(resolved.name)' (from \(Self.describe(resolved.source))) is not a valid region name; use a name like 'us-east-1' (the config files allow no comments after a value)",
                at: location
            )
        }
        return resolved
    }

    /// Letters, digits and inner hyphens, 1 to 63 characters: the check botocore applies.
    public static func isValidRegionName(_ name: String) -> Bool {
        let bytes = Array(name.utf8)
        guard (1...63).contains(bytes.count) else { return false }
        func alphanumeric(_ byte: UInt8) -> Bool {
            (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
                || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
                || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
        }
        guard let first = bytes.first, let last = bytes.last, alphanumeric(first), alphanumeric(last) else {
            return false
        }
        return bytes.allSatisfy { alphanumeric($0) || $0 == UInt8(ascii: "-") }
    }

    private static func describe(_ source: ResolvedRegion.Source) -> String {
        switch source {
        case .commandLine: "--region"
        case .environment(let variable): variable
        case .profile(let name, _): "profile '\(name)'"
        }
    }

    // MARK: Endpoints

    /// Where `service` is reached in `region`:
    /// `--endpoint-url` > `AWS_ENDPOINT_URL_<SERVICE>` > `AWS_ENDPOINT_URL` > the profile's
    /// `[services]` entry > the profile's `endpoint_url` > AWS's public endpoint. Setting
    /// `AWS_IGNORE_CONFIGURED_ENDPOINT_URLS=true` (or `ignore_configured_endpoint_urls = true`)
    /// skips the environment and file sources. Global services (IAM, Organizations) are signed
    /// for their partition's signing region wherever they are sent.
    /// - Throws: `.invalidEndpoint` for an override that is not an http(s) URL.
    public func endpoint(for service: EndpointService, region: String) throws(AWSConfigError) -> ResolvedEndpoint {
        let partition = AWSPartition(region: region)
        let global = service.globalEndpoints[partition.id]
        let signingRegion = global?.signingRegion ?? region

        func custom(
            _ text: String, _ source: ResolvedEndpoint.Source, _ origin: String, _ location: SourceLocation? = nil
        ) throws(AWSConfigError) -> ResolvedEndpoint {
            guard let url = URL(string: text), let scheme = url.scheme?.lowercased(),
                scheme == "http" || scheme == "https",
                let host = url.host(), !host.isEmpty
            else {
                throw AWSConfigError(
                    .invalidEndpoint,
                    "endpoint '\(text)' from \(origin) is not an http:// or https:// URL with a host, e.g. http://127.0.0.1:5000",
                    at: location
                )
            }
            return ResolvedEndpoint(
                url: url, signingRegion: signingRegion, signingName: service.signingName, source: source)
        }

        if let flag = overrides.endpointURL, !flag.isEmpty {
            return try custom(flag, .commandLine, "--endpoint-url")
        }
        let profile = shared.profile(named: profileName)
        let ignoreConfigured =
            environment.nonEmpty("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS")?.lowercased() == "true"
            || profile?.ignoresConfiguredEndpointURLs == true
        if !ignoreConfigured {
            let serviceVariable = "AWS_ENDPOINT_URL_" + service.environmentSuffix
            if let value = environment.nonEmpty(serviceVariable) {
                return try custom(value, .environment(variable: serviceVariable), serviceVariable)
            }
            if let value = environment.nonEmpty("AWS_ENDPOINT_URL") {
                return try custom(value, .environment(variable: "AWS_ENDPOINT_URL"), "AWS_ENDPOINT_URL")
            }
            if let profile, let setting = profile.serviceEndpoints[service.configKey], !setting.value.isEmpty {
                return try custom(
                    setting.value, .profileService(profile: profile.name, location: setting.location),
                    "the services section of profile '\(profile.name)'", setting.location
                )
            }
            if let profile, let value = profile.endpointURL {
                let location = profile.location(of: "endpoint_url")
                return try custom(
                    value, .profile(name: profile.name, location: location), "profile '\(profile.name)'", location)
            }
        }

        let host = global?.hostname ?? "\(service.endpointPrefix).\(region).\(partition.dnsSuffix)"
        guard let url = URL(string: "https://\(host)") else {
            throw AWSConfigError(
                .invalidRegion, "region '\(region)' does not form a valid host name for \(service.serviceID)")
        }
        return ResolvedEndpoint(
            url: url, signingRegion: signingRegion, signingName: service.signingName, source: .standard)
    }
}
