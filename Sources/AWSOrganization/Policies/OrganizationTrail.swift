/// The organization trail's settings: every account, every region, global events, signed digests.
///
/// See [CreateTrail](https://docs.aws.amazon.com/awscloudtrail/latest/APIReference/API_CreateTrail.html).
/// An organization trail is created in the management account (or by a delegated administrator);
/// it lives in the home region and copies itself into every member account, read-only there.
public struct OrganizationTrail: Sendable, Hashable {
    public var name: String
    public var homeRegion: String
    public var bucketName: String
    public var kmsKeyARN: String?
    public var isMultiRegionTrail: Bool
    public var includeGlobalServiceEvents: Bool
    /// Digest files signed by CloudTrail, so a removed or edited log file is detectable.
    public var enableLogFileValidation: Bool
    public var isOrganizationTrail: Bool

    public init(
        name: String = AuditLogResources.defaultTrailName,
        homeRegion: String,
        bucketName: String,
        kmsKeyARN: String? = nil,
        isMultiRegionTrail: Bool = true,
        includeGlobalServiceEvents: Bool = true,
        enableLogFileValidation: Bool = true,
        isOrganizationTrail: Bool = true
    ) {
        self.name = name
        self.homeRegion = homeRegion
        self.bucketName = bucketName
        self.kmsKeyARN = kmsKeyARN
        self.isMultiRegionTrail = isMultiRegionTrail
        self.includeGlobalServiceEvents = includeGlobalServiceEvents
        self.enableLogFileValidation = enableLogFileValidation
        self.isOrganizationTrail = isOrganizationTrail
    }

    /// The trail's ARN, which the bucket policy binds CloudTrail's writes to.
    public func arn(managementAccountID: String) -> String {
        "arn:aws:cloudtrail:\(homeRegion):\(managementAccountID):trail/\(name)"
    }
}
