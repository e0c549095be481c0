"""Prints one benchmark row: timings, ratio, and for each injected violation whether each tool's
FAIL findings name it."""
import csv
import json
import os
import sys

n, gw, pr, work = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4]
violations = json.load(open(os.path.join(work, f"violations-{n}.json")))

# groundwork: OCSF findings with status_code FAIL; the check that must fire for each violation.
checks = {"trail-not-logging": "audit-log.trail-logging", "archive-without-object-lock": "audit-log.archive-object-lock",
          "iam-user-key-management": "sso.shadow-iam-users", "iam-user-key-member": "sso.shadow-iam-users",
          "prod-role-trusts-dev": "isolation.cross-stage-trust", "no-protecting-scp": "audit-log.protect-scp-attached"}
try:
    findings = json.load(open(os.path.join(work, f"groundwork-{n}.json")))
except (OSError, ValueError):
    findings = []
fails = [f for f in findings if f.get("compliance", {}).get("status_code") == "FAIL"]


def ours(name, resource):
    check = checks[name]
    hits = [f for f in fails if f["compliance"]["control"] == check]
    if name in ("no-protecting-scp", "trail-not-logging"):
        return bool(hits)
    return any(resource in f.get("message", "") for f in hits)


# Prowler: CSV rows with STATUS FAIL; a violation is found when a FAIL row of a check that covers
# it names its resource (for the trail and the SCP, any FAIL of that check).
rows = []
path = os.path.join(work, f"prowler-{n}", "out.csv")
if os.path.exists(path):
    with open(path, newline="") as handle:
        rows = [r for r in csv.DictReader(handle, delimiter=";") if r.get("STATUS") == "FAIL"]


# The Prowler checks that would report each violation (none scans member accounts or S3 here).
prowler_checks = {"trail-not-logging": ("cloudtrail_multi_region_enabled",),
                  "archive-without-object-lock": ("object_lock",),
                  "iam-user-key-management": ("iam_user", "access_key"), "iam-user-key-member": ("iam_user", "access_key"),
                  "prod-role-trusts-dev": ("iam_role",),
                  # Prowler's only SCP check (organizations_scp_check_deny_regions) is about regions,
                  # not about protecting the trail: it does not count.
                  "no-protecting-scp": ()}


def theirs(name, resource):
    relevant = [r for r in rows if any(key in r.get("CHECK_ID", "").lower() for key in prowler_checks[name])]
    if name == "trail-not-logging":
        return bool(relevant)
    return any(resource in " ".join(str(v) for v in r.values()) for r in relevant)


found = [f"{name}: {'Y' if ours(name, res) else 'n'}/{('Y' if theirs(name, res) else 'n') if rows else '-'}"
         for name, res in violations.items()]
try:
    ratio = f"{float(pr) / float(gw):.1f}x"
except ValueError:
    ratio = "-"
print(f"{n:<6} {gw + 's':<12} {pr + ('s' if pr[0].isdigit() else ''):<12} {ratio:<8} {', '.join(found)}")
