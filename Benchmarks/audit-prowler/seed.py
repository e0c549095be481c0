"""Builds an organization of N member accounts on moto and injects the violations the benchmark
counts. Prints the injected violations as JSON (name -> the resource a finding must name)."""
import json
import sys

import boto3

n = int(sys.argv[1])
region = "eu-central-1"
org = boto3.client("organizations", region_name="us-east-1")
org.create_organization(FeatureSet="ALL")
root = org.list_roots()["Roots"][0]["Id"]
prod_ou = org.create_organizational_unit(ParentId=root, Name="Production")["OrganizationalUnit"]["Id"]
dev_ou = org.create_organizational_unit(ParentId=root, Name="Development")["OrganizationalUnit"]["Id"]
ids = []
for i in range(n):
    status = org.create_account(Email=f"a{i}@bench.example", AccountName=f"acct-{i}")["CreateAccountStatus"]
    account = status["AccountId"]
    org.move_account(AccountId=account, SourceParentId=root, DestinationParentId=prod_ou if i % 2 == 0 else dev_ou)
    ids.append(account)
me = boto3.client("sts", region_name=region).get_caller_identity()["Account"]


def inside(account, service):
    creds = boto3.client("sts", region_name=region).assume_role(
        RoleArn=f"arn:aws:iam::{account}:role/OrganizationAccountAccessRole", RoleSessionName="bench")["Credentials"]
    return boto3.client(service, region_name=region, aws_access_key_id=creds["AccessKeyId"],
                        aws_secret_access_key=creds["SecretAccessKey"], aws_session_token=creds["SessionToken"])


# An organization trail that was switched off, into a bucket without Object Lock.
s3 = boto3.client("s3", region_name=region)
bucket = f"bench-trail-{me}"
s3.create_bucket(Bucket=bucket, CreateBucketConfiguration={"LocationConstraint": region})
trail = boto3.client("cloudtrail", region_name=region)
trail.create_trail(Name="org-trail", S3BucketName=bucket, IsMultiRegionTrail=True, IsOrganizationTrail=True,
                   EnableLogFileValidation=True)
trail.start_logging(Name="org-trail")
trail.stop_logging(Name="org-trail")

violations = {"trail-not-logging": "org-trail", "archive-without-object-lock": bucket}
# A shadow IAM user with an access key in the management account and in a member account.
iam = boto3.client("iam", region_name=region)
iam.create_user(UserName="shadow-mgmt")
iam.create_access_key(UserName="shadow-mgmt")
violations["iam-user-key-management"] = "shadow-mgmt"
member = ids[-1] if ids else None
if member:
    member_iam = inside(member, "iam")
    member_iam.create_user(UserName="shadow-member")
    member_iam.create_access_key(UserName="shadow-member")
    violations["iam-user-key-member"] = "shadow-member"
# A production role trusting a development account.
if len(ids) >= 2:
    trust = {"Version": "2012-10-17", "Statement": [
        {"Effect": "Allow", "Principal": {"AWS": f"arn:aws:iam::{ids[1]}:root"}, "Action": "sts:AssumeRole"}]}
    inside(ids[0], "iam").create_role(RoleName="trusts-dev", AssumeRolePolicyDocument=json.dumps(trust))
    violations["prod-role-trusts-dev"] = "trusts-dev"
# No service control policy protects the trail (none is attached).
violations["no-protecting-scp"] = "protect"
print(json.dumps(violations))
