import Support
import YAML

extension SpecReader {
    static let identityKeys = ["provider", "mfa", "groups", "profiles", "access", "local-users"]
    static let profileKeys = ["policies", "session", "data-access"]
    static let grantKeys = ["group", "person", "profile", "accounts", "units"]
    static let localUserKeys = ["account", "console", "access-keys"]

    mutating func readIdentity(_ pair: YAMLNode.Pair) -> Identity {
        record("identity", pair.key)
        var identity = Identity()
        guard let fields = fields(of: pair.value, at: "identity", allowed: Self.identityKeys) else {
            unreadable.formUnion([.group, .profile])
            return identity
        }
        if let field = fields["provider"] {
            record("identity.provider", field.value)
            identity.provider = choice(field.value, at: "identity.provider", noun: "identity provider")
        }
        if let field = fields["mfa"] {
            record("identity.mfa", field.value)
            identity.mfa = choice(field.value, at: "identity.mfa", noun: "MFA policy")
        }
        if let field = fields["groups"] {
            identity.groups = readGroups(field)
        }
        if let field = fields["profiles"] {
            identity.profiles = readProfiles(field)
        }
        if let field = fields["access"] {
            identity.access = readAccess(field)
        }
        if let field = fields["local-users"] {
            identity.localUsers = readLocalUsers(field)
        }
        return identity
    }

    mutating func readGroups(_ pair: YAMLNode.Pair) -> [Group] {
        record("identity.groups", pair.key)
        guard let entries = entries(of: pair.value, at: "identity.groups") else {
            unreadable.insert(.group)
            return []
        }
        var groups: [Group] = []
        for entry in entries {
            let path = "identity.groups.\(entry.name)"
            declare(.group, entry.name)
            record(path, entry.key)
            checkName(entry, noun: "group")
            guard let members = strings(entry.value, at: path) else { continue }
            for member in members {
                refer(to: .person, member.text, at: "\(path)[\(member.index)]", node: member.node)
            }
            groups.append(Group(name: entry.name, members: members.map(\.text)))
        }
        return groups
    }

    mutating func readProfiles(_ pair: YAMLNode.Pair) -> [PermissionProfile] {
        record("identity.profiles", pair.key)
        guard let entries = entries(of: pair.value, at: "identity.profiles") else {
            unreadable.insert(.profile)
            return []
        }
        var profiles: [PermissionProfile] = []
        for entry in entries {
            let path = "identity.profiles.\(entry.name)"
            declare(.profile, entry.name)
            record(path, entry.key)
            checkName(entry, noun: "profile", maxLength: 32)
            guard let fields = fields(of: entry.value, at: path, allowed: Self.profileKeys) else { continue }
            for (key, field) in fields { record("\(path).\(key)", field.value) }
            var profile = PermissionProfile(name: entry.name)
            if let field = fields["policies"], let policies = strings(field.value, at: "\(path).policies") {
                profile.policies = policies.map(\.text)
            }
            if let field = fields["session"], let seconds = session(field.value, at: "\(path).session") {
                profile.sessionSeconds = seconds
            }
            if let field = fields["data-access"],
                let access: DataAccess = choice(field.value, at: "\(path).data-access", noun: "data access")
            {
                profile.dataAccess = access
            }
            profiles.append(profile)
        }
        return profiles
    }

    /// A session length within what AWS allows for a permission set.
    mutating func session(_ node: YAMLNode, at path: String) -> Int? {
        guard let text = token(node, at: path) else { return nil }
        guard let seconds = SessionDuration.seconds(parsing: text) else {
            fail(
                "\(path) '\(text)' is not a duration; write hours and minutes such as 1h, 30m, 1h30m or PT1H",
                at: node.location)
            return nil
        }
        let range = SessionDuration.allowedSeconds
        if seconds < range.lowerBound {
            fail(
                "\(path) '\(text)' is shorter than 1h, the shortest session AWS allows for a permission set",
                at: node.location)
            return nil
        }
        if seconds > range.upperBound {
            fail(
                "\(path) '\(text)' is longer than 12h, the longest session AWS allows for a permission set",
                at: node.location)
            return nil
        }
        return seconds
    }

    mutating func readAccess(_ pair: YAMLNode.Pair) -> [AccessGrant] {
        record("identity.access", pair.key)
        guard let items = list(pair.value, at: "identity.access") else { return [] }
        var grants: [AccessGrant] = []
        for (index, item) in items.enumerated() {
            let path = "identity.access[\(index)]"
            record(path, item)
            guard let fields = fields(of: item, at: path, allowed: Self.grantKeys) else { continue }
            for (key, field) in fields { record("\(path).\(key)", field.value) }

            let group = fields["group"].flatMap { string($0.value, at: "\(path).group") }
            let person = fields["person"].flatMap { string($0.value, at: "\(path).person") }
            if let group, let field = fields["group"] {
                refer(to: .group, group, at: "\(path).group", node: field.value)
            }
            if let person, let field = fields["person"] {
                refer(to: .person, person, at: "\(path).person", node: field.value)
            }
            if fields["group"] != nil, let field = fields["person"] {
                fail("\(path) names both a group and a person; grant to one of them per entry", at: field.key.location)
            } else if fields["group"] == nil, fields["person"] == nil {
                fail("\(path) grants to nobody; add 'group' (or 'person')", at: item.location)
            }

            var profile: String?
            if let field = fields["profile"] {
                profile = string(field.value, at: "\(path).profile")
                if let profile { refer(to: .profile, profile, at: "\(path).profile", node: field.value) }
            } else {
                missing("profile", in: path, at: item.location)
            }

            var accounts: [String] = []
            if let field = fields["accounts"], let names = strings(field.value, at: "\(path).accounts") {
                for name in names {
                    refer(to: .account, name.text, at: "\(path).accounts[\(name.index)]", node: name.node)
                }
                accounts = names.map(\.text)
            }
            var units: [String] = []
            if let field = fields["units"], let paths = strings(field.value, at: "\(path).units") {
                for unit in paths { refer(to: .unit, unit.text, at: "\(path).units[\(unit.index)]", node: unit.node) }
                units = paths.map(\.text)
            }
            if accounts.isEmpty, units.isEmpty, fields["accounts"]?.value.sequence?.isEmpty != false,
                fields["units"]?.value.sequence?.isEmpty != false
            {
                fail("\(path) grants on nothing; add 'accounts' or 'units'", at: item.location)
            }
            if let profile, group != nil || person != nil {
                grants.append(
                    AccessGrant(group: group, person: person, profile: profile, accounts: accounts, units: units))
            }
        }
        return grants
    }

    mutating func readLocalUsers(_ pair: YAMLNode.Pair) -> [LocalUser] {
        record("identity.local-users", pair.key)
        guard let entries = entries(of: pair.value, at: "identity.local-users") else { return [] }
        var users: [LocalUser] = []
        for entry in entries {
            let path = "identity.local-users.\(entry.name)"
            record(path, entry.key)
            checkName(entry, noun: "local user")
            guard let fields = fields(of: entry.value, at: path, allowed: Self.localUserKeys) else { continue }
            for (key, field) in fields { record("\(path).\(key)", field.value) }
            var user = LocalUser(name: entry.name, account: "")
            if let field = fields["console"], let value = bool(field.value, at: "\(path).console") {
                user.console = value
            }
            if let field = fields["access-keys"], let value = bool(field.value, at: "\(path).access-keys") {
                user.accessKeys = value
            }
            guard let accountField = fields["account"] else {
                missing("account", in: path, at: entry.key.location)
                continue
            }
            guard let account = string(accountField.value, at: "\(path).account") else { continue }
            refer(to: .account, account, at: "\(path).account", node: accountField.value)
            user.account = account
            users.append(user)
        }
        return users
    }
}
