public import AWSSigner
public import Support

/// How a profile's credentials are obtained, as data: where the first credentials come from and
/// which roles are then assumed, in order. Resolving it performs no I/O; the AWS client runs the
/// process or calls STS.
///
/// `role_arn` + `source_profile` chains are followed to their root (a profile with keys or a
/// `credential_process`, or a `credential_source`), and a loop is reported instead of recursing
/// forever. A profile that points `source_profile` at itself uses its own keys as the source,
/// as the AWS CLI allows.
public struct ProfileCredentialChain: Sendable, Hashable, CustomStringConvertible {
    /// Where the first credentials in the chain come from.
    public enum Source: Sendable, Hashable {
        /// Keys written in the named profile.
        case staticKeys(profile: String, credentials: AWSCredentials)
        /// `credential_process` of the named profile: a command printing JSON credentials.
        case process(profile: String, command: String)
        /// `credential_source = Environment`: `AWS_ACCESS_KEY_ID` and friends.
        case environment
        /// `credential_source = Ec2InstanceMetadata`: the instance role via IMDSv2.
        case ec2InstanceMetadata
        /// `credential_source = EcsContainer`: the task role via the container credentials endpoint.
        case ecsContainer
    }

    /// One `sts:AssumeRole` call in the chain, with the options of the profile that declares it.
    public struct RoleAssumption: Sendable, Hashable {
        /// The profile declaring `role_arn`.
        public var profile: String
        public var roleARN: String
        public var externalID: String?
        public var roleSessionName: String?
        public var durationSeconds: Int?
        public var mfaSerial: String?
        /// Where `role_arn` was written.
        public var location: SourceLocation?
    }

    /// The profile the chain was resolved for.
    public var profile: String
    public var source: Source
    /// Roles to assume in order: the first with `source`'s credentials, each next with the previous role's.
    public var roles: [RoleAssumption]

    /// The summary: a `credential_process` command line may carry secrets, so it is never printed.
    public var description: String { summary }

    /// `default → ops (role) → admin (role)`: the profiles visited from the root, for `whoami` and errors.
    public var summary: String {
        let root: String
        switch source {
        case .staticKeys(let profile, _): root = "profile '\(profile)' keys"
        case .process(let profile, _): root = "profile '\(profile)' credential_process"
        case .environment: root = "environment"
        case .ec2InstanceMetadata: root = "EC2 instance metadata"
        case .ecsContainer: root = "ECS container credentials"
        }
        return ([root] + roles.map { "\($0.roleARN) (profile '\($0.profile)')" }).joined(separator: " → ")
    }
}
