/// The four kinds of account the separation-of-duties matrix compares.
public enum AccountGroup: String, Sendable, Hashable, CaseIterable {
    case management
    /// Log archive and security tooling.
    case security
    case production
    case nonProduction = "non-production"

    /// The account kinds that make up the group.
    public var reach: AccountReach {
        switch self {
        case .management: .management
        case .security: .security
        case .production: .production
        case .nonProduction: .nonProduction
        }
    }

    /// A column heading for reports.
    public var title: String {
        switch self {
        case .management: "Management"
        case .security: "Security"
        case .production: "Production"
        case .nonProduction: "Non-production"
        }
    }
}
