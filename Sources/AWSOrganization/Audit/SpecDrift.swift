public import Compliance
import Foundation
public import OrgModel
import Planner

/// Drift between the spec and the live organization, as audit findings: the plan that would take
/// live to the spec (with prune, so live things the spec lacks count too), one FAIL per step.
///
/// An extra admin assignment made by hand, a guardrail detached, a trail changed: each is a
/// step `apply` would take, and each is something the spec promised and the organization is not.
public enum SpecDrift {
    public static let check = AuditCheck(
        id: "drift.spec",
        requirement: .separation,
        severity: .high,
        title: "The live organization matches the spec",
        rationale: """
            The spec is what was reviewed and approved; a change made outside it (an extra \
            administrator, a detached guardrail) was not, and may be how an attacker persists.
            """,
        remediation: "run 'groundwork plan' to see the difference, then 'groundwork apply' (or change the spec and have it reviewed)"
    )

    /// One result per plan step (PASS when there is none); ERROR when the spec cannot be planned.
    public static func results(
        spec: Organization, snapshot: AWSSnapshot, evidence: [String], frameworks: [Framework],
        catalogue: FrameworkCatalogue = .audit
    ) -> [AuditResult] {
        let plan: Plan
        do {
            let desired = try DesiredState(organization: spec, known: snapshot.knownIDs).resources()
            let actual = snapshot.resources(managementAccountKey: DesiredState(organization: spec).managementAccountKey)
            plan = try PlanBuilder.plan(desired: desired, actual: actual, prune: true)
        } catch {
            return [
                check.error(
                    resource: "organization", operation: "plan", reason: "\(error)", frameworks: frameworks, catalogue: catalogue)
            ]
        }
        guard !plan.isEmpty else {
            return [
                check.result(
                    .pass, resource: "organization", message: "the live organization matches the spec", evidence: evidence,
                    frameworks: frameworks, catalogue: catalogue)
            ]
        }
        return plan.steps.map { step in
            var result = check.result(
                .fail, resource: step.address.description, scope: scope(of: step),
                message: message(step), evidence: evidence,
                remediation: "run 'groundwork apply' to \(verb(step.action)) '\(step.address)', or change the spec to match",
                frameworks: frameworks, catalogue: catalogue)
            result.requirement = requirement(step.area)
            result.severity = step.area == .organization ? .medium : .high
            return result
        }
    }

    static func message(_ step: PlanStep) -> String {
        switch step.action {
        case .create: return "'\(step.address)' is in the spec but not live"
        case .delete: return "'\(step.address)' is live but not in the spec"
        case .move:
            return "'\(step.address)' sits under '\(step.fromParent?.description ?? "the root")', the spec puts it under '\(step.toParent?.description ?? "the root")'"
        case .update:
            let fields = step.changes.map(\.name).joined(separator: ", ")
            return "'\(step.address)' differs from the spec in \(fields)"
        }
    }

    static func verb(_ action: PlanAction) -> String {
        switch action {
        case .create: "create"
        case .delete: "delete"
        case .move: "move"
        case .update: "update"
        }
    }

    static func requirement(_ area: ResourceArea) -> Requirement {
        switch area {
        case .auditLog: .auditLog
        case .identity: .sso
        case .guardrails, .organization: .isolation
        }
    }

    static func scope(of step: PlanStep) -> AuditScope {
        let name = step.address.name
        switch step.address.kind.rawValue {
        case "account": return .account(name)
        case "unit": return .unit(name)
        default: return .organization
        }
    }
}
