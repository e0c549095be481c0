/// Actions `restrict-regions` never denies, because their services answer from one global endpoint
/// (most in us-east-1) whatever region the caller works in.
///
/// The list follows the example SCP "Deny access to AWS based on the requested AWS Region" in the
/// AWS Organizations User Guide (orgs_manage_policies_scps_examples_general). AWS notes the list is
/// not exhaustive; KMS and ACM are regional but listed so that CloudFront can use keys and
/// certificates in us-east-1.
public enum GlobalServiceActions {
    public static let all: [String] = [
        "a4b:*",
        "acm:*",
        "aws-marketplace-management:*",
        "aws-marketplace:*",
        "aws-portal:*",
        "budgets:*",
        "ce:*",
        "chime:*",
        "cloudfront:*",
        "config:*",
        "cur:*",
        "directconnect:*",
        "ec2:DescribeRegions",
        "ec2:DescribeTransitGateways",
        "ec2:DescribeVpnGateways",
        "fms:*",
        "globalaccelerator:*",
        "health:*",
        "iam:*",
        "importexport:*",
        "kms:*",
        "mobileanalytics:*",
        "networkmanager:*",
        "organizations:*",
        "pricing:*",
        "route53-recovery-cluster:*",
        "route53-recovery-control-config:*",
        "route53-recovery-readiness:*",
        "route53:*",
        "route53domains:*",
        "s3:GetAccountPublic*",
        "s3:ListAllMyBuckets",
        "s3:ListMultiRegionAccessPoints",
        "s3:PutAccountPublic*",
        "shield:*",
        "sts:*",
        "support:*",
        "trustedadvisor:*",
        "waf-regional:*",
        "waf:*",
        "wafv2:*",
        "wellarchitected:*",
    ]
}
