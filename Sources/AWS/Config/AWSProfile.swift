public import AWSSigner
public import Support

/// One named profile from the shared AWS files, the `config` and `credentials` entries merged
/// (the `credentials` file wins where both set a value, as in the AWS CLI).
///
/// Only settings are held here; nothing is fetched. `description` and reflection redact the
/// secret access key and session token.
///
/// Related AWS documentation: [Configuration and credential file settings](https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html).
public struct AWSProfile: Sendable, Hashable {
    /// One setting's value and the file line it came from.
    public struct Setting: Sendable, Hashable {
        public var value: String
        /// For a setting written as a nested block (`s3 =` then indented lines), its entries.
        public var nested: [String: String]
        public var location: SourceLocation
    }

    public var name: String
    /// Every setting of the profile by lowercased name, including ones Groundwork does not use.
    public var settings: [String: Setting]
    /// `endpoint_url` per service key (`sso_admin`, `s3`, …) from the `[services NAME]` section
    /// the profile's `services` setting names.
    public var serviceEndpoints: [String: Setting]

    public init(name: String, settings: [String: Setting] = [:], serviceEndpoints: [String: Setting] = [:]) {
        self.name = name
        self.settings = settings
        self.serviceEndpoints = serviceEndpoints
    }

    /// The value of a setting, or nil when absent or empty.
    public subscript(_ key: String) -> String? {
        guard let value = settings[key]?.value, !value.isEmpty else { return nil }
        return value
    }

    /// Where a setting was written, for messages.
    public func location(of key: String) -> SourceLocation? { settings[key]?.location }

    public var region: String? { self["region"] }
    public var accessKeyID: String? { self["aws_access_key_id"] }
    public var secretAccessKey: String? { self["aws_secret_access_key"] }
    public var sessionToken: String? { self["aws_session_token"] }
    public var roleARN: String? { self["role_arn"] }
    public var sourceProfile: String? { self["source_profile"] }
    public var credentialSource: String? { self["credential_source"] }
    public var externalID: String? { self["external_id"] }
    public var roleSessionName: String? { self["role_session_name"] }
    /// `duration_seconds` as written; validated when a role chain is resolved.
    public var durationSeconds: String? { self["duration_seconds"] }
    public var mfaSerial: String? { self["mfa_serial"] }
    public var credentialProcess: String? { self["credential_process"] }
    public var endpointURL: String? { self["endpoint_url"] }
    /// `web_identity_token_file`, for `role_arn` profiles that assume a role with an OIDC token.
    public var webIdentityTokenFile: String? { self["web_identity_token_file"] }
    /// `sso_session` or `sso_start_url`: the profile signs in through IAM Identity Center.
    public var usesIdentityCenter: Bool { self["sso_session"] != nil || self["sso_start_url"] != nil }
    /// The name of the `[services NAME]` section holding per-service endpoints.
    public var services: String? { self["services"] }
    /// `ignore_configured_endpoint_urls = true` turns off every endpoint from the environment and files.
    public var ignoresConfiguredEndpointURLs: Bool { self["ignore_configured_endpoint_urls"]?.lowercased() == "true" }

    /// Long-term or temporary keys written in the profile itself, when both halves are present.
    public var staticCredentials: AWSCredentials? {
        guard let accessKeyID, let secretAccessKey else { return nil }
        return AWSCredentials(accessKeyID: accessKeyID, secretAccessKey: secretAccessKey, sessionToken: sessionToken)
    }
}

extension AWSProfile: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    static let secretKeys: Set<String> = ["aws_secret_access_key", "aws_session_token"]

    private var redactedSettings: [(String, String)] {
        settings.keys.sorted().map { key in
            (key, Self.secretKeys.contains(key) ? "<redacted>" : settings[key]?.value ?? "")
        }
    }

    public var description: String {
        "AWSProfile(\(name): " + redactedSettings.map { "\($0) = \($1)" }.joined(separator: ", ") + ")"
    }

    public var debugDescription: String { description }

    public var customMirror: Mirror {
        Mirror(
            self, children: ["name": name, "settings": redactedSettings.map { "\($0) = \($1)" }], displayStyle: .struct)
    }
}
