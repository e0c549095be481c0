import Foundation

/// What the client needs to know about one AWS service: how to reach it, sign for it and speak to it.
///
/// Values come from the `metadata` block of botocore's `service-2.json` for the service.
public struct AWSService: Sendable, Hashable, CustomStringConvertible {
    /// The wire protocol the service speaks.
    public enum WireProtocol: Sendable, Hashable {
        /// `application/x-amz-json-<version>` with `X-Amz-Target: <targetPrefix>.<Operation>`.
        case json(version: String, targetPrefix: String)
        /// Form-encoded `Action`/`Version` parameters, XML answers.
        case query(apiVersion: String)
        /// Operation-specific method and path, XML bodies (S3).
        case restXML
    }

    /// The botocore service name, e.g. `sso-admin`.
    public var name: String
    /// The host prefix, e.g. `sso` for `sso.us-east-1.amazonaws.com`.
    public var endpointPrefix: String
    /// The SigV4 service name.
    public var signingName: String
    public var wireProtocol: WireProtocol
    /// For services with one global endpoint: the host and the region requests are signed for.
    public var globalEndpoint: GlobalEndpoint?

    /// A partition-wide endpoint such as `iam.amazonaws.com`, signed for one fixed region.
    public struct GlobalEndpoint: Sendable, Hashable {
        public var host: String
        public var signingRegion: String

        public init(host: String, signingRegion: String) {
            self.host = host
            self.signingRegion = signingRegion
        }
    }

    public init(
        name: String,
        endpointPrefix: String,
        signingName: String,
        wireProtocol: WireProtocol,
        globalEndpoint: GlobalEndpoint? = nil
    ) {
        self.name = name
        self.endpointPrefix = endpointPrefix
        self.signingName = signingName
        self.wireProtocol = wireProtocol
        self.globalEndpoint = globalEndpoint
    }

    /// The suffix of `AWS_ENDPOINT_URL_<SERVICE>`: the name uppercased with `-` and spaces as `_`.
    public var environmentSuffix: String {
        name.uppercased().replacingOccurrences(of: "-", with: "_").replacingOccurrences(of: " ", with: "_")
    }

    public var description: String { name }
}

extension AWSService {
    /// AWS Organizations: one endpoint in us-east-1 for the whole partition.
    public static let organizations = AWSService(
        name: "organizations",
        endpointPrefix: "organizations",
        signingName: "organizations",
        wireProtocol: .json(version: "1.1", targetPrefix: "AWSOrganizationsV20161128"),
        globalEndpoint: GlobalEndpoint(host: "organizations.us-east-1.amazonaws.com", signingRegion: "us-east-1")
    )

    /// IAM: global, signed for us-east-1.
    public static let iam = AWSService(
        name: "iam",
        endpointPrefix: "iam",
        signingName: "iam",
        wireProtocol: .query(apiVersion: "2010-05-08"),
        globalEndpoint: GlobalEndpoint(host: "iam.amazonaws.com", signingRegion: "us-east-1")
    )

    /// STS, used through its regional endpoints as current SDKs do.
    public static let sts = AWSService(
        name: "sts",
        endpointPrefix: "sts",
        signingName: "sts",
        wireProtocol: .query(apiVersion: "2011-06-15")
    )

    /// S3 over REST-XML.
    public static let s3 = AWSService(name: "s3", endpointPrefix: "s3", signingName: "s3", wireProtocol: .restXML)

    /// IAM Identity Center administration (`sso-admin`, target prefix `SWBExternalService`).
    public static let ssoAdmin = AWSService(
        name: "sso-admin",
        endpointPrefix: "sso",
        signingName: "sso",
        wireProtocol: .json(version: "1.1", targetPrefix: "SWBExternalService")
    )

    /// The Identity Center identity store.
    public static let identityStore = AWSService(
        name: "identitystore",
        endpointPrefix: "identitystore",
        signingName: "identitystore",
        wireProtocol: .json(version: "1.1", targetPrefix: "AWSIdentityStore")
    )

    /// CloudTrail.
    public static let cloudTrail = AWSService(
        name: "cloudtrail",
        endpointPrefix: "cloudtrail",
        signingName: "cloudtrail",
        wireProtocol: .json(version: "1.1", targetPrefix: "com.amazonaws.cloudtrail.v20131101.CloudTrail_20131101")
    )

    /// KMS.
    public static let kms = AWSService(
        name: "kms",
        endpointPrefix: "kms",
        signingName: "kms",
        wireProtocol: .json(version: "1.1", targetPrefix: "TrentService")
    )
}
