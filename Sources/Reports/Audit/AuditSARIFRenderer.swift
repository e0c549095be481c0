public import Compliance

/// Renders audit results as SARIF 2.1.0, in the same shape as `SARIFRenderer` (rule descriptors
/// with `security-severity`, fingerprints), with each result's `kind` saying what it is:
/// FAIL → `fail`, MANUAL → `review`, ERROR → `open` ("the tool could not determine whether
/// this is a problem"), PASS → `pass` (only with `includePasses`).
///
/// Live resources have no file and line, so results carry logical locations only.
public struct AuditSARIFRenderer: Sendable {
    /// The project's home page, when it has one to point reviewers at; omitted otherwise.
    public var informationURI: String?
    public var includePasses: Bool

    public init(informationURI: String? = nil, includePasses: Bool = false) {
        self.informationURI = informationURI
        self.includePasses = includePasses
    }

    public func render(_ report: AuditReport) -> String {
        let results = report.results.filter { includePasses || $0.status != .pass }
        var descriptors = report.checks
        for result in results where !descriptors.contains(where: { $0.id == result.checkID }) {
            descriptors.append(
                AuditCheck(
                    id: result.checkID, requirement: result.requirement, severity: result.severity,
                    title: result.checkID, rationale: result.message, remediation: result.remediation))
        }
        var indexByID: [String: Int] = [:]
        for (index, check) in descriptors.enumerated() where indexByID[check.id] == nil { indexByID[check.id] = index }

        var driverFields: [(String, JSONValue)] = [
            ("name", .string("groundwork")),
            ("version", .string(report.toolVersion)),
            ("semanticVersion", .string(report.toolVersion)),
        ]
        if let informationURI { driverFields.append(("informationUri", .string(informationURI))) }
        driverFields.append(("rules", .array(descriptors.map(descriptor(of:)))))
        let driver: JSONValue = .object(driverFields)
        let invocation: JSONValue = .object([
            ("executionSuccessful", .bool(!report.hasErrors)),
            ("endTimeUtc", .string(AuditTimestamp.rfc3339(report.time))),
            ("properties", .object([("caller", .string(report.caller.principal))])),
        ])
        return JSONValue.object([
            ("$schema", .string(SARIFRenderer.schemaURI)),
            ("version", .string("2.1.0")),
            (
                "runs",
                .array([
                    .object([
                        ("tool", .object([("driver", driver)])),
                        ("invocations", .array([invocation])),
                        ("results", .array(results.map { result(of: $0, ruleIndex: indexByID[$0.checkID] ?? 0) })),
                    ])
                ])
            ),
        ]).serialized()
    }

    private func descriptor(of check: AuditCheck) -> JSONValue {
        var help = "\(check.rationale)\n\nFix: \(check.remediation)"
        if let manualEvidence = check.manualEvidence { help += "\n\nEvidence to attach: \(manualEvidence)" }
        return .object([
            ("id", .string(check.id)),
            ("name", .string(SARIFRenderer.pascalCase(check.id))),
            ("shortDescription", .object([("text", .string(check.title))])),
            ("fullDescription", .object([("text", .string(check.rationale))])),
            ("help", .object([("text", .string(help))])),
            ("defaultConfiguration", .object([("level", .string(check.severity.level))])),
            (
                "properties",
                .object([
                    ("tags", .array(["security", "compliance", check.requirement.rawValue].map(JSONValue.string))),
                    ("security-severity", .string(SARIFRenderer.securitySeverity(check.severity))),
                ])
            ),
        ])
    }

    private func result(of result: AuditResult, ruleIndex: Int) -> JSONValue {
        let (kind, level) =
            switch result.status {
            case .fail: ("fail", result.severity.level)
            case .manual: ("review", "none")
            case .error: ("open", "none")
            case .pass: ("pass", "none")
            }
        var text = result.message
        if result.status != .pass { text += ". Fix: \(result.remediation)" }
        return .object([
            ("ruleId", .string(result.checkID)),
            ("ruleIndex", .int(ruleIndex)),
            ("kind", .string(kind)),
            ("level", .string(level)),
            ("message", .object([("text", .string(text))])),
            (
                "locations",
                .array([
                    .object([
                        (
                            "logicalLocations",
                            .array([
                                .object([
                                    ("fullyQualifiedName", .string(result.resource)), ("kind", .string("resource")),
                                ])
                            ])
                        )
                    ])
                ])
            ),
            ("partialFingerprints", .object([("groundworkAudit/v1", .string(result.fingerprint))])),
            (
                "properties",
                .object([
                    ("status", .string(result.statusLabel)),
                    ("severity", .string(result.severity.rawValue)),
                    ("requirement", .string(result.requirement.rawValue)),
                    ("controls", .array(result.controls.map(JSONValue.string))),
                    ("evidence", .array(result.evidence.map(JSONValue.string))),
                ])
            ),
        ])
    }
}
