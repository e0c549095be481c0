import OrgModel

/// Every production account grants some group a data-free profile (`data-access: none`), so that
/// metrics and logs can be shared without granting access to user data.
public struct DataFreeProfileRule: Rule {
    public init() {}

    public let metadata = RuleMetadata(
        id: "isolation.data-free-profile",
        requirement: .isolation,
        severity: .medium,
        title: "A data-free profile is granted on every production account",
        rationale: """
            Engineers need production metrics and logs to operate the product. Without a profile that \
            denies reading user data, the only way to give them that is a profile that can read \
            everything.
            """,
        remediation:
            "declare a profile with 'data-access: none' (e.g. 'observer') and grant it on every production account"
    )

    public func evaluate(_ context: RuleContext) -> [Finding] {
        let access = context.organization.identity.access
        // Stage 1: accounts and units covered by some grant of a data-free profile.
        var coveredAccounts = Set<String>()
        var coveredUnits = Set<String>()
        for grant in access where context.profilesByName[grant.profile]?.dataAccess == DataAccess.none {
            coveredAccounts.formUnion(grant.accounts)
            coveredUnits.formUnion(grant.units)
        }
        // Stage 2: production accounts covered neither by name nor by a unit above them.
        return context.organization.accounts.compactMap { account in
            guard account.isWorkload, account.isProduction, !coveredAccounts.contains(account.key) else { return nil }
            if let unit = account.unit, RuleContext.selfAndAncestors(of: unit).contains(where: coveredUnits.contains) {
                return nil
            }
            return context.finding(
                metadata,
                resource: SpecPath.account(account.key),
                message:
                    "production account '\(account.key)' is granted no data-free profile ('data-access: none'), so metrics and logs cannot be shared without user data",
                remediation:
                    "grant a profile with 'data-access: none' (e.g. 'observer') on '\(account.key)' to the groups that operate it"
            )
        }
    }
}
