public import OrgModel

extension AWSSnapshot {
    /// The live organization in the spec's model, so `check`'s rules judge live state as they
    /// judge a spec. Only what AWS itself records is filled in: account roles are known for the
    /// management account and the account holding the archive bucket; stages and user data are
    /// intentions AWS does not store.
    func model(target: LiveReader.Target) -> Organization {
        let names = accountNames(managementAccountKey: target.managementAccountKey)
        var accounts: [Account] = []
        for account in self.accounts where account.status == "ACTIVE" {
            var role: AccountRole?
            if account.id == managementAccountID { role = .management }
            if account.id == archiveBucket?.accountID { role = .logArchive }
            accounts.append(
                Account(
                    key: names[account.id] ?? account.name, email: account.email, unit: account.unitPath, role: role,
                    id: account.id))
        }

        var identity = Identity()
        var people: [Person] = []
        if let center = identityCenter {
            identity.provider = .awsIdentityCenter
            let userName = Dictionary(
                center.users.map { ($0.id, $0.userName) }, uniquingKeysWith: { first, _ in first })
            let groupName = Dictionary(
                center.groups.map { ($0.id, $0.displayName) }, uniquingKeysWith: { first, _ in first })
            people = center.users.map { Person(key: $0.userName, email: $0.email ?? "", displayName: $0.displayName) }
            identity.groups = center.groups.map { group in
                Group(
                    name: group.displayName,
                    members: center.memberships.filter { $0.groupID == group.id }.compactMap { userName[$0.userID] })
            }
            identity.profiles = center.permissionSets.map { set in
                PermissionProfile(
                    name: set.name,
                    policies: set.managedPolicyARNs.map { $0.split(separator: "/").last.map(String.init) ?? $0 }
                        + set.customerManagedPolicies,
                    sessionSeconds: (try? PermissionSetDefinition.sessionSeconds(iso8601: set.sessionDuration)) ?? 3600,
                    dataAccess: set.inlinePolicy.contains(DataAccessDenial.sid) ? .none : .full)
            }
            let setName = Dictionary(
                center.permissionSets.map { ($0.arn, $0.name) }, uniquingKeysWith: { first, _ in first })
            identity.access = center.assignments.compactMap { assignment in
                guard let profile = setName[assignment.permissionSetARN], let account = names[assignment.accountID]
                else {
                    return nil
                }
                if assignment.principalType == "GROUP" {
                    return AccessGrant(group: groupName[assignment.principalID], profile: profile, accounts: [account])
                }
                return AccessGrant(person: userName[assignment.principalID], profile: profile, accounts: [account])
            }
        }

        // Guardrails: recognised by the Sid prefixes of the policies attached at the root.
        let attachedAtRoot = policies.filter { $0.type == "SERVICE_CONTROL_POLICY" && $0.targetIDs.contains(rootID) }
        let guardrails = Guardrail.allCases.filter { guardrail in
            let prefix = "\"\(GuardrailPolicies.sidPrefix(guardrail))"
            return attachedAtRoot.contains { $0.content.contains(prefix) }
        }

        var auditLog = AuditLogPolicy()
        if let bucket = archiveBucket {
            auditLog.archive = names[bucket.accountID] ?? bucket.accountName
            if let retention = bucket.objectLock?.defaultRetention {
                auditLog.immutable = retention.mode == .compliance
                switch retention.period {
                case .days(let days): auditLog.retention = RetentionPeriod(days, .days)
                case .years(let years): auditLog.retention = RetentionPeriod(years, .years)
                }
            }
        }
        if trails.contains(where: { $0.isOrganizationTrail && $0.isMultiRegion && $0.isLogging }) {
            auditLog.sources.append(.awsCloudTrail)
        }

        return Organization(
            settings: OrganizationSettings(name: target.organizationName, homeRegion: target.homeRegion),
            units: units.map { OrgUnit(path: $0.path) },
            accounts: accounts,
            people: people,
            identity: identity,
            guardrails: guardrails,
            auditLog: auditLog)
    }
}

extension AWSSnapshot {
    /// The live organization with the intentions AWS does not record taken from the spec: the
    /// frameworks and regions, the MFA policy, the archive's readers, sources outside AWS, the
    /// break-glass role, and each existing account's role, stage and user-data flag.
    ///
    /// `check` findings on this model are then about what is live (where accounts sit, who is
    /// granted what, which guardrails are attached, whether the archive is locked), not about
    /// facts AWS cannot hold; `plan` shows them as compliance now.
    public func organization(declaredBy spec: Organization) -> Organization {
        var live = organization
        live.settings.frameworks = spec.settings.frameworks
        live.settings.regions = spec.settings.regions
        live.settings.provider = spec.settings.provider
        if live.identity.provider != nil || spec.identity.provider != .awsIdentityCenter {
            live.identity.provider = spec.identity.provider
        }
        live.identity.mfa = spec.identity.mfa
        live.auditLog.readers = spec.auditLog.readers
        live.auditLog.breakGlassRole = spec.auditLog.breakGlassRole
        live.auditLog.sources += spec.auditLog.sources.filter(\.isBeyondCloud)
        for index in live.accounts.indices {
            guard let declared = spec.account(live.accounts[index].key) else { continue }
            if live.accounts[index].role == nil { live.accounts[index].role = declared.role }
            live.accounts[index].stage = declared.stage
            live.accounts[index].userData = declared.userData
        }
        return live
    }
}
