extension Array where Element == any Rule {
    /// Every built-in rule, grouped by requirement.
    public static var all: [any Rule] {
        [
            SharedUnitRule(),
            WorkloadStageRule(),
            UserDataOutsideProductionRule(),
            DataFreeProfileRule(),
            IdentityProviderRule(),
            MFARequiredRule(),
            LocalUsersRule(),
            DirectPersonGrantRule(),
            SecurityAccountsRule(),
            SecurityUnitRule(),
            SecurityAccessRule(),
            AdminConcentrationRule(),
            ManagementWorkloadRule(),
            ManagementAccessRule(),
            OrganizationTrailRule(),
            ProtectAuditLogRule(),
            RetentionRule(),
            RetentionLimitRule(),
            ImmutableArchiveRule(),
            AuditLogReadersRule(),
            ExternalSourcesRule(),
            ManagementAccountRule(),
            ManagementEmailRule(),
        ]
    }
}
