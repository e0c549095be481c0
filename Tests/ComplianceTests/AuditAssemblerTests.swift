import Compliance
import Foundation
import OrgModel
import Testing

@Suite struct AuditAssemblerTests {
    static func input(liveResults: [AuditResult] = [], attestations: [Attestation] = []) -> AuditAssembler.Input {
        AuditAssembler.Input(
            snapshot: Acme.organization,
            managementAccount: "management",
            caller: CallerIdentity(account: "111111111111", principal: "arn:aws:iam::111111111111:role/Auditor"),
            toolVersion: "0.1.0",
            time: Date(timeIntervalSince1970: 0),
            snapshotEvidence: ["organizations.ListAccounts.111111111111.us-east-1.json"],
            liveResults: liveResults,
            loggingControl: LoggingControl.input(from: Acme.organization),
            attestations: attestations
        )
    }

    @Test func addsTheManualMFACheckAndRunsEveryRuleOnTheSnapshot() throws {
        let live = [AuditCheck.trailLogging.result(.fail, resource: "trail", message: "trail 'org' is not logging")]
        let report = try AuditAssembler().report(Self.input(liveResults: live))
        let mfa = try #require(report.results.first { $0.checkID == "sso.identity-center-mfa" })
        #expect(mfa.status == .manual)
        #expect(mfa.scope == .account("management"))
        #expect(report.results.first?.checkID == "audit-log.trail-logging")
        #expect(report.summary.count(.fail) == 1)
        #expect(report.summary.count(.pass) == [any Rule].all.count)
        #expect(report.loggingDisablers.map(\.name) == ["root user"])
        #expect(report.checks.count == [any Rule].all.count + AuditCheck.liveOnly.count)
    }

    @Test func keepsTheProvidersOwnMFAResultAndAppliesAttestations() throws {
        let attestation = Attestation(key: "mfa", fileName: "mfa.pdf", sha256: "00", byteCount: 1)
        let report = try AuditAssembler().report(Self.input(attestations: [attestation]))
        let mfa = try #require(report.results.first { $0.checkID == "sso.identity-center-mfa" })
        #expect(mfa.status == .pass && mfa.attestation == attestation)

        let reported = AuditCheck.identityCenterMFA.error(
            resource: "identity-center", operation: "sso:ListInstances", reason: "AccessDenied")
        let errored = try AuditAssembler().report(Self.input(liveResults: [reported], attestations: [attestation]))
        #expect(errored.results.filter { $0.checkID == "sso.identity-center-mfa" }.map(\.status) == [.error])
    }
}
