/// The commented starter spec `groundwork init` writes.
///
/// It follows the blueprint the product is built on: a management account that hosts nothing,
/// a Security unit holding the log archive and the security tooling account, production and
/// non-production workloads in separate units, single sign-on with MFA, groups instead of
/// people in grants, a data-free observer profile on production, every guardrail, and an
/// immutable organization-wide audit log kept as long as the strictest chosen framework asks.
/// It loads cleanly and is meant to pass `groundwork check` with no findings.
public enum StarterSpec {
    /// Renders the starter spec.
    ///
    /// - Parameters:
    ///   - name: The organization's name; it also names the example email domain
    ///     (`aws-management@<name>.example`) and GitHub organization.
    ///   - frameworks: The frameworks to hold the organization to; they set the audit-log
    ///     retention (HIPAA: 6 years, otherwise 1 year) and, with GDPR, an EU home region.
    /// - Returns: YAML text ending in a newline.
    public static func render(name: String, frameworks: [Framework]) -> String {
        let label = dnsLabel(name)
        let domain = "\(label).example"
        let retention = frameworks.contains(.hipaa) ? "6y" : "1y"
        let retentionReason =
            if frameworks.contains(.hipaa) {
                "HIPAA: 6 years (45 CFR 164.316(b)(2)(i))"
            } else if frameworks.contains(.pciDSS) {
                "PCI DSS 10.5.1: 12 months, the last 3 at hand"
            } else {
                "12 months, Groundwork's floor for SOC 2 and ISO 27001"
            }
        let region = frameworks.contains(.gdpr) ? "eu-central-1" : "us-east-1"
        let frameworkList = frameworks.map(\.rawValue).joined(separator: ", ")

        return """
            # Organization spec for \(name), written by `groundwork init`.
            # Every field is documented in docs/spec.md. Check it with `groundwork check`.
            version: 1

            organization:
              name: \(scalar(name))
              provider: aws
              home-region: \(region)
              regions: [\(region)]                    # restrict-regions denies every other region
              # soc2, iso27001, hipaa, pci-dss, nist-800-53, gdpr
              frameworks: [\(frameworkList)]

            # Organizational units, by path; parents are implied (Workloads).
            # Production and non-production never share a unit.
            units:
              Security: {}
              Workloads/Production: {}
              Workloads/NonProduction: {}

            # Use role aliases (a shared mailbox), never a person's address: these outlive people.
            accounts:
              management:  { email: aws-management@\(domain), role: management }   # billing and the organization only; no workloads
              log-archive: { email: aws-log-archive@\(domain), unit: Security, role: log-archive }
              audit:       { email: aws-audit@\(domain), unit: Security, role: security-tooling }
              prod:        { email: aws-prod@\(domain), unit: Workloads/Production, stage: production, user-data: true }
              staging:     { email: aws-staging@\(domain), unit: Workloads/NonProduction, stage: staging }
              dev:         { email: aws-dev@\(domain), unit: Workloads/NonProduction, stage: development }

            # The people who sign in, by user name. Add them here, then to groups below:
            #   alice: { email: alice@\(domain), name: Alice Doe }
            people: {}

            identity:
              provider: aws-identity-center           # or okta, entra-id, google
              mfa: required
              groups:                                 # list people's keys, e.g. engineers: [alice]
                org-admins: []                        # the organization itself (management account)
                platform-admins: []                   # operate the workloads
                engineers: []                         # build the product
                security: []                          # read the audit log, run security tooling
              profiles:                               # permission sets
                admin:          { policies: [AdministratorAccess], session: 1h }
                developer:      { policies: [PowerUserAccess], session: 8h }
                observer:       { policies: [CloudWatchReadOnlyAccess], data-access: none, session: 4h }   # metrics and logs, no user data
                security-audit: { policies: [SecurityAudit], session: 4h }
              access:                                 # to groups only, never to a person
                - { group: org-admins,      profile: admin,          accounts: [management] }
                - { group: engineers,       profile: developer,      accounts: [dev, staging] }
                - { group: engineers,       profile: observer,       accounts: [prod] }
                - { group: platform-admins, profile: admin,          accounts: [prod, staging, dev] }
                - { group: security,        profile: security-audit, units: [Workloads] }
                - { group: security,        profile: admin,          accounts: [log-archive, audit] }

            guardrails:
              - protect-audit-log                     # nobody can stop or alter the trail or its archive
              - deny-leave-organization
              - deny-root-user
              - restrict-regions
              - deny-local-users                      # no IAM users or long-lived keys

            audit-log:
              archive: log-archive
              # \(retentionReason)
              retention: \(retention)
              immutable: true                         # S3 Object Lock, compliance mode
              readers: [security]
              sources:
                - aws-cloudtrail                      # organization trail: every account, every region
                - identity-center                     # sign-ins and permission changes
                \(padded("- { github: \(scalar(label)) }", to: 38))# your GitHub organization's audit log

            """
    }

    /// `text` followed by spaces up to `width` characters, and at least one.
    static func padded(_ text: String, to width: Int) -> String {
        text + String(repeating: " ", count: max(1, width - text.count))
    }

    /// `name` lower-cased with every run of other characters turned into one `-`.
    static func dnsLabel(_ name: String) -> String {
        var label = ""
        for character in name.lowercased() {
            if character.isASCII, character.isLetter || character.isNumber {
                label.append(character)
            } else if !label.isEmpty, label.last != "-" {
                label.append("-")
            }
        }
        while label.last == "-" { label.removeLast() }
        return label.isEmpty ? "example" : label
    }

    /// `text` as a YAML scalar: plain when that reads back as the same text, else double-quoted.
    static func scalar(_ text: String) -> String {
        let plainSafe =
            text.first.map { $0.isLetter } == true
            && text.allSatisfy { ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == " ") && !$0.isNewline }
            && !text.hasSuffix(" ")
            && !["true", "false", "null", "yes", "no", "on", "off", "y", "n"].contains(text.lowercased())
        if plainSafe { return text }
        var escaped = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": escaped += "\\\""
            case "\\": escaped += "\\\\"
            case "\n": escaped += "\\n"
            case "\t": escaped += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    escaped += "\\x" + String(scalar.value, radix: 16).leftPadded(to: 2)
                } else {
                    escaped.unicodeScalars.append(scalar)
                }
            }
        }
        return escaped + "\""
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
