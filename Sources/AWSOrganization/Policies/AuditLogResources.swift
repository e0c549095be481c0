/// The resources `protect-audit-log` guards: the organization trail, the archive bucket and the
/// trail's KMS key.
public struct AuditLogResources: Sendable, Hashable {
    /// The name Groundwork gives the organization trail.
    public static let defaultTrailName = "groundwork-organization-trail"

    public var trailName: String
    /// The archive bucket's name, or a pattern (`acme-audit-log-*`) when the log-archive account's
    /// id is not known yet (before the account exists).
    public var bucketName: String
    /// The KMS key that encrypts the trail's files, when one is declared.
    public var kmsKeyARN: String?

    public init(trailName: String = Self.defaultTrailName, bucketName: String, kmsKeyARN: String? = nil) {
        self.trailName = trailName
        self.bucketName = bucketName
        self.kmsKeyARN = kmsKeyARN
    }

    /// Trail ARN in any region of any account: an SCP governs member accounts, and the organization
    /// trail's copies appear in each of them under the same name.
    public var trailARNPattern: String { "arn:aws:cloudtrail:*:*:trail/\(trailName)" }

    public var bucketARN: String { "arn:aws:s3:::\(bucketName)" }
    public var objectsARN: String { "arn:aws:s3:::\(bucketName)/*" }
}
