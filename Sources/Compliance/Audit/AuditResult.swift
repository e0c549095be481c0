public import OrgModel

/// The verdict of one check on one resource of the live organization, and what it rests on.
///
/// Build results with `AuditCheck.result(_:resource:scope:message:evidence:frameworks:)`, which
/// fills in the requirement, severity, remediation and the framework clauses from the catalogue.
public struct AuditResult: Sendable, Hashable {
    /// The id of the check (or rule) that produced it.
    public var checkID: String
    public var requirement: Requirement
    public var severity: Severity
    public var status: CheckStatus
    /// The resource judged: an ARN, an account id, or a spec-style path (`accounts.prod`).
    public var resource: String
    /// Which node of the organization drawing the result colours.
    public var scope: AuditScope
    /// What was found, in a sentence naming the resource (for ERROR: which call failed and why).
    public var message: String
    /// What to change; for ERROR, which permission the auditing role lacks.
    public var remediation: String
    /// Ids of the evidence items (saved API responses, attestation files) the verdict rests on.
    public var evidence: [String]
    /// Framework clause ids the check bears on, narrowed to the selected frameworks.
    public var controls: [String]
    /// The attestation that settled a MANUAL check; nil otherwise.
    public var attestation: Attestation?

    public init(
        checkID: String,
        requirement: Requirement,
        severity: Severity,
        status: CheckStatus,
        resource: String,
        scope: AuditScope,
        message: String,
        remediation: String,
        evidence: [String] = [],
        controls: [String] = [],
        attestation: Attestation? = nil
    ) {
        self.checkID = checkID
        self.requirement = requirement
        self.severity = severity
        self.status = status
        self.resource = resource
        self.scope = scope
        self.message = message
        self.remediation = remediation
        self.evidence = evidence
        self.controls = controls
        self.attestation = attestation
    }

    /// The report order: worst status first, then severity descending, check id, resource, message.
    public static func precedes(_ lhs: AuditResult, _ rhs: AuditResult) -> Bool {
        if lhs.status != rhs.status { return lhs.status > rhs.status }
        if lhs.severity != rhs.severity { return lhs.severity > rhs.severity }
        if lhs.checkID != rhs.checkID { return lhs.checkID < rhs.checkID }
        if lhs.resource != rhs.resource { return lhs.resource < rhs.resource }
        return lhs.message < rhs.message
    }
}

extension AuditCheck {
    /// A result of this check, its clauses looked up in `catalogue` and narrowed to `frameworks`.
    ///
    /// - Parameters:
    ///   - status: The verdict. Use `.error` (never `.fail`) when an API call was denied or failed.
    ///   - resource: The resource judged (an ARN, an account id, `accounts.prod`).
    ///   - scope: The node of the organization drawing the result colours.
    ///   - evidence: Ids of the evidence items the verdict rests on.
    ///   - remediation: A fix specific to this result; the check's general remediation otherwise.
    public func result(
        _ status: CheckStatus,
        resource: String,
        scope: AuditScope = .organization,
        message: String,
        evidence: [String] = [],
        remediation: String? = nil,
        frameworks: [Framework] = [],
        catalogue: FrameworkCatalogue = .audit
    ) -> AuditResult {
        AuditResult(
            checkID: id,
            requirement: requirement,
            severity: severity,
            status: status,
            resource: resource,
            scope: scope,
            message: message,
            remediation: remediation ?? self.remediation,
            evidence: evidence,
            controls: catalogue.controls(for: id, frameworks: frameworks)
        )
    }

    /// An ERROR result for a call the audit could not make, so the report says which permission
    /// is missing instead of claiming a violation.
    ///
    /// - Parameters:
    ///   - operation: The API call that failed (`cloudtrail:DescribeTrails`).
    ///   - reason: The provider's error, already free of secrets (`AccessDenied: ...`).
    public func error(
        resource: String,
        scope: AuditScope = .organization,
        operation: String,
        reason: String,
        evidence: [String] = [],
        frameworks: [Framework] = [],
        catalogue: FrameworkCatalogue = .audit
    ) -> AuditResult {
        result(
            .error,
            resource: resource,
            scope: scope,
            message: "could not check \(id): '\(operation)' failed: \(reason)",
            evidence: evidence,
            remediation:
                "allow '\(operation)' to the auditing role (or run the audit with a role that has it) and run the audit again",
            frameworks: frameworks,
            catalogue: catalogue
        )
    }

    /// The MANUAL result of a check no public API can answer, saying what evidence to attach.
    public func manual(
        resource: String,
        scope: AuditScope = .organization,
        frameworks: [Framework] = [],
        catalogue: FrameworkCatalogue = .audit
    ) -> AuditResult {
        var message = "no public API can show this; a person must confirm it"
        if let manualEvidence { message += ": \(manualEvidence)" }
        var remediation = remediation
        if let attestationKey {
            remediation += "; then attach the evidence with '--attest \(attestationKey)=FILE'"
        }
        return result(
            .manual, resource: resource, scope: scope, message: message, remediation: remediation,
            frameworks: frameworks, catalogue: catalogue)
    }
}
