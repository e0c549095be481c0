import Compliance
import Foundation
import OrgModel
import Testing

@Suite struct AuditModelTests {
    @Test func worstStatusOrdersFailAboveErrorAboveManualAbovePass() {
        #expect([CheckStatus.pass, .manual, .error].max() == .error)
        #expect(CheckStatus.allCases.max() == .fail)
        #expect([CheckStatus.pass, .manual].max() == .manual)
        #expect(CheckStatus.allCases.map(\.rawValue) == ["PASS", "FAIL", "MANUAL", "ERROR"])
    }

    @Test func aPermissionErrorIsAnErrorNamingTheCallAndThePermission() {
        let result = AuditCheck.trailLogging.error(
            resource: "arn:aws:cloudtrail:eu-central-1:111111111111:trail/org", operation: "cloudtrail:GetTrailStatus",
            reason: "AccessDeniedException: not authorized")
        #expect(result.status == .error)
        #expect(result.message.contains("'cloudtrail:GetTrailStatus' failed: AccessDeniedException"))
        #expect(result.remediation.contains("allow 'cloudtrail:GetTrailStatus'"))
        #expect(result.severity == .critical)
        #expect(!result.controls.isEmpty)
    }

    @Test func resultsCarryTheClausesOfTheSelectedFrameworksOnly() {
        let all = AuditCheck.archiveObjectLock.result(.fail, resource: "bucket", message: "m")
        #expect(all.controls.contains("PCI DSS 10.5.1") && all.controls.contains("HIPAA 164.312(c)(1)"))
        let pci = AuditCheck.archiveObjectLock.result(.fail, resource: "bucket", message: "m", frameworks: [.pciDSS])
        #expect(pci.controls == ["PCI DSS 10.3.2", "PCI DSS 10.5.1"])
        #expect(pci.remediation == AuditCheck.archiveObjectLock.remediation)
    }

    @Test func aManualCheckSaysWhatEvidenceToAttachAndHowToAttest() {
        let result = AuditCheck.identityCenterMFA.manual(resource: "identity-center")
        #expect(result.status == .manual)
        #expect(result.message.contains("Settings > Authentication"))
        #expect(result.remediation.hasSuffix("'--attest mfa=FILE'"))
    }

    @Test func ruleAuditReportsAFailPerFindingAndAPassPerCleanRule() throws {
        let snapshot = Acme.with { organization in
            organization.updateAccount("dev") { $0.unit = "Workloads/Production" }
            organization.guardrails.removeAll { $0 == .protectAuditLog }
        }
        let results = RuleAudit().results(on: snapshot, evidence: ["organizations.ListAccounts.1.us-east-1.json"])
        let failures = results.filter { $0.status == .fail }
        #expect(Set(failures.map(\.checkID)).isSuperset(of: ["isolation.shared-unit", "audit-log.protect-guardrail"]))
        let shared = try #require(failures.first { $0.checkID == "isolation.shared-unit" })
        #expect(shared.scope == .account("dev"))
        #expect(shared.evidence == ["organizations.ListAccounts.1.us-east-1.json"])
        let passes = results.filter { $0.status == .pass }.map(\.checkID)
        #expect(passes.contains("sso.mfa-required"))
        #expect(!passes.contains("isolation.shared-unit"))
        #expect(Set(results.map(\.checkID)) == Set([any Rule].all.map(\.metadata.id)))
    }

    @Test(arguments: [
        ("accounts.prod", AuditScope.account("prod")), ("accounts.prod.unit", .account("prod")),
        ("units.Workloads/Production", .unit("Workloads/Production")), ("identity.access[2]", .organization),
        ("accounts", .organization),
    ])
    func scopesRuleResourcesToTreeNodes(resource: String, scope: AuditScope) {
        #expect(RuleAudit.scope(ofResource: resource) == scope)
    }

    @Test func evidenceIDsAreSafeFileNames() {
        let id = EvidenceItem.id(
            service: "iam", operation: "ListUsers", account: "111111111111", region: "us-east-1", part: "page/2")
        #expect(id == "iam.ListUsers.111111111111.us-east-1.page_2.json")
        #expect(EvidenceItem.isValidID(id))
        #expect(!EvidenceItem.isValidID("../manifest.json"))
        #expect(!EvidenceItem.isValidID(".hidden"))
        #expect(!EvidenceItem.isValidID(""))
        #expect(!EvidenceItem.isValidID("a b"))
    }
}

@Suite struct AuditAttestationTests {
    let attestation = Attestation(
        key: "mfa", fileName: "mfa.png", sha256: String(repeating: "ab", count: 32), byteCount: 10)

    @Test func turnsAManualResultIntoAnAttestedPass() {
        let manual = AuditCheck.identityCenterMFA.manual(resource: "identity-center")
        let results = try? [manual].applying([attestation], checks: AuditCheck.liveOnly)
        let result = results?.first
        #expect(result?.status == .pass)
        #expect(result?.attestation == attestation)
        #expect(result?.evidence == ["attestation-mfa"])
        #expect(result?.message.contains(attestation.sha256) == true)
        #expect(AuditSummary(results ?? []).attested == 1)
    }

    @Test(arguments: [CheckStatus.fail, .error, .pass])
    func neverChangesAnythingButManual(status: CheckStatus) {
        let result = AuditCheck.identityCenterMFA.result(status, resource: "identity-center", message: "m")
        #expect(result.attested(by: attestation) == result)
    }

    @Test func leavesOtherChecksAlone() throws {
        let other = AuditCheck.rootMFA.manual(resource: "root")
        let results = try [other].applying([attestation], checks: AuditCheck.liveOnly)
        #expect(results == [other])
    }

    @Test func refusesAKeyNoCheckAccepts() {
        let mistyped = Attestation(key: "mfe", fileName: "x", sha256: "00", byteCount: 1)
        #expect(throws: AttestationError.self) {
            try [AuditResult]().applying([mistyped], checks: AuditCheck.liveOnly)
        }
        do {
            _ = try [AuditResult]().applying([mistyped], checks: AuditCheck.liveOnly)
        } catch {
            #expect(error.message == "no check accepts attestation 'mfe'; use one of 'mfa'")
        }
    }
}

@Suite struct AuditCatalogueTests {
    let catalogue = FrameworkCatalogue.audit

    @Test(arguments: AuditCheck.liveOnly.map(\.id))
    func everyLiveCheckMapsToExistingControlsOfEachFrameworkItClaims(id: String) throws {
        let mapping = try #require(catalogue.mapping(for: id), "check \(id) has no entry in audit-checks.json")
        for control in mapping.controls {
            let found = try #require(catalogue.control(control), "\(id) cites '\(control)', which is not defined")
            #expect(mapping.frameworks.contains(found.framework))
        }
        for framework in mapping.frameworks {
            #expect(mapping.controls.contains { catalogue.control($0)?.framework == framework })
        }
    }

    @Test func keepsTheRuleMappingsAndAddsOnlyKnownChecks() {
        #expect(
            catalogue.mapping(for: "audit-log.retention")
                == FrameworkCatalogue.bundled.mapping(for: "audit-log.retention"))
        let known = Set(AuditCheck.all().map(\.id))
        for mapping in catalogue.mappings { #expect(known.contains(mapping.rule), "unknown check \(mapping.rule)") }
        let ids = AuditCheck.all().map(\.id)
        #expect(Set(ids).count == ids.count, "a check id is used twice")
    }

    @Test func onlyTheMFACheckIsManualAndAttestable() {
        #expect(AuditCheck.liveOnly.filter { $0.manualEvidence != nil }.map(\.id) == ["sso.identity-center-mfa"])
        #expect(AuditCheck.liveOnly.compactMap(\.attestationKey) == ["mfa"])
    }
}

@Suite struct AuditReportTests {
    static let time = Date(timeIntervalSince1970: 1_800_000_000)

    static func report(results: [AuditResult]) -> AuditReport {
        AuditReport(
            snapshot: Acme.organization, managementAccount: "management (111111111111)",
            caller: CallerIdentity(
                account: "111111111111", principal: "arn:aws:sts::111111111111:assumed-role/Auditor/a"),
            toolVersion: "0.1.0", time: time, checks: AuditCheck.all(), results: results, loggingDisablers: [])
    }

    @Test func coloursEachNodeByTheWorstStatusBeneathIt() throws {
        let results = [
            AuditCheck.shadowIAMUsers.result(.fail, resource: "iam-user/ci", scope: .account("prod"), message: "m"),
            AuditCheck.rootMFA.error(
                resource: "root", scope: .account("dev"), operation: "iam:GetAccountSummary", reason: "denied"),
            AuditCheck.identityCenterMFA.manual(resource: "identity-center", scope: .account("management")),
            AuditCheck.rootMFA.result(.pass, resource: "root", scope: .account("audit"), message: "m"),
            AuditCheck.productionUnit.result(.fail, resource: "x", scope: .account("ghost"), message: "m"),
        ]
        let tree = Self.report(results: results).tree
        let nodes = Dictionary(uniqueKeysWithValues: tree.root.allNodes.map { ($0.id, $0) })
        #expect(nodes["prod"]?.status == .fail)
        #expect(nodes["dev"]?.status == .error)
        #expect(nodes["management"]?.status == .manual)
        #expect(nodes["audit"]?.status == .pass)
        #expect(nodes["staging"]?.status == .pass)
        #expect(nodes["Workloads/Production"]?.status == .fail)
        #expect(nodes["Workloads/NonProduction"]?.status == .error)
        #expect(nodes["Workloads"]?.status == .fail)
        #expect(nodes["Security"]?.status == .pass)
        #expect(tree.root.status == .fail)
        // A result about an account the snapshot lacks still colours the root.
        #expect(tree.root.counts[.fail] == 1)
        #expect(nodes["Workloads/Production"]?.name == "Production")
        #expect(nodes["log-archive"]?.detail == "log-archive")
        #expect(nodes["prod"]?.detail == "production")
        #expect(tree.root.children.first?.id == "management")
    }

    @Test func sortsWorstFirstAndCountsByStatus() {
        let results = [
            AuditCheck.rootMFA.result(.pass, resource: "a", message: "m"),
            AuditCheck.trailLogValidation.result(.fail, resource: "t", message: "m"),
            AuditCheck.identityCenterMFA.manual(resource: "i"),
            AuditCheck.trailLogging.result(.fail, resource: "t", message: "m"),
            AuditCheck.rootMFA.error(resource: "b", operation: "iam:X", reason: "denied"),
        ]
        let report = Self.report(results: results)
        #expect(report.results.map(\.status) == [.fail, .fail, .error, .manual, .pass])
        #expect(report.results.first?.checkID == "audit-log.trail-logging")
        #expect(report.summary.count(.fail) == 2 && report.summary.count(.pass) == 1)
        #expect(report.summary.count(.manual) == 1 && report.summary.count(.error) == 1)
        #expect(report.summary.failuresBySeverity[.critical] == 1)
        #expect(report.fails(atOrAbove: .critical))
        #expect(!Self.report(results: [results[1]]).fails(atOrAbove: .high))
        #expect(report.hasErrors)
        #expect(report.check("sso.identity-center-mfa")?.attestationKey == "mfa")
    }
}
