/// Dotted paths of spec nodes, as the loader records them in `SourceMap`, so that a finding's
/// `resource` and `location` name the same node the user wrote.
public enum SpecPath {
    public static let frameworks = "organization.frameworks"
    public static let units = "units"
    public static let accounts = "accounts"
    public static let people = "people"
    public static let identity = "identity"
    public static let identityProvider = "identity.provider"
    public static let mfa = "identity.mfa"
    public static let access = "identity.access"
    public static let guardrails = "guardrails"
    public static let auditLog = "audit-log"
    public static let archive = "audit-log.archive"
    public static let retention = "audit-log.retention"
    public static let immutable = "audit-log.immutable"
    public static let readers = "audit-log.readers"
    public static let sources = "audit-log.sources"

    public static func unit(_ path: String) -> String { "units.\(path)" }
    public static func account(_ key: String) -> String { "accounts.\(key)" }
    public static func account(_ key: String, _ field: String) -> String { "accounts.\(key).\(field)" }
    public static func person(_ key: String) -> String { "people.\(key)" }
    public static func group(_ name: String) -> String { "identity.groups.\(name)" }
    public static func profile(_ name: String) -> String { "identity.profiles.\(name)" }
    public static func grant(_ index: Int) -> String { "identity.access[\(index)]" }
    public static func localUser(_ name: String) -> String { "identity.local-users.\(name)" }
}
