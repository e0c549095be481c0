/// What the client needs to know about one AWS service: how to reach it, sign for it and speak to it.
///
/// Values come from the `metadata` block of botocore's `service-2.json` for the service; where
/// it lives and how it is signed comes from `EndpointService` (the shared config resolution).
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
    /// Host prefix, signing name, global endpoints and the `AWS_ENDPOINT_URL_<SERVICE>` suffix.
    public var endpoint: EndpointService
    public var wireProtocol: WireProtocol

    public init(name: String, endpoint: EndpointService, wireProtocol: WireProtocol) {
        self.name = name
        self.endpoint = endpoint
        self.wireProtocol = wireProtocol
    }

    /// The SigV4 service name, e.g. `sso` for `sso-admin`.
    public var signingName: String { endpoint.signingName }

    public var description: String { name }
}

extension AWSService {
    /// AWS Organizations: one endpoint per partition (us-east-1 in `aws`).
    public static let organizations = AWSService(
        name: "organizations",
        endpoint: .organizations,
        wireProtocol: .json(version: "1.1", targetPrefix: "AWSOrganizationsV20161128")
    )

    /// IAM: global, signed for us-east-1 in `aws`.
    public static let iam = AWSService(name: "iam", endpoint: .iam, wireProtocol: .query(apiVersion: "2010-05-08"))

    /// STS, used through its regional endpoints as current SDKs do.
    public static let sts = AWSService(name: "sts", endpoint: .sts, wireProtocol: .query(apiVersion: "2011-06-15"))

    /// S3 over REST-XML.
    public static let s3 = AWSService(name: "s3", endpoint: .s3, wireProtocol: .restXML)

    /// IAM Identity Center administration (`sso-admin`, target prefix `SWBExternalService`).
    public static let ssoAdmin = AWSService(
        name: "sso-admin",
        endpoint: .ssoAdmin,
        wireProtocol: .json(version: "1.1", targetPrefix: "SWBExternalService")
    )

    /// The Identity Center identity store.
    public static let identityStore = AWSService(
        name: "identitystore",
        endpoint: .identityStore,
        wireProtocol: .json(version: "1.1", targetPrefix: "AWSIdentityStore")
    )

    /// CloudTrail.
    public static let cloudTrail = AWSService(
        name: "cloudtrail",
        endpoint: .cloudTrail,
        wireProtocol: .json(version: "1.1", targetPrefix: "com.amazonaws.cloudtrail.v20131101.CloudTrail_20131101")
    )

    /// KMS.
    public static let kms = AWSService(
        name: "kms", endpoint: .kms, wireProtocol: .json(version: "1.1", targetPrefix: "TrentService"))
}
