public import OrgModel

/// One SCP Groundwork deploys: its name, where it attaches and the document.
public struct ServiceControlPolicy: Sendable, Hashable {
    /// Stable name (`groundwork-guardrails-1`); the planner matches live policies by it.
    public var name: String
    public var description: String
    public var target: PolicyTarget
    /// Guardrails whose statements this document carries (empty for the revocation policy).
    public var guardrails: [Guardrail]
    public var document: PolicyDocument

    public init(name: String, description: String, target: PolicyTarget, guardrails: [Guardrail], document: PolicyDocument) {
        self.name = name
        self.description = description
        self.target = target
        self.guardrails = guardrails
        self.document = document
    }

    /// Checks that no target would carry more SCPs than AWS allows once `FullAWSAccess` is counted.
    ///
    /// - Throws: `PolicyError` `.tooManyPolicies` naming the target and the policies, with how to make room.
    public static func checkAttachmentLimit(_ policies: [ServiceControlPolicy]) throws {
        var byTarget: [PolicyTarget: [String]] = [:]
        var order: [PolicyTarget] = []
        for policy in policies {
            if byTarget[policy.target] == nil { order.append(policy.target) }
            byTarget[policy.target, default: []].append(policy.name)
        }
        for target in order {
            let names = byTarget[target] ?? []
            guard names.count <= ServiceControlPolicyLimits.availablePerTarget else {
                throw PolicyError(
                    .tooManyPolicies,
                    "\(target) would need \(names.count) Groundwork SCPs (\(names.joined(separator: ", "))) plus FullAWSAccess, "
                        + "but AWS allows \(ServiceControlPolicyLimits.maximumAttachedPerTarget) per target; "
                        + "list fewer regions or revoked people, or drop a guardrail"
                )
            }
        }
    }
}
