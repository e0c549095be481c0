public import Compliance
import Support

/// Renders findings as `{"findings": [...], "summary": {...}}` with a fixed key order, for
/// scripts and dashboards.
public struct JSONRenderer: Sendable {
    public init() {}

    public func render(_ findings: [Finding]) -> String {
        let summary = FindingSummary(findings)
        return JSONValue.object([
            ("findings", .array(findings.map(Self.value(of:)))),
            (
                "summary",
                .object([
                    ("total", .int(summary.total)),
                    ("bySeverity", .object(summary.bySeverity.map { ($0.0.rawValue, .int($0.1)) })),
                    ("byRequirement", .object(summary.byRequirement.map { ($0.0.rawValue, .int($0.1)) })),
                ])
            ),
        ]).serialized()
    }

    static func value(of finding: Finding) -> JSONValue {
        let location: JSONValue =
            finding.location.map { location in
                .object([
                    ("file", .string(location.file)), ("line", .int(location.line)), ("column", .int(location.column)),
                ])
            } ?? .null
        return .object([
            ("ruleId", .string(finding.ruleID)),
            ("requirement", .string(finding.requirement.rawValue)),
            ("severity", .string(finding.severity.rawValue)),
            ("resource", .string(finding.resource)),
            ("location", location),
            ("message", .string(finding.message)),
            ("remediation", .string(finding.remediation)),
            ("controls", .array(finding.controls.map(JSONValue.string))),
        ])
    }
}
