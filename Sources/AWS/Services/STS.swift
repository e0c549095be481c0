public import Foundation

/// AWS Security Token Service operations (Query protocol).
///
/// Related AWS documentation: https://docs.aws.amazon.com/STS/latest/APIReference/welcome.html
public enum STS {
    public static let getCallerIdentity = AWSOperation<EmptyInput, GetCallerIdentityResponse>.query(
        .sts, "GetCallerIdentity")
    public static let assumeRole = AWSOperation<AssumeRoleRequest, AssumeRoleResponse>.query(.sts, "AssumeRole")

    public struct GetCallerIdentityResponse: Sendable, Hashable, Codable {
        public var userId: String?
        public var account: String?
        public var arn: String?
    }

    public struct AssumeRoleRequest: Sendable, Hashable, Codable {
        public var roleArn: String
        public var roleSessionName: String
        public var durationSeconds: Int?
        public var externalId: String?
        public var policy: String?

        public init(
            roleArn: String, roleSessionName: String, durationSeconds: Int? = nil, externalId: String? = nil,
            policy: String? = nil
        ) {
            self.roleArn = roleArn
            self.roleSessionName = roleSessionName
            self.durationSeconds = durationSeconds
            self.externalId = externalId
            self.policy = policy
        }
    }

    public struct AssumeRoleResponse: Sendable, Hashable, Codable {
        public var credentials: Credentials?
        public var assumedRoleUser: AssumedRoleUser?
    }

    /// Temporary credentials; the secret and token never appear in `description`.
    public struct Credentials: Sendable, Hashable, Codable, CustomStringConvertible {
        public var accessKeyId: String
        public var secretAccessKey: String
        public var sessionToken: String
        public var expiration: Date

        public var description: String { "STS.Credentials(\(accessKeyId), secret: <redacted>, expires \(expiration))" }
    }

    public struct AssumedRoleUser: Sendable, Hashable, Codable {
        public var assumedRoleId: String
        public var arn: String
    }
}
