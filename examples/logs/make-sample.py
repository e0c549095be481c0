#!/usr/bin/env python3
"""Writes the demo's sample audit logs: one week in the life of the example organization 'acme'
(examples/acme.yaml), as each system writes its audit log. The story: bob, an engineer, is leaving;
among his ordinary work are two backdoors in staging (an IAM user with an access key, and a role
trusting an outside account), a new SSH key on GitHub and a new MFA factor in Okta.

Shapes follow the public documentation: the CloudTrail record contents reference and the
organization trail's S3 layout (AWSLogs/<org-id>/<account>/CloudTrail/<region>/YYYY/MM/DD/, gzipped
{"Records": [...]}), GitHub's organization audit log export, and Okta's System Log API.
Deterministic: running it again writes the same bytes. Test tooling only; the product never runs it.
"""
import gzip, json, os, uuid
from datetime import datetime, timezone

ORG = "o-acme0example"
REGION = "eu-central-1"
ACCOUNTS = {"management": "111111111111", "log-archive": "555555555555", "audit": "666666666666",
            "prod": "222222222222", "staging": "444444444444", "dev": "333333333333"}
PEOPLE = {"alice": ("alice@acme.example", "AROAALICE0000000001"), "bob": ("bob@acme.example", "AROABOB000000000001"),
          "dave": ("dave@acme.example", "AROADAVE00000000001")}
here = os.path.dirname(os.path.abspath(__file__))
ns = uuid.UUID("6f1c2e52-0d57-4b0c-9f6a-3c1f0e0a7d10")


def sso(person, account, permission_set):
    email, role_id = PEOPLE[person]
    acct = ACCOUNTS[account]
    role = f"AWSReservedSSO_{permission_set}_0a1b2c3d4e5f6789"
    return {
        "type": "AssumedRole", "principalId": f"{role_id}:{email}",
        "arn": f"arn:aws:sts::{acct}:assumed-role/{role}/{email}",
        "accountId": acct, "accessKeyId": "ASIA" + role_id[4:20],
        "sessionContext": {
            "sessionIssuer": {"type": "Role", "principalId": role_id,
                              "arn": f"arn:aws:iam::{acct}:role/aws-reserved/sso.amazonaws.com/{REGION}/{role}",
                              "accountId": acct, "userName": role},
            "attributes": {"creationDate": "2026-11-16T08:00:00Z", "mfaAuthenticated": "false"}},
    }


def record(n, time, person, account, permission_set, source, name, params=None, response=None, error=None,
           read_only=False, resources=None, ip="198.51.100.7"):
    rec = {
        "eventVersion": "1.10", "userIdentity": sso(person, account, permission_set),
        "eventTime": time, "eventSource": f"{source}.amazonaws.com", "eventName": name,
        "awsRegion": REGION if source not in ("iam", "sts") else "us-east-1",
        "sourceIPAddress": ip, "userAgent": "aws-cli/2.22.0 md/Botocore#1.35.0 ua/2.0 os/linux",
        "requestParameters": params, "responseElements": response,
        "requestID": str(uuid.uuid5(ns, f"req-{n}")), "eventID": str(uuid.uuid5(ns, f"evt-{n}")),
        "readOnly": read_only, "eventType": "AwsApiCall", "managementEvent": True,
        "recipientAccountId": ACCOUNTS[account], "eventCategory": "Management",
    }
    if error:
        rec["errorCode"], rec["errorMessage"] = error
    if resources:
        rec["resources"] = resources
    return rec


events = [
    ("2026-11-16T08:05:11Z", "bob", "dev", "developer", "ec2", "RunInstances",
     {"instanceType": "t3.small", "minCount": 1, "maxCount": 1}, {"instancesSet": {"items": [{"instanceId": "i-0b0b000000000dev1"}]}}),
    ("2026-11-16T09:12:40Z", "bob", "prod", "observer", "monitoring", "GetMetricData", {"startTime": "2026-11-16T08:00:00Z"}, None),
    ("2026-11-16T09:13:02Z", "bob", "prod", "observer", "logs", "FilterLogEvents", {"logGroupName": "/acme/payments-api"}, None),
    ("2026-11-16T09:20:44Z", "bob", "prod", "observer", "s3", "GetObject", {"bucketName": "acme-prod-customer-data", "key": "exports/2026-11.csv"}, None,
     ("AccessDenied", "User is not authorized to perform: s3:GetObject with an explicit deny in a permission set policy")),
    ("2026-11-17T10:01:00Z", "alice", "prod", "admin", "ecs", "UpdateService", {"cluster": "payments", "service": "api", "desiredCount": 4}, None),
    ("2026-11-18T14:30:15Z", "bob", "staging", "developer", "iam", "CreateUser", {"userName": "svc-backup"},
     {"user": {"userName": "svc-backup", "arn": "arn:aws:iam::444444444444:user/svc-backup", "userId": "AIDASVCBACKUP000001"}}),
    ("2026-11-18T14:30:52Z", "bob", "staging", "developer", "iam", "CreateAccessKey", {"userName": "svc-backup"},
     {"accessKey": {"userName": "svc-backup", "accessKeyId": "AKIASVCBACKUPEXAMPLE", "status": "Active"}}),
    ("2026-11-18T14:35:09Z", "bob", "staging", "developer", "iam", "CreateRole",
     {"roleName": "ci-deploy", "assumeRolePolicyDocument": json.dumps({"Version": "2012-10-17", "Statement": [
         {"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::999999999999:root"}, "Action": "sts:AssumeRole"}]})},
     {"role": {"roleName": "ci-deploy", "arn": "arn:aws:iam::444444444444:role/ci-deploy"}}),
    ("2026-11-18T14:36:30Z", "bob", "staging", "developer", "iam", "AttachRolePolicy",
     {"roleName": "ci-deploy", "policyArn": "arn:aws:iam::aws:policy/AdministratorAccess"}, None),
    ("2026-11-19T11:00:00Z", "dave", "audit", "security-audit", "cloudtrail", "DescribeTrails", {"includeShadowTrails": True}, None),
    ("2026-11-19T16:45:21Z", "bob", "dev", "developer", "cloudtrail", "StopLogging", {"name": "groundwork-organization-trail"}, None,
     ("AccessDenied", "User is not authorized to perform: cloudtrail:StopLogging with an explicit deny in a service control policy")),
    ("2026-11-20T08:10:00Z", "bob", "dev", "developer", "ec2", "TerminateInstances", {"instancesSet": {"items": [{"instanceId": "i-0b0b000000000dev1"}]}}, None),
]

by_file = {}
for n, (time, person, account, ps, source, name, params, response, *error) in enumerate(events):
    rec = record(n, time, person, account, ps, source, name, params, response, error[0] if error else None,
                 read_only=name.startswith(("Get", "Describe", "Filter", "List")))
    day = time[:10].replace("-", "/")
    acct = ACCOUNTS[account]
    stamp = time.replace("-", "").replace(":", "")[:13] + "Z"
    by_file.setdefault((acct, day, stamp[:11]), []).append(rec)

for (acct, day, hour), records in sorted(by_file.items()):
    folder = os.path.join(here, "cloudtrail", "AWSLogs", ORG, acct, "CloudTrail", REGION, day)
    os.makedirs(folder, exist_ok=True)
    name = f"{acct}_CloudTrail_{REGION}_{hour}00Z_{uuid.uuid5(ns, acct + hour).hex[:16]}.json.gz"
    body = json.dumps({"Records": records}, separators=(",", ":")).encode()
    with open(os.path.join(folder, name), "wb") as out:
        with gzip.GzipFile(fileobj=out, mode="wb", mtime=0) as gz:
            gz.write(body)

def ms(text):
    """Milliseconds since the epoch, as GitHub's export writes @timestamp."""
    return int(datetime.fromisoformat(text.replace("Z", "+00:00")).astimezone(timezone.utc).timestamp() * 1000)


github = [
    {"@timestamp": ms("2026-11-17T12:00:00Z"), "_document_id": "YWNtZS0wMDAx", "action": "repo.create", "actor": "alice-acme", "actor_id": 1001,
     "external_identity_nameid": "alice@acme.example", "actor_ip": "198.51.100.3", "org": "acme", "repo": "acme/payments-api",
     "operation_type": "create", "visibility": "private", "created_at": ms("2026-11-17T12:00:00Z")},
    {"@timestamp": ms("2026-11-18T14:30:00Z"), "_document_id": "YWNtZS0wMDAy", "action": "public_key.create", "actor": "bob-acme", "actor_id": 1002,
     "external_identity_nameid": "bob@acme.example", "actor_ip": "198.51.100.7", "org": "acme", "repo": "acme/payments-api",
     "operation_type": "create", "title": "laptop-2", "fingerprint": "SHA256:Wq0Zb1e8b3Yt3m2T1cZQ1h0k9nV9xUj3yC8kY0oA2bE", "created_at": ms("2026-11-18T14:30:00Z")},
    {"@timestamp": ms("2026-11-19T14:45:00Z"), "_document_id": "YWNtZS0wMDAz", "action": "protected_branch.policy_override", "actor": "bob-acme",
     "actor_id": 1002, "external_identity_nameid": "bob@acme.example", "actor_ip": "198.51.100.7", "org": "acme",
     "repo": "acme/payments-api", "branch": "main", "operation_type": "modify", "created_at": ms("2026-11-19T14:45:00Z")},
]
okta = [
    {"uuid": str(uuid.uuid5(ns, "okta-1")), "published": "2026-11-16T07:59:30.000Z", "eventType": "user.session.start",
     "displayMessage": "User login to Okta", "severity": "INFO",
     "actor": {"id": "00uacmebob000000001", "type": "User", "alternateId": "bob@acme.example", "displayName": "Bob"},
     "client": {"ipAddress": "198.51.100.7", "userAgent": {"rawUserAgent": "Mozilla/5.0 (X11; Linux x86_64) Firefox/132.0"}},
     "outcome": {"result": "SUCCESS"}, "authenticationContext": {"externalSessionId": "102acmeBobSession01"}, "target": None},
    {"uuid": str(uuid.uuid5(ns, "okta-2")), "published": "2026-11-18T14:20:00.000Z", "eventType": "user.mfa.factor.activate",
     "displayMessage": "User set up MFA factor", "severity": "INFO",
     "actor": {"id": "00uacmebob000000001", "type": "User", "alternateId": "bob@acme.example", "displayName": "Bob"},
     "client": {"ipAddress": "203.0.113.99", "userAgent": {"rawUserAgent": "Mozilla/5.0 (Android 15) Chrome/131.0"}},
     "outcome": {"result": "SUCCESS"}, "authenticationContext": {"externalSessionId": "102acmeBobSession02"},
     "target": [{"id": "00uacmebob000000001", "type": "User", "alternateId": "bob@acme.example", "displayName": "Bob"}]},
    {"uuid": str(uuid.uuid5(ns, "okta-3")), "published": "2026-11-17T09:58:00.000Z", "eventType": "user.session.start",
     "displayMessage": "User login to Okta", "severity": "INFO",
     "actor": {"id": "00uacmealice0000001", "type": "User", "alternateId": "alice@acme.example", "displayName": "Alice Doe"},
     "client": {"ipAddress": "198.51.100.3", "userAgent": {"rawUserAgent": "Mozilla/5.0 (Macintosh) Safari/18.1"}},
     "outcome": {"result": "SUCCESS"}, "authenticationContext": {"externalSessionId": "102acmeAliceSess01"}, "target": None},
]
os.makedirs(os.path.join(here, "github"), exist_ok=True)
os.makedirs(os.path.join(here, "okta"), exist_ok=True)
with open(os.path.join(here, "github", "acme-audit-log.json"), "w") as out:
    json.dump(github, out, indent=2)
    out.write("\n")
with open(os.path.join(here, "okta", "system-log.ndjson"), "w") as out:
    for event in okta:
        out.write(json.dumps(event, separators=(",", ":")) + "\n")
