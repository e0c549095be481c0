public import Compliance

/// Renders audit results as OCSF Compliance Finding events (class 2003, category 2
/// "Findings"), one per result, in a JSON array: the shape Security Lake, SIEMs and Prowler's
/// `json-ocsf` output use.
///
/// Mapping (OCSF 1.3.0, `events/findings/compliance_finding.json`, `objects/compliance.json`):
/// - `activity_id` 1 (Create): each audit creates its findings afresh.
/// - `compliance.status_id`: PASS → 1 Pass, FAIL → 3 Fail, MANUAL → 2 Warning ("did not yield a
///   result due to missing information"), ERROR → 99 Other with `status` "Error", so a permission
///   error is never read as a failure. `status_code` carries Groundwork's own status.
/// - `status_id` (the finding's lifecycle) 1 New.
/// - `severity_id`: the check's severity (2 Low … 5 Critical); 1 Informational for a PASS.
/// - `compliance.control` is the check id, `requirements` the framework clauses, `standards` the
///   frameworks those clauses belong to.
/// - Evidence ids, the attestation and the caller go under `unmapped.groundwork`, since OCSF has
///   no field for a signed evidence bundle.
public struct OCSFRenderer: Sendable {
    public static let schemaVersion = "1.3.0"
    public static let classUID = 2003
    public static let categoryUID = 2

    public init() {}

    public func render(_ report: AuditReport) -> String {
        JSONValue.array(report.results.map { event(of: $0, in: report) }).serialized()
    }

    private func event(of result: AuditResult, in report: AuditReport) -> JSONValue {
        let time = JSONValue.int(AuditTimestamp.milliseconds(report.time))
        let check = report.check(result.checkID)
        let (severityID, severityName) = Self.severity(of: result)
        let (complianceID, complianceName) = Self.complianceStatus(of: result.status)
        let standards = report.standards(of: result)

        var unmapped: [(String, JSONValue)] = [
            ("status", .string(result.statusLabel)),
            ("requirement", .string(result.requirement.rawValue)),
            ("scope", .string(result.scope.label)),
            ("evidence", .array(result.evidence.map(JSONValue.string))),
            ("caller", .string(report.caller.principal)),
        ]
        if let attestation = result.attestation {
            unmapped.append(
                (
                    "attestation",
                    .object([
                        ("key", .string(attestation.key)), ("file", .string(attestation.fileName)),
                        ("sha256", .string(attestation.sha256)), ("evidence", .string(attestation.evidenceID)),
                    ])
                ))
        }

        return .object([
            ("activity_id", .int(1)),
            ("activity_name", .string("Create")),
            ("category_uid", .int(Self.categoryUID)),
            ("category_name", .string("Findings")),
            ("class_uid", .int(Self.classUID)),
            ("class_name", .string("Compliance Finding")),
            ("type_uid", .int(Self.classUID * 100 + 1)),
            ("type_name", .string("Compliance Finding: Create")),
            ("severity_id", .int(severityID)),
            ("severity", .string(severityName)),
            ("status_id", .int(1)),
            ("status", .string("New")),
            ("time", time),
            ("message", .string(result.message)),
            (
                "metadata",
                .object([
                    ("version", .string(Self.schemaVersion)),
                    (
                        "product",
                        .object([
                            ("name", .string("Groundwork")), ("vendor_name", .string("Groundwork")),
                            ("version", .string(report.toolVersion)),
                        ])
                    ),
                    ("event_code", .string(result.checkID)),
                ])
            ),
            (
                "finding_info",
                .object([
                    ("uid", .string("groundwork-\(result.checkID)-\(result.fingerprint)")),
                    ("title", .string(check?.title ?? result.checkID)),
                    ("desc", .string(result.message)),
                    ("types", .array([.string(result.requirement.rawValue)])),
                    ("created_time", time),
                ])
            ),
            (
                "compliance",
                .object([
                    ("control", .string(result.checkID)),
                    ("requirements", .array(result.controls.map(JSONValue.string))),
                    (
                        "standards",
                        .array(
                            (standards.isEmpty ? ["Groundwork organization requirements"] : standards).map(
                                JSONValue.string))
                    ),
                    ("status_id", .int(complianceID)),
                    ("status", .string(complianceName)),
                    ("status_code", .string(result.status.rawValue)),
                    ("status_detail", .string(result.message)),
                ])
            ),
            (
                "resources",
                .array([
                    .object([
                        ("uid", .string(result.resource)),
                        ("type", .string(Self.resourceType(result.scope))),
                        ("group", .object([("name", .string(report.organizationName))])),
                    ])
                ])
            ),
            ("remediation", .object([("desc", .string(result.remediation))])),
            ("unmapped", .object([("groundwork", .object(unmapped))])),
        ])
    }

    static func severity(of result: AuditResult) -> (Int, String) {
        guard result.status != .pass else { return (1, "Informational") }
        switch result.severity {
        case .low: return (2, "Low")
        case .medium: return (3, "Medium")
        case .high: return (4, "High")
        case .critical: return (5, "Critical")
        }
    }

    static func complianceStatus(of status: CheckStatus) -> (Int, String) {
        switch status {
        case .pass: (1, "Pass")
        case .manual: (2, "Warning")
        case .fail: (3, "Fail")
        case .error: (99, "Error")
        }
    }

    private static func resourceType(_ scope: AuditScope) -> String {
        switch scope {
        case .organization: "Organization"
        case .unit: "Organizational Unit"
        case .account: "Account"
        }
    }
}
