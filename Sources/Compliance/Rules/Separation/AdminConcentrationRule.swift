import OrgModel

/// No single person holds administrator access in management, security and production at once.
public struct AdminConcentrationRule: Rule {
    public init() {}

    public let metadata = RuleMetadata(
        id: "separation.admin-concentration",
        requirement: .separation,
        severity: .critical,
        title: "No person is admin in management, security and production at once",
        rationale: """
            A person with admin in the management account, a security account and production could \
            change production, the evidence of it and the guardrails around both. Splitting these \
            duties means no one person can commit and hide a fraud.
            """,
        remediation:
            "split administration of management, security and production between different groups with different members"
    )

    private static let watched: AccountReach = [.management, .logArchive, .securityTooling, .production]

    public func evaluate(_ context: RuleContext) -> [Finding] {
        // Stage 1: what each group, and each person granted directly, administers.
        var groupAdmin: [String: AccountReach] = [:]
        var personAdmin: [String: AccountReach] = [:]
        for (index, grant) in context.organization.identity.access.enumerated() {
            guard context.profilesByName[grant.profile]?.isAdmin == true else { continue }
            let reach = context.grantReach[index].intersection(Self.watched)
            guard !reach.isEmpty else { continue }
            if let group = grant.group { groupAdmin[group, default: []].formUnion(reach) }
            if let person = grant.person { personAdmin[person, default: []].formUnion(reach) }
        }
        guard !groupAdmin.isEmpty || !personAdmin.isEmpty else { return [] }

        // Stage 2: each person's admin reach through their groups and direct grants.
        let people = Set(context.groupsByPerson.keys).union(personAdmin.keys)
        return people.compactMap { person in
            let groups = (context.groupsByPerson[person] ?? []).filter { groupAdmin[$0] != nil }
            var reach = personAdmin[person] ?? []
            for group in groups { reach.formUnion(groupAdmin[group] ?? []) }
            guard reach.contains(.management), reach.contains(.production), !reach.isDisjoint(with: .security) else {
                return nil
            }
            var through = groups.map { "'\($0)'" }
            if personAdmin[person] != nil { through.append("a direct grant") }
            return context.finding(
                metadata,
                resource: SpecPath.person(person),
                message:
                    "person '\(person)' holds admin in the management, security and production accounts at once (through \(through.joined(separator: ", ")))"
            )
        }
    }
}
