import Support
import YAML

extension SpecReader {
    static let topLevelKeys = [
        "version", "organization", "units", "accounts", "people", "identity", "guardrails", "audit-log",
    ]

    /// Reads a whole spec; nil when any problem was found (see ``diagnostics``).
    mutating func read(_ root: YAMLNode?) -> Organization? {
        guard let root else {
            fail(
                "the spec is empty; write a starter one with 'groundwork init'",
                at: SourceLocation(file: file, line: 1, column: 1))
            return nil
        }
        guard let top = fields(of: root, at: "", allowed: Self.topLevelKeys) else { return nil }

        if let version = top["version"] {
            record("version", version.key)
            if version.value.scalar?.int != 1 {
                fail(
                    "version must be 1, found \(version.value.kindDescription); this release reads version 1 specs",
                    at: version.value.location)
            }
        } else {
            fail("missing required key 'version' at the top level; add 'version: 1'", at: root.location)
        }

        var settings: OrganizationSettings?
        if let organization = top["organization"] {
            settings = readOrganization(organization)
        } else {
            missing("organization", in: "", at: root.location)
        }
        var units: [OrgUnit] = []
        if let pair = top["units"] { units = readUnits(pair) }
        var accounts: [Account] = []
        if let pair = top["accounts"] { accounts = readAccounts(pair) }
        var people: [Person] = []
        if let pair = top["people"] { people = readPeople(pair) }
        var identity = Identity()
        if let pair = top["identity"] { identity = readIdentity(pair) }
        var guardrails: [Guardrail] = []
        if let pair = top["guardrails"] { guardrails = readGuardrails(pair) }
        var auditLog = AuditLogPolicy()
        if let pair = top["audit-log"] { auditLog = readAuditLog(pair) }
        resolveReferences()

        guard diagnostics.isEmpty, let settings else { return nil }
        return Organization(
            settings: settings,
            units: units,
            accounts: accounts,
            people: people,
            identity: identity,
            guardrails: guardrails,
            auditLog: auditLog,
            sourceMap: sourceMap
        )
    }

    // MARK: - organization

    static let organizationKeys = ["name", "provider", "home-region", "regions", "frameworks"]

    mutating func readOrganization(_ pair: YAMLNode.Pair) -> OrganizationSettings? {
        record("organization", pair.key)
        guard let fields = fields(of: pair.value, at: "organization", allowed: Self.organizationKeys) else {
            return nil
        }
        for (key, field) in fields { record("organization.\(key)", field.value) }

        var name: String?
        if let field = fields["name"] {
            name = string(field.value, at: "organization.name")
        } else {
            missing("name", in: "organization", at: pair.key.location)
        }
        var provider: CloudProvider? = .aws
        if let field = fields["provider"] {
            provider = choice(field.value, at: "organization.provider", noun: "provider")
        }
        var homeRegion: String?
        if let field = fields["home-region"] {
            homeRegion = region(field.value, at: "organization.home-region")
        } else {
            missing("home-region", in: "organization", at: pair.key.location)
        }
        var regions: [String]?
        if let field = fields["regions"], let items = strings(field.value, at: "organization.regions") {
            var valid = true
            for item in items {
                if region(item.node, at: "organization.regions[\(item.index)]") == nil { valid = false }
            }
            if valid, let homeRegion, !items.contains(where: { $0.text == homeRegion }),
                let homeNode = fields["home-region"]?.value
            {
                fail(
                    "organization.home-region '\(homeRegion)' is not among organization.regions; add it there, since restrict-regions would deny it",
                    at: homeNode.location
                )
            }
            regions = items.map(\.text)
        }
        var frameworks: [Framework] = []
        if let field = fields["frameworks"], let items = strings(field.value, at: "organization.frameworks") {
            for item in items {
                if let framework: Framework = choice(
                    item.node, at: "organization.frameworks[\(item.index)]", noun: "framework")
                {
                    frameworks.append(framework)
                }
            }
        }
        guard let name, let provider, let homeRegion else { return nil }
        return OrganizationSettings(
            name: name, provider: provider, homeRegion: homeRegion, regions: regions ?? [homeRegion],
            frameworks: frameworks)
    }

    /// An AWS region name such as `eu-central-1` or `us-gov-west-1`.
    mutating func region(_ node: YAMLNode, at path: String) -> String? {
        guard let text = string(node, at: path) else { return nil }
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        let valid =
            parts.count >= 3
            && parts.dropLast().allSatisfy { !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isLowercase } }
            && parts.last.map { !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } } == true
        guard valid else {
            fail(
                "\(path) '\(text)' is not a region name; write it as AWS does, such as eu-central-1", at: node.location)
            return nil
        }
        return text
    }

    // MARK: - guardrails

    mutating func readGuardrails(_ pair: YAMLNode.Pair) -> [Guardrail] {
        record("guardrails", pair.key)
        guard let items = strings(pair.value, at: "guardrails") else { return [] }
        var result: [Guardrail] = []
        for item in items {
            record("guardrails[\(item.index)]", item.node)
            if let guardrail: Guardrail = choice(item.node, at: "guardrails[\(item.index)]", noun: "guardrail") {
                result.append(guardrail)
            }
        }
        return result
    }
}
