public import OrgModel

/// The kinds of account a grant or unit reaches, so separation rules can ask "does this grant
/// touch production?" without walking accounts again.
public struct AccountReach: OptionSet, Sendable, Hashable {
    public let rawValue: UInt8

    public init(rawValue: UInt8) {
        self.rawValue = rawValue
    }

    public static let management = AccountReach(rawValue: 1 << 0)
    public static let logArchive = AccountReach(rawValue: 1 << 1)
    public static let securityTooling = AccountReach(rawValue: 1 << 2)
    /// Workload accounts whose stage is production.
    public static let production = AccountReach(rawValue: 1 << 3)
    /// Workload accounts of any other (or no) stage.
    public static let nonProduction = AccountReach(rawValue: 1 << 4)

    /// Log archive and security tooling: the accounts only the security team should reach.
    public static let security: AccountReach = [.logArchive, .securityTooling]
    public static let workload: AccountReach = [.production, .nonProduction]

    /// The kind of one account.
    public init(_ account: Account) {
        switch account.role {
        case .management: self = .management
        case .logArchive: self = .logArchive
        case .securityTooling: self = .securityTooling
        case .workload, nil: self = account.isProduction ? .production : .nonProduction
        }
    }
}
