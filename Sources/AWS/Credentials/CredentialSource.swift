/// Where a set of credentials came from, for `whoami` and error messages. Never holds a secret.
public indirect enum CredentialSource: Sendable, Hashable, CustomStringConvertible {
    /// Passed in by the program.
    case explicit
    /// `AWS_ACCESS_KEY_ID` / `AWS_SECRET_ACCESS_KEY` (and `AWS_SESSION_TOKEN`).
    case environment
    /// Static keys in a shared credentials or config file profile.
    case profile(String)
    /// The JSON printed by a profile's `credential_process`.
    case process(profile: String)
    /// `sts:AssumeRole` into `roleARN`, signed with credentials from `via`.
    case assumedRole(roleARN: String, via: CredentialSource)

    /// The chain from the base credentials to the final role, outermost last.
    public var chain: [String] {
        switch self {
        case .explicit: ["explicit credentials"]
        case .environment: ["environment (AWS_ACCESS_KEY_ID)"]
        case .profile(let name): ["profile '\(name)'"]
        case .process(let profile): ["credential_process of profile '\(profile)'"]
        case .assumedRole(let role, let via): via.chain + ["assumed role \(role)"]
        }
    }

    public var description: String { chain.joined(separator: " → ") }
}
