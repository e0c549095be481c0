public import Compliance
import Foundation
import Support

/// Renders findings as SARIF 2.1.0 for GitHub code scanning and other SARIF viewers.
///
/// Every rule run is described under `tool.driver.rules` (title, rationale, fix, tags and a
/// `security-severity` GitHub uses to rank alerts); each result points at the spec line at
/// fault with a path relative to the repository root, and carries a `partialFingerprints` entry
/// so an alert keeps its identity when lines move.
/// See https://docs.oasis-open.org/sarif/sarif/v2.1.0/sarif-v2.1.0.html and GitHub's
/// "SARIF support for code scanning".
public struct SARIFRenderer: Sendable {
    public static let schemaURI = "https://json.schemastore.org/sarif-2.1.0.json"

    public var toolVersion: String
    /// The project's home page, when it has one to point reviewers at; omitted otherwise.
    public var informationURI: String?
    /// Descriptors of the rules that ran, in the order results refer to them.
    public var rules: [RuleMetadata]
    /// Absolute path of the repository root; absolute finding paths beneath it become relative.
    public var repositoryRoot: String?
    /// The file to point at for findings that have no location (e.g. a block the spec omits).
    public var defaultArtifact: String?

    public init(
        toolVersion: String,
        informationURI: String? = nil,
        rules: [RuleMetadata],
        repositoryRoot: String? = nil,
        defaultArtifact: String? = nil
    ) {
        self.toolVersion = toolVersion
        self.informationURI = informationURI
        self.rules = rules
        self.repositoryRoot = repositoryRoot
        self.defaultArtifact = defaultArtifact
    }

    public func render(_ findings: [Finding]) -> String {
        var descriptors = rules
        for finding in findings where !descriptors.contains(where: { $0.id == finding.ruleID }) {
            descriptors.append(
                RuleMetadata(
                    id: finding.ruleID, requirement: finding.requirement, severity: finding.severity,
                    title: finding.ruleID, rationale: finding.message, remediation: finding.remediation
                )
            )
        }
        var indexByID: [String: Int] = [:]
        for (index, rule) in descriptors.enumerated() where indexByID[rule.id] == nil { indexByID[rule.id] = index }

        var driverFields: [(String, JSONValue)] = [
            ("name", .string("groundwork")),
            ("version", .string(toolVersion)),
            ("semanticVersion", .string(toolVersion)),
        ]
        if let informationURI { driverFields.append(("informationUri", .string(informationURI))) }
        driverFields.append(("rules", .array(descriptors.map(descriptor(of:)))))
        let driver: JSONValue = .object(driverFields)
        return JSONValue.object([
            ("$schema", .string(Self.schemaURI)),
            ("version", .string("2.1.0")),
            (
                "runs",
                .array([
                    .object([
                        ("tool", .object([("driver", driver)])),
                        ("columnKind", .string("unicodeCodePoints")),
                        ("results", .array(findings.map { result(of: $0, ruleIndex: indexByID[$0.ruleID] ?? 0) })),
                    ])
                ])
            ),
        ]).serialized()
    }

    private func descriptor(of rule: RuleMetadata) -> JSONValue {
        .object([
            ("id", .string(rule.id)),
            ("name", .string(Self.pascalCase(rule.id))),
            ("shortDescription", .object([("text", .string(rule.title))])),
            ("fullDescription", .object([("text", .string(rule.rationale))])),
            (
                "help",
                .object([
                    ("text", .string("\(rule.rationale)\n\nFix: \(rule.remediation)")),
                    ("markdown", .string("\(rule.rationale)\n\n**Fix:** \(rule.remediation)")),
                ])
            ),
            ("defaultConfiguration", .object([("level", .string(rule.severity.level))])),
            (
                "properties",
                .object([
                    ("tags", .array(["security", "compliance", rule.requirement.rawValue].map(JSONValue.string))),
                    ("precision", .string("very-high")),
                    (
                        "problem.severity",
                        .string(rule.severity.level == "note" ? "recommendation" : rule.severity.level)
                    ),
                    ("security-severity", .string(Self.securitySeverity(rule.severity))),
                ])
            ),
        ])
    }

    private func result(of finding: Finding, ruleIndex: Int) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("ruleId", .string(finding.ruleID)),
            ("ruleIndex", .int(ruleIndex)),
            ("level", .string(finding.severity.level)),
            ("message", .object([("text", .string("\(finding.message). Fix: \(finding.remediation)"))])),
        ]
        var physical: JSONValue?
        if let location = finding.location {
            physical = .object([
                ("artifactLocation", .object([("uri", .string(uri(for: location.file)))])),
                (
                    "region",
                    .object([
                        ("startLine", .int(max(location.line, 1))), ("startColumn", .int(max(location.column, 1))),
                    ])
                ),
            ])
        } else if let defaultArtifact {
            physical = .object([
                ("artifactLocation", .object([("uri", .string(uri(for: defaultArtifact)))])),
                ("region", .object([("startLine", .int(1)), ("startColumn", .int(1))])),
            ])
        }
        let logical: JSONValue = .array([
            .object([("fullyQualifiedName", .string(finding.resource)), ("kind", .string("resource"))])
        ])
        if let physical {
            members.append(
                ("locations", .array([.object([("physicalLocation", physical), ("logicalLocations", logical)])])))
        } else {
            members.append(("locations", .array([.object([("logicalLocations", logical)])])))
        }
        members.append(("partialFingerprints", .object([("groundworkFinding/v1", .string(Self.fingerprint(finding)))])))
        members.append(
            (
                "properties",
                .object([
                    ("severity", .string(finding.severity.rawValue)),
                    ("requirement", .string(finding.requirement.rawValue)),
                    ("resource", .string(finding.resource)),
                    ("controls", .array(finding.controls.map(JSONValue.string))),
                ])
            ))
        return .object(members)
    }

    /// A path relative to the repository root where possible, percent-encoded as a URI reference.
    func uri(for file: String) -> String {
        var path = file
        if let root = repositoryRoot {
            let base = root.hasSuffix("/") ? root : root + "/"
            if path.hasPrefix(base) { path.removeFirst(base.count) }
        }
        while path.hasPrefix("./") { path.removeFirst(2) }
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: ":")
        return path.addingPercentEncoding(withAllowedCharacters: allowed) ?? path
    }

    /// GitHub ranks alerts by this score: critical > 9.0, high 7.0–8.9, medium 4.0–6.9, low below.
    static func securitySeverity(_ severity: Severity) -> String {
        switch severity {
        case .critical: "9.5"
        case .high: "8.0"
        case .medium: "5.5"
        case .low: "3.0"
        }
    }

    /// `isolation.shared-unit` → `IsolationSharedUnit`.
    static func pascalCase(_ id: String) -> String {
        id.split(whereSeparator: { $0 == "." || $0 == "-" }).map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }

    /// FNV-1a (64-bit) of rule, resource and message: stable across runs and line moves, and
    /// distinct for distinct findings on the same resource. Not a security hash; it need not be.
    static func fingerprint(_ finding: Finding) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in "\(finding.ruleID)\u{0}\(finding.resource)\u{0}\(finding.message)".utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
