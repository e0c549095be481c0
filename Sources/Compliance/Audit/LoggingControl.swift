public import OrgModel

/// "Who can still turn logging off": the principals that no service control policy reaches.
///
/// An SCP never applies to the management account, and the protect-audit-log policy exempts a
/// break-glass role; whoever acts there, or can assume that role, can stop the trail or change
/// its archive whatever the guardrails say. Listing them by name is what lets an auditor accept
/// the residual risk knowingly.
///
/// The computation is pure and provider-neutral: the provider side reads who can act in the
/// management account (Identity Center assignments, IAM users and roles there, judged by their
/// policies) and the exempted roles' trust policies, and passes them in as `Input`.
public enum LoggingControl {
    public struct Input: Sendable, Hashable {
        /// How the management account is named in the report (`management (111111111111)`).
        public var managementAccount: String
        /// Principals that can act in the management account with permissions that include
        /// stopping or changing the trail (the provider judges their policies; when unsure,
        /// include them).
        public var managementPrincipals: [LoggingPrincipal]
        /// Roles the protecting SCP exempts, with who can assume them.
        public var exemptedRoles: [ExemptedRole]
        /// Group name → member names, to name people instead of groups.
        public var groupMembers: [String: [String]]

        public init(
            managementAccount: String,
            managementPrincipals: [LoggingPrincipal] = [],
            exemptedRoles: [ExemptedRole] = [],
            groupMembers: [String: [String]] = [:]
        ) {
            self.managementAccount = managementAccount
            self.managementPrincipals = managementPrincipals
            self.exemptedRoles = exemptedRoles
            self.groupMembers = groupMembers
        }
    }

    /// The principals that can turn logging off, merged by kind and name, most powerful kind
    /// first, then by name.
    ///
    /// Always lists the management account's root user; groups are replaced by their members
    /// (a group with no known members is listed as the group itself, so nothing is hidden).
    public static func disablers(_ input: Input) -> [LoggingDisabler] {
        var order: [String] = []
        var byKey: [String: LoggingDisabler] = [:]
        func add(_ kind: LoggingPrincipal.Kind, _ name: String, _ reason: String) {
            let key = "\(kind.rawValue)\u{0}\(name)"
            if byKey[key] == nil {
                order.append(key)
                byKey[key] = LoggingDisabler(kind: kind, name: name, reasons: [])
            }
            if byKey[key]?.reasons.contains(reason) == false { byKey[key]?.reasons.append(reason) }
        }
        func addExpanding(_ principal: LoggingPrincipal, _ reason: String) {
            let via = principal.via.map { " (\($0))" } ?? ""
            guard principal.kind == .group, let members = input.groupMembers[principal.name], !members.isEmpty else {
                add(principal.kind, principal.name, reason + via)
                return
            }
            for member in members {
                add(.person, member, "member of group '\(principal.name)'\(via): " + reason)
            }
        }

        let management = "the management account '\(input.managementAccount)'"
        add(.root, "root user", "root user of \(management), which no SCP restricts")
        for principal in input.managementPrincipals {
            addExpanding(principal, "can act in \(management), which no SCP restricts")
        }
        for role in input.exemptedRoles {
            let place = role.account.map { " in '\($0)'" } ?? ""
            add(.role, role.name, "exempted from the protect-audit-log guardrail\(place)")
            for assumer in role.assumers {
                addExpanding(assumer, "can assume the exempted role '\(role.name)'")
            }
        }
        return order.compactMap { byKey[$0] }.sorted { lhs, rhs in
            if lhs.kind.rank != rhs.kind.rank { return lhs.kind.rank < rhs.kind.rank }
            return lhs.name < rhs.name
        }
    }

    /// An input read from the organization model: the management account, the groups and people
    /// granted a profile there that can change the trail, the break-glass role (exempted by the
    /// spec's `audit-log.break-glass-role`) and the group members to expand.
    ///
    /// The model does not say who may assume the break-glass role; pass `breakGlassAssumers`
    /// from the role's live trust policy.
    public static func input(
        from organization: Organization, breakGlassAssumers: [LoggingPrincipal] = []
    ) -> Input {
        let context = RuleContext(organization)
        let management = organization.accounts(withRole: .management).first
        let name =
            management.map { account in account.id.map { "\(account.key) (\($0))" } ?? account.key } ?? "management"
        var principals: [LoggingPrincipal] = []
        for (index, grant) in organization.identity.access.enumerated()
        where context.grantReach[index].contains(.management) {
            guard let profile = context.profilesByName[grant.profile], canChangeLogging(profile) else { continue }
            let via = "profile '\(grant.profile)'"
            if let group = grant.group { principals.append(LoggingPrincipal(.group, group, via: via)) }
            if let person = grant.person { principals.append(LoggingPrincipal(.person, person, via: via)) }
        }
        let exempted =
            organization.auditLog.breakGlassRole.map { role in
                [ExemptedRole(name: role, account: nil, assumers: breakGlassAssumers)]
            } ?? []
        var members: [String: [String]] = [:]
        for group in organization.identity.groups { members[group.name] = group.members }
        return Input(
            managementAccount: name, managementPrincipals: principals, exemptedRoles: exempted, groupMembers: members)
    }

    /// False only when every policy of the profile is known to be read-only (`ReadOnlyAccess`,
    /// `ViewOnlyAccess`, `SecurityAudit`, `*ReadOnlyAccess`, `Billing`); anything unknown counts as
    /// able, so the list errs towards naming too many rather than too few. `PowerUserAccess`
    /// counts as able: it allows `cloudtrail:StopLogging`.
    public static func canChangeLogging(_ profile: PermissionProfile) -> Bool {
        guard !profile.policies.isEmpty else { return false }
        return !profile.policies.allSatisfy { policy in
            let name = policy.split(separator: "/").last.map(String.init) ?? policy
            return name.hasSuffix("ReadOnlyAccess") || ["ViewOnlyAccess", "SecurityAudit", "Billing"].contains(name)
        }
    }
}
