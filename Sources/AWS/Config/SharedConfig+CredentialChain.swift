import AWSSigner
import Support

extension SharedConfig {
    /// The credential chain of `profileName`, or nil when the profile defines no credentials of
    /// its own (the caller then tries the next provider, as the AWS CLI does).
    /// - Throws: `AWSConfigError` for a missing profile, a loop, or contradictory or incomplete
    ///   settings; `.unsupportedSetting` when the chain needs IAM Identity Center sign-in or a web
    ///   identity token, with the AWS CLI command that exports the credentials instead.
    public func credentialChain(forProfile profileName: String) throws(AWSConfigError) -> ProfileCredentialChain? {
        guard let profile = profile(named: profileName) else {
            throw profileNotFound(profileName, referencedAt: nil)
        }
        guard profile.roleARN != nil else {
            let source = try Self.rootSource(of: profile, required: false, requested: profileName)
            return source.map { ProfileCredentialChain(profile: profileName, source: $0, roles: []) }
        }

        var roles: [ProfileCredentialChain.RoleAssumption] = []
        var visited: [String] = []
        var current = profile
        while true {
            visited.append(current.name)
            guard let roleARN = current.roleARN else {
                // A source profile without a role: its own keys or process are the root.
                let source = try Self.rootSource(of: current, required: true, requested: profileName)
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
            case (nil, nil) where current.webIdentityTokenFile != nil:
                throw AWSConfigError(
                    .unsupportedSetting,
                    "profile '\(current.name)' assumes '\(roleARN)' with a web identity token (web_identity_token_file), which Groundwork cannot do yet; \(Self.exportHint(profileName))",
                    at: current.location(of: "web_identity_token_file")
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
                    guard let source = try Self.rootSource(of: current, required: true, requested: profileName) else {
                        return nil
                    }
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
        let known =
            profileNames.isEmpty ? "no profiles are defined" : "known profiles: " + profileNames.joined(separator: ", ")
        return AWSConfigError(
            .profileNotFound,
            "profile '\(name)' is not in '\(configFilePath)' or '\(credentialsFilePath)' (\(known)); add it with 'aws configure --profile \(name)'",
            at: location
        )
    }

    /// IAM Identity Center, then keys, then `credential_process`, as the AWS CLI prefers them.
    private static func rootSource(of profile: AWSProfile, required: Bool, requested: String) throws(AWSConfigError)
        -> ProfileCredentialChain.Source?
    {
        if profile.usesIdentityCenter {
            throw AWSConfigError(
                .unsupportedSetting,
                "profile '\(profile.name)' signs in through IAM Identity Center (sso_session / sso_start_url), which Groundwork cannot do yet; \(exportHint(requested))",
                at: profile.location(of: "sso_session") ?? profile.location(of: "sso_start_url")
            )
        }
        switch (profile.accessKeyID, profile.secretAccessKey) {
        case (.some, .some):
            if let credentials = profile.staticCredentials {
                return .staticKeys(profile: profile.name, credentials: credentials)
            }
        case (.some, nil):
            throw AWSConfigError(
                .invalidProfile,
                "profile '\(profile.name)' has aws_access_key_id but no aws_secret_access_key; add the secret or remove the key id",
                at: profile.location(of: "aws_access_key_id")
            )
        case (nil, .some):
            throw AWSConfigError(
                .invalidProfile,
                "profile '\(profile.name)' has aws_secret_access_key but no aws_access_key_id; add the key id or remove the secret",
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

    /// How to hand Groundwork the credentials the AWS CLI can obtain itself.
    static func exportHint(_ profile: String) -> String {
        "run 'eval \"$(aws configure export-credentials --profile \(profile) --format env)\"' (AWS CLI v2) and run Groundwork without --profile"
    }

    private static func credentialSource(_ value: String, in profile: AWSProfile) throws(AWSConfigError)
        -> ProfileCredentialChain.Source
    {
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

    private static func roleAssumption(of profile: AWSProfile, roleARN: String) throws(AWSConfigError)
        -> ProfileCredentialChain.RoleAssumption
    {
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
            profile: profile.name, roleARN: roleARN, externalID: profile.externalID,
            roleSessionName: profile.roleSessionName,
            durationSeconds: duration, mfaSerial: profile.mfaSerial, location: profile.location(of: "role_arn")
        )
    }
}
