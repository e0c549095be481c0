/// The `audit-log:` block: where every audit log lands, how long it is kept, and who may read it.
public struct AuditLogPolicy: Sendable, Hashable {
    /// Key of the account that holds the archive; nil when undeclared (a finding).
    public var archive: String?
    public var retention: RetentionPeriod?
    /// Write-once storage (S3 Object Lock in compliance mode).
    public var immutable: Bool
    /// Group names allowed to read the archive.
    public var readers: [String]
    public var sources: [LogSource]
    /// The one role exempt from `protect-audit-log`, for emergencies.
    public var breakGlassRole: String?

    public init(
        archive: String? = nil,
        retention: RetentionPeriod? = nil,
        immutable: Bool = false,
        readers: [String] = [],
        sources: [LogSource] = [],
        breakGlassRole: String? = nil
    ) {
        self.archive = archive
        self.retention = retention
        self.immutable = immutable
        self.readers = readers
        self.sources = sources
        self.breakGlassRole = breakGlassRole
    }
}

/// A system whose audit log must reach the archive.
public enum LogSource: Sendable, Hashable {
    /// The organization trail: every account, every region.
    case awsCloudTrail
    case identityCenter
    /// GitHub organization audit log, by organization name.
    case github(organization: String)
    /// Okta System Log, by Okta domain.
    case okta(domain: String)

    /// True for sources beyond the cloud provider itself (SSO, git hosting).
    public var isBeyondCloud: Bool {
        switch self {
        case .awsCloudTrail: false
        case .identityCenter, .github, .okta: true
        }
    }
}

/// A retention period as written (`400d`, `18mo`, `7y`).
public struct RetentionPeriod: Sendable, Hashable, Comparable, CustomStringConvertible {
    public enum Unit: String, Sendable, Hashable {
        case days = "d"
        case months = "mo"
        case years = "y"
    }

    public var count: Int
    public var unit: Unit

    public init(_ count: Int, _ unit: Unit) {
        self.count = count
        self.unit = unit
    }

    /// Length in days on the Gregorian average, so `12mo` equals `1y` and `365d` falls just short.
    public var days: Double {
        switch unit {
        case .days: Double(count)
        case .months: Double(count) * 365.2425 / 12
        case .years: Double(count) * 365.2425
        }
    }

    /// Whole days, rounded up, for APIs that take days (S3 Object Lock).
    public var wholeDays: Int { Int(days.rounded(.up)) }

    public static func < (lhs: RetentionPeriod, rhs: RetentionPeriod) -> Bool { lhs.days < rhs.days - 1e-9 }

    public var description: String { "\(count)\(unit.rawValue)" }
}
