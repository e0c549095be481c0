public import Foundation
public import OrgModel

/// Everything an audit found, computed once, for every renderer (text, OCSF JSON, SARIF,
/// Markdown, HTML) to print without computing anything.
public struct AuditReport: Sendable, Hashable {
    public var organizationName: String
    /// How the management account is named (`management (111111111111)`).
    public var managementAccount: String
    public var caller: CallerIdentity
    public var toolVersion: String
    /// When the audit read the organization.
    public var time: Date
    public var frameworks: [Framework]
    /// Descriptors of every check that ran, in run order.
    public var checks: [AuditCheck]
    /// Worst first (`AuditResult.precedes`).
    public var results: [AuditResult]
    public var summary: AuditSummary
    public var separationOfDuties: SeparationOfDutiesMatrix
    /// Who can still turn logging off, by name.
    public var loggingDisablers: [LoggingDisabler]
    public var tree: OrganizationTree
    /// Hex SHA-256 of the evidence bundle's public key, when an evidence bundle was written, so
    /// the report names the key an auditor should trust.
    public var evidenceKeyFingerprint: String?
    /// Every framework clause a result cites, by id, with its title and framework, so renderers
    /// can print clause titles and OCSF `standards` without a catalogue.
    public var controls: [String: FrameworkControl]
    /// Framework display names (`SOC 2`, `ISO/IEC 27001:2022`).
    public var frameworkNames: [Framework: String]

    /// Builds a report from the live snapshot and the results, computing the summary, the
    /// separation-of-duties matrix and the coloured organization tree.
    ///
    /// - Parameters:
    ///   - snapshot: The organization as read from the live APIs.
    ///   - results: Every result, in any order; sorted worst first here.
    ///   - loggingDisablers: `LoggingControl.disablers(_:)` of the provider's input.
    ///   - evidenceKeyFingerprint: `EvidenceSigningKey.fingerprint(of:)` of the bundle's key.
    ///   - catalogue: Where clause titles and framework names come from.
    public init(
        snapshot: Organization,
        managementAccount: String,
        caller: CallerIdentity,
        toolVersion: String,
        time: Date,
        checks: [AuditCheck],
        results: [AuditResult],
        loggingDisablers: [LoggingDisabler],
        evidenceKeyFingerprint: String? = nil,
        catalogue: FrameworkCatalogue = .audit
    ) {
        organizationName = snapshot.settings.name
        self.managementAccount = managementAccount
        self.caller = caller
        self.toolVersion = toolVersion
        self.time = time
        frameworks = snapshot.settings.frameworks
        self.checks = checks
        self.results = results.sorted(by: AuditResult.precedes)
        summary = AuditSummary(results)
        separationOfDuties = SeparationOfDutiesMatrix(snapshot)
        self.loggingDisablers = loggingDisablers
        tree = OrganizationTree(snapshot, results: results)
        self.evidenceKeyFingerprint = evidenceKeyFingerprint
        var controls: [String: FrameworkControl] = [:]
        for id in Set(results.flatMap(\.controls)) {
            if let control = catalogue.control(id) { controls[id] = control }
        }
        self.controls = controls
        frameworkNames = Dictionary(
            catalogue.frameworks.map { ($0.framework, $0.name) }, uniquingKeysWith: { first, _ in first })
    }

    /// The names of the frameworks a result's clauses belong to, in catalogue order.
    public func standards(of result: AuditResult) -> [String] {
        let frameworks = Set(result.controls.compactMap { controls[$0]?.framework })
        return Framework.allCases.filter(frameworks.contains).map { frameworkNames[$0] ?? $0.rawValue }
    }

    /// The check a result belongs to, for its title and rationale.
    public func check(_ id: String) -> AuditCheck? { checks.first { $0.id == id } }

    /// True when some FAIL is at or above `severity`: the "answer is no" exit code (1).
    public func fails(atOrAbove severity: Severity) -> Bool {
        results.contains { $0.status == .fail && $0.severity >= severity }
    }

    /// True when some check could not run: the audit is incomplete (exit code 2 unless findings
    /// decide otherwise).
    public var hasErrors: Bool { summary.count(.error) > 0 }
}
