public import Foundation
public import OrgModel

/// Puts an audit together from what the provider side read, so that every caller (the CLI, the
/// demo, tests) runs the same steps in the same order:
///
/// 1. the spec rules on the live snapshot (`RuleAudit`), resting on the snapshot's evidence;
/// 2. the provider's live-only results, as given;
/// 3. the Identity Center MFA check as MANUAL, unless the provider reported it;
/// 4. attestations applied (MANUAL → PASS with attestation);
/// 5. who can still turn logging off, from the provider's input;
/// 6. the report (summary, separation-of-duties matrix, coloured tree).
public struct AuditAssembler: Sendable {
    public var rules: [any Rule]
    public var catalogue: FrameworkCatalogue

    public init(rules: [any Rule] = .all, catalogue: FrameworkCatalogue = .audit) {
        self.rules = rules
        self.catalogue = catalogue
    }

    /// What the provider side read from the live organization.
    public struct Input: Sendable {
        /// The organization as read from the live APIs.
        public var snapshot: Organization
        /// How to name the management account (`management (111111111111)`).
        public var managementAccount: String
        public var caller: CallerIdentity
        public var toolVersion: String
        public var time: Date
        /// Ids of the evidence items the snapshot was read from.
        public var snapshotEvidence: [String]
        /// Results of the live-only checks (`AuditCheck.liveOnly`), ERROR where a call failed.
        public var liveResults: [AuditResult]
        public var loggingControl: LoggingControl.Input
        public var attestations: [Attestation]

        public init(
            snapshot: Organization,
            managementAccount: String,
            caller: CallerIdentity,
            toolVersion: String,
            time: Date,
            snapshotEvidence: [String],
            liveResults: [AuditResult],
            loggingControl: LoggingControl.Input,
            attestations: [Attestation] = []
        ) {
            self.snapshot = snapshot
            self.managementAccount = managementAccount
            self.caller = caller
            self.toolVersion = toolVersion
            self.time = time
            self.snapshotEvidence = snapshotEvidence
            self.liveResults = liveResults
            self.loggingControl = loggingControl
            self.attestations = attestations
        }
    }

    /// The report of one audit.
    ///
    /// - Throws: `AttestationError` when an attestation names a key no check accepts.
    public func report(_ input: Input) throws(AttestationError) -> AuditReport {
        let frameworks = input.snapshot.settings.frameworks
        var results = RuleAudit(rules: rules, catalogue: catalogue).results(
            on: input.snapshot, evidence: input.snapshotEvidence)
        results += input.liveResults
        let mfa = AuditCheck.identityCenterMFA
        if !input.liveResults.contains(where: { $0.checkID == mfa.id }) {
            let management = input.snapshot.accounts(withRole: .management).first?.key
            results.append(
                mfa.manual(
                    resource: "identity-center", scope: management.map(AuditScope.account) ?? .organization,
                    frameworks: frameworks, catalogue: catalogue))
        }
        let checks = AuditCheck.all(rules: rules)
        results = try results.applying(input.attestations, checks: checks)
        return AuditReport(
            snapshot: input.snapshot,
            managementAccount: input.managementAccount,
            caller: input.caller,
            toolVersion: input.toolVersion,
            time: input.time,
            checks: checks,
            results: results,
            loggingDisablers: LoggingControl.disablers(input.loggingControl),
            catalogue: catalogue
        )
    }
}
