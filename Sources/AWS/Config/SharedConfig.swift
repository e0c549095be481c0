import Foundation
public import Support

/// The shared AWS `config` and `credentials` files, read and merged into profiles.
///
/// Paths follow the AWS CLI: `AWS_CONFIG_FILE` (default `~/.aws/config`) and
/// `AWS_SHARED_CREDENTIALS_FILE` (default `~/.aws/credentials`), `~` expanded against the
/// environment's home. In `config`, profiles are `[default]` or `[profile NAME]` and
/// per-service endpoints live in `[services NAME]`; in `credentials`, profiles are `[NAME]`.
/// Sections the CLI would silently ignore produce `warnings` instead of vanishing.
public struct SharedConfig: Sendable {
    public var configFilePath: String
    public var credentialsFilePath: String
    /// Profiles by name, both files merged.
    public var profiles: [String: AWSProfile]
    /// Problems that do not stop anything but that the user should hear about.
    public var warnings: [Diagnostic]

    /// Reads both files named by `environment`.
    /// - Throws: `AWSConfigError` when a file cannot be read or has a malformed line.
    public static func load(environment: Environment, reader: ConfigFileReader = .fileSystem) throws(AWSConfigError)
        -> SharedConfig
    {
        let configPath = expandHome(
            environment.nonEmpty("AWS_CONFIG_FILE") ?? "~/.aws/config", environment: environment)
        let credentialsPath = expandHome(
            environment.nonEmpty("AWS_SHARED_CREDENTIALS_FILE") ?? "~/.aws/credentials", environment: environment
        )
        let config = try read(configPath, with: reader)
        let credentials = try read(credentialsPath, with: reader)
        var shared = SharedConfig(
            configFile: config ?? ConfigFile.empty(configPath),
            credentialsFile: credentials ?? ConfigFile.empty(credentialsPath)
        )
        for file in [config, credentials].compactMap({ $0 }) {
            if let warning = exposedSecretsWarning(file, permissions: reader.permissions(file.path)) {
                shared.warnings.append(warning)
            }
        }
        return shared
    }

    /// A warning when a file holding secret keys or tokens can be read by other users: the AWS CLI
    /// writes these files with mode 600, and a compliance tool should notice when they drift.
    static func exposedSecretsWarning(_ file: ConfigFile, permissions: Int?) -> Diagnostic? {
        guard let permissions, permissions & 0o077 != 0 else { return nil }
        let secret = file.sections.lazy.flatMap(\.properties).first { AWSProfile.secretKeys.contains($0.name) }
        guard let secret else { return nil }
        let mode = String(permissions & 0o777, radix: 8)
        return Diagnostic(
            .warning,
            "'\(file.path)' holds \(secret.name) but other users can read it (mode \(mode)); run 'chmod 600 \(file.path)'",
            at: secret.location, ruleID: "aws-config"
        )
    }

    /// Merges already-parsed files.
    public init(configFile: ConfigFile, credentialsFile: ConfigFile) {
        configFilePath = configFile.path
        credentialsFilePath = credentialsFile.path
        profiles = [:]
        warnings = []

        var servicesSections: [String: ConfigFile.Section] = [:]
        // `[default]` first so that `[profile default]`, later in this order, wins where both set a key.
        let ordered =
            configFile.sections.filter { $0.name == "default" } + configFile.sections.filter { $0.name != "default" }
        for section in ordered {
            let words = section.name.split(separator: " ", maxSplits: 1).map(String.init)
            switch (words.first, words.count) {
            case ("default", 1):
                merge(section, into: "default")
            case ("profile", 2):
                merge(section, into: words[1])
            case ("services", 2):
                servicesSections[words[1]] = section
            case ("sso-session", 2):
                continue
            case ("profile", _), ("services", _), ("sso-session", _):
                warnings.append(
                    Diagnostic(
                        .warning, "section '[\(section.name)]' has no name after '\(words[0])' and is ignored",
                        at: section.location, ruleID: "aws-config")
                )
            default:
                warnings.append(
                    Diagnostic(
                        .warning,
                        "section '[\(section.name)]' is ignored: profiles in the config file are written '[profile \(section.name)]'",
                        at: section.location, ruleID: "aws-config"
                    )
                )
            }
        }
        for section in credentialsFile.sections {
            if section.name.hasPrefix("profile ") {
                warnings.append(
                    Diagnostic(
                        .warning,
                        "section '[\(section.name)]' in the credentials file defines a profile literally named '\(section.name)'; the credentials file writes profiles as '[\(section.name.dropFirst("profile ".count))]'",
                        at: section.location, ruleID: "aws-config"
                    )
                )
            }
            merge(section, into: section.name)
        }

        for name in profiles.keys.sorted() {
            guard let profile = profiles[name], let servicesName = profile.services else { continue }
            guard let section = servicesSections[servicesName] else {
                warnings.append(
                    Diagnostic(
                        .warning,
                        "profile '\(name)' names services section '\(servicesName)', but there is no '[services \(servicesName)]'",
                        at: profile.location(of: "services"), ruleID: "aws-config"
                    )
                )
                continue
            }
            for property in section.properties {
                guard let endpoint = property.nested["endpoint_url"] else { continue }
                profiles[name]?.serviceEndpoints[property.name] = AWSProfile.Setting(
                    value: endpoint, nested: [:], location: property.location)
            }
        }
    }

    private mutating func merge(_ section: ConfigFile.Section, into name: String) {
        var profile = profiles[name] ?? AWSProfile(name: name)
        for property in section.properties {
            profile.settings[property.name] = AWSProfile.Setting(
                value: property.value, nested: property.nested, location: property.location)
        }
        profiles[name] = profile
    }

    /// The profile called `name`, if either file defines it.
    public func profile(named name: String) -> AWSProfile? { profiles[name] }

    /// Profile names, sorted, for messages and completion.
    public var profileNames: [String] { profiles.keys.sorted() }

    private static func read(_ path: String, with reader: ConfigFileReader) throws(AWSConfigError) -> ConfigFile? {
        let text: String?
        do {
            text = try reader.read(path)
        } catch {
            throw AWSConfigError(
                .unreadableFile, "cannot read '\(path)': \(error.localizedDescription); check the file's permissions",
                at: SourceLocation(file: path, line: 1, column: 1)
            )
        }
        guard let text else { return nil }
        return try ConfigFile(parsing: text, path: path)
    }

    /// `~` and `~/…` against the environment's home directory, the way the AWS CLI expands them.
    public static func expandHome(_ path: String, environment: Environment) -> String {
        if path == "~" { return environment.homeDirectory }
        guard path.hasPrefix("~/") else { return path }
        let home = environment.homeDirectory
        return (home.hasSuffix("/") ? String(home.dropLast()) : home) + path.dropFirst()
    }
}

extension ConfigFile {
    /// A file that does not exist: no sections.
    static func empty(_ path: String) -> ConfigFile { ConfigFile(path: path, sections: []) }

    init(path: String, sections: [Section]) {
        self.path = path
        self.sections = sections
    }
}
