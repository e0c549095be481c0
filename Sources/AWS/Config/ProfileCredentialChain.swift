public import AWSSigner
public import Support

/// How a profile's credentials are obtained, as data: where the first credentials come from and
/// which roles are then assumed, in order. Resolving it performs no I/O; the AWS client runs the
/// process or calls STS.
///
/// `role_arn` + `source_profile` chains are followed to their root (a profile with keys or a
/// `credential_process`, or a `credential_source`), and a loop is reported instead of recursing
/// forever. A profile that points `source_profile` at itself uses its own keys as the source,
/// as the AWS CLI allows.
public struct ProfileCredentialChain: Sendable, Hashable {
    /// Where the first credentials in the chain come from.
    public enum Source: Sendable, Hashable {
        /// Keys written in the named profile.
        case staticKeys(profile: String, credentials: AWSCredentials)
        /// `credential_process` of the named profile: a command printing JSON credentials.
        case process(profile: String, command: String)
        /// `credential_source = Environment`: `AWS_ACCESS_KEY_ID` and friends.
        case environment
        /// `credential_source = Ec2InstanceMetadata`: the instance role via IMDSv2.
        case ec2InstanceMetadata
        /// `credential_source = EcsContainer`: the task role via the container credentials endpoint.
        case ecsContainer
    }

    /// One `sts:AssumeRole` call in the chain, with the options of the profile that declares it.
    public struct RoleAssumption: Sendable, Hashable {
        /// The profile declaring `role_arn`.
        public var profile: String
        public var roleARN: String
        public var externalID: String?
        public var roleSessionName: String?
        public var durationSeconds: Int?
        public var mfaSerial: String?
        /// Where `role_arn` was written.
        public var location: SourceLocation?
    }

    /// The profile the chain was resolved for.
    public var profile: String
    public var source: Source
    /// Roles to assume in order: the first with `source`'s credentials, each next with the previous role's.
    public var roles: [RoleAssumption]

    /// `default → ops (role) → admin (role)`: the profiles visited from the root, for `whoami` and errors.
    public var summary: String {
        let root: String
        switch source {
        case .staticKeys(let profile, _): root = "profile '\(profile)' keys"
        case .process(let profile, _): root = "profile '\(profile)' credential_process"
        case .environment: root = "environment"
        case .ec2InstanceMetadata: root = "EC2 instance metadata"
        case .ecsContainer: root = "ECS container credentials"
        }
        return ([root] + roles.map { "\($0.roleARN) (profile '\($0.profile)')" }).joined(separator: " → ")
    }
}

extension SharedConfig {
    /// The credential chain of `profileName`, or nil when the profile defines no credentials of
    /// its own (the caller then tries the next provider, as the AWS CLI does).
    /// - Throws: `AWSConfigError` for a missing profile, a loop, or contradictory or incomplete settings.
    public func credentialChain(forProfile profileName: String) throws(AWSConfigError) -> ProfileCredentialChain? {
        guard let profile = profile(named: profileName) else {
            throw profileNotFound(profileName, referencedAt: nil)
        }
        guard profile.roleARN != nil else { return try Self.rootSource(of: profile, required: false).map {
            ProfileCredentialChain(profile: profileName, source: $0, roles: [])
        } }

        var roles: [ProfileCredentialChain.RoleAssumption] = []
        var visited: [String] = []
        var current = profile
        while true {
            visited.append(current.name)
            guard let roleARN = current.roleARN else {
                // A source profile without a role: its own keys or process are the root.
                let source = try Self.rootSource(of: current, required: true)
                return source.map { ProfileCredentialChain(profile: profileName, source: $0, roles: roles.reversed()) }
            }
            roles.append(try Self.roleAssumption(of: current, roleARN: roleARN))

            switch (current.sourceProfile, current.credentialSource) {
            case (.some, .some):
                throw AWSConfigError(
                    .invalidProfile,
                    "profile '\(current.name)' sets both source_profile and credential_source; keep the one that supplies the credentials for '\(roleARN)'",
                    at: current.location(of: "credential_source")
                )
            case (nil, nil):
                throw AWSConfigError(
                    .invalidProfile,
                    "profile '\(current.name)' has role_arn but neither source_profile nor credential_source; add 'source_profile = NAME' naming a profile with credentials",
                    at: current.location(of: "role_arn")
                )
            case (nil, .some(let credentialSource)):
                let source = try Self.credentialSource(credentialSource, in: current)
                return ProfileCredentialChain(profile: profileName, source: source, roles: roles.reversed())
            case (.some(let sourceName), nil):
                if sourceName == current.name {
                    // Self-reference: the profile's own keys assume its role.
                    guard let source = try Self.rootSource(of: current, required: true) else { return nil }
                    return ProfileCredentialChain(profile: profileName, source: source, roles: roles.reversed())
                }
                guard let next = self.profile(named: sourceName) else {
                    throw profileNotFound(sourceName, referencedAt: current.location(of: "source_profile"))
                }
                if visited.contains(sourceName) {
                    let loop = (visited + [sourceName]).map { "'\($0)'" }.joined(separator: " → ")
                    throw AWSConfigError(
                        .roleChainCycle,
                        "source_profile links form a loop: \(loop); point one of them at a profile with keys or a credential_process",
                        at: current.location(of: "source_profile")
                    )
                }
                current = next
            }
        }
    }

    private func profileNotFound(_ name: String, referencedAt location: SourceLocation?) -> AWSConfigError {
        let known = profileNames.isEmpty ? "no profiles are defined" : "known profiles: " + profileNames.joined(separator: ", ")
        return AWSConfigError(
            .profileNotFound,
            "profile '\(name)' is not in '\(configFilePath)' or '\(credentialsFilePath)' (\(known)); add it with 'aws configure --profile \(name)'",
            at: location
        )
    }

    /// Keys, then `credential_process`, as the AWS CLI prefers them.
    private static func rootSource(of profile: AWSProfile, required: Bool) throws(AWSConfigError) -> ProfileCredentialChain.Source? {
        switch (profile.accessKeyID, profile.secretAccessKey) {
        case (.some, .some):
            if let credentials = profile.staticCredentials { return .staticKeys(profile: profile.name, credentials: credentials) }
        case (.some, nil):
            throw AWSConfigError(
                .invalidProfile, "profile '\(profile.name)' has aws_access_key_id but no aws_secret_access_key; add the secret or remove the key id",
                at: profile.location(of: "aws_access_key_id")
            )
        case (nil, .some):
            throw AWSConfigError(
                .invalidProfile, "profile '\(profile.name)' has aws_secret_access_key but no aws_access_key_id; add the key id or remove the secret",
                at: profile.location(of: "aws_secret_access_key")
            )
        case (nil, nil):
            break
        }
        if let command = profile.credentialProcess { return .process(profile: profile.name, command: command) }
        guard required else { return nil }
        throw AWSConfigError(
            .invalidProfile,
            "profile '\(profile.name)' is used as a source_profile but has no credentials; give it aws_access_key_id and aws_secret_access_key, a credential_process, or a role_arn",
            at: profile.settings.values.map(\.location).min { $0.line < $1.line }
        )
    }

    private static func credentialSource(_ value: String, in profile: AWSProfile) throws(AWSConfigError) -> ProfileCredentialChain.Source {
        switch value {
        case "Environment": return .environment
        case "Ec2InstanceMetadata": return .ec2InstanceMetadata
        case "EcsContainer": return .ecsContainer
        default:
            throw AWSConfigError(
                .invalidProfile,
                "credential_source '\(value)' in profile '\(profile.name)' is not one of Environment, Ec2InstanceMetadata, EcsContainer",
                at: profile.location(of: "credential_source")
            )
        }
    }

    private static func roleAssumption(of profile: AWSProfile, roleARN: String) throws(AWSConfigError) -> ProfileCredentialChain.RoleAssumption {
        var duration: Int?
        if let text = profile.durationSeconds {
            guard let seconds = Int(text), (900...43_200).contains(seconds) else {
                throw AWSConfigError(
                    .invalidProfile,
                    "duration_seconds '\(text)' in profile '\(profile.name)' must be a whole number of seconds from 900 to 43200",
                    at: profile.location(of: "duration_seconds")
                )
            }
            duration = seconds
        }
        return ProfileCredentialChain.RoleAssumption(
            profile: profile.name, roleARN: roleARN, externalID: profile.externalID, roleSessionName: profile.roleSessionName,
            durationSeconds: duration, mfaSerial: profile.mfaSerial, location: profile.location(of: "role_arn")
        )
    }
}
