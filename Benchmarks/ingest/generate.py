#!/usr/bin/env python3
"""Generate realistic CloudTrail log files for the ingest benchmark.

Writes what an organization trail delivers to S3: gzipped `{"Records": [...]}` files, one JSON
line each, under AWSLogs/<org-id>/<account>/CloudTrail/<region>/YYYY/MM/DD/, named
<account>_CloudTrail_<region>_<YYYYMMDDTHHMMZ>_<random>.json.gz, plus the CloudTrail-Digest files a
trail with validation writes (which readers must skip). Records mix the identities seen in real
organizations (IAM users, IAM Identity Center users through AWSReservedSSO_* roles, service roles,
AWS services, the root user) and common management events, ~5 % failing with an error code.

Deterministic for a given --seed. Standard library only.
"""
import argparse
import datetime as dt
import gzip
import json
import os
import random
import string
import sys
import uuid

ORG = "o-gw7example01"
REGIONS = ["us-east-1", "eu-central-1", "eu-west-1", "us-west-2", "ap-southeast-2"]
PEOPLE = ["mara.okafor", "jonas.weber", "li.chen", "sofia.rossi", "amir.haddad", "nora.lind", "tomas.novak", "ines.garcia",
          "kwame.mensah", "yuki.tanaka", "olga.petrova", "raj.patel", "emma.schmidt", "lucas.martin", "ana.silva", "omar.farouk"]
PERMISSION_SETS = ["AdministratorAccess", "PowerUserAccess", "ReadOnlyAccess", "BillingAccess", "DeveloperAccess"]
AGENTS = [
    "aws-cli/2.22.12 md/awscrt#0.23.4 ua/2.0 os/linux#6.8.0 md/arch#x86_64 lang/python#3.12.7 md/pyimpl#CPython cfg/retry-mode#standard md/installer#exe md/distrib#ubuntu.24 md/prompt#off md/command#{cmd}",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
    "aws-sdk-go-v2/1.32.6 ua/2.1 os/linux lang/go#1.23.4 md/GOOS#linux md/GOARCH#amd64 api/{svc}#1.0.0 m/E",
    "Boto3/1.35.76 md/Botocore#1.35.76 ua/2.0 os/linux#5.10.228-219.884.amzn2.x86_64 md/arch#x86_64 lang/python#3.12.8 md/pyimpl#CPython exec-env/AWS_Lambda_python3.12 cfg/retry-mode#legacy Botocore/1.35.76",
    "Terraform/1.10.1 (+https://www.terraform.io) terraform-provider-aws/5.80.0 (+https://registry.terraform.io/providers/hashicorp/aws) aws-sdk-go-v2/1.32.6 ua/2.1 os/linux lang/go#1.23.3 md/GOOS#linux md/GOARCH#amd64 api/{svc}#1.0.0",
]
# (eventSource, eventName, readOnly, request parameters, response elements)
EVENTS = [
    ("ec2.amazonaws.com", "DescribeInstances", True, lambda r: {"instancesSet": {}, "filterSet": {"items": [{"name": "instance-state-name", "valueSet": {"items": [{"value": "running"}]}}]}}, None),
    ("s3.amazonaws.com", "ListBuckets", True, lambda r: {"Host": "s3.amazonaws.com"}, None),
    ("s3.amazonaws.com", "GetBucketPolicy", True, lambda r: {"bucketName": f"gw-{r.choice(['logs', 'data', 'backups', 'assets'])}-{r.randrange(10**6):06d}", "Host": "s3.amazonaws.com", "policy": ""}, None),
    ("sts.amazonaws.com", "AssumeRole", True, lambda r: {"roleArn": f"arn:aws:iam::{r.choice(ACCOUNTS)}:role/OrganizationAccountAccessRole", "roleSessionName": f"gw-{r.randrange(10**9)}", "durationSeconds": 3600},
     lambda r: {"credentials": {"accessKeyId": key(r, "ASIA"), "sessionToken": "".join(r.choices(string.ascii_letters + string.digits + "/+", k=220)), "expiration": "Dec 4, 2024, 11:00:00 AM"}, "assumedRoleUser": {"assumedRoleId": f"AROA{key(r, '')[:16]}:gw", "arn": "arn:aws:sts::000000000000:assumed-role/OrganizationAccountAccessRole/gw"}}),
    ("iam.amazonaws.com", "GetRole", True, lambda r: {"roleName": r.choice(["OrganizationAccountAccessRole", "gw-deploy", "lambda-exec"])}, None),
    ("iam.amazonaws.com", "CreateUser", False, lambda r: {"userName": f"svc-{r.randrange(10**4)}"}, lambda r: {"user": {"path": "/", "userName": "svc", "userId": "AIDA" + key(r, "")[:17], "arn": "arn:aws:iam::000000000000:user/svc", "createDate": "Dec 4, 2024, 10:00:00 AM"}}),
    ("iam.amazonaws.com", "AttachRolePolicy", False, lambda r: {"roleName": "gw-deploy", "policyArn": "arn:aws:iam::aws:policy/AdministratorAccess"}, None),
    ("kms.amazonaws.com", "Decrypt", True, lambda r: {"encryptionAlgorithm": "SYMMETRIC_DEFAULT", "encryptionContext": {"aws:lambda:FunctionArn": "arn:aws:lambda:eu-central-1:000000000000:function:payments"}}, None),
    ("lambda.amazonaws.com", "UpdateFunctionCode20150331v2", False, lambda r: {"functionName": r.choice(["payments", "ingest", "notify"]), "publish": False, "dryRun": False}, None),
    ("cloudtrail.amazonaws.com", "LookupEvents", True, lambda r: {"maxResults": 50, "lookupAttributes": [{"attributeKey": "EventName", "attributeValue": "ConsoleLogin"}]}, None),
    ("logs.amazonaws.com", "DescribeLogGroups", True, lambda r: {"limit": 50, "logGroupNamePrefix": "/aws/lambda/"}, None),
    ("organizations.amazonaws.com", "ListAccounts", True, lambda r: None, None),
    ("secretsmanager.amazonaws.com", "GetSecretValue", True, lambda r: {"secretId": f"arn:aws:secretsmanager:eu-central-1:000000000000:secret:prod/db-{r.randrange(100)}"}, None),
    ("ec2.amazonaws.com", "AuthorizeSecurityGroupIngress", False, lambda r: {"groupId": f"sg-{r.randrange(16**17):017x}", "ipPermissions": {"items": [{"ipProtocol": "tcp", "fromPort": 22, "toPort": 22, "ipRanges": {"items": [{"cidrIp": "0.0.0.0/0"}]}}]}}, None),
]
ACCOUNTS = []


def key(r, prefix):
    return prefix + "".join(r.choices(string.ascii_uppercase + string.digits, k=16))


def ip(r):
    return f"{r.choice([203, 198, 81, 94, 185, 52, 3])}.{r.randrange(256)}.{r.randrange(256)}.{r.randrange(1, 255)}"


def identity(r, account):
    roll = r.random()
    if roll < 0.40:  # IAM Identity Center user through a permission-set role
        person = r.choice(PEOPLE)
        pset = r.choice(PERMISSION_SETS)
        role = f"AWSReservedSSO_{pset}_{r.randrange(16**16):016x}"
        email = f"{person}@groundwork.example"
        return {"type": "AssumedRole", "principalId": f"AROA{key(r, '')[:17]}:{email}",
                "arn": f"arn:aws:sts::{account}:assumed-role/{role}/{email}", "accountId": account, "accessKeyId": key(r, "ASIA"),
                "sessionContext": {"sessionIssuer": {"type": "Role", "principalId": f"AROA{key(r, '')[:17]}",
                                                     "arn": f"arn:aws:iam::{account}:role/aws-reserved/sso.amazonaws.com/eu-central-1/{role}",
                                                     "accountId": account, "userName": role},
                                   "attributes": {"creationDate": "2024-12-04T08:00:00Z", "mfaAuthenticated": "false"}}}, "sso"
    if roll < 0.60:  # workload role
        role = r.choice(["lambda-exec", "gw-deploy", "ecs-task", "OrganizationAccountAccessRole"])
        session = r.choice(["payments", "ingest", f"i-{r.randrange(16**17):017x}", f"aws-go-sdk-{r.randrange(10**18)}"])
        return {"type": "AssumedRole", "principalId": f"AROA{key(r, '')[:17]}:{session}",
                "arn": f"arn:aws:sts::{account}:assumed-role/{role}/{session}", "accountId": account, "accessKeyId": key(r, "ASIA"),
                "sessionContext": {"sessionIssuer": {"type": "Role", "principalId": f"AROA{key(r, '')[:17]}",
                                                     "arn": f"arn:aws:iam::{account}:role/{role}", "accountId": account, "userName": role},
                                   "attributes": {"creationDate": "2024-12-04T08:00:00Z", "mfaAuthenticated": "false"}}}, "role"
    if roll < 0.85:
        user = r.choice(PEOPLE[:6] + ["ci-bot", "terraform"])
        return {"type": "IAMUser", "principalId": f"AIDA{key(r, '')[:17]}", "arn": f"arn:aws:iam::{account}:user/{user}",
                "accountId": account, "accessKeyId": key(r, "AKIA"), "userName": user}, "user"
    if roll < 0.995:
        service = r.choice(["config.amazonaws.com", "cloudformation.amazonaws.com", "access-analyzer.amazonaws.com"])
        return {"type": "AWSService", "invokedBy": service}, "service"
    return {"type": "Root", "principalId": account, "arn": f"arn:aws:iam::{account}:root", "accountId": account,
            "accessKeyId": key(r, "ASIA")}, "root"


def record(r, account, region, when):
    source, name, read_only, request, response = r.choice(EVENTS)
    ident, kind = identity(r, account)
    svc = source.split(".")[0]
    rec = {
        "eventVersion": "1.10",
        "userIdentity": ident,
        "eventTime": when.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "eventSource": source,
        "eventName": name,
        "awsRegion": region,
        "sourceIPAddress": ident.get("invokedBy") or ip(r),
        "userAgent": ident.get("invokedBy") or r.choice(AGENTS).format(cmd=f"{svc}.{name.lower()}", svc=svc),
        "requestParameters": request(r),
        "responseElements": response(r) if response else None,
        "requestID": str(uuid.UUID(int=r.getrandbits(128))),
        "eventID": str(uuid.UUID(int=r.getrandbits(128))),
        "readOnly": read_only,
        "eventType": "AwsApiCall",
        "managementEvent": True,
        "recipientAccountId": account,
        "eventCategory": "Management",
        "tlsDetails": {"tlsVersion": "TLSv1.3", "cipherSuite": "TLS_AES_128_GCM_SHA256", "clientProvidedHostHeader": f"{svc}.{region}.amazonaws.com"},
    }
    if r.random() < 0.05:
        rec["errorCode"] = "AccessDenied"
        rec["errorMessage"] = (f"User: {ident.get('arn', 'unknown')} is not authorized to perform: {svc}:{name} "
                               f"because no identity-based policy allows the {svc}:{name} action")
        rec["responseElements"] = None
    if kind == "sso":
        rec["sessionCredentialFromConsole"] = "true"
    return rec


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=1_000_000)
    parser.add_argument("--out", default=os.path.join(os.path.dirname(__file__), "..", ".work", "ingest", "logs"))
    parser.add_argument("--accounts", type=int, default=6)
    parser.add_argument("--seed", type=int, default=20241204)
    parser.add_argument("--plain", action="store_true", help="write .json instead of .json.gz")
    args = parser.parse_args()

    r = random.Random(args.seed)
    ACCOUNTS.extend(f"{r.randrange(10**11, 10**12):012d}" for _ in range(args.accounts))
    start = dt.datetime(2024, 12, 1, tzinfo=dt.timezone.utc)
    written = files = raw_bytes = 0
    slot = 0
    while written < args.records:
        # One delivery: every (account, region) writes one file per 5-minute slot.
        when = start + dt.timedelta(minutes=5 * slot)
        slot += 1
        for account in ACCOUNTS:
            for region in REGIONS:
                if written >= args.records:
                    break
                count = min(args.records - written, max(1, int(r.expovariate(1 / 60))))
                records = [record(r, account, region, when + dt.timedelta(seconds=r.randrange(300))) for _ in range(count)]
                day = when.strftime("%Y/%m/%d")
                folder = os.path.join(args.out, "AWSLogs", ORG, account, "CloudTrail", region, day)
                os.makedirs(folder, exist_ok=True)
                stamp = when.strftime("%Y%m%dT%H%MZ")
                suffix = "".join(r.choices(string.ascii_letters + string.digits, k=16))
                name = f"{account}_CloudTrail_{region}_{stamp}_{suffix}.json"
                body = json.dumps({"Records": records}, separators=(",", ":")).encode()
                raw_bytes += len(body)
                if args.plain:
                    with open(os.path.join(folder, name), "wb") as f:
                        f.write(body)
                else:
                    with open(os.path.join(folder, name + ".gz"), "wb") as f:
                        f.write(gzip.compress(body, compresslevel=6, mtime=0))
                written += count
                files += 1
            if written >= args.records:
                break
        if slot % 12 == 0:
            # One digest per account and hour, as log file validation writes them.
            for account in ACCOUNTS:
                folder = os.path.join(args.out, "AWSLogs", ORG, account, "CloudTrail-Digest", "us-east-1", when.strftime("%Y/%m/%d"))
                os.makedirs(folder, exist_ok=True)
                digest = {"awsAccountId": account, "digestStartTime": when.isoformat(), "logFiles": []}
                with open(os.path.join(folder, f"{account}_CloudTrail-Digest_us-east-1_{when.strftime('%Y%m%dT%H%MZ')}.json.gz"), "wb") as f:
                    f.write(gzip.compress(json.dumps(digest).encode(), mtime=0))
    print(json.dumps({"records": written, "files": files, "json_bytes": raw_bytes, "out": os.path.abspath(args.out)}))


if __name__ == "__main__":
    sys.exit(main())
