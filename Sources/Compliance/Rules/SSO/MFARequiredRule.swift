import OrgModel

/// The identity provider requires multi-factor authentication for everyone.
public struct MFARequiredRule: Rule {
    public init() {}

    public let metadata = RuleMetadata(
        id: "sso.mfa-required",
        requirement: .sso,
        severity: .high,
        title: "MFA is required",
        rationale:
            "A stolen password alone must never open the organization; requiring MFA at the identity provider enforces it for every account at once.",
        remediation: "set 'identity.mfa: required'"
    )

    public func evaluate(_ context: RuleContext) -> [Finding] {
        let mfa = context.organization.identity.mfa
        guard mfa != .required else { return [] }
        let message =
            mfa.map {
                "the MFA policy is '\($0.rawValue)'; it must be 'required' so no one signs in with a password alone"
            }
            ?? "no MFA policy is declared; it must be 'required' so no one signs in with a password alone"
        return [context.finding(metadata, resource: SpecPath.mfa, message: message)]
    }
}
