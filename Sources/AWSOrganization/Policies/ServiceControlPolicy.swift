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

    public init(
        name: String, description: String, target: PolicyTarget, guardrails: [Guardrail], document: PolicyDocument
    ) {
        self.name = name
        self.description = description
        self.target = target
        self.guardrails = guardrails
        self.document = document
    }

    /// Checks a document against the rules AWS Organizations enforces for SCPs that Groundwork can
    /// check offline: no `Principal`, at most 5,120 bytes minified, Sids of letters and digits and
    /// unique within the document.
    ///
    /// - Throws: `PolicyError` `.invalidDocument` (or `.statementTooLarge` for size) saying what to change.
    public static func validate(_ document: PolicyDocument, name: String) throws {
        if document.statements.contains(where: { $0.principal != nil }) {
            throw PolicyError(
                .invalidDocument, "SCP '\(name)' has a 'Principal'; SCPs apply to every principal and may not name one")
        }
        if document.statements.isEmpty {
            throw PolicyError(.invalidDocument, "SCP '\(name)' has no statements; AWS requires at least one")
        }
        let sids = document.statements.compactMap(\.sid)
        if let bad = sids.first(where: { $0.isEmpty || !$0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } })
        {
            throw PolicyError(.invalidDocument, "SCP '\(name)' has Sid '\(bad)'; use letters and digits only")
        }
        if Set(sids).count != sids.count {
            throw PolicyError(.invalidDocument, "SCP '\(name)' repeats a Sid; each statement needs its own")
        }
        if document.byteCount > ServiceControlPolicyLimits.maximumDocumentBytes {
            throw PolicyError(
                .statementTooLarge,
                "SCP '\(name)' is \(document.byteCount) bytes, over AWS's \(ServiceControlPolicyLimits.maximumDocumentBytes)-byte limit"
            )
        }
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
