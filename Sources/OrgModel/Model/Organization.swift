/// The provider-neutral organization: what a spec declares and what a live snapshot reads back.
///
/// One model serves the spec, the live snapshot, the rules and the plan, so a rule written once
/// judges both what a user intends and what actually exists.
public struct Organization: Sendable, Hashable {
    public var settings: OrganizationSettings
    /// Organizational units, parents before children, in declaration order.
    public var units: [OrgUnit]
    /// Accounts in declaration order.
    public var accounts: [Account]
    public var people: [Person]
    public var identity: Identity
    public var guardrails: [Guardrail]
    public var auditLog: AuditLogPolicy
    /// Where each part of the model was declared; empty for a live snapshot.
    public var sourceMap: SourceMap

    public init(
        settings: OrganizationSettings,
        units: [OrgUnit] = [],
        accounts: [Account] = [],
        people: [Person] = [],
        identity: Identity = Identity(),
        guardrails: [Guardrail] = [],
        auditLog: AuditLogPolicy = AuditLogPolicy(),
        sourceMap: SourceMap = SourceMap()
    ) {
        self.settings = settings
        self.units = units
        self.accounts = accounts
        self.people = people
        self.identity = identity
        self.guardrails = guardrails
        self.auditLog = auditLog
        self.sourceMap = sourceMap
    }

    public func account(_ key: String) -> Account? { accounts.first { $0.key == key } }
    public func unit(_ path: String) -> OrgUnit? { units.first { $0.path == path } }
    public func person(_ key: String) -> Person? { people.first { $0.key == key } }
    public func accounts(withRole role: AccountRole) -> [Account] { accounts.filter { $0.role == role } }
}
