/// What endpoint resolution needs to know about one AWS service, taken from its botocore model's
/// `metadata` (`serviceId`, `endpointPrefix`, `signingName`) and `endpoints.json`.
public struct EndpointService: Sendable, Hashable {
    /// The model's `serviceId`, e.g. `SSO Admin`; it names the `AWS_ENDPOINT_URL_<ID>` variable and
    /// the key in a `[services]` section.
    public var serviceID: String
    /// The host's first label, e.g. `sso` for SSO Admin.
    public var endpointPrefix: String
    /// The SigV4 service name, e.g. `sso`.
    public var signingName: String
    /// For services with one endpoint per partition (IAM, Organizations): the host and signing
    /// region per partition.
    public var globalEndpoints: [AWSPartition.ID: GlobalEndpoint]

    /// A partition-wide endpoint of a global service.
    public struct GlobalEndpoint: Sendable, Hashable {
        public var hostname: String
        public var signingRegion: String

        public init(hostname: String, signingRegion: String) {
            self.hostname = hostname
            self.signingRegion = signingRegion
        }
    }

    public init(
        serviceID: String, endpointPrefix: String, signingName: String? = nil,
        globalEndpoints: [AWSPartition.ID: GlobalEndpoint] = [:]
    ) {
        self.serviceID = serviceID
        self.endpointPrefix = endpointPrefix
        self.signingName = signingName ?? endpointPrefix
        self.globalEndpoints = globalEndpoints
    }

    /// `SSO Admin` → `SSO_ADMIN`, the suffix of `AWS_ENDPOINT_URL_<SERVICE>`.
    public var environmentSuffix: String {
        String(serviceID.uppercased().map { $0 == " " || $0 == "-" ? "_" : $0 })
    }

    /// `SSO Admin` → `sso_admin`, the key inside a `[services NAME]` section.
    public var configKey: String {
        String(serviceID.lowercased().map { $0 == " " || $0 == "-" ? "_" : $0 })
    }
}

extension EndpointService {
    public static let organizations = EndpointService(
        serviceID: "Organizations", endpointPrefix: "organizations",
        globalEndpoints: [
            .aws: GlobalEndpoint(hostname: "organizations.us-east-1.amazonaws.com", signingRegion: "us-east-1"),
            .awsCN: GlobalEndpoint(
                hostname: "organizations.cn-northwest-1.amazonaws.com.cn", signingRegion: "cn-northwest-1"),
            .awsUSGov: GlobalEndpoint(
                hostname: "organizations.us-gov-west-1.amazonaws.com", signingRegion: "us-gov-west-1"),
        ]
    )
    public static let iam = EndpointService(
        serviceID: "IAM", endpointPrefix: "iam",
        globalEndpoints: [
            .aws: GlobalEndpoint(hostname: "iam.amazonaws.com", signingRegion: "us-east-1"),
            .awsCN: GlobalEndpoint(hostname: "iam.cn-north-1.amazonaws.com.cn", signingRegion: "cn-north-1"),
            .awsUSGov: GlobalEndpoint(hostname: "iam.us-gov.amazonaws.com", signingRegion: "us-gov-west-1"),
        ]
    )
    /// Regional, as every current SDK defaults to (`sts_regional_endpoints = regional`).
    public static let sts = EndpointService(serviceID: "STS", endpointPrefix: "sts")
    public static let s3 = EndpointService(serviceID: "S3", endpointPrefix: "s3")
    public static let ssoAdmin = EndpointService(serviceID: "SSO Admin", endpointPrefix: "sso", signingName: "sso")
    public static let identityStore = EndpointService(serviceID: "identitystore", endpointPrefix: "identitystore")
    public static let cloudTrail = EndpointService(serviceID: "CloudTrail", endpointPrefix: "cloudtrail")
    public static let kms = EndpointService(serviceID: "KMS", endpointPrefix: "kms")
}
