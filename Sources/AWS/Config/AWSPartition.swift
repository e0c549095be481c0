/// The AWS partition a region belongs to, which fixes the DNS suffix of its endpoints.
///
/// Only the public partitions are known here; a region of another partition falls back to the
/// commercial one, and `--endpoint-url` covers the rest.
public struct AWSPartition: Sendable, Hashable {
    public enum ID: String, Sendable, Hashable {
        case aws
        case awsCN = "aws-cn"
        case awsUSGov = "aws-us-gov"
    }

    public var id: ID
    public var dnsSuffix: String

    /// The partition of `region`: `cn-*` is China, `us-gov-*` is GovCloud, anything else commercial.
    public init(region: String) {
        if region.hasPrefix("cn-") {
            id = .awsCN
            dnsSuffix = "amazonaws.com.cn"
        } else if region.hasPrefix("us-gov-") {
            id = .awsUSGov
            dnsSuffix = "amazonaws.com"
        } else {
            id = .aws
            dnsSuffix = "amazonaws.com"
        }
    }
}
