public import OrgModel

/// An organization indexed once for every rule: lookups by key, which accounts lie beneath each
/// unit, and what each access grant reaches.
///
/// Building it is linear in the size of the spec (accounts × unit depth, plus the accounts and
/// units grants name), so a thousand accounts and thousands of grants cost milliseconds, and no
/// rule scans grants × accounts.
public struct RuleContext: Sendable {
    public let organization: Organization
    public let catalogue: FrameworkCatalogue
    public let accountsByKey: [String: Account]
    public let groupsByName: [String: Group]
    public let profilesByName: [String: PermissionProfile]
    public let peopleByKey: [String: Person]
    /// Group names per person key, in declaration order.
    public let groupsByPerson: [String: [String]]
    /// What each grant in `identity.access` reaches, by the grant's index.
    public let grantReach: [AccountReach]
    /// The audit-log reader groups.
    public let readerGroups: Set<String>

    /// Unit path → indices (into `organization.accounts`) of the accounts in it or beneath it.
    private let accountIndicesBeneath: [String: [Int]]
    private let accountIndexByKey: [String: Int]
    private let unitReach: [String: AccountReach]

    public init(_ organization: Organization, catalogue: FrameworkCatalogue = .bundled) {
        self.organization = organization
        self.catalogue = catalogue
        accountsByKey = Dictionary(organization.accounts.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        groupsByName = Dictionary(
            organization.identity.groups.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        profilesByName = Dictionary(
            organization.identity.profiles.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        peopleByKey = Dictionary(organization.people.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        readerGroups = Set(organization.auditLog.readers)
        accountIndexByKey = Dictionary(
            organization.accounts.enumerated().map { ($0.element.key, $0.offset) },
            uniquingKeysWith: { first, _ in first }
        )

        var groupsByPerson: [String: [String]] = [:]
        for group in organization.identity.groups {
            for member in group.members where groupsByPerson[member]?.last != group.name {
                groupsByPerson[member, default: []].append(group.name)
            }
        }
        self.groupsByPerson = groupsByPerson

        // Stage 1: every account counts towards its own unit and each ancestor of it.
        var beneath: [String: [Int]] = [:]
        var unitReach: [String: AccountReach] = [:]
        for (index, account) in organization.accounts.enumerated() {
            guard let unit = account.unit else { continue }
            let reach = AccountReach(account)
            for path in Self.selfAndAncestors(of: unit) {
                beneath[path, default: []].append(index)
                unitReach[path, default: []].formUnion(reach)
            }
        }
        accountIndicesBeneath = beneath
        self.unitReach = unitReach

        // Stage 2: what each grant reaches, from the accounts it names and its units' reach.
        let accountsByKey = accountsByKey
        grantReach = organization.identity.access.map { grant in
            var reach: AccountReach = []
            for key in grant.accounts {
                if let account = accountsByKey[key] { reach.formUnion(AccountReach(account)) }
            }
            for unit in grant.units { reach.formUnion(unitReach[unit] ?? []) }
            return reach
        }
    }

    /// The path itself, then its parents up to the top-level unit (`A/B/C`, `A/B`, `A`).
    public static func selfAndAncestors(of unitPath: String) -> [String] {
        var paths = [unitPath]
        var current = Substring(unitPath)
        while let slash = current.lastIndex(of: "/") {
            current = current[..<slash]
            paths.append(String(current))
        }
        return paths
    }

    /// The kinds of account in a unit or beneath it.
    public func reach(ofUnit path: String) -> AccountReach { unitReach[path] ?? [] }

    /// Accounts in a unit or beneath it, in declaration order.
    public func accounts(beneath unitPath: String) -> [Account] {
        (accountIndicesBeneath[unitPath] ?? []).map { organization.accounts[$0] }
    }

    /// Every account a grant covers (named, or beneath a named unit), once each, in declaration order.
    public func accounts(reachedBy grant: AccessGrant) -> [Account] {
        var indices = Set(grant.accounts.compactMap { accountIndexByKey[$0] })
        for unit in grant.units {
            indices.formUnion(accountIndicesBeneath[unit] ?? [])
        }
        return indices.sorted().map { organization.accounts[$0] }
    }

    /// Who a grant is for, as it should be named in a message: `group 'x'` or `person 'y'`.
    public func principalDescription(of grant: AccessGrant) -> String {
        if let group = grant.group { return "group '\(group)'" }
        if let person = grant.person { return "person '\(person)'" }
        return "nobody"
    }

    /// A finding of `metadata`'s rule, its location looked up in the spec's source map and its
    /// controls narrowed to the organization's selected frameworks.
    ///
    /// - Parameters:
    ///   - resource: Dotted path of the resource at fault (`accounts.prod`).
    ///   - path: The spec node to point at when it differs from `resource` (`accounts.prod.unit`).
    ///   - remediation: A fix specific to this finding; the rule's general remediation otherwise.
    public func finding(
        _ metadata: RuleMetadata,
        resource: String,
        at path: String? = nil,
        message: String,
        remediation: String? = nil,
        severity: Severity? = nil
    ) -> Finding {
        Finding(
            ruleID: metadata.id,
            requirement: metadata.requirement,
            severity: severity ?? metadata.severity,
            resource: resource,
            location: organization.sourceMap.location(of: path ?? resource),
            message: message,
            remediation: remediation ?? metadata.remediation,
            controls: catalogue.controls(for: metadata.id, frameworks: organization.settings.frameworks)
        )
    }
}
