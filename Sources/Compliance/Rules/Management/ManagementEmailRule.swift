import OrgModel

/// The management account's email is a role alias the company owns (`aws-management@`), not a
/// person's address.
///
/// The heuristic, in order; the first that matches decides:
/// 1. the address equals a declared person's email (case-insensitively, ignoring `+tags`);
/// 2. the local part is a declared person's key, or is built from their display name
///    (`alice`, `alice.doe`, `alice_doe`, `alicedoe`, `adoe`, `doe`);
/// 3. the domain is a personal mailbox provider (gmail.com, outlook.com, …);
/// 4. the local part looks like `given.family` or `given_family` (two alphabetic words) and
///    neither word is a role word (aws, admin, billing, management, security, …).
/// Anything else is taken as a role alias. It will miss a person's address that looks like a
/// single word nobody declared; it will not flag `aws-management@` or `cloud.admin@`.
public struct ManagementEmailRule: Rule {
    public init() {}

    public let metadata = RuleMetadata(
        id: "management.email-alias",
        requirement: .management,
        severity: .medium,
        title: "The management account's email is a role alias",
        rationale: """
            The management account's email recovers its root user, the key to the whole \
            organization. A person's address leaves with the person and is hard to change later; \
            a role alias the company controls is not.
            """,
        remediation:
            "use a company-owned role alias such as 'aws-management@<your-domain>' that forwards to several people"
    )

    static let personalDomains: Set<String> = [
        "gmail.com", "googlemail.com", "outlook.com", "hotmail.com", "live.com", "msn.com", "yahoo.com",
        "icloud.com", "me.com", "mac.com", "aol.com", "proton.me", "protonmail.com", "gmx.com", "gmx.de",
        "gmx.net", "web.de", "mail.com", "yandex.com", "fastmail.com", "hey.com", "zoho.com",
    ]

    static let roleWords: Set<String> = [
        "aws", "gcp", "azure", "cloud", "admin", "admins", "administrator", "root", "management", "mgmt",
        "billing", "finance", "accounts", "account", "accounting", "security", "sec", "infra",
        "infrastructure", "platform", "ops", "devops", "sre", "it", "team", "org", "organization", "master",
        "payer", "owner", "owners", "prod", "production", "dev", "staging", "audit", "logs", "log",
        "archive", "support", "hello", "info", "contact", "noreply", "no-reply", "alerts", "engineering",
    ]

    public func evaluate(_ context: RuleContext) -> [Finding] {
        context.organization.accounts(withRole: .management).compactMap { account in
            guard let reason = Self.personalReason(account.email, people: context.organization.people) else {
                return nil
            }
            return context.finding(
                metadata,
                resource: SpecPath.account(account.key),
                at: SpecPath.account(account.key, "email"),
                message:
                    "management account '\(account.key)' uses '\(account.email)', which \(reason), not a role alias"
            )
        }
    }

    /// Why an address looks like a person's, or nil when it looks like a role alias.
    static func personalReason(_ email: String, people: [Person]) -> String? {
        let lowered = email.lowercased()
        guard let at = lowered.lastIndex(of: "@") else { return nil }
        let local = String(lowered[..<at].split(separator: "+", maxSplits: 1).first ?? "")
        let domain = String(lowered[lowered.index(after: at)...])

        // 1. A declared person's address.
        for person in people {
            let theirs = person.email.lowercased()
            guard let theirAt = theirs.lastIndex(of: "@") else { continue }
            let theirLocal = String(theirs[..<theirAt].split(separator: "+", maxSplits: 1).first ?? "")
            if theirLocal == local, theirs[theirs.index(after: theirAt)...] == domain {
                return "is the address of person '\(person.key)'"
            }
        }
        // 2. A declared person's name.
        for person in people where nameForms(of: person).contains(local) {
            return "is built from the name of person '\(person.key)'"
        }
        // 3. A personal mailbox provider.
        if personalDomains.contains(domain) {
            return "is a personal mailbox at '\(domain)'"
        }
        // 4. Shaped like given.family.
        let words = local.split(whereSeparator: { $0 == "." || $0 == "_" }).map(String.init)
        if words.count == 2, words.allSatisfy({ $0.count >= 2 && $0.allSatisfy(\.isLetter) }),
            !words.contains(where: roleWords.contains)
        {
            return "looks like a person's name"
        }
        return nil
    }

    private static func nameForms(of person: Person) -> Set<String> {
        var forms: Set<String> = [person.key.lowercased()]
        let words = (person.displayName ?? "").lowercased().split(whereSeparator: { $0 == " " || $0 == "-" }).map(
            String.init)
        guard let given = words.first else { return forms }
        forms.insert(given)
        if words.count > 1, let family = words.last {
            forms.formUnion([
                family, "\(given).\(family)", "\(given)_\(family)", "\(given)\(family)", "\(given.prefix(1))\(family)",
            ])
        }
        return forms.filter { !roleWords.contains($0) }
    }
}
