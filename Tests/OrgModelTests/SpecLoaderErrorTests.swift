import Foundation
import OrgModel
import Support
import Testing

@Suite("Spec loader errors")
struct SpecLoaderErrorTests {
    private func errors(_ yaml: String) -> [String] { SpecFixtures.errors(yaml) }

    /// `minimal` with `old` replaced by `new`; fails the test if `old` is not there.
    private func minimal(replacing old: String, with new: String) -> String {
        #expect(SpecFixtures.minimal.contains(old), "fixture no longer contains \(old)")
        return SpecFixtures.minimal.replacingOccurrences(of: old, with: new)
    }

    @Test func malformedYAMLIsReportedAtTheProblemMark() {
        let result = errors("version: 1\norganization: { name: acme\n")
        #expect(result.count == 1)
        #expect(result.first?.hasPrefix("spec.yaml:3:1: error: invalid YAML: did not find expected ',' or '}'") == true)
    }

    @Test func duplicateKeysReportBothPositions() {
        let result = errors(
            minimal(
                replacing: "  alice: { email: alice@acme.example }",
                with: "  alice: { email: alice@acme.example }\n  alice: { email: a2@acme.example }"))
        #expect(
            result == [
                "spec.yaml:13:3: error: duplicate key 'alice'; it is already defined at 12:3, so keep one of the two"
            ])
    }

    @Test func emptySpec() {
        #expect(
            errors("# nothing yet\n") == [
                "spec.yaml:1:1: error: the spec is empty; write a starter one with 'groundwork init'"
            ])
    }

    @Test func topLevelMustBeAMapping() {
        #expect(
            errors("- a\n- b\n") == ["spec.yaml:1:1: error: the spec must be a mapping of keys to values, found a list"]
        )
    }

    @Test func unknownKeysSuggestTheClosestOne() {
        #expect(
            errors(minimal(replacing: "prod: { email:", with: "prod: { emial:")) == [
                "spec.yaml:10:11: error: unknown key 'emial' in accounts.prod; did you mean 'email'?"
            ])
        #expect(
            errors(minimal(replacing: "prod: { email: prod@acme.example, ", with: "prod: { ")) == [
                "spec.yaml:10:3: error: missing required key 'email' in accounts.prod"
            ])
        #expect(
            errors(minimal(replacing: "units:", with: "unit:")) == [
                "spec.yaml:5:1: error: unknown key 'unit' at the top level; did you mean 'units'?",
                "spec.yaml:10:43: error: accounts.prod.unit 'Workloads/Production' is not a declared unit; declare it under units",
            ])
        #expect(
            errors(minimal(replacing: "  mfa: required", with: "  mfa: required\n  colour: blue")) == [
                "spec.yaml:16:3: error: unknown key 'colour' in identity; expected one of provider, mfa, groups, profiles, access, local-users"
            ])
    }

    @Test func unitsTakeNoKeys() {
        #expect(
            errors(minimal(replacing: "Security: {}", with: "Security: { owner: me }")) == [
                "spec.yaml:6:15: error: unknown key 'owner' in units.Security; it takes no keys, so write {}"
            ])
    }

    @Test func wrongTypesSayWhatWasFound() {
        #expect(
            errors(minimal(replacing: "stage: production }", with: "stage: production, user-data: \"true\" }")) == [
                "spec.yaml:10:95: error: accounts.prod.user-data must be true or false, found the text 'true'; remove the quotes"
            ])
        #expect(
            errors(minimal(replacing: "admins: [alice]", with: "admins: alice")) == [
                "spec.yaml:17:13: error: identity.groups.admins must be a list, found the text 'alice'; write [a, b] or one '- item' per line"
            ])
        #expect(
            errors(minimal(replacing: "name: acme", with: "name: 42")) == [
                "spec.yaml:3:9: error: organization.name must be text, found the number 42; quote it if you mean the text"
            ])
        #expect(
            errors(minimal(replacing: "accounts:\n", with: "accounts: [prod]\nx:\n")).first?.contains(
                "accounts must be a mapping of names to entries, found a list") == true)
    }

    @Test func versionMustBeOne() {
        #expect(
            errors(minimal(replacing: "version: 1", with: "version: 2")) == [
                "spec.yaml:1:10: error: version must be 1, found the number 2; this release reads version 1 specs"
            ])
        #expect(
            errors(minimal(replacing: "version: 1", with: "version: \"1\"")) == [
                "spec.yaml:1:10: error: version must be 1, found the text '1'; this release reads version 1 specs"
            ])
        #expect(
            errors(minimal(replacing: "version: 1\n", with: "")) == [
                "spec.yaml:1:1: error: missing required key 'version' at the top level; add 'version: 1'"
            ])
    }

    @Test func unknownEnumValuesListTheValidOnes() {
        #expect(
            errors(minimal(replacing: "stage: production", with: "stage: prodution")) == [
                "spec.yaml:10:72: error: accounts.prod.stage 'prodution' is not a valid stage; did you mean 'production'? (expected one of production, staging, development, testing, sandbox)"
            ])
        #expect(
            errors(minimal(replacing: "mfa: required", with: "mfa: always")) == [
                "spec.yaml:15:8: error: identity.mfa 'always' is not a valid MFA policy; expected one of required, optional, disabled"
            ])
        #expect(
            errors(
                minimal(
                    replacing: "home-region: eu-central-1",
                    with: "home-region: eu-central-1\n  frameworks: [soc2, hipa]")) == [
                    "spec.yaml:5:22: error: organization.frameworks[1] 'hipa' is not a valid framework; did you mean 'hipaa'? (expected one of soc2, iso27001, hipaa, pci-dss, nist-800-53, gdpr)"
                ])
    }

    @Test func abbreviationsSuggestTheFullValue() {
        #expect(
            errors(minimal(replacing: "stage: production", with: "stage: prod")) == [
                "spec.yaml:10:72: error: accounts.prod.stage 'prod' is not a valid stage; did you mean 'production'? "
                    + "(expected one of production, staging, development, testing, sandbox)"
            ]
        )
    }

    @Test func badDurations() {
        #expect(
            errors(minimal(replacing: "[AdministratorAccess] }", with: "[AdministratorAccess], session: 30m }")) == [
                "spec.yaml:19:56: error: identity.profiles.admin.session '30m' is shorter than 1h, the shortest session AWS allows for a permission set"
            ])
        #expect(
            errors(minimal(replacing: "[AdministratorAccess] }", with: "[AdministratorAccess], session: 13h }")) == [
                "spec.yaml:19:56: error: identity.profiles.admin.session '13h' is longer than 12h, the longest session AWS allows for a permission set"
            ])
        #expect(
            errors(minimal(replacing: "[AdministratorAccess] }", with: "[AdministratorAccess], session: 1 hour }")) == [
                "spec.yaml:19:56: error: identity.profiles.admin.session '1 hour' is not a duration; write hours and minutes such as 1h, 30m, 1h30m or PT1H"
            ])
    }

    @Test func badRetention() {
        let base = SpecFixtures.minimal + "\naudit-log:\n  retention: "
        #expect(
            errors(base + "18m\n") == [
                "spec.yaml:23:14: error: audit-log.retention '18m' is ambiguous; write months as 18mo (or days as 18d)"
            ])
        #expect(
            errors(base + "forever\n") == [
                "spec.yaml:23:14: error: audit-log.retention 'forever' is not a period; write days, months or years such as 400d, 18mo or 7y"
            ])
        #expect(errors(base + "0d\n") == ["spec.yaml:23:14: error: audit-log.retention '0d' must be longer than zero"])
        #expect(
            errors(base + "101y\n") == [
                "spec.yaml:23:14: error: audit-log.retention '101y' is longer than 100y, the longest S3 Object Lock allows"
            ])
    }

    @Test func undefinedReferences() {
        #expect(
            errors(minimal(replacing: "unit: Workloads/Production", with: "unit: Workloads/Prod")) == [
                "spec.yaml:10:43: error: accounts.prod.unit 'Workloads/Prod' is not a declared unit; did you mean 'Workloads/Production'?"
            ])
        #expect(
            errors(minimal(replacing: "admins: [alice]", with: "admins: [alcie]")) == [
                "spec.yaml:17:14: error: identity.groups.admins[0] 'alcie' is not a declared person; did you mean 'alice'?"
            ])
        #expect(
            errors(
                minimal(
                    replacing: "{ group: admins, profile: admin, accounts: [prod] }",
                    with: "{ group: admin, profile: admn, accounts: [prod, dev] }")) == [
                    "spec.yaml:21:16: error: identity.access[0].group 'admin' is not a declared group; did you mean 'admins'?",
                    "spec.yaml:21:32: error: identity.access[0].profile 'admn' is not a declared profile; did you mean 'admin'?",
                    "spec.yaml:21:55: error: identity.access[0].accounts[1] 'dev' is not a declared account; declare it under accounts",
                ])
        #expect(
            errors(SpecFixtures.minimal + "\naudit-log: { archive: logs, readers: [security] }\n") == [
                "spec.yaml:22:23: error: audit-log.archive 'logs' is not a declared account; declare it under accounts",
                "spec.yaml:22:39: error: audit-log.readers[0] 'security' is not a declared group; declare it under identity.groups",
            ])
    }

    @Test func impliedParentUnitsCanBeReferenced() throws {
        let org = try SpecLoader.load(
            yaml: minimal(replacing: "accounts: [prod] }", with: "units: [Workloads] }"), file: "spec.yaml"
        )
        #expect(org.identity.access.first?.units == ["Workloads"])
    }

    @Test func grantsNeedExactlyOneGranteeAProfileAndATarget() {
        #expect(
            errors(
                minimal(
                    replacing: "{ group: admins, profile: admin, accounts: [prod] }",
                    with: "{ group: admins, person: alice, profile: admin, accounts: [prod] }")) == [
                    "spec.yaml:21:24: error: identity.access[0] names both a group and a person; grant to one of them per entry"
                ])
        #expect(
            errors(minimal(replacing: "{ group: admins, profile: admin, accounts: [prod] }", with: "{ accounts: [] }"))
                == [
                    "spec.yaml:21:7: error: identity.access[0] grants to nobody; add 'group' (or 'person')",
                    "spec.yaml:21:7: error: missing required key 'profile' in identity.access[0]",
                    "spec.yaml:21:7: error: identity.access[0] grants on nothing; add 'accounts' or 'units'",
                ])
    }

    @Test func accountsNeedTheirOwnEmailAndOneManagementAccount() {
        #expect(
            errors(
                minimal(
                    replacing: "prod: { email: prod@acme.example,",
                    with: "prod: { email: AWS@acme.example, role: management,")) == [
                    "spec.yaml:10:18: error: accounts.prod.email 'AWS@acme.example' is already used by accounts.management; every account needs its own address",
                    "spec.yaml:10:42: error: accounts.prod.role says management, but accounts.management already is the management account; an organization has exactly one",
                ])
        #expect(
            errors(minimal(replacing: "email: prod@acme.example", with: "email: prod-at-acme")) == [
                "spec.yaml:10:18: error: accounts.prod.email 'prod-at-acme' is not an email address"
            ])
    }

    @Test func regionsAreCheckedAndIncludeTheHomeRegion() {
        #expect(
            errors(
                minimal(
                    replacing: "home-region: eu-central-1",
                    with: "home-region: eu-central-1\n  regions: [eu-west-1, Frankfurt]")) == [
                    "spec.yaml:5:24: error: organization.regions[1] 'Frankfurt' is not a region name; write it as AWS does, such as eu-central-1"
                ])
        #expect(
            errors(
                minimal(
                    replacing: "home-region: eu-central-1", with: "home-region: eu-central-1\n  regions: [eu-west-1]"))
                == [
                    "spec.yaml:4:16: error: organization.home-region 'eu-central-1' is not among organization.regions; add it there, since restrict-regions would deny it"
                ])
    }

    @Test func listsRejectRepeats() {
        #expect(
            errors(SpecFixtures.minimal + "\nguardrails: [deny-root-user, deny-root-user]\n") == [
                "spec.yaml:22:30: error: guardrails[1] 'deny-root-user' is listed twice (first at 22:14); remove one"
            ])
    }

    @Test func auditLogSources() {
        let base = SpecFixtures.minimal + "\naudit-log:\n  sources: "
        #expect(
            errors(base + "[cloudtrail, github, { gitlab: acme }, identity-center]\n") == [
                "spec.yaml:23:13: error: audit-log.sources[0] 'cloudtrail' is not a known source; expected one of aws-cloudtrail, identity-center, { github: … }, { okta: … }",
                "spec.yaml:23:25: error: audit-log.sources[1] 'github' needs to say which one; write { github: your-org }",
                "spec.yaml:23:35: error: unknown key 'gitlab' in audit-log.sources[2]; did you mean 'github'?",
            ])
    }

    @Test func hostileInputIsRefused() {
        let deep = "version: 1\nx: " + String(repeating: "[", count: 100) + String(repeating: "]", count: 100) + "\n"
        #expect(errors(deep) == ["spec.yaml:2:67: error: nesting deeper than 64 levels is refused"])
        #expect(
            errors("version: 1\n---\nversion: 1\n").first?.hasPrefix(
                "spec.yaml:2:1: error: a second YAML document starts here") == true)
    }

    @Test func oneBrokenSectionDoesNotCascadeIntoUndefinedReferences() {
        // `groups` is a list instead of a mapping: one error, not one more per grant and reader.
        let yaml =
            minimal(replacing: "    admins: [alice]", with: "    - admins") + "\naudit-log: { readers: [admins] }\n"
        #expect(
            errors(yaml) == [
                "spec.yaml:17:5: error: identity.groups must be a mapping of names to entries, found a list"
            ])
    }

    @Test func aFaultyEntryStillDeclaresItsName() {
        // `prod` lacks its email, but grants that name it are not also reported as undefined.
        #expect(
            errors(minimal(replacing: "prod: { email: prod@acme.example, ", with: "prod: { ")) == [
                "spec.yaml:10:3: error: missing required key 'email' in accounts.prod"
            ])
    }

    @Test func emptyValuesAndNonTextKeys() {
        #expect(
            errors(minimal(replacing: "name: acme", with: "name:")) == [
                "spec.yaml:3:8: error: organization.name is empty; give it a value"
            ])
        #expect(
            errors(minimal(replacing: "  home-region: eu-central-1", with: "  home-region: eu-central-1\n  [a]: b"))
                == [
                    "spec.yaml:5:3: error: keys in organization must be text, found a list"
                ])
    }

    @Test func localUsersNeedADeclaredAccount() {
        let yaml = SpecFixtures.minimal + "\n  local-users:\n    ci: { console: yes }\n    bot: { account: staging }\n"
        #expect(
            errors(yaml) == [
                "spec.yaml:23:5: error: missing required key 'account' in identity.local-users.ci",
                "spec.yaml:23:20: error: identity.local-users.ci.console must be true or false, found the text 'yes'",
                "spec.yaml:24:21: error: identity.local-users.bot.account 'staging' is not a declared account; declare it under accounts",
            ])
    }

    @Test func everyMistakeInOneRun() throws {
        let path = SpecFixtures.fixture("four-mistakes.yaml")
        do {
            _ = try SpecLoader.load(contentsOf: path)
            Issue.record("expected the fixture to fail")
        } catch {
            #expect(
                error.diagnostics.map { $0.description.replacingOccurrences(of: path, with: "four-mistakes.yaml") } == [
                    "four-mistakes.yaml:6:17: error: unknown key 'emial' in accounts.management; did you mean 'email'?",
                    "four-mistakes.yaml:9:11: error: accounts.prod.unit 'Workload' is not a declared unit; did you mean 'Workloads'?",
                    "four-mistakes.yaml:15:56: error: identity.profiles.admin.session '90' is not a duration; write hours and minutes such as 1h, 30m, 1h30m or PT1H",
                    "four-mistakes.yaml:18:14: error: audit-log.retention '7 years' is not a period; write days, months or years such as 400d, 18mo or 7y",
                ])
        }
    }
}
