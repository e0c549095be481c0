public import AWS
public import Compliance
public import Foundation
public import OrgModel
import Planner

/// Audits the live AWS organization: read-only, from the live APIs, never from Groundwork's own
/// state. Reads the snapshot (`LiveReader`) and the per-account facts (`AuditReader`) through an
/// `EvidenceRecorder`, judges them (`LiveAuditChecks`, and with a spec, drift), and assembles the
/// report (`AuditAssembler`), which also runs every `check` rule on the live snapshot.
public struct LiveAudit: Sendable {
    /// What came out: the report, and every API answer it rests on.
    public struct Outcome: Sendable {
        public var report: AuditReport
        public var evidence: [EvidenceItem]
        public var snapshot: AWSSnapshot
    }

    public var client: AWSClient
    /// With a spec: its intentions (stages, frameworks, retention) and drift as findings.
    public var spec: Organization?
    public var attestations: [Attestation]
    public var toolVersion: String
    public var parallelism: Int
    public var memberRoleName: String
    public var catalogue: FrameworkCatalogue
    /// Called with a line of progress ("reading 20 accounts"), for stderr.
    public var progress: @Sendable (String) -> Void

    public init(
        client: AWSClient, spec: Organization? = nil, attestations: [Attestation] = [], toolVersion: String,
        parallelism: Int = 8, memberRoleName: String = "OrganizationAccountAccessRole",
        catalogue: FrameworkCatalogue = .audit, progress: @escaping @Sendable (String) -> Void = { _ in }
    ) {
        self.client = client
        self.spec = spec
        self.attestations = attestations
        self.toolVersion = toolVersion
        self.parallelism = parallelism
        self.memberRoleName = memberRoleName
        self.catalogue = catalogue
        self.progress = progress
    }

    /// Runs the audit.
    ///
    /// - Parameter time: when the audit reads the organization (stamped on the report and evidence).
    /// - Throws: when the organization itself cannot be read (no organization, no credentials,
    ///   the snapshot's reads denied): the audit cannot say anything then. Per-check denials do
    ///   not throw; they become ERROR results naming the action.
    public func run(time: Date) async throws -> Outcome {
        let recorder = EvidenceRecorder()
        var runtime = client.runtime
        runtime.transport = recorder.transport(wrapping: runtime.transport)
        let recording = AWSClient(credentials: client.credentials, region: client.region, endpoints: client.endpoints, runtime: runtime)

        progress("reading the caller's identity")
        let identity = try await recording.send(STS.getCallerIdentity, EmptyInput())
        let caller = CallerIdentity(
            account: identity.account ?? "", principal: identity.arn ?? "", userID: identity.userId)
        recorder.setBaseAccount(caller.account)

        let homeRegion = spec?.settings.homeRegion ?? client.region
        let target =
            spec.map { LiveReader.Target(organization: $0) }
            ?? LiveReader.Target(
                organizationName: "organization", archiveAccountName: nil, homeRegion: homeRegion, managementAccountKey: nil)
        progress("reading the organization")
        let reader = LiveReader(client: recording, target: target, parallelism: parallelism, memberRoleName: memberRoleName)
        let (snapshot, snapshotEvidence) = try await recorder.capture { try await reader.read() }

        var organization = spec.map { snapshot.organization(declaredBy: $0) } ?? snapshot.organization
        let keys = Dictionary(
            organization.accounts.compactMap { account in account.id.map { ($0, account.key) } },
            uniquingKeysWith: { first, _ in first })
        progress("reading \(snapshot.accounts.filter { $0.status == "ACTIVE" }.count) accounts")
        let facts = await AuditReader(
            client: recording, recorder: recorder, homeRegion: homeRegion, parallelism: parallelism,
            memberRoleName: memberRoleName
        ).read(snapshot, accountKeys: keys)
        Self.complete(&organization, with: facts)

        progress("judging")
        var liveResults = LiveAuditChecks(
            snapshot: snapshot, organization: organization, facts: facts, snapshotEvidence: snapshotEvidence,
            requiredRetentionDays: requiredRetentionDays(organization), productionUnits: productionUnits(organization),
            catalogue: catalogue
        ).results()
        var checks: [AuditCheck] = []
        if let spec {
            liveResults += SpecDrift.results(
                spec: spec, snapshot: snapshot, evidence: snapshotEvidence, frameworks: organization.settings.frameworks,
                catalogue: catalogue)
            checks.append(SpecDrift.check)
        }

        var control = LoggingControl.input(from: organization, breakGlassAssumers: breakGlassAssumers(organization, facts))
        control.managementPrincipals += managementUsers(snapshot, facts)
        let managementName = control.managementAccount
        var report = try AuditAssembler(catalogue: catalogue).report(
            .init(
                snapshot: organization, managementAccount: managementName, caller: caller, toolVersion: toolVersion,
                time: time, snapshotEvidence: snapshotEvidence, liveResults: liveResults, loggingControl: control,
                attestations: attestations))
        report.checks += checks
        return Outcome(report: report, evidence: recorder.items, snapshot: snapshot)
    }

    /// Without a spec the snapshot does not know which account holds the archive: the account
    /// owning the trail's bucket is the log-archive account, and its lock is the retention.
    static func complete(_ organization: inout Organization, with facts: AuditFacts) {
        guard case .read(let archive, _) = facts.archive,
            let index = organization.accounts.firstIndex(where: { $0.id == archive.accountID })
        else { return }
        if organization.auditLog.archive == nil {
            organization.auditLog.archive = organization.accounts[index].key
            if organization.accounts[index].role == nil { organization.accounts[index].role = .logArchive }
        }
        if organization.auditLog.retention == nil, archive.lockEnabled, let days = archive.lockDays {
            organization.auditLog.retention = RetentionPeriod(days, .days)
            organization.auditLog.immutable = archive.lockMode == "COMPLIANCE"
        }
    }

    /// The longest of the spec's retention and what the selected frameworks require, in days.
    func requiredRetentionDays(_ organization: Organization) -> Int {
        let requirements = catalogue.retentionRequirements(for: organization.settings.frameworks)
        let minimum = requirements.compactMap(\.requiredMinimum).map(\.wholeDays).max() ?? 0
        let declared = spec?.auditLog.retention?.wholeDays ?? 0
        return max(minimum, declared)
    }

    /// The units the spec places production accounts in; without a spec, units named `Prod…`.
    func productionUnits(_ organization: Organization) -> Set<String> {
        if let spec {
            return Set(spec.accounts.filter { $0.stage == .production }.compactMap(\.unit))
        }
        return Set(organization.units.map(\.path).filter { path in
            path.split(separator: "/").contains { $0.lowercased().hasPrefix("prod") }
        })
    }

    /// Who the break-glass role's live trust policy lets assume it, in every account holding it.
    func breakGlassAssumers(_ organization: Organization, _ facts: AuditFacts) -> [LoggingPrincipal] {
        guard let name = organization.auditLog.breakGlassRole else { return [] }
        var principals: [LoggingPrincipal] = []
        for account in facts.accounts {
            guard case .read(let roles, _) = account.roles else { continue }
            for role in roles where role.name == name {
                for principal in role.trustedPrincipals {
                    let kind: LoggingPrincipal.Kind =
                        principal.hasSuffix(":root") || AuditFacts.Role.accountID(in: principal) == principal
                        ? .account : principal.contains(":role/") ? .role : principal.contains(":user/") ? .user : .service
                    principals.append(LoggingPrincipal(kind, principal, via: "trust policy of '\(role.arn)'"))
                }
            }
        }
        return principals
    }

    /// IAM users of the management account with a password or key: their policies are not
    /// judged, so they are listed (the list errs towards naming too many).
    func managementUsers(_ snapshot: AWSSnapshot, _ facts: AuditFacts) -> [LoggingPrincipal] {
        guard let management = facts.accounts.first(where: { $0.id == snapshot.managementAccountID }),
            case .read(let users, _) = management.users
        else { return [] }
        return users.filter { $0.hasConsolePassword || !$0.activeAccessKeys.isEmpty }.map {
            LoggingPrincipal(.user, $0.name, via: "IAM user '\($0.arn)'")
        }
    }
}
